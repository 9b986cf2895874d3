// Finding the activity table on a sheet of a partner's own layout: the header
// row among title rows, blank rows and merged theme rows, and what each of its
// columns holds (by its heading, or by what is written under it where the
// heading says nothing). Works on a Grid; pure. Reading the rows under the
// header is table.ts's.
//
// The finder is generic over a field set (TableFields): the activities use
// ACTIVITY_TABLE; the results and indicator tables of a results workbook bring
// their own vocabulary (result-columns.ts).
import { FIELD_LABELS, FOLLOW_UP_HEADING, matchHeader, POINTER_HEADER, promiseHeadings, type HeaderMatcher } from './columns';
import { cellAt, type Grid, type GridCell } from './grid';
import { isPeriodHeading } from './period-columns';
import type { ReadField } from './types';
import { yearsOf } from './years';
import { editDistance, normalizeHeader } from '../domain/text';

/** Where the header may stand: partners put a few title rows above it, rarely many. */
const HEADER_SEARCH_ROWS = 60;

export interface TableColumn<F extends string = ReadField> {
  column: number;
  /** Header as written, line breaks as spaces; "Kolom H" for a column without a header. */
  header: string;
  field: F | null;
  score: number;
  /** The header cell was empty: data found below it. */
  headerless?: boolean;
  /** It names the primary field but holds row codes ("H28-01"), so the column of sentences beside it took the field. */
  codes?: boolean;
}

export interface TableLayout<F extends string = ReadField> {
  headerRow: number;
  columns: TableColumn<F>[];
  /** How convincing the header is; compared across sheets. */
  score: number;
  /** The activity column was not named and was guessed from the longest texts. */
  activityGuessed?: boolean;
  /**
   * The column named for the activity holds only subjects of a word or two, beside the sender's own part in sentences, which
   * is read as the activity: the subjects' column.
   */
  subjectsBeside?: number;
  /**
   * A planning written as a staircase: each record's text typed in the column of the period it
   * happens in ("jan–mrt" … "okt–dec"), across several when it runs longer. The period columns,
   * left to right; the guessed activity column is one of them.
   */
  staircase?: number[];
  /** Columns mapped to a field that another column already has. */
  duplicates: TableColumn<F>[];
  /** The staircase's columns are kinds of work, not periods: a record's kind is its column's heading. */
  staircaseOfKinds?: boolean;
  /**
   * A table of one column per party (party-columns.ts): the heading of the file's own party's column, the
   * activity. A row with work of other parties only is kept as a note.
   */
  ownPartyColumn?: string;
  /** There: the other parties' columns, kept as extra fields without a word each (the table's own warning names them). */
  otherPartyColumns?: number[];
  /**
   * A column merged down over groups of rows, each row a step of its group ("Project": "Hofje De Lindehof" over the
   * steps beside it): a record is read with its group before its text ("Hofje De Lindehof: Start bouw …").
   */
  groupColumn?: number;
  /**
   * The activity column holds each row's whole path in an outline, as a mind map exports it ("Wonen > Nieuwbouw >
   * Kattenburg fase 2: start bouw …"): the last step is the activity, the steps before it its subject.
   */
  paths?: boolean;
}

/** What a kind of table is made of: its heading vocabulary and the field that makes a row a record. */
export interface TableFields<F extends string> {
  match: HeaderMatcher<F>;
  /** Every row with data is about one of these: the activity, the indicator. */
  primary: F;
  /** Dutch labels for messages. */
  labels: Readonly<Record<F, string>>;
  /** What one record is, lower case, for messages: "activiteit". */
  noun: string;
  /** The afspraak reference column, demoted when it only numbers the rows. */
  reference?: F;
  /** The partner's own row numbers: where a demoted reference column's numbers go. */
  rowLabel?: F;
  /** A topic column, which a theme row above the records fills when empty. */
  topic?: F;
  /** The planning: where a staircase planning writes the periods a record runs through. */
  planning?: F;
  /**
   * A plan's row marked "vervalt" beside its text is set aside; not in a table of results, where
   * "vervallen" is what became of an activity.
   */
  lapsesAside?: boolean;
  /**
   * A heading that names the records in other words than ours ("Post-it", "Product"): where no column is named as the
   * records, the one under such a heading holds them.
   */
  itemHeading?: RegExp;
  /** What a heading means beside the others of its table, where that differs from what it means alone (see promiseHeadings). */
  inContext?: (columns: readonly { header: string; field: F | null }[]) => Map<string, F | null>;
}

export const ACTIVITY_TABLE: TableFields<ReadField> = {
  match: matchHeader,
  primary: 'activity',
  labels: FIELD_LABELS,
  noun: 'activiteit',
  reference: 'agreementRef',
  rowLabel: 'rowLabel',
  topic: 'topicContext',
  planning: 'planning',
  lapsesAside: true,
  // A workshop's post-its typed over, a register of the products or documents to deliver.
  // "Tekst", "Tekst (jaarverslag / jaarplan)": the rows' own text, as a plan lifted from a report names it.
  itemHeading: /^(post-?its?|product(en)?|document(en)?|te leveren product(en)?|advies\s*\/\s*product|product\s*\/\s*advies|tekst(en)?(\s*\([^)]*\))?)$/i,
  inContext: promiseHeadings,
};

