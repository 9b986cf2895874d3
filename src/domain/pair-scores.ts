// The two-way similarity of documents of one text index (similarity.ts's
// pairScore) and the search for the similar pairs of a block, over compact
// arrays: each word an integer, each document a slice of one Int32Array,
// each word's related words one slice of another. Nothing is kept per pair
// and nothing per document beyond its slices, so memory grows with the
// documents and their words, and a pair is weighed without a Map or a string.
// The same sums in the same order as the word-by-word definition, so the same
// scores to the last bit. Pure.

import { PAIR_BASE, postings, type DocumentStore, type Postings } from './text-documents';

/** What the text index knows of its documents and words; see buildTextIndex. */
export interface PairSource {
  /** The words of the documents, each at its number. */
  vocabulary: readonly string[];
  /** The number of a vocabulary word. */
  numberOf(word: string): number | undefined;
  /** The documents: their words by number and their word pairs, as pairCode over those numbers. */
  documents: DocumentStore;
  /** A vocabulary word's related vocabulary words (itself included) and how well each relates; symmetric. */
  matches(word: string): ReadonlyMap<string, number>;
  /** A word's weight as a query word. */
  weight(word: string): number;
  /** A word's rarity (idf). */
  rarity(word: string): number;
  /** One direction's score from its three shares. */
  combined(ofQuery: number, ofDoc: number, pairs: number): number;
}

export interface PairScores {
  /** The mean of the two directions' scores of the documents at i and j: the same both ways. */
  pairScore(i: number, j: number): number;
  /** See TextIndex.similarPairs. */
  similarPairs(members: readonly number[], threshold: number, groupOf: (i: number) => string): [number, number, number][];
}

/**
 * A word held by more than this many of a block's documents may be left out
 * of the block's candidate index (similarPairs); rarer words make short lists
 * and are always in.
 */
const COMMON_MIN = 8;

