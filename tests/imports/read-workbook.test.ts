// Reading partners' own spreadsheets and our own uitvraag workbooks into
// activities: every activity kept with its fields and row, extra columns kept,
// every problem named by file, sheet, row and column.
import { createHash } from 'node:crypto';
import { Workbook, type Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { writeActivityRequest } from '../../src/requests/activity-request';
import { readRequestMeta } from '../../src/requests/meta';
import { SHEETS, type ActivityField } from '../../src/requests/template';
import {
  BEWONERSRAAD_FILE,
  bewonersraadWorkbook,
  DE_KERNEN_FILE,
  DE_KERNEN_PLAN_FILE,
  DE_KERNEN_PLAN_FOOTER,
  deKernenPlanWorkbook,
  deKernenWorkbook,
  GEMEENTE_FILE,
  gemeenteWorkbook,
  HBD_FILE,
  hbdWorkbook,
  WOONWAARTS_FILE,
  WOONWAARTS_ZONNEPANELEN,
  woonwaartsWorkbook,
} from '../fixtures/partner-workbooks';
import { codes, expectPlacesInMessages, only } from '../helpers/problems';
import { loadWorkbook, saveWorkbook, sheet } from '../helpers/workbook';
import { openRequestFixture, type RequestFixture } from '../requests/fixture';

describe('Woonwaarts: title rows, theme rows, a Bij column with a Thema column, a total row', () => {
  let read: ReadWorkbook;
  let data: Buffer;
  beforeAll(async () => {
    data = await woonwaartsWorkbook();
    read = await readActivityWorkbook(data, WOONWAARTS_FILE);
  });

  it('finds the table under the title rows and maps their headings', () => {
    expect(read.meta).toBeNull();
    expect(read.sheet).toBe('Activiteiten 2027');
    expect(read.headerRow).toBe(4);
    expect(read.columns).toEqual([
      { header: 'Thema', column: 'A', field: 'topicContext' },
      { header: 'Bij', column: 'B', field: 'agreementRef' },
      { header: 'Wat gaan we doen?', column: 'C', field: 'activity' },
      { header: 'Wat hebben we nodig (van wie)?', column: 'D', field: 'needs' },
      { header: 'Link met ambities', column: 'E', field: 'ambition' },
      { header: 'Planning', column: 'F', field: 'planning' },
      { header: 'Samen met', column: 'G', field: 'involved' },
      { header: 'Budget (€)', column: 'H', field: 'budget' },
    ]);
  });

  it('keeps every activity with its row, fields, theme and budget', () => {
    expect(read.activities.map((a) => a.rowNumber)).toEqual([6, 7, 8, 11, 12, 14]);
    expect(read.activities[0]).toMatchObject({
      sheet: 'Activiteiten 2027',
      rowNumber: 6,
      activity:
        'Oplevering van 36 sociale huurwoningen in Deest Zuid (fase 2) en start bouw van 24 sociale huurwoningen aan de Hogestraat.',
      agreementRef: 'Bij 1',
      topicContext: '1.1 Nieuwbouw',
      section: 'Thema 1 Woningbouw en beschikbaarheid',
      needs: 'Gemeente: tijdige omgevingsvergunning en bouwrijpe grond',
      ambition: 'Voldoende betaalbare woningen voor de eigen inwoners',
      planning: 'Q2 en Q4 2027',
      involved: 'Gemeente',
      budget: 8_500_000,
      extra: {},
    });
    // An empty Budget cell is no budget; a number with or without a format is the number.
    expect(read.activities[1]?.budget).toBeUndefined();
    expect(read.activities.map((a) => a.budget)).toEqual([8_500_000, undefined, 3_100_000, undefined, 2_400_000, 45_000]);
    expect(read.activities.every((a) => Object.keys(a.extra).length === 0)).toBe(true);
  });

  it('keeps a multi-line cell with its line breaks', () => {
    expect(read.activities[3]?.activity).toBe(WOONWAARTS_ZONNEPANELEN);
    expect(read.activities[3]?.activity.split('\n')).toHaveLength(3);
  });

  it('takes the topic from the theme row when the Thema cell is empty', () => {
    expect(read.activities[4]).toMatchObject({
      rowNumber: 12,
      agreementRef: 'Bij 3',
      topicContext: 'Thema 3 Kwaliteit & Duurzaamheid van de woningen',
      section: 'Thema 3 Kwaliteit & Duurzaamheid van de woningen',
    });
    expect(read.activities[4]?.fieldColumns?.topicContext).toBeUndefined();
  });

  it('skips the empty row silently, and the total row and the source line with a warning each', () => {
    expect(codes(read)).toEqual(['total-row', 'footer-row']);
    expect(only(read, 'total-row')).toMatchObject({ severity: 'warning', sheet: 'Activiteiten 2027', row: 15 });
    expect(only(read, 'footer-row')).toMatchObject({ row: 17, column: 'A', message: expect.stringContaining('"Bron: jaarplan Woonwaarts 2027') });
    expect(read.notes).toEqual([
      { sheet: 'Activiteiten 2027', row: 17, text: 'Bron: jaarplan Woonwaarts 2027, versie 2 (vastgesteld door de directie op 3 juni 2026).' },
    ]);
    expectPlacesInMessages(read);
    expect(read.rowsRead).toBe(13);
  });

  it('proposes party and year from the title row, and fingerprints the file', () => {
    expect(read.partyHint).toBe('Woonwaarts');
    expect(read.yearHint).toBe(2027);
    expect(read.size).toBe(data.length);
    expect(read.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });
});

describe('Gemeente: a cover sheet first, the header on row 3, a Rol column, dates', () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    read = await readActivityWorkbook(await gemeenteWorkbook(), GEMEENTE_FILE);
  });

  it('reads the second sheet, the only one with an activity table, without a warning about the cover', () => {
    expect(read.sheet).toBe('Activiteiten');
    expect(read.headerRow).toBe(3);
    expect(read.problems).toEqual([]);
  });

  it("keeps references and party names exactly as written, and writes the gemeente's roles one way", () => {
    expect(read.activities.map((a) => [a.rowNumber, a.agreementRef, a.role, a.involved])).toEqual([
      [4, '1.1-4', 'faciliteren, financieren', 'Woonwaards, De Kern en'],
      [5, '1.1-6', 'uitvoeren', 'Huurders-organisaties'],
      [6, '3 bij 5', 'kaders stellen', 'Woonwaarts en De Kernen'],
      [7, '5.2 bij 1', 'organiseren', 'Corporaties, Huurdersorganisaties, politie'],
      [8, '2.2-5', 'financieren', 'HBD, Bewonersraad (De Kernen)'],
    ]);
  });

  it('writes dates in Dutch, as the cell shows them', () => {
    expect(read.activities.map((a) => a.planning)).toEqual(['1 maart 2027', 'september 2027', 'Q2 2027', 'Doorlopend', 'Heel 2027']);
  });

  it('proposes the party from the title and the year from the title rows', () => {
    expect(read.partyHint).toBe('gemeente Druten');
    expect(read.yearHint).toBe(2027);
  });
});

describe('HBD: tiny and messy', () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    read = await readActivityWorkbook(await hbdWorkbook(), HBD_FILE);
  });

  it('reads one activity from two merged rows, with both planning lines and the merged role once', () => {
    expect(read.activities.map((a) => a.rowNumber)).toEqual([3, 4, 6, 7]);
    expect(read.activities[1]).toMatchObject({
      rowNumber: 4,
      lastRowNumber: 5,
      activity: 'Informatieavond voor huurders over de huurverhoging en de energielabels van hun woning',
      planning: 'september\noktober (herhaling in Puiflijk)',
      role: 'communicatie met huurders',
    });
  });

  it('has no reference column: no activity carries one', () => {
    expect(read.columns.map((c) => c.field)).toEqual(['activity', 'planning', 'role']);
    expect(read.activities.every((a) => a.agreementRef === undefined)).toBe(true);
  });

  it('keeps the note under the table as a note, with a warning, and ignores the empty trailing sheet', () => {
    expect(codes(read)).toEqual(['footer-row']);
    expect(only(read, 'footer-row')).toMatchObject({ sheet: 'Blad1', row: 9, column: 'A' });
    expect(read.notes).toEqual([{ sheet: 'Blad1', row: 9, text: '* Onder voorbehoud van instemming van de ledenvergadering' }]);
    expectPlacesInMessages(read);
  });

  it('proposes party and year from the file name "HBD_activiteiten_2027_def.xlsx"', () => {
    expect(read.partyHint).toBe('HBD');
    expect(read.yearHint).toBe(2027);
  });
});

describe('Bewonersraad De Kernen: last year next to this year, a Nr. column, formulas', () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    read = await readActivityWorkbook(await bewonersraadWorkbook(), BEWONERSRAAD_FILE);
  });

  it('reads the sheet with the most activities and says which other sheet qualified', () => {
    expect(read.sheet).toBe('Jaarplan 2027');
    expect(only(read, 'several-sheets').message).toBe(
      'Bewonersraad De Kernen - jaarplan 2027.xlsx, blad "Jaarplan 2027": ook blad "Jaarplan 2026" lijkt activiteiten te bevatten; alleen dit blad is gelezen. ' +
        'Staan er activiteiten op meer bladen, zet ze dan op één blad of importeer ze als aparte bestanden.',
    );
  });

  it('reads the Nr. column as their own row numbers, and keeps a second notes column as an extra field', () => {
    expect(read.columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', 'Nr.', 'rowLabel'],
      ['B', 'Onderwerp', 'topicContext'],
      ['C', 'Actie', 'activity'],
      ['D', 'Rol', 'role'],
      ['E', 'Termijn', 'planning'],
      ['F', 'Opmerkingen', 'notes'],
      ['G', 'Status', null],
    ]);
    expect(read.activities.map((a) => [a.rowLabel, a.agreementRef, a.extra])).toEqual([
      ['1', undefined, { Status: 'gepland' }],
      ['2', undefined, { Status: 'loopt' }],
      ['3', undefined, { Status: '#N/A' }],
    ]);
    expect(codes(read)).not.toContain('numbering-column');
    expect(only(read, 'duplicate-column')).toMatchObject({ row: 1, column: 'G' });
  });

  it('reads a hyperlink as its text and reports a formula without a value and an error cell where they are', () => {
    expect(read.activities[1]?.notes).toBe('zie website De Kernen');
    expect(read.activities[2]?.planning).toBeUndefined();
    expect(only(read, 'formula-without-value')).toMatchObject({ row: 4, column: 'E', message: expect.stringContaining('=TEXT(DATE(2027,9,1),"mmmm")') });
    expect(only(read, 'cell-error')).toMatchObject({ row: 4, column: 'G', message: expect.stringContaining('#N/A') });
    expectPlacesInMessages(read);
  });

  it('takes the year from the file name, not from last year\'s sheet', () => {
    expect(read.yearHint).toBe(2027);
    expect(read.partyHint).toBe('Bewonersraad De Kernen');
  });
});

describe('De Kernen: a macro-enabled workbook with typos in its headings', () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    read = await readActivityWorkbook(await deKernenWorkbook(), DE_KERNEN_FILE);
  });

  it('maps "Omschrijving activitiet" to the activity and says the macros did not run', () => {
    expect(read.columns.find((c) => c.column === 'B')).toEqual({ header: 'Omschrijving activitiet', column: 'B', field: 'activity' });
    expect(read.activities).toHaveLength(3);
    expect(read.activities[1]).toMatchObject({ needs: 'Snelle vergunningverlening', needsFrom: 'Gemeente', planning: 'Q1 2027' });
    expect(codes(read)).toEqual(['macros-ignored']);
    expect(read.partyHint).toBe('De Kernen');
  });
});

describe("De Kernen's uitvoeringsplan: Nr, Paragraaf, Trekker, Rol and Budget columns, and lines that are no activities", () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    read = await readActivityWorkbook(await deKernenPlanWorkbook(), DE_KERNEN_PLAN_FILE);
  });

  it('reads every column for what it is; only their own Kostenplaats is unknown', () => {
    expect(read.headerRow).toBe(4);
    expect(read.columns.map((c) => [c.header, c.field])).toEqual([
      ['Nr', 'rowLabel'],
      ['Paragraaf', 'topicContext'],
      ['Activiteit', 'activity'],
      ['Trekker', 'lead'],
      ['Rol', 'role'],
      ['Planning', 'planning'],
      ['Budget', 'budget'],
      ['Kostenplaats', null],
    ]);
    expect(only(read, 'unknown-column')).toMatchObject({ row: 4, column: 'H' });
  });

  it('reads the seven activities and nothing else, a one-line activity without a number included', () => {
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [5, 'Start bouw van 27 sociale huurwoningen in Horssen (Kloosterstraat).'],
      [6, 'Verkennen van geclusterd wonen voor ouderen in Altforst, samen met een zorgaanbieder.'],
      [8, 'Bij vervanging van de cv-ketel een hybride warmtepomp plaatsen (40 woningen).'],
      [9, 'Pilot loting voor jongeren tot 28 jaar: 10 woningen.'],
      [10, 'Huurdersavond over de huurverhoging in Horssen'],
      [11, 'Wijkschouw in Horssen en Deest met de Bewonersraad en de gemeente; datum vastleggen in het voorjaar.'],
      [12, 'Meldpunt woonfraude bekendmaken via de website en meldpunt@dekernen.nl'],
    ]);
    expect(read.activities.every((a) => a.activity !== '')).toBe(true);
  });

  it('keeps their numbers as their own, the paragraaf as the topic, the trekker as written and no Nr. as an afspraak', () => {
    expect(read.activities.map((a) => [a.rowLabel, a.topicContext, a.lead, a.agreementRef])).toEqual([
      ['1', '1.1', 'De Kernen', undefined],
      ['2', '1.2', 'De Kern en', undefined],
      ['3', 'par. 3', 'De Kernen', undefined],
      ['4', '4.2', 'Woonwaarts en De Kernen', undefined],
      [undefined, undefined, undefined, undefined],
      ['5', '5.1', 'Bewonersraad', undefined],
      ['6', '5.2', 'De Kernen', undefined],
    ]);
  });

  it("writes the gemeente's roles one way, however they were typed", () => {
    expect(read.activities.map((a) => a.role)).toEqual([
      'uitvoeren',
      'faciliteren, organiseren',
      'uitvoeren',
      'kaders stellen',
      undefined,
      'kaders stellen, faciliteren',
      'organiseren',
    ]);
  });

  it('reads the budget in euros from a number or a text, and keeps a text that is no amount as written, naming its cell', () => {
    expect(read.activities.map((a) => a.budget)).toEqual([4_650_000, 25_000, 320_000, undefined, undefined, 1_500, undefined]);
    expect(read.activities[3]?.extra).toEqual({ Budget: 'n.v.t.' });
    expect(read.activities[6]?.extra).toEqual({ Budget: 'eigen middelen' });
    expect(only(read, 'budget-unreadable').message).toBe(
      'De Kernen uitvoeringsplan prestatieafspraken 2027.xlsx, blad "Uitvoeringsplan 2027", rij 12, kolom G: "eigen middelen" is geen bedrag in euro; ' +
        'de tekst is bewaard als extra gegeven onder "Budget". Vul één bedrag in (bijvoorbeeld 25000 of € 25.000) en zet een toelichting in een andere kolom.',
    );
    expect(read.activities[0]?.extra).toEqual({ Kostenplaats: 'KP-310' });
  });

  it('does not read the row with only a planning line, nor the unused number 7, as activities, and names what they held', () => {
    const skipped = read.problems.filter((p) => p.code === 'no-activity-text');
    expect(skipped.map((p) => p.message)).toEqual([
      'De Kernen uitvoeringsplan prestatieafspraken 2027.xlsx, blad "Uitvoeringsplan 2027", rij 7, kolom C: deze rij heeft gegevens (kolom F "Q4 2027 (tweede fase)") ' +
        'maar geen activiteit in kolom C; de rij is niet als activiteit gelezen. Hoort er een activiteit bij, vul die dan in en importeer opnieuw.',
      'De Kernen uitvoeringsplan prestatieafspraken 2027.xlsx, blad "Uitvoeringsplan 2027", rij 13, kolom C: deze rij heeft alleen het nummer "7" ' +
        'en geen activiteit in kolom C; de rij is niet als activiteit gelezen.',
    ]);
  });

  it('keeps who drew it up, who adopted it, the signature, the contact and the paraaf as the notes of the overview', () => {
    const sheet = 'Uitvoeringsplan 2027';
    expect(read.notes).toEqual([
      { sheet, row: 14, text: DE_KERNEN_PLAN_FOOTER.drawnUp },
      { sheet, row: 16, text: DE_KERNEN_PLAN_FOOTER.adopted },
      { sheet, row: 18, text: DE_KERNEN_PLAN_FOOTER.onBehalf },
      { sheet, row: 19, text: DE_KERNEN_PLAN_FOOTER.signature },
      { sheet, row: 20, text: DE_KERNEN_PLAN_FOOTER.contact },
      { sheet, row: 22, text: `${DE_KERNEN_PLAN_FOOTER.paraaf} ${DE_KERNEN_PLAN_FOOTER.paraafDate}` },
    ]);
    expect(read.problems.filter((p) => p.code === 'footer-row').map((p) => [p.row, p.column])).toEqual([
      [14, 'C'],
      [16, 'A'],
      [18, 'C'],
      [19, 'C'],
      [20, 'C'],
      [22, 'A'],
    ]);
    expect(read.problems.find((p) => p.row === 14)?.message).toBe(
      'De Kernen uitvoeringsplan prestatieafspraken 2027.xlsx, blad "Uitvoeringsplan 2027", rij 14, kolom C: bewaard als opmerking bij het overzicht, niet als activiteit: ' +
        '"Opgesteld door: afdeling Vastgoed & Wonen". Is het wel een activiteit, zet het dan als regel in de tabel.',
    );
  });

  it('names every problem in the order of the sheet, each with its place, and proposes party and year', () => {
    expect(codes(read)).toEqual([
      'unknown-column',
      'no-activity-text',
      'budget-unreadable',
      'no-activity-text',
      'footer-row',
      'footer-row',
      'footer-row',
      'footer-row',
      'footer-row',
      'footer-row',
    ]);
    expectPlacesInMessages(read);
    expect(read.partyHint).toBe('De Kernen');
    expect(read.yearHint).toBe(2027);
  });
});

