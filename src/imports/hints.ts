// Planning year and party as a partner's file names them in its title rows
// ("Activiteitenoverzicht 2027 Woonwaarts") or its file name
// ("HBD_activiteiten_2027_def.xlsx"). Only the text fragment is found here;
// resolving it to a party happens later, against the party directory. Pure.
import { MONTHS_NL } from '../domain/calendar';

/** A year in the range an agreement set can plan for. */
const YEAR = /(?<![\d.,])(20[2-9]\d)(?!\d|[.,]\d)/g;
/** "2025-2028", "2025 – 2028", "2025 t/m 2028": a period, not a planning year. */
const YEAR_RANGE = /(?<!\d)20[2-9]\d\s*(?:[-–—]|t\/m|tot en met|tot)\s*20[2-9]\d(?!\d)/gi;

/** Words that describe the document rather than name a party. */
const GENERIC_WORDS = new Set([
  'activiteitenoverzicht',
  'activiteitenoverzichten',
  'activiteitenkaarten',
  'activiteitenkaart',
  'kaarten',
  'kaart',
  'activiteitenplan',
  'jaarkalender',
  'kalender',
  'begroting',
  'actielijst',
  'actiepuntenlijst',
  'memo',
  'input',
  'notitie',
  'brief',
  'jaarschijf',
  'bod',
  'activiteiten',
  'activiteit',
  'overzicht',
  'jaarplan',
  'jaarplanning',
  'uitvoeringsplan',
  'uitvoeringsprogramma',
  'plan',
  'plannen',
  'werkplan',
  'actieplan',
  'jaaragenda',
  'agenda',
  'inzet',
  'jaaroverzicht',
  'planning',
  'uitvraag',
  'prestatieafspraken',
  'prestatieafspraak',
  'meerjarige',
  'gezamenlijk',
  'gezamenlijke',
  'concept',
  // "Uitsnede t.b.v. activiteitenoverzicht …": a part of another document, sent for the overview.
  'uitsnede',
  'uittreksel',
  't.b.v',
  'tbv',
  'def',
  'definitief',
  'definitieve',
  'final',
  'versie',
  'kopie',
  'ingevuld',
  'bijgewerkt',
  'aangepast',
  'reactie',
  // The werkgroep's own instructions beside the overview it sent round: "Toelichting bij het gezamenlijk activiteitenoverzicht".
  'toelichting',
  'instructie',
  'instructies',
  'leeswijzer',
  'handleiding',
  'format',
  'sjabloon',
  'planningsjaar',
  'uitvoeringsjaar',
  'jaar',
  'dd',
  'datum',
  ...MONTHS_NL,
  'werkgroep',
  'inzending',
  'xlsx',
  'xlsm',
  // Results workbooks (verantwoording).
  'resultaten',
  'resultaat',
  'verantwoording',
  'voortgang',
  'voortgangsrapportage',
  'rapportage',
  'monitor',
  'monitoring',
  'jaarverslag',
  'realisatie',
  'indicatoren',
  'succesindicatoren',
  'terugblik',
]);

const DOCUMENT_WORD = /activiteit|overzicht|jaarplan|planning|uitvraag|prestatieafspra/i;
/** Titles that say a document reports results ("Resultaten 2026 Woonwaarts", "Verantwoording prestatieafspraken 2026"). */
export const RESULTS_DOCUMENT_WORD = /resulta|verantwoording|voortgang|rapportage|monitor|jaarverslag|realisatie|terugblik|uitvraag|prestatieafspra|overzicht/i;

export interface Hints {
  partyHint?: string;
  yearHint?: number;
  /** When the title rows and the file name name different years. */
  conflictingYears?: [number, number];
  /** The date the file gives its state as ("stand 25-06-2026", "stand per 1 juni 2027"), as written, and its year. */
  asOf?: { text: string; year: number };
}

/** "stand 25-06-2026", "stand per 1 juni 2027", "(stand: mei 2027)": the date a list gives its state as. */
const AS_OF = /\bstand\s*(?:per|van|op|d\.?\s?d\.?)?\s*:?\s*((?:\d{1,2}[-/.\s]\d{1,2}[-/.\s]|\d{1,2}\s+\p{L}+\s+|\p{L}+\s+)?(20[2-9]\d))\b/iu;

/** A year the document looks back on: "terugblik 2027 en planning 2028" plans for 2028. */
const LOOKED_BACK_ON = /\b(terugblik|terugkijken|verantwoording|resultaten|evaluatie|jaarverslag|realisatie)\s+(op\s+|over\s+)?20[2-9]\d\b/gi;

/** A year named as what is planned: "plannen 2027", "(voor plan 2028)", "planning 2028". */
const PLANNED_YEAR = /\b(?:plan|plannen|planning|jaarplan)\s+(?:voor\s+)?(20[2-9]\d)\b/i;

