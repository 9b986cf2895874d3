// Refuses a file that is not a readable .xlsx/.xlsm, or that would cost
// unbounded time or memory, BEFORE exceljs sees it. Every refusal is a
// ServiceError('file_refused') whose Dutch message names the file, says what
// is wrong and what to do.
//
// Order matters: the checks on what the archive declares (entry count, sizes,
// compression ratio) run before a single byte is inflated; then each entry is
// inflated on its own with its output capped at its declared size, so a lying
// header cannot make it larger; then each worksheet's rows and cells are
// counted in the raw XML. Only then does exceljs (which inflates everything
// into strings at once) get the bytes.
import { cfbEntryNames, isCfb } from './cfb';
import { formatCount, refuse } from './problems';
import { inflateEntry, peekEntry, readZipDirectory, startsLikeZip, ZipFormatError, type ZipEntry } from './zip';

export interface ImportLimits {
  /** The file as received. */
  maxFileBytes: number;
  /** Entries in the zip archive. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number;
  /** Uncompressed ÷ compressed, for entries larger than `ratioFloor`. */
  maxCompressionRatio: number;
  ratioFloor: number;
  /** Row elements in one worksheet. */
  maxRowsPerSheet: number;
  /** Cell elements in all worksheets together. */
  maxCells: number;
}

const MB = 1024 * 1024;

/**
 * An activiteitenoverzicht is tens of kilobytes; a region's largest party
 * writes some 24,000 activities. These limits leave room for that, for logos
 * and a data sheet next to it, and keep a preview within 600 MB: exceljs
 * holds the whole workbook, a preview costs about 2 kB of memory per filled
 * cell and its commit more per row (measured: 24,000 × 10 cells, 450–580 MB
 * for the preview and 585 MB with its commit; 30,000 × 8, 470 MB and 645 MB;
 * 50,000 × 5, 500–590 MB and 700 MB). A workbook over them is refused within
 * seconds, before exceljs reads it.
 */
export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 50 * MB,
  maxEntries: 1000,
  maxTotalUncompressed: 100 * MB,
  // Ordinary sheet XML compresses 5–30×; long runs of one byte reach ~1000×.
  maxCompressionRatio: 200,
  ratioFloor: 1 * MB,
  maxRowsPerSheet: 30_000,
  maxCells: 250_000,
};

export interface SniffedSheet {
  /** The sheet's name from the workbook, when it could be read. */
  name: string | null;
  /** Entry in the archive: "xl/worksheets/sheet1.xml". */
  path: string;
  rows: number;
  cells: number;
}

export interface SniffedWorkbook {
  /** Has a VBA project (.xlsm); macros are never run, only the cells are read. */
  hasMacros: boolean;
  sheets: SniffedSheet[];
}

const TODO_SAVE_AS_XLSX = 'Open het in Excel of LibreOffice en kies Opslaan als > Excel-werkmap (.xlsx); importeer dan dat bestand.';

/** What the refusals call the file and its content, so a results file is not asked for its activities. */
export interface SniffWording {
  /** "Een activiteitenoverzicht": the kind of document, as the start of a sentence. */
  document: string;
  /** "het activiteitenoverzicht": what to ask the partner for. */
  asked: string;
  /** "de activiteiten": what the workbook is about. */
  content: string;
}

export const ACTIVITY_WORDING: Readonly<SniffWording> = {
  document: 'Een activiteitenoverzicht',
  asked: 'het activiteitenoverzicht',
  content: 'de activiteiten',
};

export const RESULTS_WORDING: Readonly<SniffWording> = {
  document: 'Een overzicht van resultaten',
  asked: 'de resultaten',
  content: 'de resultaten',
};

function todoSmaller(wording: Readonly<SniffWording>): string {
  return `${wording.document} is veel kleiner: zet ${wording.content} in een nieuwe werkmap (.xlsx) en importeer die.`;
}

/** Throws ServiceError('file_refused') when the file must not be read; otherwise what was found. */
export function sniffWorkbook(
  data: Uint8Array,
  fileName: string,
  limits: Readonly<ImportLimits> = IMPORT_LIMITS,
  wording: Readonly<SniffWording> = ACTIVITY_WORDING,
): SniffedWorkbook {
  const TODO_SMALLER = todoSmaller(wording);
  if (data.length === 0) {
    throw refuse(fileName, 'is leeg (0 bytes). Kies het goede bestand, of sla de werkmap in Excel opnieuw op als Excel-werkmap (.xlsx).');
  }
  if (data.length > limits.maxFileBytes) {
    throw refuse(
      fileName,
      `is te groot (${megabytes(data.length)} MB; ten hoogste ${megabytes(limits.maxFileBytes)} MB). ${TODO_SMALLER}`,
    );
  }
  if (isCfb(data)) throw refuseCompoundFile(data, fileName, wording);
  if (!startsLikeZip(data)) throw refuseNonZip(data, fileName, wording);
  return sniffZip(data, fileName, limits, wording);
}

