// The service over a real SQLite file, filled from the embedded data set.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementSetData } from '../../src/domain/dataset';
import type { WerkbankApi } from '../../src/service/contract';
import type { AgreementRow } from '../../src/domain/agreements';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

const data = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../resources/druten-2025-2028.json'), 'utf8'),
) as AgreementSetData;
const allRows = data.themes.flatMap((th) => th.topics.flatMap((t) => t.agreements.map((a) => ({ ...a, topic: t.number }))));

let tmp: ReturnType<typeof tempDir>;
let file: string;
let werkbank: Werkbank;
let api: WerkbankApi;
let clock = new Date('2026-11-27T10:00:00Z');

beforeAll(() => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'data', 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris', now: () => clock });
  api = werkbank.api;
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

const byText = (rows: AgreementRow[], start: string) => rows.find((r) => r.text.startsWith(start));

describe('a new database', () => {
  it('is filled with the whole Druten 2025–2028 agreement on first start', async () => {
    const info = await api.getAppInfo();
    expect(info.agreementSet.title).toBe('Meerjarige Prestatieafspraken Druten 2025 - 2028');
    expect(info.agreementSet.periodStart).toBe(2025);
    expect(info.databasePath).toBe(file);
    const rows = await api.listAgreements({});
    expect(rows).toHaveLength(allRows.length);
    expect(rows.map((r) => r.text)).toEqual(allRows.map((a) => a.text));
  });

  it('shows the themes and topics with their number of afspraken', async () => {
    const themes = await api.listThemes();
    expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const nieuwbouw = themes[0]?.topics[0];
    expect(nieuwbouw).toEqual({ number: '1.1', title: 'Nieuwbouw', agreementCount: 8 });
    expect(themes[2]?.topics.map((t) => t.number)).toEqual(['3']);
  });

  it('knows the five parties with their links and counts', async () => {
    const parties = await api.listParties();
    expect(parties.map((p) => p.id)).toEqual(['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad']);
    const woonwaarts = parties.find((p) => p.id === 'woonwaarts');
    expect(woonwaarts?.linkedPartyIds).toEqual(['hbd']);
    expect(woonwaarts?.leadCount).toBeGreaterThan(3);
  });

  it('keeps a second open of the same file as it is (no second seed)', async () => {
    const again = openWerkbank({ databasePath: file });
    expect(await again.api.listAgreements({})).toHaveLength(allRows.length);
    again.close();
  });
});

describe('listAgreements filters', () => {
  it('party as trekker: every afspraak Woonwaarts leads, also as one of "Corporaties"', async () => {
    const rows = await api.listAgreements({ partyId: 'woonwaarts', role: 'lead' });
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.lead.flatMap((r) => r.partyIds)).toContain('woonwaarts');
    expect(byText(rows, 'Woonwaarts zet in op de bouw van ca. 240')).toBeDefined();
    expect(rows.some((r) => r.leadText === 'Corporaties')).toBe(true);
    // De Kernen's own afspraak is not Woonwaarts'.
    expect(rows.some((r) => r.leadText === 'De Kernen')).toBe(false);
    expect(rows.some((r) => r.leadText === 'Gemeente')).toBe(false);
  });

  it('party as betrokkene: HBD through its own name and through "Huurdersorganisaties"', async () => {
    const rows = await api.listAgreements({ partyId: 'hbd', role: 'involved' });
    expect(rows.some((r) => r.involvedText === 'HBD')).toBe(true);
    expect(rows.some((r) => /Huurders-?organisaties/.test(r.involvedText))).toBe(true);
    for (const row of rows) expect(row.involved.flatMap((r) => r.partyIds)).toContain('hbd');
  });

  it('year: only afspraken active in that year', async () => {
    const rows = await api.listAgreements({ year: 2027 });
    for (const row of rows) expect(row.schedule.years).toContain(2027);
    expect(rows.some((r) => r.schedule.text === '2027')).toBe(true);
    expect(rows.some((r) => r.schedule.text === 'Jaarlijks')).toBe(true);
    expect(rows.some((r) => r.schedule.text === '2025')).toBe(false);
  });

  it('free text over every field, without caring about case or diacritics', async () => {
    const coach = await api.listAgreements({ text: 'VERHUISCOACH' });
    expect(coach.length).toBeGreaterThanOrEqual(1);
    expect(coach.every((r) => r.topicNumber === '4.1')).toBe(true);
    const typo = await api.listAgreements({ text: 'werkggebied' });
    expect(typo).toHaveLength(1);
    const trekker = await api.listAgreements({ text: 'bewonersraad pluspakketten' });
    expect(trekker).toHaveLength(1);
    expect(await api.listAgreements({ text: 'geen-enkele-afspraak-heeft-dit' })).toEqual([]);
  });

  it('combines filters', async () => {
    const rows = await api.listAgreements({ partyId: 'gemeente', role: 'lead', themeNumber: 1, year: 2025 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.themeNumber).toBe(1);
      expect(row.leadText.startsWith('Gemeente')).toBe(true);
    }
  });

  it('refuses an unknown party id with a Dutch message', async () => {
    await expect(api.listAgreements({ partyId: 'bestaat-niet' })).rejects.toThrow(/Onbekende partij/);
  });
});

