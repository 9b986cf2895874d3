// A planning tool's export as partners send it: MS Project's task table with its task 0, an outline by WBS
// number or by subtasks set in with spaces, milestones of "0 dagen", dates written short ("vr 12-11-27").
// The plan itself, its summary tasks and the milestones of work listed above are no activities; each is
// kept as a note with a warning naming the row. The tasks themselves are, and so is a milestone that
// marks no work listed above it.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { yearsOf } from '../../src/imports/years';
import { expectPlacesInMessages } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

async function readSheet(rows: (string | number)[][], fileName: string, planningYear: number): Promise<ReadWorkbook> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Taak_Tabel1');
  rows.forEach((row, i) => (ws.getRow(1 + i).values = row));
  return readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear });
}

const warned = (r: ReadWorkbook, code: string): number[] => r.problems.filter((p) => p.code === code).map((p) => p.row as number);

describe("MS Project's task table", () => {
  it('keeps the plan (task 0), its summary tasks and the milestones of work above as notes; the tasks are activities', async () => {
    const r = await readSheet(
      [
        ['Id', 'WBS', 'Taaknaam', 'Duur', 'Begin', 'Einde', '% voltooid', 'Resourcenamen'],
        [0, '0', 'PA Wonen Druten 2028', '248 dagen', '3-1-28', '21-12-28', '3%', ''],
        [1, '1', 'Bouwen', '204 dagen', '10-1-28', '20-10-28', '0%', ''],
        [2, '1.1', '   Anterieure overeenkomst Heuvelakker Puiflijk: 30% sociale huur vastleggen', '60 dagen', '10-1-28', '31-3-28', '0%', 'J. Verbeek'],
        [3, '1.2', '   Besluit college anterieure ovk Heuvelakker', '0 dagen', '11-4-28', '11-4-28', '0%', 'College B&W'],
        [4, '1.3', '   Kattenburg fase 2: start bouw (extern – planning Woonwaarts)', '0 dagen', '15-5-28', '15-5-28', '0%', 'Woonwaarts'],
        [5, '2', 'Verhuiscoach Woonwaarts: gemeentelijke bijdrage 2028 (max. € 20.000)', '250 dagen', '3-1-28', '20-12-28', '5%', 'Sociaal Domein'],
        [6, '2.1', '   Subsidiebeschikking verhuiscoach verzonden', '0 dagen', '1-2-28', '1-2-28', '0%', ''],
        [7, '3', 'Besluit college ondertekening Schone Lucht Akkoord', '0 dagen', '13-6-28', '13-6-28', '0%', 'College B&W'],
        [8, '4', 'Projectstart', '0 dagen', '3-1-28', '3-1-28', '0%', ''],
      ],
      'PA Wonen Druten 2028 - export MS Project.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 7, 9]);
    expect(warned(r, 'group-row')).toEqual([2, 3]);
    expect(warned(r, 'milestone-row')).toEqual([5, 6, 8, 10]);
    const message = (row: number): string => r.problems.find((p) => p.row === row && (p.code === 'group-row' || p.code === 'milestone-row'))?.message ?? '';
    expect(message(2)).toContain('het plan zelf (taak 0 van de planning)');
    expect(message(5)).toContain('is een mijlpaal van "Anterieure overeenkomst Heuvelakker Puiflijk');
    expect(message(6)).toContain('mijlpaal van een ander');
    expect(message(10)).toContain('het begin of einde van het plan zelf');
    expectPlacesInMessages(r);
  });

  it('reads a summary task by its subtasks set in with spaces, and a task done before the year by its short dates', async () => {
    const r = await readSheet(
      [
        ['Id', 'Taaknaam', 'Duur', 'Begin', 'Einde', '% voltooid'],
        [1, 'Nieuwbouw Horssen', '388 dagen', 'ma 1-3-27', 'vr 29-9-28', '55%'],
        [2, '   Afbouw Kloosterakker fase 2 (27 won.)', '182 dagen', 'ma 1-3-27', 'vr 12-11-27', '100%'],
        [3, '   Verkenning behoefte aanvullende sociale huur Horssen', '60 dagen', 'ma 3-4-28', 'vr 23-6-28', '0%'],
        [4, 'Warmtepomp bij vervanging cv-ketel (ca. 25 won.)', '250 dagen', 'ma 3-1-28', 'vr 22-12-28', '0%'],
      ],
      'De Kernen planning Druten 2028 (uit Project).xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.activity)).toEqual(['Verkenning behoefte aanvullende sociale huur Horssen', 'Warmtepomp bij vervanging cv-ketel (ca. 25 won.)']);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is de kop van de ingesprongen regels eronder');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([2, 3]));
  });
});

describe('a board pasted from Trello in Dutch', () => {
  it('reads the card names as the activities and the card ID as the row number, not the last change beside them', async () => {
    const r = await readSheet(
      [
        ['Kaart-ID', 'Kaartnaam', 'Lijst', 'Labels', 'Vervaldatum', 'Laatste activiteit'],
        ['#41', 'Wijkschouw Druten-Zuid 2028 organiseren (route, buurtvereniging, uitnodiging)', 'Te doen 2028', 'Leefbaarheid', '2028-05-20', '18-6-2027'],
        ['#42', 'Uitvoeringsplan n.a.v. wijkschouw: prioriteiten van huurders inbrengen bij gemeente', 'Te doen 2028', 'Leefbaarheid', '2028-09-30', '18-6-2027'],
      ],
      'HBD Trello Druten 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => [a.rowLabel, a.activity])).toEqual([
      ['#41', 'Wijkschouw Druten-Zuid 2028 organiseren (route, buurtvereniging, uitnodiging)'],
      ['#42', 'Uitvoeringsplan n.a.v. wijkschouw: prioriteiten van huurders inbrengen bij gemeente'],
    ]);
  });
});

describe('the years a text names', () => {
  it('reads a date written short, day and month first, and not an outline number', () => {
    expect(yearsOf('vr 12-11-27')).toEqual([2027]);
    expect(yearsOf('van 3/4/28 tot Q1 2029')).toEqual([2028, 2029]);
    expect(yearsOf('1.2.3 Nieuwbouw')).toEqual([]);
    expect(yearsOf('2.1 bij 1 (3)')).toEqual([]);
  });

  it("reads a year's last two figures after an apostrophe, and not a quote or a figure in a sentence", () => {
    expect(yearsOf("sept '27")).toEqual([2027]);
    expect(yearsOf('Q1 ’28 – Q3 ’29')).toEqual([2028, 2029]);
    expect(yearsOf("de '3-30-300' regel")).toEqual([]);
    expect(yearsOf("huurders' 25 vragen")).toEqual([]);
  });
});
