// The gezamenlijk activiteitenoverzicht as Word and Excel, on realistic 2027
// submissions of all five parties: every document is opened by a reader no
// one here wrote (LibreOffice prints it to PDF, and writes every sheet of the
// workbooks as CSV), and read back independently (pdftotext, the docx XML,
// exceljs, LibreOffice's CSV) to prove every activity and every aandachtspunt
// is in it. Two soffice runs for all files keep it quick. The first pages go
// to test-output/reports/ as pictures to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeJointOverview } from '../../src/bundle/compute';
import { openQuestions } from '../../src/domain/open-questions';
import type { BundleActivity, JointOverview, NeedCheck } from '../../src/domain/joint-overview';
import { jointOverviewFileName, writeJointOverviewDocx, writeJointOverviewXlsx } from '../../src/reports/joint-overview';
import { XLSX_SHEETS } from '../../src/reports/joint-overview-xlsx';
import { loadRealAgreementData, realisticBundleInput } from '../fixtures/bundle-activities';
import { docxPart, docxParts, norm, parseCsv, pdfHas, soffice, xmlToText } from '../helpers/office';
import { cellText, loadWorkbook, sheetRows } from '../helpers/sheet-rows';
import { tempDir } from '../helpers/tmp';
import { readRawXlsx } from '../requests/xlsx-raw';

const OUTPUT = path.join(__dirname, '../../test-output/reports');
const PARTY = 'woonwaarts';
/** What a partner's own columns hold: their internal numbers, not for the other parties. */
const OWN_COLUMNS = { Projectnummer: 'WW-P-2027', Kostenplaats: '4410 Vastgoed intern' };

interface Doc {
  key: string;
  fileName: string;
  data: Buffer;
  overview: JointOverview;
  partyId?: string;
  /** pdftotext of LibreOffice's PDF, with the running header and footer lines taken out. */
  pdfText: string;
  pdfFile: string;
}

const tmp = tempDir('werkbank-reports-');
const docs = new Map<string, Doc>();
const csv = new Map<string, Map<string, string[][]>>();
let concept: JointOverview;
let definitive: JointOverview;
/** Early in the cycle: nobody has submitted yet, nothing saved. */
let empty: JointOverview;

function doc(key: string): Doc {
  const d = docs.get(key);
  if (!d) throw new Error(`niet geschreven: ${key}`);
  return d;
}

function activitiesOf(o: JointOverview): BundleActivity[] {
  return [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...o.unlinked];
}

beforeAll(async () => {
  const data = await loadRealAgreementData();
  const conceptInput = realisticBundleInput(data, { version: { number: 2, status: 'draft', savedAt: '2026-10-31T23:30:00.000Z', savedBy: 'secretaris' } });
  // Columns of the partners' own that the reader did not know, kept with their activities for the app.
  for (const a of conceptInput.activities) {
    if (a.partyId === PARTY) a.extra = { ...OWN_COLUMNS, Projectnummer: `${OWN_COLUMNS.Projectnummer}-${a.position}` };
    if (a.agreementId === null) a.extra = { ...OWN_COLUMNS };
  }
  concept = computeJointOverview(conceptInput);
  definitive = computeJointOverview(
    realisticBundleInput(data, {
      notSubmitted: ['bewonersraad'],
      version: { number: 3, status: 'final', savedAt: '2026-11-20T09:00:00.000Z', savedBy: 'secretaris' },
      // As the service demands before freezing: the secretary confirmed the proposals.
      confirmLinks: true,
    }),
  );

  empty = computeJointOverview(realisticBundleInput(data, { notSubmitted: concept.parties.map((p) => p.id) }));

  const inDir = path.join(tmp.dir, 'in');
  const pdfDir = path.join(tmp.dir, 'pdf');
  const csvDir = path.join(tmp.dir, 'csv');
  fs.mkdirSync(inDir);
  const party = concept.parties.find((p) => p.id === PARTY);
  const plan: { key: string; overview: JointOverview; format: 'docx' | 'xlsx'; partyId?: string }[] = [
    { key: 'docx', overview: concept, format: 'docx' },
    { key: 'docx-party', overview: concept, format: 'docx', partyId: PARTY },
    { key: 'docx-definitive', overview: definitive, format: 'docx' },
    { key: 'xlsx', overview: concept, format: 'xlsx' },
    { key: 'xlsx-party', overview: concept, format: 'xlsx', partyId: PARTY },
    { key: 'docx-empty', overview: empty, format: 'docx' },
    { key: 'xlsx-empty', overview: empty, format: 'xlsx' },
  ];
  const written: { key: string; file: string; base: string }[] = [];
  for (const item of plan) {
    const options = item.partyId ? { partyId: item.partyId } : {};
    const bytes = item.format === 'docx' ? await writeJointOverviewDocx(item.overview, options) : await writeJointOverviewXlsx(item.overview, options);
    const fileName = jointOverviewFileName(item.overview, item.format, item.partyId ? party?.shortName : undefined);
    // The Word and Excel files share a name but for the extension, and LibreOffice names its PDF after the name alone.
    const base = `${item.key} ${fileName.replace(/\.(docx|xlsx)$/, '')}`;
    const file = path.join(inDir, `${base}.${item.format}`);
    fs.writeFileSync(file, bytes);
    written.push({ key: item.key, file, base });
    docs.set(item.key, {
      key: item.key,
      fileName,
      data: bytes,
      overview: item.overview,
      ...(item.partyId ? { partyId: item.partyId } : {}),
      pdfText: '',
      pdfFile: path.join(pdfDir, `${base}.pdf`),
    });
  }

  soffice(['--convert-to', 'pdf', '--outdir', pdfDir, ...written.map((w) => w.file)], tmp.dir);
  // Every sheet as its own CSV file (the last token, -1, asks for all sheets): "<name>-<sheet>.csv".
  soffice([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir',
    csvDir,
    ...written.filter((w) => w.file.endsWith('.xlsx')).map((w) => w.file),
  ], tmp.dir);

  for (const w of written) {
    const d = doc(w.key);
    const raw = execFileSync('pdftotext', [d.pdfFile, '-'], { encoding: 'utf8' });
    // A paragraph that runs over a page break has the footer and header between its halves.
    d.pdfText = raw
      .split('\n')
      .filter((line) => !/— pagina \d+ van \d+$/.test(line.trim()) && !/^(CONCEPT — |WERKVERSIE — )/.test(line.trim()))
      .join('\n');
    if (w.file.endsWith('.xlsx')) {
      const sheets = new Map<string, string[][]>();
      for (const name of Object.values(XLSX_SHEETS)) {
        sheets.set(name, parseCsv(fs.readFileSync(path.join(csvDir, `${w.base}-${name}.csv`), 'utf8')));
      }
      csv.set(w.key, sheets);
    }
  }

  // Pictures to look at: the first pages of each document, and a landscape page of the body.
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const f of fs.readdirSync(OUTPUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUTPUT, f));
  for (const key of ['docx', 'docx-party', 'docx-definitive', 'xlsx', 'xlsx-party']) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', doc(key).pdfFile, path.join(OUTPUT, key)], { timeout: 60_000 });
  }
  const bodyPage = firstPageWith(doc('docx'), 'Zo ingediend door');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(bodyPage), '-l', String(bodyPage), doc('docx').pdfFile, path.join(OUTPUT, 'docx-body')]);
}, 240_000);