describe('a partner layout built row by row', () => {
  async function read(build: (ws: Worksheet) => void, fileName = 'test 2027.xlsx'): Promise<ReadWorkbook> {
    const wb = new Workbook();
    build(wb.addWorksheet('Blad1'));
    return readActivityWorkbook(await saveWorkbook(wb), fileName);
  }

  it('tolerates line breaks, case, punctuation and typing errors in the headings', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['ACTIVITEIT', 'Nodig van\nandere partijen', 'Rol\ngemeente:', 'Plannig', 'Betrokken-\nen', 'Doel', 'Opmerkingen'];
      ws.getRow(2).values = ['Iets doen', 'Een vergunning', 'faciliteren', 'Q1', 'HBD', 'Betaalbaar wonen', 'ok'];
    });
    expect(r.columns.map((c) => c.field)).toEqual(['activity', 'needs', 'role', 'planning', 'involved', 'ambition', 'notes']);
    expect(r.problems).toEqual([]);
  });

  it('does not read a row with data but no activity as an activity, and names the cells it had', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Afspraak', 'Maatregel', 'Periode'];
      ws.getRow(2).values = ['1.1 bij 4', 'Overleg met corporaties', 'Q1'];
      ws.getRow(3).values = ['1.1 bij 6', '', 'Q3'];
      // A date alone in the Periode column is a planning line, not a dated note.
      ws.getCell('C4').value = '1 maart 2027';
      ws.getRow(5).values = ['1.1 bij 7', 'Planmonitor delen met de partners', 'Q2'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.agreementRef, a.planning])).toEqual([
      [2, 'Overleg met corporaties', '1.1 bij 4', 'Q1'],
      [5, 'Planmonitor delen met de partners', '1.1 bij 7', 'Q2'],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'test 2027.xlsx, blad "Blad1", rij 3, kolom B: deze rij heeft gegevens (kolom A "1.1 bij 6", kolom C "Q3") maar geen activiteit in kolom B; de rij is niet als activiteit gelezen. Hoort er een activiteit bij, vul die dan in en importeer opnieuw.',
      'test 2027.xlsx, blad "Blad1", rij 4, kolom B: deze rij heeft gegevens (kolom C "1 maart 2027") maar geen activiteit in kolom B; de rij is niet als activiteit gelezen. Hoort er een activiteit bij, vul die dan in en importeer opnieuw.',
    ]);
    expect(r.notes).toEqual([]);
  });

  it("names a numbered template's unused rows in one warning, not one per row", async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr.', 'Activiteit', 'Planning'];
      ws.getRow(2).values = [1, 'Wijkschouw Druten-Zuid', 'Q2'];
      ws.getRow(3).values = [2, 'Nieuwsbrief voor de leden', 'elk kwartaal'];
      for (let n = 3; n <= 12; n++) ws.getCell(n + 1, 1).value = n;
    });
    expect(r.activities.map((a) => a.rowLabel)).toEqual(['1', '2']);
    expect(only(r, 'no-activity-text').message).toBe(
      'test 2027.xlsx, blad "Blad1", rij 4, kolom B: de rijen 4 t/m 13 hebben alleen een nummer (3 t/m 12) en geen activiteit in kolom B; ze zijn niet als activiteit gelezen.',
    );
  });

  it('keeps footer lines right under the table, in the activity column, as notes: a label, a source, a date, a contact line', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Wanneer'];
      ws.getRow(2).values = ['Wijkschouw Druten-Zuid met Woonwaarts', 'voorjaar'];
      ws.getRow(3).values = ['Nieuwsbrief voor de leden'];
      ws.getCell('A4').value = 'N.B. de data volgen na de ledenvergadering';
      ws.getCell('A5').value = 'Bron: jaarplan HBD 2027';
      ws.getCell('A6').value = 'Druten, 12 juni 2026';
      ws.getCell('A7').value = 'Secretariaat HBD, secretariaat@hbd-druten.nl';
      ws.getRow(8).values = ['Opgesteld door:', 'het bestuur van HBD'];
    });
    // The last one-line activity directly under the others is still one.
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouw Druten-Zuid met Woonwaarts', 'Nieuwsbrief voor de leden']);
    expect(r.notes.map((n) => [n.row, n.text])).toEqual([
      [4, 'N.B. de data volgen na de ledenvergadering'],
      [5, 'Bron: jaarplan HBD 2027'],
      [6, 'Druten, 12 juni 2026'],
      [7, 'Secretariaat HBD, secretariaat@hbd-druten.nl'],
      [8, 'Opgesteld door: het bestuur van HBD'],
    ]);
    expect(codes(r)).toEqual(['footer-row', 'footer-row', 'footer-row', 'footer-row', 'footer-row']);
  });

  it('keeps one-line activities that only resemble a note, and reads a line alone after an empty row as a note', async () => {
    const activities = [
      'Datum voor de wijkschouw vastleggen met De Kernen',
      'Namens de huurders zitting nemen in de klankbordgroep, samen met HBD',
      'Bij vragen over de huurverhoging verwijzen naar het spreekuur',
      'Aanmelden voor de nieuwsbrief mogelijk maken via info@bewonersraad.nl',
      'Let op de signalen van eenzaamheid bij oudere huurders',
      'Versnellen van de verduurzaming in Afferden',
    ];
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Wanneer'];
      ws.getRow(2).values = ['Wijkschouw Horssen', 'mei'];
      activities.forEach((text, i) => {
        ws.getCell(3 + i, 1).value = text;
      });
      // Row 9 is empty: what stands alone below it belongs to no activity.
      ws.getCell('A10').value = 'J. Jansen, voorzitter';
    });
    expect(r.activities.map((a) => a.activity)).toEqual(['Wijkschouw Horssen', ...activities]);
    expect(r.notes).toEqual([{ sheet: 'Blad1', row: 10, text: 'J. Jansen, voorzitter' }]);
  });

  it('reads a label and its value over two cells as one note, not as an activity', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr', 'Activiteit', 'Planning'];
      ws.getRow(2).values = [1, 'Energiecoaches voor huurders', 'Heel 2027'];
      ws.getRow(3).values = ['Opgesteld door:', 'afdeling Vastgoed & Wonen', ''];
      ws.getRow(4).values = ['Datum', '16 juni 2026'];
    });
    expect(r.activities.map((a) => a.activity)).toEqual(['Energiecoaches voor huurders']);
    expect(r.notes.map((n) => n.text)).toEqual(['Opgesteld door: afdeling Vastgoed & Wonen', 'Datum 16 juni 2026']);
  });

  it('reads Nr., Paragraaf, Trekker, Budget and Rol for what they are, and only unknown columns as extra', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr.', 'Paragraaf', 'Activiteit', 'Trekker', 'Rol', 'Budget', 'Kostenplaats'];
      ws.getRow(2).values = ['1', '1.1 Nieuwbouw', 'Woningbouwoverleg elk kwartaal', 'Gemeente', 'Faciliteren', '€ 12.500', '4410'];
      ws.getRow(3).values = ['2', '5.1', 'Wijkschouw Horssen', 'De Kern en', 'kaderstellen/financieren', 'p.m.', ''];
    });
    expect(r.columns.map((c) => c.field)).toEqual(['rowLabel', 'topicContext', 'activity', 'lead', 'role', 'budget', null]);
    expect(r.activities.map((a) => [a.rowLabel, a.agreementRef, a.topicContext, a.lead, a.role, a.budget, a.extra])).toEqual([
      ['1', undefined, '1.1 Nieuwbouw', 'Gemeente', 'faciliteren', 12_500, { Kostenplaats: '4410' }],
      ['2', undefined, '5.1', 'De Kern en', 'kaders stellen, financieren', undefined, { Budget: 'p.m.' }],
    ]);
    // Only the column nobody knows is named; "p.m." says there is no amount yet and needs no word.
    expect(codes(r)).toEqual(['unknown-column']);
    expect(only(r, 'unknown-column').message).toContain('"Kostenplaats" is geen bekend veld');
  });

  it('keeps data in a column without a heading as an extra field', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Planning'];
      ws.getRow(2).values = ['Wijkschouw', 'Q2', 'let op: samen met HBD'];
    });
    expect(r.activities[0]?.extra).toEqual({ 'Kolom C': 'let op: samen met HBD' });
    expect(only(r, 'unknown-column')).toMatchObject({ column: 'C', message: expect.stringContaining('deze kolom heeft geen kop') });
  });

  it('guesses the activity column from the longest texts when no heading names it, and says so', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Thema', 'Tekst', 'Planning', 'Samen met'];
      ws.getRow(2).values = ['1.1', 'Bouwen van sociale huurwoningen in Deest Zuid', 'Q2', 'Gemeente'];
    });
    expect(r.activities[0]?.activity).toBe('Bouwen van sociale huurwoningen in Deest Zuid');
    expect(only(r, 'activity-column-guessed')).toMatchObject({ row: 1, column: 'B' });
  });

  it('reads theme labels in the margin left of the table as themes, not as lost text', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = [null, 'Bij', 'Activiteit', 'Planning'];
      ws.getCell('A2').value = 'Thema 5 Leefbaarheid';
      ws.getRow(3).values = [null, 'Bij 2', 'Wijkschouw in Deest', 'Q2'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.topicContext])).toEqual([[3, 'Wijkschouw in Deest', 'Thema 5 Leefbaarheid']]);
    expect(r.problems).toEqual([]);
  });

  it('reads a value merged down over several activities for each of them', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Thema', 'Activiteit'];
      ws.mergeCells('A2:A3');
      ws.getCell('A2').value = '5.1';
      ws.getCell('B2').value = 'Wijkschouw Druten';
      ws.getCell('B3').value = 'Wijkschouw Deest';
    });
    expect(r.activities.map((a) => [a.activity, a.topicContext])).toEqual([
      ['Wijkschouw Druten', '5.1'],
      ['Wijkschouw Deest', '5.1'],
    ]);
  });

  it('reads a title with its description on the row below as one activity when its Nr and planning are merged over both', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr', 'Activiteit', 'Planning'];
      ws.getCell('A2').value = 1;
      ws.getCell('B2').value = 'Speeltuin Molenstraat';
      ws.getCell('B3').value = 'Samen met de buurt de speeltuin opknappen en nieuwe toestellen kiezen.';
      ws.getCell('C2').value = 'Q2';
      ws.mergeCells('A2:A3');
      ws.mergeCells('C2:C3');
      ws.getCell('A4').value = 2;
      ws.getCell('B4').value = 'Buurtbudget evalueren';
      ws.getCell('C4').value = 'Q4';
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toEqual([
      [2, 'Speeltuin Molenstraat\nSamen met de buurt de speeltuin opknappen en nieuwe toestellen kiezen.', 'Q2'],
      [4, 'Buurtbudget evalueren', 'Q4'],
    ]);
  });

  it('takes one cell merged over the whole table for a group heading, however long', async () => {
    const heading = 'Doorstroming – "een regeling waarmee ouderen de mogelijkheid krijgen om te verhuizen naar een passende woning, met behoud van hun huur waar dat nodig is"';
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Kern', 'Planning'];
      ws.getCell('A2').value = heading;
      ws.mergeCells('A2:C2');
      ws.getRow(3).values = ['Verhuiscoach: spreekuur in het gemeentehuis', 'Druten', 'doorlopend'];
    });
    expect(heading.length).toBeGreaterThan(120);
    expect(r.activities.map((a) => [a.rowNumber, a.section])).toEqual([[3, heading]]);
  });

  it('does not take an activity that starts with "Totaal" for a total row', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Planning'];
      ws.getRow(2).values = ['Totaal aantal woningen met label E, F of G in beeld brengen', 'Q1'];
      ws.getRow(3).values = ['Totaal:', ''];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(only(r, 'total-row').row).toBe(3);
  });

  it('takes a longer "Totaal …" label beside a sum for a total row, not an activity', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Woningen'];
      ws.getRow(2).values = ['Oplevering De Steeg fase 2', 40];
      ws.getRow(3).values = ['Oplevering Kattenburg', 56];
      ws.getRow(4).values = ['Totaal nieuwe woningen', { formula: 'SUM(B2:B3)', result: 96 }];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
    expect(only(r, 'total-row').row).toBe(4);
  });

  it('takes a short "Totaal …" label beside a typed figure for a total row, and keeps one beside a plan', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Wat', 'Waar', 'Aantal', 'Maand'];
      ws.getRow(2).values = ['Nieuwe flat met 32 kleine huurappartementen', 'Kattenburg', 32, 'mei'];
      ws.getRow(3).values = ['Hofje met 22 woningen voor ouderen', 'Puiflijk', 22, 'okt'];
      ws.getRow(4).values = ['Totaal nieuwe huurwoningen 2027', '', 54, ''];
      ws.getRow(5).values = ['Totaal aantal woningen met label E in beeld brengen', '', 40, 'Q1'];
      ws.getRow(6).values = ['Totaal gemeentelijk budget PA 2028', '', '', ''];
      // An amount with a part still to be known ("+ p.m.") is a figure too.
      ws.getRow(7).values = ['Subtotaal betaalbaarheid / duurzaamheid', '', '€ 205.000 + p.m.', ''];
      ws.getRow(8).values = ['Energiecoaches inzetten in Deest', '', '€ 20.000 + p.m.', 'Q2'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 5, 8]);
    expect(r.problems.filter((p) => p.code === 'total-row').map((p) => p.row)).toEqual([4, 6, 7]);
  });

  it('takes a total\'s label beside what it counts in figures for a total row; work that opens with a figure beside it stays', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Complex / adres', 'Won.', 'Maatregel', 'Fase 2027'];
      ws.getRow(2).values = ['Hogestraat 1-47', 24, 'spouwmuur- en vloerisolatie, dak Rc 6,3, HR++', 'uitvoering Q2–Q3'];
      ws.getRow(3).values = ['Heuvelakker', 180, 'aanbod zonnepanelen: 6 × 410 Wp, meerhuur € 12,50 p/mnd', 'doorlopend'];
      ws.getRow(4).values = ['Totaal 2027', 259, '79 won. schil + 180 EGW PV-aanbod; besparing ca. 640 MWh/jr (berekend)', ''];
      ws.getRow(5).values = ['Totaal', 24, '24 woningen opleveren in Deest-Zuid', 'Q3'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 5]);
    expect(r.problems.filter((p) => p.code === 'total-row').map((p) => p.row)).toEqual([4]);
  });

  it('reads a step on a row of its own, its activity named on a row above, as a step of that activity; the named row stays one', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Ref', 'Activiteit', 'Stap', 'Start', 'Gereed'];
      ws.getRow(2).values = ['PA 1.1', 'Verkenning aanvullende sociale woningbouw Horssen na de 33', '', 'jan 2027', 'dec 2027'];
      ws.getRow(3).values = ['', '', 'stap 1: behoeftepeiling met dorpsraad en Bewonersraad', 'feb', 'apr'];
      ws.getRow(4).values = ['', '', 'stap 2: locatiescan met gemeente (Kerkakker, Hoogstraat)', 'mei', 'sep'];
      ws.getRow(5).values = ['PA 3', 'Pluspakketten wooncomfort aanbieden aan huurders', '', '2027', ''];
    });
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Verkenning aanvullende sociale woningbouw Horssen na de 33',
      'Verkenning aanvullende sociale woningbouw Horssen na de 33: stap 1: behoeftepeiling met dorpsraad en Bewonersraad',
      'Verkenning aanvullende sociale woningbouw Horssen na de 33: stap 2: locatiescan met gemeente (Kerkakker, Hoogstraat)',
      'Pluspakketten wooncomfort aanbieden aan huurders',
    ]);
    expect(r.problems.filter((p) => p.code === 'no-activity-text')).toEqual([]);
  });

  it("reads the sender's own part in sentences as the work where no column is named for it, and says so", async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Afspraak (PA)', 'Onze rol 2028', 'Samen met', 'Periode'];
      ws.getRow(2).values = [
        'Bij 1. Corporaties stellen een monitor samen van informatie als basis voor het gesprek over vraag en aanbod.',
        'Monitor 2027 met werkgroep Wonen doornemen; vragen over slaagkansen jongeren inbrengen',
        'WW, gemeente',
        'Q2',
      ];
      ws.getRow(3).values = ['Bij 2. Jaarlijks worden wijkschouwen georganiseerd.', 'Wijkschouw Puiflijk organiseren (mei): bewoners uitnodigen, route uitzetten', 'WW', 'mei'];
      ws.getRow(4).values = ['overlegtafel Leefbaarheid (5.2)', 'Signalen uit spreekuur en ledenpanel bundelen en inbrengen aan de overlegtafel', 'gemeente', '3x'];
    });
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Monitor 2027 met werkgroep Wonen doornemen; vragen over slaagkansen jongeren inbrengen',
      'Wijkschouw Puiflijk organiseren (mei): bewoners uitnodigen, route uitzetten',
      'Signalen uit spreekuur en ledenpanel bundelen en inbrengen aan de overlegtafel',
    ]);
    expect(r.problems.find((p) => p.row === 1)?.message).toContain('kolom B "Onze rol 2028" is als activiteit gelezen omdat daar de langste teksten staan');
  });

  it("reads the sender's own part in sentences as the work where the column named for it holds only subjects, and says so", async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['#', 'Wat', 'Onze rol', 'Samen met', 'Wanneer'];
      ws.getRow(2).values = [1, 'Wijkschouw', 'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route uitzetten met WW en gemeente', 'WW, gemeente', 'sept.'];
      ws.getRow(3).values = [2, 'Leefbaarheid', 'Via spreekuur en enquête ophalen wat huurders in hun buurt verbeterd willen zien', 'WW', 'Q1-Q2'];
      ws.getRow(4).values = [3, 'Duurzaamheid', 'Ledenavond over het zonnepanelen-aanbod van WW en elektrisch koken', 'WW', 'voorjaar'];
      ws.getRow(5).values = [4, 'Organisatie', 'Cursus Woonbond voor twee nieuwe bestuursleden', '', 'najaar'];
    });
    expect(r.activities.map((a) => [a.topicContext, a.activity])).toEqual([
      ['Wijkschouw', 'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route uitzetten met WW en gemeente'],
      ['Leefbaarheid', 'Via spreekuur en enquête ophalen wat huurders in hun buurt verbeterd willen zien'],
      ['Duurzaamheid', 'Ledenavond over het zonnepanelen-aanbod van WW en elektrisch koken'],
      ['Organisatie', 'Cursus Woonbond voor twee nieuwe bestuursleden'],
    ]);
    expect(r.problems.find((p) => p.row === 1)?.message).toContain(
      'kolom B "Wat" noemt per rij alleen een onderwerp; kolom C "Onze rol" zegt wat er gebeurt en is als activiteit gelezen. Controleer dit.',
    );
  });

  it('reads one table split over sheets per theme as one overview, and a bold heading alone on its row as a section', async () => {
    const wb = new Workbook();
    for (const [name, rows] of [
      ['Wonen', [['Planmonitor bijwerken en delen', 'Q3'], ['Zoekgebieden na 2030 in kaart', 'Q2']]],
      ['Leefbaarheid', [['Uitvoeringsplan na de wijkschouw Deest', 'Q1']]],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = `Thema ${name} – inzet gemeente`;
      ws.getRow(3).values = ['Activiteit', 'Planning'];
      rows.forEach((row, i) => (ws.getRow(4 + i).values = [...row]));
    }
    const last = wb.getWorksheet('Wonen') as Worksheet;
    last.getCell('A7').value = 'Bestaande voorraad';
    last.getCell('A7').font = { bold: true };
    last.getRow(8).values = ['Splitsen van grote woningen mogelijk maken', 'Q4'];
    const r = await readActivityWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'Gemeente inzet per thema 2028.xlsx');
    expect(r.activities.map((a) => [a.sheet, a.rowNumber, a.section ?? null])).toEqual([
      ['Wonen', 4, 'Wonen'],
      ['Wonen', 5, 'Wonen'],
      ['Wonen', 8, 'Bestaande voorraad'],
      ['Leefbaarheid', 4, 'Leefbaarheid'],
    ]);
    expect(only(r, 'several-sheets-read').message).toBe(
      'Gemeente inzet per thema 2028.xlsx: de activiteiten staan op 2 bladen met dezelfde kolommen ("Wonen", "Leefbaarheid"); ze zijn alle gelezen, als één overzicht.',
    );
  });

  it('reads the rows for the planning year the secretary chose, not for the year a copied title still names', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten');
    // Last year's file copied: the title still says 2026, the rows are planned for 2027.
    ws.getCell('A1').value = 'Activiteitenoverzicht De Kernen 2026';
    ws.getRow(3).values = ['Activiteit', 'Planning', 'Status'];
    ws.getRow(4).values = ['Oplevering 27 woningen Kloosterstraat Horssen', 'Q3 2026', 'afgerond'];
    ws.getRow(5).values = ['Wijkschouw Horssen met de Bewonersraad', 'mei 2027', ''];
    ws.getRow(6).values = ['Energiefestival in het dorpshuis', 'oktober 2027', ''];
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const asTitled = await readActivityWorkbook(data, 'De Kernen activiteiten.xlsx');
    expect(asTitled.yearHint).toBe(2026);
    expect(asTitled.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6]);
    const chosen = await readActivityWorkbook(data, 'De Kernen activiteiten.xlsx', { planningYear: 2027 });
    // The year the file names is still offered; the row done in 2026 is no activity of 2027.
    expect(chosen.yearHint).toBe(2026);
    expect(chosen.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(chosen.problems.find((p) => p.row === 4)?.message).toContain('vóór 2027');
  });

  it('reads a list of the afspraken answered row by row: the answers are the activities, "geen rol" or "zie 1.1" none, the copied dates no deadline', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('HBD 2027');
    ws.getCell('A1').value = 'HBD – wat doen wij bij de prestatieafspraken Druten in 2027?';
    ws.getRow(2).values = ['Afspraak uit de PA', 'Wie trekt', 'Wanneer', 'Wat doen wij?'];
    const rows: [string, string, string][] = [
      ['Bij 5. Gemeente onderzoekt mogelijke uitbreidingslocaties en vormt een beeld over ontwikkelpotentieel voor na 2030', '2025', 'Meepraten over waar na 2030 gebouwd wordt'],
      ['Bij 6. Gemeente deelt jaarlijks informatie uit de planmonitor met betrokken partners.', '2025 en verder', 'geen rol'],
      ['Bij 1. Corporaties doen onderzoek naar de brandveiligheid van hun complexen op basis van de voorschriften', '2025', 'n.v.t., onderzoek afgerond in 2026'],
      ['Bij 4. Corporaties benaderen, conform de provinciale regeling, senioren als er nieuwbouw in de buurt komt', '2025 - 2028', 'loopt via Woonwaarts'],
      ['Bij 1. Corporaties stellen een monitor samen van informatie als basis voor het gesprek over vraag en aanbod', 'Jaarlijks', 'zie 2.1'],
      ["Bij 1. We richten een overlegtafel 'Leefbaarheid' in met vertegenwoordigers van corporaties en gemeente", '2025', 'zie vorig jaar'],
      ['Bij 1. Woonwaarts biedt bewoners zonnepanelen aan, bij onderhoud en vervanging van de keuken', '2025 - 2028', 'Huurders helpen met vragen over de zonnepanelen'],
    ];
    rows.forEach(([afspraak, wanneer, wij], i) => (ws.getRow(3 + i).values = [afspraak, 'Gemeente', wanneer, wij]));
    const r = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'HBD wat doen wij 2027.xlsx');
    // The afspraken's own "2025" is no deadline before 2027; "zie vorig jaar" plans last year's activity again.
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [3, 'Meepraten over waar na 2030 gebouwd wordt'],
      [8, 'zie vorig jaar'],
      [9, 'Huurders helpen met vragen over de zonnepanelen'],
    ]);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([4, 5, 6, 7]);
  });

  it('keeps figures, risks, decisions waited for and standing items as notes, and reads the work among them', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Actielijst Bewonersraad 2027';
      ws.getRow(2).values = ['Wat', 'Wie', 'Wanneer', '% klaar'];
      const rows: (string | number)[][] = [
        ['Streefcijfer woningbouw 2027: 110 woningen, waarvan 2/3 betaalbaar', '', '2027', ''],
        ['Taakstelling statushouders: 2 woningen in Horssen beschikbaar stellen (ons aandeel van 5%)', 'De Kernen', 'doorlopend', 0],
        ['Budget 2027: € 2.400 (bijdrage De Kernen)', '', '', ''],
        ['Huurders tevreden over reparaties (KWH 2025): 7,6', '', '', ''],
        ['Aantal verhuringen aan 55-plussers', '', '', ''],
        ['Risico: aannemer in financiële problemen, oplevering kan naar Q4 schuiven', '', '', ''],
        ['Besluit Woonwaarts over sluiting buurtkamer Rozenhof: afwachten', 'Woonwaarts', '', ''],
        ['Mededelingen uit de werkgroep prestatieafspraken', '', 'elke vergadering', ''],
        ['Rondvraag onder onze bewonerscommissies over eenzaamheid en verlichting', 'bestuur', 'voorjaar', 0.25],
        ['Rondgang brandveiligheid langs de complexen met De Kernen', 'De Kernen', 'februari 2026', 1],
        ['2x wijkschouw Horssen met De Kernen en de gemeente', 'bestuur', 'mei 2027', 0.5],
        // A stock counted at a moment, the count beside it; and work with the same words.
        ['Sociale huurwoningen opgeleverd 2027', '', '', ''],
        ['Woningen met label E, F of G eind 2027', '', '', ''],
        ['Woningen met label E opknappen eind 2027', 'Woonwaarts', '2027', ''],
        ['Verhuureenheden Woonwaarts in de gemeente Druten per 1 januari 2027', '', '', ''],
      ];
      rows.forEach((row, i) => (ws.getRow(3 + i).values = row));
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 11, 13, 16]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([14, 15, 17]));
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(3)).toContain('noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk');
    expect(why(6)).toContain('noemt een getal van 2025, vóór 2027, geen werk');
    expect(why(8)).toContain('noemt een risico, geen werk');
    expect(why(9)).toContain('wacht op een besluit van een ander');
    expect(why(10)).toContain('is een vast punt van de vergadering');
    expect(why(12)).toContain('is al gedaan (% klaar');
    expectPlacesInMessages(r);
  });

  it('reads a terse list whose first heading is its title: "HBD 2027 | mnd | wie", a heading with a colon in it, an "opm.:" under it', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['HBD 2027', 'mnd', 'wie'];
      ws.getRow(2).values = ['ALV', 'april', 'bestuur'];
      ws.getRow(3).values = ['Advies huurverhoging', 'mei', 'Ans'];
      ws.getRow(4).values = ['met gemeente:'];
      ws.getRow(5).values = ['Overlegtafel leefb.', '4x', 'Theo'];
      ws.getRow(7).values = ['opm.: wat niet lukt schuift door naar 2028'];
    });
    expect(r.columns.map((c) => [c.header, c.field])).toEqual([
      ['HBD 2027', 'activity'],
      ['mnd', 'planning'],
      ['wie', 'lead'],
    ]);
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.section ?? null])).toEqual([
      [2, 'ALV', null],
      [3, 'Advies huurverhoging', null],
      [5, 'Overlegtafel leefb.', 'met gemeente:'],
    ]);
    expect(r.notes.map((n) => n.text)).toContain('opm.: wat niet lukt schuift door naar 2028');
  });

  it("reads last year's state beside the year's plan by the plan: 'klaar' and 'nog bepalen' are none, 'idem' carries the row's subject on", async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'De Kernen – terugblik 2027 en plannen 2028';
      ws.getRow(3).values = ['Onderwerp', 'PA', 'Stand van zaken 2027', 'Plan 2028', 'Samen met'];
      ws.getRow(4).values = ['Nieuwbouw Kloosterstraat Horssen', '1.1', '27 woningen opgeleverd in juni', 'klaar', ''];
      ws.getRow(5).values = ['Extra sociale huur Horssen', '1.1', 'locatie Torenstraat in beeld', 'haalbaarheidsonderzoek Torenstraat samen met de gemeente', 'Gemeente'];
      ws.getRow(6).values = ['Woningsplitsing', '1.3', 'niet aan toegekomen', 'nog bepalen', ''];
      ws.getRow(7).values = ['Energiefestival', '3 bij 4', '140 bezoekers (oktober)', 'idem', 'Bewonersraad'];
      ws.getRow(8).values = ['Energielabels', '3', 'geen E, F en G meer sinds december 2027', '—', ''];
    });
    expect(r.columns.find((c) => c.header === 'Plan 2028')?.field).toBe('activity');
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [5, 'haalbaarheidsonderzoek Torenstraat samen met de gemeente'],
      [7, 'Energiefestival: idem'],
    ]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('zegt alleen dat het klaar is');
    expect(why(6)).toContain('zegt zelf dat er nog niets besloten is');
    expect(why(7)).toContain('"idem" zegt dat het werk doorgaat; gelezen als "Energiefestival: idem"');
    expectPlacesInMessages(r);
  });

  it("reads a plan cell that only says the work lapses this year as no activity; 'vervallen' describing the work stays one", async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Bewonersraad – plannen 2028';
      ws.getRow(3).values = ['Onderwerp', 'PA', 'Gedaan in 2027', 'Plan 2028'];
      ws.getRow(4).values = ['Tuinenwedstrijd', '5.2', 'gehouden, 6 deelnemers', 'vervalt in 2028 (te weinig aanmeldingen)'];
      ws.getRow(5).values = ['Panden in de Dorpsstraat', '5.1', 'gemeld bij de gemeente', 'Vervallen panden in de Dorpsstraat opnieuw melden'];
      ws.getRow(6).values = ['Klankbordgroep', '3', 'opgericht', 'gestopt'];
      ws.getRow(7).values = ['Kerstmarkt', '', 'kraam gehad', 'vervalt in 2029; in 2028 nog een kraam'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 7]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('"vervalt in 2028 (te weinig aanmeldingen)" zegt dat het vervalt; er staat niets gepland');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt dat het vervalt');
  });

  it("reads last year's rows by the plans their remarks give for the year ('2027: …'); a row with no plan there is a note, a 'Nieuw 2027: …' row an activity", async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Nr', 'PA', 'Activiteit 2026', 'Resultaat 2026', 'Opmerkingen'];
      ws.getRow(4).values = [1, '1.1', 'Oplevering Kattenburg fase 1, 48 sociale huurwoningen', '48 opgeleverd', '2027: start bouw fase 2, 36 appartementen'];
      ws.getRow(5).values = [2, '2.1', 'Monitor woonruimteverdeling opstellen en toelichten', 'toegelicht in mei', '2027: doorgaan'];
      ws.getRow(6).values = [3, '3', 'Brandveiligheidsonderzoek appartementencomplexen', 'rapport ontvangen', ''];
      ws.getRow(7).values = [4, '4.1', 'Inschrijfadvies Entree / Woongaard', 'folder verspreid', 'vervalt in 2027: de systemen gaan samenwerken'];
      ws.getRow(8).values = [5, '5.2', 'Tuinactie in Deest', '180 tuinpakketten', 'nog bepalen'];
      ws.getRow(9).values = [6, '', '', '', 'Nieuw 2027: dakrenovatie Julianastraat gelijk met de riolering'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.notes])).toEqual([
      [4, 'Oplevering Kattenburg fase 1, 48 sociale huurwoningen: start bouw fase 2, 36 appartementen', undefined],
      [5, 'Monitor woonruimteverdeling opstellen en toelichten: doorgaan', undefined],
      [9, 'dakrenovatie Julianastraat gelijk met de riolering', undefined],
    ]);
    expect(r.activities[2]?.rowLabel).toBe('6');
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(6)).toContain('heeft in kolom E "Opmerkingen" niets voor 2027; bewaard als opmerking');
    expect(why(7)).toContain('zegt in kolom E "Opmerkingen" "vervalt in 2027: de systemen gaan samenwerken"');
    expect(why(8)).toContain('"nog bepalen"');
    expect(why(9)).toBe('');
    expect(r.notes.map((n) => n.row)).toEqual([6, 7, 8]);
    expectPlacesInMessages(r);
  });

  it('leaves a plan of the year alone whose remarks also open with the year', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Activiteit', 'Opmerkingen'];
      ws.getRow(4).values = ['Wijkschouw Horssen', '2027: in mei'];
      ws.getRow(5).values = ['Energiefestival', '2027: in oktober'];
      ws.getRow(6).values = ['Spreekuur servicekosten', ''];
    });
    expect(r.activities.map((a) => [a.activity, a.notes])).toEqual([
      ['Wijkschouw Horssen', '2027: in mei'],
      ['Energiefestival', '2027: in oktober'],
      ['Spreekuur servicekosten', undefined],
    ]);
  });

  it('keeps an idea asked as a question with its when or role still open as a note; a question with a date, or an open date alone, stays an activity', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Nr', 'Wat gaan we doen?', 'Rol HBD', 'Wanneer'];
      ws.getRow(4).values = [1, 'Iets doen met brandveiligheid in de seniorenflats?', '?', 'nog bepalen'];
      ws.getRow(5).values = [2, 'Vijverhof: is het nu brandveilig?', 'meedenken', 'mei'];
      ws.getRow(6).values = [3, 'Brandveiligheid in de seniorenflats bespreken met Woonwaarts', 'meedenken', 'nog bepalen'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is een vraag, en er staat nog niets vast ("nog bepalen")');
  });

  it("keeps a row its Gemeente column gives to another gemeente as a note, read for the werkgroep's own; both, all or none chosen stay", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Werkplan 2028');
    ws.getRow(1).values = ['Nr', 'Gemeente', 'Wat gaan we doen?', 'Rol HBD'];
    ws.getRow(2).values = ['H28-01', 'Druten', 'Meedenken over de voorrangsregels voor Kattenburg fase 3', 'meepraten'];
    ws.getRow(3).values = ['H28-02', 'Beuningen', 'Wijkschouw Ewijk met Woonwaarts en de gemeente Beuningen', 'organiseren'];
    ws.getRow(4).values = ['H28-03', 'Beide', 'Algemene ledenvergadering en werving van nieuwe bestuursleden', 'organiseren'];
    ws.getRow(5).values = ['H28-04', 'Druten/Beuningen', 'Cursus huurrecht voor het bestuur', 'organiseren'];
    ws.getRow(6).values = ['H28-05', 'Kies…', 'Inloopavond over het aanbod zonnepanelen', 'informeren'];
    const data = await saveWorkbook(wb);
    const r = await readActivityWorkbook(data, 'HBD werkplan 2028.xlsx', { municipality: 'Druten' });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5, 6]);
    expect(r.notes.map((n) => [n.row, n.text])).toEqual([[3, 'Wijkschouw Ewijk met Woonwaarts en de gemeente Beuningen']]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom B "Gemeente" werk in "Beuningen", niet in Druten; bewaard als opmerking');
    expectPlacesInMessages(r);
    // Read for Beuningen's werkgroep, the Druten row is the one set aside; with no gemeente given, none is.
    expect((await readActivityWorkbook(data, 'HBD werkplan 2028.xlsx', { municipality: 'Beuningen' })).activities.map((a) => a.rowNumber)).toEqual([3, 4, 5, 6]);
    expect((await readActivityWorkbook(data, 'HBD werkplan 2028.xlsx')).activities).toHaveLength(5);
  });

  it('keeps a row that names only another gemeente in brackets as a note, also without a Gemeente column', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten Druten');
    ws.getRow(1).values = ['Wat doen we?', 'Opmerking'];
    ws.getRow(2).values = ['- Wijkschouw Druten-Zuid met Woonwaarts', 'mei'];
    ws.getRow(3).values = ['- Wijkschouw Ewijk (gemeente Beuningen)', 'juni'];
    ws.getRow(4).values = ['- Overleg met gemeente Team Wonen over de monitor', 'najaar'];
    ws.getRow(5).values = ['- Bewonersavond (gemeente Druten en Beuningen)', 'oktober'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD 2027.xlsx', { municipality: 'Druten' });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst zelf werk in "Beuningen", niet in Druten');
  });

  it("keeps a row whose place column names another gemeente as a note; the werkgroep's own villages stay", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Druten 2028');
    ws.getRow(1).values = ['Activiteit', 'Kern', 'Aantal'];
    ws.getRow(2).values = ['oplevern 36 app. sHW, 1-2 kmr', 'Dr.-Noord', 36];
    ws.getRow(3).values = ['Deest Zuid fase 1 start bouw', 'Deest', 24];
    ws.getRow(4).values = ['Bijsterhuizen 20 won.', 'Wijchen', 20];
    ws.getRow(5).values = ['Huurdersavond over de huurverhoging', 'Druten', ''];
    ws.getRow(6).values = ['dakrenovatie en na-isolatie', 'Wamel (West Maas en Waal)', 9];
    ws.getRow(7).values = ['Schouw met de dorpsraad', 'Horssen (Druten)', ''];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'WW activ Druten 2028.xlsx', { municipality: 'Druten' });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 5, 7]);
    expect(r.notes.map((n) => n.row)).toEqual([4, 6]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('is volgens kolom B "Kern" werk in "Wijchen", niet in Druten; bewaard als opmerking');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('werk in "West Maas en Waal", niet in Druten');
    // A column of nothing but other gemeenten says nothing of the werkgroep's: all stays.
    const only = new Workbook();
    const sheet = only.addWorksheet('Regio');
    sheet.getRow(1).values = ['Activiteit', 'Plaats'];
    sheet.getRow(2).values = ['Regionaal woningmarktonderzoek', 'Nijmegen'];
    sheet.getRow(3).values = ['Regionale woonruimteverdeling evalueren', 'Wijchen'];
    expect((await readActivityWorkbook(await saveWorkbook(only), 'Regio.xlsx', { municipality: 'Druten' })).activities).toHaveLength(2);
  });

  it("reads a werkgebied column by the gemeente's kernen: another village is set aside where they are known, nothing is claimed where they are not", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('HBD 2028');
    ws.getRow(1).values = ['Wat', 'Werkgebied', 'Wanneer'];
    ws.getRow(2).values = ['Wijkschouw organiseren: bewoners uitnodigen en de route lopen', 'Deest', 'mei'];
    ws.getRow(3).values = ['Wijkschouw organiseren (zelfde opzet)', 'Weurt', 'juni'];
    ws.getRow(4).values = ['Ledenvergadering en verkiezing van een voorzitter', 'hele werkgebied', 'juni'];
    ws.getRow(5).values = ['Lotingcijfers van Woonwaarts bespreken', 'Beuningen + Druten', 'november'];
    ws.getRow(6).values = ['Voorlichting over de zonnepanelen van Woonwaarts', 'Afferden, Puiflijk', 'februari'];
    ws.getRow(7).values = ['Bewoners helpen een bewonerscommissie op te richten in de nieuwe flat in Weurt', '', 'najaar'];
    ws.getRow(8).values = ['Aan tafel bij de evaluatie van de woonruimteverdeling in Druten', '', 'voorjaar'];
    const data = await saveWorkbook(wb);
    const kernen = ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'];
    const r = await readActivityWorkbook(data, 'HBD jaarplanning 2028.xlsx', { municipality: 'Druten', places: kernen });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5, 6, 8]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom B "Werkgebied" werk in "Weurt", niet in Druten; bewaard als opmerking');
    // The column gave Weurt to elsewhere: a row that leaves it empty and names Weurt in its text is elsewhere too.
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('is volgens de tekst (kolom B "Werkgebied" noemt het elders) werk in "Weurt", niet in Druten');
    // Without the kernen a village says nothing certain, unless the app knows where it lies (dutch-places.ts: Weurt is
    // Beuningen's): Deest, Afferden and Puiflijk are then not claimed to lie elsewhere.
    const unknown = await readActivityWorkbook(data, 'HBD jaarplanning 2028.xlsx', { municipality: 'Druten' });
    expect(unknown.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5, 6, 8]);
    expect(unknown.problems.filter((p) => p.code === 'other-municipality').map((p) => p.row)).toEqual([3, 7]);
  });

  it('reads no activities on a sheet of the afspraken kept beside the plan to look their codes up in', async () => {
    const wb = new Workbook();
    const plan = wb.addWorksheet('Jaarplan 2028');
    plan.getRow(1).values = ['HBD – jaarplan 2028 gemeente Druten'];
    plan.getRow(3).values = ['Code', 'Activiteit', 'Kern', 'Wanneer'];
    plan.getRow(4).values = ['5.1.2a', 'Wijkschouw Deest: bewoners uitnodigen en de route lopen', 'Deest', 'mei'];
    plan.getRow(5).values = ['3.1c', 'Huurders uitleg geven over de zonnepanelen van Woonwaarts', 'Druten', 'maart'];
    plan.getRow(6).values = ['2.1.1a', 'De monitor woonruimteverdeling met Woonwaarts doornemen', 'alle', 'juni'];
    const lookup = wb.addWorksheet('Afspraken');
    lookup.getRow(1).values = ['Code', 'Afspraak', 'Trekker', 'Planning'];
    lookup.getRow(2).values = ['5.1.2a', 'Jaarlijkse wijkschouw, huurdersorganisaties nemen het initiatief', 'HBD', 'jaarlijks'];
    lookup.getRow(3).values = ['3.1c', 'Woonwaarts biedt zonnepanelen aan, elektrisch koken en een warmtepomp', 'Woonwaarts', '2025-2028'];
    lookup.getRow(4).values = ['2.1.1a', 'Monitor vraag, aanbod, toewijzingen en slaagkansen per doelgroep', 'corporaties', 'jaarlijks'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD jaarplan 2028 Druten.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => `${a.sheet}!${a.rowNumber}`)).toEqual(['Jaarplan 2028!4', 'Jaarplan 2028!5', 'Jaarplan 2028!6']);
    expect(r.problems.map((p) => p.code)).not.toContain('several-sheets');
  });

  it("reads a village of another gemeente as elsewhere where the file's party is named for that gemeente too", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('HBD Druten 2027');
    ws.getRow(1).values = ['Taaknaam', 'Bucketnaam', 'Toegewezen aan'];
    ws.getRow(2).values = ['Wijkschouw Druten-Zuid organiseren', 'Leefbaarheid', 'Annie van Dijk'];
    ws.getRow(3).values = ['Wijkschouw Ewijk', 'Leefbaarheid', 'Gerard Hol'];
    ws.getRow(4).values = ['Wijkschouw Weurt-Zuid, zelfde opzet als in Druten', 'Leefbaarheid', 'Gerard Hol'];
    const data = await saveWorkbook(wb);
    const kernen = ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'];
    const hbd = await readActivityWorkbook(data, 'HBD Druten 2027 - Planner export.xlsx', { municipality: 'Druten', places: kernen, partyName: 'Huurdersbelangen Beuningen Druten' });
    expect(hbd.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(hbd.problems.find((p) => p.row === 3)?.message).toContain('is volgens de tekst (Huurdersbelangen Beuningen Druten werkt ook daar) werk in "Ewijk (gemeente Beuningen)", niet in Druten');
    // A party of Druten alone may name a village in a project's name: nothing is claimed.
    const other = await readActivityWorkbook(data, 'Bewonersraad 2027.xlsx', { municipality: 'Druten', places: kernen, partyName: 'Bewonersraad De Kernen' });
    expect(other.activities.map((a) => a.rowNumber)).toEqual([2, 3, 4]);
  });

  it('keeps a row whose text names a place of another gemeente the row itself names as notes', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('2028');
    ws.getRow(1).values = ['Onderwerp', 'Wat gaan we doen', 'Wie', 'Opmerking'];
    ws.getRow(2).values = ['Buurt', 'Wijkschouw Beuningen-Centrum', 'HBD', 'met gemeente Beuningen'];
    ws.getRow(3).values = ['Buurt', 'Wijkschouw Deest', 'HBD', 'met gemeente Druten en Woonwaarts'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD en Woonwaarts 2028.xlsx', { municipality: 'Druten' });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3]);
    expect(r.problems.find((p) => p.row === 2)?.message).toContain('is volgens de tekst en de rij werk in "Beuningen", niet in Druten');
  });

  it('keeps the rows under a heading that names another gemeente as notes', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan 2028');
    ws.getRow(1).values = ['Activiteit', 'Samen met', 'Gereed'];
    ws.getCell('A2').value = 'Gemeente Wijchen';
    ws.mergeCells('A2:C2');
    ws.getRow(3).values = ['Laatste woningen met een E-label isoleren', 'aannemer', 'Q3'];
    ws.getCell('A4').value = 'Gemeente Druten';
    ws.mergeCells('A4:C4');
    ws.getRow(5).values = ['Hybride warmtepompen bij vervanging van de cv-ketel in Horssen', 'Bewonersraad', 'hele jaar'];
    ws.getCell('A6').value = 'Hele werkgebied';
    ws.mergeCells('A6:C6');
    ws.getRow(7).values = ['Training dementievriendelijk werken voor alle medewerkers', '', 'najaar'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen jaarplan 2028.xlsx', { municipality: 'Druten' });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 7]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens de kop "Gemeente Wijchen" erboven werk in "Wijchen", niet in Druten');
  });

  it("keeps a row whose complex lies in another gemeente by its address as a note: in the text, its own cell or the heading above", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Per complex 2028');
    ws.getRow(1).values = ['Complex', 'Wat gaan we doen', 'Wanneer'];
    ws.getRow(2).values = ['Kloosterakker 1-29, Horssen', 'Huurders uitleg geven over de hybride warmtepomp', 'hele jaar'];
    ws.getRow(3).values = ['Dreumelsestraat 1-30, Wamel', 'Bewonersavond warmtepompen', 'mrt'];
    ws.getRow(4).values = ['', 'Kloosterstraat 2-20, Weurt: bewonerscommissie begeleiden bij dakisolatie', 'Q2'];
    ws.getCell('A5').value = 'Complex 2210 – Schoolstraat 1-24, Ewijk (24 eengezinswoningen, bj 1970)';
    ws.mergeCells('A5:C5');
    ws.getRow(6).values = ['', 'Dakrenovatie en na-isolatie, label E naar B', 'Q3'];
    ws.getCell('A7').value = 'Complex 1023 – Hogeweg 2-48, Druten';
    ws.mergeCells('A7:C7');
    ws.getRow(8).values = ['', 'Zonnepanelen aanbieden aan alle huurders', 'voorjaar'];
    ws.getRow(9).values = ['', 'Overleg in mei 2027, Ewijk en Druten samen', 'mei'];
    const kernen = ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Bewonersraad per complex 2028.xlsx', { municipality: 'Druten', places: kernen });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 8, 9]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens het adres werk in "Wamel (gemeente West Maas en Waal)", niet in Druten');
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('werk in "Weurt (gemeente Beuningen)"');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('werk in "Ewijk (gemeente Beuningen)"');
  });

  it('reads a status letter by the legend under the table: done before the year, lapsed or not yet known is none', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Nr', 'Activiteit', 'Status', 'Datum'];
      ws.getRow(4).values = ['1', 'Kerkstraat Horssen: eerste 6 huurwoningen', 'G', '1-6-2025'];
      ws.getRow(5).values = ['2', 'Nieuwbouw Lindelaan Horssen: 27 sociale huurwoningen', 'L', '1-3-2027'];
      ws.getRow(6).values = ['3', 'Verhuiscoach zelf inzetten', 'V', '15-3-2026'];
      ws.getRow(7).values = ['4', 'Optoppen garageboxen Molenstraat', '?', ''];
      ws.getRow(8).values = ['5', 'Wijkschouw Horssen met Bewonersraad en gemeente', 'N', 'mei 2027'];
      ws.getRow(10).values = ['Status: G = gereed · L = loopt door in 2027 · N = nieuw · V = vervalt · ? = nog niet bekend. Datum = datum uit het overzicht 2026.'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 8]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('is al gedaan (Status: "G"');
    expect(why(6)).toContain('staat als "V" (Status), volgens de uitleg in het bestand "vervalt"');
    expect(why(7)).toContain('volgens de uitleg in het bestand "nog niet bekend"');
  });

  it('reads a status the legend explains as not decided ("in gesprek = nog geen besluit", "B = in bespreking"), and a ✔ the legend calls done, dated before the year', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Datum', 'Toezegging', 'Status'];
      ws.getRow(4).values = ['12-05-2026', 'Wijkschouw Horssen-Noord met De Kernen en de gemeente', 'op schema'];
      ws.getRow(5).values = ['12-05-2026', 'Nieuwbouw in Horssen voortaan in houtbouw', 'in gesprek'];
      ws.getRow(6).values = ['09-06-2026', 'Bijdrage aan de gemeenschappelijke huiskamer van het hofje', 'B'];
      ws.getRow(7).values = ['10-03-2026', 'Kennismaking met de nieuwe directeur-bestuurder', '✔ 24-03-2026'];
      ws.getRow(9).values = ['Status: op schema = loopt volgens planning · in gesprek = nog geen besluit · B = in bespreking · ✔ = gedaan'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(5)).toContain('volgens de uitleg in het bestand "nog geen besluit"');
    expect(why(6)).toContain('volgens de uitleg in het bestand "in bespreking"');
    expect(why(7)).toContain('is al gedaan');
  });

  it('keeps as notes what says in other words it was done before the year, a figure by its label, and an idea asked with who still open', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Activiteit', 'Wat willen we bereiken', 'Wie'];
      ws.getRow(4).values = ['Onderzoek uitbreidingslocaties na 2030: afgerond in 2026, opgenomen in de omgevingsvisie', '', 'Ruimte'];
      ws.getRow(5).values = ['Kengetal 2025: aandeel verhuringen tot de hoge aftoppingsgrens', '', ''];
      ws.getRow(6).values = ['Laatste E/F/G-labels weg (8 woningen Horssen)', 'gereed december 2026', 'Vastgoed'];
      ws.getRow(7).values = ['woningvervuiling – willen we hier als HBD iets mee? eerst in bestuur bespreken', '', '?'];
      ws.getRow(8).values = ['Wijkschouw Horssen met de Bewonersraad', 'een fijne buurt', 'Vastgoed'];
      ws.getRow(9).values = ['Na de in 2025 afgeronde evaluatie: nieuwe afspraken over de wijkschouw', '', 'Wonen'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([8, 9]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('zegt zelf dat het al gedaan is ("afgerond in 2026');
    expect(why(5)).toContain('noemt een getal');
    expect(why(6)).toContain('is al gedaan (Wat willen we bereiken: "gereed december 2026")');
    expect(why(7)).toContain('is een vraag, en er staat nog niets vast ("?")');
  });

  it('reads a year column\'s "gereed 2026" as done before 2027, "gereed 2028" as work of 2028, and a mark "x" as the project itself', async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Project', '2026', '2027', '2028'];
      ws.getRow(4).values = ['Vereveningsfonds', 'onderzoek afronden', 'gereed 2026', ''];
      ws.getRow(5).values = ['Kattenburg fase 3', 'voorbereiding', 'bouw', 'gereed 2028'];
      ws.getRow(6).values = ['Planmonitor', 'twee keer delen', 'idem', 'idem'];
      // A mark for the year only: the project's name says what is done, not "…: x".
      ws.getRow(7).values = ['Woningbouwprogramma bijwerken', 'x', 'x', 'x'];
      ws.getRow(8).values = ['Energieloket en energiecoaches', 'x', 'loopt door', 'voornemen'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [5, 'Kattenburg fase 3: bouw'],
      [6, 'Planmonitor: twee keer delen (idem, zoals in 2026)'],
      [7, 'Woningbouwprogramma bijwerken'],
      [8, 'Energieloket en energiecoaches'],
    ]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('zegt onder 2027 "gereed 2026"');
  });

  it('reads no rows from a sheet kept as last year\'s copy beside the year\'s', async () => {
    const wb = new Workbook();
    const now = wb.addWorksheet('Overzicht 2027');
    // The title names last year too: the copy is told apart by its sheet's name.
    now.getRow(1).values = ['Woonwaarts – activiteitenoverzicht gemeente Druten 2027'];
    now.getRow(2).values = ['Overzicht 2026 bijgewerkt; de oude versie staat op het tabblad "2026 (oud)"'];
    now.getRow(4).values = ['Nr', 'Activiteit', 'Plan 2027'];
    now.getRow(5).values = [1, 'Kattenburg fase 2: 36 sociale huurappartementen', 'opleveren in het derde kwartaal'];
    now.getRow(6).values = [2, 'Verhuiscoach voor senioren', 'loopt door'];
    const old = wb.addWorksheet('2026 (oud)');
    old.getRow(1).values = ['Woonwaarts – activiteitenoverzicht gemeente Druten 2026'];
    old.getRow(3).values = ['Activiteit', 'Plan 2026', 'Wie'];
    old.getRow(4).values = ['Kattenburg fase 2: start bouw 36 appartementen', 'maart', 'Vastgoed'];
    old.getRow(5).values = ['Wijkschouw Deest-Noord', 'april', 'Wonen'];
    const data = await saveWorkbook(wb);
    const r = await readActivityWorkbook(data, 'Woonwaarts activiteiten Druten 2027.xlsx');
    expect(r.activities.map((a) => [a.sheet, a.rowNumber])).toEqual([
      ['Overzicht 2027', 5],
      ['Overzicht 2027', 6],
    ]);
    // Read for 2027 as the secretary chose it, the same.
    expect((await readActivityWorkbook(data, 'Woonwaarts activiteiten Druten 2027.xlsx', { planningYear: 2027 })).activities).toHaveLength(2);
  });

  it("reads an activity with its plan for the year from the column beside it; a plan done, undecided or empty is no activity", async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Nr', 'Activiteit', 'Stand 2026', 'Plan 2027'];
      ws.getRow(4).values = [1, 'Kattenburg fase 2: 36 sociale huurappartementen', 'in aanbouw', 'opleveren in het derde kwartaal'];
      ws.getRow(5).values = [2, 'Pilot woningsplitsing Druten-Zuid', '6 woningen bewoond', 'gereed 2026'];
      ws.getRow(6).values = [3, 'Verhuiscoach voor senioren', '27 senioren begeleid', 'loopt door'];
      ws.getRow(7).values = [4, 'Regeling huurgewenning', 'uitgewerkt', 'nog niet besloten'];
      ws.getRow(8).values = [5, 'Wijkschouw Deest-Noord', 'gehouden in april', ''];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Kattenburg fase 2: 36 sociale huurappartementen: opleveren in het derde kwartaal'],
      [6, 'Verhuiscoach voor senioren: loopt door'],
    ]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(5)).toContain('is al gedaan (Plan 2027: "gereed 2026"), vóór 2027');
    expect(why(7)).toContain('"nog niet besloten"');
    expect(why(8)).toContain('heeft niets in kolom D "Plan 2027"; bewaard als opmerking');
    expect(r.problems.find((p) => p.code === 'plan-beside-activity')?.message).toContain('kolom D "Plan 2027" zegt per rij wat er in 2027 gebeurt');
  });

  it("keeps what is held over to a later year ('Aangehouden', 'on hold') and an idea ending in '??' as notes", async () => {
    const r = await read((ws) => {
      ws.getRow(3).values = ['Omschrijving', 'Status', 'Notitie'];
      ws.getRow(4).values = ['Schone Lucht Akkoord: besluit over ondertekening aangehouden tot 2028', 'Aangehouden', ''];
      ws.getRow(5).values = ['Meedenken over nieuwbouw Horssen fase 2', 'on hold', 'besluit De Kernen over fase 2 pas in 2029'];
      ws.getRow(6).values = ['spreekuur in Puiflijk??', '', 'nog bespreken in bestuur'];
      ws.getRow(7).values = ['Convenant woonfraude ondertekenen', 'aangehouden', 'in maart 2027 alsnog tekenen'];
      ws.getRow(8).values = ['Wijkschouw Druten-Zuid', 'gepland', ''];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([7, 8]);
    const why = (row: number): string => r.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(why(4)).toContain('staat als "Aangehouden" (Status)');
    expect(why(5)).toContain('staat als "on hold" (Status)');
    expect(why(6)).toContain('zegt zelf dat er nog niets besloten is');
  });

  it('keeps a project whose year cell says it lapses or is done as a note, saying so', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Bewonersraad meerjarenplan – planning 2028';
      ws.getRow(3).values = ['Project', '2026', '2027', '2028'];
      ws.getRow(4).values = ['Tuinenwedstrijd', 'eerste ronde', 'tweede ronde', 'vervalt in 2028 (te weinig aanmeldingen)'];
      ws.getRow(5).values = ['Klankbordgroep warmtepomp', 'opgericht', 'advies', 'afgerond'];
      ws.getRow(6).values = ['Wijkschouw Horssen', 'mei', 'idem', 'idem'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([[6, 'Wijkschouw Horssen: mei (idem, zoals in 2026)']]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('zegt onder 2028 "vervalt in 2028 (te weinig aanmeldingen)"');
  });

  it('reads a meeting schedule by its agenda: an agenda going on after a standing item is read, a meeting that lapses or work off this year is none', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Bewonersraad vergaderplanning 2028';
      ws.getRow(3).values = ['Wanneer', 'Agenda', 'Opmerking'];
      ws.getRow(4).values = ['di 14 maart 2028', 'Vervanging cv-ketels 2028: welke complexen, en wat merken huurders ervan', ''];
      ws.getRow(5).values = ['Q2', 'Terugkoppeling uit het BO; cijfers loting 2027 bespreken', ''];
      ws.getRow(6).values = ['juni', 'Terugkoppeling uit het BO', ''];
      ws.getRow(7).values = ['di 12 december 2028', 'vergadering vervalt (kerst)', ''];
      ws.getRow(8).values = ['najaar', 'Kerstmarkt Horssen (kraam van de Bewonersraad)', 'gaat in 2028 niet door'];
      ws.getRow(9).values = ['najaar', 'Energiefestival mee voorbereiden', 'gaat in 2029 niet door'];
    });
    expect(r.columns.find((c) => c.header === 'Agenda')?.field).toBe('activity');
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5, 9]);
    expect(r.problems.find((p) => p.row === 8)?.message).toContain('staat als "gaat in 2028 niet door"');
  });

  it('reads the activity from the column of sentences when the column headed "Actie" holds codes, and keeps the codes', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'HBD – werkplan 2028';
      ws.getRow(2).values = ['Actie', 'Werkgroep', 'Wat gaan we doen?', 'Rol HBD', 'Wanneer'];
      ws.getRow(3).values = ['H28-01', 'Werkgroep Wonen', 'Meedenken over de voorrangsregels voor Kattenburg fase 3', 'meepraten', 'februari'];
      ws.getRow(4).values = ['H28-02', 'Bestuur', 'Advies op het huurvoorstel 2028 van Woonwaarts', 'adviseren', 'maart'];
      ws.getRow(5).values = ['H28-03', 'Werkgroep Duurzaam', 'Inloopavond over het aanbod zonnepanelen', 'informeren', 'april'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.extra['Actie']])).toEqual([
      [3, 'Meedenken over de voorrangsregels voor Kattenburg fase 3', 'H28-01'],
      [4, 'Advies op het huurvoorstel 2028 van Woonwaarts', 'H28-02'],
      [5, 'Inloopavond over het aanbod zonnepanelen', 'H28-03'],
    ]);
    expect(r.problems.find((p) => p.column === 'A')?.message).toContain('de kolom "Actie" bevat codes, geen omschrijving; de activiteit is gelezen uit kolom C "Wat gaan we doen?"');
  });

  it('reads no activities from the sheet of lists behind the dropdowns, and a "Totaal budget …" line is a total', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Actielijst 2027');
    ws.getRow(1).values = ['Actie', 'Eigenaar', 'Gereed', 'Budget 2027 (€)'];
    ws.getRow(2).values = ['Planmonitor woningbouw bijwerken en delen', 'JvD', 'Q2', 5_000];
    ws.getRow(3).values = ['Warmteprogramma per dorp bespreken met de corporaties', 'PH', 'Q3', 12_000];
    ws.getRow(4).values = ['Totaal budget PA Druten 2027', '', '', { formula: 'SUM(D2:D3)', result: 17_000 }];
    const lists = wb.addWorksheet('Keuzelijsten');
    lists.getRow(1).values = ['Programma', 'Status', 'Rol'];
    for (const [i, row] of [['PA Druten', 'Kies…', 'Kies…'], ['PA Wijchen', 'loopt', 'trekker'], ['Woondeal regio', 'klaar', 'betrokken']].entries()) lists.getRow(2 + i).values = row;
    const r = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Actielijst team Wonen 2027.xlsx');
    expect(r.activities.map((a) => [a.sheet, a.rowNumber])).toEqual([
      ['Actielijst 2027', 2],
      ['Actielijst 2027', 3],
    ]);
  });

  it('reads a communication calendar by the column of sentences under "Onderwerp(en)", not by its means', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Woonwaarts communicatiekalender Druten 2028';
      ws.getRow(3).values = ['Maand', 'Middel', 'Onderwerp(en)', 'PA'];
      ws.getRow(4).values = ['april', 'Informatieavond', 'Zonnepanelen: het aanbod voor huurders in Deest en Afferden', '3'];
      ws.getRow(5).values = ['mei', 'Brief', 'Senioren in eengezinswoningen rond De Biezen wijzen op de nieuwe appartementen', '4.1'];
      ws.getRow(6).values = ['juli', '', 'geen nieuwsbrief en geen bijeenkomsten (zomer)', ''];
    });
    expect(r.columns.find((c) => c.header === 'Onderwerp(en)')?.field).toBe('activity');
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Zonnepanelen: het aanbod voor huurders in Deest en Afferden'],
      [5, 'Senioren in eengezinswoningen rond De Biezen wijzen op de nieuwe appartementen'],
    ]);
  });

  it("keeps the format's hint and example rows, left in by the partner, as notes", async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Onderwerp', 'Bij afspraak', 'Activiteit', 'Wat hebben we nodig van wie', 'Planning', 'Budget'];
      ws.getRow(2).values = ['bijv. 1.1 Nieuwbouw', 'bijv. 1.1 bij 4', 'Wat gaat u doen? Eén activiteit per regel.', 'Van welke partij? Wat precies?', 'kwartaal of maand', '€ (indien bekend)'];
      ws.getRow(3).values = ['4.1 Doorstroming', '4.1 bij 3', 'Voorbeeld: informatieavond over de verhuiscoach', 'Gemeente: zaal', 'oktober', 500];
      ws.getRow(4).values = ['1.1 Nieuwbouw', '1.1 bij 4', 'Anterieure overeenkomst Hoge Hof: 30% sociaal', 'Woonwaarts: afname sociale woningen', 'Q1', ''];
      // One "bijv." in an activity's own words is no hint row.
      ws.getRow(5).values = ['5.2 Leefbaar', '5.2 bij 3', 'Tuinen vergroenen, bijv. met een tegelwipactie', '', 'Q2', '€ 2.000'];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(r.notes.map((n) => n.row)).toEqual(expect.arrayContaining([2, 3]));
  });

  it('reads a section title in bold capitals, with what it holds, as the section of the rows under it', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Toelichting', 'Kern', 'Kwartaal'];
      ws.getCell('A2').value = 'VASTGOED – nieuwbouw en bestaand bezit';
      ws.getCell('A2').font = { bold: true };
      ws.getRow(3).values = ['Kattenburg fase 2 oplevering', 'Blok A en B: 36 appartementen', 'Druten', 'Q3'];
      ws.getCell('A4').value = 'WONEN – huur, verhuur en doorstroming';
      ws.getCell('A4').font = { bold: true };
      ws.getRow(5).values = ['Huurronde 1 juli 2027', 'Huurbevriezing voor alle niet-groene labels', 'alle kernen', 'Q2'];
      // The same words not in bold, or a sentence in capitals, are an activity.
      ws.getCell('A6').value = 'MJOB – schilderwerk en kozijnen Deest-Noord';
    });
    expect(r.activities.map((a) => [a.rowNumber, a.section ?? null])).toEqual([
      [3, 'VASTGOED – nieuwbouw en bestaand bezit'],
      [5, 'WONEN – huur, verhuur en doorstroming'],
      [6, 'WONEN – huur, verhuur en doorstroming'],
    ]);
  });

  it('reads a heading that joins a remark and the activity ("Toelichting en inzet 2027") as the activity column', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr.', 'Toelichting en inzet 2027', 'Rol gemeente'];
      ws.getRow(2).values = [1, 'De raad heeft in april 2026 de omgevingsvisie vastgesteld. In 2027 nodigen wij corporaties en ontwikkelaars uit voor een gesprek over de uitvoering.', 'organiseren'];
      ws.getRow(3).values = [2, 'Zoals elk jaar actualiseren wij in het najaar de planmonitor en delen die in het tripartiet overleg.', 'uitvoeren'];
    }, 'Gemeente Druten - inzet PA 2027.xlsx');
    expect(r.columns.find((c) => c.header === 'Toelichting en inzet 2027')?.field).toBe('activity');
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
  });

  it("reads a mind map's export of whole paths: each row's last step is its work, the steps before it its subject, a branch its heading", async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Onderwerp (volledig pad)', 'Notitie'];
      ws.getRow(2).values = ['Wonen > Nieuwbouw'];
      ws.getRow(3).values = ['Wonen > Nieuwbouw > Kattenburg fase 2: start bouw 24 appartementen sociale huur', '[notitie: start in maart]'];
      ws.getRow(4).values = ['Wonen > Nieuwbouw > Deest Zuid: start bouw deelplan 3, 22 woningen'];
      ws.getRow(5).values = ['Duurzaam > Keukens > bij vervanging voorbereiden op elektrisch koken, ca. 70 woningen'];
      ws.getRow(6).values = ['→ verbonden met: Deest Zuid ↔ Wilgenland'];
    }, 'WW Druten 2028 mindmap-export.xlsx');
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.topicContext])).toEqual([
      [3, 'Kattenburg fase 2: start bouw 24 appartementen sociale huur', 'Wonen > Nieuwbouw'],
      [4, 'Deest Zuid: start bouw deelplan 3, 22 woningen', 'Wonen > Nieuwbouw'],
      [5, 'Keukens: bij vervanging voorbereiden op elektrisch koken, ca. 70 woningen', 'Duurzaam > Keukens'],
    ]);
    expect(r.notes.map((n) => n.row)).toEqual([6]);
  });

  it('reads a numbered heading pasted from a Word document in bold into the activity column as the section of the rows under it', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Nr', 'Activiteit', 'Rol gemeente', 'Planning'];
      ws.getCell('B2').value = '1  Woningbouw en beschikbaarheid';
      ws.getCell('B2').font = { bold: true, size: 12, name: 'Cambria' };
      ws.getRow(3).values = [1, 'Planmonitor woningbouw bijwerken en in oktober delen', 'uitvoeren', 'okt'];
      ws.getCell('B4').value = '3. Duurzaamheid en kwaliteit';
      ws.getCell('B4').font = { bold: true };
      ws.getRow(5).values = [2, 'Energieloket en energiecoaches voortzetten', 'financieren', 'hele jaar'];
      // Numbered work in bold is still work: a sentence, not a title of a few words.
      ws.getRow(6).values = [3, '4. Wijkschouw in Deest organiseren met Woonwaarts en de bewoners', 'organiseren', 'mei'];
      ws.getCell('B6').font = { bold: true };
    });
    expect(r.activities.map((a) => [a.rowNumber, a.section ?? null])).toEqual([
      [3, '1  Woningbouw en beschikbaarheid'],
      [5, '3. Duurzaamheid en kwaliteit'],
      [6, '3. Duurzaamheid en kwaliteit'],
    ]);
  });

  it('warns when the title and the file name name different years', async () => {
    const r = await read((ws) => {
      ws.getCell('A1').value = 'Activiteitenoverzicht 2027';
      ws.getRow(2).values = ['Activiteit', 'Planning'];
      ws.getRow(3).values = ['Wijkschouw', 'Q2'];
    }, 'HBD activiteiten 2026.xlsx');
    expect(r.yearHint).toBe(2027);
    expect(only(r, 'year-conflict').message).toContain('de titel noemt 2027, de bestandsnaam 2026');
  });
});

