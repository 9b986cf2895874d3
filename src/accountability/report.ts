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
// The traffic light of a set of planned items (trafficLight), n items of which
// `open` without an answer and `bad` vertraagd, niet gestart or vervallen:
// - grijs: nothing planned, or not one answer (nothing to judge);
// - rood: bad ≥ n/3 (a third or more went wrong), or open ≥ n/2 (half or more
//   unanswered);
// - oranje: any bad or any open;
// - groen: otherwise (gerealiseerd, gedeeltelijk gerealiseerd, doorlopend).
import type { JointOverview } from '../bundle/types';
import type { PartyKind, Indicator } from '../domain/types';
import type { AgreementRow } from '../service/contract';
import { computeIndicatorProgress, indicatorYears } from './progress';
import {
  EXPLANATION_REQUIRED,
  type AdviceVersion,
  RESULT_STATUSES,
  type AccountabilityReport,
  type ActivityResult,
  type IndicatorValue,
  type MissingResult,
  type ReportAgreement,
  type ResultStatus,
  type StatusSummary,
  type TrafficLight,
  type YearSummary,
} from './types';

export interface AccountabilityInput {
  kind: 'verantwoording' | 'tussenevaluatie';
  agreementSet: { code: string; title: string; periodStart: number; periodEnd: number };
  /** One year for a verantwoording, several (2025–2026) for a tussenevaluatie. */
  executionYears: number[];
  now: Date;
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
  submissions: { partyId: string; year: number; version: number; importedAt: string }[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  /** The werkgroep's advice (tussenevaluatie); empty when none was written. */
  advice: string;
  /** Every saved text of the advice, oldest first. */
  adviceVersions?: AdviceVersion[];
}

export type SummaryKey = ResultStatus | 'geen antwoord';
export const SUMMARY_KEYS: readonly SummaryKey[] = [...RESULT_STATUSES, 'geen antwoord'];
/** Statuses that count as a deviation (they need a toelichting). */
export const DEVIATION_STATUSES: readonly ResultStatus[] = EXPLANATION_REQUIRED;

/** Counts of planned items to a traffic light (rules at the top of this file). */
export function trafficLight(counts: Record<SummaryKey, number>): TrafficLight {
  const n = SUMMARY_KEYS.reduce((a, k) => a + counts[k], 0);
  const open = counts['geen antwoord'];
  const bad = DEVIATION_STATUSES.reduce((a, k) => a + counts[k], 0);
  if (n === 0 || open === n) return 'grijs';
  if (bad * 3 >= n || open * 2 >= n) return 'rood';
  if (bad > 0 || open > 0) return 'oranje';
  return 'groen';
}

export function emptyCounts(): Record<SummaryKey, number> {
  const counts = {} as Record<SummaryKey, number>;
  for (const k of SUMMARY_KEYS) counts[k] = 0;
  return counts;
}

/** A planned item for counting: a result (planned) or a missing activity. */
interface Item {
  year: number;
  partyId: string;
  key: SummaryKey;
}

function summarize(items: Item[]): StatusSummary {
  const counts = emptyCounts();
  for (const i of items) counts[i.key]++;
  return { counts, light: trafficLight(counts) };
}

function perYear(items: Item[], years: number[]): YearSummary[] {
  return years.map((year) => ({ year, summary: summarize(items.filter((i) => i.year === year)) }));
}

function itemOfResult(r: ActivityResult): Item {
  return { year: r.executionYear, partyId: r.partyId, key: r.status ?? 'geen antwoord' };
}

function itemOfMissing(m: MissingResult): Item {
  return { year: m.year, partyId: m.partyId, key: 'geen antwoord' };
}

export function buildAccountabilityReport(input: AccountabilityInput): AccountabilityReport {
  const years = [...new Set(input.executionYears)].sort((a, b) => a - b);
  if (years.length === 0) throw new Error('Geen uitvoeringsjaar opgegeven voor de verantwoording.');
  const yearSet = new Set(years);
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
    if (bundle.version.status !== 'definitief') {
      notes.push(`Het gezamenlijk activiteitenoverzicht voor ${year} is niet definitief (${bundle.version.status}); de geplande activiteiten kunnen nog veranderen.`);
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
      return { year, version: latest?.version ?? null, importedAt: latest?.importedAt ?? null };
    }),
  }));
  for (const year of years) {
    const silent = parties.filter((p) => p.submissions.find((s) => s.year === year)?.version === null).map((p) => p.name);
    if (silent.length > 0) {
      const planned = bundles.find((b) => b.year === year)?.planningKnown ?? false;
      const consequence = planned ? `; ${silent.length === 1 ? 'de geplande activiteiten staan' : 'hun geplande activiteiten staan'} op 'geen antwoord'` : '';
      notes.push(`${joinNames(silent)} ${silent.length === 1 ? 'heeft' : 'hebben'} over ${year} geen resultaten aangeleverd${consequence}.`);
    }
  }

  const deviations = results.filter((r) => r.status !== null && DEVIATION_STATUSES.includes(r.status));
  const asOfYear = years[years.length - 1] as number;
  const partyNames = Object.fromEntries(input.parties.map((p) => [p.id, p.shortName]));
  const indicators = input.indicators.map((indicator) =>
    computeIndicatorProgress(
      indicator,
      input.indicatorValues.filter((v) => v.code === indicator.code),
      indicatorYears(indicator, years, input.agreementSet.periodStart),
      asOfYear,
      { partyNames, startYear: input.agreementSet.periodStart },
    ),
  );

  return {
    kind: input.kind,
    agreementSet: { ...input.agreementSet },
    executionYears: years,
    generatedAt: input.now.toISOString(),
    parties,
    themes,
    byParty,
    overall: { summary: summarize(allItems), years: perYear(allItems, years) },
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

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}