afterAll(() => tmp.cleanup());

function pageCount(d: Doc): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [d.pdfFile], { encoding: 'utf8' }))?.[1]);
}

function firstPageWith(d: Doc, text: string): number {
  for (let page = 1; page <= pageCount(d); page++) {
    const pageText = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), d.pdfFile, '-'], { encoding: 'utf8' });
    if (norm(pageText).includes(norm(text))) return page;
  }
  throw new Error(`"${text}" staat op geen enkele pagina`);
}

/** The first page whose first line below the running header is this text (a chapter's own page, not the contents). */
function firstPageStartingWith(d: Doc, text: string): number {
  for (let page = 1; page <= pageCount(d); page++) {
    const lines = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), d.pdfFile, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^(CONCEPT|WERKVERSIE) — /.test(line));
    if (lines[0] === text) return page;
  }
  throw new Error(`geen pagina begint met "${text}"`);
}

/** Page sizes in points, as LibreOffice laid them out: [width, height] per page. */
function pageSizes(d: Doc): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount(d)), d.pdfFile], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Activities of other parties that have nothing to do with the party: not joint, not asking it, not answering it, not in an open proposal with it. */
function unrelatedActivities(o: JointOverview, partyId: string): BundleActivity[] {
  const all = activitiesOf(o);
  const byIdentity = new Map(all.map((a) => [a.identity, a]));
  const related = new Set<string>();
  for (const a of all) {
    if (a.partyId === partyId) for (const other of a.jointWith) related.add(other);
  }
  for (const n of o.needs) {
    if (n.toPartyId === partyId) related.add(n.activityIdentity);
    if (n.fromPartyId === partyId || n.toPartyId === partyId) {
      for (const answer of n.answeredBy) if (answer.kind === 'activity') related.add(answer.activityIdentity);
    }
  }
  for (const d of o.duplicates) if (d.decision === 'open' && d.partyIds.includes(partyId)) for (const id of d.activityIdentities) related.add(id);
  for (const p of o.attention) if (p.activityIdentity && byIdentity.get(p.activityIdentity)?.partyId !== partyId) related.add(p.activityIdentity);
  return all.filter((a) => a.partyId !== partyId && !related.has(a.identity) && !a.alignment.alsoInvolved.includes(partyId));
}

describe('the fixture the documents are made from', () => {
  it('has what the documents must show', () => {
    const acts = activitiesOf(concept);
    expect(acts.length).toBeGreaterThan(25);
    expect(acts.some((a) => a.jointWith.length > 0)).toBe(true);
    expect(concept.duplicates.some((d) => d.decision === 'open')).toBe(true);
    expect(concept.unlinked.length).toBeGreaterThan(0);
    expect(concept.needs.some((n) => !n.answered)).toBe(true);
    expect(concept.needs.some((n) => n.toPartyId === PARTY)).toBe(true);
    expect(new Set(concept.attention.map((p) => p.kind)).size).toBeGreaterThanOrEqual(6);
    expect(definitive.attention.some((p) => p.kind === 'party-missing')).toBe(true);
    expect(acts.filter((a) => a.extra.Kostenplaats === OWN_COLUMNS.Kostenplaats).length).toBeGreaterThan(concept.unlinked.length);
    expect(concept.unlinked.every((a) => a.extra.Kostenplaats === OWN_COLUMNS.Kostenplaats)).toBe(true);
  });
});

