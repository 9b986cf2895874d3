// Computes the gezamenlijk activiteitenoverzicht of one planning year from the
// current submissions and the werkgroep's decisions. Pure: no database, no
// clock (the caller passes `now`), the same input gives the same overview.
//
// What it answers is the werkgroep's question before 1 September (6.2):
// who does what on which afspraak, what is not picked up, whether what one
// party needs from another is answered (wederkerigheid, 6.1), and which
// activities of different parties are the same joint work reported twice.
import { partyIdsOf, type PartyResolver } from '../domain/parties';
import { normalizeForSearch } from '../domain/text';
import type { PartyKind, PartyRef } from '../domain/types';
import type { StoredActivity } from '../db/submissions';
import { buildTextIndex, type TextIndex } from '../imports/similarity';
import type { AgreementRow } from '../service/contract';
import type {
  AgreementGap,
  Alignment,
  AttentionKind,
  AttentionPoint,
  BundleActivity,
  BundleAgreement,
  BundleParty,
  BundleTheme,
  BundleVersionInfo,
  DuplicateProposal,
  JointOverview,
  NeedAnswer,
  NeedCheck,
  ReciprocityCell,
} from './types';

export interface BundleInput {
  agreementSet: { code: string; title: string; periodStart: number; periodEnd: number };
  planningYear: number;
  version: BundleVersionInfo;
  now: Date;
  /** Every afspraak of the set, in document order. */
  agreements: AgreementRow[];
  themes: { number: number; title: string; topics: { number: string; title: string }[] }[];
  /** In the order the overview lists them (the agreement's order: gemeente, corporaties, huurdersorganisaties). */
  parties: { id: string; name: string; shortName: string; kind: PartyKind }[];
  /** To find party names inside a needs text that has no "Van wie?". */
  resolver: PartyResolver;
  /** The current submissions of the planning year only. */
  submissions: { partyId: string; version: number; versionCount: number; fileName: string; importedAt: string }[];
  /** The activities of those current submissions. */
  activities: StoredActivity[];
  /** By activity identity; a missing one is the default (voorgesteld, nothing recorded). */
  alignments: Map<string, Alignment>;
  /** By proposal key; a missing one is open. */
  duplicateDecisions: Map<string, 'accepted' | 'rejected'>;
  /** agreementId → the follow-up agreed for an afspraak marked "onvoldoende opgepakt". */
  insufficient: Map<number, string>;
}

/**
 * A need counts as answered by another activity of the asked party when that
 * activity covers at least this share (idf-weighted) of the need's words.
 * Coverage, not the symmetric score: a need is short ("snelle
 * omgevingsvergunning"), the answering activity usually says more.
 */
export const NEED_COVERAGE_THRESHOLD = 0.6;

/**
 * Two activities on the same afspraak are proposed as one joint action from
 * this similarity (mean of both directions of the similarity module's score).
 * A proposal is only a question to the werkgroep, so it may err on the
 * generous side; different work on the same afspraak rarely shares its
 * distinctive words (a place, an event).
 */
export const DUPLICATE_THRESHOLD = 0.45;

export function defaultAlignment(): Alignment {
  return { status: 'voorgesteld', promises: [], alsoInvolved: [], notes: '' };
}

/**
 * Stable across re-imports of the same party and year, so the werkgroep's
 * alignment and decisions survive a corrected file: our uitvraag workbook's
 * row key when there is one (the text may then change), otherwise the
 * normalised text. Same form as the import diff uses.
 */
export function activityIdentity(a: { partyId: string; key?: string; activity: string }): string {
  return a.key ? `${a.partyId}:key:${a.key}` : `${a.partyId}:text:${normalizeForSearch(a.activity)}`;
}

