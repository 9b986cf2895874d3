// "Wie doet wat": a partner's table of one column per party, the sender's own work in its own column.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages, only } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

const PARTIES: Record<string, string> = { gemeente: 'gemeente', woonwaarts: 'woonwaarts', 'de kernen': 'de-kernen', hbd: 'hbd', bewonersraad: 'bewonersraad' };
const of = (written: string): string | null => PARTIES[written.trim().toLowerCase()] ?? null;
const names = (written: string): boolean => of(written) !== null || /^(huurders|corporaties)$/i.test(written.trim());

async function whoDoesWhat(fileName: string, own?: string): Promise<ReadWorkbook> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Wie doet wat 2027');
  ws.getCell('A1').value = 'Wie doet wat in gemeente Druten, 2027';
  ws.getRow(3).values = ['Thema', 'Gemeente', 'Woonwaarts', 'De Kernen', 'Huurders'];
  ws.getRow(4).values = ['1.1 Nieuwbouw', 'Omgevingsvergunning Kloosterakker fase 2', '', 'Laatste 27 sociale huurwoningen aan de Kloosterakker opleveren', 'welkomstpakket'];
  ws.getRow(5).values = ['1.1 Nieuwbouw', 'Zoeklocaties na 2030 uitwerken', '', '', 'meepraten'];
  ws.getRow(6).values = ['4.1 Doorstroming', 'afspraken toewijzing', 'Beide corporaties: met de gemeente afspreken wie de woningen in een geclusterde woonvorm krijgt', '', ''];
  ws.mergeCells('C6:D6');
  ws.getRow(7).values = ['Organisatie', '', '', 'Een eigen wijkconsulent voor Horssen aannemen', ''];
  return readActivityWorkbook(await saveWorkbook(wb), fileName, { parties: { of, names, ...(own ? { own } : {}) } });
}

describe('a table of one column per party', () => {
  it("reads the file's party's column as its activities, a cell merged into it as its own, and keeps the rows of others' work as notes", async () => {
    const r = await whoDoesWhat('wie doet wat 2027.xlsx', 'de-kernen');
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.topicContext ?? null])).toEqual([
      [4, 'Laatste 27 sociale huurwoningen aan de Kloosterakker opleveren', '1.1 Nieuwbouw'],
      [6, 'Beide corporaties: met de gemeente afspreken wie de woningen in een geclusterde woonvorm krijgt', '4.1 Doorstroming'],
      [7, 'Een eigen wijkconsulent voor Horssen aannemen', 'Organisatie'],
    ]);
    // What the others do stays with the row, under its heading.
    expect(r.activities[0]?.extra).toMatchObject({ Gemeente: 'Omgevingsvergunning Kloosterakker fase 2', Huurders: 'welkomstpakket' });
    expect(r.notes.find((n) => n.row === 5)?.text).toBe('Thema: 1.1 Nieuwbouw · Gemeente: Zoeklocaties na 2030 uitwerken · Huurders: meepraten');
    expect(only(r, 'party-columns').message).toContain('kolom "De Kernen" is gelezen als de activiteiten van dit bestand; wat "Gemeente", "Woonwaarts", "Huurders" doen');
    expect(only(r, 'others-only-rows').message).toContain('rij 5 heeft alleen werk van andere partijen, niets in kolom D "De Kernen"');
    expect(r.problems.some((p) => p.code === 'unknown-column' || p.code === 'no-activity-text')).toBe(false);
    expectPlacesInMessages(r);
  });

  it('finds the party in the file name when none was chosen, and refuses the table when it cannot tell whose it is', async () => {
    const named = await whoDoesWhat('De Kernen - wie doet wat 2027.xlsx');
    expect(named.activities).toHaveLength(3);
    await expect(whoDoesWhat('wie doet wat 2027.xlsx')).rejects.toThrow('bevat geen tabel met activiteiten');
  });
});
