// The secretary corrects single activities of a stored submission, through the
// service on a real SQLite file: an edit and a removal with their reasons, a
// restore, the backup and the activity log; the next version of the same file
// keeps what she decided where the partner left the row as it was; a removed
// activity is in no overview, uitvraag or count.
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/db/backup';
import type { FilePayload, ImportPreview, WerkbankApi } from '../../src/service/contract';
import type { ActivityRow } from '../../src/domain/activities';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';
import { allActivities as overviewActivities } from '../helpers/overview';

const YEAR = 2027;
const BOUW = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const PILOT = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';
const COACHES = 'Energiecoaches inzetten bij de renovatie van Hoogveld';

type Row = [nr: string, activity: string, role: string, planning: string, from: string, involved: string, notes: string];

/** Woonwaarts' own overview: four activities, as a partner lays them out. */
const FIRST: Row[] = [
  ['1', BOUW, 'uitvoeren', 'Q2 2027', 'Gemeente', '', 'vergunning loopt'],
  ['2', SCHOUW, 'organiseren', 'Q4 2027', '', 'HBD, Gemeente', ''],
  ['3', PILOT, 'uitvoeren', '2027', 'Gemeente', '', ''],
  ['4', COACHES, 'financieren', 'heel 2027', '', 'HBD', ''],
];

