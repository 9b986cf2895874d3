// Heavy calls in worker threads (src/service/job-runner.ts), as the browser
// shell and the desktop app run them: the same answers as in the caller's
// thread, light calls answered while a heavy one is busy, progress by phase,
// and a cancel that leaves the database as it was, even in the middle of a
// commit. The workers run the compiled core: `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { ServiceError } from '../../src/domain/errors';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { dispatchJson } from '../../src/service/dispatch';
import { defaultWorkerScript } from '../../src/service/job-runner';
import { CANCELLED_MESSAGE } from '../../src/service/jobs';
import type { JobPhase, JobProgress } from '../../src/service/jobs-contract';
import { tempDir } from '../helpers/tmp';
import { woonwaartsOverview } from '../helpers/workbook';

const YEAR = 2027;
const NOW = new Date('2026-10-05T09:30:00Z');


const ACTIVITIES = [
  'Oplevering 60 sociale huurwoningen De Ruigenhoek',
  'Wijkschouw Druten-Zuid samen met HBD en de gemeente',
  'Pilot woningdelen voor jongeren in twee eengezinswoningen',
];

let tmp: ReturnType<typeof tempDir>;
let file: string;
let payload: FilePayload;
const opened: Werkbank[] = [];

function open(jobs?: { holdAt?: JobPhase; size?: number }): WerkbankApi {
  const werkbank = openWerkbank({ databasePath: file, changedBy: 'secretaris', now: () => NOW, ...(jobs ? { jobs } : {}) });
  opened.push(werkbank);
  return werkbank.api;
}

/** Every row of every table, to compare the database before and after. */
function dump(): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

