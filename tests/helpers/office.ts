// LibreOffice as the independent reader of what we write: documents converted
// in one headless run with a profile of its own, and what comes out read back
// (the PDF's text, the CSV of a sheet, a part of the .docx).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

/** Runs soffice headless; a profile of its own, so parallel runs and a user's open LibreOffice do not clash. */
export function soffice(args: string[], profileParent: string, timeout = 240_000): void {
  const profile = pathToFileURL(path.join(profileParent, `lo-profile-${randomUUID()}`)).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout });
}

/** The PDF's text, without the running footer ("… — pagina 3 van 12"). */
export function pdfText(pdfFile: string): string {
  return execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => !/— pagina \d+ van \d+$/.test(line.trim()))
    .join('\n');
}

export const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether the text holds this text. pdftotext reads side-by-side table cells
 * line by line, so the lines of a narrow cell may come interleaved with its
 * neighbour's: the words must then appear in order, close together.
 */
export function pdfHas(hayText: string, text: string): boolean {
  if (norm(hayText).includes(norm(text))) return true;
  const hay = norm(hayText).split(' ');
  const needle = norm(text).split(' ');
  const window = needle.length * 4 + 12;
  for (let start = 0; start < hay.length; start++) {
    if (hay[start] !== needle[0]) continue;
    let matched = 1;
    for (let i = start + 1; i < hay.length && i - start < window && matched < needle.length; i++) {
      if (hay[i] === needle[matched]) matched++;
    }
    if (matched === needle.length) return true;
  }
  return false;
}

/** RFC 4180, as LibreOffice writes it: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** One part of a .docx (or any zip), as text. */
export async function docxPart(data: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(name);
  if (!file) throw new Error(`${name} ontbreekt`);
  return file.async('string');
}

/** Every part whose name matches, as text. */
export async function docxParts(data: Buffer, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  return Promise.all(zip.file(pattern).map((f) => f.async('string')));
}

/** The paragraphs of WordprocessingML as plain text, one a line, entities decoded. */
export function xmlToText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
