import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentWords } from '../../src/domain/similarity';
import { readDeletions, vocabularyLookup } from '../../src/domain/word-lookup';

const OPTIONS = { minSuffix: 5, minPrefix: 6 };

/** What the lookup must find, by comparing the word with a word of the vocabulary. */
function related(w: string, v: string, restsOf: (word: string) => ReadonlySet<string>): boolean {
  const ends = (long: string, short: string) => short.length >= OPTIONS.minSuffix && long.length > short.length && long.endsWith(short);
  const starts = (long: string, short: string) => short.length >= OPTIONS.minPrefix && long.length > short.length && long.startsWith(short);
  if (ends(v, w) || starts(v, w) || ends(w, v) || starts(w, v)) return true;
  const rests = restsOf(v);
  for (const r of restsOf(w)) if (rests.has(r)) return true;
  return false;
}

const AGREEMENT = fs.readFileSync(path.join(__dirname, '../../../shared/bronnen/prestatieafspraken-druten-2025-2028.txt'), 'utf8');

describe('the words a word may relate to', () => {
  // The agreement's own words, and a partner's slips of the pen among them.
  const vocabulary = [...new Set([...readContentWords(AGREEMENT), 'wijkshouw', 'huurwonign', 'energielabels', 'verduurzamingg', 'zonnepaneel'])];
  const lookup = vocabularyLookup(vocabulary, OPTIONS);

  it('finds every compound, part and misspelling that comparing each pair finds, and nothing else', () => {
    const asked = [...vocabulary.slice(0, 400), 'wijkschouw', 'huurwoning', 'woning', 'energie', 'rookmelder', 'brandveiligheid', 'duurzaamhied'];
    const rests = new Map<string, ReadonlySet<string>>();
    const restsOf = (word: string) => rests.get(word) ?? rests.set(word, readDeletions(word)).get(word) ?? new Set<string>();
    for (const w of asked) {
      const expected = vocabulary.filter((v) => related(w, v, restsOf));
      expect(new Set(lookup(w)), w).toEqual(new Set(expected));
    }
  });

  it('lists them in one order: compounds of the word, the parts it is made of, then its misspellings and itself', () => {
    const small = vocabularyLookup(['huurwoning', 'woning', 'nieuwbouwwoning', 'woningen', 'wonnig'], OPTIONS);
    // Ending in "woning", then starting with it, each in the vocabulary's order; then what "woning" leaves after
    // deleting nothing (itself) or one letter: "wonnig" leaves "wonng" too.
    expect([...small('woning')]).toEqual(['huurwoning', 'nieuwbouwwoning', 'woningen', 'woning', 'wonnig']);
    // The part it ends in, then itself.
    expect([...small('huurwoning')]).toEqual(['woning', 'huurwoning']);
  });
});
