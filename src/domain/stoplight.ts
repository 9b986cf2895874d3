// One stoplight, one meaning, everywhere (issue 10): the rule that colours a
// theme, a party, an afspraak or a year, and the Dutch words that go with it,
// shared by the report, the Verantwoording and Overzicht pages, Word, Excel,
// the charts and the command line. Pure; the shells may import it.
//
// The rule (trafficLight), over a set of planned items of which `answered`
// have a status and `bad` of those are vertraagd, niet gestart or vervallen:
// - grey: nothing planned ("niets te melden");
// - open: planned, but not one answer yet: a neutral look, never a colour;
// - red: bad ≥ answered / 3 (a third or more of what was answered went wrong);
// - orange: any bad;
// - green: otherwise (gerealiseerd, gedeeltelijk gerealiseerd, doorlopend).
// A planned item without an answer never counts in the colour: a wethouder
// reads red as failure, and a partner whose deadline has not come has not
// failed. Until the results deadline (the last day of February after the
// execution year) such an item is "nog niet binnen", after it "geen antwoord".
// How many answered is said next to the light (responseText), never in it.
import { formatDateNl, resultsDeadline, type CycleDates } from './calendar';
import { lateSentences } from './delivery';
import { EXPLANATION_REQUIRED, type AccountabilityReport, type StatusSummary, type TrafficLight, type YearResponse } from './accountability';
import { RESULT_STATUSES, RESULT_STATUS_WORDS, type ResultStatus } from './results';
import { missingCase } from './assert';

/** A planned item's status in a count; 'unanswered' (Dutch: "geen antwoord", or "nog niet binnen" before the deadline) has none. */
export type SummaryKey = ResultStatus | 'unanswered';
export const SUMMARY_KEYS: readonly SummaryKey[] = [...RESULT_STATUSES, 'unanswered'];
/** Statuses that count as a deviation (they need a toelichting). */
export const DEVIATION_STATUSES: readonly ResultStatus[] = EXPLANATION_REQUIRED;

export function emptyCounts(): Record<SummaryKey, number> {
  const counts = {} as Record<SummaryKey, number>;
  for (const k of SUMMARY_KEYS) counts[k] = 0;
  return counts;
}

/** Every planned item, answered or not. */
export function plannedCount(counts: Record<SummaryKey, number>): number {
  return SUMMARY_KEYS.reduce((a, k) => a + counts[k], 0);
}

/** Planned items with an answer (a status). */
export function answeredCount(counts: Record<SummaryKey, number>): number {
  return plannedCount(counts) - counts.unanswered;
}

/** Counts of planned items to a stoplight: the one rule (see the top of this file). */
export function trafficLight(counts: Record<SummaryKey, number>): TrafficLight {
  if (plannedCount(counts) === 0) return 'grey';
  const answered = answeredCount(counts);
  if (answered === 0) return 'open';
  const bad = DEVIATION_STATUSES.reduce((a, k) => a + counts[k], 0);
  if (bad * 3 >= answered) return 'red';
  if (bad > 0) return 'orange';
  return 'green';
}

/** A summary of counted planned items; `awaited` of the unanswered ones may still come in. */
export function statusSummary(counts: Record<SummaryKey, number>, awaited: number): StatusSummary {
  return { counts, light: trafficLight(counts), awaited: Math.min(awaited, counts.unanswered) };
}

/** Whether the results over an execution year may still come in on `today` (ISO): on the deadline itself they are on time. */
export function isAwaited(executionYear: number, today: string, dates?: CycleDates): boolean {
  return today <= resultsDeadline(executionYear, dates);
}

// ---------------------------------------------------------------- words

/** What an unanswered item is called: before its deadline, after it. */
export function unansweredWord(awaited: boolean): 'nog niet binnen' | 'geen antwoord' {
  return awaited ? 'nog niet binnen' : 'geen antwoord';
}

/** "termijn tot 28 februari 2027", by the set's days (`dates`; the defaults where absent). */
export function deadlineText(executionYear: number, dates?: CycleDates): string {
  return termText(resultsDeadline(executionYear, dates));
}

/** "termijn tot 28 februari 2027": a results deadline (ISO) as the pages and documents say it. */
export function termText(deadline: string): string {
  return `termijn tot ${formatDateNl(deadline)}`;
}

/** One unanswered item: "nog niet binnen (termijn tot 28 februari 2027)", or "geen antwoord" after the deadline. */
export function unansweredText(executionYear: number, awaited: boolean, dates?: CycleDates): string {
  return awaited ? `${unansweredWord(true)} (${deadlineText(executionYear, dates)})` : unansweredWord(false);
}

/** The mark before a light's word: a filled dot for a judgement, an open one while nothing is answered. */
export const LIGHT_SYMBOL: Record<TrafficLight, string> = { green: '●', orange: '●', red: '●', open: '○', grey: '●' };

/** The light in a word: "Groen", "Oranje", "Rood", "Nog niet binnen" / "Geen antwoord", "Niets te melden". */
export function lightLabel(summary: StatusSummary): string {
  switch (summary.light) {
    case 'green':
      return 'Groen';
    case 'orange':
      return 'Oranje';
    case 'red':
      return 'Rood';
    case 'open':
      return capitalize(unansweredWord(summary.awaited >= summary.counts.unanswered));
    case 'grey':
      return 'Niets te melden';
    default:
      return missingCase(summary.light);
  }
}

