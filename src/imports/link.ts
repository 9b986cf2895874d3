// Finds for every activity the afspraak it belongs to, on all the evidence a
// row gives together, and says why:
//   - our hidden key ("A17"): certain;
//   - the reference the partner wrote ("1.1 bij 1", "1.1-4", "3 bij 5",
//     "Bij 4" under a topic, a pasted afspraak text);
//   - the topic, paragraaf or theme: a column, a theme row above, or a prefix
//     in the reference cell ("1.1 Nieuwbouw", "5.2");
//   - the party: the row's own trekker, else the file's party, preferring the
//     afspraken where it is trekker or betrokkene (groups included);
//   - earlier decisions: the links chosen or accepted before for this text or
//     a text much like it, of any party, in any version or planning year;
//   - text similarity, to the afspraak and, weighing less, to the inzet item
//     ("Bij N.") it works out: what it is for.
// What the partner's own structure settles (one afspraak fits the reference,
// or exactly one of several fits the reference and the party) is a link. What
// only text or an earlier year suggests is a proposal, to be confirmed. When
// the evidence leaves several afspraken equally likely the row is a choice
// ("kies") with its candidates; never a silent pick. Pure.
import type { AgreementRow } from '../domain/agreements';
import { parseAgreementKey } from '../requests/template';
import { normalizeHeader } from './columns';
import { problem, quote, type Place } from './problems';
import { buildTextIndex, contentWords, type PreparedQuery, type TextIndex, type TextIndexOptions } from '../domain/similarity';
import { normalizeForSearch } from '../domain/text';
import { buildExampleProfiles, type ExampleProfiles } from './example-profiles';
import { HOUSING_THESAURUS } from './thesaurus';
import type { ActivityLink, ImportProblem, ReadActivity } from './types';
import type { LinkCandidate } from '../domain/links';
import { describeYears } from '../domain/schedule';

export type LinkableAgreement = Pick<AgreementRow, 'id' | 'reference' | 'topicNumber' | 'commitmentNumber' | 'text'> &
  Partial<Pick<AgreementRow, 'topicTitle' | 'themeNumber' | 'themeTitle' | 'lead' | 'involved' | 'schedule'>> & {
    /** The text of the inzet item ("Bij N.") the afspraak works out: what it is for. */
    commitmentText?: string;
  };

/**
 * An activity whose link was settled before (chosen or confirmed by a person,
 * or made by the file and kept): its afspraak, or null for a person's "geen
 * afspraak". Partners repeat their activities from year to year in other
 * words, and one partner's activity is often another's: what was decided for
 * a text much like this one is evidence, never a link by itself.
 */
export interface Precedent {
  activity: string;
  agreementId: number | null;
  partyId: string;
  planningYear: number;
  /** A person chose or confirmed it (else the file's own reference or key made it). */
  byHand: boolean;
  /** One of the set's example activities (link-examples.ts), not a decision of the werkgroep; its planningYear says nothing. */
  example?: boolean;
}

export interface LinkOptions {
  /** Named in the problems' messages. */
  fileName?: string;
  /** The party whose file it is: its activities prefer the afspraken it leads or is involved in. */
  partyId?: string | null;
  /** The party ids a row's own trekker cell names ("De Kern en" → dekernen); [] when it names none we know. */
  resolveLead?: (written: string) => string[];
  /** A party's short name, for the reasons. */
  partyName?: (id: string) => string;
  /** Links settled before, newest first: evidence for the activities that resemble them. */
  precedents?: readonly Precedent[];
  /**
   * The set's example activities (link-examples.ts), weighed as precedents but after them. Give the
   * same array from call to call: its index is built once and kept while the array and afspraken stay.
   */
  examples?: readonly Precedent[];
  /** Least text similarity for a proposal by text alone; below it the activity stays unlinked. */
  minScore?: number;
  /** The year the activities are planned for: a reference to an afspraak that does not run then is proposed, not followed. */
  planningYear?: number;
  /** The gemeente of the agreement ("Druten"): its name in an activity says nothing of which afspraak. */
  municipality?: string;
  /**
   * Every inzet item of the set, also those under which no afspraak stands: an
   * activity that serves one of those serves no afspraak (see unworkedInzet).
   */
  commitments?: readonly LinkableCommitment[];
  /**
   * The parties whose tenants a party speaks for: a tenant organisation's
   * corporation (HBD for Woonwaarts' tenants). See partyFit.
   */
  representedBy?: (partyId: string) => readonly string[];
}

/** One inzet item ("Bij N.") of a topic, as the agreement writes it; or a step of the yearly cycle of the cooperation. */
export interface LinkableCommitment {
  topicNumber: string;
  number: number;
  text: string;
  /** For a step of the cycle ("4. Verslaglegging en verantwoording"), its code and title. */
  cycleStep?: string;
}

/** Calibrated on the Druten afspraken and partners' activity texts (tests/imports/link.test.ts, the labelled set). */
export const PROPOSAL_THRESHOLD = 0.25;
/** Among candidates the partner's structure names, the text proposes one when it is this similar… */
const NARROWING_MIN_SCORE = 0.12;
/** …and this far ahead of the next (in combined score). */
const MARGIN = 0.06;
/** A candidate is shown beside the first when its combined score is this close (or the sheet named it). */
const NEAR = 0.12;
/**
 * Outside the partner's structure, text proposes an afspraak only when the
 * words in common weigh at least this much: one word found in a single
 * afspraak (ln(1 + 48) ≈ 3,9 among Druten's 48), or two or more less rare
 * ones; one common word ("huurders") is not enough.
 */
const MIN_FOUND = 3.5;
/** Two inzet items this alike (both ways) say the same thing twice. */
const INZET_TWIN = 0.6;
/** A pasted afspraak text this similar (both ways) is the afspraak. */
const PASTED_TEXT_THRESHOLD = 0.8;
/** The referenced afspraak's text is this unlike the activity while another is this much more like it: the reference is doubted. */
const CONTRADICTION_GAP = 0.25;
const MAX_CANDIDATES = 4;
/** An activity of this many content words is a full sentence: sharing none with the afspraak it names is telling. */
const FULL_SENTENCE_WORDS = 6;

/** Weight of the party evidence in the combined score; text similarity weighs 1. */
const PARTY_LEAD_BONUS = 0.15;
const PARTY_INVOLVED_BONUS = 0.05;
const PARTY_ABSENT_PENALTY = 0.1;
/**
 * A tenant organisation where its corporation takes part: no stranger to the afspraak, but not
 * named in it either. Half a stranger's penalty: the step from a stranger (0,05) stays below MARGIN,
 * so this indirect tie ranks candidates but never on its own proposes one the text cannot tell apart.
 */
const PARTY_REPRESENTS_BONUS = -PARTY_ABSENT_PENALTY / 2;
/**
 * A settled activity counts as a precedent when the new one is this much like
 * it: the same subject in other words ("Wijkschouw Horssen-Oost: route lopen
 * met bewoners" and "Wijkschouw in Horssen: bewoners uitnodigen").
 */
const PRECEDENT_MIN = 0.4;
/** A precedent this much alike makes a proposal on its own (one of the very same text is 1). */
const PRECEDENT_PROPOSE = 0.5;
/** Its weight in the combined score, times its likeness. */
const PRECEDENT_WEIGHT = 0.35;
/**
 * Outside the partner's structure, where no example and no decision is like the activity, its own words
 * must share this much with an afspraak to propose it or offer it as a choice: the party's part ranks the
 * candidates but does not make a proposal of a weak likeness. Over the leave-one-out of every labelled set,
 * text-and-party proposals below it were wrong three times in four, most of them work that serves no afspraak.
 */
const TEXT_ALONE_PROPOSE = 0.4;
/** How much more alike than the next the most alike example must be when examples point to different afspraken. */
const EXAMPLES_APART = 0.1;
/** A row this many times as long as an example of a sibling afspraak may hold both: the example does not doubt its reference. */
const TWIN_HOLDS_MORE = 1.5;
/** How far the examples of one afspraak (or of none) must be more like an activity than the next to give its first answer. */
const PROFILE_LEAD = 0.04;
/** How many of an activity's words (or pairs) the examples of an afspraak must use to propose it where the text found none. */
const PROFILE_MIN_SHARED = 2;
/** At most this many precedents are kept, the newest: enough for years of a werkgroep's decisions. */
export const MAX_PRECEDENTS = 5000;
/** The row's role agrees with the party's part in the afspraak: "trekker" where it is trekker, "meedenken" where it is betrokken. */
const ROLE_FIT_BONUS = 0.1;
/**
 * Weight of the row's role words: a role ("initiatief en organisatie",
 * "faciliteren") often says in the afspraak's own words which afspraak the
 * activity serves. Less than the activity text, which names it.
 */
const ROW_WORDS_WEIGHT = 0.2;
/** The row's other words count only when they share something rare with the afspraak, not one common verb. */
const ROW_WORDS_MIN_FOUND = 2;
/** The inzet item's text weighs this much beside the afspraak's own… */
const INZET_WEIGHT = 0.3;
/** …when the words in common weigh at least this much. */
const INZET_MIN_FOUND = 2;

/** What a reference names; every part optional. */
export interface ParsedReference {
  topic?: string;
  theme?: number;
  commitment?: number;
  /** Position among the rows under one inzet item: the "(2)" of "1.1 bij 1 (2)". */
  seq?: number;
  /** Our key, when written in the reference column. */
  key?: number;
  /** "3.5" where topic 3 has no sub-topics: read as "3 bij 5". */
  guessed?: boolean;
}

/** A chapter as partners shorten it before its number: "H5", "H 4.1", "Hfst. 3". */
const CHAPTER = String.raw`h(?:fdst|fst|fd)?(?=[\s.]*\d)`;
const LEADING_WORDS = new RegExp(
  String.raw`^(?:§|${CHAPTER}|(?:(?:prestatie)?afspra(?:ak|ken)(?:nummer|nr)?|nr|nummer|no|ref|referentie|zie|pa|par|paragraaf|onderwerp|thema|hoofdstuk|section|sectie|theme|chapter|agreement)\b)[\s.:#]*`,
);

/**
 * Reads a reference as partners write it: "1.1 bij 1", "1.1 Bij 1.", "1.1-1",
 * "3 bij 5", "Bij 4", "1.1 bij 1 (2)", "afspraak 1.3", "1.1.4", "A17", or our
 * dropdown label "1.1 bij 1 (2) – Woonwaarts zet in …". Null when it is no reference.
 */
