// Dutch-aware text similarity between a partner's activity and the afspraken:
// words normalised (no accents, lower case) and lightly stemmed ("woningen" →
// "woning", "sociale" → "social"), stop words removed, weighted by how rare a
// word is among the afspraken, with compounds matching their parts
// ("huurwoningen" ~ "woningen"), small typing errors forgiven ("wijkshouw" ~
// "wijkschouw") and shared word pairs counting extra. Pure.
import { keptAnswers } from './kept-answers';
import { pairScores, type PairScores } from './pair-scores';
import { documentStore, holdsWord, isDocument, pairCode, postings, sharedPairs, wordCount, type DocumentStore } from './text-documents';
import { editDistance } from './text';
import { vocabularyLookup } from './word-lookup';

const STOP_WORDS = new Set(
  (
    'de het een en of van in op te ten ter voor met aan bij om door naar over uit tot als dan dat die dit deze ' +
    'zijn is was wordt worden werd zal zullen kan kunnen moet moeten wil willen gaat gaan heeft hebben had ' +
    'we wij ons onze zij ze hun hen hij zijn haar u jij je ik er ook nog niet geen wel meer veel zo al ' +
    'waar wat wie hoe welke wanneer waarbij waarin hierbij hiervan daarbij daarvan hier daar ' +
    'tm t/m m.b.t. mbt o.a. oa bijv bv etc enz ca circa per via na vanaf sinds tijdens binnen onder tussen ' +
    'jaar jaarlijks jaren elk elke ieder iedere alle andere verder samen gezamenlijk gezamenlijke nieuw nieuwe ' +
    'maken maakt maak doen doet zorgen zorgt komen komt nemen neemt geven geeft houden houdt krijgen krijgt laten laat ' +
    // Prepositions and linking words that say where or how, not what: "Wijkschouw rond de Leigraaf" is no "investeren rond leefbaarheid".
    'rond rondom langs naast tegen zonder achter boven buiten richting omtrent inzake betreffende zoals bijvoorbeeld alsook zowel'
  ).split(' '),
);

/**
 * Abbreviations staff write in terse lists, read as the words they stand for: "Opl. 28 won." is an oplevering
 * of woningen, "Geen huurverh. lbl D-G" a huurverhoging by label. Only those with no other meaning in a plan's
 * words: not "app" (an app on a phone) nor "sh".
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['won', ['woningen']],
  ['opl', ['oplevering']],
  ['nwb', ['nieuwbouw']],
  ['huurverh', ['huurverhoging']],
  ['lbl', ['label']],
  ['egw', ['eengezinswoningen']],
  ['mgw', ['meergezinswoningen']],
  ['hh', ['huishoudens']],
  ['vtr', ['vrije', 'toewijzingsruimte']],
  ['sts', ['statushouders']],
  ['huurachterst', ['huurachterstand']],
  ['vroegsign', ['vroegsignalering']],
  ['ontm', ['ontmoeting']],
  ['uitv', ['uitvoering']],
  ['bew', ['bewoners']],
  ['vk', ['verkoop']],
  ['renov', ['renovatie']],
  ['onderh', ['onderhoud']],
  ['duurz', ['duurzaamheid']],
  ['leefb', ['leefbaarheid']],
  ['toew', ['toewijzing']],
  ['nultr', ['nultreden']],
]);

/** Light Dutch stemming: enough that plural, inflected and derived forms meet. */
export function stem(word: string): string {
  let w = word;
  // A past participle: "georganiseerd" → "organiseer"; a separable one loses its "ge" only, since its
  // last letter may be the verb's own: "toegelicht" → "toelicht", "afgerond" → "afrond", "vastgelegd" ~ "vastleg".
  const separable = SEPARABLE_PARTICIPLE.exec(w);
  if (separable) w = `${separable[1]}${separable[2]}`;
  else if (w.length > 8 && w.startsWith('ge') && /[dt]$/.test(w)) w = w.slice(2, -1);
  // The third person: "faciliteert" → "faciliteer".
  if (w.length > 6 && w.endsWith('eert')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('heden')) return `${w.slice(0, -5)}heid`;
  if (w.length > 5 && w.endsWith('ingen')) w = w.slice(0, -2);
  // A noun made of a verb meets the verb: "toelichting" ~ "toelichten", "ondersteuning" ~ "ondersteunen";
  // not "woning", the head of many compounds ("huurwoning").
  if (w.length > 7 && w.endsWith('ing') && !w.endsWith('woning')) return undouble(w.slice(0, -3));
  if (w.endsWith('ing')) return w;
  if (w.length > 5 && w.endsWith('en')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "realiseer" (realiseert, gerealiseerd) meets "realiser" (realiseren).
  if (w.length > 6 && w.endsWith('eer')) w = `${w.slice(0, -2)}r`;
  return w;
}

/** A separable verb's participle, the "ge" after its particle: "toe-ge-licht", "vast-ge-legd", "op-ge-leverd". */
const SEPARABLE_PARTICIPLE = /^(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor)ge(\p{L}{2,}[dt])$/u;

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'aeiou'.includes(w[n - 1] as string)) return w.slice(0, -1);
  return w;
}

