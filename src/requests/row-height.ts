// Row heights for wrapped text. Neither exceljs nor LibreOffice's import fits a
// row to its wrapped text, so the writer estimates the height from the text
// and the column width (in Excel's unit: the width of a "0" in the default font).

/** Lines the text takes in a column of this width, wrapping at spaces like a spreadsheet does. */
export function wrappedLineCount(text: string, columnWidth: number): number {
  // Prose in Calibri 11 fits about 1.15 characters per width unit (its letters
  // are narrower than its "0"); a little less leaves room for cell padding and
  // LibreOffice's fallback fonts, so text is never cut off.
  const perLine = Math.max(1, Math.floor(columnWidth * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used === 0) {
        // A word longer than a line breaks inside itself.
        lines += Math.floor((word.length - 1) / perLine);
        used = ((word.length - 1) % perLine) + 1;
      } else if (used + 1 + word.length <= perLine) {
        used += 1 + word.length;
      } else {
        lines += 1 + Math.floor((word.length - 1) / perLine);
        used = ((word.length - 1) % perLine) + 1;
      }
    }
  }
  return lines;
}

/** Points for a row whose cells hold these texts, at this font size. */
export function rowHeightFor(cells: readonly { text: string; width: number }[], fontSize = 11): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLineCount(c.text, c.width)));
  const lineHeight = Math.ceil(fontSize * 1.36);
  return lines * lineHeight + 3;
}
