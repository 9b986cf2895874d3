// What a succesindicator measures and how it is said in Dutch: the kind of
// figure (homes added per year, a standing stock, a level), its target in the
// words of its direction ("ten minste 180 woningen", "ten hoogste 15%",
// "geen (0) woningen met energielabel E, F of G"), the question the uitvraag
// asks each party, and how the parties' figures are combined. Pure; shared by
// the uitvraag, the progress computation, the reports and the shells.
import { INDICATOR_UNIT_WORDS, type Indicator, type IndicatorUnit } from './types';

export type Measure = 'count' | 'stock' | 'level';

/**
 * What a figure measures, from unit and direction:
 * - 'count': homes added (woningen, at_least; or at_most without "per jaar" in the title,
 *   such as at most 90 in Deest Zuid). Each year's figure is what was added that year.
 * - 'stock': homes still in a state that must go (direction zero: labels E/F/G, label D).
 *   Each year's figure is the stock on 31 December.
 * - 'level': a share or an amount that holds per year (procent, euro, and woningen at_most
 *   "per jaar" such as sales).
 */
export function measureOf(indicator: Pick<Indicator, 'direction' | 'unit' | 'title'>): Measure {
  if (indicator.direction === 'zero') return 'stock';
  if (indicator.unit !== 'homes') return 'level';
  if (indicator.direction === 'at_least') return 'count';
  return /per jaar/i.test(indicator.title) ? 'level' : 'count';
}

/** Shares are averaged over the parties that reported; everything else is summed. */
export function aggregatesByMean(indicator: Pick<Indicator, 'unit'>): boolean {
  return indicator.unit === 'percent';
}

/** Units that count things: whole numbers on an axis and in a figure (a percentage may be 7,5). */
export function countsWholeThings(unit: IndicatorUnit): boolean {
  return unit !== 'percent';
}

/**
 * Where the straight path starts: the value at the end (31 December) of `year`.
 * - 'agreement': the agreement gives it (0 homes before 2022 for "tussen 2022 en 2030",
 *   or the milestones' first period);
 * - 'assumed': a count the agreement gives no start for is counted from the start of the
 *   agreement, from 0 — until the secretary enters a start value;
 * - 'entered': entered by the secretary, with its source.
 */
export interface IndicatorBaseline {
  year: number;
  value: number;
  source: 'agreement' | 'assumed' | 'entered';
  /** Dutch: why this is the start ("De afspraak telt vanaf 2022.") or the secretary's source. */
  note: string;
}

/** A start value the secretary entered for an indicator whose agreement gives none. */
export interface EnteredIndicatorBaseline {
  code: string;
  /** The value stands at the end of this year. */
  year: number;
  value: number;
  /** The source ("Jaarverslag Woonwaarts 2024"). */
  note: string;
}

/** A figure for a year before the first uitvraag, entered by the secretary. */
export interface EnteredIndicatorFigure {
  code: string;
  /** One of the indicator's parties, or null for all of them together (a joint figure). */
  partyId: string | null;
  year: number;
  value: number;
  note: string;
}

// ---- Dutch numbers ------------------------------------------------------------

const INTEGER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 1.234 — whole numbers, nl-NL grouping. */
export function formatNumber(n: number): string {
  return INTEGER.format(Math.round(n));
}

/** "118 woningen", "1 woning", "7,5%", "€ 20.000". */
export function formatValue(n: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'homes':
      return `${formatNumber(n)} ${Math.round(n) === 1 ? 'woning' : 'woningen'}`;
    case 'percent':
      return `${ONE_DECIMAL.format(n)}%`;
    case 'euro':
      return `€ ${formatNumber(n)}`;
  }
}

/** A difference: "2,5 procentpunt", "€ 1.500", "12 woningen". */
export function formatDifference(n: number, unit: IndicatorUnit): string {
  return unit === 'percent' ? `${ONE_DECIMAL.format(n)} procentpunt` : formatValue(n, unit);
}

// ---- the target in words ------------------------------------------------------

/**
 * What a "zero" target brings to nothing, from its title: "Geen woningen met energielabel
 * E, F of G" → "woningen met energielabel E, F of G". Otherwise the unit.
 */
export function subjectOf(indicator: Pick<Indicator, 'title' | 'unit'>): string {
  const m = /^\s*geen\s+(.+?)\s*$/i.exec(indicator.title);
  return m?.[1] ?? INDICATOR_UNIT_WORDS[indicator.unit];
}

