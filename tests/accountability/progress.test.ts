import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  computeIndicatorProgress,
  describeTarget,
  formatValue,
  indicatorYears,
  measureOf,
  startYearOf,
  type ProgressOptions,
} from '../../src/accountability/progress';
import { describeBaseline, indicatorQuestion, type EnteredIndicatorFigure, type IndicatorBaseline } from '../../src/domain/indicators';
import type { IndicatorValue } from '../../src/domain/results';
import type { Indicator } from '../../src/domain/types';
import { socialRentFigures } from '../fixtures/accountability';

const DATA = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'resources', 'druten-2025-2028.json'), 'utf8')) as {
  indicators: Indicator[];
};
const real = (code: string): Indicator => {
  const i = DATA.indicators.find((x) => x.code === code);
  if (!i) throw new Error(code);
  return i;
};
const NAMES = { gemeente: 'Gemeente', woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen' };
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Values as [partyId, year, value]. */
function values(code: string, rows: [string, number, number][]): IndicatorValue[] {
  return rows.map(([partyId, year, value]) => ({ code, partyId, year, value, note: '' }));
}

function progress(code: string, rows: [string, number, number][], asOfYear: number, years?: number[]) {
  const indicator = real(code);
  return computeIndicatorProgress(indicator, values(code, rows), years ?? indicatorYears(indicator, [asOfYear], 2025), asOfYear, {
    partyNames: NAMES,
    startYear: 2025,
  });
}

/** Social rental homes per corporation and year, 2022–2026, as in the realistic report. */
const SOCIAL_RENT = socialRentFigures();

describe('what a figure measures', () => {
  it('classifies all 22 indicators of the agreement', () => {
    const measures = Object.fromEntries(DATA.indicators.map((i) => [i.code, measureOf(i)]));
    expect(measures).toEqual({
      'woondeal-910': 'count',
      'woondeal-betaalbaar': 'level',
      'middenhuur-50': 'count',
      'sociale-huur-270': 'count',
      'sociale-huur-180': 'count',
      'woonwaarts-sociale-huur-240': 'count',
      'de-kernen-sociale-huur-33': 'count',
      'woonwaarts-verkoop-7-8': 'level',
      'deest-zuid-sociale-huur-25': 'level',
      'deest-zuid-max-90': 'count',
      'sociale-huur-norm-30': 'level',
      'geclusterd-ouderen-85': 'count',
      'woonwaarts-aftopping-80': 'level',
      'energielabels-efg-0': 'stock',
      'woonwaarts-label-d-0': 'stock',
      'verhuiscoach-20000': 'level',
      'eigen-gemeente-max-50': 'level',
      'bijzondere-bemiddeling-6': 'level',
      'statushouders-de-kernen-5': 'level',
      'statushouders-woonwaarts-95': 'level',
      'vrije-toewijzing-15': 'level',
      'sociale-huur-gemiddelde-30': 'level',
    });
  });

  it('starts at the baseline year, the first milestone, or the agreement', () => {
    expect(startYearOf(real('sociale-huur-180'), { startYear: 2025 })).toBe(2022);
    expect(startYearOf(real('woonwaarts-sociale-huur-240'), { startYear: 2023 })).toBe(2025);
    expect(startYearOf(real('geclusterd-ouderen-85'), { startYear: 2025 })).toBe(2025);
    expect(startYearOf(real('geclusterd-ouderen-85'), {}, [2026, 2027])).toBe(2026);
    expect(indicatorYears(real('sociale-huur-180'), [2026], 2025)).toEqual(range(2022, 2028));
    expect(indicatorYears(real('de-kernen-sociale-huur-33'), [2025, 2026, 2027], 2025)).toEqual(range(2025, 2027));
  });

  it('every real indicator without figures is onbekend and has no NaN anywhere', () => {
    for (const indicator of DATA.indicators) {
      const p = computeIndicatorProgress(indicator, [], indicatorYears(indicator, [2026], 2025), 2026, { startYear: 2025 });
      expect(p.status).toBe('unknown');
      expect(p.latest).toBeNull();
      expect(p.message).toMatch(/^Nog geen cijfers opgegeven; doel: /);
      expect(JSON.stringify(p.years)).not.toContain('NaN');
      for (const y of p.years) {
        expect(Object.keys(y.byParty)).toEqual(indicator.partyIds);
        expect(Object.values(y.byParty).every((v) => v === null)).toBe(true);
        expect(y.total).toBeNull();
        expect(y.cumulative).toBeNull();
      }
    }
  });
});

describe('count targets (woningen erbij)', () => {
  it('sums the two corporations, runs a total from the baseline and a straight path from 0 to 180 by 2028', () => {
    const p = progress('sociale-huur-180', SOCIAL_RENT, 2026);
    expect(p.years.map((y) => y.year)).toEqual(range(2022, 2028));
    const y2026 = p.years.find((y) => y.year === 2026);
    expect(y2026).toEqual({ year: 2026, byParty: { woonwaarts: 38, 'de-kernen': 21 }, total: 59, cumulative: 159, path: 128.6, entered: false });
    expect(p.years.map((y) => y.cumulative)).toEqual([8, 26, 36, 100, 159, null, null]);
    // 180 over the seven years 2022–2028: 25,7 a year, starting from 0 at the start of 2022.
    expect(p.years.map((y) => y.path)).toEqual([25.7, 51.4, 77.1, 102.9, 128.6, 154.3, 180]);
    expect(p.latest).toEqual({ year: 2026, value: 159 });
    expect(p.status).toBe('on-track');
    expect(p.message).toBe('159 van 180 woningen (88%) eind 2026; volgens de rechte lijn hadden het er eind 2026 129 moeten zijn: op schema.');
  });

  it('is achter below the straight path, and says by how many homes', () => {
    const p = progress('sociale-huur-180', SOCIAL_RENT, 2025);
    expect(p.latest).toEqual({ year: 2025, value: 100 });
    expect(p.status).toBe('behind');
    expect(p.message).toBe('100 van 180 woningen (56%) eind 2025; volgens de rechte lijn hadden het er eind 2025 103 moeten zijn: 3 woningen achter op de rechte lijn.');
  });

  it('counts only what is known when one corporation did not report, and says so', () => {
    const rows = SOCIAL_RENT.filter(([party, year]) => !(party === 'de-kernen' && year === 2026));
    const p = progress('sociale-huur-180', rows, 2026);
    const y = p.years.find((x) => x.year === 2026);
    expect(y?.byParty).toEqual({ woonwaarts: 38, 'de-kernen': null });
    expect(y?.total).toBe(38);
    expect(y?.cumulative).toBe(138);
    expect(p.status).toBe('on-track');
    expect(p.message).toContain('De Kernen heeft over 2026 geen cijfer opgegeven; het totaal telt alleen wat bekend is.');
  });

  it('takes a 0 as a figure, not as missing', () => {
    const p = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 0]], 2025);
    expect(p.years[0]).toEqual({ year: 2025, byParty: { 'de-kernen': 0 }, total: 0, cumulative: 0, path: 6, entered: false });
    expect(p.latest).toEqual({ year: 2025, value: 0 });
    expect(p.status).toBe('behind');
    expect(p.message).toBe('0 van 33 woningen (0%) eind 2025; volgens de mijlpalen hadden het er eind 2025 6 moeten zijn: 6 woningen achter op de mijlpalen.');
    expect(p.message).not.toContain('geen cijfer');
  });

  it('calls an overshoot behaald, with the share above 100%', () => {
    const p = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 20], ['de-kernen', 2026, 19]], 2026);
    expect(p.status).toBe('achieved');
    expect(p.message).toBe('39 van 33 woningen (118%) eind 2026: doel behaald.');
  });

  it('is achter when the deadline year passed without the target', () => {
    const p = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 0], ['de-kernen', 2026, 21]], 2026);
    expect(p.status).toBe('behind');
    expect(p.message).toBe('21 van 33 woningen (64%) eind 2026; de termijn (eind 2026) is verstreken: 12 woningen te weinig.');
    // Also when the latest figures are older than the deadline.
    const stale = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 6]], 2027);
    expect(stale.status).toBe('behind');
    expect(stale.message).toContain('Over 2027 zijn nog geen cijfers opgegeven; dit is de stand van 2025.');
  });

  it('counts homes delivered after the deadline: behaald, but late', () => {
    const p = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 6], ['de-kernen', 2026, 21], ['de-kernen', 2027, 6]], 2027);
    expect(p.years.map((y) => [y.year, y.cumulative, y.path])).toEqual([
      [2025, 6, 6],
      [2026, 27, 33],
      [2027, 33, null],
    ]);
    expect(p.status).toBe('achieved');
    expect(p.message).toBe('33 van 33 woningen (100%) eind 2027: doel behaald, na de termijn (eind 2026).');
  });

  it('runs the path through the milestones: Woonwaarts ca. 140 in 2025, ca. 80 in 2026–2028, 240 by 2030', () => {
    const p = progress('woonwaarts-sociale-huur-240', [['woonwaarts', 2025, 64], ['woonwaarts', 2026, 38]], 2026);
    expect(p.years.map((y) => [y.year, y.path])).toEqual([
      [2025, 140],
      [2026, 166.7],
      [2027, 193.3],
      [2028, 220],
      [2029, 230],
      [2030, 240],
    ]);
    expect(p.status).toBe('behind');
    expect(p.message).toBe('102 van 240 woningen (43%) eind 2026; volgens de mijlpalen hadden het er eind 2026 167 moeten zijn: 65 woningen achter op de mijlpalen.');
    // De Kernen: 6 in 2025 and 27 in 2026 add up to the 33.
    const dk = progress('de-kernen-sociale-huur-33', [], 2026);
    expect(dk.years.map((y) => y.path)).toEqual([6, 33]);
  });

  it('leaves years outside baseline..deadline without path, and does not count figures before the baseline or after asOfYear', () => {
    const rows: [string, number, number][] = [...SOCIAL_RENT, ['woonwaarts', 2020, 50], ['woonwaarts', 2021, 50], ['woonwaarts', 2027, 99]];
    const p = progress('sociale-huur-180', rows, 2026, range(2020, 2030));
    const at = (year: number) => p.years.find((y) => y.year === year);
    expect(at(2020)).toEqual({ year: 2020, byParty: { woonwaarts: 50, 'de-kernen': null }, total: 50, cumulative: null, path: null, entered: false });
    expect(at(2021)?.path).toBeNull();
    expect(at(2022)?.cumulative).toBe(8);
    expect(at(2026)?.cumulative).toBe(159);
    expect(at(2027)).toEqual({ year: 2027, byParty: { woonwaarts: null, 'de-kernen': null }, total: null, cumulative: null, path: 154.3, entered: false });
    expect(at(2029)?.path).toBeNull();
    expect(at(2030)?.path).toBeNull();
    expect(p.latest).toEqual({ year: 2026, value: 159 });
  });

  it('does not count years before the first uitvraag as 0: without them a running total is not judged', () => {
    const p = progress('sociale-huur-180', SOCIAL_RENT.filter(([, year]) => year >= 2025), 2026);
    expect(p.latest).toEqual({ year: 2026, value: 123, missing: [2022, 2023, 2024] });
    expect(p.status).toBe('unknown');
    expect(p.years.map((y) => y.cumulative)).toEqual([null, null, null, null, null, null, null]);
    expect(p.message).toBe(
      '123 woningen in 2025 en 2026; over 2022–2024, vóór de eerste uitvraag, zijn nog geen cijfers ingevoerd. ' +
        'Zonder die jaren is niet te zeggen of het doel (ten minste 180 woningen eind 2028) op schema ligt. ' +
        'Het secretariaat voert ze in op de pagina Verantwoording (Vertrekpunt en eerdere jaren) of met prestatie indicator.',
    );
    expect(p.message).not.toContain('tellen als 0');
    // A year after the first uitvraag without any figure still counts as 0, and is named.
    const one = progress('sociale-huur-180', SOCIAL_RENT.filter(([, year]) => year !== 2025), 2026);
    expect(one.message).toContain('Over 2025 zijn geen cijfers opgegeven; dat jaar telt als 0.');
    // What is known already reaching the target is behaald all the same.
    const done = progress('de-kernen-sociale-huur-33', [['de-kernen', 2025, 40]], 2025);
    expect(done.status).toBe('achieved');
  });

  it('writes large numbers the Dutch way', () => {
    const p = progress('woondeal-910', [['gemeente', 2022, 1200]], 2022);
    expect(p.status).toBe('achieved');
    expect(p.message).toBe('1.200 van 910 woningen (132%) eind 2022: doel behaald.');
  });

  it('keeps a running total under a limit: at most 90 in Deest Zuid', () => {
    const within = progress('deest-zuid-max-90', [['woonwaarts', 2025, 40], ['gemeente', 2025, 0]], 2025);
    expect(within.status).toBe('on-track');
    expect(within.years[0]?.path).toBeNull();
    expect(within.message).toBe('40 woningen tot en met 2025, ten hoogste 90 woningen: binnen het maximum.');
    const over = progress('deest-zuid-max-90', [['woonwaarts', 2025, 60], ['woonwaarts', 2026, 40], ['gemeente', 2025, 0], ['gemeente', 2026, 0]], 2026);
    expect(over.status).toBe('behind');
    expect(over.message).toBe('100 woningen tot en met 2026, ten hoogste 90 woningen: 10 woningen boven het maximum.');
  });
});

