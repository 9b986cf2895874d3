// Undoing one import through the service on a real SQLite file: the latest
// version goes with its activities, links and notes, after a backup, and the
// version before it is current again, recorded in the activity log; refused
// with a Dutch message for a version that is not the latest, one a definitive
// overview holds, and one people decided about after it came in.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/db/backup';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';
import { woonwaartsOverview } from '../helpers/workbook';

const YEAR = 2027;
const BOUW = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const PILOT = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';

const overview = woonwaartsOverview;

let tmp: ReturnType<typeof tempDir>;
let file: string;
let werkbank: Werkbank;
let api: WerkbankApi;

/** Imports a file for Woonwaarts 2027 with every link decided as the linker proposed (a choice: none). */
async function commit(payload: FilePayload): Promise<void> {
  const request = { file: payload, partyId: 'woonwaarts', planningYear: YEAR };
  const preview = await api.previewImport(request);
  const decisions = preview.activities.map((a) => ({ position: a.position, agreementId: a.link.status === 'choice' ? null : a.link.agreementId }));
  await api.commitImport({ ...request, decisions });
}

const versions = () => api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR });
const texts = async () => (await api.listActivities({ planningYear: YEAR, partyId: 'woonwaarts' })).map((a) => a.activity);

function table<T>(sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  tmp = tempDir('werkbank-ongedaan-');
  file = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  api = werkbank.api;
  await commit(await overview([BOUW, SCHOUW], 'Woonwaarts v1.xlsx'));
  await commit(await overview([BOUW, SCHOUW, PILOT], 'Woonwaarts v2.xlsx', 'Opgesteld door: afdeling Vastgoed & Wonen'));
});

