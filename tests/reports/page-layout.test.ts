// How the Word documents fall over pages, as LibreOffice lays them out: the
// realistic joint overview (concept and definitive) and the realistic
// verantwoording and tussenevaluatie, each printed to PDF in one soffice run.
// No page ends with a heading or with a paragraph that leads into what follows
// (the last text line of every page, per pdftotext, is checked against them);
// the XML says so too (keepNext on headings and lead-ins, rows that do not
// split, repeated header rows). Every page goes to test-output/reports/pages/
// as a picture, for a person to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeJointOverview } from '../../src/bundle/compute';
import { writeAccountabilityDocx, writeAccountabilityXlsx } from '../../src/reports/accountability';
import { writeJointOverviewDocx, writeJointOverviewXlsx } from '../../src/reports/joint-overview';
import { SHORT_TABLE_ROWS } from '../../src/reports/joint-overview-docx';
import { realisticAccountabilityReport } from '../fixtures/accountability';
import { loadRealAgreementData, realisticBundleInput } from '../fixtures/bundle-activities';
import { docxPart, norm, soffice, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

const OUTPUT = path.join(__dirname, '../../test-output/reports/pages');
const KEYS = ['overzicht-concept', 'overzicht-definitief', 'verantwoording', 'tussenevaluatie'] as const;
type Key = (typeof KEYS)[number];

interface Line {
  text: string;
  /** The font size in points, from the line's height (Carlito's line is 1.3 times its size). */
  size: number;
  y: number;
}

interface Written {
  docx: Buffer;
  xml: string;
  pdf: string;
  /** Words broken over two lines of one block, as LibreOffice set them: the end of a line and the start of the next, joined. */
  joins: string[];
  /** Per page, the lines of text below the running header and above the footer, top to bottom. */
  pages: Line[][];
  /** Per page, where its lowest picture (a chart) ends, in points from the top; 0 when it has none. */
  pictureBottoms: number[];
}

const tmp = tempDir('werkbank-layout-');
const written = new Map<Key, Written>();

function get(key: Key): Written {
  const w = written.get(key);
  if (!w) throw new Error(`niet geschreven: ${key}`);
  return w;
}

/** A running header or footer line, not text of the page itself. */
function running(line: string): boolean {
  return /— pagina \d+ van \d+$/.test(line) || /^(CONCEPT — |WERKVERSIE — )/.test(line);
}

function pagesOf(pdf: string): Line[][] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = [...html.matchAll(/<page\b.*?<\/page>/gs)].map((page) =>
    [...page[0].matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<\/line>/gs)]
      .map((m) => ({
        text: norm(xmlToText([...(m[3] ?? '').matchAll(/<word[^>]*>(.*?)<\/word>/g)].map((w) => w[1]).join(' '))),
        size: (Number(m[2]) - Number(m[1])) / 1.3,
        y: Number(m[2]),
      }))
      .filter((l) => l.text !== '' && !running(l.text))
      .sort((a, b) => a.y - b.y),
  );
  expect(pages.length).toBe(count);
  return pages;
}

/** Every end of a line joined to the start of the next line of the same block: where a word broke, this is the word. */
function lineJoinsOf(pdf: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const joins: string[] = [];
  for (const block of html.matchAll(/<block\b.*?<\/block>/gs)) {
    const lines = [...block[0].matchAll(/<line\b.*?<\/line>/gs)].map((l) => [...l[0].matchAll(/<word[^>]*>(.*?)<\/word>/g)].map((w) => xmlToText(w[1] ?? '')));
    for (let i = 0; i + 1 < lines.length; i++) {
      const end = lines[i]?.[lines[i]!.length - 1];
      const start = lines[i + 1]?.[0];
      const piece = end?.replace(/[-\u00AD]$/, '');
      if (piece && start) joins.push(`${piece}${start}`);
    }
  }
  return joins;
}

/** The words of every header row of every table, as written. */
function headerWords(xml: string): Set<string> {
  const words = new Set<string>();
  for (const row of xml.matchAll(/<w:tr\b(?:(?!<\/w:tr>).)*?<w:tblHeader\/>.*?<\/w:tr>/gs)) {
    for (const cell of row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)) {
      for (const word of norm(xmlToText(cell[0]).replace(/\u00AD/g, '')).split(' ')) if (word.length >= 4) words.add(word);
    }
  }
  return words;
}

