// What a partner's text or cell says of work already done, and in which year: "Opgeleverd in 2025: 140 woningen",
// "Tussenevaluatie – afgerond in juni 2027", "gereed 2026", "…, afgerond". The status rules (status-rows.ts) read
// with these whether a row is work of an earlier year. Pure.
import { yearsInFigures, yearsOf } from './years';

/** The words a partner says work is done with, before the year it was done in. */
const DONE_WORDS = 'gedaan|afgerond|klaar|uitgevoerd|gereed|gerealiseerd|opgeleverd|geweest|gehouden|gebeurd|gegeven|geleverd|verstuurd|verzonden';
/** "ja – okt 2027", "afgerond 2027", "al gebeurd, juni 2026", "gedaan (2027)", "al gedaan, november 2026", "gereed – raad 28-10-2027", "gedaan 12 sept. 2027": done, and the year it was done in. */
const DONE_IN = new RegExp(String.raw`^(?:(?:is\s+)?al\s+)?(?:ja|${DONE_WORDS})\b\D{0,20}?(?:\b\d{1,2}(?:[-./]\d{1,2}[-./]|\s+[a-z]+\.?\s+))?\b(20\d\d)\b`, 'i');
/**
 * A text that says it was done, and when: "Opgeleverd in 2025: 140 woningen", "Tussenevaluatie – afgerond
 * in juni 2027", "Fietstocht (gehouden op 14 september 2025)". The word opens the text or follows a dash or
 * bracket, so "Na de in 2025 afgeronde evaluatie …" stays an activity.
 */
const DONE_IN_TEXT = /(?:^|[–—(:]\s*|\s-\s*)(?:al\s+)?(opgeleverd|afgerond|gehouden|gerealiseerd|uitgevoerd|gereed|klaar|gebeurd)\b[^()–—]{0,60}?\b(20\d\d)\b/i;
/**
 * That it already took place, in brackets or after a dash, the year in the row's date: "Kennismaking met de wethouder
 * (heeft al plaatsgevonden)", "Energiefestival Horssen (geweest – ca. 80 bezoekers)".
 */
export const TOOK_PLACE =
  /\((is|heeft)\s+al\s+(plaatsgevonden|geweest)\)|[–—]\s*(is|heeft)\s+al\s+(plaatsgevonden|geweest)\s*\.?$|\(\s*(al\s+)?(geweest|gehouden)\s*([,;–—-][^()]*)?\)/i;
/** After a dash, that it already took place in a year: "Naar de sessie van de gemeente – is vorig jaar (2026) al geweest". */
const DONE_AFTER_DASH = /[–—]\s*(?:is|was|zijn|waren)\s+[^–—]{0,40}?\b(20\d\d)\b\)?\s*al\s+(geweest|gehouden|gedaan|afgerond|opgeleverd|gebeurd)\b/i;
/**
 * A whole text that says its work was done in a year, and nothing more: "Vereveningsfonds is in 2026 al ingesteld",
 * "Convenant werd in 2026 ondertekend", "De 33 woningen Molenstraat zijn eind 2026 allemaal opgeleverd 🎉". Not "Warmtevisie is in 2026 vastgesteld, in 2027 uitwerken per kern".
 */
const DONE_IN_YEAR =
  /^[^,;:–—]{0,60}?\b(?:is|zijn|was|waren|werd|werden)\s+(?:in\s+)?(?:\p{L}+\s+)?(20\d\d)\s+(?:al\s+|allemaal\s+|alle(?:maal)?\s+al\s+|volledig\s+|helemaal\s+)?(ingesteld|vastgesteld|opgeleverd|afgerond|gehouden|gerealiseerd|uitgevoerd|gedaan|geweest|opgericht|ondertekend|getekend|gesloten)\s*[.!]*\s*\p{Extended_Pictographic}*\s*$/iu;
/**
 * A first clause that ends by saying it was done in a year: "schouw Horssen 2027 gehouden, verslag
 * rondgestuurd". The word ends the clause, so "Nazorg bij de woningen die in 2027 opgeleverd zijn" stays work.
 */