export function computeJointOverview(input: BundleInput): JointOverview {
  const names = partyNames(input.parties);
  const agreementsById = new Map(input.agreements.map((a) => [a.id, a]));
  const activities = bundleActivities(input, names.order, agreementsById);
  const textIndex = buildTextIndex(activities.map((a) => a.activity));
  const indexOf = new Map(activities.map((a, i) => [a.identity, i]));
  const textOf = (a: BundleActivity): number => indexOf.get(a.identity) as number;

  const duplicates = findDuplicates(activities, input.agreements, input.duplicateDecisions, textIndex, textOf);
  applyAcceptedDuplicates(activities, duplicates);

  const byAgreement = groupByAgreement(activities, agreementsById);
  const agreements = input.agreements.map((row) => bundleAgreement(row, byAgreement.get(row.id) ?? [], input));
  const themes = groupThemes(input.themes, input.agreements, agreements);
  const unlinked = activities.filter((a) => a.agreementId === null);

  const needResult = checkNeeds(activities, input, names, byAgreement, textIndex, textOf);
  const parties = bundleParties(input, activities);

  const attention = sortAttention(
    [
      ...partyMissingPoints(parties, input.planningYear, names),
      ...agreementPoints(input.agreements, agreements, input.planningYear, names),
      ...needResult.attention,
      ...duplicatePoints(duplicates, activities, agreementsById, names),
      ...unlinkedPoints(unlinked, names),
    ],
    input.agreements,
  );

  return {
    agreementSet: { ...input.agreementSet },
    planningYear: input.planningYear,
    version: { ...input.version },
    generatedAt: input.now.toISOString(),
    parties,
    themes,
    unlinked,
    needs: needResult.needs,
    reciprocity: reciprocityCells(needResult.needs, names.order),
    duplicates,
    attention,
    counts: {
      activities: activities.length,
      agreementsActive: agreements.filter((a) => a.active).length,
      agreementsWithoutActivity: agreements.filter((a) => a.gaps.includes('no-activity')).length,
      agreementsLeadWithoutActivity: agreements.filter((a) => a.gaps.includes('lead-without-activity')).length,
      unlinked: unlinked.length,
      needs: needResult.needs.length,
      needsUnanswered: needResult.needs.filter((n) => !n.answered).length,
      needsWithoutParty: needResult.withoutParty,
      duplicatesOpen: duplicates.filter((d) => d.decision === 'open').length,
      partiesMissing: parties.filter((p) => p.state === 'niet ingediend').length,
    },
  };
}

// ---------------------------------------------------------------------------
// Party names in Dutch sentences

interface PartyNames {
  /** Party id → position in the overview's party order. */
  order: Map<string, number>;
  /** "Gemeente", "Woonwaarts", "HBD" … (the id itself for an unknown id). */
  short(id: string): string;
  /** With the article Dutch needs mid-sentence: "de Gemeente", "Woonwaarts", "de Bewonersraad De Kernen". */
  inSentence(id: string): string;
  /** The same at the start of a sentence: "De Gemeente". */
  atStart(id: string): string;
}

/** Names that are common nouns take "de" in a sentence; proper names ("Woonwaarts", "HBD", "De Kernen") do not. */
const NEEDS_ARTICLE = /^(gemeente|bewonersraad|huurdersvereniging|huurdersraad|stichting)\b/i;

