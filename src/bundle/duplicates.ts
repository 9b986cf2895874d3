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
  const scratch: Scratch = { sims: new Float64Array(0), units: new Int16Array(0) };
  for (const agreement of agreements) {
    const onAgreement = byAgreement.get(agreement.id) ?? [];
    if (new Set(onAgreement.map((a) => a.partyId)).size < 2) continue;
    for (const members of clusters(onAgreement, texts, scratch)) {
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
function clusters(onAgreement: BundleActivity[], texts: ActivityTexts, scratch: Scratch): BundleActivity[][] {
  const neighbours = new Map<number, number[]>();
  const link = (i: number, j: number) => {
    const list = neighbours.get(i);
    if (list) list.push(j);
    else neighbours.set(i, [j]);
  };
  for (const [i, j] of texts.similarPairs(onAgreement, DUPLICATE_THRESHOLD, (a) => a.partyId)) {
    link(i, j);
    link(j, i);
  }
  const partyOf = (i: number): string => (onAgreement[i] as BundleActivity).partyId;
  const result: number[][] = [];
  for (const component of components([...neighbours.keys()].sort((a, b) => a - b), neighbours)) {
    if (new Set(component.map(partyOf)).size < 2) continue;
    result.push(...clustersOfComponent(component, onAgreement, neighbours, texts, scratch));
  }
  // In the bundle's order: by the first member's place.
  return result.sort((a, b) => (a[0] as number) - (b[0] as number)).map((c) => c.map((i) => onAgreement[i] as BundleActivity));
}

/**
 * Room for a component's similarities, used again for the next: the largest
 * components hold millions of pairs, and a new array for each would keep the
 * garbage collector busy.
 */
interface Scratch {
  sims: Float64Array;
  /** A similarity in 1/2000: at most 2000. */
  units: Int16Array;
}

/**
 * The rounds of one component: each takes one member per party (onePerParty's
 * choice) and splits what is left along the pairs. A member's score is its
 * similarity to the others of its component summed; every similarity is a
 * multiple of 1/2000 (two directions' scores in thousandths, halved), so the
 * scores are kept as exact whole numbers of those units, and a round only
 * subtracts what its members leave. The sums in floating point, in the order
 * onePerParty adds them, decide only between members whose exact scores tie,
 * so the choice is the same to the last bit. Each pair's similarity is worked
 * out once: memory with the component's pairs while it is clustered.
 */
function clustersOfComponent(
  component: number[],
  onAgreement: BundleActivity[],
  neighbours: Map<number, number[]>,
  texts: ActivityTexts,
  scratch: Scratch,
): number[][] {
  const c = component.length;
  if (scratch.sims.length < c * c) {
    scratch.sims = new Float64Array(c * c);
    scratch.units = new Int16Array(c * c);
  }
  const sims = texts.similarities(
    component.map((i) => onAgreement[i] as BundleActivity),
    (a) => a.partyId,
    scratch.sims,
  );
  const local = new Map(component.map((i, k) => [i, k]));
  const partyIds = new Map<string, number>();
  const party = Int32Array.from(component, (i) => {
    const id = (onAgreement[i] as BundleActivity).partyId;
    let p = partyIds.get(id);
    if (p === undefined) partyIds.set(id, (p = partyIds.size));
    return p;
  });
  const units = scratch.units;
  let whole = true;
  for (let x = 0; x < sims.length; x++) {
    const u = Math.round((sims[x] as number) * 2000);
    units[x] = u;
    if (Math.abs((sims[x] as number) * 2000 - u) > 1e-6) whole = false;
  }
  const sums = new Int32Array(c);
  /** Each member's score within `members`, from scratch. */
  const sumWithin = (members: number[]): void => {
    for (const k of members) {
      let sum = 0;
      for (const l of members) if (party[l] !== party[k]) sum += units[k * c + l] as number;
      sums[k] = sum;
    }
  };
  /** The score as onePerParty adds it: in the members' order, in floating point. */
  const floatScore = (k: number, members: number[]): number => {
    let score = 0;
    for (const l of members) if (party[l] !== party[k]) score += sims[k * c + l] as number;
    return score;
  };
  /** Per party the member most like the other parties' members (first in order on a tie), in order. */
  const choose = (members: number[]): number[] => {
    const top = new Map<number, number>();
    if (whole) for (const k of members) top.set(party[k] as number, Math.max(top.get(party[k] as number) ?? -1, sums[k] as number));
    const best = new Map<number, { member: number; score: number }>();
    for (const k of members) {
      if (whole && sums[k] !== top.get(party[k] as number)) continue;
      const score = floatScore(k, members);
      const current = best.get(party[k] as number);
      if (!current || score > current.score) best.set(party[k] as number, { member: k, score });
    }
    return [...best.values()].map((b) => b.member).sort((a, b) => a - b);
  };
  // Which piece a member of what is left belongs to, by the round: the pieces are its components along the pairs.
  const round = new Int32Array(c).fill(-1);
  const piece = new Int32Array(c);
  let rounds = 0;
  const split = (members: number[]): number[][] => {
    const r = rounds++;
    for (const k of members) round[k] = r;
    const pieces: number[][] = [];
    for (const k of members) {
      if (round[k] !== r) continue;
      round[k] = -1;
      const found = [k];
      for (let q = 0; q < found.length; q++) {
        for (const j of neighbours.get(component[found[q] as number] as number) ?? []) {
          const l = local.get(j) as number;
          if (round[l] !== r) continue;
          round[l] = -1;
          found.push(l);
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
      // The one large piece: subtract what the members taken and the other pieces gave.
      const gone = [...chosen, ...rest.filter((l) => piece[l] !== piece[p[0] as number])];
      for (const k of p) {
        let sum = sums[k] as number;
        for (const l of gone) if (party[l] !== party[k]) sum -= units[k * c + l] as number;
        sums[k] = sum;
      }
    }
    pending.push(...pieces);
  }
  return result;
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
