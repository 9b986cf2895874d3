// The werkgroep's joint overview sent back by a partner, every party's rows in it: another party's row is
// that party's work, kept as a note with why, unless the sender's reaction beside it says what the sender
// does itself; then the reaction is the sender's activity, the row's text its subject.
import { describe, expect, it } from 'vitest';
import { jointOverviewRows } from '../../src/imports/joint-overview-rows';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { partnerSheet } from '../helpers/workbook';

const IDS: Record<string, string> = { gemeente: 'gemeente', woonwaarts: 'woonwaarts', 'de kernen': 'de-kernen', hbd: 'hbd', bewonersraad: 'bewonersraad' };
const NAMES: Record<string, string> = { gemeente: 'Gemeente', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen', hbd: 'HBD', bewonersraad: 'Bewonersraad' };
const partiesOf = (written: string): string[] | null => (IDS[written.trim().toLowerCase()] ? [IDS[written.trim().toLowerCase()] as string] : null);

async function readOverview(rows: string[][], fileName: string): Promise<ReadWorkbook> {
  const header = ['Partij', 'Afspraak', 'Activiteit', 'Planning', 'Reactie HBD'];
  return readActivityWorkbook(await partnerSheet(header, rows, { sheet: 'Overzicht' }), fileName, { planningYear: 2027 });
}

const ROWS = [
  ['HBD', '5.1 bij 2', 'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route lopen', 'mei 2027', ''],
  ['Woonwaarts', '3 bij 1', 'Zonnepanelen aanbieden aan huurders van eengezinswoningen', 'doorlopend', 'HBD: stuk in de nieuwsbrief en een inloopavond over het maandbedrag'],
  ['De Kernen', '3 bij 7', 'Pluspakketten beschikbaar stellen', 'doorlopend', 'eens'],
  ['Gemeente', '5.2 bij 1', "Overlegtafel 'Leefbaarheid' drie keer per jaar", '2027', 'ok'],
];

describe('the joint overview sent back', () => {
  it("keeps another party's row as a note, and reads the sender's own reaction on one as its activity", async () => {
    const r = jointOverviewRows(await readOverview(ROWS, 'HBD reactie gezamenlijk overzicht 2026.xlsx'), 'hbd', partiesOf, (id) => NAMES[id] ?? id);
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route lopen',
      'Zonnepanelen aanbieden aan huurders van eengezinswoningen: HBD: stuk in de nieuwsbrief en een inloopavond over het maandbedrag',
    ]);
    // The other party's planning is not the sender's.
    expect(r.activities[1]?.planning).toBeUndefined();
    const warned = r.problems.filter((p) => p.code === 'other-party-row');
    expect(warned.map((p) => p.row)).toEqual([4, 5]);
    expect(warned[0]?.message).toContain('is volgens kolom A "Partij" werk van De Kernen (een regel van het gezamenlijk overzicht), niet van HBD');
    expectPlacesInMessages(r);
  });

  it("reads the sender's reaction as its work in the year, whatever the other's planning of last year says", async () => {
    const read = await readOverview(
      [
        ['HBD', '5.1 bij 2', 'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route lopen', 'mei 2027', ''],
        ['De Kernen', '3 bij 4', 'Energiefestival in MFA Horssen (informatiemarkt)', 'okt. 2026', 'wij sluiten in 2027 weer aan met een kraam'],
        ['Woonwaarts', '2.2 bij 3', 'Geen huurverhoging voor woningen met label D t/m G', 'juli 2026', 'HBD geeft in 2027 weer advies en checkt bij 20 huurders of ze 0% kregen'],
        ['Gemeente', '5.2 bij 1', "Overlegtafel 'Leefbaarheid' drie keer per jaar", '2026', 'eens'],
      ],
      'HBD reactie gezamenlijk overzicht 2026.xlsx',
    );
    // The reader keeps the rows with a reaction of the sender's own; last year's row without one is last year's.
    expect(read.activities.map((a) => a.rowNumber)).toEqual([2, 3, 4]);
    const r = jointOverviewRows(read, 'hbd', partiesOf, (id) => NAMES[id] ?? id);
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, route lopen',
      'Energiefestival in MFA Horssen (informatiemarkt): wij sluiten in 2027 weer aan met een kraam',
      'Geen huurverhoging voor woningen met label D t/m G: HBD geeft in 2027 weer advies en checkt bij 20 huurders of ze 0% kregen',
    ]);
  });

  it("leaves a list of promises with the party that made each alone: the sender follows them up", async () => {
    const read = await readOverview(ROWS, 'HBD toezeggingen 2027.xlsx');
    const withoutReactions: ReadWorkbook = { ...read, columns: read.columns.filter((c) => c.header !== 'Reactie HBD') };
    expect(jointOverviewRows(withoutReactions, 'hbd', partiesOf, (id) => NAMES[id] ?? id).activities).toHaveLength(4);
  });
});
