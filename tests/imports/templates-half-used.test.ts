// A partner's own template, half used: the instruction under the header, an example row, placeholders left in
// unfilled rows ("[omschrijving]", "– kies –"), and real activities whose planning is still "n.t.b.". The template's
// own rows are no activities; the activities stay, however unsure their date. Only in a list for several years does
// "n.t.b." say no year is set, so the work is not planned in the year.
import { describe, expect, it } from 'vitest';
import type { ReadWorkbook } from '../../src/imports/types';
import { readPartnerSheet } from '../helpers/workbook';

const readRows = (header: string[], rows: string[][], fileName: string, planningYear: number): Promise<ReadWorkbook> =>
  readPartnerSheet(header, rows, fileName, planningYear, 'Activiteiten');

describe("a partner's template half used", () => {
  it('reads the instruction, the example and the placeholders as no activity, and the activities planned "n.t.b." as activities', async () => {
    const r = await readRows(
      ['Thema', 'Wat willen we doen', 'Wanneer', 'Samen met'],
      [
        ['– kies –', 'Eén activiteit per regel: wat gaat u doen, met wie en wanneer?', '', ''],
        ['Leefbaarheid', 'bijv. wijkschouw met De Kernen en gemeente', 'mei', 'De Kernen'],
        ['Leefbaarheid', 'Wijkschouw Horssen-Oost organiseren, bewoners uitnodigen', 'n.t.b.', 'De Kernen, gemeente'],
        ['Duurzaamheid', 'Energiefestival: kraam met vrijwilligers', 'oktober', 'De Kernen'],
        ['– kies –', '[omschrijving]', '', ''],
        ['Kies een thema', 'Selecteer een afspraak', '', ''],
      ],
      'Bewonersraad De Kernen plannen 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    // The example is kept as a note; the rows of placeholders and the instruction are named: no activity text.
    expect(r.notes.map((n) => n.row)).toContain(3);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([2, 6, 7]);
  });

  it('reads "n.t.b." as no year set in a list for several years', async () => {
    const r = await readRows(
      ['Activiteit', 'Jaar', 'Met wie'],
      [
        ['Wijkschouw Horssen organiseren', '2027', 'De Kernen'],
        ['Bewonerscommissie oprichten voor de Kloosterakker', 'n.t.b.', 'De Kernen'],
        ['Energiefestival: kraam met vrijwilligers', '2028', 'De Kernen'],
      ],
      'Bewonersraad lijst 2025-2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('staat als "n.t.b." (planning)');
  });
});
