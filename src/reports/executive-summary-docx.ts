// The bestuurlijke samenvatting as the first chapter of a Word report: one
// page with what the Bestuurlijk Overleg decides or notes, the three most
// important points, numbered, and the response (see executive-summary.ts).
import { Paragraph, TextRun } from 'docx';
import { COLORS, STYLE } from './docx-styles';
import type { ExecutiveSummary } from './executive-summary';
import { bullet, heading1, heading2, para, type Block } from './joint-overview-docx';

export const SUMMARY_TITLE = 'Bestuurlijke samenvatting';

export function executiveSummaryBlocks(summary: ExecutiveSummary): Block[] {
  return [
    heading1(SUMMARY_TITLE),
    para(summary.intro, STYLE.note),
    heading2('Voor het Bestuurlijk Overleg'),
    ...summary.decide.map((line) => bullet(line)),
    heading2(summary.points.length === 1 ? 'Het belangrijkste punt' : `De ${summary.points.length === 2 ? 'twee' : 'drie'} belangrijkste punten`),
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
    heading2('Respons'),
    ...summary.response.map((line) => bullet(line)),
  ];
}