describe('limits and norms (at_most, percentages, amounts)', () => {
  it('averages a shared percentage, but one corporation above 15% makes it achter', () => {
    const p = progress('vrije-toewijzing-15', [['woonwaarts', 2026, 12.5], ['de-kernen', 2026, 16]], 2026);
    const y = p.years.find((x) => x.year === 2026);
    expect(y?.total).toBe(14.3);
    expect(y?.cumulative).toBeNull();
    expect(y?.path).toBeNull();
    expect(p.status).toBe('behind');
    expect(p.message).toBe('14,3% gemiddeld in 2026 (Woonwaarts 12,5%, De Kernen 16%): De Kernen zit boven het maximum van 15%.');
  });

  it('is op schema within the limit, behaald once the deadline year is reached with every figure in', () => {
    expect(progress('vrije-toewijzing-15', [['woonwaarts', 2026, 12.5], ['de-kernen', 2026, 15]], 2026).status).toBe('on-track');
    const done = progress('vrije-toewijzing-15', [['woonwaarts', 2028, 12.5], ['de-kernen', 2028, 15]], 2028);
    expect(done.status).toBe('achieved');
    expect(done.message).toBe('13,8% gemiddeld in 2028 (Woonwaarts 12,5%, De Kernen 15%): binnen het maximum van 15%.');
    // A missing party could be above the limit: not behaald.
    const partial = progress('vrije-toewijzing-15', [['woonwaarts', 2028, 12.5]], 2028);
    expect(partial.status).toBe('on-track');
    expect(partial.message).toContain('De Kernen heeft over 2028 geen cijfer opgegeven; het gemiddelde telt alleen wat bekend is.');
  });

  it('judges a single-party limit on its value: eigen gemeente ≤ 50%, sales ≤ 8 a year, the verhuiscoach ≤ € 20.000', () => {
    const over = progress('eigen-gemeente-max-50', [['woonwaarts', 2026, 52], ['de-kernen', 2026, 40]], 2026);
    expect(over.status).toBe('behind');
    expect(over.message).toContain('Woonwaarts zit boven het maximum van 50%');
    const sales = progress('woonwaarts-verkoop-7-8', [['woonwaarts', 2025, 7], ['woonwaarts', 2026, 9]], 2026);
    expect(sales.years.map((y) => y.cumulative)).toEqual([null, null, null, null, null, null]);
    expect(sales.status).toBe('behind');
    expect(sales.message).toBe('9 woningen in 2026: 1 woning boven het maximum van 8 woningen.');
    const coach = progress('verhuiscoach-20000', [['gemeente', 2026, 20000]], 2026);
    expect(coach.status).toBe('achieved');
    expect(coach.message).toBe('€ 20.000 in 2026: binnen het maximum van € 20.000.');
    const coachOver = progress('verhuiscoach-20000', [['gemeente', 2025, 21500]], 2025);
    expect(coachOver.status).toBe('behind');
    expect(coachOver.message).toBe('€ 21.500 in 2025: € 1.500 boven het maximum van € 20.000.');
  });

  it('judges a norm (at_least percentage) every year: op schema when met, achter below it, behaald at the deadline', () => {
    const below = progress('woonwaarts-aftopping-80', [['woonwaarts', 2026, 78.5]], 2026);
    expect(below.status).toBe('behind');
    expect(below.message).toBe('78,5% in 2026: 1,5 procentpunt onder de norm van ten minste 80%.');
    expect(progress('woonwaarts-aftopping-80', [['woonwaarts', 2026, 80]], 2026).status).toBe('on-track');
    expect(progress('woonwaarts-aftopping-80', [['woonwaarts', 2028, 81]], 2028).status).toBe('achieved');
    const shared = progress('bijzondere-bemiddeling-6', [['woonwaarts', 2026, 5.2], ['de-kernen', 2026, 7.1]], 2026);
    expect(shared.years.find((y) => y.year === 2026)?.total).toBe(6.2);
    expect(shared.status).toBe('on-track');
    expect(shared.message).toBe('6,2% gemiddeld in 2026 (Woonwaarts 5,2%, De Kernen 7,1%): de norm van ten minste 6% is gehaald.');
  });

  it('keeps statushouders per corporation apart: two indicators, no average', () => {
    expect(real('statushouders-de-kernen-5').partyIds).toEqual(['de-kernen']);
    const ww = progress('statushouders-woonwaarts-95', [['woonwaarts', 2026, 94]], 2026);
    expect(ww.status).toBe('behind');
    expect(ww.message).toBe('94% in 2026: 1 procentpunt onder de norm van ten minste 95%.');
  });
});

