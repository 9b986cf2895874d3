// A plan lifted from an annual report or a begroting: its aims, its mission, its results of earlier years and its
// kengetallen are kept as notes; the year's work is read, also where an aim sentence goes on to say it.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/imports/columns';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

describe('a plan lifted from an annual report or a begroting', () => {
  it('reads a begroting\'s "Doel / prestatie" column as the activities', async () => {
    const r = await readFilledSheet(
      'Gemeente Druten - uitsnede begroting 2028 P3 Wonen.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Programmabegroting 2028 – Programma 3 Wonen (uitsnede)'];
        ws.getRow(3).values = ['Nr.', 'Doel / prestatie', 'Rol gemeente', 'Raming 2028', 'Link PA'];
        ws.getRow(4).values = ['3.1', 'Beleidsdoel: voldoende en betaalbare woningen in alle kernen; bij nieuwe projecten is 30% sociale huur de norm', '', '', '1.1'];
        ws.getRow(5).values = ['3.1.1', 'Prestatie: in de anterieure overeenkomst voor Rijnstraat-Noord leggen wij 30% sociale huur vast', 'kaders stellen', '', '1.1'];
        ws.getRow(6).values = ['3.2.1', 'Continuering energiecoaches en energieloket in 2028', 'financieren', 45000, '2.2'];
        ws.getRow(7).values = ['', 'Resultaat 2026: convenant ondermijning en woonfraude ondertekend met de corporaties en politie', '', '', '5.3'];
      },
      2028,
      'P3 Wonen',
    );
    expect(activityTexts(r)).toEqual([
      'Prestatie: in de anterieure overeenkomst voor Rijnstraat-Noord leggen wij 30% sociale huur vast',
      'Continuering energiecoaches en energieloket in 2028',
    ]);
    expect(warningAt(r, 4)).toContain('zegt wat men wil bereiken, niet wat er gedaan wordt');
    expect(warningAt(r, 7)).toContain('zegt wat in 2026 is bereikt, vóór 2028');
    expectPlacesInMessages(r);
  });

  it('reads the text of an "Onderwerp | Tekst" sheet, and keeps the mission, aims and results as notes', async () => {
    const r = await readFilledSheet(
      'HBD werkplan 2027.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['HBD – jaarverslag 2025 / werkplan 2027'];
        ws.getRow(2).values = ['Onderwerp', 'Tekst'];
        ws.getRow(3).values = ['Missie', 'HBD komt op voor de belangen van alle huurders van Woonwaarts in Beuningen en Druten.'];
        ws.getRow(4).values = ['Wijkschouw', 'Resultaat 2025: wijkschouw Deest gehouden, 14 deelnemers, 23 verbeterpunten doorgegeven'];
        ws.getRow(5).values = ['Wijkschouw', 'Actie 2027: wij organiseren de wijkschouw Druten-Zuid (juni) samen met Woonwaarts en gemeente'];
        ws.getRow(6).values = ['Duurzaamheid', 'Doel: alle huurders kunnen meedoen met zonnepanelen. Actie: voorlichtingsavond zonnepanelen in Puiflijk (maart)'];
        ws.getRow(7).values = ['Ouderen', 'Doel: senioren kunnen in Puiflijk blijven wonen. In 2027 denken wij mee over de invulling van het hofje'];
        ws.getRow(8).values = ['Betrokkenheid', 'Ambitie: iedere huurder kent HBD en weet ons te vinden'];
        ws.getRow(9).values = ['Kengetal: ledental HBD', '412 (peildatum 1-1-2026)'];
      },
      2027,
      'Werkplan 2027',
    );
    expect(activityTexts(r)).toEqual([
      'Actie 2027: wij organiseren de wijkschouw Druten-Zuid (juni) samen met Woonwaarts en gemeente',
      'Doel: alle huurders kunnen meedoen met zonnepanelen. Actie: voorlichtingsavond zonnepanelen in Puiflijk (maart)',
      'Doel: senioren kunnen in Puiflijk blijven wonen. In 2027 denken wij mee over de invulling van het hofje',
    ]);
    expect(warningAt(r, 3)).toContain('staat als "Missie": zegt waar de partij voor staat, niet wat zij doet');
    expect(warningAt(r, 4)).toContain('zegt wat in 2025 is bereikt, vóór 2027');
    expect(warningAt(r, 8)).toContain('zegt wat men wil bereiken');
    expect(warningAt(r, 9)).toContain('is de waarde bij "Kengetal: ledental HBD": een getal, geen werk');
    expectPlacesInMessages(r);
  });

  it('does not take a column of measures for the activities', () => {
    expect(matchHeader('Prestatie-indicator')).toBeNull();
    expect(matchHeader('Prestaties 2028')).toEqual({ field: 'activity', score: 1 });
  });
});
