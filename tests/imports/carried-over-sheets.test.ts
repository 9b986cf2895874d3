// Last year's sheet carried over to the new year, as partners reuse it: a column for the new year added
// beside the old, a row copied with a change and the old one marked "oud", "Vorig jaar | Dit jaar" answered
// ja or nee, progress said as a share. The project is the activity and the new year's plan is read with it;
// the older copy and what is not done this year are notes with why; work partly done goes on.
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/imports/columns';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { partnerSheet } from '../helpers/workbook';

async function readRows(header: string[], rows: (string | number)[][], fileName: string, planningYear: number): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { sheet: 'Overzicht', title: fileName.replace(/\.xlsx$/, '') }), fileName, { planningYear });
}

describe('a sheet carried over to the new year', () => {
  it('reads "Project / activiteit" as the activity, with the plan of the year beside it', async () => {
    expect(matchHeader('Project / activiteit')).toEqual({ field: 'activity', score: 1 });
    const r = await readRows(
      ['Project / activiteit', 'Kern', 'PA', 'Stand 2026', 'Plan 2027', 'Plan 2028', 'Opmerking'],
      [
        ['Hofje Heuvelstraat: 14 geclusterde seniorenwon. met huiskamer', 'Puiflijk', '1.2', 'ontwerp', 'start bouw', 'oplevering dec.', 'loopt door'],
        ['Optoppen flat Wilhelminastraat: 6 extra app.', 'Druten', '1.3', 'haalbaarheid', 'vergunning', 'realisatie', 'doorgeschoven'],
      ],
      'WW activiteiten Druten 2028 (vervolg op 2027).xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Hofje Heuvelstraat: 14 geclusterde seniorenwon. met huiskamer: oplevering dec.',
      'Optoppen flat Wilhelminastraat: 6 extra app.: realisatie',
    ]);
  });

  it('keeps the older copy of a row ("oud") and a row the year\'s column answers "nee" as notes; work partly done goes on', async () => {
    const gemeente = await readRows(
      ['Nr', 'Activiteit', 'Rol gemeente', 'Stand 2026', 'Plan 2027', 'Status'],
      [
        [8, 'Verhuiscoach Woonwaarts: bijdrage gemeente € 15.000', 'financieren', '€ 15.000', '€ 15.000', 'oud'],
        [8, 'Verhuiscoach Woonwaarts: bijdrage gemeente € 20.000, structureel in begroting', 'financieren', '€ 15.000', '€ 20.000', 'loopt door'],
      ],
      'Activiteitenoverzicht gemeente 2027.xlsx',
      2027,
    );
    expect(gemeente.activities.map((a) => a.rowNumber)).toEqual([5]);
    expect(gemeente.problems.find((p) => p.row === 4)?.message).toContain('staat bij "Status" als "oud": een oudere versie van een regel');

    const bewonersraad = await readRows(
      ['Activiteit', 'Vorig jaar', 'Dit jaar', 'Opm.'],
      [
        ['Energiefestival: kraam + 4 vrijwilligers', 'ja', 'ja', ''],
        ['Wijkschouw Horssen mee organiseren', 'ja', 'nee', 'om het jaar, volgende in 2029'],
        ['Pluspakketten: wensenlijst huurders bijhouden', 'ja', 'ja', '75% van lijst 2027 uitgevoerd'],
      ],
      'Bewonersraad jaarplan 2028.xlsx',
      2028,
    );
    expect(bewonersraad.activities.map((a) => a.rowNumber)).toEqual([4, 6]);
    expect(bewonersraad.problems.find((p) => p.row === 5)?.message).toContain('staat bij "Dit jaar" als "nee": niet in 2028');
    expectPlacesInMessages(gemeente);
    expectPlacesInMessages(bewonersraad);
  });
});
