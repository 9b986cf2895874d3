// `npm run bench`: how the Werkbank's work grows with its input. Prints ratios,
// never fails: a slow machine makes every number slower, not the ratios.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { matchPlannedActivities, type PlannedToMatch } from '../accountability/match';
import { linkActivities } from '../imports/link';
import { readActivityWorkbook } from '../imports/read-workbook';
import { openWerkbank } from '../service/index';
import type { WerkbankApi } from '../service/contract';
// The labelled partner spreadsheets live with the tests; the bench reads them the same way.
import { LABELLED_SETS } from '../../tests/fixtures/labelled-sets';
import type { LinkExamplesUse } from '../imports/link-examples';
import { cityVersusPandas, importFloor, largePreview } from './import-bench';
import { missingCase } from '../domain/assert';
import { scoreLinks, settleLabelledCases } from './link-accuracy';
import { documentsBench } from './documents';
import { scaleBench } from './scale';
import { startWebShell } from './web-shell';
import { filterBench } from './browser';

const SMALL = 200;
const LARGE = 2000;
/** More files than the reader keeps (4), so that none is read from what it kept. */
const FRESH = 5;

const ACTIVITIES = [
  'Wijkschouw organiseren in Deest samen met de gemeente',
  'Oplevering sociale huurwoningen De Ruigenhoek',
  'Energiecoaches inzetten voor huurders met label E, F of G',
  'Planmonitor delen met corporaties en huurdersorganisaties',
  'Verhuiscoach voor ouderen in grote eengezinswoningen',
  'Nieuwsbrief over energiebesparing aan alle leden',
];