function partyNames(parties: BundleInput['parties']): PartyNames {
  const byId = new Map(parties.map((p) => [p.id, p]));
  const short = (id: string): string => byId.get(id)?.shortName ?? id;
  const inSentence = (id: string): string => {
    const name = short(id);
    return NEEDS_ARTICLE.test(name) ? `de ${name}` : name;
  };
  return {
    order: new Map(parties.map((p, i) => [p.id, i])),
    short,
    inSentence,
    atStart: (id) => capitalize(inSentence(id)),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A en B", "A, B en C". */
function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] as string}`;
}

/** A partner's text inside a sentence: one line, without a closing full stop. */
function clean(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '');
}

/** The same, in Dutch single quotes. */
function quote(text: string): string {
  return `‘${clean(text)}’`;
}

// ---------------------------------------------------------------------------
// Activities

function bundleActivities(
  input: BundleInput,
  partyOrder: Map<string, number>,
  agreementsById: Map<number, AgreementRow>,
): BundleActivity[] {
  const sorted = [...input.activities].sort(
    (a, b) =>
      rank(partyOrder, a.partyId) - rank(partyOrder, b.partyId) ||
      a.partyId.localeCompare(b.partyId) ||
      a.position - b.position ||
      a.rowNumber - b.rowNumber ||
      a.id - b.id,
  );
  const seen = new Map<string, number>();
  return sorted.map((a) => {
    const identity = uniqueIdentity(activityIdentity(a), seen);
    // A link to an afspraak outside this set cannot be shown under it: the
    // activity then goes to the unlinked section rather than disappearing.
    const agreementId = a.agreementId !== null && agreementsById.has(a.agreementId) ? a.agreementId : null;
    const activity: BundleActivity = {
      id: a.id,
      identity,
      partyId: a.partyId,
      submissionVersion: a.submissionVersion,
      sheet: a.sheet,
      rowNumber: a.rowNumber,
      activity: a.activity,
      needsFrom: a.needsFromParties.map(copyRef),
      involved: a.involvedParties.map(copyRef),
      extra: { ...a.extra },
      agreementId,
      linkStatus: agreementId === null ? 'none' : a.linkStatus,
      alignment: copyAlignment(input.alignments.get(identity) ?? defaultAlignment()),
      jointWith: [],
    };
    if (a.role !== undefined) activity.role = a.role;
    if (a.planning !== undefined) activity.planning = a.planning;
    if (a.needs !== undefined) activity.needs = a.needs;
    if (a.ambition !== undefined) activity.ambition = a.ambition;
    if (a.notes !== undefined) activity.notes = a.notes;
    return activity;
  });
}

function rank(order: Map<string, number>, partyId: string): number {
  return order.get(partyId) ?? order.size;
}

/**
 * Two rows of one party with the same text and no key would share an
 * identity; the second becomes "…#2" so that each keeps its own alignment.
 * Stable as long as the party keeps the rows in the same order.
 */
function uniqueIdentity(identity: string, seen: Map<string, number>): string {
  const count = (seen.get(identity) ?? 0) + 1;
  seen.set(identity, count);
  return count === 1 ? identity : `${identity}#${count}`;
}

function copyRef(ref: PartyRef): PartyRef {
  return { ...ref, partyIds: [...ref.partyIds] };
}

function copyAlignment(a: Alignment): Alignment {
  return {
    status: a.status,
    promises: a.promises.map((p) => ({ ...p })),
    alsoInvolved: [...a.alsoInvolved],
    notes: a.notes,
  };
}

function groupByAgreement(
  activities: BundleActivity[],
  agreementsById: Map<number, AgreementRow>,
): Map<number, BundleActivity[]> {
  const groups = new Map<number, BundleActivity[]>();
  for (const a of activities) {
    if (a.agreementId === null || !agreementsById.has(a.agreementId)) continue;
    const list = groups.get(a.agreementId) ?? [];
    list.push(a);
    groups.set(a.agreementId, list);
  }
  return groups;
}

// ---------------------------------------------------------------------------
// Afspraken, their gaps, and the theme → topic tree

function bundleAgreement(row: AgreementRow, activities: BundleActivity[], input: BundleInput): BundleAgreement {
  const active = row.schedule.years.includes(input.planningYear);
  const leadPartyIds = partyIdsOf(row.lead);
  const leadsWithoutActivity = leadPartyIds.filter((id) => !picksUp(id, activities));
  const gaps: AgreementGap[] = [];
  if (active && activities.length === 0) gaps.push('no-activity');
  // 'no-activity' already says the trekker has none; saying both is noise.
  else if (active && leadPartyIds.length > 0 && leadsWithoutActivity.length === leadPartyIds.length) {
    gaps.push('lead-without-activity');
  }
  const followUp = input.insufficient.get(row.id);
  return {
    id: row.id,
    reference: row.reference,
    commitmentNumber: row.commitmentNumber,
    text: row.text,
    leadText: row.leadText,
    involvedText: row.involvedText,
    leadPartyIds,
    involvedPartyIds: partyIdsOf(row.involved),
    leadsWithoutActivity,
    scheduleText: row.schedule.text,
    scheduleYears: [...row.schedule.years],
    active,
    activities,
    gaps,
    insufficient: followUp === undefined ? null : { followUp },
  };
}

