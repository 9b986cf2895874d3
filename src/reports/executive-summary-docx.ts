// The bestuurlijke samenvatting as the first chapter of a Word report: one
// page with what the Bestuurlijk Overleg decides or notes, the three most
// important points, numbered, and the response (see executive-summary.ts).
import { Paragraph, TextRun } from 'docx';
import { COLORS, STYLE } from './docx-styles';
import { SUMMARY_TITLE, type ExecutiveSummary } from './executive-summary';
import { bullet, heading1, para, type Block } from './docx-blocks';

/** A subheading that looks like Heading 2 but stays out of the contents: the summary is one page, its parts need no entries. */
function subheading(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 320, after: 120 },
    children: [new TextRun({ text, bold: true, size: 26, color: COLORS.accent })],
  });
}

export function executiveSummaryBlocks(summary: ExecutiveSummary): Block[] {
  return [
    heading1(SUMMARY_TITLE),
    para(summary.intro, STYLE.note),
    subheading('Voor het Bestuurlijk Overleg'),
    ...summary.decide.map((line) => bullet(line)),
    subheading(summary.points.length === 1 ? 'Het belangrijkste punt' : `De ${summary.points.length === 2 ? 'twee' : 'drie'} belangrijkste punten`),
    ...summary.points.map(
      (point, i) =>
        new Paragraph({
          indent: { left: 397, hanging: 397 },
          spacing: { after: 120 },
          keepLines: true,
          children: [new TextRun({ text: `${i + 1}\t`, bold: true, color: COLORS.title }), new TextRun(point)],
          tabStops: [{ type: 'left', position: 397 }],
        }),
    ),
    subheading('Respons'),
    ...summary.response.map((line) => bullet(line)),
  ];
}
