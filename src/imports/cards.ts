// Activity cards: no table with one activity per row, but a block of rows per
// activity, a label in one column and its value beside it
// ("Omschrijving | Bouw van 27 woningen", "Wie doet mee | gemeente", …), the
// same labels again for the next activity. Pure: a grid in, read activities out.
import type { SubmissionNote } from '../domain/submissions';
import { matchHeader } from './columns';
import type { Grid, GridCell } from './grid';
import { columnLetter, problem, quote } from './problems';
import { budgetFromCell } from './table';
import { readRoles } from './roles';
import type { ColumnMapping, ImportProblem, ReadActivity, ReadField } from './types';

/** Where the cards of a sheet are: the column of their labels, the column of their values, the label that opens a card. */
export interface CardLayout {
  labelColumn: number;
  valueColumn: number;
  /** Label text (normal form) → the field it names, or null when the app does not know it (kept as extra). */
  labels: Map<string, ReadField | null>;
  /** The label every card opens with. */
  firstLabel: string;
  /** Rows on which a card opens, top to bottom. */
  starts: number[];
}

export interface ReadCards {
  activities: ReadActivity[];
  notes: SubmissionNote[];
  columns: ColumnMapping[];
  rowsRead: number;
  problems: ImportProblem[];
}

const MIN_CARDS = 2;
const MAX_LABEL_LENGTH = 40;

function labelKey(text: string): string {
  return text.trim().replace(/\s*:$/, '').toLowerCase();
}

/**
 * The cards of a sheet, or null when it holds none: a column in which at
 * least three short texts come back as often as there are cards (twice or
 * more), one of them naming the activity ("Omschrijving", "Activiteit"), and
 * beside it a column with the values. A table never repeats its headings down
 * a column, but a column of each row's kind may look so ("Soort": "project",
 * "overleg", "besluit"): where a table names its activity in another column
 * above them, the reader takes the table (read-workbook.ts, kindsInTable).
 */
export function cardLayout(grid: Grid): CardLayout | null {
  const counts = new Map<number, Map<string, number>>();
  const filled = new Map<number, number>();
  for (const r of grid.rowNumbers) {
    for (const [c, cell] of grid.rows.get(r) ?? []) {
      if (cell.text === '' || cell.number !== undefined) continue;
      filled.set(c, (filled.get(c) ?? 0) + 1);
      if (cell.text.length > MAX_LABEL_LENGTH) continue;
      const perColumn = counts.get(c) ?? new Map<string, number>();
      perColumn.set(labelKey(cell.text), (perColumn.get(labelKey(cell.text)) ?? 0) + 1);
      counts.set(c, perColumn);
    }
  }
  let best: CardLayout | null = null;
  for (const [column, perColumn] of counts) {
    const repeated = [...perColumn].filter(([, n]) => n >= MIN_CARDS);
    if (repeated.length < 3) continue;
    const labels = new Map<string, ReadField | null>(repeated.map(([text]) => [text, matchHeader(text)?.field ?? null]));
    const activityLabels = [...labels].filter(([, field]) => field === 'activity').map(([text]) => text);
    if (activityLabels.length !== 1) continue;
    const repeatedCells = repeated.reduce((sum, [, n]) => sum + n, 0);
    // Nearly every text in the column is a label: not a table column that happens to repeat a few words.
    if (repeatedCells < 0.8 * (filled.get(column) ?? 0)) continue;
    const labelRows = grid.rowNumbers.filter((r) => labels.has(labelKey(grid.rows.get(r)?.get(column)?.text ?? '')));
    const firstLabel = labelKey(grid.rows.get(labelRows[0] as number)?.get(column)?.text ?? '');
    const starts = labelRows.filter((r) => labelKey(grid.rows.get(r)?.get(column)?.text ?? '') === firstLabel);
    if (starts.length < MIN_CARDS) continue;
    if (!labelsOncePerCard(grid, column, labelRows, starts)) continue;
    const valueColumn = valueColumnOf(grid, column, labelRows);
    if (valueColumn === undefined) continue;
    if (!best || starts.length > best.starts.length) best = { labelColumn: column, valueColumn, labels, firstLabel, starts };
  }
  return best;
}