afterEach(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('undoing one import', () => {
  it('removes the latest version with its activities, links and notes, after a backup, and logs it', async () => {
    expect((await versions())[0]?.notes.length).toBeGreaterThan(0);
    const before = listBackups(file);
    const result = await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 2, reason: 'Verkeerd bestand gestuurd' });
    expect(result.undone).toMatchObject({ version: 2, fileName: 'Woonwaarts v2.xlsx', activityCount: 3 });
    expect(result.current).toMatchObject({ version: 1, isCurrent: true, fileName: 'Woonwaarts v1.xlsx' });
    expect((await versions()).map((v) => [v.version, v.isCurrent])).toEqual([[1, true]]);
    expect(await texts()).toEqual([BOUW, SCHOUW]);

    // Nothing of version 2 is left: no activity, no party reference, no submission row (with its notes).
    expect(table<{ n: number }>('SELECT COUNT(*) AS n FROM activities')[0]?.n).toBe(2);
    expect(table<{ n: number }>('SELECT COUNT(*) AS n FROM activity_parties WHERE activity_id NOT IN (SELECT id FROM activities)')[0]?.n).toBe(0);
    expect(table<{ file_name: string }>('SELECT file_name FROM submissions')).toEqual([{ file_name: 'Woonwaarts v1.xlsx' }]);

    const made = listBackups(file).filter((b) => !before.includes(b));
    expect(made.map((b) => path.basename(b))).toEqual([result.backup]);
    expect(result.backup).toMatch(/-voor-ongedaan-maken\.sqlite$/);
    // The backup holds version 2 still: the way back.
    const copy = new Database(made[0] as string, { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM submissions').get()).toEqual({ n: 2 });
    copy.close();

    const log = await api.listActivityLog({ planningYear: YEAR });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'undo-import', partyId: 'woonwaarts', reason: 'Verkeerd bestand gestuurd', changedBy: 'secretaris' });
    expect(log[0]?.detail).toMatch(/^Import ongedaan gemaakt: versie 2 van het activiteitenoverzicht 2027 \(Woonwaarts v2\.xlsx, ingelezen \d+ \w+ 2\d{3} door secretaris; 3 activiteiten\)\. Versie 1 is weer de huidige\.$/);

    // The overview is that of version 1 again.
    const joint = await api.getJointOverview({ planningYear: YEAR });
    expect(joint.parties.find((p) => p.id === 'woonwaarts')?.submission).toMatchObject({ version: 1, versionCount: 1 });
  });

  it('undoes the only version too: then the party has sent nothing for that year', async () => {
    await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 2 });
    const result = await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 1 });
    expect(result.current).toBeNull();
    expect(await versions()).toEqual([]);
    expect(await texts()).toEqual([]);
    expect((await api.listActivityLog({ planningYear: YEAR }))[0]?.detail).toMatch(/Er is nu geen versie meer\.$/);
    // A new import does not take a number used before: 1 and 2 name the undone files.
    await commit(await overview([PILOT], 'Woonwaarts opnieuw.xlsx'));
    expect((await versions()).map((v) => v.version)).toEqual([3]);
    expect((await api.listUndoneImports({ partyId: 'woonwaarts', planningYear: YEAR })).map((v) => v.version)).toEqual([2, 1]);
  });

  it('never gives a number twice: import, undo, import makes versions 1, 2 and then 3, and the history keeps 2 as undone', async () => {
    await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 2, reason: 'Verkeerd bestand gestuurd' });
    await commit(await overview([BOUW, PILOT], 'Woonwaarts v3.xlsx'));
    expect((await versions()).map((v) => [v.version, v.isCurrent, v.fileName])).toEqual([
      [3, true, 'Woonwaarts v3.xlsx'],
      [1, false, 'Woonwaarts v1.xlsx'],
    ]);
    const undone = await api.listUndoneImports({ partyId: 'woonwaarts', planningYear: YEAR });
    expect(undone).toEqual([
      {
        partyId: 'woonwaarts',
        planningYear: YEAR,
        kind: 'activities',
        version: 2,
        fileName: 'Woonwaarts v2.xlsx',
        importedAt: expect.any(String),
        importedBy: 'secretaris',
        receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        activityCount: 3,
        undoneAt: expect.any(String),
        undoneBy: 'secretaris',
        reason: 'Verkeerd bestand gestuurd',
      },
    ]);
    // The joint overview names the new file's number, not the undone one's.
    const joint = await api.getJointOverview({ planningYear: YEAR });
    expect(joint.parties.find((p) => p.id === 'woonwaarts')?.submission).toMatchObject({ version: 3 });

    // Also after closing and opening the database again, and for another kind apart: results start at 1.
    werkbank.close();
    werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
    api = werkbank.api;
    await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 3 });
    await commit(await overview([SCHOUW], 'Woonwaarts v4.xlsx'));
    expect((await versions()).map((v) => v.version)).toEqual([4, 1]);
    expect((await api.listUndoneImports({ partyId: 'woonwaarts', planningYear: YEAR })).map((v) => v.version)).toEqual([3, 2]);
    expect(await api.listUndoneImports({ partyId: 'woonwaarts', planningYear: YEAR, kind: 'results' })).toEqual([]);
  });

  it('refuses a version that is not the latest, or no longer exists, and changes nothing', async () => {
    const backups = listBackups(file);
    await expect(api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 1 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^Versie 1 van het activiteitenoverzicht 2027 van Woonwaarts is niet de laatste: versie 2 is later ingelezen/),
    });
    await expect(api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 7 })).rejects.toMatchObject({
      code: 'not_found',
      message: 'Er is geen versie 7 van het activiteitenoverzicht 2027 van Woonwaarts.',
    });
    await expect(api.undoImport({ partyId: 'niemand', planningYear: YEAR, version: 2 })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await versions()).map((v) => v.version)).toEqual([2, 1]);
    expect(listBackups(file)).toEqual(backups);
  });

  it('refuses when people decided about the version’s activities after it came in: undoing would drop that silently', async () => {
    const pilot = (await api.listActivities({ planningYear: YEAR, partyId: 'woonwaarts' })).find((a) => a.activity === PILOT);
    await api.correctActivity({ activityId: pilot?.id as number, reason: 'Dubbel', remove: true });
    const backups = listBackups(file);
    await expect(api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 2 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/is 1 besluit over de activiteiten vastgelegd .*Zet zo nodig de reservekopie van vóór de import terug\.$/),
    });
    expect((await versions()).map((v) => v.version)).toEqual([2, 1]);
    expect(listBackups(file)).toEqual(backups);
  });

  it('refuses the version a definitive overview holds, and allows a later one', async () => {
    await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 2 });
    await api.saveBundleVersion({ planningYear: YEAR, final: true });
    await expect(api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 1 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^Versie 1 van het activiteitenoverzicht 2027 van Woonwaarts staat in het definitieve gezamenlijk overzicht 2027 \(versie 1\)\./),
    });
    // A version read after the freeze is not in it: that one may go.
    await commit(await overview([BOUW, SCHOUW, PILOT], 'Woonwaarts na vaststellen.xlsx'));
    const result = await api.undoImport({ partyId: 'woonwaarts', planningYear: YEAR, version: 3 });
    expect(result.current?.version).toBe(1);
  });
});