export function pairScores(source: PairSource): PairScores {
  const { vocabulary } = source;
  const { count: n, wordStart: docStart, words: docWords, pairStart, pairs: pairCodes } = source.documents;
  const V = vocabulary.length;
  // Per word: its related words (a slice), its weight as the query, its rarity.
  const matchStart = new Int32Array(V + 1);
  const targets: number[] = [];
  const strengths: number[] = [];
  const weight = new Float64Array(V);
  const rarity = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    matchStart[w] = targets.length;
    const word = vocabulary[w] as string;
    for (const [v, m] of source.matches(word)) {
      const id = source.numberOf(v);
      // A related word no document here holds can be found in none.
      if (id === undefined) continue;
      targets.push(id);
      strengths.push(m);
    }
    weight[w] = source.weight(word);
    rarity[w] = source.rarity(word);
  }
  matchStart[V] = targets.length;
  const matchTarget = Int32Array.from(targets);
  const matchStrength = Float64Array.from(strengths);
  targets.length = 0;
  strengths.length = 0;
  // Per document: its words' weight and rarity summed in their order.
  const total = new Float64Array(n);
  const rarityTotal = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = 0;
    let r = 0;
    for (let k = docStart[i] as number; k < (docStart[i + 1] as number); k++) {
      t += weight[docWords[k] as number] as number;
      r += rarity[docWords[k] as number] as number;
    }
    total[i] = t;
    rarityTotal[i] = r;
  }

  // Scratch, stamped with the row or the pair being weighed, so nothing is cleared between them.
  let stamp = 0;

  const sharedPairs = (i: number, j: number): number => {
    let a = pairStart[i] as number;
    let b = pairStart[j] as number;
    const aEnd = pairStart[i + 1] as number;
    const bEnd = pairStart[j + 1] as number;
    let shared = 0;
    while (a < aEnd && b < bEnd) {
      const x = pairCodes[a] as number;
      const y = pairCodes[b] as number;
      if (x === y) {
        shared++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    return shared;
  };

  /** The two directions' scores from what each side found, and their mean. */
  const combine = (i: number, j: number, foundA: number, rarityFoundA: number, foundB: number, rarityFoundB: number): number => {
    const totalA = total[i] as number;
    const totalB = total[j] as number;
    const idfA = rarityTotal[i] as number;
    const idfB = rarityTotal[j] as number;
    const pairsA = (pairStart[i + 1] as number) - (pairStart[i] as number);
    const pairsB = (pairStart[j + 1] as number) - (pairStart[j] as number);
    const shared = pairsA === 0 && pairsB === 0 ? 0 : sharedPairs(i, j);
    const ab = source.combined(totalA === 0 ? 0 : foundA / totalA, idfB === 0 ? 0 : rarityFoundB / idfB, pairsA === 0 ? 0 : shared / pairsA);
    const ba = source.combined(totalB === 0 ? 0 : foundB / totalB, idfA === 0 ? 0 : rarityFoundA / idfA, pairsB === 0 ? 0 : shared / pairsB);
    return (ab + ba) / 2;
  };
  const valid = (doc: number): boolean => doc >= 0 && doc < n;
  const pairScore = (i: number, j: number): number => {
    if (!valid(i) || !valid(j)) return 0;
    setRow(i);
    return rowScore(i, j);
  };

  // A row: one document weighed against many. What its words relate to is laid out once, by the
  // related word, so that each other document is met through its own words only.
  const rowStamp = new Int32Array(V);
  const rowBest = new Float64Array(V);
  const rowHead = new Int32Array(V);
  let rowNext = new Int32Array(64);
  let rowWord = new Int32Array(64);
  let rowStrength = new Float64Array(64);
  let row = 0;
  let wordStamp = new Int32Array(64);
  let wordBest = new Float64Array(64);
  const setRow = (i: number): void => {
    row++;
    const start = docStart[i] as number;
    const end = docStart[i + 1] as number;
    const entries = countEntries(start, end);
    if (rowNext.length < entries) {
      rowNext = new Int32Array(entries * 2);
      rowWord = new Int32Array(entries * 2);
      rowStrength = new Float64Array(entries * 2);
    }
    if (wordStamp.length < end - start) {
      wordStamp = new Int32Array((end - start) * 2);
      wordBest = new Float64Array((end - start) * 2);
    }
    let e = 0;
    for (let k = start; k < end; k++) {
      const w = docWords[k] as number;
      for (let m = matchStart[w] as number; m < (matchStart[w + 1] as number); m++) {
        const v = matchTarget[m] as number;
        const s = matchStrength[m] as number;
        if (rowStamp[v] !== row) {
          rowStamp[v] = row;
          rowBest[v] = s;
          rowHead[v] = -1;
        } else if (s > (rowBest[v] as number)) rowBest[v] = s;
        rowNext[e] = rowHead[v] as number;
        rowWord[e] = k - start;
        rowStrength[e] = s;
        rowHead[v] = e++;
      }
    }
  };
  const countEntries = (start: number, end: number): number => {
    let entries = 0;
    for (let k = start; k < end; k++) entries += (matchStart[(docWords[k] as number) + 1] as number) - (matchStart[docWords[k] as number] as number);
    return entries;
  };
  /**
   * pairScore(i, j) for the i of the last setRow, in one pass over j's words:
   * each one's best match among i's words (what j finds as the query), and
   * through what it relates to, each of i's words' best match among j's (what
   * i finds; wordRelation is symmetric). Each side summed in its own word
   * order, a word without a match passed over, as similarity.ts's sideSums.
   */
  const rowScore = (i: number, j: number): number => {
    const aStart = docStart[i] as number;
    const aEnd = docStart[i + 1] as number;
    const bStart = docStart[j] as number;
    const bEnd = docStart[j + 1] as number;
    if (aStart === aEnd || bStart === bEnd) return 0;
    stamp++;
    let foundB = 0;
    let rarityFoundB = 0;
    let related = false;
    for (let k = bStart; k < bEnd; k++) {
      const v = docWords[k] as number;
      if (rowStamp[v] !== row) continue;
      related = true;
      for (let e = rowHead[v] as number; e !== -1; e = rowNext[e] as number) {
        const at = rowWord[e] as number;
        const s = rowStrength[e] as number;
        if (wordStamp[at] !== stamp) {
          wordStamp[at] = stamp;
          wordBest[at] = s;
        } else if (s > (wordBest[at] as number)) wordBest[at] = s;
      }
      const best = rowBest[v] as number;
      if (best === 0) continue;
      foundB += (weight[v] as number) * best;
      rarityFoundB += (rarity[v] as number) * best;
    }
    // No word of one relates to a word of the other: nothing found either way, no word pair in common.
    if (!related) return 0;
    let foundA = 0;
    let rarityFoundA = 0;
    for (let k = aStart; k < aEnd; k++) {
      if (wordStamp[k - aStart] !== stamp) continue;
      const best = wordBest[k - aStart] as number;
      if (best === 0) continue;
      const w = docWords[k] as number;
      foundA += (weight[w] as number) * best;
      rarityFoundA += (rarity[w] as number) * best;
    }
    return combine(i, j, foundA, rarityFoundA, foundB, rarityFoundB);
  };

  /**
   * What some of a document's words (marked) can give its score with anyone,
   * in either direction, when only they relate the two: the weight they carry
   * as the query, as the document, and the word pairs made of them alone.
   */
  const markedShare = (doc: number, marked: (w: number) => boolean): number => {
    const start = docStart[doc] as number;
    const end = docStart[doc + 1] as number;
    if (start === end) return 0;
    let ofWords = 0;
    let ofRarity = 0;
    for (let k = start; k < end; k++) {
      const w = docWords[k] as number;
      if (!marked(w)) continue;
      ofWords += weight[w] as number;
      ofRarity += rarity[w] as number;
    }
    let pairs = 0;
    for (let p = pairStart[doc] as number; p < (pairStart[doc + 1] as number); p++) {
      const code = pairCodes[p] as number;
      if (marked(Math.floor(code / PAIR_BASE)) && marked(code % PAIR_BASE)) pairs++;
    }
    const pairCount = (pairStart[doc + 1] as number) - (pairStart[doc] as number);
    const t = total[doc] as number;
    const r = rarityTotal[doc] as number;
    return 0.6 * (t === 0 ? 0 : ofWords / t) + 0.25 * (r === 0 ? 0 : ofRarity / r) + 0.15 * (pairCount === 0 ? 0 : pairs / pairCount);
  };

  /**
   * Candidates come from inverted indexes over the members' words, one per
   * group, so that a member meets only other groups' members: a pair scores
   * above 0 only when a word of one is (related to) a word of the other.
   * Words that many members share (a place, "woning") would make nearly every
   * pair a candidate, so each member leaves its most common words out of the
   * index, as many as it can while what they carry stays below the threshold
   * (markedShare). The score is the mean of what each side finds, and what a
   * side finds through left-out words alone stays within its share, so a pair
   * that only left-out words relate on both sides scores at most the mean of
   * the two shares plus rounding: below the threshold. Every other pair has a
   * kept word on one side related to some word of the other, and is met from
   * the side with the lower position: its related words against the others'
   * kept words, or its kept words' related words against all their words.
   * Nothing is missed, and memory stays with the members and the pairs found.
   */
  const similarPairs = (members: readonly number[], threshold: number, groupOf: (i: number) => string): [number, number, number][] => {
    const c = members.length;
    const groupIds = new Map<string, number>();
    const group = new Int32Array(c);
    members.forEach((doc, k) => {
      const key = groupOf(doc);
      let g = groupIds.get(key);
      if (g === undefined) groupIds.set(key, (g = groupIds.size));
      group[k] = g;
    });
    const G = groupIds.size;
    // How many members hold each word.
    const count = new Map<number, number>();
    for (const doc of members) {
      if (!valid(doc)) continue;
      for (let k = docStart[doc] as number; k < (docStart[doc + 1] as number); k++) count.set(docWords[k] as number, (count.get(docWords[k] as number) ?? 0) + 1);
    }
    const budget = threshold - 0.001;
    // Per member, the words it leaves out: its most common ones, as long as their share stays within the budget.
    // Member k's are the slice outStart[k]..outStart[k + 1] of outWords: a handful each, so a scan finds one.
    const outStart = new Int32Array(c + 1);
    const outWords: number[] = [];
    let from = 0;
    const isOut = (w: number): boolean => {
      for (let i = from; i < outWords.length; i++) if (outWords[i] === w) return true;
      return false;
    };
    const common: number[] = [];
    members.forEach((doc, k) => {
      outStart[k] = from = outWords.length;
      if (!valid(doc)) return;
      common.length = 0;
      for (let p = docStart[doc] as number; p < (docStart[doc + 1] as number); p++) if ((count.get(docWords[p] as number) ?? 0) > COMMON_MIN) common.push(docWords[p] as number);
      common.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a - b);
      for (const w of common) {
        outWords.push(w);
        if (markedShare(doc, isOut) > budget) outWords.pop();
      }
    });
    outStart[c] = outWords.length;
    const leavesOut = (k: number, w: number): boolean => {
      for (let i = outStart[k] as number; i < (outStart[k + 1] as number); i++) if (outWords[i] === w) return true;
      return false;
    };
    // Per word and group: the members that keep it in the index, and those that hold it at all; ascending.
    const kept = postings((post) =>
      members.forEach((doc, k) => {
        if (!valid(doc)) return;
        for (let p = docStart[doc] as number; p < (docStart[doc + 1] as number); p++) {
          const w = docWords[p] as number;
          if (!leavesOut(k, w)) post(w * G + (group[k] as number), k);
        }
      }),
    );
    const held = postings((post) =>
      members.forEach((doc, k) => {
        if (!valid(doc)) return;
        for (let p = docStart[doc] as number; p < (docStart[doc + 1] as number); p++) post((docWords[p] as number) * G + (group[k] as number), k);
      }),
    );

    const found: [number, number, number][] = [];
    const seen = new Int32Array(c).fill(-1);
    const candidates: number[] = [];
    const meet = (k: number, lists: Postings, v: number): void => {
      for (let g = 0; g < G; g++) {
        if (g === group[k]) continue;
        const slot = lists.slotOf.get(v * G + g);
        if (slot === undefined) continue;
        // Only the members after k: the lists ascend.
        for (let p = (lists.start[slot + 1] as number) - 1; p >= (lists.start[slot] as number); p--) {
          const l = lists.members[p] as number;
          if (l <= k) break;
          if (seen[l] === k) continue;
          seen[l] = k;
          candidates.push(l);
        }
      }
    };
    for (let k = 0; k < c; k++) {
      const doc = members[k] as number;
      if (!valid(doc)) continue;
      candidates.length = 0;
      for (let p = docStart[doc] as number; p < (docStart[doc + 1] as number); p++) {
        const w = docWords[p] as number;
        const own = !leavesOut(k, w);
        for (let m = matchStart[w] as number; m < (matchStart[w + 1] as number); m++) {
          const v = matchTarget[m] as number;
          meet(k, kept, v);
          if (own) meet(k, held, v);
        }
      }
      if (candidates.length === 0) continue;
      setRow(doc);
      for (const l of candidates) {
        const score = rowScore(doc, members[l] as number);
        if (score >= threshold) found.push([k, l, score]);
      }
    }
    return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  };

  return { pairScore, similarPairs };
}
