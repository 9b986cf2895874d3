// Wederkerigheid (6.1): for every "we need X from party P", whether P
// answers it — and the party × party matrix of requests and answers.
//
// Who is asked: the "Van wie?" column; else a party the need itself names;
// else, when the partner wrote nobody at all, the parties the needs column's
// heading names ("Nodig van gemeente/huurders"), narrowed by the Betrokken
// column, or the Betrokken column alone. A group asked by a party linked to
// one of its members means that member: Woonwaarts asking the
// "Huurdersorganisaties" asks HBD, De Kernen asks Bewonersraad De Kernen; the
// gemeente, linked to neither, asks both.
//
// What answers: what the werkgroep recorded (a promise of the asked party on
// the activity, or one of its activities marked as the answer), an activity
// or promise of the asked party whose text says what is asked, or the same
// joint activity reported by the asked party. Having some activity on the
// same afspraak is not an answer: "Deelname convenant vroegsignalering" is not
// answered by "Energiecoaches en energieloket voortzetten".
import { normalizePartyName, partyIdsOf, type PartyResolver } from '../domain/parties';
import type { PartyKind, PartyRef } from '../domain/types';
import { namesInNeedsHeader } from '../domain/needs-header';
import type { AgreementRow } from '../domain/agreements';
import { needTexts, type NeedGroup, type NeedQuery, type Reading } from './texts';
import type {
  AttentionPoint,
  BundleActivity,
  DuplicateProposal,
  NeedAnswer,
  NeedAskedVia,
  NeedCheck,
  ReciprocityCell,
  UnaddressedNeed,
} from '../domain/joint-overview';
import type { NeedDecision, PartyPromise } from '../domain/bundle-decisions';
import { capitalize, clean, dutchList, quote, rank, type PartyNames } from '../domain/joint-overview-wording';

/**
 * An activity or promise of the asked party, within the topic of the asking
 * activity, answers a need when its text holds at least this share (weighted
 * by rarity) of the need's words, with at least two words in common
 * (texts.ts). Coverage rather than the two-way score: a need is short
 * ("snelle omgevingsvergunning"), the answering activity usually says more.
 * On the 2027 fixture and the labelled partner files, answers cover
 * 0.70–1.00; the best text that does not answer, 0.64 ("Aansluiting op de
 * openbare ruimte" for a project in Horssen against the gemeente's
 * "Herinrichting openbare ruimte Wilgenland (Deest)"); one in another topic
 * 0.88 ("planning openbare ruimte 2028 – 2030", 5.2, against the same 1.1
 * activity), which is why only the asking activity's topic is searched.
 */
export const NEED_COVERAGE_THRESHOLD = 0.66;

/** Words a partner uses for the tenant organisations in a heading: "Nodig van gemeente/huurders". */
const TENANT_WORDS = new Set(['huurders', 'huurder']);

interface PartyEntry {
  id: string;
  name: string;
  shortName: string;
  kind: PartyKind;
  /** Corporation ↔ its own tenant organisation. */
  linkedPartyIds: readonly string[];
}

export interface NeedContext {
  resolver: PartyResolver;
  parties: PartyEntry[];
  agreements: AgreementRow[];
  submittedPartyIds: Set<string>;
  byAgreement: Map<number, BundleActivity[]>;
  /** Proposals of the same joint work; a rejected one says it is not the same. */
  duplicates: DuplicateProposal[];
  /** Per party: the heading of the needs column of its current submission, as written. */
  needsHeaders: ReadonlyMap<string, string>;
  names: PartyNames;
  /** The werkgroep's decisions on requests, by needKey(asking identity, asked party). */
  decisions?: ReadonlyMap<string, NeedDecision>;
  /** How the year's texts read (the overview reads each once for its indexes); by default read here. */
  read?: Reading;
}

/** The key of one request: the asking activity and the party asked. */
export function needKey(activityIdentity: string, toPartyId: string): string {
  return `${activityIdentity}\u0000${toPartyId}`;
}

export interface NeedResult {
  needs: NeedCheck[];
  /** Needs that name no party of the agreement: no NeedCheck, an aandachtspunt each. */
  unaddressed: UnaddressedNeed[];
  attention: AttentionPoint[];
  withoutParty: number;
}

