// A project tool's export (Jira, Azure DevOps, Planner) lists its group items
// among the tasks: an "Epic" row "Duurzaam & veilig wonen" is the heading of
// the stories under it, not work of its own; so is a SharePoint list's folder. The tool says so in its type
// column ("Issue Type", "Work Item Type", "Soort"). Such a row is kept as a
// note of the submission, with a warning naming the row, so the secretary
// sees it and nothing is lost. Pure.
import { normalizeHeader } from '../domain/text';
import { keptAsNotes } from './kept-as-notes';
import { problem, quote } from './problems';
import type { ReadTable } from './table';

/** The heading of a project tool's type column, in normal form. */
const TYPE_HEADER = /^(issue type|issuetype|work item type|item type|type|soort|soort item|taaktype)$/;
/** The types that group other items. */
const GROUP_TYPE = /^(epic|feature|initiative|initiatief|thema|programma|folder|map)$/i;

export function groupRowsAsNotes(read: ReadTable, file: string): ReadTable {
  const typeColumn = read.columns.find((c) => c.field === null && TYPE_HEADER.test(normalizeHeader(c.header)));
  if (!typeColumn) return read;
  const typeOf = (extra: Record<string, string>): string => (extra[typeColumn.header] ?? '').trim();
  const groups = read.activities.filter((a) => GROUP_TYPE.test(typeOf(a.extra)));
  return keptAsNotes(read, groups, (a) =>
    problem(
      'warning',
      'group-row',
      { file, sheet: a.sheet, row: a.rowNumber, column: typeColumn.column },
      `${quote(a.activity)} is een ${typeOf(a.extra).toLowerCase()} (de kop van de taken eronder), geen activiteit; bewaard als opmerking bij het overzicht.`,
    ),
  );
}
