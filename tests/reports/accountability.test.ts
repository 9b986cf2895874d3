// The verantwoording (2026) and the tussenevaluatie (2025–2026) as Word and
// Excel, on realistic results of all five parties: LibreOffice converts every
// document to PDF in one run, pdftotext and the docx XML prove every result,
// every deviation and every indicator message is in the Word document and the
// charts are embedded images; exceljs reads the workbooks back. The first pages
// go to test-output/reports/accountability/ as pictures to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasFigures } from '../../src/accountability/progress';
import type { AccountabilityReport } from '../../src/domain/accountability';
import { accountabilityFileName, writeAccountabilityDocx, writeAccountabilityXlsx } from '../../src/reports/accountability';
import { ACCOUNTABILITY_SHEETS } from '../../src/reports/accountability-xlsx';
import { overlapSummary, resultLines } from '../../src/reports/accountability-model';
import { lightText } from '../../src/domain/stoplight';
import { realisticAccountabilityReport, type AccountabilityKind } from '../fixtures/accountability';
import { docxPart, norm, pdfHas, pdfText, soffice, xmlToText } from '../helpers/office';
import { cellText, loadWorkbook, sheetRows } from '../helpers/sheet-rows';
import { tempDir } from '../helpers/tmp';

const OUTPUT = path.join(__dirname, '../../test-output/reports/accountability');
const KINDS: AccountabilityKind[] = ['verantwoording', 'tussenevaluatie'];

interface Written {
  report: AccountabilityReport;
  docx: Buffer;
  xlsx: Buffer;
  pdfText: string;
  xmlText: string;
  pdfFile: string;
}

const tmp = tempDir('werkbank-accountability-');
const written = new Map<string, Written>();
let noAdvice: Written;

function get(kind: string): Written {
  const w = written.get(kind);
  if (!w) throw new Error(`niet geschreven: ${kind}`);
  return w;
}

/** The last page whose text holds this text (past the table of contents). */
function lastPageWith(pdfFile: string, text: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1] ?? 0);
  let found = 0;
  for (let page = 1; page <= pages; page++) {
    const pageText = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfFile, '-'], { encoding: 'utf8' });
    if (norm(pageText).includes(norm(text))) {
      found = page;
      if (page > 3) return page;
    }
  }
  if (!found) throw new Error(`"${text}" staat op geen enkele pagina`);
  return found;
}

beforeAll(async () => {
  const inDir = path.join(tmp.dir, 'in');
  const pdfDir = path.join(tmp.dir, 'pdf');
  fs.mkdirSync(inDir);
  const files: string[] = [];
  const plan: { key: string; report: AccountabilityReport }[] = [];
  for (const kind of KINDS) plan.push({ key: kind, report: await realisticAccountabilityReport(kind) });
  plan.push({ key: 'zonder-advies', report: { ...(await realisticAccountabilityReport('tussenevaluatie')), advice: '' } });
  for (const { key, report } of plan) {
    const docx = await writeAccountabilityDocx(report);
    const xlsx = await writeAccountabilityXlsx(report);
    const base = `${key} ${accountabilityFileName(report, 'docx').replace(/\.docx$/, '')}`;
    fs.writeFileSync(path.join(inDir, `${base}.docx`), docx);
    fs.writeFileSync(path.join(inDir, `${base} werkmap.xlsx`), xlsx);
    files.push(path.join(inDir, `${base}.docx`), path.join(inDir, `${base} werkmap.xlsx`));
    const xml = await docxPart(docx, 'word/document.xml');
    const w: Written = { report, docx, xlsx, pdfText: '', xmlText: xmlToText(xml), pdfFile: path.join(pdfDir, `${base}.pdf`) };
    if (key === 'zonder-advies') noAdvice = w;
    else written.set(key, w);
  }
  // One LibreOffice run for every file.
  soffice(['--convert-to', 'pdf', '--outdir', pdfDir, ...files], tmp.dir);
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const f of fs.readdirSync(OUTPUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUTPUT, f));
  for (const w of [...written.values(), noAdvice]) w.pdfText = pdfText(w.pdfFile);
  for (const kind of KINDS) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '5', get(kind).pdfFile, path.join(OUTPUT, kind)], { timeout: 60_000 });
    // A page of the body (landscape) and of the indicators, to look at too.
    for (const [name, text] of [
      ['thema', 'Afspraak 1.1'],
      ['indicator', 'Uit de afspraken:'],
      ['bijlage', 'Bijlage: resultaten per partij'],
    ] as const) {
      const page = lastPageWith(get(kind).pdfFile, text);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), get(kind).pdfFile, path.join(OUTPUT, `${kind}-${name}`)], { timeout: 60_000 });
    }
    const xlsxPdf = get(kind).pdfFile.replace(/\.pdf$/, ' werkmap.pdf');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', xlsxPdf, path.join(OUTPUT, `${kind}-xlsx`)], { timeout: 60_000 });
  }
}, 300_000);

