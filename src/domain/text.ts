// Text helpers shared by search and matching. Pure.

/** Lower case, without diacritics, whitespace collapsed: "Geïsoleerde  Woningen" → "geisoleerde woningen". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search terms of a query: every word must occur somewhere. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
