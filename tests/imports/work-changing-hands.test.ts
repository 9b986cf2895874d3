// Work that changes hands, stops or moves, between the work a partner plans: a row whose plan for the year is a dash,
// work handed to another or no longer paid for is kept as a note; a row that says what stops and what the party still
// does is the year's work.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

const read = (fileName: string, fill: (ws: Worksheet) => void, planningYear: number): Promise<ReadWorkbook> => readFilledSheet(fileName, fill, planningYear, 'Projecten');


describe('work that changes hands, stops or moves', () => {
  it('reads a project with what its "In 2028" column says, and keeps a project with a dash there as a note', async () => {
    const r = await read(
      'WW projectenlijst Druten 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Woonwaarts – activiteitenoverzicht gemeente Druten 2028'];
        ws.getRow(3).values = ['Nr', 'Project', 'Kern', 'In 2028', 'Later / niet'];
        ws.getRow(4).values = [1, 'Koningsweide fase 2', 'Druten', 'Bouw 28 soc. huurapp. loopt door, oplevering dec. 2028', ''];
        ws.getRow(5).values = [2, 'Woningdelen (pilot)', 'Druten', '–', 'we stoppen met de pilot: te weinig animo'];
        ws.getRow(6).values = [3, 'Zonnepanelen', 'Deest', 'Aanbod zonnepanelen 150 eengezinswoningen', ''];
        ws.getRow(7).values = [4, 'Regeling huurgewenning', 'alle kernen', '–', 'wacht op besluit directeur-bestuurder'];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(['Koningsweide fase 2: Bouw 28 soc. huurapp. loopt door, oplevering dec. 2028', 'Zonnepanelen: Aanbod zonnepanelen 150 eengezinswoningen']);
    expect(r.notes.map((n) => n.text)).toEqual(['Woningdelen (pilot)', 'Regeling huurgewenning']);
    expect(warningAt(r, 5)).toContain('heeft niets ("–") in kolom D "In 2028"');
    expectPlacesInMessages(r);
  });

  it('keeps work handed to another, or no longer paid for, as a note, unless the row says what the party still does', async () => {
    const r = await read(
      'Jaarplan Bewonersraad 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Wanneer'];
        ws.getRow(2).values = ['Huurdersavond over de woonlasten', 'maart'];
        ws.getRow(3).values = ['Buurtbarbecue Kloosterakker: gaat over naar de nieuwe bewonerscommissie, wij organiseren niet meer', ''];
        ws.getRow(4).values = ['Geen gemeentelijke bijdrage meer: verhuiscoach ligt vanaf 2028 volledig bij WW', ''];
        ws.getRow(5).values = ['Nieuwsbrief: gaat over naar Woonwaarts; wel: wij leveren elk kwartaal een pagina aan', 'per kwartaal'];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(['Huurdersavond over de woonlasten', 'Nieuwsbrief: gaat over naar Woonwaarts; wel: wij leveren elk kwartaal een pagina aan']);
    expect(warningAt(r, 3)).toContain('gaat over naar de nieuwe bewonerscommissie');
    expect(warningAt(r, 4)).toContain('niet meer aan bijdraagt');
    expectPlacesInMessages(r);
  });

  it('keeps a row that says what stops or moves and what the party still does in the year', async () => {
    const r = await read(
      'Inzet gemeente Druten PA 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Rol', 'Planning'];
        ws.getRow(2).values = ['We stoppen met de balie van het energieloket per 1-1-2028; energiecoaches (huisbezoek) lopen door', 'financieren', ''];
        ws.getRow(3).values = ['3-30-300-onderzoek uitgesteld naar 2029 (groenbeleidsplan vertraagd). Wel: geveltuinpakketten via de corporaties', 'faciliteren', ''];
        ws.getRow(4).values = ['We stoppen met het huurderscafé', '', ''];
        ws.getRow(5).values = ['Wijkschouw Puiflijk uitgesteld naar 2029', '', ''];
        ws.getRow(6).values = ['Quickscan zoekgebied Druten-Oost afronden en bespreken met corporaties; zoekgebieden Puiflijk en Afferden uitgesteld naar 2029', 'uitvoeren', ''];
        ws.getRow(7).values = ['Wijkschouw Deest; uitgesteld naar 2029', '', ''];
        ws.getRow(8).values = ['Ontmoetingsavond senioren Afferden; dit wordt uitgesteld naar 2029', '', ''];
        ws.getRow(9).values = ['Bewonersavond Puiflijk; wordt helaas uitgesteld naar 2029', '', ''];
        ws.getRow(10).values = ['Opschonen woningzoekendenregister; – uitgesteld naar 2029', '', ''];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'We stoppen met de balie van het energieloket per 1-1-2028; energiecoaches (huisbezoek) lopen door',
      '3-30-300-onderzoek uitgesteld naar 2029 (groenbeleidsplan vertraagd). Wel: geveltuinpakketten via de corporaties',
      'Quickscan zoekgebied Druten-Oost afronden en bespreken met corporaties; zoekgebieden Puiflijk en Afferden uitgesteld naar 2029',
    ]);
    expect([4, 5, 7, 8, 9, 10].every((row) => warningAt(r, row) !== undefined)).toBe(true);
    expectPlacesInMessages(r);
  });

  it('reads a column of what changed since last year, and who hands what to whom, as said of the year itself', async () => {
    const r = await read(
      'Gemeente Druten activiteitenoverzicht PA 2027 (wijzigingen).xlsx',
      (ws) => {
        ws.getRow(3).values = ['PA', 'Activiteit 2027', 'Rol gemeente', 'Wijziging t.o.v. 2026'];
        ws.getRow(4).values = ['1.1 bij 6', 'Planmonitor bijwerken en in okt. delen met de partners', 'uitvoeren', 'ongewijzigd'];
        ws.getRow(5).values = ['5.1 bij 1', 'Overzicht woningbouwprojecten per kern opstellen', '', 'overgedragen: regio maakt het overzicht vanaf 2027, geen inzet gemeente'];
        ws.getRow(6).values = ['2.2 bij 5', 'Campagne "Zuinig in Druten"', '', 'gestopt na ronde 2026, geen bijdrage meer'];
        ws.getRow(7).values = ['5.3 bij 1', 'Overlegtafel Leefbaarheid voorzitten', 'regie', 'gaat per 1-1-2027 over naar Woonwaarts (zetel wisselt elk jaar)'];
        ws.getRow(8).values = ['1.2 bij 2', 'Hofje Deest: ontwerp en omgevingsvergunning', 'vergunning', 'Zorggroep Maas & Waal (stopt als ontwikkelaar, gemeente neemt het over)'];
        ws.getRow(9).values = ['5.2 bij 1', 'Wijkschouw Deest faciliteren', 'faciliteren', 'gaat per 1 juli 2027 over naar HBD'];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Planmonitor bijwerken en in okt. delen met de partners', 'Hofje Deest: ontwerp en omgevingsvergunning', 'Wijkschouw Deest faciliteren']);
    expect(warningAt(r, 5)).toContain('overgedragen: regio maakt het overzicht');
    expect(warningAt(r, 6)).toContain('stopt');
    expect(warningAt(r, 7)).toContain('gaat per 1-1-2027 over naar Woonwaarts');
    expectPlacesInMessages(r);
  });

  it('reads who carries the work out in the year ("Uitvoering 2028") as its lead', async () => {
    const r = await read(
      'WW Druten 2028 - wie doet wat.xlsx',
      (ws) => {
        ws.getRow(3).values = ['Nr', 'Activiteit', 'Uitvoering 2028', 'Link PA'];
        ws.getRow(4).values = [1, 'Nieuwbouw Heuvelstraat Druten: 36 soc. huurapp., start bouw', 'Woonwaarts', '1.1'];
        ws.getRow(5).values = [2, 'Ontmoetingsruimte Hofje Deest: kosten delen met gemeente', 'Woonwaarts en gemeente', '1.2'];
      },
      2028,
    );
    expect(r.columns.find((c) => c.header === 'Uitvoering 2028')?.field).toBe('lead');
    expect(r.activities.map((a) => a.lead)).toEqual(['Woonwaarts', 'Woonwaarts en gemeente']);
  });
});
