// A table with two heading rows, as people who know Excel build one: group headings merged over their
// columns ("Nodig" over "Van wie | Wat", "Afspraak" over "Nr | Titel"), and a heading merged down over both
// rows ("Activiteit"). Each column is read for what it is within its group.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { saveWorkbook } from '../helpers/workbook';

describe('a table with two heading rows', () => {
  it('reads a heading merged down over both rows, and a heading under a group as the group says', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Druten 2027');
    ws.getCell('A1').value = 'Woonwaarts – activiteiten gemeente Druten 2027';
    ws.getRow(3).values = ['Afspraak', '', 'Activiteit', 'Nodig', '', 'Planning', ''];
    ws.getRow(4).values = ['Nr', 'Titel', null, 'Van wie', 'Wat', 'Start', 'Gereed'];
    ws.mergeCells('A3:B3');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    ws.getRow(5).values = ['1.1', 'Nieuwbouw', 'Oplevering 36 sociale huurappartementen Heuvelstraat', 'gemeente', 'openbare ruimte op tijd klaar', 'jan 2027', 'sep 2027'];
    ws.getRow(6).values = ['3', 'Duurzaamheid', 'Laatste 40 woningen met label E, F of G isoleren naar label B', 'HBD', 'bewoners informeren', 'mrt 2027', 'dec 2027'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Activiteiten Woonwaarts 2027.xlsx', { planningYear: 2027 });
    expect(r.headerRow).toBe(4);
    expect(r.columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', 'Afspraak: Nr', 'agreementRef'],
      ['B', 'Afspraak: Titel', null],
      ['C', 'Activiteit', 'activity'],
      ['D', 'Van wie', 'needsFrom'],
      ['E', 'Nodig: Wat', 'needs'],
      ['F', 'Start', null],
      ['G', 'Gereed', 'planning'],
    ]);
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.needs, a.agreementRef])).toEqual([
      [5, 'Oplevering 36 sociale huurappartementen Heuvelstraat', 'openbare ruimte op tijd klaar', '1.1'],
      [6, 'Laatste 40 woningen met label E, F of G isoleren naar label B', 'bewoners informeren', '3'],
    ]);
  });
});
