// What the partners plan and did on one afspraak in one year: the activities
// of the current activiteitenoverzichten linked to it, each with its result
// once results came in, then results and planned work the current overviews
// no longer show. For the Afspraken page's detail pane.
import { identitiesOf } from '../bundle/compute';
import type { ActivityRow } from '../domain/activities';
import type { AccountabilityReport, ReportAgreement } from '../domain/accountability';
import type { ActivityResult } from '../domain/results';

export interface AgreementWorkRow {
  partyId: string;
  activity: string;
  planning: string;
  /** False for work reported without being planned. */
  planned: boolean;
  result: ActivityResult | null;
}

export interface AgreementWorkYear {
  year: number;
  rows: AgreementWorkRow[];
  /** Parties that handed in results over this year (a row of theirs without a result is unanswered). */
  answered: string[];
  /** The year's results deadline has not passed: an unanswered row reads 'nog niet binnen', after it 'geen antwoord'. */
  awaited: boolean;
  /** The year's results deadline (ISO), by the set's days. */
  deadline: string;
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
export function agreementWorkYear(year: number, activities: readonly ActivityRow[], report: AccountabilityReport, agreementId: number): AgreementWorkYear {
  const agreement = findAgreement(report, agreementId);
  const results = (agreement?.results ?? []).filter((r) => r.executionYear === year);
  const missing = (agreement?.missing ?? []).filter((m) => m.year === year);
  const byIdentity = new Map(results.filter((r) => r.planned).map((r) => [r.identity, r]));
  // The identities the bundle gives the year's activities, "…#2" for a party's second row of one text.
  const identities = identitiesOf(activities);
  const used = new Set<ActivityResult>();
  const shown = new Set<string>();

  const rows: AgreementWorkRow[] = activities
    .filter((a) => a.link.agreementId === agreementId)
    .map((a) => {
      const identity = identities.get(a) as string;
      shown.add(identity);
      const result = byIdentity.get(identity) ?? null;
      if (result) used.add(result);
      return { partyId: a.partyId, activity: a.activity, planning: a.planning ?? '', planned: true, result };
    });
  for (const r of results) {
    if (used.has(r)) continue;
    shown.add(r.identity);
    rows.push({ partyId: r.partyId, activity: r.activity, planning: '', planned: r.planned, result: r });
  }
  // Planned in the definitive overview, no longer in the current submissions.
  for (const m of missing) {
    if (!shown.has(m.identity)) rows.push({ partyId: m.partyId, activity: m.activity, planning: '', planned: true, result: null });
  }
  const answered = report.parties.filter((p) => p.submissions.some((s) => s.year === year && s.version !== null)).map((p) => p.id);
  const response = report.responses.find((r) => r.year === year);
  return { year, rows, answered, awaited: response?.awaited ?? false, deadline: response?.deadline ?? '' };
}