describe('stocks that must go to zero (labels E/F/G in 2028)', () => {
  it('runs the path from the first reported stock to 0 at the end of the deadline year', () => {
    const p = progress('energielabels-efg-0', [['woonwaarts', 2025, 310], ['de-kernen', 2025, 24], ['woonwaarts', 2026, 205], ['de-kernen', 2026, 12]], 2026);
    expect(p.years.map((y) => [y.year, y.total, y.path])).toEqual([
      [2025, 334, 334],
      [2026, 217, 222.7],
      [2027, null, 111.3],
      [2028, null, 0],
    ]);
    expect(p.years.every((y) => y.cumulative === null)).toBe(true);
    expect(p.latest).toEqual({ year: 2026, value: 217 });
    expect(p.status).toBe('on-track');
    expect(p.message).toBe(
      '217 woningen in 2026, doel geen (0) eind 2028; volgens de rechte lijn van 334 (eind 2025) naar 0 (eind 2028) hadden het er eind 2026 ten hoogste 223 mogen zijn: op schema. ' +
        'Er is geen vertrekpunt ingevoerd: de rechte lijn begint bij de eerste opgave (eind 2025).',
    );
  });

  it('is achter above the path', () => {
    const p = progress('woonwaarts-label-d-0', [['woonwaarts', 2025, 640], ['woonwaarts', 2026, 560]], 2026);
    expect(p.status).toBe('behind');
    expect(p.message).toContain('48 woningen achter op de rechte lijn');
  });

  it('is behaald when zero is reached early', () => {
    const p = progress('energielabels-efg-0', [['woonwaarts', 2025, 30], ['de-kernen', 2025, 4], ['woonwaarts', 2026, 0], ['de-kernen', 2026, 0]], 2026);
    expect(p.status).toBe('achieved');
    expect(p.message).toBe('0 woningen in 2026, doel geen (0) eind 2028: doel behaald, eerder dan afgesproken.');
  });

  it('is not behaald at zero while a corporation has not reported', () => {
    const p = progress('energielabels-efg-0', [['woonwaarts', 2025, 30], ['de-kernen', 2025, 4], ['woonwaarts', 2026, 0]], 2026);
    expect(p.status).toBe('on-track');
    expect(p.message).toContain('De Kernen heeft over 2026 geen cijfer opgegeven');
  });

  it('is achter when the deadline passed with homes left', () => {
    const p = progress('energielabels-efg-0', [['woonwaarts', 2025, 300], ['de-kernen', 2025, 20], ['woonwaarts', 2028, 3], ['de-kernen', 2028, 0]], 2028);
    expect(p.status).toBe('behind');
    expect(p.message).toBe('3 woningen in 2028, doel geen (0) eind 2028: de termijn is verstreken, nog 3 woningen te gaan.');
  });
});