describe('our own uitvraag workbook, filled in by a partner', () => {
  let fixture: RequestFixture;
  beforeAll(async () => {
    fixture = await openRequestFixture();
  });
  afterAll(() => fixture.close());

  /** The uitvraag for Woonwaarts 2027, filled in as a partner would in Excel. */
  async function filled(change?: (ws: Worksheet, col: (f: ActivityField) => number, first: number, own: number) => void) {
    const request = await writeActivityRequest(await fixture.inputFor('woonwaarts', 2027));
    const wb = await loadWorkbook(request.data);
    const meta = readRequestMeta(wb);
    if (!meta.ok) throw new Error(meta.reason);
    const ws = sheet(wb, SHEETS.activities);
    const col = (field: ActivityField): number => meta.meta.columns[field] as number;
    const first = meta.meta.headerRow + 1;
    const prefilled: { row: number; key: string }[] = [];
    for (let r = first; ws.getCell(r, col('key')).text !== ''; r++) prefilled.push({ row: r, key: ws.getCell(r, col('key')).text });
    // The first prefilled afspraak answered; the second left as it came; the rest answered briefly.
    ws.getCell(first, col('activity')).value = 'Oplevering van 36 sociale huurwoningen in Deest Zuid.\nStart bouw Hogestraat.';
    ws.getCell(first, col('needs')).value = 'Tijdige omgevingsvergunning';
    ws.getCell(first, col('needsFrom')).value = 'Gemeente';
    ws.getCell(first, col('planning')).value = 'Q2 2027';
    for (const p of prefilled.slice(2)) ws.getCell(p.row, col('activity')).value = `Uitvoering ${p.key}`;
    // Two rows of their own under the prefilled ones, one after an empty row.
    const own = first + prefilled.length;
    ws.getCell(own, col('agreementRef')).value = '3 bij 3 – In 2028 hebben corporaties geen woningen met labels E, F of G meer…';
    ws.getCell(own, col('activity')).value = 'Verduurzamen van 120 woningen naar minimaal label B';
    ws.getCell(own, col('planning')).value = 'Heel 2027';
    ws.getCell(own + 2, col('activity')).value = 'Huurdersavond over verduurzaming';
    // A column of their own, right of ours.
    const costs = Math.max(...Object.values(meta.meta.columns)) + 1;
    ws.getCell(meta.meta.headerRow, costs).value = 'Kosten (€)';
    ws.getCell(first, costs).value = 250000;
    ws.getCell(own, costs).value = 1_200_000;
    change?.(ws, col, first, own);
    const data = await saveWorkbook(wb);
    return { data, meta: meta.meta, prefilled, first, own, costs };
  }

  it('recognises it by its hidden sheet and reads exactly the filled rows, with their own column', async () => {
    const { data, meta, prefilled, first, own } = await filled();
    const read = await readActivityWorkbook(data, 'Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx');
    expect(read.meta).toEqual(meta);
    expect(read.sheet).toBe(SHEETS.activities);
    expect(read.headerRow).toBe(meta.headerRow);
    expect(read.partyHint).toBe('Woonwaarts');
    expect(read.yearHint).toBe(2027);
    expect(prefilled.length).toBeGreaterThan(2);

    const expected = [
      {
        rowNumber: first,
        key: prefilled[0]?.key,
        activity: 'Oplevering van 36 sociale huurwoningen in Deest Zuid.\nStart bouw Hogestraat.',
        needs: 'Tijdige omgevingsvergunning',
        needsFrom: 'Gemeente',
        planning: 'Q2 2027',
        budget: 250_000,
        extra: {},
      },
      // The second prefilled row was not filled in: not an activity, and no problem.
      ...prefilled.slice(2).map((p) => ({ rowNumber: p.row, key: p.key, activity: `Uitvoering ${p.key}`, extra: {} })),
      {
        rowNumber: own,
        activity: 'Verduurzamen van 120 woningen naar minimaal label B',
        agreementRef: '3 bij 3 – In 2028 hebben corporaties geen woningen met labels E, F of G meer…',
        planning: 'Heel 2027',
        budget: 1_200_000,
        extra: {},
      },
      { rowNumber: own + 2, activity: 'Huurdersavond over verduurzaming', extra: {} },
    ];
    // Prefilled rows carry our afspraak label as written ("1.1 bij 1 (1) – Woonwaarts zet in …").
    for (const a of read.activities.filter((a) => a.key !== undefined)) expect(a.agreementRef).toMatch(/^\d+(\.\d+)? bij \d+( \(\d+\))? – \S/);
    const plain = read.activities.map(({ rowNumber, key, activity, needs, needsFrom, planning, budget, agreementRef, extra }) =>
      JSON.parse(JSON.stringify({ rowNumber, key, activity, needs, needsFrom, planning, budget, agreementRef: key ? undefined : agreementRef, extra })),
    );
    expect(plain).toEqual(expected.map((e) => JSON.parse(JSON.stringify(e))));
    // Their own "Kosten (€)" column is a budget column: read, not a column we do not know.
    expect(read.columns.find((c) => c.header === 'Kosten (€)')?.field).toBe('budget');
    expect(codes(read)).toEqual([]);
  });

  it('keeps a line typed under the rows as a note, and does not read a prefilled row with only a planning as an activity', async () => {
    const { data, prefilled, own } = await filled((ws, col, first, ownRow) => {
      // The second prefilled afspraak: a planning, but no activity.
      ws.getCell(first + 1, col('planning')).value = 'Q3 2027';
      ws.getCell(ownRow + 4, col('activity')).value = 'Opgesteld door: afdeling Vastgoed & Wonen, 14 juni 2026';
    });
    const read = await readActivityWorkbook(data, 'Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).not.toContain(prefilled[1]?.row);
    expect(read.activities.map((a) => a.rowNumber)).not.toContain(own + 4);
    expect(read.activities.every((a) => a.activity !== '')).toBe(true);
    expect(read.notes).toEqual([{ sheet: SHEETS.activities, row: own + 4, text: 'Opgesteld door: afdeling Vastgoed & Wonen, 14 juni 2026' }]);
    expect(only(read, 'no-activity-text')).toMatchObject({ row: prefilled[1]?.row, message: expect.stringContaining('"Q3 2027"') });
    expect(only(read, 'footer-row')).toMatchObject({ row: own + 4 });
  });

  it('still reads it when the partner inserted a column in the middle, and says the layout changed', async () => {
    const { data } = await filled((ws, col, first) => {
      ws.spliceColumns(col('activity') + 1, 0, []);
      ws.getCell(first - 1, col('activity') + 1).value = 'Budget';
      ws.getCell(first, col('activity') + 1).value = 'eigen middelen';
    });
    const read = await readActivityWorkbook(data, 'Uitvraag Woonwaarts 2027.xlsx');
    expect(read.meta).not.toBeNull();
    expect(codes(read)).toContain('layout-changed');
    expect(read.activities[0]).toMatchObject({
      activity: 'Oplevering van 36 sociale huurwoningen in Deest Zuid.\nStart bouw Hogestraat.',
      needs: 'Tijdige omgevingsvergunning',
      planning: 'Q2 2027',
      extra: { Budget: 'eigen middelen', 'Kosten (€)': '250000' },
    });
    // "eigen middelen" under Budget is no amount: kept as written, and the cell named.
    expect(read.activities[0]?.budget).toBeUndefined();
    expect(only(read, 'budget-unreadable').message).toMatch(
      /^Uitvraag Woonwaarts 2027\.xlsx, blad "Activiteiten", rij \d+, kolom [A-Z]: "eigen middelen" is geen bedrag in euro; de tekst is bewaard als extra gegeven onder "Budget"\./,
    );
  });

  it('reads an uitvraag that came back empty as no activities, with a warning', async () => {
    const request = await writeActivityRequest(await fixture.inputFor('hbd', 2027));
    const read = await readActivityWorkbook(request.data, request.fileName);
    expect(read.meta?.partyId).toBe('hbd');
    expect(read.activities).toEqual([]);
    expect(codes(read)).toEqual(['no-activities']);
  });
});

describe('a list pasted into a sheet, with no table', () => {
  async function pastedMail(lines: string[]): Promise<Buffer> {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    lines.forEach((line, i) => {
      if (line !== '') ws.getCell(i + 1, 1).value = line;
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads lines marked as a presentation marks them ("▪ ", "◦ ") as a list', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Dia 2');
    ws.getCell('A1').value = 'Onze speerpunten 2028';
    ws.getCell('A2').value = '▪ Nieuwbouw Kattenburg fase 2: 28 sociale huurwoningen';
    ws.getCell('A3').value = '▪ Laatste E/F-labels weg: 24 woningen Hoogstraat naar label B';
    ws.getCell('A4').value = '▪ Zonnepanelen aanbieden aan nog 150 eengezinswoningen';
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Woonwaarts speerpunten 2028.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([2, 3, 4]);
  });

  it('reads a note page\'s outline: a bullet named over bullets set deeper ("o ") heads them, and ends where a bullet as shallow follows', async () => {
    const read = await readActivityWorkbook(
      await pastedMail([
        'Plannen Bewonersraad 2027',
        '• Duurzaam wonen',
        'o Energiefestival De Kernen (sept): kraam bemensen en huurders uitnodigen',
        'o Warmtepomp: ervaringen van huurders na vervanging van de cv-ketel ophalen',
        '• Wijkschouw Horssen-Noord (juni): bewoners uitnodigen',
        '• Jaarvergadering en ledenavond (maart)',
      ]),
      'Bewonersraad plannen 2027 (OneNote).xlsx',
    );
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.section])).toEqual([
      [3, 'Energiefestival De Kernen (sept): kraam bemensen en huurders uitnodigen', 'Duurzaam wonen'],
      [4, 'Warmtepomp: ervaringen van huurders na vervanging van de cv-ketel ophalen', 'Duurzaam wonen'],
      [5, 'Wijkschouw Horssen-Noord (juni): bewoners uitnodigen', undefined],
      [6, 'Jaarvergadering en ledenavond (maart)', undefined],
    ]);
  });

  it('keeps an item\'s details under it ("o " set deeper under a whole activity) as part of that item', async () => {
    const read = await readActivityWorkbook(
      await pastedMail([
        'Onze plannen 2028:',
        '• Wijkschouw Horssen en Altforst organiseren',
        'o Looproute met De Kernen afstemmen',
        '• Nieuwsbrief in het voorjaar en in het najaar',
        '• Huurdersavond over de nieuwe huurprijzen',
      ]),
      'Bewonersraad plannen 2028.xlsx',
    );
    expect(read.activities.map((a) => a.rowNumber)).toEqual([2, 4, 5]);
    expect(read.activities[0]?.activity).toContain('Looproute met De Kernen afstemmen');
  });

  it('reads the marked lines as activities under their heading, and keeps every other line as a note', async () => {
    const read = await readActivityWorkbook(
      await pastedMail([
        'Van: Kees de Vries',
        'Onderwerp: onze plannen voor volgend jaar',
        'Hallo allemaal, hieronder wat wij volgend jaar willen doen.',
        '',
        'Huurders informeren:',
        '- huurdersavond over de nieuwe huurprijzen',
        '• nieuwsbrief in het voorjaar en in het najaar',
        '',
        'Wijken:',
        '* met de corporatie door de wijk lopen en knelpunten noteren',
        'Met vriendelijke groet, Kees',
      ]),
      'Huurdersvereniging plannen.xlsx',
    );
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.section])).toEqual([
      [6, 'huurdersavond over de nieuwe huurprijzen', 'Huurders informeren:'],
      [7, 'nieuwsbrief in het voorjaar en in het najaar', 'Huurders informeren:'],
      [10, 'met de corporatie door de wijk lopen en knelpunten noteren', 'Wijken:'],
    ]);
    expect(read.notes.map((n) => n.text)).toEqual([
      'Van: Kees de Vries',
      'Onderwerp: onze plannen voor volgend jaar',
      'Hallo allemaal, hieronder wat wij volgend jaar willen doen.',
      'Met vriendelijke groet, Kees',
    ]);
    expect(codes(read)).toContain('marked-list');
    expect(read.layout).toBe('list');
    expect(read.problems.find((p) => p.code === 'marked-list')?.message).toContain('de 3 regels die met een streepje, opsommingsteken, letter („a.”) of nummer („1)”) beginnen zijn als activiteiten gelezen');
  });

  it('reads minutes whose agreed points are numbered "1)", and keeps an item that names only another gemeente as a note', async () => {
    const read = await readActivityWorkbook(
      await pastedMail([
        'Notulen Bewonersraad De Kernen, 9 juni 2027',
        'Punt 5 – plannen voor 2028. Afgesproken wordt:',
        '1) Met De Kernen en de gemeente de jaarlijkse kaart van de leefbaarheidsproblemen in Horssen maken',
        '2) Kraam op het energiefestival van De Kernen met de bespaartips uit de Pit',
        '3) Wijkschouw in Weurt (gemeente Beuningen)',
        'Volgende vergadering: 8 september 2027 in het dorpshuis van Horssen.',
      ]),
      'Bewonersraad notulen juni 2027.xlsx',
      { municipality: 'Druten' },
    );
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [3, 'Met De Kernen en de gemeente de jaarlijkse kaart van de leefbaarheidsproblemen in Horssen maken'],
      [4, 'Kraam op het energiefestival van De Kernen met de bespaartips uit de Pit'],
    ]);
    expect(read.notes.map((n) => n.row)).toEqual([1, 2, 5, 6]);
    expect(read.problems.find((p) => p.row === 5)?.message).toContain('is volgens de tekst zelf werk in "Beuningen", niet in Druten');
  });

  it('reads a memo: its lettered items as activities under their numbered headings, a dash line under an item as part of it', async () => {
    const read = await readActivityWorkbook(
      await pastedMail([
        'MEMO',
        'Aan: Werkgroep Prestatieafspraken Druten',
        'Betreft: activiteiten De Kernen in 2026',
        '',
        'Beste werkgroepleden,',
        '1. Woningbouw en beschikbaarheid',
        '1.1 Nieuwbouw',
        'a. Oplevering van de laatste 27 sociale huurwoningen in Horssen.',
        'b. Met de gemeente verkennen of er na 2026 ruimte is voor meer sociale huur.',
        '1.2 Wonen voor ouderen',
        'a. Twee grote eengezinswoningen splitsen in vier gelijkvloerse woningen.',
        '   – de gemeente kijkt mee naar een snellere vergunning',
        '',
        '6. Overig (hoort niet bij een prestatieafspraak)',
        'a. Overstap naar een nieuw ERP-systeem.',
        'Met vriendelijke groet,',
      ]),
      'Memo De Kernen activiteiten 2026.xlsx',
    );
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.section])).toEqual([
      [8, 'Oplevering van de laatste 27 sociale huurwoningen in Horssen.', '1.1 Nieuwbouw'],
      [9, 'Met de gemeente verkennen of er na 2026 ruimte is voor meer sociale huur.', '1.1 Nieuwbouw'],
      [11, 'Twee grote eengezinswoningen splitsen in vier gelijkvloerse woningen.\n– de gemeente kijkt mee naar een snellere vergunning', '1.2 Wonen voor ouderen'],
      [15, 'Overstap naar een nieuw ERP-systeem.', '6. Overig (hoort niet bij een prestatieafspraak)'],
    ]);
    expect(read.notes.map((n) => n.row)).toEqual([1, 2, 3, 5, 16]);
    expect(codes(read)).not.toContain('activity-column-guessed');
    expectPlacesInMessages(read);
  });

  it('still refuses a sheet with neither a table nor a list of at least three marked lines', async () => {
    await expect(readActivityWorkbook(await pastedMail(['Hallo,', '- één ding', 'Groet, Kees']), 'brief.xlsx')).rejects.toThrow(/"brief\.xlsx" bevat geen tabel met activiteiten/);
  });
});

