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

/**
 * The similar pairs of one afspraak's activities as compact adjacency lists:
 * member i's pairs are at first[i] … first[i + 1] - 1, each with the other
 * member (ascending) and the similarity in whole units of 1/2000 (every
 * similarity is a multiple of it: two directions in thousandths, halved).
 * Typed arrays, so that a region's millions of pairs cost bytes, not objects.
 */
interface Pairs {
  first: Int32Array;
  other: Int32Array;
  units: Int16Array;
}

function pairsOf(onAgreement: BundleActivity[], texts: ActivityTexts): Pairs {
  const n = onAgreement.length;
  const found = texts.similarPairs(onAgreement, DUPLICATE_THRESHOLD, (a) => a.partyId);
  const first = new Int32Array(n + 1);
  for (const [i, j] of found) {
    first[i + 1] = (first[i + 1] as number) + 1;
    first[j + 1] = (first[j + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const size = first[n] as number;
  const other = new Int32Array(size);
  const units = new Int16Array(size);
  const next = first.slice(0, n);
  const put = (from: number, to: number, u: number): void => {
    const at = next[from] as number;
    next[from] = at + 1;
    other[at] = to;
    units[at] = u;
  };
  // The pairs come as [k, l], k < l, ascending: filled in that order, each member's list is ascending too.
  for (const [i, j, similarity] of found) {
    const u = Math.round(similarity * 2000);
    put(i, j, u);
    put(j, i, u);
  }
  return { first, other, units };
}

/** The pairs, and room to work in, per member of one afspraak: made once, used by every component. */
interface Work {
  pairs: Pairs;
  party: Int32Array;
  /** Which members belong to the set being worked on: a stamp per set. */
  stamp: Int32Array;
  stamps: number;
  /** Each member's score: its similarities to the members of other parties it is alike, in units. */
  sums: Int32Array;
}

/**
 * Single linkage over the similar pairs, once; each cluster of two parties or
 * more keeps one member per party, and what is left of it is split along the
 * same pairs and clustered again. The same clusters as recomputing the
 * components of everything left after each round: a round only changes the
 * components it took members from.
 */
function clusters(onAgreement: BundleActivity[], texts: ActivityTexts): BundleActivity[][] {
  const pairs = pairsOf(onAgreement, texts);
  const n = onAgreement.length;
  const partyIds = new Map<string, number>();
  const party = Int32Array.from(onAgreement, (a) => {
    let p = partyIds.get(a.partyId);
    if (p === undefined) partyIds.set(a.partyId, (p = partyIds.size));
    return p;
  });
  const work: Work = { pairs, party, stamp: new Int32Array(n).fill(-1), stamps: 0, sums: new Int32Array(n) };
  const withPairs: number[] = [];
  for (let i = 0; i < n; i++) if ((pairs.first[i + 1] as number) > (pairs.first[i] as number)) withPairs.push(i);
  const result: number[][] = [];
  for (const component of split(work, withPairs)) {
    if (!twoParties(party, component)) continue;
    result.push(...clustersOfComponent(work, component));
  }
  // In the bundle's order: by the first member's place.
  return result.sort((a, b) => (a[0] as number) - (b[0] as number)).map((c) => c.map((i) => onAgreement[i] as BundleActivity));
}

/** Whether `members` belong to two parties or more. */
function twoParties(party: Int32Array, members: readonly number[]): boolean {
  const one = party[members[0] as number];
  return members.some((k) => party[k] !== one);
}

function mark(work: Work, members: readonly number[]): number {
  const s = work.stamps++;
  for (const k of members) work.stamp[k] = s;
  return s;
}

/** `members` (ascending) in pieces along the pairs among them, each piece ascending. */
function split(work: Work, members: readonly number[]): number[][] {
  const { first, other } = work.pairs;
  const { stamp } = work;
  const s = mark(work, members);
  const pieces: number[][] = [];
  for (const k of members) {
    if (stamp[k] !== s) continue;
    stamp[k] = -1;
    const found = [k];
    for (let q = 0; q < found.length; q++) {
      const m = found[q] as number;
      for (let e = first[m] as number; e < (first[m + 1] as number); e++) {
        const o = other[e] as number;
        if (stamp[o] !== s) continue;
        stamp[o] = -1;
        found.push(o);
      }
    }
    pieces.push(found.sort((a, b) => a - b));
  }
  return pieces;
}

/**
 * The rounds of one component: each takes one member per party (the one most
 * like the members of other parties it is alike: its similarities to them
 * summed; the first in order on a tie) and splits what is left along the
 * pairs. Only the similar pairs count: a member is not made more typical by
 * the many members it is not like. The scores are kept as exact whole numbers
 * of 1/2000, so a tie is a true tie, and a round only subtracts what its
 * members leave, along their pairs. Time grows with the component's similar
 * pairs and rounds, memory with its members.
 */
function clustersOfComponent(work: Work, component: number[]): number[][] {
  const { first, other, units } = work.pairs;
  const { party, stamp, sums } = work;
  /** Each member's score within `members`, from scratch. */
  const sumWithin = (members: number[]): void => {
    const s = mark(work, members);
    for (const k of members) {
      let sum = 0;
      for (let e = first[k] as number; e < (first[k + 1] as number); e++) {
        const o = other[e] as number;
        if (stamp[o] === s && party[o] !== party[k]) sum += units[e] as number;
      }
      sums[k] = sum;
    }
  };
  /** Per party the member most like the other parties' members (the first in order on a tie), in order. */
  const choose = (members: number[]): number[] => {
    const best = new Map<number, number>();
    for (const k of members) {
      const current = best.get(party[k] as number);
      if (current === undefined || (sums[k] as number) > (sums[current] as number)) best.set(party[k] as number, k);
    }
    return [...best.values()].sort((a, b) => a - b);
  };

  sumWithin(component);
  const result: number[][] = [];
  const pending = [component];
  for (let members = pending.pop(); members !== undefined; members = pending.pop()) {
    if (!twoParties(party, members)) continue;
    const chosen = choose(members);
    result.push(chosen);
    const gone = mark(work, chosen);
    const rest = members.filter((k) => stamp[k] !== gone);
    const pieces = split(work, rest);
    for (const p of pieces) {
      if (p.length <= rest.length - p.length) {
        sumWithin(p);
        continue;
      }
      // The one large piece: subtract, along their pairs, what the members taken gave (other pieces have no pairs into it).
      const s = mark(work, p);
      for (const g of chosen) {
        for (let e = first[g] as number; e < (first[g + 1] as number); e++) {
          const o = other[e] as number;
          if (stamp[o] === s && party[o] !== party[g]) sums[o] = (sums[o] as number) - (units[e] as number);
        }
      }
    }
    pending.push(...pieces);
  }
  return result;
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
