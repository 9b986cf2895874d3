// A large activiteitenoverzicht written straight as XML (exceljs would need
// minutes and gigabytes to write it): a title row, a header the reader knows,
// and n rows of ten text cells in shared strings, as Excel saves them. Used by
// `npm run bench` (100,000 × 10) and by the tests of the import limits.
import { buildZip } from '../../tests/fixtures/zip';

const HEADERS = ['Thema', 'Afspraak', 'Activiteit', 'Trekker', 'Betrokken', 'Planning', 'Budget', 'Nodig van anderen', 'Van wie', 'Toelichting'];

const WORDS = [
  'woningen', 'huurders', 'wijkschouw', 'energiecoach', 'oplevering', 'nieuwbouw', 'verduurzaming', 'complex', 'bewoners', 'onderhoud',
  'gemeente', 'corporatie', 'isolatie', 'zonnepanelen', 'leefbaarheid', 'ouderen', 'jongeren', 'statushouders', 'planning', 'overleg',
  'Deest', 'Druten', 'Puiflijk', 'Afferden', 'Horssen', 'Altforst', 'label', 'monitor', 'participatie', 'renovatie',
];

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnName(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A workbook with one sheet "Activiteiten" of `rows` activity rows × `columns` (≤ 10) text cells. */
export function largeActivityWorkbook(rows: number, columns = 10): Buffer {
  const strings: string[] = [];
  const shared = (text: string): number => strings.push(escapeXml(text)) - 1;
  const cell = (r: number, c: number, text: string) => `<c r="${columnName(c)}${r}" t="s"><v>${shared(text)}</v></c>`;

  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    // The low bits of this generator repeat quickly; the high ones do not.
    return seed >>> 12;
  };
  // Half the words a partner's, half made up: the vocabulary grows with the file, as free text does.
  const SYLLABLES = ['ka', 'ber', 'lo', 'win', 'de', 'stra', 'mo', 'ren', 'ti', 'vel', 'hui', 'zen', 'op', 'gaar', 'nu', 'sel'];
  const madeUp = (): string => {
    let word = '';
    for (let s = 2 + (next() % 3); s > 0; s--) word += SYLLABLES[next() % SYLLABLES.length] as string;
    return word;
  };
  const phrase = (n: number): string => {
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(next() % 2 === 0 ? (WORDS[next() % WORDS.length] as string) : madeUp());
    return words.join(' ');
  };

  const parts: string[] = [];
  parts.push(`<row r="1">${cell(1, 0, 'Activiteitenoverzicht Woonwaarts 2027')}</row>`);
  parts.push(`<row r="2">${HEADERS.slice(0, columns).map((h, c) => cell(2, c, h)).join('')}</row>`);
  for (let i = 0; i < rows; i++) {
    const r = i + 3;
    const texts = [`Thema ${1 + (i % 5)}`, `${1 + (i % 9)}.${1 + (i % 4)}`, `${phrase(6)} ${i + 1}`, 'Woonwaarts', 'Gemeente', `Q${1 + (i % 4)} 2027`, phrase(2), phrase(4), 'Gemeente', phrase(8)];
    parts.push(`<row r="${r}">${texts.slice(0, columns).map((t, c) => cell(r, c, t)).join('')}</row>`);
  }
  const last = `${columnName(columns - 1)}${rows + 2}`;
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${last}"/><sheetData>${parts.join('')}</sheetData></worksheet>`;
  const sst =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${s}</t></si>`).join('') +
    '</sst>';

  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}">` +
          '<sheets><sheet name="Activiteiten" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet), level: 6 },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(sst), level: 6 },
  ]);
}
