// How alike activity texts are, within one bundle: one index over all the
// year's activities (the similarity module of the imports), so a word weighs
// by how rare it is in what the partners wrote this year.
import { buildTextIndex } from '../imports/similarity';
import type { BundleActivity } from './types';

export interface ActivityTexts {
  /** Share 0..1 (weighted) of the query's words that the activity's text holds. */
  coverage(query: string, activity: BundleActivity): number;
  /** Similarity 0..1 of two activities' texts, the same both ways. */
  similarity(a: BundleActivity, b: BundleActivity): number;
}

export function activityTexts(activities: BundleActivity[]): ActivityTexts {
  const index = buildTextIndex(activities.map((a) => a.activity));
  const position = new Map(activities.map((a, i) => [a, i]));
  const at = (a: BundleActivity): number => position.get(a) ?? -1;
  // Single linkage asks for the same pair more than once.
  const cache = new Map<string, number>();
  return {
    coverage: (query, activity) => index.coverage(query, at(activity)),
    similarity: (a, b) => {
      const key = a.identity < b.identity ? `${a.identity}|${b.identity}` : `${b.identity}|${a.identity}`;
      let s = cache.get(key);
      if (s === undefined) {
        // The module's score is not symmetric (it weighs the query's words most): take both directions.
        s = (index.score(a.activity, at(b)) + index.score(b.activity, at(a))) / 2;
        cache.set(key, s);
      }
      return s;
    },
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

/**
 * One index over what the parties wrote and promised this year (activities,
 * then the werkgroep's promises), to weigh a need against the texts of the
 * party asked. Built once per overview; each need is compared only with the
 * asked party's own texts, so the check grows with the number of needs times
 * one party's activities, not with all pairs.
 */
export function needTexts(texts: readonly string[], partyNames: readonly string[] = []): { match(need: string, text: number): NeedMatch } {
  const index = buildTextIndex(texts, { ignore: partyNames });
  return {
    match: (need, text) => {
      const { coverage, words, queryWords } = index.evidence(need, text);
      return { coverage, evidence: words.length > 0 && words.length >= Math.min(MIN_SHARED_WORDS, queryWords) };
    },
  };
}
