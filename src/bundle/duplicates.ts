// "Same work, reported twice": activities of different parties on one
// afspraak that describe the same joint action, proposed to the werkgroep as
// one joint activity with several parties.
import type { AgreementRow } from '../service/contract';
import type { ActivityTexts } from './texts';
import type { BundleActivity, DuplicateProposal } from './types';

/**
 * Two activities on the same afspraak are proposed as one joint action from
 * this similarity (the two-way text similarity of ./texts). A proposal is
 * only a question to the werkgroep, so it may err on the generous side; on
 * the 2027 fixture the wijkschouwen of one place score 0.54–0.55, the best
 * pair of different work on one afspraak 0.38 ("Verbeteren energielabels" by
 * Woonwaarts and "Laatste 12 woningen met label E" by De Kernen), the
 * wijkschouw of another place 0.24.
 */
export const DUPLICATE_THRESHOLD = 0.45;

/**
 * Per afspraak: activities of different parties whose texts are alike are
 * clustered by single linkage; each cluster keeps at most one activity per
 * party (the one most like the others), and what is left over is clustered
 * again, so a party's second activity can still join another cluster.
 */
export function findDuplicates(
  agreements: AgreementRow[],
  byAgreement: Map<number, BundleActivity[]>,
  decisions: Map<string, 'accepted' | 'rejected'>,
  texts: ActivityTexts,
): DuplicateProposal[] {
  const similarity = texts.similarity;
  const proposals: DuplicateProposal[] = [];
  for (const agreement of agreements) {
    const onAgreement = byAgreement.get(agreement.id) ?? [];
    if (new Set(onAgreement.map((a) => a.partyId)).size < 2) continue;
    for (const members of clusters(onAgreement, similarity)) {
      const key = duplicateKey(members);
      let total = 0;
      let pairs = 0;
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          total += similarity(members[i] as BundleActivity, members[j] as BundleActivity);
          pairs++;
        }
      }
      proposals.push({
        key,
        agreementId: agreement.id,
        activityIdentities: members.map((m) => m.identity),
        partyIds: members.map((m) => m.partyId),
        similarity: Math.round((total / pairs) * 100) / 100,
        decision: decisions.get(key) ?? 'open',
      });
    }
  }
  return proposals;
}

/** The decision key: sorted identities, so it does not depend on the order of parties or rows. */
export function duplicateKey(members: { identity: string }[]): string {
  return members
    .map((m) => m.identity)
    .sort()
    .join('|');
}

type Similarity = ActivityTexts['similarity'];

function clusters(onAgreement: BundleActivity[], similarity: Similarity): BundleActivity[][] {
  const result: BundleActivity[][] = [];
  let pool = [...onAgreement];
  for (;;) {
    const found = components(pool, similarity).filter((c) => new Set(c.map((a) => a.partyId)).size >= 2);
    if (found.length === 0) break;
    for (const component of found) {
      const chosen = onePerParty(component, similarity);
      result.push(chosen);
      pool = pool.filter((a) => !chosen.includes(a));
    }
  }
  // In the bundle's order: by the first member's place.
  const position = new Map(onAgreement.map((a, i) => [a, i]));
  return result.sort((a, b) => (position.get(a[0] as BundleActivity) ?? 0) - (position.get(b[0] as BundleActivity) ?? 0));
}

/** Connected components of "different parties and similar enough", members in bundle order. */
function components(pool: BundleActivity[], similarity: Similarity): BundleActivity[][] {
  const parent = pool.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i] as BundleActivity;
      const b = pool[j] as BundleActivity;
      if (a.partyId !== b.partyId && similarity(a, b) >= DUPLICATE_THRESHOLD) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, BundleActivity[]>();
  pool.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a]));
  return [...groups.values()];
}

/** Per party the member most like the other parties' members (first in order on a tie). */
function onePerParty(component: BundleActivity[], similarity: Similarity): BundleActivity[] {
  const best = new Map<string, { activity: BundleActivity; score: number }>();
  for (const a of component) {
    const score = component.filter((b) => b.partyId !== a.partyId).reduce((sum, b) => sum + similarity(a, b), 0);
    const current = best.get(a.partyId);
    if (!current || score > current.score) best.set(a.partyId, { activity: a, score });
  }
  const chosen = new Set([...best.values()].map((b) => b.activity));
  return component.filter((a) => chosen.has(a));
}

export function applyAcceptedDuplicates(activities: BundleActivity[], proposals: DuplicateProposal[]): void {
  const byIdentity = new Map(activities.map((a) => [a.identity, a]));
  for (const p of proposals) {
    if (p.decision !== 'accepted') continue;
    for (const identity of p.activityIdentities) {
      const a = byIdentity.get(identity);
      if (a) a.jointWith = p.activityIdentities.filter((other) => other !== identity);
    }
  }
}
