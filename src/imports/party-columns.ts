// "Wie doet wat": a partner's table of one column per party ("Thema | Gemeente | Woonwaarts | De Kernen |
// Huurders"), each cell what that party does on the row's theme, the sender's own work in its own column.
// Read for the file's party, its column is the activity; the other parties' cells stay with the row as extra
// fields (shown in the app, not printed), and a row where only other parties have work is no activity of the
// sender: it is kept as a note. Without the file's party (not chosen, not in the file name or title) the table
// is not read this way: whose column is the work is then a guess. Pure.
import type { Grid } from './grid';
import { ACTIVITY_TABLE, headerText, type TableColumn, type TableLayout } from './table-layout';
import type { ReadField } from './types';

/** The parties the app knows, by how a heading or a file name writes them. */
export interface PartyColumnsOptions {
  /** The one party a heading names ("De Kernen" → de-kernen), or null when it names none or several. */
  of: (written: string) => string | null;
  /** The file's party when the secretary chose it. */
  own?: string;
  /** Whether a heading names parties at all, one or a group of them ("Huurders", "Corporaties"). */
  names?: (written: string) => boolean;
}

/** How many header rows from the top are looked at, as for a table's header. */
const HEADER_ROWS = 20;
/** The least number of parties with a column of their own: a table of who does what, not a trekker beside a betrokkene. */
const LEAST_PARTIES = 3;

/**
 * The layout of a table with a column per party, the own party's column as the activity; null when the
 * sheet has no header row naming at least three parties, the own party among them.
 */
export function partyColumnsLayout(grid: Grid, parties: PartyColumnsOptions, own: string): TableLayout | null {
  const first = grid.rowNumbers[0];
  if (first === undefined) return null;
  for (const r of grid.rowNumbers) {
    if (r > first + HEADER_ROWS) break;
    const cells = [...(grid.rows.get(r) ?? new Map())].filter(([, cell]) => cell.masterRow === undefined && cell.text.trim() !== '');
    const named = cells.map(([column, cell]) => {
      const header = headerText(cell.text);
      return { column, header, party: parties.of(header), group: parties.names?.(header) === true };
    });
    const distinct = new Set(named.flatMap((n) => (n.party === null ? [] : [n.party])));
    if (distinct.size < LEAST_PARTIES || !distinct.has(own)) continue;
    const ownColumn = named.find((n) => n.party === own);
    if (!ownColumn) continue;
    const columns: TableColumn<ReadField>[] = named
      .sort((a, b) => a.column - b.column)
      .map(({ column, header, party, group }) => {
        if (column === ownColumn.column) return { column, header, field: 'activity', score: 0.5 };
        // Another party's work on the row: kept under its heading, never read as a field of the sender's.
        if (party !== null || group) return { column, header, field: null, score: 0 };
        const match = ACTIVITY_TABLE.match(header);
        return { column, header, field: match && match.field !== 'activity' ? match.field : null, score: match && match.field !== 'activity' ? match.score : 0 };
      });
    const otherPartyColumns = named.filter((n) => n.column !== ownColumn.column && (n.party !== null || n.group)).map((n) => n.column);
    return { headerRow: r, columns, score: columns.reduce((sum, c) => sum + c.score, 0), duplicates: [], ownPartyColumn: ownColumn.header, otherPartyColumns };
  }
  return null;
}
