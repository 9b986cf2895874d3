// The import part of `npm run bench`: how far an import is from the exceljs
// read floor (the time exceljs alone takes to load the same files) on the
// realistic partner files and on a city's (5 parties × 1,200 activities), and
// what a very large workbook costs: 100,000 rows × 10 cells, and the largest a
// region's party writes (24,000 × 10). Each is measured in a process of its
// own, so that its memory and its heap are its own.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { linkActivities } from '../imports/link';
import { readActivityWorkbook } from '../imports/read-workbook';
import type { AgreementRow } from '../domain/agreements';
import { DEFAULT_SET_CODE, openWerkbank } from '../service/index';
import { examplePrecedents, loadLinkExamples } from '../imports/link-examples';
// The labelled partner spreadsheets live with the tests; the bench reads them the same way.
import { LABELLED_FILES } from '../../tests/fixtures/labelled-activities';
import { LABELLED_HOLDOUT_FILES } from '../../tests/fixtures/labelled-activities-holdout';
import { LABELLED_THIRD_FILES } from '../../tests/fixtures/labelled-activities-third';
import { largeActivityWorkbook } from './large-workbook';
import { generateWorkload, WORKLOAD_PARTIES } from './workload';
import { WORKLOADS, type WorkloadName } from './scale';

export interface ImportFile {
  fileName: string;
  partyId: string;
  planningYear: number;
  data: Uint8Array;
}

type ExcelBuffer = Parameters<ExcelJS.Workbook['xlsx']['load']>[0];

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export interface FloorResult {
  /** CPU time of exceljs alone loading the files. */
  floorMs: number;
  /** CPU time of importing them. */
  importMs: number;
  /** CPU time of the linker alone on the same activities: the part of the import that is its own. */
  linkMs: number;
  activities: number;
}

/** CPU time of exceljs loading every file, then of importing them as the command line does (kind, preview, commit). */
async function importVersusFloor(files: readonly ImportFile[]): Promise<FloorResult> {
  let since = process.cpuUsage();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.data) as unknown as ExcelBuffer);
  const floorMs = cpuMs(since);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-import-'));
  try {
    const werkbank = openWerkbank({ databasePath: path.join(dir, 'import.sqlite'), changedBy: 'benchmark' });
    let activities = 0;
    since = process.cpuUsage();
    for (const f of files) {
      const request = { file: { name: f.fileName, data: Buffer.from(f.data).toString('base64') }, partyId: f.partyId, planningYear: f.planningYear };
      await werkbank.api.previewImport(request);
      const preview = await werkbank.api.previewImport(request);
      // A file the secretary would first have to fix is previewed only, as the command line leaves it.
      if (preview.canCommit) await werkbank.api.commitImport(request);
      activities += preview.counts.activities;
    }
    const importMs = cpuMs(since);
    const agreements = await werkbank.api.listAgreements({});
    werkbank.close();

    const read = await Promise.all(files.map((f) => readActivityWorkbook(f.data, f.fileName)));
    // With the set's examples, as the import links.
    const examples = examplePrecedents(loadLinkExamples(DEFAULT_SET_CODE), agreements, 'all');
    since = process.cpuUsage();
    for (const r of read) linkActivities(r.activities, agreements, { fileName: r.fileName, examples });
    return { floorMs, importMs, linkMs: cpuMs(since), activities };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A workload's activities as each party writes them: its own workbook, a title and a header of its own, references to the afspraken. */
async function workloadFiles(name: WorkloadName, agreements: readonly AgreementRow[], planningYear: number): Promise<ImportFile[]> {
  const reference = new Map(agreements.map((a) => [a.id, a.reference]));
  const workload = generateWorkload(
    agreements.map((a) => a.id),
    { ...WORKLOADS[name], planningYear },
  );
  const files: ImportFile[] = [];
  for (const party of WORKLOAD_PARTIES) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(`Activiteiten ${planningYear}`);
    sheet.addRow([`Activiteitenoverzicht ${party.written} ${planningYear}`]);
    sheet.addRow([]);
    sheet.addRow(['Afspraak', 'Wat gaan we doen?', 'Wat hebben we nodig?', 'Van wie?', 'Planning']);
    (workload.get(party.id) ?? []).forEach((g, i) => {
      sheet.addRow([g.agreementId === null ? '' : (reference.get(g.agreementId) ?? ''), g.activity, g.needs ?? '', g.needsFrom ?? '', `Q${1 + (i % 4)} ${planningYear}`]);
    });
    files.push({
      fileName: `${party.written} activiteiten ${planningYear}.xlsx`,
      partyId: party.id,
      planningYear,
      data: new Uint8Array(await workbook.xlsx.writeBuffer()),
    });
  }
  return files;
}

export interface LargePreview {
  /** Wall-clock time of the preview, or of its refusal. */
  ms: number;
  peakRssBytes: number;
  /** The refusal's message, or null when the preview was made. */
  refused: string | null;
  activities: number;
}

