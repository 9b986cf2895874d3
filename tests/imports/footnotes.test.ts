// A partner marks rows with a sign and says in a footnote or a legend what it means. The footnote is read as a
// remark on every row that carries the sign: done, lapsed, undecided or for information keeps the row as a note; a
// condition leaves it planned; a sign explained nowhere changes nothing.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

describe('footnotes and signs that qualify rows', () => {
  it('reads the footnotes below the table as what the signed rows are', async () => {
    const r = await readFilledSheet(
      'Uitvoeringsagenda wonen 2027 gemeente Druten.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Nr', 'Activiteit', 'Rol', 'Planning'];
        ws.getRow(2).values = [1, 'Volkshuisvestelijk vereveningsfonds instellen**', 'kaders stellen', '—'];
        ws.getRow(3).values = [2, 'Gesprek met corporaties over de uitvoering van de omgevingsvisie*', 'organiseren', 'na vaststelling'];
        ws.getRow(4).values = [3, 'Warmtepompen Horssen²', 'faciliteren', 'Q2'];
        ws.getRow(5).values = [4, 'Schone Lucht Akkoord: voorstel aan college over ondertekening†', 'kaders stellen', 'Q1'];
        ws.getRow(7).values = ['', '* onder voorbehoud van raadsbesluit (begroting 2027, november 2026)'];
        ws.getRow(8).values = ['', '** al gerealiseerd in 2026 (raadsbesluit maart 2026), alleen voor de volledigheid opgenomen'];
        ws.getRow(9).values = ['', '² uitvoering door De Kernen (hun bezit), alleen ter info opgenomen'];
      },
      2027,
      'Agenda 2027',
    );
    expect(activityTexts(r)).toEqual([
      'Gesprek met corporaties over de uitvoering van de omgevingsvisie*',
      'Schone Lucht Akkoord: voorstel aan college over ondertekening†',
    ]);
    expect(warningAt(r, 2)).toContain('draagt het teken "**", en dat betekent "al gerealiseerd in 2026');
    expect(warningAt(r, 2)).toContain('al gedaan, vóór 2027');
    expect(warningAt(r, 4)).toContain('ter informatie, geen eigen werk');
    expectPlacesInMessages(r);
  });

  it('reads the signs a legend above the table explains', async () => {
    const r = await readFilledSheet(
      'HBD jaarplan 2028.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Legenda: * = nog bespreken in bestuur; † = vervalt'];
        ws.getRow(3).values = ['Activiteit', 'Wanneer', 'Wie'];
        ws.getRow(4).values = ['Wijkschouw Deest-Oost met WW', 'mei', 'Ans'];
        ws.getRow(5).values = ['Info-avond zonnepanelen met WW †', 'voorjaar', 'Kees'];
        ws.getRow(6).values = ['Huurderscafé Druten-Zuid *', '', ''];
      },
      2028,
      'Jaarplan',
    );
    expect(activityTexts(r)).toEqual(['Wijkschouw Deest-Oost met WW']);
    expect(warningAt(r, 5)).toContain('het gaat niet door');
    expect(warningAt(r, 6)).toContain('er is nog niets besloten');
    expectPlacesInMessages(r);
  });
});