describe('the Word document for all parties', () => {
  it('has the file name of its version', () => {
    expect(doc('docx').fileName).toBe('Gezamenlijk activiteitenoverzicht 2027 - concept 2.docx');
    expect(doc('docx-definitive').fileName).toBe('Gezamenlijk activiteitenoverzicht 2027 - definitief.docx');
    expect(doc('docx-party').fileName).toBe('Gezamenlijk activiteitenoverzicht 2027 - concept 2 - Woonwaarts.docx');
  });

  it('is printed by LibreOffice, with its cover, contents and chapters', () => {
    const d = doc('docx');
    expect(fs.readFileSync(d.pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(d)).toBeGreaterThan(10);
    const text = norm(d.pdfText);
    for (const expected of [
      'Gezamenlijk activiteitenoverzicht 2027',
      concept.agreementSet.title,
      'CONCEPT',
      'Concept 2 — 1 november 2026',
      'Inhoud',
      'Inleiding',
      'paragraaf 6.2',
      'Aandachtspunten',
      'Wederkerigheid',
      'Wie vraagt wat van wie',
      '1 Woningbouw en beschikbaarheid',
      '1.1 Nieuwbouw',
      'Bijlage: activiteiten nog zonder afspraak',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The cover page carries no footer; every later page does, with its number.
    const raw = execFileSync('pdftotext', [d.pdfFile, '-'], { encoding: 'utf8' });
    const numbers = [...raw.matchAll(/Gezamenlijk activiteitenoverzicht 2027 — Concept 2 — pagina (\d+) van (\d+)/g)];
    expect(numbers.length).toBe(pageCount(d) - 1);
    expect(numbers[0]?.[1]).toBe('2');
    expect(numbers[0]?.[2]).toBe(String(pageCount(d)));
  });

  it('holds every activity and every aandachtspunt, in the PDF and in the XML', async () => {
    const d = doc('docx');
    const pdf = norm(d.pdfText);
    const xml = norm(xmlToText(await docxPart(d.data, 'word/document.xml')));
    for (const a of activitiesOf(concept)) {
      expect(pdfHas(pdf, a.activity), a.activity).toBe(true);
      expect(xml, a.activity).toContain(norm(a.activity));
    }
    // pdftotext joins a word broken at its hyphen at a line end ("cv-⏎ketel" → "cvketel"): compare without hyphens there.
    const unhyphened = (text: string) => text.replace(/-/g, '');
    for (const p of concept.attention) {
      expect(unhyphened(pdf), p.message).toContain(unhyphened(norm(p.message)));
      expect(xml, p.message).toContain(norm(p.message));
    }
    for (const n of concept.needs) expect(xml, n.text).toContain(norm(n.text));
  });

  it("leaves out the partners' own extra columns, in the body and in the appendix", async () => {
    for (const key of ['docx', 'docx-party']) {
      const d = doc(key);
      const xml = norm(xmlToText(await docxPart(d.data, 'word/document.xml')));
      for (const text of [OWN_COLUMNS.Kostenplaats, OWN_COLUMNS.Projectnummer, 'Kostenplaats', 'Projectnummer']) {
        expect(xml, `${key}: ${text}`).not.toContain(norm(text));
        expect(norm(d.pdfText), `${key}: ${text}`).not.toContain(norm(text));
      }
    }
  });

  it('shows every afspraak that runs in 2027 or has activities, with its gaps marked', async () => {
    const xml = norm(xmlToText(await docxPart(doc('docx').data, 'word/document.xml')));
    const agreements = concept.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements));
    for (const a of agreements.filter((x) => x.active || x.activities.length > 0)) {
      expect(xml).toContain(`Afspraak ${a.reference}`);
      expect(xml).toContain(norm(a.text));
    }
    const noActivity = agreements.filter((a) => a.gaps.includes('no-activity')).length;
    expect(noActivity).toBeGreaterThan(0);
    expect(xml.split('Geen activiteit ingediend').length - 1).toBe(noActivity);
    expect(xml).toContain('Trekker zonder activiteit: Gemeente');
    expect(xml).toContain('Onvoldoende opgepakt. Afgesproken vervolg: De gemeente plant vóór 1 oktober 2026');
    // An afspraak that does not run in 2027 but has an activity says so.
    expect(xml).toContain('(loopt volgens de uitvoering niet in 2027)');
  });

  it('shows an accepted duplicate once, as a joint activity of its parties', async () => {
    const xml = xmlToText(await docxPart(doc('docx').data, 'word/document.xml'));
    const joint = activitiesOf(concept).filter((a) => a.jointWith.length > 0);
    expect(joint.length).toBe(2);
    const [first, second] = joint as [BundleActivity, BundleActivity];
    // One row: the first text as the activity, the other as "Zo ingediend door …".
    expect(xml.split(norm(first.activity)).length - 1).toBe(1);
    expect(xml).toContain('Gezamenlijke activiteit');
    expect(norm(xml)).toContain(`Zo ingediend door Bewonersraad De Kernen: ${norm(second.activity)}`);
  });

  it('uses Word heading styles with outline levels, and a real table of contents', async () => {
    const d = doc('docx');
    const documentXml = await docxPart(d.data, 'word/document.xml');
    const styles = await docxPart(d.data, 'word/styles.xml');
    const settings = await docxPart(d.data, 'word/settings.xml');
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    const headings = (level: number) => documentXml.split(`<w:pStyle w:val="Heading${level}"/>`).length - 1;
    // Bestuurlijke samenvatting, Inleiding, Aandachtspunten, Wederkerigheid, every theme and the appendix.
    expect(headings(1)).toBe(5 + concept.themes.length);
    expect(headings(2)).toBeGreaterThan(15);
    expect(headings(3)).toBeGreaterThan(20);
    // LibreOffice filled the contents from the headings (the page numbers come from the layout estimate).
    // Page 2 is the bestuurlijke samenvatting; the contents follow on page 3.
    const contents = execFileSync('pdftotext', ['-layout', '-f', '3', '-l', '3', d.pdfFile, '-'], { encoding: 'utf8' });
    expect(contents).toMatch(/Aandachtspunten\.{5,}\s*\d+/);
    expect(contents).toMatch(/1\.1 Nieuwbouw\.{5,}\s*\d+/);
  });

  it('builds every table on the table style, with a header row that repeats on each page', async () => {
    const documentXml = await docxPart(doc('docx').data, 'word/document.xml');
    const styles = await docxPart(doc('docx').data, 'word/styles.xml');
    const tables = documentXml.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(20);
    expect(documentXml.split('<w:tblStyle w:val="Overzichtstabel"/>').length - 1).toBe(tables);
    expect(documentXml.split('<w:tblHeader/>').length - 1).toBe(tables);
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="Overzichtstabel">.*<w:tblStylePr w:type="firstRow">/);
  });

  it('puts the page number, the page count and the version in the footer', async () => {
    const footers = await docxParts(doc('docx').data, /^word\/footer\d+\.xml$/);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(xmlToText(footer)).toContain('Gezamenlijk activiteitenoverzicht 2027 — Concept 2 — pagina');
    }
  });

  it('sets the front matter in portrait and the afspraken and appendix in landscape', async () => {
    const documentXml = await docxPart(doc('docx').data, 'word/document.xml');
    const sizes = [...documentXml.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    expect(sizes).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
    // And LibreOffice laid them out so: portrait up to the first theme, landscape from there.
    const d = doc('docx');
    const firstTheme = firstPageStartingWith(d, '1 Woningbouw en beschikbaarheid');
    pageSizes(d).forEach(([width, height], i) => {
      if (i + 1 < firstTheme) expect(width, `pagina ${i + 1}`).toBeLessThan(height);
      else expect(width, `pagina ${i + 1}`).toBeGreaterThan(height);
    });
  });

  it('marks a definitive version as such and shows a party that did not submit', () => {
    const text = norm(doc('docx-definitive').pdfText);
    expect(text).toContain('DEFINITIEF');
    expect(text).toContain('Definitief (versie 3) — 20 november 2026');
    expect(text).not.toContain('CONCEPT');
    expect(text).toContain('Bewonersraad De Kernen niet ingediend');
    expect(text).toContain('heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend');
    const raw = execFileSync('pdftotext', [doc('docx-definitive').pdfFile, '-'], { encoding: 'utf8' });
    expect(raw).toMatch(/Gezamenlijk activiteitenoverzicht 2027 — Definitief \(versie 3\) — pagina 2 van \d+/);
    for (const p of definitive.attention) expect(text, p.message).toContain(norm(p.message));
  });
});

