// A second, independent look at an .xlsx: the XML parts themselves, for what
// exceljs reads loosely (one rule per range, LibreOffice's "true"/"false"
// attributes for protection) or not at all.
import JSZip from 'jszip';

export interface RawValidation {
  sqref: string;
  type: string;
  errorStyle: string | undefined;
  formula1: string;
}

export interface RawWorkbook {
  sheetNames: string[];
  sheetState(name: string): string;
  validations(sheet: string): RawValidation[];
  /** Attributes of <sheetProtection>, or null when the sheet is not protected. */
  protection(sheet: string): Record<string, string> | null;
  /** Attributes of the first <pane>, or null. */
  pane(sheet: string): Record<string, string> | null;
  /** Whether a cell is locked: its own style, else its column's, else the default (locked). */
  locked(sheet: string, address: string): boolean;
  definedNames(): { name: string; localSheetId: string | undefined; text: string }[];
  autoFilter(sheet: string): string | null;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
}

const truthy = (value: string | undefined): boolean => value === '1' || value === 'true';

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export async function readRawXlsx(data: Buffer): Promise<RawWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} ontbreekt`);
    return file.async('string');
  };
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const styles = await text('xl/styles.xml');

  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => attributes(m[0]));
  const sheetXml = new Map<string, string>();
  for (const s of sheets) {
    const target = targets.get(s['r:id'] ?? '');
    if (s.name && target) sheetXml.set(s.name, await text(`xl/${target}`));
  }
  const xmlOf = (name: string): string => {
    const xml = sheetXml.get(name);
    if (xml === undefined) throw new Error(`blad ${name} ontbreekt`);
    return xml;
  };

  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfLocked = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => {
    const protection = /<protection\b[^>]*>/.exec(m[1] ?? '')?.[0];
    const locked = protection ? attributes(protection).locked : undefined;
    // The default for a cell is locked; only locked="0"/"false" opens it.
    return locked === undefined ? true : truthy(locked);
  });

  return {
    sheetNames: sheets.map((s) => s.name ?? ''),
    sheetState: (name) => sheets.find((s) => s.name === name)?.state ?? 'visible',
    validations: (sheet) =>
      [...xmlOf(sheet).matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => {
        const a = attributes(m[1] ?? '');
        return {
          sqref: a.sqref ?? '',
          type: a.type ?? 'any',
          errorStyle: a.errorStyle,
          formula1: unescapeXml(/<(?:x14:)?formula1>(?:<xm:f>)?([\s\S]*?)(?:<\/xm:f>)?<\/(?:x14:)?formula1>/.exec(m[2] ?? '')?.[1] ?? ''),
        };
      }),
    protection: (sheet) => {
      const tag = /<sheetProtection\b[^>]*>/.exec(xmlOf(sheet))?.[0];
      if (!tag) return null;
      const a = attributes(tag);
      return truthy(a.sheet) ? a : null;
    },
    pane: (sheet) => {
      const tag = /<pane\b[^>]*>/.exec(xmlOf(sheet))?.[0];
      return tag ? attributes(tag) : null;
    },
    locked: (sheet, address) => {
      const xml = xmlOf(sheet);
      const cell = new RegExp(`<c r="${address}"[^>]*>`).exec(xml)?.[0];
      let style = cell ? attributes(cell).s : undefined;
      if (style === undefined) {
        const col = columnNumber(/^[A-Z]+/.exec(address)?.[0] ?? 'A');
        for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
          const a = attributes(m[0]);
          if (Number(a.min) <= col && col <= Number(a.max)) style = a.style;
        }
      }
      return xfLocked[Number(style ?? 0)] ?? true;
    },
    definedNames: () =>
      [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
        const a = attributes(m[1] ?? '');
        return { name: a.name ?? '', localSheetId: a.localSheetId, text: unescapeXml(m[2] ?? '') };
      }),
    autoFilter: (sheet) => {
      const tag = /<autoFilter\b[^>]*>/.exec(xmlOf(sheet))?.[0];
      return tag ? (attributes(tag).ref ?? null) : null;
    },
  };
}