/** Which rows to look at: the table may share its sheet with another one below it. */
export interface RowRange {
  /** Look for a header from this row on. */
  fromRow?: number;
  /** The last row that belongs to the table. */
  toRow?: number;
}

export function headerText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The marks a heading puts between the fields each line holds: "Onderwerp | wat | wanneer", "Project / aantal / planning". */
const FIELD_MARKS = /\s*\|\s*|\s+[/;–—]\s+|\s*;\s*/;
/** Two headings joined in one, the second the activity's: "Toelichting en inzet 2027", "Achtergrond & activiteit". */
const JOINED_FIELDS = /\s+(?:en|&|\+)\s+/i;

/** How well a heading with its group heading must read as another field for the group to decide. */
const GROUPED_SCORE = 0.75;

/**
 * A header row's own text for a column: its cell's, or, where two heading rows share one heading merged down over
 * both ("Activiteit" over rows 3 and 4), the heading above it. Empty for a cell inside a merge across columns.
 */
function ownHeading(grid: Grid, r: number, c: number, cell: GridCell): string {
  if (cell.masterRow === undefined) return cell.text;
  if (cell.masterRow >= r || cell.masterCol !== c) return '';
  const master = cellAt(grid, cell.masterRow, c);
  return master !== undefined && (master.lastCol ?? c) === c ? master.text : '';
}

/** Whether a row's heading merged over columns has headings of its own under it in the next row: "Nodig" over "Van wie | Wat". */
function holdsGroupHeadings(grid: Grid, r: number, cells: Map<number, GridCell>): boolean {
  const below = grid.rows.get(r + 1);
  if (!below) return false;
  for (const [c, cell] of cells) {
    if (cell.masterRow !== undefined || (cell.lastCol ?? c) <= c || (cell.lastRow ?? r) !== r || cell.text.trim() === '') continue;
    let under = 0;
    for (let col = c; col <= (cell.lastCol as number); col++) if ((below.get(col)?.text.trim() ?? '') !== '') under++;
    if (under >= 2) return true;
  }
  return false;
}

/** The group heading in the row above a heading, merged over it and the columns beside it: "Nodig" over "Van wie | Wat". */
function groupHeading(grid: Grid, r: number, c: number): string | undefined {
  const above = cellAt(grid, r - 1, c);
  if (above === undefined) return undefined;
  const master = above.masterRow === undefined ? above : above.masterRow === r - 1 ? cellAt(grid, r - 1, above.masterCol as number) : undefined;
  if (master === undefined || (master.lastRow ?? r - 1) !== r - 1) return undefined;
  const first = above.masterRow === undefined ? c : (above.masterCol as number);
  return (master.lastCol ?? first) > first && master.text.trim() !== '' ? master.text : undefined;
}

/** The best header row on the sheet, or null when none names an activity-like column. */
export function findTable(grid: Grid): TableLayout | null {
  return findTableOf(grid, ACTIVITY_TABLE);
}

/** The best header row for this kind of table, within the range; null when none names its primary column. */
export function findTableOf<F extends string>(grid: Grid, fields: TableFields<F>, range: RowRange = {}): TableLayout<F> | null {
  let best: TableLayout<F> | null = null;
  const rows = grid.rowNumbers.filter((r) => r >= (range.fromRow ?? 1) && r <= (range.toRow ?? Number.MAX_SAFE_INTEGER));
  const first = rows[0];
  if (first === undefined) return null;
  for (const r of rows) {
    if (r > first + HEADER_SEARCH_ROWS) break;
    const layout = layoutOf(grid, r, fields);
    if (layout && (!best || layout.score > best.score)) best = layout;
  }
  return best;
}

/** The columns a header row names, when it looks like the header of an activity table. */
export function layoutFromHeaderRow(grid: Grid, r: number): TableLayout | null {
  return layoutOf(grid, r, ACTIVITY_TABLE);
}

