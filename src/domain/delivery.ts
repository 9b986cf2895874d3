// Late is late: where a party's activiteitenoverzicht or results stand against
// the deadline of section 6.2, computed once here and shown the same everywhere
// (Overzicht, Inzendingen, the documents, the CLI). Pure; dates are ISO days.
import { DEFAULT_CYCLE_DATES, deadlineOn, formatDateNl, parseIsoDate, resultsDeadline, type CycleDates } from './calendar';
import { missingCase } from './assert';
import type { SubmissionKind } from './submissions';


/** From how many days before the deadline a missing overview is "due in N days" rather than "not yet due". */
export const DUE_SOON_DAYS = 14;

export type DeliveryStatus =
  | { state: 'not-due'; deadline: string; daysLeft: number }
  | { state: 'due-soon'; deadline: string; daysLeft: number }
  | { state: 'overdue'; deadline: string; daysLate: number }
  | { state: 'on-time'; deadline: string; receivedOn: string }
  | { state: 'late'; deadline: string; receivedOn: string; daysLate: number }
  /** The deadline fell before the agreement was signed: nobody could be late for it. */
  | { state: 'before-agreement'; deadline: string; receivedOn: string | null };

export type DeliveryState = DeliveryStatus['state'];

/** The e-mails to the partners: the uitvraag, a reminder before and after the deadline, a thank-you, the joint overview. */
export type MailKind = 'request' | 'reminder' | 'late' | 'thanks' | 'overview';

/** What each e-mail is, in Dutch: the title in the list of texts (Partijen, the CLI) and the label of its button. */
export const MAIL_TITLES: Readonly<Record<MailKind, string>> = {
  request: 'Uitvraag, met de werkmap van de partij',
  reminder: 'Herinnering een week voor de termijn',
  late: 'Herinnering na de termijn',
  thanks: 'Bedankt, met wat er is ontvangen',
  overview: 'Het gezamenlijk overzicht naar alle partijen',
};
export const MAIL_BUTTON_LABELS: Readonly<Record<MailKind, string>> = {
  request: 'E-mail met de uitvraag',
  reminder: 'E-mail: herinnering',
  late: 'E-mail: te laat',
  thanks: 'E-mail: bedankt',
  overview: 'E-mail: gezamenlijk overzicht',
};

/** The e-mail that fits a party's status: one click away on the Overzicht and Inzendingen. */
export function mailKindFor(state: DeliveryState): MailKind {
  switch (state) {
    case 'not-due':
      return 'request';
    case 'due-soon':
      return 'reminder';
    case 'overdue':
      return 'late';
    case 'on-time':
    case 'late':
    case 'before-agreement':
      return 'thanks';
    default:
      return missingCase(state);
  }
}

/**
 * The last day on which a round is on time, by the set's days: by default
 * "vóór 1 juli" of the year before the planning year for activiteiten (30
 * June), "vóór 1 maart" after the execution year for resultaten (the last day
 * of February).
 */
export function deliveryDeadline(round: SubmissionKind, year: number, dates: CycleDates = DEFAULT_CYCLE_DATES): string {
  switch (round) {
    case 'activities':
      return deadlineOn('overviews', year - 1, dates);
    case 'results':
      return resultsDeadline(year, dates);
    default:
      return missingCase(round);
  }
}

/**
 * The status on `today` of a round for one party: `firstReceivedOn` is the
 * day (in Druten) the first version came in, null while nothing has. A
 * later version does not make an on-time delivery late. A deadline before
 * `signedOn` (the day the agreement was signed) was never a deadline of
 * this agreement: the first planning year's overview was not asked under it.
 */
export function deliveryStatus(
  round: SubmissionKind,
  year: number,
  today: string,
  firstReceivedOn: string | null,
  signedOn?: string,
  dates: CycleDates = DEFAULT_CYCLE_DATES,
): DeliveryStatus {
  const deadline = deliveryDeadline(round, year, dates);
  if (signedOn !== undefined && deadline < signedOn) return { state: 'before-agreement', deadline, receivedOn: firstReceivedOn };
  const days = (from: string, to: string) => Math.round((parseIsoDate(to) - parseIsoDate(from)) / 86_400_000);
  if (firstReceivedOn !== null) {
    const late = days(deadline, firstReceivedOn);
    return late > 0 ? { state: 'late', deadline, receivedOn: firstReceivedOn, daysLate: late } : { state: 'on-time', deadline, receivedOn: firstReceivedOn };
  }
  const left = days(today, deadline);
  if (left < 0) return { state: 'overdue', deadline, daysLate: -left };
  return left <= DUE_SOON_DAYS ? { state: 'due-soon', deadline, daysLeft: left } : { state: 'not-due', deadline, daysLeft: left };
}

