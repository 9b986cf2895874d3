// Lines a partner types inside its table to say whose rows follow, or what they are: "Wat wij zelf doen", "Wat wij
// van de gemeente vragen", "Ter informatie: plannen van De Kernen", "Afgerond in 2026", "Nog te bespreken". Read as
// headings however they are typed, and the rows under them by what the heading says: the sender's own work stays,
// what it asks of others, others' plans, done and undecided work are kept as notes with a warning naming the row.
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { otherPartyRows } from '../../src/imports/other-party-rows';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

const NAME: Record<string, string> = { gemeente: 'Gemeente Druten', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen', hbd: 'HBD', bewonersraad: 'Bewonersraad' };
const PATTERNS: Record<string, RegExp> = {
  'de-kernen': /\bDe Kernen\b|\bcorporaties\b/,
  woonwaarts: /\bWoonwaarts\b|\bcorporaties\b/,
  hbd: /\bHBD\b/,
  bewonersraad: /\bBewonersraad\b/,
  gemeente: /\bgemeente\b/i,
};
/** The parties a free text names, as the service finds them by their names and aliases. */
const namedIn = (text: string): string[] =>
  Object.entries(PATTERNS)
    .filter(([, name]) => name.test(text))
    .map(([id]) => id);
/** Every party a cell names, or null when it names anything else. */
const partiesOf = (written: string): string[] | null => {
  const named = namedIn(written);
  const rest = written.replace(/\b(De Kernen|corporaties|Woonwaarts|HBD|Bewonersraad|gemeente|de|en)\b|[,&]/gi, '').trim();
  return named.length > 0 && rest === '' ? named : null;
};

/** A table with a title, its header on row 3 and the rows below, read as `own`'s file of the planning year. */
async function read(own: string, header: string[], rows: string[][], style?: (ws: Worksheet) => void): Promise<ReadWorkbook> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Druten');
  const fileName = `Activiteiten ${NAME[own] ?? own} 2027.xlsx`;
  ws.getCell('A1').value = fileName.replace(/\.xlsx$/, '');
  ws.getRow(3).values = header;
  rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
  style?.(ws);
  const r = await readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear: 2027, municipality: 'Druten' });
  return otherPartyRows(r, own, partiesOf, (id) => NAME[id] ?? id, namedIn);
}

describe('headings typed in the table that say whose rows follow', () => {
  it('keeps the own and shared rows, and sets aside what the sender asks of others and the plans it lists for information', async () => {
    const r = await read(
      'woonwaarts',
      ['Activiteit', 'Kern', 'Aantal / wanneer', 'Link PA'],
      [
        ['Wat wij zelf doen'],
        ['Oplevering 34 appartementen Heuvelstraat', 'Druten', '34 / Q3', '1.1'],
        ['Samen met de gemeente'],
        ['Deest Zuid fase 2; verkoop rijwoningen Deest in gelijke pas', 'Deest', '20 / 6', '1.1'],
        ['Wat wij van de gemeente vragen'],
        ['Vergunning splitsing Hogeweg 12 snel rond', 'Druten', 'Q1', '1.3'],
        ['Ter informatie: plannen van De Kernen'],
        ['Oplevering laatste 27 woningen Kloosterakker', 'Horssen', '27 / Q2', ''],
        ['Monitor toewijzingen (De Kernen stelt samen, wij leveren onze cijfers aan)', 'alle kernen', 'april', '2.1'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 7, 12]);
    expect(r.activities.map((a) => a.section)).toEqual(['Wat wij zelf doen', 'Samen met de gemeente', 'Ter informatie: plannen van De Kernen']);
    expect(r.problems.find((p) => p.row === 9)?.message).toContain('wat de partij van een ander vraagt');
    expect(r.problems.find((p) => p.row === 11)?.message).toContain('onder de kop "Ter informatie: plannen van De Kernen" werk van De Kernen, niet van Woonwaarts');
    // The headings are no activities, nor notes: they head the rows under them.
    expect(r.notes.map((n) => n.row)).toEqual([9, 11]);
    expectPlacesInMessages(r);
  });

  it('reads a heading with a letter or number of its own, between dashes or in capitals, and the rows under it by what it says', async () => {
    const r = await read(
      'gemeente',
      ['Nr', 'Onderwerp', 'Activiteit', 'Rol gemeente', 'Planning'],
      [
        ['A.', 'Eigen inzet gemeente', '', '', ''],
        ['A1', 'Nieuwbouw', 'Planmonitor bijwerken en in het tripartiete overleg van oktober delen', 'uitvoeren', 'oktober'],
        ['B.', 'Ter informatie – plannen van Woonwaarts', '', '', ''],
        ['B1', '', 'Start bouw 16 hofjes Afferden', '', 'Q2'],
        ['B2', '', 'Toewijzing hofjes Afferden – gemeente maakt de afspraken mee', 'afspraken maken', 'Q4'],
        ['C.', 'Nog te bespreken', '', '', ''],
        ['C1', '', 'Schone Lucht Akkoord wel of niet ondertekenen', '', ''],
        ['', '— Afgerond in 2026 —', '', '', ''],
        ['D1', '', 'Woonzorgvisie vastgesteld', '', ''],
        ['', 'WAT WE VAN DE CORPORATIES NODIG HEBBEN:', '', '', ''],
        ['E1', '', 'Tijdig de bouwplannen voor het overzicht per kern', '', 'maart'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([5, 8]);
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('werk van Woonwaarts');
    expect(r.problems.find((p) => p.row === 10)?.message).toContain('er is nog niets besloten');
    expect(r.problems.find((p) => p.row === 12)?.message).toContain('het is al gedaan');
    expect(r.problems.find((p) => p.row === 14)?.message).toContain('wat de partij van een ander vraagt');
    expectPlacesInMessages(r);
  });

  it('keeps the rows under what another asks of the sender, and a one-column list whose rows only open like a heading', async () => {
    const r = await read(
      'hbd',
      ['Wat gaan we doen', 'Wanneer'],
      [
        ['Wat de gemeente van ons vraagt'],
        ['Advies op de woonzorgvisie', 'Q2'],
        ['Samen met de gemeente de wijkschouw in Deest organiseren', 'mei'],
        ['Vragen aan de gemeente om een bijdrage voor de bewonersavond', 'maart'],
      ],
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Wat de gemeente van ons vraagt',
      'Advies op de woonzorgvisie',
      'Samen met de gemeente de wijkschouw in Deest organiseren',
      'Vragen aan de gemeente om een bijdrage voor de bewonersavond',
    ]);
  });

  it('reads "Nodig van gemeente" as the subject of a row as a need, and "Vanuit de huurders (Bewonersraad)" as the tenants\' rows', async () => {
    const r = await read(
      'de-kernen',
      ['Nr.', 'Onderwerp', 'Activiteit', 'Betrokken partijen'],
      [
        ['1', 'Energie', 'Warmtepomp bij vervanging cv-ketel', ''],
        ['2', 'Nodig van gemeente', 'Vóór 1 april 2027 duidelijkheid over de warmteoplossing voor Horssen', 'Gemeente'],
        ['Vanuit de huurders (Bewonersraad)'],
        ['3', 'Leefbaarheid', 'Huurdersavond in het dorpshuis', ''],
      ],
      (ws) => ws.mergeCells('A6:D6'),
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4]);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('staat onder "Nodig van gemeente"');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('werk van Bewonersraad, niet van De Kernen');
  });
});
