// The documents of a text index (similarity.ts), kept compact: each
// document's distinct words, as the index's word numbers in the order they
// first occur, are one slice of one Int32Array, and its word pairs, as pair
// codes (pair-scores.ts) ascending, one slice of one Float64Array. A few
// bytes per word, where two Sets and a typed array per document cost about a
// kilobyte: the joint overview of a region's 120,000 activities keeps two
// such indexes while it looks for duplicates and answers. Which documents
// hold a word are kept the same way (postings). Pure.
/** Word numbers stay below this; a word pair's code is first × PAIR_BASE + second, exact in a double. */
export const PAIR_BASE = 2 ** 26;

/** The code of a word pair, by the numbers of its words. */
export const pairCode = (first: number, second: number): number => first * PAIR_BASE + second;

export interface DocumentStore {
  readonly count: number;
  /** Where each document's words start in `words`, and after the last, where they end: count + 1 entries. */
  readonly wordStart: Int32Array;
  /** Every document's distinct word numbers, in the order each first occurs in it. */
  readonly words: Int32Array;
  /** Where each document's pairs start in `pairs`: count + 1 entries. */
  readonly pairStart: Int32Array;
  /** Every document's distinct word pairs ("a b" where b follows a), as pairCode, ascending. */
  readonly pairs: Float64Array;
}

/**
 * The store of `count` documents, each given as its word numbers in text order, repeats
 * included (`numbersOf(i)`, asked once per document, in order). Written straight into
 * typed arrays that grow by doubling, with no Set or array per document: a region's
 * 120,000 texts leave next to nothing behind for the collector.
 */
export function documentStore(count: number, numbersOf: (i: number) => readonly number[]): DocumentStore {
  const wordStart = new Int32Array(count + 1);
  const pairStart = new Int32Array(count + 1);
  let words: Int32Array = new Int32Array(1024);
  let pairs: Float64Array = new Float64Array(1024);
  let wordEnd = 0;
  let pairEnd = 0;
  // Per word number, the last document that held it: each document writes a word once.
  let lastIn: Int32Array = new Int32Array(1024).fill(-1);
  for (let i = 0; i < count; i++) {
    wordStart[i] = wordEnd;
    pairStart[i] = pairEnd;
    const numbers = numbersOf(i);
    if (wordEnd + numbers.length > words.length) words = grown(words, wordEnd + numbers.length);
    if (pairEnd + numbers.length > pairs.length) pairs = grown(pairs, pairEnd + numbers.length);
    for (let k = 0; k < numbers.length; k++) {
      const n = numbers[k] as number;
      if (n >= lastIn.length) lastIn = grownMarks(lastIn, n + 1);
      if (lastIn[n] !== i) {
        lastIn[n] = i;
        words[wordEnd++] = n;
      }
      if (k > 0) pairs[pairEnd++] = pairCode(numbers[k - 1] as number, n);
    }
    // The document's pairs ascending (a typed array sorts by value), each once.
    const own = pairs.subarray(pairStart[i], pairEnd).sort();
    let distinct = 0;
    for (let k = 0; k < own.length; k++) if (k === 0 || own[k] !== own[k - 1]) own[distinct++] = own[k] as number;
    pairEnd = (pairStart[i] as number) + distinct;
  }
  wordStart[count] = wordEnd;
  pairStart[count] = pairEnd;
  return { count, wordStart, words: words.slice(0, wordEnd), pairStart, pairs: pairs.slice(0, pairEnd) };
}

/** A copy of `array` with room for at least `needed` numbers: twice the room, or more. */
function grown<T extends Int32Array | Float64Array>(array: T, needed: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  copy.set(array);
  return copy;
}

/** grown() for the last-document marks: the new room marked as held by no document. */
function grownMarks(marks: Int32Array, needed: number): Int32Array {
  const copy = grown(marks, needed);
  copy.fill(-1, marks.length);
  return copy;
}

/** Whether `index` is a document of the store. */
export const isDocument = (store: DocumentStore, index: number): boolean => Number.isInteger(index) && index >= 0 && index < store.count;

/** How many distinct words the document holds. */
export const wordCount = (store: DocumentStore, doc: number): number => (store.wordStart[doc + 1] as number) - (store.wordStart[doc] as number);

/** Whether the document holds the word of this number (a document holds a handful: a scan is quickest). */
export function holdsWord(store: DocumentStore, doc: number, word: number | undefined): boolean {
  if (word === undefined) return false;
  const end = store.wordStart[doc + 1] as number;
  for (let k = store.wordStart[doc] as number; k < end; k++) if (store.words[k] === word) return true;
  return false;
}

/** How many of the given pair codes the document holds. */
export function sharedPairs(store: DocumentStore, doc: number, codes: Iterable<number>): number {
  const start = store.pairStart[doc] as number;
  const end = store.pairStart[doc + 1] as number;
  if (start === end) return 0;
  let shared = 0;
  for (const code of codes) {
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = store.pairs[mid] as number;
      if (at === code) {
        shared++;
        break;
      }
      if (at < code) low = mid + 1;
      else high = mid - 1;
    }
  }
  return shared;
}

/** Members by key, each key's ascending (in the order posted): one slice of `members` per key, found through its slot. */
export interface Postings {
  slotOf: Map<number, number>;
  /** Where each slot's members start in `members`, and after the last, where they end. */
  start: Int32Array;
  members: Int32Array;
}

/**
 * The postings that `each` posts, visiting the same (key, member) pairs on each of its two calls: first
 * counted, then written into one Int32Array, with no array per key (a block of thousands has many keys).
 */
export function postings(each: (post: (key: number, member: number) => void) => void): Postings {
  const slotOf = new Map<number, number>();
  const counts: number[] = [];
  each((key) => {
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, counts.length);
      counts.push(1);
    } else counts[slot] = (counts[slot] as number) + 1;
  });
  const start = new Int32Array(counts.length + 1);
  for (let slot = 0; slot < counts.length; slot++) start[slot + 1] = (start[slot] as number) + (counts[slot] as number);
  const next = start.slice(0, counts.length);
  const members = new Int32Array(start[counts.length] as number);
  each((key, member) => {
    const slot = slotOf.get(key) as number;
    members[next[slot] as number] = member;
    next[slot] = (next[slot] as number) + 1;
  });
  return { slotOf, start, members };
}
