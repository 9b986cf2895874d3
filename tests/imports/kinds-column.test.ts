// What a list's own columns and rows hold besides the activities. A column of each row's kind ("Soort": project,
// besluit, overleg, intern) is read as a table: the kinds come back down their column as cards' labels do, but the
// activity is named in a column of its own. Excel's subtotal rows ("Wonen Aantal", "Eindaantal") are no activities.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { activityTexts, readFilledSheet } from '../helpers/workbook';

describe('a table with a column of kinds', () => {
  it('reads every row of the table, not cards opened by the kind "project"', async () => {
    const rows = [
      ['Kattenburg fase 2: oplevering 24 sociale huurappartementen', 'project', 'Vastgoed', 'okt'],
      ['Voorrangscriteria Deest Zuid fase 3 in overleg met gemeente bepalen', 'overleg', 'Verhuur', 'Q1'],
      ['Intern afstemmen met team Verhuur over toewijzing Deest Zuid', 'intern', 'Verhuur', 'Q1'],
      ['Hofje Afferden: start bouw 16 seniorenwoningen rond een gezamenlijke huiskamer', 'project', 'Vastgoed', 'Q2'],
      ['MT-besluit over budget huiskamer hofje Afferden', 'intern', 'Bestuur', 'Q1'],
      ['Afspraken met gemeente over kosten huiskamer hofje Afferden', 'overleg', 'Wonen', 'Q2'],
      ['Verhuurbeleid 2028 vaststellen (besluit bestuur)', 'besluit', 'Verhuur', 'Q2'],
      ['Zonnepanelen aanbieden aan ca. 150 huurders in Druten en Afferden', 'project', 'Vastgoed', 'Q3'],
      ['Monitor woonruimteverdeling 2027 verspreiden en toelichten', 'overleg', 'Verhuur', 'mrt'],
      ['Activiteitenoverzicht 2029 opstellen, vóór 1 juli naar de werkgroep', 'intern', 'Bestuur', 'Q2'],
    ];
    const r = await readFilledSheet(
      'Woonwaarts PA Druten 2028.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Woonwaarts – activiteiten prestatieafspraken Druten 2028'];
        ws.getRow(2).values = ['Activiteit', 'Soort', 'Afdeling', 'Planning'];
        rows.forEach((values, i) => (ws.getRow(3 + i).values = values));
      },
      2028,
      'PA Druten 2028',
    );
    expect(r.columns.find((c) => c.field === 'activity')?.header).toBe('Activiteit');
    expect(activityTexts(r)).toEqual(rows.map(([text]) => text));
  });
});

describe("a list with Excel's subtotals", () => {
  it('skips the subtotal per theme and the grand count, each the count where the activity stands', async () => {
    const r = await readFilledSheet(
      'WW activiteitenoverzicht Druten 2027.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Thema', 'Activiteit', 'Planning'];
        ws.getRow(2).values = ['Wonen', 'Kattenburg fase 2: oplevering 24 sociale huurappartementen', 'okt'];
        ws.getRow(3).values = ['Wonen', 'Verhuiscoach: ca. 40 oudere huishoudens begeleiden', 'hele jaar'];
        ws.getRow(4).values = ['Wonen Aantal', { formula: 'SUBTOTAL(3,B2:B3)', result: 2 }, ''];
        ws.getRow(5).values = ['Duurzaamheid', 'Isoleren laatste 38 woningen met label D in Deest', 'Q3'];
        ws.getRow(6).values = ['Duurzaamheid Aantal', { formula: 'SUBTOTAL(3,B5:B5)', result: 1 }, ''];
        ws.getRow(7).values = ['Eindaantal', { formula: 'SUBTOTAL(3,B2:B6)', result: 3 }, ''];
      },
      2027,
      'Activiteiten 2027',
    );
    expect(activityTexts(r)).toEqual([
      'Kattenburg fase 2: oplevering 24 sociale huurappartementen',
      'Verhuiscoach: ca. 40 oudere huishoudens begeleiden',
      'Isoleren laatste 38 woningen met label D in Deest',
    ]);
    expect(r.problems.filter((p) => p.code === 'total-row').map((p) => p.row)).toEqual([4, 6, 7]);
  });
});
