// "Same work, reported twice": activities of different parties on one
// afspraak that describe the same joint action, proposed to the werkgroep as
// one joint activity with several parties.
import type { AgreementRow } from '../domain/agreements';
import type { ActivityTexts } from './texts';
import type { BundleActivity, DuplicateProposal } from '../domain/joint-overview';

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
 * party (the one most like the others it is alike), and what is left over is
 * clustered again, so a party's second activity can still join another
 * cluster. Only the pairs that share words are compared (texts.similarPairs),
 * and only the similar pairs are weighed, so this grows with the activities
 * and their duplicates, not with all pairs.
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

/** A similar pair seen from one side: the other member (its place in the component) and the similarity. */
interface Edge {
  other: number;
  similarity: number;
  /** The similarity in 1/2000: every similarity is a multiple of it (two directions in thousandths, halved). */
  units: number;
}

/**
 * Single linkage over the similar pairs, once; each cluster of two parties or
 * more keeps one member per party, and what is left of it is split along the
 * same pairs and clustered again. The same clusters as recomputing the
 * components of everything left after each round: a round only changes the
 * components it took members from.
 */
function clusters(onAgreement: BundleActivity[], texts: ActivityTexts): BundleActivity[][] {
  const neighbours = new Map<number, Edge[]>();
  const link = (i: number, j: number, similarity: number) => {
    const edge: Edge = { other: j, similarity, units: Math.round(similarity * 2000) };
    const list = neighbours.get(i);
    if (list) list.push(edge);
    else neighbours.set(i, [edge]);
  };
  for (const [i, j] of texts.similarPairs(onAgreement, DUPLICATE_THRESHOLD, (a) => a.partyId)) {
    const similarity = texts.similarity(onAgreement[i] as BundleActivity, onAgreement[j] as BundleActivity);
    link(i, j, similarity);
    link(j, i, similarity);
  }
  const partyOf = (i: number): string => (onAgreement[i] as BundleActivity).partyId;
  const result: number[][] = [];
  for (const component of components([...neighbours.keys()].sort((a, b) => a - b), neighbours)) {
    if (new Set(component.map(partyOf)).size < 2) continue;
    result.push(...clustersOfComponent(component, onAgreement, neighbours));
  }
  // In the bundle's order: by the first member's place.
  return result.sort((a, b) => (a[0] as number) - (b[0] as number)).map((c) => c.map((i) => onAgreement[i] as BundleActivity));
}

/**
 * The rounds of one component: each takes one member per party (the one most
 * like the members of other parties it is alike: its similarities to them
 * summed; the first in order on a tie) and splits what is left along the
 * pairs. Only the similar pairs count: a member is not made more typical by
 * the many members it is not like. The scores are kept as exact whole numbers
 * of 1/2000, and a round only subtracts what its members leave, along their
 * pairs; the sums in floating point, in the members' order, decide only
 * between members whose exact scores tie. Memory and time grow with the
 * component's similar pairs, not with all its pairs.
 */
function clustersOfComponent(component: number[], onAgreement: BundleActivity[], neighbours: Map<number, Edge[]>): number[][] {
  const c = component.length;
  const local = new Map(component.map((i, k) => [i, k]));
  const partyIds = new Map<string, number>();
  const party = Int32Array.from(component, (i) => {
    const id = (onAgreement[i] as BundleActivity).partyId;
    let p = partyIds.get(id);
    if (p === undefined) partyIds.set(id, (p = partyIds.size));
    return p;
  });
  // Each member's pairs in the component, by local place, in ascending order of the other member.
  const edges: Edge[][] = component.map((i) =>
    (neighbours.get(i) ?? []).map((e) => ({ ...e, other: local.get(e.other) as number })).sort((a, b) => a.other - b.other),
  );
  // Which members belong to the set being worked on: a stamp per set.
  const stamp = new Int32Array(c).fill(-1);
  let stamps = 0;
  const mark = (members: number[]): number => {
    const s = stamps++;
    for (const k of members) stamp[k] = s;
    return s;
  };
  const sums = new Int32Array(c);
  /** Each member's score within `members`, from scratch. */
  const sumWithin = (members: number[]): void => {
    const s = mark(members);
    for (const k of members) {
      let sum = 0;
      for (const e of edges[k] as Edge[]) if (stamp[e.other] === s && party[e.other] !== party[k]) sum += e.units;
      sums[k] = sum;
    }
  };
  /** Per party the member most like the other parties' members (first in order on a tie), in order. */
  const choose = (members: number[]): number[] => {
    const top = new Map<number, number>();
    for (const k of members) top.set(party[k] as number, Math.max(top.get(party[k] as number) ?? -1, sums[k] as number));
    const s = mark(members);
    const best = new Map<number, { member: number; score: number }>();
    for (const k of members) {
      if (sums[k] !== top.get(party[k] as number)) continue;
      let score = 0;
      for (const e of edges[k] as Edge[]) if (stamp[e.other] === s && party[e.other] !== party[k]) score += e.similarity;
      const current = best.get(party[k] as number);
      if (!current || score > current.score) best.set(party[k] as number, { member: k, score });
    }
    return [...best.values()].map((b) => b.member).sort((a, b) => a - b);
  };
  // Which piece a member of what is left belongs to: the pieces are its components along the pairs.
  const piece = new Int32Array(c);
  const split = (members: number[]): number[][] => {
    const s = mark(members);
    const pieces: number[][] = [];
    for (const k of members) {
      if (stamp[k] !== s) continue;
      stamp[k] = -1;
      const found = [k];
      for (let q = 0; q < found.length; q++) {
        for (const e of edges[found[q] as number] as Edge[]) {
          if (stamp[e.other] !== s) continue;
          stamp[e.other] = -1;
          found.push(e.other);
        }
      }
      for (const l of found) piece[l] = pieces.length;
      pieces.push(found.sort((a, b) => a - b));
    }
    return pieces;
  };

  const all = component.map((_, k) => k);
  sumWithin(all);
  const result: number[][] = [];
  const pending = [all];
  for (let members = pending.pop(); members !== undefined; members = pending.pop()) {
    if (new Set(members.map((k) => party[k])).size < 2) continue;
    const chosen = choose(members);
    result.push(chosen.map((k) => component[k] as number));
    const taken = new Set(chosen);
    const rest = members.filter((k) => !taken.has(k));
    const pieces = split(rest);
    for (const p of pieces) {
      if (p.length <= rest.length - p.length) {
        sumWithin(p);
        continue;
      }
      // The one large piece: subtract, along their pairs, what the members taken and the other pieces gave.
      const own = piece[p[0] as number] as number;
      const s = mark(p);
      for (const g of [...chosen, ...rest.filter((l) => piece[l] !== own)]) {
        for (const e of edges[g] as Edge[]) if (stamp[e.other] === s && party[e.other] !== party[g]) sums[e.other] = (sums[e.other] as number) - e.units;
      }
    }
    pending.push(...pieces);
  }
  return result;
}

/** Connected components of `members` (positions, ascending) along the pairs among them, each in ascending order. */
function components(members: number[], neighbours: Map<number, Edge[]>): number[][] {
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
    for (const { other: j } of neighbours.get(i) ?? []) if (parent.has(j)) parent.set(find(j), find(i));
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