/** The columns a header row names, when it looks like the header of this kind of table. */
export function layoutOf<F extends string>(grid: Grid, r: number, fields: TableFields<F>): TableLayout<F> | null {
  const cells = grid.rows.get(r);
  if (!cells) return null;
  // The upper of two heading rows: its group headings stand over headings of their own in the row below.
  if (holdsGroupHeadings(grid, r, cells)) return null;
  const primary = fields.primary;
  const columns: TableColumn<F>[] = [];
  for (const [c, cell] of cells) {
    const own = ownHeading(grid, r, c, cell);
    if (own === '') continue;
    const header = headerText(own);
    let match = fields.match(header);
    // A sentence that holds a heading's word somewhere ("Spreekuur: huurders helpen met inschrijven in Entree") is a
    // row's text, not a heading: a long cell counts only where it reads clearly as one.
    // A form's question is a heading however long ("Wat wil je in 2028 met de werkgroep doen?").
    if (match && match.score < LONG_HEADING_SCORE && readsAsSentence(header)) match = null;
    // One heading that lists the fields each line holds, apart by marks ("Onderwerp | wat | wanneer"): where one of
    // them names the primary column, the lines are read whole as that column, their fields in their text.
    const listed = header.split(FIELD_MARKS).map((part) => part.trim()).filter((part) => part !== '');
    if (listed.length >= 2 && match?.field !== primary && listed.some((part) => (fields.match(part)?.field === primary && (fields.match(part)?.score ?? 0) >= 0.9))) {
      match = { field: primary, score: 1 };
    }
    // A heading that joins a remark and the activity ("Toelichting en inzet 2027"): the column holds what is done, told
    // with its background.
    const joined = header.split(JOINED_FIELDS).map((part) => part.trim());
    const second = joined.length === 2 && match?.field !== primary ? fields.match(joined[1] as string) : null;
    if (second?.field === primary && second.score >= 0.9) match = { field: primary, score: 0.9 };
    // A heading under a group heading merged over its columns says what it is within the group: "Wat" under
    // "Nodig" is what is needed, "Nr" and "Titel" under "Afspraak" name the afspraak.
    const group = groupHeading(grid, r, c);
    const grouped = group === undefined || match === null ? null : fields.match(`${headerText(group)} ${header}`);
    if (grouped && match && grouped.field !== match.field && grouped.score >= GROUPED_SCORE) match = grouped;
    columns.push({ column: c, header: grouped && match === grouped ? `${headerText(group as string)}: ${header}` : header, field: match?.field ?? null, score: match?.score ?? 0 });
  }
  columns.sort((a, b) => a.column - b.column);

  // One column per field: the best-scoring heading keeps it, the others are kept as extra fields.
  const duplicates: TableColumn<F>[] = [];
  const byField = new Map<F, TableColumn<F>>();
  for (const col of [...columns].sort((a, b) => b.score - a.score || a.column - b.column)) {
    if (col.field === null) continue;
    if (byField.has(col.field)) {
      duplicates.push({ ...col });
      col.field = null;
    } else {
      byField.set(col.field, col);
    }
  }

  /** Gives a column another field, or none, the field's column with it. */
  const assign = (col: TableColumn<F>, field: F | null): void => {
    if (col.field !== null && byField.get(col.field) === col) byField.delete(col.field);
    col.field = field;
    if (field !== null) byField.set(field, col);
  };

  // A heading like "Actie" over codes ("H28-01") beside "Wat gaan we doen?" over sentences: the codes
  // number the rows, the sentences say what is done.
  const named = byField.get(primary);
  if (named && holdsCodes(grid, r, named.column)) {
    const spoken = duplicates.find((d) => d.field === primary && !holdsCodes(grid, r, d.column));
    const col = spoken && columns.find((c) => c.column === spoken.column);
    if (spoken && col) {
      duplicates.splice(duplicates.indexOf(spoken), 1, { ...named, codes: true });
      assign(named, null);
      assign(col, primary);
    }
  }

  // A heading like "Project" over cells merged down over groups of rows ("Hofje De Lindehof" over four rows), beside
  // another heading of the activity filled on each row ("Stap / activiteit"), or the sender's own part in sentences
  // ("Project (van wie)" | "Onze rol": "Bewonersavond organiseren en de instemming ophalen"): the merged cells name
  // what the rows belong to, the rows say what is done. The group is kept as the rows' subject, where the table names none.
  // Not an "Activiteit" merged over its rows per kern beside "Wat / waar": one activity, told per kern.
  const grouping = byField.get(primary);
  let groupColumn: number | undefined;
  const ownPart = 'role' in fields.labels ? byField.get('role' as F) : undefined;
  if (grouping && GROUP_COLUMN_HEADING.test(grouping.header)) {
    const steps =
      duplicates.find((d) => d.field === primary && mergedDownBeside(grid, r, grouping.column, d.column)) ??
      (ownPart && holdsSentences(grid, r, ownPart.column) && mergedDownBeside(grid, r, grouping.column, ownPart.column) ? ownPart : undefined);
    const col = steps && columns.find((c) => c.column === steps.column);
    if (steps && col) {
      const subject = 'topicContext' in fields.labels && !byField.has('topicContext' as F) ? ('topicContext' as F) : null;
      if (steps !== ownPart) duplicates.splice(duplicates.indexOf(steps), 1);
      if (subject === null) duplicates.push({ ...grouping });
      assign(grouping, subject);
      assign(col, primary);
      groupColumn = grouping.column;
    }
  }

  // A heading of the activity over terse actions ("Actie BR": "enquête maken", "rooster") beside a subject written out
  // in sentences ("Onderwerp": "Energiefestival Horssen: kraam bemensen, vragen over energierekening beantwoorden"):
  // the subject says what the work is, also on a row whose action is left empty. The actions are kept beside it.
  const terse = byField.get(primary);
  const subject = 'topicContext' in fields.labels ? byField.get('topicContext' as F) : undefined;
  if (terse && subject && holdsSentences(grid, r, subject.column) && holdsTerseActions(grid, r, terse.column)) {
    duplicates.push({ ...terse });
    assign(terse, null);
    assign(subject, primary);
  }

  // A heading of the activity over subjects of a word or two ("Wat": "Wijkschouw", "Huurbeleid") beside the sender's own part
  // written out in sentences ("Onze rol": "Wijkschouw Druten-Zuid organiseren: bewoners uitnodigen, …"): the part says what is
  // done, the subject is kept as the rows' subject where the table names none. Said in a warning, as the reading is the app's.
  let subjectsBeside: number | undefined;
  const subjects = byField.get(primary);
  const part = 'role' in fields.labels ? byField.get('role' as F) : undefined;
  if (subjects && part && holdsSentences(grid, r, part.column) && holdsTerseActions(grid, r, subjects.column)) {
    const subjectField = 'topicContext' in fields.labels && !byField.has('topicContext' as F) ? ('topicContext' as F) : null;
    if (subjectField === null) duplicates.push({ ...subjects });
    subjectsBeside = subjects.column;
    assign(subjects, subjectField);
    assign(part, primary);
  }

  // A list that answers an earlier year's results ("Onderwerp" | "Resultaat 2025" | "Oordeel" | "Vervolgactie 2027"), no
  // column named for the activity: what was achieved stands in the column of its result, the year's work in the column
  // of what follows. The result is kept beside it. Not "Activiteit (2026)" | "Status juni 2026" | "Vervolg 2027": there
  // the row's work is named, and what follows may only be a remark on it ("blijft bij gemeente").
  const followUp = columns.find(
    (c) => c.field === null && FOLLOW_UP_HEADING.test(c.header.trim()) && yearsOf(c.header).length > 0 && cellsBelow(grid, r, c.column).length >= ITEMS_LEAST,
  );
  const answered =
    followUp && columns.find((c) => LOOK_BACK_HEADING.test(c.header.trim()) && (yearsOf(c.header)[0] as number) < (yearsOf(followUp.header)[0] as number));
  if (followUp && answered && !byField.has(primary)) {
    assign(answered, null);
    assign(followUp, primary);
    followUp.score = 0.5;
  }

  // A heading read beside the others: "Van wie" in a list of promises is who promised, not whom the work needs.
  for (const [header, field] of fields.inContext?.(columns) ?? []) {
    const col = columns.find((c) => c.header === header);
    if (!col || col.field === field) continue;
    if (col.field !== null) byField.delete(col.field);
    col.field = field;
    if (field !== null) byField.set(field, col);
  }

  // A "Datum" whose cells are moments to the minute ("12-05-2026 09:14"), all within a fortnight, says when a message
  // was sent, as a chat or a mail pasted in keeps it, not when the work is planned: kept beside the row, not read as its
  // planning. A calendar's dates and times spread over the year ("Datum" | "Dag" | "Tijd" | "Wat"): its planning.
  // So is a column of days beside one of times of day, as a chat split into columns by the paste has them ("Datum" |
  // "Tijd" | "Naam" | "Bericht").
  const timesBeside = columns.some((c) => holdsTimes(grid, r, c.column));
  for (const col of columns) {
    const sent = holdsMoments(grid, r, col.column) || (timesBeside && holdsDates(grid, r, col.column));
    if (col.field !== 'planning' || !sent || !withinDays(cellsBelow(grid, r, col.column), CONVERSATION_DAYS)) continue;
    byField.delete(col.field);
    col.field = null;
    col.score = 0;
  }

  const mapped = [...byField.values()];
  const strong = mapped.filter((c) => c.score >= 0.85);
  let activityGuessed = false;
  let staircase: number[] | undefined;
  if (!byField.has(primary)) {
    // A table whose headings name several known fields but not the activity
    // itself: the unnamed column with the longest texts below is the activity.
    // A staircase of periods, or the text of each row in the column of its kind ("Wij informeren" | "Wij praten
    // mee" | "Wij organiseren zelf"), is such a table with one named field beside it.
    const periodColumns = columns.filter((c) => c.field === null && isPeriodHeading(c.header));
    // A column its heading names as the records in other words ("Post-it", "Product"), holding texts, not marks or codes.
    const items = fields.itemHeading;
    const named = items
      ? columns.find(
          (c) =>
            c.field === null &&
            items.test(c.header.trim()) &&
            cellsBelow(grid, r, c.column).length >= ITEMS_LEAST &&
            !holdsMarks(grid, r, c.column) &&
            !holdsCodes(grid, r, c.column),
        )
      : undefined;
    // A column of paths under a heading of a topic ("Onderwerp (volledig pad)"), as a mind map exports them: each row's
    // last step is its work.
    const outline = columns.find((c) => (c.field === null || c.field === 'topicContext') && holdsPaths(grid, r, c.column));
    if (outline) {
      assign(outline, primary);
      outline.score = 0.5;
      return { headerRow: r, columns, score: columns.reduce((sum, c) => sum + c.score, 0), duplicates, activityGuessed: true, paths: true };
    }
    if (named) {
      named.field = primary;
      named.score = 0.5;
      const layout: TableLayout<F> = { headerRow: r, columns, score: columns.reduce((sum, c) => sum + c.score, 0), duplicates, activityGuessed: true };
      return layout;
    }
    const kinds = periodColumns.length >= 2 ? undefined : columnsOfKinds(grid, r, columns);
    if (strong.length < 2 && !(strong.length >= 1 && (periodColumns.length >= 3 || kinds))) return null;
    if (kinds) {
      const [first] = kinds;
      (first as TableColumn<F>).field = primary;
      (first as TableColumn<F>).score = 0.5;
      const layout: TableLayout<F> = { headerRow: r, columns, score: columns.reduce((sum, c) => sum + c.score, 0), duplicates, activityGuessed: true, staircase: kinds.map((c) => c.column), staircaseOfKinds: true };
      return layout;
    }
    // A column of sentences under a heading like "Onderwerp(en)" holds what is done, not a topic to link by.
    // So is one named exactly so whose cells are sentences ("Onderwerp" over "Bijdrage aan de verhuiscoach … in de begroting").
    // Not a column of what follows the row ("Vervolg 2027"): the row's work stands beside it.
    // Nor a column of pointers to documents and people ("Stukken": links, "zie mail 12-3"; "Contact": mail addresses).
    // The sender's own part in sentences ("Afspraak (PA)" | "Onze rol 2028": "Monitor 2027 met werkgroep Wonen doornemen;
    // vragen over slaagkansen inbrengen") is its work, where no column is named for it.
    const guess =
      longestTextColumn(
        grid,
        r,
        columns.filter(
          (c) =>
            ((c.field === null && !FOLLOW_UP_HEADING.test(c.header.trim())) ||
              (c.field === 'topicContext' && (c.score < 1 || holdsSentences(grid, r, c.column))) ||
              (c.field === 'role' && holdsSentences(grid, r, c.column))) &&
            !holdsPointers(grid, r, c.column) &&
            !POINTER_HEADER.test(c.header.trim()),
        ),
      ) ?? titlesColumn(grid, r, columns);
    if (!guess) return null;
    if (guess.field !== null) byField.delete(guess.field);
    guess.field = primary;
    guess.score = 0.5;
    activityGuessed = true;
    const periods = columns.filter((c) => (c.field === null || c === guess) && isPeriodHeading(c.header));
    if (periods.length >= 2 && periods.includes(guess)) staircase = periods.map((c) => c.column);
  } else {
    const activity = byField.get(primary) as TableColumn<F>;
    // A lone heading must be a clear one: a title row "Activiteiten 2027" is not a table header. Nor is a row whose kind
    // opens it beside its text ("Actie | Wijkschouw | Wijkschouw Druten-Zuid (mei): HBD organiseert en nodigt …"): its
    // "heading" stands again below it in its column, beside a cell that reads as a row's text.
    if (mapped.length < 2 && (activity.score < 0.95 || (kindBelow(grid, r, activity) && columns.some((c) => c.field === null && readsAsSentence(c.header))))) return null;
  }
  const score = columns.reduce((sum, c) => sum + c.score, 0) + (activityGuessed ? 0 : 1);
  const layout: TableLayout<F> = { headerRow: r, columns, score, duplicates };
  if (activityGuessed) layout.activityGuessed = true;
  if (staircase) layout.staircase = staircase;
  if (groupColumn !== undefined) layout.groupColumn = groupColumn;
  if (subjectsBeside !== undefined) layout.subjectsBeside = subjectsBeside;
  const activityColumn = columns.find((c) => c.field === primary);
  if (activityColumn && holdsPaths(grid, r, activityColumn.column)) layout.paths = true;
  return layout;
}

