// The scale part of `npm run bench`: the joint overview of a city (5 parties
// × 1,200 activities) and of a region (5 × 24,000). Each workload's database
// is written by one process (`prepare`) and its overview measured by another
// (`measure`, one line of JSON) that opens it as the app opens a user's, so
// that the peak memory is the overview's own; scaleBench() runs those steps
// and prints the numbers against the targets of issue 12.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/open';
import { loadPartyDirectory } from '../db/party-directory';
import { findSetId } from '../db/seed';
import { createPartyResolver } from '../domain/parties';
import { DEFAULT_SET_CODE, openWerkbank, type Werkbank } from '../service/index';
import type { JointOverview } from '../domain/joint-overview';
import { generateWorkload, storeWorkload } from './workload';

const YEAR = 2027;

export const WORKLOADS = {
  stad: { perParty: 1_200, places: 8 },
  regio: { perParty: 24_000, places: 40 },
} as const;
export type WorkloadName = keyof typeof WORKLOADS;

export interface ScaleResult {
  activities: number;
  duplicates: number;
  needs: number;
  /** The first overview of the year, computed: CPU time of this process (the machine may be busy with others). */
  overviewMs: number;
  /** The same, as wall-clock time. */
  overviewWallMs: number;
  /** The same overview asked again, nothing changed in between. */
  againMs: number;
  /**
   * Computed anew after one alignment decision, as the app does after each decision: CPU time, then
   * wall-clock time. The second computation in this process; the first also paid for loading its code.
   */
  afterDecisionMs: number;
  afterDecisionWallMs: number;
  /** The process's peak resident memory, workload included. */
  peakRssBytes: number;
  /** The process's peak before the overview was asked: the workload, the database, the code. */
  rssBeforeBytes: number;
}

/**
 * A Werkbank on a new database at databasePath with a generated workload stored for the planning
 * year (2027), as five parties' imports would have left it; open, for the caller to use and close.
 */
export async function workloadDatabase(databasePath: string, options: { perParty: number; places: number }, planningYear = YEAR): Promise<Werkbank> {
  const werkbank = openWerkbank({ databasePath, changedBy: 'benchmark' });
  const agreements = await werkbank.api.listAgreements({});
  const db = openDatabase(databasePath);
  try {
    const setId = findSetId(db, DEFAULT_SET_CODE) as number;
    const resolver = createPartyResolver(loadPartyDirectory(db));
    const workload = generateWorkload(
      agreements.map((a) => a.id),
      { ...options, planningYear },
    );
    storeWorkload(db, setId, planningYear, workload, (written) => resolver.resolve(written));
    workload.clear();
  } finally {
    db.close();
  }
  return werkbank;
}

/** The counts the bench reports of an overview, and the identity of one of its activities. */
function summary(overview: JointOverview): { counts: Pick<ScaleResult, 'activities' | 'duplicates' | 'needs'>; decided: string } {
  const decided = overview.unlinked[0] ?? overview.themes.flatMap((t) => t.topics).flatMap((t) => t.agreements).flatMap((a) => a.activities)[0];
  if (!decided) throw new Error('Het overzicht heeft geen activiteiten.');
  return { counts: { activities: overview.counts.activities, duplicates: overview.duplicates.length, needs: overview.needs.length }, decided: decided.identity };
}

/** Writes the workload's database at databasePath, in a process of its own: what it leaves behind is not the app's. */
async function prepare(name: WorkloadName, databasePath: string): Promise<void> {
  (await workloadDatabase(databasePath, WORKLOADS[name])).close();
}

/** Opens the workload's database as the app opens a user's, and measures its overview. */
async function measure(databasePath: string): Promise<ScaleResult> {
  const werkbank = openWerkbank({ databasePath, changedBy: 'benchmark' });
  global.gc?.();
  const rssBeforeBytes = process.resourceUsage().maxRSS * 1024;
  const cpu = process.cpuUsage();
  let start = performance.now();
  // What is measured of the overview, and the activity decided on: the overview itself is not held on to, as
  // the app's server holds none once it has sent it (beside the one it keeps until the data changes).
  const { counts, decided } = summary(await werkbank.api.getJointOverview({ planningYear: YEAR }));
  const overviewWallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const overviewMs = (used.user + used.system) / 1000;
  start = performance.now();
  await werkbank.api.getJointOverview({ planningYear: YEAR });
  const againMs = performance.now() - start;
  await werkbank.api.updateAlignment({ planningYear: YEAR, identity: decided, notes: 'Besproken in de werkgroep.' });
  const decisionCpu = process.cpuUsage();
  start = performance.now();
  await werkbank.api.getJointOverview({ planningYear: YEAR });
  const afterDecisionWallMs = performance.now() - start;
  const decisionUsed = process.cpuUsage(decisionCpu);
  const afterDecisionMs = (decisionUsed.user + decisionUsed.system) / 1000;
  const result: ScaleResult = {
    ...counts,
    overviewMs,
    overviewWallMs,
    againMs,
    afterDecisionMs,
    afterDecisionWallMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBeforeBytes,
  };
  werkbank.close();
  return result;
}