describe('quirks of the source are kept and visible', () => {
  it('Gemeente as trekker and as betrokkene (1.3 bij 2)', async () => {
    const rows = await api.listAgreements({ topicNumber: '1.3' });
    const row = rows.find((r) => r.leadText === 'Gemeente' && r.involvedText === 'Gemeente');
    expect(row?.flags.map((f) => f.code)).toContain('lead-also-involved');
    expect(row?.reference).toBe('1.3 bij 2 (1)');
  });

  it('an afspraak without uitvoering (1.1 bij 7)', async () => {
    const rows = await api.listAgreements({ topicNumber: '1.1' });
    const row = rows.find((r) => r.commitmentNumber === 7);
    expect(row?.schedule.text).toBe('');
    expect(row?.schedule.years).toEqual([]);
    expect(row?.flags.find((f) => f.code === 'schedule-empty')?.message).toMatch(/geen uitvoering/);
  });

  it('names outside the five parties are kept as written', async () => {
    const rows = await api.listAgreements({ text: 'marktpartijen' });
    const refs = rows.flatMap((r) => r.involved);
    expect(refs.find((r) => r.written === 'marktpartijen')).toMatchObject({ partyIds: [] });
  });
});

describe('one afspraak with its context', () => {
  it('comes with the opgave, ambities and inzet of its topic and its own inzet item', async () => {
    const [row] = await api.listAgreements({ text: 'Woonwaarts zet in op de bouw van ca. 240' });
    const detail = await api.getAgreement({ id: row!.id });
    expect(detail.topic.number).toBe('1.1');
    expect(detail.topic.task[0]).toMatch(/^Er zijn grote tekorten aan woningen/);
    expect(detail.topic.ambitions).toHaveLength(5);
    expect(detail.topic.commitments).toHaveLength(8);
    expect(detail.commitment?.text).toMatch(/^Corporaties nemen de opgave voor sociale huurwoningen/);
    expect(detail.schedule.years).toEqual([2025, 2026, 2027, 2028]);
  });

  it('answers a missing id with not_found', async () => {
    const envelope = await dispatch(api, 'getAgreement', { id: 99999 });
    expect(envelope).toEqual({ ok: false, error: { code: 'not_found', message: 'Afspraak 99999 bestaat niet.' } });
  });
});

describe('editing an afspraak', () => {
  it('changes it, re-derives years and parties, and logs what changed', async () => {
    const [row] = await api.listAgreements({ text: 'Gedragscampagne om inwoners' });
    expect(row!.schedule.years).toEqual([2025, 2026, 2027, 2028]);
    clock = new Date('2026-11-27T11:00:00Z');
    const updated = await api.updateAgreement({
      id: row!.id,
      scheduleText: '2026 - 2027',
      involvedText: 'Corporaties, HBD',
      expectedUpdatedAt: null,
    });
    expect(updated.schedule.years).toEqual([2026, 2027]);
    expect(updated.involved.flatMap((r) => r.partyIds)).toEqual(['woonwaarts', 'de-kernen', 'hbd']);
    expect(updated.updatedAt).toBe('2026-11-27T11:00:00.000Z');
    expect(updated.history.map((h) => [h.field, h.oldValue, h.newValue, h.changedBy])).toEqual(
      expect.arrayContaining([
        ['scheduleText', '2025 - 2028', '2026 - 2027', 'secretaris'],
        ['involvedText', 'Corporaties', 'Corporaties, HBD', 'secretaris'],
      ]),
    );
    expect((await api.listAgreements({ year: 2025, text: 'Gedragscampagne' })).length).toBe(0);
    expect((await api.listAgreements({ partyId: 'hbd', text: 'Gedragscampagne' })).length).toBe(1);
  });

  it('keeps the change after the database is closed and opened again', async () => {
    const again = openWerkbank({ databasePath: file });
    const [row] = await again.api.listAgreements({ text: 'Gedragscampagne' });
    expect(row?.schedule.text).toBe('2026 - 2027');
    expect(await again.api.listAuditLog({ agreementId: row!.id })).toHaveLength(2);
    again.close();
  });

  it('refuses an edit based on an older version, and changes nothing', async () => {
    const [row] = await api.listAgreements({ text: 'Gedragscampagne' });
    const envelope = await dispatch(api, 'updateAgreement', {
      id: row!.id,
      text: 'Iets anders',
      expectedUpdatedAt: null,
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('conflict');
    const [after] = await api.listAgreements({ text: 'Gedragscampagne' });
    expect(after?.text).toBe(row?.text);
  });

  it('refuses an empty afspraak text', async () => {
    const [row] = await api.listAgreements({ text: 'Gedragscampagne' });
    await expect(api.updateAgreement({ id: row!.id, text: '   ' })).rejects.toThrow('De afspraak mag niet leeg zijn.');
  });

  it('logs nothing when nothing changed', async () => {
    const [row] = await api.listAgreements({ text: 'Gedragscampagne' });
    const before = (await api.listAuditLog({})).length;
    await api.updateAgreement({ id: row!.id, text: row!.text });
    expect(await api.listAuditLog({})).toHaveLength(before);
  });
});

describe('the rest of the API', () => {
  it('glossary, indicators, party names', async () => {
    const glossary = await api.listGlossary();
    expect(glossary.map((g) => g.term)).toContain('Geclusterd wonen');
    const indicators = await api.listIndicators();
    expect(indicators.length).toBeGreaterThanOrEqual(15);
    expect(await api.resolvePartyName({ name: 'De Kern en' })).toMatchObject({ partyIds: ['de-kernen'] });
  });

  it('the calendar for a given day', async () => {
    const view = await api.getCalendar({ date: '2026-11-27' });
    expect(view.currentPhases.map((p) => p.code)).toEqual(['3']);
    expect(view.deadlines[0]?.about.label).toBe('planningsjaar 2027');
    await expect(api.getCalendar({ date: '2026-02-30' })).rejects.toThrow(/bestaande datum/);
  });

  it('answers an unknown method and bad input with typed envelopes', async () => {
    expect(await dispatch(api, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch(api, 'listAgreements', { year: 'volgend jaar' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Het jaar moet een geheel getal tussen 1900 en 2200 zijn.' },
    });
  });
});
