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

  it('skips the note under the table with a warning, and ignores the empty trailing sheet', () => {
    expect(codes(read)).toEqual(['footer-row']);
    expect(only(read, 'footer-row')).toMatchObject({ sheet: 'Blad1', row: 9, column: 'A' });
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

  it('keeps a row with data but no activity, with a warning naming the activity column', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Afspraak', 'Maatregel', 'Periode'];
      ws.getRow(2).values = ['1.1 bij 4', 'Overleg met corporaties', 'Q1'];
      ws.getRow(3).values = ['1.1 bij 6', '', 'Q3'];
    });
    expect(r.activities.map((a) => [a.rowNumber, a.activity, a.agreementRef, a.planning])).toEqual([
      [2, 'Overleg met corporaties', '1.1 bij 4', 'Q1'],
      [3, '', '1.1 bij 6', 'Q3'],
    ]);
    expect(only(r, 'no-activity-text').message).toBe(
      'test 2027.xlsx, blad "Blad1", rij 3, kolom B: deze rij heeft gegevens (kolom A "1.1 bij 6", kolom C "Q3") maar geen activiteit in kolom B. De rij is bewaard; vul de activiteit aan of verwijder de rij.',
    );
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
      ws.getRow(1).values = ['Thema', 'Wat', 'Planning', 'Samen met'];
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

  it('does not take an activity that starts with "Totaal" for a total row', async () => {
    const r = await read((ws) => {
      ws.getRow(1).values = ['Activiteit', 'Planning'];
      ws.getRow(2).values = ['Totaal aantal woningen met label E, F of G in beeld brengen', 'Q1'];
      ws.getRow(3).values = ['Totaal:', ''];
    });
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(only(r, 'total-row').row).toBe(3);
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
  async function filled(change?: (ws: Worksheet, col: (f: ActivityField) => number, first: number) => void) {
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
    change?.(ws, col, first);
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