afterAll(() => tmp.cleanup());

describe('file names', () => {
  it('names the report after its kind and years', async () => {
    expect(accountabilityFileName(get('verantwoording').report, 'docx')).toBe('Verantwoording 2026.docx');
    expect(accountabilityFileName(get('tussenevaluatie').report, 'docx')).toBe('Tussenevaluatie 2025-2026.docx');
    expect(accountabilityFileName(get('tussenevaluatie').report, 'xlsx')).toBe('Tussenevaluatie 2025-2026.xlsx');
  });
});

describe.each(KINDS)('%s as Word', (kind) => {
  it('has the cover, the contents and the chapters', () => {
    const { pdfText, report } = get(kind);
    const title = kind === 'verantwoording' ? 'Verantwoording 2026' : 'Tussenevaluatie 2025–2026';
    expect(pdfText).toContain(title);
    expect(pdfText).toContain(report.agreementSet.title);
    for (const heading of ['Inhoud', 'Samenvatting', 'Stand per thema', 'Belangrijkste afwijkingen', 'Waar bijsturing nodig is', 'Ontbrekende toelichtingen', 'Bijlage: resultaten per partij']) {
      expect(pdfText, heading).toContain(heading);
    }
    // Both go to the Bestuurlijk Overleg with the werkgroep's advice (the verantwoording's fixture has none yet).
    expect(pdfText).toContain('Advies aan het Bestuurlijk Overleg');
    expect(pdfText.includes('Ontwikkeling per jaar')).toBe(kind === 'tussenevaluatie');
    // The footer carries the title and the page numbers.
    const raw = execFileSync('pdftotext', [get(kind).pdfFile, '-'], { encoding: 'utf8' });
    expect(raw).toMatch(new RegExp(`${title} — pagina 2 van \\d+`));
  });

  it('gives the table of contents its page numbers before Word updates the fields', async () => {
    // Word shows the field's stored result until it updates it; the layout estimate wrote the numbers there.
    const xml = xmlToText(await docxPart(get(kind).docx, 'word/document.xml'));
    expect(xml).toMatch(/Samenvatting\tPAGEREF _Toc\d+ \\h\d+/);
    // Page 2 is the bestuurlijke samenvatting; the contents follow on page 3.
    const contents = execFileSync('pdftotext', ['-layout', '-f', '3', '-l', '3', get(kind).pdfFile, '-'], { encoding: 'utf8' });
    expect(contents).toMatch(/Samenvatting\.{5,}\s*\d+/);
  });

  it('shows the traffic lights as words in coloured cells', () => {
    const { pdfText, report, docx } = get(kind);
    for (const t of report.themes) expect(pdfHas(pdfText, `${t.number} ${t.title}`), t.title).toBe(true);
    for (const t of report.themes) expect(pdfText, t.title).toContain(lightText(t.summary));
    expect(docx.length).toBeGreaterThan(0);
  });

  it('holds every result, every missing answer, every deviation and every indicator message', () => {
    const { pdfText, xmlText, report } = get(kind);
    const lines = resultLines(report);
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) {
      expect(pdfHas(xmlText, l.activity), l.activity).toBe(true);
      expect(pdfHas(pdfText, l.activity), `pdf: ${l.activity}`).toBe(true);
      if (l.result) expect(pdfHas(pdfText, l.result), l.result).toBe(true);
      if (l.explanation) expect(pdfHas(pdfText, l.explanation), l.explanation).toBe(true);
    }
    expect(lines.some((l) => l.status === 'unanswered')).toBe(true);
    expect(pdfText).toContain('geen antwoord');
    expect(report.deviations.length).toBeGreaterThan(0);
    for (const d of report.deviations) expect(pdfHas(pdfText, d.activity), d.activity).toBe(true);
    expect(report.missingExplanations.length).toBeGreaterThan(0);
    expect(pdfText).toContain('Toelichting ontbreekt');
    for (const p of report.indicators.filter(hasFigures)) expect(pdfHas(pdfText, p.message), p.message).toBe(true);
    for (const p of report.indicators.filter((i) => !hasFigures(i))) expect(pdfHas(pdfText, p.indicator.title), p.indicator.title).toBe(true);
    for (const n of report.notes) expect(pdfHas(pdfText, n), n).toBe(true);
    for (const u of report.unplanned) expect(pdfHas(pdfText, u.activity), u.activity).toBe(true);
  });

  it('embeds the charts as PNG images', async () => {
    const { docx, report } = get(kind);
    const zip = await JSZip.loadAsync(docx);
    const media = zip.file(/^word\/media\/.*\.png$/);
    // The status chart per theme, one per indicator with figures, and per party in a tussenevaluatie.
    expect(media.length).toBe(1 + report.indicators.filter(hasFigures).length + (kind === 'tussenevaluatie' ? 1 : 0));
    const first = await media[0]!.async('nodebuffer');
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<pic:pic/g) ?? []).length).toBe(media.length);
    // Written again (its charts now drawn once and reused), the same document with the same pictures;
    // only the numbers the docx library counts per process (bookmarks, drawings) go on.
    const again = await JSZip.loadAsync(await writeAccountabilityDocx(report));
    const renumbered = (text: string) => {
      const seen = new Map<string, number>();
      return text.replace(/_Toc\d+|(?:w:id|wp:docPr id|pic:cNvPr id)="\d+"/g, (n) => {
        if (!seen.has(n)) seen.set(n, seen.size);
        return `#${seen.get(n)}`;
      });
    };
    expect(renumbered(await again.file('word/document.xml')!.async('string'))).toBe(renumbered(xml));
    const againMedia = again.file(/^word\/media\/.*\.png$/);
    expect(await Promise.all(againMedia.map((f) => f.async('base64')))).toEqual(await Promise.all(media.map((f) => f.async('base64'))));
    // The Excel workbook shows the same pictures, byte for byte: one drawing serves both files.
    const workbookMedia = (await JSZip.loadAsync(get(kind).xlsx)).file(/^xl\/media\/.*\.png$/);
    const inWorkbook = new Set(await Promise.all(workbookMedia.map((f) => f.async('base64'))));
    for (const f of media) expect(inWorkbook.has(await f.async('base64')), f.name).toBe(true);
    // Result tables repeat their header row on every page.
    expect(xml.includes('<w:tblHeader/>')).toBe(true);
    expect(xml.includes('TOC \\h \\o')).toBe(true);
  });
});