describe('blocks of text lines, a blank row between them: a title, then "Wat: …" and "Wanneer: …"', () => {
  it('reads each block as one activity with its fields, a block that plans nothing yet as none, and the lines around as notes', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten');
    const lines: [number, string][] = [
      [1, 'De Kernen – wat gaan we in 2026 doen in de gemeente Druten (Horssen)'],
      [4, 'Kapelstraat-Noord: 27 nieuwe sociale huurwoningen (PA 1.1)'],
      [5, 'Wat: bouw afronden en opleveren; 19 rijwoningen en 8 appartementen'],
      [6, 'Wanneer: oplevering september 2026'],
      [8, 'Energiefestival'],
      [9, 'Wat: informatiemarkt in dorpshuis De Kei met de energiecoaches'],
      [10, 'Wanneer: zaterdag 10 oktober 2026'],
      [11, 'Samen met: Bewonersraad, energieloket gemeente'],
      [13, 'Pluspakketten'],
      [14, 'Wat: huurders kunnen op eigen verzoek een pluspakket kiezen'],
      [15, 'Wanneer: doorlopend'],
      [17, 'Nieuwbouw Horssen na 2026'],
      [18, 'Wat: nog invullen (MdG)'],
      [19, 'Wanneer: ?'],
      [21, 'Vragen? Mail naar wonen@dekernen.nl'],
    ];
    for (const [row, text] of lines) ws.getCell(row, 2).value = text;
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'De Kernen - wat doen we in 2026.xlsx');
    expect(read.layout).toBe('blocks');
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toEqual([
      [4, 'Kapelstraat-Noord: 27 nieuwe sociale huurwoningen (PA 1.1)\nbouw afronden en opleveren; 19 rijwoningen en 8 appartementen', 'oplevering september 2026'],
      [8, 'Energiefestival\ninformatiemarkt in dorpshuis De Kei met de energiecoaches', 'zaterdag 10 oktober 2026'],
      [13, 'Pluspakketten\nhuurders kunnen op eigen verzoek een pluspakket kiezen', 'doorlopend'],
    ]);
    expect(read.activities[1]?.involved).toBe('Bewonersraad, energieloket gemeente');
    expect(read.activities[1]?.fieldRows?.planning).toBe(10);
    expect(read.notes.map((n) => n.row)).toEqual([21]);
    expect(read.problems.find((p) => p.code === 'no-activity-text')?.message).toContain('het blok "Nieuwbouw Horssen na 2026" zegt nog niet wat er gebeurt ("Wat: nog invullen (MdG)")');
    expect(read.problems.find((p) => p.code === 'text-blocks')?.message).toContain('bevat geen tabel, wel 4 blokken tekst');
    expectPlacesInMessages(read);
  });
});