describe('the werkgroep’s alignment per activity', () => {
  it('says in a definitive version whether each activity was afgestemd, and never calls an activity "Voorgesteld"', async () => {
    const d = doc('docx-definitive');
    const linked = definitive.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities)));
    const never = linked.filter((a) => a.alignment.status === 'pending' && a.alignment.notes === '' && a.alignment.promises.length === 0);
    const aligned = linked.filter((a) => a.alignment.status === 'aligned');
    expect(never.length).toBeGreaterThan(10);
    expect(aligned.length).toBeGreaterThan(0);
    const rows = [...(await docxPart(d.data, 'word/document.xml')).matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map((m) => norm(xmlToText(m[0])));
    for (const a of never) {
      expect(rows.some((r) => r.includes(norm(a.activity)) && r.includes('Niet besproken')), a.activity).toBe(true);
    }
    for (const a of aligned) expect(rows.some((r) => r.includes(norm(a.activity)) && r.includes('Afgestemd')), a.activity).toBe(true);
    const pdf = norm(d.pdfText);
    expect(pdf).not.toMatch(/\bVoorgesteld\b/);
    expect(pdf).toContain('„Niet besproken” als de werkgroep de activiteit niet heeft besproken');
    // The concept is still under way: not yet discussed, said as such; "voorgesteld" there only ever names a link.
    const concept = norm(doc('docx').pdfText);
    expect(concept).toContain('Nog niet besproken');
    expect(concept).not.toMatch(/\bVoorgesteld\b/);
    expect(concept.match(/[Vv]oorgesteld\w*/g)?.every((w) => w.toLowerCase() === 'voorgestelde' || w === 'voorgesteld')).toBe(true);
  });

  it('is the Afstemming column of the Excel list', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const rows = sheetRows(workbook, XLSX_SHEETS.activities);
    expect(new Set(rows.map((r) => r.Afstemming))).toEqual(new Set(['Nog niet besproken', 'Afgestemd', 'Toegezegd']));
  });
});

/** The text of every table cell of a Word document, one string per cell. */
function docxCells(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => norm(xmlToText(m[0])));
}

