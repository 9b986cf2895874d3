// A worker thread that runs heavy calls (jobs.ts) for a job runner
// (job-runner.ts): its own connection to the same database file, its own
// service over it, one call at a time. It tells the runner each phase a call
// reports, and commits only when the shared state says it was not cancelled.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { ServiceError } from '../domain/errors';
import { dispatch } from './dispatch';
import { CANCELLED_MESSAGE } from './jobs';
import type { JobPhase } from './jobs-contract';
import { JOB_STATE, type JobAnswer, type JobWorkerData, type ToRunner, type ToWorker } from './job-protocol';
import { createService } from './service';

const data = workerData as JobWorkerData;
const port = parentPort;
if (!port) throw new Error('job-worker.ts runs as a worker thread of a job runner.');

const state = new Int32Array(data.state);
let currentJob: string | null = null;
let clockOffsetMs = 0;

const post = (message: ToRunner): void => port.postMessage(message);

/** For tests: stay in this phase (inside its transaction, if any) until the runner terminates this thread. */
function holdForever(): never {
  for (;;) Atomics.wait(state, JOB_STATE.holdSlot, 0, 50);
}

const db = openDatabase(data.databasePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
const api = createService({
  db,
  setId: data.setId,
  databasePath: data.databasePath,
  version: data.version,
  changedBy: data.changedBy,
  // The runner's clock, which may be a practice date (--datum): its offset from this computer's, taken per call.
  now: () => new Date(Date.now() + clockOffsetMs),
  job: {
    phase(phase: JobPhase) {
      if (currentJob === null) return;
      post({ type: 'phase', jobId: currentJob, phase });
      if (data.holdAt === phase) holdForever();
    },
    committing() {
      // Running → committing, unless the runner already moved it to cancelled: then roll back.
      if (Atomics.compareExchange(state, JOB_STATE.slot, JOB_STATE.running, JOB_STATE.committing) !== JOB_STATE.running) {
        throw new ServiceError('cancelled', CANCELLED_MESSAGE);
      }
    },
  },
});

// Ends only by the runner's terminate(): the connection is then closed with the thread, and a transaction left open rolls back.
port.on('message', (message: ToWorker) => {
  currentJob = message.jobId;
  clockOffsetMs = message.clockOffsetMs;
  void dispatch(api, message.method, message.arg).then((envelope) => {
    const jobId = message.jobId;
    currentJob = null;
    const answer: JobAnswer = envelope.ok ? { ok: true, valueJson: JSON.stringify(envelope.value) ?? 'null' } : envelope;
    post({ type: 'done', jobId, answer });
  });
});