/** Run as a child: previews one file from disk in a fresh database and prints one line of JSON. */
async function previewFromDisk(file: string): Promise<LargePreview> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-groot-'));
  try {
    const werkbank = openWerkbank({ databasePath: path.join(dir, 'groot.sqlite'), changedBy: 'benchmark' });
    const data = fs.readFileSync(file).toString('base64');
    const start = performance.now();
    let refused: string | null = null;
    let activities = 0;
    try {
      activities = (await werkbank.api.previewImport({ file: { name: path.basename(file), data }, partyId: 'woonwaarts', planningYear: 2027 })).activities.length;
    } catch (err) {
      refused = err instanceof Error ? err.message : String(err);
    }
    const ms = performance.now() - start;
    werkbank.close();
    return { ms, peakRssBytes: process.resourceUsage().maxRSS * 1024, refused, activities };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a workbook of rows × 10 cells and previews it in a process of its own. */
export function largePreview(rows: number): LargePreview | string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-groot-'));
  try {
    const file = path.join(dir, `Woonwaarts ${rows} rijen.xlsx`);
    fs.writeFileSync(file, largeActivityWorkbook(rows, 10));
    return runChild<LargePreview>(['preview', file]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The realistic partner files (the labelled ones) or a workload's, in a process of its own; prints one line of JSON. */
async function floorOf(name: 'realistisch' | WorkloadName): Promise<FloorResult> {
  if (name === 'realistisch') {
    const labelled = [...LABELLED_FILES, ...LABELLED_HOLDOUT_FILES, ...LABELLED_THIRD_FILES];
    return importVersusFloor(await Promise.all(labelled.map(async (f) => ({ ...f, data: await f.build() }))));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-afspraken-'));
  try {
    const werkbank = openWerkbank({ databasePath: path.join(dir, 'afspraken.sqlite') });
    const agreements = await werkbank.api.listAgreements({});
    werkbank.close();
    return importVersusFloor(await workloadFiles(name, agreements, 2027));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface PandasResult {
  /** CPU time of the Werkbank: import (preview and commit) of the city's five files, its joint overview and that overview in Excel. */
  werkbankMs: number;
  importMs: number;
  overviewMs: number;
  excelMs: number;
  /** CPU time of a pandas + openpyxl script that reads the same five files, concatenates them and writes one workbook (its imports not counted, as the Werkbank's are not). */
  pandasMs: number;
}

/**
 * What a plain script does with the same files: read each with pandas (openpyxl), concatenate, write one
 * workbook. No linking, no checks. Prints its own CPU seconds, after its imports.
 */
const PANDAS_SCRIPT = `
import sys, time
import pandas as pd
start = time.process_time()
frames = [pd.read_excel(f, header=2, engine='openpyxl') for f in sys.argv[2:]]
pd.concat(frames, ignore_index=True).to_excel(sys.argv[1], index=False, engine='openpyxl')
print(time.process_time() - start)
`;

/** Run as a child: the city's files through the Werkbank and through the pandas script, one line of JSON. */
async function versusPandas(): Promise<PandasResult | string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-pandas-'));
  try {
    const werkbank = openWerkbank({ databasePath: path.join(dir, 'stad.sqlite'), changedBy: 'benchmark' });
    const files = await workloadFiles('stad', await werkbank.api.listAgreements({}), 2027);
    const paths = files.map((f) => {
      const file = path.join(dir, f.fileName);
      fs.writeFileSync(file, f.data);
      return file;
    });
    let since = process.cpuUsage();
    for (const f of files) {
      const request = { file: { name: f.fileName, data: Buffer.from(f.data).toString('base64') }, partyId: f.partyId, planningYear: f.planningYear };
      const preview = await werkbank.api.previewImport(request);
      if (preview.canCommit) await werkbank.api.commitImport(request);
    }
    const importMs = cpuMs(since);
    since = process.cpuUsage();
    await werkbank.api.getJointOverview({ planningYear: 2027 });
    const overviewMs = cpuMs(since);
    since = process.cpuUsage();
    await werkbank.api.exportJointOverview({ planningYear: 2027, format: 'xlsx' });
    const excelMs = cpuMs(since);
    werkbank.close();

    // Debian's python3, where python3-pandas and python3-openpyxl install; another python3 on the PATH may lack them.
    const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const child = spawnSync(python, ['-c', PANDAS_SCRIPT, path.join(dir, 'samengevoegd.xlsx'), ...paths], { encoding: 'utf8' });
    const seconds = Number(child.stdout.trim().split('\n').pop());
    if (child.status !== 0 || !Number.isFinite(seconds)) {
      return /No module named|ENOENT/.test(`${child.stderr}${String(child.error ?? '')}`)
        ? 'niet gemeten: python3 met pandas en openpyxl ontbreekt (sudo apt-get install python3-pandas python3-openpyxl)'
        : `pandas-script mislukt (${child.status ?? child.signal}) ${child.stderr.slice(-300)}`;
    }
    return { werkbankMs: importMs + overviewMs + excelMs, importMs, overviewMs, excelMs, pandasMs: seconds * 1000 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The city's import, overview and Excel export against a pandas + openpyxl script that only concatenates the files, in a process of its own. */
export function cityVersusPandas(): PandasResult | string {
  const result = runChild<PandasResult | { error: string }>(['pandas']);
  return typeof result !== 'string' && 'error' in result ? result.error : result;
}

/** Import time ÷ read floor of the realistic files or a workload, measured in a process of its own. */
export function importFloor(name: 'realistisch' | WorkloadName): FloorResult | string {
  return runChild<FloorResult>(['floor', name]);
}

function runChild<T>(args: string[]): T | string {
  const child = spawnSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) return `mislukt (${child.status ?? child.signal}) ${child.stderr.slice(-400)}`;
  return JSON.parse(last) as T;
}

if (require.main === module) {
  const [mode, arg] = process.argv.slice(2);
  const print = (result: unknown) => process.stdout.write(`${JSON.stringify(result)}\n`);
  if (mode === 'preview' && arg !== undefined) {
    void previewFromDisk(arg).then(print);
  } else if (mode === 'floor' && (arg === 'realistisch' || arg === 'stad' || arg === 'regio')) {
    void floorOf(arg).then(print);
  } else if (mode === 'pandas') {
    void versusPandas().then((result) => print(typeof result === 'string' ? { error: result } : result));
  } else {
    process.stderr.write('Gebruik: import-bench preview BESTAND, import-bench floor realistisch|stad|regio, of import-bench pandas.\n');
    process.exitCode = 2;
  }
}
