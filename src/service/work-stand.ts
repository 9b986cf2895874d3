// The Overzicht page's "Stand van het werk" in one call: which years the cycle
// is busy with is a domain rule (domain/focus-years.ts); what they hold comes
// from the other slices (submission status, bundle versions, the
// verantwoording), so the page shows what those pages show.
import { focusYears, nextDeadlineOf } from '../domain/focus-years';
import type { WerkbankApi } from './contract';
import { objectArg, optionalIsoDate } from './validate';
import type { StandParty, WorkStandApi, YearStand } from './work-stand-contract';

type Sources = Pick<WerkbankApi, 'getCalendar' | 'getSubmissionStatus' | 'listBundleVersions' | 'getAccountabilityReport'>;

export function createWorkStandMethods(api: () => Sources): WorkStandApi {
  return {
    async getWorkStand(arg) {
      const date = optionalIsoDate(objectArg(arg), 'date', 'De datum');
      const view = await api().getCalendar(date !== undefined ? { date } : {});
      const [status, results] = await Promise.all([
        api().getSubmissionStatus({ date: view.date }),
        api().getSubmissionStatus({ date: view.date, kind: 'results' }),
      ]);
      const parties: StandParty[] = status.parties.map((p) => ({ id: p.id, shortName: p.shortName }));
      const stands = await Promise.all(
        focusYears(view, status.planningYears).map(async (ref): Promise<YearStand> => {
          const nextDeadline = nextDeadlineOf(view, ref);
          if (ref.kind === 'planning') {
            const versions = await api().listBundleVersions({ planningYear: ref.year });
            const cells = parties.flatMap((p) => status.cells.filter((c) => c.partyId === p.id && c.planningYear === ref.year));
            return { kind: 'planning', year: ref.year, cells, versions, nextDeadline };
          }
          const report = await api().getAccountabilityReport({ fromYear: ref.year });
          return {
            kind: 'execution',
            year: ref.year,
            definitiveVersion: report.bundles.find((b) => b.year === ref.year)?.version ?? null,
            cells: parties.flatMap((p) => results.cells.filter((c) => c.partyId === p.id && c.planningYear === ref.year)),
            summary: report.overall.summary,
            nextDeadline,
          };
        }),
      );
      return { parties, years: status.planningYears, stands };
    },
  };
}