interface Asked {
  partyId: string;
  via: NeedAskedVia;
  askedAs?: string;
}

/** The texts of one asked party near the asking activity's topic, in order, with an index over their words. */
interface Near {
  list: Candidate[];
  /** Position in `list` of an activity, by identity. */
  activityAt: Map<string, number>;
  group: NeedGroup;
}

/** A text of the asked party that may answer: one of its activities, or a promise it made on another activity. */
type Candidate =
  | { kind: 'activity'; partyId: string; index: number; activity: BundleActivity }
  | { kind: 'promise'; partyId: string; index: number; promise: PartyPromise; on: BundleActivity };

/**
 * For every activity that needs something: who is asked, and whether each of
 * them answers it. Being named as involved (by the party or by the
 * werkgroep's "also involved") is not an answer: it says the party is at the
 * table, not that it commits to the need. It is kept on the NeedCheck
 * (`askedInvolved`) and named in the aandachtspunt, because it tells the
 * werkgroep whom to ask.
 */
export function checkNeeds(activities: BundleActivity[], context: NeedContext): NeedResult {
  const { names } = context;
  const result: NeedResult = { needs: [], unaddressed: [], attention: [], withoutParty: 0 };
  const referenceOf = referenceLookup(context.agreements);
  const byIdentity = new Map(activities.map((a) => [a.identity, a]));

  // One index over the year's activities and promises; each need meets only the asked party's part of it.
  const corpus: string[] = [];
  const candidates = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const list = candidates.get(c.partyId);
    if (list) list.push(c);
    else candidates.set(c.partyId, [c]);
  };
  for (const a of activities) add({ kind: 'activity', partyId: a.partyId, index: corpus.push(a.activity) - 1, activity: a });
  for (const a of activities) {
    for (const p of a.alignment.promises) {
      if (p.activityIdentity === undefined) add({ kind: 'promise', partyId: p.partyId, index: corpus.push(p.text) - 1, promise: p, on: a });
    }
  }
  // "Gemeente: snelle vergunning": who is asked says nothing about what is asked.
  const texts = needTexts(
    corpus,
    context.parties.map((p) => p.shortName),
    context.read,
  );
  const topicOf = topicLookup(context.agreements);
  // Outside the asking activity's topic a text says what is asked only by chance ("openbare ruimte" in 1.1 and in 5.2).
  const near = new Map<string, Near>();
  const nearOf = (partyId: string, topic: string | null): Near => {
    const key = `${partyId}\u0000${topic ?? ''}`;
    let found = near.get(key);
    if (!found) {
      const list = (candidates.get(partyId) ?? []).filter((c) => {
        const other = topicOf(c.kind === 'activity' ? c.activity.agreementId : c.on.agreementId);
        return topic === null || other === null || other === topic;
      });
      const activityAt = new Map(list.flatMap((c, i) => (c.kind === 'activity' ? [[c.activity.identity, i] as const] : [])));
      found = { list, activityAt, group: texts.group(list.map((c) => c.index)) };
      near.set(key, found);
    }
    return found;
  };
  // Per activity, the proposals of the same joint work it is in that were not rejected, in their order.
  const sameWork = new Map<string, DuplicateProposal[]>();
  for (const d of context.duplicates) {
    if (d.decision === 'rejected') continue;
    for (const identity of d.activityIdentities) sameWork.set(identity, [...(sameWork.get(identity) ?? []), d]);
  }
  const headerRefs = new Map([...context.needsHeaders].map(([partyId, header]) => [partyId, refsInHeader(header, context)]));
  // Per afspraak and party, its activities in their order: asked for every need left open, of thousands at a region's size.
  const onAgreementByParty = new Map<number, Map<string, BundleActivity[]>>();
  const activitiesOfPartyOn = (agreementId: number | null, partyId: string): BundleActivity[] => {
    if (agreementId === null) return [];
    let byParty = onAgreementByParty.get(agreementId);
    if (!byParty) {
      byParty = new Map();
      for (const b of context.byAgreement.get(agreementId) ?? []) {
        const list = byParty.get(b.partyId);
        if (list) list.push(b);
        else byParty.set(b.partyId, [b]);
      }
      onAgreementByParty.set(agreementId, byParty);
    }
    return byParty.get(partyId) ?? [];
  };

  for (const a of activities) {
    const needs = a.needs?.trim() ?? '';
    if (needs === '') continue;
    const asked = askedOf(a, needs, headerRefs.get(a.partyId) ?? [], context);
    const where = referenceOf(a.agreementId);
    if (asked.length === 0) {
      const outside = a.needsFrom.filter((r) => r.partyIds.length === 0).map((r) => r.written);
      result.withoutParty++;
      result.unaddressed.push({
        activityIdentity: a.identity,
        activityId: a.id,
        fromPartyId: a.partyId,
        text: needs,
        agreementId: a.agreementId,
        outside,
      });
      result.attention.push(needWithoutPartyPoint(a, needs, outside, where, names));
      continue;
    }
    const query = texts.need(needs);
    for (const { partyId, via, askedAs } of asked) {
      const found = answersFor(a, partyId, nearOf(partyId, topicOf(a.agreementId)), byIdentity, query, sameWork);
      const { answeredBy, decided } = decide(found, context.decisions?.get(needKey(a.identity, partyId)), partyId, byIdentity);
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
        askedVia: via,
        ...(askedAs !== undefined ? { askedAs } : {}),
        ...decided,
      };
      result.needs.push(check);
      if (!check.answered) {
        result.attention.push(
          needUnansweredPoint(a, check, where, names, context.submittedPartyIds.has(partyId), activitiesOfPartyOn(a.agreementId, partyId), askedText(needs, partyId, context)),
        );
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// Who is asked

function askedOf(a: BundleActivity, needs: string, header: PartyRef[], context: NeedContext): Asked[] {
  const wroteNobody = a.needsFrom.length === 0;
  if (partyIdsOf(a.needsFrom).length > 0) return narrowed(a.needsFrom, 'needs-from', a.partyId, context);

  // No "Van wie?" (or only names outside the five): the need itself often says it.
  // "Gemeente: …" under "Nodig van gemeente/huurders" names the gemeente once, not as "Gemeente, gemeente".
  const inText = partiesNamedIn(needs, context.resolver, context.parties);
  const covered = new Set(inText.flatMap((r) => r.partyIds));
  const fromLabel = [...labelledIn(needs, header), ...misspeltLabel(needs, context.resolver)];
  const named = [...inText, ...fromLabel.filter((r) => !r.partyIds.every((id) => covered.has(id)))];
  if (named.length > 0) {
    a.needsFrom = [...a.needsFrom, ...named];
    const asked = narrowed(named, 'text', a.partyId, context);
    if (asked.length > 0) return asked;
  }
  // An outside name in "Van wie?" is an answer to "from whom": no other column overrules it.
  if (!wroteNobody) return [];

  const involved = narrowed(a.involved, 'involved', a.partyId, context);
  if (header.length > 0) {
    const fromHeader = narrowed(header, 'header', a.partyId, context);
    const both = involved.filter((i) => fromHeader.some((h) => h.partyId === i.partyId));
    return both.length > 0 ? both : fromHeader;
  }
  return involved;
}

/**
 * The parties of the refs, the asking party left out. A group named as such
 * ("Huurdersorganisaties", "Corporaties") asked by a party linked to one of
 * its members stands for that member: a corporation's tenants are its own
 * tenant organisation. A list that names the members ("HBD en De
 * Bewonersraad") means them all.
 */
function narrowed(refs: PartyRef[], via: NeedAskedVia, askingId: string, context: NeedContext): Asked[] {
  const linked = context.parties.find((p) => p.id === askingId)?.linkedPartyIds ?? [];
  const asked: Asked[] = [];
  for (const ref of refs) {
    let ids = ref.partyIds;
    // A misspelt name ("Gemeete Druten") is said as written beside the party it is read as.
    let askedAs: string | undefined = ref.status === 'fuzzy' ? ref.written : undefined;
    if (ref.status === 'group' && ids.length > 1 && !namesMember(ref.written, ids, context)) {
      const own = ids.filter((id) => linked.includes(id));
      if (own.length > 0 && own.length < ids.length) {
        ids = own;
        askedAs = ref.written;
      }
    }
    for (const partyId of ids) {
      if (partyId === askingId || asked.some((x) => x.partyId === partyId)) continue;
      asked.push({ partyId, via, ...(askedAs !== undefined ? { askedAs } : {}) });
    }
  }
  return asked;
}

/** Whether a group's name as written names one of its members itself: "HBD en De Bewonersraad", "Woonwaarts en De Kernen". */
function namesMember(written: string, memberIds: readonly string[], context: NeedContext): boolean {
  const words = ` ${normalizePartyName(written)} `;
  return context.parties
    .filter((p) => memberIds.includes(p.id))
    .some((p) => [p.name, p.shortName].some((n) => normalizePartyName(n) !== '' && words.includes(` ${normalizePartyName(n)} `)));
}

/** The parties a needs column's heading names; "huurders" there stands for the tenant organisations. */
function refsInHeader(header: string, context: NeedContext): PartyRef[] {
  return namesInNeedsHeader(header).flatMap((written): PartyRef[] => {
    if (TENANT_WORDS.has(normalizePartyName(written))) {
      const tenants = context.parties.filter((p) => p.kind === 'tenant-body').map((p) => p.id);
      return tenants.length > 0 ? [{ written, partyIds: tenants, status: 'group' }] : [];
    }
    const ref = context.resolver.resolveOne(written);
    const known = ref.status === 'exact' || ref.status === 'alias' || ref.status === 'group';
    return known && ref.partyIds.length > 0 ? [ref] : [];
  });
}

/**
 * "Huurders: 70% instemming per complex" under the heading "Nodig van
 * gemeente/huurders": the label before the colon is one of the heading's
 * parties, in the partner's own word for it.
 */
function labelledIn(needs: string, header: PartyRef[]): PartyRef[] {
  const label = /^\s*([^:\n]{1,40}):/.exec(needs)?.[1];
  if (label === undefined || header.length === 0) return [];
  const parts = label.split(/\s*(?:\/|,|\sen\s)\s*/i).map(normalizePartyName);
  return header.filter((ref) => parts.includes(normalizePartyName(ref.written))).map((ref) => ({ ...ref, partyIds: [...ref.partyIds] }));
}

/**
 * "Gemeete Druten: omgevingsvergunning", or the need just "Woonwaards": a
 * party's name with a typing error, in the place where a name stands (before
 * the colon, or the whole cell), capitalised as a name is. Read as that party
 * (marked fuzzy); in running text a near name is more often an ordinary word.
 */
function misspeltLabel(needs: string, resolver: PartyResolver): PartyRef[] {
  const trimmed = needs.trim();
  const label = /^([^:\n]{1,40}):/.exec(trimmed)?.[1] ?? (trimmed.split(/\s+/).length <= MAX_NAME_WORDS ? trimmed : undefined);
  if (label === undefined || !/^\p{Lu}/u.test(label.trim())) return [];
  const ref = resolver.resolveOne(label);
  return ref.status === 'fuzzy' && ref.partyIds.length > 0 ? [ref] : [];
}

// ---------------------------------------------------------------------------
// What answers

function answersFor(
  asking: BundleActivity,
  partyId: string,
  near: Near,
  byIdentity: Map<string, BundleActivity>,
  query: NeedQuery,
  sameWork: Map<string, DuplicateProposal[]>,
): NeedAnswer[] {
  // What the werkgroep recorded on this activity: the asked party's promise, or one of its activities marked as the answer.
  const answers: NeedAnswer[] = asking.alignment.promises
    .filter((p) => p.partyId === partyId)
    .map((p): NeedAnswer => {
      if (p.activityIdentity === undefined) return { kind: 'promise', partyId, text: p.text, basis: 'working-group' };
      const marked = byIdentity.get(p.activityIdentity);
      return { kind: 'activity', activityIdentity: p.activityIdentity, partyId, activity: marked?.activity ?? p.text, basis: 'working-group' };
    });
  const marked = new Set(answers.flatMap((x) => (x.kind === 'activity' ? [x.activityIdentity] : [])));

  // Only the asked party's part in the same joint work, and texts that hold enough of the need's words, can answer; in the candidates' order.
  const proposals = sameWork.get(asking.identity) ?? [];
  const possible = new Set(query.sharing(near.group, NEED_COVERAGE_THRESHOLD));
  for (const p of proposals) {
    for (const identity of p.activityIdentities) {
      const at = near.activityAt.get(identity);
      if (at !== undefined) possible.add(at);
    }
  }
  for (const at of [...possible].sort((x, y) => x - y)) {
    const c = near.list[at] as Candidate;
    if (c.kind === 'activity') {
      const b = c.activity;
      if (marked.has(b.identity) || b === asking) continue;
      const same = proposals.find((d) => d.activityIdentities.includes(b.identity));
      if (same) {
        answers.push({ kind: 'activity', activityIdentity: b.identity, partyId, activity: b.activity, basis: 'same-work', similarity: same.similarity });
        continue;
      }
      const m = query.match(c.index);
      if (m.evidence && m.coverage >= NEED_COVERAGE_THRESHOLD) {
        answers.push({ kind: 'activity', activityIdentity: b.identity, partyId, activity: b.activity, basis: 'text', similarity: round(m.coverage) });
      }
    } else {
      // A promise on this very activity is the werkgroep's answer above; one made elsewhere answers when it says what is asked.
      if (c.on === asking) continue;
      const m = query.match(c.index);
      if (m.evidence && m.coverage >= NEED_COVERAGE_THRESHOLD) {
        answers.push({ kind: 'promise', partyId, text: c.promise.text, basis: 'text', similarity: round(m.coverage), onActivity: c.on.identity });
      }
    }
  }
  return answers;
}

/**
 * The werkgroep's decision over what was found. 'answered': the activity it
 * marked answers, first, with its reason (once, also when the text match found
 * it too); when that activity is no longer in the asked party's current
 * submission it answers nothing, and the decision says so. 'open': what the
 * text match or the same joint activity found is no answer (kept as
 * overruled); what the werkgroep itself recorded in the afstemming still is.
 */
function decide(
  found: NeedAnswer[],
  decision: NeedDecision | undefined,
  partyId: string,
  byIdentity: Map<string, BundleActivity>,
): { answeredBy: NeedAnswer[]; decided: Pick<NeedCheck, 'decision' | 'overruled'> } {
  if (!decision) return { answeredBy: found, decided: {} };
  const note = { decision: decision.decision, reason: decision.reason, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy };
  if (decision.decision === 'open') {
    const overruled = found.filter((x) => x.basis !== 'working-group');
    return {
      answeredBy: found.filter((x) => x.basis === 'working-group'),
      decided: { decision: note, ...(overruled.length > 0 ? { overruled } : {}) },
    };
  }
  const marked = decision.answerIdentity === undefined ? undefined : byIdentity.get(decision.answerIdentity);
  if (!marked || marked.partyId !== partyId) return { answeredBy: found, decided: { decision: { ...note, answerMissing: true } } };
  const answer: NeedAnswer = { kind: 'activity', activityIdentity: marked.identity, partyId, activity: marked.activity, basis: 'working-group', reason: decision.reason };
  const others = found.filter((x) => !(x.kind === 'activity' && x.activityIdentity === marked.identity));
  return { answeredBy: [answer, ...others], decided: { decision: note } };
}

function round(share: number): number {
  return Math.round(share * 100) / 100;
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
export function partiesNamedIn(text: string, resolver: PartyResolver, parties: Pick<PartyEntry, 'id' | 'name' | 'shortName'>[]): PartyRef[] {
  const articleParties = new Set(parties.filter((p) => ARTICLE_NAME.test(p.name) || ARTICLE_NAME.test(p.shortName)).map((p) => p.id));
  const words = text.split(/[\s,;:()!?]+|\.(?=\s|$)/u).filter((w) => w !== '');
  const found: PartyRef[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const written = words.slice(i, i + n).join(' ');
      // Known as written only: a guess at a misspelling would find parties in ordinary words.
      const ref = resolver.known(written);
      const capitalised = /\p{Lu}/u.test(written);
      if (!ref || ref.status === 'external' || ref.partyIds.length === 0) continue;
      // "kernen" is villages, "De Kernen" the corporation; a group name ("corporaties") is never a common noun here.
      if (!capitalised && ref.status !== 'group' && ref.partyIds.some((id) => articleParties.has(id))) continue;
      found.push({ written, partyIds: [...ref.partyIds], status: ref.status });
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return found;
}

/** The topic ("1.1", "3") of an afspraak; null for an activity without one. */
function topicLookup(agreements: AgreementRow[]): (agreementId: number | null) => string | null {
  const byId = new Map(agreements.map((a) => [a.id, a.topicNumber]));
  return (agreementId) => (agreementId === null ? null : (byId.get(agreementId) ?? null));
}

function referenceLookup(agreements: AgreementRow[]): (agreementId: number | null) => string {
  const byId = new Map(agreements.map((a) => [a.id, a.reference]));
  return (agreementId) => (agreementId === null ? 'Niet gekoppeld' : (byId.get(agreementId) ?? 'Niet gekoppeld'));
}

/**
 * What is asked of the party, without the party's own name as its label:
 * "HBD: advies vóór 1 maart" asks HBD for "advies vóór 1 maart". The text as
 * written when the label names others too, or when nothing follows it.
 */
function askedText(needs: string, partyId: string, context: NeedContext): string {
  const labelled = /^\s*([^:\n]{1,40}):\s*(\S[\s\S]*)$/.exec(needs);
  if (!labelled) return needs;
  const refs = context.resolver.resolve(labelled[1] as string);
  const onlyAsked = refs.length > 0 && refs.every((r) => r.partyIds.length === 1 && r.partyIds[0] === partyId);
  return onlyAsked ? (labelled[2] as string) : needs;
}

function needUnansweredPoint(
  a: BundleActivity,
  check: NeedCheck,
  where: string,
  names: PartyNames,
  submitted: boolean,
  onSameAgreement: BundleActivity[],
  asking: string,
): AttentionPoint {
  const asked = names.inSentence(check.toPartyId);
  // Whom to ask next: a party that has not submitted yet may still answer; one at the table already is the first to ask.
  const note = !submitted
    ? ` ${capitalize(asked)} heeft nog geen activiteitenoverzicht ingediend.`
    : check.askedInvolved
      ? ` ${capitalize(asked)} is wel als betrokkene genoemd.`
      : '';
  // Something of the asked party on the same afspraak is not the answer: say so, the werkgroep may know better and mark it.
  const other =
    onSameAgreement.length === 0
      ? ''
      : ` ${capitalize(asked)} doet bij deze afspraak wel ${dutchList(onSameAgreement.slice(0, 2).map((b) => quote(b.activity)))}, maar daarin staat niet wat er gevraagd wordt;` +
        ` als het de vraag toch beantwoordt, merk het dan als antwoord aan (Wederkerigheid).`;
  // The werkgroep's own word, when it gave one: it overrules the text match, and a reader should see why.
  const decided =
    check.decision?.decision === 'open'
      ? ` De werkgroep besliste dat de vraag open is: ${clean(check.decision.reason)}.`
      : check.decision?.answerMissing
        ? ` De werkgroep merkte een activiteit van ${asked} als antwoord aan, maar die staat niet meer in de huidige inzending; beslis opnieuw.`
        : '';
  return {
    kind: 'need-unanswered',
    message:
      `${where}: ${names.atStart(a.partyId)} vraagt van ${asked}: ${clean(asking)} (bij ${quote(a.activity)})` +
      ` — ${asked} heeft daar geen activiteit of toezegging voor.${decided}${decided === '' ? `${note}${other}` : note}`,
    ...(a.agreementId === null ? {} : { agreementId: a.agreementId }),
    partyId: check.toPartyId,
    activityIdentity: a.identity,
  };
}

function needWithoutPartyPoint(a: BundleActivity, needs: string, outside: string[], where: string, names: PartyNames): AttentionPoint {
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
export function reciprocityCells(needs: NeedCheck[], order: Map<string, number>): ReciprocityCell[] {
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
