// A partner's grid of one column per party marked "T" or "B" says who leads
// and who takes part, where the row has no trekker or betrokkenen of its own.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { partyMarkColumns } from '../../src/imports/party-marks';
import { readActivityWorkbook } from '../../src/imports/read-workbook';

const PARTIES: Record<string, string> = { gemeente: 'gemeente', 'de kernen': 'de-kernen', bewonersraad: 'bewonersraad' };
const partyOf = (header: string): string | null => PARTIES[header.trim().toLowerCase()] ?? null;

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Activiteiten 2028');
  ws.getRow(1).values = ['Nr', 'Activiteit', 'Gemeente', 'De Kernen', 'Bewonersraad', 'Kosten'];
  rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('one column per party, marked T or B', () => {
  it('gives each activity its trekker and betrokkenen, keeps the columns, and says so once', async () => {
    const read = partyMarkColumns(
      await readActivityWorkbook(
        await workbook([
          [1, 'Wijkschouw Horssen-Noord: de Bewonersraad trekt, wij zorgen voor de uitnodigingen', 'B', 'B', 'T', 1500],
          [2, 'Protocol vervuilde woning uitwerken met gemeente en wijkteam', 'T', 'B', '', ''],
        ]),
        'DK activiteiten 2028.xlsx',
      ),
      partyOf,
    );
    expect(read.activities.map((a) => [a.lead, a.involved])).toEqual([
      ['Bewonersraad', 'Gemeente, De Kernen'],
      ['Gemeente', 'De Kernen'],
    ]);
    expect(read.activities[0]?.extra).toMatchObject({ Gemeente: 'B', 'De Kernen': 'B', Bewonersraad: 'T' });
    expect(read.problems.filter((p) => p.code === 'party-mark-columns').map((p) => p.message)).toEqual([
      'DK activiteiten 2028.xlsx, blad "Activiteiten 2028", rij 1, kolom C: de kolommen "Gemeente", "De Kernen", "Bewonersraad" zijn per activiteit gelezen als trekker ("T") en betrokken ("B"); ze blijven ook als eigen kolommen bewaard.',
    ]);
  });

  it('leaves a single party column, or one with other words in it, as it is', async () => {
    const read = partyMarkColumns(
      await readActivityWorkbook(await workbook([[1, 'Planmonitor delen', 'levert cijfers', 'T', '', '']]), 'x.xlsx'),
      partyOf,
    );
    expect(read.activities[0]?.lead).toBeUndefined();
    expect(read.problems.some((p) => p.code === 'party-mark-columns')).toBe(false);
  });
});