/**
 * With no other column left to hold the activity, an "Onderwerp" whose rows name each their own work in a word or
 * two ("Schouw", "Spreekuur", "Label C", the detail beside it under "Doel" and "Opmerking"): most of its names
 * differ, as a topic repeated down the rows of a theme does not.
 */
function titlesColumn<F extends string>(grid: Grid, headerRow: number, columns: TableColumn<F>[]): TableColumn<F> | undefined {
  return columns.find((c) => {
    if (c.field !== 'topicContext') return false;
    const texts = cellsBelow(grid, headerRow, c.column);
    return texts.length >= TITLES_LEAST && new Set(texts.map((t) => t.toLowerCase())).size >= TITLES_DISTINCT * texts.length;
  });
}
const TITLES_LEAST = 3;
/** A column named as the records in other words holds at least this many filled cells. */
const ITEMS_LEAST = 2;
const TITLES_DISTINCT = 0.6;

/** A row code: one word of letters and digits, like "H28-01", "A.3" or "17b"; no sentence. */
const ROW_CODE = /^(?=[^\s]*\d)[\p{L}\d]{1,6}(?:[-./_][\p{L}\d]{1,6}){0,3}$/u;

/** A mark in a cell, no text: "x", "T", "I", "R/A", "–", "8". */
const MARK = /^\S{1,3}$/u;

