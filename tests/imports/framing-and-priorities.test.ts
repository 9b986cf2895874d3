// A plan drafted by an adviser frames its work with principles, conditions and scope; a plan ranked by priority marks
// what is only wished for or waits on room left over. Those rows are kept as notes; the work between them is read.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

const read = (fileName: string, fill: (ws: Worksheet) => void, planningYear: number): Promise<ReadWorkbook> => readFilledSheet(fileName, fill, planningYear, 'Plan');


describe('framing lines and priorities', () => {
  it("keeps an adviser's principles, conditions, success factors and scope as notes, unless they plan work in the year", async () => {
    const r = await read(
      'Uitvoeringsprogramma PA Druten 2028 - v0.8 concept.xlsx',
      (ws) => {
        ws.getRow(2).values = ['WP', 'Activiteit', 'Deliverable', 'Planning'];
        ws.getRow(3).values = ['WP1', 'Planmonitor actualiseren en delen met de partners', 'Planmonitor 2028', 'Q3'];
        ws.getRow(4).values = ['WP1', 'Randvoorwaarde: corporaties leveren vóór 1 maart hun nieuwbouwplanning aan', '', ''];
        ws.getRow(5).values = ['WP2', 'Kritische succesfactor: tijdige omgevingsvergunning Puiflijk (gemeente)', '', ''];
        ws.getRow(6).values = ['WP2', 'Uitgangspunt (conform PA): alle nieuwbouw levensloopgeschikt', '', ''];
        ws.getRow(7).values = ['WP3', 'Uitgangspunt: bij elke cv-vervanging een hybride warmtepomp – 2028: ca. 25 woningen', 'Onderhoud', 'Q1–Q4'];
        ws.getRow(8).values = ['WP3', 'Buiten scope: individuele onderhoudsklachten (lopen via De Kernen)', '', ''];
        ws.getRow(9).values = ['WP4', 'Optioneel (tbd): digitaal huurderspanel – besluit bestuur na zomer', '', 'tbd'];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(['Planmonitor actualiseren en delen met de partners', 'Uitgangspunt: bij elke cv-vervanging een hybride warmtepomp – 2028: ca. 25 woningen']);
    expect(warningAt(r, 4)).toContain('begint met "Randvoorwaarde": een uitgangspunt, voorwaarde of afbakening van het plan, geen werk');
    expect([5, 6, 8, 9].every((row) => warningAt(r, row) !== undefined)).toBe(true);
    expectPlacesInMessages(r);
  });

  it('keeps a row below the line that is only wished for, or waits on room left over, as a note', async () => {
    const r = await read(
      'HBD jaarplan 2027 prio.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Prio', 'Activiteit', 'Uren', 'Opmerking'];
        ws.getRow(2).values = [1, 'Advies huurverhoging 2027 aan Woonwaarts', 40, ''];
        ws.getRow(3).values = [2, 'Wijkschouw Deest meelopen', 8, 'wens van de bewoners in Deest'];
        ws.getRow(4).values = [3, 'Huurderscafé Druten-Zuid (4x per jaar)', 48, 'wens, nog geen trekker'];
        ws.getRow(5).values = [3, 'Pluspakketten: enquête wensen huurders', 12, 'als het past doen we dit in Q4, anders 2028'];
        ws.getRow(6).values = [3, 'Vrijwilligersuitje', '', 'alleen als er geld over is'];
        ws.getRow(7).values = [3, 'Cursus huurbeleid voor 2 nieuwe bestuursleden', 12, 'als het past in Q4 – zijn al ingeschreven'];
        ws.getRow(8).values = [3, 'Overzicht projecten per kern bijwerken', 20, 'als het past in Q4, anders gaat het mee met de planmonitor'];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual([
      'Advies huurverhoging 2027 aan Woonwaarts',
      'Wijkschouw Deest meelopen',
      'Cursus huurbeleid voor 2 nieuwe bestuursleden',
      'Overzicht projecten per kern bijwerken',
    ]);
    expect(warningAt(r, 4)).toContain('een wens of iets voor als er ruimte is, niet besloten');
    expect([5, 6].every((row) => warningAt(r, row) !== undefined)).toBe(true);
    expectPlacesInMessages(r);
  });
});
