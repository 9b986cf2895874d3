// Whether a partner's own workbook is a results overview rather than an
// activiteitenoverzicht. Our own uitvraag says so in its hidden meta; a
// partner's own layout says it in its file name ("HBD_resultaten_2026"), its
// sheet name ("Verantwoording") or a column only results have ("Stand van
// zaken", "Wat is bereikt"). A "Status" column alone says nothing: partners
// keep one in their plans too ("gepland", "loopt").
import { normalizeForSearch } from '../domain/text';

const RESULT_NAME = /\b(resultaten|resultaat|verantwoording|voortgang\w*|realisatie|jaarverslag)\b/;
const RESULT_HEADERS = ['resultaat', 'resultaten', 'wat is bereikt', 'wat hebben we bereikt', 'stand van zaken', 'voortgang', 'realisatie', 'gerealiseerd'];

export interface ResultsSignal {
  where: 'bestandsnaam' | 'bladnaam' | 'kolom';
  text: string;
}

export function resultsSignal(fileName: string, sheetName: string, headers: readonly string[]): ResultsSignal | null {
  const inName = RESULT_NAME.exec(normalizeForSearch(fileName.replace(/[_.]/g, ' ')));
  if (inName) return { where: 'bestandsnaam', text: inName[1] as string };
  const inSheet = RESULT_NAME.exec(normalizeForSearch(sheetName));
  if (inSheet) return { where: 'bladnaam', text: sheetName };
  const header = headers.find((h) => RESULT_HEADERS.includes(normalizeForSearch(h).replace(/[?:]/g, '').trim()));
  return header === undefined ? null : { where: 'kolom', text: header };
}
