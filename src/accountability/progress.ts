// Progress of one succesindicator against its target: per year the parties'
// figures, their total, the running total for count targets, the straight
// path from the baseline to the target, and one status with a Dutch sentence.
// Pure.
//
// The rules (docs for the secretary and the report writers):
//
// What a figure measures, from unit and direction: see measureOf in
// domain/indicators.ts ('count': homes added per year; 'stock': homes still in
// a state that must go, on 31 December; 'level': a share or amount per year).
//
// Several parties: each reports its own part (the uitvraag asks exactly that).
// Counts, stocks and amounts are summed; shares (procent) are averaged without
// weights, because the underlying numbers (allocations, homes) are not asked.
// A limit on a shared share (vrije toewijzingsruimte ≤ 15%, eigen gemeente ≤
// 50%) binds every party on its own: one party above it makes the indicator
// 'behind', whatever the average. A party without a figure is left out of the
// total and named in the message; a stock or a limit is then never called
// 'achieved', since the missing part could still be above it. Two parties with
// the same figure for a summed target are named: it may be the joint figure,
// entered twice.
//
// The baseline (baselineOf): where the agreement gives one, that ("270
// toevoegingen tussen 2022 en 2030": 0 on 31 December 2021; the milestones'
// first period); else the start value the secretary entered; else, for a count,
// 0 at the start of the agreement (an assumption the secretary can replace).
// A stock or level without either has none.
//
// The start year (the first year counted): the year after the baseline, else
// options.startYear (the agreement's first year), else the first year asked
// for. Figures before the start year belong to an earlier period and are not
// counted; figures after asOfYear are ignored (an as-of view).
//
// Years before the first uitvraag (options.firstRequestYear, by default the
// agreement's first year): their figures come from the secretary, per party or
// for all parties together (options.entered). A count whose years between the
// baseline and the first uitvraag lack figures has no running total: those
// years are unknown, not 0, and the status is 'unknown' until they are
// entered (unless what is known already reaches the target). A year after the
// first uitvraag without any figure counts as 0, and the message says so.
//
// The path (value at the end of each year):
// - count at_least: a straight line from the baseline to the target at the end
//   of the deadline year; with milestones, the line runs through them.
//   Milestones are per-period amounts, as the agreement states them ("ca. 140
//   in 2025, ca. 80 in 2026 - 2028"): each adds its value over the years since
//   the previous milestone, and the line continues from the last milestone to
//   the target at the deadline.
// - stock (zero): a straight line from the baseline to 0 at the end of the
//   deadline year. Without a baseline it starts at the first reported stock,
//   and the message says so.
// - limits and levels have no path (null): they must hold every year.
// Outside start..deadline the path is null (a stock's path starts at its
// baseline year).
//
// The status, judged on the latest year with figures (not later than asOfYear):
// - 'unknown': no figures at all; a count with unknown earlier years; a stock
//   with nothing after its path's start (one figure and no baseline).
// - count at_least: 'achieved' once the running total reaches the target (also
//   after the deadline: late delivery counts, the message says so); when the
//   deadline (asOfYear ≥ deadline) passed without it: 'behind'; else
//   'on-track' at or above the path, 'behind' below it.
// - stock: 'achieved' at 0 (also early); 'behind' after the deadline; else
//   against the path as above.
// - limits (at_most): within the limit 'on-track', or 'achieved' once the
//   deadline year is reached; above it 'behind'.
// - level at_least (a norm like 80% up to the aftoppingsgrens): met 'on-track', or 'achieved' once the deadline year is reached; else 'behind'.
import {
  aggregatesByMean,
  combinationText,
  describeTarget,
  formatDifference,
  formatNumber,
  formatValue,
  measureOf,
  type EnteredIndicatorBaseline,
  type EnteredIndicatorFigure,
  type IndicatorBaseline,
  type Measure,
} from '../domain/indicators';
import type { Indicator } from '../domain/types';
import { PROGRESS_STATUS_LABEL, type IndicatorProgress, type IndicatorYear, type ProgressStatus } from '../domain/accountability';
import type { IndicatorValue } from '../domain/results';

