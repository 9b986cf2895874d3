// A table body that puts only the rows near the viewport in the DOM, for
// tables of thousands of rows: the rest stand in as one gap row each side, as
// high as the rows they replace (measured once seen, estimated before), so
// the scroll bar, the scroll position and the page's length stay true.
// The row with the keyboard focus and the rows asked for (an open form, a row
// to bring into view) stay rendered wherever they are; the rows just beyond
// the viewport are there too, so Tab reaches the next row, which the browser
// then scrolls into view and the window follows.
import { useLayoutEffect, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { sameParts, windowParts, type WindowPart } from '../row-window';

/** Rendered beyond each edge of the viewport. */
const OVERSCAN_PX = 900;
/**
 * A row's height until it is measured. Fixed on purpose: an estimate that learned from the rows
 * seen would change the height of every gap at once, and move what is on screen by hundreds of pixels.
 */
const estimate = 90;
/** Window recomputations in one frame before the next ones wait for the following frame. */
const MAX_SYNC_ROUNDS = 8;

/** The key of the row an element is in: its own row, or for a row that belongs to one (an open form), that one's. */
function rowKeyOf(target: EventTarget | null): string | null {
  const row = target instanceof Element ? target.closest('tr') : null;
  if (!row) return null;
  const own = row.getAttribute('data-row-key');
  if (own !== null) return own;
  const previous = row.previousElementSibling;
  return previous?.getAttribute('data-row-key') ?? null;
}

export function WindowedBody({
  keys,
  pinned,
  windowed,
  columns,
  renderRow,
}: {
  /** One per row, in order; each row renderRow gives carries it as data-row-key on its first tr. */
  keys: readonly string[];
  /** Keys of rows to keep rendered wherever they are. */
  pinned: readonly string[];
  /** False: every row is rendered (a short table, where the window saves nothing). */
  windowed: boolean;
  columns: number;
  renderRow: (index: number) => ReactNode;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const heights = useRef(new Map<string, number>());
  const [focused, setFocused] = useState<string | null>(null);
  const all = useMemo<WindowPart[]>(() => (keys.length > 0 ? [{ kind: 'rows', start: 0, end: keys.length }] : []), [keys.length]);
  const [parts, setParts] = useState<WindowPart[]>([]);

  const burst = useRef({ count: 0, frame: 0 });
  const recompute = useRef(() => {});
  recompute.current = () => {
    const el = body.current;
    if (!el || !windowed) return;
    const top = el.getBoundingClientRect().top;
    const sizes = keys.map((k) => heights.current.get(k) ?? estimate);
    const keep = [...pinned, ...(focused !== null ? [focused] : [])].map((k) => keys.indexOf(k)).filter((i) => i >= 0);
    const next = windowParts(sizes, -top - OVERSCAN_PX, window.innerHeight - top + OVERSCAN_PX, keep);
    setParts((previous) => (sameParts(previous, next) ? previous : next));
  };

  // After every render: measure the rows now in the DOM, then cover the viewport afresh.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || !windowed) return;
    for (const row of el.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row-key]')) {
      const key = row.getAttribute('data-row-key') as string;
      let height = row.getBoundingClientRect().height;
      const next = row.nextElementSibling;
      // A row with its open form (the next tr, without a key of its own) counts as one.
      if (next && !next.hasAttribute('data-row-key') && !next.classList.contains('row-gap')) height += next.getBoundingClientRect().height;
      heights.current.set(key, height);
    }
    // Measured heights can move the window, which renders other rows to measure: a few rounds settle
    // it before the paint; should it keep changing, the next rounds wait a frame each, so that an
    // unsettled window never becomes an endless chain of renders (which React stops by throwing).
    const b = burst.current;
    if (b.frame === 0) {
      b.frame = requestAnimationFrame(() => {
        const unsettled = b.count > MAX_SYNC_ROUNDS;
        b.frame = 0;
        b.count = 0;
        if (unsettled) recompute.current();
      });
    }
    if (++b.count <= MAX_SYNC_ROUNDS) recompute.current();
  });

  useEffect(() => {
    const b = burst.current;
    return () => cancelAnimationFrame(b.frame);
  }, []);

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const onScroll = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          recompute.current();
        });
      }
    };
    // Capturing: the page scrolls inside the app's main area, not the window.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    };
  }, [windowed]);

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => setFocused(rowKeyOf(e.target));
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocused(null);
  };

  // Parts made for another list of rows (the filters changed): one gap until the layout effect, before
  // the browser paints, puts the rows in view; never the first rows of every table at once.
  const current = parts.length > 0 && parts[parts.length - 1]?.end === keys.length;
  const shown: WindowPart[] = !windowed ? all : current || keys.length === 0 ? parts : [{ kind: 'gap', start: 0, end: keys.length, height: keys.length * estimate }];
  return (
    <tbody ref={body} onFocus={windowed ? onFocus : undefined} onBlur={windowed ? onBlur : undefined}>
      {shown.flatMap<ReactNode>((part) =>
        part.kind === 'gap'
          ? [
              <tr key={`gap-${part.start}`} className="row-gap" aria-hidden="true">
                <td colSpan={columns} style={{ height: `${part.height}px` }} />
              </tr>,
            ]
          : Array.from({ length: part.end - part.start }, (_, i) => renderRow(part.start + i)),
      )}
    </tbody>
  );
}
