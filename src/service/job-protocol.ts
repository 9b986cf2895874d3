// What a job runner (job-runner.ts) and its worker threads (job-worker.ts)
// say to each other, and the shared word through which they agree whether a
// call was cancelled before it committed.
import type { ApiError } from './contract';
import type { HeavyMethod } from '../domain/wire';
import type { JobPhase } from './jobs-contract';

/** What a worker thread is started with. */
export interface JobWorkerData {
  databasePath: string;
  nativeBinding?: string;
  setId: number;
  version: string;
  changedBy: string;
  /** Two Int32 slots: the running call's state (JOB_STATE), and one that stays 0 for waiting on. */
  state: SharedArrayBuffer;
  /** For tests only: the worker stops at this phase until it is terminated. */
  holdAt?: JobPhase;
}

export interface ToWorker {
  type: 'run';
  jobId: string;
  method: HeavyMethod;
  arg: unknown;
  clockOffsetMs: number;
}

export type ToRunner =
  | { type: 'phase'; jobId: string; phase: JobPhase }
  | { type: 'done'; jobId: string; answer: JobAnswer };

/**
 * A heavy call's answer as it leaves the worker: the value already as JSON
 * text, written in the worker. The thread that answers the shells then has
 * nothing to copy or rebuild (a preview of 2,000 rows is 3 MB): the browser
 * shell writes the text as it is; only a caller that wants the object parses it.
 */
/** Where an API with jobs (withJobs) offers its heavy calls' answers as JSON text, for dispatchJson. */
export const ANSWER_AS_JSON = Symbol('answerAsJson');

export type AnswerAsJson = (method: HeavyMethod, arg: unknown) => Promise<JobAnswer>;

export type JobAnswer = { ok: true; valueJson: string } | { ok: false; error: ApiError };

/**
 * The running call's state in the shared word. The runner moves running →
 * cancelled, the worker running → committing, each by compare-and-swap: only
 * one of them wins, so a call is either cancelled before its commit (and
 * rolled back) or commits and cannot be cancelled any more.
 */
export const JOB_STATE = {
  slot: 0,
  holdSlot: 1,
  running: 0,
  committing: 1,
  cancelled: 2,
} as const;