describe('wording', () => {
  it('formats values and targets in Dutch', () => {
    expect(formatValue(1, 'homes')).toBe('1 woning');
    expect(formatValue(7.5, 'percent')).toBe('7,5%');
    expect(formatValue(20000, 'euro')).toBe('€ 20.000');
    expect(describeTarget(real('sociale-huur-180'))).toBe('ten minste 180 woningen eind 2028');
    expect(describeTarget(real('vrije-toewijzing-15'))).toBe('ten hoogste 15%');
    expect(describeTarget(real('energielabels-efg-0'))).toBe('geen (0) woningen met energielabel E, F of G eind 2028');
  });

  it('ignores figures of other indicators and of parties that do not report on it', () => {
    const rows = [...values('sociale-huur-180', [['woonwaarts', 2025, 10]]), ...values('sociale-huur-270', [['woonwaarts', 2025, 99]]), ...values('sociale-huur-180', [['gemeente', 2025, 50]])];
    const p = computeIndicatorProgress(real('sociale-huur-180'), rows, [2025], 2025);
    expect(p.years[0]?.byParty).toEqual({ woonwaarts: 10, 'de-kernen': null });
    expect(p.years[0]?.total).toBe(10);
    // Without names the ids stand in.
    expect(p.message).toContain('de-kernen heeft over 2025 geen cijfer opgegeven');
  });
});

