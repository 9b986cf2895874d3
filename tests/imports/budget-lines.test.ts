// A plan kept as a budget: the lines that pay for the year's work are read, the bookkeeping around them is kept
// as notes (an invoice for last year's work, money moved between budget lines, the office rent).
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

describe('a plan kept as a budget', () => {
  it("reads the year's work and keeps invoices for earlier work, budget transfers and running costs as notes", async () => {
    const r = await readFilledSheet(
      'Begroting activiteiten wonen 2028 - gemeente Druten.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Begroting activiteiten wonen 2028'];
        ws.getRow(3).values = ['Product', 'Omschrijving', 'Rol', 'Bedrag', 'Dekking'];
        ws.getRow(4).values = ['6.810.02', 'Verhuiscoach Woonwaarts: bijdrage 2028 (structureel sinds begroting 2027)', 'financieren', 20000, 'budget wonen'];
        ws.getRow(5).values = ['6.810.02', 'Factuur Woonwaarts verhuiscoach 2e helft 2027', 'financieren', 10000, 'overlopende passiva 2027'];
        ws.getRow(6).values = ['7.210.01', 'Begrotingswijziging: € 40.000 overhevelen van energietransitie naar volkshuisvesting', '', -40000, 'raad juli 2028'];
        ws.getRow(7).values = ['6.810.05', 'Factuur adviesbureau woonwensenonderzoek, oplevering rapport juni 2028', 'financieren', 18000, 'budget wonen'];
        ws.getRow(8).values = ['0.100.01', 'Huur kantoorruimte + telefoon (12 x € 85)', '', 1020, 'subsidie'];
        ws.getRow(9).values = ['7.210.02', '1e begrotingswijziging 2028: bijdrage energiecoaches € 15.000, dekking onderzoeken', 'financieren', 15000, 'voorjaarsnota'];
      },
      2028,
      'Begroting 2028',
    );
    expect(activityTexts(r)).toEqual([
      'Verhuiscoach Woonwaarts: bijdrage 2028 (structureel sinds begroting 2027)',
      'Factuur adviesbureau woonwensenonderzoek, oplevering rapport juni 2028',
      '1e begrotingswijziging 2028: bijdrage energiecoaches € 15.000, dekking onderzoeken',
    ]);
    expect(warningAt(r, 5)).toContain('is de betaling van werk uit 2027, vóór 2028');
    expect(warningAt(r, 6)).toContain('verschuift geld tussen posten van de begroting, geen werk');
    expect(warningAt(r, 8)).toContain('is een vaste kostenpost van de eigen organisatie, geen werk');
    expectPlacesInMessages(r);
  });
});