describe('indicators in Word, read back by LibreOffice', () => {
  let html = '';
  beforeAll(() => {
    // LibreOffice reads the .docx and writes HTML: tables and headings as it understood them.
    const dir = path.join(tmp.dir, 'html');
    fs.mkdirSync(dir, { recursive: true });
    const source = path.join(dir, 'verantwoording.docx');
    fs.writeFileSync(source, get('verantwoording').docx);
    soffice(['--convert-to', 'html', '--outdir', dir, source], tmp.dir);
    html = fs.readFileSync(path.join(dir, 'verantwoording.html'), 'utf8');
  }, 120_000);

  const plain = (fragment: string) => norm(fragment.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&'));

  it('puts the indicators without figures in one table, without a heading or a chart each', () => {
    const { report } = get('verantwoording');
    const silent = report.indicators.filter((p) => !hasFigures(p));
    expect(silent.length).toBeGreaterThanOrEqual(2);
    const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => plain(m[0]));
    const holding = tables.filter((t) => silent.some((p) => t.includes(norm(p.indicator.title))));
    expect(holding).toHaveLength(1);
    for (const p of silent) {
      expect(holding[0], p.indicator.title).toContain(norm(p.indicator.title));
      expect(holding[0], p.indicator.title).toContain(norm(p.target));
    }
    const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => plain(m[1] as string));
    expect(headings).toContain(`Nog geen cijfers (${silent.length})`);
    for (const p of silent) expect(headings).not.toContain(norm(p.indicator.title));
    // Those with figures keep their heading.
    for (const p of report.indicators.filter(hasFigures)) expect(headings, p.indicator.title).toContain(norm(p.indicator.title));
  });

  it('says where indicators count the same homes: in the summary, the overview table and at the 180 and the 270', () => {
    const { report } = get('verantwoording');
    const text = plain(html);
    const summary = overlapSummary(report);
    expect(summary).toMatch(/^7 indicatoren tellen \(deels\) dezelfde woningen als een andere, zoals ‘Toevoeging sociale huurwoningen tot en met 2028’ en ‘Toevoeging sociale huurwoningen 2022–2030’/);
    expect(text.split(norm(summary ?? '-')).length - 1).toBe(2);
    expect(text).toContain(norm('Let op: tussenstap naar ‘Toevoeging sociale huurwoningen 2022–2030’, dezelfde woningen.'));
    for (const code of ['sociale-huur-180', 'sociale-huur-270']) {
      const p = report.indicators.find((i) => i.indicator.code === code);
      expect(text).toContain(norm(`Dezelfde woningen: ${p?.overlap ?? '-'}`));
    }
  });

  it('words a target of none as "geen (0)", never "ten minste 0"', () => {
    const text = plain(html);
    expect(text).toContain('geen (0) woningen met energielabel E, F of G eind 2028');
    expect(text).not.toMatch(/ten minste 0 /);
    expect(get('verantwoording').pdfText).not.toMatch(/ten minste 0 woning/);
  });
});