/**
 * The content words of a text, stemmed, in order (duplicates kept). Kept for
 * the texts read lately, as a year's activities are read by several indexes
 * (duplicates, needs, the linker): the same array for the same text, not to
 * be changed.
 */
export const contentWords: (text: string) => readonly string[] = keptAnswers(20_000, readContentWords);

/** The content words of a text as contentWords gives them, read anew. */
export function readContentWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<=\p{L})[-\u00ad]\s*\n\s*(?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((w) => ABBREVIATIONS.get(w) ?? [w])
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** A query's words and word pairs (the index's own documents are kept compact: text-documents.ts). */
interface QueryWords {
  words: Set<string>;
  /** Its word pairs ("a b" where b follows a), each as the code of pairCode over the index's word numbers. */
  pairs: Set<number>;
}

/** A text's words, less those to ignore, and its word pairs through `numberOf` (see TextIndex's word numbers). */
function queryWordsOf(text: string, ignore: ReadonlySet<string>, numberOf: (word: string) => number): QueryWords {
  const words = contentWords(text).filter((w) => !ignore.has(w));
  const numbers = words.map(numberOf);
  const pairs = new Set<number>();
  for (let i = 1; i < words.length; i++) pairs.add(pairCode(numbers[i - 1] as number, numbers[i] as number));
  return { words: new Set(words), pairs };
}

export interface TextIndex {
  /** Similarity 0..1 of a query to the document at `index`. */
  score(query: string, index: number): number;
  /**
   * Every document's similarity to the query, best first (ties in document
   * order), with `found`: how much the shared words weigh in themselves (the
   * sum of their rarity), so that one common word in common is told from a
   * rare one.
   */
  rank(query: string, among?: readonly number[]): { index: number; score: number; found: number }[];
  /** Share 0..1 of the query's words (weighted) that the document at `index` holds. */
  coverage(query: string, index: number): number;
  /**
   * The coverage with its evidence: the query's words the document holds (or
   * a compound, part or misspelling of them), and how many content words the
   * query has, so that a caller can ask for more than one word in common.
   */
  evidence(query: string, index: number): Evidence;
  /** A query read into words and related to the vocabulary once, to weigh against many documents. */
  prepare(query: string): PreparedQuery;
  /**
   * An index over the words of `members` (document indexes), built once: it
   * answers with the positions in `members`, ascending, of the documents
   * holding at least `minWords` of a prepared query's words (all of them when
   * the query has fewer), counting a compound, part or misspelling as the
   * word. Only those can show `minWords` words in evidence. Beside each, the
   * share of the query it holds, as `coverage` weighs it (to the last bits,
   * summed in another order): no score of the query's against it is higher
   * than that share, for `mutual` and `coverage` it is the most they can be.
   */
  searchAmong(members: readonly number[]): (query: PreparedQuery, minWords: number, minCoverage?: number) => SearchHits;
  /** Similarity 0..1 of the documents at `i` and `j`, the same both ways: the mean of the two directions' scores. */
  pairScore(i: number, j: number): number;
  /**
   * The pairs of `members` (document indexes) in different groups (`groupOf`)
   * whose pairScore is at least `threshold`, as positions [k, l] in `members`
   * with that score, k < l, ascending. Exactly the pairs a comparison of all
   * pairs finds, without comparing them all: see pair-scores.ts.
   */
  similarPairs(members: readonly number[], threshold: number, groupOf: (i: number) => string): [number, number, number][];
}

