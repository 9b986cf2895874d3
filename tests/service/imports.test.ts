// Activiteitenoverzichten in, through the service on a real SQLite file:
// the uitvraag round trip, versions, the same file twice, and refusals that change nothing.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/db/backup';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { DE_KERNEN_PLAN_FOOTER, deKernenPlanWorkbook } from '../fixtures/partner-workbooks';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let file: string;
let werkbank: Werkbank;
let api: WerkbankApi;
let requests: FilePayload[];

type Workbook = InstanceType<typeof ExcelJS.Workbook>;

async function load(payload: FilePayload): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(payload.data, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

async function payload(workbook: Workbook, name: string): Promise<FilePayload> {
  return { name, data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

const filled = new Map<string, FilePayload>();

/** Woonwaarts fills its uitvraag as people do: some prefilled rows, two rows of its own, a column of its own. */
async function filledByWoonwaarts(variant: 'first' | 'second'): Promise<FilePayload> {
  // exceljs stamps the time into the zip: the same file twice must be the same bytes.
  const made = filled.get(variant) ?? (await fillWoonwaarts(variant));
  filled.set(variant, made);
  return made;
}

async function fillWoonwaarts(variant: 'first' | 'second'): Promise<FilePayload> {
  const workbook = await load(requests.find((f) => f.name.includes('Woonwaarts')) as FilePayload);
  const sheet = workbook.getWorksheet('Activiteiten') as ExcelJS.Worksheet;
  expect(sheet.getCell('C3').value).toBe('Activiteit: wat gaan we doen?');
  sheet.getCell('J3').value = 'Projectnummer';
  // Row 4: 1.1 bij 1 (1), prefilled.
  sheet.getCell('C4').value = 'Oplevering 60 sociale huurwoningen De Ruigenhoek\nen start bouw Deest Zuid fase 1';
  sheet.getCell('D4').value = 'Snelle omgevingsvergunning';
  sheet.getCell('E4').value = 'Gemeente';
  sheet.getCell('G4').value = variant === 'first' ? 'Q2 2027' : 'Q3 2027';
  sheet.getCell('J4').value = 'WW-P-2027-014';
  // Row 5: 1.1 bij 1 (3), prefilled.
  sheet.getCell('C5').value = 'Verkoop van 6 woningen in Deest, gelijk oplopend met de oplevering';
  sheet.getCell('G5').value = 'Heel 2027';
  const lastPrefilled = Number(
    [...Array(60).keys()].map((i) => i + 4).filter((r) => String(sheet.getCell(`A${r}`).value ?? '').startsWith('A')).pop(),
  );
  const own = lastPrefilled + 1;
  sheet.getCell(`C${own}`).value = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
  sheet.getCell(`H${own}`).value = 'HBD, Gemeente';
  sheet.getCell(`G${own}`).value = 'Q4 2027';
  if (variant === 'first') {
    sheet.getCell(`C${own + 1}`).value = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';
    sheet.getCell(`E${own + 1}`).value = 'Gemeente (ruimte in regelgeving)';
  }
  return payload(workbook, `Woonwaarts activiteiten 2027${variant === 'second' ? ' v2' : ''}.xlsx`);
}

beforeAll(async () => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  api = werkbank.api;
  requests = await api.makeActivityRequests({ planningYear: 2027, contactName: 'Anne de Vries', contactEmail: 'a.devries@druten.nl' });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('uitvraag workbooks', () => {
  it('are made for all five parties and recorded in the status overview', async () => {
    expect(requests.map((f) => f.name)).toEqual([
      'Uitvraag activiteitenoverzicht 2027 - Gemeente.xlsx',
      'Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx',
      'Uitvraag activiteitenoverzicht 2027 - De Kernen.xlsx',
      'Uitvraag activiteitenoverzicht 2027 - HBD.xlsx',
      'Uitvraag activiteitenoverzicht 2027 - Bewonersraad De Kernen.xlsx',
    ]);
    const status = await api.getSubmissionStatus({ date: '2026-05-01' });
    const cell = status.cells.find((c) => c.partyId === 'hbd' && c.planningYear === 2027);
    expect(cell?.requestMadeAt).not.toBeNull();
    expect(cell?.current).toBeNull();
    expect(cell?.deadline).toBe('2026-06-30');
    expect(cell?.overdue).toBe(false);
    const late = await api.getSubmissionStatus({ date: '2026-07-02' });
    expect(late.cells.find((c) => c.partyId === 'hbd' && c.planningYear === 2027)?.overdue).toBe(true);
  });

  it('prefill the afspraken the party leads in that year', async () => {
    const sheet = (await load(requests[1] as FilePayload)).getWorksheet('Activiteiten') as ExcelJS.Worksheet;
    expect(sheet.getCell('A4').value).toMatch(/^A\d+$/);
    expect(String(sheet.getCell('B4').value)).toMatch(/^1\.1 bij 1 \(1\) – Woonwaarts zet in op de bouw/);
  });

  it('refuse a planning year outside the agreement', async () => {
    await expect(api.makeActivityRequests({ planningYear: 2031 })).rejects.toThrow(/buiten de looptijd/);
  });
});

describe('the round trip', () => {
  it('reads back exactly what the partner filled in, with links, parties and its own column', async () => {
    const preview = await api.previewImport({ file: await filledByWoonwaarts('first') });
    expect(preview.ours).toBe(true);
    expect(preview.party).toEqual({ id: 'woonwaarts', source: 'workbook' });
    expect(preview.planningYear).toEqual({ value: 2027, source: 'workbook' });
    expect(preview.canCommit).toBe(true);
    expect(preview.activities.map((a) => a.activity)).toEqual([
      'Oplevering 60 sociale huurwoningen De Ruigenhoek\nen start bouw Deest Zuid fase 1',
      'Verkoop van 6 woningen in Deest, gelijk oplopend met de oplevering',
      'Wijkschouw Druten-Zuid samen met HBD en de gemeente',
      'Pilot woningdelen voor jongeren in twee eengezinswoningen',
    ]);
    const [first, second, wijkschouw, pilot] = preview.activities;
    expect(first?.link).toMatchObject({ status: 'key', reference: '1.1 bij 1 (1)' });
    expect(second?.link).toMatchObject({ status: 'key', reference: '1.1 bij 1 (3)' });
    expect(first?.needsFromParties).toEqual([{ written: 'Gemeente', partyIds: ['gemeente'], status: 'exact' }]);
    expect(first?.planning).toBe('Q2 2027');
    expect(first?.extra).toEqual({ Projectnummer: 'WW-P-2027-014' });
    expect(wijkschouw?.involvedParties.flatMap((r) => r.partyIds)).toEqual(['hbd', 'gemeente']);
    expect(pilot?.needsFromParties[0]).toMatchObject({ partyIds: ['gemeente'], qualifier: 'ruimte in regelgeving' });
    expect(preview.diff).toBeNull();

    const result = await api.commitImport({ file: await filledByWoonwaarts('first') });
    expect(result.alreadyImported).toBe(false);
    expect(result.submission).toMatchObject({ partyId: 'woonwaarts', planningYear: 2027, version: 1, isCurrent: true, source: 'request', activityCount: 4 });
    expect(result.backupPath && fs.existsSync(result.backupPath)).toBe(true);

    const stored = await api.listActivities({ planningYear: 2027, partyId: 'woonwaarts' });
    expect(stored.map((a) => [a.activity, a.link.reference, a.planning ?? null, a.extra])).toEqual(
      preview.activities.map((a) => [a.activity, a.link.reference, a.planning ?? null, a.extra]),
    );
  });

  it('recognises the same file twice and stores nothing', async () => {
    const again = await filledByWoonwaarts('first');
    const preview = await api.previewImport({ file: again });
    expect(preview.alreadyImported?.version).toBe(1);
    const backupsBefore = listBackups(file).length;
    const result = await api.commitImport({ file: again });
    expect(result.alreadyImported).toBe(true);
    expect(result.submission.version).toBe(1);
    expect(listBackups(file).length).toBe(backupsBefore);
  });

  it('makes a re-import the new current version, shows what changed, and keeps the old one', async () => {
    const second = await filledByWoonwaarts('second');
    const preview = await api.previewImport({ file: second });
    expect(preview.diff).toMatchObject({ againstVersion: 1, added: 0, changed: 1, removed: 1 });
    expect(preview.diff?.items).toEqual(
      expect.arrayContaining([
        { change: 'changed', activity: expect.stringContaining('De Ruigenhoek'), details: ['Planning: Q2 2027 → Q3 2027'] },
        { change: 'removed', activity: 'Pilot woningdelen voor jongeren in twee eengezinswoningen', details: [] },
      ]),
    );
    const result = await api.commitImport({ file: second });
    expect(result.submission.version).toBe(2);
    const versions = await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: 2027 });
    expect(versions.map((v) => [v.version, v.isCurrent, v.activityCount])).toEqual([
      [2, true, 3],
      [1, false, 4],
    ]);
    expect(await api.listActivities({ planningYear: 2027, partyId: 'woonwaarts' })).toHaveLength(3);
  });

  it('refuses a workbook of one party offered as another', async () => {
    const preview = await api.previewImport({ file: await filledByWoonwaarts('first'), partyId: 'de-kernen' });
    expect(preview.canCommit).toBe(false);
    expect(preview.problems.find((p) => p.code === 'party-mismatch')?.message).toContain('niet voor De Kernen');
  });
});

describe('a partner spreadsheet of its own', () => {
  async function ownLayout(): Promise<FilePayload> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.getCell('A1').value = 'Inzet huurdersorganisatie 2027';
    sheet.addRow([]);
    sheet.addRow(['Afspraak', 'Wat gaan we doen?', 'Onze rol', 'Planning']);
    sheet.addRow(['5.1 bij 2', 'Wijkschouw organiseren in Deest', 'organiseren en uitnodigen', 'voorjaar']);
    sheet.addRow(['', 'Nieuwsbrief over energiebesparing aan alle leden', 'communicatie', 'Q1']);
    return payload(workbook, 'inzet 2027.xlsx');
  }

  it('asks for the party when neither the file nor the user says, and commits nothing', async () => {
    const file = await ownLayout();
    const preview = await api.previewImport({ file });
    expect(preview.ours).toBe(false);
    expect(preview.missing).toEqual(['party']);
    expect(preview.planningYear.value).toBe(2027);
    expect(preview.canCommit).toBe(false);
    const envelope = await dispatch(api, 'commitImport', { file });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('kies de partij') } });
    expect(await api.listActivities({ planningYear: 2027, partyId: 'hbd' })).toEqual([]);
  });

  it("proposes the party a file's name starts with, when the words after it say what the file is; not another gemeente's", async () => {
    const { data } = await ownLayout();
    const named = (name: string) => api.previewImport({ file: { name, data } });
    expect((await named('Bewonersraad prioriteiten 2027.xlsx')).party).toMatchObject({ id: 'bewonersraad', source: 'file-name', hint: 'Bewonersraad prioriteiten' });
    expect((await named('Gemeente Beuningen prioriteiten 2027.xlsx')).party).toMatchObject({ id: null, hint: 'Gemeente Beuningen prioriteiten' });
  });

  it('asks whose file it is when its name names two parties, as a sheet two parties keep together is named', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Wat gaan we doen?', 'Wie', 'Planning']);
    sheet.addRow(['Wijkschouw organiseren in Deest', 'HBD', 'voorjaar']);
    sheet.addRow(['Oplevering 24 sociale huurwoningen Deest Zuid', 'Woonwaarts', 'Q3']);
    const { data } = await payload(workbook, 'x.xlsx');
    const named = (name: string) => api.previewImport({ file: { name, data } });
    const joint = await named('Planning Woonwaarts 2027 (versie HBD).xlsx');
    expect(joint.party).toMatchObject({ id: null, source: null });
    // Until the party is chosen, no row is given to another party: HBD's own row stays.
    expect(joint.activities.map((a) => a.activity)).toEqual(['Wijkschouw organiseren in Deest', 'Oplevering 24 sociale huurwoningen Deest Zuid']);
    expect(joint.missing).toEqual(['party']);
    expect(joint.problems.map((p) => p.message)).toContain('Planning Woonwaarts 2027 (versie HBD).xlsx: de bestandsnaam noemt Woonwaarts en HBD; kies van welke partij dit overzicht is.');
    expect((await named('Woonwaarts activiteiten 2027.xlsx')).party).toMatchObject({ id: 'woonwaarts', source: 'file-name' });
  });

  it('imports it once the party is chosen; a reference to two afspraken that both name the party is a proposal, with its reasons (the role among them)', async () => {
    const result = await api.commitImport({ file: await ownLayout(), partyId: 'hbd' });
    expect(result.submission).toMatchObject({ partyId: 'hbd', version: 1, source: 'own', activityCount: 2 });
    const [wijkschouw, nieuwsbrief] = await api.listActivities({ planningYear: 2027, partyId: 'hbd' });
    expect(wijkschouw?.link).toMatchObject({ status: 'proposed', reference: '5.1 bij 2 (1)' });
    expect(wijkschouw?.link.reasons).toEqual(['verwijzing 5.1 bij 2 past bij 2 afspraken', 'HBD is trekker',
      // "organiseren" is the afspraak's own word: "wijkshouwen georganiseerd … nemen het initiatief bij de organisatie".
      'rol "organiseren en uitnodigen" past bij trekker',
      expect.stringMatching(/^rol lijkt \d+%$/),
      // One of the set's example activities is this very text.
      'zelfde tekst als een voorbeeld bij deze afspraak',
      expect.stringMatching(/^tekst lijkt \d+%$/),
      // And the examples as a whole.
      'lijkt het meest op de voorbeelden bij deze afspraak',
    ]);
    expect(wijkschouw?.role).toBe('organiseren en uitnodigen');
    expect(nieuwsbrief?.link.status === 'proposed' || nieuwsbrief?.link.status === 'none').toBe(true);
  });

  it('keeps a link the user corrected', async () => {
    const [agreement] = await api.listAgreements({ text: 'energiefestival' });
    const file = await ownLayout();
    const workbook = await load(file);
    (workbook.getWorksheet('Blad1') as ExcelJS.Worksheet).getCell('D5').value = 'Q2';
    const changed = await payload(workbook, 'inzet 2027 v2.xlsx');
    await api.commitImport({ file: changed, partyId: 'hbd', decisions: [{ position: 2, agreementId: agreement!.id }] });
    const [, nieuwsbrief] = await api.listActivities({ planningYear: 2027, partyId: 'hbd' });
    expect(nieuwsbrief?.link).toMatchObject({ status: 'manual', agreementId: agreement!.id });
  });
});