describe('links the Werkbank only proposed', () => {
  it('are marked "voorgestelde koppeling" next to the activity in a concept, and a settled link is not', async () => {
    const proposed = activitiesOf(concept).filter((a) => a.linkStatus === 'proposed');
    expect(proposed.length).toBeGreaterThanOrEqual(3);
    const cells = docxCells(await docxPart(doc('docx').data, 'word/document.xml'));
    // The cell of the activity in its afspraak's table; in a joint activity the marker says whose link it is.
    const marker = /voorgestelde koppeling( \([^)]+\))? – de Werkbank stelt deze afspraak voor; nog niet bevestigd door de werkgroep/;
    for (const a of proposed) {
      expect(cells.some((c) => c.includes(norm(a.activity)) && marker.test(c)), a.activity).toBe(true);
    }
    const settled = activitiesOf(concept).filter((x) => ['key', 'confirmed', 'reference'].includes(x.linkStatus) && x.jointWith.length === 0);
    expect(settled.length).toBeGreaterThan(10);
    for (const a of settled) {
      for (const c of cells.filter((x) => x.startsWith(norm(a.activity)))) expect(c, a.activity).not.toContain('voorgestelde koppeling');
    }
    // As LibreOffice prints it: once per proposed activity, and the reading guide says what it means.
    const pdf = norm(doc('docx').pdfText);
    expect(pdf.match(/voorgestelde koppeling( \([^)]+\))? –/g)).toHaveLength(proposed.length);
    expect(pdf).toContain('is gemarkeerd als „voorgestelde koppeling”: de werkgroep heeft die koppeling nog niet bevestigd.');
    expect(pdf).toContain(
      `${proposed.length + concept.unlinked.length} koppelingen met een afspraak zijn nog niet besloten: ${proposed.length} voorgesteld, ${concept.unlinked.length} zonder gevonden afspraak.`,
    );
  });

  it('say in the appendix of a concept what is open for each activity without afspraak', async () => {
    const cells = docxCells(await docxPart(doc('docx').data, 'word/document.xml'));
    for (const a of concept.unlinked) {
      expect(a.linkStatus).toBe('none');
      expect(cells.some((c) => c.startsWith(`${norm(a.activity)} geen afspraak gevonden`)), a.activity).toBe(true);
    }
    const text = norm(doc('docx').pdfText);
    expect(text).toContain('Bij „geen afspraak gevonden” vond de Werkbank er geen');
    // Nobody decided these have no afspraak: the aandachtspunt and the appendix say "nog zonder".
    expect(text).toContain('Activiteiten nog zonder afspraak');
    expect(text).toContain('Bijlage: activiteiten nog zonder afspraak');
    expect(text).not.toMatch(/Bijlage: activiteiten zonder afspraak|Activiteiten zonder afspraak/);
  });

  it('are in the Koppeling column of the Excel list, marked, and read so by LibreOffice', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const rows = sheetRows(workbook, XLSX_SHEETS.activities);
    for (const a of activitiesOf(concept)) {
      const row = rows.find((r) => norm(r.Activiteit ?? '') === norm(a.activity));
      const expected = a.linkStatus === 'proposed' ? 'voorgestelde koppeling' : a.linkStatus === 'none' ? 'geen afspraak gevonden' : undefined;
      if (expected) expect(row?.Koppeling, a.activity).toBe(expected);
      else expect(row?.Koppeling, a.activity).toMatch(/^(uit het activiteitenoverzicht|voorstel bevestigd)$/);
    }
    const sheet = workbook.getWorksheet(XLSX_SHEETS.activities);
    const column = (sheet?.getRow(1).values as unknown[]).indexOf('Koppeling');
    const proposedRow = rows.findIndex((r) => r.Koppeling === 'voorgestelde koppeling') + 2;
    expect(sheet?.getRow(proposedRow).getCell(column).fill).toMatchObject({ fgColor: { argb: 'FFFCE9E1' } });
    const lo = csv.get('xlsx')?.get(XLSX_SHEETS.activities) ?? [];
    const loColumn = lo[0]?.indexOf('Koppeling') ?? -1;
    expect(lo.slice(1).filter((r) => r[loColumn] === 'voorgestelde koppeling').length).toBe(activitiesOf(concept).filter((a) => a.linkStatus === 'proposed').length);
  });

  it('are not in a definitive version: every link confirmed, a person’s "geen afspraak" read as such', async () => {
    expect(activitiesOf(definitive).filter((a) => ['proposed', 'choice', 'none'].includes(a.linkStatus))).toEqual([]);
    const d = doc('docx-definitive');
    const xml = norm(xmlToText(await docxPart(d.data, 'word/document.xml')));
    for (const text of [xml, norm(d.pdfText)]) {
      expect(text).not.toContain('voorgestelde koppeling');
      expect(text).not.toContain('geen afspraak gevonden');
      expect(text).not.toContain('kies:');
      expect(text).not.toContain('koppelingen met een afspraak zijn nog niet besloten');
      expect(text).not.toContain('nog zonder afspraak');
    }
    expect(norm(d.pdfText)).toContain('Bijlage: activiteiten zonder afspraak');
    const cells = docxCells(await docxPart(d.data, 'word/document.xml'));
    for (const a of definitive.unlinked) {
      expect(cells.some((c) => c.startsWith(`${norm(a.activity)} geen afspraak – vastgesteld door de werkgroep`)), a.activity).toBe(true);
    }
    expect(definitive.attention.filter((p) => p.kind === 'unlinked-activity')).toEqual([]);

    const rows = sheetRows(await loadWorkbook(await writeJointOverviewXlsx(definitive)), XLSX_SHEETS.activities);
    expect(rows.map((r) => r.Koppeling).filter((k) => /voorgesteld|gevonden|kies/.test(k ?? ''))).toEqual([]);
    expect(rows.filter((r) => r.Koppeling === 'geen afspraak').length).toBe(definitive.unlinked.length);
  });
});

