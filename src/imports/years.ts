// The years a partner's text names. Pure.
import { keptAnswers } from '../domain/kept-answers';

/**
 * A year written out (20xx), the two figures of a date written short, day and month first: "vr 12-11-27",
 * "3/4/28" (as a planning tool's export writes its dates), or a year's last two figures after an apostrophe:
 * "sept '27", "Q1 ’28". Not "1.2.3", an outline's number.
 */
const YEAR = /\b(20\d\d)\b|\b(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])[-/](\d\d)(?![\d/-])|(?<=^|[\s(/–-])['’‘]([23]\d)(?![\d'’])/g;

/** The years of this century as said, from 2020: "zesentwintig" → 26. */
const SAID = ['twintig', 'eenentwintig', 'tweeëntwintig', 'drieëntwintig', 'vierentwintig', 'vijfentwintig', 'zesentwintig', 'zevenentwintig', 'achtentwintig', 'negenentwintig', 'dertig', 'eenendertig', 'tweeëndertig'];
/** A year as dictation writes it down: "twintig zesentwintig", "tweeduizend achtentwintig". */
const SAID_YEAR = new RegExp(String.raw`\b(?:twintig|tweeduizend)\s+(${SAID.join('|')})\b`, 'gi');

/** A text with the years said in words written in figures: "is in twintig zesentwintig al ingesteld" → "is in 2026 al ingesteld". */
export function yearsInFigures(text: string): string {
  return /twintig|tweeduizend/i.test(text) ? text.replace(SAID_YEAR, (_, said: string) => String(2020 + SAID.indexOf(said.toLowerCase()))) : text;
}

const NO_YEARS: readonly number[] = Object.freeze([]);

/** The years of a text read anew; a row's planning, activity and remarks are asked about by many rules in turn, so yearsOf keeps them. */
const readYears = keptAnswers(20_000, (text: string): readonly number[] =>
  Object.freeze([...yearsInFigures(text).matchAll(YEAR)].map((m) => (m[1] !== undefined ? Number(m[1]) : 2000 + Number(m[2] ?? m[3])))),
);

/** Every year a text names, in its order: "Q2 2027 – Q1 2028" → [2027, 2028], "ma 1-3-27" → [2027], "twintig dertig" → [2030]. */
export function yearsOf(text: string | undefined): readonly number[] {
  // Each way of writing a year has a figure, or says "twintig" or "tweeduizend".
  if (text === undefined || (!/\d/.test(text) && !/twintig|tweeduizend/i.test(text))) return NO_YEARS;
  return readYears(text);
}
