// Reads the *Uitvoering* column of the agreement into the years in which an
// agreement is active or due. Pure; never throws: what it does not understand
// is kept, flagged and still searched for years, so nothing gets lost.
import type { Schedule, ScheduleKind } from './types';
import { missingCase } from './assert';

export interface AgreementPeriod {
  start: number;
  end: number;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A 4-digit year the parser accepts; outside 2000–2100 it is not a year here. */
const YEAR = String.raw`(\d{4})`;
/** "-", "t/m", "tot en met" after dash normalisation. */
const RANGE_SEP = String.raw`\s*(?:-|t\s*/\s*m|tot\s+en\s+met)\s*`;

/** A parsed year expression, before it becomes a Schedule. */
interface Parsed {
  kind: ScheduleKind;
  years: number[];
  note?: string;
}

export function parseSchedule(text: string, period: AgreementPeriod): Schedule {
  const written = text.trim();
  if (normalizeSchedule(written) === '') {
    return { text, kind: 'empty', years: [], recognized: false };
  }

  // A parenthesis is a remark on the main expression ("(uitbreiding Deest Zuid
  // geldt: 2028 t/m 2032)"); years it names still count, so nothing is missed.
  const { main, remarks } = splitParentheses(written);
  const parsed = parseMain(main, period);
  if (!parsed) return unknownSchedule(text, written);

  const years = new Set(parsed.years);
  const notes: string[] = parsed.note ? [parsed.note] : [];
  for (const remark of remarks) {
    const remarkYears = yearsInRemark(remark);
    const added = remarkYears.filter((y) => !years.has(y));
    added.forEach((y) => years.add(y));
    notes.push(
      added.length > 0
        ? `Toelichting tussen haakjes: "${remark}"; ${yearsPhrase(added)} daarom ook meegeteld.`
        : `Toelichting tussen haakjes: "${remark}".`,
    );
  }
  const schedule: Schedule = {
    text,
    kind: parsed.kind,
    years: [...years].sort((a, b) => a - b),
    recognized: true,
  };
  if (notes.length > 0) schedule.note = notes.join(' ');
  return schedule;
}

/** Short Dutch description for lists and overviews. */
export function scheduleLabel(s: Schedule): string {
  switch (s.kind) {
    case 'empty':
      return 'geen uitvoering vermeld';
    case 'recurring':
      return 'jaarlijks';
    case 'continuous':
      return 'doorlopend';
    case 'from':
      return s.years.length > 0 ? `vanaf ${s.years[0]}` : 'vanaf onbekend jaar';
    case 'event':
      return 'per project';
    case 'years':
    case 'range':
      return s.years.length > 0 ? describeYears(s.years) : 'geen jaren';
    case 'unknown':
      return s.years.length > 0 ? `niet herkend (${describeYears(s.years)})` : 'niet herkend';
    default:
      return missingCase(s.kind);
  }
}

/**
 * Years as a Dutch phrase: runs of three or more become "2025 t/m 2028",
 * the rest is listed: "2025 en 2026", "2025, 2027 en 2029".
 */
export function describeYears(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) {
      parts.push(`${sorted[i]} t/m ${sorted[j]}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    }
    i = j + 1;
  }
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/**
 * Lower case, every kind of dash as "-", no trailing dots, single spaces:
 * the form the patterns below are written against.
 */
export function normalizeSchedule(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

function parseMain(main: string, period: AgreementPeriod): Parsed | null {
  const whole = parseExpression(normalizeSchedule(main), period);
  if (whole) return whole;

  // "2025 en 2026, met de intentie om dit structureel in te zetten": the
  // longest part before a comma that reads as years; the rest is a remark.
  const commas = [...main.matchAll(/,/g)].map((m) => m.index ?? 0).reverse();
  for (const at of commas) {
    const head = parseExpression(normalizeSchedule(main.slice(0, at)), period);
    const tail = main.slice(at + 1).trim().replace(/[.\s]+$/, '');
    if (head && tail !== '') {
      const headNote = head.note ? `${head.note} ` : '';
      return {
        ...head,
        note: `${headNote}Afgesproken voor ${describeYears(head.years)}; de toevoeging "${tail}" telt niet mee als jaar.`,
      };
    }
  }
  return null;
}

/** One expression in normalised form, or null when it is not understood. */
function parseExpression(s: string, period: AgreementPeriod): Parsed | null {
  if (s === '') return null;
  const all = periodYears(period);

  if (/^(jaarlijks|elk jaar|ieder jaar|iedere jaar|per jaar)$/.test(s)) {
    return { kind: 'recurring', years: all };
  }
  if (/^(doorlopend|continu|permanent|voortdurend)$/.test(s)) {
    return { kind: 'continuous', years: all };
  }
  if (/^(bij|per|voor) (ieder|iedere|elk|elke)? ?[\p{L}-]*project(en)?$/u.test(s)) {
    return {
      kind: 'event',
      years: all,
      note: `Geldt per project, zodra dat zich voordoet; daarom meegeteld in elk jaar van de periode (${describeYears(all)}).`,
    };
  }

  const from =
    new RegExp(`^vanaf ${YEAR}(?: en verder)?$`).exec(s) ??
    new RegExp(`^${YEAR} (?:en verder|en later|en daarna|e\\.?\\s?v)$`).exec(s);
  if (from) {
    const first = toYear(from[1]);
    if (first === null) return null;
    const last = Math.max(first, period.end);
    const parsed: Parsed = { kind: 'from', years: span(first, last) };
    if (first < period.end) parsed.note = `Vanaf ${first} tot het einde van de periode (${period.end}).`;
    return parsed;
  }

  // "t/m 2028" without a start: from the start of the period.
  const until = new RegExp(`^(?:t\\s*/\\s*m|tot en met) ${YEAR}$`).exec(s);
  if (until) {
    const last = toYear(until[1]);
    if (last === null) return null;
    const first = Math.min(period.start, last);
    return {
      kind: 'range',
      years: span(first, last),
      note: `Geen beginjaar vermeld; gerekend vanaf het begin van de periode (${period.start}).`,
    };
  }

  return parseYearList(s) ?? parsePerYearSegments(s);
}

/**
 * "2025", "2025 - 2028", "2025 t/m 2028", "2025 en 2026", "2025/2026",
 * "2025, 2027 - 2028": items joined by "en", ",", "/" or "&".
 * A single range is kind 'range'; anything else kind 'years'.
 */
function parseYearList(s: string): Parsed | null {
  // Range separators first become "~", so the "en" of "tot en met" and the
  // "/" of "t/m" are not taken for list separators.
  const body = s.replace(/^(in|vanaf) /, '').replace(new RegExp(RANGE_SEP, 'g'), '~');
  const items = body.split(/\s*(?:,|\/|&|\+|\ben\b)\s*/);
  const itemPattern = new RegExp(`^${YEAR}(?:~${YEAR})?$`);
  const years = new Set<number>();
  let ranges = 0;
  let reversed = false;
  for (const item of items) {
    const m = itemPattern.exec(item.trim());
    if (!m) return null;
    const a = toYear(m[1]);
    if (a === null) return null;
    if (m[2] === undefined) {
      years.add(a);
      continue;
    }
    const b = toYear(m[2]);
    if (b === null) return null;
    if (b < a) reversed = true;
    span(Math.min(a, b), Math.max(a, b)).forEach((y) => years.add(y));
    ranges++;
  }
  const sorted = [...years].sort((x, y) => x - y);
  const parsed: Parsed = { kind: items.length === 1 && ranges === 1 ? 'range' : 'years', years: sorted };
  if (reversed) parsed.note = 'Begin- en eindjaar stonden omgekeerd; gelezen als oplopend.';
  return parsed;
}

/**
 * "2025: ca. 140 won. 2026 - 2028: ca 80 won." — years (or ranges) each
 * followed by a colon and what is due then.
 */
function parsePerYearSegments(s: string): Parsed | null {
  const label = new RegExp(`${YEAR}(?:${RANGE_SEP}${YEAR})?\\s*:`, 'g');
  const matches = [...s.matchAll(label)];
  if (matches.length === 0 || matches[0]?.index !== 0) return null;
  const years = new Set<number>();
  for (const m of matches) {
    const a = toYear(m[1]);
    const b = m[2] === undefined ? a : toYear(m[2]);
    if (a === null || b === null) return null;
    span(Math.min(a, b), Math.max(a, b)).forEach((y) => years.add(y));
  }
  const sorted = [...years].sort((x, y) => x - y);
  return {
    kind: 'years',
    years: sorted,
    note: `Per jaar uitgesplitst; actief in ${describeYears(sorted)}.`,
  };
}

/** Years named in a remark: ranges are spanned, single years listed. */
function yearsInRemark(remark: string): number[] {
  const s = normalizeSchedule(remark);
  const years = new Set<number>();
  const pattern = new RegExp(`\\b${YEAR}(?:${RANGE_SEP}${YEAR})?\\b`, 'g');
  for (const m of s.matchAll(pattern)) {
    const a = toYear(m[1]);
    if (a === null) continue;
    const b = m[2] === undefined ? a : toYear(m[2]);
    if (b === null) {
      years.add(a);
      continue;
    }
    span(Math.min(a, b), Math.max(a, b)).forEach((y) => years.add(y));
  }
  return [...years].sort((x, y) => x - y);
}

function unknownSchedule(text: string, written: string): Schedule {
  const years = [...new Set([...written.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m) => Number(m[0])))]
    .filter((y) => y >= MIN_YEAR && y <= MAX_YEAR)
    .sort((a, b) => a - b);
  const found =
    years.length === 0
      ? 'Er staan geen jaartallen in.'
      : years.length === 1
        ? `Het genoemde jaar ${years[0]} is overgenomen.`
        : `De genoemde jaren ${years.join(', ')} zijn overgenomen.`;
  return {
    text,
    kind: 'unknown',
    years,
    recognized: false,
    note: `Uitvoering niet herkend: "${written}". ${found} Controleer de uitvoering.`,
  };
}

/** Top-level parentheses taken out: "2025 - 2028 (x)" → main "2025 - 2028", remarks ["x"]. */
function splitParentheses(text: string): { main: string; remarks: string[] } {
  const remarks: string[] = [];
  let main = '';
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) current += ch;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (current.trim() !== '') remarks.push(current.trim());
        current = '';
      } else {
        current += ch;
      }
    } else if (depth > 0) {
      current += ch;
    } else {
      main += ch;
    }
  }
  // An unclosed parenthesis stays part of the main text, so it is not hidden.
  if (depth > 0) main += `(${current}`;
  return { main: main.replace(/\s+/g, ' ').trim(), remarks };
}

function toYear(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const y = Number(digits);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function span(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

function periodYears(period: AgreementPeriod): number[] {
  return period.end >= period.start ? span(period.start, period.end) : [];
}

function yearsPhrase(years: number[]): string {
  return years.length === 1 ? `${years[0]} is` : `${describeYears(years)} zijn`;
}

