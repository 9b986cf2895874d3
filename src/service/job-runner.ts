// Runs the heavy calls (jobs.ts) in worker threads, so that the thread that
// answers the shells stays free for the light ones. Each worker opens the same
// database file itself (WAL lets it read while the shell's connection writes,
// and the other way round) and keeps its service, and so its computed
// overviews, between calls. A call can be asked after and cancelled by the
// jobId its caller gave; cancelling terminates its worker, and because every
// write is one transaction that commits only when not cancelled (JOB_STATE),
// the database is then as it was before the call.
//
// Used by the browser shell and the desktop app (openWerkbank's `jobs` option);
// the command line runs its calls in its own turn.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { appRoot } from '../paths';
import type { WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import { ANSWER_AS_JSON, JOB_STATE, type JobAnswer, type JobWorkerData, type ToRunner, type ToWorker } from './job-protocol';
import { CANCELLED_MESSAGE, JOB_NOT_RUNNING_MESSAGE } from './jobs';
import { HEAVY_METHODS, type HeavyMethod } from '../domain/wire';
import { JOB_PHASES, type JobCancelResult, type JobPhase, type JobProgress } from './jobs-contract';
import { objectArg, optionalJobId, requiredJobId } from './validate';

export interface JobRunnerOptions {
  databasePath: string;
  nativeBinding?: string;
  setId: number;
  version: string;
  changedBy: string;
  now: () => Date;
  /** How many calls may run at once; 2 by default (this is a desktop app on an office computer). */
  size?: number;
  /** The compiled worker; next to this module, or in dist/ when this runs from source (tests). */
  workerScript?: string;
  /** For tests only: every worker stops at this phase until it is cancelled, so a test can act at a known point. */
  holdAt?: JobPhase;
  /** Start one worker now (the default), so that the first heavy call does not wait while it loads the core. */
  warm?: boolean;
}

export interface JobRunner {
  /** Runs one heavy call; answers with its value as JSON text, or its error (a 'cancelled' one when cancelled). */
  run(method: HeavyMethod, arg: unknown): Promise<JobAnswer>;
  progress(jobId: string): JobProgress;
  /** Cancels a waiting or running call; resolves once its worker is gone and the database is as before. */
  cancel(jobId: string): Promise<JobCancelResult>;
  /** Cancels everything and ends the workers. */
  close(): Promise<void>;
}

export const STOPPING_MESSAGE = 'De Werkbank stopt; de opdracht is afgebroken. Er is niets gewijzigd.';
const TOO_LATE_MESSAGE = 'Te laat om te annuleren: de Werkbank legt het resultaat op dit moment vast.';

interface Job {
  jobId: string;
  method: HeavyMethod;
  arg: unknown;
  phase: JobPhase | null;
  slot: Slot | null;
  finish(answer: JobAnswer): void;
}

interface Slot {
  worker: Worker;
  state: Int32Array;
  job: Job | null;
}

export function defaultWorkerScript(): string {
  const sibling = path.join(__dirname, 'job-worker.js');
  return fs.existsSync(sibling) ? sibling : path.join(appRoot(), 'dist', 'src', 'service', 'job-worker.js');
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const size = Math.max(1, options.size ?? 2);
  const script = options.workerScript ?? defaultWorkerScript();
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  // Most recently done first: a call goes to the free worker that answered last, whose computed overviews are
  // most likely warm (the page asks for the overview's summary, then for the overview: the second is served from the first).
  const slots: Slot[] = [];
  let closed = false;

  const failure = (code: 'cancelled' | 'internal', message: string): JobAnswer => ({ ok: false, error: { code, message } });

  function spawn(): Slot {
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const workerData: JobWorkerData = {
      databasePath: options.databasePath,
      setId: options.setId,
      version: options.version,
      changedBy: options.changedBy,
      state: shared,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.holdAt ? { holdAt: options.holdAt } : {}),
    };
    const slot: Slot = { worker: new Worker(script, { workerData }), state: new Int32Array(shared), job: null };
    slot.worker.on('message', (message: ToRunner) => {
      const job = slot.job;
      if (!job || job.jobId !== message.jobId) return;
      if (message.type === 'phase') {
        job.phase = message.phase;
        return;
      }
      slot.job = null;
      const index = slots.indexOf(slot);
      if (index > 0) slots.unshift(...slots.splice(index, 1));
      job.finish(message.answer);
      pump();
    });
    const lost = (why: string) => {
      const index = slots.indexOf(slot);
      if (index < 0) return; // Already let go: cancelled or closed.
      slots.splice(index, 1);
      const job = slot.job;
      slot.job = null;
      job?.finish(failure('internal', `De achtergrondtaak stopte onverwacht (${why}). Probeer het opnieuw; blijft dit zo, start de Werkbank opnieuw.`));
      pump();
    };
    slot.worker.on('error', (err) => lost(err.message));
    slot.worker.on('exit', (code) => lost(`code ${code}`));
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift() as Job;
      job.slot = slot;
      job.phase = 'starting';
      slot.job = job;
      Atomics.store(slot.state, JOB_STATE.slot, JOB_STATE.running);
      const message: ToWorker = {
        type: 'run',
        jobId: job.jobId,
        method: job.method,
        arg: job.arg,
        clockOffsetMs: options.now().getTime() - Date.now(),
      };
      slot.worker.postMessage(message);
    }
  }

  /** Lets a worker go (it may be in the middle of a transaction: terminating it rolls that back). */
  async function release(slot: Slot): Promise<void> {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    slot.job = null;
    await slot.worker.terminate();
  }

  if (options.warm ?? true) spawn();

  return {
    run(method, arg) {
      if (closed) return Promise.resolve(failure('cancelled', STOPPING_MESSAGE));
      let jobId: string;
      try {
        jobId = optionalJobId(objectArg(arg)) ?? crypto.randomUUID();
      } catch (err) {
        return Promise.reject(err);
      }
      if (jobs.has(jobId)) {
        return Promise.resolve<JobAnswer>({
          ok: false,
          error: { code: 'invalid_input', message: 'Er loopt al een opdracht met deze naam; geef elke opdracht een eigen naam.' },
        });
      }
      return new Promise((resolve) => {
        const job: Job = {
          jobId,
          method,
          arg,
          phase: null,
          slot: null,
          finish: (answer) => {
            jobs.delete(jobId);
            resolve(answer);
          },
        };
        jobs.set(jobId, job);
        queue.push(job);
        pump();
      });
    },

    progress(jobId) {
      const job = jobs.get(jobId);
      if (!job) return { jobId, state: 'unknown', phase: null, label: '', cancellable: false };
      const phase: JobPhase = job.slot ? (job.phase ?? 'starting') : 'waiting';
      const committing = job.slot !== null && Atomics.load(job.slot.state, JOB_STATE.slot) === JOB_STATE.committing;
      return { jobId, state: job.slot ? 'running' : 'queued', phase, label: JOB_PHASES[phase], cancellable: !committing };
    },

    async cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return { cancelled: false, message: JOB_NOT_RUNNING_MESSAGE };
      const slot = job.slot;
      if (!slot) {
        queue.splice(queue.indexOf(job), 1);
        job.finish(failure('cancelled', CANCELLED_MESSAGE));
        return { cancelled: true, message: CANCELLED_MESSAGE };
      }
      // The worker may be committing at this very moment: only one of us wins the shared word.
      if (Atomics.compareExchange(slot.state, JOB_STATE.slot, JOB_STATE.running, JOB_STATE.cancelled) !== JOB_STATE.running) {
        return { cancelled: false, message: TOO_LATE_MESSAGE };
      }
      await release(slot);
      job.finish(failure('cancelled', CANCELLED_MESSAGE));
      pump();
      return { cancelled: true, message: CANCELLED_MESSAGE };
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.finish(failure('cancelled', STOPPING_MESSAGE));
      const running = slots.map((s) => s.job).filter((j): j is Job => j !== null);
      await Promise.all([...slots].map(release));
      for (const job of running) job.finish(failure('cancelled', STOPPING_MESSAGE));
    },
  };
}

/**
 * The API with its heavy calls run by the runner; every other call, and the
 * runner's own getJobProgress and cancelJob, answered here in the caller's
 * thread. The same contract: callers cannot tell.
 */
export function withJobs(api: WerkbankApi, runner: JobRunner): WerkbankApi {
  const jobApi: Record<string | symbol, unknown> = { ...api };
  for (const method of HEAVY_METHODS) {
    jobApi[method] = async (arg: unknown) => {
      const answer = await runner.run(method, arg);
      if (!answer.ok) throw new ServiceError(answer.error.code, answer.error.message);
      return JSON.parse(answer.valueJson) as unknown;
    };
  }
  // For a transport that sends JSON anyway (the browser shell): the worker's text, unparsed (dispatchJson).
  Object.defineProperty(jobApi, ANSWER_AS_JSON, { value: (method: HeavyMethod, arg: unknown) => runner.run(method, arg) });
  const withJobApi = jobApi as unknown as WerkbankApi;
  withJobApi.getJobProgress = async (arg) => runner.progress(requiredJobId(objectArg(arg)));
  withJobApi.cancelJob = async (arg) => runner.cancel(requiredJobId(objectArg(arg)));
  return withJobApi;
}