export { aggregatesByMean, describeTarget, formatDifference, formatNumber, formatValue, measureOf, type Measure };

export interface ProgressOptions {
  /** Party names for the message, by id; the id is used when absent. */
  partyNames?: Record<string, string>;
  /** The agreement's first year: a count without a start of its own is counted from it. */
  startYear?: number;
  /** The first execution year the uitvraag asked figures for; years before it come from the secretary. Defaults to startYear. */
  firstRequestYear?: number;
  /** The start value the secretary entered for this indicator; ignored when the agreement gives one. */
  baseline?: EnteredIndicatorBaseline | null;
  /** Figures for years before the first uitvraag, entered by the secretary (other indicators' are ignored). */
  entered?: readonly EnteredIndicatorFigure[];
}

/** Whether any year has a figure (reported or entered): only those get a chart of their own in the reports. */
export function hasFigures(progress: Pick<IndicatorProgress, 'years'>): boolean {
  return progress.years.some((y) => y.total !== null);
}

/** The status as a reader sees it: 'unknown' with figures is "nog niet te beoordelen", without them "nog geen cijfers". */
export function progressLabel(progress: Pick<IndicatorProgress, 'status' | 'latest'>): string {
  if (progress.status !== 'unknown') return PROGRESS_STATUS_LABEL[progress.status];
  return progress.latest === null ? 'nog geen cijfers' : 'nog niet te beoordelen';
}

/** The milestones that belong to the indicator's parties (or to no party in particular). */
function relevantMilestones(indicator: Indicator) {
  return indicator.milestones.filter((m) => m.partyId === undefined || indicator.partyIds.includes(m.partyId));
}

/** The baseline the agreement itself gives, or null: then the secretary may enter one. */
export function agreementBaseline(indicator: Indicator): IndicatorBaseline | null {
  const measure = measureOf(indicator);
  if (indicator.baselineYear !== undefined && indicator.baselineValue !== undefined) {
    return {
      year: indicator.baselineYear - 1,
      value: indicator.baselineValue,
      source: 'agreement',
      note: measure === 'count' ? `De afspraak telt vanaf ${indicator.baselineYear}.` : `De stand bij het begin van ${indicator.baselineYear}.`,
    };
  }
  if (measure !== 'count') return null;
  const milestoneYears = relevantMilestones(indicator).map((m) => m.year);
  if (milestoneYears.length > 0) {
    const first = Math.min(...milestoneYears);
    return { year: first - 1, value: 0, source: 'agreement', note: `De mijlpalen beginnen in ${first}.` };
  }
  if (indicator.baselineYear !== undefined) {
    return { year: indicator.baselineYear - 1, value: 0, source: 'agreement', note: `De afspraak telt vanaf ${indicator.baselineYear}.` };
  }
  return null;
}

/** Where the straight path starts (see the rules above), or null. */
export function baselineOf(indicator: Indicator, options: ProgressOptions = {}): IndicatorBaseline | null {
  const given = agreementBaseline(indicator);
  if (given) return given;
  const entered = options.baseline;
  if (entered && entered.code === indicator.code) return { year: entered.year, value: entered.value, source: 'entered', note: entered.note };
  if (measureOf(indicator) === 'count' && options.startYear !== undefined) {
    const first = Math.min(options.startYear, indicator.deadlineYear);
    return { year: first - 1, value: 0, source: 'assumed', note: `Toevoegingen tellen vanaf het begin van de afspraken in ${first}.` };
  }
  return null;
}

/** The first year counted (see the rules above). */
export function startYearOf(indicator: Indicator, options: ProgressOptions = {}, years: number[] = []): number {
  const baseline = baselineOf(indicator, options);
  if (baseline) return baseline.year + 1;
  if (options.startYear !== undefined) return Math.min(options.startYear, indicator.deadlineYear);
  if (years.length > 0) return Math.min(...years);
  return indicator.deadlineYear;
}