/** Word weight for partial (compound) matches: "huurwoning" ~ "woning". */
const PART_MATCH = 0.7;
const MIN_PART = 5;
/** Word weight for the first part of a compound: "energielabel" ~ "energie". */
const PREFIX_MATCH = 0.5;
const MAX_CACHED_WORDS = 50_000;
/** Word weight for a typing error: "wijkshouw" ~ "wijkschouw". In what a text finds (`found`) it counts as the same word. */
const TYPO_MATCH = 0.8;

/**
 * How two different words relate: a typing error, a compound and its head
 * ("huurwoning" ends in "woning"), a compound and its first part, or nothing.
 */
function wordRelation(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let weight = 0;
  if (short.length >= MIN_PART && long.endsWith(short)) weight = PART_MATCH;
  else if (short.length >= MIN_PART + 1 && long.startsWith(short)) weight = PREFIX_MATCH;
  const allowed = short.length >= 10 ? 2 : short.length >= 6 ? 1 : 0;
  // Most typing errors leave a word's start or end intact; checking that first keeps this cheap.
  const plausible = a.slice(0, 2) === b.slice(0, 2) || a.slice(-2) === b.slice(-2);
  if (allowed > 0 && long.length - short.length <= allowed && plausible && editDistance(a, b) <= allowed) weight = TYPO_MATCH;
  return weight;
}

/** What TextIndex.searchAmong finds: positions in its members, ascending, and each one's share of the query. */
export interface SearchHits {
  positions: number[];
  shares: number[];
}

/** A query of TextIndex.prepare: score, coverage and evidence against the document at an index, as TextIndex's own. */
export interface PreparedQuery {
  /** How many content words the query has. */
  readonly words: number;
  score(index: number): number;
  coverage(index: number): number;
  /**
   * The lesser of the two shares: of the query the document holds, and of the document's rarity the
   * query holds. High only where each says much of what the other says, as two tellings of one thing
   * do; a short query inside a long document ("Nieuwsbrief voor de leden" in "the verhuiscoach in the
   * newsletter for our members") is not.
   */
  mutual(index: number): number;
  evidence(index: number): Evidence;
  /**
   * What evidence gives, counted rather than listed: the coverage, and how many of the query's
   * words the document holds (or a compound, part or misspelling of them). For a query weighed
   * against thousands of texts, where only the count decides.
   */
  held(index: number): { coverage: number; words: number };
}

/** What a document has in common with a query (see TextIndex.evidence). */
export interface Evidence {
  coverage: number;
  /** The query's words the document holds, or a compound, part or misspelling of them. */
  words: string[];
  /** Of those, the ones it holds as the very same word: no compound, no typing error. */
  same: string[];
  queryWords: number;
}

/** For each query word, the vocabulary words it matches and how well; the best match of each vocabulary word; each query word's weight. */
interface Relation {
  forward: Map<string, Map<string, number>>;
  backward: Map<string, number>;
  weight: Map<string, number>;
  /** Each query word's matches over the vocabulary's numbers, for weighing against thousands of documents without a Map or a string. */
  terms: Term[];
  /** Per document: whether it holds a word of `backward` (any other scores 0 on every share); made when first asked. */
  touches?: Uint8Array;
}

/**
 * One direction's score from its three shares, rounded to thousandths. A
 * short activity covers little of a long afspraak: weigh mostly how much of
 * the query (the activity) the document (the afspraak) explains.
 */
function combined(ofQuery: number, ofDoc: number, pairs: number): number {
  return Math.round(Math.min(1, 0.6 * ofQuery + 0.25 * ofDoc + 0.15 * pairs) * 1000) / 1000;
}