/** Asks after a job until it is in the phase; fails when the call settles first. */
async function reachPhase(api: WerkbankApi, jobId: string, phase: JobPhase, call: { settled: boolean }): Promise<JobProgress> {
  for (;;) {
    const progress = await api.getJobProgress({ jobId });
    if (progress.phase === phase) return progress;
    if (call.settled) throw new Error(`De opdracht was klaar voordat fase ${phase} kwam (laatst: ${progress.phase}).`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: boolean } {
  const call = { promise, settled: false };
  promise.then(
    () => (call.settled = true),
    () => (call.settled = true),
  );
  return call;
}

beforeAll(async () => {
  if (!fs.existsSync(defaultWorkerScript())) throw new Error(`${defaultWorkerScript()} ontbreekt: draai eerst "npm run build".`);
  payload = await woonwaartsOverview(ACTIVITIES, 'woonwaarts-2027.xlsx');
});

beforeEach(() => {
  tmp = tempDir('werkbank-jobs-');
  file = path.join(tmp.dir, 'werkbank.sqlite');
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((w) => w.close()));
  tmp.cleanup();
});

describe('heavy calls in worker threads', () => {
  it('answer as the caller’s own thread does, with the caller’s clock, and the commit is seen by the light calls', async () => {
    const jobs = open({});
    const request = { file: payload, partyId: 'woonwaarts', planningYear: YEAR };
    const inWorker = await jobs.previewImport(request);
    const here = await open().previewImport(request);
    expect(inWorker).toEqual(here);
    expect(inWorker.activities.map((a) => a.activity)).toEqual(ACTIVITIES);

    const decisions = inWorker.activities.map((a) => ({ position: a.position, agreementId: a.link.status === 'choice' ? null : a.link.agreementId }));
    const result = await jobs.commitImport({ ...request, decisions, jobId: 'commit-woonwaarts-1' });
    expect(result.alreadyImported).toBe(false);
    // Recorded at the Werkbank's time (a practice date may differ from the computer's), not the worker's own.
    expect(result.submission.importedAt.slice(0, 10)).toBe('2026-10-05');
    expect((await jobs.listActivities({ planningYear: YEAR })).map((a) => a.activity)).toEqual(ACTIVITIES);
    expect(await jobs.getJobProgress({ jobId: 'commit-woonwaarts-1' })).toMatchObject({ state: 'unknown', phase: null });
  });

  it('leave the light calls answering while one is busy, and report its phase', async () => {
    const jobs = open({ holdAt: 'linking' });
    const jobId = 'preview-held-0001';
    const heavy = track(jobs.previewImport({ file: payload, partyId: 'woonwaarts', planningYear: YEAR, jobId }));
    const progress = await reachPhase(jobs, jobId, 'linking', heavy);
    expect(progress).toEqual({ jobId, state: 'running', phase: 'linking', label: 'Koppelen aan de afspraken', cancellable: true });

    // The worker holds in its phase; this thread answers the light calls meanwhile.
    expect(await jobs.listBundleVersions({ planningYear: YEAR })).toEqual([]);
    expect((await jobs.listParties()).map((p) => p.id)).toContain('woonwaarts');
    expect((await jobs.getAppInfo()).agreementSet.code).toBe('druten-2025-2028');
    expect(heavy.settled).toBe(false);

    expect(await jobs.cancelJob({ jobId })).toEqual({ cancelled: true, message: CANCELLED_MESSAGE });
    const error = await heavy.promise.then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'cancelled', message: CANCELLED_MESSAGE });
    expect(await jobs.cancelJob({ jobId })).toMatchObject({ cancelled: false });
  });

  it('cancelled in the middle of a commit, leave the database as it was and its write lock free', async () => {
    const held = open({ holdAt: 'finishing' });
    const before = dump();
    const jobId = 'commit-held-0001';
    const request = { file: payload, partyId: 'woonwaarts', planningYear: YEAR };
    const heavy = track(held.commitImport({ ...request, decisions: [], jobId }));
    // 'finishing' comes inside the transaction, after the submission and its activities are written.
    await reachPhase(held, jobId, 'finishing', heavy);
    expect((await held.cancelJob({ jobId })).cancelled).toBe(true);
    await expect(heavy.promise).rejects.toMatchObject({ code: 'cancelled' });

    expect(dump()).toBe(before);
    expect(await held.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR })).toEqual([]);
    // Nothing is left locked or half-written: the same import commits whole afterwards.
    const here = open();
    const result = await here.commitImport({ ...request, decisions: [] });
    expect(result.submission.version).toBe(1);
    expect((await here.listActivities({ planningYear: YEAR })).map((a) => a.activity)).toEqual(ACTIVITIES);
  });

  it('once committed, cannot be cancelled: the import stays, whole', async () => {
    const held = open({ holdAt: 'committed' });
    const jobId = 'commit-done-0001';
    const heavy = track(held.commitImport({ file: payload, partyId: 'woonwaarts', planningYear: YEAR, decisions: [], jobId }));
    expect(await reachPhase(held, jobId, 'committed', heavy)).toMatchObject({ state: 'running', cancellable: false });
    expect(await held.cancelJob({ jobId })).toEqual({ cancelled: false, message: expect.stringContaining('Te laat om te annuleren') });
    expect(heavy.settled).toBe(false);
    const versions = await held.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: YEAR });
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect((await held.listActivities({ planningYear: YEAR })).map((a) => a.activity)).toEqual(ACTIVITIES);
  });

  it('wait their turn when every worker is busy, and a waiting one can be cancelled', async () => {
    const jobs = open({ holdAt: 'reading', size: 1 });
    const first = track(jobs.previewImport({ file: payload, jobId: 'first-job-0001' }));
    await reachPhase(jobs, 'first-job-0001', 'reading', first);
    const second = track(jobs.exportJointOverview({ planningYear: YEAR, format: 'xlsx', jobId: 'second-job-0001' }));
    expect(await jobs.getJobProgress({ jobId: 'second-job-0001' })).toMatchObject({ state: 'queued', phase: 'waiting' });
    expect(await jobs.cancelJob({ jobId: 'second-job-0001' })).toMatchObject({ cancelled: true });
    await expect(second.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(first.settled).toBe(false);
    expect(await jobs.cancelJob({ jobId: 'first-job-0001' })).toMatchObject({ cancelled: true });
  });

  it('end when the Werkbank closes, answered as stopped', async () => {
    const werkbank = openWerkbank({ databasePath: file, now: () => NOW, jobs: { holdAt: 'reading' } });
    const heavy = track(werkbank.api.previewImport({ file: payload, jobId: 'closing-job-0001' }));
    await reachPhase(werkbank.api, 'closing-job-0001', 'reading', heavy);
    await werkbank.close();
    await expect(heavy.promise).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('De Werkbank stopt') });
  });

  it('answer in Dutch when their worker cannot run, and the next call tries a fresh one', async () => {
    const werkbank = openWerkbank({ databasePath: file, now: () => NOW, jobs: { workerScript: path.join(tmp.dir, 'ontbreekt.js') } });
    opened.push(werkbank);
    const lost = { code: 'internal', message: expect.stringContaining('De achtergrondtaak stopte onverwacht') };
    await expect(werkbank.api.getJointOverview({ planningYear: YEAR })).rejects.toMatchObject(lost);
    await expect(werkbank.api.getJointOverview({ planningYear: YEAR })).rejects.toMatchObject(lost);
    expect(await werkbank.api.listBundleVersions({ planningYear: YEAR })).toEqual([]);
  });

  it('go out of the browser shell as the JSON text their worker wrote, the same as computed here', async () => {
    const jobs = open({});
    const here = open();
    const arg = { planningYear: YEAR, jobId: 'overview-as-text-01' };
    const sent = await dispatchJson(jobs, 'getJointOverview', arg);
    const direct = await dispatchJson(here, 'getJointOverview', arg);
    expect(sent.errorCode).toBeNull();
    // The moment it was made is the only difference: the worker's clock runs from the caller's, a few milliseconds on.
    const withoutMoment = (json: string) => ({ ...(JSON.parse(json) as { value: object }).value, generatedAt: null });
    expect(withoutMoment(sent.json)).toEqual(withoutMoment(direct.json));
    expect(await dispatchJson(jobs, 'getJointOverview', { planningYear: 1900 })).toMatchObject({ errorCode: 'invalid_input' });
  });

  it('refuse a job name that is not one', async () => {
    const jobs = open({});
    await expect(jobs.getJobProgress({ jobId: 'a b' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(jobs.previewImport({ file: payload, jobId: '../../x' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('where calls run in the caller’s turn (the command line)', () => {
  it('no call is a job to ask after or cancel', async () => {
    const here = open();
    expect(await here.getJobProgress({ jobId: 'nothing-here-01' })).toMatchObject({ state: 'unknown', cancellable: false });
    expect(await here.cancelJob({ jobId: 'nothing-here-01' })).toMatchObject({ cancelled: false });
  });
});
