// A planning tool's export (MS Project, an Excel Gantt template) marks a moment with a duration of nothing
// ("0 dagen", "0d") or a diamond in its bars. A moment is no work of its own where it marks the work on the
// rows just above it: "Oplevering Kattenburg" under "Kattenburg Druten: 32 app. afbouwen", "Besluit college
// anterieure ovk Heuvelakker" under the work on that overeenkomst. Nor is the plan's own bookkeeping
// ("Projectstart", "Einde project"), nor another's moment kept in the plan for what waits on it ("start bouw
// (extern – planning Woonwaarts)", "… – ter info"). Each is kept as a note, with a warning naming the row. A
// moment no row above holds the work of ("Besluit college ondertekening Schone Lucht Akkoord") is the year's
// work, and stays. Pure.
import { contentWords } from '../domain/similarity';
import { normalizeHeader } from '../domain/text';
import { keptAsNotes } from './kept-as-notes';
import { problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/** A column of how long each task takes: "Duur", "Dagen", "Duration", "Doorlooptijd (dagen)". */
const DURATION_HEADER = /^(duur|duration|dagen|aantal dagen|werkdagen|doorlooptijd|looptijd)( \(?(dagen|dg|d|werkdagen)\)?)?$/;
/** A duration of nothing: "0 dagen", "0d", "0 wkn", "0". */
const NO_DURATION = /^0([.,]0+)?\s*(d|dg|dgn|dag|dagen|days?|w|wk|wkn|weken|wks?)?\s*\??$/i;
/** The diamond a Gantt bar shows for a moment. */
const DIAMOND = /[◆♦⬥]/u;
/** The plan's own bookkeeping: its start and its end. */
const BOOKKEEPING = /^(project\s*start|start\s+(van\s+het\s+)?project|kick-?off|project\s*einde|einde\s+(van\s+het\s+)?project|project\s*afsluiting|afsluiting\s+(van\s+het\s+)?project)\s*\.?$/i;
/** Another's moment, kept for what waits on it: "(extern – planning Woonwaarts)", "– ter info". */
const OTHERS_MOMENT = /\b(extern|ter\s+info(rmatie)?|ter\s+kennisname)\b/i;
/** How many rows up the work a moment marks may stand. */
const ROWS_UP = 3;
/** A word two texts share says they are of one piece of work where it is this long, stemmed: a place or project's name, a kind of work. */
const TELLING_WORD = 6;

/** Why a row is a moment of work listed elsewhere, or undefined. */
function momentOf(act: ReadActivity, above: readonly ReadActivity[]): string | undefined {
  const text = act.activity.trim();
  if (BOOKKEEPING.test(text)) return 'is het begin of einde van het plan zelf (een mijlpaal), geen activiteit';
  if (OTHERS_MOMENT.test(text)) return 'is een mijlpaal van een ander, in het plan gezet om wat erop wacht, geen eigen activiteit';
  const own = new Set(contentWords(text).filter((w) => w.length >= TELLING_WORD));
  const work = above.find((a) => contentWords(a.activity).some((w) => own.has(w)));
  return work ? `is een mijlpaal van ${quote(work.activity)} (rij ${work.rowNumber}), geen eigen activiteit` : undefined;
}

export function milestonesAsNotes(read: ReadTable, file: string): ReadTable {
  const durations = read.columns.filter((c) => c.field === null && DURATION_HEADER.test(normalizeHeader(c.header))).map((c) => c.header);
  const isMoment = (act: ReadActivity): boolean =>
    durations.some((h) => NO_DURATION.test((act.extra[h] ?? '').trim())) || [act.planning ?? '', ...Object.values(act.extra)].some((v) => DIAMOND.test(v));
  const why = new Map<ReadActivity, string>();
  const ordered = [...read.activities].sort((a, b) => a.rowNumber - b.rowNumber);
  ordered.forEach((act, i) => {
    if (!isMoment(act)) return;
    // The work above it: the rows right above that are no moments themselves.
    const above = ordered
      .slice(Math.max(0, i - ROWS_UP), i)
      .reverse()
      .filter((a) => !isMoment(a));
    const reason = momentOf(act, above);
    if (reason) why.set(act, reason);
  });
  return keptAsNotes(read, [...why.keys()], (a) =>
    problem('warning', 'milestone-row', { file, sheet: a.sheet, row: a.rowNumber }, `${quote(a.activity)} ${why.get(a) as string}; bewaard als opmerking bij het overzicht.`),
  );
}
