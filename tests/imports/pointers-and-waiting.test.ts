// Rows and columns that point elsewhere or say nothing is planned: a "Stukken" column of links and "zie mail 12-3" is
// not where the work stands; "Zie bijlage jaarverslag 2027", "– geen activiteiten gepland in 2027 –" and a row that
// only waits for another's decision are kept as notes, not activities.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet } from '../helpers/workbook';

const read = (fileName: string, fill: (ws: Worksheet) => void, planningYear: number): Promise<ReadWorkbook> => readFilledSheet(fileName, fill, planningYear, 'Inzet');


describe('pointers and rows that plan nothing', () => {
  it('does not take a column of links, paths and "zie …" for the activities where no column is named so', async () => {
    const r = await read(
      'Inzet gemeente Druten PA 2027.xlsx',
      (ws) => {
        ws.getRow(3).values = ['Onderwerp', 'Rol gemeente', 'Planning', 'Contact', 'Stukken'];
        const link = (text: string, file: string) => ({ text, hyperlink: `https://druten.sharepoint.com/sites/wonen/${file}` });
        ws.getRow(4).values = ['Planmonitor delen', 'Uitvoeren', 'okt.', 'wonen@druten.nl', link('Planmonitor woningbouw 2026 (definitief)', 'planmonitor.xlsx')];
        ws.getRow(5).values = ['Wilgenland', 'Financieren openbare ruimte', 'Q2', 'j.peters@druten.nl', 'zie raadsbesluit S:\\Wonen\\PA\\2027\\Wilgenland.pdf'];
        ws.getRow(6).values = ['Riool Molenstraat', 'Uitvoeren', 'zomer, gelijk met renovatie WW', '', 'zie mail 12-3'];
        ws.getRow(7).values = ['Woningvervuiling', 'Kaders stellen', 'Q4', '', 'zie notitie'];
      },
      2027,
    );
    expect(r.columns.find((c) => c.field === 'activity')?.header).toBe('Onderwerp');
    expect(activityTexts(r)).toEqual(['Planmonitor delen', 'Wilgenland', 'Riool Molenstraat', 'Woningvervuiling']);
  });

  it('keeps a pointer to a document, "geen activiteiten gepland" and a row that only waits as notes', async () => {
    const r = await read(
      'HBD inzet Druten 2027.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Wanneer'];
        ws.getRow(2).values = ['Wijkschouw Deest organiseren met Woonwaarts', 'mei'];
        ws.getRow(3).values = ['Geen activiteiten gepland in 2027', ''];
        ws.getRow(4).values = ['Zie bijlage jaarverslag 2026', ''];
        ws.getRow(5).values = ['Wacht op vaststelling omgevingsvisie door de raad (voorjaar 2029). Gesprek volgt daarna.', ''];
        ws.getRow(6).values = ['Wacht op de cijfers van WW; daarna maken we een advies over de loting', 'najaar'];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Wijkschouw Deest organiseren met Woonwaarts', 'Wacht op de cijfers van WW; daarna maken we een advies over de loting']);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('wacht op een besluit van een ander, geen werk van de partij zelf');
    expect([3, 4, 5].every((row) => r.problems.some((p) => p.row === row && p.severity === 'warning'))).toBe(true);
    expectPlacesInMessages(r);
  });

  it('keeps waiting, a condition alone, a question back and what another is expected to do as notes; work with a condition stays work', async () => {
    const notes = [
      'Ons Thuis-initiatief Horssen: wacht op besluit zorgkantoor, daarna verder',
      'Warmtevisie: wat betekent die voor Horssen? Wij wachten tot de gemeente uitnodigt',
      'Nog geen reactie ontvangen van Woonwaarts op ons verzoek om de toewijzingscijfers 2026',
      'Afhankelijk van raadsbesluit (dec. 2027)',
      'Onduidelijk wie trekker is van de woonvisie-actualisatie – svp terugkoppelen',
      'Evaluatie woonruimteverdeling staat nog open sinds 2025 – wie organiseert? Graag terugkoppeling secretaris',
      'Graag afstemmen met secretaris of wij dit jaar ook de monitor moeten vullen',
      'Zie vraag in mail van 3 maart',
      'Wij gaan ervan uit dat De Kernen de pluspakketten aanbiedt in Horssen',
      'Wij verwachten dat gemeente en WW na de wijkschouw een uitvoeringsplan maken',
      'HBD neemt volgens ons het initiatief voor de huurdersavond over de huuraanpassing',
      'DK zoekt volgens ons uit of er na Kerkakker nog extra woningen in Horssen nodig zijn',
    ];
    const work = [
      'Deest Zuid: wacht op vergunning, start bouw 12 woningen in Q3',
      'Onder voorbehoud van subsidie: start bouw 12 woningen Deest',
      'Huurders bellen over de enquête, svp terugkoppelen aan DK',
      'Wij gaan ervan uit dat De Kernen meedoet; wij organiseren de avond in Horssen',
      'Wij verwachten dat wij in Q3 starten met de bouw van 20 woningen',
      'Afstemmen met de werkgroep over de planning van de monitor',
      'Wijkschouw Deest houden volgens ons draaiboek van 2026',
      'Extra spreekuur in Horssen, afhankelijk van de vraag',
    ];
    const r = await read(
      'Woonwaarts activiteiten Druten 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Wanneer'];
        [...notes, ...work].forEach((text, i) => (ws.getRow(2 + i).values = [text, '']));
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(work);
    expect(r.notes.map((n) => n.text)).toEqual(notes);
    const why = (row: number) => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(2)).toContain('wacht op een besluit van een ander, geen werk van de partij zelf');
    // What it waits for is no decision: the message does not say it is.
    expect(why(3)).toContain('"Warmtevisie: wat betekent die voor Horssen? Wij wachten tot de gemeente uitnodi…" wacht op een ander, geen werk van de partij zelf');
    expect(why(4)).toContain('zegt dat een ander nog niet geantwoord heeft, geen werk van de partij zelf');
    expect(why(6)).toContain('is een vraag aan de secretaris of de werkgroep, geen activiteit');
    expect(why(10)).toContain('zegt wat de partij van een ander verwacht, niet wat zij zelf doet');
    expectPlacesInMessages(r);
  });

  it("keeps a row that only points at another party's row, or only joins what others agree, as a note; own work after the pointer stays", async () => {
    const r = await read(
      'Bewonersraad DK activiteiten 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Wanneer'];
        ws.getRow(2).values = ['Wijkschouw Deest: zie HBD', ''];
        ws.getRow(3).values = ['Pluspakketten: idem DK', ''];
        ws.getRow(4).values = ['Monitor woonruimteverdeling: zie gemeente regel 10', ''];
        ws.getRow(5).values = ['Begeleiding nieuwe huurders Horssen: wij sluiten aan bij wat gemeente en DK afspreken', ''];
        ws.getRow(6).values = ['Energiecoaches: idem DK: huurders met hoge energierekening aanmelden bij de energiecoach', 'doorlopend'];
        ws.getRow(7).values = ['Wij sluiten aan bij de wijkschouw van HBD in Deest en nodigen onze huurders uit', 'mei'];
        ws.getRow(8).values = ['Woonwensenonderzoek: zie Bijlage 2', ''];
        ws.getRow(9).values = ['Verhuiscoach: zie activiteitenoverzicht 2026', ''];
      },
      2028,
    );
    // A document pointed at is not another party's row: the message would say so wrongly.
    expect(r.problems.find((p) => p.row === 8)?.message ?? '').not.toContain('een andere partij');
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('verwijst alleen naar iets anders in of buiten de lijst, geen eigen activiteit');
    expect(activityTexts(r).slice(0, 2)).toEqual([
      'Energiecoaches: idem DK: huurders met hoge energierekening aanmelden bij de energiecoach',
      'Wij sluiten aan bij de wijkschouw van HBD in Deest en nodigen onze huurders uit',
    ]);
    for (const row of [2, 3, 4, 5]) expect(r.problems.find((p) => p.row === row)?.message).toContain('verwijst alleen naar wat een andere partij doet of afspreekt, geen eigen activiteit');
    expectPlacesInMessages(r);
  });

  it("keeps a subject alone whose remark only points at another party's row as a note; a subject with its own plan or work stays", async () => {
    const r = await read(
      'De Kernen activiteiten Druten 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Nr', 'Activiteit', 'Toelichting', 'Wanneer'];
        ws.getRow(2).values = [9, 'Overlegtafel leefbaarhied', 'zie gemeente regel 10', ''];
        ws.getRow(3).values = [10, 'Wijkschouw Horssen', 'zie HBD', 'mei'];
        ws.getRow(4).values = [11, 'Bewonersavond Horssen organiseren', 'zie ook HBD regel 4', ''];
        ws.getRow(5).values = [12, 'Pluspakketten', 'zie Bijlage 2', ''];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(['Wijkschouw Horssen', 'Bewonersavond Horssen organiseren', 'Pluspakketten']);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain(
      'noemt alleen een onderwerp en verwijst naar een andere partij ("zie gemeente regel 10"), geen eigen activiteit',
    );
    expectPlacesInMessages(r);
  });

  it('keeps a question put to another party by name as a note; with own work after it, it stays', async () => {
    const r = await read(
      'Bewonersraad actielijst 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Wat', 'Wie', 'Uiterlijk'];
        ws.getRow(2).values = ['Loting: Vraag aan DK: hoeveel woningen in Horssen zijn via loting naar jongeren gegaan?', 'secretaris', ''];
        ws.getRow(3).values = ['Loting: Vraag aan DK: hoeveel woningen gingen naar jongeren? Wij bespreken het antwoord op de ledenavond', 'bestuur', 'najaar'];
        ws.getRow(4).values = ['Vraag aan DK over de loting voorbereiden', 'secretaris', 'maart'];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual(['Loting: Vraag aan DK: hoeveel woningen gingen naar jongeren? Wij bespreken het antwoord op de ledenavond', 'Vraag aan DK over de loting voorbereiden']);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is een vraag aan een andere partij, en er staat geen werk van de partij zelf bij');
    expectPlacesInMessages(r);
  });

  it('reads a status that says done with one typing error in a long word as done ("afgehandled")', async () => {
    const r = await read(
      'WW actielijst PA-overleg Druten 2027.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Onderwerp', 'Actie', 'Streefdatum', 'Status'];
        ws.getRow(2).values = ['Geclusterd wonen', 'Toetsen aan definitie provincie', 'juni 2026', 'afgehandled'];
        ws.getRow(3).values = ['Nieuwbouw Hoogstraat', 'Criteria met gemeente afstemmen en in advertentie vastleggen', 'jan 2027', 'open'];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Criteria met gemeente afstemmen en in advertentie vastleggen']);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is al gedaan (Status: "afgehandled", 2026), vóór 2027');
    expectPlacesInMessages(r);
  });

  it('keeps a note to find something out before the list goes as a note; work that finds something out stays', async () => {
    const r = await read(
      'Woonwaarts activiteiten Druten 2028.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Onderwerp', 'Activiteit', 'Wanneer'];
        ws.getRow(2).values = ['WRV', 'monitor toewijz. + slaagkansen maken, toelichten tripartiet', 'mei'];
        ws.getRow(3).values = ['', 'nog checken bij Anouk (fin.) – bedragen erbij?', ''];
        ws.getRow(4).values = ['Verhuiscoach', 'Nog nagaan bij Woonwaarts welke woningen in aanmerking komen', 'Q2'];
        ws.getRow(5).values = ['Deest', 'Nagaan bij de gemeente of de subsidie voor de verhuiscoach doorloopt?', 'Q1'];
        ws.getRow(6).values = ['', 'Ria: datum wijkschouw nog afstemmen met WW!! (vorig jaar te laat)', ''];
        ws.getRow(7).values = ['Wijkschouw', 'Datum wijkschouw afstemmen met WW en de buurt uitnodigen', 'maart'];
      },
      2028,
    );
    expect(activityTexts(r)).toEqual([
      'monitor toewijz. + slaagkansen maken, toelichten tripartiet',
      'Nog nagaan bij Woonwaarts welke woningen in aanmerking komen',
      'Nagaan bij de gemeente of de subsidie voor de verhuiscoach doorloopt?',
      'Datum wijkschouw afstemmen met WW en de buurt uitnodigen',
    ]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is een notitie om iets na te gaan voordat de lijst verstuurd wordt, geen activiteit');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('is een notitie om iets na te gaan voordat de lijst verstuurd wordt, geen activiteit');
    expectPlacesInMessages(r);
  });

  it('does not read a column headed "Bijlage / link" as the activities, and reads its remarks as remarks', async () => {
    const r = await read(
      'Jaarplanning Bewonersraad 2027.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Jaarplanning Bewonersraad De Kernen 2027'];
        ws.getRow(2).values = ['Maand', 'Onderwerp', 'Bijlage / link'];
        ws.getRow(3).values = ['jan', 'Schouw Horssen', 'zie notitie: route Kloosterakker – Dorpsstraat, wij nodigen de bewoners uit'];
        ws.getRow(4).values = ['apr', 'Pluspakket', 'zie mail 12-3 Ans'];
        ws.getRow(5).values = ['mei', 'Leefbaarheid Horssen', 'problemen per buurt in kaart met DK + gemeente'];
        ws.getRow(6).values = ['okt', 'Brandveiligheid Kloosterakker', 'DK voert maatregelen uit (ter info)'];
        ws.getRow(7).values = ['dec', 'Ledenavond'];
        ws.getRow(8).values = ['', 'Huurdersenquête?', 'idee Ans, nog bespreken'];
        ws.getRow(9).values = ['', 'Zie bijlage jaarplan DK 2027', 'Jaarplan De Kernen 2027.pdf'];
      },
      2027,
    );
    expect(r.columns.find((c) => c.field === 'activity')?.header).toBe('Onderwerp');
    expect(activityTexts(r)).toEqual(['Schouw Horssen', 'Pluspakket', 'Leefbaarheid Horssen', 'Brandveiligheid Kloosterakker', 'Ledenavond']);
    expect(r.activities.find((a) => a.rowNumber === 5)?.extra['Bijlage / link']).toBe('problemen per buurt in kaart met DK + gemeente');
    expect(r.notes.map((n) => n.text)).toEqual(['Huurdersenquête?']);
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('is een vraag, en er staat nog niets vast ("idee Ans, nog bespreken")');
    // The pointer where the activity would be is quoted as what it is, not as a row "without" an activity in that column.
    expect(r.problems.find((p) => p.row === 9)?.message).toBe(
      'Jaarplanning Bewonersraad 2027.xlsx, blad "Inzet", rij 9, kolom B: in kolom B staat "Zie bijlage jaarplan DK 2027": geen activiteit ' +
        '(verder op de rij: kolom C "Jaarplan De Kernen 2027.pdf"); de rij is niet als activiteit gelezen. Hoort er een activiteit bij, vul die dan in en importeer opnieuw.',
    );
    expectPlacesInMessages(r);
  });
});
