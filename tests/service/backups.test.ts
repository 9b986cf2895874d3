// Backups through the service on a real SQLite file: listed with what they
// hold, and restored so that the activities are those of that moment again,
// after a backup of the state just before.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let clock = Date.parse('2027-06-20T08:00:00Z');

async function hbdFile(rows: string[]): Promise<{ name: string; data: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['Inzet HBD 2027']);
  sheet.addRow([]);
  sheet.addRow(['Wat gaan we doen?', 'Planning']);
  for (const r of rows) sheet.addRow([r, 'Q2']);
  return { name: 'HBD 2027.xlsx', data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

beforeAll(() => {
  tmp = tempDir('werkbank-backups-');
  werkbank = openWerkbank({
    databasePath: path.join(tmp.dir, 'werkbank.sqlite'),
    changedBy: 'secretaris',
    now: () => new Date((clock += 60_000)),
  });
  api = werkbank.api;
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('backups', () => {
  it('are listed newest first, with why they were made and which versions were current', async () => {
    await api.commitImport({ file: await hbdFile(['Wijkschouw in Deest organiseren']), partyId: 'hbd', planningYear: 2027 });
    await api.commitImport({ file: await hbdFile(['Wijkschouw in Deest organiseren', 'Nieuwsbrief voor de leden']), partyId: 'hbd', planningYear: 2027 });
    const list = await api.listBackups();
    expect(list.map((b) => [b.reason, b.current])).toEqual([
      ['voor-import', [{ partyId: 'hbd', year: 2027, kind: 'activities', version: 1 }]],
      ['voor-import', []],
    ]);
    expect(list[0]?.name).toMatch(/^werkbank-20270620-\d{9}-voor-import\.sqlite$/);
  });

  it('restore the moment a backup was made, after backing up the state just before', async () => {
    const [beforeSecond] = await api.listBackups();
    const result = await api.restoreBackup({ name: beforeSecond?.name as string });
    expect(result.restoredFrom).toBe(beforeSecond?.name);
    expect((await api.listActivities({ planningYear: 2027, partyId: 'hbd' })).map((a) => a.activity)).toEqual(['Wijkschouw in Deest organiseren']);
    expect((await api.listSubmissionVersions({ partyId: 'hbd', planningYear: 2027 })).map((v) => v.version)).toEqual([1]);
    // The state before the restore is itself a backup, and restoring it goes back.
    const [safety] = await api.listBackups();
    expect(safety).toMatchObject({ name: result.safetyBackup, reason: 'voor-herstel' });
    expect(safety?.current).toEqual([{ partyId: 'hbd', year: 2027, kind: 'activities', version: 2 }]);
    // The restored database says itself which backup it came from, when, and by whom: in every year's log.
    const [entry] = await api.listActivityLog({ planningYear: 2027 });
    expect(entry).toMatchObject({ action: 'restore', planningYear: null, partyId: null, changedBy: 'secretaris' });
    // The time the backup was made, in Druten (the test's clock moves a minute with every look at it).
    const madeAt = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(beforeSecond?.madeAt as string));
    expect(entry?.detail).toBe(
      `Reservekopie teruggezet: ${beforeSecond?.name} (gemaakt 20 juni 2027 ${madeAt}, vóór een import). De stand van vlak daarvoor is bewaard als ${result.safetyBackup}.`,
    );
    expect(Date.parse(entry?.changedAt as string)).toBeGreaterThan(Date.parse(beforeSecond?.madeAt as string));
    expect((await api.listActivityLog({ planningYear: 2028 })).map((e) => e.action)).toEqual(['restore']);
    await api.restoreBackup({ name: result.safetyBackup });
    expect((await api.listActivities({ planningYear: 2027, partyId: 'hbd' })).map((a) => a.activity)).toEqual([
      'Wijkschouw in Deest organiseren',
      'Nieuwsbrief voor de leden',
    ]);
  });

  it('restore only a backup from the list, by name', async () => {
    await expect(api.restoreBackup({ name: '../werkbank.sqlite' })).rejects.toThrow(/^Er is geen reservekopie "\.\.\/werkbank\.sqlite" in /);
  });
});
