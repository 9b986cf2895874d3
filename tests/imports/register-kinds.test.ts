// A register sent as the activiteitenoverzicht (RAID-log, actie- en besluitenlijst, risicoregister):
// its risks, issues, assumptions and dependencies, and the decisions already taken, are no work of the
// year, however much they say about an afspraak's subject. The file tells each row's kind by a word or a
// letter before the text, a "Type" column, a fill colour or a block heading, as its legend explains; each
// such row is kept as a note with a warning naming it. The actions taken on them are activities.
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, saveWorkbook } from '../helpers/workbook';

async function read(fileName: string, fill: (ws: Worksheet) => void, planningYear = 2028): Promise<ReadWorkbook> {
  const wb = new Workbook();
  fill(wb.addWorksheet('Register'));
  return readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear });
}

const warned = (r: ReadWorkbook, row: number): string => r.problems.find((p) => p.row === row && p.severity === 'warning')?.message ?? '';

describe('a register that marks the kind of each row', () => {
  it('reads a "Type" column by the legend above the table', async () => {
    const r = await read('RAID-log wonen gemeente 2028.xlsx', (ws) => {
      ws.getCell('A1').value = 'RAID-log prestatieafspraken wonen 2028';
      ws.getCell('A2').value = 'Type: A = actie · R = risico · B = besluit · I = issue · D = afhankelijkheid';
      ws.getRow(4).values = ['Nr', 'Type', 'Omschrijving', 'Eigenaar', 'Deadline'];
      ws.getRow(5).values = ['A-01', 'A', 'Anterieure overeenkomst Heuvelakker afsluiten: 30% sociale huur vastleggen', 'Sanne', 'Q1 2028'];
      ws.getRow(6).values = ['R-01', 'R', 'Ontwikkelaar Heuvelakker wil de sociale huur afkopen in plaats van bouwen', 'Sanne', ''];
      ws.getRow(7).values = ['A-02', 'A', 'Actie n.a.v. R-01: doelgroepenverordening opstellen, concept naar de raad', 'Sanne', 'juni 2028'];
      ws.getRow(8).values = ['I-01', 'I', 'Wachttijd energieloket loopt op tot 6 weken', 'Marloes', ''];
      ws.getRow(9).values = ['B-01', 'B', 'Geen vereveningsfonds, sturing via anterieure overeenkomsten', 'wethouder', 'Q4 2027'];
    });
    expect(activityTexts(r)).toEqual([
      'Anterieure overeenkomst Heuvelakker afsluiten: 30% sociale huur vastleggen',
      'Actie n.a.v. R-01: doelgroepenverordening opstellen, concept naar de raad',
    ]);
    expect(r.notes.map((n) => n.row)).toEqual([6, 8, 9]);
    expect(warned(r, 6)).toContain('staat als "R" (Type), volgens de uitleg in het bestand "risico"');
    expect(warned(r, 9)).toContain('een besluit, geen werk dat gepland is');
    expectPlacesInMessages(r);
  });

  it('reads the letters before the text of a register whose rows open with "Actie –"', async () => {
    const r = await read(
      'Actie- en besluitenlijst PA 2027.xlsx',
      (ws) => {
        ws.getRow(2).values = ['Nr', 'Omschrijving', 'Wie', 'Wanneer'];
        ws.getRow(3).values = [1, 'Actie – De Lakei: 44 sociale huurappartementen bouwen', 'Projecten', 'Q3 2027'];
        ws.getRow(4).values = [2, 'R: stikstof – vergunning Deest Zuid nog niet onherroepelijk', 'Projecten', ''];
        ws.getRow(5).values = [3, 'Actie – nieuwe stikstofberekening Deest Zuid laten maken', 'Projecten', 'voor 1 april'];
        ws.getRow(6).values = [4, 'I: te weinig kandidaten voor de verhuiscoach', 'Wonen', ''];
        ws.getRow(7).values = [5, 'Knelpunt: wachtlijst voor de scootmobielstalling', 'Wonen', ''];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Actie – De Lakei: 44 sociale huurappartementen bouwen', 'Actie – nieuwe stikstofberekening Deest Zuid laten maken']);
    expect(warned(r, 4)).toContain('begint met "R:", in dit register "risico"');
    expect(warned(r, 7)).toContain('begint met "Knelpunt"');
  });

  it('leaves a letter before the text alone where the rows do not open with their kind', async () => {
    const r = await read('Woonwaarts activiteiten 2028.xlsx', (ws) => {
      ws.getRow(2).values = ['Activiteit', 'Wanneer'];
      ws.getRow(3).values = ['R: renovatie Hoogstraat, 36 woningen naar label B', 'Q2'];
      ws.getRow(4).values = ['Wijkschouw Deest met HBD', 'mei'];
    });
    expect(activityTexts(r)).toEqual(['R: renovatie Hoogstraat, 36 woningen naar label B', 'Wijkschouw Deest met HBD']);
  });

  it('reads a fill colour by the legend over three cells above the table', async () => {
    const r = await read(
      'HBD actielijst 2027.xlsx',
      (ws) => {
        const paint = (row: number, columns: number[], argb: string) => {
          for (const c of columns) ws.getCell(row, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
        };
        ws.getCell('A2').value = 'groen = actie HBD';
        ws.getCell('B2').value = 'oranje = risico / knelpunt';
        ws.getCell('C2').value = 'blauw = besluit / afspraak';
        paint(2, [1], 'FFC6EFCE');
        paint(2, [2], 'FFF4B183');
        paint(2, [3], 'FF9DC3E6');
        ws.getRow(4).values = ['Wat', 'Met wie', 'Wanneer'];
        ws.getRow(5).values = ['Wijkschouw Deest-Centrum organiseren', 'WW, gemeente', 'mei'];
        ws.getRow(6).values = ['Te weinig actieve leden voor schouw én enquête tegelijk', 'bestuur', ''];
        ws.getRow(7).values = ['Huurverhoging 1 juli 2027 = inflatie, label D t/m G 0%', 'WW', ''];
        ws.getRow(8).values = ['Steekproef huurbrieven: krijgen huurders met label D t/m G echt 0%?', 'WW', 'juli'];
        paint(5, [1, 2, 3], 'FFC6EFCE');
        paint(6, [1, 2, 3], 'FFF4B183');
        paint(7, [1, 2, 3], 'FF9DC3E6');
        paint(8, [1, 2, 3], 'FFC6EFCE');
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Wijkschouw Deest-Centrum organiseren', 'Steekproef huurbrieven: krijgen huurders met label D t/m G echt 0%?']);
    expect(warned(r, 6)).toContain('is oranje gekleurd');
  });

  it('reads a block heading, and keeps a decision whose planning lies in the year', async () => {
    const r = await read('De Kernen risicoregister 2028.xlsx', (ws) => {
      ws.getRow(2).values = ['Nr', 'Omschrijving', 'Eigenaar', 'Planning'];
      const heading = (row: number, text: string) => {
        ws.mergeCells(row, 1, row, 4);
        ws.getCell(row, 1).value = text;
        ws.getCell(row, 1).font = { bold: true };
      };
      heading(3, 'ACTIES 2028');
      ws.getRow(4).values = ['A1', 'Cv-ketels bij vervanging door hybride warmtepomp, ca. 25 woningen', 'Onderhoud', 'hele jaar'];
      heading(5, "RISICO'S");
      ws.getRow(6).values = ['R1', 'Te weinig installateurs beschikbaar: vervanging loopt achter', 'Onderhoud', ''];
      heading(7, 'BESLUITEN');
      ws.getRow(8).values = ['B1', 'DT 5-2-2027: aansluiten bij convenant vroegsignalering', 'DT', '5-2-2027'];
      ws.getRow(9).values = ['B2', 'DT 5-2-2027: laatste 9 woningen met label E worden na-geïsoleerd', 'DT', 'Q2–Q3 2028'];
    });
    expect(activityTexts(r)).toEqual(['Cv-ketels bij vervanging door hybride warmtepomp, ca. 25 woningen', 'DT 5-2-2027: laatste 9 woningen met label E worden na-geïsoleerd']);
    expect(warned(r, 6)).toContain(`staat onder de kop "RISICO'S"`);
  });

  it('keeps the kind of work a plan writes out in its "Soort" column', async () => {
    const r = await read(
      'Programma Wonen 2027.xlsx',
      (ws) => {
        ws.getRow(2).values = ['Omschrijving', 'Soort', 'Wanneer'];
        ws.getRow(3).values = ['Raadsvoorstel doelgroepenverordening opstellen', 'besluit', 'Q2'];
        ws.getRow(4).values = ['Woningbehoefteonderzoek Horssen', 'onderzoek', 'Q3'];
      },
      2027,
    );
    expect(activityTexts(r)).toEqual(['Raadsvoorstel doelgroepenverordening opstellen', 'Woningbehoefteonderzoek Horssen']);
  });
});
