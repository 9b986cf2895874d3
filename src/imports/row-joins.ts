// Rows of a partner's table that belong to the activity above them rather
// than being activities of their own: a detail line under a list item, the
// description a Word table puts under each numbered title, the rest of a
// sentence a PDF conversion broke over two rows. And a row such a conversion
// moved one column to the right. The table reader (table.ts) classifies each
// row first; these passes turn the rows they recognise into continuations,
// which the reader then reads on as the text of the activity above. Pure.
import type { GridCell } from './grid';
import { subItemReader } from './sub-items';
import { isRepeatMark } from './talk-rows';

/** A row's own number and nothing else: "7", "7.", "12a", "#3". */
export const ROW_NUMBER = /^#?\d{1,4}[a-z]?[.)]?$/i;

/**
 * A text in lower case that may be the rest of the sentence above it; not a mark that says "the same as above"
 * ("idem", "dito"), which is a row of its own (talk-rows.ts).
 */
const opensRest = (text: string): boolean => /^\p{Ll}/u.test(text) && !isRepeatMark(text);

/**
 * numbered: only the partner's own row number, as a numbered template leaves
 * its unused rows; note: a footer, signature or note line.
 */
export type RowKind = 'empty' | 'data' | 'continuation' | 'context' | 'total' | 'note' | 'numbered' | 'prefill-only';

export interface RowEntry {
  row: number;
  kind: RowKind;
  /** Non-empty own texts per table column (propagated vertical merges not included). */
  own: Map<number, GridCell>;
  /** The rest of a sentence broken off on the row above: joined to it with a space, not a line break. */
  sentenceGoesOn?: boolean;
  /** How many columns too far right the row's cells stand (a conversion from PDF moved them). */
  shift?: number;
  /** The first column moved, where the cells before it stayed (its number in place, the text moved on). */
  shiftFrom?: number;
  /** The last column moved, where only the activity's text moved (into an empty column beside it). */
  shiftTo?: number;
}

/**
 * A row a conversion moved one column to the right: its number where the activity should be, the
 * number column empty, and the activity's text in the column after it.
 */
export function isShiftedRow(cells: Map<number, GridCell>, activityColumn: number, numberColumn: number | undefined): boolean {
  if (numberColumn !== activityColumn - 1 || (cells.get(numberColumn)?.text ?? '') !== '') return false;
  const number = cells.get(activityColumn)?.text.trim() ?? '';
  const text = cells.get(activityColumn + 1)?.text.trim() ?? '';
  return ROW_NUMBER.test(number) && text.length >= SHIFTED_TEXT && !ROW_NUMBER.test(text);
}

/** The least text the cell after the activity's must hold for a row to count as moved: a sentence, not a name. */
const SHIFTED_TEXT = 15;

/** A sentence, not a value: at least this long and this many words. */
const MOVED_SENTENCE = { length: 40, words: 6 };

/**
 * A row whose activity a conversion moved one column to the right: the activity's cell empty, and in the
 * column after it a sentence. The table reader decides how much of the row moved with it.
 */
export function hasMovedSentence(cells: Map<number, GridCell>, activityColumn: number): boolean {
  if ((cells.get(activityColumn)?.text.trim() ?? '') !== '') return false;
  const text = cells.get(activityColumn + 1)?.text.trim() ?? '';
  return text.length >= MOVED_SENTENCE.length && text.split(/\s+/).length >= MOVED_SENTENCE.words;
}

/** A column's values are short ("Woonwaarts", "Q3") where their middle length is below this. */
export const SHORT_VALUE = 25;

/** Every pass, in order: details under list items; then, in a numbered table, descriptions under titles and broken sentences. */
export function joinRowsOfOneActivity(entries: RowEntry[], activityColumn: number, numberColumn: number | undefined): void {
  detailsAsContinuations(entries, activityColumn);
  sentencesBrokenAtTheEdge(entries, activityColumn);
  restsOfActivitiesAbove(entries, activityColumn, numberColumn);
  if (numberColumn === undefined) return;
  descriptionsUnderTitles(entries, activityColumn, numberColumn);
  brokenSentencesAsContinuations(entries, activityColumn, numberColumn);
}

/**
 * A detail line under a list item ("   · looproute afstemmen" under "– Wijkschouw …"), alone in its
 * row: part of the item above, read on as its text.
 */
function detailsAsContinuations(entries: RowEntry[], activityColumn: number): void {
  const textOf = (e: RowEntry): string => e.own.get(activityColumn)?.text ?? '';
  const lineKind = subItemReader(entries.map(textOf));
  let underItem = false;
  for (const e of entries) {
    if (e.kind === 'empty') {
      underItem = false;
      continue;
    }
    if (e.kind === 'continuation') continue;
    const { item, detail } = lineKind(textOf(e), underItem);
    if (detail && e.kind === 'data' && e.own.size === 1) {
      e.kind = 'continuation';
      continue;
    }
    underItem = item && e.kind === 'data';
  }
}