describe('the baseline: from the agreement, else entered by the secretary', () => {
  const entered = (code: string, rows: [string | null, number, number][]): EnteredIndicatorFigure[] =>
    rows.map(([partyId, year, value]) => ({ code, partyId, year, value, note: 'Woondeal-monitor' }));
  const withEntries = (code: string, rows: [string, number, number][], asOfYear: number, options: ProgressOptions) => {
    const indicator = real(code);
    const opts: ProgressOptions = { partyNames: NAMES, startYear: 2025, ...options };
    return computeIndicatorProgress(indicator, values(code, rows), indicatorYears(indicator, [asOfYear], 2025, opts), asOfYear, opts);
  };

  it('takes the start from the agreement where it gives one, and tells where it comes from', () => {
    expect(baselineOf(real('sociale-huur-270'), { startYear: 2025 })).toEqual({ year: 2021, value: 0, source: 'agreement', note: 'De afspraak telt vanaf 2022.' });
    expect(baselineOf(real('woonwaarts-sociale-huur-240'), { startYear: 2025 })).toMatchObject({ year: 2024, value: 0, source: 'agreement' });
    expect(baselineOf(real('vrije-toewijzing-15'), { startYear: 2025 })).toMatchObject({ year: 2024, value: 7.5, source: 'agreement' });
    // A count without a start of its own: from the agreement's first year, as an assumption.
    expect(baselineOf(real('geclusterd-ouderen-85'), { startYear: 2025 })).toMatchObject({ year: 2024, value: 0, source: 'assumed' });
    // A stock the agreement gives no number for: none until the secretary enters it.
    expect(baselineOf(real('energielabels-efg-0'), { startYear: 2025 })).toBeNull();
    const start = { code: 'energielabels-efg-0', year: 2024, value: 400, note: 'Jaarverslagen 2024' };
    expect(baselineOf(real('energielabels-efg-0'), { baseline: start })).toEqual({ year: 2024, value: 400, source: 'entered', note: 'Jaarverslagen 2024' });
    // The agreement's own start is not replaced by an entered one.
    expect(baselineOf(real('sociale-huur-180'), { baseline: { ...start, code: 'sociale-huur-180' } })?.source).toBe('agreement');
    expect(describeBaseline(baselineOf(real('sociale-huur-180'), {}) as IndicatorBaseline, 'homes')).toBe(
      '0 woningen op 31 december 2021 (uit de afspraken: de afspraak telt vanaf 2022)',
    );
    expect(describeBaseline({ year: 2024, value: 400, source: 'entered', note: 'Jaarverslagen 2024' }, 'homes')).toBe(
      '400 woningen op 31 december 2024 (ingevoerd door het secretariaat; bron: Jaarverslagen 2024)',
    );
  });

  it('a stock with an entered start value and one year above the straight path reads achter; below it op schema', () => {
    const baseline = { code: 'energielabels-efg-0', year: 2024, value: 400, note: 'Jaarverslagen 2024' };
    const behind = withEntries('energielabels-efg-0', [['woonwaarts', 2025, 280], ['de-kernen', 2025, 40]], 2025, { baseline });
    expect(behind.years.map((y) => [y.year, y.total, y.path])).toEqual([
      [2024, null, 400],
      [2025, 320, 300],
      [2026, null, 200],
      [2027, null, 100],
      [2028, null, 0],
    ]);
    expect(behind.baseline).toMatchObject({ year: 2024, value: 400, source: 'entered' });
    expect(behind.status).toBe('behind');
    expect(behind.message).toBe(
      '320 woningen in 2025, doel geen (0) eind 2028; volgens de rechte lijn van 400 (eind 2024) naar 0 (eind 2028) hadden het er eind 2025 ten hoogste 300 mogen zijn: 20 woningen achter op de rechte lijn.',
    );
    const onTrack = withEntries('energielabels-efg-0', [['woonwaarts', 2025, 260], ['de-kernen', 2025, 30]], 2025, { baseline });
    expect(onTrack.status).toBe('on-track');
    // Without a start value one year cannot be judged: it says what is missing, and where to enter it.
    const alone = withEntries('energielabels-efg-0', [['woonwaarts', 2025, 280], ['de-kernen', 2025, 40]], 2025, {});
    expect(alone.status).toBe('unknown');
    expect(alone.latest).toEqual({ year: 2025, value: 320 });
    expect(alone.message).toContain('zonder vertrekpunt (de stand van eind 2024) is nog niet te zeggen of dit op schema ligt');
    expect(alone.message).toContain('prestatie indicator');
  });

  it('a count with the agreement’s baseline, the earlier years entered and one year below the straight path reads achter', () => {
    const earlier = entered('sociale-huur-180', [[null, 2022, 8], [null, 2023, 18], [null, 2024, 10]]);
    const behind = withEntries('sociale-huur-180', [['woonwaarts', 2025, 50], ['de-kernen', 2025, 0]], 2025, { entered: earlier });
    expect(behind.years.map((y) => [y.year, y.total, y.cumulative, y.path, y.entered])).toEqual([
      [2022, 8, 8, 25.7, true],
      [2023, 18, 26, 51.4, true],
      [2024, 10, 36, 77.1, true],
      [2025, 50, 86, 102.9, false],
      [2026, null, null, 128.6, false],
      [2027, null, null, 154.3, false],
      [2028, null, null, 180, false],
    ]);
    expect(behind.status).toBe('behind');
    expect(behind.message).toBe(
      '86 van 180 woningen (48%) eind 2025; volgens de rechte lijn hadden het er eind 2025 103 moeten zijn: 17 woningen achter op de rechte lijn. ' +
        'De cijfers over 2022–2024 zijn ingevoerd door het secretariaat.',
    );
    const ahead = withEntries('sociale-huur-180', [['woonwaarts', 2025, 64], ['de-kernen', 2025, 6]], 2025, { entered: earlier });
    expect(ahead.latest).toEqual({ year: 2025, value: 106 });
    expect(ahead.status).toBe('on-track');
    // Per party, where the secretary knows it; her figure wins over one reported for the same party and year.
    const perParty = withEntries('sociale-huur-180', [['woonwaarts', 2022, 99], ['woonwaarts', 2025, 64], ['de-kernen', 2025, 6]], 2025, {
      entered: entered('sociale-huur-180', [['woonwaarts', 2022, 8], ['de-kernen', 2022, 0], [null, 2023, 18], [null, 2024, 10]]),
    });
    expect(perParty.years[0]).toEqual({ year: 2022, byParty: { woonwaarts: 8, 'de-kernen': 0 }, total: 8, cumulative: 8, path: 25.7, entered: true });
    expect(perParty.latest).toEqual({ year: 2025, value: 106 });
  });

  it('a count with an entered start value runs its path and total from it', () => {
    const baseline = { code: 'geclusterd-ouderen-85', year: 2024, value: 13, note: 'Provinciale monitor' };
    const p = withEntries('geclusterd-ouderen-85', [['woonwaarts', 2025, 2], ['de-kernen', 2025, 0]], 2025, { baseline });
    // 13 at the end of 2024, 85 at the end of 2030: 12 a year.
    expect(p.years.map((y) => [y.year, y.cumulative, y.path])).toEqual([
      [2025, 15, 25],
      [2026, null, 37],
      [2027, null, 49],
      [2028, null, 61],
      [2029, null, 73],
      [2030, null, 85],
    ]);
    expect(p.status).toBe('behind');
    expect(p.message).toContain('15 van 85 woningen (18%) eind 2025; volgens de rechte lijn hadden het er eind 2025 25 moeten zijn');
  });

  it('names two parties that gave the same figure for a summed target: it may be the joint one, counted twice', () => {
    const p = progress('sociale-huur-180', [...SOCIAL_RENT.filter(([, y]) => y < 2026), ['woonwaarts', 2026, 62], ['de-kernen', 2026, 62]], 2026);
    expect(p.years.find((y) => y.year === 2026)?.total).toBe(124);
    expect(p.message).toContain(
      'Let op: Woonwaarts en De Kernen gaven over 2026 allebei 62 op; is dat het gezamenlijke cijfer, dan telt het hier dubbel.',
    );
    // Zeros and shares are no such sign.
    expect(progress('bijzondere-bemiddeling-6', [['woonwaarts', 2026, 6], ['de-kernen', 2026, 6]], 2026).message).not.toContain('Let op');
    expect(progress('geclusterd-ouderen-85', [['woonwaarts', 2026, 0], ['de-kernen', 2026, 0]], 2026).message).not.toContain('Let op');
  });

  it('says how the figures were combined', () => {
    expect(progress('sociale-huur-180', SOCIAL_RENT, 2026).combination).toBe(
      'Woonwaarts en De Kernen melden elk hun eigen aandeel per jaar; de aandelen zijn opgeteld, en de jaren vanaf het vertrekpunt.',
    );
    expect(progress('energielabels-efg-0', [], 2026).combination).toBe('Woonwaarts en De Kernen melden elk hun eigen stand op 31 december; de standen zijn opgeteld.');
    expect(progress('vrije-toewijzing-15', [], 2026).combination).toBe(
      'Woonwaarts en De Kernen melden elk hun eigen percentage; het totaal is het ongewogen gemiddelde, en het maximum geldt voor elk apart.',
    );
    expect(progress('verhuiscoach-20000', [], 2026).combination).toBe('Gemeente meldt het cijfer over het jaar.');
  });
});