/**
 * Whether a party does something on the afspraak: an activity of its own, or a
 * promise the werkgroep recorded from it on someone else's activity there (a
 * promise is how the werkgroep closes exactly this kind of gap).
 */
function picksUp(partyId: string, activities: BundleActivity[]): boolean {
  return activities.some((a) => a.partyId === partyId || a.alignment.promises.some((p) => p.partyId === partyId));
}

/**
 * Theme → topic → afspraak in the order of `themes` and of the afspraken.
 * An afspraak whose topic is missing from `themes` still appears, under a
 * topic made from its own row: every afspraak must be in the bundle.
 */
function groupThemes(themes: BundleInput['themes'], rows: AgreementRow[], agreements: BundleAgreement[]): BundleTheme[] {
  const tree: BundleTheme[] = themes.map((t) => ({
    number: t.number,
    title: t.title,
    topics: t.topics.map((topic) => ({ number: topic.number, title: topic.title, agreements: [] })),
  }));
  rows.forEach((row, i) => {
    let theme = tree.find((t) => t.number === row.themeNumber);
    if (!theme) {
      theme = { number: row.themeNumber, title: row.themeTitle, topics: [] };
      tree.push(theme);
    }
    let topic = theme.topics.find((t) => t.number === row.topicNumber);
    if (!topic) {
      topic = { number: row.topicNumber, title: row.topicTitle, agreements: [] };
      theme.topics.push(topic);
    }
    topic.agreements.push(agreements[i] as BundleAgreement);
  });
  // 6.1 and 6.2 (samenwerking) hold no afspraken: nothing to bundle there.
  return tree
    .map((t) => ({ ...t, topics: t.topics.filter((topic) => topic.agreements.length > 0) }))
    .filter((t) => t.topics.length > 0);
}

// ---------------------------------------------------------------------------
// Wederkerigheid

interface NeedResult {
  needs: NeedCheck[];
  attention: AttentionPoint[];
  /** Needs that name no party of the agreement: no NeedCheck, only an aandachtspunt. */
  withoutParty: number;
}

/**
 * For every activity that needs something: who is asked, and whether each of
 * them answers it. An asked party answers with (a) a promise the werkgroep
 * recorded on the activity, (b) an activity of its own on the same afspraak,
 * or (c) an activity anywhere that covers what is asked. Being named as
 * involved (by the party or by the werkgroep's "also involved") is not an
 * answer: it says the party is at the table, not that it commits to the
 * need. It is kept on the NeedCheck (`askedInvolved`) and named in the
 * aandachtspunt, because it tells the werkgroep whom to ask.
 */
function checkNeeds(
  activities: BundleActivity[],
  input: BundleInput,
  names: PartyNames,
  byAgreement: Map<number, BundleActivity[]>,
  textIndex: TextIndex,
  textOf: (a: BundleActivity) => number,
): NeedResult {
  const result: NeedResult = { needs: [], attention: [], withoutParty: 0 };
  const byParty = new Map<string, BundleActivity[]>();
  for (const a of activities) byParty.set(a.partyId, [...(byParty.get(a.partyId) ?? []), a]);
  const referenceOf = referenceLookup(input.agreements);

  for (const a of activities) {
    const needs = a.needs?.trim() ?? '';
    if (needs === '') continue;
    if (partyIdsOf(a.needsFrom).length === 0) {
      // No "Van wie?" (or only names outside the five): the need itself often says it.
      const named = partiesNamedIn(needs, input.resolver, input.parties);
      a.needsFrom = [...a.needsFrom, ...named];
    }
    const asked = partyIdsOf(a.needsFrom).filter((id) => id !== a.partyId);
    const where = referenceOf(a.agreementId);
    if (asked.length === 0) {
      result.withoutParty++;
      result.attention.push(needWithoutPartyPoint(a, needs, where, names));
      continue;
    }
    for (const partyId of asked) {
      const answeredBy = answersFor(a, needs, partyId, byAgreement, byParty.get(partyId) ?? [], textIndex, textOf);
      const check: NeedCheck = {
        activityIdentity: a.identity,
        activityId: a.id,
        fromPartyId: a.partyId,
        toPartyId: partyId,
        text: needs,
        agreementId: a.agreementId,
        answered: answeredBy.length > 0,
        answeredBy,
        askedInvolved: a.alignment.alsoInvolved.includes(partyId) || partyIdsOf(a.involved).includes(partyId),
      };
      result.needs.push(check);
      if (!check.answered) {
        const submitted = input.submissions.some((x) => x.partyId === partyId);
        result.attention.push(needUnansweredPoint(a, check, where, names, submitted));
      }
    }
  }
  return result;
}

