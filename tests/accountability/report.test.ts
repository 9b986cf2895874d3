import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccountabilityReport, emptyCounts, type AccountabilityInput } from '../../src/accountability/report';
import { responseSentences } from '../../src/domain/stoplight';
import type { AccountabilityReport, ReportAgreement } from '../../src/domain/accountability';
import type { ActivityResult } from '../../src/domain/results';
import type { JointOverview } from '../../src/domain/joint-overview';
import {
  loadRealAccountabilityData,
  realisticAccountabilityInput,
  REALISTIC_ADVICE,
  type RealAccountabilityData,
} from '../fixtures/accountability';

let data: RealAccountabilityData;
let verantwoording: AccountabilityReport;
let evaluation: AccountabilityReport;

beforeAll(async () => {
  data = await loadRealAccountabilityData();
  verantwoording = buildAccountabilityReport(realisticAccountabilityInput(data, 'verantwoording'));
  evaluation = buildAccountabilityReport(realisticAccountabilityInput(data, 'tussenevaluatie'));
});

const agreements = (r: AccountabilityReport): ReportAgreement[] => r.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements));
const agreement = (r: AccountabilityReport, reference: string): ReportAgreement => {
  const a = agreements(r).find((x) => x.reference === reference);
  if (!a) throw new Error(reference);
  return a;
};
const counts = (partial: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...partial });

// The stoplight's rule and words are tested in stoplight.test.ts; here how the report applies them.

