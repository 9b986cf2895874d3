// Dutch wording of the aandachtspunten: party names with the article a
// sentence needs, lists, and partners' texts quoted as written; how the
// werkgroep's alignment of an activity reads; and the labels of the
// overview's codes (gaps, kinds of aandachtspunt), one place for the page,
// Word, Excel and the CLI (reports/labels.ts hands them on).
import type { Alignment, AlignmentStatus } from './bundle-decisions';
import { missingCase } from './assert';
import type { AgreementGap, AttentionKind } from './joint-overview';

export interface PartyNames {
  /** Party id → position in the overview's party order. */
  order: Map<string, number>;
  /** "Gemeente", "Woonwaarts", "HBD" … (the id itself for an unknown id). */
  short(id: string): string;
  /** With the article Dutch needs mid-sentence: "de Gemeente", "Woonwaarts", "de Bewonersraad De Kernen". */
  inSentence(id: string): string;
  /** The same at the start of a sentence: "De Gemeente". */
  atStart(id: string): string;
}

/** Names that are common nouns take "de" in a sentence; proper names ("Woonwaarts", "HBD", "De Kernen") do not. */
const NEEDS_ARTICLE = /^(gemeente|bewonersraad|huurdersvereniging|huurdersraad|stichting)\b/i;

export function partyNames(parties: { id: string; shortName: string }[]): PartyNames {
  const byId = new Map(parties.map((p) => [p.id, p]));
  const short = (id: string): string => byId.get(id)?.shortName ?? id;
  const inSentence = (id: string): string => {
    const name = short(id);
    return NEEDS_ARTICLE.test(name) ? `de ${name}` : name;
  };
  return {
    order: new Map(parties.map((p, i) => [p.id, i])),
    short,
    inSentence,
    atStart: (id) => capitalize(inSentence(id)),
  };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A en B", "A, B en C". */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] as string}`;
}

/** A partner's text inside a sentence: one line, without a closing full stop. */
export function clean(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '');
}

/** The same, in Dutch single quotes. */
export function quote(text: string): string {
  return `‘${clean(text)}’`;
}

/** A party's place in the overview's order; unknown parties after the known ones. */
export function rank(order: Map<string, number>, partyId: string): number {
  return order.get(partyId) ?? order.size;
}

/**
 * The alignment status as a choice ("Nog niet afgestemd", "Afgestemd",
 * "Toegezegd"). Never "voorgesteld": that word names a link the Werkbank
 * proposed ("voorgestelde koppeling"), a different thing.
 */
export function alignmentStatusLabel(status: AlignmentStatus): string {
  switch (status) {
    case 'pending':
      return 'Nog niet afgestemd';
    case 'aligned':
      return 'Afgestemd';
    case 'promised':
      return 'Toegezegd';
    default:
      return missingCase(status);
  }
}

/** Whether the werkgroep ever recorded anything on this activity's alignment (older versions: judged by what it holds). */
export function alignmentRecorded(a: Alignment): boolean {
  return a.recordedAt !== undefined || a.status !== 'pending' || a.promises.length > 0 || a.alsoInvolved.length > 0 || a.notes.trim() !== '';
}

/**
 * How one activity's alignment reads: in a definitive version an activity the
 * werkgroep never discussed reads "Niet besproken", one it discussed without
 * aligning it "Besproken, niet afgestemd"; before that "Nog niet besproken" and
 * "Nog niet afgestemd".
 */
export function alignmentLabel(a: Alignment, definitive: boolean): string {
  if (a.status !== 'pending') return alignmentStatusLabel(a.status);
  if (!alignmentRecorded(a)) return definitive ? 'Niet besproken' : 'Nog niet besproken';
  return definitive ? 'Besproken, niet afgestemd' : 'Nog niet afgestemd';
}

/** The gap as a label; `undecided` when an activity whose link is still open may belong to the afspraak. */
export function gapLabel(gap: AgreementGap, undecided = false): string {
  switch (gap) {
    case 'no-activity':
      return undecided ? 'Nog geen activiteit gekoppeld' : 'Geen activiteit ingediend';
    case 'lead-without-activity':
      return undecided ? 'Trekker nog zonder gekoppelde activiteit' : 'Trekker zonder activiteit';
    default:
      return missingCase(gap);
  }
}

/** Heading of a group of aandachtspunten. */
export function attentionKindTitle(kind: AttentionKind): string {
  switch (kind) {
    case 'agreement-without-activity':
      return 'Afspraken zonder activiteit';
    case 'lead-without-activity':
      return 'Trekker zonder activiteit';
    case 'insufficient':
      return 'Onvoldoende opgepakt';
    case 'need-unanswered':
      return 'Onbeantwoorde vragen aan andere partijen';
    case 'party-missing':
      return 'Ontbrekende activiteitenoverzichten';
    case 'duplicate-open':
      return 'Mogelijk dubbel gemelde activiteiten';
    case 'unlinked-activity':
      // Only open links are aandachtspunten: nobody has decided these have no afspraak.
      return 'Activiteiten nog zonder afspraak';
    default:
      return missingCase(kind);
  }
}

/** One sentence under the heading: what the group means and what the werkgroep does with it. */
export function attentionKindExplanation(kind: AttentionKind, planningYear: number): string {
  switch (kind) {
    case 'agreement-without-activity':
      return `Afspraken die volgens hun uitvoering in ${planningYear} lopen, zonder activiteit van een van de partijen.`;
    case 'lead-without-activity':
      return `Afspraken die in ${planningYear} lopen, waarvan de trekker geen activiteit heeft ingediend.`;
    case 'insufficient':
      return 'Afspraken die de werkgroep als onvoldoende opgepakt heeft aangemerkt, met het afgesproken vervolg.';
    case 'need-unanswered':
      return 'Een partij heeft iets van een andere partij nodig, zonder activiteit of toezegging van die partij.';
    case 'party-missing':
      return 'Partijen van wie geen (actueel) activiteitenoverzicht is ontvangen.';
    case 'duplicate-open':
      return 'Activiteiten van verschillende partijen die dezelfde gezamenlijke actie lijken te beschrijven; de werkgroep heeft nog niet besloten.';
    case 'unlinked-activity':
      return 'Activiteiten waarvan nog niet vaststaat bij welke afspraak ze horen: kies de afspraak, of leg vast dat er geen is. Ze staan in de bijlage.';
    default:
      return missingCase(kind);
  }
}

/**
 * Title of the appendix of activities without afspraak: "zonder afspraak" is
 * said only of activities the werkgroep decided have none, "nog zonder" of
 * those whose link is still open, "(nog) zonder" when both are there.
 */
export function unlinkedAppendixTitle(open: number, decided: number): string {
  const which = open === 0 ? 'zonder' : decided === 0 ? 'nog zonder' : '(nog) zonder';
  return `Bijlage: activiteiten ${which} afspraak`;
}