describe('a workbook of forms, one per sheet', () => {
  it('reads every filled form as an activity at the row of its text; a cover, an empty form, a lapsed one and another gemeente\'s are none', async () => {
    const wb = new Workbook();
    const cover = wb.addWorksheet('Voorblad');
    cover.getCell('A1').value = 'HBD – activiteiten 2028 in de gemeente Druten';
    cover.getRow(3).values = ['Ingevuld door:', 'Karin Willems, secretaris'];
    const form = (name: string, fields: [string, string][]): void => {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = 'HBD – formulier activiteit 2028';
      fields.forEach(([label, value], i) => {
        ws.getCell(3 + i, 1).value = label;
        if (value !== '') ws.getCell(3 + i, 2).value = value;
      });
    };
    form('Wijkschouw', [['Hoort bij afspraak:', '5.1 bij 2'], ['Activiteit:', 'Wijkschouw in Druten-Zuid: wij nodigen de bewoners uit'], ['', 'en maken het verslag voor het uitvoeringsplan'], ['Wanneer:', 'mei']]);
    form('Groen', [['Activiteit:', 'Tuinenactie: tips over vergroenen in de nieuwsbrief'], ['Hoort bij afspraak:', '5.2 bij 3'], ['Wanneer:', 'april']]);
    form('Geveltuin', [['Activiteit:', 'Geveltuintjesactie – vervalt, in 2027 kwamen er te weinig aanmeldingen'], ['Hoort bij afspraak:', ''], ['Wanneer:', '']]);
    form('Winssen', [['Activiteit:', 'Huurdersoverleg in Winssen (gemeente Beuningen)'], ['Hoort bij afspraak:', ''], ['Wanneer:', 'juni']]);
    form('Leeg', [['Activiteit:', ''], ['Hoort bij afspraak:', ''], ['Wanneer:', '']]);
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD formulieren 2028.xlsx', { planningYear: 2028, municipality: 'Druten' });
    expect(r.layout).toBe('forms');
    expect(r.activities.map((a) => [a.sheet, a.rowNumber, a.activity, a.agreementRef, a.planning])).toEqual([
      ['Wijkschouw', 4, 'Wijkschouw in Druten-Zuid: wij nodigen de bewoners uit en maken het verslag voor het uitvoeringsplan', '5.1 bij 2', 'mei'],
      ['Groen', 3, 'Tuinenactie: tips over vergroenen in de nieuwsbrief', '5.2 bij 3', 'april'],
    ]);
    const messages = r.problems.map((p) => p.message).join(' | ');
    // A form nobody filled in holds nothing to read: not counted among the forms.
    expect(messages).toContain('wel 4 bladen met een formulier ("Wijkschouw", "Groen", "Geveltuin", "Winssen")');
    expect(r.problems.find((p) => p.sheet === 'Geveltuin')?.message).toContain('zegt dat het vervalt');
    expect(r.problems.find((p) => p.sheet === 'Winssen')?.message).toContain('werk in "Beuningen", niet in Druten');
  });
});

describe('activity cards: a block of label and value rows per activity, no header row', () => {
  /** A corporation's cards: "Kaart n" merged down column A, labels in B, values in C, a blank row between cards. */
  async function cards(blocks: [string, string, string, string, string][], footer: string): Promise<Buffer> {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Kaarten');
    ws.getCell('A1').value = 'Woonstichting Maasland – activiteitenkaarten 2027';
    let row = 3;
    blocks.forEach(([what, ref, who, when, cost], i) => {
      ws.getCell(row, 1).value = `Kaart ${i + 1}`;
      ws.mergeCells(row, 1, row + 4, 1);
      const pairs: [string, string][] = [['Omschrijving:', what], ['Prestatieafspraak:', ref], ['Wie doet mee:', who], ['Planning:', when], ['Kosten:', cost]];
      pairs.forEach(([label, value], j) => {
        ws.getCell(row + j, 2).value = label;
        if (value !== '') ws.getCell(row + j, 3).value = value;
      });
      row += 6;
    });
    ws.getCell(row, 1).value = footer;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads each card as one activity with its fields, keeps the closing line, and names the empty card', async () => {
    const read = await readActivityWorkbook(
      await cards(
        [
          ['Renovatie 48 portiekwoningen Kerkstraat naar label B', '3 bij 1', 'huurdersvereniging, gemeente', 'Q2 t/m Q4', '€ 1.250.000'],
          ['Inloopspreekuur huurachterstanden in het wijkcentrum', '2.2 bij 4', 'gemeente (schuldhulp)', 'maandelijks', '4.000'],
          ['', '', '', '', ''],
        ],
        'Ingevuld door afdeling Wonen, 12 juni 2026.',
      ),
      'Maasland kaarten 2027.xlsx',
    );
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.agreementRef, a.involved, a.planning, a.budget, a.rowLabel])).toEqual([
      [3, 'Renovatie 48 portiekwoningen Kerkstraat naar label B', '3 bij 1', 'huurdersvereniging, gemeente', 'Q2 t/m Q4', 1_250_000, 'Kaart 1'],
      [9, 'Inloopspreekuur huurachterstanden in het wijkcentrum', '2.2 bij 4', 'gemeente (schuldhulp)', 'maandelijks', 4000, 'Kaart 2'],
    ]);
    expect(read.notes.map((n) => [n.row, n.text])).toEqual([[21, 'Ingevuld door afdeling Wonen, 12 juni 2026.']]);
    expect(codes(read)).toContain('activity-cards');
    expect(read.layout).toBe('cards');
    // A card holds a field per row: a problem with a field names that row.
    expect(read.activities[0]?.fieldRows).toEqual({ agreementRef: 4, involved: 5, planning: 6, budget: 7 });
    expect(read.partyHint).toBe('Woonstichting Maasland');
    const empty = read.problems.find((p) => p.code === 'no-activity-text');
    expect(empty).toMatchObject({ severity: 'warning', sheet: 'Kaarten', row: 15, column: 'C' });
    expect(empty?.message).toContain('kaart "Kaart 3" heeft geen omschrijving');
    expectPlacesInMessages(read);
  });

  it('still reads a table whose column repeats a few words as a table, not as cards', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten');
    ws.addRow(['Activiteit', 'Rol', 'Planning']);
    for (const [i, role] of ['trekker', 'betrokkene', 'trekker', 'betrokkene', 'trekker'].entries()) ws.addRow([`Activiteit nummer ${i + 1} in de wijk`, role, 'Q1']);
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'tabel.xlsx');
    expect(read.activities).toHaveLength(5);
    expect(codes(read)).not.toContain('activity-cards');
  });
});

describe('an activity split over a verb and its subject', () => {
  async function sheetOf(rows: (string | number)[][]): Promise<Buffer> {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Plannen');
    ws.getCell('A1').value = 'Huurdersraad – wat wij doen in 2027';
    ws.getRow(3).values = ['Wat doen we', 'Waarover', 'Maand'];
    rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the verb and the subject beside it together as the activity, and says so', async () => {
    const read = await readActivityWorkbook(
      await sheetOf([
        ['adviseren', 'de huurverhoging van 1 juli en de koppeling met het energielabel', 'maart'],
        ['meelezen', 'het plan voor 40 nieuwe huurwoningen aan de Kerkstraat', 'mei'],
        ['organiseren', 'een wijkschouw in Deest met de gemeente', 'juni'],
      ]),
      'Huurdersraad plannen 2027.xlsx',
    );
    expect(read.activities.map((a) => [a.activity, a.extra])).toEqual([
      ['adviseren: de huurverhoging van 1 juli en de koppeling met het energielabel', {}],
      ['meelezen: het plan voor 40 nieuwe huurwoningen aan de Kerkstraat', {}],
      ['organiseren: een wijkschouw in Deest met de gemeente', {}],
    ]);
    expect(codes(read)).toContain('activity-two-columns');
    expect(codes(read)).not.toContain('unknown-column');
  });

  it('leaves whole activities with a short remark beside them as they are', async () => {
    const read = await readActivityWorkbook(
      await sheetOf([
        ['Wijkschouw Deest met de gemeente en de huurders', 'loopt al', 'juni'],
        ['Nieuwsbrief over de huurverhoging', 'twee keer', 'maart'],
        ['Energiecafé in de bibliotheek', '', 'oktober'],
      ]),
      'Huurdersraad plannen 2027.xlsx',
    );
    expect(read.activities.map((a) => a.activity)).toEqual(['Wijkschouw Deest met de gemeente en de huurders', 'Nieuwsbrief over de huurverhoging', 'Energiecafé in de bibliotheek']);
    expect(codes(read)).not.toContain('activity-two-columns');
  });
});

describe('a jaarplan with a project name beside its description, the reference split over columns, and cost posts', () => {
  async function jaarplan(): Promise<Buffer> {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan');
    ws.getCell('A1').value = 'Woonstichting Maasland | Jaarplan 2027';
    ws.getRow(3).values = ['Th', 'Ond', 'Bij', 'Project', 'Wat doen we', 'Wat vragen we van anderen', 'Investering'];
    ws.getRow(4).values = ['1', '1.1', 1, 'Kerkstraat fase 2', '24 sociale huurappartementen voor starters in aanbouw, oplevering eind 2027', 'Gemeente: riolering op tijd klaar', '€ 5,2 mln'];
    ws.getRow(5).values = ['3', '—', 3, 'Isolatie Molenbuurt', 'Laatste 40 woningen met label E en F naar label B', 'Huurdersraad: meelezen bewonersbrief', '€ 1.200.000'];
    ws.getRow(6).values = ['5', '5.1', 2, 'Wijkschouw Noord', 'Opzichter en wijkconsulent lopen mee met de wijkschouw van de huurdersraad', '', ''];
    ws.getRow(7).values = ['', '', '', 'Lidmaatschap Aedes', '', '', 4_500];
    ws.getRow(8).values = ['', '', '', 'Onvoorzien', '', '', 10_000];
    ws.getRow(9).values = ['', '', '', 'Post onvoorzien (5%)', '', '', 27_550];
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('keeps as notes a signal, wish, question or complaint that plans no work of the party; one that says what the party does stays', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Punten 2028');
    ws.getRow(1).values = ['Wat', 'Met wie', 'Wanneer'];
    ws.getRow(2).values = ['Wens aan Woonwaarts: na de schouw de donkere achterpaden aan de Heuvelstraat laten verlichten', 'Woonwaarts', ''];
    ws.getRow(3).values = ['Signaal: huurders aan de Heemraadstraat melden dat de lantaarnpalen al maanden kapot zijn', 'gemeente', ''];
    ws.getRow(4).values = ['Wanneer weten de huurders aan de Molenhoek of hun straat op een warmtenet komt?', '', ''];
    ws.getRow(5).values = ['Al sinds 2025 vragen wij om een duidelijke afrekening van de servicekosten; er is nog steeds niets veranderd', 'Woonwaarts', ''];
    ws.getRow(6).values = ['De huurregeling voor ouderen is er nog steeds niet: wij zetten hem op de agenda van het overleg met Woonwaarts', 'Woonwaarts', 'voorjaar'];
    ws.getRow(7).values = ['Vragen aan De Kernen: hoeveel woningen in Horssen komen vrij voor ouderen?', 'De Kernen', 'maart'];
    ws.getRow(8).values = ['Signalen woonfraude (onderhuur, hennep): melden bij het meldpunt van de gemeente', 'gemeente', 'doorlopend'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'HBD punten 2028.xlsx', { planningYear: 2028 });
    expect(read.activities.map((a) => a.rowNumber)).toEqual([6, 7, 8]);
    expect(read.notes.map((n) => n.row)).toEqual([2, 3, 4, 5]);
    const why = (row: number) => read.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(2)).toContain('is een wens aan een ander, geen werk van de partij zelf');
    expect(why(3)).toContain('is een signaal, geen werk van de partij zelf');
    expect(why(5)).toContain('zegt wat nog steeds niet gebeurd is, niet wat de partij zelf doet');
  });

  it('reads a project beside "Activiteit 2028" a column further on as title and description, and a total whose label says more in brackets as a total', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarschijf 2028');
    ws.getCell('A1').value = 'Woonwaarts – jaarschijf 2028 Druten';
    ws.getRow(4).values = ['Project', 'Fase', 'Activiteit 2028', 'Budget (k€)', 'Opdrachtgever'];
    ws.getRow(5).values = ['Deest-Zuid fase 2', 'realisatie', 'Start bouw 28 DAEB-woningen binnen het 25%-kader', 6200, 'Projectontwikkeling'];
    ws.getRow(6).values = ["'t Hofje Afferden", 'SO/VO', 'Geclusterde woonvorm: 18 nultredenwoningen rond een gemeenschappelijke huiskamer', 3400, 'Projectontwikkeling'];
    ws.getRow(7).values = ['Schil-aanpak Deest-Oost', 'uitvoering', 'Na-isolatie 24 eengezinswoningen van label E/F naar B', 1900, 'Vastgoedsturing'];
    ws.getRow(8).values = ['Totaal jaarschijf 2028 Druten (excl. Beuningen)', '', '', 11500, ''];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Woonwaarts jaarschijf 2028.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [5, 'Deest-Zuid fase 2: Start bouw 28 DAEB-woningen binnen het 25%-kader'],
      [6, "'t Hofje Afferden: Geclusterde woonvorm: 18 nultredenwoningen rond een gemeenschappelijke huiskamer"],
      [7, 'Schil-aanpak Deest-Oost: Na-isolatie 24 eengezinswoningen van label E/F naar B'],
    ]);
    expect(read.activities[0]?.extra).toEqual({ Fase: 'realisatie', Opdrachtgever: 'Projectontwikkeling' });
    expect(read.problems.find((p) => p.code === 'activity-two-columns')?.message).toContain('"Activiteit 2028" (kolom C) beschrijft haar');
    expect(read.problems.find((p) => p.code === 'total-row')?.row).toBe(8);
  });

  it('reads title and description as one activity, "Ond" (or "Th" where a theme has no topics) and "Bij" as the reference, and the cost posts as notes', async () => {
    const read = await readActivityWorkbook(await jaarplan(), 'Maasland jaarplan 2027.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.agreementRef, a.needs])).toEqual([
      [4, 'Kerkstraat fase 2: 24 sociale huurappartementen voor starters in aanbouw, oplevering eind 2027', '1.1 bij 1', 'Gemeente: riolering op tijd klaar'],
      [5, 'Isolatie Molenbuurt: Laatste 40 woningen met label E en F naar label B', '3 bij 3', 'Huurdersraad: meelezen bewonersbrief'],
      [6, 'Wijkschouw Noord: Opzichter en wijkconsulent lopen mee met de wijkschouw van de huurdersraad', '5.1 bij 2', undefined],
    ]);
    expect(read.notes.map((n) => [n.row, n.text])).toEqual([
      [7, 'Lidmaatschap Aedes'],
      [8, 'Onvoorzien'],
      [9, 'Post onvoorzien (5%)'],
    ]);
    const posts = read.problems.filter((p) => p.code === 'cost-post');
    expect(posts.map((p) => p.row)).toEqual([7, 8, 9]);
    expect(posts[0]?.message).toContain('"Lidmaatschap Aedes" is een begrotingspost');
    expect(codes(read)).toContain('activity-two-columns');
    expect(codes(read)).not.toContain('duplicate-column');
    expectPlacesInMessages(read);
  });

  it('keeps a cost word that the partner plans as an activity: with someone, or at a time', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getRow(1).values = ['Activiteit', 'Wie', 'Wanneer', 'Kosten'];
    ws.getRow(2).values = ['Lidmaatschap Woonbond opzeggen en overstappen naar de regionale koepel', 'bestuur', 'juni', 450];
    ws.getRow(3).values = ['Zaalhuur dorpshuis voor de ledenavond over de huurverhoging', 'Marian', 'maart', 120];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'plan.xlsx');
    expect(read.activities).toHaveLength(2);
    expect(codes(read)).not.toContain('cost-post');
  });
});

