// A list of items with details under them, typed in one column:
//   – Wijkschouw Horssen en Altforst organiseren
//      · looproute met De Kernen afstemmen
//      · uitnodiging in De Pit
// The detail lines are part of the item above, not activities of their own.
// They open with another mark than the list's own (the letters "a.", "b.", …
// count as one mark), or with the same mark set further in. Pure.

/** A list mark opening a line, with the spaces before it; a letter ("a.", "b)") is a mark too. */
const ITEM_MARK = /^(\s*)([-–—•*·▪◦○o]|[a-z][.)])\s+(?=\S)/;

/** The mark of lettered items, whichever letter. */
const LETTER = 'a.';

interface Mark {
  mark: string;
  indent: number;
}

function markOf(text: string): Mark | null {
  const m = ITEM_MARK.exec(text);
  if (!m) return null;
  // "-" and "–" are typed for one another; a dash is a dash.
  const written = m[2] as string;
  const mark = /^[-–—]$/.test(written) ? '-' : /^[a-z][.)]$/.test(written) ? LETTER : written;
  return { mark, indent: (m[1] as string).length };
}

/** Marks kept for the lines under an item. */
const SUB_MARKS: ReadonlySet<string> = new Set(['·', '◦', '○', 'o', '▪']);

/** Fewest lines the list's own mark opens before its other lines count as details. */
const MIN_ITEMS = 3;

/**
 * Tells, line by line from the top, whether a text is a detail of the item
 * above it. The list's own mark is the one that opens most lines (at least
 * three); a detail opens with another mark, or with the same mark further
 * in, and stands right under an item or another detail.
 */
export function subItemReader(texts: readonly string[]): (text: string, underItem: boolean) => { item: boolean; detail: boolean } {
  const counts = new Map<string, number>();
  const indents = new Map<string, number>();
  for (const t of texts) {
    const m = markOf(t);
    if (!m) continue;
    counts.set(m.mark, (counts.get(m.mark) ?? 0) + 1);
    indents.set(m.mark, Math.min(indents.get(m.mark) ?? Number.POSITIVE_INFINITY, m.indent));
  }
  const [own, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const ownIndent = indents.get(own) ?? 0;
  return (text, underItem) => {
    const m = n >= MIN_ITEMS ? markOf(text) : null;
    if (!m) return { item: false, detail: false };
    const isOwn = m.mark === own && m.indent <= ownIndent;
    // Another mark counts as a detail set in, as one of the small marks kept for details ("·", "◦", "o"), or
    // under lettered items ("c. Twee woningen splitsen" – "– de gemeente kijkt mee"), as a memo has it.
    const looksSub = m.indent > ownIndent || (m.mark !== own && (SUB_MARKS.has(m.mark) || own === LETTER));
    return { item: isOwn, detail: !isOwn && looksSub && underItem };
  };
}