/** "● Oranje", "○ Nog niet binnen". */
export function lightText(summary: StatusSummary): string {
  return `${LIGHT_SYMBOL[summary.light]} ${lightLabel(summary)}`;
}

/** The response next to the light: "3 van 7"; "–" when nothing was planned. */
export function responseText(summary: StatusSummary): string {
  const planned = plannedCount(summary.counts);
  return planned === 0 ? '–' : `${answeredCount(summary.counts)} van ${planned}`;
}

/** "4 nog niet binnen", "2 nog niet binnen, 1 geen antwoord"; '' when everything is answered. */
export function unansweredCountText(summary: StatusSummary): string {
  const open = summary.counts.unanswered;
  const awaited = Math.min(summary.awaited, open);
  const parts: string[] = [];
  if (awaited > 0) parts.push(`${awaited} ${unansweredWord(true)}`);
  if (open - awaited > 0) parts.push(`${open - awaited} ${unansweredWord(false)}`);
  return parts.join(', ');
}

/** "12 activiteiten: 5 gerealiseerd, 2 vertraagd; 5 nog niet binnen": what was answered, then what was not. */
export function summaryText(summary: StatusSummary): string {
  const n = plannedCount(summary.counts);
  if (n === 0) return 'geen geplande activiteiten';
  const answered = RESULT_STATUSES.filter((k) => summary.counts[k] > 0).map((k) => `${summary.counts[k]} ${RESULT_STATUS_WORDS[k]}`);
  const open = unansweredCountText(summary);
  const parts = [answered.join(', '), open].filter((p) => p !== '');
  return `${n} ${n === 1 ? 'activiteit' : 'activiteiten'}: ${parts.join('; ')}`;
}

/** Heading of a column of unanswered counts over the report's years: "Nog niet binnen", "Geen antwoord", or "Zonder antwoord" when both occur. */
export function unansweredHeading(responses: readonly YearResponse[]): string {
  if (responses.length > 0 && responses.every((r) => r.awaited)) return 'Nog niet binnen';
  if (responses.every((r) => !r.awaited)) return 'Geen antwoord';
  return 'Zonder antwoord';
}

/** The deadlines of the report's years: "28 februari 2027", or "28 februari 2026 voor 2025, 28 februari 2027 voor 2026". */
function deadlinesText(responses: readonly YearResponse[]): string {
  if (responses.length === 1) return formatDateNl((responses[0] as YearResponse).deadline);
  return responses.map((r) => `${formatDateNl(r.deadline)} voor ${r.year}`).join(', ');
}

/**
 * The one legend, under every stoplight table on the page and in Word and
 * Excel: what the colours judge, that a missing answer never colours, and
 * what the neutral and grey states mean.
 */
export function stoplightLegend(responses: readonly YearResponse[]): string {
  return (
    'Het stoplicht oordeelt alleen over de ontvangen antwoorden. ● Groen: alles gerealiseerd, gedeeltelijk gerealiseerd of doorlopend. ' +
    '● Oranje: een of meer activiteiten vertraagd, niet gestart of vervallen. ● Rood: een derde of meer van de beantwoorde activiteiten vertraagd, niet gestart of vervallen. ' +
    `Een activiteit zonder antwoord telt niet mee en maakt niets rood: tot en met de termijn (${deadlinesText(responses)}) is zij ‘nog niet binnen’, daarna ‘geen antwoord’. ` +
    '○ Nog niet binnen of ○ Geen antwoord: van de geplande activiteiten is nog niets beantwoord. ● Niets te melden (grijs): niets gepland. ' +
    'Beantwoord: hoeveel geplande activiteiten een antwoord hebben.'
  );
}

/**
 * The response per execution year, in sentences that name who has not
 * answered: "Respons over 2026: 2 van 5 partijen antwoordden; 21 van 40
 * geplande activiteiten zijn beantwoord. Nog niet binnen (termijn tot 28
 * februari 2027): Gemeente Druten, HBD en Bewonersraad De Kernen."
 */
export function responseSentences(report: Pick<AccountabilityReport, 'responses' | 'parties'>): string[] {
  const name = (id: string) => report.parties.find((p) => p.id === id)?.name ?? id;
  return report.responses.map((r) => {
    const parties = r.answeredParties.length + r.silentParties.length;
    const first =
      `Respons over ${r.year}: ${r.answeredParties.length} van ${parties} ${parties === 1 ? 'partij' : 'partijen'} ${r.answeredParties.length === 1 ? 'antwoordde' : 'antwoordden'}` +
      (r.planned > 0 ? `; ${r.answered} van ${r.planned} geplande ${r.planned === 1 ? 'activiteit is' : 'activiteiten zijn'} beantwoord.` : '.');
    const late = lateSentences(
      (r.late ?? []).map((l) => ({ partyName: name(l.partyId), status: { state: 'late', deadline: r.deadline, receivedOn: l.receivedOn, daysLate: l.daysLate } })),
    );
    const lateText = late.length > 0 ? ` ${late.join(' ')}` : '';
    if (r.silentParties.length === 0) return `${first} Alle partijen hebben geantwoord.${lateText}`;
    const who = joinNames(r.silentParties.map(name));
    return r.awaited
      ? `${first} Nog niet binnen (${termText(r.deadline)}): ${who}.${lateText}`
      : `${first} Geen antwoord (termijn was ${formatDateNl(r.deadline)}): ${who}.${lateText}`;
  });
}

/** "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