function refuseCompoundFile(data: Uint8Array, fileName: string, wording: Readonly<SniffWording>): Error {
  const names = (cfbEntryNames(data) ?? []).map((n) => n.toLowerCase());
  if (names.includes('encryptioninfo') || names.includes('encryptedpackage')) {
    return refuse(
      fileName,
      'is beveiligd met een wachtwoord en kan daardoor niet worden gelezen. ' +
        'Open het in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: maak het veld leeg), ' +
        'sla het op en importeer het opnieuw.',
    );
  }
  if (names.includes('workbook') || names.includes('book')) {
    return refuse(fileName, `is een oud Excel-bestand (.xls, Excel 97–2003). ${TODO_SAVE_AS_XLSX}`);
  }
  if (names.includes('worddocument')) {
    return refuse(fileName, `is een (oud) Word-document, geen Excel-werkmap. Kies de Excel-werkmap (.xlsx) met ${wording.content}.`);
  }
  // Directory unreadable or unknown streams: the magic says "old Office file".
  return refuse(
    fileName,
    `is een ouder Office-bestand dat niet als Excel-werkmap (.xlsx) kan worden gelezen. Is het een oud Excel-bestand (.xls)? ${TODO_SAVE_AS_XLSX}`,
  );
}

function refuseNonZip(data: Uint8Array, fileName: string, wording: Readonly<SniffWording>): Error {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 8192));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    return refuse(fileName, `is een PDF-bestand, geen Excel-werkmap. Vraag de partij om ${wording.asked} als Excel-werkmap (.xlsx).`);
  }
  const text = asText(head);
  if (text !== null) {
    if (/urn:schemas-microsoft-com:office:spreadsheet|<\?mso-application\s+progid="Excel\.Sheet"/i.test(text)) {
      return refuse(fileName, `is een XML-werkblad (Excel 2003-XML), geen Excel-werkmap. ${TODO_SAVE_AS_XLSX}`);
    }
    if (/<(!doctype\s+html|html|table)[\s>]/i.test(text)) {
      return refuse(fileName, `is een webpagina (HTML) die zich als Excel-bestand voordoet. ${TODO_SAVE_AS_XLSX}`);
    }
    return refuse(fileName, `is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. ${TODO_SAVE_AS_XLSX}`);
  }
  return refuse(
    fileName,
    'is geen Excel-werkmap (.xlsx of .xlsm), of het bestand is beschadigd. ' +
      'Controleer of u het goede bestand kiest; kan Excel het openen, sla het dan op als Excel-werkmap (.xlsx) en importeer dat bestand.',
  );
}

/** The head decoded as text when it looks like text (no NULs, few control characters), else null. */
function asText(head: Buffer): string | null {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  else {
    if (head.includes(0)) return null;
    text = head.toString('utf8');
  }
  let control = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  return control <= text.length / 100 ? text : null;
}

