// A "Wie" or "Verantwoordelijk" column that names the partner's own
// departments or people is kept under its heading, with one note, instead of
// a trekker per row and an "onbekende partij" warning per name; a column that
// names parties stays the activities' trekker.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ownPeopleColumn } from '../../src/imports/own-people';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { saveWorkbook } from '../helpers/workbook';

async function plan(who: string[]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Jaarplan 2028');
  ws.addRow(['Thema', 'Actie', 'Wie', 'Kosten']);
  ws.addRow(['Woningbouw', 'Locatieonderzoek Horssen-Oost voor 12 sociale huurwoningen', who[0], 18000]);
  ws.addRow(['Leefbaarheid', 'Wijkschouw Horssen-Centrum: zaal en koffie regelen', who[1], 750]);
  return saveWorkbook(wb);
}

const knownParties = new Set(['de kernen', 'gemeente', 'woonwaarts']);
const namesParty = (written: string): boolean => written.split(/\s*[,/]\s*/).some((w) => knownParties.has(w.toLowerCase()));

describe('a column of the partner\'s own people', () => {
  it('is kept as an extra field under its heading, with one warning naming the column', async () => {
    const read = ownPeopleColumn(await readActivityWorkbook(await plan(['Projecten', 'Wijkzaken']), 'DK jaarplan 2028.xlsx'), namesParty);
    expect(read.activities.map((a) => [a.lead, a.extra['Wie']])).toEqual([
      [undefined, 'Projecten'],
      [undefined, 'Wijkzaken'],
    ]);
    expect(read.columns.find((c) => c.header === 'Wie')?.field).toBeNull();
    const notes = read.problems.filter((p) => p.code === 'own-people-column');
    expect(notes.map((p) => p.message)).toEqual([
      'DK jaarplan 2028.xlsx, blad "Jaarplan 2028", rij 1, kolom C: de kolom "Wie" noemt geen partij maar eigen afdelingen of mensen (zoals "Projecten"); bewaard als extra gegeven, niet als trekker.',
    ]);
  });

  it('stays the trekker when one of its rows names a party', async () => {
    const read = ownPeopleColumn(await readActivityWorkbook(await plan(['Projecten', 'De Kernen']), 'DK jaarplan 2028.xlsx'), namesParty);
    expect(read.activities.map((a) => a.lead)).toEqual(['Projecten', 'De Kernen']);
    expect(read.problems.some((p) => p.code === 'own-people-column')).toBe(false);
  });
});
