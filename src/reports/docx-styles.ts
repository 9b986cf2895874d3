// The styles of the Word report. Headings are Word's own (Heading 1–3, with
// outline levels, so the navigation pane and the table of contents find them);
// text styles and table styles are named styles too, so a secretary restyles
// the whole document by changing a style, not every paragraph.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

export const COLORS = {
  /** Dark teal, as in the uitvraag workbooks. */
  title: '1F4E5F',
  accent: '2E7D8C',
  text: '262626',
  muted: '595959',
  grid: 'BFBFBF',
  headerFill: '1F4E5F',
  zebra: 'F2F6F7',
  signalText: '9C2A00',
  signalFill: 'FCE9E1',
  warnText: '7A5200',
  warnFill: 'FFF4D6',
  okFill: 'E6F2E8',
  concept: 'C55A11',
  definitive: '2E7D32',
  draft: '7F7F7F',
} as const;

/** Style ids used by the writer. */
export const STYLE = {
  tableText: 'Tabeltekst',
  tableSmall: 'Tabeltekstklein',
  signal: 'Signaal',
  warning: 'Waarschuwing',
  agreementText: 'Afspraaktekst',
  agreementMeta: 'Afspraakgegevens',
  note: 'Toelichting',
  coverTitle: 'Title',
  coverSubtitle: 'Subtitle',
  coverLine: 'Omslagregel',
  tocHeading: 'TOCHeading',
  footer: 'Footer',
  header: 'Header',
  table: 'Overzichtstabel',
} as const;

const FONT = 'Calibri';

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: COLORS.text },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: 56, bold: true, color: COLORS.title }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: COLORS.title },
        paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 0, after: 200 } },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: COLORS.accent },
        paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 320, after: 120 } },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: COLORS.title },
        paragraph: { outlineLevel: 2, keepNext: true, keepLines: true, spacing: { before: 280, after: 60 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.coverSubtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 32, color: COLORS.accent },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: STYLE.coverLine,
        name: 'Omslagregel',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 24, color: COLORS.muted },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, bold: true, color: COLORS.title },
        paragraph: { spacing: { after: 240 } },
      },
      // The contents, one line an entry: the whole of it on one page, so nothing of it spills onto a page of its own.
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 60, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { before: 0, after: 20, line: 240, lineRule: LineRuleType.AUTO }, indent: { left: 220 } },
      },
      {
        id: STYLE.tableText,
        name: 'Tabeltekst',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18 },
        paragraph: { spacing: { before: 0, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableSmall,
        name: 'Tabeltekst klein',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { size: 16, color: COLORS.muted },
      },
      {
        id: STYLE.agreementText,
        name: 'Afspraaktekst',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 21 },
        paragraph: {
          keepNext: true,
          spacing: { after: 60 },
          indent: { left: 142 },
          border: { left: { style: 'single', size: 18, color: COLORS.accent, space: 6 } },
        },
      },
      {
        id: STYLE.agreementMeta,
        name: 'Afspraakgegevens',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18, color: COLORS.muted },
        paragraph: { keepNext: true, spacing: { after: 120 }, indent: { left: 142 } },
      },
      {
        id: STYLE.signal,
        name: 'Signaal',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 19, bold: true, color: COLORS.signalText },
        paragraph: {
          spacing: { before: 40, after: 80 },
          indent: { left: 142 },
          shading: { type: 'clear', color: 'auto', fill: COLORS.signalFill },
        },
      },
      {
        id: STYLE.warning,
        name: 'Aandachtspunt onvoldoende',
        basedOn: STYLE.signal,
        quickFormat: true,
        run: { color: COLORS.warnText },
        paragraph: { shading: { type: 'clear', color: 'auto', fill: COLORS.warnFill } },
      },
      {
        id: STYLE.note,
        name: 'Toelichting',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 19, italics: true, color: COLORS.muted },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: 16, color: COLORS.muted },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 16, color: COLORS.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

/**
 * Table styles, which docx has no API for: given as an external styles part,
 * which docx merges with its own defaults and the styles above. The header row
 * (firstRow) is the style's, so restyling the table style restyles every table.
 */
export function tableStylesXml(): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLORS.grid}"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const cellMargins =
    '<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>' +
    '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    `<w:style w:type="table" w:styleId="${STYLE.table}">` +
    '<w:name w:val="Overzichtstabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>' +
    `<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>${borders}</w:tblBorders>${cellMargins}</w:tblPr>` +
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>' +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.headerFill}"/></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="band2Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.zebra}"/></w:tcPr></w:tblStylePr>` +
    '</w:style>' +
    '</w:styles>'
  );
}
