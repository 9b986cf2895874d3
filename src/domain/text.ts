// Text helpers shared by search and matching. Pure.
import { keptAnswers } from './kept-answers';

/** A text as it stands, to put inside a regular expression: "De Kernen (DK)" matches itself, brackets and all. */
export function regExpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case, without diacritics, whitespace collapsed: "Geïsoleerde  Woningen" → "geisoleerde woningen". Kept for the texts asked lately. */
export const normalizeForSearch: (text: string) => string = keptAnswers(20_000, (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);

/** A heading's comparable form: lower case, no accents, hyphenated line breaks joined, punctuation and breaks as spaces. Kept for the texts asked lately. */
export const normalizeHeader: (text: string) => string = keptAnswers(20_000, (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<=\p{L})[-\u00ad]\s*\n\s*(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** The search terms of a query: every word must occur somewhere. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}

/** A file name part with nothing a file system refuses (reserved and control characters, trailing dots); empty when nothing is left. */
export function safeFileNamePart(text: string): string {
  return (
    text
      .normalize('NFC')
      // Reserved on Windows or macOS, and control characters.
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80)
      .trim()
  );
}

/** Optimal string alignment distance: insert, delete, substitute, swap neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return at(rows - 1, cols - 1);
}
