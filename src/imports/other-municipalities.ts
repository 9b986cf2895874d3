// A partner that works in several gemeenten keeps one list for all of them, with a column saying where
// ("Gemeente": Druten, Beuningen, Beide). Read for the werkgroep of one gemeente, a row of another is not
// work under these prestatieafspraken: it is kept as a note, with a warning naming the row and the
// gemeente, and the secretary can make it an activity in one click. A row for both or all stays; a
// column that never names the werkgroep's own gemeente says nothing of this and is left alone. Pure.
import { normalizeForSearch } from '../domain/text';
import { activityPlace, problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/** A heading that says in which gemeente the row's work is done. */
const MUNICIPALITY_HEADER = /^(gemeente|gemeenten|werkgebied)$/i;
/** A cell that spans more than one gemeente, or says nothing yet. */
const SEVERAL = /^(beide|allebei|alle|alle gemeenten|regio|regionaal|kies\b.*|n\.?v\.?t\.?|-+|–)$/i;

/** The table without the rows its gemeente column gives to another gemeente than `municipality`. */
export function setAsideOtherMunicipalities(read: ReadTable, municipality: string, file: string): ReadTable {
  const own = normalizeForSearch(municipality);
  if (own === '') return read;
  const column = read.columns.find((c) => c.field === null && MUNICIPALITY_HEADER.test(c.header.trim()));
  if (!column) return read;
  const where = (act: ReadActivity): string => (act.extra[column.header] ?? '').trim();
  const ownWord = new RegExp(String.raw`(^|[^\p{L}])${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\p{L}])`, 'u');
  const names = (text: string): boolean => ownWord.test(normalizeForSearch(text));
  if (!read.activities.some((a) => names(where(a)))) return read;
  const elsewhere = read.activities.filter((a) => {
    const text = where(a);
    return text !== '' && !names(text) && !SEVERAL.test(text);
  });
  if (elsewhere.length === 0) return read;
  return {
    ...read,
    activities: read.activities.filter((a) => !elsewhere.includes(a)),
    notes: [...read.notes, ...elsewhere.map((a) => ({ sheet: a.sheet, row: a.rowNumber, text: a.activity }))].sort((a, b) => a.row - b.row),
    problems: [
      ...read.problems,
      ...elsewhere.map((a) =>
        problem(
          'warning',
          'other-municipality',
          activityPlace(file, a),
          `${quote(a.activity, 80)} is volgens kolom ${column.column} ${quote(column.header)} werk in ${quote(where(a))}, niet in ${municipality}; ` +
            'bewaard als opmerking bij het overzicht, niet als activiteit. Hoort het toch in dit overzicht, maak er dan een activiteit van.',
        ),
      ),
    ],
  };
}
