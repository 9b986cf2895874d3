// The heavy calls (src/domain/wire.ts) as the window shows them: each gets a
// name of its own, is asked after while it runs, and can be cancelled from a
// panel in the corner of the window. The pages and stores call the API as
// before; only the client they are given is wrapped (main.tsx). A cancelled
// call fails with the core's Dutch message, which the page shows as any error.
import { create } from 'zustand';
import type { WerkbankApi } from '../../src/service/contract';
import { HEAVY_METHODS, type HeavyMethod } from '../../src/domain/wire';

export interface ShownJob {
  jobId: string;
  /** What it is doing as a whole: "Woonwaarts 2027.xlsx inlezen". */
  title: string;
  /** Where it is now: "Koppelen aan de afspraken". */
  phase: string;
  cancellable: boolean;
  cancelling: boolean;
  /** Why a cancel did not happen (too late, or the connection). */
  note: string | null;
}

interface JobsState {
  jobs: ShownJob[];
  cancel(jobId: string): Promise<void>;
}

/** Most calls are done before this: only slower ones appear, so the panel does not flash. */
const SHOW_AFTER_MS = 400;
const ASK_EVERY_MS = 400;

let client: WerkbankApi | null = null;

/** Changes, adds (in start order) or with null removes one job of the panel. */
const update = (jobId: string, change: (job: ShownJob | undefined) => ShownJob | null): void =>
  useJobs.setState((s) => {
    const index = s.jobs.findIndex((j) => j.jobId === jobId);
    const next = change(index >= 0 ? s.jobs[index] : undefined);
    if (!next) return { jobs: s.jobs.filter((j) => j.jobId !== jobId) };
    return { jobs: index < 0 ? [...s.jobs, next] : s.jobs.map((j, i) => (i === index ? next : j)) };
  });

export const useJobs = create<JobsState>(() => ({
  jobs: [],
  async cancel(jobId) {
    if (!client) return;
    update(jobId, (job) => (job ? { ...job, cancelling: true, note: null } : null));
    try {
      const result = await client.cancelJob({ jobId });
      // Cancelled: the call itself now fails with "Geannuleerd" and leaves the panel.
      if (!result.cancelled) update(jobId, (job) => (job ? { ...job, cancelling: false, note: result.message } : null));
    } catch (err) {
      // The client's errors carry the core's Dutch message; anything else is the connection.
      const note = err instanceof Error ? err.message : 'Annuleren lukte niet; probeer het opnieuw.';
      update(jobId, (job) => (job ? { ...job, cancelling: false, note } : null));
    }
  },
}));

const FORMAT: Record<string, string> = { docx: 'Word-document', xlsx: 'Excel-werkmap' };

/** What the panel calls a heavy call, from its method and argument. */
export function jobTitle(method: HeavyMethod, arg: unknown): string {
  const a = (typeof arg === 'object' && arg !== null ? arg : {}) as { file?: { name?: unknown }; format?: unknown; planningYear?: unknown };
  const file = typeof a.file?.name === 'string' ? a.file.name : 'Bestand';
  const document = FORMAT[String(a.format)] ?? 'Document';
  const titles: Record<HeavyMethod, string> = {
    previewImport: `${file} inlezen`,
    previewResultsImport: `${file} inlezen`,
    commitImport: `${file} opslaan`,
    commitResultsImport: `${file} opslaan`,
    makeActivityRequests: 'Uitvraagwerkmappen maken',
    makeResultsRequests: 'Uitvraagwerkmappen maken',
    getJointOverview: 'Gezamenlijk overzicht laden',
    getJointOverviewSummary: 'Samenvatting van het overzicht laden',
    getJointOverviewTab: 'Gezamenlijk overzicht laden',
    saveBundleVersion: 'Versie van het overzicht opslaan',
    compareBundleVersions: 'Versies vergelijken',
    exportJointOverview: `${document} van het gezamenlijk overzicht maken`,
    getAccountabilityReport: 'Verantwoording samenstellen',
    getAgreementWork: 'Uitvoering van de afspraak samenstellen',
    getAccountabilityCharts: 'Grafieken tekenen',
    exportAccountabilityReport: `${document} van de verantwoording maken`,
    makeMails: 'E-mail klaarzetten',
    getWorkStand: 'Stand van het werk samenstellen',
  };
  return titles[method];
}

/** A name for one call: random, so that no two calls (or windows) share one. */
function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `job-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The same API, with every heavy call named, asked after and shown in the panel while it runs. */
export function withJobPanel(api: WerkbankApi): WerkbankApi {
  client = api;
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of HEAVY_METHODS) {
    const call = api[method] as (arg: unknown) => Promise<unknown>;
    wrapped[method] = (arg: unknown) => {
      const jobId = newJobId();
      const title = jobTitle(method, arg);
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ask = async (): Promise<void> => {
        const progress = await api.getJobProgress({ jobId }).catch(() => null);
        if (done) return;
        update(jobId, (job) => ({
          jobId,
          title,
          // Not there yet (the request is still on its way) or not known: just busy.
          phase: progress?.label || 'Bezig',
          cancellable: progress?.cancellable ?? true,
          cancelling: job?.cancelling ?? false,
          note: job?.note ?? null,
        }));
        timer = setTimeout(() => void ask(), ASK_EVERY_MS);
      };
      timer = setTimeout(() => void ask(), SHOW_AFTER_MS);
      const base = typeof arg === 'object' && arg !== null ? arg : {};
      return call.call(api, { ...base, jobId }).finally(() => {
        done = true;
        clearTimeout(timer);
        update(jobId, () => null);
      });
    };
  }
  return wrapped as unknown as WerkbankApi;
}
