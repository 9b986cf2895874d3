// Which rows of a long table are in the DOM: those near the viewport, and the
// few that must stay (the one with the keyboard focus, the one being edited),
// with the rest stood in for by gaps of their (measured or estimated) height,
// so the scroll bar and the scroll position stay true. Pure, so it is tested
// without a browser; the hook that measures and listens is in WindowedRows.

/** Rows start..end (end excluded), rendered or stood in for by one gap of their height. */
export type WindowPart = { kind: 'rows'; start: number; end: number } | { kind: 'gap'; start: number; end: number; height: number };

/**
 * The parts of a table of rows with these heights, when the pixels from..to
 * (measured from the table body's top) are to be covered. Pinned rows are
 * rendered wherever they are. Parts come in order and together cover every row once.
 */
export function windowParts(heights: readonly number[], from: number, to: number, pinned: readonly number[] = []): WindowPart[] {
  const n = heights.length;
  let start = n;
  let end = n;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const bottom = top + (heights[i] ?? 0);
    if (start === n && bottom > from) start = i;
    if (top >= to) {
      end = i;
      break;
    }
    top = bottom;
  }
  if (start > end) start = end;
  const shown = new Set<number>();
  for (let i = start; i < end; i++) shown.add(i);
  for (const p of pinned) if (p >= 0 && p < n) shown.add(p);
  const indices = [...shown].sort((a, b) => a - b);

  const parts: WindowPart[] = [];
  const gap = (a: number, b: number) => {
    let height = 0;
    for (let i = a; i < b; i++) height += heights[i] ?? 0;
    if (b > a) parts.push({ kind: 'gap', start: a, end: b, height });
  };
  let at = 0;
  for (let k = 0; k < indices.length; ) {
    const first = indices[k] as number;
    let last = first;
    while (k + 1 < indices.length && indices[k + 1] === last + 1) last = indices[++k] as number;
    k++;
    gap(at, first);
    parts.push({ kind: 'rows', start: first, end: last + 1 });
    at = last + 1;
  }
  gap(at, n);
  return parts;
}

/** Two lists of parts the same: no new render needed. */
export function sameParts(a: readonly WindowPart[], b: readonly WindowPart[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i] as WindowPart;
    if (q.kind !== p.kind || q.start !== p.start || q.end !== p.end) return false;
    return p.kind === 'rows' || (q.kind === 'gap' && Math.abs(q.height - p.height) < 1);
  });
}