/** Whether the filled cells under the header (the first fifty rows) are marks only, as a matrix of roles or ticks holds. */
function holdsMarks(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length > 0 && texts.every((t) => MARK.test(t.trim()));
}

/** Whether the filled cells under the header (the first fifty rows) are row codes, all but one in ten. */
function holdsCodes(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length >= 2 && texts.filter((t) => ROW_CODE.test(t)).length >= 0.9 * texts.length;
}

/**
 * Whether a column's cells are merged down over groups of the rows another column fills one by one: at least two
 * merges over rows, most of the column's cells are such merges, and most rows filled beside them lie under one
 * (the first fifty rows).
 */
function mergedDownBeside(grid: Grid, headerRow: number, column: number, beside: number): boolean {
  const merges = new Set<number>();
  let filled = 0;
  let grouped = 0;
  let seen = 0;
  for (const r of grid.rowNumbers) {
    if (r <= headerRow) continue;
    if (++seen > 50) break;
    if ((cellAt(grid, r, beside)?.text.trim() ?? '') === '') continue;
    filled++;
    const cell = cellAt(grid, r, column);
    const top = cell?.masterRow !== undefined && cell.masterCol === column ? cell.masterRow : cell?.lastRow !== undefined && cell.lastRow > r ? r : undefined;
    const master = top === undefined ? undefined : cellAt(grid, top, column);
    if (top === undefined || master?.lastRow === undefined || master.lastRow <= top || (master.lastCol ?? column) !== column) continue;
    grouped++;
    merges.add(top);
  }
  // And most of the column's own cells are such merges: a column of single rows with a few told over sub-rows
  // ("Energiecoaches …" merged over its rows per kern) is the activity still.
  const own = cellsBelow(grid, headerRow, column).length;
  return merges.size >= 2 && 2 * grouped > filled && 2 * merges.size > own;
}