/** The day after the deadline: from then on a missing overview is overdue. */
export function overdueSince(deadline: string): string {
  const next = new Date(parseIsoDate(deadline) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** The status in a few Dutch words: "nog niet aan de beurt", "over 5 dagen", "te laat sinds 1 juli 2026", "te laat ontvangen op 3 juli 2026". */
export function deliveryText(status: DeliveryStatus): string {
  switch (status.state) {
    case 'not-due':
      return `nog niet aan de beurt (uiterlijk ${formatDateNl(status.deadline)})`;
    case 'due-soon':
      return status.daysLeft === 0
        ? 'vandaag de laatste dag'
        : `over ${status.daysLeft} ${status.daysLeft === 1 ? 'dag' : 'dagen'} (uiterlijk ${formatDateNl(status.deadline)})`;
    case 'overdue':
      return `te laat sinds ${formatDateNl(overdueSince(status.deadline))}`;
    case 'on-time':
      return `op tijd ontvangen op ${formatDateNl(status.receivedOn)}`;
    case 'late':
      return `te laat ontvangen op ${formatDateNl(status.receivedOn)} (${status.daysLate} ${status.daysLate === 1 ? 'dag' : 'dagen'} na de termijn)`;
    case 'before-agreement':
      return status.receivedOn !== null
        ? `ontvangen op ${formatDateNl(status.receivedOn)} (geen termijn: die viel vóór de ondertekening)`
        : 'geen termijn: die viel vóór de ondertekening';
    default:
      return missingCase(status);
  }
}

/** "ontvangen op 3 juli 2026, 3 dagen na de termijn"; for another status its words as deliveryText says them. */
export function lateReceipt(status: DeliveryStatus): string {
  if (status.state !== 'late') return deliveryText(status);
  return `ontvangen op ${formatDateNl(status.receivedOn)}, ${status.daysLate} ${status.daysLate === 1 ? 'dag' : 'dagen'} na de termijn`;
}

/**
 * Who delivered late and who not at all after the deadline, one sentence each
 * ("Te laat aangeleverd: De Kernen (ontvangen op 3 juli 2026, 3 dagen na de
 * termijn)."); none when everyone who delivered was on time and nobody is overdue.
 */
export function lateSentences(statuses: { partyName: string; status: DeliveryStatus }[]): string[] {
  const late = statuses.filter((s) => s.status.state === 'late');
  const missing = statuses.filter((s) => s.status.state === 'overdue');
  const sentences: string[] = [];
  if (late.length > 0) sentences.push(`Te laat aangeleverd: ${late.map((s) => `${s.partyName} (${lateReceipt(s.status)})`).join('; ')}.`);
  if (missing.length > 0) sentences.push(`Nog niet ontvangen: ${missing.map((s) => `${s.partyName} (${deliveryText(s.status)})`).join('; ')}.`);
  return sentences;
}

/**
 * Every party's status in a round on a day, from the submissions as stored
 * (`planningYear` is the execution year for resultaten): the one place the
 * Werkbank decides what is late. What counts is the day a file was received,
 * as the secretary stated it, not the day it was imported.
 */
export function roundStatuses(
  submissions: { partyId: string; planningYear: number; receivedOn: string }[],
  parties: { id: string }[],
  round: SubmissionKind,
  year: number,
  today: string,
  signedOn?: string,
  dates: CycleDates = DEFAULT_CYCLE_DATES,
): Map<string, DeliveryStatus> {
  const statuses = new Map<string, DeliveryStatus>();
  for (const party of parties) {
    const first = submissions
      .filter((s) => s.partyId === party.id && s.planningYear === year)
      .map((s) => s.receivedOn)
      .sort()[0];
    statuses.set(party.id, deliveryStatus(round, year, today, first ?? null, signedOn, dates));
  }
  return statuses;
}