describe('lines that hold money, a closed promise, a test entry or a signature, not an activity', () => {
  it("keeps a meerjarenbegroting's exploitation lines as notes and reads its projects and policies as activities", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('MJB Druten');
    ws.getRow(3).values = ['Code', 'Post / activiteit', 'Begr. 2027', 'Begr. 2028', 'Toelichting'];
    ws.getRow(4).values = ['A1', 'Huuropbrengsten', 22_870, 23_940, 'na huurharmonisatie'];
    ws.getRow(5).values = ['A2', 'Onderhoudslasten (planmatig + niet-planmatig)', -6_400, -6_750, 'excl. verduurzaming'];
    ws.getRow(6).values = ['A3', 'Geen huurverhoging voor woningen met label E t/m G (huurderving)', -92, -64, 'advies huurdersraad'];
    ws.getRow(7).values = ['', 'Saldo exploitatie', { formula: 'SUM(C4:C6)', result: 16_378 }, { formula: 'SUM(D4:D6)', result: 17_126 }, ''];
    ws.getRow(8).values = ['B1', 'Kerkstraat fase 2: 24 sociale huurappartementen', 4_800, 2_400, 'PA 1.1'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Maasland MJB 2027.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([6, 8]);
    expect(read.notes.map((n) => n.row)).toEqual(expect.arrayContaining([4, 5]));
    expect(read.problems.filter((p) => p.code === 'cost-post').map((p) => p.row)).toEqual(expect.arrayContaining([4, 5]));
    expectPlacesInMessages(read);
  });

  it('reads no activity from a promise already met, a form\'s test entry, a "TBC" or the college\'s signatures, and names each row', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Actielijst');
    ws.getRow(2).values = ['Zaaknr.', 'Actie 2027', 'Koppeling PA', 'Status'];
    ws.getRow(3).values = ['Z/26/0101', 'Overlegtafel Leefbaarheid drie keer per jaar voorzitten', 'PA 5.2', 'loopt'];
    ws.getRow(4).values = ['Z/25/0731', '– (afgedaan met de raadsinformatiebrief van 12 februari 2026)', '', 'afgedaan'];
    ws.getRow(5).values = ['Z/26/0102', 'test', '', ''];
    ws.getRow(6).values = ['Z/26/0103', 'Planmonitor twee keer per jaar bijwerken en delen met de corporaties', 'PA 1.1', 'open'];
    ws.getRow(7).values = ['Z/26/0104', 'TBC', '', 'open'];
    ws.getRow(8).values = ['De secretaris,', 'De burgemeester,'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Actielijst wonen 2027.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([3, 6]);
    expect(read.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([4, 5, 7]);
    // The remark of the closed promise is in the warning: nothing is lost.
    expect(read.problems.find((p) => p.code === 'no-activity-text' && p.row === 4)?.message).toContain('afgedaan met de raadsinformatiebrief');
    expect(read.notes.map((n) => n.row)).toContain(8);
    expectPlacesInMessages(read);
  });
});

describe('rows the partner set aside: hidden, crossed out, under a drawn line, or repeated on a summary sheet', () => {
  it('keeps a hidden row and a struck-through activity as notes, named, and reads the rest', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Deest');
    ws.getRow(2).values = ['Activiteit', 'Trekker', 'Planning'];
    ws.getRow(3).values = ['Buurtbemiddeling Deest voortzetten', 'Woonwaarts', '2028'];
    ws.getRow(4).values = ['Onderzoek woningsplitsing Kerkstraat (plan 2026)', 'Woonwaarts', '2026'];
    ws.getRow(4).hidden = true;
    ws.getRow(5).values = ['Buurtbarbecue Wilgenland', 'HBD', 'juni'];
    ws.getCell('A5').font = { strike: true };
    ws.getRow(6).values = ['Wijkschouw Deest met gemeente en huurders', 'Woonwaarts', 'voorjaar'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Wijkplan Deest.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([3, 6]);
    expect(read.notes.map((n) => [n.row, n.text])).toEqual([
      [4, 'Onderzoek woningsplitsing Kerkstraat (plan 2026)'],
      [5, 'Buurtbarbecue Wilgenland'],
    ]);
    const setAside = read.problems.filter((p) => p.code === 'set-aside-row');
    expect(setAside.map((p) => [p.row, p.column])).toEqual([
      [4, 'A'],
      [5, 'A'],
    ]);
    expect(setAside[0]?.message).toContain('deze rij is verborgen');
    expect(setAside[1]?.message).toContain('deze rij is doorgestreept');
    expectPlacesInMessages(read);
  });

  it('reads an idea list down to a line drawn across it that says what is under it is not done', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Prioriteiten');
    ws.getRow(3).values = ['Idee', 'PA?', 'Score', 'Wie trekt'];
    ws.getRow(4).values = ['Meelopen met de brandveiligheidscheck van De Kernen', '3', 18, 'Henk'];
    ws.getRow(5).values = ['Huurdersavond over de huurverhoging', '2.2', 15, 'Ria'];
    ws.getRow(6).values = ['- - - - - - streep: hieronder doen we niet in 2028 - - - - - -'];
    ws.getRow(7).values = ['Eigen website van de Bewonersraad bouwen', '', 9, ''];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad prioriteiten 2028.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.lead])).toEqual([
      [4, 'Henk'],
      [5, 'Ria'],
    ]);
    expect(read.notes.map((n) => n.row)).toEqual([6, 7]);
    expect(read.problems.find((p) => p.code === 'set-aside-row')?.message).toContain('staat onder de streep van rij 6');
    expectPlacesInMessages(read);
  });

  it('keeps an aim beside "Wat willen we bereiken?" as a note and reads the answers to "Hoe pakken we het aan?"; skips a total that adds a typed number', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan 2027');
    ws.getRow(3).values = ['Onderwerp', 'Vraag', 'Antwoord HBD', 'Wie (HBD)', 'Samen met', 'Uren'];
    ws.getRow(4).values = ['Betaalbaar wonen', 'Wat willen we bereiken?', 'Geen huurder die door de energierekening in de problemen komt', '', '', ''];
    ws.getRow(5).values = ['', 'Hoe pakken we het aan?', 'Huurders wijzen op de gratis energiecoach van de gemeente', 'Kees', 'gemeente', 20];
    ws.getRow(6).values = ['', '', 'Meelezen met de huurmonitor van Woonwaarts', 'Ans', 'Woonwaarts', 12];
    ws.getRow(7).values = ['Totaal uren HBD', '', '', '', '', { formula: 'F5+F6+8', result: 40 }];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'HBD jaarplan 2027 vragen.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    expect(read.notes.map((n) => n.row)).toEqual([4]);
    expect(read.problems.find((p) => p.code === 'set-aside-row')?.message).toContain('zegt wat men wil bereiken ("Wat willen we bereiken?")');
    expect(read.problems.filter((p) => p.code === 'total-row').map((p) => p.row)).toEqual([7]);
    expectPlacesInMessages(read);
  });

  it('reads a staircase planning: each text in the column of the quarter it happens in, merged across the quarters it runs through', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplanning 2026');
    ws.getRow(4).values = ['Thema', 'jan–mrt', 'apr–jun', 'jul–sep', 'okt–dec', 'PA', 'Wie'];
    ws.getRow(5).values = ['Nieuwbouw', 'Start bouw 27 sociale huurwoningen De Hoeve, Horssen', '', '', '', 'PA 1.1', 'Projecten'];
    ws.getRow(6).values = ['', '', '', 'Verkennen of er na De Hoeve ruimte is voor een volgende fase sociale huur', '', '1.1', 'Projecten'];
    ws.mergeCells('D6:E6');
    ws.getRow(7).values = ['Duurzaam', '', 'Energiefestival Horssen: informatiemarkt met de Bewonersraad', '', '', 'PA 3', 'Wonen'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'DK jaarplanning Horssen 2026.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity.slice(0, 22), a.planning, a.fieldColumns?.activity])).toEqual([
      [5, 'Start bouw 27 sociale ', 'jan–mrt', 'B'],
      [6, 'Verkennen of er na De ', 'jul–sep, okt–dec', 'D'],
      [7, 'Energiefestival Horsse', 'apr–jun', 'C'],
    ]);
    expect(codes(read)).toContain('staircase-planning');
    expect(codes(read)).not.toContain('no-activity-text');
    expect(codes(read)).not.toContain('unknown-column');
    expectPlacesInMessages(read);
  });

  it('reads under two header rows, sets aside a line marked "vervalt", and a checklist line done the year before', async () => {
    const wb = new Workbook();
    const plan = wb.addWorksheet('Jaarplan');
    plan.getCell('A1').value = 'Bewonersraad – jaarplan 2026';
    plan.getRow(3).values = ['Wijziging', 'Afspraak', 'Planning', 'Wat gaan we doen'];
    plan.getRow(4).values = ['t.o.v. 2025', 'PA-nr', 'van', 'Activiteit'];
    plan.getRow(5).values = ['nieuw', '3', 'mrt', 'Voorlichting hybride warmtepomp voor huurders met een oude cv-ketel'];
    plan.getRow(6).values = ['vervalt', '3', '', 'Onderzoek brandveiligheid complexen (klaar in 2025)'];
    plan.getRow(7).values = ['', '5.1', 'sep', 'Wijkschouw Horssen-dorp'];
    const read = await readActivityWorkbook(Buffer.from(await plan.workbook.xlsx.writeBuffer()), 'Bewonersraad jaarplan 2026.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([5, 7]);
    expect(read.notes.map((n) => n.row)).toEqual([6]);
    expect(read.problems.find((p) => p.code === 'set-aside-row')?.message).toContain('is gemarkeerd als "vervalt"');

    const checklist = new Workbook();
    const ws = checklist.addWorksheet('Checklist');
    ws.getCell('A1').value = 'De Kernen – checklist 2028';
    ws.getRow(3).values = ['☑/☐', 'Actie', 'Gedaan?', 'Wie', 'PA'];
    ws.getRow(4).values = ['☐', 'Oplevering 27 woningen De Hoeve Horssen', '', 'Projecten', '1.1'];
    ws.getRow(5).values = ['☑', 'Aanbesteding De Hoeve afronden', 'ja – okt 2027', 'Projecten', '1.1'];
    ws.getRow(6).values = ['☑', 'Bewonersavond over de nieuwe huurprijzen', 'ja, feb 2028', 'Wonen', '2.2'];
    const done = await readActivityWorkbook(Buffer.from(await checklist.xlsx.writeBuffer()), 'Checklist DK 2028.xlsx');
    expect(done.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(done.notes.map((n) => n.row)).toEqual([5]);
    expect(done.problems.find((p) => p.code === 'done-before')?.message).toContain('is al gedaan (Gedaan?: "ja – okt 2027"), vóór 2028');
    expectPlacesInMessages(read);
    expectPlacesInMessages(done);
  });

  it('keeps as notes a meeting "al gedaan" before the year, and an idea without a when; an idea with one is work', async () => {
    const list = new Workbook();
    const ws = list.addWorksheet('Blad1');
    ws.getCell('A1').value = 'Bewonersraad De Kernen – plannen 2027';
    ws.getRow(3).values = ['Onderwerp', 'Wat', 'Wanneer', 'Opmerking'];
    ws.getRow(4).values = ['Wijk', 'Rondje door Horssen-Zuid met De Kernen en de gemeente', 'mei', ''];
    ws.getRow(5).values = ['Wij zelf', 'Kennismaken met de nieuwe directeur van De Kernen', 'al gedaan, november 2026', ''];
    ws.getRow(6).values = ['Wij zelf', 'Idee: huurderscafé in Puiflijk', '', 'weten nog niet of we genoeg vrijwilligers hebben'];
    ws.getRow(7).values = ['Wij zelf', 'Idee: buurtkamer in Horssen openen op woensdag', 'september', ''];
    ws.getRow(8).values = ['Wij zelf', 'Idee: moestuin Kloosterakker – nog voorleggen aan De Kernen', '?', ''];
    const read = await readActivityWorkbook(Buffer.from(await list.xlsx.writeBuffer()), 'Bewonersraad 2027.xlsx', { planningYear: 2027 });
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 7]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 6, 8]);
    const message = (code: string) => read.problems.find((p) => p.code === code)?.message ?? '';
    expect(message('done-before')).toContain('al gedaan, november 2026');
    expect(message('undecided-row')).toContain('is een idee, en er staat niet bij wanneer');
    expectPlacesInMessages(read);
  });

  it('keeps as notes what says itself it is done before the year, lapses or is undecided, after a dash or at the end of its first clause, and who filled the list in', async () => {
    const list = new Workbook();
    const ws = list.addWorksheet('Druten');
    ws.getCell('A1').value = 'De Kernen – jaarplan Druten 2027';
    ws.getRow(3).values = ['Pijler', 'Activiteit 2027', 'Eigenaar', 'Planning'];
    ws.getRow(4).values = ['Passend wonen', 'Oplevering van 27 sociale huurwoningen in Horssen (project Fruithof) – gereed in december 2026.', 'Vastgoed'];
    ws.getRow(5).values = ['Nieuwbouw', 'Meedenken over een tweede fase nieuwbouw in Horssen – vervalt, De Kernen gaat hier voorlopig niet mee verder.', ''];
    ws.getRow(6).values = ['Wijken', 'schouw Horssen 2026 gehouden, verslag rondgestuurd', ''];
    ws.getRow(7).values = ['Wijken', 'Nazorg bij de woningen die in 2026 opgeleverd zijn', 'Wonen'];
    ws.getRow(8).values = ['Duurzaam', 'Renovatie Kerkstraat – gereed in december 2027', 'Vastgoed'];
    ws.getRow(9).values = ['Betaalbaar', 'Aansluiten bij het convenant vroegsignalering: nog geen besluit, eerst eigen cijfers bekijken', 'Financiën'];
    ws.getRow(10).values = ['ingevuld DK vastgoed jun. 2026'];
    ws.getRow(11).values = ['Toewijzing', 'Huisvestingsverordening regio – door de raad vastgesteld in december 2026, in 2027 geen inzet', 'Verhuur'];
    ws.getRow(12).values = ['Toewijzing', 'Zienswijze op het omgevingsplan – hangt af van de terinzagelegging, nog geen besluit', 'Wonen'];
    ws.getRow(13).values = ['Duurzaam', 'Geen inzet in 2026 op de warmtevisie; in 2027 de buurtaanpak Deest', 'Vastgoed'];
    ws.getRow(14).values = ['Leefbaar', 'Eventueel een tweede ronde Buurtfonds in het najaar', 'Wonen', 'nog niet besloten, hangt af van de voorjaarsnota'];
    ws.getRow(15).values = ['Leefbaar', 'Bewonersavond Deest-Noord', 'Wonen', 'alleen als we een zaal vinden, nog niet zeker'];
    ws.getRow(16).values = ['Leefbaar', 'Bewonersavond Horssen', 'Wonen', 'oktober, de datum is nog niet zeker wegens de zaal'];
    const read = await readActivityWorkbook(Buffer.from(await list.xlsx.writeBuffer()), 'De Kernen jaarplan 2027.xlsx', { planningYear: 2027 });
    expect(read.activities.map((a) => a.rowNumber)).toEqual([7, 8, 13, 16]);
    expect(read.notes.map((n) => n.row)).toEqual([4, 5, 6, 9, 10, 11, 12, 14, 15]);
    const messages = (code: string) => read.problems.filter((p) => p.code === code).map((p) => p.message).join(' | ');
    expect(messages('done-before')).toContain('gereed in december 2026');
    expect(messages('done-before')).toContain('schouw Horssen 2026 gehouden');
    expect(messages('lapsed-row')).toContain('Meedenken over een tweede fase nieuwbouw');
    expect(messages('undecided-row')).toContain('nog geen besluit');
    expect(messages('undecided-row')).toContain('staat als "alleen als we een zaal vinden, nog niet zeker" (planning)');
    expect(messages('set-aside-row')).toContain('zegt zelf dat er in 2027 niets voor gedaan wordt ("in 2027 geen inzet")');
    expectPlacesInMessages(read);
  });

  it("keeps as notes what a list updated from last year says of itself: on hold with a dash for its planning, passed to another party, moved past the year or begun after it, a milestone reached before it, a remark on its grey rows", async () => {
    const list = new Workbook();
    const ws = list.addWorksheet('2028');
    ws.getCell('A1').value = 'Woonwaarts – activiteiten Druten 2028 (overzicht 2027 bijgewerkt)';
    ws.getRow(3).values = ['Thema', 'Activiteit', 'Planning 2028', 'Status'];
    ws.getRow(4).values = ['Bouwen', 'Tijdelijke units voor spoedzoekers bij de Hogeweg', '—', 'on hold'];
    ws.getRow(5).values = ['Wonen', 'Wijkavond in Deest over de nieuwbouw', 'mei', 'on hold tot mei'];
    ws.getRow(6).values = ['Wonen', 'Spreekuur voor vragen over huur en buren', '-', 'on hold (te weinig vrijwilligers)'];
    ws.getRow(7).values = ['Bouwen', 'Acht seniorenwoningen aan de Dorpsstraat in Horssen', '', 'overgedragen aan De Kernen'];
    ws.getRow(8).values = ['Wonen', 'Onderzoek naar een tweede verhuiscoach (doorgeschoven naar 2029)', '', ''];
    ws.getRow(9).values = ['Wonen', 'Inventarisatie van de wensen van oudere huurders: doorgeschoven naar 2028', 'Q2', 'loopt door'];
    ws.getRow(10).values = ['Regio', 'Nieuwe regionale woningmarktafspraken: de regio begint hier pas na 2028 aan', '—', ''];
    ws.getRow(11).values = ['Mijlpaal', '◆ Woonvisie vastgesteld (raad 14-12-2027)', '', 'gereed'];
    ws.getRow(12).values = ['Rijen in grijs zijn vorig jaar (2027) afgerond'];
    ws.getRow(13).values = ['Leefbaar', 'Wijkschouw Druten-Zuid; de uitvoering start pas in 2029, in 2028 de schouw zelf', 'juni', ''];
    ws.getRow(14).values = ['Veilig', 'Brandveiligheidsscan seniorencomplex Dorpsstraat', '', 'on hold'];
    const read = await readActivityWorkbook(Buffer.from(await list.xlsx.writeBuffer()), 'Woonwaarts 2028.xlsx', { planningYear: 2028 });
    // On hold where the year's planning says nothing, not a dash: in the year's plan all the same.
    expect(read.activities.map((a) => a.rowNumber)).toEqual([5, 9, 13, 14]);
    expect(read.notes.map((n) => n.row)).toEqual([4, 6, 7, 8, 10, 11, 12]);
    const about = (row: number) => read.problems.find((p) => p.row === row)?.message ?? '';
    expect(about(4)).toContain('staat als "on hold" (Status); er staat niets gepland');
    expect(about(6)).toContain('staat als "on hold (te weinig vrijwilligers)" (Status); er staat niets gepland');
    expect(about(7)).toContain('staat als "overgedragen aan De Kernen" (Status); geen werk van de partij zelf');
    expect(about(8)).toContain('zegt zelf dat het naar 2029 schuift ("doorgeschoven naar 2029"), niet in 2028');
    expect(about(10)).toContain('zegt zelf dat het "pas na 2028" begint, niet in 2028');
    expect(about(11)).toContain('is al gedaan (Status: "gereed", 2027), vóór 2028');
    expectPlacesInMessages(read);
    // A status that is the year's own says it for the year: on hold in 2028, with no planning beside it.
    const own = new Workbook();
    const sheet = own.addWorksheet('Blad1');
    sheet.getRow(1).values = ['Onderwerp', 'Activiteit', 'Wie van ons', 'Status 2028'];
    sheet.getRow(2).values = ['Bewonersblad', 'Vaste rubriek "Vraag het de Bewonersraad" in de Pit', 'secretaris', 'on hold (geen redacteur)'];
    sheet.getRow(3).values = ['Wijken', 'Wijkschouw Horssen met De Kernen', 'Jan', 'gepland'];
    const held = await readActivityWorkbook(await saveWorkbook(own), 'Bewonersraad 2028.xlsx', { planningYear: 2028 });
    expect(held.activities.map((a) => a.rowNumber)).toEqual([3]);
    expect(held.problems.find((p) => p.row === 2)?.message).toContain('staat als "on hold (geen redacteur)" (Status 2028); er staat niets gepland');
  });

  it('reads two years side by side by the planning year\'s columns: its activity and its moment, "idem" under last year\'s work', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('2027-2028');
    ws.getRow(1).values = ['Activiteit 2027', 'Wanneer 2027', 'Activiteit 2028', 'Wanneer 2028'];
    ws.getRow(2).values = ['Zonnepanelen aanbieden aan huurders in Afferden', 'hele jaar', 'idem, nu in Puiflijk en Deest', 'hele jaar'];
    ws.getRow(3).values = ['Ontwerp seniorenhofje Puiflijk', 'Q2', 'Hofje Puiflijk: start bouw 16 gelijkvloerse woningen', 'september'];
    ws.getRow(4).values = ['', '', 'Spreekuur in de bibliotheek: woningzoekenden helpen zich in te schrijven', 'eens per maand'];
    ws.getRow(5).values = ['Klantportaal testen met een groep huurders', 'Q3'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts 2027-2028.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toEqual([
      [2, 'Zonnepanelen aanbieden aan huurders in Afferden: idem, nu in Puiflijk en Deest', 'hele jaar'],
      [3, 'Hofje Puiflijk: start bouw 16 gelijkvloerse woningen', 'september'],
      [4, 'Spreekuur in de bibliotheek: woningzoekenden helpen zich in te schrijven', 'eens per maand'],
    ]);
    expect(r.activities[1]?.extra).toEqual({ 'Activiteit 2027': 'Ontwerp seniorenhofje Puiflijk', 'Wanneer 2027': 'Q2' });
    // Only last year's work on a row is no activity of the year, and the row says so.
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('geen activiteit in kolom C');
  });

  it('reads a planning whose texts stand in the column of their quarter or of their kind of work, with one named column beside them', async () => {
    const quarters = new Workbook();
    const q = quarters.addWorksheet('Jaarplanning 2027');
    q.getRow(1).values = ['Q1 (jan–mrt)', 'Q2 (apr–jun)', 'Q3 (jul–sep)', 'Q4 (okt–dec)', 'Samen met'];
    q.getRow(2).values = ['Ledenvergadering; jaarverslag 2026 vaststellen', '', '', '', 'leden'];
    q.getRow(3).values = ['', 'Wijkschouw Druten-Zuid organiseren met Woonwaarts en de gemeente', '', '', 'Woonwaarts, gemeente'];
    q.getRow(4).values = ['', '', '', 'Misschien een cursus huurrecht voor nieuwe bestuursleden', ''];
    const byQuarter = await readActivityWorkbook(await saveWorkbook(quarters), 'HBD jaarplanning 2027.xlsx', { planningYear: 2027 });
    expect(byQuarter.activities.map((a) => [a.rowNumber, a.planning])).toEqual([
      [2, 'Q1 (jan–mrt)'],
      [3, 'Q2 (apr–jun)'],
    ]);
    expect(byQuarter.problems.find((p) => p.row === 4)?.message).toContain('zegt zelf dat er nog niets besloten is ("Misschien")');
    const kinds = new Workbook();
    const k = kinds.addWorksheet('Onze rol 2028');
    k.getRow(1).values = ['Wij informeren huurders', 'Wij praten mee / geven advies', 'Wij organiseren zelf', 'Wanneer'];
    k.getRow(2).values = ['', '', 'Wijkschouw Horssen-Noord: wij nodigen de buren uit en lopen mee', 'mei'];
    k.getRow(3).values = ['Stukje in de Pit over de bespaarspullen die De Kernen gratis geeft', '', '', 'voorjaar'];
    k.getRow(4).values = ['', 'Meedenken welke extra\'s in het pluspakket komen (buitenkraan, zonwering)', '', 'Q1'];
    k.getRow(6).values = ['x = de activiteit vindt in deze kern plaats'];
    const byKind = await readActivityWorkbook(await saveWorkbook(kinds), 'Bewonersraad 2028.xlsx', { planningYear: 2028 });
    expect(byKind.activities.map((a) => [a.rowNumber, a.extra['Soort werk'], a.planning])).toEqual([
      [2, 'Wij organiseren zelf', 'mei'],
      [3, 'Wij informeren huurders', 'voorjaar'],
      [4, 'Wij praten mee / geven advies', 'Q1'],
    ]);
    expect(byKind.notes.map((n) => n.row)).toEqual([6]);
  });

  it("takes the planning year's column as the planning where last year's stands beside it, and reads a change column as a status", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten 2028');
    ws.getRow(1).values = ['Nr', 'Inzet gemeente', 'Planning 2027', 'Planning 2028', 'Wijziging t.o.v. vorig jaar'];
    ws.getRow(2).values = [1, 'Planmonitor delen met de corporaties en huurdersorganisaties', 'september', 'oktober', 'ongewijzigd'];
    ws.getRow(3).values = [2, 'Tijdelijke woningen voor spoedzoekers aan de Hogeweg', '2027', '—', 'on hold'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Gemeente 2028.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => [a.rowNumber, a.planning, a.notes, a.extra])).toEqual([[2, 'oktober', 'ongewijzigd', { 'Planning 2027': 'september' }]]);
    expect(r.columns.find((c) => c.field === 'planning')?.header).toBe('Planning 2028');
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('staat als "on hold" (Wijziging t.o.v. vorig jaar); er staat niets gepland');
  });

  it('keeps as notes what a review left in the file: a row not to be sent, a question to the secretary, a pointer, a move past the year, a summary block', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('PA 2028 v3');
    ws.getRow(1).values = ['Thema', 'Activiteit', 'Wanneer', 'Reactie secretaris', 'Antwoord'];
    ws.getRow(2).values = ['Top 5 prioriteiten 2028', '1. Kattenburg fase 2 opleveren'];
    ws.getRow(3).values = ['', '2. Start bouw Deest-Zuid'];
    ws.getRow(5).values = ['Bouwen', 'Kattenburg fase 2: 36 sociale huurappartementen opleveren', 'Q3'];
    ws.getRow(6).values = ['Bouwen', 'Deest Zuid fase 2: start bouw 24 sociale huurwoningen', 'Q2'];
    ws.getRow(7).values = ['Bouwen', 'Openbare ruimte Wilgenland opknappen (wordt 2029, zie mail)', '', 'Dus niet in 2028?', 'Klopt, schuift door.'];
    ws.getRow(8).values = ['Leefbaar', 'Wijkschouw Beneden-Leeuwen met de Bewonersraad', 'juni', 'Is dit gemeente Druten?', 'Nee, West Maas en Waal – niet opnemen.'];
    ws.getRow(9).values = ['Organisatie', 'Moet de ALV hier ook in?'];
    ws.getRow(10).values = ['Duurzaam', 'Verduurzaming: zie nr. 2 en 3'];
    ws.getRow(11).values = ['Organisatie', 'Kennismaking met de nieuwe bestuurder – al gebeurd in december 2027'];
    ws.getRow(12).values = ['Bouwen', 'ter info: sloop-nieuwbouw 40 woningen in Weurt (gem. Beuningen)'];
    ws.getRow(13).values = ['Organisatie', 'Eigen nieuwsbrief: besloten om daar in 2028 mee te stoppen'];
    ws.getRow(14).values = ['Bouwen', 'Niets meer: de tijdelijke woonunits gaan niet door (raadsbesluit maart 2027)'];
    ws.getRow(15).values = ['Aantal zichtbare regels', '9'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts 2028 v3.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 6]);
    const about = (row: number) => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(about(2)).toContain('staat in het blok "Top 5 prioriteiten 2028", dat de activiteiten van de lijst kort herhaalt');
    expect(about(3)).toContain('staat in het blok "Top 5 prioriteiten 2028"');
    expect(about(7)).toContain('zegt zelf dat het naar 2029 schuift ("wordt 2029"), niet in 2028');
    expect(about(8)).toContain('staat als "Nee, West Maas en Waal – niet opnemen." (Antwoord)');
    expect(about(9)).toContain('is een vraag aan wie de lijst leest, geen activiteit');
    expect(about(10)).toContain('verwijst alleen naar iets anders in of buiten de lijst');
    expect(about(11)).toContain('zegt zelf dat het al gedaan is');
    expect(about(12)).toContain('is ter informatie, geen werk dat gepland is');
    expect(about(13)).toContain('zegt zelf dat besloten is het niet (meer) te doen ("besloten om daar in 2028 mee te stoppen")');
    expect(about(14)).toContain('zegt zelf dat er niets meer gebeurt');
    expect(r.activities.some((a) => a.rowNumber === 15)).toBe(false);
  });

  it('reads a planning\'s group rows ("Fase 1: voorbereiding", "Spoor B – …") as headings of the rows under them', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Gantt 2027');
    ws.getRow(1).values = ['Actie', 'Wie', 'jan', 'feb', 'mrt'];
    ws.getRow(2).values = ['Fase 1: voorbereiding'];
    ws.getRow(3).values = ['Bewoners uitnodigen voor de schouw in Deest', 'AB', 'x'];
    ws.getRow(4).values = ['Spoor B – Betaalbaar, duurzaam en leefbaar'];
    ws.getRow(5).values = ['Fase 2: bouwen we 20 sociale huurwoningen in Deest Zuid', 'CD', '', 'x'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen planning 2027.xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => [a.rowNumber, a.section])).toEqual([
      [3, 'Fase 1: voorbereiding'],
      [5, 'Spoor B – Betaalbaar, duurzaam en leefbaar'],
    ]);
    expect(r.notes).toEqual([]);
  });

  it('reads a table whose phase column repeats its words as a table, not as cards, and sets aside what its own legend calls undecided', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten 2026');
    ws.getCell('A1').value = 'De Kernen – activiteiten 2026';
    ws.getRow(3).values = ['Thema', 'Activiteit', 'Fase', 'Wanneer'];
    ws.getRow(4).values = ['Bouw', 'Oplevering 27 sociale huurwoningen Horssen', 'in uitvoering', 'Q3'];
    ws.getRow(5).values = ['Bouw', 'Tiny houses op eigen grond achter De Hoeve', 'idee', ''];
    ws.getRow(6).values = ['Bouw', 'Toets: voldoet De Hoeve aan de definitie geclusterd wonen?', 'gepland', 'Q1'];
    ws.getRow(7).values = ['Energie', 'Brandveiligheidsonderzoek complexen', 'afgerond', 'dec 2025'];
    ws.getRow(8).values = ['Energie', 'Meedenken over de warmtevisie', 'gepland', 'Q2'];
    ws.getRow(9).values = ['Energie', 'Cv-ketels bij storing vervangen door hybride warmtepompen', 'in uitvoering', 'doorl.'];
    ws.getRow(10).values = ['Wonen', 'Pluspakketten aanbieden', 'in uitvoering', 'doorl.'];
    ws.getRow(11).values = ['Wonen', 'Eigen seniorenregeling naar voorbeeld van Woonwaarts', 'idee', ''];
    ws.getRow(12).values = ['Wonen', 'Per complex bekijken of een ontmoetingsruimte nodig is', 'gepland', 'Q3'];
    ws.getRow(14).values = ['Fase: idee = nog niet besloten; gepland = in jaarplan; afgerond = klaar'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'DK activiteiten 2026.xlsx');
    expect(read.layout).toBeUndefined();
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 6, 8, 9, 10, 12]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 7, 11, 14]);
    expect(read.problems.find((p) => p.code === 'undecided-row')?.message).toContain('staat als "idee" (Fase), volgens de uitleg in het bestand "nog niet besloten"');
    expect(read.problems.find((p) => p.code === 'done-before')?.message).toContain('is al gedaan (Fase: "afgerond", planning "dec 2025"), vóór 2026');
    expectPlacesInMessages(read);

    // Without a legend, "idee" is only a phase: the line stays an activity.
    ws.spliceRows(14, 1);
    const plain = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'DK activiteiten 2026.xlsx');
    expect(plain.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6, 8, 9, 10, 11, 12]);
  });

  it('sets aside what an actiepuntenlijst had due or done before the year (not a follow-up in it), a point "vervallen – …", and lines that say nothing is decided', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Actiepunten AO');
    ws.getCell('A1').value = 'Actiepuntenlijst ambtelijk overleg Wonen – inbreng activiteitenoverzicht 2027';
    ws.getCell('A2').value = 'stand 25-06-2026';
    ws.getRow(4).values = ['Nr', 'Actiepunt', 'Wie', 'Deadline', 'Status'];
    ws.getRow(5).values = ['7.1', 'Notulen AO 7 rondsturen aan deelnemers', 'secr.', new Date(Date.UTC(2026, 2, 20)), 'afgerond'];
    ws.getRow(6).values = ['7.2', 'Planmonitor woningbouw actualiseren en delen met de corporaties', 'Wonen', 'Q1 2027', 'open'];
    ws.getRow(7).values = ['7.3', 'Datum AO 8 prikken', 'secr.', '—', 'afgerond'];
    ws.getRow(8).values = ['8.1', 'Warmtevisie vaststellen in de raad', 'Duurzaamheid', new Date(Date.UTC(2026, 11, 15)), 'loopt'];
    ws.getRow(9).values = ['8.2', 'Overlegtafel Leefbaarheid vier keer per jaar', 'Wijkzaken', 'doorl. sinds 2025', 'loopt'];
    ws.getRow(10).values = ['8.3', 'Sessie over ontmoeting organiseren', 'Wmo', '2027', 'vervallen – is al gehouden in mei 2026'];
    ws.getRow(11).values = ['8.4', 'P.M.: tiny houses achter De Hoeve – besluit in 2027', 'Wonen', '', 'open'];
    ws.getRow(12).values = ['8.5', '(verder niets nieuws; lopende zaken via De Kernen)', '', '', ''];
    // Done, but with a follow-up in the year: an activity of it.
    ws.getRow(13).values = ['8.6', 'Onderzoek vereveningsfonds afgerond (okt. 2026). Vervolg 2027: verordening naar de raad', 'Wonen', 'Q2 2027', 'afgerond'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Actiepuntenlijst AO Wonen stand 25-06-2026.xlsx');
    expect(read.yearHint).toBe(2027);
    expect(read.activities.map((a) => a.rowNumber)).toEqual([6, 9, 13]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 7, 8, 10, 11, 12]);
    const message = (code: string, row: number): string | undefined => read.problems.find((p) => p.code === code && p.row === row)?.message;
    expect(message('done-before', 5)).toContain('is al gedaan (Status: "afgerond", stand 25-06-2026), vóór 2027');
    expect(message('done-before', 7)).toContain('is al gedaan (Status: "afgerond", stand 25-06-2026), vóór 2027');
    expect(message('due-before', 8)).toContain('is gepland vóór 2027 ("15 december 2026")');
    expect(message('set-aside-row', 10)).toContain('is gemarkeerd als "vervallen – is al gehouden in mei 2026"');
    expect(message('undecided-row', 11)).toContain('zegt zelf dat er nog niets besloten is ("P.M.:")');
    expect(message('remark-row', 12)).toContain('staat helemaal tussen haakjes');
    expectPlacesInMessages(read);

    // Every deadline before the year: old dates copied along, or another year; the rows stay, for the secretary to see.
    const stale = new Workbook();
    const old = stale.addWorksheet('Actiepunten');
    old.getCell('A1').value = 'Actiepunten wonen 2027';
    old.getRow(3).values = ['Actiepunt', 'Deadline'];
    old.getRow(4).values = ['Planmonitor woningbouw delen met de corporaties', 'Q1 2026'];
    old.getRow(5).values = ['Overlegtafel Leefbaarheid voorbereiden', 'Q3 2026'];
    const kept = await readActivityWorkbook(Buffer.from(await stale.xlsx.writeBuffer()), 'Actiepunten wonen 2027.xlsx');
    expect(kept.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(codes(kept)).not.toContain('due-before');
  });

  it('reads a year the planning says the work comes from or reports on as no due date: "Q1 (doorgeschoven uit 2026)", "Q1 (over 2027)"', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('PA 2028');
    ws.getCell('A1').value = 'Woonwaarts – activiteiten prestatieafspraken 2028';
    ws.getRow(3).values = ['Activiteit', 'Planning'];
    ws.getRow(4).values = ['Loting: rapportage aandeel jongeren tot 28 jaar aan de werkgroep', 'Q1 (over 2027)'];
    ws.getRow(5).values = ['Sessie "Wat betekent ontmoeting?" met zorg- en welzijnspartijen', 'Q1 (doorgeschoven uit 2026)'];
    ws.getRow(6).values = ['Wijkschouw Deest met HBD', 'uitgesteld uit 2027 naar mei'];
    // A year that says when stays a due date, also beside one that does not.
    ws.getRow(7).values = ['Rapportage huurachterstanden aan de gemeente', 'Q4 2027'];
    ws.getRow(8).values = ['Rapport over de woonruimteverdeling opstellen', 'dec. 2027 (over 2027)'];
    ws.getRow(9).values = ['Energiecoaches inzetten bij label E t/m G', 'Q2 2028'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Woonwaarts PA 2028.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 5, 6, 9]);
    expect(read.problems.find((p) => p.row === 7)?.message).toContain('is gepland vóór 2028 ("Q4 2027")');
    expect(read.problems.find((p) => p.row === 8)?.message).toContain('is gepland vóór 2028 ("dec. 2027 (over 2027)")');
  });

  it('keeps as notes what says it was done before the year, an aim or KPI, a question to the secretary and a contribution named by its year', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten');
    ws.getCell('A1').value = 'Bewonersraad De Kernen – activiteiten 2026';
    ws.getRow(3).values = ['Soort', 'Activiteit', 'Kwartaal', 'Begroot (€)'];
    ws.getRow(4).values = ['activiteit', 'Wijkschouw Horssen organiseren met De Kernen en de gemeente', 'Q2', 300];
    ws.getRow(5).values = ['activiteit', 'Fietstocht langs de nieuwbouw in Horssen (gehouden op 14 september 2025)', '', ''];
    ws.getRow(6).values = ['ter info', 'Opgeleverd in 2025: 27 sociale huurwoningen Kapelstraat-Noord', '', ''];
    ws.getRow(7).values = ['KPI', 'Klanttevredenheid reparatieverzoeken: 80% tevreden', '', ''];
    ws.getRow(8).values = ['', 'Ons doel: 60% van de huurders in Horssen kent de Bewonersraad', '', ''];
    ws.getRow(9).values = ['', 'Bijdrage De Kernen aan de Bewonersraad 2026', '', 4500];
    ws.getRow(10).values = ['activiteit', 'Na de in 2025 afgeronde evaluatie de vervolgafspraken over de wijkschouw maken', 'Q3', ''];
    ws.getRow(11).values = ['activiteit', 'Gevelisolatie Kloosterakker – klaar in 2025, evaluatie met bewoners ook al gedaan', '', ''];
    ws.getRow(12).values = ['Vraag aan de secretaris: horen onze activiteiten in Beuningen ook in dit overzicht?'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad activiteiten 2026.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 10]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 6, 7, 8, 9, 11, 12]);
    const message = (row: number): string => read.problems.filter((p) => p.row === row).map((p) => `${p.code}: ${p.message}`).join(' | ');
    expect(message(5)).toContain('done-before');
    expect(message(5)).toContain('zegt zelf dat het al gedaan is ("gehouden op 14 september 2025"), vóór 2026');
    expect(message(6)).toContain('zegt zelf dat het al gedaan is ("Opgeleverd in 2025")');
    expect(message(7)).toContain('zegt wat men wil bereiken ("KPI")');
    expect(message(8)).toContain('aim-row');
    expect(message(9)).toContain('is een begrotingspost');
    expect(message(11)).toContain('zegt zelf dat het al gedaan is ("klaar in 2025")');
    expect(message(12)).toContain('bewaard als opmerking');
    expectPlacesInMessages(read);
  });

  it('reads a status shown by colour only as its legend explains it: a grey row that lapses is kept as a note, a red uncertain one stays', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Wie doet wat');
    ws.getCell('A1').value = 'De Kernen – activiteiten 2028';
    ws.getRow(3).values = ['Nr', 'Activiteit', 'Wanneer', 'Status'];
    ws.getRow(4).values = [1, 'Behoefteonderzoek sociale huurwoningen Horssen', 'Q1', null];
    ws.getRow(5).values = [2, 'Energiecoach-spreekuur in dorpshuis De Kei', 'heel jaar', null];
    ws.getRow(6).values = [3, 'Wijkschouw Horssen ondersteunen', 'mei', null];
    const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
    ws.getCell('D4').fill = solid('FFFF6B6B');
    ws.getCell('D5').fill = solid('FFBFBFBF');
    ws.getCell('D6').fill = solid('FF92D050');
    ws.getCell('A8').value = 'Status: groen = loopt / gepland · rood = onzeker (besluit nog niet rond) · grijs = vervalt in 2028, ter info laten staan';
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'De Kernen activiteiten 2028.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 8]);
    expect(read.problems.find((p) => p.row === 5)?.message).toContain('is grijs gekleurd (Status), volgens de uitleg in het bestand "vervalt in 2028, ter info laten staan"');
    expect(read.activities.every((a) => a.colours === undefined)).toBe(true);
    expectPlacesInMessages(read);
  });

  it('reads a status by symbol as its legend explains it: "❌" and "⏸ uitgesteld" to a later year are notes, "uitgesteld uit 2027" and "⏳" stay', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Activiteiten 2028');
    ws.getCell('A1').value = 'Woonwaarts – activiteitenoverzicht Druten 2028';
    ws.getRow(3).values = ['Status', 'Activiteit', 'Planning'];
    ws.getRow(4).values = ['⏳', 'Deest Zuid deelplan 3: start bouw 30 sociale huurwoningen', 'Q1 2028'];
    ws.getRow(5).values = ['⏸ uitgesteld', 'Start bouw 20 sociale huurwoningen Boomgaard Puiflijk', '2029'];
    ws.getRow(6).values = ['❌', 'Eigen buurtbudget Woonwaarts – opgegaan in het Buurtfonds van de gemeente', '–'];
    ws.getRow(7).values = ['uitgesteld uit 2027', 'Laatste 12 woningen met label E isoleren', 'Q1 2028'];
    ws.getRow(8).values = ['?? iets met de verhuiscoach – nog navragen'];
    ws.getRow(10).values = ['Legenda:', '✅ gereed (ter info)   ⏳ gepland   🔁 doorlopend'];
    ws.getRow(11).values = ['', '⏸ uitgesteld naar een later jaar   ❌ geschrapt (gaat niet door)'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'WW activiteitenoverzicht Druten 2028.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 7]);
    expect(read.notes.map((n) => n.row)).toEqual(expect.arrayContaining([5, 6]));
    const message = (row: number): string => read.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(message(5)).toContain('staat als "⏸ uitgesteld" (Status), volgens de uitleg in het bestand "uitgesteld naar een later jaar"');
    expect(message(6)).toContain('staat als "❌" (Status), volgens de uitleg in het bestand "geschrapt (gaat niet door)"');
    expectPlacesInMessages(read);
  });

  it("keeps a form's response sent twice, a complaint asked as a question and a Planner idea not yet planned as notes, each named", async () => {
    const forms = new Workbook();
    const form = forms.addWorksheet('Form1');
    form.getRow(1).values = ['Id', 'Begintijd', 'Tijdstip van voltooien', 'Naam', 'Wat gaan jullie doen?', 'Met wie?', 'PA'];
    const sent = (day: number, minute: number): Date => new Date(Date.UTC(2026, 5, day, 21, minute));
    form.getRow(2).values = [4, sent(3, 45), sent(3, 48), 'Riek Jansen', 'wijkschouw Deest (Wilgenland) in april organiseren; verslag naar gemeente en WW', 'gemeente, WW', '5.1'];
    form.getRow(3).values = [5, sent(3, 49), sent(3, 51), 'Riek Jansen', 'wijkschouw Deest (Wilgenland) in april organiseren; verslag naar gemeente en WW', 'gemeente, WW', '5.1'];
    form.getRow(4).values = [6, sent(4, 10), sent(4, 12), 'Theo Peters', 'Waarom krijgen we de stukken voor de overlegtafel altijd pas op de dag zelf?? graag een week eerder', '', ''];
    form.getRow(5).values = [7, sent(5, 2), sent(5, 9), 'Theo Peters', 'Vijverhof: is het nu brandveilig? We lopen mee met Woonwaarts', 'WW', '3'];
    form.getRow(6).values = [8, sent(5, 20), sent(5, 25), 'Riek Jansen', 'wijkschouw Deest (Wilgenland) in april organiseren; verslag naar gemeente en WW', 'gemeente, WW, buurtvereniging', '5.1'];
    const formRead = await readActivityWorkbook(Buffer.from(await forms.xlsx.writeBuffer()), 'HBD werkgroepen plannen 2027 (Forms).xlsx');
    // The same answer again is one activity; the same words with another partner named are a second.
    expect(formRead.activities.map((a) => a.rowNumber)).toEqual([2, 5, 6]);
    expect(formRead.notes.map((n) => n.row)).toEqual(expect.arrayContaining([3, 4]));
    const said = (read: ReadWorkbook, row: number): string => read.problems.filter((p) => p.row === row).map((p) => p.message).join(' | ');
    expect(said(formRead, 3)).toContain('herhaalt rij 2 woord voor woord');
    expect(said(formRead, 4)).toContain('is een vraag of klacht, geen activiteit');

    const planner = new Workbook();
    const tasks = planner.addWorksheet('Tasks');
    tasks.getRow(1).values = ['Task Name', 'Bucket Name', 'Progress', 'Due date'];
    tasks.getRow(2).values = ['Wijkschouw Deest 2028 ondersteunen', 'Leefbaarheid', 'Not started', new Date(Date.UTC(2028, 4, 31))];
    tasks.getRow(3).values = ["Idee: deelauto's bij nieuwbouw", 'Ideeën (nog niet ingepland)', 'Not started', ''];
    const tasksRead = await readActivityWorkbook(Buffer.from(await planner.xlsx.writeBuffer()), 'Woonwaarts - Druten PA 2028 (Planner).xlsx');
    expect(tasksRead.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(said(tasksRead, 3)).toContain('staat als "Ideeën (nog niet ingepland)" (Bucket Name)');
    expectPlacesInMessages(formRead);
    expectPlacesInMessages(tasksRead);
  });

  it("reads exports of other tools: a SharePoint list's folders, archive and copies, Planner's finished and overdue tasks, a sheet's checkboxes", async () => {
    const sharepoint = new Workbook();
    const list = sharepoint.addWorksheet('query');
    list.getRow(1).values = ['Title', 'Description', 'PA', 'Item Type', 'Path'];
    list.getRow(2).values = ['Thema 1 Woningbouw', '', '', 'Folder', 'sites/wonen/Lists/PA 2027'];
    list.getRow(3).values = ['Planmonitor 2027 delen', 'Informatie uit de planmonitor delen met de partners', '1.1', 'Item', 'sites/wonen/Lists/PA 2027/Thema 1 Woningbouw'];
    list.getRow(4).values = ['Doelgroepenverordening toepassen', 'Bij nieuwe plannen vanaf 10 woningen', '1.1', 'Item', 'sites/wonen/Lists/PA 2027/Thema 1 Woningbouw'];
    list.getRow(5).values = ['Onderzoek vergunningtraject beter benutten', 'Afgerond', '1.3', 'Item', 'sites/wonen/Lists/PA 2027/Archief 2026'];
    list.getRow(6).values = ['Kopie van Planmonitor 2027 delen', 'Informatie uit de planmonitor delen met de partners', '1.1', 'Item', 'sites/wonen/Lists/PA 2027'];
    list.getRow(7).values = ['Overlegtafel Leefbaarheid voorbereiden', 'Vier keer per jaar', '5.2', 'Item', 'sites/wonen/Lists/PA 2027/Thema 5'];
    const read = await readActivityWorkbook(Buffer.from(await sharepoint.xlsx.writeBuffer()), 'PA activiteiten 2027 - SharePoint export gemeente Druten.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([3, 4, 7]);
    expect(codes(read)).toEqual(expect.arrayContaining(['group-row', 'archived-row', 'repeated-row']));
    expect(read.problems.find((p) => p.code === 'repeated-row')?.message).toContain('is een kopie van "Planmonitor 2027 delen');

    const planner = new Workbook();
    const tasks = planner.addWorksheet('Taken');
    tasks.getCell('A1').value = 'Plannaam: Woonwaarts – Druten PA 2028';
    tasks.getRow(3).values = ['Task Name', 'Progress', 'Due date'];
    tasks.getRow(4).values = ['Brandveiligheid: maatregelen appartementencomplexen', 'Completed', new Date(Date.UTC(2027, 4, 31))];
    tasks.getRow(5).values = ['Inschrijfadvies Entree en Woongaard', 'In progress', new Date(Date.UTC(2027, 8, 30))];
    tasks.getRow(6).values = ['Wijkschouw Deest 2028 ondersteunen', 'Not started', new Date(Date.UTC(2028, 4, 31))];
    const tasksRead = await readActivityWorkbook(Buffer.from(await planner.xlsx.writeBuffer()), 'Woonwaarts - Druten PA 2028 (Planner).xlsx');
    expect(tasksRead.activities.map((a) => a.rowNumber)).toEqual([6]);
    expect(codes(tasksRead)).toEqual(expect.arrayContaining(['done-before', 'due-before']));

    const sheets = new Workbook();
    const ticks = sheets.addWorksheet('Activiteiten');
    ticks.getCell('A1').value = 'De Kernen activiteiten 2026';
    ticks.getRow(3).values = ['Activiteit', 'Gepland?', 'Gedaan?', 'Notities'];
    ticks.getRow(4).values = ['27 sociale huurwoningen Kloosterstraat Horssen opleveren', true, false, 'oplevering Q3'];
    ticks.getRow(5).values = ['Wijkschouw Horssen ondersteunen', false, false, 'niet in 2026: Horssen is pas in 2027 aan de beurt'];
    ticks.getRow(6).values = ['Brandveiligheidsonderzoek van de complexen', true, true, 'rapport brandweer ontvangen oktober 2025'];
    const ticksRead = await readActivityWorkbook(Buffer.from(await sheets.xlsx.writeBuffer()), 'De Kernen activiteiten 2026 - Google Spreadsheets.xlsx');
    expect(ticksRead.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(ticksRead.problems.find((p) => p.row === 5)?.message).toContain('is niet gepland (Gepland?: "ONWAAR")');
    expect(ticksRead.problems.find((p) => p.row === 6)?.message).toContain('is al gedaan (Gedaan?: "WAAR", 2025), vóór 2026');
    for (const r of [read, tasksRead, ticksRead]) expectPlacesInMessages(r);
  });

  it('reads a table pasted from Word with two rows per activity: the numbered title, and the description under it', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'HBD jaarplan 2027';
    ws.getRow(3).values = ['Nr', 'Activiteit', 'Rol', 'Wanneer'];
    const rows: (string | number)[][] = [
      ['1.', 'Wijkschouw Deest-Noord', 'organiseren', 'mei'],
      ['', 'Samen met Woonwaarts en de gemeente lopen we door Deest-Noord.'],
      ['2.', 'Advies isolatieaanpak D-labels', 'adviseren', 'januari – maart'],
      ['', 'Advies aan Woonwaarts over de bewonersbegeleiding bij het isoleren.'],
      ['3.', 'Zonnepanelen: huurders informeren', 'communiceren', 'voorjaar'],
      ['', 'Informatieavond en huisbezoekjes over het aanbod zonnepanelen.'],
    ];
    rows.forEach((values, i) => (ws.getRow(4 + i).values = values));
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'HBD jaarplan 2027 (uit Word).xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Wijkschouw Deest-Noord\nSamen met Woonwaarts en de gemeente lopen we door Deest-Noord.'],
      [6, 'Advies isolatieaanpak D-labels\nAdvies aan Woonwaarts over de bewonersbegeleiding bij het isoleren.'],
      [8, 'Zonnepanelen: huurders informeren\nInformatieavond en huisbezoekjes over het aanbod zonnepanelen.'],
    ]);
  });

  it('reads an outline by its numbers: a numbered title with numbered rows under it is their heading, a numbered row that says what is done is work', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Werkplan 2027');
    ws.getRow(1).values = ['Code', 'Omschrijving', 'Afspraak', 'Kwartaal'];
    ws.getRow(2).values = ['A.', 'Nieuwbouw Horssen'];
    ws.getRow(3).values = ['A.1', 'Kloosterhof fase 2: laatste 27 sociale huurwoningen opleveren', '1.1 bij 1 (2)', 'Q2'];
    ws.getRow(4).values = ['B.', 'Duurzaamheid & comfort'];
    ws.getRow(5).values = ['B.1', 'Pluspakketten: aanbod loopt door, ca. 40 aanvragen', '3 bij 7', 'hele jaar'];
    ws.getRow(6).values = ['B.1.1', 'Keuzelijst uitbreiden met buitenkraan en zonwering', '', 'Q2'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen werkplan 2027.xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([3, 5, 6]);
    expect(r.notes.map((n) => n.row)).toEqual([2, 4]);
    // The numbers typed before the text.
    const typed = new Workbook();
    const sheet = typed.addWorksheet('Jaarplan 2028');
    sheet.getRow(1).values = ['Activiteit', 'Kern', 'Gereed'];
    sheet.getRow(2).values = ['1.1 Kattenburg fase 2: 28 sociale huurappartementen opleveren', 'Druten', 'Q3'];
    sheet.getRow(3).values = ['1.2 Nieuwbouw Deest Zuid'];
    sheet.getRow(4).values = ['1.2.1 Start bouw eerste blok van 24 sociale huurwoningen', 'Deest', 'Q2'];
    const t = await readActivityWorkbook(await saveWorkbook(typed), 'Woonwaarts jaarplan 2028.xlsx', { planningYear: 2028 });
    expect(t.activities.map((a) => a.rowNumber)).toEqual([2, 4]);
    expect(t.problems.find((p) => p.row === 3)?.message).toContain('"1.2 Nieuwbouw Deest Zuid" is de kop van de genummerde regels eronder, geen activiteit');
    // Letters over letters and numbers: "A" over "A1", "A2".
    const lettered = new Workbook();
    const l = lettered.addWorksheet('Horssen 2027');
    l.getRow(1).values = ['Nr', 'Activiteit', 'Aantal'];
    l.getRow(2).values = ['A', 'Wonen en leefbaarheid', { formula: 'SUBTOTAL(109,C3:C4)', result: 20 }];
    l.getRow(3).values = ['A1', 'Onderzoek onder woningzoekenden in Horssen naar de vraag naar huurwoningen', 12];
    l.getRow(4).values = ['A2', 'Lotingcijfers presenteren aan gemeente en Bewonersraad', 8];
    const byLetter = await readActivityWorkbook(await saveWorkbook(lettered), 'De Kernen 2027.xlsx', { planningYear: 2027 });
    expect(byLetter.activities.map((a) => a.rowNumber)).toEqual([3, 4]);
  });

  it('reads a sentence a Word table broke over two rows on a word no sentence ends with, the rest opening with an abbreviation', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Tabel 1');
    ws.getRow(1).values = ['Thema', 'Wat gaan we doen', 'Wat vragen we van anderen', 'PA'];
    ws.getRow(2).values = ['Doorstroming', 'Verhuiscoach voor 55+ voortzetten (0,6 fte); inzet richten op huurders in', 'Gemeente: structurele bijdrage', '4.1 bij 3'];
    ws.getRow(3).values = ['', 'EGW met 3 of meer slaapkamers, i.c.m. voorrang bij nieuwbouw'];
    ws.getRow(4).values = ['Doorstroming', 'Regeling "Van Groot naar Beter" uitwerken met HBD;', 'HBD: meedenken', '4.1'];
    ws.getRow(5).values = ['', 'HBD organiseert een informatieavond'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts jaarplan 2027 (uit Word).xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [2, 'Verhuiscoach voor 55+ voortzetten (0,6 fte); inzet richten op huurders in EGW met 3 of meer slaapkamers, i.c.m. voorrang bij nieuwbouw'],
      [4, 'Regeling "Van Groot naar Beter" uitwerken met HBD;'],
      [5, 'HBD organiseert een informatieavond'],
    ]);
  });

  it('reads a table converted from PDF as the partner wrote it: the header and the page lines again, sentences broken at a page, a text one column to the right', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Table 1');
    ws.getCell('A1').value = 'Jaarplan Woonwaarts 2028 – concept';
    ws.getRow(3).values = ['Thema', 'Wat gaan we doen', 'Wat vragen we van anderen', 'Wanneer'];
    ws.getRow(4).values = ['Bouwen', 'Deest Zuid fase 2: 24 sociale huurwoningen in aanbouw. Om het aandeel sociale huur in Deest niet te laten stijgen', 'Gemeente: openbare ruimte', '2028'];
    ws.getRow(5).values = ['', 'verkopen we in hetzelfde tempo bestaande huurwoningen in Deest.'];
    ws.getRow(6).values = ['Duurzaam', 'Voor label D maken we een duur-', 'Huurders: instemming', 'Q1'];
    ws.getRow(7).values = ['', 'zaamheidsplanning tot 2030.'];
    ws.getRow(8).values = ['Jaarplan Woonwaarts 2028 – concept', '', '', 'Pagina 1 van 2'];
    ws.getRow(9).values = ['Thema', 'Wat gaan we doen', 'Wat vragen we van anderen', 'Wanneer'];
    ws.getRow(10).values = ['Jaarplan Woonwaarts 2028 – concept'];
    ws.getRow(11).values = ['', '', "Regeling 'Verhuizen met behoud van huur' voor 65-plussers die kleiner gaan wonen", 'HBD: advies', 'vanaf 1 januari'];
    ws.getRow(12).values = ['Wonen', 'Oudere huurders aanschrijven als de appartementen te huur komen', 'HBD: meelezen', 'Q3'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Jaarplan Woonwaarts 2028.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Deest Zuid fase 2: 24 sociale huurwoningen in aanbouw. Om het aandeel sociale huur in Deest niet te laten stijgen verkopen we in hetzelfde tempo bestaande huurwoningen in Deest.'],
      [6, 'Voor label D maken we een duurzaamheidsplanning tot 2030.'],
      [11, "Regeling 'Verhuizen met behoud van huur' voor 65-plussers die kleiner gaan wonen"],
      [12, 'Oudere huurders aanschrijven als de appartementen te huur komen'],
    ]);
    const moved = r.activities.find((a) => a.rowNumber === 11);
    expect([moved?.needs, moved?.planning]).toEqual(['HBD: advies', 'vanaf 1 januari']);
    expect(r.problems.find((p) => p.row === 11)?.message).toContain('de cellen van deze rij staan vanaf kolom B één kolom te ver naar rechts');
    // The page line is kept as a note; the header and the title again are nothing to read, and nothing to warn of.
    expect(r.notes.map((n) => n.row)).toEqual([8]);
    expect(r.problems.some((p) => p.row === 9 || p.row === 10)).toBe(false);
  });

  it('reads a text that landed alone in an empty column beside the activity\'s as the activity, the rest of the row in place', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Table 1');
    ws.getRow(1).values = ['Nr.', 'Opgave / actie', '', 'Rol gemeente', 'Planning'];
    ws.getRow(2).values = ['6.', 'Vervolg project "Iedereen doet mee": huisbezoeken bij huishoudens die moeilijk meekomen', '', 'uitvoeren', 'heel 2028'];
    ws.getRow(3).values = ['7.', '', 'Werkafspraken met Woonwaarts, De Kernen en GGD over ernstig vervuilde woningen', 'regisseren', 'Q3'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Gemeente 2028.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.role, a.planning])).toEqual([
      [2, 'Vervolg project "Iedereen doet mee": huisbezoeken bij huishoudens die moeilijk meekomen', 'uitvoeren', 'heel 2028'],
      [3, 'Werkafspraken met Woonwaarts, De Kernen en GGD over ernstig vervuilde woningen', 'regisseren', 'Q3'],
    ]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('de tekst van deze rij staat in kolom C, naast de kolom "Opgave / actie"');
  });

  it('reads the subject as the activity where it is written in sentences under "Onderwerp", never a column of dates', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Bestuurlijke planning');
    ws.getCell('A1').value = 'Bestuurlijke planning 2027 – cluster Wonen';
    ws.getRow(3).values = ['Nr', 'Onderwerp', 'Soort stuk', 'College', 'Raad', 'PA'];
    ws.getRow(4).values = [1, 'Verordening volkshuisvestelijk vereveningsfonds sociale woningbouw', 'raadsvoorstel', new Date(Date.UTC(2027, 0, 26)), new Date(Date.UTC(2027, 2, 23)), '1.1'];
    ws.getRow(5).values = [2, 'Bijdrage aan de verhuiscoach van Woonwaarts vanaf 2028 structureel in de begroting', 'collegebesluit', new Date(Date.UTC(2027, 8, 14)), null, '4.1'];
    ws.getColumn(4).numFmt = 'dd-mm-yyyy';
    ws.getColumn(5).numFmt = 'dd-mm-yyyy';
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Gemeente bestuurlijke planning 2027.xlsx', { planningYear: 2027 });
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Verordening volkshuisvestelijk vereveningsfonds sociale woningbouw',
      'Bijdrage aan de verhuiscoach van Woonwaarts vanaf 2028 structureel in de begroting',
    ]);
    expect(r.problems.find((p) => p.code === 'activity-column-guessed')?.message).toContain('kolom B "Onderwerp" is als activiteit gelezen');
  });

  it("puts the subject before the planning year's text where that column was read as the activity", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Meerjarenplan');
    ws.getRow(1).values = ['Onderwerp', '2026', '2027', '2028', 'Wie'];
    ws.getRow(2).values = ['Jaarvergadering', '✓', '✓', 'april, met verkiezing van nieuwe bestuursleden', 'bestuur'];
    ws.getRow(3).values = ['Klankbordgroep warmtepomp', 'opgericht', 'ervaringen opgehaald, verslag naar De Kernen', 'afgerond', 'Jan'];
    ws.getRow(4).values = ['Woonfraude', 'meldpunt onder de aandacht gebracht', '', 'huurders uitleggen wat het convenant betekent (onderhuur, hennep)', 'Gerda'];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'Bewonersraad meerjarenplan.xlsx', { planningYear: 2028 });
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Jaarvergadering: april, met verkiezing van nieuwe bestuursleden',
      'Woonfraude: huurders uitleggen wat het convenant betekent (onderhuur, hennep)',
    ]);
    expect(r.notes.map((n) => n.row)).toEqual([3]);
  });

  it("reads a multi-year plan by the planning year's column, under the project's name; 'idem' carries the year before on", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Meerjarenplanning');
    ws.getCell('A1').value = 'Woonwaarts – meerjarenplanning Druten 2026-2028 (t.b.v. activiteitenoverzicht 2027)';
    ws.getRow(3).values = ['Nr', 'Project / onderwerp', 'Kern', '2026', '2027', '2028'];
    ws.getRow(4).values = ['WW-01', 'Steenfabriek fase 2', 'Druten', 'start bouw 44 woningen', 'bouw loopt; oplevering eerste 20 app. in Q4', 'restoplevering'];
    ws.getRow(5).values = ['WW-02', 'Pilot splitsen Heilig Land', 'Druten', '2 EGW splitsen in 4 starterswoningen', '', 'evaluatie pilot'];
    ws.getRow(6).values = ['WW-03', 'Huur en energielabel', 'alle', 'geen huurverhoging bij label D t/m G', 'idem', 'idem'];
    ws.getRow(7).values = ['WW-04', 'Woningvervuiling', 'alle', 'werkafspraken met gem. en GGD', '–', ''];
    ws.getRow(8).values = ['WW-05', 'Buurtbemiddeling', 'alle', 'contract buurtbemiddeling loopt door'];
    ws.mergeCells('D8:F8');
    // Nothing under any year: the columns say nothing of it, and it is read as written.
    ws.getRow(9).values = ['WW-06', 'Bouwplanning afstemmen met rioolvervanging gemeente (werk met werk)', 'Druten'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'WW meerjarenplanning 2026-2028 (tbv 2027).xlsx');
    expect(read.yearHint).toBe(2027);
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [4, 'Steenfabriek fase 2: bouw loopt; oplevering eerste 20 app. in Q4'],
      [6, 'Huur en energielabel: geen huurverhoging bij label D t/m G (idem, zoals in 2026)'],
      [8, 'Buurtbemiddeling: contract buurtbemiddeling loopt door'],
      [9, 'Bouwplanning afstemmen met rioolvervanging gemeente (werk met werk)'],
    ]);
    expect(read.notes.map((n) => n.row)).toEqual([5, 7]);
    expect(read.problems.find((p) => p.code === 'year-columns')?.message).toContain('de kolommen 2026, 2027, 2028 zeggen per jaar wat er gebeurt; per rij is als activiteit gelezen wat onder 2027 staat');
    expect(read.problems.filter((p) => p.code === 'nothing-this-year').map((p) => p.row)).toEqual([5, 7]);
    expect(read.problems.filter((p) => p.code === 'unknown-column').map((p) => p.column)).toEqual(['C']);
    expectPlacesInMessages(read);
  });

  it('reads back what a conversion from PDF did: a sentence broken over two rows, a row moved one column to the right', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Table 1');
    ws.getCell('A1').value = 'Jaarplan 2026 – Bewonersraad De Kernen';
    ws.getRow(3).values = ['Nr.', 'Activiteit', 'Wie', 'Wanneer'];
    ws.getRow(4).values = [1, 'Pluspakketten onder de aandacht brengen in De Pit en bij', 'Marian', 'heel jaar'];
    ws.getRow(5).values = ['', 'huisbezoeken aan oudere huurders'];
    ws.getRow(6).values = ['', 2, 'Energiefestival De Kernen: kraam van de Bewonersraad', 'Henk', 'okt'];
    ws.getRow(7).values = [3, 'Wijkschouw Horssen organiseren met De Kernen', 'Gerrit', 'mei'];
    ws.getRow(8).values = [4, 'Tuinenactie met tips over vergroening', 'Ria', 'april'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Jaarplan Bewonersraad 2026 (uit pdf).xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toEqual([
      [4, 'Pluspakketten onder de aandacht brengen in De Pit en bij huisbezoeken aan oudere huurders', 'heel jaar'],
      [6, 'Energiefestival De Kernen: kraam van de Bewonersraad', 'okt'],
      [7, 'Wijkschouw Horssen organiseren met De Kernen', 'mei'],
      [8, 'Tuinenactie met tips over vergroening', 'april'],
    ]);
    expect(read.activities[1]?.fieldColumns?.activity).toBe('C');
    expect(read.problems.find((p) => p.code === 'shifted-row')?.message).toContain('de cellen van deze rij staan één kolom te ver naar rechts (het nummer "2" in kolom B, de tekst in kolom C)');
    expectPlacesInMessages(read);
  });

  it('reads a row with a subject of its own under a numbered row as its own row, though it opens in lower case', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Horssen 2028');
    ws.getRow(1).values = ['Nr.', 'Onderwerp', 'Inzet De Kernen', 'Nodig van', 'Gereed'];
    ws.getRow(2).values = [1, 'Statushouders', 'Aandeel DK 5% van de taakstelling: ca. 1 woning in Horssen; halfjaarlijks afstemmen met gemeente', 'gemeente', 'doorlopend'];
    ws.getRow(3).values = ['', 'Beschermd wonen', "ter info: 's Heeren Loo plant 8 plaatsen beschermd wonen in de oude pastorie Horssen", '', ''];
    ws.getRow(4).values = [2, 'Woonbegeleiding', 'Aansluiten bij bijeenkomst gemeente en zorgpartijen over woonbegeleiding', 'gemeente', 'Q1'];
    ws.getRow(5).values = [3, 'Seniorenwoningen', 'Kloosterveld: 12 nultredenwoningen toewijzen met voorrang voor', '', 'Q3'];
    ws.getRow(6).values = ['', '', 'senioren uit Horssen'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'De Kernen - inzet Horssen 2028.xlsx', { planningYear: 2028 });
    expect(read.activities.map((a) => [a.rowNumber, a.activity])).toEqual([
      [2, 'Aandeel DK 5% van de taakstelling: ca. 1 woning in Horssen; halfjaarlijks afstemmen met gemeente'],
      [4, 'Aansluiten bij bijeenkomst gemeente en zorgpartijen over woonbegeleiding'],
      [5, 'Kloosterveld: 12 nultredenwoningen toewijzen met voorrang voor senioren uit Horssen'],
    ]);
    expect(read.notes.map((n) => n.row)).toContain(3);
  });

  it("sets aside last year's table kept above this year's on one sheet, named in one warning", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Druten 2027-2028');
    ws.getCell('A1').value = 'Woonwaarts – gemeente Druten: terugblik 2027 en planning 2028';
    ws.getCell('A3').value = 'A. TERUGBLIK 2027 (stand 1 juni 2027)';
    ws.getRow(4).values = ['Nr', 'Omschr. activiteit', 'Kern', 'Stand'];
    ws.getRow(5).values = [1, 'Oplevering 44 sociale huurwoningen Steenfabriek fase 2', 'Druten', 'vertraagd, oplevering feb 2028'];
    ws.getRow(6).values = [2, 'Pilot woningdelen in twee eengezinswoningen Heilig Land', 'Druten', 'niet gestart → naar 2028'];
    ws.getCell('A8').value = 'B. PLANNING 2028';
    ws.getRow(9).values = ['Nr', 'Omschr. activiteit', 'Kern', 'Nodig van gem./HBD'];
    ws.getRow(10).values = [1, 'Steenfabriek fase 2: restoplevering 44 sociale huurwoningen', 'Druten', ''];
    ws.getRow(11).values = [2, 'Pilot woningdelen in twee eengezinswoningen Heilig Land (doorgeschoven)', 'Druten', 'vergunning'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'WW Druten terugblik 2027 en planning 2028.xlsx');
    expect(read.yearHint).toBe(2028);
    expect(read.activities.map((a) => a.rowNumber)).toEqual([10, 11]);
    expect(read.notes.map((n) => n.row)).toEqual(expect.arrayContaining([5, 6]));
    const warning = read.problems.find((p) => p.code === 'earlier-year-table');
    expect(warning?.row).toBe(3);
    expect(warning?.message).toContain('de tabel onder "A. TERUGBLIK 2027 (stand 1 juni 2027)" gaat over 2027, niet over 2028: haar 2 regels zijn bewaard als opmerking');
    expectPlacesInMessages(read);
  });

  it('reads the detail lines under a list item as part of that item, not as activities of their own', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'Bewonersraad De Kernen – wat doen we in 2028';
    ws.getRow(3).values = ['Onderwerp', 'Activiteiten'];
    ws.getRow(4).values = ['Leefbaarh.', '– Wijkschouw Horssen en Altforst organiseren'];
    ws.getRow(5).values = ['', '   · looproute met De Kernen afstemmen'];
    ws.getRow(6).values = ['', '   · uitnodiging in De Pit'];
    ws.getRow(7).values = ['', '– Leefbaarheidsproblemen per buurt in kaart brengen'];
    ws.getRow(8).values = ['Energie', '– Energiefestival mee organiseren'];
    ws.getRow(9).values = ['', '   · vrijwilligers werven'];
    ws.getRow(10).values = ['', '– Meekijken of alle woningen label C of beter hebben'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad 2028.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 7, 8, 10]);
    expect(read.activities[0]?.activity).toContain('looproute met De Kernen afstemmen');
    expect(read.activities[0]?.lastRowNumber).toBe(6);
    expect(read.activities[2]?.activity).toContain('vrijwilligers werven');
  });

  it('reads an activity that a summary sheet repeats once, where it first stands, and names the repeat; the same words on two kern sheets stay two', async () => {
    const wb = new Workbook();
    for (const [name, rows] of [
      ['Druten', ['Steenfabriek fase 3: 36 sociale huurappartementen', 'Hofje Julianastraat: 16 seniorenwoningen', 'Wijkschouw met bewoners en gemeente']],
      ['Deest', ['Deest Zuid fase 2: 30 sociale huurwoningen', 'Wijkschouw met bewoners en gemeente']],
      [
        'Totaal',
        [
          'Steenfabriek fase 3: 36 sociale huurappartementen',
          'Hofje Julianastraat: 16 seniorenwoningen',
          'Deest Zuid fase 2: 30 sociale huurwoningen',
          'Werkgebiedbreed: huurdersapp invoeren',
        ],
      ],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getRow(1).values = ['Activiteit', 'Planning', 'Trekker'];
      rows.forEach((text, i) => (ws.getRow(2 + i).values = [text, '2028', 'Woonwaarts']));
    }
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Wijkplannen Woonwaarts 2028.xlsx');
    expect(read.activities.map((a) => [a.sheet, a.rowNumber])).toEqual([
      ['Druten', 2],
      ['Druten', 3],
      ['Druten', 4],
      ['Deest', 2],
      ['Deest', 3],
      ['Totaal', 5],
    ]);
    const repeats = read.problems.filter((p) => p.code === 'repeated-row');
    expect(repeats.map((p) => [p.sheet, p.row])).toEqual([
      ['Totaal', 2],
      ['Totaal', 3],
      ['Totaal', 4],
    ]);
    expect(repeats[0]?.message).toContain('staat ook op blad "Druten", rij 2');
    expectPlacesInMessages(read);
  });

  it('reads a sheet named as a summary ("Totaaloverzicht") as one, before the theme sheets too: a repeat there is read once, on its own sheet', async () => {
    const wb = new Workbook();
    for (const [name, rows] of [
      ['Totaaloverzicht', ['Nieuwbouw De Hoge Hof fase 1: 24 sociale huurappartementen', 'Huurdersapp invoeren in het hele werkgebied']],
      ['Wonen', ['Nieuwbouw De Hoge Hof fase 1: 24 sociale huurappartementen', 'Monitor woonruimteverdeling toelichten aan gemeente en huurders']],
      ['Duurzaamheid', ['Zonnepanelen aanbieden aan huurders Rozenhof']],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getRow(1).values = ['Activiteit', 'Planning'];
      rows.forEach((text, i) => (ws.getRow(2 + i).values = [text, '2027']));
    }
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'WW activiteiten Druten 2027.xlsx');
    expect(read.activities.map((a) => [a.sheet, a.rowNumber])).toEqual([
      ['Totaaloverzicht', 3],
      ['Wonen', 2],
      ['Wonen', 3],
      ['Duurzaamheid', 2],
    ]);
    const repeat = read.problems.find((p) => p.code === 'repeated-row');
    expect([repeat?.sheet, repeat?.row]).toEqual(['Totaaloverzicht', 2]);
    expect(repeat?.message).toContain('staat ook op blad "Wonen", rij 2');
  });

  it('reads a matrix of roles by the activity column, not a column of marks beside it', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getRow(2).values = ['Onderwerp', 'De Kernen', 'Gemeente', 'Bewonersraad', 'Wanneer'];
    ws.getRow(3).values = ['Hybride warmtepomp bij vervanging cv-ketel', 'T', '', 'I', 'hele jaar'];
    ws.getRow(4).values = ['Wijkschouw Horssen', 'x', 'x', 'T', 'mei'];
    ws.getRow(5).values = ['Planmonitor woningbouw', '', 'T', 'I', 'oktober'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad rollen 2028.xlsx');
    expect(read.activities.map((a) => a.activity)).toEqual(['Hybride warmtepomp bij vervanging cv-ketel', 'Wijkschouw Horssen', 'Planmonitor woningbouw']);
  });

  it('reads a summary row that names its kern\'s sheet and shortens a row of it as that row, before or after the kern sheets', async () => {
    const wb = new Workbook();
    const summary = wb.addWorksheet('Overzicht');
    summary.addRow(['Kern', 'Activiteit', 'Planning']);
    summary.addRow(['Druten', 'Zonnepanelen Julianastraat e.o.', 'voorjaar']);
    summary.addRow(['Hele werkgebied', 'Ca. 80% van de vrijkomende woningen verhuren tot de hoge aftoppingsgrens', 'hele jaar']);
    summary.addRow(['Deest', 'Wijkschouw Deest-Noord', 'mei']);
    const druten = wb.addWorksheet('Druten');
    druten.addRow(['Activiteit', 'Planning']);
    druten.addRow(['Zonnepanelen aanbieden aan de huurders van de Julianastraat en omgeving', 'voorjaar']);
    druten.addRow(['Wijkschouw Druten-Zuid organiseren met HBD', 'mei']);
    const deest = wb.addWorksheet('Deest');
    deest.addRow(['Activiteit', 'Planning']);
    deest.addRow(['Wijkschouw Deest-Zuid organiseren met HBD', 'juni']);
    const read = await readActivityWorkbook(await saveWorkbook(wb), 'Woonwaarts activiteiten 2027 per kern.xlsx', { planningYear: 2027 });
    expect(read.activities.map((a) => [a.sheet, a.rowNumber])).toEqual([
      ['Overzicht', 3],
      ['Overzicht', 4],
      ['Druten', 2],
      ['Druten', 3],
      ['Deest', 2],
    ]);
    expect(read.problems.find((p) => p.code === 'repeated-row')?.message).toContain(
      'staat ook op blad "Druten", rij 2 (daar voluit: "Zonnepanelen aanbieden aan de huurders van de Julianastraat…")',
    );
  });
});