/**
 * Years to show for an indicator: from its start (or the first execution year; a stock's or
 * level's baseline year and the years of entered figures too) to its deadline (or the last
 * execution year).
 */
export function indicatorYears(indicator: Indicator, executionYears: number[], startYear?: number, options: ProgressOptions = {}): number[] {
  const opts: ProgressOptions = startYear === undefined ? options : { ...options, startYear };
  let first = Math.min(startYearOf(indicator, opts, executionYears), ...executionYears);
  const baseline = baselineOf(indicator, opts);
  if (baseline && measureOf(indicator) !== 'count') first = Math.min(first, baseline.year);
  for (const f of opts.entered ?? []) if (f.code === indicator.code) first = Math.min(first, f.year);
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
  const baseline = baselineOf(indicator, options);
  const start = startYearOf(indicator, options, years);
  const firstRequest = options.firstRequestYear ?? options.startYear ?? start;
  const deadline = indicator.deadlineYear;
  const name = (id: string) => options.partyNames?.[id] ?? id;
  const target = describeTarget(indicator);
  const common = { target, baseline, combination: combinationText(indicator, name) };

  // The parties' figures per year, up to asOfYear; a later figure of the same party and year
  // wins, and the secretary's figure for an earlier year wins over a reported one.
  const byYear = new Map<number, Map<string, number>>();
  const joint = new Map<number, number>();
  const enteredYears = new Set<number>();
  const put = (year: number, partyId: string, value: number) => {
    let m = byYear.get(year);
    if (!m) byYear.set(year, (m = new Map()));
    m.set(partyId, value);
  };
  for (const v of values) {
    if (v.code !== indicator.code || v.year > asOfYear || !Number.isFinite(v.value)) continue;
    if (!indicator.partyIds.includes(v.partyId)) continue;
    put(v.year, v.partyId, v.value);
  }
  for (const f of options.entered ?? []) {
    if (f.code !== indicator.code || f.year > asOfYear || !Number.isFinite(f.value)) continue;
    if (f.partyId === null) joint.set(f.year, f.value);
    else if (indicator.partyIds.includes(f.partyId)) put(f.year, f.partyId, f.value);
    else continue;
    enteredYears.add(f.year);
  }
  const hasFigures = (year: number) => joint.has(year) || (byYear.get(year)?.size ?? 0) > 0;
  const totalOf = (year: number): number | null => {
    const together = joint.get(year);
    if (together !== undefined) return together;
    const m = byYear.get(year);
    if (!m || m.size === 0) return null;
    const known = [...m.values()];
    const sum = known.reduce((a, b) => a + b, 0);
    return aggregatesByMean(indicator) ? round1(sum / known.length) : sum;
  };
  const reportedYears = [...new Set([...byYear.keys(), ...joint.keys()])].filter(hasFigures).sort((a, b) => a - b);

  // Years between the baseline and the first uitvraag without figures: unknown, not 0.
  const missingEarlier: number[] = [];
  if (measure === 'count') for (let y = start; y < firstRequest && y <= asOfYear; y++) if (!hasFigures(y)) missingEarlier.push(y);

  const baseValue = measure === 'count' ? (baseline?.value ?? 0) : 0;
  const knownSum = (year: number) => reportedYears.filter((y) => y >= start && y <= year).reduce((a, y) => a + (totalOf(y) ?? 0), 0);
  const cumulativeAt = (year: number): number | null => {
    if (measure !== 'count' || year < start || year > asOfYear) return null;
    if (missingEarlier.some((m) => m <= year)) return null;
    if (!reportedYears.some((y) => y >= start && y <= year)) return null;
    return baseValue + knownSum(year);
  };

  // A stock's path starts at its baseline, or else at the first reported stock.
  const firstStock = measure === 'stock' ? reportedYears.find((y) => y <= deadline) : undefined;
  const pathStart: PathStart | null =
    measure !== 'stock'
      ? null
      : baseline
        ? { year: baseline.year, value: baseline.value, fromBaseline: true }
        : firstStock !== undefined
          ? { year: firstStock, value: totalOf(firstStock) ?? 0, fromBaseline: false }
          : null;
  const path = pathFunction(indicator, measure, start, baseValue, pathStart);

  const rows: IndicatorYear[] = years.map((year) => {
    const reported = year <= asOfYear ? byYear.get(year) : undefined;
    const byParty: Record<string, number | null> = {};
    for (const id of indicator.partyIds) byParty[id] = reported?.get(id) ?? null;
    return {
      year,
      byParty,
      total: year <= asOfYear ? totalOf(year) : null,
      cumulative: cumulativeAt(year),
      path: path(year),
      entered: year <= asOfYear && enteredYears.has(year),
    };
  });

  // Judged on the latest year with figures, counted from the start year where that matters.
  const candidates = measure === 'count' ? reportedYears.filter((y) => y >= start) : reportedYears;
  const latestYear = candidates.length > 0 ? candidates[candidates.length - 1] : undefined;
  if (latestYear === undefined) {
    return { indicator, years: rows, latest: null, status: 'unknown', message: `Nog geen cijfers opgegeven; doel: ${target}.`, ...common };
  }
  const missingParties = joint.has(latestYear) ? [] : indicator.partyIds.filter((id) => !byYear.get(latestYear)?.has(id));
  const complete = missingParties.length === 0;

  const notes: string[] = [];
  if (!complete) {
    const names = missingParties.map(name);
    notes.push(
      `${joinNames(names)} ${names.length === 1 ? 'heeft' : 'hebben'} over ${latestYear} geen cijfer opgegeven; ${aggregatesByMean(indicator) ? 'het gemiddelde' : 'het totaal'} telt alleen wat bekend is.`,
    );
  }
  notes.push(...sameFigureNotes(indicator, measure, byYear, reportedYears.filter((y) => y >= firstRequest && y <= latestYear), name));
  const enteredShown = [...enteredYears].filter((y) => y <= latestYear && (measure !== 'count' || y >= start)).sort((a, b) => a - b);
  if (enteredShown.length > 0) notes.push(`De cijfers over ${yearList(enteredShown)} zijn ingevoerd door het secretariaat.`);
  if (measure === 'count') {
    const gaps: number[] = [];
    for (let y = Math.max(start, firstRequest); y <= latestYear; y++) if (!reportedYears.includes(y)) gaps.push(y);
    if (gaps.length > 0) notes.push(`Over ${yearList(gaps)} zijn geen cijfers opgegeven; ${gaps.length === 1 ? 'dat jaar telt' : 'die jaren tellen'} als 0.`);
  }
  if (latestYear < asOfYear) notes.push(`Over ${asOfYear} zijn nog geen cijfers opgegeven; dit is de stand van ${latestYear}.`);

  // A running total with unknown earlier years: say what is known, judge only what is certain.
  const unknown = missingEarlier.filter((y) => y <= latestYear);
  if (measure === 'count' && unknown.length > 0) {
    const partial = baseValue + knownSum(latestYear);
    const judged = judgePartial(indicator, partial, unknown, reportedYears.filter((y) => y >= start && y <= latestYear));
    return {
      indicator,
      years: rows,
      latest: { year: latestYear, value: partial, missing: unknown },
      status: judged.status,
      message: [judged.message, ...notes].join(' '),
      ...common,
    };
  }

  const latestValue = measure === 'count' ? (cumulativeAt(latestYear) ?? 0) : (totalOf(latestYear) ?? 0);
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
    pathStart,
  });
  if (pathStart && !pathStart.fromBaseline && latestYear > pathStart.year && asOfYear < deadline && judged.status !== 'achieved') {
    notes.push(`Er is geen vertrekpunt ingevoerd: de rechte lijn begint bij de eerste opgave (eind ${pathStart.year}).`);
  }

  return {
    indicator,
    years: rows,
    latest: { year: latestYear, value: latestValue },
    status: judged.status,
    message: [judged.message, ...notes].join(' '),
    ...common,
  };
}

