// A .docx as the reader of an agreement set needs it: the body's paragraphs
// and tables in order, each paragraph with its text, heading level, list
// number and leading bold words, and footnote references as their marks.
// Reads word/document.xml, styles.xml, numbering.xml and footnotes.xml with
// the repository's own zip reader. Pure: bytes in, blocks out.
import { inflateEntry, readZipDirectory, startsLikeZip, ZipFormatError, type ZipEntry } from '../imports/zip';
import { AgreementSetRefusal } from './types';

export interface DocParagraph {
  type: 'p';
  text: string;
  /** 0 for a title, 1… for headings; null for body text. */
  headingLevel: number | null;
  styleName: string;
  /** A list item: its level, its number (decimal lists) and its label as Word shows it ("3.", "1.2"). */
  list: { level: number; bullet: boolean; number: number; label: string } | null;
  /** The words at the start that are bold: a glossary term. */
  boldStart: string;
}

export interface DocTable {
  type: 'table';
  /** Cells as their paragraphs' texts joined by newlines; a vertically merged continuation cell is ''. */
  rows: string[][];
  /** The same cells as paragraphs (signatures hold name and role as separate paragraphs). */
  cellParagraphs: string[][][];
}

export type DocBlock = DocParagraph | DocTable;

export interface DocxContent {
  blocks: DocBlock[];
  /** Footnote text by its mark ("¹"). */
  footnotes: Map<string, string>;
}

const MAX_PART_BYTES = 40 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/** Reads the document; refuses (Dutch) what is not a readable Word document. */
export function readDocx(bytes: Uint8Array, fileName: string): DocxContent {
  const notWord = `${fileName} is geen Word-document (.docx) dat de Werkbank kan lezen`;
  if (!startsLikeZip(bytes)) {
    const head = Buffer.from(bytes.subarray(0, 8));
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
      throw new AgreementSetRefusal(`${notWord}: het is een PDF. Vraag het Word-bestand van het ondertekende document op, of neem de afspraken over in het sjabloon (prestatie afspraken-sjabloon).`);
    }
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
      throw new AgreementSetRefusal(`${notWord}: het is een ouder Word-bestand (.doc) of een met een wachtwoord beveiligd document. Open het in Word en sla het op als .docx, zonder wachtwoord.`);
    }
    throw new AgreementSetRefusal(`${notWord}: het bestand is geen .docx.`);
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_ENTRIES).entries;
  } catch (err) {
    if (err instanceof ZipFormatError) throw new AgreementSetRefusal(`${notWord}: het bestand is beschadigd of onvolledig.`);
    throw err;
  }
  const part = (name: string): string | null => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return null;
    if (entry.flags & 1) throw new AgreementSetRefusal(`${notWord}: het is met een wachtwoord beveiligd.`);
    if (entry.uncompressedSize > MAX_PART_BYTES) throw new AgreementSetRefusal(`${notWord}: ${name} is groter dan 40 MB.`);
    const out = inflateEntry(bytes, entry);
    if (!out.ok) throw new AgreementSetRefusal(`${notWord}: het bestand is beschadigd (${name}).`);
    return out.data.toString('utf8');
  };
  const documentXml = part('word/document.xml');
  if (documentXml === null) {
    const isExcel = entries.some((e) => e.name.startsWith('xl/'));
    throw new AgreementSetRefusal(`${notWord}${isExcel ? ': het is een Excel-werkmap; lees die in als ingevuld sjabloon (.xlsx)' : ''}.`);
  }
  const styles = readStyles(part('word/styles.xml'));
  const numbering = readNumbering(part('word/numbering.xml'));
  const footnoteMarks = new Map<string, string>();
  const footnoteTexts = readFootnotes(part('word/footnotes.xml'));
  const body = findFirst(parseXml(documentXml), 'w:body');
  if (!body) throw new AgreementSetRefusal(`${notWord}: het document heeft geen inhoud.`);

  const counters = new Map<string, number[]>();
  const ctx: Ctx = { styles, numbering, counters, seenNums: new Set(), footnoteMarks };
  const blocks: DocBlock[] = [];
  walkBody(body, ctx, blocks);
  const footnotes = new Map<string, string>();
  for (const [id, mark] of footnoteMarks) {
    const text = footnoteTexts.get(id);
    if (text !== undefined) footnotes.set(mark, text);
  }
  return { blocks, footnotes };
}

// ---- a small XML tree ------------------------------------------------------------

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|([^<]+)/g;
  for (const m of xml.matchAll(tag)) {
    const top = stack[stack.length - 1] as XmlNode;
    if (m[6] !== undefined) {
      top.children.push(decode(m[6]));
    } else if (m[5] !== undefined) {
      top.children.push(m[5]);
    } else if (m[2] !== undefined) {
      if (m[1] === '/') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1] as string] = decode(a[2] ?? a[3] ?? '');
      }
      const node: XmlNode = { name: m[2], attrs, children: [] };
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    }
  }
  return root;
}

function elements(node: XmlNode, name?: string): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && (name === undefined || c.name === name));
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? elements(node, name)[0] : undefined;
}