async function overview(rows: Row[], name: string): Promise<FilePayload> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten 2027');
  sheet.addRow(['Activiteitenoverzicht Woonwaarts 2027']);
  sheet.addRow([]);
  sheet.addRow(['Nr', 'Activiteit', 'Rol', 'Planning', 'Van wie', 'Betrokken', 'Toelichting']);
  for (const row of rows) sheet.addRow(row);
  return { name, data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

let tmp: ReturnType<typeof tempDir>;
let file: string;
let werkbank: Werkbank;
let api: WerkbankApi;
let firstFile: FilePayload;

/** Imports a file for Woonwaarts 2027 with every link decided, so that nothing is left open. */
async function commit(payload: FilePayload): Promise<ImportPreview> {
  const request = { file: payload, partyId: 'woonwaarts', planningYear: YEAR };
  const preview = await api.previewImport(request);
  // The pilot belongs to the afspraak about young people, so that it shows in that afspraak's work.
  const [young] = await api.listAgreements({ text: 'jongeren' });
  const decisions = preview.activities.map((a) => ({
    position: a.position,
    agreementId: a.activity === PILOT ? (young?.id ?? null) : a.link.status === 'choice' ? null : a.link.agreementId,
  }));
  await api.commitImport({ ...request, decisions });
  return preview;
}

async function current(): Promise<ActivityRow[]> {
  return api.listActivities({ planningYear: YEAR, partyId: 'woonwaarts' });
}

async function row(text: string): Promise<ActivityRow> {
  const found = (await current()).find((a) => a.activity === text);
  if (!found) throw new Error(`geen activiteit "${text}"`);
  return found;
}

function log(): { action: string; detail: string; reason: string; party_id: string; changed_by: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT action, detail, reason, party_id, changed_by FROM activity_log ORDER BY id').all() as ReturnType<typeof log>;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  tmp = tempDir('werkbank-correcties-');
  file = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  api = werkbank.api;
  firstFile = await overview(FIRST, 'Woonwaarts activiteiten 2027.xlsx');
  await commit(firstFile);
});

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('correcting one activity', () => {
  it('changes the planning with a reason, after a backup, and logs it in Dutch', async () => {
    const before = await row(BOUW);
    const backups = listBackups(file);
    const corrected = await api.correctActivity({ activityId: before.id, reason: 'Mail van Woonwaarts: oplevering schuift', fields: { planning: 'Q3 2027' } });
    expect(corrected.planning).toBe('Q3 2027');
    expect(corrected.correction).toMatchObject({
      reason: 'Mail van Woonwaarts: oplevering schuift',
      removed: false,
      original: { planning: 'Q2 2027' },
      changedBy: 'secretaris',
    });
    expect(await row(BOUW)).toEqual(corrected);
    const made = listBackups(file).filter((b) => !backups.includes(b));
    expect(made.map((b) => path.basename(b))).toEqual([expect.stringMatching(/^werkbank-\d{8}-\d{9}-voor-correctie\.sqlite$/)]);
    expect(log()).toEqual([
      { action: 'edit', detail: 'Planning: Q2 2027 → Q3 2027', reason: 'Mail van Woonwaarts: oplevering schuift', party_id: 'woonwaarts', changed_by: 'secretaris' },
    ]);
  });

  it('reads a corrected "Van wie" as the import does, and keeps what the partner wrote when corrected twice', async () => {
    const bouw = await row(BOUW);
    const corrected = await api.correctActivity({ activityId: bouw.id, reason: 'HBD levert de huurders', fields: { needsFrom: 'HBD', notes: '' } });
    expect(corrected.needsFromParties).toEqual([{ written: 'HBD', partyIds: ['hbd'], status: 'exact' }]);
    expect(corrected.notes).toBeUndefined();
    expect(corrected.correction?.original).toEqual({ planning: 'Q2 2027', needsFrom: 'Gemeente', notes: 'vergunning loopt' });
    expect(log().at(-1)).toMatchObject({ action: 'edit', detail: 'Van wie: Gemeente → HBD; Toelichting: vergunning loopt → (leeg)' });
    // Back to what the partner wrote: no longer a correction of that field.
    const back = await api.correctActivity({ activityId: bouw.id, reason: 'Toch de gemeente', fields: { needsFrom: 'Gemeente', notes: 'vergunning loopt' } });
    expect(back.correction?.original).toEqual({ planning: 'Q2 2027' });
    expect(back.needsFromParties.flatMap((r) => r.partyIds)).toEqual(['gemeente']);
  });

  it('requires a reason and a text, refuses what is not a change, and changes nothing then', async () => {
    const bouw = await row(BOUW);
    const entries = log().length;
    for (const [arg, message] of [
      [{ activityId: bouw.id, reason: '', fields: { planning: 'Q4 2027' } }, /Geef een reden/],
      [{ activityId: bouw.id, reason: '   ', remove: true }, /Geef een reden/],
      [{ activityId: bouw.id, reason: 'x', fields: { activity: '  ' } }, /mag niet leeg zijn/],
      [{ activityId: bouw.id, reason: 'x', fields: { planning: 'Q3 2027' } }, /niets gewijzigd/],
      [{ activityId: bouw.id, reason: 'x', fields: { lead: 'HBD' } }, /kan niet worden gecorrigeerd/],
      [{ activityId: 999_999, reason: 'x', remove: true }, /bestaat niet/],
    ] as const) {
      const envelope = await dispatch(api, 'correctActivity', arg);
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.message).toMatch(message);
    }
    expect(log()).toHaveLength(entries);
    expect(await row(BOUW)).toEqual(bouw);
  });

  it('removes an activity with a reason: shown here, struck from the overview and the counts', async () => {
    const pilot = await row(PILOT);
    const before = await api.getJointOverview({ planningYear: YEAR });
    expect(overviewActivities(before).map((a) => a.activity)).toContain(PILOT);

    const removed = await api.correctActivity({ activityId: pilot.id, reason: 'Dubbel: zit al in het plan van de gemeente', remove: true });
    expect(removed.correction).toMatchObject({ removed: true, reason: 'Dubbel: zit al in het plan van de gemeente', original: {} });
    expect((await current()).map((a) => a.activity)).toContain(PILOT);
    expect(log().at(-1)).toMatchObject({ action: 'remove', detail: `Verwijderd: ${PILOT}`, reason: 'Dubbel: zit al in het plan van de gemeente' });

    const after = await api.getJointOverview({ planningYear: YEAR });
    expect(overviewActivities(after).map((a) => a.activity)).not.toContain(PILOT);
    expect(after.counts.activities).toBe(before.counts.activities - 1);
    const [version] = await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR });
    expect(version?.activityCount).toBe(3);
    // A removed activity is edited only after it is restored.
    await expect(api.correctActivity({ activityId: pilot.id, reason: 'x', fields: { planning: '2028' } })).rejects.toThrow(/herstel hem eerst/);
  });

  it('restores a removed activity (with a reason), and removes it again', async () => {
    const pilot = await row(PILOT);
    const restored = await api.correctActivity({ activityId: pilot.id, reason: 'Toch eigen pilot van Woonwaarts', remove: false });
    expect(restored.correction).toBeUndefined();
    expect(overviewActivities(await api.getJointOverview({ planningYear: YEAR })).map((a) => a.activity)).toContain(PILOT);
    expect(log().at(-1)).toMatchObject({ action: 'edit', detail: 'Hersteld (was verwijderd: Dubbel: zit al in het plan van de gemeente)' });
    await api.correctActivity({ activityId: pilot.id, reason: 'Dubbel: zit al in het plan van de gemeente', remove: true });
  });

  it('moves the werkgroep’s alignment along when it corrects the text', async () => {
    const coaches = await row(COACHES);
    const before = overviewActivities(await api.getJointOverview({ planningYear: YEAR })).find((a) => a.activity === COACHES);
    await api.updateAlignment({ planningYear: YEAR, identity: before?.identity ?? '', status: 'aligned', notes: 'besproken 3 sept' });
    await api.correctActivity({ activityId: coaches.id, reason: 'Spelling wijk', fields: { activity: `${COACHES} en Heemskerk` } });
    const after = overviewActivities(await api.getJointOverview({ planningYear: YEAR })).find((a) => a.activity === `${COACHES} en Heemskerk`);
    expect(after?.alignment).toMatchObject({ status: 'aligned', notes: 'besproken 3 sept' });
    // The partner's text stays known.
    expect((await row(`${COACHES} en Heemskerk`)).correction?.original).toEqual({ activity: COACHES });
  });
});

