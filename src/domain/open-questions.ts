// The open questions of the wederkerigheid, counted in one place: the tile,
// the tab, the aandachtspunten, the CLI and the Word and Excel documents all
// show this number, so they cannot disagree. Pure and browser-safe (types
// only), so the renderer uses it too.
import type { JointOverview, NeedAnswer, NeedCheck, UnaddressedNeed } from './joint-overview';

export interface OpenQuestions {
  /** Questions without an answer: requests to a party that it has not answered, and needs that name no party of the agreement. */
  open: number;
  /** Every question: one per need and asked party, and one per need that names no party. */
  total: number;
  /** The requests to a party not answered, in the overview's order. */
  unanswered: NeedCheck[];
  /** The requests answered. */
  answered: NeedCheck[];
  /**
   * The needs that name no party. A version saved before they were listed
   * only has their number: then this is empty and `open` still counts them.
   */
  unaddressed: UnaddressedNeed[];
}

export interface QuestionScope {
  /** Only what this party asks and what it is asked. */
  partyId?: string;
  /** With partyId: only what it asks ('asks') or only what it is asked ('asked'). */
  side?: 'asks' | 'asked';
}

type QuestionSource = Pick<JointOverview, 'needs' | 'counts'> & { unaddressedNeeds?: UnaddressedNeed[] };

/**
 * The one count of open questions. A need that names no party of the
 * agreement is open too: nobody has answered it, and the werkgroep first has
 * to find out whom it is for.
 */
export function openQuestions(overview: QuestionSource, scope: QuestionScope = {}): OpenQuestions {
  const { partyId, side } = scope;
  const asks = (from: string) => partyId === undefined || (side !== 'asked' && from === partyId);
  const asked = (to: string) => partyId !== undefined && side !== 'asks' && to === partyId;
  const needs = overview.needs.filter((n) => partyId === undefined || asks(n.fromPartyId) || asked(n.toPartyId));
  const listed = overview.unaddressedNeeds;
  // Nobody is asked in these: they belong to the asking side only.
  const unaddressed = (listed ?? []).filter((n) => asks(n.fromPartyId));
  const unaddressedCount = listed !== undefined || partyId !== undefined ? unaddressed.length : overview.counts.needsWithoutParty;
  const unanswered = needs.filter((n) => !n.answered);
  return {
    open: unanswered.length + unaddressedCount,
    total: needs.length + unaddressedCount,
    unanswered,
    answered: needs.filter((n) => n.answered),
    unaddressed,
  };
}

/** "52%" */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A partner's text inside a sentence: one line, without a closing full stop. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '');
}

/**
 * Why an answer counts, in Dutch, after "beantwoord door": "Gemeente:
 * ‘Informatiepakketten …’ (tekst lijkt 52%)", "toezegging van Gemeente: ‘…’
 * (vastgelegd door de werkgroep)". An answer of a version saved before the
 * reason was kept reads as it did.
 */
export function needAnswerText(answer: NeedAnswer, name: (partyId: string) => string): string {
  const party = name(answer.partyId);
  if (answer.basis === undefined) {
    return answer.kind === 'activity' ? `activiteit van ${party}: ${flat(answer.activity)}` : `toezegging van ${party}: ${flat(answer.text)}`;
  }
  const why =
    answer.basis === 'text'
      ? `tekst lijkt ${percent(answer.similarity ?? 0)}`
      : answer.basis === 'same-work'
        ? 'dezelfde gezamenlijke activiteit'
        : answer.kind === 'activity'
          ? answer.reason !== undefined
            ? `door de werkgroep als antwoord aangemerkt: ${flat(answer.reason)}`
            : 'door de werkgroep als antwoord aangemerkt'
          : 'vastgelegd door de werkgroep';
  if (answer.kind === 'activity') return `${party}: ‘${flat(answer.activity)}’ (${why})`;
  return `${party}, toezegging: ‘${flat(answer.text)}’ (${why})`;
}

/**
 * The werkgroep's decision that a request is open, and what it overruled:
 * "Volgens de werkgroep open: ‘…’ (tekst lijkt 70%) beantwoordt de vraag niet;
 * reden: …". Null without such a decision. A marked activity that left the
 * current submission says so.
 */
export function needOpenDecisionText(check: NeedCheck, name: (partyId: string) => string): string | null {
  const d = check.decision;
  if (d === undefined) return null;
  if (d.decision === 'answered') {
    return d.answerMissing ? `De werkgroep merkte een activiteit als antwoord aan die niet meer in de inzending van ${name(check.toPartyId)} staat.` : null;
  }
  const overruled = (check.overruled ?? []).map((a) => needAnswerText(a, name));
  const what = overruled.length > 0 ? `${overruled.join('; ')} ${overruled.length === 1 ? 'beantwoordt' : 'beantwoorden'} de vraag niet` : 'de vraag is open';
  return `Volgens de werkgroep: ${what}. Reden: ${flat(d.reason)}.`;
}

/** "beantwoord door Gemeente: ‘…’ (tekst lijkt 52%)", the answers joined; "nog geen antwoord" when there is none. */
export function needAnsweredLine(check: NeedCheck, name: (partyId: string) => string): string {
  if (!check.answered) return check.decision?.decision === 'open' ? `open volgens de werkgroep: ${flat(check.decision.reason)}` : 'nog geen antwoord';
  if (check.answeredBy.length === 0) return 'beantwoord';
  return `beantwoord door ${check.answeredBy.map((a) => needAnswerText(a, name)).join('; ')}`;
}

/**
 * How the asked party was found, when not from the "Van wie?" column, and how
 * a group was read: "volgens de kolomkop; ‘huurders’ van De Kernen is
 * Bewonersraad De Kernen". Null when "Van wie?" named the party itself.
 */
export function askedViaText(check: NeedCheck, name: (partyId: string) => string): string | null {
  const via =
    check.askedVia === 'text'
      ? 'genoemd in de vraag'
      : check.askedVia === 'header'
        ? 'volgens de kolomkop'
        : check.askedVia === 'involved'
          ? '“Van wie” niet ingevuld; volgens Betrokken'
          : null;
  const as = check.askedAs ? `‘${check.askedAs}’ van ${name(check.fromPartyId)} is ${name(check.toPartyId)}` : null;
  const parts = [via, as].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join('; ');
}
