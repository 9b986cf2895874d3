// Partners who mark their rows with symbols and explain their marks and codes in a legend: a tick means what the
// file's own legend says it means, a warning to the reader is no activity, and the rows of a legend of codes under
// the plan explain, they plan nothing. An agenda that gives each subject in sentences and the action in a word or
// two is read by its subjects.
import { describe, expect, it } from 'vitest';
import { otherPartyRows } from '../../src/imports/other-party-rows';
import type { ReadWorkbook } from '../../src/imports/types';
import { readPartnerSheet } from '../helpers/workbook';

const readRows = (header: string[], rows: (string | number)[][], fileName: string, planningYear: number): Promise<ReadWorkbook> =>
  readPartnerSheet(header, rows, fileName, planningYear);

describe('marks, legends and codes', () => {
  it('reads a tick by the meaning the legend gives it: "al besproken" is no "done"', async () => {
    const rows = [
      ['☑ Energiefestival DK: kraam en huurders uit Horssen persoonlijk uitnodigen', 'Anja', 'okt'],
      ['☐ Wijkschouw Horssen organiseren, DK en gemeente lopen mee', 'bestuur', 'mei'],
      ['☒ Huurderscafé elke maand (vervalt: te weinig vrijwilligers)', '', ''],
      [],
    ];
    const explained = await readRows(
      ['Plannen 2028', 'Wie', 'Wanneer'],
      [...rows, ['Legenda: ☑ = al besproken met De Kernen   ☐ = nog bespreken']],
      'Bewonersraad jaarplan 2028.xlsx',
      2028,
    );
    expect(explained.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
    // Without a legend a tick still says the work is done.
    const plain = await readRows(['Plannen 2028', 'Wie', 'Wanneer'], rows, 'Bewonersraad jaarplan 2028.xlsx', 2028);
    expect(plain.activities.map((a) => a.rowNumber)).toEqual([3]);
    expect(plain.problems.find((p) => p.row === 2)?.code).toBe('done-row');
  });

  it('keeps a warning to the reader, alone on its row, as a note; a row that carries one beside its planning stays', async () => {
    const r = await readRows(
      ['Activiteit', 'Kern', 'Planning'],
      [
        ['Verhuiscoach: bijdrage Woonwaarts in de begroting', 'alle kernen', 'jan'],
        ['⚠️ let op: structurele bijdrage zit nog niet in de begroting – svp nog niet als toezegging opnemen (Marieke)', '', ''],
        ['⚠️ Ilse: Torenstraat hangt nog af van de stikstofberekening, niet als harde toezegging meenemen aub', '', ''],
        ['⚠️ Huurverhoging 1 juli: 0% voor label D t/m G', 'alle kernen', 'juli'],
      ],
      'Gemeente Druten activiteitenoverzicht 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.filter((p) => p.code === 'remark-row').map((p) => p.message)).toEqual([
      expect.stringContaining('is een waarschuwing (⚠️) aan wie de lijst leest, geen activiteit'),
      expect.stringContaining('is een waarschuwing (⚠️) aan wie de lijst leest, geen activiteit'),
    ]);
  });

  it('reads the rows right under a legend title below the plan as the legend, not as activities', async () => {
    const r = await readRows(
      ['Product', 'Activiteit', 'Planning'],
      [
        ['3.2.1', 'Planmonitor woningbouw bijwerken en delen met de corporaties', 'jan + jul'],
        ['2.4', 'Woningvervuiling: casusoverleg met corporaties en GGD', 'doorlopend'],
        [],
        ['Legenda productcodes (programmabegroting 2027)'],
        ['3.2.1', 'Woningbouwprogrammering, planmonitor en anterieure overeenkomsten'],
        ['2.4', 'Woonoverlast, woningvervuiling en Bibob (programma 2 Veiligheid)'],
      ],
      'Gemeente Druten - PA 2027 per product.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3]);
    expect(r.problems.filter((p) => p.code === 'legend-row').map((p) => p.row)).toEqual([6, 7]);
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('staat direct onder "Legenda productcodes (programmabegroting 2027)" (rij 5): een verklaring, geen activiteit');
  });

  it('reads an agenda by its subjects written out, the terse actions kept beside them', async () => {
    const r = await readRows(
      ['Agendanr.', 'Onderwerp', 'Vergadering', 'Actie BR'],
      [
        ['1.3', 'Warmtepompen: ervaringen huurders na plaatsing ophalen (enquête via De Pit)', '19-01-2027', 'enquête maken'],
        ['2.4', 'Energiefestival Horssen: kraam bemensen, vragen over de energierekening beantwoorden', '16-03-2027', 'rooster'],
        ['3.2', 'Leefbaarheid per buurt in kaart brengen met DK en gemeente', '18-05-2027', 'signalen verzamelen'],
        ['4.2', 'Verkiezing nieuwe leden en huishoudelijk reglement vaststellen', '14-09-2027', ''],
      ],
      'Bewonersraad jaarplanning 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => [a.activity, a.extra['Actie BR'] ?? ''])).toEqual([
      ['Warmtepompen: ervaringen huurders na plaatsing ophalen (enquête via De Pit)', 'enquête maken'],
      ['Energiefestival Horssen: kraam bemensen, vragen over de energierekening beantwoorden', 'rooster'],
      ['Leefbaarheid per buurt in kaart brengen met DK en gemeente', 'signalen verzamelen'],
      ['Verkiezing nieuwe leden en huishoudelijk reglement vaststellen', ''],
    ]);
  });

  it("keeps another party's row that the text gives for information as a note", async () => {
    const read = await readRows(
      ['Onderwerp', 'Wanneer'],
      [
        ['Wijkschouw Horssen-Noord organiseren met DK en gemeente', 'mei'],
        ['DK: nieuwe kozijnen Bergsestraat (ter info)', 'sept'],
      ],
      'Bewonersraad jaarplanning 2027.xlsx',
      2027,
    );
    const dk = (text: string): string[] | null => (/^(dk|de kernen)$/i.test(text.trim()) ? ['de-kernen'] : null);
    const r = otherPartyRows(read, 'bewonersraad', dk, (id) => (id === 'de-kernen' ? 'De Kernen' : 'Bewonersraad'), (text) => (/\b(DK|De Kernen)\b/.test(text) ? ['de-kernen'] : []));
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.find((p) => p.code === 'other-party-row')?.message).toContain('werk van De Kernen, niet van Bewonersraad');
  });
});