describe('the werkgroep’s advice', () => {
  it('is in the tussenevaluatie as written', () => {
    const { pdfText, report } = get('tussenevaluatie');
    expect(report.advice.trim()).not.toBe('');
    for (const part of report.advice.split(/\n\s*\n/)) expect(pdfHas(pdfText, part), part).toBe(true);
  });

  it('has no fill-in prompt when the advice was entered, and says which version it is', () => {
    const { pdfText } = get('tussenevaluatie');
    // Saved at 00:30 on 12 May in Druten: that is its date.
    expect(norm(pdfText)).toContain('(versie 2 van 12 mei 2027)');
    expect(pdfText).not.toContain('Eerste opzet');
    expect(pdfText).not.toContain('Vul het hieronder in');
    expect(pdfText).not.toContain('nog geen advies');
  });

  it('says plainly that there is no advice yet when none was written, without an empty box', async () => {
    expect(noAdvice.pdfText).toContain('Advies aan het Bestuurlijk Overleg');
    expect(norm(noAdvice.pdfText)).toContain('De werkgroep heeft over deze tussenevaluatie nog geen advies aan het Bestuurlijk Overleg gegeven.');
    expect(noAdvice.pdfText).not.toContain('Vul het hieronder in');
    expect(noAdvice.pdfText).not.toContain('Advies van de werkgroep');
    expect(norm(get('verantwoording').pdfText)).toContain('De werkgroep heeft over deze verantwoording nog geen advies aan het Bestuurlijk Overleg gegeven.');
    // One sentence takes no page of its own: it follows the chapter before it on the same page.
    const page = lastPageWith(noAdvice.pdfFile, 'nog geen advies aan het Bestuurlijk Overleg gegeven.');
    const text = norm(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), noAdvice.pdfFile, '-'], { encoding: 'utf8' }));
    expect(text.indexOf('Advies aan het Bestuurlijk Overleg')).toBeGreaterThan(200);
  });
});