/** A label as a form writes it: a few words and a colon ("Activiteit:", "Hoort bij afspraak:", "Wat vragen we van anderen:"). */
const FORM_LABEL = /^[^:]{2,40}:$/;

/**
 * One form on a sheet (a workbook of forms, a sheet per activity): a column of at least three labels with a
 * colon, one of them naming the activity ("Activiteit:", "Wat gaan we doen?" counts as well), the values
 * beside them. Its card opens at the first label. Null when the sheet holds no such form.
 */
export function formLayout(grid: Grid): CardLayout | null {
  const byColumn = new Map<number, number[]>();
  for (const r of grid.rowNumbers) {
    for (const [c, cell] of grid.rows.get(r) ?? []) {
      const text = cell.text.trim();
      // A label has its colon, or is the form's question for the activity ("Wat gaan we doen?"); a title is neither.
      const asked = /\?$/.test(text) && matchHeader(text)?.field === 'activity';
      if (text === '' || text.length > MAX_LABEL_LENGTH || !(FORM_LABEL.test(text) || asked)) continue;
      byColumn.set(c, [...(byColumn.get(c) ?? []), r]);
    }
  }
  for (const [column, labelRows] of byColumn) {
    if (labelRows.length < 3) continue;
    const labels = new Map<string, ReadField | null>();
    let activityLabel: string | undefined;
    for (const r of labelRows) {
      const key = labelKey(grid.rows.get(r)?.get(column)?.text ?? '');
      const field = matchHeader(key)?.field ?? null;
      // The first label naming the activity is it; another ("Omschrijving:" under "Project:") is kept beside it.
      if (field === 'activity' && activityLabel === undefined) activityLabel = key;
      labels.set(key, field === 'activity' && key !== activityLabel ? null : field);
    }
    if (activityLabel === undefined) continue;
    const valueColumn = valueColumnOf(grid, column, labelRows);
    if (valueColumn === undefined) continue;
    const firstLabel = labelKey(grid.rows.get(labelRows[0] as number)?.get(column)?.text ?? '');
    return { labelColumn: column, valueColumn, labels, firstLabel, starts: [labelRows[0] as number] };
  }
  return null;
}

/**
 * A card names each of its fields once: "gepland" twice between two
 * "in uitvoering" is a table's phase column repeating its values, not cards.
 * At most a quarter of the cards may repeat a label (a typed-twice line).
 */
function labelsOncePerCard(grid: Grid, column: number, labelRows: number[], starts: number[]): boolean {
  let repeating = 0;
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? Number.POSITIVE_INFINITY;
    const seen = new Set<string>();
    let repeats = false;
    for (const r of labelRows) {
      if (r < start || r >= end) continue;
      const key = labelKey(grid.rows.get(r)?.get(column)?.text ?? '');
      if (seen.has(key)) repeats = true;
      seen.add(key);
    }
    if (repeats) repeating += 1;
  });
  return repeating <= starts.length / 4;
}