export interface TextIndexOptions {
  /** Texts whose words say nothing about the subject here (the parties' names, when the party is weighed apart). */
  ignore?: readonly string[];
  /**
   * Groups of words about one subject that share no letters ("rookmelder",
   * "brandveiligheid"); see thesaurus.ts for how a group is written. Words of
   * one group relate as RELATED_MATCH.
   */
  related?: readonly (readonly string[])[];
  /**
   * Names (places, projects) as the texts write them: they count in the score,
   * but a name in common says where, not what, so it adds nothing to `found`.
   */
  names?: readonly string[];
  /**
   * Per text, the family it belongs to (the afspraken under one inzet item): texts of one family
   * work out one thing between them, so a word they alone share is as rare as a word of one text.
   */
  families?: readonly string[];
  /**
   * How the texts are read into words (contentWords by default, which keeps the texts read
   * lately): whoever builds several indexes over the same thousands of texts reads them once,
   * and gives that reading to each.
   */
  read?: (text: string) => readonly string[];
}

/** A query word as the index weighs it: its weight, whether it is a name, and the vocabulary words it matches, by number, with how well. */
interface Term {
  weight: number;
  name: boolean;
  numbers: Int32Array;
  matches: Float64Array;
}

/** Word weight for two words of one thesaurus group: less than a typing error, which is the same word. */
const RELATED_MATCH = 0.6;

/**
 * The groups a stemmed word belongs to, by a group's members: a word ("rookmelder"),
 * a prefix ("tuin*") or a suffix ("*schouw"), each stemmed as texts are.
 */
function groupsOfWords(groups: readonly (readonly string[])[]): (w: string) => number[] {
  const byWord = new Map<string, number[]>();
  const affixes: { part: string; prefix: boolean; group: number }[] = [];
  groups.forEach((members, group) => {
    for (const member of members) {
      const prefix = member.endsWith('*');
      const suffix = member.startsWith('*');
      const [part] = contentWords(member.replace(/\*/g, ''));
      if (part === undefined) continue;
      if (prefix || suffix) affixes.push({ part, prefix, group });
      else byWord.set(part, [...new Set([...(byWord.get(part) ?? []), group])]);
    }
  });
  return (w) => {
    const found = new Set(byWord.get(w) ?? []);
    for (const a of affixes) if (w === a.part || (a.prefix ? w.startsWith(a.part) : w.endsWith(a.part))) found.add(a.group);
    return [...found];
  };
}

/**
 * Every word of the texts numbered, in the order first met (a pair is weighed by its numbers, not as a
 * text), and the texts as documents of those numbers. A function of its own, so that the index's
 * methods do not hold the texts or what read them (a year's texts read into words, in the overview).
 */
function numberedDocuments(
  texts: readonly string[],
  read: (text: string) => readonly string[],
  ignore: ReadonlySet<string>,
): { numbers: Map<string, number>; numbered: string[]; docs: DocumentStore } {
  const numbers = new Map<string, number>();
  const numbered: string[] = [];
  const docs = documentStore(texts.length, (i) =>
    read(texts[i] as string)
      .filter((w) => !ignore.has(w))
      .map((w) => {
        let n = numbers.get(w);
        if (n === undefined) {
          n = numbered.length;
          numbers.set(w, n);
          numbered.push(w);
        }
        return n;
      }),
  );
  return { numbers, numbered, docs };
}