/**
 * The target in the words of its direction: "ten minste 180 woningen eind 2028",
 * "ten hoogste 15%", "geen (0) woningen met energielabel E, F of G eind 2028" — never
 * "ten minste 0".
 */
export function describeTarget(indicator: Pick<Indicator, 'direction' | 'unit' | 'title' | 'target' | 'deadlineYear'>): string {
  const target = formatValue(indicator.target, indicator.unit);
  switch (indicator.direction) {
    case 'at_least':
      return measureOf(indicator) === 'count' ? `ten minste ${target} eind ${indicator.deadlineYear}` : `ten minste ${target}`;
    case 'at_most':
      return `ten hoogste ${target}`;
    case 'zero':
      return `geen (0) ${subjectOf(indicator)} eind ${indicator.deadlineYear}`;
  }
}

/** "0 woningen op 31 december 2021 (de afspraak telt vanaf 2022)", "400 woningen op 31 december 2024 (ingevoerd: Jaarverslag 2024)". */
export function describeBaseline(baseline: IndicatorBaseline, unit: IndicatorUnit): string {
  const value = `${formatValue(baseline.value, unit)} op 31 december ${baseline.year}`;
  switch (baseline.source) {
    case 'agreement':
      return `${value} (uit de afspraken: ${lowerFirst(baseline.note).replace(/\.$/, '')})`;
    case 'assumed':
      return `${value} (aangenomen: ${lowerFirst(baseline.note).replace(/\.$/, '')})`;
    case 'entered':
      return `${value} (ingevoerd door het secretariaat${baseline.note.trim() ? `; bron: ${baseline.note.trim().replace(/\.$/, '')}` : ''})`;
  }
}

// ---- what the uitvraag asks, and how the answers are combined -----------------

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The question of the uitvraag's indicator sheet for one party and execution year, so that
 * a party answers its own part and the right kind of figure: for a shared count "uw eigen
 * aandeel, opgeleverd in 2026", never the joint figure or a running total; for a stock the
 * standing value on 31 December.
 */
export function indicatorQuestion(
  indicator: Pick<Indicator, 'direction' | 'unit' | 'title' | 'partyIds' | 'baselineYear'>,
  partyId: string,
  year: number,
  partyName: (id: string) => string = (id) => id,
): string {
  const others = indicator.partyIds.filter((id) => id !== partyId).map(partyName);
  const own = partyName(partyId);
  const notTogether = others.length > 0 ? `niet samen met ${joinNames(others)}` : '';
  switch (measureOf(indicator)) {
    case 'count': {
      const since = indicator.baselineYear !== undefined && indicator.baselineYear < year ? ` sinds ${indicator.baselineYear}` : '';
      const not = [`niet het totaal${since || ' over meer jaren'}`, notTogether].filter(Boolean).join(' en ');
      return others.length > 0
        ? `Uw eigen aandeel, opgeleverd in ${year}: het aantal woningen dat ${own} in ${year} toevoegde. Alleen ${year}, ${not}: de Werkbank telt de aandelen en de jaren op.`
        : `Opgeleverd in ${year}: het aantal woningen dat ${own} in ${year} toevoegde. Alleen ${year}, ${not}: de Werkbank telt de jaren op.`;
    }
    case 'stock':
      return others.length > 0
        ? `Stand op 31 december ${year}: het aantal eigen ${subjectOf(indicator)} van ${own}, ${notTogether}: de Werkbank telt de standen op.`
        : `Stand op 31 december ${year}: het aantal ${subjectOf(indicator)} van ${own}.`;
    case 'level':
      switch (indicator.unit) {
        case 'percent':
          return others.length > 0
            ? `Uw eigen percentage over ${year} (95 voor 95%), ${notTogether}: de Werkbank zet de percentages naast elkaar.`
            : `Het percentage over ${year} (95 voor 95%).`;
        case 'euro':
          return others.length > 0 ? `Uw eigen bedrag over ${year}, in euro, ${notTogether}.` : `Het bedrag over ${year}, in euro.`;
        case 'homes':
          return others.length > 0 ? `Uw eigen aantal woningen in ${year}, alleen dat jaar, ${notTogether}.` : `Het aantal woningen in ${year}, alleen dat jaar.`;
      }
  }
}