/** The column right of the labels that holds most values on the label rows. */
function valueColumnOf(grid: Grid, labelColumn: number, labelRows: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of labelRows) {
    for (const [c, cell] of grid.rows.get(r) ?? []) if (c > labelColumn && cell.text !== '') counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [column, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [undefined, 0];
  return n >= labelRows.length / 3 ? column : undefined;
}

/**
 * Reads each card into one activity. A card without a value for its activity
 * label is no activity (a warning names it); a line outside the cards, such as
 * a closing line, is kept as a note; a label the app does not know is kept
 * under its own name.
 */
export function readCards(grid: Grid, layout: CardLayout, file: string): ReadCards {
  const { labelColumn, valueColumn, labels, starts } = layout;
  const activities: ReadActivity[] = [];
  const notes: SubmissionNote[] = [];
  const problems: ImportProblem[] = [];
  const at = (row: number, column: number): { file: string; sheet: string; row: number; column: string } => ({
    file,
    sheet: grid.name,
    row,
    column: columnLetter(column),
  });
  const firstStart = starts[0] as number;
  const lastLabelRow = Math.max(...grid.rowNumbers.filter((r) => labels.has(labelKey(grid.rows.get(r)?.get(labelColumn)?.text ?? ''))));
  starts.forEach((start, index) => {
    const end = (starts[index + 1] ?? lastLabelRow + 1) - 1;
    const act: ReadActivity = { sheet: grid.name, rowNumber: start, activity: '', extra: {} };
    const fieldColumns: Partial<Record<ReadField, string>> = {};
    const fieldRows: Partial<Record<ReadField, number>> = {};
    let last = start;
    let lastField: ReadField | null = null;
    for (const r of grid.rowNumbers) {
      if (r < start || r > end) continue;
      const cells = grid.rows.get(r) ?? new Map<number, GridCell>();
      const label = cells.get(labelColumn)?.text ?? '';
      const key = labelKey(label);
      const value = (cells.get(valueColumn)?.text ?? '').trim();
      // Left of the labels: the card's own name ("Activiteit 3"), merged down the card.
      for (const [c, cell] of cells) if (c < labelColumn && cell.text !== '') act.rowLabel ??= cell.text.trim();
      // A value going on in the row under its label, the label's cell empty: the rest of the activity's text.
      if (label === '' && value !== '' && r === last + 1 && lastField === 'activity') {
        act.activity = `${act.activity} ${value}`;
        last = r;
        continue;
      }
      if (!labels.has(key)) {
        const loose = [...cells].filter(([c, cell]) => c >= labelColumn && cell.text !== '').map(([, cell]) => cell.text);
        if (loose.length > 0) notes.push({ sheet: grid.name, row: r, text: loose.join(' ') });
        continue;
      }
      last = r;
      const field = labels.get(key) ?? null;
      lastField = field;
      if (value === '') continue;
      if (field === null || (field !== 'activity' && act[field as keyof ReadActivity] !== undefined)) {
        act.extra[label.trim().replace(/\s*:$/, '')] = value;
        continue;
      }
      if (!setField(act, field, value, cells.get(valueColumn), problems, at(r, valueColumn), label)) continue;
      fieldColumns[field] ??= columnLetter(valueColumn);
      if (r !== start) fieldRows[field] ??= r;
    }
    if (last > start) act.lastRowNumber = last;
    if (act.activity === '') {
      const named = act.rowLabel === undefined ? 'deze kaart' : `kaart ${quote(act.rowLabel)}`;
      problems.push(
        problem('warning', 'no-activity-text', at(start, valueColumn), `${named} heeft geen omschrijving in kolom ${columnLetter(valueColumn)}; de kaart is niet als activiteit gelezen.`),
      );
      return;
    }
    act.fieldColumns = fieldColumns;
    if (Object.keys(fieldRows).length > 0) act.fieldRows = fieldRows;
    activities.push(act);
  });
  // Lines below the last card (a closing line, a signature): notes, so nothing is lost.
  for (const r of grid.rowNumbers) {
    if (r <= lastLabelRow) continue;
    const texts = [...(grid.rows.get(r) ?? new Map<number, GridCell>()).values()].map((c) => c.text).filter((t) => t !== '');
    if (texts.length > 0) notes.push({ sheet: grid.name, row: r, text: texts.join(' ') });
  }
  notes.sort((a, b) => a.row - b.row);
  const columns: ColumnMapping[] = [...labels].map(([text, field]) => ({ header: text, column: columnLetter(valueColumn), field }));
  const rowsRead = grid.rowNumbers.filter((r) => r >= firstStart).length;
  return { activities, notes, columns, rowsRead, problems };
}

/** One card field into the activity; false when it stayed an extra field (a budget that is no amount). */
function setField(
  act: ReadActivity,
  field: ReadField,
  value: string,
  cell: GridCell | undefined,
  problems: ImportProblem[],
  place: { file: string; sheet: string; row: number; column: string },
  label: string,
): boolean {
  if (field === 'activity') {
    act.activity = act.activity === '' ? value : `${act.activity}\n${value}`;
    return true;
  }
  if (field === 'role') {
    act.role = readRoles(value);
    return true;
  }
  if (field === 'budget') return budgetFromCell(act, cell, value, label.trim().replace(/\s*:$/, ''), place, problems);
  (act as unknown as Record<string, string>)[field] = value;
  return true;
}
