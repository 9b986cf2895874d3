// Heavy calls as jobs: how a job reports on the way, and what a cancel answers;
// which calls are heavy (reading and linking a workbook, computing an overview,
// writing a document) is domain/wire.ts, and what a caller sees of a job is
// jobs-contract.ts.
import type { ApiMethod } from './contract';
import { HEAVY_METHODS } from '../domain/wire';
import type { JobPhase } from './jobs-contract';

// Every heavy call (domain/wire.ts) is a method of the API: a renamed method is a compile error here.
HEAVY_METHODS satisfies readonly ApiMethod[];

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