describe("a partner's plan with its own numbering, trekker, budget and a footer", () => {
  it('keeps the footer lines as the file\'s notes, stores trekker, number and budget, and settles the reference by the trekker', async () => {
    const plan = { name: 'De Kernen uitvoeringsplan 2027.xlsx', data: (await deKernenPlanWorkbook()).toString('base64') };
    const preview = await api.previewImport({ file: plan, partyId: 'de-kernen', planningYear: 2027 });
    expect(preview.notes.map((n) => n.text)).toEqual(
      expect.arrayContaining([DE_KERNEN_PLAN_FOOTER.drawnUp, DE_KERNEN_PLAN_FOOTER.adopted, DE_KERNEN_PLAN_FOOTER.signature]),
    );
    expect(preview.activities.some((a) => a.activity.startsWith('Opgesteld door'))).toBe(false);
    const result = await api.commitImport({ file: plan, partyId: 'de-kernen', planningYear: 2027 });
    expect(result.submission.notes).toEqual(preview.notes);
    const [versions] = [await api.listSubmissionVersions({ partyId: 'de-kernen', planningYear: 2027 })];
    expect(versions[0]?.notes.map((n) => n.text)).toContain(DE_KERNEN_PLAN_FOOTER.drawnUp);

    const stored = await api.listActivities({ planningYear: 2027, partyId: 'de-kernen' });
    const altforst = stored.find((a) => a.activity.startsWith('Verkennen van geclusterd wonen'));
    expect(altforst).toMatchObject({ rowLabel: '2', lead: 'De Kern en', budget: 25_000, role: 'faciliteren, organiseren' });
    expect(altforst?.leadParties.flatMap((r) => r.partyIds)).toEqual(['de-kernen']);
    // "1.1" in the Paragraaf column and De Kernen as trekker: its own 33 homes, not Woonwaarts' 240.
    const horssen = stored.find((a) => a.activity.startsWith('Start bouw van 27 sociale huurwoningen'));
    expect(horssen?.link).toMatchObject({ reference: '1.1 bij 1 (2)' });
    expect(horssen?.link.status === 'proposed' || horssen?.link.status === 'evidence').toBe(true);
  });
});