function sniffZip(data: Uint8Array, fileName: string, limits: Readonly<ImportLimits>, wording: Readonly<SniffWording>): SniffedWorkbook {
  const TODO_SMALLER = todoSmaller(wording);
  let entries: ZipEntry[];
  try {
    const directory = readZipDirectory(data, limits.maxEntries);
    if (directory.declaredEntries > limits.maxEntries) {
      throw refuse(
        fileName,
        `bestaat uit ${formatCount(directory.declaredEntries)} onderdelen (ten hoogste ${formatCount(limits.maxEntries)}); ` +
          `zo is een gewone werkmap niet opgebouwd. ${TODO_SMALLER}`,
      );
    }
    entries = directory.entries;
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    if (err.problem === 'no-directory') {
      return throwRefusal(
        fileName,
        'is onvolledig: het einde van het bestand ontbreekt (afgebroken download of kopie?). ' +
          'Haal het bestand opnieuw op of vraag de afzender het nog eens te sturen.',
      );
    }
    return throwRefusal(fileName, damaged());
  }

  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  refuseOtherZipKinds(data, fileName, byName, wording);

  if (entries.some((e) => (e.flags & 1) !== 0)) {
    return throwRefusal(fileName, 'is versleuteld met een wachtwoord. Verwijder in Excel het wachtwoord, sla op en importeer opnieuw.');
  }
  const odd = entries.find((e) => e.method !== 0 && e.method !== 8);
  if (odd) {
    return throwRefusal(fileName, `is ingepakt met een methode die Excel niet gebruikt (onderdeel ${odd.name}). ${TODO_SAVE_AS_XLSX}`);
  }

  // What the archive declares, before anything is inflated.
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressed) {
    return throwRefusal(
      fileName,
      `wordt bij het uitpakken ${megabytes(total)} MB groot (ten hoogste ${megabytes(limits.maxTotalUncompressed)} MB). ` +
        `Zo'n bestand kan de Werkbank vastzetten en wordt niet gelezen (mogelijk een zip-bom). ${TODO_SMALLER}`,
    );
  }
  for (const e of entries) {
    if (e.uncompressedSize <= limits.ratioFloor) continue;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      return throwRefusal(
        fileName,
        `bevat een onderdeel (${e.name}) dat bij het uitpakken ${formatCount(ratio)} keer zo groot wordt; ` +
          `dat past niet bij een gewone werkmap (mogelijk een zip-bom) en het bestand wordt niet gelezen. ${TODO_SMALLER}`,
      );
    }
  }

  // Each entry inflated on its own, capped at what it declared.
  const workbookXml = new Map<string, Buffer>();
  const sheets: SniffedSheet[] = [];
  let cells = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const outcome = inflateEntry(data, e);
    if (!outcome.ok) {
      if (outcome.problem === 'larger-than-declared') {
        return throwRefusal(
          fileName,
          `bevat een onderdeel (${e.name}) dat bij het uitpakken groter wordt dan het opgeeft; ` +
            `het bestand is beschadigd of gemaakt om programma's vast te zetten (zip-bom) en wordt niet gelezen. ${TODO_SMALLER}`,
        );
      }
      return throwRefusal(fileName, damaged());
    }
    const name = e.name.replace(/^\//, '');
    if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') workbookXml.set(name, outcome.data);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const counted = countRowsAndCells(outcome.data);
      sheets.push({ name: null, path: name, rows: counted.rows, cells: counted.cells });
      cells += counted.cells;
    }
  }

  // "Strict Open XML" workbooks use other namespaces, which exceljs reads as empty sheets.
  if (workbookXml.get('xl/workbook.xml')?.includes('http://purl.oclc.org/ooxml/spreadsheetml/main')) {
    return throwRefusal(
      fileName,
      'is opgeslagen als "Strict Open XML-werkmap", die de Werkbank niet kan lezen. Open het in Excel en kies Opslaan als > Excel-werkmap (.xlsx); importeer dan dat bestand.',
    );
  }
  const names = sheetNamesByPath(workbookXml.get('xl/workbook.xml'), workbookXml.get('xl/_rels/workbook.xml.rels'));
  for (const s of sheets) s.name = names.get(s.path) ?? null;
  for (const s of sheets) {
    if (s.rows > limits.maxRowsPerSheet) {
      const sheet = s.name === null ? `een blad (${s.path})` : `blad "${s.name}"`;
      return throwRefusal(
        fileName,
        `heeft in ${sheet} ${formatCount(s.rows)} rijen (ten hoogste ${formatCount(limits.maxRowsPerSheet)}). ` +
          `Verwijder de lege of overbodige rijen (selecteer ze, Rijen verwijderen), of zet ${wording.content} in een nieuwe werkmap, en importeer opnieuw.`,
      );
    }
  }
  if (cells > limits.maxCells) {
    // The sheet with the most cells: where the user should look first.
    const largest = sheets.reduce((a, b) => (b.cells > a.cells ? b : a));
    const sheet = largest.name === null ? `een blad (${largest.path})` : `blad "${largest.name}"`;
    return throwRefusal(
      fileName,
      `heeft ${formatCount(cells)} gevulde cellen (ten hoogste ${formatCount(limits.maxCells)}), waarvan ${formatCount(largest.cells)} in ${sheet}; ` +
        'zoveel kan de Werkbank niet inlezen zonder vast te lopen. ' +
        `Verwijder bladen en kolommen die niet over ${wording.content} gaan, of zet ${wording.content} in een nieuwe werkmap, en importeer opnieuw.`,
    );
  }
  return { hasMacros: byName.has('xl/vbaProject.bin'), sheets };
}

