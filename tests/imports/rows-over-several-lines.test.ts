// One activity typed over several rows without merging them, as people do who press Enter where Excel wants
// Alt+Enter: the sentence goes on in lower case on the next row, its other cells on the first row, the last,
// or spread over them; detail lines with a dash under it. Read as one activity, its rows and cells joined;
// the rows that are activities of their own stay so.
import { Workbook, type CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { saveWorkbook } from '../helpers/workbook';

async function read(header: CellValue[], rows: CellValue[][], name = 'Woonwaarts activiteiten 2027.xlsx') {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Activiteiten 2027');
  ws.getRow(1).values = ['Woonwaarts – activiteiten gemeente Druten 2027'];
  ws.getRow(3).values = header;
  rows.forEach((values, i) => {
    ws.getRow(4 + i).values = values;
  });
  return readActivityWorkbook(await saveWorkbook(wb), name, { planningYear: 2027 });
}

describe('an activity over several rows, without merged cells', () => {
  it('reads a sentence that goes on in lower case as one activity, with the cells its last row carries', async () => {
    const r = await read(
      ['Activiteit', 'Kern', 'Aantal', 'Nodig van', 'Planning'],
      [
        ['Renovatie 36 woningen Hoogstraat,'],
        ['inclusief isolatie van label E naar label B'],
        ['en nieuwe kozijnen', 'Druten', 36, 'HBD: instemming 70% van de huurders', 'start mei'],
        ['Oplevering 28 sociale huurappartementen De Wiel', 'Druten', 28, 'gemeente: woonrijp maken', 'september'],
        ['Ouderen in een eengezinswoning rond De Wiel persoonlijk benaderen'],
        ['zodra de appartementen van De Wiel te huur komen', 'Druten', '', 'HBD: meegaan op huisbezoek', 'juli - september'],
        ['Brandveiligheidsonderzoek drie flats Julianastraat', 'Druten', 3, 'HBD: bewoners informeren', 'Q2'],
        ['Groen inkopen van de collectieve stroom in onze complexen', 'alle kernen', '', '', 'januari'],
      ],
    );
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.needs, a.planning])).toEqual([
      [4, 'Renovatie 36 woningen Hoogstraat, inclusief isolatie van label E naar label B en nieuwe kozijnen', 'HBD: instemming 70% van de huurders', 'start mei'],
      [7, 'Oplevering 28 sociale huurappartementen De Wiel', 'gemeente: woonrijp maken', 'september'],
      [8, 'Ouderen in een eengezinswoning rond De Wiel persoonlijk benaderen zodra de appartementen van De Wiel te huur komen', 'HBD: meegaan op huisbezoek', 'juli - september'],
      [10, 'Brandveiligheidsonderzoek drie flats Julianastraat', 'HBD: bewoners informeren', 'Q2'],
      [11, 'Groen inkopen van de collectieve stroom in onze complexen', undefined, 'januari'],
    ]);
    expect(r.activities[0]?.lastRowNumber).toBe(6);
  });

  it('reads dash lines alone under an activity as its details; a dash line with cells of its own is an activity', async () => {
    const r = await read(
      ['Wat gaan we doen', 'Wanneer', 'Met wie', 'Rol HBD'],
      [
        ['Wijkschouw Druten-Zuid organiseren', 'mei', 'Woonwaarts, gemeente', 'initiatief'],
        ['   - locatie: rond de Heuvelstraat en het Wilhelminaplein'],
        ['   - contact buurtvereniging: Jan de Vries'],
        ['   - daarna meewerken aan het uitvoeringsplan van de gemeente', 'na de zomer', 'gemeente, Woonwaarts', 'meedenken'],
        ['Huurders informeren over de zonnepanelenregeling', 'voorjaar', 'Woonwaarts', 'voorlichting'],
        ['Nagaan of de huur van woningen met label D tot en met G niet is verhoogd', 'augustus', 'Woonwaarts', 'controle'],
        ['Ledenvergadering en drie nieuwsbrieven', 'april', 'leden', 'zelf'],
      ],
      'HBD activiteiten 2027.xlsx',
    );
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Wijkschouw Druten-Zuid organiseren\n- locatie: rond de Heuvelstraat en het Wilhelminaplein\n- contact buurtvereniging: Jan de Vries'],
      [7, '- daarna meewerken aan het uitvoeringsplan van de gemeente'],
      [8, 'Huurders informeren over de zonnepanelenregeling'],
      [9, 'Nagaan of de huur van woningen met label D tot en met G niet is verhoogd'],
      [10, 'Ledenvergadering en drie nieuwsbrieven'],
    ]);
  });

  it('keeps a lower-case row that fills the same cells again, a row with its own number, and a list typed in lower case, as activities', async () => {
    const again = await read(
      ['Activiteit', 'Kern', 'Planning'],
      [
        ['Wijkschouw Deest met de Bewonersraad', 'Deest', 'mei'],
        ['idem, maar dan in Afferden', 'Afferden', 'juni'],
        ['Energiefestival in het dorpshuis', 'Druten', 'oktober'],
      ],
    );
    expect(again.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6]);

    const numbered = await read(
      ['Nr', 'Activiteit', 'Planning'],
      [
        [1, 'Bijdrage aan de verhuiscoach van Woonwaarts (max. € 20.000)', 'januari'],
        ['', 'vervolg: voorstel voor een structurele bijdrage in de voorjaarsnota'],
        [2, 'anterieure overeenkomst Den Elt sluiten', 'Q2'],
        [3, 'Planmonitor bijwerken en delen', 'oktober'],
        [4, 'Verkenning woningbouwlocaties na 2030', 'hele jaar'],
        [5, 'Nieuwe beleidsmedewerker Wonen inwerken', 'voorjaar'],
      ],
      'Gemeente Druten activiteiten 2027.xlsx',
    );
    expect(numbered.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Bijdrage aan de verhuiscoach van Woonwaarts (max. € 20.000) vervolg: voorstel voor een structurele bijdrage in de voorjaarsnota'],
      [6, 'anterieure overeenkomst Den Elt sluiten'],
      [7, 'Planmonitor bijwerken en delen'],
      [8, 'Verkenning woningbouwlocaties na 2030'],
      [9, 'Nieuwe beleidsmedewerker Wonen inwerken'],
    ]);

    const lower = await read(
      ['Activiteit', 'Planning'],
      [
        ['wijkschouw deest', 'mei'],
        ['nieuwsbrief voor huurders', ''],
        ['energiefestival', 'oktober'],
      ],
    );
    expect(lower.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6]);
  });
});
