// A jaarplan that plans with an "x" per quarter or month: those columns are
// read together as the planning, not as four unknown columns.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { saveWorkbook } from '../helpers/workbook';

async function jaarplan(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Druten 2028');
  ws.addRow(['Actie', ...headers, 'Budget']);
  for (const r of rows) ws.addRow(r);
  return saveWorkbook(wb);
}

describe('period columns marked with an x', () => {
  it('give the planning "Q2, Q3" and no unknown-column warnings', async () => {
    const read = await readActivityWorkbook(
      await jaarplan(['Q1', 'Q2', 'Q3', 'Q4'], [
        ['Energiefestival op het kerkplein in Horssen', '', '', '', 'x', 9500],
        ['Klushulp op aanvraag: tochtstrips en radiatorfolie', 'x', 'X', 'x', 'x', 6000],
        ['Locatieonderzoek Horssen-Oost', '', '', '', '', 18000],
      ]),
      'DK jaarplan 2028.xlsx',
    );
    expect(read.activities.map((a) => [a.planning, a.extra])).toEqual([
      ['Q4', {}],
      ['Q1, Q2, Q3, Q4', {}],
      [undefined, {}],
    ]);
    expect(read.columns.filter((c) => c.field === 'planning').map((c) => c.header)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(read.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });

  it('read quarters with their year, and a year alone after them, as the planning; a row marked only in another year is no activity of the year', async () => {
    const read = await readActivityWorkbook(
      await jaarplan(['Q3 2026', 'Q4 2026', 'Q1 2027', 'Q2 2027', '2028'], [
        ['Deest Zuid fase 2: 20 sociale huurwoningen', '', '', 'x', 'x', 'x', 0],
        ['Brandveiligheidsonderzoek galerijflats', 'x', 'x', '', '', '', 0],
        ['Start bouw 22 sociale rijwoningen', '', '', '', '', 'x', 0],
        ['Zonnepanelen aanbieden aan huurders', '', '', 'x', 'x', '', 0],
      ]),
      'Woonwaarts planning Druten 2027 (per kwartaal).xlsx',
      { planningYear: 2027 },
    );
    expect(read.activities.map((a) => [a.rowNumber, a.planning])).toEqual([
      [2, 'Q1 2027, Q2 2027, 2028'],
      [5, 'Q1 2027, Q2 2027'],
    ]);
    expect(read.problems.find((p) => p.row === 3)?.message).toContain('is gepland vóór 2027 ("Q3 2026, Q4 2026")');
    expect(read.problems.find((p) => p.row === 4)?.message).toContain('is gepland na 2027 ("2028")');
    expect(read.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });

  it('read months the same way', async () => {
    const read = await readActivityWorkbook(await jaarplan(['jan', 'feb', 'mrt'], [['Ledenavond in het dorpshuis', '', 'x', '', 100]]), 'Werkplan.xlsx');
    expect(read.activities[0]?.planning).toBe('feb');
  });

  it('leave a table with its own planning column alone', async () => {
    const read = await readActivityWorkbook(
      await jaarplan(['Planning', 'Q1', 'Q2'], [['Wijkschouw Horssen-Centrum', 'voorjaar', 'x', '', 750]]),
      'Werkplan.xlsx',
    );
    expect(read.activities[0]?.planning).toBe('voorjaar');
    expect(read.activities[0]?.extra).toEqual({ Q1: 'x' });
  });
});
