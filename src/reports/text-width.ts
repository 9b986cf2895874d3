// How wide a word is in the Word reports' bold Calibri, so that a table's
// columns are made at least as wide as the words of their header: "Gerealiseerd"
// on one line, never "Gereal|iseerd". The advance widths are Carlito Bold's
// (Calibri's metric twin, which LibreOffice uses in its place), in thousandths
// of the font size; a character not listed counts as wide.

/** Bold advance widths of the characters 32 (space) to 126 (~). */
const ASCII_BOLD = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 276, 276,
  498, 498, 498, 463, 898, 606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906,
  551, 520, 478, 325, 430, 325, 498, 498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399,
  347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498,
];

const OTHER_BOLD: Record<string, number> = {
  é: 503, ë: 503, è: 503, ê: 503, ï: 246, í: 246, ó: 538, ö: 538, ü: 537, ú: 537, à: 494, á: 494, ä: 494, ç: 418, ñ: 537,
  '–': 498, '—': 905, '’': 258, '‘': 258, '”': 435, '„': 435, '•': 498, '●': 604, '→': 905, '↓': 905, '€': 507, '²': 338, '³': 336,
};

const UNKNOWN = 700;

/** The width of a text in bold Calibri, in points. */
export function boldTextWidth(text: string, sizePt: number): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code < 127 ? (ASCII_BOLD[code - 32] ?? UNKNOWN) : (OTHER_BOLD[ch] ?? UNKNOWN);
  }
  return (units / 1000) * sizePt;
}

/** The widest word of a text (split at spaces and line breaks), in points: what a column needs so no word breaks. */
export function widestWord(text: string, sizePt: number): number {
  return Math.max(0, ...text.split(/[\s\u00AD]+/).map((w) => boldTextWidth(w, sizePt)));
}
