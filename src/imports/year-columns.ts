// A multi-year plan gives each project a row and each year a column
// ("Steenfabriek fase 2" | 2026 "start bouw" | 2027 "bouw loopt; oplevering
// eerste 20 app." | 2028 "restoplevering"). Of such a plan, the planning
// year's column says what happens that year: that is the activity, under the
// project's name; a cell merged over several years counts for each. "idem" and
// "doorlopend" carry the year before on; a row with nothing under the planning
// year ("–", empty), or with the work ending there ("vervalt in 2028",
// "afgerond"), is no activity of it and is kept as a note, with a warning
// naming the row. A row with nothing under any year is read as written. Pure.
import { withRowsAsNotes } from './kept-as-notes';
import { normalizeHeader } from '../domain/text';
import type { Grid } from './grid';
import { activityPlace, columnNumber, problem, quote } from './problems';
import type { ReadTable } from './table';
import type { TableColumn, TableLayout } from './table-layout';
import type { ReadActivity } from './types';
import { saysItEnds } from './status-rows';

/** A heading that is a year and nothing else: "2027", "2027 ". */
const YEAR_HEADER = /^20\d\d$/;
/** "idem", "zelfde", "ditto", "zie 2026": the same as the year before. */
const SAME = /^(idem|zelfde|hetzelfde|ditto|zie (vorig jaar|20\d\d)|,,|")\.?$/i;
/** "doorlopend", "loopt door": what ran the year before runs on. */
const GOES_ON = /^(doorlopend|doorl\.?|loopt door|continu|structureel)\.?$/i;
/** A cell that only marks the year as one the project runs in: "x", "✓". The project's name says what. */
const MARK = /^(x|✓|✔|v|ja|\*)$/i;
/** A cell saying nothing happens that year. */
const NOTHING = /^([-–—.]+|n\.?v\.?t\.?|geen|nvt)?$/i;

/**
 * The rows of a table with a column per year, read for the planning year: the activity is
 * "project: what the planning year's column says". Unchanged when the table has fewer than two
 * year columns or none for the planning year.
 */
export function yearColumnsAsActivity(read: ReadTable, planningYear: number, file: string, grid?: Grid): ReadTable {
  const years = read.columns.filter((c) => c.field === null && YEAR_HEADER.test(normalizeHeader(c.header))).sort((a, b) => Number(a.header) - Number(b.header));
  const own = years.find((c) => Number(normalizeHeader(c.header)) === planningYear);
  if (years.length < 2 || !own) return read;
  const earlier = years.filter((c) => Number(normalizeHeader(c.header)) < planningYear).reverse();
  const activities: ReadActivity[] = [];
  const empty: ReadActivity[] = [];
  /** Of the empty ones, those whose cell says the work ends ("vervalt in 2028"), with what it says. */
  const ended = new Map<ReadActivity, string>();
  for (const act of read.activities) {
    const written = (act.extra[own.header] ?? spannedText(grid, act.rowNumber, columnNumber(own.column)) ?? '').trim();
    const said = whatTheYearSays(
      written,
      planningYear,
      earlier.map((c) => ({ year: normalizeHeader(c.header), text: (act.extra[c.header] ?? '').trim() })),
    );
    // Nothing under any year, not even a dash: the columns say nothing of the row (work without an amount in a
    // budget by year, "Bouwplanning afstemmen met rioolvervanging …"); it stands as written.
    const yearCells = years.map((c) => (act.extra[c.header] ?? spannedText(grid, act.rowNumber, columnNumber(c.column)) ?? '').trim());
    if (yearCells.every((cell) => cell === '')) {
      activities.push(act);
      continue;
    }
    if (said === null) {
      empty.push(act);
      if (saysItEnds(written, planningYear)) ended.set(act, written);
      continue;
    }
    const project = act.activity.trim();
    activities.push({ ...act, activity: said === '' ? project : `${project}: ${said}`, planning: act.planning ?? String(planningYear) });
  }
  const warning = problem(
    'warning',
    'year-columns',
    { file, column: own.column },
    `de kolommen ${years.map((c) => c.header.trim()).join(', ')} zeggen per jaar wat er gebeurt; per rij is als activiteit gelezen wat onder ${planningYear} staat, achter de naam van het project.` +
      (empty.length > 0 ? ` ${empty.length === 1 ? 'Eén rij heeft' : `${empty.length} rijen hebben`} niets onder ${planningYear}; die ${empty.length === 1 ? 'is' : 'zijn'} bewaard als opmerking.` : ''),
  );
  return {
    ...read,
    activities,
    notes: withRowsAsNotes(read.notes, empty),
    problems: [
      ...read.problems.filter((p) => !(p.code === 'unknown-column' && years.some((c) => c.column === p.column))),
      warning,
      ...empty.map((a) =>
        problem(
          'warning',
          'nothing-this-year',
          activityPlace(file, a),
          `${quote(a.activity, 80)} ${ended.has(a) ? `zegt onder ${planningYear} ${quote(ended.get(a) as string, 60)}` : `heeft niets onder ${planningYear}`} (kolom ${own.column}); bewaard als opmerking bij het overzicht, niet als activiteit van ${planningYear}.`,
        ),
      ),
    ],
  };
}

/**
 * A multi-year plan whose planning year's column was read as the activity (its texts the longest), the
 * subject beside it ("Onderwerp": "Jaarvergadering" | 2026 "✓" | 2028 "april, met verkiezing …"): the year's
 * text is what happens to the subject, read as "Jaarvergadering: april, met verkiezing …", as the columns per
 * year are. Unchanged when the activity column is not the planning year's, or no other year stands beside it.
 */
export function subjectBeforeYearText<T extends Pick<ReadTable, 'activities' | 'columns'>>(read: T, planningYear: number): T {
  const activity = read.columns.find((c) => c.field === 'activity');
  // Two years side by side ("Activiteit 2027 | Activiteit 2028"): "idem, nu in Puiflijk" says last year's work goes on.
  const named = activity ? HEADING_YEAR.exec(normalizeHeader(activity.header)) : null;
  const lastYears = named && Number(named[2]) === planningYear
    ? read.columns.filter((c) => c.field === null && HEADING_YEAR.exec(normalizeHeader(c.header))?.[1] === named[1]).map((c) => c.header)
    : [];
  if (lastYears.length > 0) {
    const activities = read.activities.map((act) => {
      const before = lastYears.map((h) => act.extra[h]?.trim() ?? '').find((t) => t !== '');
      return before !== undefined && SAME_AS_BEFORE.test(act.activity.trim()) ? { ...act, activity: `${before}: ${act.activity.trim()}` } : act;
    });
    return { ...read, activities };
  }
  const otherYears = read.columns.filter((c) => c.field === null && YEAR_HEADER.test(normalizeHeader(c.header)));
  if (!activity || normalizeHeader(activity.header) !== String(planningYear) || otherYears.length === 0) return read;
  const activities = read.activities.map((act) => {
    const subject = act.topicContext?.trim() ?? '';
    if (subject === '' || normalizeHeader(act.activity).startsWith(normalizeHeader(subject))) return act;
    return { ...act, activity: `${subject}: ${act.activity.trim()}` };
  });
  return { ...read, activities };
}

/** A year's text that says it does what the year before did: "idem, nu in Puiflijk en Deest", "zelfde als 2027". */
const SAME_AS_BEFORE = /^(idem|ditto|zelfde|hetzelfde)\b/i;

/** A heading and the year it names: "Planning 2027" → "planning", 2027. */
const HEADING_YEAR = /^(.*?\S)\s+(20\d\d)$/;

/**
 * A list updated from last year's, or two years side by side, keeps last year's column beside the new one
 * ("Activiteit 2027 | Wanneer 2027 | Activiteit 2028 | Wanneer 2028", "Planning 2027 | Planning 2028"): the
 * planning year's column is the field, the other kept beside it as an extra, so a row is read by what it
 * plans for the year and a document does not print last year's work or moment as this year's.
 */
export function layoutOfTheYear<F extends string>(layout: TableLayout<F>, planningYear: number): TableLayout<F> {
  const columns = layout.columns.map((c) => ({ ...c }));
  const duplicates = layout.duplicates.map((d) => ({ ...d }));
  for (const column of columns) {
    const named = column.field === null ? null : HEADING_YEAR.exec(normalizeHeader(column.header));
    if (!named || Number(named[2]) === planningYear) continue;
    const sameOfTheYear = (c: TableColumn<F>): boolean => {
      const m = HEADING_YEAR.exec(normalizeHeader(c.header));
      return m !== null && m[1] === named[1] && Number(m[2]) === planningYear;
    };
    const duplicate = duplicates.find((d) => d.field === column.field && sameOfTheYear(d));
    const ofTheYear = duplicate && columns.find((c) => c.column === duplicate.column && c.field === null);
    if (!duplicate || !ofTheYear) continue;
    ofTheYear.field = column.field;
    duplicates.splice(duplicates.indexOf(duplicate), 1, { ...column });
    column.field = null;
  }
  return { ...layout, columns, duplicates };
}

/** The text of a cell merged over this one from its left ("2026–2028" in one cell), or undefined. */
function spannedText(grid: Grid | undefined, row: number, column: number): string | undefined {
  const cell = grid?.rows.get(row)?.get(column);
  if (cell?.masterRow !== row || cell.masterCol === undefined || cell.masterCol >= column) return undefined;
  return grid?.rows.get(row)?.get(cell.masterCol)?.text;
}

/**
 * What the planning year's cell says, "idem" and "doorlopend" read back to the year before, saying so and
 * from which year (the reader sees what the partner wrote for the year itself); '' when it only marks the
 * year ("x": the project's name is the activity); null when it says nothing.
 */
function whatTheYearSays(written: string, planningYear: number, before: readonly { year: string; text: string }[]): string | null {
  if (NOTHING.test(written) || saysItEnds(written, planningYear)) return null;
  if (MARK.test(written)) return '';
  if (!SAME.test(written) && !GOES_ON.test(written)) return written;
  const carried = before.find(({ text }) => !NOTHING.test(text) && !SAME.test(text) && !GOES_ON.test(text));
  if (carried === undefined) return written;
  // What runs on is the project itself, marked for the year before ("x", then "loopt door").
  if (MARK.test(carried.text)) return '';
  return `${carried.text} (${GOES_ON.test(written) ? 'loopt door' : 'idem'}, zoals in ${carried.year})`;
}
