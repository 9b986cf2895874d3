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
