// Wederkerigheid (6.1): for every "we need X from party P", whether P
// answers it — and the party × party matrix of requests and answers.
import { partyIdsOf, type PartyResolver } from '../domain/parties';
import type { PartyRef } from '../domain/types';
import type { AgreementRow } from '../service/contract';
import type { ActivityTexts } from './texts';
import type { AttentionPoint, BundleActivity, NeedAnswer, NeedCheck, ReciprocityCell } from './types';
import { capitalize, clean, dutchList, quote, rank, type PartyNames } from './wording';

/**
 * A need counts as answered by an activity of the asked party elsewhere when
 * that activity covers at least this share (weighted by rarity) of the need's
 * words. Coverage rather than the two-way score: a need is short ("snelle
 * omgevingsvergunning"), the answering activity usually says more. On the
 * 2027 fixture answers cover 0.67–0.74, the best non-answers 0.49.
 */
export const NEED_COVERAGE_THRESHOLD = 0.6;

interface PartyEntry {
  id: string;
  name: string;
  shortName: string;
}

export interface NeedContext {
  resolver: PartyResolver;
  parties: PartyEntry[];
  agreements: AgreementRow[];
  submittedPartyIds: Set<string>;
  byAgreement: Map<number, BundleActivity[]>;
  texts: ActivityTexts;
  names: PartyNames;
}

export interface NeedResult {
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
export function checkNeeds(activities: BundleActivity[], context: NeedContext): NeedResult {
  const { names } = context;
  const result: NeedResult = { needs: [], attention: [], withoutParty: 0 };
  const byParty = new Map<string, BundleActivity[]>();
  for (const a of activities) byParty.set(a.partyId, [...(byParty.get(a.partyId) ?? []), a]);
  const referenceOf = referenceLookup(context.agreements);

  for (const a of activities) {
    const needs = a.needs?.trim() ?? '';
    if (needs === '') continue;
    if (partyIdsOf(a.needsFrom).length === 0) {
      // No "Van wie?" (or only names outside the five): the need itself often says it.
      const named = partiesNamedIn(needs, context.resolver, context.parties);
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
      const answeredBy = answersFor(a, needs, partyId, byParty.get(partyId) ?? [], context);
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
        result.attention.push(needUnansweredPoint(a, check, where, names, context.submittedPartyIds.has(partyId)));
      }
    }
  }
  return result;
}

function answersFor(
  asking: BundleActivity,
  needs: string,
  partyId: string,
  ownActivities: BundleActivity[],
  context: NeedContext,
): NeedAnswer[] {
  const answers: NeedAnswer[] = asking.alignment.promises
    .filter((p) => p.partyId === partyId)
    .map((p) => ({ kind: 'promise', partyId, text: p.text }));
  const sameAgreement = asking.agreementId === null ? [] : (context.byAgreement.get(asking.agreementId) ?? []);
  const answering = new Set<BundleActivity>(sameAgreement.filter((b) => b.partyId === partyId));
  for (const b of ownActivities) {
    if (context.texts.coverage(needs, b) >= NEED_COVERAGE_THRESHOLD) answering.add(b);
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
export function partiesNamedIn(text: string, resolver: PartyResolver, parties: PartyEntry[]): PartyRef[] {
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
