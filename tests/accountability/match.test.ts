// Matching a partner's own results rows to the activities it planned: best
// first over the whole file, within the afspraak the partner named, each
// planned activity answered once.
import { describe, expect, it } from 'vitest';
import { matchPlannedActivities, pairResults, type PlannedToMatch, type RowToPair } from '../../src/accountability/match';

const planned: PlannedToMatch[] = [
  { identity: 'p1', activity: 'Oplevering van 6 sociale huurwoningen aan de Kerkstraat in Horssen', agreementId: 2 },
  { identity: 'p2', activity: 'Start bouw van 27 sociale huurwoningen in Altforst', agreementId: 2 },
  { identity: 'p3', activity: 'Wijkschouw in Deest, samen met de gemeente en Woonwaarts', agreementId: 40 },
  { identity: 'p4', activity: 'Nieuwsbrief over zonnepanelen voor de leden', agreementId: 21 },
];

describe('matching results rows to planned activities', () => {
  it('pairs each retyped row with the activity it answers', () => {
    const rows = [
      { activity: 'Start bouw 27 sociale huurwoningen Altforst', agreementId: 2 },
      { activity: 'Oplevering 6 sociale huurwoningen Kerkstraat Horssen', agreementId: 2 },
      { activity: 'Nieuwsbrief over zonnepanelen', agreementId: null },
    ];
    expect(matchPlannedActivities(rows, planned)).toEqual([1, 0, 3]);
  });

  it('does not let a loose early row take the activity a closer later row answers', () => {
    const rows = [
      { activity: 'Sociale huurwoningen Horssen: bouw voorbereid', agreementId: null },
      { activity: 'Oplevering 6 sociale huurwoningen Kerkstraat Horssen', agreementId: null },
    ];
    const [loose, close] = matchPlannedActivities(rows, planned);
    expect(close).toBe(0);
    expect(loose).not.toBe(0);
  });

  it('does not take other numbers for the same work', () => {
    // Alike in words (oplevering, sociale huurwoningen), but 12 homes in Altforst are not the 6 planned in Horssen.
    expect(matchPlannedActivities([{ activity: 'Oplevering 12 sociale huurwoningen Altforst', agreementId: null }], planned)).toEqual([null]);
    expect(matchPlannedActivities([{ activity: 'Oplevering 6 sociale huurwoningen Kerkstraat Horssen', agreementId: null }], planned)).toEqual([0]);
    // Without a number on one side nothing conflicts.
    expect(matchPlannedActivities([{ activity: 'Oplevering sociale huurwoningen Kerkstraat Horssen', agreementId: null }], planned)).toEqual([0]);
  });

  it('answers each planned activity once, and leaves work that matches nothing unplanned', () => {
    const rows = [
      { activity: 'Nieuwsbrief over zonnepanelen voor de leden', agreementId: null },
      { activity: 'Nieuwsbrief over zonnepanelen voor de leden', agreementId: null },
      { activity: 'Bewonersbijeenkomst Puiflijk', agreementId: null },
    ];
    expect(matchPlannedActivities(rows, planned)).toEqual([3, null, null]);
  });

  it('prefers the afspraak the partner named, and asks for closer text under another afspraak', () => {
    const twins: PlannedToMatch[] = [
      { identity: 'a', activity: 'Wijkschouw in Deest met bewoners', agreementId: 40 },
      { identity: 'b', activity: 'Wijkschouw in Deest met bewoners en gemeente', agreementId: 41 },
    ];
    expect(matchPlannedActivities([{ activity: 'Wijkschouw Deest met bewoners', agreementId: 41 }], twins)).toEqual([1]);
    expect(matchPlannedActivities([{ activity: 'Wijkschouw Deest met bewoners', agreementId: 40 }], twins)).toEqual([0]);
    // Named afspraak 7 has nothing planned: only a close text under another afspraak counts.
    expect(matchPlannedActivities([{ activity: 'Wijkschouw Deest met gemeente en Woonwaarts', agreementId: 7 }], planned)).toEqual([2]);
    // A looser text counts without a named afspraak, but not against the one the partner named.
    expect(matchPlannedActivities([{ activity: 'Schouw in Druten met de gemeente', agreementId: null }], planned)).toEqual([2]);
    expect(matchPlannedActivities([{ activity: 'Schouw in Druten met de gemeente', agreementId: 7 }], planned)).toEqual([null]);
  });

  it('skips keyed and unplanned rows and activities a keyed row already answers', () => {
    const rows = [null, { activity: 'Nieuwsbrief over zonnepanelen voor de leden', agreementId: null }];
    expect(matchPlannedActivities(rows, planned, new Set(['p4']))).toEqual([null, null]);
  });
});

describe('pairing a results file with what was planned', () => {
  const row = (activity: string, extra: Partial<RowToPair> = {}): RowToPair => ({ activity, agreementId: null, unplanned: false, ...extra });
  const rows = [
    row('Oplevering 6 sociale huurwoningen Kerkstraat Horssen'),
    row('Nieuwsbrief over zonnepanelen'),
    row('Bewonersbijeenkomst Puiflijk'),
    row('Inzet als trekker', { keyedOtherwise: true }),
    row('Wijkschouw in Deest', { keyedIdentity: 'p3' }),
  ];
  const answers = (pairs: ReturnType<typeof pairResults>) => pairs.map((p) => [p.planned?.identity ?? null, p.by]);

  it('takes our key first, then the text; a row keyed otherwise is never paired', () => {
    expect(answers(pairResults(rows, planned))).toEqual([
      ['p1', 'text'],
      ['p4', 'text'],
      [null, null],
      [null, null],
      ['p3', 'key'],
    ]);
  });

  it('follows the secretary’s choice, also “not planned”, and the earlier version’s pairing of the same text', () => {
    const chosen = new Map<number, string | null>([
      [2, null],
      [3, 'p4'],
    ]);
    const earlier = new Map<string, string | null>([['oplevering 6 sociale huurwoningen kerkstraat horssen', 'p2']]);
    expect(answers(pairResults(rows, planned, { chosen, earlier }))).toEqual([
      ['p2', 'earlier'],
      [null, null],
      ['p4', 'choice'],
      [null, null],
      ['p3', 'key'],
    ]);
  });

  it('does not match work the partner marked as unplanned by its text, but lets the secretary pair it', () => {
    const marked = [row('Nieuwsbrief over zonnepanelen voor de leden', { unplanned: true })];
    expect(answers(pairResults(marked, planned))).toEqual([[null, null]]);
    expect(answers(pairResults(marked, planned, { chosen: new Map([[1, 'p4']]) }))).toEqual([['p4', 'choice']]);
  });
});
