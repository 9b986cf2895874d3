// The verantwoording (one execution year) and the tussenevaluatie (several)
// for the bestuurlijk overleg: per theme, topic and afspraak what was planned
// and what became of it, traffic lights per theme and per party, the
// deviations, the points that need steering, and the indicators. Pure: the
// caller passes `now` and everything read from the database.
//
// What counts in a StatusSummary: the planned work, i.e. every result of a
// planned activity or led afspraak (its status, or 'geen antwoord' when the
// status is empty or unreadable) and every planned activity of the year's
// definitive bundle without a result ('geen antwoord'). Unplanned work is
// listed with its afspraak and in `unplanned`, but not counted: the lights
// say how the promises were kept. A planned activity that the werkgroep
// accepted as one joint action with another party's (jointWith) counts as
// answered when either party reported on it.
//
// The stoplight of a set of planned items is stoplight.ts's one rule: only the
// answers received colour it; what has not come in is counted apart, as 'nog
// niet binnen' until the results deadline of its year and 'geen antwoord'
// after it, and the response per year is reported next to the lights.
import type { JointOverview } from '../domain/joint-overview';
import { overlapNote, overlapText, type EnteredIndicatorBaseline, type EnteredIndicatorFigure } from '../domain/indicators';
import type { PartyKind, Indicator } from '../domain/types';
import type { AgreementRow } from '../domain/agreements';
import { computeIndicatorProgress, indicatorYears } from './progress';
import { formatDateNl, resultsDeadline, type CycleDates } from '../domain/calendar';
import { deliveryStatus } from '../domain/delivery';
import { VERSION_STATUS_WORD } from '../domain/bundle-decisions';
import { DEVIATION_STATUSES, SUMMARY_KEYS, answeredCount, emptyCounts, isAwaited, joinNames, plannedCount, statusSummary, trafficLight, type SummaryKey } from '../domain/stoplight';
import {
  type AccountabilityReport,
  type MissingResult,
  type ReportAgreement,
  type ReportKind,
  type StatusSummary,
  type YearResponse,
  type YearSummary,
} from '../domain/accountability';
import type { AdviceVersion, ActivityResult, IndicatorValue } from '../domain/results';

export { DEVIATION_STATUSES, SUMMARY_KEYS, emptyCounts, trafficLight, type SummaryKey };