describe('the target in the words of its direction', () => {
  it('never says "ten minste 0": a target of none reads "geen (0)"', () => {
    const texts = Object.fromEntries(DATA.indicators.map((i) => [i.code, describeTarget(i)]));
    expect(texts['energielabels-efg-0']).toBe('geen (0) woningen met energielabel E, F of G eind 2028');
    expect(texts['woonwaarts-label-d-0']).toBe('geen (0) woningen met energielabel D bij Woonwaarts eind 2030');
    expect(texts['sociale-huur-180']).toBe('ten minste 180 woningen eind 2028');
    expect(texts['eigen-gemeente-max-50']).toBe('ten hoogste 50%');
    expect(texts['deest-zuid-max-90']).toBe('ten hoogste 90 woningen');
    for (const [code, text] of Object.entries(texts)) expect(text, code).not.toMatch(/ten (minste|hoogste) 0\b/);
    const p = progress('energielabels-efg-0', [], 2026);
    expect(p.target).toBe('geen (0) woningen met energielabel E, F of G eind 2028');
    expect(p.message).toBe('Nog geen cijfers opgegeven; doel: geen (0) woningen met energielabel E, F of G eind 2028.');
  });

  it('asks each party its own share of the year, or its stand on 31 December', () => {
    const name = (id: string) => NAMES[id as keyof typeof NAMES] ?? id;
    expect(indicatorQuestion(real('sociale-huur-180'), 'woonwaarts', 2026, name)).toBe(
      'Uw eigen aandeel, opgeleverd in 2026: het aantal woningen dat Woonwaarts in 2026 toevoegde. Alleen 2026, niet het totaal sinds 2022 en niet samen met De Kernen: de Werkbank telt de aandelen en de jaren op.',
    );
    expect(indicatorQuestion(real('de-kernen-sociale-huur-33'), 'de-kernen', 2026, name)).toBe(
      'Opgeleverd in 2026: het aantal woningen dat De Kernen in 2026 toevoegde. Alleen 2026, niet het totaal over meer jaren: de Werkbank telt de jaren op.',
    );
    expect(indicatorQuestion(real('energielabels-efg-0'), 'de-kernen', 2026, name)).toBe(
      'Stand op 31 december 2026: het aantal eigen woningen met energielabel E, F of G van De Kernen, niet samen met Woonwaarts: de Werkbank telt de standen op.',
    );
    expect(indicatorQuestion(real('vrije-toewijzing-15'), 'woonwaarts', 2026, name)).toContain('Uw eigen percentage over 2026');
    expect(indicatorQuestion(real('verhuiscoach-20000'), 'gemeente', 2026, name)).toBe('Het bedrag over 2026, in euro.');
  });
});
