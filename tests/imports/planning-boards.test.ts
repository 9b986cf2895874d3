// A year's plan kept as a planning board and exported (Planner, Trello, a kanban sheet): its cards are the work, but
// the export also holds a card's checklist items as rows, the board's own upkeep, and lanes of cards that are done
// or parked. Those rows are kept as notes; a checklist item due after its card is work that follows it and is read.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('a planning board exported as the plan', () => {
  it("keeps a card's checklist items and the board's upkeep as notes, but reads an item due after its card", async () => {
    const r = await readFilledSheet(
      'Trello export Bewonersraad 2027.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Kaart', 'Lijst', 'Labels', 'Vervaldatum', 'Leden', 'Laatste reactie'];
        ws.getRow(2).values = ['Kraam op energiefestival Horssen (DK)', 'Te doen', '3 bij 4', day(2027, 9, 18), 'Ria, Jan', ''];
        ws.getRow(3).values = ['   ↳ checklist: folders De Pit + spaarlampen meenemen', 'Te doen', '', day(2027, 9, 10), 'Ria', ''];
        ws.getRow(4).values = ['Wijkschouw Horssen-Zuid: bewoners uitnodigen, DK en gemeente lopen mee', 'Te doen', 'Leefbaarheid', day(2027, 5, 12), 'Jan', ''];
        ws.getRow(5).values = ['   ↳ checklist: na de schouw meepraten over uitvoeringsplan gemeente', 'Te doen', '', day(2027, 10, 1), 'Jan', 'van kaart "Wijkschouw Horssen-Zuid"'];
        ws.getRow(6).values = ['Overlegtafel Leefbaarheid (4x): prioriteiten vaststellen', 'Te doen', 'Leefbaarheid', day(2027, 2, 15), 'Kees', ''];
        ws.getRow(7).values = ['Agenda + uitnodiging 1e overlegtafel rondsturen', 'Te doen', '', day(2027, 1, 25), 'Kees', 'checklistitem van "Overlegtafel Leefbaarheid"'];
        ws.getRow(8).values = ['Bord opschonen + lijsten hernoemen', 'Te doen', '', day(2027, 1, 5), 'Els', ''];
      },
      2027,
      'Trello export',
    );
    expect(activityTexts(r)).toEqual([
      'Kraam op energiefestival Horssen (DK)',
      'Wijkschouw Horssen-Zuid: bewoners uitnodigen, DK en gemeente lopen mee',
      '↳ checklist: na de schouw meepraten over uitvoeringsplan gemeente',
      'Overlegtafel Leefbaarheid (4x): prioriteiten vaststellen',
    ]);
    expect(warningAt(r, 3)).toContain('is een onderdeel van een kaart erboven, geen eigen activiteit');
    expect(warningAt(r, 7)).toContain('is een onderdeel van een kaart erboven (Laatste reactie: "checklistitem van "Overlegtafel Leefbaarheid""), geen eigen activiteit');
    expect(warningAt(r, 8)).toContain('is werk aan het bord zelf, geen activiteit');
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([3, 7, 8]));
    expectPlacesInMessages(r);
  });

  it('keeps the cards in the lanes "Klaar (1)" and "Geparkeerd (1)" as notes, and reads the lanes of work', async () => {
    const r = await readFilledSheet(
      'Woonwaarts bord Druten 2028 (export).xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Woonwaarts | Bord prestatieafspraken Druten 2028'];
        ws.getRow(3).values = ['Kaart', 'Labels', 'Vervaldatum', 'Checklist', 'Toegewezen aan'];
        ws.getRow(4).values = ['Te doen (1)'];
        ws.mergeCells('A4:E4');
        ws.getRow(5).values = ['Zonnepanelen-aanbod 2028 (Afferden, Deest) + groene stroom in complexen', '3 bij 1 (3)', day(2028, 5, 1), '2/4', 'Sanne'];
        ws.getRow(6).values = ['Klaar (1)'];
        ws.mergeCells('A6:E6');
        ws.getRow(7).values = ['Brandveiligheid 6 flats – rapport + maatregelen', '3 bij 1 (2)', day(2025, 11, 28), '5/5', 'Sanne'];
        ws.getRow(8).values = ['Geparkeerd (1)'];
        ws.mergeCells('A8:E8');
        ws.getRow(9).values = ['Pilot woningdelen Druten-Zuid (2 EGW splitsen)', '1.3 bij 2 (2)', day(2028, 6, 1), '0/5', 'Lotte'];
      },
      2028,
      'Bord Druten 2028',
    );
    expect(activityTexts(r)).toEqual(['Zonnepanelen-aanbod 2028 (Afferden, Deest) + groene stroom in complexen']);
    expect(warningAt(r, 7)).toContain('staat onder de kop "Klaar (1)": het is al gedaan');
    expect(warningAt(r, 9)).toContain('staat onder de kop "Geparkeerd (1)": het werk ligt stil');
    expectPlacesInMessages(r);
  });

  it("reads a due date written with the year's last two figures, and keeps a card due before the year as a note", async () => {
    const r = await readFilledSheet(
      'HBD statusbord 2028.xlsx',
      (ws: Worksheet) => {
        ws.getRow(2).values = ['Nr', 'Kaartje', 'Status', 'Label', 'Wie', 'Wanneer'];
        ws.getRow(3).values = [1, 'Wijkschouw Puiflijk organiseren – bewoners uitnodigen', 'Te doen', '5.1 bij 2 (1)', 'Ans', "mei '28"];
        ws.getRow(4).values = [2, 'Wijkschouw Deest – verslag afmaken en naar WW/gemeente', 'te doen', '5.1', 'Gerrit', "sept '27"];
        ws.getRow(5).values = [3, 'Lotingcijfers WW bespreken: hoeveel gaat er naar jongeren?', 'te doen', '4.2 bij 1', 'Kees', 'dec'];
      },
      2028,
      'Statusbord',
    );
    expect(activityTexts(r)).toEqual(['Wijkschouw Puiflijk organiseren – bewoners uitnodigen', 'Lotingcijfers WW bespreken: hoeveel gaat er naar jongeren?']);
    expect(warningAt(r, 4)).toContain(`is gepland vóór 2028 ("sept '27")`);
    expectPlacesInMessages(r);
  });
});
