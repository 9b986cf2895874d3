// A meeting's action list sent as an activiteitenoverzicht ("Actiepunt | Wie", "Actie | Actiehouder") holds
// the other parties' actions too. A row its action holder gives only to other parties is their work, not the
// sender's: it is kept as a note, with a warning naming the row and the party, and the secretary can make it an
// activity in one click. Read so only where the column gives some rows to the sender itself, so that it tells
// rows apart. A plan's "Wie", "Partij" or "Trekker" says nothing of this: there the sender lists the work it
// takes part in, another party leading it. Pure.
import { keptAsNotes } from './kept-as-notes';
import { activityPlace, problem, quote } from './problems';
import type { ColumnMapping, ReadActivity, ReadWorkbook } from './types';

/** The heading of who holds an action point: always the one who does it. */
const ACTION_HOLDER = /^(actiehouder|actienemer)\s*[:?]?$/i;
/**
 * A heading of who does it that says so in an action list only ("Actiepunt | Wie"): in a plan ("Wat gaan we doen |
 * Wie", "Toezegging | Partij") the sender lists work it takes part in, another party leading. Nor a "Trekker", whose
 * work others take part in.
 */
const DOER = /^(wie|uitvoerder|door wie|eigenaar|owner)\s*[:?]?$/i;
/** The heading of an action list's points. */
const ACTION_POINT = /^(actie|acties|actiepunt(en)?)\s*[:?]?$/i;

/**
 * The read workbook without the rows the owner column gives only to other parties than `own`. `partiesOf`
 * answers every party a text names, groups spelled out ("corporaties" → both), or null when it names anything
 * the app does not know (a person, a department, "WW"): then whose the row is, is not certain, and it stays.
 */
export function otherPartyRows(read: ReadWorkbook, own: string, partiesOf: (written: string) => readonly string[] | null, partyName: (id: string) => string): ReadWorkbook {
  const cellOf = (act: ReadActivity, c: ColumnMapping): string => ((c.field === 'lead' ? act.lead : act.extra[c.header]) ?? '').trim();
  const actionList = ACTION_POINT.test(read.columns.find((c) => c.field === 'activity')?.header.trim() ?? '');
  const owner = (header: string): boolean => ACTION_HOLDER.test(header) || (actionList && DOER.test(header));
  const column = read.columns.find((c) => (c.field === 'lead' || c.field === null) && owner(c.header.trim()) && read.activities.some((a) => partiesOf(cellOf(a, c))?.includes(own) === true));
  if (!column) return read;
  const others = new Map<ReadActivity, readonly string[]>();
  for (const act of read.activities) {
    const named = partiesOf(cellOf(act, column)) ?? [];
    if (named.length > 0 && !named.includes(own)) others.set(act, named);
  }
  if (others.size === 0) return read;
  const { activities, notes, problems } = keptAsNotes(
    { activities: read.activities, notes: read.notes, columns: read.columns, rowsRead: read.rowsRead, problems: read.problems },
    [...others.keys()],
    (act) =>
      problem(
        'warning',
        'other-party-row',
        activityPlace(read.fileName, act),
        `${quote(act.activity, 80)} is volgens kolom ${column.column} ${quote(column.header)} werk van ${(others.get(act) ?? []).map(partyName).join(' en ')}, niet van ${partyName(own)}; ` +
          'bewaard als opmerking bij het overzicht, niet als activiteit. Is het toch werk van deze partij, maak er dan een activiteit van.',
      ),
  );
  return { ...read, activities, notes, problems };
}