describe('the next version of the same file', () => {
  it('the same file again changes nothing and keeps every correction', async () => {
    const before = await current();
    const result = await api.commitImport({ file: firstFile, partyId: 'woonwaarts', planningYear: YEAR });
    expect(result.alreadyImported).toBe(true);
    expect(await current()).toEqual(before);
  });

  it('keeps the corrections of the rows the partner left unchanged, and not of a changed row', async () => {
    const schouw = await row(SCHOUW);
    await api.correctActivity({ activityId: schouw.id, reason: 'Met Bewonersraad', fields: { involved: 'HBD, Gemeente, Bewonersraad De Kernen' } });
    // Version 2: the partner changes the wijkschouw's planning; the other rows are as before.
    const second = FIRST.map((r): Row => (r[1] === SCHOUW ? [r[0], r[1], r[2], 'Q3 2027', r[4], r[5], r[6]] : r));
    const preview = await commit(await overview(second, 'Woonwaarts activiteiten 2027 v2.xlsx'));

    const byText = (text: string) => preview.activities.find((a) => a.activity === text);
    expect(byText(BOUW)).toMatchObject({ planning: 'Q3 2027', correction: { removed: false, reason: 'Toch de gemeente', original: { planning: 'Q2 2027' } } });
    expect(byText(PILOT)?.correction).toMatchObject({ removed: true, reason: 'Dubbel: zit al in het plan van de gemeente' });
    expect(byText(`${COACHES} en Heemskerk`)?.correction?.original).toEqual({ activity: COACHES });
    // The changed row comes in as the partner wrote it, with a warning to look again.
    expect(byText(SCHOUW)).toMatchObject({ planning: 'Q3 2027', involved: 'HBD, Gemeente' });
    expect(byText(SCHOUW)?.correction).toBeUndefined();
    expect(preview.problems.filter((p) => p.code === 'correction-not-applied').map((p) => p.message)).toEqual([
      expect.stringMatching(/blad "Activiteiten 2027", rij 5: deze activiteit is eerder gecorrigeerd \(„Met Bewonersraad”\), maar de partner heeft de rij veranderd/),
    ]);
    expect(preview.counts.activities).toBe(3);
    // Only the wijkschouw changed: the corrections make the other rows the same as before.
    expect(preview.diff?.items).toEqual([{ change: 'changed', activity: SCHOUW, details: ['Planning: Q4 2027 → Q3 2027', 'Betrokken: HBD, Gemeente, Bewonersraad De Kernen → HBD, Gemeente'] }]);

    const stored = await current();
    expect(stored[0]?.submissionVersion).toBe(2);
    expect(stored.map((a) => [a.activity, a.planning, a.correction?.removed ?? null, a.correction?.reason ?? null])).toEqual([
      [BOUW, 'Q3 2027', false, 'Toch de gemeente'],
      [SCHOUW, 'Q3 2027', null, null],
      [PILOT, '2027', true, 'Dubbel: zit al in het plan van de gemeente'],
      [`${COACHES} en Heemskerk`, 'heel 2027', false, 'Spelling wijk'],
    ]);
    const [version] = await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR });
    expect(version?.activityCount).toBe(3);
    expect(overviewActivities(await api.getJointOverview({ planningYear: YEAR })).map((a) => a.activity)).not.toContain(PILOT);
  });

  it('corrects only the current version', async () => {
    const versions = await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR });
    const old = versions.find((v) => v.version === 1);
    const db = new Database(file, { readonly: true });
    const oldId = (db.prepare('SELECT id FROM activities WHERE submission_id = ? ORDER BY position').get(old?.id) as { id: number }).id;
    db.close();
    const envelope = await dispatch(api, 'correctActivity', { activityId: oldId, reason: 'x', fields: { planning: 'Q1' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('alleen de huidige versie (2) kan worden gecorrigeerd') } });
  });
});

describe('a removed activity', () => {
  it('is not in the results uitvraag nor in the afspraak’s work', async () => {
    await api.saveBundleVersion({ planningYear: YEAR, final: true });
    const [workbook] = await api.makeResultsRequests({ executionYear: YEAR, partyIds: ['woonwaarts'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(workbook?.data ?? '', 'base64') as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => texts.push(String(c.text)))));
    expect(texts.some((t) => t.includes(BOUW))).toBe(true);
    expect(texts.some((t) => t.includes(PILOT))).toBe(false);

    const pilot = await row(PILOT);
    expect(pilot.link.agreementId).not.toBeNull();
    const work = await api.getAgreementWork({ agreementId: pilot.link.agreementId ?? 0 });
    expect(work.flatMap((y) => y.rows.map((r) => r.activity))).not.toContain(PILOT);
  });
});
