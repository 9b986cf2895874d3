// Progress of one succesindicator against its target: per year the parties'
// figures, their total, the running total for count targets, the straight
// path to the target, and one status with a Dutch sentence. Pure.
//
// The rules (docs for the secretary and the report writers):
//
// What a figure measures, from unit and direction (measureOf):
// - 'count': homes added (woningen, at_least; or at_most without "per jaar" in
//   the title, such as at most 90 in Deest Zuid). Each year's figure is what
//   was added that year; the target is judged on the running total from the
//   start year.
// - 'stock': homes still in a state that must go (direction zero: labels
//   E/F/G, label D). Each year's figure is the stock; judged on the latest one.
// - 'level': a share or an amount that holds per year (procent, euro, and
//   woningen at_most "per jaar" such as sales): judged on the latest year.
//
// Several parties: each reports its own part. Counts, stocks and amounts are
// summed; shares (procent) are averaged without weights, because the
// underlying numbers (allocations, homes) are not asked. A limit on a shared
// share (vrije toewijzingsruimte ≤ 15%, eigen gemeente ≤ 50%) binds every
// party on its own: one party above it makes the indicator 'achter', whatever
// the average. A party without a figure is left out of the total and named in
// the message; a stock or a limit is then never called 'behaald', since the
// missing part could still be above it.
//
// The start year: the indicator's baseline year, else the first milestone's
// year, else options.startYear (the agreement's first year), else the first
// year asked for. At the start of the start year the count is 0 (no baseline
// figure is known). Figures before the start year belong to an earlier period
// and are not counted; figures after asOfYear are ignored (an as-of view).
//
// The path (value at the end of each year):
// - count at_least: a straight line from 0 at the start to the target at the
//   end of the deadline year; with milestones, the line runs through them.
//   Milestones are per-period amounts, as the agreement states them ("ca. 140
//   in 2025, ca. 80 in 2026 - 2028"): each adds its value over the years since
//   the previous milestone, and the line continues from the last milestone to
//   the target at the deadline.
// - stock (zero): a straight line from the first reported stock to 0 at the
//   end of the deadline year.
// - limits and levels have no path (null): they must hold every year.
// Outside start..deadline the path is null.
//
// The status, judged on the latest year with figures (not later than asOfYear):
// - 'onbekend': no figures at all.
// - count at_least: 'behaald' once the running total reaches the target (also
//   after the deadline: late delivery counts, the message says so); when the
//   deadline (asOfYear ≥ deadline) passed without it: 'achter'; else 'op
//   schema' at or above the path, 'achter' below it.
// - stock: 'behaald' at 0 (also early); 'achter' after the deadline; else
//   against the path as above.
// - limits (at_most): within the limit 'op schema', or 'behaald' once the
//   deadline year is reached; above it 'achter'.
// - level at_least (a norm like 80% up to the aftoppingsgrens): met 'op
//   schema', or 'behaald' once the deadline year is reached; else 'achter'.
import type { Indicator, IndicatorUnit } from '../domain/types';
import type { IndicatorProgress, IndicatorValue, IndicatorYear, ProgressStatus } from './types';

export type Measure = 'count' | 'stock' | 'level';

export interface ProgressOptions {
  /** Party names for the message, by id; the id is used when absent. */
  partyNames?: Record<string, string>;
  /** The first year counted when the indicator has no baseline year nor milestones (the agreement's first year). */
  startYear?: number;
}

export function measureOf(indicator: Indicator): Measure {
  if (indicator.direction === 'zero') return 'stock';
  if (indicator.unit !== 'woningen') return 'level';
  if (indicator.direction === 'at_least') return 'count';
  return /per jaar/i.test(indicator.title) ? 'level' : 'count';
}

/** Shares are averaged over the parties that reported; everything else is summed. */
export function aggregatesByMean(indicator: Indicator): boolean {
  return indicator.unit === 'procent';
}

/** The first year counted (see the rules above). */
export function startYearOf(indicator: Indicator, options: ProgressOptions = {}, years: number[] = []): number {
  if (indicator.baselineYear !== undefined) return indicator.baselineYear;
  const milestoneYears = relevantMilestones(indicator).map((m) => m.year);
  if (milestoneYears.length > 0) return Math.min(...milestoneYears);
  if (options.startYear !== undefined) return Math.min(options.startYear, indicator.deadlineYear);
  if (years.length > 0) return Math.min(...years);
  return indicator.deadlineYear;
}