describe('a remarks column that names the afspraak too', () => {
  it('reads a reference written in a "Toelichting / PA" remark as the row\'s reference, and keeps the remark as written', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('MJB Druten');
    ws.getRow(3).values = ['Code', 'Post / activiteit', 'Begr. 2028', 'Toelichting / PA'];
    ws.getRow(4).values = ['A3', 'Geen huurverhoging voor woningen met label E t/m G (huurderving)', -92, 'advies HBD in januari; PA 2.2'];
    ws.getRow(5).values = ['D1', 'Verhuiscoach (0,6 fte) incl. verhuisvergoeding senioren', 68, 'PA 4.1'];
    ws.getRow(6).values = ['D2', 'Leefbaarheidsbudget voor bewonersinitiatieven', 45, 'zie jaarverslag'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Woonwaarts MJB 2028.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.agreementRef, a.notes])).toEqual([
      [4, 'PA 2.2', 'advies HBD in januari; PA 2.2'],
      [5, 'PA 4.1', 'PA 4.1'],
      [6, undefined, 'zie jaarverslag'],
    ]);
    expect(read.activities[1]?.fieldColumns?.agreementRef).toBe('D');
  });

  it('leaves a remark that mentions an afspraak alone when the table has its own reference column, or the remarks column does not name one', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan');
    ws.getRow(1).values = ['Activiteit', 'Trekker', 'Opmerking'];
    ws.getRow(2).values = ['Wijkschouw Deest met gemeente en huurders', 'Woonwaarts', 'zoals in PA 5.1 afgesproken'];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Jaarplan.xlsx');
    expect(read.activities[0]?.agreementRef).toBeUndefined();
  });
});