export interface AccountabilityInput {
  kind: ReportKind;
  agreementSet: { code: string; title: string; periodStart: number; periodEnd: number; cycleDates?: CycleDates };
  /** One year for a verantwoording, several (2025–2026) for a tussenevaluatie. */
  executionYears: number[];
  now: Date;
  /** The secretary's local date (ISO) at `now`: the day the results deadlines are measured against. */
  today: string;
  /** Every afspraak of the set, in document order. */
  agreements: AgreementRow[];
  themes: { number: number; title: string; topics: { number: string; title: string }[] }[];
  /** In report order (gemeente, corporaties, huurdersorganisaties). */
  parties: { id: string; name: string; shortName: string; kind: PartyKind }[];
  /** The definitive bundle per execution year; null (or absent) when none was frozen. */
  bundles: Map<number, JointOverview | null>;
  /** The current results of every party; other years are ignored. */
  results: ActivityResult[];
  /** The results submissions (every version); the latest per party and year is reported. */
  submissions: { partyId: string; year: number; version: number; importedAt: string; receivedOn: string }[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  /** Start values the secretary entered where the agreement gives none. */
  indicatorBaselines?: EnteredIndicatorBaseline[];
  /** Figures for years before the first uitvraag, entered by the secretary. */
  enteredIndicatorValues?: EnteredIndicatorFigure[];
  /** The werkgroep's advice (tussenevaluatie); empty when none was written. */
  advice: string;
  /** Every saved text of the advice, oldest first. */
  adviceVersions?: AdviceVersion[];
}

/** A planned item for counting: a result (planned) or a missing activity. */
interface Item {
  year: number;
  partyId: string;
  key: SummaryKey;
  /** Unanswered, and its year's results deadline has not passed. */
  awaited: boolean;
}

function summarize(items: Item[]): StatusSummary {
  const counts = emptyCounts();
  for (const i of items) counts[i.key]++;
  return statusSummary(counts, items.filter((i) => i.awaited).length);
}

function perYear(items: Item[], years: number[]): YearSummary[] {
  return years.map((year) => ({ year, summary: summarize(items.filter((i) => i.year === year)) }));
}

export function buildAccountabilityReport(input: AccountabilityInput): AccountabilityReport {
  const years = [...new Set(input.executionYears)].sort((a, b) => a - b);
  if (years.length === 0) throw new Error('Geen uitvoeringsjaar opgegeven voor de verantwoording.');
  const yearSet = new Set(years);
  const awaitedYears = new Set(years.filter((y) => isAwaited(y, input.today, input.agreementSet.cycleDates)));
  const itemOfResult = (r: ActivityResult): Item => ({
    year: r.executionYear,
    partyId: r.partyId,
    key: r.status ?? 'unanswered',
    awaited: r.status === null && awaitedYears.has(r.executionYear),
  });
  const itemOfMissing = (m: MissingResult): Item => ({ year: m.year, partyId: m.partyId, key: 'unanswered', awaited: awaitedYears.has(m.year) });
  const agreementIndex = new Map(input.agreements.map((a, i) => [a.id, i]));
  const partyIndex = new Map(input.parties.map((p, i) => [p.id, i]));

  const order = (a: ActivityResult, b: ActivityResult) =>
    a.executionYear - b.executionYear ||
    (a.agreementId === null ? Infinity : (agreementIndex.get(a.agreementId) ?? Infinity)) -
      (b.agreementId === null ? Infinity : (agreementIndex.get(b.agreementId) ?? Infinity)) ||
    (partyIndex.get(a.partyId) ?? Infinity) - (partyIndex.get(b.partyId) ?? Infinity) ||
    Number(b.planned) - Number(a.planned);
  // Array.prototype.sort is stable: within a party and afspraak the results keep the workbook's row order.

  const results = input.results.filter((r) => yearSet.has(r.executionYear)).sort(order);
  const linkedTo = (r: { agreementId: number | null }) =>
    r.agreementId !== null && agreementIndex.has(r.agreementId) ? r.agreementId : null;

  // Planned activities of each year's definitive bundle without a result.
  const missing: (MissingResult & { agreementId: number | null })[] = [];
  const bundles: AccountabilityReport['bundles'] = [];
  const notes: string[] = [];
  for (const year of years) {
    const bundle = input.bundles.get(year) ?? null;
    bundles.push({ year, version: bundle?.version.number ?? null, planningKnown: bundle !== null });
    if (!bundle) {
      notes.push(
        `Voor ${year} is geen definitief gezamenlijk activiteitenoverzicht vastgesteld: welke activiteiten gepland waren is niet bekend. Alleen de ingestuurde resultaten zijn meegenomen; ontbrekende antwoorden op geplande activiteiten zijn niet te zien.`,
      );
      continue;
    }
    if (bundle.version.status !== 'final') {
      notes.push(`Het gezamenlijk activiteitenoverzicht voor ${year} is niet definitief (${VERSION_STATUS_WORD[bundle.version.status]}); de geplande activiteiten kunnen nog veranderen.`);
    }
    const answered = new Set(results.filter((r) => r.executionYear === year).map((r) => r.identity));
    const activities = [...bundle.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...bundle.unlinked];
    for (const a of activities) {
      if (answered.has(a.identity) || a.jointWith.some((id) => answered.has(id))) continue;
      missing.push({ partyId: a.partyId, activity: a.activity, identity: a.identity, year, agreementId: linkedTo(a) });
    }
  }
  missing.sort(
    (a, b) =>
      a.year - b.year ||
      (a.agreementId === null ? Infinity : (agreementIndex.get(a.agreementId) ?? Infinity)) -
        (b.agreementId === null ? Infinity : (agreementIndex.get(b.agreementId) ?? Infinity)) ||
      (partyIndex.get(a.partyId) ?? Infinity) - (partyIndex.get(b.partyId) ?? Infinity),
  );
  const stripAgreement = ({ partyId, activity, identity, year }: MissingResult): MissingResult => ({ partyId, activity, identity, year });

  const plannedItems = (rs: ActivityResult[], ms: MissingResult[]): Item[] => [
    ...rs.filter((r) => r.planned).map(itemOfResult),
    ...ms.map(itemOfMissing),
  ];

  // Themes → topics → afspraken.
  const themes: AccountabilityReport['themes'] = input.themes.map((theme) => {
    const themeItems: Item[] = [];
    const topics = theme.topics.map((topic) => ({
      number: topic.number,
      title: topic.title,
      agreements: input.agreements
        .filter((a) => a.themeNumber === theme.number && a.topicNumber === topic.number)
        .map((a): ReportAgreement => {
          const rs = results.filter((r) => r.agreementId === a.id);
          const ms = missing.filter((m) => m.agreementId === a.id).map(stripAgreement);
          const items = plannedItems(rs, ms);
          themeItems.push(...items);
          return { id: a.id, reference: a.reference, text: a.text, leadText: a.leadText, results: rs, missing: ms, summary: summarize(items) };
        }),
    }));
    return { number: theme.number, title: theme.title, summary: summarize(themeItems), years: perYear(themeItems, years), topics };
  });

  const unlinkedResults = results.filter((r) => linkedTo(r) === null);
  const unlinkedMissing = missing.filter((m) => m.agreementId === null).map(stripAgreement);
  const allItems = plannedItems(results, missing.map(stripAgreement));

  const byParty = input.parties.map((p) => {
    const items = allItems.filter((i) => i.partyId === p.id);
    return { partyId: p.id, summary: summarize(items), years: perYear(items, years) };
  });

  // Submissions: the latest version per party and year.
  const parties: AccountabilityReport['parties'] = input.parties.map((p) => ({
    id: p.id,
    name: p.name,
    shortName: p.shortName,
    kind: p.kind,
    submissions: years.map((year) => {
      const latest = input.submissions
        .filter((s) => s.partyId === p.id && s.year === year)
        .sort((a, b) => b.version - a.version)[0];
      return { year, version: latest?.version ?? null, importedAt: latest?.importedAt ?? null, receivedOn: latest?.receivedOn ?? null };
    }),
  }));
  const overallYears = perYear(allItems, years);
  const responses: YearResponse[] = years.map((year) => {
    const counts = overallYears.find((y) => y.year === year)?.summary.counts ?? emptyCounts();
    const answeredIn = (p: (typeof parties)[number]) => p.submissions.some((s) => s.year === year && s.version !== null);
    return {
      year,
      deadline: resultsDeadline(year, input.agreementSet.cycleDates),
      awaited: awaitedYears.has(year),
      answeredParties: parties.filter(answeredIn).map((p) => p.id),
      silentParties: parties.filter((p) => !answeredIn(p)).map((p) => p.id),
      answered: answeredCount(counts),
      planned: plannedCount(counts),
      late: parties.flatMap((p) => {
        // The day the first version was received, as the secretary stated it, not the day it was imported.
        const first = input.submissions.filter((s) => s.partyId === p.id && s.year === year).map((s) => s.receivedOn).sort()[0];
        const status = deliveryStatus('results', year, input.today, first ?? null, undefined, input.agreementSet.cycleDates);
        return status.state === 'late' ? [{ partyId: p.id, receivedOn: status.receivedOn, daysLate: status.daysLate }] : [];
      }),
    };
  });
  for (const response of responses) {
    const { year } = response;
    const silent = response.silentParties.map((id) => parties.find((p) => p.id === id)?.name ?? id);
    if (silent.length === 0) continue;
    const one = silent.length === 1;
    const planned = bundles.find((b) => b.year === year)?.planningKnown ?? false;
    const theirs = one ? 'de geplande activiteiten' : 'hun geplande activiteiten';
    if (response.awaited) {
      notes.push(
        `${joinNames(silent)} ${one ? 'heeft' : 'hebben'} over ${year} nog geen resultaten aangeleverd; de termijn loopt tot ${formatDateNl(response.deadline)}.` +
          (planned ? ` Tot dan staan ${theirs} op 'nog niet binnen' en tellen ze niet mee in de stoplichten.` : ''),
      );
    } else {
      notes.push(
        `${joinNames(silent)} ${one ? 'heeft' : 'hebben'} over ${year} geen resultaten aangeleverd` +
          (planned ? `; ${theirs} staan op 'geen antwoord' en tellen niet mee in de stoplichten.` : '.'),
      );
    }
  }

  const deviations = results.filter((r) => r.status !== null && DEVIATION_STATUSES.includes(r.status));
  const asOfYear = years[years.length - 1] as number;
  const partyNames = Object.fromEntries(input.parties.map((p) => [p.id, p.shortName]));
  const indicators = input.indicators.map((indicator) => {
    // The first uitvraag asks about the agreement's first year; earlier years come from the secretary.
    const options = {
      partyNames,
      startYear: input.agreementSet.periodStart,
      firstRequestYear: input.agreementSet.periodStart,
      baseline: input.indicatorBaselines?.find((b) => b.code === indicator.code) ?? null,
      entered: (input.enteredIndicatorValues ?? []).filter((f) => f.code === indicator.code),
    };
    const progress = computeIndicatorProgress(
      indicator,
      input.indicatorValues.filter((v) => v.code === indicator.code),
      indicatorYears(indicator, years, input.agreementSet.periodStart, options),
      asOfYear,
      options,
    );
    const overlap = overlapText(indicator, input.indicators);
    const overlapNoteText = overlapNote(indicator, input.indicators);
    return {
      ...progress,
      ...(overlap !== null ? { overlap } : {}),
      ...(overlapNoteText !== null ? { overlapNote: overlapNoteText } : {}),
    };
  });

  return {
    kind: input.kind,
    agreementSet: { ...input.agreementSet },
    executionYears: years,
    generatedAt: input.now.toISOString(),
    today: input.today,
    responses,
    parties,
    themes,
    byParty,
    overall: { summary: summarize(allItems), years: overallYears },
    bundles,
    unlinked: { results: unlinkedResults, missing: unlinkedMissing, summary: summarize(plannedItems(unlinkedResults, unlinkedMissing)) },
    notes,
    deviations,
    steering: results.filter((r) => r.steeringNeeded === true),
    unplanned: results.filter((r) => !r.planned),
    missingExplanations: deviations.filter((r) => r.explanation.trim() === ''),
    indicators,
    advice: input.advice.trim(),
    adviceVersions: (input.adviceVersions ?? []).map((v) => ({ ...v })),
  };
}

