// A document made by hand the way many are: headings numbered by their style
// (the number is nowhere in the text), the parts of a topic as bold lines,
// inzet numbers typed, the afspraken table split in two without a second
// header, and no signatures: the parties then come from the table's names.
import JSZip from 'jszip';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readAgreementSetDocx } from '../../src/agreement-sets/read-docx';

const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

async function handMade(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'koppen',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Prestatieafspraken Wijchen 2026 - 2029', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Thema Wonen', heading: HeadingLevel.HEADING_1, numbering: { reference: 'koppen', level: 0 } }),
          new Paragraph({ text: 'Nieuwbouw', heading: HeadingLevel.HEADING_2, numbering: { reference: 'koppen', level: 1 } }),
          bold('Opgave'),
          new Paragraph('Er is te weinig betaalbare huur.'),
          bold('Inzet'),
          new Paragraph('1. Wonen Wijchen bouwt sociale huurwoningen.'),
          new Paragraph('2. De gemeente zoekt locaties.'),
          bold('Afspraken'),
          new Table({ rows: [row(['Afspraak', 'Trekker', 'Betrokkenen', 'Uitvoering']), row(['Bij 1. Wonen Wijchen bouwt 40 woningen.', 'Wonen Wijchen', 'Gemeente Wijchen', '2026'])] }),
          new Paragraph('Vervolg van de tabel:'),
          new Table({ rows: [row(['Bij 2. De gemeente wijst twee locaties aan.', 'Gemeente Wijchen', 'Wonen Wijchen, Huurdersraad Wijchen', '2027'])] }),
          new Paragraph({ text: 'Thema Leefbaarheid', heading: HeadingLevel.HEADING_1, numbering: { reference: 'koppen', level: 0 } }),
          bold('Opgave'),
          new Paragraph('Buurten veranderen.'),
          bold('Afspraken'),
          new Table({ rows: [row(['Afspraak', 'Trekker', 'Betrokkenen', 'Uitvoering', 'Opmerking']), row(['Een wijkschouw per jaar.', 'Huurdersraad Wijchen', 'Gemeente Wijchen', 'Jaarlijks', 'Zie notulen'])] }),
        ],
      },
    ],
  });
  // Move the headings' numbering from the paragraphs into the heading styles, as Word's numbered headings have it.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  let document = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const numIds = new Map<string, string>();
  document = document.replace(/<w:pStyle w:val="(Heading[12])"\/>(<w:numPr><w:ilvl w:val="\d"\/><w:numId w:val="(\d+)"\/><\/w:numPr>)/g, (_, style: string, _numPr: string, numId: string) => {
    numIds.set(style, numId);
    return `<w:pStyle w:val="${style}"/>`;
  });
  expect([...numIds.keys()].sort()).toEqual(['Heading1', 'Heading2']);
  let styles = await (zip.file('word/styles.xml') as JSZip.JSZipObject).async('string');
  for (const [style, numId] of numIds) {
    const level = style === 'Heading1' ? 0 : 1;
    styles = styles.replace(new RegExp(`(<w:style [^>]*w:styleId="${style}"[^>]*>[\\s\\S]*?)(<w:pPr>|<w:rPr>)`), (_, head: string, next: string) =>
      next === '<w:pPr>' ? `${head}<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : `${head}<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${next}`,
    );
  }
  zip.file('word/document.xml', document);
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a document made by hand', async () => {
  const bytes = await handMade();
  const reading = readAgreementSetDocx(bytes, 'wijchen.docx');

  it('numbers themes and topics from their heading styles, reads typed inzet and both parts of a split table', () => {
    const { data } = reading;
    expect(data.themes.map((t) => [t.number, t.title, t.topics.map((tp) => `${tp.number} ${tp.title}`)])).toEqual([
      [1, 'Wonen', ['1.1 Nieuwbouw']],
      [2, 'Leefbaarheid', ['2 Leefbaarheid']],
    ]);
    const topic = data.themes[0]?.topics[0];
    expect(topic?.commitments).toEqual([
      { number: 1, text: 'Wonen Wijchen bouwt sociale huurwoningen.' },
      { number: 2, text: 'De gemeente zoekt locaties.' },
    ]);
    expect(topic?.agreements).toEqual([
      { commitmentNumber: 1, text: 'Wonen Wijchen bouwt 40 woningen.', lead: 'Wonen Wijchen', involved: 'Gemeente Wijchen', schedule: '2026' },
      { commitmentNumber: 2, text: 'De gemeente wijst twee locaties aan.', lead: 'Gemeente Wijchen', involved: 'Wonen Wijchen, Huurdersraad Wijchen', schedule: '2027' },
    ]);
  });

  it('proposes the parties from the table when the document has no signatures, and says so', () => {
    expect(reading.parties.map((p) => [p.name, p.kind, p.source])).toEqual([
      ['Wonen Wijchen', 'corporation', 'table'],
      ['Gemeente Wijchen', 'municipality', 'table'],
      ['Huurdersraad Wijchen', 'tenant-body', 'table'],
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'wijchen.docx, 1.1 Nieuwbouw: tekst onder "Afspraken" buiten de tabel is niet gelezen: "Vervolg van de tabel:".',
      'wijchen.docx, 2 Leefbaarheid, tabel "Afspraken": de kolom "Opmerking" hoort niet bij afspraak, trekker, betrokkenen of uitvoering en is niet gelezen.',
      'wijchen.docx, Ondertekening: het document heeft geen ondertekening met partijen; de partijen zijn voorgesteld uit de kolommen trekker en betrokkenen. Controleer ze.',
    ]);
  });
});

describe('signatures typed as paragraphs', () => {
  it('reads party, name and role per block, and the date and place of signing', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Prestatieafspraken Wijchen 2026 - 2029', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '1 Thema Wonen', heading: HeadingLevel.HEADING_1 }),
            new Table({ rows: [row(['Afspraak', 'Trekker', 'Betrokkenen', 'Uitvoering']), row(['Een wijkschouw per jaar.', 'Wonen Wijchen', 'Gemeente', 'Jaarlijks'])] }),
            new Paragraph({ text: '2 Ondertekening', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Aldus overeengekomen op 3 maart 2026 te Wijchen:'),
            new Paragraph(''),
            new Paragraph('Gemeente Wijchen'),
            new Paragraph('A. de Boer'),
            new Paragraph('Wethouder Wonen'),
            new Paragraph(''),
            new Paragraph('Wonen Wijchen'),
            new Paragraph('B. Claes'),
            new Paragraph('Directeur-bestuurder'),
            new Paragraph('Handtekening: ..........'),
          ],
        },
      ],
    });
    const reading = readAgreementSetDocx(await Packer.toBuffer(doc), 'wijchen.docx');
    expect([reading.data.signedOn, reading.data.signedPlace]).toEqual(['2026-03-03', 'Wijchen']);
    expect(reading.data.parties.map((p) => [p.name, p.kind, p.signatory.name, p.signatory.role])).toEqual([
      ['Gemeente Wijchen', 'municipality', 'A. de Boer', 'Wethouder Wonen'],
      ['Wonen Wijchen', 'corporation', 'B. Claes', 'Directeur-bestuurder'],
    ]);
    expect(reading.parties.every((p) => p.source === 'signatures')).toBe(true);
    expect(reading.problems).toEqual([]);
  });
});