/**
 * A table pasted from Word that gives each activity two rows: its number and a short title, and under it,
 * without a number, a line describing it ("1. | Wijkschouw Deest-Noord" – "Samen met Woonwaarts lopen we …").
 * Where most numbered rows have such a line right under them, each line is the description of the activity
 * above, read on as its text.
 */
function descriptionsUnderTitles(entries: RowEntry[], activityColumn: number, numberColumn: number): void {
  const onlyText = (e: RowEntry | undefined): boolean => e !== undefined && e.kind === 'data' && e.own.size === 1 && e.own.has(activityColumn);
  const numbered = (e: RowEntry | undefined): boolean => e !== undefined && e.kind === 'data' && e.own.has(numberColumn) && e.own.has(activityColumn);
  const described = entries.filter((e, i) => numbered(entries[i - 1]) && onlyText(e) && (entries[i - 1] as RowEntry).row === e.row - 1);
  const titles = entries.filter(numbered).length;
  if (described.length < 3 || described.length < 0.75 * titles) return;
  for (const e of described) e.kind = 'continuation';
}

/**
 * A sentence a conversion broke at the edge of its cell, in any table: a row with nothing but text in the
 * activity's column, going on in lower case right under a full row whose text stops mid-word ("… maken we
 * een duur-" – "zaamheidsplanning tot 2030.") or on a word no sentence ends with ("… betekent voor de" –
 * "warmtevoorziening van onze woningen …"), or without a full stop where the row goes on with a verb before its
 * subject ("… niet verder te laten stijgen" – "verkopen we …"). Joined to it, the broken word whole again.
 */
function sentencesBrokenAtTheEdge(entries: RowEntry[], activityColumn: number): void {
  // Stopped mid-word or on a word no sentence ends with; or without a full stop, where the row goes on with a
  // verb before its subject, as only the second half of a sentence does ("… te laten stijgen" – "verkopen we …").
  const ends = (above: string, text: string): boolean => BROKEN_WORD.test(above) || OPEN_END.test(above) || (!/[.!?):;]$/.test(above) && INVERTED_START.test(text));
  joinLowerCaseRestsAfter(entries, activityColumn, ends);
}

/**
 * Each row of text alone, in lower case, right under a full row that `brokenOff` says stops mid-sentence: the rest of it.
 * Or opening with an abbreviation in capitals, under a row that stops on a word no sentence ends with ("… inzet richten op
 * huurders in" – "EGW met 3 of meer slaapkamers, i.c.m. voorrang bij nieuwbouw").
 */
function joinLowerCaseRestsAfter(entries: RowEntry[], activityColumn: number, brokenOff: (above: string, text: string) => boolean): void {
  let above: RowEntry | undefined;
  for (const e of entries) {
    const text = e.own.get(activityColumn)?.text.trim() ?? '';
    const textAbove = above?.own.get(activityColumn)?.text.trim() ?? '';
    const rest = opensRest(text) || (ABBREVIATION_OPENS.test(text) && OPEN_WORD_END.test(textAbove));
    if (above !== undefined && e.kind === 'data' && e.row === above.row + 1 && e.own.size === 1 && rest && brokenOff(textAbove, text)) {
      e.kind = 'continuation';
      e.sentenceGoesOn = true;
      above = undefined;
      continue;
    }
    above = e.kind === 'data' && e.own.size >= 2 ? e : undefined;
  }
}

/** A text of this many words before the activity's column is the row's subject: the row is its own. */
const SUBJECT_WORDS = 3;

/** A line's mark: a dash or bullet opening it, set in or not ("- locatie: Deest", "   · looproute"). */
const LINE_MARK = /^\s*[-–—•*·▪◦]\s+\S/u;

/**
 * One activity typed over several rows without merging them, in a table whose activities are rows of their
 * own, most opening with a capital and no mark. Right under an activity, or under the rows that go on from it:
 * a row going on in lower case from a text that stops without a full stop ("Renovatie 36 woningen Hoogstraat,"
 * – "inclusief isolatie naar label B" – "en nieuwe kozijnen | Druten | 36 | mei", "vervolg: …") is the rest of
 * its sentence, with the cells it fills where the rows above left them empty; where the activity has cells
 * beside its text, a marked line alone in its row ("- locatie: Deest, tussen de Kerkstraat en de rondweg") is a
 * detail of it. A row with its own number, one that fills a cell again, one with a subject of its own before the
 * activity, or a marked line with cells of its own ("- per kern een overzicht maken | uitvoeren | september"),
 * is an activity of its own.
 */
