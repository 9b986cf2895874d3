// A line the reader kept as a note (a figure, a lapsed row, a remark) that the
// secretary knows to be an activity: she makes it one in the preview, in one
// choice, through the service on a real SQLite file. It is linked as the file's
// own activities are, counted, stored at the commit, and recorded in the
// activity log; a line that is no note of the file is refused, nothing stored.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';
import { KEPT_LINE, KEPT_LINE_FILE, KEPT_LINE_SHEET, keptLineWorkbook } from '../fixtures/kept-line';

const YEAR = 2027;
const SHEET = KEPT_LINE_SHEET;
const DELIVERY = KEPT_LINE;

async function plan(): Promise<FilePayload> {
  return { name: KEPT_LINE_FILE, data: (await keptLineWorkbook()).toString('base64') };
}

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let file: FilePayload;

beforeAll(async () => {
  tmp = tempDir('werkbank-rows-');
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris' });
  api = werkbank.api;
  file = await plan();
});

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('a kept line made an activity', () => {
  const request = () => ({ file, partyId: 'bewonersraad', planningYear: YEAR });

  it('is a note of the file until the secretary chooses otherwise', async () => {
    const preview = await api.previewImport(request());
    expect(preview.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(preview.notes).toContainEqual({ sheet: SHEET, row: 5, text: DELIVERY });
    expect(preview.counts.activities).toBe(2);
  });

  it('becomes an activity in the preview, after the file\'s own, linked and counted, and is no note any more', async () => {
    const preview = await api.previewImport({ ...request(), rowsAsActivity: [{ sheet: SHEET, row: 5 }] });
    expect(preview.activities.map((a) => [a.position, a.rowNumber, a.activity])).toEqual([
      [1, 4, 'Wijkschouw Horssen organiseren met De Kernen en de gemeente'],
      [2, 6, 'Energiefestival mee organiseren'],
      [3, 5, DELIVERY],
    ]);
    expect(preview.notes.some((n) => n.row === 5)).toBe(false);
    expect(preview.chosenAsActivity).toEqual([{ sheet: SHEET, row: 5, earlier: false }]);
    expect(preview.counts.activities).toBe(3);
    // Linked by its words as any activity: the delivery of social rented homes is an afspraak of 1.1.
    const link = preview.activities[2]?.link;
    expect(link?.reference ?? link?.alternatives[0]?.reference).toMatch(/^1\.1 /);
    // Why the app kept it as a note no longer stands beside the choice.
    expect(preview.problems.filter((p) => p.row === 5).map((p) => p.code)).toEqual(['chosen-as-activity']);
    expect(preview.problems.find((p) => p.code === 'chosen-as-activity')?.message).toBe(
      'Bewonersraad jaarplan 2027.xlsx, blad "Jaarplan 2027", rij 5: door u als activiteit gekozen (de app had de regel als opmerking bewaard).',
    );
  });

  it('refuses a line that is no note of the file, and stores nothing', async () => {
    await expect(api.commitImport({ ...request(), rowsAsActivity: [{ sheet: SHEET, row: 4 }] })).rejects.toThrow(
      'Blad "Jaarplan 2027", rij 4 van Bewonersraad jaarplan 2027.xlsx is geen regel die als opmerking is bewaard.',
    );
    const status = await api.getSubmissionStatus({});
    expect(status.cells.find((c) => c.partyId === 'bewonersraad' && c.planningYear === YEAR)?.current).toBeNull();
  });

  it('is stored at the commit, and the choice is in the activity log', async () => {
    const result = await api.commitImport({ ...request(), rowsAsActivity: [{ sheet: SHEET, row: 5 }] });
    expect(result.submission.activityCount).toBe(3);
    const stored = await api.listActivities({ partyId: 'bewonersraad', planningYear: YEAR });
    expect(stored.map((a) => a.activity)).toContain(DELIVERY);
    const log = await api.listActivityLog({ planningYear: YEAR });
    expect(log.filter((e) => e.action === 'as-activity').map((e) => [e.partyId, e.detail, e.changedBy])).toEqual([
      [
        'bewonersraad',
        `Bewonersraad jaarplan 2027.xlsx, blad "Jaarplan 2027", rij 5: "${DELIVERY}" als activiteit gekozen; de app had de regel als opmerking bewaard.`,
        'secretaris',
      ],
    ]);
  });

  it('is read as an activity again in the next version of the file, unless the secretary keeps it a note this time', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    workbook.getWorksheet(SHEET)?.addRow(['Spreekuur servicekosten in het dorpshuis', 'maart', '']);
    const next = { ...request(), file: { name: 'Bewonersraad jaarplan 2027 v2.xlsx', data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') } };
    const again = await api.previewImport(next);
    expect(again.chosenAsActivity).toEqual([{ sheet: SHEET, row: 5, earlier: true }]);
    expect(again.activities.map((a) => a.activity)).toContain(DELIVERY);
    expect(again.problems.find((p) => p.row === 5)?.message).toContain('rij 5: als activiteit gelezen, zoals u deze regel in een eerdere versie koos');
    const kept = await api.previewImport({ ...next, rowsAsNote: [{ sheet: SHEET, row: 5 }] });
    expect(kept.chosenAsActivity).toEqual([]);
    expect(kept.notes.map((n) => n.text)).toEqual([DELIVERY]);
    // Stored so, the version after it keeps it a note: the earlier choice no longer stands.
    await api.commitImport({ ...next, rowsAsNote: [{ sheet: SHEET, row: 5 }] });
    const third = await api.previewImport({ ...request(), file: { ...file, name: 'Bewonersraad jaarplan 2027 v3.xlsx' } });
    expect(third.chosenAsActivity).toEqual([]);
  });
});
