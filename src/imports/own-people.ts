// A partner's "Verantwoordelijk" or "Wie" column often names its own
// departments or people ("Vastgoedontwikkeling", "Anja en Kees", "bestuur"),
// not a party. When no row of the column names a party we know, the column is
// kept under its own heading as an extra field, with one note saying so,
// instead of a trekker per row and a warning per unknown name. Pure.
import { problem } from './problems';
import type { ReadWorkbook } from './types';

export function ownPeopleColumn(read: ReadWorkbook, namesParty: (written: string) => boolean): ReadWorkbook {
  const column = read.columns.find((c) => c.field === 'lead');
  const written = read.activities.map((a) => a.lead?.trim() ?? '').filter((w) => w !== '');
  if (!column || written.length === 0 || written.some(namesParty)) return read;
  return {
    ...read,
    columns: read.columns.map((c) => (c === column ? { ...c, field: null } : c)),
    activities: read.activities.map(({ lead, ...act }) => {
      if (act.fieldColumns?.lead !== undefined) {
        const { lead: _column, ...fieldColumns } = act.fieldColumns;
        act = { ...act, fieldColumns };
      }
      return lead === undefined ? act : { ...act, extra: { ...act.extra, [column.header]: lead } };
    }),
    problems: [
      ...read.problems,
      problem(
        'warning',
        'own-people-column',
        { file: read.fileName, sheet: read.sheet, row: read.headerRow, column: column.column },
        `de kolom "${column.header}" noemt geen partij maar eigen afdelingen of mensen (zoals "${written[0]}"); bewaard als extra gegeven, niet als trekker.`,
      ),
    ],
  };
}