function restsOfActivitiesAbove(entries: RowEntry[], activityColumn: number, numberColumn: number | undefined): void {
  const textOf = (e: RowEntry): string => e.own.get(activityColumn)?.text.trim() ?? '';
  const lettered = entries.filter((e) => e.kind === 'data' && /^\p{L}/u.test(textOf(e)));
  const lower = lettered.filter((e) => /^\p{Ll}/u.test(textOf(e))).length;
  const marked = entries.filter((e) => e.kind === 'data' && LINE_MARK.test(textOf(e))).length;
  // Activities that open with a capital and no mark, most of them: a lower-case or marked row stands out.
  if (lettered.length - lower <= lower || lettered.length - lower <= marked) return;
  /** The last row of the activity the rows go on from, while they do, and whether any of its rows has cells beside its text. */
  let last: RowEntry | undefined;
  let withCells = false;
  let lastText = '';
  /** The columns the activity's rows have filled so far. */
  const filled = new Set<number>();
  // A row that goes on fills what the rows above left empty; one that says again what they say is a row of its own,
  // and so is one with a subject of its own before the activity ("Gemeente Wijchen: 16 appartementen | start bouw").
  const fillsGaps = (e: RowEntry): boolean =>
    [...e.own].every(([c, cell]) => c === activityColumn || (!filled.has(c) && (c > activityColumn || cell.text.trim().split(/\s+/).length < SUBJECT_WORDS)));
  for (const e of entries) {
    const text = textOf(e);
    const next = last !== undefined && e.row === last.row + 1 && (numberColumn === undefined || !e.own.has(numberColumn));
    const goesOn = next && e.kind === 'data' && opensRest(text) && !/[.!?]$/.test(lastText) && fillsGaps(e);
    const detail = next && withCells && e.kind === 'data' && LINE_MARK.test(text) && e.own.size === 1;
    if (goesOn || detail || (next && e.kind === 'continuation')) {
      if (e.kind === 'data') {
        e.kind = 'continuation';
        if (goesOn) e.sentenceGoesOn = true;
      }
      last = e;
      withCells ||= e.own.size >= 2;
      for (const c of e.own.keys()) filled.add(c);
      if (text !== '') lastText = text;
      continue;
    }
    last = e.kind === 'data' && /^[\p{Lu}\d]/u.test(text) ? e : undefined;
    withCells = e.own.size >= 2;
    lastText = text;
    filled.clear();
    for (const c of e.own.keys()) filled.add(c);
  }
}

/** A clause that opens with its verb, then its subject: "verkopen we …", "bereiken we …", "gaan ze …". */
const INVERTED_START = /^\p{Ll}+\s+(we|wij|ze|zij|hij|u|jullie)\b/u;
/** A word broken off at the end of a line, its hyphen left: "duur-", "woon-" (not "Q3 -", a dash). */
const BROKEN_WORD = /\p{Ll}{2,}-$/u;
/** A line that stops on a word no Dutch sentence ends with: an article, a preposition, a conjunction, "hoe". */
const OPEN_WORDS = 'de|het|een|van|voor|in|op|aan|met|bij|om|te|tot|naar|over|en|of|dat|die|wie|hoe|waar|als|zodat|omdat';
const OPEN_END = new RegExp(String.raw`\s(${OPEN_WORDS})$|,$`, 'i');
/** A row that stops on such a word, not a comma (after which a list may go on with an item of its own). */
const OPEN_WORD_END = new RegExp(String.raw`\s(${OPEN_WORDS})$`, 'i');
/** A text opening with an abbreviation in capitals and going on in lower case: "EGW met 3 of meer slaapkamers". */
const ABBREVIATION_OPENS = /^\p{Lu}{2,5}\s+\p{Ll}/u;

/**
 * A sentence a conversion from PDF broke over two rows ("Pluspakketten onder de aandacht brengen in De Pit
 * en bij" – "huisbezoeken aan oudere huurders"): in a table whose rows are numbered, a row without a number,
 * right under a numbered one whose text stops without a full stop, going on in lower case, is the rest of it;
 * unless it fills a cell before the activity again that the numbered row filled ("1 | Statushouders | Aandeel DK …" –
 * "| Beschermd wonen | ter info: 's Heeren Loo …"), a row of its own.
 */
function brokenSentencesAsContinuations(entries: RowEntry[], activityColumn: number, numberColumn: number): void {
  const data = entries.filter((e) => e.kind === 'data' && e.own.has(activityColumn));
  const numbered = data.filter((e) => e.own.has(numberColumn));
  if (numbered.length < 3 || numbered.length < 0.75 * (data.length - 1)) return;
  let above: RowEntry | undefined;
  for (const e of entries) {
    const text = e.own.get(activityColumn)?.text.trim() ?? '';
    const textAbove = above?.own.get(activityColumn)?.text.trim() ?? '';
    // A rest fills no cell before the activity that the row above filled: one with a subject of its own ("Beschermd
    // wonen | ter info: …") is its own row; the rest of a broken "Wie" after it ("Gerrit en" – "Ria") goes on.
    const refills = above !== undefined && [...e.own.keys()].some((c) => c < activityColumn && above?.own.has(c));
    const goesOn = above !== undefined && e.row === above.row + 1 && !/[.!?)]$/.test(textAbove) && opensRest(text) && !refills;
    if (e.kind === 'data' && !e.own.has(numberColumn) && goesOn) {
      e.kind = 'continuation';
      e.sentenceGoesOn = true;
      above = e;
      continue;
    }
    above = e.kind === 'data' && e.own.has(numberColumn) ? e : undefined;
  }
}
