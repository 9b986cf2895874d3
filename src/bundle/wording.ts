// Dutch wording of the aandachtspunten: party names with the article a
// sentence needs, lists, and partners' texts quoted as written; and how the
// werkgroep's alignment of an activity reads.
import type { Alignment, AlignmentStatus } from '../domain/bundle-decisions';

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
    case 'voorgesteld':
      return 'Nog niet afgestemd';
    case 'afgestemd':
      return 'Afgestemd';
    case 'toegezegd':
      return 'Toegezegd';
    default: {
      const unknown: never = status;
      return String(unknown);
    }
  }
}

/** Whether the werkgroep ever recorded anything on this activity's alignment (older versions: judged by what it holds). */
export function alignmentRecorded(a: Alignment): boolean {
  return a.recordedAt !== undefined || a.status !== 'voorgesteld' || a.promises.length > 0 || a.alsoInvolved.length > 0 || a.notes.trim() !== '';
}

/**
 * How one activity's alignment reads: in a definitive version an activity the
 * werkgroep never discussed reads "Niet besproken", one it discussed without
 * aligning it "Besproken, niet afgestemd"; before that "Nog niet besproken" and
 * "Nog niet afgestemd".
 */
export function alignmentLabel(a: Alignment, definitive: boolean): string {
  if (a.status !== 'voorgesteld') return alignmentStatusLabel(a.status);
  if (!alignmentRecorded(a)) return definitive ? 'Niet besproken' : 'Nog niet besproken';
  return definitive ? 'Besproken, niet afgestemd' : 'Nog niet afgestemd';
}
