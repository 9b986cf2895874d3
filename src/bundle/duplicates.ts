// "Same work, reported twice": activities of different parties on one
// afspraak that describe the same joint action, proposed to the werkgroep as
// one joint activity with several parties.
import type { AgreementRow } from '../domain/agreements';
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
 * again, so a party's second activity can still join another cluster. Only
 * the pairs that share words are compared (texts.similarPairs), so this grows
 * with the activities and their duplicates, not with all pairs.
 */
export function findDuplicates(
  agreements: AgreementRow[],
  byAgreement: Map<number, BundleActivity[]>,
  decisions: Map<string, 'accepted' | 'rejected'>,
  texts: ActivityTexts,
): DuplicateProposal[] {
  const { similarity } = texts;
  const proposals: DuplicateProposal[] = [];
  for (const agreement of agreements) {
    const onAgreement = byAgreement.get(agreement.id) ?? [];
    if (new Set(onAgreement.map((a) => a.partyId)).size < 2) continue;
    for (const members of clusters(onAgreement, texts)) {
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

/**
 * Single linkage over the similar pairs, once; each cluster of two parties or
 * more keeps one member per party, and what is left of it is split along the
 * same pairs and clustered again. The same clusters as recomputing the
 * components of everything left after each round: a round only changes the
 * components it took members from.
 */
function clusters(onAgreement: BundleActivity[], texts: ActivityTexts): BundleActivity[][] {
  const neighbours = new Map<number, number[]>();
  const link = (i: number, j: number) => {
    const list = neighbours.get(i);
    if (list) list.push(j);
    else neighbours.set(i, [j]);
  };
  for (const [i, j] of texts.similarPairs(onAgreement, DUPLICATE_THRESHOLD, (a, b) => a.partyId !== b.partyId)) {
    link(i, j);
    link(j, i);
  }
  const partyOf = (i: number): string => (onAgreement[i] as BundleActivity).partyId;
  // A large component is weighed again in every round, one member per party fewer each time:
  // each pair's similarity is worked out once (memory with the components' pairs, not the afspraak's).
  const n = onAgreement.length;
  const weighed = new Map<number, number>();
  const similarityAt = (i: number, j: number): number => {
    const key = i * n + j;
    let score = weighed.get(key);
    if (score === undefined) weighed.set(key, (score = texts.similarity(onAgreement[i] as BundleActivity, onAgreement[j] as BundleActivity)));
    return score;
  };
  const result: number[][] = [];
  const pending = components([...neighbours.keys()].sort((a, b) => a - b), neighbours);
  for (let component = pending.pop(); component !== undefined; component = pending.pop()) {
    if (new Set(component.map(partyOf)).size < 2) continue;
    const chosen = new Set(onePerParty(component, onAgreement, similarityAt));
    result.push(component.filter((i) => chosen.has(i)));
    pending.push(...components(component.filter((i) => !chosen.has(i)), neighbours));
  }
  // In the bundle's order: by the first member's place.
  return result.sort((a, b) => (a[0] as number) - (b[0] as number)).map((c) => c.map((i) => onAgreement[i] as BundleActivity));
}

/** Connected components of `members` (positions, ascending) along the pairs among them, each in ascending order. */
function components(members: number[], neighbours: Map<number, number[]>): number[][] {
  const parent = new Map(members.map((i) => [i, i]));
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    while (i !== root) {
      const next = parent.get(i) as number;
      parent.set(i, root);
      i = next;
    }
    return root;
  };
  for (const i of members) {
    for (const j of neighbours.get(i) ?? []) if (parent.has(j)) parent.set(find(j), find(i));
  }
  const groups = new Map<number, number[]>();
  for (const i of members) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/** Per party the member most like the other parties' members (first in order on a tie). */
function onePerParty(component: number[], onAgreement: BundleActivity[], similarity: (i: number, j: number) => number): number[] {
  const best = new Map<string, { member: number; score: number }>();
  for (const i of component) {
    const a = onAgreement[i] as BundleActivity;
    let score = 0;
    for (const j of component) {
      const b = onAgreement[j] as BundleActivity;
      if (b.partyId !== a.partyId) score += similarity(i, j);
    }
    const current = best.get(a.partyId);
    if (!current || score > current.score) best.set(a.partyId, { member: i, score });
  }
  return [...best.values()].map((b) => b.member);
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