/** Years to show for an indicator: from its start (or the first execution year) to its deadline (or the last execution year). */
export function indicatorYears(indicator: Indicator, executionYears: number[], startYear?: number): number[] {
  const options: ProgressOptions = startYear === undefined ? {} : { startYear };
  const first = Math.min(startYearOf(indicator, options, executionYears), ...executionYears);
  const last = Math.max(indicator.deadlineYear, ...executionYears);
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

export function computeIndicatorProgress(
  indicator: Indicator,
  values: IndicatorValue[],
  years: number[],
  asOfYear: number,
  options: ProgressOptions = {},
): IndicatorProgress {
  const measure = measureOf(indicator);
  const start = startYearOf(indicator, options, years);
  const deadline = indicator.deadlineYear;
  const name = (id: string) => options.partyNames?.[id] ?? id;

  // The parties' figures per year, up to asOfYear; a later figure of the same party and year wins.
  const byYear = new Map<number, Map<string, number>>();
  for (const v of values) {
    if (v.code !== indicator.code || v.year > asOfYear || !Number.isFinite(v.value)) continue;
    if (!indicator.partyIds.includes(v.partyId)) continue;
    let m = byYear.get(v.year);
    if (!m) byYear.set(v.year, (m = new Map()));
    m.set(v.partyId, v.value);
  }
  const totalOf = (year: number): number | null => {
    const m = byYear.get(year);
    if (!m || m.size === 0) return null;
    const known = [...m.values()];
    const sum = known.reduce((a, b) => a + b, 0);
    return aggregatesByMean(indicator) ? round1(sum / known.length) : sum;
  };
  const reportedYears = [...byYear.keys()].filter((y) => (byYear.get(y)?.size ?? 0) > 0).sort((a, b) => a - b);

  const cumulativeAt = (year: number): number | null => {
    if (measure !== 'count' || year < start || year > asOfYear) return null;
    const counted = reportedYears.filter((y) => y >= start && y <= year);
    if (counted.length === 0) return null;
    return counted.reduce((a, y) => a + (totalOf(y) ?? 0), 0);
  };

  const stockStart = measure === 'stock' ? reportedYears.find((y) => y <= deadline) : undefined;
  const path = pathFunction(indicator, measure, start, stockStart === undefined ? null : { year: stockStart, value: totalOf(stockStart) ?? 0 });

  const rows: IndicatorYear[] = years.map((year) => {
    const reported = year <= asOfYear ? byYear.get(year) : undefined;
    const byParty: Record<string, number | null> = {};
    for (const id of indicator.partyIds) byParty[id] = reported?.get(id) ?? null;
    return { year, byParty, total: year <= asOfYear ? totalOf(year) : null, cumulative: cumulativeAt(year), path: path(year) };
  });

  // Judged on the latest year with figures, counted from the start year where that matters.
  const candidates = measure === 'count' ? reportedYears.filter((y) => y >= start) : reportedYears;
  const latestYear = candidates.length > 0 ? candidates[candidates.length - 1] : undefined;
  if (latestYear === undefined) {
    return {
      indicator,
      years: rows,
      latest: null,
      status: 'onbekend',
      message: `Nog geen cijfers opgegeven; doel: ${describeTarget(indicator)}.`,
    };
  }
  const latestValue = measure === 'count' ? (cumulativeAt(latestYear) ?? 0) : (totalOf(latestYear) ?? 0);
  const missingParties = indicator.partyIds.filter((id) => !byYear.get(latestYear)?.has(id));
  const complete = missingParties.length === 0;
  const judged = judge({
    indicator,
    measure,
    year: latestYear,
    asOfYear,
    value: latestValue,
    path: path(latestYear),
    complete,
    byParty: byYear.get(latestYear) ?? new Map(),
    name,
    firstReachedYear: measure === 'count' ? reportedYears.find((y) => y >= start && (cumulativeAt(y) ?? 0) >= indicator.target) : undefined,
    milestones: relevantMilestones(indicator).length > 0,
    stockStart: stockStart === undefined ? undefined : { year: stockStart, value: totalOf(stockStart) ?? 0 },
  });

  const notes: string[] = [];
  if (!complete) {
    const names = missingParties.map(name);
    notes.push(
      `${joinNames(names)} ${names.length === 1 ? 'heeft' : 'hebben'} over ${latestYear} geen cijfer opgegeven; ${aggregatesByMean(indicator) ? 'het gemiddelde' : 'het totaal'} telt alleen wat bekend is.`,
    );
  }
  if (measure === 'count') {
    const gaps: number[] = [];
    for (let y = start; y <= latestYear; y++) if (!reportedYears.includes(y)) gaps.push(y);
    if (gaps.length > 0) notes.push(`Over ${yearList(gaps)} zijn geen cijfers opgegeven; ${gaps.length === 1 ? 'dat jaar telt' : 'die jaren tellen'} als 0.`);
  }
  if (latestYear < asOfYear) notes.push(`Over ${asOfYear} zijn nog geen cijfers opgegeven; dit is de stand van ${latestYear}.`);

  return {
    indicator,
    years: rows,
    latest: { year: latestYear, value: latestValue },
    status: judged.status,
    message: [judged.message, ...notes].join(' '),
  };
}

interface JudgeInput {
  indicator: Indicator;
  measure: Measure;
  year: number;
  asOfYear: number;
  value: number;
  path: number | null;
  complete: boolean;
  byParty: Map<string, number>;
  name: (id: string) => string;
  firstReachedYear: number | undefined;
  milestones: boolean;
  stockStart: { year: number; value: number } | undefined;
}

function judge(j: JudgeInput): { status: ProgressStatus; message: string } {
  const { indicator, year, value } = j;
  const target = indicator.target;
  const deadline = indicator.deadlineYear;
  const unit = indicator.unit;
  const passed = j.asOfYear >= deadline;
  const line = j.milestones ? 'de mijlpalen' : 'de rechte lijn';

  if (j.measure === 'count' && indicator.direction === 'at_least') {
    const head = `${formatNumber(value)} van ${formatValue(target, unit)} (${formatPercentOf(value, target)}) eind ${year}`;
    if (value >= target) {
      const late = j.firstReachedYear !== undefined && j.firstReachedYear > deadline;
      return { status: 'behaald', message: `${head}: doel behaald${late ? `, na de termijn (eind ${deadline})` : ''}.` };
    }
    if (passed) {
      return {
        status: 'achter',
        message: `${head}; de termijn (eind ${deadline}) is verstreken: ${formatValue(target - value, unit)} te weinig.`,
      };
    }
    if (j.path === null) return { status: 'op schema', message: `${head}.` };
    const should = `volgens ${line} hadden het er eind ${year} ${formatNumber(j.path)} moeten zijn`;
    if (value >= j.path) return { status: 'op schema', message: `${head}; ${should}: op schema.` };
    return { status: 'achter', message: `${head}; ${should}: ${formatValue(j.path - value, unit)} achter op ${line}.` };
  }

  if (j.measure === 'count') {
    // A limit on a running total (at most 90 in Deest Zuid).
    const head = `${formatValue(value, unit)} tot en met ${year}, ten hoogste ${formatValue(target, unit)}`;
    if (value > target) return { status: 'achter', message: `${head}: ${formatValue(value - target, unit)} boven het maximum.` };
    return { status: passed && j.complete ? 'behaald' : 'op schema', message: `${head}: binnen het maximum.` };
  }

  if (j.measure === 'stock') {
    const head = `${formatValue(value, unit)} in ${year}, doel 0 eind ${deadline}`;
    if (value <= 0 && j.complete) {
      return { status: 'behaald', message: `${head}: doel behaald${year < deadline ? ', eerder dan afgesproken' : ''}.` };
    }
    if (passed) return { status: 'achter', message: `${head}: de termijn is verstreken, nog ${formatValue(value, unit)} te gaan.` };
    if (j.path === null || j.stockStart === undefined) return { status: 'op schema', message: `${head}.` };
    const should = `volgens de rechte lijn van ${formatNumber(j.stockStart.value)} (${j.stockStart.year}) naar 0 (eind ${deadline}) hadden het er eind ${year} ten hoogste ${formatNumber(j.path)} mogen zijn`;
    if (value <= j.path) return { status: 'op schema', message: `${head}; ${should}: op schema.` };
    return { status: 'achter', message: `${head}; ${should}: ${formatValue(value - j.path, unit)} achter op de rechte lijn.` };
  }

  // Levels: a share or an amount that must hold every year.
  const mean = aggregatesByMean(indicator) && indicator.partyIds.length > 1;
  const parts =
    indicator.partyIds.length > 1
      ? ` (${indicator.partyIds
          .filter((id) => j.byParty.has(id))
          .map((id) => `${j.name(id)} ${formatValue(j.byParty.get(id) ?? 0, unit)}`)
          .join(', ')})`
      : '';
  const head = `${formatValue(value, unit)}${mean ? ' gemiddeld' : ''} in ${year}${parts}`;
  if (indicator.direction === 'at_most') {
    const over = mean
      ? indicator.partyIds.filter((id) => (j.byParty.get(id) ?? -Infinity) > target)
      : value > target
        ? ['']
        : [];
    if (over.length > 0) {
      const who = mean ? `: ${joinNames(over.map(j.name))} ${over.length === 1 ? 'zit' : 'zitten'} boven het maximum van ${formatValue(target, unit)}` : `: ${formatDifference(value - target, unit)} boven het maximum van ${formatValue(target, unit)}`;
      return { status: 'achter', message: `${head}${who}.` };
    }
    return {
      status: passed && j.complete ? 'behaald' : 'op schema',
      message: `${head}: binnen het maximum van ${formatValue(target, unit)}.`,
    };
  }
  if (value >= target) {
    return { status: passed ? 'behaald' : 'op schema', message: `${head}: de norm van ten minste ${formatValue(target, unit)} is gehaald.` };
  }
  return {
    status: 'achter',
    message: `${head}: ${formatDifference(target - value, unit)} onder de norm van ten minste ${formatValue(target, unit)}.`,
  };
}

/** The milestones that belong to the indicator's parties (or to no party in particular). */
function relevantMilestones(indicator: Indicator) {
  return indicator.milestones.filter((m) => m.partyId === undefined || indicator.partyIds.includes(m.partyId));
}

/** Year → where the path stands at the end of that year, or null. */
function pathFunction(
  indicator: Indicator,
  measure: Measure,
  start: number,
  stockStart: { year: number; value: number } | null,
): (year: number) => number | null {
  const deadline = indicator.deadlineYear;
  if (measure === 'count' && indicator.direction === 'at_least') {
    // Points (end of year, cumulative value); the start year begins at 0.
    const points: { year: number; value: number }[] = [{ year: start - 1, value: 0 }];
    const perYear = new Map<number, number>();
    for (const m of relevantMilestones(indicator)) perYear.set(m.year, (perYear.get(m.year) ?? 0) + m.value);
    let sum = 0;
    for (const y of [...perYear.keys()].sort((a, b) => a - b)) {
      if (y < start || y > deadline) continue;
      sum += perYear.get(y) ?? 0;
      points.push({ year: y, value: sum });
    }
    const last = points[points.length - 1] as { year: number; value: number };
    if (last.year < deadline) points.push({ year: deadline, value: Math.max(indicator.target, last.value) });
    return (year) => (year < start || year > deadline ? null : round1(interpolate(points, year)));
  }
  if (measure === 'stock' && stockStart !== null) {
    const points = [
      { year: stockStart.year, value: stockStart.value },
      { year: deadline, value: 0 },
    ];
    return (year) => {
      if (year < stockStart.year || year > deadline) return null;
      if (stockStart.year === deadline) return 0;
      return round1(interpolate(points, year));
    };
  }
  return () => null;
}

function interpolate(points: { year: number; value: number }[], year: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { year: number; value: number };
    const b = points[i] as { year: number; value: number };
    if (year <= b.year) return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  }
  return (points[points.length - 1] as { year: number; value: number }).value;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

// ---- Dutch wording, nl-NL numbers -------------------------------------------

const INTEGER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 1.234 — whole numbers, nl-NL grouping. */
export function formatNumber(n: number): string {
  return INTEGER.format(Math.round(n));
}

/** "118 woningen", "1 woning", "7,5%", "€ 20.000". */
export function formatValue(n: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'woningen':
      return `${formatNumber(n)} ${Math.round(n) === 1 ? 'woning' : 'woningen'}`;
    case 'procent':
      return `${ONE_DECIMAL.format(n)}%`;
    case 'euro':
      return `€ ${formatNumber(n)}`;
  }
}