const DONE_YEAR_CLAUSE = /^[^,;:–—]{0,60}?\b(20\d\d)\s+(opgeleverd|afgerond|gehouden|gerealiseerd|uitgevoerd|gedaan)\s*(?:[,;.]|$)/i;
/**
 * A short text that ends by saying it was done on a date, and by whom: "Jaarvergadering gehouden op 12-11-2026", "Fase 1
 * (14 won.) opgeleverd december 2026", "Sociaal plan Kattenburg-Oost ondertekend door HBD en Woonwaarts op 9 oktober 2025".
 * Not in a relative clause: "Nazorg bij de woningen die opgeleverd zijn in 2026" stays work.
 */
const DONE_ON_DATE =
  /^(?![^,;:–—]*\b(die|dat|welke)\b)(?:[^,;:–—()]{1,40}:\s+)?[^,;:–—()]{1,40}(?:\([^()]*\)[^,;:–—()]{0,20})?\s(opgeleverd|afgerond|gehouden|gerealiseerd|uitgevoerd|gegeven|uitgebracht|verstuurd|ondertekend|getekend)\s+(?:door\s+[^,;:–—()]{1,40}?\s+)?(?:op\s+|in\s+)?(?:\d{1,2}[-./]\d{1,2}[-./]|\d{1,2}\s+)?(?:\p{L}+\.?\s+)?(20\d\d)\s*(?:[–—-]\s*(?:klaar|afgerond|gedaan|gereed)\s*)?\.?$/iu;
/**
 * Already done, said in a label with its years: "Scan brandveiligheid al gedaan in 2025/2026: Hof van Horssen (A), …". The
 * latest year counts. "Al" says it is done, so a plan that names the years of earlier work ("Na de schouw van 2026: …") stays work.
 */
const DONE_ALREADY_LABEL = new RegExp(
  String.raw`^[^,;:–—()]{1,60}?\bal\s+(?:${DONE_WORDS})\s+(?:in\s+)?(?:\p{L}+\.?\s+)?(20\d\d)(?:\s*[/–-]\s*(20\d\d))?\s*:`,
  'iu',
);
/** Done as a label, the when after it: "Inspraak en vaststelling afgerond: raad heeft op 28 mei 2027 besloten". */
const DONE_LABEL = /^[^,;:–—()]{1,40}\s(?:afgerond|gereed|klaar|gedaan)\s*:\s*[^]{0,80}?\b(20\d\d)\b/iu;
/** Done, said last after a comma or dash: "…, afgerond", "… – al gedaan". */
const DONE_LAST = /(?:,|\s[–—-])\s*(?:is\s+)?(?:al\s+)?(afgerond|gereed|gedaan|uitgevoerd|opgeleverd)\s*\.?$/i;
/** Done, said last in a closing bracket that dates it: "Kennismaking nieuwe wijkbeheerder (was in november 2026, klaar)". */
const DONE_IN_LAST_BRACKET = /\(([^()]*?\b(20\d\d)\b[^()]*?)[,;–—-]\s*(?:al\s+)?(klaar|gedaan|afgerond|gereed|geweest|gehouden)\s*\)\s*\.?$/i;
/** A cell that only says the work was done in a year: "gereed 2026", "afgerond in december 2026". */
const DONE_BY_YEAR = new RegExp(String.raw`^(?:voltooid|${DONE_WORDS})\s+(?:in\s+)?(?:\p{L}+\.?\s+)?(20\d\d)\s*\.?$`, 'iu');

/**
 * Part of the work done, not all of it: "75% van lijst 2027 uitgevoerd", "grotendeels afgerond", "fase 1 deels
 * opgeleverd". A share of the work itself ("30% sociale huur vastgelegd, afgerond 2026") is no part done.
 */
const PARTLY_DONE = /\b(\d{1,2}\s*%\s*(van\s+[^,;:]{0,30}?\s*)?|(deels|gedeeltelijk|grotendeels|half|voor\s+de\s+helft)\s+)(gedaan|afgerond|klaar|uitgevoerd|gereed|gerealiseerd|opgeleverd)\b/i;