describe('verantwoording 2026 on the real agreement', () => {
  it('holds the set, the year, every theme and afspraak, and the bundle it used', () => {
    const r = verantwoording;
    expect(r.kind).toBe('annual');
    expect(r.executionYears).toEqual([2026]);
    expect(r.generatedAt).toBe('2027-03-10T09:00:00.000Z');
    expect(r.themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(agreements(r)).toHaveLength(data.agreements.length);
    expect(r.bundles).toEqual([{ year: 2026, version: 2, planningKnown: true }]);
    expect(r.advice).toBe('');
    expect(r.indicators).toHaveLength(22);
  });

  it('reports the latest submission per party and names the party that did not answer', () => {
    const sub = (id: string) => verantwoording.parties.find((p) => p.id === id)?.submissions;
    expect(sub('woonwaarts')).toEqual([{ year: 2026, version: 2, importedAt: '2027-02-28T16:05:00.000Z', receivedOn: '2027-02-28' }]);
    expect(sub('bewonersraad')).toEqual([{ year: 2026, version: null, importedAt: null, receivedOn: null }]);
    expect(verantwoording.notes).toEqual([
      "Bewonersraad De Kernen heeft over 2026 geen resultaten aangeleverd; de geplande activiteiten staan op 'geen antwoord' en tellen niet mee in de stoplichten.",
    ]);
    // Nothing answered: the neutral 'open' state, not a colour, and not the grey of nothing planned.
    const bewonersraad = verantwoording.byParty.find((p) => p.partyId === 'bewonersraad');
    expect(bewonersraad?.summary).toMatchObject({ light: 'open', awaited: 0 });
    expect(bewonersraad?.summary.counts.unanswered).toBe(2);
    expect(verantwoording.responses).toEqual([
      { year: 2026, deadline: '2027-02-28', awaited: false, answeredParties: ['gemeente', 'woonwaarts', 'de-kernen', 'hbd'], silentParties: ['bewonersraad'], answered: 33, planned: 38, late: [{ partyId: 'hbd', receivedOn: '2027-03-02', daysLate: 2 }] },
    ]);
  });

  it('lists planned activities without a result as missing, but not one answered as a joint action', () => {
    const wijkschouw = agreement(verantwoording, '5.1 bij 2 (1)');
    expect(wijkschouw.missing.map((m) => [m.partyId, m.activity, m.year])).toEqual([['gemeente', 'Deelname wijkschouw Deest', 2026]]);
    // The Bewonersraad's wijkschouw Horssen was accepted as one joint action with De Kernen's, which reported on it.
    expect(wijkschouw.results.some((x) => x.partyId === 'de-kernen' && x.activity.startsWith('Wijkschouw Horssen'))).toBe(true);
    expect(wijkschouw.missing.some((m) => m.partyId === 'bewonersraad')).toBe(false);
    const missingBewonersraad = [...agreements(verantwoording).flatMap((a) => a.missing), ...verantwoording.unlinked.missing].filter((m) => m.partyId === 'bewonersraad');
    expect(missingBewonersraad.map((m) => m.activity)).toEqual([
      'Nieuwsbrief voor huurders over de warmtepomp en de pluspakketten',
      'Achterbanraadpleging onder huurders in Altforst en Horssen',
    ]);
    expect(verantwoording.unlinked.missing.map((m) => m.activity)).toContain('Nieuw klantportaal voor huurders in gebruik nemen');
  });

  it('counts planned work per afspraak, an empty status as geen antwoord, and leaves unplanned work out of the counts', () => {
    const horssen = agreement(verantwoording, '1.1 bij 1 (2)');
    expect(horssen.results.map((x) => [x.activity.slice(0, 30), x.status])).toEqual([
      ['Oplevering 6 sociale huurwonin', 'delayed'],
      ['Behoefteonderzoek aanvullende ', null],
    ]);
    // Red from its one answer (vertraagd), not from the activity without one.
    expect(horssen.summary).toEqual({ counts: counts({ delayed: 1, unanswered: 1 }), light: 'red', awaited: 0 });
    const labels = agreement(verantwoording, '3 bij 3');
    expect(labels.results.filter((x) => !x.planned).map((x) => x.activity)).toEqual(['Isolatie van 8 woningen met label D in Horssen']);
    expect(labels.summary.counts.done).toBe(2);
    expect(labels.summary.light).toBe('green');
    // An afspraak nobody planned anything on.
    expect(agreement(verantwoording, '1.1 bij 7').summary).toEqual({ counts: emptyCounts(), light: 'grey', awaited: 0 });
  });

  it('sums a theme over its afspraken and a party over all its planned work', () => {
    for (const theme of verantwoording.themes) {
      const sum = emptyCounts();
      for (const a of theme.topics.flatMap((t) => t.agreements)) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += a.summary.counts[k];
      expect(theme.summary.counts).toEqual(sum);
      expect(theme.years).toEqual([{ year: 2026, summary: theme.summary }]);
    }
    // Theme 3 has one activity without an answer and nothing else amiss: groen, not oranje.
    expect(verantwoording.themes.map((t) => t.summary.light)).toEqual(['red', 'green', 'green', 'orange', 'orange', 'grey']);
    const total = emptyCounts();
    for (const p of verantwoording.byParty) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += p.summary.counts[k];
    expect(verantwoording.overall.summary.counts).toEqual(total);
  });

  it('collects deviations, missing explanations, steering and unplanned work', () => {
    const r = verantwoording;
    expect(r.deviations.every((x) => x.status === 'delayed' || x.status === 'not-started' || x.status === 'dropped')).toBe(true);
    expect(r.deviations).toHaveLength(8);
    expect(r.missingExplanations.map((x) => [x.partyId, x.status, x.activity.slice(0, 25)])).toEqual([
      ['hbd', 'dropped', 'Voorlichting aan senioren'],
      ['gemeente', 'not-started', 'Groenbeleidsplan uitwerke'],
      ['woonwaarts', 'not-started', 'We stellen een gezamenlij'],
    ]);
    expect(r.steering.every((x) => x.steeringNeeded === true)).toBe(true);
    // In document order of the afspraken.
    const refOf = (id: number | null) => data.agreements.find((a) => a.id === id)?.reference;
    expect(r.steering.map((x) => [refOf(x.agreementId), x.partyId])).toEqual([
      ['1.1 bij 1 (1)', 'woonwaarts'],
      ['1.1 bij 4 (2)', 'gemeente'],
      ['1.3 bij 2 (1)', 'gemeente'],
      ['5.2 bij 3 (2)', 'gemeente'],
      ['5.3 bij 1 (2)', 'woonwaarts'],
    ]);
    expect(r.unplanned.map((x) => x.activity)).toEqual([
      'Isolatie van 8 woningen met label D in Horssen',
      'Extra inloopspreekuur verhuizen voor senioren in Deest',
      'Cursus voor nieuwe bestuursleden van de HBD',
    ]);
    expect(r.unlinked.results.map((x) => [x.activity, x.planned])).toEqual([
      ['Huurdersavond over servicekosten', true],
      ['Cursus voor nieuwe bestuursleden van de HBD', false],
    ]);
    // Only 2026: nothing of 2025 slips into a verantwoording over 2026.
    expect([...r.deviations, ...r.unplanned, ...agreements(r).flatMap((a) => a.results)].every((x) => x.executionYear === 2026)).toBe(true);
  });

  it('computes the indicators as of the last execution year, with party names', () => {
    const status = Object.fromEntries(verantwoording.indicators.map((i) => [i.indicator.code, i.status]));
    expect(status['sociale-huur-180']).toBe('on-track');
    expect(status['woonwaarts-sociale-huur-240']).toBe('behind');
    expect(status['de-kernen-sociale-huur-33']).toBe('behind');
    expect(status['vrije-toewijzing-15']).toBe('behind');
    expect(status['deest-zuid-max-90']).toBe('unknown');
    const p180 = verantwoording.indicators.find((i) => i.indicator.code === 'sociale-huur-180');
    expect(p180?.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(p180?.latest).toEqual({ year: 2026, value: 159 });
    const eigen = verantwoording.indicators.find((i) => i.indicator.code === 'eigen-gemeente-max-50');
    expect(eigen?.message).toContain('De Kernen heeft over 2026 geen cijfer opgegeven');
  });

  it('says which indicators count the same homes, so nobody adds the 180 to the 270', () => {
    const of = (code: string) => verantwoording.indicators.find((i) => i.indicator.code === code);
    expect(of('sociale-huur-180')?.overlap).toBe(
      'De 180 tot en met 2028 is een tussenstap naar de 270 van ‘Toevoeging sociale huurwoningen 2022–2030’: dezelfde woningen, geen extra opgave.' +
        ' Tel de cijfers van deze indicatoren niet bij elkaar op.',
    );
    expect(of('sociale-huur-180')?.overlapNote).toBe('tussenstap naar ‘Toevoeging sociale huurwoningen 2022–2030’, dezelfde woningen');
    expect(of('sociale-huur-270')?.overlap).toBe(
      'Deze woningen tellen ook mee in ‘Woningbouw Woondeal 2.0 (2022–2030)’.' +
        ' ‘Toevoeging sociale huurwoningen tot en met 2028’ is een tussenstap hiernaartoe, met dezelfde woningen.' +
        ' Hierin tellen ook de woningen van ‘Nieuwbouw sociale huurwoningen Woonwaarts t/m 2030’, ‘Nieuwbouw sociale huurwoningen De Kernen’ en ‘Geclusterde woonvormen voor ouderen t/m 2030’ mee.' +
        ' Tel de cijfers van deze indicatoren niet bij elkaar op.',
    );
    expect(of('de-kernen-sociale-huur-33')?.overlapNote).toBe('telt ook mee in ‘Toevoeging sociale huurwoningen 2022–2030’');
    // A share shares no homes.
    expect(of('vrije-toewijzing-15')?.overlap).toBeUndefined();
  });

  it('is deterministic', () => {
    const again = buildAccountabilityReport(realisticAccountabilityInput(data, 'verantwoording'));
    expect(JSON.stringify(again)).toBe(JSON.stringify(verantwoording));
  });
});

describe('tussenevaluatie 2025–2026', () => {
  it('covers both years, with per-year columns and the advice', () => {
    const r = evaluation;
    expect(r.kind).toBe('interim');
    expect(r.executionYears).toEqual([2025, 2026]);
    expect(r.advice).toBe(REALISTIC_ADVICE);
    expect(r.themes[0]?.years.map((y) => [y.year, y.summary.light])).toEqual([
      [2025, 'orange'],
      [2026, 'red'],
    ]);
    for (const t of r.themes) {
      const sum = emptyCounts();
      for (const y of t.years) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += y.summary.counts[k];
      expect(t.summary.counts).toEqual(sum);
    }
    const years = new Set(agreements(r).flatMap((a) => a.results.map((x) => x.executionYear)));
    expect([...years].sort()).toEqual([2025, 2026]);
    expect(r.parties.find((p) => p.id === 'bewonersraad')?.submissions.map((s) => s.version)).toEqual([1, null]);
  });

  it('says that the planned activities of 2025 are unknown without a frozen bundle', () => {
    expect(evaluation.bundles).toEqual([
      { year: 2025, version: null, planningKnown: false },
      { year: 2026, version: 2, planningKnown: true },
    ]);
    expect(evaluation.notes[0]).toMatch(/^Voor 2025 is geen definitief gezamenlijk activiteitenoverzicht vastgesteld/);
    expect(agreements(evaluation).flatMap((a) => a.missing).every((m) => m.year === 2026)).toBe(true);
  });

  it('orders results by year, afspraak and party', () => {
    const results = agreement(evaluation, '1.1 bij 1 (1)').results;
    expect(results.map((x) => [x.executionYear, x.partyId, x.identity.startsWith('afspraak:')])).toEqual([
      [2025, 'woonwaarts', true],
      [2026, 'woonwaarts', false],
    ]);
    expect(evaluation.deviations.map((x) => x.executionYear)).toEqual([...evaluation.deviations.map((x) => x.executionYear)].sort());
  });
});

describe('edges of the input', () => {
  function input(patch: Partial<AccountabilityInput>): AccountabilityInput {
    return { ...realisticAccountabilityInput(data, 'verantwoording'), ...patch };
  }

  it('refuses a report without an execution year', () => {
    expect(() => buildAccountabilityReport(input({ executionYears: [] }))).toThrow('Geen uitvoeringsjaar');
  });

  it('without a bundle: no missing activities, a note, and the lights judge the results alone', () => {
    const r = buildAccountabilityReport(input({ bundles: new Map() }));
    expect(r.bundles).toEqual([{ year: 2026, version: null, planningKnown: false }]);
    expect(agreements(r).every((a) => a.missing.length === 0)).toBe(true);
    expect(r.notes[0]).toContain('Voor 2026 is geen definitief gezamenlijk activiteitenoverzicht vastgesteld');
    expect(r.byParty.find((p) => p.partyId === 'bewonersraad')?.summary.light).toBe('grey');
  });

  it('warns when the bundle used is not definitief', () => {
    const base = realisticAccountabilityInput(data, 'verantwoording');
    const bundle = base.bundles.get(2026) as JointOverview;
    const concept: JointOverview = { ...bundle, version: { ...bundle.version, status: 'draft' } };
    const r = buildAccountabilityReport({ ...base, bundles: new Map([[2026, concept]]) });
    expect(r.notes).toContain('Het gezamenlijk activiteitenoverzicht voor 2026 is niet definitief (concept); de geplande activiteiten kunnen nog veranderen.');
  });

  it('puts a result on an afspraak outside the set with the unlinked work', () => {
    const base = realisticAccountabilityInput(data, 'verantwoording');
    const stray: ActivityResult = {
      partyId: 'gemeente',
      executionYear: 2026,
      identity: 'afspraak:9999',
      agreementId: 9999,
      activity: 'Afspraak uit een oude set',
      planned: true,
      status: 'done',
      statusText: 'gerealiseerd',
      result: 'Gedaan.',
      explanation: '',
      steeringNeeded: false,
    };
    const r = buildAccountabilityReport({ ...base, results: [...base.results, stray] });
    expect(r.unlinked.results).toContainEqual(stray);
    expect(r.unlinked.summary.counts.done).toBe(1);
    expect(r.byParty.find((p) => p.partyId === 'gemeente')?.summary.counts.done).toBe(
      (verantwoording.byParty.find((p) => p.partyId === 'gemeente')?.summary.counts.done ?? 0) + 1,
    );
  });

  it('a deviation with only spaces as toelichting counts as without explanation', () => {
    const base = realisticAccountabilityInput(data, 'verantwoording');
    const results = base.results.map((x) => (x.activity.startsWith('Bouw 48') ? { ...x, explanation: '   ' } : x));
    const r = buildAccountabilityReport({ ...base, results });
    expect(r.missingExplanations.map((x) => x.activity)).toContain('Bouw 48 sociale huurwoningen De Ruigenhoek (Druten), start bouw Q2 2027');
  });
});

describe('late is late in the verantwoording', () => {
  it('names who delivered results after the deadline, and when, beside who answered', () => {
    // HBD's results over 2026 came in on 2 March 2027; "vóór 1 maart" means by 28 February.
    expect(verantwoording.responses[0]?.late).toEqual([{ partyId: 'hbd', receivedOn: '2027-03-02', daysLate: 2 }]);
    expect(responseSentences(verantwoording)[0]).toContain(
      'Te laat aangeleverd: Huurdersbelangen Beuningen Druten (ontvangen op 2 maart 2027, 2 dagen na de termijn).',
    );
    // Woonwaarts' second version came on the last day: its first, on 19 February, was on time anyway.
    expect(verantwoording.responses[0]?.late?.map((l) => l.partyId)).not.toContain('woonwaarts');
  });
});
