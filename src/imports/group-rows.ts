// A project tool's export (Jira, Azure DevOps, Planner) lists its group items
// among the tasks: an "Epic" row "Duurzaam & veilig wonen" is the heading of
// the stories under it, not work of its own; so is a SharePoint list's folder. The tool says so in its type
// column ("Issue Type", "Work Item Type", "Soort"). A plan kept as an outline does the same by its numbers:
// "1.2 Nieuwbouw Deest Zuid", then "1.2.1 …", "1.2.2 …". Such a row is kept as a
// note of the submission, with a warning naming the row, so the secretary
// sees it and nothing is lost. Pure.
import { normalizeHeader } from '../domain/text';
import { keptAsNotes } from './kept-as-notes';
import { problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/** The heading of a project tool's type column, in normal form. */
const TYPE_HEADER = /^(issue type|issuetype|work item type|item type|type|soort|soort item|taaktype)$/;
/** The types that group other items. */
const GROUP_TYPE = /^(epic|feature|initiative|initiatief|thema|programma|folder|map)$/i;
/** A list's folder ("Folder", "Map"), in Dutch also a brochure: a folder only where the column types other rows as a list's items. */
const FOLDER_TYPE = /^(folder|map)$/i;
/** The types a list or tool gives its items beside its folders. */
const ITEM_TYPE = /^(item|element|bestand|file|taak|task|story|user story|issue|bug|subtask|subtaak)$/i;

export function groupRowsAsNotes(read: ReadTable, file: string): ReadTable {
  const typeColumn = read.columns.find((c) => c.field === null && TYPE_HEADER.test(normalizeHeader(c.header)));
  if (!typeColumn) return read;
  const typeOf = (extra: Record<string, string>): string => (extra[typeColumn.header] ?? '').trim();
  // "Folder" beside "Item" is a SharePoint folder; beside "Brief" and "Monitor" it is a brochure, a product like them.
  const listItems = read.activities.some((a) => ITEM_TYPE.test(typeOf(a.extra)));
  const groups = read.activities.filter((a) => GROUP_TYPE.test(typeOf(a.extra)) && (listItems || !FOLDER_TYPE.test(typeOf(a.extra))));
  return keptAsNotes(read, groups, (a) =>
    problem(
      'warning',
      'group-row',
      { file, sheet: a.sheet, row: a.rowNumber, column: typeColumn.column },
      `${quote(a.activity)} is een ${typeOf(a.extra).toLowerCase()} (de kop van de taken eronder), geen activiteit; bewaard als opmerking bij het overzicht.`,
    ),
  );
}

/** An outline number opening a text or standing in the row's number column: "1", "1.2", "1.2.1", "A", "A.1", "A1". */
const OUTLINE_NUMBER = /^\s*((?:\d{1,2}|[A-Z]\d{0,2})(?:\.\d{1,2})*)\.?(?=\s|$)/;
/** A title of a few words: no figure, no sentence ("Nieuwbouw Deest Zuid", "Wonen, zorg en overig"). */
const SHORT_TITLE = /^[^\d:;.!?()]{2,60}$/u;
const TITLE_WORDS = 5;

/** A cell that is an outline number and nothing else. */
function outlineNumber(text: string | undefined): string | undefined {
  const m = OUTLINE_NUMBER.exec(text ?? '');
  return m && m[0].trim() === (text ?? '').trim() ? (m[1] as string) : undefined;
}

/** The row's outline number (its number column's, or opening its text) and the text after it. */
function outlineOf(act: ReadActivity, numberHeader: string | undefined): { number: string; title: string } | undefined {
  const label = outlineNumber(act.rowLabel) ?? outlineNumber(numberHeader === undefined ? undefined : act.extra[numberHeader]);
  if (label !== undefined) return { number: label, title: act.activity.trim() };
  const opening = OUTLINE_NUMBER.exec(act.activity);
  return opening ? { number: opening[1] as string, title: act.activity.slice(opening[0].length).trim() } : undefined;
}

/**
 * The table without the headings of an outline: a row of a number and a title of a few words, followed
 * by a row numbered under it ("1.2 Nieuwbouw Deest Zuid", then "1.2.1 Start bouw …"); or, in a planning
 * tool's export that sets its subtasks in, a title of a few words followed by a row set in deeper
 * ("Nieuwbouw Horssen", then "   Afbouw Kloosterakker fase 2"). A row that itself says what is done
 * ("3.1 Verhuiscoach blijft (0,8 fte): …", "Hofje Afferden: 16 geclusterde seniorenwoningen") stays,
 * sub-items or not.
 */
export function outlineHeadingsAsNotes(read: ReadTable, file: string): ReadTable {
  // A column the app does not know ("Code", "WBS") whose every cell is an outline number holds the rows' numbers;
  // of two ("Id" 0, 1, 2 … and "WBS" 1, 1.1, 1.2 …), the one that nests them.
  const nested = (header: string): number => read.activities.filter((a) => (outlineNumber(a.extra[header]) ?? '').includes('.')).length;
  const numberHeader = read.columns
    .filter((c) => c.field === null && read.activities.length > 0 && read.activities.every((a) => outlineNumber(a.extra[c.header]) !== undefined))
    .map((c) => c.header)
    .sort((a, b) => nested(b) - nested(a))[0];
  const outlines = read.activities.map((act) => outlineOf(act, numberHeader));
  const indents = read.activities.map((act) => act.indent ?? 0);
  const setIn = indents.some((n) => n > 0) && indents.some((n) => n === 0);
  const isTitle = (title: string): boolean => title.split(/\s+/).length <= TITLE_WORDS && SHORT_TITLE.test(title);
  /** Each heading, and what it heads. */
  const headings = new Map<ReadActivity, string>();
  read.activities.forEach((act, i) => {
    const own = outlines[i];
    const next = outlines[i + 1];
    const below = read.activities[i + 1];
    // A planning tool's task 0 is the plan itself, whatever its name ("PA Wonen Druten 2028").
    if (i === 0 && own?.number === '0' && next !== undefined && !next.number.startsWith('0')) {
      headings.set(act, 'het plan zelf (taak 0 van de planning), de kop van alle regels eronder');
      return;
    }
    // Numbered under it: "1.2" under "1", "A.1" or "A1" under "A".
    if (own && next && isTitle(own.title) && (next.number.startsWith(`${own.number}.`) || (/^[A-Z]$/.test(own.number) && /^[A-Z]\d+/.test(next.number) && next.number.startsWith(own.number)))) {
      headings.set(act, 'de kop van de genummerde regels eronder');
    } else if (setIn && below && below.rowNumber === (act.lastRowNumber ?? act.rowNumber) + 1 && (indents[i + 1] as number) > (indents[i] as number) && isTitle(act.activity.trim())) {
      // Set in under it, on the next row.
      headings.set(act, 'de kop van de ingesprongen regels eronder');
    }
  });
  // The indents were read for this step only.
  for (const act of read.activities) delete act.indent;
  return keptAsNotes(read, [...headings.keys()], (a) =>
    problem(
      'warning',
      'group-row',
      { file, sheet: a.sheet, row: a.rowNumber },
      `${quote(a.activity)} is ${headings.get(a) as string}, geen activiteit; bewaard als opmerking bij het overzicht.`,
    ),
  );
}

/** The label of a block that sums up the list in a few words: "Samenvatting", "Top 5 prioriteiten 2027", "In het kort". */
const SUMMARY_LABEL = /^(samenvatting|in het kort|kernpunten|highlights|top\s*\d+\b.*|prioriteiten\b.*|onze\s+(top\s*\d+|prioriteiten)\b.*)$/i;

/**
 * The table without a summary block: a row labelled "Samenvatting" or "Top 5 prioriteiten" in a column beside
 * the activity, and the rows right under it that leave that column empty, repeat the list's own activities in a
 * few words. Kept as notes, with a warning, so nothing is counted twice.
 */
export function summaryBlocksAsNotes(read: ReadTable, file: string): ReadTable {
  const labelOf = (act: ReadActivity): string | undefined =>
    [act.topicContext, act.rowLabel, ...Object.values(act.extra)].map((v) => v?.trim() ?? '').find((v) => SUMMARY_LABEL.test(v));
  const sideValues = (act: ReadActivity): string[] => [act.topicContext, act.rowLabel, ...Object.values(act.extra)].map((v) => v?.trim() ?? '').filter((v) => v !== '');
  const inBlock = new Map<ReadActivity, string>();
  let block: { label: string; lastRow: number } | undefined;
  for (const act of [...read.activities].sort((a, b) => a.rowNumber - b.rowNumber)) {
    const label = labelOf(act);
    if (label !== undefined) block = { label, lastRow: act.rowNumber };
    else if (block && act.rowNumber === block.lastRow + 1 && sideValues(act).length === 0) block.lastRow = act.rowNumber;
    else block = undefined;
    if (block && block.lastRow === act.rowNumber) inBlock.set(act, block.label);
  }
  return keptAsNotes(read, [...inBlock.keys()], (a) =>
    problem(
      'warning',
      'summary-row',
      { file, sheet: a.sheet, row: a.rowNumber },
      `${quote(a.activity)} staat in het blok ${quote(inBlock.get(a) as string)}, dat de activiteiten van de lijst kort herhaalt; bewaard als opmerking bij het overzicht, niet nog eens als activiteit.`,
    ),
  );
}