describe('a working version before anyone has submitted', () => {
  it('is written and opened all the same, marked as a working version', async () => {
    const d = doc('docx-empty');
    expect(d.fileName).toBe('Gezamenlijk activiteitenoverzicht 2027 - werkversie.docx');
    const text = norm(d.pdfText);
    expect(text).toContain('WERKVERSIE');
    expect(text).toContain('0 van de 5 partijen hebben een activiteitenoverzicht ingediend.');
    expect(text.split('niet ingediend').length - 1).toBeGreaterThanOrEqual(5);
    expect(text).toContain('Alle activiteiten zijn aan een afspraak gekoppeld.');
    const headers = await docxParts(d.data, /^word\/header\d+\.xml$/);
    expect(headers.some((h) => xmlToText(h).includes('WERKVERSIE — niet versturen'))).toBe(true);
    for (const p of empty.attention) expect(text, p.message).toContain(norm(p.message));

    const workbook = await loadWorkbook(doc('xlsx-empty').data);
    expect(sheetRows(workbook, XLSX_SHEETS.activities)).toEqual([]);
    expect(sheetRows(workbook, XLSX_SHEETS.attention)).toHaveLength(empty.attention.length);
    expect(csv.get('xlsx-empty')?.get(XLSX_SHEETS.activities)?.[0]?.[1]).toBe('Activiteit');
  });
});

describe('the Word document for one party', () => {
  it("holds the party's own activities and what others need from it, and not the others' work", async () => {
    const d = doc('docx-party');
    const pdf = norm(d.pdfText);
    const xml = norm(xmlToText(await docxPart(d.data, 'word/document.xml')));
    expect(pdf).toContain('Deel voor Woonwaarts');
    const own = activitiesOf(concept).filter((a) => a.partyId === PARTY);
    expect(own.length).toBeGreaterThan(3);
    for (const a of own) {
      expect(pdfHas(pdf, a.activity), a.activity).toBe(true);
      expect(xml, a.activity).toContain(norm(a.activity));
    }
    const asked = concept.needs.filter((n: NeedCheck) => n.toPartyId === PARTY);
    expect(asked.length).toBeGreaterThan(0);
    expect(pdf).toContain('Wat andere partijen van Woonwaarts vragen');
    for (const n of asked) expect(pdfHas(pdf, n.text), n.text).toBe(true);

    const unrelated = unrelatedActivities(concept, PARTY);
    expect(unrelated.length).toBeGreaterThan(10);
    for (const a of unrelated) {
      expect(xml, a.activity).not.toContain(norm(a.activity));
    }
    const raw = execFileSync('pdftotext', [d.pdfFile, '-'], { encoding: 'utf8' });
    expect(raw).toMatch(/Gezamenlijk activiteitenoverzicht 2027 — Woonwaarts — Concept 2 — pagina 2 van \d+/);
  });

  it("lists the party's aandachtspunten and none that are only another party's", async () => {
    const xml = norm(xmlToText(await docxPart(doc('docx-party').data, 'word/document.xml')));
    const missing = definitive.attention.find((p) => p.kind === 'party-missing');
    expect(missing).toBeDefined();
    const ownUnlinked = concept.attention.filter((p) => p.kind === 'unlinked-activity' && p.partyId === PARTY);
    const otherUnlinked = concept.attention.filter((p) => p.kind === 'unlinked-activity' && p.partyId !== PARTY);
    expect(ownUnlinked.length).toBeGreaterThan(0);
    for (const p of ownUnlinked) expect(xml).toContain(norm(p.message));
    for (const p of otherUnlinked) expect(xml).not.toContain(norm(p.message));
    const askedOfParty = concept.attention.filter((p) => p.kind === 'need-unanswered' && p.partyId === PARTY);
    for (const p of askedOfParty) expect(xml).toContain(norm(p.message));
  });
});

