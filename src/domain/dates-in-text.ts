// The dates a person wrote in a sentence ("vóór 1 oktober 2026", "uiterlijk
// 15-3-2027", "in maart 2027"), so that a document can say which of them lie
// behind its own date: a follow-up agreed in June reads as settled in a
// November document unless its passed date is said to have passed. Pure.
import { MONTHS_NL } from './calendar';
import { dutchList } from './joint-overview-wording';

export interface WrittenDate {
  /** As written, on one line: "1 oktober 2026", "15-3-2027", "maart 2027". */
  text: string;
  /** The last day it names (ISO): the day itself, or a month's last day. */
  lastDay: string;
}

/** Each month as people shorten it, besides its full name ("okt.", "sept", "febr."). */
const SHORT_MONTHS: readonly (readonly string[])[] = [
  ['jan'],
  ['febr', 'feb'],
  ['mrt', 'mar'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sept', 'sep'],
  ['okt'],
  ['nov'],
  ['dec'],
];
/** Every spelling of a month, to its number: "oktober" and "okt" to 10. */
const MONTH_OF: ReadonlyMap<string, number> = new Map(
  MONTHS_NL.flatMap((name, i) => [name, ...(SHORT_MONTHS[i] ?? [])].map((spelling) => [spelling, i + 1] as const)),
);
/** A month as written, in any of its spellings, with or without a dot ("oktober", "okt."): one group, the month without the dot. */
export const MONTH = String.raw`(${[...MONTH_OF.keys()].join('|')})\.?`;
/** "1 oktober 2026", "1 okt. 2026"; "15-3-2027", "15/03/2027"; "maart 2027" (no day before it). */
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2})\s+${MONTH}\s+(\d{4})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|${MONTH}\s+(\d{4}))(?![\p{L}\d])`,
  'giu',
);

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The dates in a text, in the order written; what is no day of the calendar ("31-2-2027") is none. */
export function datesWritten(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const [whole, day, month, year, numDay, numMonth, numYear, lonelyMonth, lonelyYear] = m;
    const y = Number(year ?? numYear ?? lonelyYear);
    const mo = numMonth !== undefined ? Number(numMonth) : MONTH_OF.get((month ?? lonelyMonth ?? '').toLowerCase());
    if (mo === undefined || mo < 1 || mo > 12) continue;
    const d = day ?? numDay;
    if (d !== undefined && (Number(d) < 1 || Number(d) > daysIn(y, mo))) continue;
    found.push({ text: whole.replace(/\s+/g, ' '), lastDay: iso(y, mo, d === undefined ? daysIn(y, mo) : Number(d)) });
  }
  return found;
}

/** The dates in a text that lie wholly before a day (ISO): on that day, they have passed. */
export function datesPassed(text: string, onIso: string): WrittenDate[] {
  return datesWritten(text).filter((d) => d.lastDay < onIso);
}

/**
 * What is shown on a day (ISO) beside a text agreed before it (an afgesproken vervolg): the dates it names that
 * have passed by then, said to have passed, for nothing records whether it was done. Null where none has passed.
 * Without a closing full stop: "1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd".
 */
export function passedDatesNote(text: string, onIso: string): string | null {
  const passed = [...new Set(datesPassed(text, onIso).map((d) => d.text))];
  if (passed.length === 0) return null;
  return `${dutchList(passed)} ${passed.length === 1 ? 'is' : 'zijn'} al voorbij; of dit is gebeurd, is niet vastgelegd`;
}
