// Which activities' links to an afspraak are still open, worked out the same
// way for the joint overview (compute.ts) and for the service's list of open
// links and its refusal to freeze a definitive version. Pure.
import { linkIsOpen, type LinkStatus, type OpenLinkStatus } from '../domain/links';
import type { StoredActivity } from '../domain/activities';
import type { AgreementRow } from '../domain/agreements';
import type { OpenLink } from '../domain/joint-overview';
import { rank } from '../domain/joint-overview-wording';

type Linked = Pick<StoredActivity, 'agreementId' | 'linkStatus' | 'linkCandidates'>;

/**
 * The link as the overview shows it. A link to an afspraak outside this set
 * cannot be shown under it: the activity then goes to the activities without
 * afspraak as one for which no afspraak was found, rather than disappearing.
 */
export function shownLink(a: Linked, agreementsById: ReadonlyMap<number, AgreementRow>): { agreementId: number | null; linkStatus: LinkStatus } {
  if (a.agreementId !== null && !agreementsById.has(a.agreementId)) return { agreementId: null, linkStatus: 'none' };
  return { agreementId: a.agreementId, linkStatus: a.linkStatus };
}

/** The afspraken the linker considered besides the linked or proposed one, by reference, best first. */
export function candidateReferences(a: Linked, agreementsById: ReadonlyMap<number, AgreementRow>): string[] {
  const seen = new Set<number>();
  const references: string[] = [];
  for (const c of a.linkCandidates) {
    if (c.agreementId === a.agreementId || seen.has(c.agreementId)) continue;
    const row = agreementsById.get(c.agreementId);
    if (!row) continue;
    seen.add(c.agreementId);
    references.push(row.reference);
  }
  return references;
}

/** The open links among the activities, in the overview's party order and the order of each party's file. */
export function openLinksOf(
  activities: readonly StoredActivity[],
  agreementsById: ReadonlyMap<number, AgreementRow>,
  partyOrder: ReadonlyMap<string, number>,
): OpenLink[] {
  const order = new Map(partyOrder);
  return activities
    .flatMap((a) => {
      const { agreementId, linkStatus } = shownLink(a, agreementsById);
      if (!linkIsOpen(linkStatus)) return [];
      const open: OpenLink = {
        activityId: a.id,
        partyId: a.partyId,
        sheet: a.sheet,
        rowNumber: a.rowNumber,
        activity: a.activity,
        status: linkStatus as OpenLinkStatus,
        reference: agreementId === null ? null : (agreementsById.get(agreementId)?.reference ?? null),
        candidates: candidateReferences(a, agreementsById),
      };
      return [{ open, position: a.position }];
    })
    .sort(
      (x, y) =>
        rank(order, x.open.partyId) - rank(order, y.open.partyId) ||
        x.open.partyId.localeCompare(y.open.partyId) ||
        x.position - y.position ||
        x.open.activityId - y.open.activityId,
    )
    .map((x) => x.open);
}
