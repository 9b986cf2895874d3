// The rows of a long table that are in the DOM: those in view, the pinned
// ones, and gaps of the right height for the rest.
import { describe, expect, it } from 'vitest';
import { sameParts, windowParts, type WindowPart } from '../../renderer/src/row-window';

const rowsOf = (parts: WindowPart[]) => parts.flatMap((p) => (p.kind === 'rows' ? Array.from({ length: p.end - p.start }, (_, i) => p.start + i) : []));
const total = (parts: WindowPart[], heights: number[]) =>
  parts.reduce((sum, p) => sum + (p.kind === 'gap' ? p.height : heights.slice(p.start, p.end).reduce((a, b) => a + b, 0)), 0);

describe('windowParts', () => {
  const heights = Array.from({ length: 100 }, () => 50);

  it('renders the rows that cover the pixels asked, and gaps for the rest', () => {
    const parts = windowParts(heights, 1_000, 1_500);
    expect(parts).toEqual([
      { kind: 'gap', start: 0, end: 20, height: 1_000 },
      { kind: 'rows', start: 20, end: 30 },
      { kind: 'gap', start: 30, end: 100, height: 3_500 },
    ]);
    expect(total(parts, heights)).toBe(5_000);
  });

  it('renders nothing but one gap for a table wholly out of view, above or below', () => {
    expect(windowParts(heights, -900, -100)).toEqual([{ kind: 'gap', start: 0, end: 100, height: 5_000 }]);
    expect(windowParts(heights, 6_000, 7_000)).toEqual([{ kind: 'gap', start: 0, end: 100, height: 5_000 }]);
  });

  it('renders every row when all are in view, and nothing for no rows', () => {
    expect(windowParts(heights, -100, 9_000)).toEqual([{ kind: 'rows', start: 0, end: 100 }]);
    expect(windowParts([], 0, 800)).toEqual([]);
  });

  it('keeps pinned rows (focus, an open form) where they are, between gaps', () => {
    const parts = windowParts(heights, 1_000, 1_100, [3, 21, 99]);
    expect(rowsOf(parts)).toEqual([3, 20, 21, 99]);
    expect(parts[0]).toEqual({ kind: 'gap', start: 0, end: 3, height: 150 });
    expect(total(parts, heights)).toBe(5_000);
  });

  it('follows rows of different heights', () => {
    const mixed = [100, 20, 20, 300, 20];
    expect(rowsOf(windowParts(mixed, 130, 200))).toEqual([2, 3]);
    expect(total(windowParts(mixed, 130, 200), mixed)).toBe(460);
  });

  it('tells when nothing changed, so a scroll within a row renders nothing again', () => {
    expect(sameParts(windowParts(heights, 1_000, 1_500), windowParts(heights, 1_005, 1_495))).toBe(true);
    expect(sameParts(windowParts(heights, 1_000, 1_500), windowParts(heights, 1_060, 1_560))).toBe(false);
  });
});