/** Where the lowest picture of each page ends, in points: a chart below the last line of text is what the page ends with. */
function pictureBottomsOf(pdf: string): number[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-q', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const bottoms: number[] = [];
  for (const page of xml.matchAll(/<page number="(\d+)"[^>]*height="([\d.]+)" width="([\d.]+)"[^>]*>(.*?)<\/page>/gs)) {
    // pdftohtml measures at 1.5 times the PDF's points (A4's long side: 1263), portrait or landscape.
    const scale = Math.max(Number(page[2]), Number(page[3])) / 842;
    const pictures = [...(page[4] ?? '').matchAll(/<image top="([\d.]+)" left="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)];
    bottoms[Number(page[1]) - 1] = Math.max(0, ...pictures.map((m) => (Number(m[1]) + Number(m[2])) / scale));
  }
  return bottoms;
}

/** The body's own paragraphs (not those in tables), each with its style and whether it keeps with the next. */
function bodyParagraphs(xml: string): { style: string; keepNext: boolean; text: string }[] {
  const body = xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '');
  return [...body.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => {
    const p = m[0];
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      keepNext: /<w:keepNext\/>/.test(p),
      text: norm(xmlToText(p)),
    };
  });
}

/** The font size of the styles whose paragraphs keep with the next (docx-styles.ts), and of the rest. */
const STYLE_SIZES: Record<string, number> = { Heading1: 16, Heading2: 13, Heading3: 11, Afspraaktekst: 10.5, Afspraakgegevens: 9, Toelichting: 9.5, Signaal: 9.5, Waarschuwing: 9.5 };
const KEEP_STYLES = new Set(['Heading1', 'Heading2', 'Heading3', 'Afspraaktekst', 'Afspraakgegevens']);

/** The texts that must never end a page: headings and the paragraphs that lead into a table, a chart or a list, with their size. */
function leadIns(xml: string): { text: string; size: number; heading: boolean }[] {
  return bodyParagraphs(xml)
    .filter((p) => p.text !== '' && (p.keepNext || KEEP_STYLES.has(p.style)))
    .map((p) => ({ text: p.text, size: STYLE_SIZES[p.style] ?? 10.5, heading: /^Heading/.test(p.style) }));
}

beforeAll(async () => {
  const data = await loadRealAgreementData();
  const concept = computeJointOverview(
    realisticBundleInput(data, { version: { number: 2, status: 'draft', savedAt: '2026-10-31T23:30:00.000Z', savedBy: 'secretaris' } }),
  );
  const definitive = computeJointOverview(
    realisticBundleInput(data, {
      notSubmitted: ['bewonersraad'],
      version: { number: 3, status: 'final', savedAt: '2026-11-20T09:00:00.000Z', savedBy: 'secretaris' },
      confirmLinks: true,
    }),
  );
  const docs: [Key, Buffer][] = [
    ['overzicht-concept', await writeJointOverviewDocx(concept)],
    ['overzicht-definitief', await writeJointOverviewDocx(definitive)],
    ['verantwoording', await writeAccountabilityDocx(await realisticAccountabilityReport('verantwoording'))],
    ['tussenevaluatie', await writeAccountabilityDocx(await realisticAccountabilityReport('tussenevaluatie'))],
  ];
  // The workbooks too, printed by LibreOffice: pictures only, their checks are in joint-overview and accountability.
  const workbooks: [string, Buffer][] = [
    ['werkmap-overzicht-definitief', await writeJointOverviewXlsx(definitive)],
    ['werkmap-tussenevaluatie', await writeAccountabilityXlsx(await realisticAccountabilityReport('tussenevaluatie'))],
  ];
  const inDir = path.join(tmp.dir, 'in');
  const pdfDir = path.join(tmp.dir, 'pdf');
  fs.mkdirSync(inDir);
  for (const [key, docx] of docs) fs.writeFileSync(path.join(inDir, `${key}.docx`), docx);
  for (const [key, xlsx] of workbooks) fs.writeFileSync(path.join(inDir, `${key}.xlsx`), xlsx);
  soffice(
    ['--convert-to', 'pdf', '--outdir', pdfDir, ...docs.map(([key]) => path.join(inDir, `${key}.docx`)), ...workbooks.map(([key]) => path.join(inDir, `${key}.xlsx`))],
    tmp.dir,
  );
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const [key, docx] of docs) {
    const pdf = path.join(pdfDir, `${key}.pdf`);
    written.set(key, { docx, xml: await docxPart(docx, 'word/document.xml'), pdf, joins: lineJoinsOf(pdf), pages: pagesOf(pdf), pictureBottoms: pictureBottomsOf(pdf) });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUTPUT, key)], { timeout: 120_000 });
    fs.copyFileSync(pdf, path.join(OUTPUT, `${key}.pdf`));
    fs.writeFileSync(path.join(OUTPUT, `${key}.docx`), docx);
  }
  for (const [key] of workbooks) execFileSync('pdftoppm', ['-png', '-r', '50', path.join(pdfDir, `${key}.pdf`), path.join(OUTPUT, key)], { timeout: 120_000 });
}, 400_000);