/** A difference: "2,5 procentpunt", "€ 1.500", "12 woningen". */
export function formatDifference(n: number, unit: IndicatorUnit): string {
  return unit === 'procent' ? `${ONE_DECIMAL.format(n)} procentpunt` : formatValue(n, unit);
}

function formatPercentOf(value: number, target: number): string {
  return target === 0 ? '–' : `${formatNumber((value / target) * 100)}%`;
}

/** "ten minste 180 woningen eind 2028", "ten hoogste 15%", "0 woningen eind 2028". */
export function describeTarget(indicator: Indicator): string {
  const target = formatValue(indicator.target, indicator.unit);
  switch (indicator.direction) {
    case 'at_least':
      return measureOf(indicator) === 'count' ? `ten minste ${target} eind ${indicator.deadlineYear}` : `ten minste ${target}`;
    case 'at_most':
      return `ten hoogste ${target}`;
    case 'zero':
      return `0 ${indicator.unit === 'woningen' ? 'woningen' : ''} eind ${indicator.deadlineYear}`.replace('  ', ' ');
  }
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** "2022–2024", "2022 en 2024". */
function yearList(years: number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    runs.push(j > i + 1 ? `${years[i]}–${years[j]}` : j === i + 1 ? `${years[i]}, ${years[j]}` : `${years[i]}`);
    i = j + 1;
  }
  return joinNames(runs.flatMap((r) => r.split(', ')));
}
