// The words of a vocabulary that may relate to a word (similarity.ts's
// wordRelation decides): those it ends or starts with and those that end or
// start with it (a compound and its parts), and those within its typing-error
// distance. Looked up rather than compared one by one, over compact arrays:
// the vocabulary sorted forwards and backwards, and the rests its words leave
// after deleting letters kept as numbers, not as strings, so that a
// vocabulary of ten thousand words costs a few megabytes rather than tens.
// Pure.
import { keptAnswers } from './kept-answers';

/** The shortest a word is for a typing error to be forgiven (one), and for two. */
const ONE_TYPO = 6;
const TWO_TYPOS = 10;

/**
 * A word as it is and without one letter (from 6 letters, where one typing error is forgiven), or
 * two (from 10), in the order they are made, each once. Two words within k edits always leave a
 * common rest after at most k deletions from each.
 */
export function readDeletions(word: string): Set<string> {
  const rests = new Set<string>();
  if (word.length < ONE_TYPO) return rests;
  rests.add(word);
  const once = new Set<string>();
  for (let i = 0; i < word.length; i++) once.add(word.slice(0, i) + word.slice(i + 1));
  for (const r of once) {
    rests.add(r);
    if (word.length >= TWO_TYPOS) for (let i = 0; i < r.length; i++) rests.add(r.slice(0, i) + r.slice(i + 1));
  }
  return rests;
}

/** readDeletions, kept for the words asked lately: each index asks about the words of the next. */
const deletions: (word: string) => ReadonlySet<string> = keptAnswers(50_000, readDeletions);

/** Whether `rest` is among readDeletions(word): the word itself, or what it leaves after one deletion, or two from a long word. */
function isRestOf(rest: string, word: string): boolean {
  if (word.length < ONE_TYPO) return false;
  const deleted = word.length - rest.length;
  if (deleted === 0) return rest === word;
  if (deleted !== 1 && !(deleted === 2 && word.length >= TWO_TYPOS)) return false;
  // A subsequence that is shorter by `deleted` letters is what deleting them leaves.
  let r = 0;
  for (let i = 0; i < word.length && r < rest.length; i++) if (word.charCodeAt(i) === rest.charCodeAt(r)) r++;
  return r === rest.length;
}

/** A polynomial hash of UTF-16 code units, modulo 2^32. */
const BASE = 0x01000193;

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * The hash of every rest of readDeletions(word), with repeats, worked out from the word's
 * prefix hashes rather than from the rests as strings: hashOf(rest) for each.
 */
function restHashes(word: string, out: (hash: number) => void): void {
  const n = word.length;
  if (n < ONE_TYPO) return;
  const prefix = new Uint32Array(n + 1);
  const power = new Uint32Array(n + 1);
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + word.charCodeAt(i)) >>> 0;
    power[i + 1] = Math.imul(power[i] as number, BASE) >>> 0;
  }
  /** The hash of word[from, to). */
  const part = (from: number, to: number): number => ((prefix[to] as number) - Math.imul(prefix[from] as number, power[to - from] as number)) >>> 0;
  const join = (left: number, right: number, rightLength: number): number => (Math.imul(left, power[rightLength] as number) + right) >>> 0;
  out(prefix[n] as number);
  for (let i = 0; i < n; i++) {
    out(join(prefix[i] as number, part(i + 1, n), n - i - 1));
    if (n < TWO_TYPOS) continue;
    for (let j = i + 1; j < n; j++) out(join(join(prefix[i] as number, part(i + 1, j), j - i - 1), part(j + 1, n), n - j - 1));
  }
}

export interface LookupOptions {
  /** The shortest part a compound may end in ("woning" in "huurwoning"). */
  minSuffix: number;
  /** The shortest part a compound may start with ("energie" in "energielabel"). */
  minPrefix: number;
}

/**
 * The vocabulary words that may relate to a word, each once, in this order: those that end in it,
 * those that start with it (each in the vocabulary's order), the vocabulary words it ends in and
 * those it starts with (shortest first), and those that leave a rest it leaves (per rest, in the
 * order readDeletions makes them, in the vocabulary's order). A superset of what relates.
 */
export function vocabularyLookup(vocabulary: readonly string[], { minSuffix, minPrefix }: LookupOptions): (w: string) => Set<string> {
  const words = new Set(vocabulary);
  const byCodeUnits = (a: { text: string }, b: { text: string }): number => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  const reverse = (text: string): string => text.split('').reverse().join('');
  // Each word forwards and backwards, sorted: the words that start (end) with a text are one run.
  const forwards = vocabulary.map((text, at) => ({ text, at })).sort(byCodeUnits);
  const backwards = vocabulary.map((text, at) => ({ text: reverse(text), at })).sort(byCodeUnits);
  /** The vocabulary words longer than `start` that begin with it, in `sorted`, in the vocabulary's order. */
  const longerStarting = (sorted: readonly { text: string; at: number }[], start: string): number[] => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] as { text: string }).text < start) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let k = low; k < sorted.length && (sorted[k] as { text: string }).text.startsWith(start); k++) {
      const { text, at } = sorted[k] as { text: string; at: number };
      if (text.length > start.length) found.push(at);
    }
    return found.sort((a, b) => a - b);
  };

  // Every rest of every word, as its hash and the word's place, in one sorted array of keys: hash × SPAN + place.
  // A hash shared by rests that differ only brings a word to be checked (isRestOf), never one found.
  const placeBits = Math.max(1, Math.ceil(Math.log2(vocabulary.length + 1)));
  const hashBits = Math.min(32, 53 - placeBits);
  const SPAN = 2 ** placeBits;
  const HASHES = 2 ** hashBits;
  const keyed: number[] = [];
  vocabulary.forEach((v, at) => restHashes(v, (hash) => keyed.push((hash % HASHES) * SPAN + at)));
  const keys = Float64Array.from(keyed).sort();
  keyed.length = 0;
  /** The places of the words with a rest of this hash (and some without), ascending. */
  const withRestHash = (hash: number): number[] => {
    const first = (hash % HASHES) * SPAN;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keys[mid] as number) < first) low = mid + 1;
      else high = mid;
    }
    const places: number[] = [];
    for (let k = low; k < keys.length && (keys[k] as number) < first + SPAN; k++) {
      const at = (keys[k] as number) - first;
      if (places[places.length - 1] !== at) places.push(at);
    }
    return places;
  };

  return (w) => {
    const found = new Set<string>();
    if (w.length >= minSuffix) for (const at of longerStarting(backwards, reverse(w))) found.add(vocabulary[at] as string);
    if (w.length >= minPrefix) for (const at of longerStarting(forwards, w)) found.add(vocabulary[at] as string);
    for (let n = minSuffix; n < w.length; n++) if (words.has(w.slice(-n))) found.add(w.slice(-n));
    for (let n = minPrefix; n < w.length; n++) if (words.has(w.slice(0, n))) found.add(w.slice(0, n));
    for (const rest of deletions(w)) {
      for (const at of withRestHash(hashOf(rest))) {
        const v = vocabulary[at] as string;
        if (isRestOf(rest, v)) found.add(v);
      }
    }
    return found;
  };
}
