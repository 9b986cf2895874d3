// Heavy calls as jobs: which calls of the one API are heavy (reading and
// linking a workbook, computing an overview, writing a document) and how a job
// reports on the way; what a caller sees of a job is jobs-contract.ts. Pure:
// the renderer reads this too.
import type { ApiMethod } from './contract';
import type { JobPhase } from './jobs-contract';

/**
 * The calls that may take seconds on a large year: the shells run them off
 * the thread that answers the others, report their phase, and can cancel them.
 * A heavy call that writes does so in one transaction and tells its job just
 * before it commits (JobReporter.committing), so a cancel either rolls all of
 * it back or comes too late and is refused; never half.
 */
export const HEAVY_METHODS = [
  'previewImport',
  'commitImport',
  'previewResultsImport',
  'commitResultsImport',
  'makeActivityRequests',
  'makeResultsRequests',
  'getJointOverview',
  'getJointOverviewSummary',
  'getJointOverviewTab',
  'saveBundleVersion',
  'compareBundleVersions',
  'exportJointOverview',
  'getAccountabilityReport',
  'getAgreementWork',
  'getAccountabilityCharts',
  'exportAccountabilityReport',
  'makeMails',
  'getWorkStand',
] as const satisfies readonly ApiMethod[];

export type HeavyMethod = (typeof HEAVY_METHODS)[number];

export function isHeavyMethod(method: unknown): method is HeavyMethod {
  return typeof method === 'string' && (HEAVY_METHODS as readonly string[]).includes(method);
}

export const JOB_ID_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/** What a call answers when it was cancelled; the error's message says nothing was changed. */
export const CANCELLED_MESSAGE = 'Geannuleerd. Er is niets gewijzigd.';

/** What cancelling a call answers when no such call runs (any more). */
export const JOB_NOT_RUNNING_MESSAGE = 'Deze opdracht loopt niet (meer); er is niets te annuleren.';

/** How a heavy call tells its job where it is; the service calls this, the shell decides what it does with it. */
export interface JobReporter {
  phase(phase: JobPhase): void;
  /**
   * Called inside a write transaction, after everything is written and just
   * before it commits: throws (and so rolls back) when the job was cancelled,
   * and from then on refuses a cancel.
   */
  committing(): void;
}
