// The werkgroep's yearly cycle (section 6.2 of the agreement). Pure.
// The view type is part of the API. Dates are ISO strings (yyyy-mm-dd) and all
// arithmetic is on UTC midnights, so the local time zone never shifts a day.
import { missingCase } from './assert';

export type YearKind = 'planning' | 'execution' | 'evaluation';

export interface YearRef {
  kind: YearKind;
  /** For 'evaluation' the first of the years. */
  year: number;
  /** For 'evaluation', the last year. */
  untilYear?: number;
  /** Dutch: "planningsjaar 2027", "uitvoeringsjaar 2026", "uitvoeringsjaren 2025–2026". */
  label: string;
}

export interface CyclePhase {
  /** "1", "2", "3", "4", "4a" as numbered in 6.2. */
  code: string;
  title: string;
  /** As written in 6.2: "Januari - Maart". */
  period: string;
  /** First and last day of the phase in the calendar year of the view (ISO). */
  start: string;
  end: string;
  about: YearRef[];
  status: 'past' | 'current' | 'upcoming';
}

export interface Deadline {
  /** ISO date of the last day on which it can still be done. */
  date: string;
  /** Dutch: what must be done by then. */
  title: string;
  /** Who does it: "Alle partijen", "Werkgroep Prestatieafspraken", "Bestuurlijk Overleg". */
  actor: string;
  phaseCode: string;
  about: YearRef;
  /** Whole days from the view's date. */
  daysLeft: number;
  /** Whether the year it concerns lies within the agreement period. */
  withinAgreementPeriod: boolean;
}

export interface CalendarView {
  /** ISO date the view was made for. */
  date: string;
  /** Phases going on at that date; January–February has two (1 and 4). May be empty (July). */
  currentPhases: CyclePhase[];
  /** Dutch sentence when no phase is running, e.g. in July. */
  betweenPhases?: string;
  /** All phases of that calendar year with their status. */
  phases: CyclePhase[];
  /** The next deadlines from the date on, soonest first. */
  deadlines: Deadline[];
}

/** The deadlines of the cycle whose day a set may choose for itself. */
export const CYCLE_DEADLINES = ['results', 'accents', 'overviews', 'alignment', 'bundle', 'request'] as const;
export type CycleDeadline = (typeof CYCLE_DEADLINES)[number];

/** A day in every year: day 29 of month 2 is the last day of February in a common year. */
export interface DayOfYear {
  month: number;
  day: number;
}

export type CycleDates = Record<CycleDeadline, DayOfYear>;

/** The days of section 6.2 of the Druten agreement: where every set starts. "Vóór 1 maart" is the last day of February. */
export const DEFAULT_CYCLE_DATES: CycleDates = {
  results: { month: 2, day: 29 },
  accents: { month: 3, day: 31 },
  overviews: { month: 6, day: 30 },
  alignment: { month: 8, day: 31 },
  bundle: { month: 11, day: 30 },
  request: { month: 12, day: 31 },
};

/** What each deadline is called, in Dutch: the field a message names. */
export const CYCLE_DEADLINE_LABELS: Record<CycleDeadline, string> = {
  results: 'Resultaten van het afgeronde uitvoeringsjaar bij de werkgroep',
  accents: 'Bestuurlijk Overleg stelt de accenten vast',
  overviews: 'Activiteitenoverzichten bij de werkgroep',
  alignment: 'Werkgroep stemt de activiteiten met elkaar af',
  bundle: 'Gebundeld en afgestemd activiteitenoverzicht naar alle partijen',
  request: 'Uitvraag van de resultaten naar de partijen',
};

/** The Dutch reason a day is no day of the year (29 February allowed: the last of February), or null. */
export function invalidDayOfYear(d: DayOfYear): string | null {
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return `maand ${d.month} bestaat niet; kies 1 tot en met 12`;
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1] as number;
  if (!Number.isInteger(d.day) || d.day < 1 || d.day > max) return `${d.day} ${MONTHS_NL[d.month - 1]} bestaat niet; ${MONTHS_NL[d.month - 1]} heeft ${max} dagen`;
  return null;
}

