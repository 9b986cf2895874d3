// What the partners plan and did on one afspraak, per year of the agreement
// period: the activities of the current activiteitenoverzichten linked to it,
// and, where results came in, each result's status. Asked lazily when the
// detail pane opens; laid out here, judged by the core (the report).
import type { AccountabilityReport, ActivityResult, ReportAgreement } from '../../../../src/accountability/types';
import { activityIdentity } from '../../../../src/bundle/compute';
import type { ActivityRow } from '../../../../src/service/contract';
import { core } from '../../api/core';
import { EXECUTION_YEARS } from '../accountability/shared';

export interface WorkRow {
  key: string;
  partyId: string;
  activity: string;
  planning: string;
  /** False for work reported without being planned. */
  planned: boolean;
  result: ActivityResult | null;
}

export interface WorkYear {
  year: number;
  rows: WorkRow[];
  /** True when at least one party handed in results over this year. */
  hasResults: boolean;
  /** Parties that handed in results over this year. */
  answered: Set<string>;
}

interface YearAnswer {
  year: number;
  activities: ActivityRow[];
  report: AccountabilityReport;
}

function findAgreement(report: AccountabilityReport, id: number): ReportAgreement | null {
  for (const theme of report.themes) {
    for (const topic of theme.topics) {
      const found = topic.agreements.find((a) => a.id === id);
      if (found) return found;
    }
  }
  return null;
}

/** One year's rows: planned activities first (with their result), then results and gaps the plan does not show. */
export function workYear({ year, activities, report }: YearAnswer, agreementId: number): WorkYear {
  const agreement = findAgreement(report, agreementId);
  const results = (agreement?.results ?? []).filter((r) => r.executionYear === year);
  const missing = (agreement?.missing ?? []).filter((m) => m.year === year);
  const byIdentity = new Map(results.filter((r) => r.planned).map((r) => [r.identity, r]));
  const used = new Set<ActivityResult>();
  const shown = new Set<string>();

  const rows: WorkRow[] = activities
    .filter((a) => a.link.agreementId === agreementId)
    .map((a) => {
      // The identity the bundle and the results give this activity.
      const identity = activityIdentity(a);
      shown.add(identity);
      const result = byIdentity.get(identity) ?? null;
      if (result) used.add(result);
      return { key: `a${a.id}`, partyId: a.partyId, activity: a.activity, planning: a.planning ?? '', planned: true, result };
    });
  results.forEach((r, i) => {
    if (used.has(r)) return;
    shown.add(r.identity);
    rows.push({ key: `r${i}`, partyId: r.partyId, activity: r.activity, planning: '', planned: r.planned, result: r });
  });
  // Planned in the definitive overview, no longer in the current submissions.
  missing.forEach((m, i) => {
    if (!shown.has(m.identity)) rows.push({ key: `m${i}`, partyId: m.partyId, activity: m.activity, planning: '', planned: true, result: null });
  });

  const answered = new Set(
    report.parties.filter((p) => p.submissions.some((s) => s.year === year && s.version !== null)).map((p) => p.id),
  );
  return { year, rows, hasResults: answered.size > 0, answered };
}

/** The years of the agreement period with something planned or reported on this afspraak. */
export async function fetchAgreementWork(agreementId: number): Promise<WorkYear[]> {
  const answers = await Promise.all(
    EXECUTION_YEARS.map(async (year): Promise<YearAnswer> => {
      const [activities, report] = await Promise.all([
        core().listActivities({ planningYear: year }),
        core().getAccountabilityReport({ fromYear: year }),
      ]);
      return { year, activities, report };
    }),
  );
  return answers.map((a) => workYear(a, agreementId)).filter((y) => y.rows.length > 0);
}