/**
 * A planning year named in the text: one named as planned where the text names more ("HBD voortgang 2026 en plannen
 * 2027", "stand 1 okt 2027 (voor plan 2028)"); else the first, leaving periods like "2025-2028" aside, and a year
 * looked back on when another is named.
 */
export function findYear(text: string): number | undefined {
  return plannedYearIn(text) ?? findYearIn(text.replace(LOOKED_BACK_ON, ' ')) ?? findYearIn(text);
}

/** The year a text names as planned ("plannen 2027"), periods like "2025-2028" aside. */
function plannedYearIn(text: string): number | undefined {
  const planned = PLANNED_YEAR.exec(text.replace(YEAR_RANGE, ' '));
  return planned ? Number(planned[1]) : undefined;
}

function findYearIn(text: string): number | undefined {
  const withoutRanges = text.replace(YEAR_RANGE, ' ');
  const m = [...withoutRanges.matchAll(YEAR)];
  return m.length > 0 ? Number(m[0]?.[1]) : undefined;
}

/** Small words that may stand inside a name but not at either end of a fragment; "De" may start one ("De Kernen"). */
const EDGE_WORDS = new Set(['een', 'van', 'voor', 'en', 'in', 'bij', 'door', 'met', 'op', 'dd']);
const TRAILING_ARTICLES = new Set(['de', 'het']);

/**
 * What is left of a title once document words, years and versions are taken
 * out; null if nothing. A title in parts ("De Kernen – activiteitenoverzicht
 * gemeente Druten 2027") gives its first part that names something.
 */
export function partyFragment(text: string): string | null {
  for (const part of text.replace(/\.(xlsx|xlsm|xls)$/i, '').split(/\s[-–—|:]\s|[–—|]/)) {
    const fragment = fragmentOf(part);
    if (fragment !== null) return fragment;
  }
  return null;
}

function fragmentOf(text: string): string | null {
  const words = text
    .replace(/\.(xlsx|xlsm|xls)$/i, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_]+/g, ' ')
    .replace(/[–—:|,;]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-.'"]+|[-.'"]+$/g, ''))
    .filter((w) => w !== '');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    if (/\d/.test(word) || /^v\d*$/i.test(word)) continue;
    if (GENERIC_WORDS.has(lower)) continue;
    // "Prestatieafspraken Druten": the municipality's name alone is the document's, not a party.
    if (lower === 'druten' && kept[kept.length - 1]?.toLowerCase() !== 'gemeente') continue;
    kept.push(word);
  }
  while (kept.length > 0 && EDGE_WORDS.has((kept[0] as string).toLowerCase())) kept.shift();
  while (kept.length > 0 && (EDGE_WORDS.has((kept[kept.length - 1] as string).toLowerCase()) || TRAILING_ARTICLES.has((kept[kept.length - 1] as string).toLowerCase()))) {
    kept.pop();
  }
  if (kept.length === 0 || kept.length > 5) return null;
  const fragment = kept.join(' ');
  return /\p{L}{2,}/u.test(fragment) ? fragment : null;
}

/**
 * Hints from title texts (rows above the header, the first rows of other
 * sheets; most telling first) and from the file name.
 */
export function findHints(titles: { own: string[]; other: string[] }, fileName: string, documentWord: RegExp = DOCUMENT_WORD): Hints {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm|xls)$/i, '');
  const hints: Hints = {};
  // A title that says what the document is ("Activiteitenoverzicht …") is the
  // most telling; only such a title is trusted to name the party, and other
  // sheets only count with such a title (not a "mei 2026" among their data).
  const telling = [...titles.own, ...titles.other].filter((t) => t.length <= 120 && documentWord.test(t));
  const titleYear = firstDefined([...telling, ...titles.own].map(findYear));
  const fileYear = findYear(base.replace(/[_]+/g, ' '));
  // A year named as planned, in a title or the file name, says it plainly ("… en plannen 2027" beside a sheet "Voortgang 2026").
  const plannedYear = firstDefined([...telling, ...titles.own, base.replace(/[_]+/g, ' ')].map(plannedYearIn));
  const year = plannedYear ?? titleYear ?? fileYear;
  if (year !== undefined) hints.yearHint = year;
  if (plannedYear === undefined && titleYear !== undefined && fileYear !== undefined && titleYear !== fileYear) hints.conflictingYears = [titleYear, fileYear];

  const asOf = firstDefined([...titles.own, base.replace(/[_]+/g, ' ')].map((t) => AS_OF.exec(t) ?? undefined));
  if (asOf) hints.asOf = { text: (asOf[1] as string).trim(), year: Number(asOf[2]) };

  const party = firstDefined(telling.map((t) => partyFragment(t) ?? undefined)) ?? partyFragment(base);
  if (party) hints.partyHint = party;
  return hints;
}

function firstDefined<T>(values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}
