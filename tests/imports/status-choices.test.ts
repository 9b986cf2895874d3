// The secretary's reading of a status the Werkbank does not know: it applies to
// every row with that text, is named in the messages, and asks for the
// toelichting the chosen status needs.
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/domain/accountability';
import { applyStatusChoices } from '../../src/imports/status-choices';
import { problem } from '../../src/imports/problems';

const FILE = 'Resultaten De Kernen 2026.xlsx';

function row(rowNumber: number, statusText: string, fields: Partial<ReadResult> = {}): ReadResult {
  return { sheet: 'Resultaten', rowNumber, activity: `Activiteit ${rowNumber}`, statusText, unplanned: false, extra: {}, fieldColumns: { status: 'C', explanation: 'E' }, ...fields };
}

const rows = [
  row(6, 'Afgerond', { status: 'done' }),
  row(7, 'niet gerealiseerd', { explanation: 'Capaciteit aannemer' }),
  row(8, 'Niet  gerealiseerd'),
  row(9, 'in voorbereiding'),
];
const unknownWarnings = [7, 8, 9].map((r) =>
  problem('warning', 'status-unknown', { file: FILE, sheet: 'Resultaten', row: r, column: 'C' }, 'de status is geen bekende status; de tekst is bewaard.'),
);

describe('choosing how to read an unknown status', () => {
  it('lists each unknown text once, with its rows, until a reading is chosen', () => {
    const { unknown, results } = applyStatusChoices(rows, unknownWarnings, [], FILE);
    expect(unknown).toEqual([
      { text: 'niet gerealiseerd', rows: [7, 8], chosen: null },
      { text: 'in voorbereiding', rows: [9], chosen: null },
    ]);
    expect(results).toEqual(rows);
  });

  it('reads every row with that text as the chosen status, and says so where it stands', () => {
    const { results, problems, unknown } = applyStatusChoices(rows, unknownWarnings, [{ text: 'Niet gerealiseerd', status: 'not-started' }], FILE);
    expect(results.map((r) => r.status)).toEqual(['done', 'not-started', 'not-started', undefined]);
    expect(results[1]?.statusText).toBe('niet gerealiseerd');
    expect(unknown.find((u) => u.text === 'niet gerealiseerd')?.chosen).toBe('not-started');
    const messages = problems.map((p) => p.message);
    expect(messages).toContain(`${FILE}, blad "Resultaten", rij 7, kolom C: de status "niet gerealiseerd" is op uw keuze gelezen als ‘niet gestart’.`);
    // Row 8 has no toelichting, which 'niet gestart' asks for; row 7 has one.
    expect(messages).toContain(`${FILE}, blad "Resultaten", rij 8, kolom E: status ‘niet gestart’ vraagt een toelichting; die ontbreekt.`);
    expect(messages.filter((m) => m.includes('rij 7') && m.includes('toelichting'))).toEqual([]);
    // The unknown-status warnings of the chosen rows are gone; row 9's stays.
    expect(problems.filter((p) => p.code === 'status-unknown').map((p) => p.row)).toEqual([9]);
  });
});