function findFirst(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const found = findFirst(c, name);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of elements(node)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

function val(node: XmlNode | undefined): string | undefined {
  return node?.attrs['w:val'];
}

// ---- styles, numbering, footnotes ----------------------------------------------

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  /** List numbering the style itself carries (numbered headings). */
  numId?: string;
  level?: number;
}

function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (xml === null) return styles;
  for (const s of findAll(parseXml(xml), 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const info: StyleInfo = { name: val(child(s, 'w:name')) ?? id };
    const basedOn = val(child(s, 'w:basedOn'));
    if (basedOn) info.basedOn = basedOn;
    const outline = val(child(child(s, 'w:pPr'), 'w:outlineLvl'));
    if (outline !== undefined && /^\d$/.test(outline)) info.outlineLevel = Number(outline);
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const numId = val(child(numPr, 'w:numId'));
    if (numId !== undefined) info.numId = numId;
    const level = val(child(numPr, 'w:ilvl'));
    if (level !== undefined) info.level = Number(level);
    styles.set(id, info);
  }
  return styles;
}

interface LevelInfo {
  format: string;
  text: string;
  start: number;
}

interface Numbering {
  /** numId → its abstract list (whose counters it shares), levels and start overrides. */
  nums: Map<string, { abstractId: string; levels: Map<number, LevelInfo>; startOverride: Map<number, number> }>;
}

function readNumbering(xml: string | null): Numbering {
  const nums: Numbering['nums'] = new Map();
  if (xml === null) return { nums };
  const root = parseXml(xml);
  const abstract = new Map<string, Map<number, LevelInfo>>();
  for (const a of findAll(root, 'w:abstractNum')) {
    const levels = new Map<number, LevelInfo>();
    for (const l of elements(a, 'w:lvl')) {
      levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
        format: val(child(l, 'w:numFmt')) ?? 'decimal',
        text: val(child(l, 'w:lvlText')) ?? '',
        start: Number(val(child(l, 'w:start')) ?? 1),
      });
    }
    abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const n of findAll(root, 'w:num')) {
    const startOverride = new Map<number, number>();
    for (const o of elements(n, 'w:lvlOverride')) {
      const start = val(child(o, 'w:startOverride'));
      if (start !== undefined) startOverride.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
    }
    const abstractId = val(child(n, 'w:abstractNumId')) ?? '';
    nums.set(n.attrs['w:numId'] ?? '', { abstractId, levels: abstract.get(abstractId) ?? new Map(), startOverride });
  }
  return { nums };
}

function readFootnotes(xml: string | null): Map<string, string> {
  const notes = new Map<string, string>();
  if (xml === null) return notes;
  for (const f of findAll(parseXml(xml), 'w:footnote')) {
    const type = f.attrs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator') continue;
    const texts = findAll(f, 'w:p').map((p) => plainText(p).trim()).filter((t) => t !== '');
    notes.set(f.attrs['w:id'] ?? '', texts.join('\n'));
  }
  return notes;
}

// ---- the body --------------------------------------------------------------------

interface Ctx {
  styles: Map<string, StyleInfo>;
  numbering: Numbering;
  /** Per abstract list: the current number at each level. */
  counters: Map<string, number[]>;
  /** The lists (numId) seen so far: a start override restarts the count where a list is first used. */
  seenNums: Set<string>;
  /** Footnote id → its mark, in order of first reference. */
  footnoteMarks: Map<string, string>;
}

function walkBody(node: XmlNode, ctx: Ctx, out: DocBlock[]): void {
  for (const c of elements(node)) {
    if (c.name === 'w:p') out.push(readParagraph(c, ctx));
    else if (c.name === 'w:tbl') out.push(readTable(c, ctx));
    else if (c.name === 'w:sdt') walkBody(child(c, 'w:sdtContent') ?? c, ctx, out);
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:smartTag') walkBody(c, ctx, out);
  }
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function footnoteMark(ordinal: number): string {
  return String(ordinal)
    .split('')
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)])
    .join('');
}

/** The visible text of a paragraph or run container; deleted text and field codes left out. */
function plainText(node: XmlNode, ctx?: Ctx): string {
  let text = '';
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        text += c.children.filter((x): x is string => typeof x === 'string').join('');
        break;
      case 'w:tab':
        text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:footnoteReference': {
        if (!ctx) break;
        const id = c.attrs['w:id'] ?? '';
        if (!ctx.footnoteMarks.has(id)) ctx.footnoteMarks.set(id, footnoteMark(ctx.footnoteMarks.size + 1));
        text += ctx.footnoteMarks.get(id) as string;
        break;
      }
      // Text boxes and shapes (and Word's alternate copies of them) are no part of the paragraph's text.
      case 'w:drawing':
      case 'w:pict':
      case 'mc:AlternateContent':
      case 'w:object':
      case 'w:del':
      case 'w:instrText':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:footnoteRef':
        break;
      default:
        text += plainText(c, ctx);
    }
  }
  return text;
}

function isBold(run: XmlNode): boolean {
  const b = child(child(run, 'w:rPr'), 'w:b');
  return b !== undefined && !['0', 'false', 'off'].includes(val(b) ?? 'true');
}