/** How the parties' figures make the indicator's figure, in one Dutch sentence for the report. */
export function combinationText(indicator: Pick<Indicator, 'direction' | 'unit' | 'title' | 'partyIds'>, partyName: (id: string) => string = (id) => id): string {
  const names = joinNames(indicator.partyIds.map(partyName));
  const several = indicator.partyIds.length > 1;
  switch (measureOf(indicator)) {
    case 'count':
      return several
        ? `${names} melden elk hun eigen aandeel per jaar; de aandelen zijn opgeteld, en de jaren vanaf het vertrekpunt.`
        : `${names} meldt per jaar wat er dat jaar bij kwam; de jaren zijn opgeteld vanaf het vertrekpunt.`;
    case 'stock':
      return several ? `${names} melden elk hun eigen stand op 31 december; de standen zijn opgeteld.` : `${names} meldt de stand op 31 december.`;
    case 'level':
      if (!several) return `${names} meldt het cijfer over het jaar.`;
      if (aggregatesByMean(indicator)) {
        return `${names} melden elk hun eigen percentage; het totaal is het ongewogen gemiddelde${indicator.direction === 'at_most' ? ', en het maximum geldt voor elk apart' : ''}.`;
      }
      return `${names} melden elk hun eigen cijfer over het jaar; de cijfers zijn opgeteld.`;
  }
}

// ---- indicators that count the same homes ----------------------------------

/**
 * What an indicator shares with others, in Dutch, for the reader who would
 * otherwise add their figures up: "De 180 tot en met 2028 is een tussenstap
 * naar de 270 van ‘Toevoeging sociale huurwoningen 2022–2030’: dezelfde
 * woningen, geen extra opgave. Tel de cijfers van deze indicatoren niet bij
 * elkaar op." Both directions: the 270 names its step and its parts. Null when it
 * shares nothing. Overlaps are between counts of homes only (see Indicator).
 */
export function overlapText(indicator: Pick<Indicator, 'code' | 'target' | 'deadlineYear' | 'overlaps'>, all: readonly Indicator[]): string | null {
  const byCode = new Map(all.map((i) => [i.code, i]));
  const title = (i: Pick<Indicator, 'title'>) => `‘${i.title}’`;
  const sentences: string[] = [];
  for (const o of indicator.overlaps ?? []) {
    const other = byCode.get(o.code);
    if (!other) continue;
    sentences.push(
      o.relation === 'step-of'
        ? `De ${formatNumber(indicator.target)} tot en met ${indicator.deadlineYear} is een tussenstap naar de ${formatNumber(other.target)} van ${title(other)}: dezelfde woningen, geen extra opgave.`
        : `Deze woningen tellen ook mee in ${title(other)}.`,
    );
  }
  const pointing = (relation: 'step-of' | 'part-of') => all.filter((i) => i.overlaps?.some((o) => o.code === indicator.code && o.relation === relation));
  const steps = pointing('step-of');
  if (steps.length > 0) {
    sentences.push(`${joinNames(steps.map(title))} ${steps.length === 1 ? 'is een tussenstap' : 'zijn tussenstappen'} hiernaartoe, met dezelfde woningen.`);
  }
  const parts = pointing('part-of');
  if (parts.length > 0) sentences.push(`Hierin tellen ook de woningen van ${joinNames(parts.map(title))} mee.`);
  if (sentences.length === 0) return null;
  return `${sentences.join(' ')} Tel de cijfers van deze indicatoren niet bij elkaar op.`;
}

/** The short form for a table row: "tussenstap naar ‘…’, dezelfde woningen" or "telt ook mee in ‘…’"; null when it is part of nothing. */
export function overlapNote(indicator: Pick<Indicator, 'overlaps'>, all: readonly Indicator[]): string | null {
  const notes = (indicator.overlaps ?? []).flatMap((o) => {
    const other = all.find((i) => i.code === o.code);
    if (!other) return [];
    return [o.relation === 'step-of' ? `tussenstap naar ‘${other.title}’, dezelfde woningen` : `telt ook mee in ‘${other.title}’`];
  });
  return notes.length === 0 ? null : notes.join('; ');
}

export type IndicatorLogAction = 'baseline' | 'baseline-removed' | 'figure' | 'figure-removed';

/** One change to an indicator's start value or earlier figures, as recorded. */
export interface IndicatorLogEntry {
  id: number;
  code: string;
  action: IndicatorLogAction;
  year: number | null;
  partyId: string | null;
  /** Dutch: what changed, old → new. */
  detail: string;
  /** The source the secretary gave. */
  note: string;
  changedAt: string;
  changedBy: string;
}
