// The uitvraag workbook for each of the five parties, written from the real
// Druten data and read back with exceljs and as raw XML.
import { Workbook, type Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVITY_HEADER_ROW,
  INPUT_ROWS,
  agreementFullLabel,
  agreementLabel,
  requestFileName,
  writeActivityRequest,
  type ActivityRequestInput,
} from '../../src/requests/activity-request';
import { contactText } from '../../src/requests/instructions';
import { readRequestMeta } from '../../src/requests/meta';
import {
  APP_MARKER,
  MUNICIPAL_ROLES,
  SHEETS,
  TEMPLATE_VERSION,
  TENANT_ROLES,
  agreementKey,
  columnsFor,
  planningOptions,
  type ActivityField,
} from '../../src/requests/template';
import { allText, cellText, listValues, loadWorkbook, noteText, protectionOf, saveWorkbook, sheet, validationsOf } from '../helpers/workbook';
import { CONTACT, CREATED_AT, openRequestFixture, type RequestFixture } from './fixture';
import { readRawXlsx } from './xlsx-raw';

const YEAR = 2027;
const PARTY_IDS = ['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad'] as const;

let fixture: RequestFixture;
const written = new Map<string, { input: ActivityRequestInput; fileName: string; data: Buffer; workbook: Workbook }>();

function get(partyId: string): { input: ActivityRequestInput; fileName: string; data: Buffer; workbook: Workbook } {
  const entry = written.get(partyId);
  if (!entry) throw new Error(`geen werkmap voor ${partyId}`);
  return entry;
}

beforeAll(async () => {
  fixture = await openRequestFixture();
  for (const id of PARTY_IDS) {
    const input = await fixture.inputFor(id, YEAR);
    const { fileName, data } = await writeActivityRequest(input);
    written.set(id, { input, fileName, data, workbook: await loadWorkbook(data) });
  }
});
afterAll(() => fixture?.close());

describe('requestFileName', () => {
  it('names the year and the party', () => {
    expect(requestFileName('Woonwaarts', 2027)).toBe('Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx');
    expect(requestFileName('Bewonersraad De Kernen', 2028)).toBe('Uitvraag activiteitenoverzicht 2028 - Bewonersraad De Kernen.xlsx');
  });

  it('leaves out what a file system refuses', () => {
    expect(requestFileName('A/B: "C"? <D>|*\\', 2027)).toBe('Uitvraag activiteitenoverzicht 2027 - A B C D.xlsx');
    expect(requestFileName('Partij.. ', 2027)).toBe('Uitvraag activiteitenoverzicht 2027 - Partij.xlsx');
    expect(requestFileName(' \t', 2027)).toBe('Uitvraag activiteitenoverzicht 2027 - partij.xlsx');
  });
});

describe('agreement labels', () => {
  it('are the reference and the start of the text, unique per afspraak', () => {
    const labels = fixture.agreements.map(agreementLabel);
    expect(new Set(labels).size).toBe(fixture.agreements.length);
    expect(labels[0]).toMatch(/^1\.1 bij 1 \(1\) – Woonwaarts zet in op de bouw van ca\. 240 .*[a-z]…$/);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(90);
    const short = fixture.agreements.find((a) => a.text.length < 60);
    if (short) expect(agreementLabel(short)).toBe(`${short.reference} – ${short.text}`);
  });
});