describe('a hand-chosen link', () => {
  it('stays chosen when the same activity comes in again without a reference', async () => {
    const [agreement] = await api.listAgreements({ text: 'energiefestival' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.getCell('A1').value = 'Inzet huurdersorganisatie 2027';
    sheet.addRow([]);
    sheet.addRow(['Afspraak', 'Wat gaan we doen?', 'Onze rol', 'Planning']);
    sheet.addRow(['5.1 bij 2', 'Wijkschouw organiseren in Deest', 'organiseren en uitnodigen', 'najaar']);
    sheet.addRow(['', 'Nieuwsbrief over energiebesparing aan alle leden', 'communicatie', 'Q3']);
    const preview = await api.previewImport({ file: await payload(workbook, 'inzet 2027 v3.xlsx'), partyId: 'hbd' });
    const nieuwsbrief = preview.activities.find((a) => a.activity.startsWith('Nieuwsbrief'));
    expect(nieuwsbrief?.link).toMatchObject({ status: 'manual', agreementId: agreement!.id });
    expect(preview.diff?.items.flatMap((i) => i.details)).not.toContain('Gekoppelde afspraak gewijzigd');
  });
});

describe('bad files', () => {
  it('are refused with a Dutch message and change nothing', async () => {
    const before = fs.readFileSync(file).length;
    const backups = listBackups(file).length;
    const versions = await api.getSubmissionStatus({});
    const cases: [string, Buffer, RegExp][] = [
      ['overzicht.csv', Buffer.from('Activiteit;Planning\nWijkschouw;Q2\n'), /\.xlsx/],
      ['leeg.xlsx', Buffer.alloc(0), /leeg/i],
      ['kapot.xlsx', Buffer.from('PK\u0003\u0004 dit is geen werkmap'), /\S/],
    ];
    for (const [name, bytes, message] of cases) {
      const envelope = await dispatch(api, 'commitImport', { file: { name, data: bytes.toString('base64') }, partyId: 'gemeente', planningYear: 2027 });
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('file_refused');
        expect(envelope.error.message).toContain(name);
        expect(envelope.error.message).toMatch(message);
      }
    }
    expect(listBackups(file).length).toBe(backups);
    expect(await api.getSubmissionStatus({})).toEqual(versions);
    expect(fs.readFileSync(file).length).toBe(before);
  });
});
