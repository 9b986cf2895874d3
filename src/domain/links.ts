// How a stored activity came to its afspraak, and whether a person still has
// to look at it. The linker's statuses (src/imports/link.ts) plus what people
// decide: a proposal confirmed, an afspraak chosen by hand (or "geen afspraak").
import { missingCase } from './assert';

/**
 * How the linker tied an activity to an afspraak, or why it did not.
 * key: our hidden key ("A17"). reference: the sheet names exactly one afspraak
 * ("1.1 bij 6", "Bij 4" under topic 1.1, the afspraak text). evidence: the
 * reference names several and the row's party is in exactly one of them.
 * proposed: text (and party, or an earlier year's choice) suggests one, to be
 * confirmed. choice: several fit about equally; the secretary picks ("kies").
 * none: nothing fits well enough.
 */
export type LinkerStatus = 'key' | 'reference' | 'evidence' | 'proposed' | 'choice' | 'none';

/** A stored link's status: the linker's, or a person's decision ('confirmed' a proposal, 'manual' a choice of their own). */
export type LinkStatus = LinkerStatus | 'confirmed' | 'manual';

/** Made by the file itself: our key, the one afspraak its reference names, or its reference narrowed by the party. */
export const FILE_LINKS: readonly LinkStatus[] = ['key', 'reference', 'evidence'];
/** Decided by a person. */
export const DECIDED_LINKS: readonly LinkStatus[] = ['confirmed', 'manual'];

/**
 * Still open: the app proposed an afspraak, offers a choice, or found none,
 * and nobody decided yet. Such a link is shown as "voorgesteld" or "kies",
 * never as a fact, and a definitive joint overview waits for it.
 */
export function linkIsOpen(status: LinkStatus): boolean {
  return status === 'proposed' || status === 'choice' || status === 'none';
}

/** A person's choice in the import preview: an afspraak, or null for "geen afspraak". */
export type LinkChoice = number | null;

/**
 * The status a link gets when a person chooses in the preview: the proposed
 * afspraak itself is a confirmed proposal, anything else (another afspraak,
 * one of a choice's candidates, "geen afspraak") is chosen by hand.
 */
export function decidedStatus(link: { status: LinkStatus; agreementId: number | null }, choice: LinkChoice): LinkStatus {
  return link.status === 'proposed' && choice === link.agreementId ? 'confirmed' : 'manual';
}

export interface LinkCounts {
  /** Settled: by the file, or decided by a person, to an afspraak. */
  linked: number;
  /** An afspraak suggested, to confirm. */
  proposed: number;
  /** Several fit; a person picks one. */
  choices: number;
  /** No afspraak found, and nobody decided yet: still open. */
  notFound: number;
  /** A person's "geen afspraak": settled. */
  decidedNone: number;
}

/** What the preview's counts say once the choices made so far are taken into account. */
export function countLinks(
  links: readonly { position: number; link: { status: LinkStatus; agreementId: number | null } }[],
  choices: Readonly<Record<number, LinkChoice>> = {},
): LinkCounts {
  const counts: LinkCounts = { linked: 0, proposed: 0, choices: 0, notFound: 0, decidedNone: 0 };
  for (const { position, link } of links) {
    const chosen = Object.prototype.hasOwnProperty.call(choices, position);
    const agreementId = chosen ? (choices[position] as LinkChoice) : link.agreementId;
    const status = chosen ? decidedStatus(link, agreementId) : link.status;
    if (status === 'proposed') counts.proposed++;
    else if (status === 'choice') counts.choices++;
    else if (status === 'none') counts.notFound++;
    else if (agreementId === null) counts.decidedNone++;
    else counts.linked++;
  }
  return counts;
}

/** What is still open about a link, the statuses linkIsOpen() is true for. */
export type OpenLinkStatus = 'proposed' | 'choice' | 'none';

/** "A", "A of B", "A, B of C": the afspraken to choose from. */
export function choiceList(references: readonly string[]): string {
  if (references.length <= 1) return references.join('');
  return `${references.slice(0, -1).join(', ')} of ${references[references.length - 1] as string}`;
}

/**
 * What is open, in Dutch, as the joint overview, its documents, the CLI and
 * the refusal to freeze say it: "voorgestelde koppeling 1.1 bij 1 (1)",
 * "kies: 1.1 bij 1 (1) of 1.1 bij 1 (3)", "geen afspraak gevonden".
 */
export function openLinkText(status: OpenLinkStatus, reference: string | null, candidates: readonly string[]): string {
  switch (status) {
    case 'proposed':
      return reference ? `voorgestelde koppeling ${reference}, nog niet bevestigd` : 'voorgestelde koppeling, nog niet bevestigd';
    case 'choice':
      return candidates.length > 0 ? `kies: ${choiceList(candidates)}` : 'kies de afspraak';
    case 'none':
      return 'geen afspraak gevonden';
    default:
      return missingCase(status);
  }
}

/** One afspraak the activity may belong to, with why. */
export interface LinkCandidate {
  agreementId: number;
  /** Text similarity 0..1. */
  score: number;
  /** Dutch, short: "verwijzing 1.1 bij 1 past bij 3 afspraken", "De Kernen is trekker", "tekst lijkt 45%". */
  reasons: string[];
}