describe('the Excel workbook for all parties', () => {
  it('has the six sheets, and LibreOffice prints and reads every one', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(Object.values(XLSX_SHEETS));
    expect(fs.readFileSync(doc('xlsx').pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = csv.get('xlsx')?.get(XLSX_SHEETS.info) ?? [];
    const infoText = info.map((r) => r.join(' ')).join('\n');
    expect(infoText).toContain('Gezamenlijk activiteitenoverzicht 2027');
    expect(infoText).toContain('Concept 2');
    expect(infoText).toContain('1 november 2026');
    expect(infoText).toContain('ter afstemming in de Werkgroep Prestatieafspraken');
  });

  it('gives every text on Toelichting that wraps a row tall enough for its lines, so none runs into the next', async () => {
    const sheet = (await loadWorkbook(doc('xlsx').data)).getWorksheet(XLSX_SHEETS.info);
    const width = sheet?.getColumn(2).width ?? 0;
    const wrapped: string[] = [];
    sheet?.eachRow((row) => {
      const text = cellText(row.getCell(2));
      // Roughly the characters a line of the column holds at the sheet's font; a longer text needs two lines or more.
      if (text.length <= width * 1.1) return;
      wrapped.push(text);
      expect(row.height ?? 0, text).toBeGreaterThanOrEqual(2 * 12);
    });
    expect(wrapped.some((t) => t.startsWith('Eén regel per activiteit'))).toBe(true);
  });

  it('lists every activity once on Alle activiteiten, read by exceljs and by LibreOffice', async () => {
    const acts = activitiesOf(concept);
    const rows = sheetRows(await loadWorkbook(doc('xlsx').data), XLSX_SHEETS.activities);
    expect(rows.length).toBe(acts.length);
    const lo = csv.get('xlsx')?.get(XLSX_SHEETS.activities) ?? [];
    const header = lo[0] ?? [];
    // Who and what first: frozen on screen and repeated on every printed page.
    expect(header.slice(0, 6)).toEqual(['Partij', 'Activiteit', 'Thema', 'Onderwerp', 'Afspraak', 'Koppeling']);
    // The afspraak's text is on Per afspraak, not repeated on every row: a row is as tall as its own texts.
    expect(header).not.toContain('Afspraaktekst');
    expect(lo.slice(1).every((r) => (r[header.indexOf('Afspraak')] ?? '') !== '')).toBe(true);
    expect(lo.length - 1).toBe(acts.length);
    const activityColumn = header.indexOf('Activiteit');
    const loActivities = lo.slice(1).map((r) => norm(r[activityColumn] ?? ''));
    for (const a of acts) {
      expect(rows.filter((r) => norm(r.Activiteit ?? '') === norm(a.activity)).length, a.activity).toBeGreaterThanOrEqual(1);
      expect(loActivities, a.activity).toContain(norm(a.activity));
    }
    // The joint activity names its partner; an unlinked one says so.
    expect(rows.some((r) => r['Gezamenlijk met'] === 'Bewonersraad De Kernen')).toBe(true);
    expect(rows.filter((r) => r.Afspraak === 'Niet gekoppeld').length).toBe(concept.unlinked.length);
  });

  it('prints Partij and Activiteit on every page of Alle activiteiten, as LibreOffice prints it', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const sheet = workbook.getWorksheet(XLSX_SHEETS.activities);
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1', printTitlesColumn: 'A:B' });
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    const raw = await readRawXlsx(doc('xlsx').data);
    expect(raw.definedNames().find((n) => n.name === '_xlnm.Print_Titles' && n.text.includes(XLSX_SHEETS.activities))?.text).toMatch(/\$A:\$B.*\$1:\$1|\$1:\$1.*\$A:\$B/);
    const pdf = doc('xlsx').pdfFile;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    const printed: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      if (text.includes(`blad ${XLSX_SHEETS.activities}`)) printed.push(text);
    }
    // Twenty-one columns run over pages side by side: each of them says whose activity a line is.
    expect(printed.length).toBeGreaterThan(1);
    for (const text of printed) {
      expect(text).toMatch(/^Partij$/m);
      expect(text).toMatch(/^Activiteit$/m);
    }
  });

  it("has no column for the partners' own extra columns, and none of their values", () => {
    for (const key of ['xlsx', 'xlsx-party']) {
      const all = [...(csv.get(key)?.values() ?? [])].flat(2).join('\n');
      expect(all, key).not.toContain('Overige gegevens');
      for (const text of [OWN_COLUMNS.Kostenplaats, OWN_COLUMNS.Projectnummer, 'Kostenplaats']) expect(all, `${key}: ${text}`).not.toContain(text);
    }
    expect(csv.get('xlsx')?.get(XLSX_SHEETS.activities)?.[0]).toHaveLength(20);
  });

  it('has filters (named for LibreOffice), a frozen header, widths and wrapped text on the lists', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const raw = await readRawXlsx(doc('xlsx').data);
    for (const name of [XLSX_SHEETS.activities, XLSX_SHEETS.agreements, XLSX_SHEETS.parties, XLSX_SHEETS.attention]) {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.autoFilter, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(raw.pane(name)?.state).toBe('frozen');
      expect(raw.definedNames().some((n) => n.name === '_xlnm._FilterDatabase' && n.text.includes(name))).toBe(true);
      expect(sheet?.getColumn(2).width ?? 0).toBeGreaterThan(8);
      expect(sheet?.getCell('B2').alignment?.wrapText).toBe(true);
    }
    expect(workbook.getWorksheet(XLSX_SHEETS.activities)?.getColumn(2).width).toBeGreaterThanOrEqual(40);
  });

  it('has every afspraak that runs or has activities on Per afspraak, with its gap', async () => {
    const rows = sheetRows(await loadWorkbook(doc('xlsx').data), XLSX_SHEETS.agreements);
    const agreements = concept.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements)).filter((a) => a.active || a.activities.length > 0);
    expect(rows.map((r) => r.Afspraak)).toEqual(agreements.map((a) => a.reference));
    for (const a of agreements) {
      const row = rows.find((r) => r.Afspraak === a.reference);
      expect(Number(row?.Activiteiten)).toBe(a.activities.length);
      if (a.gaps.includes('no-activity')) expect(row?.['Wat ontbreekt']).toBe('Geen activiteit ingediend');
    }
  });

  it('has every party on Per partij and every aandachtspunt on Aandachtspunten', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const parties = sheetRows(workbook, XLSX_SHEETS.parties);
    expect(parties.map((r) => r.Partij)).toEqual(concept.parties.map((p) => p.name));
    const woonwaarts = parties.find((r) => r.Partij === 'Woonwaarts');
    expect(woonwaarts?.Versie).toBe('2');
    expect(Number(woonwaarts?.Activiteiten)).toBe(concept.parties.find((p) => p.id === PARTY)?.activityCount);

    const points = sheetRows(workbook, XLSX_SHEETS.attention);
    // The concept is of 1 November 2026: the follow-up agreed "vóór 1 oktober 2026" is said to have passed.
    const printed = (p: JointOverview['attention'][number]) =>
      p.kind === 'insufficient' ? `${p.message} Let op: 1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd.` : p.message;
    expect(concept.attention.some((p) => p.kind === 'insufficient')).toBe(true);
    expect(points.map((r) => r.Aandachtspunt).sort()).toEqual(concept.attention.map(printed).sort());
    const lo = csv.get('xlsx')?.get(XLSX_SHEETS.attention) ?? [];
    const loMessages = lo.slice(1).map((r) => norm(r[1] ?? ''));
    for (const p of concept.attention) expect(loMessages).toContain(norm(printed(p)));
  });

  it('has the wederkerigheid matrix and every need on Wederkerigheid', async () => {
    const workbook = await loadWorkbook(doc('xlsx').data);
    const sheet = workbook.getWorksheet(XLSX_SHEETS.reciprocity);
    const names = concept.parties.map((p) => p.shortName);
    const header = [2, 3, 4, 5, 6].map((c) => cellText(sheet?.getRow(4).getCell(c).value));
    expect(header).toEqual(names);
    for (const c of concept.reciprocity) {
      const r = 5 + concept.parties.findIndex((p) => p.id === c.fromPartyId);
      const col = 2 + concept.parties.findIndex((p) => p.id === c.toPartyId);
      expect(cellText(sheet?.getRow(r).getCell(col).value)).toBe(`${c.answered} van ${c.requests}`);
    }
    const listHeader = 5 + concept.parties.length + 2;
    const needs = sheetRows(workbook, XLSX_SHEETS.reciprocity, listHeader);
    // Every question, also those that name no party of the agreement: as many open as everywhere else.
    const questions = openQuestions(concept);
    expect(needs.length).toBe(questions.total);
    expect(needs.filter((n) => n.Beantwoord === 'nee').length).toBe(questions.open);
    expect(cellText(sheet?.getRow(listHeader - 1).getCell(1).value)).toBe(`Alle vragen: ${questions.total}, waarvan ${questions.open} open`);
    expect(needs.filter((n) => n.Aan === 'niet gezegd').map((n) => n['Wat is nodig'])).toEqual(['Subsidie-informatie voor huurders over warmtepompen']);
    expect(needs.find((n) => n['Wat is nodig']?.startsWith('Ondersteuning bij de organisatie'))?.['Beantwoord door']).toBe(
      'Woonwaarts: ‘Wijkschouw Deest in mei’ (dezelfde gezamenlijke activiteit)',
    );
    expect(sheet?.autoFilter).toMatch(new RegExp(`^A${listHeader}:`));
  });
});