describe.each(KINDS)('%s as Excel, printed by LibreOffice', (kind) => {
  it('prints every chart whole, each on a page of its own, and nowhere else', () => {
    const pdf = get(kind).pdfFile.replace(/\.pdf$/, ' werkmap.pdf');
    const withImages = execFileSync('pdftohtml', ['-xml', '-stdout', '-q', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const pages = [...withImages.matchAll(/<page number="(\d+)"[^>]*>(.*?)<\/page>/gs)].map((m) => ({
      images: (m[2]?.match(/<image /g) ?? []).length,
      text: m[2] ?? '',
    }));
    const chartPages = pages.filter((p) => p.images > 0);
    const report = get(kind).report;
    expect(chartPages).toHaveLength(2 + report.indicators.filter(hasFigures).length);
    for (const p of chartPages) {
      expect(p.images).toBe(1);
      expect(p.text).toContain(`blad ${ACCOUNTABILITY_SHEETS.charts}`);
    }
  });
});

describe.each(KINDS)('%s as Excel', (kind) => {
  it('has every sheet, every result line and the indicators per year', async () => {
    const { xlsx, report } = get(kind);
    const workbook = await loadWorkbook(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(ACCOUNTABILITY_SHEETS));

    const results = sheetRows(workbook, ACCOUNTABILITY_SHEETS.results);
    const lines = resultLines(report);
    expect(results.length).toBe(lines.length);
    for (const l of lines) {
      expect(results.some((r) => r.Activiteit === l.activity && r.Status === l.statusText && r.Jaar === String(l.year)), l.activity).toBe(true);
    }
    const sheet = workbook.getWorksheet(ACCOUNTABILITY_SHEETS.results)!;
    expect(sheet.autoFilter).toBeTruthy();
    // Partij and Activiteit first: frozen, and printed on every page the list runs over.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1', printTitlesColumn: 'A:B' });
    expect([1, 2].map((c) => cellText(sheet.getRow(1).getCell(c).value))).toEqual(['Partij', 'Activiteit']);
    // Each row as tall as its own texts: the afspraak's long text is not repeated on every row (it made rows a page
    // tall, mostly empty on the printed page without it); its reference leads to it on Per afspraak.
    expect(Object.keys(results[0] ?? {})).not.toContain('Afspraaktekst');
    // A row whose own texts are short is a few lines tall, however long its afspraak (Deest Zuid's is twenty lines).
    const short = lines.map((l, i) => ({ l, row: 2 + i })).filter(({ l }) => [l.activity, l.result, l.explanation].every((t) => t.length <= 80));
    expect(short.length).toBeGreaterThan(5);
    for (const { l, row } of short) expect(sheet.getRow(row).height ?? 0, l.activity).toBeLessThanOrEqual(5 * 14 + 3);
    const perAgreement = sheetRows(workbook, ACCOUNTABILITY_SHEETS.agreements);
    for (const l of lines.filter((x) => x.reference !== 'Niet gekoppeld')) expect(perAgreement.some((r) => r.Afspraak === l.reference), l.reference).toBe(true);

    const indicators = sheetRows(workbook, ACCOUNTABILITY_SHEETS.indicators);
    // The 180 says it counts the 270's homes; printed two pages wide, each with the indicator's name.
    expect(indicators.find((r) => r.Code === 'sociale-huur-180')?.['Dezelfde woningen']).toBe('tussenstap naar ‘Toevoeging sociale huurwoningen 2022–2030’, dezelfde woningen');
    expect(workbook.getWorksheet(ACCOUNTABILITY_SHEETS.indicators)?.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesColumn: 'A:B', fitToWidth: 2 });
    for (const p of report.indicators.filter(hasFigures)) {
      const row = indicators.find((r) => r.Code === p.indicator.code);
      expect(row, p.indicator.code).toBeDefined();
      expect(row!.Toelichting).toBe(p.message);
      const last = report.executionYears[report.executionYears.length - 1]!;
      const y = p.years.find((x) => x.year === last);
      const expected = y ? (y.cumulative ?? y.total) : null;
      if (expected !== null) expect(Number(row![String(last)])).toBeCloseTo(expected, 5);
    }
    // Indicators without figures: one small table, no chart each; the charts on a sheet of their own,
    // one a page; the lists have none, and the indicator code is there but hidden.
    const silent = report.indicators.filter((p) => !hasFigures(p));
    const indicatorSheet = workbook.getWorksheet(ACCOUNTABILITY_SHEETS.indicators)!;
    const texts = indicatorSheet.getSheetValues().flat().map((v) => cellText(v));
    expect(texts).toContain(`Nog geen cijfers (${silent.length})`);
    for (const p of silent) expect(texts, p.indicator.title).toContain(p.indicator.title);
    expect(texts.some((t) => /^ten minste 0\b/.test(t))).toBe(false);
    expect(indicatorSheet.getImages()).toHaveLength(0);
    expect(workbook.getWorksheet(ACCOUNTABILITY_SHEETS.summary)!.getImages()).toHaveLength(0);
    const chartSheet = workbook.getWorksheet(ACCOUNTABILITY_SHEETS.charts)!;
    expect(chartSheet.getImages()).toHaveLength(2 + report.indicators.length - silent.length);
    expect(chartSheet.pageSetup).toMatchObject({ orientation: 'landscape', scale: 100 });
    expect(chartSheet.pageSetup.fitToPage).toBeFalsy();
    expect(cellText(indicatorSheet.getRow(1).getCell(1).value)).toBe('Code');
    expect(indicatorSheet.getColumn(1).hidden).toBe(true);

    const steering = sheetRows(workbook, ACCOUNTABILITY_SHEETS.steering);
    expect(steering.filter((r) => r.Soort === 'Bijsturing nodig').length).toBe(report.steering.length);
    expect(steering.filter((r) => r.Soort === 'Afwijking').length).toBe(report.deviations.length);
    expect(steering.filter((r) => r.Soort === 'Niet gepland').length).toBe(report.unplanned.length);

    const parties = sheetRows(workbook, ACCOUNTABILITY_SHEETS.parties);
    expect(parties.map((p) => p.Partij)).toEqual(report.parties.map((p) => p.name));
    const summaryText = workbook
      .getWorksheet(ACCOUNTABILITY_SHEETS.summary)!
      .getSheetValues()
      .flat()
      .map((v) => cellText(v))
      .join('\n');
    for (const t of report.themes) expect(summaryText).toContain(`${t.number} ${t.title}`);
    if (kind === 'tussenevaluatie') expect(summaryText).toContain(report.advice.slice(0, 60));
  });
});