export function buildTextIndex(texts: readonly string[], options: TextIndexOptions = {}): TextIndex {
  const ignore = new Set((options.ignore ?? []).flatMap(contentWords));
  const names = new Set((options.names ?? []).flatMap(contentWords));
  const { numbers, numbered, docs } = numberedDocuments(texts, options.read ?? contentWords, ignore);
  /** The words of the document at `doc`, by number, in their order. */
  const wordsOf = (doc: number): Int32Array => docs.words.subarray(docs.wordStart[doc], docs.wordStart[doc + 1]);
  /** A query: a word no document holds gets a number of its own after theirs, the same for each of its uses. */
  const readQuery = (text: string): QueryWords => {
    const unknown = new Map<string, number>();
    return queryWordsOf(text, ignore, (w) => {
      const known = numbers.get(w);
      if (known !== undefined) return known;
      let n = unknown.get(w);
      if (n === undefined) {
        n = numbered.length + unknown.size;
        unknown.set(w, n);
      }
      return n;
    });
  };
  const df = new Map<string, number>();
  const familiesOf = new Map<string, Set<string>>();
  for (let i = 0; i < docs.count; i++) {
    const family = options.families?.[i];
    for (const number of wordsOf(i)) {
      const w = numbered[number] as string;
      if (family === undefined) {
        df.set(w, (df.get(w) ?? 0) + 1);
        continue;
      }
      const seen = familiesOf.get(w) ?? new Set<string>();
      familiesOf.set(w, seen);
      if (!seen.has(family)) df.set(w, (df.get(w) ?? 0) + 1);
      seen.add(family);
    }
  }
  const vocabulary = [...df.keys()];
  const n = Math.max(1, docs.count);
  // A word no afspraak uses (a place, a name, a verb of the partner's) tells
  // the afspraken nothing apart; it weighs like a common word, so that it
  // lowers every score a little rather than sinking them all.
  const idfs = new Map([...df].map(([w, count]) => [w, Math.log(1 + n / count)]));
  const idf = (w: string): number => idfs.get(w) ?? 1;
  /** The rarity of each word of the documents, by its number. */
  const rarityAt = Float64Array.from(numbered, idf);
  /** Per document of the index: the rarity of its words summed, in their order (similarity's docTotal, worked out once). */
  const rarities = new Float64Array(docs.count);
  for (let i = 0; i < docs.count; i++) {
    let total = 0;
    for (const v of wordsOf(i)) total += rarityAt[v] as number;
    rarities[i] = total;
  }
  /** Per word number, the documents that hold it, ascending: the slice holderStart[w] … holderStart[w + 1] of holderDocs. */
  const holderStart = new Int32Array(numbered.length + 1);
  for (const w of docs.words) holderStart[w + 1] = (holderStart[w + 1] as number) + 1;
  for (let w = 0; w < numbered.length; w++) holderStart[w + 1] = (holderStart[w + 1] as number) + (holderStart[w] as number);
  const holderDocs = new Int32Array(docs.words.length);
  const filled = holderStart.slice(0, numbered.length);
  for (let i = 0; i < docs.count; i++) for (const w of wordsOf(i)) holderDocs[(filled[w] as number)++] = i;
  /**
   * Whether the document at `index` holds a word the query relates to. One that holds none
   * scores 0 on every share (no word found, no rarity found, no word pair in common: a pair
   * of its own would be two words the query holds), so similarity need not weigh it.
   */
  const touches = (rel: Relation, index: number): boolean => {
    if (!rel.touches) {
      const marks = new Uint8Array(docs.count);
      for (const v of rel.backward.keys()) {
        const w = numbers.get(v) as number;
        for (let k = holderStart[w] as number; k < (holderStart[w + 1] as number); k++) marks[holderDocs[k] as number] = 1;
      }
      rel.touches = marks;
    }
    return rel.touches[index] === 1;
  };
  const NONE = { score: 0, ofQuery: 0, ofDoc: 0, found: 0 } as const;

  // Partners repeat their words from row to row: each word is related to
  // the vocabulary once, and only to the words the lookup finds, so relating
  // stays near-linear in the number of activities and of words.
  const cache = new Map<string, Map<string, number>>();
  const lookup = vocabularyLookup(vocabulary, { minSuffix: MIN_PART, minPrefix: MIN_PART + 1 });
  const groupsOf = groupsOfWords(options.related ?? []);
  const vocabularyOfGroup = new Map<number, string[]>();
  for (const v of vocabulary) for (const g of groupsOf(v)) vocabularyOfGroup.set(g, [...(vocabularyOfGroup.get(g) ?? []), v]);
  const matchesOf = (w: string): Map<string, number> => {
    const known = cache.get(w);
    if (known) return known;
    const matches = new Map<string, number>();
    if (df.has(w)) matches.set(w, 1);
    for (const v of lookup(w)) {
      if (v === w) continue;
      const weight = wordRelation(w, v);
      if (weight > 0) matches.set(v, weight);
    }
    for (const g of groupsOf(w)) {
      for (const v of vocabularyOfGroup.get(g) ?? []) if (v !== w && (matches.get(v) ?? 0) < RELATED_MATCH) matches.set(v, RELATED_MATCH);
    }
    if (cache.size < MAX_CACHED_WORDS) cache.set(w, matches);
    return matches;
  };

  /**
   * A word as a query word: its matches, by number, and its weight, worked out once per word. A query
   * word weighs as itself, or as the rarest afspraak word it is a misspelling or a near word of.
   */
  const terms = new Map<string, Term>();
  const termOf = (w: string): Term => {
    const known = terms.get(w);
    if (known) return known;
    const matches = matchesOf(w);
    let own = df.has(w) ? idf(w) : 0;
    // Every word a word matches is a word of the documents, and so has a number.
    const matched = new Int32Array(matches.size);
    const strengths = new Float64Array(matches.size);
    let i = 0;
    for (const [v, m] of matches) {
      if (m === TYPO_MATCH || m === RELATED_MATCH) own = Math.max(own, idf(v));
      matched[i] = numbers.get(v) as number;
      strengths[i++] = m;
    }
    const term = { weight: own > 0 ? own : idf(w), name: names.has(w), numbers: matched, matches: strengths };
    if (terms.size < MAX_CACHED_WORDS) terms.set(w, term);
    return term;
  };

  const relate = (queryWords: ReadonlySet<string>): Relation => {
    const forward = new Map<string, Map<string, number>>();
    const backward = new Map<string, number>();
    const weight = new Map<string, number>();
    const related: Term[] = [];
    for (const w of queryWords) {
      const matches = matchesOf(w);
      forward.set(w, matches);
      for (const [v, m] of matches) backward.set(v, Math.max(backward.get(v) ?? 0, m));
      const term = termOf(w);
      weight.set(w, term.weight);
      related.push(term);
    }
    return { forward, backward, weight, terms: related };
  };

  // What similarity asks of a document against a relation, over the word numbers: which words the
  // document holds (marked while it is weighed), and how well the relation's query matches each word
  // (kept for the relation last weighed, as the linker weighs one query against many documents in turn).
  const inDocument = new Uint8Array(numbered.length);
  const relatedAt = new Float64Array(numbered.length);
  let loaded: Relation | null = null;
  const load = (rel: Relation): void => {
    if (loaded === rel) return;
    if (loaded) for (const v of loaded.backward.keys()) relatedAt[numbers.get(v) as number] = 0;
    for (const [v, m] of rel.backward) relatedAt[numbers.get(v) as number] = m;
    loaded = rel;
  };
  /** Each term's best match among the document's words, in the order of the terms. */
  let bestOfTerm = new Float64Array(16);
  const bestOf = (rel: Relation, doc: number): Float64Array => {
    const { terms: related } = rel;
    if (bestOfTerm.length < related.length) bestOfTerm = new Float64Array(related.length);
    // The document's words as a slice of the store's array, read in place: this runs for every document weighed.
    const { words: held, wordStart } = docs;
    const start = wordStart[doc] as number;
    const end = wordStart[doc + 1] as number;
    for (let i = start; i < end; i++) inDocument[held[i] as number] = 1;
    for (let k = 0; k < related.length; k++) {
      const t = related[k] as Term;
      let most = 0;
      for (let i = 0; i < t.numbers.length; i++) {
        const m = t.matches[i] as number;
        if (m > most && inDocument[t.numbers[i] as number] === 1) most = m;
      }
      bestOfTerm[k] = most;
    }
    for (let i = start; i < end; i++) inDocument[held[i] as number] = 0;
    return bestOfTerm;
  };

  const similarity = (q: QueryWords, rel: Relation, doc: number): { score: number; ofQuery: number; ofDoc: number; found: number } => {
    if (q.words.size === 0 || wordCount(docs, doc) === 0) return { score: 0, ofQuery: 0, ofDoc: 0, found: 0 };
    let total = 0;
    let shared = 0;
    let found = 0;
    const best = bestOf(rel, doc);
    for (let k = 0; k < rel.terms.length; k++) {
      const { weight, name } = rel.terms[k] as Term;
      const most = best[k] as number;
      total += weight;
      shared += weight * most;
      if (!name) found += weight * (most === TYPO_MATCH ? 1 : most);
    }
    const ofQuery = total === 0 ? 0 : shared / total;
    // The rarity found, in the document's word order; a word the query does not relate to adds 0.
    const docTotal = rarities[doc] as number;
    load(rel);
    let docFound = 0;
    for (let i = docs.wordStart[doc] as number; i < (docs.wordStart[doc + 1] as number); i++) {
      const n = docs.words[i] as number;
      const m = relatedAt[n] as number;
      if (m !== 0) docFound += (rarityAt[n] as number) * m;
    }
    const ofDoc = docTotal === 0 ? 0 : docFound / docTotal;
    const pairs = q.pairs.size === 0 ? 0 : sharedPairs(docs, doc, q.pairs) / q.pairs.size;
    return { score: combined(ofQuery, ofDoc, pairs), ofQuery, ofDoc, found: Math.round(found * 1000) / 1000 };
  };

  // Pairs of the index's own documents are weighed over compact arrays (pair-scores.ts), made when
  // first asked: each word related to the vocabulary once, and nothing kept per pair or per document.
  let pairs: PairScores | undefined;
  const pairsOf = (): PairScores =>
    (pairs ??= pairScores({
      vocabulary: numbered,
      numberOf: (w) => numbers.get(w),
      documents: docs,
      matches: matchesOf,
      // A word's weight as the query is its own: relate weighs each word apart from the others.
      weight: (w) => relate(new Set([w])).weight.get(w) ?? 1,
      rarity: idf,
      combined,
    }));

  /**
   * A query read into words and related to the vocabulary, kept for the next few calls: the
   * linker asks about one activity's text several times (rank, evidence, doubt) before the next.
   */
  const recent = new Map<string, { q: QueryWords; rel: Relation }>();
  const RECENT_QUERIES = 16;
  const queryOf = (text: string): { q: QueryWords; rel: Relation } => {
    const known = recent.get(text);
    if (known) return known;
    const q = readQuery(text);
    const made = { q, rel: relate(q.words) };
    if (recent.size >= RECENT_QUERIES) recent.delete(recent.keys().next().value as string);
    recent.set(text, made);
    return made;
  };

  const prepared = new WeakMap<PreparedQuery, { q: QueryWords; rel: Relation }>();
  const prepare = (query: string): PreparedQuery => {
    const { q, rel } = queryOf(query);
    const isDoc = (index: number): boolean => isDocument(docs, index);
    /** similarity to the document at index, 0 at once for one that holds no word the query relates to. */
    const weighed = (index: number) => (touches(rel, index) ? similarity(q, rel, index) : NONE);
    const handle: PreparedQuery = {
      words: q.words.size,
      score: (index) => (isDoc(index) ? weighed(index).score : 0),
      coverage: (index) => (isDoc(index) ? weighed(index).ofQuery : 0),
      mutual: (index) => {
        if (!isDoc(index)) return 0;
        const { ofQuery, ofDoc } = weighed(index);
        return Math.min(ofQuery, ofDoc);
      },
      evidence: (index) => {
        if (!isDoc(index)) return { coverage: 0, words: [], same: [], queryWords: q.words.size };
        const holds = (word: string): boolean => holdsWord(docs, index, numbers.get(word));
        const words = [...q.words].filter((w) => [...(rel.forward.get(w) ?? [])].some(([v, m]) => m > 0 && holds(v)));
        return { coverage: similarity(q, rel, index).ofQuery, words, same: words.filter(holds), queryWords: q.words.size };
      },
      held: (index) => {
        if (!isDoc(index) || q.words.size === 0 || wordCount(docs, index) === 0) return { coverage: 0, words: 0 };
        // similarity's share of the query, in its order (so to the last bit), and evidence's words, counted.
        let total = 0;
        let shared = 0;
        let words = 0;
        const best = bestOf(rel, index);
        for (let k = 0; k < rel.terms.length; k++) {
          const { weight } = rel.terms[k] as Term;
          const most = best[k] as number;
          total += weight;
          shared += weight * most;
          if (most > 0) words++;
        }
        return { coverage: total === 0 ? 0 : shared / total, words };
      },
    };
    prepared.set(handle, { q, rel });
    return handle;
  };

  const searchAmong = (members: readonly number[]): ((query: PreparedQuery, minWords: number, minCoverage?: number) => SearchHits) => {
    /** Per word number: the members that hold the word, ascending; only the words the members hold. */
    const holders = postings((post) =>
      members.forEach((doc, k) => {
        if (!isDocument(docs, doc)) return;
        for (const n of wordsOf(doc)) post(n, k);
      }),
    );
    // Counts per member, kept for the next query and cleared by what this one touched: a group of
    // thousands is searched for every need, and maps per query kept the garbage collector busy.
    const held = new Int32Array(members.length);
    /** The last query word (numbered across queries) that counted for a member: each word counts once. */
    const lastWord = new Int32Array(members.length).fill(-1);
    /** Per member: the weighed share of the query it holds so far (as held() weighs it), and its best match of the current word. */
    const shared = new Float64Array(members.length);
    const bestOfWord = new Float64Array(members.length);
    /** The members the query touched, the first `touchedCount` of them: a query touches thousands, kept in one array. */
    const touched = new Int32Array(members.length);
    let wordNumber = 0;
    return (query, minWords, minCoverage = 0) => {
      const { q, rel } = prepared.get(query) as { q: QueryWords; rel: Relation };
      const needed = Math.min(minWords, q.words.size);
      if (needed <= 0) return { positions: [], shares: [] };
      // Per member: how many of the query's words it holds (or a compound, part or misspelling of them).
      let touchedCount = 0;
      let total = 0;
      // The query's words as relate numbered their matches (rel.terms, in the order of q.words): no Map or string per member.
      for (const { weight, numbers: matched, matches } of rel.terms) {
        const word = wordNumber++;
        total += weight;
        for (let i = 0; i < matched.length; i++) {
          const m = matches[i] as number;
          const slot = holders.slotOf.get(matched[i] as number);
          if (slot === undefined) continue;
          for (let p = holders.start[slot] as number; p < (holders.start[slot + 1] as number); p++) {
            const k = holders.members[p] as number;
            if (lastWord[k] !== word) {
              lastWord[k] = word;
              bestOfWord[k] = 0;
              if (held[k] === 0) touched[touchedCount++] = k;
              held[k] = (held[k] as number) + 1;
            }
            if (m > (bestOfWord[k] as number)) {
              shared[k] = (shared[k] as number) + weight * (m - (bestOfWord[k] as number));
              bestOfWord[k] = m;
            }
          }
        }
      }
      // Summed in steps, the share may differ from held()'s in the last bits: a margin, so none is left out that held() lets in.
      const floor = minCoverage * total - 1e-9;
      const positions: number[] = [];
      for (let i = 0; i < touchedCount; i++) {
        const k = touched[i] as number;
        if ((held[k] as number) >= needed && (shared[k] as number) >= floor) positions.push(k);
        held[k] = 0;
      }
      positions.sort((a, b) => a - b);
      const shares = positions.map((k) => (shared[k] as number) / total);
      for (let i = 0; i < touchedCount; i++) shared[touched[i] as number] = 0;
      return { positions, shares };
    };
  };

  return {
    pairScore: (i, j) => pairsOf().pairScore(i, j),
    similarPairs: (members, threshold, groupOf) => pairsOf().similarPairs(members, threshold, groupOf),
    prepare,
    searchAmong,
    score: (query, index) => prepare(query).score(index),
    coverage: (query, index) => prepare(query).coverage(index),
    evidence: (query, index) => prepare(query).evidence(index),
    rank: (query, among) => {
      const { q, rel } = queryOf(query);
      const indexes = among ?? Array.from({ length: docs.count }, (_, i) => i);
      return indexes
        .map((index) => {
          const { score, found } = !isDocument(docs, index) || !touches(rel, index) ? NONE : similarity(q, rel, index);
          return { index, score, found };
        })
        .sort((a, b) => b.score - a.score || a.index - b.index);
    },
  };
}