describe('the Excel workbook for one party', () => {
  it("holds the party's activities and what others ask of it, and nothing unrelated", async () => {
    const workbook = await loadWorkbook(doc('xlsx-party').data);
    const rows = sheetRows(workbook, XLSX_SHEETS.activities);
    const own = activitiesOf(concept).filter((a) => a.partyId === PARTY);
    expect(rows.length).toBe(own.length);
    expect(new Set(rows.map((r) => r.Partij))).toEqual(new Set(['Woonwaarts']));
    const needs = sheetRows(workbook, XLSX_SHEETS.reciprocity, 5 + concept.parties.length + 2);
    const inScope = concept.needs.filter((n) => n.toPartyId === PARTY || n.fromPartyId === PARTY);
    expect(needs.length).toBe(inScope.length);
    expect(needs.filter((n) => n.Aan === 'Woonwaarts').length).toBe(concept.needs.filter((n) => n.toPartyId === PARTY).length);

    const lo = (csv.get('xlsx-party')?.get(XLSX_SHEETS.activities) ?? []).map((r) => r.join(' ')).join('\n');
    for (const a of unrelatedActivities(concept, PARTY)) expect(norm(lo)).not.toContain(norm(a.activity));
    for (const a of own) expect(norm(lo)).toContain(norm(a.activity));
    const info = (csv.get('xlsx-party')?.get(XLSX_SHEETS.info) ?? []).map((r) => r.join(' ')).join('\n');
    expect(info).toContain('Gezamenlijk activiteitenoverzicht 2027 – Woonwaarts');
  });
});

describe('the pictures for a person to look at', () => {
  it('are written to test-output/reports', () => {
    const files = fs.readdirSync(OUTPUT);
    for (const prefix of ['docx-0*1', 'docx-0*2', 'docx-0*3', 'docx-party-0*1', 'docx-definitive-0*1', 'xlsx-0*1', 'xlsx-party-0*1', 'docx-body-\\d+']) {
      const name = files.find((f) => new RegExp(`^${prefix}\\.png$`).test(f));
      expect(name, prefix).toBeDefined();
      expect(fs.statSync(path.join(OUTPUT, name ?? '')).size).toBeGreaterThan(5_000);
    }
  });
});
