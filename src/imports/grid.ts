// A worksheet as a light grid of cell texts with its merges, read once from
// exceljs so the table finder never touches exceljs again. Only rows and cells
// that exist are visited, so a stray cell in row 1 048 576 costs nothing.
import { ValueType, type Cell, type CellValue, type Fill, type Worksheet } from 'exceljs';
import { cellText } from './cell-text';

export interface GridCell {
  /** Own text; empty for a cell inside a merge that is not its top-left. */
  text: string;
  /** For a cell inside a merge: where the merge's top-left (its value) is. */
  masterRow?: number;
  masterCol?: number;
  /** For a merge's top-left: how far the merge reaches. */
  lastRow?: number;
  lastCol?: number;
  formula?: string;
  formulaWithoutValue?: string;
  error?: string;
  /** The number itself when the cell (or its formula's cached result) is a number; the text is as the cell shows it. */
  number?: number;
  /** The number is shown as a percentage (0.95 shown as "95%"). */
  percent?: boolean;
  /** Written in bold: with nothing else on its row, a heading inside the table ("Wonen", "Leefbaarheid"). */
  bold?: boolean;
  /** Struck through: the partner crossed it out. */
  struck?: boolean;
  /** A solid fill, named as a Dutch reader names it ("grijs", "groen", "rood"): a status shown by colour only. */
  fill?: string;
  /** How far the text is set in: spaces typed before it, else the cell's indent (a planning tool sets its subtasks in so). */
  indent?: number;
  /** The cell is a hyperlink: its text names a document or a page elsewhere. */
  link?: boolean;
}

export interface Grid {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Existing rows in order, each with its cells by column. */
  rows: Map<number, Map<number, GridCell>>;
  rowNumbers: number[];
  /**
   * Rows the partner hid (last year's lines kept out of sight). Not the rows of a group folded away with Excel's
   * outline ("Bestaand bezit" collapsed): those are folded, not put aside.
   */
  hiddenRows?: ReadonlySet<number>;
}

/** A cell that says its comment holds what it means: "zie opm.", "zie opmerking", "zie notitie". */
const POINTS_TO_COMMENT = /^zie\s+(opm\.?|opmerking|notitie|comment|toelichting)\s*\.?$/i;

/** A cell comment's text, as exceljs gives it: a text, or runs of rich text. */
function commentText(note: Cell['note']): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note.trim();
  return (note.texts ?? []).map((t) => t.text).join('').trim();
}

export function readGrid(sheet: Worksheet): Grid {
  const rows = new Map<number, Map<number, GridCell>>();
  const rowNumbers: number[] = [];
  const hiddenRows = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden && !((row.outlineLevel ?? 0) > 0)) hiddenRows.add(r);
    const cells = new Map<number, GridCell>();
    // Empty cells count only for their colour, and only on a row with text.
    const coloured = new Map<number, GridCell>();
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.type === ValueType.Null) {
        const fill = fillName(cell.fill);
        if (fill !== undefined) coloured.set(c, { text: '', fill });
        return;
      }
      const master = cell.isMerged ? cell.master : cell;
      if (master.address !== cell.address) {
        const mr = Number(master.row);
        const mc = Number(master.col);
        cells.set(c, { text: '', masterRow: mr, masterCol: mc });
        const top = mr === r ? cells.get(mc) : rows.get(mr)?.get(mc);
        if (top) {
          top.lastRow = Math.max(top.lastRow ?? mr, r);
          top.lastCol = Math.max(top.lastCol ?? mc, c);
        }
        return;
      }
      const read = cellText(cell.value, cell.numFmt);
      // "zie opm." points to the cell's own comment: what the comment says stands in the cell.
      const comment = POINTS_TO_COMMENT.test(read.text) ? commentText(cell.note) : '';
      const gridCell: GridCell = { text: comment !== '' ? `${read.text}: ${comment}` : read.text };
      if (read.formula !== undefined) gridCell.formula = read.formula;
      if (read.formulaWithoutValue !== undefined) gridCell.formulaWithoutValue = read.formulaWithoutValue;
      if (read.error !== undefined) gridCell.error = read.error;
      const number = numberOf(cell.value);
      if (number !== undefined) {
        gridCell.number = number;
        if (isPercentFormat(cell.numFmt)) gridCell.percent = true;
      }
      if (cell.font?.bold === true && read.text !== '') gridCell.bold = true;
      if (cell.font?.strike === true && read.text !== '') gridCell.struck = true;
      const fill = fillName(cell.fill);
      if (fill !== undefined) gridCell.fill = fill;
      if (typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value) gridCell.link = true;
      const indent = indentOf(cell);
      if (indent > 0 && read.text !== '') gridCell.indent = indent;
      cells.set(c, gridCell);
    });
    if (cells.size > 0) for (const [c, cell] of coloured) cells.set(c, cell);
    if (cells.size > 0) {
      rows.set(r, cells);
      rowNumbers.push(r);
    }
  });
  const state = sheet.state === 'hidden' || sheet.state === 'veryHidden' ? sheet.state : 'visible';
  return { name: sheet.name, state, rows, rowNumbers, ...(hiddenRows.size > 0 ? { hiddenRows } : {}) };
}

/**
 * A solid fill's colour by name: the hue of its RGB (a theme colour has none to read), grey for a colour
 * without hue, nothing for white or near-white (the fill of every plain sheet).
 */
export function fillName(fill: Fill | undefined): string | undefined {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  if (argb === undefined || !/^([0-9a-f]{2})?[0-9a-f]{6}$/i.test(argb)) return undefined;
  const hex = argb.slice(-6);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  if (light > 0.94) return undefined;
  const saturation = max === min ? 0 : (max - min) / (1 - Math.abs(2 * light - 1));
  if (saturation < 0.15) return light < 0.2 ? 'zwart' : 'grijs';
  const hue = max === r ? (60 * ((g - b) / (max - min)) + 360) % 360 : max === g ? 60 * ((b - r) / (max - min)) + 120 : 60 * ((r - g) / (max - min)) + 240;
  if (hue < 15 || hue >= 330) return 'rood';
  if (hue < 40) return 'oranje';
  if (hue < 70) return 'geel';
  if (hue < 170) return 'groen';
  if (hue < 260) return 'blauw';
  return 'paars';
}

function numberOf(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value !== null && typeof value === 'object' && 'result' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'number' && Number.isFinite(result) ? result : undefined;
  }
  return undefined;
}

/** A "%" outside quoted text and brackets: 0%, 0.0%, [Red]0%. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%');
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows.get(row)?.get(col);
}

/** Whether any cell of the sheet has text. */
export function hasText(grid: Grid): boolean {
  for (const cells of grid.rows.values()) {
    for (const cell of cells.values()) if (cell.text !== '') return true;
  }
  return false;
}

/** Spaces typed before a text ("   Afbouw fase 2"), else the cell's own indent; 0 where it is not set in. */
function indentOf(cell: Cell): number {
  const value = cell.value;
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'richText' in value ? value.richText.map((run) => run.text).join('') : '';
  const spaces = /^[ \u00a0]*/.exec(raw)?.[0].length ?? 0;
  return spaces > 0 ? spaces : (cell.alignment?.indent ?? 0);
}