describe.each(PARTY_IDS)('the uitvraag workbook for %s', (partyId) => {
  it('has its file name, properties and sheets in order, the explanation first and active', () => {
    const { input, fileName, workbook } = get(partyId);
    expect(fileName).toBe(requestFileName(input.party.shortName, YEAR));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      SHEETS.info,
      SHEETS.activities,
      SHEETS.agreements,
      SHEETS.lists,
      SHEETS.meta,
    ]);
    expect(workbook.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'visible', 'veryHidden', 'veryHidden']);
    expect(workbook.views[0]?.activeTab).toBe(0);
    expect(workbook.creator).toBe('Prestatieafspraken Werkbank');
    expect(workbook.title).toBe(`Uitvraag activiteitenoverzicht ${YEAR} – ${input.party.name}`);
    expect(workbook.created.toISOString()).toBe(CREATED_AT.toISOString());
  });

  it('explains what is asked, for which year, by when and whom to ask', () => {
    const { input, workbook } = get(partyId);
    const info = allText(sheet(workbook, SHEETS.info));
    expect(info).toContain(`Uitvraag activiteitenoverzicht ${YEAR}`);
    expect(info).toContain(input.party.name);
    expect(info).toContain('Vóór 1 juli 2026');
    expect(info).toContain(`${CONTACT.name} (${CONTACT.email})`);
    expect(info).toContain('één activiteit per regel');
    expect(info).toContain('Wijzig niet: de kolom Sleutel');
    const asked = {
      corporation: ['Wat gaan we doen?', 'Wat hebben we van de andere partijen nodig', 'link is er met de ambities'],
      municipality: ['faciliteren, uitvoeren, organiseren, kaders stellen of financieren'],
      'tenant-body': ['Welke rol zien wij voor onszelf', 'communicatie en samenwerking met huurders'],
    }[input.party.kind];
    for (const phrase of asked) expect(info).toContain(phrase);
    const ws = sheet(workbook, SHEETS.info);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(80);
    expect(ws.getCell('B4').alignment?.wrapText).toBe(true);
  });

  it('records in the hidden meta sheet what the reader needs, and reads it back', () => {
    const { input, workbook } = get(partyId);
    const result = readRequestMeta(workbook);
    if (!result.ok) throw new Error(result.reason);
    const specs = columnsFor(input.party.kind);
    expect(result.meta).toEqual({
      app: APP_MARKER,
      templateVersion: TEMPLATE_VERSION,
      kind: 'activities',
      partyId: input.party.id,
      partyName: input.party.name,
      partyKind: input.party.kind,
      planningYear: YEAR,
      agreementSet: 'druten-2025-2028',
      createdAt: CREATED_AT.toISOString(),
      headerRow: ACTIVITY_HEADER_ROW,
      columns: Object.fromEntries(specs.map((s, i) => [s.field, i + 1])),
    });
  });

  it('has the columns of section 6.2 for its kind, with notes, widths and a frozen, filtered header', () => {
    const { input, workbook } = get(partyId);
    const ws = sheet(workbook, SHEETS.activities);
    const specs = columnsFor(input.party.kind);
    const h = ACTIVITY_HEADER_ROW;
    specs.forEach((spec, i) => {
      const cell = ws.getCell(h, i + 1);
      expect(cell.value).toBe(spec.header);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(noteText(cell.note)).toBe(spec.help);
      expect(ws.getColumn(i + 1).width).toBeGreaterThanOrEqual(spec.width);
    });
    expect(ws.getCell(h, specs.length + 1).value).toBeNull();
    expect(specs.some((s) => s.field === 'role')).toBe(input.party.kind !== 'corporation');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: h });
    const last = ws.getColumn(specs.length).letter;
    expect(ws.autoFilter).toBe(`A${h}:${last}${h + INPUT_ROWS}`);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${h}:${h}` });
  });

  it('prefills the afspraken the party leads in the planning year, afspraak locked, answers open', () => {
    const { input, workbook } = get(partyId);
    const ws = sheet(workbook, SHEETS.activities);
    const meta = readRequestMeta(workbook);
    if (!meta.ok) throw new Error(meta.reason);
    const col = (field: ActivityField): number => meta.meta.columns[field] ?? 0;
    const expected = fixture.agreements.filter((a) => input.prefillIds.includes(a.id));
    expect(expected.length).toBeGreaterThan(0);
    expected.forEach((agreement, i) => {
      const r = ACTIVITY_HEADER_ROW + 1 + i;
      expect(cellText(ws, r, col('key'))).toBe(agreementKey(agreement.id));
      expect(cellText(ws, r, col('agreementRef'))).toBe(agreementFullLabel(agreement));
      expect(ws.getCell(r, col('key')).protection?.locked !== false).toBe(true);
      expect(ws.getCell(r, col('agreementRef')).protection?.locked !== false).toBe(true);
      expect(ws.getCell(r, col('activity')).value).toBeNull();
      expect(ws.getCell(r, col('activity')).protection?.locked).toBe(false);
      expect(ws.getCell(r, col('notes')).protection?.locked).toBe(false);
    });
    const after = ACTIVITY_HEADER_ROW + 1 + expected.length;
    expect(ws.getCell(after, col('key')).value).toBeNull();
    // Rows below, however far, are open: the columns' own style is unlocked.
    for (const field of ['key', 'agreementRef', 'activity', 'planning'] as const) {
      expect(ws.getCell(after, col(field)).protection?.locked).toBe(false);
      expect(ws.getCell(ACTIVITY_HEADER_ROW + 900, col(field)).protection?.locked).toBe(false);
    }
    expect(ws.getCell(ACTIVITY_HEADER_ROW, 1).protection?.locked !== false).toBe(true);
  });

  it('protects the sheet without a password, leaving formatting, rows, sorting and filtering free', () => {
    const { workbook } = get(partyId);
    const protection = protectionOf(sheet(workbook, SHEETS.activities));
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, insertRows: true, sort: true, autoFilter: true });
    expect(protection?.hashValue).toBeUndefined();
    expect(protectionOf(sheet(workbook, SHEETS.agreements))).toBeNull();
  });

  it('offers dropdowns for afspraak, party, role and planning: one rule per range', async () => {
    const { input, data, workbook } = get(partyId);
    const meta = readRequestMeta(workbook);
    if (!meta.ok) throw new Error(meta.reason);
    const ws = sheet(workbook, SHEETS.activities);
    const letter = (field: ActivityField): string => ws.getColumn(meta.meta.columns[field] ?? 0).letter;
    const first = ACTIVITY_HEADER_ROW + 1;
    const last = ACTIVITY_HEADER_ROW + INPUT_ROWS;
    const others = input.parties.filter((p) => p.id !== input.party.id).map((p) => p.shortName);
    const lists: Partial<Record<ActivityField, { values: readonly string[]; errorStyle: string | undefined }>> = {
      agreementRef: { values: fixture.agreements.map(agreementLabel), errorStyle: 'warning' },
      needsFrom: { values: others, errorStyle: 'warning' },
      involved: { values: others, errorStyle: 'warning' },
      planning: { values: planningOptions(YEAR), errorStyle: 'warning' },
    };
    if (input.party.kind === 'municipality') lists.role = { values: MUNICIPAL_ROLES, errorStyle: 'stop' };
    if (input.party.kind === 'tenant-body') lists.role = { values: TENANT_ROLES, errorStyle: 'warning' };

    const model = validationsOf(ws);
    for (const [field, list] of Object.entries(lists)) {
      const l = letter(field as ActivityField);
      for (const address of [`${l}${first}`, `${l}${last}`]) {
        const rule = model[address];
        expect(rule, `${field} ${address}`).toBeDefined();
        expect(rule?.type).toBe('list');
        expect(rule?.showErrorMessage).toBe(true);
        expect(rule?.errorStyle ?? 'stop').toBe(list.errorStyle);
        expect(listValues(workbook, String(rule?.formulae[0]))).toEqual([...list.values]);
      }
      expect(model[`${l}${ACTIVITY_HEADER_ROW}`]).toBeUndefined();
      expect(model[`${l}${last + 1}`]).toBeUndefined();
    }
    expect(model[`${letter('activity')}${first}`]).toBeUndefined();

    const raw = await readRawXlsx(data);
    const rules = raw.validations(SHEETS.activities);
    expect(rules.map((r) => r.sqref).sort()).toEqual(Object.keys(lists).map((f) => `${letter(f as ActivityField)}${first}:${letter(f as ActivityField)}${last}`).sort());
  });

  it('lists every afspraak on the Afspraken sheet, frozen and filtered', () => {
    const { input, workbook } = get(partyId);
    const ws = sheet(workbook, SHEETS.agreements);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => cellText(ws, 2, c))).toEqual([
      'Referentie',
      'Thema',
      'Onderwerp',
      'Afspraak',
      'Trekker',
      'Betrokkenen',
      'Uitvoering',
      'Vooraf ingevuld',
    ]);
    fixture.agreements.forEach((a, i) => {
      expect(cellText(ws, 3 + i, 1)).toBe(a.reference);
      expect(cellText(ws, 3 + i, 4)).toBe(a.text);
      expect(cellText(ws, 3 + i, 5)).toBe(a.leadText);
      expect(cellText(ws, 3 + i, 7)).toBe(a.schedule.text);
      expect(cellText(ws, 3 + i, 8)).toBe(input.prefillIds.includes(a.id) ? 'ja' : '');
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe(`A2:H${2 + fixture.agreements.length}`);
    expect(ws.getCell(3, 4).alignment?.wrapText).toBe(true);
  });

  it('names its filter ranges the way LibreOffice needs, frozen panes in the XML', async () => {
    const { data } = get(partyId);
    const raw = await readRawXlsx(data);
    const filterNames = raw.definedNames().filter((n) => n.name === '_xlnm._FilterDatabase');
    expect(filterNames).toEqual([
      { name: '_xlnm._FilterDatabase', localSheetId: '1', text: expect.stringMatching(/^'Activiteiten'!\$A\$3:\$[A-Z]\$1003$/) as unknown as string },
      { name: '_xlnm._FilterDatabase', localSheetId: '2', text: `'Afspraken'!$A$2:$H$${2 + fixture.agreements.length}` },
    ]);
    expect(raw.pane(SHEETS.activities)).toMatchObject({ state: 'frozen', ySplit: String(ACTIVITY_HEADER_ROW) });
  });
});

describe('the prefilled rows for Woonwaarts in 2027', () => {
  it('include the afspraken led by "Corporaties" and leave out what runs only in other years', () => {
    const { input, workbook } = get('woonwaarts');
    const ws = sheet(workbook, SHEETS.activities);
    const keys: string[] = [];
    for (let r = ACTIVITY_HEADER_ROW + 1; cellText(ws, r, 1) !== ''; r++) keys.push(cellText(ws, r, 1));
    const byRef = (ref: string) => fixture.agreements.find((a) => a.reference === ref);
    const corporaties = fixture.agreements.filter((a) => a.leadText === 'Corporaties' && a.schedule.years.includes(YEAR));
    expect(corporaties.length).toBeGreaterThan(3);
    for (const a of corporaties) expect(keys).toContain(agreementKey(a.id));
    expect(keys).toContain(agreementKey(byRef('1.1 bij 1 (1)')?.id ?? 0)); // Woonwaarts, 2025–2028
    expect(keys).not.toContain(agreementKey(byRef('2.2 bij 3')?.id ?? 0)); // Woonwaarts, 2025 only
    expect(keys).not.toContain(agreementKey(byRef('1.1 bij 1 (2)')?.id ?? 0)); // De Kernen
    expect(keys).toEqual(input.prefillIds.map(agreementKey));
  });
});

describe('writeActivityRequest edge cases', () => {
  it('writes a workbook with no prefilled rows and says so', async () => {
    const input = { ...(await fixture.inputFor('hbd', 2029)), contact: { name: '', email: '' } };
    expect(input.prefillIds).toEqual([]);
    const workbook = await loadWorkbook((await writeActivityRequest(input)).data);
    const info = allText(sheet(workbook, SHEETS.info));
    expect(info).toContain('Er zijn geen regels vooraf ingevuld');
    expect(info).toContain('De secretaris van de Werkgroep Prestatieafspraken');
    expect(info).toContain('Vóór 1 juli 2028');
    expect(sheet(workbook, SHEETS.activities).getCell(ACTIVITY_HEADER_ROW + 1, 1).value).toBeNull();
  });

  it('refuses a prefill id that is not an afspraak of the set', async () => {
    const input = await fixture.inputFor('gemeente', YEAR);
    await expect(writeActivityRequest({ ...input, prefillIds: [9999] })).rejects.toThrow(/9999/);
  });
});

describe('readRequestMeta', () => {
  /** Our Woonwaarts workbook with one meta value changed, written and read again. */
  async function withMeta(change: (meta: Worksheet) => void): Promise<Workbook> {
    const workbook = await loadWorkbook(get('woonwaarts').data);
    change(sheet(workbook, SHEETS.meta));
    return loadWorkbook(await saveWorkbook(workbook));
  }
  function setMeta(ws: Worksheet, key: string, value: string | number | null): void {
    ws.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(2).value = value;
    });
  }

  it('does not take a workbook without our meta sheet, or with another marker, for ours', async () => {
    const plain = new Workbook();
    plain.addWorksheet('Activiteiten').addRow(['Activiteit', 'Planning']);
    expect(readRequestMeta(plain)).toMatchObject({ ok: false, problem: 'not-ours' });
    const other = await withMeta((ws) => setMeta(ws, 'app', 'iets-anders'));
    expect(readRequestMeta(other)).toMatchObject({ ok: false, problem: 'not-ours' });
  });

  it('refuses a workbook of a newer template version with a Dutch reason', async () => {
    const newer = await withMeta((ws) => setMeta(ws, 'templateVersion', TEMPLATE_VERSION + 1));
    const result = readRequestMeta(newer);
    expect(result).toMatchObject({ ok: false, problem: 'too-new' });
    if (!result.ok) expect(result.reason).toContain('nieuwere versie van de Werkbank');
  });

  it.each([
    ['templateVersion', 'twee', /sjabloonversie/],
    ['kind', 'verantwoording', /soort uitvraag/],
    ['partyKind', 'bank', /partijsoort/],
    ['partyId', null, /partyId/],
    ['planningYear', 'volgend jaar', /planningsjaar/],
    ['headerRow', 0, /kopregel/],
    ['createdAt', 'gisteren', /aanmaakdatum/],
    ['columns', '{"key":1,', /geen geldige JSON/],
    ['columns', '{"key":1,"activity":1}', /twee velden/],
    ['columns', '{"key":1,"activity":2,"budget":3}', /onbekend veld "budget"/],
    ['columns', '{"agreementRef":2}', /Sleutel en Activiteit/],
  ] as const)('says the meta sheet is damaged when %s is %j', async (key, value, reason) => {
    const damaged = await withMeta((ws) => setMeta(ws, key, value));
    const result = readRequestMeta(damaged);
    expect(result).toMatchObject({ ok: false, problem: 'damaged' });
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads numbers written as text, as another program may save them', async () => {
    const workbook = await withMeta((ws) => {
      setMeta(ws, 'planningYear', String(YEAR));
      setMeta(ws, 'headerRow', ' 3 ');
    });
    const result = readRequestMeta(workbook);
    expect(result.ok && result.meta.planningYear).toBe(YEAR);
    expect(result.ok && result.meta.headerRow).toBe(3);
  });
});

describe('contactText', () => {
  it('names the secretary, the e-mail address, or the werkgroep when nobody is named', () => {
    expect(contactText({ name: 'Jan de Vries', email: 'j@druten.nl' })).toBe('Jan de Vries (j@druten.nl), secretaris van de Werkgroep Prestatieafspraken');
    expect(contactText({ name: 'Jan de Vries', email: '' })).toBe('Jan de Vries, secretaris van de Werkgroep Prestatieafspraken');
    expect(contactText({ name: '', email: 'werkgroep@druten.nl' })).toBe('De secretaris van de Werkgroep Prestatieafspraken (werkgroep@druten.nl)');
    expect(contactText({ name: ' ', email: '' })).toBe('De secretaris van de Werkgroep Prestatieafspraken');
    expect(contactText({ name: 'het secretariaat van de Werkgroep Prestatieafspraken', email: '' })).toBe(
      'Het secretariaat van de Werkgroep Prestatieafspraken',
    );
  });
});
