// A file's legend of its own words and marks: the status words, codes, symbols and colours a partner uses
// and what each means ("G = gepland", "[V] vervalt", "✅ gereed", "grijs = vervalt in 2028"), read from the lines
// below the table (kept as notes) and above it; and a status cell split into its symbol and its words. Pure.
import type { SubmissionNote } from '../domain/submissions';

/** A symbol or emoji opening a status or a legend's entry: "✅", "⏸", "❌". */
const SYMBOL_START = /^[^\p{L}\p{N}\s()=:;,.·'"-]+\s*/u;
/** In a legend of symbols: a symbol, then what it means, up to the next symbol. */
const SYMBOL_PAIR = /([^\p{L}\p{N}\s()=:;,.·'"-]+)\s+(\p{L}[^]*?)(?=\s+[^\p{L}\p{N}\s()=:;,.·'"-]+\s+\p{L}|$)/gu;
/** "Fase: idee = nog niet besloten; gepland = in jaarplan": a status and its meaning, two or more to a line. */
const LEGEND_PAIR = /^\s*([^=:;]{1,30}?)\s*=\s*([^=;]{1,80}?)\s*$/;

/** A code in brackets and what it means, as a legend lists them: "[G] gepland  [V] vervalt  [?] nog niet besloten". */
const BRACKET_PAIR = /\[([^\[\]\s]{1,3})\]\s*([^\[\]–—|]+?)\s*(?=\[|[–—|]|$)/gu;
/** A short code and what it means, the entries apart by dashes: "G gepland – L lopend – A afgerond – ? geen besluit". */
const CODE_PAIR = /^\s*([\p{Lu}?!]{1,3})\s+(\p{L}[^–—]{0,60}?)\s*$/u;
/** A label before a legend's entries: "Legenda St.:", "Rol:", "St.:". */
const LEGEND_LABEL = /^[^=:;]{1,30}:\s*/;
/**
 * A sheet's legend of its status words: each status (lower case) with what the partner wrote it means. Only
 * lines of at least two entries count: "woord = betekenis" (apart by ";", ",", "·", "|", a line or a sentence's
 * end; each part may have its own label, "Rol: T = trekker. St.: G = gepland, …"), symbols before their meaning
 * ("✅ gereed ⏳ gepland"), codes in brackets ("[G] gepland [V] vervalt") or short codes apart by dashes ("St.: G
 * gepland – L lopend – A afgerond"). Parts of the line that are no entries ("| WW Woonwaarts, DK De Kernen") are
 * passed over where the entries are "=" pairs.
 */
export function legendOf(notes: readonly SubmissionNote[]): Map<string, string> {
  const legend = new Map<string, string>();
  for (const note of notes) {
    const body = note.text.replace(LEGEND_LABEL, '');
    // Entries apart by ";", "·", "|", a line, or a comma, a slash, a sentence's end or a run of spaces before the next "X ="
    // ("? = nog niet bekend. Datum = …", "groen = doen / oranje = parkeren", "☑ = al besproken   ☐ = nog bespreken").
    const parts = body.split(/[;·|\n]|(?:[.,]\s+|\s+\/\s+|\s{2,})(?=(?:[^\s=:]{1,20}:\s*)?[^\s=]{1,20}\s*=)/).map((part) => part.replace(LEGEND_LABEL, '').replace(/\.\s*$/, '').trim());
    const entries = parts.filter((part) => part.includes('='));
    const pairs = entries.map((part) => LEGEND_PAIR.exec(part));
    if (pairs.length >= 2 && pairs.every((p) => p !== null)) {
      for (const p of pairs as RegExpExecArray[]) legend.set((p[1] as string).toLowerCase(), p[2] as string);
      continue;
    }
    const bracketed = [...body.matchAll(BRACKET_PAIR)];
    if (bracketed.length >= 2) {
      for (const m of bracketed) legend.set((m[1] as string).toLowerCase(), (m[2] as string).trim());
      continue;
    }
    const coded = (body.split('|')[0] ?? '').split(/\s+[–—-]\s+/).map((part) => CODE_PAIR.exec(part));
    if (coded.length >= 3 && coded.every((p) => p !== null)) {
      for (const p of coded as RegExpExecArray[]) legend.set((p[1] as string).toLowerCase(), (p[2] as string).trim());
      continue;
    }
    // "✅ gereed (ter info)   ⏳ gepland   ❌ geschrapt": each symbol before what it means.
    const symbols = [...body.matchAll(SYMBOL_PAIR)];
    if (symbols.length >= 2) for (const m of symbols) legend.set(m[1] as string, (m[2] as string).trim());
  }
  return legend;
}

/** The symbol a status opens with ("❌" of "❌ geschrapt"), and its words. */
export function statusParts(value: string): { symbol: string; words: string } {
  const symbol = SYMBOL_START.exec(value)?.[0].trim() ?? '';
  return { symbol, words: value.slice(symbol.length).trim() };
}