interface PathStart {
  year: number;
  value: number;
  /** False when no baseline is known and the first reported stock stands in. */
  fromBaseline: boolean;
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
  pathStart: PathStart | null;
}

/** Where to enter what is missing, for the messages. */
const WHERE_TO_ENTER = 'Het secretariaat voert ze in op de pagina Verantwoording (Vertrekpunt en eerdere jaren) of met prestatie indicator.';

/** A running total while years before the first uitvraag have no figures. */
function judgePartial(indicator: Indicator, partial: number, unknown: number[], known: number[]): { status: ProgressStatus; message: string } {
  const unit = indicator.unit;
  const knownText = known.length > 0 ? `${formatValue(partial, unit)} in ${yearList(known)}` : `${formatValue(partial, unit)}`;
  const missing = `over ${yearList(unknown)}, vóór de eerste uitvraag, ${unknown.length === 1 ? 'is nog geen cijfer' : 'zijn nog geen cijfers'} ingevoerd`;
  if (indicator.direction === 'at_least' && partial >= indicator.target) {
    return { status: 'achieved', message: `${knownText}, zonder de jaren waarover cijfers ontbreken, van ${formatValue(indicator.target, unit)}: doel behaald.` };
  }
  if (indicator.direction === 'at_most' && partial > indicator.target) {
    return {
      status: 'behind',
      message: `${knownText}, ten hoogste ${formatValue(indicator.target, unit)}: ${formatValue(partial - indicator.target, unit)} boven het maximum, ook zonder de jaren waarover cijfers ontbreken.`,
    };
  }
  return {
    status: 'unknown',
    message: `${knownText}; ${missing}. Zonder die jaren is niet te zeggen of het doel (${describeTarget(indicator)}) op schema ligt. ${WHERE_TO_ENTER}`,
  };
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
      return { status: 'achieved', message: `${head}: doel behaald${late ? `, na de termijn (eind ${deadline})` : ''}.` };
    }
    if (passed) {
      return {
        status: 'behind',
        message: `${head}; de termijn (eind ${deadline}) is verstreken: ${formatValue(target - value, unit)} te weinig.`,
      };
    }
    if (j.path === null) return { status: 'on-track', message: `${head}.` };
    const should = `volgens ${line} hadden het er eind ${year} ${formatNumber(j.path)} moeten zijn`;
    if (value >= j.path) return { status: 'on-track', message: `${head}; ${should}: op schema.` };
    return { status: 'behind', message: `${head}; ${should}: ${formatValue(j.path - value, unit)} achter op ${line}.` };
  }

  if (j.measure === 'count') {
    // A limit on a running total (at most 90 in Deest Zuid).
    const head = `${formatValue(value, unit)} tot en met ${year}, ten hoogste ${formatValue(target, unit)}`;
    if (value > target) return { status: 'behind', message: `${head}: ${formatValue(value - target, unit)} boven het maximum.` };
    return { status: passed && j.complete ? 'achieved' : 'on-track', message: `${head}: binnen het maximum.` };
  }

  if (j.measure === 'stock') {
    const head = `${formatValue(value, unit)} in ${year}, doel geen (0) eind ${deadline}`;
    if (value <= 0 && j.complete) {
      return { status: 'achieved', message: `${head}: doel behaald${year < deadline ? ', eerder dan afgesproken' : ''}.` };
    }
    if (passed) return { status: 'behind', message: `${head}: de termijn is verstreken, nog ${formatValue(value, unit)} te gaan.` };
    const start = j.pathStart;
    if (start === null || year <= start.year || j.path === null) {
      const why =
        start?.fromBaseline === true
          ? `er is nog geen cijfer van na het vertrekpunt (eind ${start.year}) om tegen de rechte lijn te zetten`
          : `zonder vertrekpunt (de stand van eind ${year - 1}) is nog niet te zeggen of dit op schema ligt. Het secretariaat voert dat in op de pagina Verantwoording (Vertrekpunt en eerdere jaren) of met prestatie indicator`;
      return { status: 'unknown', message: `${head}; ${why}.` };
    }
    const should = `volgens de rechte lijn van ${formatNumber(start.value)} (eind ${start.year}) naar 0 (eind ${deadline}) hadden het er eind ${year} ten hoogste ${formatNumber(j.path)} mogen zijn`;
    if (value <= j.path) return { status: 'on-track', message: `${head}; ${should}: op schema.` };
    return { status: 'behind', message: `${head}; ${should}: ${formatValue(value - j.path, unit)} achter op de rechte lijn.` };
  }

  // Levels: a share or an amount that must hold every year.
  const mean = aggregatesByMean(indicator) && indicator.partyIds.length > 1;
  const parts =
    indicator.partyIds.length > 1 && j.byParty.size > 0
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
    if (mean && over.length === 0 && j.byParty.size === 0 && value > target) over.push('');
    if (over.length > 0) {
      const who = mean && over[0] !== '' ? `: ${joinNames(over.map(j.name))} ${over.length === 1 ? 'zit' : 'zitten'} boven het maximum van ${formatValue(target, unit)}` : `: ${formatDifference(value - target, unit)} boven het maximum van ${formatValue(target, unit)}`;
      return { status: 'behind', message: `${head}${who}.` };
    }
    return {
      status: passed && j.complete ? 'achieved' : 'on-track',
      message: `${head}: binnen het maximum van ${formatValue(target, unit)}.`,
    };
  }
  if (value >= target) {
    return { status: passed ? 'achieved' : 'on-track', message: `${head}: de norm van ten minste ${formatValue(target, unit)} is gehaald.` };
  }
  return {
    status: 'behind',
    message: `${head}: ${formatDifference(target - value, unit)} onder de norm van ten minste ${formatValue(target, unit)}.`,
  };
}

