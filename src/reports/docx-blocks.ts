// The paragraphs the Word reports are built of: a text, a bullet, a label
// with its value, and the headings (a chapter on a new page unless it may
// follow the one before it).
import { HeadingLevel, Paragraph, TextRun, type AlignmentType, type ParagraphChild, type Table, type TableOfContents } from 'docx';

export type Block = Paragraph | Table | TableOfContents;

export function para(text: string, style?: string, extra: { keepNext?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ ...(style ? { style } : {}), ...extra, children: [new TextRun(text)] });
}

export function runs(children: ParagraphChild[], style?: string, extra: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ ...(style ? { style } : {}), ...extra, children });
}

export function labelled(label: string, value: string): TextRun[] {
  return [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)];
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
}

/** A chapter heading, on a new page unless a short chapter may follow the one before it. */
export function heading1(text: string, options: { newPage?: boolean } = {}): Paragraph {
  const newPage = options.newPage ?? true;
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, ...(newPage ? {} : { keepNext: true, keepLines: true }), children: [new TextRun(text)] });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

export function heading3(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });
}

