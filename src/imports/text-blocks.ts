// Activities written as blocks of text lines in one column, a blank row
// between them: a title, then lines that name what they say —
//   Kapelstraat-Noord: 27 nieuwe sociale huurwoningen
//   Wat: bouw afronden en opleveren
//   Wanneer: oplevering september 2026
// No table and no cards (those put label and value in two columns). Each
// block is one activity: its title, with what "Wat:" says under it; the other
// lines are its fields by their names. Lines outside the blocks are kept as
// notes. Pure: a grid in, read activities out.
import type { SubmissionNote } from '../domain/submissions';
import { matchHeader } from './columns';
import type { Grid } from './grid';
import { columnLetter, problem, quote } from './problems';
import { readRoles } from './roles';
import type { ColumnMapping, ImportProblem, ReadActivity, ReadField } from './types';

/** "Wat: …", "Wanneer: …", "Samen met: …": a short name, a colon, what it says. */
const NAMED_LINE = /^([\p{L}][\p{L} /.'-]{0,24}?)\s*:\s+(\S.*)$/su;
/** What a block says where its work should be, when nothing is planned yet. */
const PLACEHOLDER = /^(nog (in te vullen|invullen|aanvullen)|volgt|n\.?\s?t\.?\s?b\.?|n\.?\s?n\.?\s?b\.?|\?+)(\s*\(.*\))?\.?$/i;
const MIN_BLOCKS = 3;

interface Block {
  rows: number[];
}

export interface TextBlocks {
  column: number;
  blocks: Block[];
}

export interface ReadBlocks {
  activities: ReadActivity[];
  notes: SubmissionNote[];
  columns: ColumnMapping[];
  rowsRead: number;
  problems: ImportProblem[];
}

/** The column's runs of filled rows, a blank row (or a row with text elsewhere) between them. */
function runsOf(grid: Grid, column: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let last = -1;
  for (const r of grid.rowNumbers) {
    const cells = grid.rows.get(r);
    const text = cells?.get(column)?.text.trim() ?? '';
    const elsewhere = [...(cells ?? new Map()).entries()].some(([c, cell]) => c !== column && cell.text.trim() !== '');
    if (text === '' || elsewhere || r !== last + 1) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (text !== '' && !elsewhere) run.push(r);
    last = r;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The column of a sheet written in blocks, or null: at least three runs of
 * lines whose lines after the first all name what they say, with a name that
 * comes back in at least three of them, and a title above them that does not
 * open with such a name.
 */
export function textBlocksLayout(grid: Grid): TextBlocks | null {
  const columns = new Set<number>();
  for (const cells of grid.rows.values()) for (const [c, cell] of cells) if (cell.text !== '') columns.add(c);
  let best: TextBlocks | null = null;
  for (const column of columns) {
    const textAt = (r: number): string => grid.rows.get(r)?.get(column)?.text.trim() ?? '';
    const runs = runsOf(grid, column).filter((rows) => rows.length >= 2 && rows.slice(1).every((r) => NAMED_LINE.test(textAt(r))));
    const names = new Map<string, number>();
    for (const rows of runs) for (const name of new Set(rows.slice(1).map((r) => nameOf(textAt(r))))) names.set(name, (names.get(name) ?? 0) + 1);
    const recurring = new Set([...names].filter(([, n]) => n >= MIN_BLOCKS).map(([name]) => name));
    // A title may hold a colon ("Kapelstraat-Noord: 27 woningen"), but not open with a name the lines use.
    const blocks = runs.filter((rows) => !recurring.has(nameOf(textAt(rows[0] as number))));
    if (recurring.size === 0 || blocks.length < MIN_BLOCKS) continue;
    if (!best || blocks.length > best.blocks.length) best = { column, blocks: blocks.map((rows) => ({ rows })) };
  }
  return best;
}

function nameOf(line: string): string {
  return (NAMED_LINE.exec(line)?.[1] ?? '').trim().toLowerCase();
}

/** Each block as one activity; a block that plans nothing yet is named in a warning; other lines are notes. */
export function readTextBlocks(grid: Grid, layout: TextBlocks, file: string): ReadBlocks {
  const { column } = layout;
  const letter = columnLetter(column);
  const textAt = (r: number): string => grid.rows.get(r)?.get(column)?.text.trim() ?? '';
  const activities: ReadActivity[] = [];
  const problems: ImportProblem[] = [];
  const inBlock = new Set(layout.blocks.flatMap((b) => b.rows));
  const fields = new Map<string, ReadField | null>();
  for (const block of layout.blocks) {
    const [first, ...rest] = block.rows as [number, ...number[]];
    const act: ReadActivity = { sheet: grid.name, rowNumber: first, activity: textAt(first), extra: {}, fieldColumns: { activity: letter }, lastRowNumber: rest[rest.length - 1] ?? first };
    const fieldRows: Partial<Record<ReadField, number>> = {};
    let placeholder: string | undefined;
    for (const r of rest) {
      const [, name = '', value = ''] = NAMED_LINE.exec(textAt(r)) ?? [];
      const field = matchHeader(name)?.field ?? null;
      fields.set(name.trim(), field);
      if (field === 'activity') {
        if (PLACEHOLDER.test(value.trim())) placeholder = `${name.trim()}: ${value.trim()}`;
        else act.activity = `${act.activity}\n${value.trim()}`;
      } else if (field === 'role') {
        act.role ??= readRoles(value);
      } else if (field !== null && field !== 'budget' && (act as unknown as Record<string, unknown>)[field] === undefined) {
        (act as unknown as Record<string, string>)[field] = value.trim();
        fieldRows[field] = r;
        (act.fieldColumns as Partial<Record<ReadField, string>>)[field] = letter;
      } else {
        act.extra[name.trim()] = value.trim();
      }
    }
    if (placeholder !== undefined) {
      problems.push(
        problem('warning', 'no-activity-text', { file, sheet: grid.name, row: first, column: letter }, `het blok ${quote(act.activity, 60)} zegt nog niet wat er gebeurt (${quote(placeholder, 60)}); het is niet als activiteit gelezen.`),
      );
      continue;
    }
    if (Object.keys(fieldRows).length > 0) act.fieldRows = fieldRows;
    activities.push(act);
  }
  // Lines outside the blocks (the introduction, a contact line, a version): notes, so nothing is lost.
  const notes: SubmissionNote[] = [];
  const firstBlock = layout.blocks[0]?.rows[0] ?? 0;
  for (const r of grid.rowNumbers) {
    if (inBlock.has(r) || r < firstBlock) continue;
    const texts = [...(grid.rows.get(r)?.values() ?? [])].map((c) => c.text.trim()).filter((t) => t !== '');
    if (texts.length > 0) notes.push({ sheet: grid.name, row: r, text: texts.join(' ') });
  }
  const columns: ColumnMapping[] = [{ header: 'titel van het blok', column: letter, field: 'activity' }, ...[...fields].map(([header, field]) => ({ header, column: letter, field }))];
  return { activities, notes, columns, rowsRead: grid.rowNumbers.filter((r) => r >= firstBlock).length, problems };
}
