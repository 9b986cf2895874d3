// A multi-year plan gives each project a row and each year a column
// ("Steenfabriek fase 2" | 2026 "start bouw" | 2027 "bouw loopt; oplevering
// eerste 20 app." | 2028 "restoplevering"). Of such a plan, the planning
// year's column says what happens that year: that is the activity, under the
// project's name; a cell merged over several years counts for each. "idem" and
// "doorlopend" carry the year before on; a row with nothing under the planning
// year ("–", empty), or with the work ending there ("vervalt in 2028",
// "afgerond"), is no activity of it and is kept as a note, with a warning
// naming the row. Pure.
import { withRowsAsNotes } from './kept-as-notes';
import { normalizeHeader } from '../domain/text';
import type { Grid } from './grid';
import { activityPlace, columnNumber, problem, quote } from './problems';
import type { ReadTable } from './table';
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
  const otherYears = read.columns.filter((c) => c.field === null && YEAR_HEADER.test(normalizeHeader(c.header)));
  if (!activity || normalizeHeader(activity.header) !== String(planningYear) || otherYears.length === 0) return read;
  const activities = read.activities.map((act) => {
    const subject = act.topicContext?.trim() ?? '';
    if (subject === '' || normalizeHeader(act.activity).startsWith(normalizeHeader(subject))) return act;
    return { ...act, activity: `${subject}: ${act.activity.trim()}` };
  });
  return { ...read, activities };
}

/** A heading and the year it names: "Planning 2027" → "planning", 2027. */
const HEADING_YEAR = /^(.*?\S)\s+(20\d\d)$/;

/**
 * A list updated from last year's keeps last year's planning beside the new one ("Planning 2027 |
 * Planning 2028"): the planning year's column is the activity's planning, the other kept beside it, so a
 * document does not print last year's moment as this year's. Unchanged when the planning column names no
 * year, names the planning year, or no column names it.
 */
export function planningOfTheYear(read: ReadTable, planningYear: number): ReadTable {
  const planning = read.columns.find((c) => c.field === 'planning');
  const named = planning ? HEADING_YEAR.exec(normalizeHeader(planning.header)) : null;
  if (!planning || !named || Number(named[2]) === planningYear) return read;
  const ofTheYear = read.columns.find((c) => {
    const m = c.field === null ? HEADING_YEAR.exec(normalizeHeader(c.header)) : null;
    return m !== null && m[1] === named[1] && Number(m[2]) === planningYear;
  });
  if (!ofTheYear) return read;
  const activities = read.activities.map((act) => {
    const { [ofTheYear.header]: inTheYear, ...extra } = act.extra;
    if (act.planning !== undefined) extra[planning.header] = act.planning;
    const moved: ReadActivity = { ...act, extra, fieldColumns: { ...act.fieldColumns, planning: ofTheYear.column } };
    if (inTheYear === undefined) delete moved.planning;
    else moved.planning = inTheYear;
    return moved;
  });
  const columns = read.columns.map((c) => (c === planning ? { ...c, field: null } : c === ofTheYear ? { ...c, field: 'planning' } : c));
  return { ...read, activities, columns };
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