/** A cell of more words than this is a heading only where it matches one clearly, from this score on. */
const LONG_HEADING_WORDS = 6;
const LONG_HEADING_SCORE = 0.8;

/** A cell that reads as a row's text rather than a heading: more words than a heading has, and no form's question. */
function readsAsSentence(text: string): boolean {
  return text.trim().split(/\s+/).length > LONG_HEADING_WORDS && !text.includes('?');
}

/** A column of what a row achieved in an earlier year: "Resultaat 2025", "Terugblik 2026", "Gerealiseerd in 2026". */
const LOOK_BACK_HEADING = /^(resultaat|resultaten|gerealiseerd|realisatie|terugblik|evaluatie)\s+(in\s+)?20\d\d$/i;
/** A heading of what rows belong to: "Project", "Project (van wie)", "Programma", "Complex". */
export const GROUP_COLUMN_HEADING = /\b(project(en)?|programma|cluster|complex(en)?|locatie)\b/i;

/** Whether the filled cells under the header are terse actions: two words at most, nearly all of them. */
function holdsTerseActions(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length >= 3 && texts.filter((t) => t.split(/\s+/).length <= TERSE_WORDS).length >= 0.8 * texts.length;
}

/** An action said in this many words at most: "enquête maken", "rooster". */
const TERSE_WORDS = 2;

/** The texts of the filled cells under the header (the first fifty rows). */
function cellsBelow(grid: Grid, headerRow: number, column: number, lastRow = Number.MAX_SAFE_INTEGER): string[] {
  return filledCellsBelow(grid, headerRow, column, lastRow).map((cell) => cell.text.trim());
}

/** The filled cells under the header (the first fifty rows). */
function filledCellsBelow(grid: Grid, headerRow: number, column: number, lastRow = Number.MAX_SAFE_INTEGER): GridCell[] {
  const cells: GridCell[] = [];
  let seen = 0;
  for (const r of grid.rowNumbers) {
    if (r <= headerRow || r > lastRow) continue;
    if (++seen > 50) break;
    const cell = cellAt(grid, r, column);
    if (cell !== undefined && cell.text.trim() !== '') cells.push(cell);
  }
  return cells;
}

/** A pointer to something elsewhere, no text of its own: "zie mail 12-3", "S:\\Wonen\\…", "Jaarplan 2027.pdf", a mail address. */
const POINTER = /^(zie\b.*|\S+@\S+\.\p{L}{2,}|https?:\/\/\S+|file:\/\/\S+|[A-Z]:\\.*|[^\\/]{1,80}\.(pdf|docx?|xlsx?|pptx?|msg))$/iu;

/** Whether most filled cells under the header (the first fifty rows) point elsewhere: hyperlinks, paths, file names, mail addresses, "zie …". */
function holdsPointers(grid: Grid, headerRow: number, column: number): boolean {
  const cells = filledCellsBelow(grid, headerRow, column);
  return cells.length >= 2 && cells.filter((cell) => cell.link === true || POINTER.test(cell.text.trim())).length >= 0.8 * cells.length;
}

/** Whether a heading's text stands again in its column below it, as a row's kind does ("Actie", "Standpunt", "Actie"). */
function kindBelow<F extends string>(grid: Grid, headerRow: number, col: TableColumn<F>): boolean {
  const heading = col.header.trim().toLowerCase();
  return cellsBelow(grid, headerRow, col.column).some((text) => text.toLowerCase() === heading);
}

/** The steps of a path in an outline, as a mind map exports it: "Wonen > Nieuwbouw > Kattenburg fase 2". */
export const PATH_STEP = /\s+[>›»]\s+/u;
/** The share of a column's filled cells, at least, that are paths, of at least this many. */
const PATHS_SHARE = 0.6;
const PATHS_LEAST = 3;

/** Whether the filled cells under the header (the first fifty rows) are mostly paths in an outline. */
function holdsPaths(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length >= PATHS_LEAST && texts.filter((t) => PATH_STEP.test(t)).length >= PATHS_SHARE * texts.length;
}

/** Words a cell holds on average that make it a sentence, not a label. */
const SENTENCE_AVERAGE_WORDS = 6;

/** Whether a column's cells are sentences: on average six words or more. */
function holdsSentences(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length > 0 && texts.reduce((n, t) => n + t.split(/\s+/).length, 0) >= SENTENCE_AVERAGE_WORDS * texts.length;
}

