// A meeting's action list sent as a party's activiteitenoverzicht: the other parties' actions are theirs.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { otherPartyRows } from '../../src/imports/other-party-rows';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { expectPlacesInMessages } from '../helpers/problems';
import { saveWorkbook } from '../helpers/workbook';

const NAMES: Record<string, string[]> = { gemeente: ['gemeente'], woonwaarts: ['woonwaarts'], 'de kernen': ['de-kernen'], hbd: ['hbd'], corporaties: ['woonwaarts', 'de-kernen'] };
/** Every party a cell names, or null when it names anyone unknown (a person, "WW"). */
const partiesOf = (written: string): string[] | null => {
  const parts = written.split(/\s*(?:[,+&/]|\ben\b)\s*/).filter((p) => p.trim() !== '');
  const found = parts.map((p) => NAMES[p.trim().toLowerCase()]);
  return found.some((f) => f === undefined) ? null : [...new Set(found.flat() as string[])];
};
const NAME: Record<string, string> = { gemeente: 'Gemeente Druten', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen', hbd: 'HBD' };

async function list(header: string[], rows: string[][]) {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Actielijst');
  ws.getRow(1).values = header;
  rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
  const read = await readActivityWorkbook(await saveWorkbook(wb), 'De Kernen - actielijst werkgroep 2028.xlsx');
  return otherPartyRows(read, 'de-kernen', partiesOf, (id) => NAME[id] ?? id);
}

describe("the other parties' rows of an action list", () => {
  it('keeps the actions only other parties hold as notes, and the sender\'s own, shared or unknown ones as activities', async () => {
    const r = await list(
      ['Nr', 'Actiepunt', 'Wie', 'Wanneer'],
      [
        ['1', 'Hybride warmtepomp bij vervanging van de cv-ketel', 'De Kernen', 'hele jaar'],
        ['2', 'Monitor toewijzingen toelichten in de werkgroep', 'Woonwaarts', 'april'],
        ['3', 'Convenant woonfraude uitwerken met de politie', 'corporaties, gemeente', 'Q2'],
        ['4', 'Raadsvoorstel vereveningsfonds', 'gemeente', 'Q3'],
        ['5', 'Buurtkamer: aanbod voor ouderen', 'Welzijn Druten', '2028'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 4, 6]);
    expect(r.notes.map((n) => n.row)).toEqual([3, 5]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is volgens kolom C "Wie" werk van Woonwaarts, niet van De Kernen');
    expectPlacesInMessages(r);
  });

  it("reads a plan's \"Wie\" as the party leading work the sender takes part in: nothing is set aside", async () => {
    const r = await list(
      ['Onderwerp', 'Wat gaan we doen', 'Wie', 'Wanneer'],
      [
        ['Energie', 'Hybride warmtepomp bij vervanging van de cv-ketel', 'De Kernen', 'hele jaar'],
        ['Ontmoeting', 'Naar de sessie over ontmoeting van de gemeente', 'gemeente', 'juni'],
      ],
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
  });
});
