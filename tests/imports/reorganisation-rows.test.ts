// A plan sent in the middle of a reorganisation, or written as an answer to last year's verantwoording: what
// lapses with the old structure, who to ask now, where the handover is kept, what was learned and a remark on an
// earlier year are notes; the year's work beside them is read.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

describe('a plan sent in the middle of a reorganisation', () => {
  it('keeps what lapses with the old structure, the contacts and the handover note as notes', async () => {
    const r = await readFilledSheet(
      'Gemeente Druten - PA activiteiten 2028 (nieuwe teamindeling).xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['PA-activiteiten gemeente Druten 2028 – nieuwe teamindeling'];
        ws.getRow(3).values = ['Nr', 'Activiteit', 'Team (nieuw)', 'Was', 'Wanneer'];
        ws.getRow(4).values = [1, 'Planmonitor 2028 bijwerken en delen met corporaties en huurdersorganisaties', 'V&W', 'afd. Ruimte – team Wonen', 'oktober'];
        ws.getRow(5).values = [2, 'Woonwagenbeleid actualiseren', 'V&W', 'team Wonen', 'vervalt na reorganisatie'];
        ws.getRow(6).values = [3, 'Wijkbeheerder Horssen', 'Leefomgeving', 'functie vervalt na reorganisatie per 1-1-2028', ''];
        ws.getRow(7).values = [4, 'Tijdelijke woonunits Deest: vergunning verlengen', 'V&W', 'team Wonen', 'vergunning vervalt na 10 jaar, verlengen in Q2'];
        ws.getRow(8).values = [5, 'Commissie Leefbaarheid opgeheven per 1-6-2027; lopende punten naar de overlegtafel', 'Leefomgeving', '', ''];
        ws.getRow(10).values = ['Aanspreekpunten Druten: V&W – S. Wouters; Leefomgeving – P. Claassen (was R. Peters, afd. Ruimte)'];
        ws.getRow(11).values = ['Overdrachtsnotitie afd. Ruimte → team V&W staat op SharePoint (map Overdracht 2027)'];
      },
      2028,
      'PA 2028',
    );
    expect(activityTexts(r)).toEqual([
      'Planmonitor 2028 bijwerken en delen met corporaties en huurdersorganisaties',
      'Tijdelijke woonunits Deest: vergunning verlengen',
    ]);
    expect(warningAt(r, 5)).toContain('staat als "vervalt na reorganisatie" (planning): het vervalt');
    expect(warningAt(r, 6)).toContain('vervalt');
    expect(warningAt(r, 8)).toContain('zegt dat het stopt');
    expect(r.notes.map((n) => n.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Aanspreekpunten Druten/), expect.stringMatching(/^Overdrachtsnotitie/)]));
    expectPlacesInMessages(r);
  });

  it('keeps a lesson learned and a remark on an earlier year as notes, and reads the work that follows from them', async () => {
    const r = await readFilledSheet(
      'Bewonersraad evaluatie en plannen 2027.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Bewonersraad De Kernen – terugblik 2025 en plannen 2027'];
        ws.getRow(2).values = ['Onderwerp', 'Wat'];
        ws.getRow(3).values = ['Leefbaarheid', 'Geleerd: knelpunten per straat zie je pas als je ze elk jaar bijhoudt.'];
        ws.getRow(4).values = ['Leefbaarheid', 'Daarom 2027: jaarlijks overzicht leefbaarheidsproblemen Horssen per buurt, samen met DK en gemeente'];
        ws.getRow(5).values = ['Wijkschouw', 'Let op: schouw Horssen-Zuid 2026 staat al op 14 okt. 2026'];
        ws.getRow(6).values = ['Wijkschouw', 'Let op: in 2027 ook de flats aan de Kerkstraat meenemen in de schouw (okt.)'];
      },
      2027,
      'Plannen 2027',
    );
    expect(activityTexts(r)).toEqual([
      'Daarom 2027: jaarlijks overzicht leefbaarheidsproblemen Horssen per buurt, samen met DK en gemeente',
      'Let op: in 2027 ook de flats aan de Kerkstraat meenemen in de schouw (okt.)',
    ]);
    expect(warningAt(r, 3)).toContain('zegt wat men geleerd heeft, geen werk');
    expect(warningAt(r, 5)).toContain('is een opmerking over 2026, vóór 2027');
    expectPlacesInMessages(r);
  });
});
