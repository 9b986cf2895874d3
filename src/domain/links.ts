// How a stored activity came to its afspraak, and whether a person still has
// to look at it. The linker's statuses (src/imports/link.ts) plus what people
// decide: a proposal confirmed, an afspraak chosen by hand (or "geen afspraak").

export type LinkStatus = 'key' | 'reference' | 'evidence' | 'proposed' | 'choice' | 'confirmed' | 'manual' | 'none';

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
