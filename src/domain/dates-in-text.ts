// The dates a person wrote in a sentence ("vóór 1 oktober 2026", "uiterlijk
// 15-3-2027", "in maart 2027"), so that a document can say which of them lie
// behind its own date: a follow-up agreed in June reads as settled in a
// November document unless its passed date is said to have passed. Pure.
import { dutchList } from './joint-overview-wording';

export interface WrittenDate {
  /** As written, on one line: "1 oktober 2026", "15-3-2027", "maart 2027". */
  text: string;
  /** The last day it names (ISO): the day itself, or a month's last day. */
  lastDay: string;
}

/** A month as people write it: in full or shortened, with or without a point ("okt.", "sept", "febr."). */
const MONTH_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(uari)?$/, 1],
  [/^febr?(uari)?$/, 2],
  [/^(maart|mrt|mar)$/, 3],
  [/^apr(il)?$/, 4],
  [/^mei$/, 5],
  [/^jun(i)?$/, 6],
  [/^jul(i)?$/, 7],
  [/^aug(ustus)?$/, 8],
  [/^sept?(ember)?$/, 9],
  [/^okt(ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^dec(ember)?$/, 12],
];

const MONTH = String.raw`(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?`;
/** "1 oktober 2026", "1 okt. 2026"; "15-3-2027", "15/03/2027"; "maart 2027" (no day before it). */
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2})\s+${MONTH}\s+(\d{4})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|${MONTH}\s+(\d{4}))(?![\p{L}\d])`,
  'giu',
);

const monthOf = (word: string): number | undefined => MONTH_WORDS.find(([re]) => re.test(word.toLowerCase()))?.[1];

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The dates in a text, in the order written; what is no day of the calendar ("31-2-2027") is none. */
export function datesWritten(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const [whole, day, month, year, numDay, numMonth, numYear, lonelyMonth, lonelyYear] = m;
    const y = Number(year ?? numYear ?? lonelyYear);
    const mo = month !== undefined ? monthOf(month) : numMonth !== undefined ? Number(numMonth) : monthOf(lonelyMonth as string);
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