/** Where a record of a staircase of kinds keeps its kind. */
export const KIND_OF_WORK = 'Soort werk';
/** The share of rows, at least, that hold one text in one of the columns of kinds. */
const ONE_OF_KINDS = 0.9;

/**
 * Three or more headed columns side by side, no field of ours, whose rows each hold one sentence in one of
 * them ("Wij informeren huurders" | "Wij praten mee" | "Wij organiseren zelf"): the kinds of the party's work,
 * each text the activity. Undefined where there are none.
 */
function columnsOfKinds<F extends string>(grid: Grid, headerRow: number, columns: TableColumn<F>[]): TableColumn<F>[] | undefined {
  const unnamed = columns.filter((c) => c.field === null && c.header.trim() !== '' && !c.headerless).sort((a, b) => a.column - b.column);
  const runs: TableColumn<F>[][] = [];
  for (const c of unnamed) {
    const run = runs[runs.length - 1];
    if (run && (run[run.length - 1] as TableColumn<F>).column === c.column - 1) run.push(c);
    else runs.push([c]);
  }
  return runs.find((run) => {
    if (run.length < 3) return false;
    let rows = 0;
    let one = 0;
    let words = 0;
    for (const r of grid.rowNumbers) {
      if (r <= headerRow) continue;
      const texts = run.map((c) => cellAt(grid, r, c.column)?.text.trim() ?? '').filter((t) => t !== '');
      if (texts.length === 0) continue;
      rows++;
      if (texts.length === 1) {
        one++;
        words += (texts[0] as string).split(/\s+/).length;
      }
      if (rows >= 50) break;
    }
    return rows >= 3 && one >= ONE_OF_KINDS * rows && words >= SENTENCE_AVERAGE_WORDS * one;
  });
}

/**
 * A page number as a converted document leaves it: "Pagina 1 van 2", "pagina 2/3", "blz. 2 van 3"; or a printed
 * page's footer read back in one cell, ending in its page number or naming its print date ("Woonwaarts | afd.
 * Vastgoed & Wonen | printdatum 14-06-2026 | pag. 1/1").
 */
export const PAGE_FOOTER = /(^|\|\s*)(pagina|pag\.|blz\.?|page)\s*\d+\s*(van|\/|of)\s*\d+\s*$|\bprintdatum\b/i;

/**
 * Whether a row says the header again: the activity's heading in its column, and any other cell its own column's
 * heading; as a scan read back by OCR says it, a letter or two off ("Actlviteit", "Wie doet rnee?").
 */
export function repeatsHeader<F extends string>(own: Map<number, GridCell>, columns: readonly TableColumn<F>[], activityColumn: number): boolean {
  const headerOf = (column: number): string => normalizeHeader(columns.find((c) => c.column === column)?.header ?? '');
  const says = (column: number, text: string): boolean => {
    const header = headerOf(column);
    const allowed = Math.floor(header.length / 8) + 1;
    const written = normalizeHeader(text);
    // Lengths further apart than the letters allowed are further apart than that (no need to weigh every letter).
    return written === header || (header.length >= 6 && Math.abs(written.length - header.length) <= allowed && editDistance(written, header) <= allowed);
  };
  const activity = own.get(activityColumn)?.text ?? '';
  if (activity === '' || !says(activityColumn, activity)) return false;
  return [...own].every(([column, cell]) => says(column, cell.text));
}

/**
 * A list of a column's values, typed under or beside the table for its dropdown: the column's heading and a
 * colon, then the values ("Status: | gepland | lopend | klaar", "Kernen: | Druten | Deest", "Thema's: | Wonen,
 * Betaalbaarheid, Duurzaamheid"). No activity, whatever stands in the activity's column.
 */
export function listsColumnValues<F extends string>(own: Map<number, GridCell>, columns: readonly TableColumn<F>[]): boolean {
  const [first, ...rest] = [...own].sort(([a], [b]) => a - b);
  const label = first && rest.length > 0 ? /^(.{2,40}?)\s*:$/.exec(first[1].text.trim())?.[1] : undefined;
  if (label === undefined) return false;
  // One or more: "Thema's", "Kernen", "Status" for a column "Thema", "Kern", "Status".
  const forms = (text: string): string[] => {
    const n = normalizeHeader(text);
    return [n, n.replace(/\s?s$/, ''), n.replace(/en$/, '')];
  };
  const said = forms(label);
  return columns.some((c) => forms(c.header).some((f) => said.includes(f)));
}

/** The middle length of a column's filled cells under the header, Infinity where it has none. */
export function middleLength(grid: Grid, headerRow: number, lastRow: number, column: number): number {
  const lengths = cellsBelow(grid, headerRow, column, lastRow).map((t) => t.length).sort((a, b) => a - b);
  return lengths.length === 0 ? Number.POSITIVE_INFINITY : (lengths[Math.floor(lengths.length / 2)] as number);
}

/** A date as a cell shows it: "14 september 2027", "14-09-2027", "2027-09-14". */
const DATE_TEXT = /^(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;

/** Whether a column holds dates, all but one in ten: when something happens, never what. */
function holdsDates(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  return texts.length >= 2 && texts.filter((t) => DATE_TEXT.test(t)).length >= 0.9 * texts.length;
}

/** A date and a time of day: "12-05-2026 09:14", "03-06-26 19:42", "2026-05-12 9:14". */
export const MOMENT_TEXT = /^(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})[ ,T]+\d{1,2}[:.]\d{2}(:\d{2})?$/u;