/** A partner workbook of n activity rows, in a layout of their own; `variant` makes another file of the same size. */
async function partnerWorkbook(rows: number, variant = 0): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten');
  sheet.addRow([`Activiteitenoverzicht Woonwaarts 2027${variant > 0 ? ` (${variant})` : ''}`]);
  sheet.addRow([]);
  sheet.addRow(['Thema', 'Afspraak', 'Wat gaan we doen?', 'Van wie', 'Planning', 'Budget (€)']);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([`Thema ${1 + (i % 5)}`, `Bij ${1 + (i % 4)}`, `${ACTIVITIES[i % ACTIVITIES.length]} (${i + 1})`, 'Gemeente', `Q${1 + (i % 4)} 2027`, 1000 * i]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Median wall time of fn over a few runs, in milliseconds. */
async function time(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const nl = (n: number, digits = 1) => n.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function line(label: string, ratio: number, expectation: string): void {
  process.stdout.write(`${label.padEnd(58)} ×${nl(ratio).padStart(6)}   (${expectation})\n`);
}

/**
 * How long a light call (the list of saved versions) waits in the browser shell, run as its own
 * process as the user runs it, while a preview of a large workbook runs in a worker: milliseconds
 * from when it was wanted to its answer, the longest of them, beside how long the preview took.
 */
async function lightDuringHeavy(databasePath: string, file: { name: string; data: string }): Promise<void> {
  const shell = await startWebShell(databasePath);
  try {
    const url = shell.url;
    const token = url.searchParams.get('token') ?? '';
    // node:http, its answer read and dropped chunk by chunk: the client here should cost this process next to nothing.
    const call = (method: string, arg: unknown): Promise<void> =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify(arg);
        const req = http.request(
          {
            host: '127.0.0.1',
            port: Number(url.port),
            method: 'POST',
            path: `/api/${method}`,
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-werkbank-token': token },
          },
          (res) => {
            res.on('data', () => {});
            res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${method}: HTTP ${res.statusCode}`))));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    /** Light calls one after another, each after a pause of 5 ms (as a click would come), until `more` says stop: each one's wait, from when it was wanted to its answer. */
    const probe = async (more: (calls: number) => boolean): Promise<number[]> => {
      const PAUSE_MS = 5;
      const waits: number[] = [];
      while (more(waits.length)) {
        const wanted = performance.now() + PAUSE_MS;
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        await call('listBundleVersions', { planningYear: 2027 });
        waits.push(performance.now() - wanted);
      }
      return waits.sort((x, y) => x - y);
    };
    const median = (waits: number[]) => waits[Math.floor(waits.length / 2)] ?? 0;
    const longest = (waits: number[]) => waits[waits.length - 1] ?? 0;
    // Once, so that the worker is started and warm, as it is after the first import of a session.
    await call('previewImport', { file, partyId: 'woonwaarts' });
    let busy = true;
    const started = performance.now();
    const heavy = call('previewImport', { file, partyId: 'woonwaarts' }).finally(() => (busy = false));
    const during = await probe(() => busy);
    await heavy;
    const took = performance.now() - started;
    // The same number of calls with nothing heavy running: what this machine gives anyway (other programs, the clock).
    const idle = await probe((n) => n < during.length);
    process.stdout.write(
      `${`Lichte opdracht tijdens een voorvertoning van ${LARGE} rijen`.padEnd(58)} ${nl(longest(during), 0).padStart(6)} ms  ` +
        `(langste van ${during.length}, mediaan ${nl(median(during), 0)} ms; zonder zwaar werk ${nl(longest(idle), 0)} ms, mediaan ${nl(median(idle), 0)} ms; ` +
        `de voorvertoning duurde ${nl(took, 0)} ms in een worker; doel onder 100 ms)\n`,
    );
  } finally {
    shell.stop();
  }
}

/**
 * The parts that can be run alone, by name (`node --expose-gc dist/src/bench/main.js schaal`):
 * each in seconds or minutes instead of the whole bench.
 */
const PARTS = {
  schaal: 'het gezamenlijk overzicht van een stad (en met WERKBANK_BENCH_REGIO=1 een regio)',
  inlezen: 'inlezen t.o.v. de exceljs-leesvloer (realistisch, stad; met WERKBANK_BENCH_REGIO=1 ook regio)',
  pandas: 'stad: inlezen + overzicht + Excel t.o.v. een pandas + openpyxl-script dat de bestanden alleen samenvoegt',
  documenten: 'Word en Excel van de realistische fixtures, in CPU-seconden',
  koppelen: 'hoe vaak het eerste antwoord van de koppeling juist is op de gelabelde sets, ook met eerdere besluiten',
} as const;
type Part = keyof typeof PARTS;

/** The workloads of the import floor: the region only on request, as it takes minutes. */
const floorWorkloads = () => (process.env.WERKBANK_BENCH_REGIO === '1' ? (['realistisch', 'stad', 'regio'] as const) : (['realistisch', 'stad'] as const));

function importFloorLines(): void {
  for (const name of floorWorkloads()) {
    const floor = importFloor(name);
    const label = `Inlezen t.o.v. exceljs-leesvloer, ${name}`;
    if (typeof floor === 'string') process.stdout.write(`${label.padEnd(58)} ${floor}\n`);
    else {
      line(
        `${label} (${floor.activities.toLocaleString('nl-NL')} act.)`,
        floor.importMs / floor.floorMs,
        `doel ≤ ×1,5; het koppelen alleen is al ×${nl(floor.linkMs / floor.floorMs)}`,
      );
    }
  }
}

function pandasLine(): void {
  const label = 'Stad: inlezen + overzicht + Excel t.o.v. pandas + openpyxl';
  const result = cityVersusPandas();
  if (typeof result === 'string') {
    process.stdout.write(`${label.padEnd(58)} ${result}\n`);
    return;
  }
  line(
    label,
    result.werkbankMs / result.pandasMs,
    `doel < ×1; Werkbank ${nl(result.werkbankMs / 1000, 2)} s CPU (inlezen ${nl(result.importMs / 1000, 2)}, overzicht ${nl(result.overviewMs / 1000, 2)}, ` +
      `Excel ${nl(result.excelMs / 1000, 2)}), pandas ${nl(result.pandasMs / 1000, 2)} s CPU, alleen samenvoegen`,
  );
}

async function runPart(part: Part): Promise<void> {
  switch (part) {
    case 'schaal':
      scaleBench();
      return;
    case 'inlezen':
      importFloorLines();
      return;
    case 'pandas':
      pandasLine();
      return;
    case 'documenten':
      await documentsBench();
      return;
    case 'koppelen':
      await linkAccuracy();
      return;
    default:
      missingCase(part);
  }
}

/** The sets' ordinals as the bench prints them, in LABELLED_SETS' order. */
const ORDINALS = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende',
  'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste', 'eenentwintigste', 'tweeëntwintigste',
  'drieëntwintigste', 'vierentwintigste', 'vijfentwintigste', 'zesentwintigste', 'zevenentwintigste', 'achtentwintigste',
  'negenentwintigste', 'dertigste', 'eenendertigste', 'tweeëndertigste', 'drieëndertigste', 'vierendertigste', 'vijfendertigste',
  'zesendertigste', 'zevenendertigste', 'achtendertigste', 'negenendertigste', 'veertigste', 'eenenveertigste', 'tweeënveertigste',
  'drieënveertigste', 'vierenveertigste', 'vijfenveertigste', 'zesenveertigste', 'zevenenveertigste', 'achtenveertigste',
  'negenenveertigste', 'vijftigste', 'eenenvijftigste', 'tweeënvijftigste', 'drieënvijftigste',
  'vierenvijftigste', 'vijfenvijftigste', 'zesenvijftigste', 'zevenenvijftigste', 'achtenvijftigste', 'negenenvijftigste',
  'zestigste', 'eenenzestigste', 'tweeënzestigste', 'drieënzestigste', 'vierenzestigste', 'vijfenzestigste',
  'zesenzestigste', 'zevenenzestigste', 'achtenzestigste', 'negenenzestigste', 'zeventigste', 'eenenzeventigste',
  'tweeënzeventigste', 'drieënzeventigste', 'vierenzeventigste', 'vijfenzeventigste', 'zesenzeventigste', 'zevenenzeventigste',
  'achtenzeventigste', 'negenenzeventigste', 'tachtigste',
  'eenentachtigste', 'tweeëntachtigste', 'drieëntachtigste', 'vierentachtigste', 'vijfentachtigste', 'zesentachtigste',
  'zevenentachtigste', 'achtentachtigste', 'negenentachtigste',
  'negentigste', 'eenennegentigste', 'tweeënnegentigste', 'drieënnegentigste', 'vierennegentigste', 'vijfennegentigste',
  'zesennegentigste', 'zevenennegentigste', 'achtennegentigste', 'negenennegentigste', 'honderdste', 'honderdeerste',
  'honderdtweede', 'honderdderde', 'honderdvierde', 'honderdvijfde', 'honderdzesde', 'honderdzevende', 'honderdachtste', 'honderdnegende', 'honderdtiende',
  'honderdelfde', 'honderdtwaalfde', 'honderddertiende', 'honderdveertiende', 'honderdvijftiende',
  'honderdzestiende', 'honderdzeventiende', 'honderdachttiende', 'honderdnegentiende', 'honderdtwintigste',
  'honderdeenentwintigste', 'honderdtweeëntwintigste', 'honderddrieëntwintigste', 'honderdvierentwintigste', 'honderdvijfentwintigste',
  'honderdzesentwintigste', 'honderdzevenentwintigste', 'honderdachtentwintigste', 'honderdnegenentwintigste', 'honderddertigste', 'honderdeenendertigste',
  'honderdtweeëndertigste', 'honderddrieëndertigste', 'honderdvierendertigste',
  'honderdvijfendertigste', 'honderdzesendertigste', 'honderdzevenendertigste',
  'honderdachtendertigste', 'honderdnegenendertigste', 'honderdveertigste',
  'honderdeenenveertigste', 'honderdtweeënveertigste', 'honderddrieënveertigste',
  'honderdvierenveertigste', 'honderdvijfenveertigste', 'honderdzesenveertigste',
  'honderdzevenenveertigste', 'honderdachtenveertigste', 'honderdnegenenveertigste',
  'honderdvijftigste', 'honderdeenenvijftigste', 'honderdtweeënvijftigste',
  'honderddrieënvijftigste', 'honderdvierenvijftigste', 'honderdvijfenvijftigste',
  'honderdzesenvijftigste', 'honderdzevenenvijftigste', 'honderdachtenvijftigste',
  'honderdnegenenvijftigste', 'honderdzestigste', 'honderdeenenzestigste',
  'honderdtweeënzestigste', 'honderddrieënzestigste', 'honderdvierenzestigste',
  'honderdvijfenzestigste', 'honderdzesenzestigste', 'honderdzevenenzestigste',
  'honderdachtenzestigste', 'honderdnegenenzestigste', 'honderdzeventigste',
  'honderdeenenzeventigste', 'honderdtweeënzeventigste', 'honderddrieënzeventigste',
  'honderdvierenzeventigste', 'honderdvijfenzeventigste', 'honderdzesenzeventigste',
  'honderdzevenenzeventigste', 'honderdachtenzeventigste', 'honderdnegenenzeventigste',
  'honderdtachtigste', 'honderdeenentachtigste', 'honderdtweeëntachtigste',
  'honderddrieëntachtigste', 'honderdvierentachtigste', 'honderdvijfentachtigste',
  'honderdzesentachtigste', 'honderdzevenentachtigste', 'honderdachtentachtigste',
  'honderdnegenentachtigste', 'honderdnegentigste', 'honderdeenennegentigste',
  'honderdtweeënnegentigste', 'honderddrieënnegentigste', 'honderdvierennegentigste',
  'honderdvijfennegentigste', 'honderdzesennegentigste', 'honderdzevenennegentigste',
  'honderdachtennegentigste', 'honderdnegenennegentigste', 'tweehonderdste',
  'tweehonderdeerste', 'tweehonderdtweede', 'tweehonderdderde',
  'tweehonderdvierde', 'tweehonderdvijfde', 'tweehonderdzesde',
  'tweehonderdzevende', 'tweehonderdachtste', 'tweehonderdnegende',
  'tweehonderdtiende', 'tweehonderdelfde', 'tweehonderdtwaalfde',
  'tweehonderddertiende', 'tweehonderdveertiende', 'tweehonderdvijftiende',
  'tweehonderdzestiende', 'tweehonderdzeventiende', 'tweehonderdachttiende',
  'tweehonderdnegentiende', 'tweehonderdtwintigste', 'tweehonderdeenentwintigste',
  'tweehonderdtweeëntwintigste', 'tweehonderddrieëntwintigste', 'tweehonderdvierentwintigste',
  'tweehonderdvijfentwintigste', 'tweehonderdzesentwintigste', 'tweehonderdzevenentwintigste',
  'tweehonderdachtentwintigste', 'tweehonderdnegenentwintigste', 'tweehonderddertigste',
  'tweehonderdeenendertigste', 'tweehonderdtweeëndertigste', 'tweehonderddrieëndertigste',
  'tweehonderdvierendertigste', 'tweehonderdvijfendertigste', 'tweehonderdzesendertigste',
  'tweehonderdzevenendertigste', 'tweehonderdachtendertigste', 'tweehonderdnegenendertigste',
  'tweehonderdveertigste', 'tweehonderdeenenveertigste', 'tweehonderdtweeënveertigste',
  'tweehonderddrieënveertigste', 'tweehonderdvierenveertigste', 'tweehonderdvijfenveertigste',
  'tweehonderdzesenveertigste', 'tweehonderdzevenenveertigste', 'tweehonderdachtenveertigste',
  'tweehonderdnegenenveertigste', 'tweehonderdvijftigste', 'tweehonderdeenenvijftigste',
  'tweehonderdtweeënvijftigste', 'tweehonderddrieënvijftigste', 'tweehonderdvierenvijftigste',
  'tweehonderdvijfenvijftigste', 'tweehonderdzesenvijftigste', 'tweehonderdzevenenvijftigste',
  'tweehonderdachtenvijftigste', 'tweehonderdnegenenvijftigste', 'tweehonderdzestigste',
  'tweehonderdeenenzestigste', 'tweehonderdtweeënzestigste', 'tweehonderddrieënzestigste',
  'tweehonderdvierenzestigste', 'tweehonderdvijfenzestigste', 'tweehonderdzesenzestigste',
];

/** Runs fn against a fresh Werkbank that weighs the examples as asked. */
async function inFreshWerkbank<T>(examples: LinkExamplesUse, fn: (api: WerkbankApi) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-bench-links-'));
  const werkbank = openWerkbank({ databasePath: path.join(dir, 'bench.sqlite'), linkExamples: examples });
  try {
    return await fn(werkbank.api);
  } finally {
    await werkbank.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Which sets are judged after earlier decisions: every this many-th. */
const LATER_EVERY = 20;
/** How many sets before it are imported and decided first. */
const LATER_AFTER = 5;

/**
 * How right the links are, against partner spreadsheets labelled by meaning: shares, not ratios. The
 * example activities the app ships are made of these sets, so each set is judged with its own left out,
 * as a file the app has never seen; and once without any examples, to show what they add.
 */
async function linkAccuracy(): Promise<void> {
  // Every labelled set, its workbooks written once for the measures below.
  const labelledSets = await Promise.all(
    LABELLED_SETS.map(async (set, k) => ({
      name: set.name,
      label: `${ORDINALS[k] ?? `${k + 1}e`} gelabelde set`,
      cases: await Promise.all(set.files.map(async (f) => ({ ...f, data: await f.build() }))),
    })),
  );
  const unseen = { top1: 0, activities: 0 };
  const bare = { top1: 0, activities: 0 };
  /** Per set, its top-1 right as a file never seen: to set beside what earlier decisions add. */
  const firstTime: number[] = [];
  for (const [k, { name, label, cases }] of labelledSets.entries()) {
    const score = await inFreshWerkbank({ without: [name] }, (api) => scoreLinks(api, cases));
    firstTime[k] = score.top1;
    const alone = await inFreshWerkbank('none', (api) => scoreLinks(api, cases));
    process.stdout.write(
      `${`Koppelen: eerste antwoord juist (${label})`.padEnd(64)} ${nl((100 * score.top1) / score.activities).padStart(7)}%  ` +
        `(${score.top1} van ${score.activities}, zonder voorbeelden ${alone.top1}; ${score.wrongFacts.length} verkeerd als feit, ` +
        `${score.nonActivities.length} geen activiteit toch ingelezen)\n`,
    );
    // The first set tuned the linker; the others were never tuned on before their first run.
    if (k > 0) {
      unseen.top1 += score.top1;
      unseen.activities += score.activities;
      bare.top1 += alone.top1;
      bare.activities += alone.activities;
    }
  }
  const sets = `sets 2–${labelledSets.length}`;
  process.stdout.write(
    `${`Koppelen: eerste antwoord juist (${sets} samen)`.padEnd(64)} ${nl((100 * unseen.top1) / unseen.activities).padStart(7)}%  ` +
      `(${unseen.top1} van ${unseen.activities}, elke set zonder haar eigen voorbeelden; doel: 9 van 10)\n`,
  );
  process.stdout.write(
    `${`Koppelen zonder voorbeelden (${sets} samen)`.padEnd(64)} ${nl((100 * bare.top1) / bare.activities).padStart(7)}%  ` +
      `(${bare.top1} van ${bare.activities})\n`,
  );

  // A later year: earlier sets imported first, every link decided as labelled, as the secretary would have
  // done; a set is then judged on what the app learnt from those decisions. A sample of sets, each after the
  // few sets before it: the other sets all before each set would be hundreds of imports per set, hours.
  const later = { top1: 0, activities: 0, wrongFacts: 0, firstTime: 0 };
  const judged = labelledSets.map((_, k) => k).filter((k) => k > 0 && k % LATER_EVERY === 0);
  for (const k of judged) {
    const { name, cases } = labelledSets[k] as (typeof labelledSets)[number];
    const score = await inFreshWerkbank({ without: [name] }, async (api) => {
      await settleLabelledCases(api, labelledSets.slice(Math.max(0, k - LATER_AFTER), k).flatMap((set) => set.cases));
      return scoreLinks(api, cases);
    });
    later.top1 += score.top1;
    later.activities += score.activities;
    later.wrongFacts += score.wrongFacts.length;
    later.firstTime += firstTime[k] ?? 0;
  }
  process.stdout.write(
    `${`Koppelen met eerdere besluiten (${judged.length} sets, elk na de ${LATER_AFTER} ervoor)`.padEnd(64)} ${nl((100 * later.top1) / later.activities).padStart(7)}%  ` +
      `(${later.top1} van ${later.activities}, zonder die besluiten ${later.firstTime}; ${later.wrongFacts} verkeerd als feit)\n`,
  );
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (only.length > 0) {
    const unknown = only.filter((p) => !(p in PARTS));
    if (unknown.length > 0) {
      process.stderr.write(`Onbekend deel: ${unknown.join(', ')}. Kies uit:\n${Object.entries(PARTS).map(([k, v]) => `  ${k.padEnd(11)} ${v}`).join('\n')}\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`Werkbank-benchmark, deel ${only.join(', ')} (${os.cpus().length} kernen, Node ${process.version})\n\n`);
    for (const part of only) await runPart(part as Part);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-bench-'));
  try {
    const werkbank = openWerkbank({ databasePath: path.join(dir, 'bench.sqlite') });
    const agreements = await werkbank.api.listAgreements({});
    process.stdout.write(`Werkbank-benchmark (${os.cpus().length} kernen, Node ${process.version})\n\n`);

    // The reader keeps the last few workbooks it read: every timed run gets a file of its own.
    const fresh = async (rows: number) => {
      const files = await Promise.all(Array.from({ length: FRESH }, (_, i) => partnerWorkbook(rows, i + 1)));
      let next = 0;
      return () => files[next++ % FRESH] as Buffer;
    };
    const small = await partnerWorkbook(SMALL);
    const large = await partnerWorkbook(LARGE);
    const freshSmall = await fresh(SMALL);
    const freshLarge = await fresh(LARGE);
    const readSmall = await time(() => readActivityWorkbook(freshSmall(), 'klein.xlsx'));
    const readLarge = await time(() => readActivityWorkbook(freshLarge(), 'groot.xlsx'));
    line(`Werkmap inlezen, ${LARGE} t.o.v. ${SMALL} rijen`, readLarge / readSmall, `lineair = ×${LARGE / SMALL}`);

    const readSmallRows = (await readActivityWorkbook(small, 'klein.xlsx')).activities;
    const readLargeRows = (await readActivityWorkbook(large, 'groot.xlsx')).activities;
    const linkSmall = await time(() => linkActivities(readSmallRows, agreements));
    const linkLarge = await time(() => linkActivities(readLargeRows, agreements));
    line(`Koppelen aan afspraken, ${LARGE} t.o.v. ${SMALL} activiteiten`, linkLarge / linkSmall, `lineair = ×${LARGE / SMALL}`);

    const preview = await time(() => werkbank.api.previewImport({ file: { name: 'Woonwaarts activiteiten 2027.xlsx', data: freshLarge().toString('base64') }, partyId: 'woonwaarts' }), 3);
    line(`Voorvertoning ${LARGE} rijen t.o.v. alleen inlezen`, preview / readLarge, 'de rest van de voorvertoning');

    // Importing as the command line does (kind, preview, commit) against exceljs alone loading the same files.
    importFloorLines();
    pandasLine();
    // Very large workbooks, each previewed in a process of its own: read within bounds, or refused quickly.
    for (const rows of [24_000, 100_000]) {
      const large = largePreview(rows);
      const label = `Voorvertoning werkmap ${rows.toLocaleString('nl-NL')} rijen × 10 cellen`.padEnd(58);
      process.stdout.write(
        typeof large === 'string'
          ? `${label} ${large}\n`
          : `${label} ${large.refused === null ? `${large.activities.toLocaleString('nl-NL')} activiteiten in` : 'geweigerd na'} ` +
              `${nl(large.ms / 1000)} s, piek ${nl(large.peakRssBytes / 2 ** 20, 0)} MB   (doel ≤ 30 s en ≤ 600 MB, of geweigerd binnen 10 s)\n`,
      );
    }

    // A partner's own results rows against what it planned: every row is weighed against every planned activity.
    const plannedOf = (n: number): PlannedToMatch[] =>
      Array.from({ length: n }, (_, i) => ({ identity: `p${i}`, activity: `${ACTIVITIES[i % ACTIVITIES.length]} (${i + 1})`, agreementId: 1 + (i % 40) }));
    const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ activity: `${ACTIVITIES[i % ACTIVITIES.length]} nr. ${i + 1} gedaan`, agreementId: null }));
    const MATCH_SMALL = 25;
    const MATCH_LARGE = 100;
    const matchSmall = await time(() => matchPlannedActivities(rowsOf(MATCH_SMALL), plannedOf(MATCH_SMALL)));
    const matchLarge = await time(() => matchPlannedActivities(rowsOf(MATCH_LARGE), plannedOf(MATCH_LARGE)));
    line(
      `Resultaten bij gepland zoeken, ${MATCH_LARGE} t.o.v. ${MATCH_SMALL} rijen`,
      matchLarge / matchSmall,
      `rijen × gepland = ×${(MATCH_LARGE / MATCH_SMALL) ** 2}; een partij heeft er zelden 100`,
    );

    await linkAccuracy();

    const all = await time(() => werkbank.api.listAgreements({}), 20);
    const filtered = await time(() => werkbank.api.listAgreements({ partyId: 'woonwaarts', role: 'lead', year: 2027, text: 'woningen' }), 20);
    line('Afspraken zoeken met filters t.o.v. alle afspraken', filtered / all, 'minder rijen, dus ≤ ×1');

    // The page asks for the charts as SVG; the Word report draws them as PNG too.
    const charts = await time(() => werkbank.api.getAccountabilityCharts({ fromYear: 2026 }), 3);
    const word = await time(() => werkbank.api.exportAccountabilityReport({ fromYear: 2026, format: 'docx' }), 3);
    line('Grafieken voor de pagina (SVG) t.o.v. het Word-verslag', charts / word, 'de pagina wacht niet op PNG en opmaak');
    // The Word documents of the realistic fixtures in CPU seconds, against issue 12's targets.
    await documentsBench();

    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    await readActivityWorkbook(freshLarge(), 'groot.xlsx');
    const grown = Math.max(0, process.memoryUsage().heapUsed - before);
    line(`Geheugengroei bij inlezen t.o.v. bestandsgrootte (${nl(large.length / 1024, 0)} kB)`, grown / large.length, 'exceljs houdt de hele werkmap in het geheugen');
    await werkbank.close();

    await lightDuringHeavy(path.join(dir, 'bench.sqlite'), { name: 'Woonwaarts activiteiten 2027.xlsx', data: freshLarge().toString('base64') });

    // The joint overview of a city and (on request) a region, each in a process of its own.
    process.stdout.write('\n');
    scaleBench();
    // The page of the city's overview in Chromium: a filter keystroke to its rendered result.
    await filterBench();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