/** What a text says in brackets: "meedenken als het doorgaat (nog geen besluit)" → "nog geen besluit". */
export function bracketed(text: string): string[] {
  return [...text.matchAll(/\(([^()]+)\)/g)].map((m) => (m[1] as string).trim());
}

/** Where a text says itself that it was done, and in which year: "opgeleverd in 2025", "2027 gehouden". */
export function saidDone(written: string): { year: number; said: string } | undefined {
  // A year said in words is read in figures, and the text quoted as written.
  const text = yearsInFigures(written);
  const done = saidDoneIn(text);
  return done && text !== written ? { year: done.year, said: written.trim() } : done;
}

function saidDoneIn(text: string): { year: number; said: string } | undefined {
  if (PARTLY_DONE.test(text)) return undefined;
  const opened = DONE_IN_TEXT.exec(text);
  if (opened && !datesWhatItNames(text, opened)) return { year: Number(opened[2]), said: opened[0].slice(opened[0].indexOf(opened[1] as string)) };
  const stated = DONE_IN_YEAR.exec(text);
  if (stated) return { year: Number(stated[1]), said: stated[0].trim() };
  const ended = DONE_YEAR_CLAUSE.exec(text);
  if (ended) return { year: Number(ended[1]), said: ended[0].replace(/[,;.]$/, '').trim() };
  // Done as the text's last word, the year before it: "Vereveningsfonds: ingesteld per 1 januari 2027, afgerond".
  const years = yearsOf(text);
  if (DONE_LAST.test(text) && years.length > 0) return { year: Math.max(...years), said: text.trim() };
  const already = DONE_ALREADY_LABEL.exec(text);
  if (already) return { year: Number(already[2] ?? already[1]), said: already[0].replace(/:$/, '').trim() };
  const labelled = DONE_LABEL.exec(text);
  if (labelled) return { year: Number(labelled[1]), said: labelled[0] };
  const dated = DONE_ON_DATE.exec(text);
  if (dated) return { year: Number(dated[3]), said: text.slice(text.toLowerCase().lastIndexOf((dated[2] as string).toLowerCase())).trim() };
  const closing = DONE_IN_LAST_BRACKET.exec(text);
  if (closing) return { year: Number(closing[2]), said: closing[0].replace(/^\(|\)\s*\.?$/g, '').trim() };
  const after = DONE_AFTER_DASH.exec(text);
  return after ? { year: Number(after[1]), said: after[0].replace(/^[–—]\s*/, '') } : undefined;
}

/** Done, or sent round, said in what follows a bracket. */
const DONE_AFTER = new RegExp(String.raw`\b(${DONE_WORDS}|rondgestuurd)\b`, 'i');

/**
 * A bracket that dates the thing named before it, the work told after it: "Wijkschouw Druten-Zuid incl. nieuwbouw
 * Heuvelstraat (opgeleverd 2025): wij organiseren, gemeente en WW lopen mee". Not "Fietstocht (gehouden op 14
 * september 2025)", where the bracket ends the text, nor "… (gehouden 2026): verslag rondgestuurd", done as well.
 */
function datesWhatItNames(text: string, done: RegExpExecArray): boolean {
  if (!done[0].startsWith('(')) return false;
  const close = text.indexOf(')', done.index);
  if (close < 0) return false;
  const after = text.slice(close + 1);
  return (after.match(/\p{L}{2,}/gu) ?? []).length >= 3 && !DONE_AFTER.test(after);
}

/** The year a cell or a part of it says the work was done, as it opens or as its first clause ends: "afgerond 2027", "ja – okt 2027", "schouw 2027 gehouden, …". */
export function doneYearSaid(said: string): number | undefined {
  if (PARTLY_DONE.test(said)) return undefined;
  const m = DONE_IN.exec(said) ?? DONE_YEAR_CLAUSE.exec(said);
  return m ? Number(m[1]) : undefined;
}

/** Whether a text ends by saying it is done: "…, afgerond", "… – al gedaan". */
export function endsDone(text: string): boolean {
  return DONE_LAST.test(text);
}

/** The year a cell says, and only says, the work was done in: "gereed 2026", "afgerond in december 2026". */
export function doneByYear(text: string): number | undefined {
  const m = DONE_BY_YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}