/** Whether the cells under the header are mostly moments to the minute (MOMENT_TEXT), a day heading merged over the rows aside. */
function holdsMoments(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  const moments = texts.filter((t) => MOMENT_TEXT.test(t)).length;
  return moments >= 2 && moments >= MOMENTS_SHARE * texts.length;
}
const MOMENTS_SHARE = 0.75;
/** The days a conversation pasted into a sheet lasts at most. */
const CONVERSATION_DAYS = 14;
/** A day as a chat writes it, the year in two figures or four: "12-05-2026", "03-06-26". */
const DAY_TEXT = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/;
/** Whether the days written in the texts lie within so many days of each other. */
function withinDays(texts: readonly string[], days: number): boolean {
  const times = texts.flatMap((t) => {
    const m = DAY_TEXT.exec(t);
    if (!m) return [];
    const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    return [Date.UTC(year, Number(m[2]) - 1, Number(m[1]))];
  });
  return times.length >= 2 && Math.max(...times) - Math.min(...times) <= days * 86_400_000;
}
/** A time of day alone: "09:14", "19.42". */
const TIME_TEXT = /^\d{1,2}[:.]\d{2}$/;
/** Whether the cells under the header are mostly times of day (TIME_TEXT). */
function holdsTimes(grid: Grid, headerRow: number, column: number): boolean {
  const texts = cellsBelow(grid, headerRow, column);
  const times = texts.filter((t) => TIME_TEXT.test(t)).length;
  return times >= 2 && times >= MOMENTS_SHARE * texts.length;
}

function longestTextColumn<F extends string>(grid: Grid, headerRow: number, candidates: TableColumn<F>[]): TableColumn<F> | undefined {
  let best: TableColumn<F> | undefined;
  let bestLength = 0;
  for (const col of candidates) {
    if (holdsDates(grid, headerRow, col.column) || holdsMarks(grid, headerRow, col.column)) continue;
    let length = 0;
    let seen = 0;
    for (const r of grid.rowNumbers) {
      if (r <= headerRow) continue;
      if (++seen > 50) break;
      length += cellAt(grid, r, col.column)?.text.length ?? 0;
    }
    if (length > bestLength) {
      best = col;
      bestLength = length;
    }
  }
  return bestLength > 0 ? best : undefined;
}

/**
 * Our own workbook's columns as its meta records them, when the header row
 * still shows our headings there; null when the partner changed it. A column
 * the partner added (anywhere the meta has none) is read as a field our sheet
 * lacks when its heading clearly names one ("Trekker", "Budget"), else kept
 * as an extra field.
 */
export function layoutFromColumns<F extends string>(
  grid: Grid,
  headerRow: number,
  fieldColumns: Partial<Record<F, number>>,
  fields: TableFields<F>,
): TableLayout<F> | null {
  const header = grid.rows.get(headerRow);
  if (!header) return null;
  const columns: TableColumn<F>[] = [];
  const metaColumns = new Set<number>();
  for (const [field, column] of Object.entries(fieldColumns) as [F, number][]) {
    const text = header.get(column)?.text ?? '';
    if (fields.match(text)?.field !== field) return null;
    columns.push({ column, header: headerText(text), field, score: 1 });
    metaColumns.add(column);
  }
  const added: TableColumn<F>[] = [];
  for (const [column, cell] of header) {
    if (metaColumns.has(column) || cell.text === '' || cell.masterRow !== undefined) continue;
    const text = headerText(cell.text);
    const match = fields.match(text);
    added.push({ column, header: text, field: match && match.score >= 0.85 ? match.field : null, score: match?.score ?? 0 });
  }
  // One column per field: a field our sheet has keeps its column; of two added ones the better heading wins.
  const duplicates: TableColumn<F>[] = [];
  const taken = new Set<F>(columns.map((c) => c.field as F));
  for (const col of [...added].sort((a, b) => b.score - a.score || a.column - b.column)) {
    if (col.field === null) continue;
    if (taken.has(col.field)) {
      duplicates.push({ ...col });
      col.field = null;
    } else {
      taken.add(col.field);
    }
  }
  for (const col of added) if (col.field === null) col.score = 0;
  columns.push(...added);
  columns.sort((a, b) => a.column - b.column);
  return { headerRow, columns, score: columns.length, duplicates };
}

/** Rows with data under the header's activity column, for comparing sheets. */
export function countActivityRows(grid: Grid, layout: TableLayout): number {
  return countRows(grid, layout, 'activity');
}

/** Rows with data under the header's column of this field (up to toRow), for comparing sheets. */
export function countRows<F extends string>(grid: Grid, layout: TableLayout<F>, field: F, toRow = Number.MAX_SAFE_INTEGER): number {
  const column = layout.columns.find((c) => c.field === field);
  if (!column) return 0;
  let n = 0;
  for (const r of grid.rowNumbers) {
    if (r > layout.headerRow && r <= toRow && (cellAt(grid, r, column.column)?.text ?? '') !== '') n++;
  }
  return n;
}