/**
 * Two or more parties with the same figure for a summed target in the same year: the joint
 * figure may have been entered by each (both corporations once entered 62 and the report
 * said 124). Named, not changed: the figures may be right.
 */
function sameFigureNotes(
  indicator: Indicator,
  measure: Measure,
  byYear: Map<number, Map<string, number>>,
  years: number[],
  name: (id: string) => string,
): string[] {
  if (indicator.partyIds.length < 2 || aggregatesByMean(indicator) || measure === 'level') return [];
  const notes: string[] = [];
  for (const year of years) {
    const m = byYear.get(year);
    if (!m) continue;
    const byValue = new Map<number, string[]>();
    for (const id of indicator.partyIds) {
      const v = m.get(id);
      if (v === undefined || v === 0) continue;
      byValue.set(v, [...(byValue.get(v) ?? []), id]);
    }
    for (const [value, ids] of byValue) {
      if (ids.length < 2) continue;
      notes.push(
        `Let op: ${joinNames(ids.map(name))} gaven over ${year} allebei ${formatNumber(value)} op; is dat het gezamenlijke cijfer, dan telt het hier dubbel. Vraag het na en lees zo nodig een verbeterde versie in.`,
      );
    }
  }
  return notes;
}

/** Year → where the path stands at the end of that year, or null. */
function pathFunction(
  indicator: Indicator,
  measure: Measure,
  start: number,
  baseValue: number,
  stockStart: PathStart | null,
): (year: number) => number | null {
  const deadline = indicator.deadlineYear;
  if (measure === 'count' && indicator.direction === 'at_least') {
    // Points (end of year, cumulative value); the year before the start holds the baseline.
    const points: { year: number; value: number }[] = [{ year: start - 1, value: baseValue }];
    const perYear = new Map<number, number>();
    for (const m of relevantMilestones(indicator)) perYear.set(m.year, (perYear.get(m.year) ?? 0) + m.value);
    let sum = baseValue;
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
      if (stockStart.year >= deadline) return 0;
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

function formatPercentOf(value: number, target: number): string {
  return target === 0 ? '–' : `${formatNumber((value / target) * 100)}%`;
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
