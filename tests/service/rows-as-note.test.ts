// A line the reader read as an activity that the secretary knows is none (the Bewonersraad's own
// jaarvergadering, kept out of the joint overview): she keeps it as a note in the preview, in one choice,
// through the service on a real SQLite file. It leaves the activities and their counts, stays with the
// file as a note, is recorded in the activity log, and is kept so in the next version of the file until
// she makes it an activity again.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';
import { NOTE_LINE, NOTE_LINE_ACTIVITIES, NOTE_LINE_FILE, NOTE_LINE_SHEET, noteLineWorkbook } from '../fixtures/kept-line';

const YEAR = 2028;
const SHEET = NOTE_LINE_SHEET;

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let file: FilePayload;

beforeAll(async () => {
  tmp = tempDir('werkbank-notes-');
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris' });
  api = werkbank.api;
  file = { name: NOTE_LINE_FILE, data: (await noteLineWorkbook()).toString('base64') };
});

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('a read activity kept as a note', () => {
  const request = () => ({ file, partyId: 'bewonersraad', planningYear: YEAR });

  it('is an activity of the file until the secretary chooses otherwise', async () => {
    const preview = await api.previewImport(request());
    expect(preview.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, NOTE_LINE_ACTIVITIES[0]],
      [5, NOTE_LINE],
      [6, NOTE_LINE_ACTIVITIES[1]],
    ]);
    expect(preview.chosenAsNote).toEqual([]);
  });

  it('leaves the activities and their counts, the others numbered again, and stands among the notes', async () => {
    const preview = await api.previewImport({ ...request(), rowsAsNote: [{ sheet: SHEET, row: 5 }] });
    expect(preview.activities.map((a) => [a.position, a.rowNumber])).toEqual([
      [1, 4],
      [2, 6],
    ]);
    expect(preview.counts.activities).toBe(2);
    expect(preview.notes).toContainEqual({ sheet: SHEET, row: 5, text: NOTE_LINE });
    expect(preview.chosenAsNote).toEqual([{ sheet: SHEET, row: 5, earlier: false }]);
    expect(preview.problems.filter((p) => p.row === 5).map((p) => p.message)).toEqual([
      'Bewonersraad jaarplan 2028.xlsx, blad "Jaarplan 2028", rij 5: door u als opmerking bewaard, geen activiteit (de app las de regel als activiteit).',
    ]);
  });

  it('refuses a line asked both ways, or one that is no line of the file, and stores nothing', async () => {
    await expect(
      api.commitImport({ ...request(), rowsAsNote: [{ sheet: SHEET, row: 5 }], rowsAsActivity: [{ sheet: SHEET, row: 5 }] }),
    ).rejects.toThrow('Blad "Jaarplan 2028", rij 5 van Bewonersraad jaarplan 2028.xlsx is gevraagd als activiteit én als opmerking; kies één van beide.');
    await expect(api.commitImport({ ...request(), rowsAsNote: [{ sheet: SHEET, row: 9 }] })).rejects.toThrow(
      'Blad "Jaarplan 2028", rij 9 van Bewonersraad jaarplan 2028.xlsx is geen regel die als activiteit is gelezen.',
    );
    const status = await api.getSubmissionStatus({});
    expect(status.cells.find((c) => c.partyId === 'bewonersraad' && c.planningYear === YEAR)?.current).toBeNull();
  });

  it('is stored as a note of the version at the commit, and the choice is in the activity log', async () => {
    const result = await api.commitImport({ ...request(), rowsAsNote: [{ sheet: SHEET, row: 5 }] });
    expect(result.submission.activityCount).toBe(2);
    expect(result.submission.notes).toContainEqual({ sheet: SHEET, row: 5, text: NOTE_LINE });
    const stored = await api.listActivities({ partyId: 'bewonersraad', planningYear: YEAR });
    expect(stored.map((a) => a.activity)).not.toContain(NOTE_LINE);
    const log = await api.listActivityLog({ planningYear: YEAR });
    expect(log.filter((e) => e.action === 'as-note').map((e) => [e.partyId, e.detail, e.changedBy])).toEqual([
      [
        'bewonersraad',
        `Bewonersraad jaarplan 2028.xlsx, blad "Jaarplan 2028", rij 5: "${NOTE_LINE}" als opmerking bewaard, geen activiteit; de app had de regel als activiteit gelezen.`,
        'secretaris',
      ],
    ]);
  });

  it('stays a note in the next version of the file, until the secretary makes it an activity again', async () => {
    const next = {
      ...request(),
      file: { name: 'Bewonersraad jaarplan 2028 v2.xlsx', data: (await noteLineWorkbook([['Spreekuur servicekosten in het dorpshuis', 'maart', '']])).toString('base64') },
    };
    const again = await api.previewImport(next);
    expect(again.chosenAsNote).toEqual([{ sheet: SHEET, row: 5, earlier: true }]);
    expect(again.activities.map((a) => a.activity)).not.toContain(NOTE_LINE);
    expect(again.problems.find((p) => p.row === 5)?.message).toContain('rij 5: als opmerking bewaard, zoals u deze regel in een eerdere versie koos');

    // Made an activity again: the activity the reader read, with its own planning, in its place.
    const undone = await api.previewImport({ ...next, rowsAsActivity: [{ sheet: SHEET, row: 5 }] });
    expect(undone.chosenAsNote).toEqual([]);
    expect(undone.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toContainEqual([5, NOTE_LINE, 'april']);
    expect(undone.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6, 7]);
    // Stored so, the version after it reads it as an activity: the earlier choice no longer stands.
    await api.commitImport({ ...next, rowsAsActivity: [{ sheet: SHEET, row: 5 }] });
    const third = await api.previewImport({ ...request(), file: { ...file, name: 'Bewonersraad jaarplan 2028 v3.xlsx' } });
    expect(third.chosenAsNote).toEqual([]);
    expect(third.activities.map((a) => a.activity)).toContain(NOTE_LINE);
  });
});
