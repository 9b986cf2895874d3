// A partner marks a row with a sign ("Vereveningsfonds instellen**", "Warmtepompen Horssen²", "Huurderscafé *") and
// says what the sign means in a footnote below the table ("** al gerealiseerd in 2026") or in a legend above it
// ("* = nog bespreken in bestuur"). The footnote is then a remark on each row that carries the sign. Pure: what a
// footnote means for the year is judged with the status rules (status-rows.ts).
import type { SubmissionNote } from '../domain/submissions';
import type { ReadActivity } from './types';

/** The signs partners mark rows with: one to three asterisks, a superscript figure, a dagger. */
const SIGN = String.raw`\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹†‡]`;
/** A footnote's line: the sign, then what it means ("** al gerealiseerd in 2026", "¹ uitvoering door De Kernen"). */
const FOOTNOTE = new RegExp(String.raw`^\s*(${SIGN})\s*(?:=\s*)?(\p{L}.*)$`, 'u');
/** A sign at the end of a row's text: "Energiefestival Horssen***", "Huurderscafé Druten-Zuid *". */
const SIGN_AFTER = new RegExp(String.raw`(?<![*¹²³⁴⁵⁶⁷⁸⁹†‡])\s*(${SIGN})$`, 'u');
/** A cell that holds only a sign. */
const SIGN_ALONE = new RegExp(String.raw`^\s*(${SIGN})\s*$`, 'u');

/** What each sign means, by the footnotes among the file's notes and the legend's entries for a sign. */
export function footnotesOf(notes: readonly SubmissionNote[], legend: ReadonlyMap<string, string>): Map<string, string> {
  const meanings = new Map<string, string>();
  for (const [key, meaning] of legend) if (SIGN_ALONE.test(key)) meanings.set(key.trim(), meaning.trim());
  for (const note of notes) {
    const m = FOOTNOTE.exec(note.text.trim());
    if (m && !meanings.has(m[1] as string)) meanings.set(m[1] as string, (m[2] as string).trim());
  }
  return meanings;
}

/** The sign a row is marked with, at the end of its text or alone in a cell; undefined where it carries none. */
export function signOf(act: ReadActivity): string | undefined {
  const after = SIGN_AFTER.exec(act.activity.trim());
  if (after) return after[1];
  for (const value of Object.values(act.extra)) {
    const alone = SIGN_ALONE.exec(value);
    if (alone) return alone[1];
  }
  return undefined;
}
