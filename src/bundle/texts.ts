// How alike activity texts are, within one bundle: one index over all the
// year's activities (the similarity module of the imports), so a word weighs
// by how rare it is in what the partners wrote this year.
import { buildTextIndex, readContentWords, type PreparedQuery, type SearchHits } from '../domain/similarity';
import type { BundleActivity } from '../domain/joint-overview';

export interface ActivityTexts {
  /** Similarity 0..1 of two activities' texts, the same both ways. */
  similarity(a: BundleActivity, b: BundleActivity): number;
  /**
   * The pairs of `among` in different groups (`groupOf`) whose similarity is
   * at least `threshold`, as positions [i, j] in `among` with that similarity,
   * i < j, ascending: found through the words they share, never by comparing
   * every pair.
   */
  similarPairs(among: readonly BundleActivity[], threshold: number, groupOf: (a: BundleActivity) => string): [number, number, number][];
}

/** How a text reads: read once per overview, the same words for its two indexes (duplicates, needs). */
export type Reading = (text: string) => readonly string[];

/**
 * The texts of one overview read into words, each once: its thousands of texts pass the
 * similarity module's small memory of texts read lately without staying in it.
 */
export function readingOnce(): Reading {
  const read = new Map<string, readonly string[]>();
  return (text) => {
    let words = read.get(text);
    if (words === undefined) read.set(text, (words = readContentWords(text)));
    return words;
  };
}

export function activityTexts(activities: BundleActivity[], read: Reading = readingOnce()): ActivityTexts {
  // Each text is read into words once, here; pairs are scored from those words, and no pair is kept.
  const index = buildTextIndex(
    activities.map((a) => a.activity),
    { read },
  );
  const position = new Map(activities.map((a, i) => [a, i]));
  const at = (a: BundleActivity): number => position.get(a) ?? -1;
  return {
    similarity: (a, b) => index.pairScore(at(a), at(b)),
    similarPairs: (among, threshold, groupOf) => index.similarPairs(among.map(at), threshold, (i) => groupOf(activities[i] as BundleActivity)),
  };
}

/** How well one text of the year answers a need. */
export interface NeedMatch {
  /** Share 0..1 (weighted by rarity) of the need's words that the text holds. */
  coverage: number;
  /**
   * At least two of the need's words in common (all of them for a need of
   * one word): one word is not enough, however rare it is this year —
   * "Deelname convenant vroegsignalering" shares only "deelname" with
   * "Deelname wijkschouw Deest".
   */
  evidence: boolean;
}

/** Words of a need that an answer must hold, at least. */
export const MIN_SHARED_WORDS = 2;

/** How the texts of the year answer one need: read once, then weighed against the texts of the asked party. */
export interface NeedQuery {
  /**
   * Texts among a group (positions in it, ascending) that share enough of the need's words to be
   * evidence, and at least minCoverage of them as match() weighs them (a margin of rounding aside).
   */
  sharing(group: NeedGroup, minCoverage?: number): number[];
  match(text: number): NeedMatch;
}

/** Texts of the year searched together: those of one asked party near the asking activity. */
export interface NeedGroup {
  search: (query: PreparedQuery, minWords: number, minCoverage?: number) => SearchHits;
}

/**
 * One index over what the parties wrote and promised this year (activities,
 * then the werkgroep's promises), to weigh a need against the texts of the
 * party asked. Built once per overview; each need is read once, and meets
 * only those of the asked party's texts that hold its words (an index per
 * group of texts), so the check grows with the needs and what answers them,
 * not with the needs times the activities.
 */
export function needTexts(
  texts: readonly string[],
  partyNames: readonly string[] = [],
  read: Reading = readingOnce(),
): { need(text: string): NeedQuery; group(texts: readonly number[]): NeedGroup } {
  const index = buildTextIndex(texts, { ignore: partyNames, read });
  return {
    group: (members) => ({ search: index.searchAmong(members) }),
    need: (need) => {
      const query = index.prepare(need);
      return {
        sharing: (group, minCoverage) => group.search(query, MIN_SHARED_WORDS, minCoverage).positions,
        match: (text) => {
          const { coverage, words } = query.held(text);
          return { coverage, evidence: words > 0 && words >= Math.min(MIN_SHARED_WORDS, query.words) };
        },
      };
    },
  };
}
