// Rows of talk written where the activity stands, as a sheet filled in a hurry has them: "idem" with
// nothing of its own, a resident quoted, a call to make, a complaint asked of another with its reason.
// None is an activity; each is kept as the file's note with why, so the secretary can still make it one.
// The rows beside them that do say what the party does stay activities.
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { partnerSheet } from '../helpers/workbook';

async function readRows(header: string[], rows: string[][], fileName: string): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { title: fileName.replace(/\.xlsx$/, '') }), fileName, { planningYear: 2028 });
}

const remarks = (r: ReadWorkbook): number[] => r.problems.filter((p) => p.code === 'remark-row').map((p) => p.row as number);

describe('a row of talk', () => {
  it('is a note where it only repeats the row above, quotes a resident, is a call to make or asks why of another', async () => {
    const r = await readRows(
      ['Wat gaan we doen?', 'Wie'],
      [
        ['Wijkschouw Druten-Zuid organiseren met WW en gemeente, in mei', 'Truus'],
        ['dito', ''],
        ['idem', 'Sanne'],
        ["Bewoner: 'de lift is weer stuk'", 'Truus'],
        ['Huurder Rembrandtstr.: "waarom duurt een reparatieverzoek 6 weken??" – doorgezet naar afd. Onderhoud, Ron belt terug.', 'Ron'],
        ['Bellen met Ans ivm zaal ALV', 'Truus'],
        ['-> Marloes bellen ivm datum!!', ''],
        ['Wanneer komt de gemeente met de warmtevisie voor Horssen? Zonder die visie kunnen wij onze route niet bepalen!', ''],
        ['Huurders zeggen: "s avonds is het bij de speeltuin niet veilig". Samen met DK en gemeente maken wij een lijst van de problemen per straat', 'Ria'],
        ['Kloosterakker: wij willen dat oudere huurders voorrang krijgen, dat gaan we met DK en gemeente bespreken', 'Ria'],
        ['idem in Deest, maar dan in september. Zelfde opzet.', 'Truus'],
      ],
      'HBD plannen 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 12, 13, 14]);
    expect(remarks(r)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    const why = (row: number): string => r.problems.find((p) => p.code === 'remark-row' && p.row === row)?.message ?? '';
    expect(why(5)).toContain('herhaalt alleen de regel erboven ("dito")');
    expect(why(7)).toContain('citeert een bewoner of huurder');
    expect(why(9)).toContain('belletje of mailtje');
    expect(why(11)).toContain('vraag of klacht aan een ander');
    expectPlacesInMessages(r);
  });

  it("is a note where it is a compliment or a complaint passed on, a closing slide, the speaker's note or a receipt", async () => {
    const r = await readRows(
      ['Post-it', 'Wie'],
      [
        ['Wijkschouw Kattenburg met bewoners en Woonwaarts, in juni', 'Truus'],
        ['Compliment team Verhuur: Deest super snel verhuurd', ''],
        ['Lift Kattenburg alweer kapot, niemand komt kijken', ''],
        ['Vragen?', '4'],
        ['Dank voor uw aandacht!', ''],
        ['Toelichting spreker: groenbeleidsplan is in 2025 vastgesteld', ''],
        ['Toelichting lotingcijfers: hoeveel woningen gingen via loting naar jongeren', 'Ans'],
        ['Ontvangstbevestiging adviesaanvraag zonnepanelen', ''],
        ['Er staan steeds scootmobielen in de gang, dat is toch gevaarlijk als er brand komt. We hebben het al drie keer gemeld', ''],
        ['Wat is er eigenlijk gebeurd met het onderzoek naar de brandveiligheid van de flats? Wij hebben daar nooit meer iets over gehoord', ''],
        ['Scootmobielen in de gang, al drie keer gemeld: wij vragen Woonwaarts om stopcontacten in de berging', 'Gerrit'],
        ['Wat is er gebeurd met het brandveiligheidsonderzoek? Wij vragen het rapport op en bespreken het met de bewoners', 'Ans'],
      ],
      'HBD bewonersavond post-its 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 10, 14, 15]);
    expect(remarks(r)).toEqual([5, 6, 7, 8, 9, 11, 12, 13]);
    expect(r.problems.find((p) => p.row === 12)?.message).toContain('is een klacht, en er staat geen werk van de partij zelf bij');
    expect(r.problems.find((p) => p.row === 13)?.message).toContain('is een vraag of klacht aan een ander, en er staat geen werk van de partij zelf bij');
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('is een compliment');
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('hoort bij de presentatie');
  });

  it('stays an activity where "idem" has words of its own beside it: a subject, what is needed, a reference', async () => {
    const r = await readRows(
      ['Onderwerp', 'Activiteit', 'Nodig van', 'PA'],
      [
        ['wijkschouw Deest-Oost', 'Met de buurt door Deest-Oost lopen en kijken wat er mis is', 'Gemeente en WW: iemand die meeloopt', '5.1'],
        ['wijkschouw Druten-Zuid', 'idem', 'idem', '5.1'],
      ],
      'Bewonersraad plannen 2028.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(remarks(r)).toEqual([]);
  });

  it('stays an activity where "idem" stands in a list by kern with a kern of its own: the same work, there', async () => {
    const r = await readRows(
      ['Kern', 'Activiteit', 'Samen met', 'Maand'],
      [
        ['Druten', 'Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken', 'WW', 'maart'],
        ['Deest', 'idem', 'WW', 'april'],
        ['', 'idem', '', ''],
      ],
      'HBD activiteiten per kern 2027.xlsx',
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([4, 5]);
    expect(remarks(r)).toEqual([6]);
  });
});