/** A zip that is a document of another kind: .ods, .xlsb, .docx, a plain zip. */
function refuseOtherZipKinds(data: Uint8Array, fileName: string, byName: Map<string, ZipEntry>, wording: Readonly<SniffWording>): void {
  const mimetypeEntry = byName.get('mimetype');
  const mimetype = mimetypeEntry ? (peekEntry(data, mimetypeEntry, 1024, 256)?.toString('latin1').trim() ?? '') : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    throw refuse(fileName, `is een OpenDocument-rekenblad (.ods), geen Excel-werkmap. ${TODO_SAVE_AS_XLSX}`);
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument') || (byName.has('content.xml') && byName.has('META-INF/manifest.xml'))) {
    throw refuse(fileName, `is een OpenDocument-bestand maar geen rekenblad. Kies de werkmap met ${wording.content} en sla die op als Excel-werkmap (.xlsx).`);
  }
  if (byName.has('xl/workbook.xml')) return;
  if (byName.has('xl/workbook.bin')) {
    throw refuse(fileName, `is een binaire Excel-werkmap (.xlsb). ${TODO_SAVE_AS_XLSX}`);
  }
  if (byName.has('word/document.xml')) {
    throw refuse(fileName, `is een Word-document, geen Excel-werkmap. Kies de Excel-werkmap (.xlsx) met ${wording.content}.`);
  }
  if (byName.has('ppt/presentation.xml')) {
    throw refuse(fileName, `is een PowerPoint-presentatie, geen Excel-werkmap. Kies de Excel-werkmap (.xlsx) met ${wording.content}.`);
  }
  throw refuse(fileName, 'is een zip-bestand, geen Excel-werkmap. Pak het uit en importeer de Excel-werkmap (.xlsx) die erin zit.');
}

function damaged(): string {
  return `is beschadigd en kan niet worden gelezen. Open het in Excel (dat kan het soms herstellen) en sla het op als Excel-werkmap (.xlsx); importeer dan dat bestand.`;
}

function throwRefusal(fileName: string, text: string): never {
  throw refuse(fileName, text);
}

function megabytes(bytes: number): string {
  return formatCount(Math.max(1, Math.round(bytes / MB)));
}

/**
 * Counts <row> and <c> elements (with or without a namespace prefix) in a
 * worksheet's XML. Text content cannot hold a raw "<", so every "<row" is an
 * element. Linear in the size, which the archive checks have bounded.
 */
export function countRowsAndCells(xml: Buffer): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  let p = xml.indexOf(0x3c);
  while (p >= 0) {
    let q = p + 1;
    // Skip a prefix: <x:row …
    let nameStart = q;
    while (q < xml.length && isNameByte(xml[q] as number)) q++;
    if (xml[q] === 0x3a) {
      nameStart = q + 1;
      q = nameStart;
      while (q < xml.length && isNameByte(xml[q] as number)) q++;
    }
    const len = q - nameStart;
    const after = xml[q];
    if (after === 0x20 || after === 0x2f || after === 0x3e || after === 0x09 || after === 0x0a || after === 0x0d) {
      if (len === 3 && xml[nameStart] === 0x72 && xml[nameStart + 1] === 0x6f && xml[nameStart + 2] === 0x77) rows++;
      else if (len === 1 && xml[nameStart] === 0x63) cells++;
    }
    p = xml.indexOf(0x3c, q);
  }
  return { rows, cells };
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
}

/** "xl/worksheets/sheet2.xml" → "Activiteiten", from workbook.xml and its relationships. */
function sheetNamesByPath(workbook: Buffer | undefined, rels: Buffer | undefined): Map<string, string> {
  const result = new Map<string, string>();
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const m of rels.toString('utf8').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1] ?? '', 'Id');
    const target = attribute(m[1] ?? '', 'Target');
    if (id !== null && target !== null) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
  }
  for (const m of workbook.toString('utf8').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(m[1] ?? '', 'name');
    const id = attribute(m[1] ?? '', 'r:id') ?? attribute(m[1] ?? '', 'id');
    const path = id === null ? undefined : targets.get(id);
    if (name !== null && path !== undefined) result.set(path, name);
  }
  return result;
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return null;
  return decodeXml(m[2] ?? m[3] ?? '');
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    switch (e.toLowerCase()) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}