/** The years the agreement covers, e.g. 2025–2028. */
export interface CyclePeriod {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * The calendar of the cycle on `date` (ISO yyyy-mm-dd): which phases run,
 * which are past or to come this calendar year, and the deadlines of the
 * next twelve months. Throws an Error with a Dutch message on an invalid date.
 */
export function buildCalendar(date: string, period: CyclePeriod, dates: CycleDates = DEFAULT_CYCLE_DATES): CalendarView {
  const day = parseIsoDate(date);
  const year = new Date(day).getUTCFullYear();

  const phases: CyclePhase[] = phasesOfYear(year, period).map((p) => ({
    code: p.code,
    title: p.title,
    period: p.period,
    start: toIsoDate(p.start),
    end: toIsoDate(p.end),
    about: p.about,
    status: p.end < day ? 'past' : p.start > day ? 'upcoming' : 'current',
  }));
  const currentPhases = phases.filter((p) => p.status === 'current');

  // At least the next twelve months: one year on, plus a day so that the same
  // deadline a year later (and 29 February after a leap day) is still shown.
  const horizon = addYearsUtc(day, 1) + DAY_MS;
  const deadlines: Deadline[] = [year, year + 1, year + 2]
    .flatMap((y) => deadlinesOfYear(y, period, dates))
    .filter((d) => d.date >= day && d.date <= horizon)
    .sort((a, b) => a.date - b.date)
    .map((d) => ({
      date: toIsoDate(d.date),
      title: d.title,
      actor: d.actor,
      phaseCode: d.phaseCode,
      about: d.about,
      daysLeft: Math.round((d.date - day) / DAY_MS),
      withinAgreementPeriod: isWithinPeriod(d.about, period),
    }));

  const view: CalendarView = { date: toIsoDate(day), currentPhases, phases, deadlines };
  if (currentPhases.length === 0) {
    view.betweenPhases =
      `Tussen fase 2 en 3: de activiteitenoverzichten voor planningsjaar ${year + 1} zijn binnen; ` +
      `de werkgroep bereidt de afstemming ${beforeDeadline('alignment', year, dates, false)} voor.`;
  }
  return view;
}

/** The phases running on `date` (ISO): one, two or three; none in July. */
export function phasesOnDate(date: string, period: CyclePeriod): CyclePhase[] {
  return buildCalendar(date, period).currentPhases;
}

/** "2026-07-01" → "1 juli 2026". */
export function formatDateNl(iso: string): string {
  const d = new Date(parseIsoDate(iso));
  return `${d.getUTCDate()} ${MONTHS_NL[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A year the cycle is about, with its Dutch label. */
export function yearRef(kind: YearKind, year: number, untilYear?: number): YearRef {
  switch (kind) {
    case 'planning':
      return { kind, year, label: `planningsjaar ${year}` };
    case 'execution':
      return { kind, year, label: `uitvoeringsjaar ${year}` };
    case 'evaluation': {
      const until = untilYear ?? year;
      return { kind, year, untilYear: until, label: `uitvoeringsjaren ${year}–${until}` };
    }
    default:
      return missingCase(kind);
  }
}

/** Whether every year the reference concerns lies within the agreement period. */
export function isWithinPeriod(ref: YearRef, period: CyclePeriod): boolean {
  const last = ref.untilYear ?? ref.year;
  return ref.year >= period.start && last <= period.end;
}

/**
 * The tussenevaluatie (4a) follows the second execution year: January–June
 * of the third year of the period (2027 for 2025–2028), about the first two.
 * None for a period shorter than three years.
 */
export function midtermEvaluation(period: CyclePeriod): { year: number; about: YearRef } | null {
  if (period.end < period.start + 2) return null;
  return { year: period.start + 2, about: yearRef('evaluation', period.start, period.start + 1) };
}

/**
 * The last day of a deadline of the cycle in calendar year `year`, by the
 * set's days (ISO yyyy-mm-dd): day 29 of February is the 28th in a common year.
 */
export function deadlineOn(deadline: CycleDeadline, year: number, dates: CycleDates = DEFAULT_CYCLE_DATES): string {
  const d = dates[deadline];
  return toIsoDate(utc(year, d.month, Math.min(d.day, daysInMonth(year, d.month))));
}

/**
 * A deadline as the agreements word it: "vóór 1 juli 2026", the day after its
 * last day; "vóór 1 juli" without the year.
 */
export function beforeDeadline(deadline: CycleDeadline, year: number, dates: CycleDates = DEFAULT_CYCLE_DATES, withYear = true): string {
  const next = new Date(parseIsoDate(deadlineOn(deadline, year, dates)) + DAY_MS);
  return `vóór ${next.getUTCDate()} ${MONTHS_NL[next.getUTCMonth()]}${withYear ? ` ${next.getUTCFullYear()}` : ''}`;
}

/** The month a deadline falls in, as a word: "november". */
export function monthOfDeadline(deadline: CycleDeadline, dates: CycleDates = DEFAULT_CYCLE_DATES): string {
  return MONTHS_NL[dates[deadline].month - 1] as string;
}

/**
 * The last day on which the results over an execution year are on time: by
 * default the last day of February of the next year ("vóór 1 maart"), 29
 * February in a leap year. ISO yyyy-mm-dd.
 */
export function resultsDeadline(executionYear: number, dates: CycleDates = DEFAULT_CYCLE_DATES): string {
  return deadlineOn('results', executionYear + 1, dates);
}

/** Midnight UTC of an ISO date, in ms; a Dutch error for anything else. */
export function parseIsoDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new Error(`Ongeldige datum "${iso}": verwacht jjjj-mm-dd, bijvoorbeeld 2026-07-01.`);
  }
  return utc(y, mo, d);
}

/**
 * A day as a Dutch user writes it, day first: "28-6-2026", "28-06-2026",
 * "28/6/2026", "28.6.2026"; or as ISO ("2026-06-28"). The ISO date, or null
 * for what is no existing day.
 */
export function parseDutchDay(text: string): string | null {
  const t = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = dutch ? `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}` : t;
  try {
    parseIsoDate(iso);
    return iso;
  } catch {
    return null;
  }
}

/** ISO date (yyyy-mm-dd) of a UTC midnight in ms. */
export function toIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

interface PhaseSpec {
  code: string;
  title: string;
  period: string;
  start: number;
  end: number;
  about: YearRef[];
}

interface DeadlineSpec {
  date: number;
  title: string;
  actor: string;
  phaseCode: string;
  about: YearRef;
}

const TITLES = {
  monitoring: 'Monitoring, terugblikken en vooruitkijken',
  overviews: 'Opstellen en uitbrengen activiteitenoverzichten',
  joint: 'Uitwerken gezamenlijk activiteitenoverzicht',
  accountability: 'Verslaglegging en verantwoording',
  evaluation: 'Tussenevaluatie Meerjarige prestatieafspraken',
} as const;

const ACTORS = {
  all: 'Alle partijen',
  workingGroup: 'Werkgroep Prestatieafspraken',
  board: 'Bestuurlijk Overleg',
} as const;

/**
 * The phases that touch calendar year `year`, in order of start. Phase 4 runs
 * December – February, so the year holds the end of the previous one (about
 * execution year year−1) and the start of the next (about year).
 */
function phasesOfYear(year: number, period: CyclePeriod): PhaseSpec[] {
  const accountability = (executionYear: number): PhaseSpec => ({
    code: '4',
    title: TITLES.accountability,
    period: 'December - Februari',
    start: utc(executionYear, 12, 1),
    end: lastOfFebruary(executionYear + 1),
    about: [yearRef('execution', executionYear)],
  });
  const next = yearRef('planning', year + 1);
  const phases: PhaseSpec[] = [
    accountability(year - 1),
    {
      code: '1',
      title: TITLES.monitoring,
      period: 'Januari - Maart',
      start: utc(year, 1, 1),
      end: utc(year, 3, 31),
      about: [yearRef('execution', year - 1), next],
    },
  ];
  const evaluation = midtermEvaluation(period);
  if (evaluation && evaluation.year === year) {
    phases.push({
      code: '4a',
      title: TITLES.evaluation,
      period: `Januari - Juni (${year})`,
      start: utc(year, 1, 1),
      end: utc(year, 6, 30),
      about: [evaluation.about],
    });
  }
  phases.push(
    {
      code: '2',
      title: TITLES.overviews,
      period: 'April - Juni',
      start: utc(year, 4, 1),
      end: utc(year, 6, 30),
      about: [next],
    },
    {
      code: '3',
      title: TITLES.joint,
      period: 'Augustus - November',
      start: utc(year, 8, 1),
      end: utc(year, 11, 30),
      about: [next],
    },
    accountability(year),
  );
  return phases;
}

/** The deadlines that fall in calendar year `year`. "Vóór 1 juli" is 30 June. */
function deadlinesOfYear(year: number, period: CyclePeriod, dates: CycleDates): DeadlineSpec[] {
  const next = yearRef('planning', year + 1);
  const on = (d: DayOfYear): number => utc(year, d.month, Math.min(d.day, daysInMonth(year, d.month)));
  const deadlines: DeadlineSpec[] = [
    {
      date: on(dates.results),
      title: 'Resultaten van het afgeronde uitvoeringsjaar bij de werkgroep',
      actor: ACTORS.all,
      phaseCode: '4',
      about: yearRef('execution', year - 1),
    },
    {
      date: on(dates.accents),
      title: 'Bestuurlijk Overleg stelt de accenten vast',
      actor: ACTORS.board,
      phaseCode: '1',
      about: next,
    },
    {
      date: on(dates.overviews),
      title: 'Activiteitenoverzichten bij de werkgroep',
      actor: ACTORS.all,
      phaseCode: '2',
      about: next,
    },
  ];
  const evaluation = midtermEvaluation(period);
  if (evaluation && evaluation.year === year) {
    // "Bestuurlijk Overleg over de tussenevaluatie vindt plaats in mei/juni": by 30 June at the latest.
    deadlines.push({
      date: utc(year, 6, 30),
      title: 'Bestuurlijk Overleg over de tussenevaluatie',
      actor: ACTORS.board,
      phaseCode: '4a',
      about: evaluation.about,
    });
  }
  deadlines.push(
    {
      date: on(dates.alignment),
      title: 'Werkgroep stemt de activiteiten met elkaar af',
      actor: ACTORS.workingGroup,
      phaseCode: '3',
      about: next,
    },
    {
      // "In november": the end of November is the last day it is still on time.
      date: on(dates.bundle),
      title: 'Gebundeld en afgestemd activiteitenoverzicht naar alle partijen',
      actor: ACTORS.workingGroup,
      phaseCode: '3',
      about: next,
    },
    {
      date: on(dates.request),
      title: 'Uitvraag van de resultaten naar de partijen',
      actor: ACTORS.workingGroup,
      phaseCode: '4',
      about: yearRef('execution', year),
    },
  );
  return deadlines;
}

/** UTC midnight; setUTCFullYear keeps years below 100 as they are. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

function lastOfFebruary(year: number): number {
  return utc(year, 2, daysInMonth(year, 2));
}

/** Same day a number of years on; 29 February becomes 28 February in a common year. */
function addYearsUtc(ms: number, years: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth() + 1;
  return utc(y, m, Math.min(d.getUTCDate(), daysInMonth(y, m)));
}