export function parseReference(written: string): ParsedReference | null {
  // Our dropdown label: the reference before the dash ("1.1 bij 1 (2) – Woonwaarts …"), but not "1.1 – 4".
  const dash = /\s[–—]\s/.exec(written);
  const label = dash && /\p{L}/u.test(written.slice(dash.index + dash[0].length)) ? written.slice(0, dash.index) : written;
  let t = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[–—‐‑]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]+$/, '')
    .trim();
  const key = /^a\s?(\d+)$/.exec(t);
  if (key) return { key: Number(key[1]) };
  for (let i = 0; i < 3; i++) t = t.replace(LEADING_WORDS, '').trim();

  const seqOf = (s: string | undefined): Partial<ParsedReference> => (s === undefined ? {} : { seq: Number(s) });
  let m = /^(\d+(?:\.\d+)?)\s*(?:bij|-|\/|,|\s)\s*(?:inzet\s*)?(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { topic: m[1] as string, commitment: Number(m[2]), ...seqOf(m[3]) };
  m = /^(\d+\.\d+)\.(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { topic: m[1] as string, commitment: Number(m[2]), ...seqOf(m[3]) };
  m = /^bij\s*(?:inzet\s*)?(\d+)\.?\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (m) return { commitment: Number(m[1]), ...seqOf(m[2]) };
  m = /^(\d+(?:\.\d+)?)\.?$/.exec(t);
  if (m) return { topic: m[1] as string };
  return null;
}

/**
 * A reference the partner wrote inside the activity text, in brackets: "(PA 4.1)",
 * "(zie 1.1 bij 4)", "[5.2]", "(afspraak 3 bij 7)". Without a word before it, only
 * a topic number with a point counts: "(2)" or "(30 woningen)" is no reference.
 */
const INLINE_REFERENCE = /[([]\s*(?:(zie|pa|prestatieafspraak|prestatieafspraken|afspraak|par\.?|paragraaf|§|onderwerp|hoofdstuk|h)\s*)?(\d+(?:\.\d+)?(?:\s*(?:bij|-)\s*\d+(?:\s*\(\s*\d+\s*\))?)?)\s*[)\]]/gi;

export function inlineReference(text: string): string | null {
  for (const m of text.matchAll(INLINE_REFERENCE)) {
    const [, word, number] = m as unknown as [string, string | undefined, string];
    if (word === undefined && !/^\d+\.\d+/.test(number)) continue;
    if (parseReference(number) !== null) return number.replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * A group row above the activities that names an afspraak or an inzet ("PA 1.1 bij 1 — Nieuwbouw
 * sociale huur", "1.3 bij 2"): the reference of every row under it. A theme or topic alone
 * ("PA 5 — Leefbaarheid", "1.1 Nieuwbouw") is its scope, read as the row's context.
 */
function sectionReference(section: string | undefined): string | null {
  const parsed = section === undefined ? null : parseReference(section);
  return parsed && parsed.commitment !== undefined && section !== undefined ? section.trim() : null;
}

interface Indexed {
  agreements: readonly LinkableAgreement[];
  byId: Map<number, number>;
  topics: Set<string>;
  themes: Set<number>;
  texts: TextIndex;
  /** Per afspraak, the text of its inzet item (the same for the afspraken under one "Bij N"). */
  commitments: TextIndex;
  /** Per afspraak, the parties its text names. */
  namedInText: Set<string>[];
  /** The topics' and themes' titles, each with the scope it names. */
  titles: { scopes: Scope[]; index: TextIndex };
  /** How activity texts are weighed against the afspraken: also against the precedents. */
  textOptions: TextIndexOptions;
}

const themeOf = (a: LinkableAgreement): number => a.themeNumber ?? Number(a.topicNumber.split('.')[0]);
const seqOf = (a: LinkableAgreement): number => {
  const m = /\((\d+)\)\s*$/.exec(a.reference);
  return m ? Number(m[1]) : 1;
};

function indexAgreements(agreements: readonly LinkableAgreement[], municipality: string): Indexed {
  // The party is weighed apart: its name in a text ("Woonwaarts zet in op …") says nothing of the subject;
  // nor does the gemeente's own name ("Kattenburg fase 2 (Druten)", "in de gemeente Druten"): all is there.
  const textOptions: TextIndexOptions = {
    ignore: [...partyNamesIn(agreements), ...(municipality === '' ? [] : [municipality])],
    related: HOUSING_THESAURUS,
    names: namesIn(agreements),
  };
  return {
    agreements,
    byId: new Map(agreements.map((a, i) => [a.id, i])),
    topics: new Set(agreements.map((a) => a.topicNumber)),
    themes: new Set(agreements.map(themeOf)),
    // The afspraken under one inzet item work it out between them: a word only they share is theirs alone.
    texts: buildTextIndex(
      agreements.map((a) => a.text),
      { ...textOptions, families: agreements.map((a) => `${a.topicNumber} bij ${a.commitmentNumber}`) },
    ),
    commitments: buildTextIndex(
      agreements.map((a) => a.commitmentText ?? ''),
      textOptions,
    ),
    titles: titlesOf(agreements),
    namedInText: partiesNamedIn(agreements),
    textOptions,
  };
}

/**
 * The index of the last afspraken linked against, by their content: five parties' files in a
 * row link against the same afspraken, and what the index learned of the partners' words (each
 * word related to the vocabulary once) serves the next file. Pure memoisation: an index of
 * equal afspraken answers exactly as a new one.
 */
let lastIndexed: { key: string; indexed: Indexed } | null = null;

function indexedAgreements(agreements: readonly LinkableAgreement[], municipality = ''): Indexed {
  const key = JSON.stringify([municipality, agreements]);
  if (lastIndexed?.key !== key) lastIndexed = { key, indexed: indexAgreements(agreements, municipality) };
  return lastIndexed.indexed;
}

/**
 * The inzet items of a set, each with how many afspraken work it out, indexed by their words as the afspraken are;
 * and apart from them, so that their words weigh in the inzet items as before, the steps of the yearly cycle.
 */
interface InzetIndex {
  items: (LinkableCommitment & { agreements: number })[];
  texts: TextIndex;
  cycle: { items: LinkableCommitment[]; texts: TextIndex };
}

let lastInzet: { key: string; ix: Indexed; index: InzetIndex } | null = null;

function indexedInzet(commitments: readonly LinkableCommitment[] | undefined, ix: Indexed): InzetIndex | null {
  if (!commitments || commitments.length === 0) return null;
  const key = JSON.stringify(commitments);
  if (lastInzet?.key === key && lastInzet.ix === ix) return lastInzet.index;
  const items = commitments
    .filter((c) => c.cycleStep === undefined)
    .map((c) => ({
      ...c,
      agreements: ix.agreements.filter((a) => a.topicNumber === c.topicNumber && a.commitmentNumber === c.number).length,
    }));
  const steps = commitments.filter((c) => c.cycleStep !== undefined);
  const texts = buildTextIndex(items.map((c) => c.text), ix.textOptions);
  // The agreement repeats an inzet item now and then in another topic, in nearly the same words
  // (5.3's "afspraken … over de woonbegeleiding" is 4.2's): the afspraken under the one work out the other.
  for (const [i, item] of items.entries()) {
    if (item.agreements > 0) continue;
    const twin = items.find((other, j) => other.agreements > 0 && texts.pairScore(i, j) >= INZET_TWIN);
    if (twin) item.agreements = twin.agreements;
  }
  const index = { items, texts, cycle: { items: steps, texts: buildTextIndex(steps.map((c) => c.text), ix.textOptions) } };
  lastInzet = { key, ix, index };
  return index;
}

function titlesOf(agreements: readonly LinkableAgreement[]): Indexed['titles'] {
  const titles = new Map<string, { scope: Scope; title: string }>();
  for (const a of agreements) {
    if (a.topicTitle) titles.set(`topic ${a.topicNumber}`, { scope: { topic: a.topicNumber }, title: a.topicTitle });
    if (a.themeTitle) titles.set(`theme ${themeOf(a)}`, { scope: { theme: themeOf(a) }, title: a.themeTitle });
  }
  const all = [...titles.values()];
  return { scopes: all.map((t) => t.scope), index: buildTextIndex(all.map((t) => t.title)) };
}

/** The names of our parties as the afspraken write them ("Woonwaarts", "Corporaties", "Bewonersraad (De Kernen)"). */
function partyNamesIn(agreements: readonly LinkableAgreement[]): string[] {
  const refs = agreements.flatMap((a) => [...(a.lead ?? []), ...(a.involved ?? [])]);
  // "Huurders-organisaties" is one word, as the texts write it: not "huurders" and "organisaties" apart.
  return [...new Set(refs.filter((r) => r.partyIds.length > 0).map((r) => r.written.replace(/(?<=\p{L})-\s*(?=\p{L})/gu, '')))];
}

/**
 * The names the afspraken write (a place, a project: "in Deest Zuid", "werkgebied
 * Horssen"): a word with a capital inside a sentence. A party's name is weighed
 * apart already.
 */
function namesIn(agreements: readonly LinkableAgreement[]): string[] {
  return [...new Set(agreements.flatMap((a) => a.text.match(/(?<=[\p{Ll}\d,;:)]\s+)\p{Lu}[\p{L}-]+/gu) ?? []))];
}

/** A topic or theme; both absent means "anywhere". */
interface Scope {
  topic?: string;
  theme?: number;
}

/** A word of time after a number: a quarter, half, month, week or month's name. */
const TIME_WORD = String.raw`(?:kwartaal|kw|helft|maanden|maand|weken|week|januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|september|sept|sep|oktober|okt|november|nov|december|dec)(?!\p{L})`;

/** A topic or theme named by a topic column or a theme row: "1.1 Nieuwbouw", "Thema 1 Woningbouw …", "Nieuwbouw", "5.2". */
function contextScope(text: string | undefined, ix: Indexed): Scope | null {
  if (text === undefined || text.trim() === '') return null;
  // Not a number of time: "4e kwartaal", "2 maart", "1e helft".
  const m = new RegExp(String.raw`^(?:\s*(?:thema|onderwerp|hoofdstuk|paragraaf|par\.?|§|pa|theme|section|${CHAPTER}\.?)[\s.:]*)?(\d+(?:\.\d+)?)(?![\d\p{L}])(?!\s*${TIME_WORD})`, 'iu').exec(
    text.trim(),
  );
  if (m) {
    const n = m[1] as string;
    if (ix.topics.has(n)) return { topic: n };
    const theme = Number(n.split('.')[0]);
    if (!n.includes('.') && ix.themes.has(theme)) return { theme };
  }
  // By title: the longest topic or theme title the text contains.
  const normal = ` ${normalizeHeader(text)} `;
  let best: (Scope & { length: number; title: string }) | null = null;
  for (const a of ix.agreements) {
    for (const [title, scope] of [
      [a.topicTitle, { topic: a.topicNumber }],
      [a.themeTitle, { theme: themeOf(a) }],
    ] as const) {
      if (!title) continue;
      const t = normalizeHeader(title);
      if (t.length >= 4 && normal.includes(` ${t} `) && (!best || t.length > best.length)) best = { ...scope, length: t.length, title };
    }
  }
  // A heading names its subject first ("Nieuwbouw – „Woonwaarts zet in op …”"); a title further in, among
  // words of other subjects ("VASTGOED – nieuwbouw en bestaand bezit", a partner's own department), names a
  // subject among others, not the scope of the rows under it.
  if (best && !opensWith(text, best.title) && !mostlyTitle(text, best.title)) best = null;
  if (best) {
    const scope: Scope = best.topic !== undefined ? { topic: best.topic } : { theme: best.theme as number };
    // "Wonen, doorstroming en leefbaarheid" holds theme 5's title, and names topic 4.1's subject too: no one scope.
    return namesOtherTheme(text, themeOfScope(scope), ix) ? null : scope;
  }
  return scopeByTitleWords(text, ix);
}

/** The words that say what a text is ("Thema 1", "Onderwerp: …"), not what it is about. */
const STRUCTURE_WORDS = new Set(['thema', 'onderwerp', 'hoofdstuk', 'paragraaf', 'par', 'deel', 'afspraak', 'afspraken', 'prestatieafspraak', 'prestatieafspraken']);

/** Whether the text opens with the title, after its number or a word like "Thema". */
function opensWith(text: string, title: string): boolean {
  const own = contentWords(text).filter((w) => !STRUCTURE_WORDS.has(w));
  const titleWords = contentWords(title);
  return titleWords.length > 0 && titleWords.every((w, i) => own[i] === w);
}

/** Whether the text says little besides the title it holds: no more of its own words than the title's. */
function mostlyTitle(text: string, title: string): boolean {
  const inTitle = new Set(contentWords(title));
  const words = contentWords(text).filter((w) => !STRUCTURE_WORDS.has(w));
  const inside = words.filter((w) => inTitle.has(w)).length;
  return words.length - inside <= inside;
}

/** Whether a word of the text stands, as the very same word, only in titles of other themes than this one. */
function namesOtherTheme(text: string, theme: number | undefined, ix: Indexed): boolean {
  const query = ix.titles.index.prepare(text);
  const themesOfWord = new Map<string, Set<number | undefined>>();
  ix.titles.scopes.forEach((scope, i) => {
    for (const word of query.evidence(i).same) {
      const themes = themesOfWord.get(word) ?? new Set();
      themes.add(themeOfScope(scope));
      themesOfWord.set(word, themes);
    }
  });
  return [...themesOfWord.values()].some((themes) => !themes.has(theme));
}

/**
 * A partner's own short name for a topic or theme, found among our titles by
 * its words: "Doorstroming" is topic 4.1 "Stimuleren van doorstroming",
 * "Duurzaamhied" theme 3 "Kwaliteit & Duurzaamheid van de woningen",
 * "Leefbaarheid" theme 5 (its title and two of its topics' titles say it).
 * Every word must be in a title, and the titles that hold them all must lie in
 * one theme; "Wonen en zorg" names none of ours and so no scope.
 */
function scopeByTitleWords(text: string, ix: Indexed): Scope | null {
  const query = ix.titles.index.prepare(text);
  const matching = ix.titles.scopes.filter((_, i) => {
    const { words, queryWords } = query.evidence(i);
    return queryWords > 0 && words.length === queryWords;
  });
  const themes = new Set(matching.map(themeOfScope));
  if (themes.size !== 1) return null;
  const topics = matching.filter((scope) => scope.topic !== undefined);
  return topics.length === 1 && matching.length === 1 ? { topic: topics[0]?.topic as string } : { theme: [...themes][0] as number };
}

function inScope(a: LinkableAgreement, scope: Scope): boolean {
  return (scope.topic === undefined || a.topicNumber === scope.topic) && (scope.theme === undefined || themeOf(a) === scope.theme);
}

const themeOfScope = (scope: Scope): number | undefined => scope.theme ?? (scope.topic !== undefined ? Number(scope.topic.split('.')[0]) : undefined);

/** Two scopes that cannot both hold: topic 5.3 against a column saying 5.2, or theme 4. */
function conflicts(a: Scope, b: Scope): boolean {
  const themeA = themeOfScope(a);
  const themeB = themeOfScope(b);
  if (a.topic !== undefined && b.topic !== undefined) return a.topic !== b.topic;
  return themeA !== undefined && themeB !== undefined && themeA !== themeB;
}

function describeScope(scope: Scope): string {
  return scope.topic ?? (scope.theme !== undefined ? `thema ${scope.theme}` : '');
}

function describeRef(r: ParsedReference): string {
  const parts = [describeScope(r), r.commitment !== undefined ? `bij ${r.commitment}` : '', r.seq !== undefined ? `(${r.seq})` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** Trekker or betrokkene in the afspraak's columns; named in its text only ("Waar nodig verzamelen de huurdersorganisaties …"); or not there. */
type PartyFit = 'lead' | 'involved' | 'named' | 'represents' | 'absent';

/**
 * How the row's parties take part in an afspraak. 'represents': not a party to it, but a tenant
 * organisation whose corporation is trekker or betrokkene. The agreement gives the tenant
 * organisations the tenants' side of the corporations' work (6.2: communication and working
 * with tenants), so an HBD activity about Woonwaarts' verhuiscoach belongs with that afspraak
 * though HBD is not named in it; it is no stranger to it.
 */
function partyFit(a: LinkableAgreement, namedInText: ReadonlySet<string>, partyIds: readonly string[], represented: readonly string[] = []): PartyFit {
  if (a.lead?.some((r) => r.partyIds.some((id) => partyIds.includes(id)))) return 'lead';
  if (a.involved?.some((r) => r.partyIds.some((id) => partyIds.includes(id)))) return 'involved';
  if (partyIds.some((id) => namedInText.has(id))) return 'named';
  if ([...(a.lead ?? []), ...(a.involved ?? [])].some((r) => r.partyIds.some((id) => represented.includes(id)))) return 'represents';
  return 'absent';
}

/** The party ids an afspraak's text names, by the names the afspraken's columns use ("huurdersorganisaties", "Woonwaarts"). */
function partiesNamedIn(agreements: readonly LinkableAgreement[]): Set<string>[] {
  const names = new Map<string, string[]>();
  for (const a of agreements) for (const r of [...(a.lead ?? []), ...(a.involved ?? [])]) if (r.partyIds.length > 0) names.set(normalizeHeader(r.written), r.partyIds);
  return agreements.map((a) => {
    const text = ` ${normalizeHeader(a.text)} `;
    return new Set([...names].filter(([name]) => name !== '' && text.includes(` ${name} `)).flatMap(([, ids]) => ids));
  });
}

/**
 * What a role cell says of the row's party: that it leads ("trekker",
 * "initiatief en organisatie", "regie") or takes part ("meedenken",
 * "adviseren", "faciliteren"). Null when it says neither or both.
 */
export function roleKind(role: string | undefined): 'lead' | 'involved' | null {
  const r = normalizeHeader(role ?? '');
  const leads = /\b(trekker|trekken|initiatief\w*|organis\w*|regie|regisseren|eigenaar|opdrachtgever|uitvoerder)\b/.test(r);
  const takesPart = /\b(mee\w+|deelnemen|deelnemer|advis\w*|ondersteun\w*|faciliter\w*|betrokken|signaleren|informeren)\b/.test(r);
  return leads === takesPart ? null : leads ? 'lead' : 'involved';
}

/** Everything known about one candidate afspraak for one activity. */
interface Judged {
  index: number;
  text: number;
  /** The weight of the words in common in themselves (see TextIndex.rank). */
  found: number;
  party: PartyFit | null;
  /** How much the most alike precedent linked to it resembles the activity; 0 when none does. */
  precedent: number;
  /** What the row's role adds: it ranks the candidates, it never makes a proposal on its own. */
  rowWords: number;
  /** What the inzet item's text adds: it ranks the candidates, it never makes a proposal on its own. */
  inzet: number;
  combined: number;
  reasons: string[];
}

/** The evidence of one row, gathered once. */
interface RowEvidence {
  act: ReadActivity;
  query: string;
  /** The text the examples and precedents are searched with: the activity's, with the activity of which it is a step. */
  seenAs: string;
  /** Under a heading that puts it outside the agreement's themes ("Overig", "Intern"): the party does not help the text. */
  outsideThemes: boolean;
  /** The party ids the row is about (its trekker, else the file's party); [] when unknown. */
  partyIds: string[];
  /** The corporations whose tenants those parties speak for (see partyFit). */
  represented: string[];
  partyLabel: string;
  partyName: (id: string) => string;
  /** Per afspraak id (null: "geen afspraak"), the most alike precedent. */
  precedents: Map<number | null, PrecedentFit>;
  /** Whether the examples were searched: only then does finding none like the activity say something. */
  examplesSearched: boolean;
  /** The role cell, weighed apart from the activity text. */
  rowWords: { label: string; text: string }[];
  /** Whether the role cell says the file's party (else the row's) leads or takes part. */
  role: { kind: 'lead' | 'involved'; partyIds: string[] } | null;
}

function judge(ev: RowEvidence, ix: Indexed, indexes: readonly number[], structural: (a: LinkableAgreement) => string[]): Judged[] {
  const ranked = ev.query.trim() === '' ? indexes.map((index) => ({ index, score: 0, found: 0 })) : ix.texts.rank(ev.query, indexes);
  // The role's words against every candidate, read once.
  const rowFits = ev.rowWords.map((words) => ({ label: words.label, fits: new Map(ix.texts.rank(words.text, indexes).map((r) => [r.index, r])) }));
  const inzetFits = ev.query.trim() === '' ? new Map<number, { score: number; found: number }>() : new Map(ix.commitments.rank(ev.query, indexes).map((r) => [r.index, r]));
  const judged: Judged[] = ranked
    .map(({ index, score, found }) => {
      const a = ix.agreements[index] as LinkableAgreement;
      const reasons = structural(a);
      let combined = score;
      let rowWords = 0;
      let party: PartyFit | null = null;
      if (ev.partyIds.length > 0 && (a.lead || a.involved)) {
        party = partyFit(a, ix.namedInText[index] as Set<string>, ev.partyIds, ev.represented);
        const who = ev.partyLabel;
        if (party === 'lead') {
          combined += PARTY_LEAD_BONUS;
          reasons.push(`${who} is trekker`);
        } else if (party === 'represents') {
          combined += PARTY_REPRESENTS_BONUS;
          reasons.push(`${who} spreekt voor de huurders van ${ev.represented.map(ev.partyName).join(' / ')}`);
        } else if (party === 'involved' || party === 'named') {
          combined += PARTY_INVOLVED_BONUS;
          reasons.push(party === 'involved' ? `${who} is betrokken` : `${who} wordt in de tekst genoemd`);
        } else {
          combined -= PARTY_ABSENT_PENALTY;
          reasons.push(`${who} staat er niet bij`);
        }
      }
      // The role cell ("Rol gemeente", "Onze rol") says whether the file's party leads or takes part:
      // the afspraak that gives it that part fits better.
      if (ev.role !== null && (a.lead || a.involved)) {
        const part = partyFit(a, ix.namedInText[index] as Set<string>, ev.role.partyIds);
        if (ev.role.kind === 'lead' ? part === 'lead' : part === 'involved' || part === 'named') {
          combined += ROLE_FIT_BONUS;
          reasons.push(`rol ${quote(ev.act.role?.trim() ?? '')} past bij ${ev.role.kind === 'lead' ? 'trekker' : 'betrokkene'}`);
        }
      }
      for (const { label, fits } of rowFits) {
        const fit = fits.get(index);
        if (!fit || fit.found < ROW_WORDS_MIN_FOUND) continue;
        rowWords += ROW_WORDS_WEIGHT * fit.score;
        reasons.push(`${label} lijkt ${percent(fit.score)}`);
      }
      combined += rowWords;
      let inzet = 0;
      const inzetFit = inzetFits.get(index);
      if (inzetFit && inzetFit.found >= INZET_MIN_FOUND && inzetFit.score > 0) {
        inzet = INZET_WEIGHT * inzetFit.score;
        combined += inzet;
      }
      // Another party's precedent says nothing of an afspraak this party has no part in ("Woonwaarts bouwt 240").
      const alike = ev.precedents.get(a.id);
      const fit = alike && (party !== 'absent' || ev.partyIds.includes(alike.precedent.partyId)) ? alike : undefined;
      const precedent = fit?.likeness ?? 0;
      if (fit) {
        combined += PRECEDENT_WEIGHT * fit.likeness;
        reasons.push(describePrecedent(fit, ev));
      }
      if (score > 0) reasons.push(`tekst lijkt ${percent(score)}`);
      if (inzet > 0) reasons.push(`inzet ${a.commitmentNumber} lijkt ${percent(inzetFit?.score ?? 0)}`);
      return { index, text: score, found, party, precedent, rowWords, inzet, combined, reasons };
    });
  // Siblings: the afspraken under one inzet item split its work between the parties ("Huurdersorganisaties
  // organise the wijkschouw"; "the gemeente leads the plans made on it"). They share the inzet's words, so
  // the text tells them apart poorly; a party's own overview lists the work it does, so where it is trekker
  // of one sibling and only takes part in another that the text does not clearly prefer, the one it leads
  // takes the other's place. Only the two change places: neither gains on the afspraken around them. Not
  // when the row's role says it only takes part (then the role has its say), nor for a sibling the activity
  // shares no word with.
  if (ev.role?.kind !== 'involved') {
    for (const j of judged) {
      if (j.party !== 'lead' || j.text === 0) continue;
      const a = ix.agreements[j.index] as LinkableAgreement;
      const sibling = judged.find((k) => {
        const b = ix.agreements[k.index] as LinkableAgreement;
        return (
          k !== j &&
          b.topicNumber === a.topicNumber &&
          b.commitmentNumber === a.commitmentNumber &&
          (k.party === 'involved' || k.party === 'named' || k.party === 'represents') &&
          k.combined > j.combined &&
          // Not clearly preferred, as propose asks of a first candidate's text; or preferred only for being
          // shorter, holding no word of the activity that the one the party leads does not hold.
          (k.text - j.text < 2 * MARGIN || !holdsOwnWord(ev.query, ix, k.index, j.index))
        );
      });
      if (!sibling) continue;
      [j.combined, sibling.combined] = [sibling.combined, j.combined];
      j.reasons.push(`${ev.partyLabel} trekt deze, niet ${(ix.agreements[sibling.index] as LinkableAgreement).reference}`);
    }
  }
  return judged.sort((x, y) => y.combined - x.combined || x.index - y.index);
}

export function linkActivities(
  activities: readonly ReadActivity[],
  agreements: readonly LinkableAgreement[],
  options: LinkOptions = {},
): ActivityLink[] {
  const ix = indexedAgreements(agreements, options.municipality ?? '');
  const precedents = options.precedents && options.precedents.length > 0 ? indexPrecedents(options.precedents, ix) : null;
  const examples = indexedExamples(options.examples, ix);
  const inzet = indexedInzet(options.commitments, ix);
  return activities.map((act, i) => {
    // A step of the activity above it ("fase 1 – voorbereiding: …") is read with that activity. A pointer at the row
    // above ("idem in Deest") was spelled out by the reader where it is sure what it points at (same-as-above.ts).
    const back = stepOf(activities, i);
    return linkOne(act, ix, options, { precedents, examples: examples?.index ?? null }, inzet, examples?.profiles ?? null, back);
  });
}

/** The precedents, the newest of each party's text, indexed by their words as the afspraken are. */
interface PrecedentIndex {
  items: Precedent[];
  /** Party and text, to know the very same activity again. */
  identities: string[];
  texts: TextIndex;
  search: ReturnType<TextIndex['searchAmong']>;
}

/** One precedent and how much the activity resembles it (1: the same text). */
interface PrecedentFit {
  precedent: Precedent;
  likeness: number;
}

const identityOf = (partyId: string, text: string): string => `${partyId}\n${normalizeForSearch(text)}`;

/**
 * The precedents indexed, once each (by party and text), at most `max` of them: the werkgroep's own decisions are given
 * newest first and capped at MAX_PRECEDENTS; the set's examples are all kept.
 */
function indexPrecedents(precedents: readonly Precedent[], ix: Indexed, max = MAX_PRECEDENTS): PrecedentIndex {
  const seen = new Set<string>();
  const items: Precedent[] = [];
  for (const p of precedents) {
    if (items.length >= max) break;
    const identity = identityOf(p.partyId, p.activity);
    if (seen.has(identity) || (p.agreementId !== null && !ix.byId.has(p.agreementId))) continue;
    seen.add(identity);
    items.push(p);
  }
  const texts = buildTextIndex(
    items.map((p) => p.activity),
    ix.textOptions,
  );
  return { items, identities: items.map((p) => identityOf(p.partyId, p.activity)), texts, search: texts.searchAmong(items.map((_, i) => i)) };
}

/** The examples, indexed one by one (precedentsOf) and summed per afspraak (weighProfiles). */
interface IndexedExamples {
  index: PrecedentIndex;
  profiles: ExampleProfiles;
}

/** The examples' indexes, built once for the same examples and afspraken. */
let lastExamples: { examples: readonly Precedent[]; ix: Indexed; indexed: IndexedExamples } | null = null;

function indexedExamples(examples: readonly Precedent[] | undefined, ix: Indexed): IndexedExamples | null {
  if (!examples || examples.length === 0) return null;
  if (lastExamples?.examples !== examples || lastExamples.ix !== ix) {
    const index = indexPrecedents(examples, ix, Infinity);
    lastExamples = { examples, ix, indexed: { index, profiles: buildExampleProfiles(index.items) } };
  }
  return lastExamples.indexed;
}

/**
 * The precedents of an index an activity resembles, the most alike per afspraak, weighed by `likeness`
 * (of two as alike, the one indexed first). Where the likeness is at most the share of the activity a
 * precedent holds (`bounded`, as `mutual` is), only the two most alike afspraken are asked for: the
 * precedents are weighed from the largest share down, and one whose share cannot reach the best found
 * for its afspraak, nor the second most alike afspraak found, is not weighed at all. The two are the
 * same as when every precedent is weighed, for a fraction of the work on the thousands of examples;
 * the afspraken below them may hold a precedent less alike than their best.
 */
function fitsIn(
  ev: RowEvidence,
  pix: PrecedentIndex,
  prepared: PreparedQuery,
  likenessOf: (k: number) => number,
  /** The least share of the activity a precedent must hold to be weighed at all, where the likeness asks that much. */
  minCoverage = 0,
  bounded = false,
): Map<number | null, PrecedentFit> {
  const fits = new Map<number | null, PrecedentFit>();
  /** Per afspraak, the index of its best precedent: of two as alike, the lower wins, whatever the order weighed. */
  const bestAt = new Map<number | null, number>();
  /** Where bounded, the likeness of the second most alike afspraak so far. */
  let second = Number.NEGATIVE_INFINITY;
  const own = ev.partyIds.map((id) => identityOf(id, ev.act.activity));
  const { positions, shares } = pix.search(prepared, 2, minCoverage);
  const order = positions.map((_, i) => i);
  if (bounded) order.sort((i, j) => (shares[j] as number) - (shares[i] as number) || i - j);
  for (const i of order) {
    const k = positions[i] as number;
    const precedent = pix.items[k] as Precedent;
    const same = own.includes(pix.identities[k] as string);
    const best = fits.get(precedent.agreementId);
    // The share is summed in another order than the likeness: a margin for the last bits.
    const below = (shares[i] as number) + 1e-9;
    if (bounded && !same && ((best && below < best.likeness) || below < second)) continue;
    const likeness = same ? 1 : likenessOf(k);
    if (likeness < PRECEDENT_MIN) continue;
    if (!best || likeness > best.likeness || (likeness === best.likeness && k < (bestAt.get(precedent.agreementId) as number))) {
      fits.set(precedent.agreementId, { precedent, likeness });
      bestAt.set(precedent.agreementId, k);
      if (bounded) second = secondHighest(fits.values());
    }
  }
  return fits;
}

/** The second highest likeness of the fits, or -∞ when there are fewer than two. */
function secondHighest(fits: Iterable<PrecedentFit>): number {
  let first = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (const { likeness } of fits) {
    if (likeness > first) [first, second] = [likeness, first];
    else if (likeness > second) second = likeness;
  }
  return second;
}

/**
 * The precedents an activity resembles, the most alike per afspraak: found
 * through the words they share (two, or the one of a one-word activity), so
 * that a year's activities are not each weighed against every decision. Then
 * the example most like it, where the werkgroep decided nothing for its
 * afspraak nor for this very text.
 */
function precedentsOf(ev: RowEvidence, pix: PrecedentIndex | null, eix: PrecedentIndex | null): Map<number | null, PrecedentFit> {
  const query = ev.seenAs;
  if (query.trim() === '' || (!pix && !eix)) return new Map();
  const decided = pix?.texts.prepare(query);
  const fits = pix && decided && decided.words > 0 ? fitsIn(ev, pix, decided, (k) => decided.score(k)) : new Map<number | null, PrecedentFit>();
  const example = eix?.texts.prepare(query);
  if (!eix || !example || example.words === 0 || [...fits.values()].some((f) => f.likeness === 1)) return fits;
  // An example is weighed both ways: the team's examples are many, and a short text is held by many long ones.
  const examples = fitsIn(ev, eix, example, (k) => example.mutual(k), PRECEDENT_MIN, true);
  // Examples much alike that point different ways ("Nieuwsbrief voor de leden" and three newsletters
  // on three subjects) say nothing of this activity, unless one is clearly the most alike.
  const [first, second] = [...examples.values()].sort((a, b) => b.likeness - a.likeness);
  if (first && (!second || first.likeness - second.likeness >= EXAMPLES_APART) && !fits.has(first.precedent.agreementId)) {
    fits.set(first.precedent.agreementId, first);
  }
  return fits;
}

/** Why an activity is left without afspraak: it is (much like) one left so, said beside each hint. */
function describeNone(fit: PrecedentFit, ev: RowEvidence): string {
  const { precedent: p, likeness } = fit;
  if (p.example) return likeness === 1 ? 'zelfde tekst als een voorbeeld zonder afspraak' : `lijkt ${percent(likeness)} op het voorbeeld ${quote(clip(p.activity))}, zonder afspraak`;
  const who = ev.partyIds.includes(p.partyId) ? '' : `${ev.partyName(p.partyId)}, `;
  return likeness === 1 ? `in ${p.planningYear} zonder afspraak gelaten` : `lijkt ${percent(likeness)} op ${quote(clip(p.activity))} (${who}${p.planningYear}), zonder afspraak gelaten`;
}

/** A text on one line, cut to a reason's length. */
function clip(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  return words.length > 48 ? `${words.slice(0, 47).trimEnd()}…` : words;
}

function describePrecedent(fit: PrecedentFit, ev: RowEvidence): string {
  const { precedent: p, likeness } = fit;
  const clipped = clip(p.activity);
  const own = ev.partyIds.includes(p.partyId);
  if (p.example) {
    if (likeness === 1) return 'zelfde tekst als een voorbeeld bij deze afspraak';
    return `lijkt ${percent(likeness)} op het voorbeeld ${quote(clipped)}${own ? '' : ` (${ev.partyName(p.partyId)})`}`;
  }
  const how = p.byHand ? 'met de hand zo gekoppeld' : 'zo gekoppeld';
  if (likeness === 1) return `in ${p.planningYear} ${how}`;
  return `lijkt ${percent(likeness)} op ${quote(clipped)} (${own ? '' : `${ev.partyName(p.partyId)}, `}${p.planningYear}), ${how}`;
}

/**
 * What explains an activity written as a title ("NOM-renovatie Kerkstraat", "Mutatiehuur"): the remark
 * beside it ("Toelichting": "Laatste 32 F/G-woningen naar nul-op-de-meter"), read with it as a person
 * reads the row. A full sentence says what it is about itself; its remark is left to the preview.
 */
function explanationOf(act: ReadActivity): string {
  if (contentWords(act.activity).length >= FULL_SENTENCE_WORDS) return '';
  // In a list of decisions, the decision an action carries out says what it is about: "Besluit": "Ook in 2028 bij elke
  // cv-vervanging een hybride warmtepomp" beside "Actie": "Raamcontract installateur verlengen".
  const decision = Object.entries(act.extra).find(([header]) => DECISION_HEADING.test(header.trim()))?.[1] ?? '';
  return [act.notes ?? '', decision].filter((text) => text.trim() !== '').join('\n');
}

/** The column of a list of decisions that holds the decision itself: "Besluit", "Besluit / afspraak". */
const DECISION_HEADING = /^(besluit(en)?|genomen\s+besluit|besluit\s*\/\s*afspraak)$/i;

/** A heading of work outside the agreement's themes: "Overig", "6. Overige activiteiten", "Intern", "Niet PA". */
const OUTSIDE_THEMES = /^(\d{1,2}\.?\s+)?(overig|overige|intern|interne\s+zaken|eigen\s+organisatie|bedrijfsvoering|niet\s+(in\s+de\s+)?(pa|prestatieafspraken))\b/i;

/**
 * A step of the activity above it, on a row of its own in the same column: "fase 1 – voorbereiding: doelgroep in beeld
 * brengen …", "- uitvoering: schouw lopen met bewoners", "stap 2: locatiescan met gemeente". Its own words say how, the
 * activity's what. Not "Vervolg: …", which under a result of last year is new work of its own.
 */
const STEP = /^([-–•·]\s*)?((stap|fase)\s*\d{1,2}[a-z]?|voorbereiding|uitvoering|evaluatie|afronding|nazorg|daarna)\b\s*[:–—-]/iu;
/** The text of the activity a step belongs to: the nearest row above that is no step, each step right under the row before it; else ''. */
function stepOf(activities: readonly ReadActivity[], i: number): string {
  let below = activities[i] as ReadActivity;
  if (!STEP.test(below.activity.trim())) return '';
  for (let j = i - 1; j >= 0; j--) {
    const up = activities[j] as ReadActivity;
    if (up.sheet !== below.sheet || below.rowNumber - up.rowNumber !== 1) return '';
    if (!STEP.test(up.activity.trim())) return up.activity;
    below = up;
  }
  return '';
}

/**
 * The row's own subject beside its action ("Onderwerp": "Deest Zuid fase 2: start 22 soc. huur + verkoop Deest gelijk op"
 * beside "verkooplijst Deest actualiseren"), read with it as a person reads the row; not a theme or topic of the
 * agreement ("1.1 Nieuwbouw", "Leefbaarheid"), which is evidence of its own.
 */
function subjectOf(act: ReadActivity, ix: Indexed): string {
  const subject = act.topicContext?.trim() ?? '';
  if (subject === '' || subject === act.section?.trim() || contextScope(subject, ix) !== null) return '';
  return contentWords(subject).length >= SUBJECT_WORDS ? subject : '';
}

/** A row's subject says what the work is about from this many content words on. */
const SUBJECT_WORDS = 3;

function linkOne(
  act: ReadActivity,
  ix: Indexed,
  options: LinkOptions,
  precedents: { precedents: PrecedentIndex | null; examples: PrecedentIndex | null },
  inzet: InzetIndex | null,
  profiles: ExampleProfiles | null,
  /** The activity this one is a step of ("stap 2: …" under it): read with it. */
  above = '',
): ActivityLink {
  const file = options.fileName ?? '';
  const place = (field: 'key' | 'agreementRef'): Place => {
    const p: Place = { file, sheet: act.sheet, row: act.fieldRows?.[field] ?? act.rowNumber };
    const column = (act.fieldColumns as Partial<Record<string, string>> | undefined)?.[field];
    if (column !== undefined) p.column = column;
    return p;
  };
  const refText = act.agreementRef?.trim() || inlineReference(act.activity) || sectionReference(act.section) || '';
  const parsed = refText === '' ? null : parseReference(refText);
  const problems: ImportProblem[] = [];

  // 1. Our key.
  const keyText = act.key?.trim();
  if (keyText) {
    const id = parseAgreementKey(keyText);
    if (id !== null && ix.byId.has(id)) return { status: 'key', agreementId: id, candidates: [{ agreementId: id, score: 1, reasons: ['uit de uitvraag-werkmap'] }] };
    problems.push(
      problem('warning', 'unknown-key', place('key'), `de sleutel ${quote(keyText)} hoort bij geen afspraak van deze prestatieafspraken; de koppeling is opnieuw gezocht.`),
    );
  }
  if (parsed?.key !== undefined && ix.byId.has(parsed.key)) {
    return { status: 'key', agreementId: parsed.key, candidates: [{ agreementId: parsed.key, score: 1, reasons: ['sleutel in het bestand'] }] };
  }

  // The row's party: its own trekker cell when that names a party we know, else the file's party.
  const rowLead = act.lead?.trim() ?? '';
  // An unknown trekker is the service's to report, with the other party names of the row.
  const leadIds = rowLead !== '' && options.resolveLead ? options.resolveLead(rowLead) : [];
  const partyIds = leadIds.length > 0 ? leadIds : options.partyId ? [options.partyId] : [];
  const name = (id: string): string => options.partyName?.(id) ?? id;
  const ev: RowEvidence = {
    act,
    query: [act.activity, above, refText !== '' && parsed === null ? refText : '', explanationOf(act), subjectOf(act, ix)].filter((s) => s).join('\n'),
    seenAs: above === '' ? act.activity : `${above}\n${act.activity}`,
    outsideThemes: [act.topicContext, act.section].some((h) => OUTSIDE_THEMES.test(h?.trim() ?? '')),
    partyIds,
    represented: [...new Set(partyIds.flatMap((id) => options.representedBy?.(id) ?? []))].filter((id) => !partyIds.includes(id)),
    partyLabel: partyIds.map(name).join(' / '),
    partyName: name,
    precedents: new Map(),
    examplesSearched: precedents.examples !== null,
    rowWords: [
      { label: 'rol', text: act.role?.trim() ?? '' },
    ].filter((w) => w.text !== ''),
    role: null,
  };
  ev.precedents = precedentsOf(ev, precedents.precedents, precedents.examples);
  const kind = roleKind(act.role);
  const roleParty = options.partyId ? [options.partyId] : partyIds;
  if (kind !== null && roleParty.length > 0) ev.role = { kind, partyIds: roleParty };
  const row: RowReference = { place, refText, parsed, problems };
  const link = linkOnEvidence(ev, ix, options, inzet, row);
  return unlessNotRunning(profiles ? weighProfiles(link, ev, ix, profiles, options.partyId, row) : link, ix, options.planningYear, row);
}

/**
 * A link the file makes (its reference, or the reference narrowed by the row's party) to an afspraak that,
 * by its own planning, does not run in the planning year: "4.1 bij 3" in a plan for 2027, where 4.1 bij 3
 * was agreed for 2025. The partner may carry the work on, or may have kept last year's reference beside
 * other work; the file does not settle which, so the link is proposed, with why, for the secretary.
 */
function unlessNotRunning(link: ActivityLink, ix: Indexed, planningYear: number | undefined, row: RowReference): ActivityLink {
  if (planningYear === undefined || link.agreementId === null || (link.status !== 'reference' && link.status !== 'evidence')) return link;
  const agreement = ix.agreements[ix.byId.get(link.agreementId) as number] as LinkableAgreement;
  const years = agreement.schedule?.years ?? [];
  if (years.length === 0 || years.includes(planningYear)) return link;
  const when = `${yearsText(years)}, niet in ${planningYear}`;
  const warning = problem(
    'warning',
    'reference-not-running',
    row.place('agreementRef'),
    `${referenceSaid(row, agreement.reference)}, maar die afspraak loopt volgens haar planning ${when}; de koppeling is een voorstel: bevestig of kies een andere afspraak.`,
  );
  return {
    ...link,
    status: 'proposed',
    candidates: link.candidates.map((c) => (c.agreementId === link.agreementId ? { ...c, reasons: [...c.reasons, `loopt volgens de afspraak ${when}`] } : c)),
    problems: [...(link.problems ?? []), warning],
  };
}

/** "alleen in 2025", "in 2025 en 2026", "van 2025 t/m 2027", "in 2025, 2027 en 2028" (see describeYears). */
function yearsText(years: readonly number[]): string {
  const said = describeYears([...years]);
  if (years.length === 1) return `alleen in ${said}`;
  return /^\d+ t\/m \d+$/.test(said) ? `van ${said}` : `in ${said}`;
}

/** What the row's reference, as written and as read, and where the file wrote it; the problems found so far. */
interface RowReference {
  place: (field: 'key' | 'agreementRef') => Place;
  refText: string;
  parsed: ParsedReference | null;
  problems: ImportProblem[];
}

/** Steps 2 to 4 of linkOne: the row's link by what the file and its words say. */
function linkOnEvidence(ev: RowEvidence, ix: Indexed, options: LinkOptions, inzet: InzetIndex | null, row: RowReference): ActivityLink {
  const { act } = ev;
  const { place, refText, parsed, problems } = row;
  const file = options.fileName ?? '';
  const minScore = options.minScore ?? PROPOSAL_THRESHOLD;
  const { agreements } = ix;
  const idOf = (index: number): number => (agreements[index] as LinkableAgreement).id;
  const refOf = (index: number): string => (agreements[index] as LinkableAgreement).reference;
  // 2. A pasted afspraak text in the reference column is the afspraak.
  if (refText !== '' && parsed === null && refText.split(/\s+/).length >= 4) {
    const normal = normalizeHeader(refText);
    const exact = agreements.findIndex((a) => normalizeHeader(a.text) === normal);
    let pasted = exact;
    if (pasted < 0) {
      const [best] = ix.texts.rank(refText);
      if (best && best.score >= PASTED_TEXT_THRESHOLD) {
        const back = buildTextIndex([refText]).score((agreements[best.index] as LinkableAgreement).text, 0);
        if (back >= PASTED_TEXT_THRESHOLD) pasted = best.index;
      }
    }
    if (pasted >= 0) {
      // A text pasted from the agreement names one afspraak, as a reference does: the activity's own
      // words (not the pasted ones) may still fit another far better, the row above or below it copied.
      const own = { ...ev, query: act.activity };
      const named = judge(own, ix, [pasted], () => ['afspraaktekst in het bestand']);
      const other = doubt(own, ix, named, [pasted], minScore);
      if (other) {
        problems.push(
          problem(
            'warning',
            'reference-doubted',
            place('agreementRef'),
            `de geplakte afspraaktekst is die van ${refOf(pasted)}, maar de activiteit lijkt meer op ${refOf(other.index)}; kies de afspraak.`,
          ),
        );
        return withProblems({ status: 'choice', agreementId: null, candidates: toCandidates([other, ...named], ix) }, problems);
      }
      // Written beside an afspraak it shares not a word with, nor with its inzet (in a list of the
      // afspraken answered row by row, the row above or below meant): the file does not settle it. Where
      // a distinctive word of it stands in another afspraak, the secretary chooses, the one written beside
      // first; else a full sentence is a proposal to confirm, as for a reference.
      const [beside] = named;
      // Sharing words with its inzet only, where another afspraak under that inzet holds some of them (the row
      // above or below pasted): the secretary chooses, the one whose words the activity holds first.
      if (beside && beside.text === 0 && beside.inzet > 0) {
        const pastedAgreement = agreements[pasted] as LinkableAgreement;
        const siblings = agreements
          .map((a, i) => ({ a, i }))
          .filter(({ a, i }) => i !== pasted && a.topicNumber === pastedAgreement.topicNumber && a.commitmentNumber === pastedAgreement.commitmentNumber)
          .map(({ i }) => i);
        const worded = judge(own, ix, siblings, () => ['zelfde inzet, de tekst lijkt er meer op']).filter((j) => j.text > 0 && j.party !== 'absent');
        if (worded.length > 0) {
          problems.push(
            problem(
              'warning',
              'reference-doubted',
              place('agreementRef'),
              `de activiteit staat bij de afspraaktekst van ${refOf(pasted)}, maar deelt er geen woord mee, wel met ${worded.map((j) => refOf(j.index)).join(' en ')} onder dezelfde inzet; kies de afspraak.`,
            ),
          );
          return withProblems({ status: 'choice', agreementId: null, candidates: toCandidates([...worded, ...named], ix) }, problems);
        }
      }
      if (beside && beside.text === 0 && beside.inzet === 0) {
        const [elsewhere] = ix.texts.rank(act.activity).filter((r) => r.index !== pasted && r.found >= MIN_FOUND);
        const rival = elsewhere ? judge(own, ix, [elsewhere.index], () => ['de tekst lijkt er meer op'])[0] : undefined;
        if (rival && rival.party !== 'absent') {
          problems.push(
            problem(
              'warning',
              'reference-doubted',
              place('agreementRef'),
              `de activiteit staat bij de afspraaktekst van ${refOf(pasted)}, maar deelt er geen woord mee, wel met ${refOf(rival.index)}; kies de afspraak.`,
            ),
          );
          return withProblems({ status: 'choice', agreementId: null, candidates: toCandidates([...named, rival], ix) }, problems);
        }
        if (contentWords(act.activity).length >= FULL_SENTENCE_WORDS) {
          problems.push(
            problem(
              'warning',
              'reference-unlike',
              place('agreementRef'),
              `de activiteit staat bij de afspraaktekst van ${refOf(pasted)}, maar deelt er geen woord mee; controleer de koppeling.`,
            ),
          );
          return withProblems(propose(own, named, ix, 0), problems);
        }
      }
      return withProblems(
        { status: 'reference', agreementId: idOf(pasted), score: 1, candidates: [{ agreementId: idOf(pasted), score: 1, reasons: ['afspraaktekst in het bestand'] }] },
        problems,
      );
    }
  }

  // 3. The scope the partner's structure names: the reference, a topic column or theme row.
  // A topic column that names no topic of ours ("Overig", "Algemeen") is not overruled by the theme row above.
  // A reference cell that names a topic or theme in words ("duurzaamheid") is the row's topic when nothing else gives one.
  const context =
    (act.topicContext !== undefined && act.topicContext !== act.section ? contextScope(act.topicContext, ix) : contextScope(act.topicContext ?? act.section, ix)) ??
    (refText !== '' && parsed === null && refText.split(/\s+/).length <= 3 ? contextScope(refText, ix) : null);
  const contextReason = (a: LinkableAgreement): string[] =>
    context ? [context.topic !== undefined ? `zelfde onderwerp ${a.topicNumber}` : `zelfde thema ${themeOf(a)}`] : [];
  let reference: ParsedReference | null = null;
  if (parsed) {
    reference = { ...parsed };
    if (reference.topic !== undefined && !ix.topics.has(reference.topic)) {
      const [head, tail] = reference.topic.split('.');
      // "3.5" where topic 3 has no sub-topics: inzet 5 of topic 3.
      if (tail !== undefined && head !== undefined && ix.topics.has(head) && reference.commitment === undefined) {
        reference = { ...reference, topic: head, commitment: Number(tail), guessed: true };
      } else if (reference.commitment === undefined && tail === undefined && ix.themes.has(Number(head))) {
        reference = { theme: Number(head) };
      }
    }
    const own: Scope = {};
    if (reference.topic !== undefined) own.topic = reference.topic;
    if (reference.theme !== undefined) own.theme = reference.theme;
    if (context && (own.topic !== undefined || own.theme !== undefined) && conflicts(own, context)) {
      problems.push(
        problem(
          'warning',
          'reference-conflict',
          place('agreementRef'),
          `${quote(refText)} past niet bij het onderwerp ${quote(act.topicContext ?? act.section ?? '')} van dezelfde regel; kies de afspraak.`,
        ),
      );
      return withProblems(choiceOrNone(ev, ix, agreements.map((_, i) => i).filter((i) => {
        const a = agreements[i] as LinkableAgreement;
        return (inScope(a, own) || inScope(a, context)) && (reference?.commitment === undefined || a.commitmentNumber === reference.commitment);
      }), (a) => [inScope(a, own) ? `verwijzing ${describeRef(reference as ParsedReference)}` : `onderwerp ${describeScope(context)} in het bestand`], minScore), problems);
    }
    if (own.topic === undefined && own.theme === undefined && context) Object.assign(reference, context);
  }

  if (reference && (reference.topic !== undefined || reference.theme !== undefined || reference.commitment !== undefined)) {
    const r = reference;
    const readAs = describeRef(r);
    const scoped = r.topic !== undefined || r.theme !== undefined;
    const named = agreements
      .map((a, i) => ({ a, i }))
      .filter(
        ({ a }) =>
          inScope(a, r) && (r.commitment === undefined || a.commitmentNumber === r.commitment) && (r.seq === undefined || seqOf(a) === r.seq),
      )
      .map(({ i }) => i);
    const why = (a: LinkableAgreement): string[] => [
      named.length === 1 ? `verwijzing ${readAs} in het bestand` : `verwijzing ${readAs} past bij ${named.length} afspraken`,
      ...(context && !r.guessed && parsed?.topic === undefined && parsed?.theme === undefined ? contextReason(a) : []),
    ];

    if (named.length === 0) {
      problems.push(
        problem(
          'warning',
          'unknown-reference',
          place('agreementRef'),
          `${quote(refText)} is gelezen als ${readAs || 'een verwijzing'}, maar zo'n afspraak bestaat niet; de koppeling is op de andere gegevens gezocht.`,
        ),
      );
    } else if (!scoped) {
      // "Bij 4" with no topic anywhere: the inzet number alone names rows in many topics.
      problems.push(
        problem(
          'warning',
          'reference-without-topic',
          place('agreementRef'),
          `${quote(refText)} noemt geen onderwerp (zoals 1.1) en er is geen onderwerp-kolom of themaregel; ${named.length} afspraken hebben dat inzetnummer.`,
        ),
      );
      return withProblems(propose(ev, judge(ev, ix, named, why), ix, minScore, readAs), problems);
    } else {
      const judged = judge(ev, ix, named, why);
      // A reference whose afspraken the text does not resemble while another afspraak clearly does: ask.
      const other = doubt(ev, ix, judged, named, minScore);
      if (other) {
        const only = named.length === 1 ? refOf(named[0] as number) : null;
        problems.push(
          problem(
            'warning',
            'reference-doubted',
            place('agreementRef'),
            only
              ? `${quote(refText)} verwijst naar ${only}, maar de tekst lijkt meer op ${refOf(other.index)}; kies de afspraak.`
              : `de tekst lijkt meer op ${refOf(other.index)} dan op de afspraken bij ${quote(refText)}; kies de afspraak.`,
          ),
        );
        return withProblems({ status: 'choice', agreementId: null, readAs, candidates: toCandidates([other, ...judged.slice(0, MAX_CANDIDATES - 1)], ix) }, problems);
      }
      const settled = r.commitment !== undefined && !r.guessed ? settle(judged, named.length) : null;
      // Several afspraken fit the reference and the party alone picked one: that is weaker than a
      // reference to one afspraak, so less text elsewhere is enough to ask rather than state it.
      const rival = settled && named.length > 1 ? rivalOfPartyPick(ev, ix, settled, named, minScore) : undefined;
      if (settled && rival) {
        problems.push(
          problem(
            'warning',
            'reference-doubted',
            place('agreementRef'),
            `${quote(refText)} past bij ${named.length} afspraken en de partij kiest ${refOf(settled.index)}, maar de tekst lijkt meer op ${refOf(rival.index)}; kies de afspraak.`,
          ),
        );
        return withProblems({ status: 'choice', agreementId: null, readAs, candidates: toCandidates([rival, ...judged.slice(0, MAX_CANDIDATES - 1)], ix) }, problems);
      }
      // The one afspraak a reference names shares not a word with a full sentence of activity (a few
      // words often share none with a long afspraak, and rightly), nor does its inzet: the partner may
      // have mistyped the number. A proposal to confirm, not a fact.
      if (settled && named.length === 1 && settled.text === 0 && settled.inzet === 0 && contentWords(act.activity).length >= FULL_SENTENCE_WORDS) {
        problems.push(
          problem(
            'warning',
            'reference-unlike',
            place('agreementRef'),
            `${quote(refText)} verwijst naar ${refOf(settled.index)}, maar de activiteit deelt geen woord met die afspraak; controleer de koppeling.`,
          ),
        );
        return withProblems(propose(ev, judged, ix, 0, readAs), problems);
      }
      // The activity's words fit an inzet item without afspraak clearly better than the afspraak the reference
      // names, or than the one the party picked of several ("houtbouw, circulair" under a "1.1 bij 1" copied
      // down the column; "halfjaarlijkse check taakstelling statushouders" written "4.2 bij 5", the begeleiding),
      // as rivalOfPartyPick asks of an afspraak: the file does not settle it. The reference stays a hint, the
      // warning says why.
      // Where the afspraak named shares not a word with the activity nor with its inzet, the topic the reference names
      // is all it says: one distinctive word shared with an inzet item of that topic without afspraak is enough
      // ("Ons Thuis Horssen" written "1.2 bij 2", the clustered homes, beside 1.2 inzet 3 on Ons Thuis initiatives).
      const silent = settled?.text === 0 && settled.inzet === 0;
      const unworked = settled
        ? (unworkedInzet(ev, inzet, [settled], null) ??
          (silent ? unworkedInzet(ev, inzet, [settled], { topic: (agreements[settled.index] as LinkableAgreement).topicNumber }, MIN_FOUND / 2) : undefined))
        : undefined;
      if (settled && unworked) {
        const picked = named.length > 1 ? `past bij ${named.length} afspraken en de partij kiest ${refOf(settled.index)}` : `verwijst naar ${refOf(settled.index)}`;
        problems.push(
          problem(
            'warning',
            'reference-doubted',
            place('agreementRef'),
            `${quote(refText)} ${picked}, maar de tekst lijkt meer (${percent(unworked.score)}) op ${withoutAfspraak(unworked.item)}; kies de afspraak of geen afspraak.`,
          ),
        );
        return withProblems({ status: 'none', agreementId: null, readAs, candidates: toCandidates([settled], ix) }, problems);
      }
      // The one afspraak a reference names gives the row's party no part at all, nor its tenants ("2.2 bij 3",
      // Woonwaarts' rent, in De Kernen's file): the reference and the party disagree. A proposal to confirm.
      if (settled && named.length === 1 && settled.party === 'absent') {
        problems.push(
          problem(
            'warning',
            'reference-unlike',
            place('agreementRef'),
            `${quote(refText)} verwijst naar ${refOf(settled.index)}, maar ${ev.partyLabel} staat daar niet bij; controleer de koppeling.`,
          ),
        );
        return withProblems(propose(ev, judged, ix, 0, readAs), problems);
      }
      // The reference disputed beside the row, by whoever looked again: a remark naming another afspraak ("is dit niet
      // 1.1 bij 7?", "Afspraak volgens secr.": "4.1 bij 4 (2)"), or saying the row has none ("klopt, dan geen PA-rij").
      const disputed = settled ? disputeOf(act, agreements, named) : undefined;
      if (settled && disputed) {
        const [header, value] = disputed.said;
        const said = `bij ${quote(header)} staat ${quote(value, 80)}`;
        if (disputed.others.length === 0) {
          problems.push(problem('warning', 'reference-disputed', place('agreementRef'), `${quote(refText)} verwijst naar ${refOf(settled.index)}, maar ${said}; kies de afspraak of geen afspraak.`));
          return withProblems({ status: 'none', agreementId: null, readAs, candidates: toCandidates([settled], ix) }, problems);
        }
        const remarked = (a: LinkableAgreement): string[] => [`genoemd in ${quote(header)}`, ...(context ? contextReason(a) : [])];
        const both = [...judged.filter((j) => j.index === settled.index), ...judge(ev, ix, disputed.others, remarked)].sort((x, y) => y.combined - x.combined || x.index - y.index);
        problems.push(
          problem(
            'warning',
            'reference-disputed',
            place('agreementRef'),
            `${quote(refText)} verwijst naar ${refOf(settled.index)}, maar ${said} (${disputed.others.map(refOf).join(', ')}); kies de afspraak.`,
          ),
        );
        return withProblems({ status: 'choice', agreementId: null, readAs, candidates: toCandidates(both.slice(0, MAX_CANDIDATES), ix) }, problems);
      }
      if (settled) {
        const link: ActivityLink = {
          status: named.length === 1 ? 'reference' : 'evidence',
          agreementId: idOf(settled.index),
          readAs,
          candidates: toCandidates([settled], ix),
        };
        if (settled.text > 0) link.score = settled.text;
        return withProblems(link, problems);
      }
      if (r.guessed) {
        problems.push(
          problem('warning', 'reference-guessed', place('agreementRef'), `${quote(refText)} is gelezen als ${readAs}; controleer de koppeling.`),
        );
      }
      // A topic or theme alone names a scope, not an inzet item: one without afspraak may be what the activity serves.
      const proposed = propose(ev, judged, ix, 0, readAs);
      return withProblems(r.commitment === undefined ? unlessUnworked(proposed, ev, ix, inzet, judged, r) : proposed, problems);
    }
  }

  // 4. Within the topic or theme the sheet names, else among all afspraken: by party and text.
  if (ev.query.trim() === '') return withProblems({ status: 'none', agreementId: null, candidates: [] }, problems);
  if (context) {
    const within = agreements.map((_, i) => i).filter((i) => inScope(agreements[i] as LinkableAgreement, context));
    const judged = judge(ev, ix, within, contextReason);
    const other = doubt(ev, ix, judged, within, minScore);
    if (other) {
      const column = act.fieldColumns?.topicContext;
      problems.push(
        problem(
          'warning',
          'topic-doubted',
          { file, sheet: act.sheet, row: act.fieldRows?.topicContext ?? act.rowNumber, ...(column ? { column } : {}) },
          `de tekst lijkt meer op ${refOf(other.index)} dan op de afspraken van ${describeScope(context)}; kies de afspraak.`,
        ),
      );
      return withProblems({ status: 'choice', agreementId: null, candidates: toCandidates([other, ...judged.slice(0, MAX_CANDIDATES - 1)], ix) }, problems);
    }
    return withProblems(unlessUnworked(propose(ev, judged, ix, 0), ev, ix, inzet, judged, context), problems);
  }
  const judged = judge(ev, ix, agreements.map((_, i) => i), () => []);
  return withProblems(unlessUnworked(unlessTextAlone(propose(ev, judged, ix, minScore), ev, judged), ev, ix, inzet, judged, null), problems);
}

/**
 * A proposal or a choice outside the partner's structure that rests on the activity's words and its party
 * alone, where the examples were searched and none like it (nor a decision) was found, whose words share
 * less than TEXT_ALONE_PROPOSE with its first afspraak: no afspraak found, its candidates kept as hints for
 * the secretary ("Geen afspraak gevonden: kies…").
 */
function unlessTextAlone(link: ActivityLink, ev: RowEvidence, judged: readonly Judged[]): ActivityLink {
  const top = judged[0];
  if ((link.status !== 'proposed' && link.status !== 'choice') || !ev.examplesSearched || !top || top.precedent > 0 || top.text >= TEXT_ALONE_PROPOSE) return link;
  return asNone(link, link.candidates.slice(0, MAX_CANDIDATES - 1));
}

/** A link turned into "geen afspraak", these its hints; how the row was read (readAs) kept. */
function asNone(link: ActivityLink, hints: LinkCandidate[]): ActivityLink {
  return { status: 'none', agreementId: null, candidates: hints, ...(link.readAs ? { readAs: link.readAs } : {}) };
}

/**
 * What the examples as a whole say (example-profiles.ts), where the file itself links nothing and the
 * werkgroep decided nothing for a text like it. When the examples of one afspraak, or those of none,
 * are clearly the most like the activity (ahead of the next by PROFILE_LEAD), they give the first
 * answer: the afspraak is proposed where the text found none, asked beside the text's proposal where
 * the two differ, put first in a choice; "geen afspraak" makes the text's answers hints. Agreeing,
 * they add their reason to the text's. Never a link as fact.
 */
function weighProfiles(link: ActivityLink, ev: RowEvidence, ix: Indexed, profiles: ExampleProfiles, partyId: string | null | undefined, row: RowReference): ActivityLink {
  if (link.status === 'reference') return doubtReference(link, ev, ix, profiles, partyId, row);
  if (link.status !== 'proposed' && link.status !== 'choice' && link.status !== 'none') return link;
  if ([...ev.precedents.values()].some((f) => !f.precedent.example && f.likeness >= PRECEDENT_PROPOSE)) return link;
  const [nearest, next] = profiles.nearest(ev.seenAs, partyId);
  if (!nearest || nearest.likeness - (next?.likeness ?? 0) < PROFILE_LEAD) return link;
  const why = nearest.agreementId === null ? `lijkt het meest op de voorbeelden zonder afspraak` : `lijkt het meest op de voorbeelden bij deze afspraak`;
  const first = link.agreementId ?? (link.status === 'choice' ? (link.candidates[0]?.agreementId ?? null) : null);
  const withReason = (c: LinkCandidate): LinkCandidate => ({ ...c, reasons: [...c.reasons, why] });
  const kept = { ...(link.readAs ? { readAs: link.readAs } : {}), ...(link.problems ? { problems: link.problems } : {}) };
  if (nearest.agreementId === first) {
    if (first === null) return { ...link, candidates: link.candidates.map(withReason) };
    return { ...link, candidates: link.candidates.map((c) => (c.agreementId === first ? withReason(c) : c)) };
  }
  if (nearest.agreementId === null) return { status: 'none', agreementId: null, candidates: link.candidates.slice(0, MAX_CANDIDATES - 1).map(withReason), ...kept };
  const index = ix.byId.get(nearest.agreementId);
  const [judged] = index === undefined ? [] : judge(ev, ix, [index], () => []);
  if (!judged || judged.party === 'absent') return link;
  const candidate = withReason(toCandidates([judged], ix)[0] as LinkCandidate);
  const others = link.candidates.filter((c) => c.agreementId !== candidate.agreementId);
  if (link.status === 'none') {
    // A proposal out of nothing takes two of the activity's words in the examples: one ("oplevering") is a subject, not the work.
    if (nearest.shared < PROFILE_MIN_SHARED) return link;
    const proposed: ActivityLink = { status: 'proposed', agreementId: candidate.agreementId, candidates: [candidate, ...others].slice(0, MAX_CANDIDATES), ...kept };
    if (judged.text > 0) proposed.score = judged.text;
    return proposed;
  }
  return { status: 'choice', agreementId: null, candidates: [candidate, ...others].slice(0, MAX_CANDIDATES), ...kept };
}

/**
 * A reference the evidence contradicts (doubtByProfiles), or one beside an example nearly word for word the same under
 * another afspraak (doubtByTwin). Then the file does not settle it, and the secretary chooses; unless the werkgroep
 * linked a text like it to the named afspraak before.
 */
function doubtReference(link: ActivityLink, ev: RowEvidence, ix: Indexed, profiles: ExampleProfiles, partyId: string | null | undefined, row: RowReference): ActivityLink {
  // The werkgroep linked a text like it so before: the reference stands.
  if ([...ev.precedents.values()].some((f) => !f.precedent.example && f.likeness >= PRECEDENT_PROPOSE && f.precedent.agreementId === link.agreementId)) return link;
  const doubted = doubtByProfiles(link, ev, ix, profiles, partyId, row);
  return doubted !== link ? doubted : doubtByTwin(link, ev, ix, row);
}

/**
 * An example nearly word for word the same as the activity, linked to another afspraak that gives the row's party a
 * part, and far more alike than any example of the named one: "Huuraanpassing 1-7-2028: 0% voor label D" written "3 bij
 * 3" (the labels), beside the example "Huuraanpassing 1 juli 2028: 0% voor woningen met label D of slechter" under 2.2
 * bij 3 (the rent freeze). A choice, the named afspraak first.
 */
function doubtByTwin(link: ActivityLink, ev: RowEvidence, ix: Indexed, row: RowReference): ActivityLink {
  const namedLikeness = ev.precedents.get(link.agreementId)?.likeness ?? 0;
  const twin = [...ev.precedents.values()]
    .filter((f) => f.precedent.example && f.precedent.agreementId !== null && f.precedent.agreementId !== link.agreementId && f.likeness >= PRECEDENT_PROPOSE && f.likeness - namedLikeness >= EXAMPLES_APART)
    .sort((a, b) => b.likeness - a.likeness)[0];
  const twinIndex = twin ? ix.byId.get(twin.precedent.agreementId as number) : undefined;
  if (!twin || twinIndex === undefined) return link;
  const named = ix.agreements[ix.byId.get(link.agreementId as number) as number] as LinkableAgreement;
  // A sibling of the same topic, where the row says much more than the example, may be one of two things the row
  // holds ("Oplevering 36 … Deest Zuid (fase 1) en start bouw 24 … Hogestraat" written "1.1 bij 1 (1)").
  const sameTopic = (ix.agreements[twinIndex] as LinkableAgreement).topicNumber === named.topicNumber;
  const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;
  if (sameTopic && wordCount(ev.act.activity) > TWIN_HOLDS_MORE * wordCount(twin.precedent.activity)) return link;
  const [judged] = judge(ev, ix, [twinIndex], () => [`lijkt ${Math.round(twin.likeness * 100)}% op het voorbeeld ${quote(twin.precedent.activity, 40)}`]);
  if (!judged || judged.party === 'absent') return link;
  const other = (ix.agreements[judged.index] as LinkableAgreement).reference;
  const warning = problem('warning', 'reference-doubted', row.place('agreementRef'), `${referenceSaid(row, named.reference)}, maar de activiteit lijkt bijna woordelijk op een voorbeeld bij ${other}; kies de afspraak.`);
  return {
    status: 'choice',
    agreementId: null,
    ...(link.readAs ? { readAs: link.readAs } : {}),
    candidates: [...link.candidates, toCandidates([judged], ix)[0] as LinkCandidate],
    problems: [...(link.problems ?? []), warning],
  };
}

/**
 * A reference the evidence contradicts: the one afspraak the file names, where the activity is far more
 * like the examples of another (ahead of the named one's by EXAMPLES_APART, and clearly the most alike
 * of all), or where its own words and the examples both prefer the same other afspraak, that gives the
 * row's party a part. A partner who means who pays the ontmoetingsruimte of clustered homes (1.2 bij 4)
 * may write its neighbour "4.3 bij 1"; a campaign may be written beside the pasted text of the project
 * next to it. Then the file does not settle it, and the secretary chooses: the examples' afspraak first
 * where they are far apart, or where it holds every word the row shares with the named one; else the
 * named one first.
 */
function doubtByProfiles(link: ActivityLink, ev: RowEvidence, ix: Indexed, profiles: ExampleProfiles, partyId: string | null | undefined, row: RowReference): ActivityLink {
  const fits = profiles.nearest(ev.seenAs, partyId);
  const [nearest, next] = fits;
  if (!nearest || nearest.agreementId === null || nearest.agreementId === link.agreementId) return link;
  const namedIndex = ix.byId.get(link.agreementId as number) as number;
  const index = ix.byId.get(nearest.agreementId);
  if (index === undefined) return link;
  const named = fits.find((f) => f.agreementId === link.agreementId)?.likeness ?? 0;
  // The examples clearly prefer another afspraak: the nearest well ahead of the next and of the one named.
  const examplesLead = nearest.likeness - (next?.likeness ?? 0) >= PROFILE_LEAD && nearest.likeness - named >= EXAMPLES_APART;
  // A reference's link is an afspraak of the set. Not doubted where the activity's words fit it as a proposal's would ("Oplevering … Deest Zuid en … Hogestraat" under 1.1 bij 1 (1)).
  const examplesApart = examplesLead && (ix.texts.rank(ev.query, [namedIndex])[0]?.score ?? 0) < PROPOSAL_THRESHOLD;
  // Nor where its own words fit the named afspraak as a proposal's would, unless they and the examples both prefer
  // one of another topic ("Na-isolatie … energielabel E en F" written "2.2 bij 3", the rent freeze for poor labels).
  // A sibling in the same topic they prefer is no contradiction: the row may hold both ("Oplevering … Deest Zuid en
  // start bouw … Hogestraat" written "1.1 bij 1 (1)").
  const ownFitsNamed = (ix.texts.rank(ev.act.activity, [namedIndex])[0]?.score ?? 0) >= PROPOSAL_THRESHOLD;
  const otherTopic = (ix.agreements[index] as LinkableAgreement).topicNumber !== (ix.agreements[namedIndex] as LinkableAgreement).topicNumber;
  // Nor is a sibling that holds every word the named one shares with the row ("Werksessie ontwikkelpotentieel na 2030
  // (omgevingsvisie …) met corporaties én huurdersorganisaties" written "1.1 bij 7", the talk on carrying out the
  // omgevingsvisie, whose words 1.1 bij 5 on locations after 2030 holds too): then the row says nothing of the named one's own.
  const namedHoldsOwn = ownFitsNamed && holdsOwnWord(ev.act.activity, ix, namedIndex, index);
  if (!examplesApart && ((namedHoldsOwn && !(examplesLead && otherTopic)) || !wordsPrefer(ev.act.activity, ix, index, namedIndex))) return link;
  const [judged] = judge(ev, ix, [index], () => ['lijkt het meest op de voorbeelden bij deze afspraak']);
  if (!judged || judged.party === 'absent') return link;
  const namedRef = (ix.agreements[namedIndex] as LinkableAgreement).reference;
  const other = (ix.agreements[judged.index] as LinkableAgreement).reference;
  const said = referenceSaid(row, namedRef);
  const warning = problem(
    'warning',
    'reference-doubted',
    row.place('agreementRef'),
    examplesApart
      ? `${said}, maar de activiteit lijkt veel meer op de voorbeelden bij ${other}; kies de afspraak.`
      : `${said}, maar de woorden van de activiteit en de voorbeelden passen allebei beter bij ${other}; kies de afspraak.`,
  );
  const doubted = toCandidates([judged], ix)[0] as LinkCandidate;
  return {
    status: 'choice',
    agreementId: null,
    ...(link.readAs ? { readAs: link.readAs } : {}),
    // The examples' afspraak first where they are far apart, or where it holds all the named one shares with the row.
    candidates: examplesApart || (ownFitsNamed && !namedHoldsOwn) ? [doubted, ...link.candidates] : [...link.candidates, doubted],
    problems: [...(link.problems ?? []), warning],
  };
}

/** What the file wrote for the afspraak: "“4.1 bij 3” verwijst naar 4.1 bij 3 (2)", or the afspraak's pasted text. */
function referenceSaid(row: RowReference, namedRef: string): string {
  return row.parsed === null && row.refText.split(/\s+/).length >= 4 ? `de geplakte afspraaktekst is die van ${namedRef}` : `${quote(row.refText)} verwijst naar ${namedRef}`;
}

/** Whether the afspraak `named` holds a word of the text that `other` does not. */
function holdsOwnWord(text: string, ix: Indexed, named: number, other: number): boolean {
  const others = new Set(ix.texts.evidence(text, other).words);
  return ix.texts.evidence(text, named).words.some((w) => !others.has(w));
}

/** The activity's own words fit the other afspraak better than the named one, with a distinctive word in common, and best of all. */
function wordsPrefer(activity: string, ix: Indexed, other: number, named: number): boolean {
  const ranked = ix.texts.rank(activity);
  const best = ranked.find((r) => r.index !== named);
  const namedScore = ranked.find((r) => r.index === named)?.score ?? 0;
  return best !== undefined && best.index === other && best.found >= MIN_FOUND && best.score > namedScore;
}

/**
 * The afspraak outside the partner's structure that the text fits far better
 * than anything inside it, if any: then the structure is doubted, not followed.
 */
function doubt(ev: RowEvidence, ix: Indexed, inside: readonly Judged[], insideIndexes: readonly number[], minScore: number): Judged | undefined {
  if (ev.query.trim() === '') return undefined;
  const best = ix.texts.rank(ev.query).find((r) => !insideIndexes.includes(r.index));
  const insideBest = Math.max(0, ...inside.map((j) => j.text));
  // Overruling what the partner wrote takes words in common that weigh twice a distinctive one;
  // when what it names shares no word at all with the activity, two of the very same words elsewhere
  // (no compound, no typing error: "opstellen" is no "opstal") are enough to ask.
  const nothingInCommon = Math.max(0, ...inside.map((j) => j.found)) === 0;
  // What the partner named shares no word with the activity: a smaller lead elsewhere is enough to ask.
  const gap = nothingInCommon ? CONTRADICTION_GAP / 2 : CONTRADICTION_GAP;
  // Below the usual likeness, words in common that weigh twice a distinctive one still ask then.
  const likeEnough = best !== undefined && (best.score >= minScore || (nothingInCommon && best.found >= 2 * MIN_FOUND));
  if (!best || !likeEnough || best.score - insideBest < gap) return undefined;
  const enough = best.found >= 2 * MIN_FOUND || (nothingInCommon && best.found >= MIN_FOUND && ix.texts.evidence(ev.query, best.index).same.length >= 2);
  if (!enough) return undefined;
  const judged = judge(ev, ix, [best.index], () => ['de tekst lijkt er meer op'])[0];
  // Nor is it overruled for an afspraak that does not name the row's party at all.
  return judged && judged.party !== 'absent' ? judged : undefined;
}

/**
 * An afspraak outside an ambiguous reference that the text fits better than
 * the one the party picked among it: two of the very same words in common,
 * weighing at least a distinctive one, and clearly more like it; an afspraak
 * that does not name the row's party does not count.
 */
function rivalOfPartyPick(ev: RowEvidence, ix: Indexed, picked: Judged, named: readonly number[], minScore: number): Judged | undefined {
  if (ev.query.trim() === '') return undefined;
  const best = ix.texts.rank(ev.query).find((r) => !named.includes(r.index));
  if (!best || best.score < minScore || best.score - picked.text < 2 * MARGIN || best.found < MIN_FOUND) return undefined;
  if (ix.texts.evidence(ev.query, best.index).same.length < 2) return undefined;
  const judged = judge(ev, ix, [best.index], () => ['de tekst lijkt er meer op'])[0];
  return judged && judged.party !== 'absent' ? judged : undefined;
}

/** A full reference inside a remark: "is dit niet 1.1 bij 7?", "verhuiscoach? of 4.1 bij 4 (2)?". */
const REFERENCE_IN_REMARK = /\b\d+(?:\.\d+)?\s*bij\s*(?:inzet\s*)?\d+(?:\s*\(\s*\d+\s*\))?/gi;
/** A remark that the row has no afspraak: "klopt, dan geen PA-rij", "valt buiten de PA", "hoort niet bij de prestatieafspraken". */
const NO_AFSPRAAK_SAID =
  /\bgeen\s+(?:pa|prestatieafspraak)(?:[-\s]?(?:rij|regel|afspraak))?\b|\b(?:valt|staat)\s+buiten\s+de\s+(?:pa|prestatieafspraken)\b|\bhoort\s+niet\s+(?:bij|in)\s+de\s+(?:pa|prestatieafspraken)\b/i;

/**
 * A remark beside the row (its own remark, or a column the app does not know, as a reviewer adds) that disputes the
 * afspraken its reference names: another afspraak it names in full, or that the row has none. Undefined where none does.
 */
function disputeOf(act: ReadActivity, agreements: readonly LinkableAgreement[], named: readonly number[]): { said: readonly [string, string]; others: number[] } | undefined {
  const remarks: (readonly [string, string])[] = [...(act.notes === undefined ? [] : [['toelichting', act.notes] as const]), ...Object.entries(act.extra)];
  for (const [header, value] of remarks) {
    if (NO_AFSPRAAK_SAID.test(value)) return { said: [header, value.trim()], others: [] };
    for (const [written] of value.matchAll(REFERENCE_IN_REMARK)) {
      const r = parseReference(written);
      if (r?.topic === undefined || r.commitment === undefined) continue;
      const others = agreements
        .map((a, i) => ({ a, i }))
        .filter(({ a, i }) => !named.includes(i) && inScope(a, { topic: r.topic as string }) && a.commitmentNumber === r.commitment && (r.seq === undefined || seqOf(a) === r.seq))
        .map(({ i }) => i);
      if (others.length > 0) return { said: [header, value.trim()], others };
    }
  }
  return undefined;
}

/**
 * The one candidate the partner's structure leaves: the only afspraak a
 * reference names, or the only one of several that names the row's party at
 * all (as trekker or betrokkene). Null when the structure leaves more than one.
 */
function settle(judged: Judged[], named: number): Judged | null {
  if (named === 1) return judged[0] ?? null;
  // Trekker or betrokkene: a party only named in an afspraak's text ("… verzamelen de huurdersorganisaties info") is no party to it.
  const withParty = judged.filter((j) => j.party === 'lead' || j.party === 'involved');
  const only = withParty.length === 1 ? withParty[0] : undefined;
  if (!only) return null;
  // Shared words ("bouw", "sociale huurwoningen") say less than the party; only text that
  // points far more clearly at another of the named afspraken leaves it open.
  const better = judged.find((j) => j !== only && j.text - only.text >= CONTRADICTION_GAP);
  return better ? null : only;
}

/**
 * A proposal when one candidate clearly leads; a choice when several are
 * about as likely; nothing when even the best is too unlike the activity
 * (the threshold applies to text alone, outside the partner's structure).
 */
function propose(ev: RowEvidence, judged: Judged[], ix: Indexed, minScore: number, readAs?: string): ActivityLink {
  const top = judged[0];
  const withReadAs = (link: ActivityLink): ActivityLink => (readAs ? { ...link, readAs } : link);
  if (!top) return withReadAs({ status: 'none', agreementId: null, candidates: [] });
  // Outside the partner's structure the text must carry it, helped or hindered by the party.
  // A person's "geen afspraak" for an activity more alike than any precedent of an afspraak: none again.
  const none = ev.precedents.get(null);
  if (none && none.likeness >= PRECEDENT_PROPOSE && none.likeness > top.precedent) {
    const why = describeNone(none, ev);
    const hints = judged.slice(0, MAX_CANDIDATES - 1).map((j) => ({ ...j, reasons: [...j.reasons, why] }));
    return withReadAs({ status: 'none', agreementId: null, candidates: toCandidates(hints, ix) });
  }
  // Under "Overig" the partner put it outside the themes: the text alone must carry it, the party no help.
  const carried = ev.outsideThemes ? top.text : top.combined - top.rowWords - top.inzet;
  const strongEnough = top.precedent >= PRECEDENT_PROPOSE || minScore === 0 || (carried >= minScore && top.found >= MIN_FOUND);
  if (!strongEnough) {
    // Hints only: what comes nearest, for the secretary who knows better.
    const hints = judged.filter((j) => j.text >= minScore / 2).slice(0, MAX_CANDIDATES - 1);
    return withReadAs({ status: 'none', agreementId: null, candidates: toCandidates(hints, ix) });
  }
  // An afspraak the row's party has no part in, that only words point at (no reference in the row that names it alone,
  // no example or decision of the party's own): the words alone do not make it this party's work. Across the labelled
  // sets such proposals were wrong more often than right (a corporation's yearly huurverhoging under Woonwaarts' rent
  // freeze for labels D-G). A hint, not a proposal.
  if (top.party === 'absent' && top.precedent < PRECEDENT_PROPOSE && (readAs === undefined || judged.length > 1)) {
    return withReadAs({ status: 'none', agreementId: null, candidates: toCandidates(judged.slice(0, MAX_CANDIDATES - 1), ix) });
  }
  const second = judged[1];
  const clear = !second || top.combined - second.combined >= MARGIN || (top.text >= NARROWING_MIN_SCORE && top.text - second.text >= MARGIN * 2);
  const near = judged.filter((j) => j === top || top.combined - j.combined < NEAR).slice(0, MAX_CANDIDATES);
  if (!clear || (ev.query.trim() === '' && judged.length > 1)) {
    return withReadAs({ status: 'choice', agreementId: null, candidates: toCandidates(near.length > 1 ? near : judged.slice(0, 2), ix) });
  }
  const link: ActivityLink = {
    status: 'proposed',
    agreementId: (ix.agreements[top.index] as LinkableAgreement).id,
    score: top.text,
    candidates: toCandidates(near, ix),
  };
  return withReadAs(link);
}

/**
 * A topic lists more inzet items than its afspraken work out: under some ("Corporaties stellen een
 * leefbaarheidsbudget beschikbaar", "Corporaties gaan door met hun sociaal incassobeleid") no
 * Doelstellingen row stands. An activity whose words fit such an inzet item clearly better than
 * any afspraak, and than any inzet item that afspraken do work out, serves a goal of the agreement
 * but no afspraak: its answer is "geen afspraak", the afspraken only hints. So is work of the yearly
 * cycle of the cooperation (the werkgroep, the bestuurlijk overleg, the verantwoording) whose words fit
 * a step of it so. Within the partner's topic or theme when it names one; never against an earlier
 * decision for an afspraak.
 */
function unworkedInzet(
  ev: RowEvidence,
  inz: InzetIndex | null,
  judged: readonly Judged[],
  scope: Scope | null,
  /** How much the words an inzet item shares with the activity must weigh (`found`): less where the reference names its topic. */
  minFound = MIN_FOUND,
): { item: LinkableCommitment; score: number } | undefined {
  if (!inz || ev.query.trim() === '' || judged.some((j) => j.precedent >= PRECEDENT_PROPOSE)) return undefined;
  const among = inz.items.map((_, i) => i).filter((i) => !scope || inScope({ topicNumber: (inz.items[i] as LinkableCommitment).topicNumber } as LinkableAgreement, scope));
  const ranked = inz.texts.rank(ev.query, among);
  const worked = ranked.find((r) => (inz.items[r.index]?.agreements ?? 0) > 0)?.score ?? 0;
  const afspraak = Math.max(0, ...judged.map((j) => j.text));
  // Among inzet items, clearly first (as propose asks of a first candidate); ahead of every afspraak as
  // far as text must be to pick one of several afspraken that the partner's structure names.
  const served = (found: { index: number; score: number; found: number } | undefined, item: LinkableCommitment | undefined) =>
    found && item && found.found >= minFound && found.score >= PROPOSAL_THRESHOLD && found.score - worked >= MARGIN && found.score - afspraak >= 2 * MARGIN
      ? { item, score: found.score }
      : undefined;
  const [best] = ranked;
  const inzetItem = best ? inz.items[best.index] : undefined;
  const byInzet = inzetItem && inzetItem.agreements === 0 ? served(best, inzetItem) : undefined;
  // The yearly cycle (the werkgroep, the bestuurlijk overleg, the verantwoording), outside a theme the partner named.
  const cycleAmong = inz.cycle.items.map((_, i) => i).filter((i) => !scope || inScope({ topicNumber: (inz.cycle.items[i] as LinkableCommitment).topicNumber } as LinkableAgreement, scope));
  const [step] = inz.cycle.texts.rank(ev.query, cycleAmong);
  const byCycle = step ? served(step, inz.cycle.items[step.index]) : undefined;
  return byInzet && byCycle ? (byCycle.score > byInzet.score ? byCycle : byInzet) : (byInzet ?? byCycle);
}

/** An inzet item without afspraak, or a step of the yearly cycle, as a reason says it. */
function withoutAfspraak(item: LinkableCommitment): string {
  return item.cycleStep
    ? `de jaarlijkse samenwerking (${item.topicNumber}: ${item.cycleStep}), werk zonder afspraak van een thema`
    : `inzet ${item.number} van ${item.topicNumber}, waaronder geen afspraak staat`;
}

/** The link, unless the activity serves an inzet item without afspraak (see unworkedInzet): then none, with hints. */
function unlessUnworked(link: ActivityLink, ev: RowEvidence, ix: Indexed, inz: InzetIndex | null, judged: Judged[], scope: Scope | null): ActivityLink {
  // A topic or theme the partner named is a scope, not an afspraak: when the activity shares no
  // distinctive word with any afspraak in it (what it shares weighs less than half of one word found
  // in a single afspraak: a common word like "huurders" or "woningen" at most), nor a word with their
  // inzet items, and nothing was decided before for a text like it, the party alone does not pick one
  // of them; the topic's afspraken are hints. Unless the activity names the topic's own subject
  // ("Nieuwbouw Het Veld" under 1.1 Nieuwbouw).
  const top = judged[0];
  const title = new Set(contentWords((top && ix.agreements[top.index]?.topicTitle) ?? ''));
  const namesTopic = contentWords(ev.query).some((w) => title.has(w));
  if (scope && top && !namesTopic && link.status !== 'none' && judged.every((j) => j.found < MIN_FOUND / 2 && j.inzet === 0 && j.rowWords === 0 && j.precedent === 0)) {
    return asNone(link, toCandidates(judged.slice(0, MAX_CANDIDATES - 1), ix));
  }
  const unworked = unworkedInzet(ev, inz, judged, scope);
  if (!unworked) return link;
  const why = `de tekst lijkt meer (${percent(unworked.score)}) op ${withoutAfspraak(unworked.item)}`;
  const hints = judged.slice(0, MAX_CANDIDATES - 1).map((j) => ({ ...j, reasons: [...j.reasons, why] }));
  return asNone(link, toCandidates(hints, ix));
}

/** Several afspraken the structure allows and the text cannot tell apart: a choice, or nothing when none is named. */
function choiceOrNone(ev: RowEvidence, ix: Indexed, indexes: number[], why: (a: LinkableAgreement) => string[], minScore: number): ActivityLink {
  if (indexes.length === 0) return propose(ev, judge(ev, ix, ix.agreements.map((_, i) => i), () => []), ix, minScore);
  const judged = judge(ev, ix, indexes, why);
  return { status: 'choice', agreementId: null, candidates: toCandidates(judged.slice(0, MAX_CANDIDATES), ix) };
}

function toCandidates(judged: Judged[], ix: Indexed): LinkCandidate[] {
  return judged.map((j) => ({ agreementId: (ix.agreements[j.index] as LinkableAgreement).id, score: j.text, reasons: j.reasons }));
}

function withProblems(link: ActivityLink, problems: ImportProblem[]): ActivityLink {
  if (problems.length > 0) link.problems = [...(link.problems ?? []), ...problems];
  return link;
}
