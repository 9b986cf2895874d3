// The rows of the "gepland en gerealiseerd" view: per afspraak each planned
// activity with its result, or without one ('geen antwoord'), and the
// unplanned work reported with it; and which rows a filter keeps. What a
// deviation is and which toelichting is missing is the core's (the report
// says so); this only lays the report out and narrows it.
import type { AccountabilityReport, MissingResult, ReportAgreement } from '../../../../src/domain/accountability';
import type { ActivityResult } from '../../../../src/domain/results';
import { EXPLANATION_REQUIRED } from '../../../../src/domain/accountability';

export type ShowFilter = 'alles' | 'afwijkingen' | 'geen-antwoord' | 'ongepland';

export const SHOW_FILTERS: { value: ShowFilter; label: string }[] = [
  { value: 'alles', label: 'Alles' },
  { value: 'afwijkingen', label: 'Afwijkingen en bijsturing' },
  { value: 'geen-antwoord', label: 'Zonder antwoord' },
  { value: 'ongepland', label: 'Niet gepland, wel gedaan' },
];

export interface ViewFilter {
  /** '' for every party. */
  partyId: string;
  show: ShowFilter;
  query: string;
}

export const NO_FILTER: ViewFilter = { partyId: '', show: 'alles', query: '' };

export function isFiltering(filter: ViewFilter): boolean {
  return filter.partyId !== '' || filter.show !== 'alles' || filter.query.trim() !== '';
}

/** One line under an afspraak: a result as reported, or a planned activity nobody answered on. */
export interface PlannedRow {
  key: string;
  partyId: string;
  year: number;
  activity: string;
  /** Null for a planned activity without a result. */
  result: ActivityResult | null;
  /** No result, or a result without a status (the board counts both as 'geen antwoord'). */
  unanswered: boolean;
  /** Unanswered, and the results deadline of its year has not passed: 'nog niet binnen', not 'geen antwoord'. */
  awaited: boolean;
  /** The results deadline (ISO) of its year, by the set's days. */
  deadline: string;
  /** vertraagd, niet gestart or vervallen. */
  deviation: boolean;
  steering: boolean;
  unplanned: boolean;
  /** A deviation without the toelichting it requires. */
  explanationMissing: boolean;
}

export function resultKey(r: { partyId: string; executionYear: number; identity: string }): string {
  return `${r.partyId}|${r.executionYear}|${r.identity}`;
}

/** Builds the rows of an afspraak (or of the unlinked part): by year, then in the report's party order. */
export function plannedRows(
  results: ActivityResult[],
  missing: MissingResult[],
  context: RowContext,
): PlannedRow[] {
  const rows: PlannedRow[] = [
    ...results.map((r, i): PlannedRow => {
      const key = resultKey(r);
      return {
        key: `r${i}|${key}`,
        partyId: r.partyId,
        year: r.executionYear,
        activity: r.activity,
        result: r,
        unanswered: r.status === null && r.statusText.trim() === '',
        awaited: r.status === null && r.statusText.trim() === '' && context.awaitedYears.has(r.executionYear),
        deadline: context.deadlines.get(r.executionYear) ?? '',
        deviation: r.status !== null && EXPLANATION_REQUIRED.includes(r.status),
        steering: r.steeringNeeded === true,
        unplanned: !r.planned,
        explanationMissing: context.missingExplanations.has(key),
      };
    }),
    ...missing.map(
      (m, i): PlannedRow => ({
        key: `m${i}|${m.partyId}|${m.year}|${m.identity}`,
        partyId: m.partyId,
        year: m.year,
        activity: m.activity,
        result: null,
        unanswered: true,
        awaited: context.awaitedYears.has(m.year),
        deadline: context.deadlines.get(m.year) ?? '',
        deviation: false,
        steering: false,
        unplanned: false,
        explanationMissing: false,
      }),
    ),
  ];
  const order = (id: string) => context.partyOrder.get(id) ?? Infinity;
  // Stable: within a party and year the results keep the report's order, the unanswered follow.
  return rows.sort((a, b) => a.year - b.year || order(a.partyId) - order(b.partyId));
}

export function rowShown(row: PlannedRow, show: ShowFilter): boolean {
  switch (show) {
    case 'alles':
      return true;
    case 'afwijkingen':
      return row.deviation || row.steering || row.explanationMissing;
    case 'geen-antwoord':
      return row.unanswered;
    case 'ongepland':
      return row.unplanned;
  }
}

function contains(haystack: string, needle: string): boolean {
  return haystack.toLocaleLowerCase('nl-NL').includes(needle);
}

/** Whether the row holds the words searched for (party, activity, result, toelichting). */
export function rowHasText(row: PlannedRow, needle: string, partyName: (id: string) => string): boolean {
  const r = row.result;
  return [partyName(row.partyId), row.activity, r?.result ?? '', r?.explanation ?? '', r?.statusText ?? ''].some((t) => contains(t, needle));
}

export function agreementHasText(a: Pick<ReportAgreement, 'reference' | 'text' | 'leadText'>, needle: string): boolean {
  return contains(a.reference, needle) || contains(a.text, needle) || contains(a.leadText, needle);
}

export function normalizedQuery(query: string): string {
  return query.trim().toLocaleLowerCase('nl-NL');
}

/** The rows the filter keeps; all of an afspraak's rows when the search names the afspraak itself. */
export function filterRows(rows: PlannedRow[], filter: ViewFilter, agreementMatches: boolean, partyName: (id: string) => string): PlannedRow[] {
  const needle = normalizedQuery(filter.query);
  return rows.filter(
    (row) =>
      (filter.partyId === '' || row.partyId === filter.partyId) &&
      rowShown(row, filter.show) &&
      (needle === '' || agreementMatches || rowHasText(row, needle, partyName)),
  );
}

export interface RowContext {
  partyOrder: Map<string, number>;
  missingExplanations: Set<string>;
  /** Execution years whose results deadline has not passed on the report's day. */
  awaitedYears: Set<number>;
  /** Each execution year's results deadline (ISO). */
  deadlines: Map<number, string>;
}

/** The context plannedRows needs, once per report. */
export function rowContext(report: AccountabilityReport): RowContext {
  return {
    partyOrder: new Map(report.parties.map((p, i) => [p.id, i])),
    missingExplanations: new Set(report.missingExplanations.map(resultKey)),
    awaitedYears: new Set(report.responses.filter((r) => r.awaited).map((r) => r.year)),
    deadlines: new Map(report.responses.map((r) => [r.year, r.deadline])),
  };
}
