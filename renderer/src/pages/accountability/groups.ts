// The groups of the "gepland en gerealiseerd" view: per theme its topics and
// afspraken with their rows, and the part not linked to an afspraak; and what
// of them a filter shows. Shared by the view and by the status board, which
// must know whether a filter hides the theme it is asked to open.
import type { AccountabilityReport, ReportAgreement, StatusSummary } from '../../../../src/domain/accountability';
import { agreementHasText, filterRows, isFiltering, normalizedQuery, plannedRows, rowContext, type PlannedRow, type ViewFilter } from './plannedRows';
import type { GroupKey } from './view';

interface AgreementEntry {
  agreement: ReportAgreement;
  rows: PlannedRow[];
}

export interface Group {
  key: GroupKey;
  title: string;
  summary: StatusSummary;
  topics: { number: string; title: string | null; agreements: AgreementEntry[] }[];
  /** Rows not under an afspraak (the unlinked group). */
  loose: PlannedRow[];
}

const UNLINKED: GroupKey = 'los';

export function buildGroups(report: AccountabilityReport): Group[] {
  const context = rowContext(report);
  const groups: Group[] = report.themes.map((theme) => ({
    key: String(theme.number),
    title: `${theme.number}. ${theme.title}`,
    summary: theme.summary,
    topics: theme.topics.map((topic) => ({
      number: topic.number,
      // Theme 3 is its own topic: no second heading.
      title: topic.number === String(theme.number) ? null : `${topic.number} ${topic.title}`,
      agreements: topic.agreements.map((agreement) => ({ agreement, rows: plannedRows(agreement.results, agreement.missing, context) })),
    })),
    loose: [],
  }));
  const loose = plannedRows(report.unlinked.results, report.unlinked.missing, context);
  if (loose.length > 0) groups.push({ key: UNLINKED, title: 'Niet bij een afspraak', summary: report.unlinked.summary, topics: [], loose });
  return groups;
}

interface ShownAgreement extends AgreementEntry {
  hidden: number;
}

export interface ShownGroup {
  group: Group;
  topics: { number: string; title: string | null; agreements: ShownAgreement[]; quiet: ReportAgreement[] }[];
  loose: PlannedRow[];
  rowCount: number;
  agreementCount: number;
}

export function showGroups(groups: Group[], filter: ViewFilter, partyName: (id: string) => string): ShownGroup[] {
  const filtering = isFiltering(filter);
  const needle = normalizedQuery(filter.query);
  const onlySearch = filter.partyId === '' && filter.show === 'alles';
  return groups
    .map((group): ShownGroup => {
      const topics = group.topics.map((topic) => {
        const agreements: ShownAgreement[] = [];
        const quiet: ReportAgreement[] = [];
        for (const entry of topic.agreements) {
          const named = needle !== '' && agreementHasText(entry.agreement, needle);
          const rows = filterRows(entry.rows, filter, named, partyName);
          if (rows.length > 0) agreements.push({ ...entry, rows, hidden: entry.rows.length - rows.length });
          // Afspraken without planned work are listed quietly; when searching, the one searched for too.
          else if (entry.rows.length === 0 && (!filtering || (onlySearch && named))) quiet.push(entry.agreement);
        }
        return { number: topic.number, title: topic.title, agreements, quiet };
      });
      const loose = filterRows(group.loose, filter, false, partyName);
      const agreementCount = topics.reduce((n, t) => n + t.agreements.length, 0);
      const rowCount = loose.length + topics.reduce((n, t) => n + t.agreements.reduce((m, a) => m + a.rows.length, 0), 0);
      return { group, topics, loose, rowCount, agreementCount };
    })
    .filter((g) => !filtering || g.rowCount > 0 || g.topics.some((t) => t.quiet.length > 0));
}
