// Rows of a partner's table that hold no work of the sender in the planning year, in the
// words partners use for it: a need of others with no own work beside it, a remark that the
// work was done, stops, or was decided against, and a sheet of finished work kept beside the
// year's. None is an activity; each is named in a warning or kept as a note, so nothing is lost.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook, type ReadWorkbookOptions } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

async function readRows(header: string[], rows: (string | number)[][], fileName: string, options: ReadWorkbookOptions = {}): Promise<ReadWorkbook> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Blad1');
  ws.getCell('A1').value = fileName.replace(/\.xlsx$/, '');
  ws.getRow(3).values = header;
  rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
  return readActivityWorkbook(await saveWorkbook(wb), fileName, options);
}

describe('a row that only asks something of others', () => {
  it('is no activity where the own-work cell says there is none, with or without why', async () => {
    const r = await readRows(
      ['Thema', 'Wat gaan we doen', 'Onze rol', 'Wat hebben we nodig van', 'Wanneer'],
      [
        ['Betaalbaarheid', '— (geen eigen inzet)', '', 'Woonwaarts: de monitor toewijzingen vóór 1 april', 'maart'],
        ['Statushouders', '— geen eigen inzet', '', 'Woonwaarts: halfjaarlijks de aantallen', ''],
        ['Wonen en zorg', 'geen eigen actie, zie kolom D', '', 'gemeente: besluit over een ontmoetingsruimte', ''],
        ['Leefbaarheid', '(geen actie van De Kernen zelf)', '', 'gemeente: overlast als vast agendapunt', ''],
        ['Vereveningsfonds', 'Geen inzet: de raad heeft in december 2026 besloten geen fonds in te stellen', '', '', ''],
        ['Energie', 'Geen huurverhoging voor woningen met label D tot en met G', 'uitvoeren', '', '1 juli'],
        ['Wijkschouw', 'Wijkschouw Horssen organiseren met de gemeente', 'trekker', 'gemeente: een zaal', 'mei'],
      ],
      'De Kernen activiteiten 2028.xlsx',
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Geen huurverhoging voor woningen met label D tot en met G',
      'Wijkschouw Horssen organiseren met de gemeente',
    ]);
    // Each row without own work is named, with what it holds, so the need is not lost unseen; a remark
    // in brackets alone is kept as a note.
    const named = r.problems.filter((p) => p.code === 'no-activity-text');
    expect(named.map((p) => p.row)).toEqual([4, 5, 6, 8]);
    expect(r.notes.map((n) => n.row)).toContain(7);
    expect(named[0]?.message).toContain('Woonwaarts: de monitor toewijzingen vóór 1 april');
    expectPlacesInMessages(r);
  });
});