describe("a project tool's export, and minutes beside a begroting", () => {
  it('reads the items\' titles as activities, their labels as references and their keys as row numbers, and keeps the epics as notes', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('general_report');
    ws.getCell('A1').value = 'Woonstichting Jira';
    ws.getCell('A2').value = 'Displaying 3 issues at 16/Jun/27 10:42 AM';
    ws.getRow(4).values = ['Issue Type', 'Key', 'Summary', 'Status', 'Labels', 'Epic Link', 'Assignee', 'Due Date'];
    ws.getRow(5).values = ['Epic', 'PAD-1', 'Nieuwbouw en voorraad 2028', 'In Progress', 'PA-1.1', '', 'M. Hendriks', new Date(Date.UTC(2028, 11, 31))];
    ws.getRow(6).values = ['Story', 'PAD-14', 'Steenfabriek fase 2: 28 sociale huurappartementen aanbesteden', 'To Do', 'PA-1.1', 'PAD-1', 'M. Hendriks', new Date(Date.UTC(2028, 5, 30))];
    ws.getRow(7).values = ['Task', 'PAD-52', 'Go-live huurdersapp', 'In Progress', 'ICT', '', 'R. Peters', new Date(Date.UTC(2028, 0, 31))];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Jira export.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.rowLabel, a.activity, a.agreementRef])).toEqual([
      [6, 'PAD-14', 'Steenfabriek fase 2: 28 sociale huurappartementen aanbesteden', 'PA-1.1'],
      [7, 'PAD-52', 'Go-live huurdersapp', 'ICT'],
    ]);
    expect(read.activities[0]?.planning).toBeTruthy();
    expect(read.notes.map((n) => [n.row, n.text])).toEqual([[5, 'Nieuwbouw en voorraad 2028']]);
    const epic = only(read, 'group-row');
    expect(epic).toMatchObject({ row: 5, column: 'A' });
    expect(epic.message).toContain('"Nieuwbouw en voorraad 2028" is een epic');
    expectPlacesInMessages(read);
  });

  it("reads a task board's card names with their descriptions as the activities, and its tags as references", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Trello export');
    ws.getRow(1).values = ['Card ID', 'Card Name', 'Card Description', 'Tags', 'List Name', 'Due Date'];
    ws.getRow(2).values = ['c-101', 'Wijkschouw Horssen', 'Datum prikken met gemeente en De Kernen, bewoners uitnodigen', 'PA-5.1', 'Gepland', new Date(Date.UTC(2027, 4, 20))];
    ws.getRow(3).values = ['c-102', 'Brandveiligheid', 'Meelopen met de brandveiligheidsronde van De Kernen in de seniorenflats', 'PA-3', 'Gepland', new Date(Date.UTC(2027, 1, 28))];
    ws.getRow(4).values = ['c-103', 'Pluspakketten bekend maken', 'Artikel in De Pit en uitleg op de huurdersavond', '', 'Bezig', new Date(Date.UTC(2027, 2, 1))];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad taken.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.agreementRef])).toEqual([
      [2, 'Wijkschouw Horssen: Datum prikken met gemeente en De Kernen, bewoners uitnodigen', 'PA-5.1'],
      [3, 'Brandveiligheid: Meelopen met de brandveiligheidsronde van De Kernen in de seniorenflats', 'PA-3'],
      [4, 'Pluspakketten bekend maken: Artikel in De Pit en uitleg op de huurdersavond', undefined],
    ]);
    expect(read.problems.map((p) => p.code)).toContain('activity-two-columns');
    expectPlacesInMessages(read);
  });

  it('keeps a minute that agrees something beside the begroting\'s total, and skips one that records no action', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Jaarplan');
    ws.getRow(3).values = ['Nr', 'Uit de notulen', 'Met wie', 'Wanneer', '', 'Begroting 2027', 'Bedrag'];
    ws.getRow(4).values = [1, 'Afgesproken: Henk en Marian lopen mee met de wijkschouw Horssen-Noord', 'De Kernen', 'voorjaar', '', 'Zaalhuur', 480];
    ws.getRow(5).values = [2, 'Besproken: houtstook. Geen actie voor ons, eerst besluit gemeente afwachten', '', '', '', 'Onvoorzien', 150];
    ws.getRow(6).values = [3, 'Afgesproken: cursus "huurrecht voor beginners" voor de twee nieuwe leden', 'Woonbond', 'najaar', '', 'Totaal', { formula: 'SUM(G4:G5)', result: 630 }];
    ws.getRow(7).values = ['', '', '', '', '', 'Totaal', { formula: 'SUM(G4:G6)', result: 630 }];
    const read = await readActivityWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'Bewonersraad jaarplan.xlsx');
    expect(read.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(read.notes.map((n) => n.row)).toContain(5);
    expect(read.problems.filter((p) => p.code === 'total-row').map((p) => p.row)).toEqual([7]);
  });
});
