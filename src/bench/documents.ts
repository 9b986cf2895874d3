// The Word and Excel documents of the realistic fixtures, timed in CPU seconds against
// issue 12's targets: the joint overview in Word in at most 1.5 s, the verantwoording in 3 s.
// Run alone (`node dist/src/bench/documents.js [out-dir]`) it also writes the documents,
// so that a profile (`node --cpu-prof`) or a comparison of their text can use them.
import fs from 'node:fs';
import path from 'node:path';
import { computeJointOverview } from '../bundle/compute';
import { writeAccountabilityDocx, writeAccountabilityXlsx } from '../reports/accountability';
import { forgetChartImages } from '../reports/charts';
import { writeJointOverviewDocx, writeJointOverviewXlsx } from '../reports/joint-overview';
import { realisticAccountabilityReport } from '../../tests/fixtures/accountability';
import { loadRealAgreementData, realisticBundleInput } from '../../tests/fixtures/bundle-activities';

/** Targets of issue 12 in CPU seconds. */
const JOINT_DOCX_TARGET = 1.5;
const ACCOUNTABILITY_DOCX_TARGET = 3;

/**
 * CPU seconds (user + system) of fn, the least of a few runs after a first one
 * that warms the code up, and what it returned. `fresh` runs before each run,
 * outside the time.
 */
async function cpu<T>(fn: () => Promise<T>, runs: number, fresh: () => void = () => {}): Promise<{ seconds: number; result: T }> {
  let best = Infinity;
  let result: T | undefined;
  await fn();
  for (let i = 0; i < runs; i++) {
    fresh();
    const start = process.cpuUsage();
    result = await fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { seconds: best, result: result as T };
}

const nl = (n: number, digits = 2) => n.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function documentsBench(outDir?: string, runs = 3): Promise<void> {
  const data = await loadRealAgreementData();
  const overview = computeJointOverview(realisticBundleInput(data, { version: { number: 2, status: 'draft', savedAt: '2026-10-31T23:30:00.000Z', savedBy: 'secretaris' } }));
  const report = await realisticAccountabilityReport('verantwoording');
  const items: { label: string; file: string; write: () => Promise<Uint8Array | Buffer>; target?: number }[] = [
    { label: 'Gezamenlijk overzicht in Word', file: 'overzicht.docx', write: () => writeJointOverviewDocx(overview, {}), target: JOINT_DOCX_TARGET },
    { label: 'Gezamenlijk overzicht in Excel', file: 'overzicht.xlsx', write: () => writeJointOverviewXlsx(overview, {}) },
    { label: 'Verantwoording in Word', file: 'verantwoording.docx', write: () => writeAccountabilityDocx(report), target: ACCOUNTABILITY_DOCX_TARGET },
    { label: 'Verantwoording in Excel', file: 'verantwoording.xlsx', write: () => writeAccountabilityXlsx(report) },
  ];
  const only = process.env.ONLY;
  for (const item of items.filter((i) => !only || i.file === only)) {
    // Every chart drawn anew, as for the first export of these figures.
    const { seconds, result } = await cpu(item.write, runs, forgetChartImages);
    const target = item.target ? `   ×${nl(seconds / item.target).padStart(5)} van het doel (${nl(item.target, 1)} s)` : '';
    process.stdout.write(`${`${item.label} (realistisch), CPU`.padEnd(58)} ${nl(seconds).padStart(6)} s${target}\n`);
    if (outDir) fs.writeFileSync(path.join(outDir, item.file), result);
  }
  // Exported again (or the page showed the charts first): the charts are drawn once.
  const again = await cpu(() => writeAccountabilityDocx(report), runs);
  process.stdout.write(`${'Verantwoording in Word opnieuw (grafieken al getekend), CPU'.padEnd(58)} ${nl(again.seconds).padStart(6)} s   ×${nl(again.seconds / ACCOUNTABILITY_DOCX_TARGET).padStart(5)} van het doel\n`);
  // Word and Excel share the charts' pictures: the workbook after the document draws none.
  const workbook = await cpu(() => writeAccountabilityXlsx(report), runs);
  process.stdout.write(`${'Verantwoording in Excel na Word (zelfde grafieken), CPU'.padEnd(58)} ${nl(workbook.seconds).padStart(6)} s\n`);
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  void documentsBench(outDir, Number(process.env.RUNS ?? 3));
}