function readParagraph(p: XmlNode, ctx: Ctx): DocParagraph {
  const pPr = child(p, 'w:pPr');
  const styleId = val(child(pPr, 'w:pStyle')) ?? '';
  const style = ctx.styles.get(styleId);
  const styleName = style?.name ?? styleId;
  const ownOutline = val(child(pPr, 'w:outlineLvl'));
  let headingLevel: number | null = null;
  if (/^(title|titel)$/i.test(styleName)) headingLevel = 0;
  else if (ownOutline !== undefined && /^[0-8]$/.test(ownOutline)) headingLevel = Number(ownOutline) + 1;
  else {
    const outline = styleOutline(styleId, ctx.styles);
    const named = /^(?:heading|kop)\s*(\d)$/i.exec(styleName);
    if (outline !== undefined) headingLevel = outline + 1;
    else if (named) headingLevel = Number(named[1]);
  }

  const text = plainText(p, ctx).replace(/\u00a0/g, ' ');
  let boldStart = '';
  for (const r of elements(p, 'w:r')) {
    const t = plainText(r);
    if (t === '') continue;
    if (!isBold(r)) break;
    boldStart += t;
  }
  return { type: 'p', text, headingLevel, styleName, list: listInfo(pPr, styleId, ctx), boldStart: boldStart.trim() };
}

/** The numbering a style carries, its own or its base style's. */
function styleNumbering(styleId: string, styles: Map<string, StyleInfo>, depth = 0): { numId: string; level: number } | undefined {
  const style = styles.get(styleId);
  if (!style || depth > 10) return undefined;
  if (style.numId !== undefined) return { numId: style.numId, level: style.level ?? 0 };
  return style.basedOn ? styleNumbering(style.basedOn, styles, depth + 1) : undefined;
}

function styleOutline(styleId: string, styles: Map<string, StyleInfo>, depth = 0): number | undefined {
  const style = styles.get(styleId);
  if (!style || depth > 10) return undefined;
  if (style.outlineLevel !== undefined) return style.outlineLevel;
  return style.basedOn ? styleOutline(style.basedOn, styles, depth + 1) : undefined;
}

/**
 * The list number of a paragraph as Word counts it: lists (numId) on the same abstract list share
 * its counters, and a list with a start override restarts them where it is first used (as
 * LibreOffice writes a restarted list: its first item on a list of its own, the rest on the shared
 * one). A level counting on resets the deeper levels.
 */
function listInfo(pPr: XmlNode | undefined, styleId: string, ctx: Ctx): DocParagraph['list'] {
  const numPr = child(pPr, 'w:numPr');
  const fromStyle = styleNumbering(styleId, ctx.styles);
  const numId = val(child(numPr, 'w:numId')) ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return null;
  const level = Number(val(child(numPr, 'w:ilvl')) ?? fromStyle?.level ?? 0);
  const num = ctx.numbering.nums.get(numId);
  const info = num?.levels.get(level) ?? { format: 'decimal', text: `%${level + 1}.`, start: 1 };
  const key = num ? `a${num.abstractId}` : `n${numId}`;
  let counts = ctx.counters.get(key);
  if (!counts) {
    counts = [];
    ctx.counters.set(key, counts);
  }
  const startOf = (l: number): number => num?.levels.get(l)?.start ?? 1;
  const override = num?.startOverride.get(level);
  if (override !== undefined && !ctx.seenNums.has(numId)) counts[level] = override;
  else counts[level] = counts[level] === undefined ? startOf(level) : (counts[level] as number) + 1;
  ctx.seenNums.add(numId);
  counts.length = level + 1;
  for (let l = 0; l < level; l++) if (counts[l] === undefined) counts[l] = startOf(l);
  const bullet = info.format === 'bullet' || info.format === 'none';
  const label = bullet ? '' : info.text.replace(/%(\d)/g, (_, n: string) => String(counts?.[Number(n) - 1] ?? ''));
  return { level, bullet, number: counts[level] as number, label };
}

function readTable(tbl: XmlNode, ctx: Ctx): DocTable {
  const rows: string[][] = [];
  const cellParagraphs: string[][][] = [];
  for (const tr of elements(tbl, 'w:tr')) {
    const row: string[] = [];
    const paras: string[][] = [];
    for (const tc of elements(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const merge = child(tcPr, 'w:vMerge');
      const continued = merge !== undefined && (val(merge) ?? 'continue') === 'continue';
      const span = Number(val(child(tcPr, 'w:gridSpan')) ?? 1);
      const texts = continued ? [] : findAll(tc, 'w:p').map((p) => plainText(p, ctx).replace(/\u00a0/g, ' ').trim());
      const kept = texts.filter((t) => t !== '');
      row.push(kept.join('\n'));
      paras.push(kept);
      // A cell spanning grid columns still counts as one cell for the header words; pad so columns line up.
      for (let i = 1; i < span; i++) {
        row.push('');
        paras.push([]);
      }
    }
    rows.push(row);
    cellParagraphs.push(paras);
  }
  return { type: 'table', rows, cellParagraphs };
}