function answersFor(
  asking: BundleActivity,
  needs: string,
  partyId: string,
  byAgreement: Map<number, BundleActivity[]>,
  ownActivities: BundleActivity[],
  textIndex: TextIndex,
  textOf: (a: BundleActivity) => number,
): NeedAnswer[] {
  const answers: NeedAnswer[] = asking.alignment.promises
    .filter((p) => p.partyId === partyId)
    .map((p) => ({ kind: 'promise', partyId, text: p.text }));
  const sameAgreement = asking.agreementId === null ? [] : (byAgreement.get(asking.agreementId) ?? []);
  const answering = new Set<BundleActivity>(sameAgreement.filter((b) => b.partyId === partyId));
  for (const b of ownActivities) {
    if (textIndex.coverage(needs, textOf(b)) >= NEED_COVERAGE_THRESHOLD) answering.add(b);
  }
  // In the bundle's order (party, then row), whichever rule found them.
  for (const b of ownActivities.filter((x) => answering.has(x))) {
    answers.push({ kind: 'activity', activityIdentity: b.identity, partyId, activity: b.activity });
  }
  return answers;
}

/** Name forms that are also ordinary Dutch words ("de kernen" are villages) count only when capitalised. */
const ARTICLE_NAME = /^(de|het)\s/i;
const MAX_NAME_WORDS = 4;

/**
 * The parties a free text names: "Snelle vergunning van de gemeente" →
 * Gemeente. Longest names first ("Bewonersraad De Kernen" before "De
 * Kernen"), only names known as written or as an alias or group (a fuzzy
 * match on free text would find parties in ordinary words).
 */