/** A child process of this script: `prepare` writes the database and prints nothing, `measure` prints one line of JSON. */
function child(step: 'prepare' | 'measure', name: WorkloadName, databasePath: string): { ok: true; last: string } | { ok: false; why: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', __filename, step, name, databasePath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || (step === 'measure' && !last.startsWith('{'))) return { ok: false, why: `${run.status ?? run.signal} ${run.stderr.slice(-400)}` };
  return { ok: true, last };
}

/**
 * The workload's database written by one process, its overview measured by another that opens it, as the
 * app opens a user's: the peak memory is the overview's, not the generator's.
 */
function run(name: WorkloadName): ScaleResult | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-schaal-'));
  try {
    const databasePath = path.join(dir, 'schaal.sqlite');
    const prepared = child('prepare', name, databasePath);
    const measured = prepared.ok ? child('measure', name, databasePath) : prepared;
    if (!measured.ok) {
      process.stdout.write(`  ${name}: mislukt (${measured.why})\n`);
      return null;
    }
    return JSON.parse(measured.last) as ScaleResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const nl = (n: number, digits = 1) => n.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${nl(bytes / 2 ** 20, 0)} MB`;

function report(name: WorkloadName, r: ScaleResult, targetMs: number, targetBytes?: number): void {
  const target = `doel ≤ ${nl(targetMs / 1000, 0)} s${targetBytes ? ` en ≤ ${mb(targetBytes)}` : ''}`;
  process.stdout.write(
    `${`Gezamenlijk overzicht ${name} (${r.activities.toLocaleString('nl-NL')} activiteiten)`.padEnd(58)} ` +
      `${nl(r.overviewMs / 1000, 2).padStart(6)} s CPU (${nl(r.overviewWallMs / 1000, 2)} s klok), piek ${mb(r.peakRssBytes)} (vooraf ${mb(r.rssBeforeBytes)})   (${target})\n` +
      `${'  nogmaals gevraagd, niets veranderd'.padEnd(58)} ${nl(r.againMs, 1).padStart(6)} ms   ` +
      `(${r.duplicates.toLocaleString('nl-NL')} voorstellen samenvoegen, ${r.needs.toLocaleString('nl-NL')} vragen)\n` +
      `${'  opnieuw berekend na een afstemmingsbesluit'.padEnd(58)} ${nl(r.afterDecisionMs / 1000, 2).padStart(6)} s CPU (${nl(r.afterDecisionWallMs / 1000, 2)} s klok)   ` +
      `(de tweede berekening in dit proces, zoals in de app na elk besluit)\n`,
  );
}

/** Runs the city workload, and the region one when WERKBANK_BENCH_REGIO=1 (it takes minutes, not seconds). */
export function scaleBench(): void {
  const city = run('stad');
  if (city) report('stad', city, 1_000);
  if (process.env.WERKBANK_BENCH_REGIO !== '1') {
    process.stdout.write(`${'Regio (5 × 24.000): WERKBANK_BENCH_REGIO=1 npm run bench'.padEnd(58)}\n`);
    return;
  }
  const region = run('regio');
  if (!region) return;
  report('regio', region, 15_000, 2 ** 30);
  if (city) {
    const growth = region.overviewMs / city.overviewMs;
    const data = region.activities / city.activities;
    process.stdout.write(`${`Stad → regio (×${nl(data, 0)} activiteiten)`.padEnd(58)} ×${nl(growth).padStart(6)}   (doel ≤ ×25)\n`);
  }
}

const isWorkload = (name: string | undefined): name is WorkloadName => name === 'stad' || name === 'regio';

if (require.main === module) {
  const [step, name, databasePath] = process.argv.slice(2);
  if (step === 'prepare' && isWorkload(name) && databasePath) {
    void prepare(name, databasePath);
  } else if (step === 'measure' && isWorkload(name) && databasePath) {
    void measure(databasePath).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
  } else if (step === undefined) {
    scaleBench();
  } else {
    process.stderr.write(`Gebruik: scale.js [prepare|measure] [${Object.keys(WORKLOADS).join('|')}] database.sqlite\n`);
    process.exitCode = 2;
  }
}
