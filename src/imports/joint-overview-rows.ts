// The werkgroep's joint overview sent back by a partner: every party's rows, a "Partij" column saying whose
// each row is, the sender's own rows updated or added. Another party's row is that party's work, not the
// sender's: it is kept as a note, with a warning naming the row and the party, and the secretary can make it
// an activity in one click. Where the sender's reaction beside it says what the sender does itself ("Reactie
// HBD": "HBD haalt vooraf signalen op …", "reactie Woonwaarts: doen we in 2027 weer mee"), that reaction is the
// sender's activity, the row's text its subject, and the other party's planning is not the sender's. Pure.
import { regExpLiteral } from '../domain/text';
import { keptAsNotes } from './kept-as-notes';
import { activityPlace, problem, quote } from './problems';
import { OWN_ACTION } from './talk-rows';
import type { ReadActivity, ReadWorkbook } from './types';

/** The heading of whose row it is, in the overview the werkgroep sends round. */
const PARTY_HEADER = /^(partij|partijen|organisatie)$/i;
/** A file named as the werkgroep's overview sent back: "Gezamenlijk overzicht 2026 - reactie Woonwaarts", "Reactie Bewonersraad op overzicht 2027". */
const OVERVIEW_NAME = /\bgezamenlijk(e)?\s+(activiteiten)?overzicht\b|\b(reactie|retour)\b.*\boverzicht\b|\boverzicht\b.*\b(reactie|retour)\b/i;
/** A column of the sender's reactions ("Reactie HBD", "Reactie"), or a remark opening as one ("reactie Woonwaarts: …"). */
const REACTION_HEADER = /^reactie\b/i;
const REACTION_REMARK = /^reactie\s+([^:]{2,40}):\s*/i;
/** A reaction that only agrees or asks: "ok", "eens", "akkoord", "geen opmerkingen". */
const ONLY_AGREES = /^(ok(é)?|oké|eens|akkoord|prima|klopt|geen\s+(opmerkingen?|reactie)|n\.?v\.?t\.?|-)\s*[.!]?$/i;
/** "wij …", "we …" opening the reaction, or a verb of doing before it: the sender's own work. */
const WE = /^(wij|we)\s+\p{L}/iu;

/**
 * The sender's reaction beside a row, where it says what the sender does itself: in a column "Reactie HBD" ("wij sluiten
 * in 2028 weer aan", "HBD geeft weer advies", "HBD: stuk in de nieuwsbrief"), or a remark opening "reactie Woonwaarts:"
 * ("doen we in 2027 weer mee"). Undefined where there is none, or it only agrees ("eens", "ok").
 */
export function ownReaction(header: string, value: string, ownName = ''): string | undefined {
  const remark = REACTION_REMARK.exec(value.trim());
  if (!remark && !REACTION_HEADER.test(header.trim())) return undefined;
  const text = remark ? value.trim().slice(remark[0].length) : value.trim();
  // The one reacting, named in the heading ("Reactie HBD") or the remark ("reactie Woonwaarts:"), or as the reader knows it.
  const names = [ownName, header.trim().replace(REACTION_HEADER, ''), remark?.[1] ?? ''].map((n) => n.trim()).filter((n) => n !== '');
  const opensWithName = names.some((n) => new RegExp(`^${regExpLiteral(n)}(\\s*:|\\s+\\p{Ll})`, 'iu').test(text));
  if (text === '' || ONLY_AGREES.test(text)) return undefined;
  return OWN_ACTION.test(text) || WE.test(text) || opensWithName || /^(doen|gaan|sluiten)\s+(we|wij)\b/i.test(text) ? text : undefined;
}

export function jointOverviewRows(
  read: ReadWorkbook,
  own: string,
  partiesOf: (written: string) => readonly string[] | null,
  partyName: (id: string) => string,
): ReadWorkbook {
  const column = read.columns.find((c) => (c.field === 'lead' || c.field === null) && PARTY_HEADER.test(c.header.trim()));
  if (!column) return read;
  const cellOf = (act: ReadActivity): string => ((column.field === 'lead' ? act.lead : act.extra[column.header]) ?? '').trim();
  const partiesOfRow = new Map(read.activities.map((a) => [a, partiesOf(cellOf(a)) ?? []] as const));
  const named = new Set([...partiesOfRow.values()].flat());
  const reactionColumns = read.columns.filter((c) => c.field === null && REACTION_HEADER.test(c.header.trim())).map((c) => c.header);
  // The overview shows itself by its name ("Gezamenlijk overzicht 2027 - retour gemeente", "Reactie Bewonersraad op
  // overzicht 2027") or by the sender's reactions beside the rows; a list of promises with the party that made each
  // ("Toezegging | Partij") is none.
  const overview = named.size >= 2 && (OVERVIEW_NAME.test(read.fileName) || reactionColumns.length > 0);
  if (!overview || !named.has(own)) return read;
  const ownName = partyName(own);
  /** The sender's reaction on the row, where it says what the sender does itself. */
  const ownWork = (act: ReadActivity): string | undefined =>
    [...reactionColumns.map((h) => [h, act.extra[h] ?? ''] as const), ...[act.notes ?? '', ...Object.values(act.extra)].map((v) => ['', v] as const)]
      .map(([h, v]) => ownReaction(h, v, ownName))
      .find((t) => t !== undefined);
  const others = new Map<ReadActivity, readonly string[]>();
  const activities = read.activities.map((act) => {
    const parties = partiesOfRow.get(act) ?? [];
    if (parties.length === 0 || parties.includes(own)) return act;
    const work = ownWork(act);
    if (work === undefined) {
      others.set(act, parties);
      return act;
    }
    // The reaction is the sender's work on the other's row: the row's text its subject, the other's planning not its own.
    const { planning: _othersPlanning, lead: _othersLead, ...rest } = act;
    return { ...rest, activity: `${act.activity.trim()}: ${work}` };
  });
  return keptAsNotes(
    { ...read, activities },
    [...others.keys()],
    (act) =>
      problem(
        'warning',
        'other-party-row',
        activityPlace(read.fileName, act),
        `${quote(act.activity, 80)} is volgens kolom ${column.column} ${quote(column.header)} werk van ${(others.get(act) ?? []).map(partyName).join(' en ')} ` +
          `(een regel van het gezamenlijk overzicht), niet van ${ownName}; bewaard als opmerking bij het overzicht, niet als activiteit. ` +
          'Heeft deze partij er zelf een deel in, maak er dan een activiteit van.',
      ),
  );
}