export function partiesNamedIn(text: string, resolver: PartyResolver, parties: BundleInput['parties']): PartyRef[] {
  const articleParties = new Set(parties.filter((p) => ARTICLE_NAME.test(p.name) || ARTICLE_NAME.test(p.shortName)).map((p) => p.id));
  const words = text.split(/[\s,;:()!?]+|\.(?=\s|$)/u).filter((w) => w !== '');
  const found: PartyRef[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const written = words.slice(i, i + n).join(' ');
      const ref = resolver.resolveOne(written);
      const known = ref.status === 'exact' || ref.status === 'alias' || ref.status === 'group';
      const capitalised = /\p{Lu}/u.test(written);
      if (!known || ref.partyIds.length === 0) continue;
      // "kernen" is villages, "De Kernen" the corporation; a group name ("corporaties") is never a common noun here.
      if (!capitalised && ref.status !== 'group' && ref.partyIds.some((id) => articleParties.has(id))) continue;
      found.push({ written, partyIds: [...ref.partyIds], status: ref.status });
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return found;
}

function referenceLookup(agreements: AgreementRow[]): (agreementId: number | null) => string {
  const byId = new Map(agreements.map((a) => [a.id, a.reference]));
  return (agreementId) => (agreementId === null ? 'Niet gekoppeld' : (byId.get(agreementId) ?? 'Niet gekoppeld'));
}

function needUnansweredPoint(
  a: BundleActivity,
  check: NeedCheck,
  where: string,
  names: PartyNames,
  submitted: boolean,
): AttentionPoint {
  const asked = names.inSentence(check.toPartyId);
  // Whom to ask next: a party that has not submitted yet may still answer; one at the table already is the first to ask.
  const note = !submitted
    ? ` ${capitalize(asked)} heeft nog geen activiteitenoverzicht ingediend.`
    : check.askedInvolved
      ? ` ${capitalize(asked)} is wel als betrokkene genoemd.`
      : '';
  return {
    kind: 'need-unanswered',
    message:
      `${where}: ${names.atStart(a.partyId)} vraagt van ${asked}: ${clean(check.text)} (bij ${quote(a.activity)})` +
      ` — ${asked} heeft daar geen activiteit of toezegging voor.${note}`,
    ...(a.agreementId === null ? {} : { agreementId: a.agreementId }),
    partyId: check.toPartyId,
    activityIdentity: a.identity,
  };
}

function needWithoutPartyPoint(a: BundleActivity, needs: string, where: string, names: PartyNames): AttentionPoint {
  const outside = a.needsFrom.filter((r) => r.partyIds.length === 0).map((r) => r.written);
  const message =
    outside.length > 0
      ? `${where}: ${names.atStart(a.partyId)} vraagt ${quote(needs)} van ${dutchList(outside)} (bij ${quote(a.activity)}); ` +
        `dat is geen partij van deze prestatieafspraken.`
      : `${where}: ${names.atStart(a.partyId)} vraagt iets (${quote(needs)}) bij ${quote(a.activity)}, maar zegt niet van wie.`;
  return {
    kind: 'need-unanswered',
    message,
    ...(a.agreementId === null ? {} : { agreementId: a.agreementId }),
    partyId: a.partyId,
    activityIdentity: a.identity,
  };
}

/** One cell per ordered pair (asking, asked) with at least one request, in party order. */
function reciprocityCells(needs: NeedCheck[], order: Map<string, number>): ReciprocityCell[] {
  const cells = new Map<string, ReciprocityCell>();
  for (const n of needs) {
    const key = `${n.fromPartyId}\u0000${n.toPartyId}`;
    const cell = cells.get(key) ?? { fromPartyId: n.fromPartyId, toPartyId: n.toPartyId, requests: 0, answered: 0 };
    cell.requests++;
    if (n.answered) cell.answered++;
    cells.set(key, cell);
  }
  return [...cells.values()].sort(
    (a, b) =>
      rank(order, a.fromPartyId) - rank(order, b.fromPartyId) ||
      a.fromPartyId.localeCompare(b.fromPartyId) ||
      rank(order, a.toPartyId) - rank(order, b.toPartyId) ||
      a.toPartyId.localeCompare(b.toPartyId),
  );
}

// ---------------------------------------------------------------------------
// Same work, reported twice

/**
 * Per afspraak: activities of different parties whose texts are alike are
 * clustered by single linkage; each cluster keeps at most one activity per
 * party (the one most like the others), and what is left over is clustered
 * again, so a party's second activity can still join another cluster.
 */
function findDuplicates(
  activities: BundleActivity[],
  agreements: AgreementRow[],
  decisions: Map<string, 'accepted' | 'rejected'>,
  textIndex: TextIndex,
  textOf: (a: BundleActivity) => number,
): DuplicateProposal[] {
  const proposals: DuplicateProposal[] = [];
  for (const agreement of agreements) {
    const onAgreement = activities.filter((a) => a.agreementId === agreement.id);
    if (new Set(onAgreement.map((a) => a.partyId)).size < 2) continue;
    const similarity = pairSimilarity(textIndex, textOf);
    for (const members of clusters(onAgreement, similarity)) {
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

function pairSimilarity(textIndex: TextIndex, textOf: (a: BundleActivity) => number) {
  const cache = new Map<string, number>();
  return (a: BundleActivity, b: BundleActivity): number => {
    const key = a.identity < b.identity ? `${a.identity}|${b.identity}` : `${b.identity}|${a.identity}`;
    let s = cache.get(key);
    if (s === undefined) {
      s = (textIndex.score(a.activity, textOf(b)) + textIndex.score(b.activity, textOf(a))) / 2;
      cache.set(key, s);
    }
    return s;
  };
}

function clusters(
  onAgreement: BundleActivity[],
  similarity: (a: BundleActivity, b: BundleActivity) => number,
): BundleActivity[][] {
  const result: BundleActivity[][] = [];
  let pool = [...onAgreement];
  for (;;) {
    const found = components(pool, similarity).filter((c) => new Set(c.map((a) => a.partyId)).size >= 2);
    if (found.length === 0) break;
    for (const component of found) {
      const chosen = onePerParty(component, similarity);
      result.push(chosen);
      pool = pool.filter((a) => !chosen.includes(a));
    }
  }
  // In the bundle's order: by the first member's place.
  const position = new Map(onAgreement.map((a, i) => [a, i]));
  return result.sort((a, b) => (position.get(a[0] as BundleActivity) ?? 0) - (position.get(b[0] as BundleActivity) ?? 0));
}

/** Connected components of "different parties and similar enough", members in bundle order. */
function components(pool: BundleActivity[], similarity: (a: BundleActivity, b: BundleActivity) => number): BundleActivity[][] {
  const parent = pool.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const a = pool[i] as BundleActivity;
      const b = pool[j] as BundleActivity;
      if (a.partyId !== b.partyId && similarity(a, b) >= DUPLICATE_THRESHOLD) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, BundleActivity[]>();
  pool.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a]));
  return [...groups.values()];
}

/** Per party the member most like the other parties' members (first in order on a tie). */
function onePerParty(component: BundleActivity[], similarity: (a: BundleActivity, b: BundleActivity) => number): BundleActivity[] {
  const best = new Map<string, { activity: BundleActivity; score: number }>();
  for (const a of component) {
    const score = component.filter((b) => b.partyId !== a.partyId).reduce((sum, b) => sum + similarity(a, b), 0);
    const current = best.get(a.partyId);
    if (!current || score > current.score) best.set(a.partyId, { activity: a, score });
  }
  const chosen = new Set([...best.values()].map((b) => b.activity));
  return component.filter((a) => chosen.has(a));
}

function applyAcceptedDuplicates(activities: BundleActivity[], proposals: DuplicateProposal[]): void {
  const byIdentity = new Map(activities.map((a) => [a.identity, a]));
  for (const p of proposals) {
    if (p.decision !== 'accepted') continue;
    for (const identity of p.activityIdentities) {
      const a = byIdentity.get(identity);
      if (a) a.jointWith = p.activityIdentities.filter((other) => other !== identity);
    }
  }
}

// ---------------------------------------------------------------------------
// Parties

function bundleParties(input: BundleInput, activities: BundleActivity[]): BundleParty[] {
  return input.parties.map((p) => {
    const s = input.submissions.find((x) => x.partyId === p.id);
    return {
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      kind: p.kind,
      state: s ? 'ingediend' : 'niet ingediend',
      submission: s
        ? { version: s.version, versionCount: s.versionCount, fileName: s.fileName, importedAt: s.importedAt }
        : null,
      activityCount: activities.filter((a) => a.partyId === p.id).length,
    };
  });
}

// ---------------------------------------------------------------------------
// Aandachtspunten

function partyMissingPoints(parties: BundleParty[], year: number, names: PartyNames): AttentionPoint[] {
  return parties
    .filter((p) => p.state === 'niet ingediend')
    .map((p) => ({
      kind: 'party-missing',
      message: `${names.atStart(p.id)} heeft voor planningsjaar ${year} geen activiteitenoverzicht ingediend.`,
      partyId: p.id,
    }));
}

function agreementPoints(rows: AgreementRow[], agreements: BundleAgreement[], year: number, names: PartyNames): AttentionPoint[] {
  const points: AttentionPoint[] = [];
  agreements.forEach((a, i) => {
    const row = rows[i] as AgreementRow;
    if (a.gaps.includes('no-activity')) {
      points.push({
        kind: 'agreement-without-activity',
        message: `${a.reference}: actief in ${year}, maar er is geen activiteit voor ingediend.`,
        agreementId: a.id,
      });
    }
    if (a.gaps.includes('lead-without-activity')) {
      const others = [...new Set(a.activities.map((x) => x.partyId))].map((id) => names.short(id));
      points.push({
        kind: 'lead-without-activity',
        message: `${a.reference}: trekker ${leadLabel(row.lead, names)} heeft geen activiteit (wel: ${dutchList(others)}).`,
        agreementId: a.id,
      });
    }
    if (a.insufficient) {
      const followUp = a.insufficient.followUp.trim();
      points.push({
        kind: 'insufficient',
        message:
          `${a.reference}: door de werkgroep als onvoldoende opgepakt aangemerkt. ` +
          (followUp === '' ? 'Er is nog geen vervolg afgesproken.' : `Afgesproken vervolg: ${followUp.replace(/\.?$/, '.')}`),
        agreementId: a.id,
      });
    }
  });
  return points;
}

/** "Gemeente", "Corporaties (Woonwaarts en De Kernen)": a group name says who it stands for. */
function leadLabel(lead: PartyRef[], names: PartyNames): string {
  return dutchList(
    lead.map((ref) => {
      const members = dutchList(ref.partyIds.map((id) => names.short(id)));
      if (ref.partyIds.length === 0) return ref.written;
      if (ref.status === 'group') return `${ref.written.replace(/\s*\(.*\)\s*$/, '')} (${members})`;
      return members;
    }),
  );
}

function duplicatePoints(
  proposals: DuplicateProposal[],
  activities: BundleActivity[],
  agreementsById: Map<number, AgreementRow>,
  names: PartyNames,
): AttentionPoint[] {
  const byIdentity = new Map(activities.map((a) => [a.identity, a]));
  return proposals
    .filter((p) => p.decision === 'open')
    .map((p) => {
      const members = p.activityIdentities.map((id) => byIdentity.get(id) as BundleActivity);
      const parties = dutchList(members.map((m) => names.short(m.partyId)));
      const texts = dutchList(members.map((m) => `${quote(m.activity)} (${names.short(m.partyId)})`));
      const reference = agreementsById.get(p.agreementId)?.reference ?? '';
      return {
        kind: 'duplicate-open',
        message: `${reference}: ${parties} melden mogelijk hetzelfde werk: ${texts}. Samenvoegen tot één gezamenlijke activiteit?`,
        agreementId: p.agreementId,
      };
    });
}

function unlinkedPoints(unlinked: BundleActivity[], names: PartyNames): AttentionPoint[] {
  return unlinked.map((a) => ({
    kind: 'unlinked-activity',
    message: `${names.short(a.partyId)}: ${quote(a.activity)} (blad ${a.sheet}, rij ${a.rowNumber}) is niet aan een afspraak gekoppeld.`,
    partyId: a.partyId,
    activityIdentity: a.identity,
  }));
}

/** The chapter's order: by kind, then in document order of the afspraken (unlinked ones last). */
const KIND_ORDER: readonly AttentionKind[] = [
  'party-missing',
  'agreement-without-activity',
  'lead-without-activity',
  'insufficient',
  'need-unanswered',
  'duplicate-open',
  'unlinked-activity',
];

function sortAttention(points: AttentionPoint[], agreements: AgreementRow[]): AttentionPoint[] {
  const position = new Map(agreements.map((a, i) => [a.id, i]));
  const place = (p: AttentionPoint): number =>
    p.agreementId === undefined ? agreements.length : (position.get(p.agreementId) ?? agreements.length);
  // Array.prototype.sort is stable: within one afspraak the points keep the bundle's (party, row) order.
  return [...points].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || place(a) - place(b));
}