afterAll(() => tmp.cleanup());

describe.each(KEYS)('%s, as LibreOffice lays it out', (key) => {
  it('ends no page with a heading or with a paragraph that leads into what follows', () => {
    const { xml, pages, pictureBottoms } = get(key);
    const keep = leadIns(xml);
    expect(keep.filter((k) => k.heading).length).toBeGreaterThan(5);
    const endings: string[] = [];
    pages.forEach((lines, i) => {
      const last = lines[lines.length - 1];
      if (!last || i === pages.length - 1) return;
      // A chart below the last line ends the page: what led into it is with it. (Landscape pages are wider; A4 either way.)
      if ((pictureBottoms[i] ?? 0) > last.y) return;
      // The same words in a table cell (smaller print) are no lead-in: the size tells them apart.
      // The page's text ends with the whole lead-in, in its own size (the same words in a table cell are smaller).
      const text = lines.map((l) => l.text).join(' ');
      const hit = keep.find((k) => Math.abs(k.size - last.size) < 0.8 && text.endsWith(k.text) && k.text.endsWith(last.text));
      if (hit) endings.push(`pagina ${i + 1} eindigt met "${last.text}"${hit.heading ? ' (kop)' : ''}`);
    });
    expect(endings).toEqual([]);
  });

  it('has no empty page (a contents that spills a line onto a page of its own, say)', () => {
    const { pages, pictureBottoms } = get(key);
    const empty = pages.map((lines, i) => (lines.length === 0 && (pictureBottoms[i] ?? 0) === 0 ? i + 1 : 0)).filter((p) => p > 0);
    expect(empty).toEqual([]);
  });

  it('breaks no word of a table header over two lines', () => {
    const { xml, joins } = get(key);
    const words = headerWords(xml);
    expect(words.size).toBeGreaterThan(5);
    expect(joins.filter((j) => words.has(j))).toEqual([]);
  });

  it('keeps headings and lead-ins with what follows, table rows whole, and header rows repeated', () => {
    const { xml } = get(key);
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map((m) => m[0]);
      // The header row repeats on every page; no row breaks across a page.
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const r of rows) expect(r).toContain('<w:cantSplit/>');
      // Kept with the next row: a short table whole; a long one its header, its first row, and its last but one (no row alone on a page).
      const kept = rows.map((r) => [...r.matchAll(/<w:p[ >].*?<\/w:p>/gs)].every((p) => p[0].includes('<w:keepNext/>')));
      const body = rows.length - 1;
      if (body <= SHORT_TABLE_ROWS) expect(kept.slice(0, -1).every(Boolean)).toBe(true);
      else {
        expect(kept[0] && kept[1] && kept[rows.length - 2]).toBe(true);
        expect(kept.filter(Boolean).length).toBeLessThanOrEqual(4);
      }
    }
    // Every heading keeps with the next paragraph (by its style) and is not split itself.
    const styles = (async () => docxPart(get(key).docx, 'word/styles.xml'))();
    return styles.then((s) => {
      for (const id of ['Heading1', 'Heading2', 'Heading3']) {
        const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(s)?.[0] ?? '';
        expect(style, id).toContain('<w:keepNext/>');
        expect(style, id).toContain('<w:keepLines/>');
      }
    });
  });
});

describe('the pictures', () => {
  it('hold every page of every document', () => {
    for (const key of KEYS) {
      const pngs = fs.readdirSync(OUTPUT).filter((f) => f.startsWith(`${key}-`) && f.endsWith('.png'));
      expect(pngs.length, key).toBe(get(key).pages.length);
    }
  });
});
