// Reading the rows of the activity table on a sheet of a partner's own layout
// (title rows, blank rows, merged theme rows, footers and total rows are
// normal) into activities, once table-layout.ts has found its header and
// columns. Works on a Grid; pure.
//
// The row reader is generic over a field set (TableFields): the activities
// use ACTIVITY_TABLE; the results and indicator tables of a results workbook
// read their rows with readRecords.
import { readAmount } from './amounts';
import { cellAt, type Grid, type GridCell } from './grid';
import { parseReference } from './link';
import { isClosing, isCutOffLine, isNoteLabel, isNoteLine, isNoteWording, isPauseLine, isPhoneNumber } from './note-lines';
import { columnLetter, problem, quote } from './problems';
import { readRoles } from './roles';
import { LAPSE_WORDS } from './status-rows';
import { LOWER_VERB } from './figure-text';
import { saysNoWork } from './told-rows';
import { hasMovedSentence, isShiftedRow, SHORT_VALUE, joinRowsOfOneActivity, ROW_NUMBER, type RowEntry, type RowKind } from './row-joins';
import {
  ACTIVITY_TABLE,
  GROUP_COLUMN_HEADING,
  KIND_OF_WORK,
  listsColumnValues,
  middleLength,
  MOMENT_TEXT,
  PAGE_FOOTER,
  PATH_STEP,
  repeatsHeader,
  type TableColumn,
  type TableFields,
  type TableLayout,
} from './table-layout';
import type { ColumnMapping, ImportProblem, ReadActivity, ReadField } from './types';
import { isInfoHeading, isWhoseHeading } from './whose-headings';
import type { SubmissionNote } from '../domain/submissions';
import { normalizeHeader } from '../domain/text';

export interface ReadTableOptions<F extends string = ReadField> {
  file: string;
  /** Our own workbook: every filled row is an activity, no footer guessing; rows with only the locked prefill are skipped. */
  exact?: boolean;
  /** Columns whose text was prefilled by us, not typed by the partner (our key and afspraak columns). */
  prefilledFields?: F[];
  /**
   * Exact reading only: a row counts as "only our prefill" when this column
   * has text too. Without it, a row of prefilled columns the partner typed in
   * (an unplanned row's activity, where planned rows are locked) is lost.
   */
  prefillNeedsKey?: F;
  /** The last row of the table (another table follows below it). */
  lastRow?: number;
  /** A list with no table (an e-mail pasted into a sheet): only its marked lines are activities. */
  markedList?: boolean;
}

/** One record (an activity, a result, an indicator) as read from one row or a merged block of rows. */
export interface TableRecord<F extends string> {
  sheet: string;
  rowNumber: number;
  /** Last sheet row when the record spans several rows (a merged block); absent for one row. */
  lastRowNumber?: number;
  values: Partial<Record<F, string>>;
  /** Column letter each field was read from. */
  fieldColumns: Partial<Record<F, string>>;
  /** Columns the reader did not know, kept: header as written → cell text. */
  extra: Record<string, string>;
  /** The theme row spanning the table above this row, if any. */
  section?: string;
  /** The colour of a cell without text, by its column's heading: a status shown by colour only. */
  colours?: Record<string, string>;
  /** How far the activity's text is set in (grid.ts), where it is. */
  indent?: number;
  /** The group merged over the row, its text a step of it ("Hofje De Lindehof, Puiflijk (16 won.)"). */
  group?: string;
}

export interface ReadRecords<F extends string> {
  records: TableRecord<F>[];
  /** Footer, signature and note lines, kept as the submission's notes. */
  notes: SubmissionNote[];
  columns: ColumnMapping[];
  rowsRead: number;
  problems: ImportProblem[];
}

export interface ReadTable {
  activities: ReadActivity[];
  notes: SubmissionNote[];
  columns: ColumnMapping[];
  rowsRead: number;
  problems: ImportProblem[];
}

const THEME_ROW = /^(thema|onderwerp|hoofdstuk|paragraaf)\b/i;
/** A planning's group of the rows under it, alone on its row: "Fase 1: voorbereiding", "Spoor B – Betaalbaar, duurzaam en leefbaar". */
const GROUP_HEADING = /^(fase|spoor|sporen|deel|blok|onderdeel|pijler|programmalijn)\s+(\d{1,2}|[A-Z]|[IVX]{1,4})\s*[:–—.-]\s*[^.;:!?]{2,60}$/iu;
const NUMBERED_TITLE = /^\d+(\.\d+)?\.?\s+\p{L}/u;
/** Fields that belong to one activity, not to a group of them: merged down, they carry one activity over rows. */
const OWN_PER_ACTIVITY: ReadonlySet<string> = new Set(['rowLabel', 'planning']);

/**
 * "- ", "• ", "▪ ", "* ", "– ", Word's and OneNote's second bullet "o " (before a capital), a letter "a. ", "b) " or a
 * number "1) " opening a line: an item of a list typed without a table.
 */
const LIST_MARK = /^\s*(?:[-–•*·▪◦‣►➢]|o(?=\s+\p{Lu})|[a-z][.)]|\d{1,2}\))\s+(?=\S)/u;
/** How deep Word and OneNote set a bullet by its mark, where the cells are not set in: "•", then "o" (or "◦"), then "▪". */
const BULLET_DEPTH: ReadonlyMap<string, number> = new Map([
  ['o', 1],
  ['◦', 1],
  ['▪', 2],
]);
/**
 * A parent bullet is a name of a few words ("Duurzaam wonen"), each child saying more than it: not an item with its
 * details under it ("Wijkschouw Horssen en Altforst organiseren" over "· uitnodiging in De Pit"), read as one.
 */
const BRANCH_WORDS = 4;
/**
 * "2. huurdersavond …", "1. Wijkschouw Deest / mei / met WW": a line numbered "1." written as an item (in lower case,
 * or its parts apart by " / ", " | " or " – "), not a numbered heading ("2. Betaalbaarheid").
 */
const NUMBERED_ITEM = /^\s*\d{1,2}\.\s+(?=\p{Ll}|.*\s[/|–]\s)/u;
const isListItem = (text: string): boolean => LIST_MARK.test(text) || NUMBERED_ITEM.test(text);

/**
 * A list typed without a table, most often an e-mail pasted into a sheet
 * ("- wijkschouw in Puiflijk …"): the column holding at least three marked
 * lines, read from the top of the sheet (no header row). Null when there is
 * no such column.
 */
export function markedListLayout(grid: Grid): TableLayout | null {
  const counts = new Map<number, number>();
  for (const r of grid.rowNumbers) {
    for (const [c, cell] of grid.rows.get(r) ?? []) if (isListItem(cell.text)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [column, marked] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const first = grid.rowNumbers[0];
  if (marked < 3 || first === undefined) return null;
  return {
    headerRow: first - 1,
    columns: [{ column, header: 'Activiteit', field: 'activity', score: 0, headerless: true }],
    score: 0,
    activityGuessed: true,
    duplicates: [],
  };
}

/** How deep a list's line is set: its indent, then its bullet's depth (see BULLET_DEPTH). */
function listDepth(cell: GridCell | undefined): [number, number] {
  const text = cell?.text.trim() ?? '';
  return [cell?.indent ?? 0, BULLET_DEPTH.get(text.charAt(0)) ?? 0];
}

/**
 * In a list without a table, the bullets that have bullets set deeper right under them ("• Duurzaam wonen" over
 * "o Energiefestival …"): each heads its children, as a branch of a note's outline does, and is no work itself.
 * Returns each heading's depth by its row, to end its scope at the next bullet as shallow as it.
 */
function headBranches(entries: RowEntry[], column: number): Map<number, [number, number]> {
  const depths = new Map<number, [number, number]>();
  const lines = entries.filter((e) => e.kind !== 'empty');
  const wordsOf = (e: RowEntry): number => (e.own.get(column)?.text ?? '').replace(LIST_MARK, '').trim().split(/\s+/).length;
  const deeper = (a: [number, number], b: [number, number]): boolean => b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]);
  lines.forEach((e, i) => {
    if (e.kind !== 'data' || wordsOf(e) > BRANCH_WORDS) return;
    const depth = listDepth(e.own.get(column));
    const children: RowEntry[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k] as RowEntry;
      if (next.kind !== 'data' || !deeper(depth, listDepth(next.own.get(column)))) break;
      children.push(next);
    }
    if (children.length === 0 || children.some((c) => wordsOf(c) <= wordsOf(e))) return;
    e.kind = 'context';
    depths.set(e.row, depth);
  });
  return depths;
}

/** In a column of paths in an outline, a row whose path the next row's goes on from is a branch: the heading of its steps. */
function headPaths(entries: RowEntry[], column: number): void {
  const lines = entries.filter((e) => e.kind === 'data');
  lines.forEach((e, i) => {
    const text = e.own.get(column)?.text.trim() ?? '';
    const next = lines[i + 1]?.own.get(column)?.text.trim() ?? '';
    if (text !== '' && next.startsWith(text) && PATH_GOES_ON.test(next.slice(text.length))) e.kind = 'context';
  });
}

/** The rest of a path after the path of the row above, where it goes on from it: " > Kattenburg fase 2: …". */
const PATH_GOES_ON = new RegExp(`^${PATH_STEP.source}`, 'u');

/**
 * A path's last step is the row's work, the steps before it its subject ("Wonen > Nieuwbouw"), where no column gives
 * one. A last step in lower case goes on from the step before it ("Keukens" > "bij vervanging perilex, ca. 70 won."):
 * it is read with it, as a step of a group is.
 */
function readPathStep<F extends string>(record: TableRecord<F>, primary: F, topic: F | undefined): void {
  const steps = (record.values[primary] ?? '').split(PATH_STEP);
  if (steps.length < 2) return;
  const subject = steps.slice(0, -1).join(' > ');
  const last = steps[steps.length - 1] as string;
  record.values[primary] = last;
  record.section = subject;
  if (topic !== undefined && record.fieldColumns[topic] === undefined) record.values[topic] = subject;
  if (/^\p{Ll}/u.test(last)) record.group = steps[steps.length - 2] as string;
}

/**
 * In a list without a table: a marked line is an activity; "Buurt:" or a numbered heading ("1.1 Nieuwbouw",
 * "2. Betaalbaarheid") heads the lines under it; anything else is a note.
 */
function listLineKind(cell: GridCell | undefined): RowKind {
  if (!cell) return 'empty';
  const t = cell.text.trim();
  if (isListItem(t)) return 'data';
  if (/:$/.test(t) && t.split(/\s+/).length <= 6) return 'context';
  if (NUMBERED_TITLE.test(t) && t.length <= MAX_HEADING) return 'context';
  return 'note';
}

/** The longest a numbered heading of a list runs: "6. Overig (hoort niet bij een prestatieafspraak)". */
const MAX_HEADING = 60;

/**
 * A row that answers the agreement's own question of aims, beside its text: "Wat willen we
 * bereiken?", "Doel:", "Doel 2027", "KPI". Its text is an aim, not something done (that is
 * "Wat gaan we doen?").
 */
const AIM_QUESTION = /^(wat willen (we|wij) bereiken|wat is (ons|het) doel|(ons |onze )?(doel(stelling)?|streefwaarde|ambitie)( 20\d\d)?|kpi)\s*[?:]?$/i;

/** A cell beside the text saying the line lapses this year: "vervalt", "gestopt", "vervallen – is al gehouden in mei 2026". */
const LAPSES = new RegExp(String.raw`^(${LAPSE_WORDS})(\s*[-–—:(,].*)?$`, 'i');

/** "Voorbeeld:", "Bijv.:" opening the activity cell: a template's example row. */
const EXAMPLE_ROW = /^\s*(voorbeeld|bijvoorbeeld|bijv\.?|vb\.?)\s*:|^\s*(bijvoorbeeld|bijv\.|vb\.)\s+\S/i;
/**
 * A template's cell telling how to fill it in: "bijv. 1.1 bij 4", "€ (indien bekend)", a question to the one
 * filling it in ("Wat gaat u doen? Eén activiteit per regel."). A row of two or more is the hint row.
 */
const HINT_CELL = /^(bijv\.?|bijvoorbeeld|bv\.|b\.v\.|vb\.|e\.g\.)\s|\((indien|zo) (bekend|mogelijk)\)|\b(in te vullen|hier invullen)\b|^(wat|wie|wanneer|hoe|welke|waarom)\b[^?]{0,60}\b(u|jullie)\b[^?]{0,40}\?/i;
/** At most the words of a contact person's row beside a telephone number: a name, a role. */
const CONTACT_MAX_WORDS = 4;
/** The column of the steps under an action, beside the activity's: "Subactie", "Deelactie". */
const SUB_ACTION_HEADER = /^(sub|deel)[-\s]?(actie|activiteit|stap)s?$/i;
/** A column of an activity's steps, its name on the first row only: "Stap", "Stappen", "Stap / omschrijving", "Fase". */
const STEP_HEADER = /^(stap|stappen|fase|fasen|fases)(\s*\/\s*\p{L}+)?$/iu;
/** A step says what is done in a few words at least; a code of a phase ("ONT", "UITV") is none. */
const STEP_WORDS = 3;
/** A year, alone: "2027". */
const YEAR_ALONE = /^20\d\d$/;
/** "1", "2.", "1.1": the number of a theme or topic heading. */
const SECTION_NUMBER = /^\d+(\.\d+)?\.?$/;
/** A heading's own number or letter: "2.", "B.", "C", "IV". */
const HEADING_MARK = /^(\d{1,2}|[A-Z]|[IVX]{1,4})[.)]?$/;
/**
 * "n.v.t.", "—", "geen", "geen rol": a cell saying there is nothing, where the activity should be,
 * perhaps with why ("– (afgedaan met de raadsinformatiebrief)", "n.v.t., onderzoek afgerond in 2026");
 * "n.n.b." or "TBC" (to be confirmed); a form's test entry ("test"); a pointer to the activity on
 * another row of the list ("zie 1.1", "zie hierboven"); or the work left to another ("loopt via
 * Woonwaarts"); or no own work on the row, with why or where the rest stands ("— geen eigen inzet",
 * "(geen actie van De Kernen zelf)", "geen eigen actie, zie kolom E", "Geen inzet: de raad besloot …", "– geen
 * activiteiten gepland in 2027 –"); or only a pointer to an attached document ("Zie bijlage jaarverslag 2027");
 * or nothing yet ("volgt", "n.t.b."), or a text pasted from the agreement answered "— n.v.t.".
 * Not "zie vorig jaar", which plans last year's activity again, nor work that gives none of something
 * ("Geen huurverhoging voor label D–G").
 */
const NOTHING_HERE = new RegExp(
  [
    String.raw`^(n\.?\s?v\.?\s?t\.?|niet van toepassing|nvt)(\s*[(,:;–—-].*)?$`,
    String.raw`^(geen( rol| inzet| bijdrage| activiteit(en)?)?( voor ons| van ons)?|niets|n\.?b\.?|n\.?n\.?b\.?|p\.?m\.?|tbc|tbd|[-–—?.]+)(\s*\([^)]*\)?)?$`,
    String.raw`^test(je|inzending)?$`,
    String.raw`^zie\s+((pa\s+|afspraak\s+|rij\s+)?(?!20\d\d\b)\d+(\.\d+)?(\s*bij\s*\d+)?|(hier)?boven|(hier)?onder)\s*\.?$`,
    String.raw`^(loopt|gaat|verloopt)?\s*via\s+[\p{L}.' -]{2,30}$`,
    String.raw`^[-–—]?\s*\(?\s*geen\s+(eigen\s+)?(rol|inzet|bijdrage|actie|acties|activiteit(en)?)(\s+(van|voor)\s+[\p{L}' ]{2,30}?)?(\s+zelf)?(\s+(gepland|voorzien|ingepland))?(\s+(in|voor)\s+20\d\d)?\s*\)?\s*([:,;–—-]\s*\S.*)?[–—-]?$`,
    // Only a pointer to an attached document: "Zie bijlage jaarverslag 2027" (a mail pointed to is kept as a note).
    String.raw`^zie\s+(de\s+|het\s+)?(bijlage|bijlagen|document|stuk(ken)?)\b[^.;]*\.?$`,
    // An error where the text should have come from a formula: "#VERWIJZING!", "#N/B", "#REF!".
    String.raw`^#(ref!|n/a|verwijzing!|n/b|waarde!|value!|naam\?|name\?|div/0!|deel/0!|getal!|num!|leeg!|null!)$`,
    // Still to come: "volgt", "komt nog", "nog in te vullen", "n.t.b.".
    String.raw`^(volgt(\s+(nog|later))?|komt\s+nog|wordt\s+(nog|later)\s+(in|aan)gevuld|nog\s+(in\s+te\s+vullen|niet\s+bekend|te\s+bepalen|onbekend)|n\.?\s?t\.?\s?b\.?|nader\s+te\s+bepalen)\s*[.!]*$`,
    // A text (the agreement's, pasted) with the sender's answer after a dash saying there is none: "… — n.v.t.".
    String.raw`\s[–—-]\s+(n\.?\s?v\.?\s?t\.?|niet van toepassing|nvt|volgt)\s*\.?$`,
    // A template's placeholder left standing: "<omschrijving activiteit>", "vul in", "Kies…".
    // Or "[omschrijving]", "– kies –", "Selecteer een afspraak", "Kies een thema…".
    String.raw`^<[^<>]{2,60}>$`,
    String.raw`^\[[^\[\]]{2,60}\]$`,
    String.raw`^(vul\s+in|invullen|kies(\s+(een\s+optie|uit\s+de\s+lijst))?)\s*(…|\.{2,})?\s*[.!]*$`,
    String.raw`^[-–—]+\s*(kies|selecteer)\b[^-–—]{0,30}[-–—]+$`,
    String.raw`^(kies|selecteer)\s+(een\s+)?(thema|afspraak|optie|onderwerp|rol|categorie|status|partij|kern|waarde)\s*(uit\s+de\s+lijst)?\s*(…|\.{2,})?$`,
    // A project tool's own sample or empty item: "Sample task", "Untitled", "(no subject)".
    String.raw`^(sample\s+(task|item)|untitled(\s+(task|item))?|\(no\s+(subject|title)\)|\(geen\s+(onderwerp|titel)\)|naamloos|nieuwe\s+taak|new\s+(task|item))\s*$`,
    // A template's instruction to whoever fills it in: "Voeg hieronder zo nodig regels toe", "Vul per regel één activiteit in.",
    // "Eén activiteit per regel: wat gaat u doen, met wie en wanneer?", "Kruis per regel de rol van HBD aan".
    String.raw`^(voeg|vul|kruis|omcirkel|vermeld|noteer)\b[^.!?]{0,80}\b(regels?|rij(en)?|per\s+(regel|rij|activiteit|afspraak)|hieronder|kolom(men)?)\b`,
    String.raw`^(één|een|1)\s+(activiteit|actie|project)\s+per\s+(regel|rij)\b`,
    String.raw`\b(wat|wie|wanneer|hoe)\s+(gaat|doet|wilt|kunt)\s+u\b`,
    // No letter nor figure at all: a line of the form read in ("______", "| |").
    String.raw`^[^\p{L}\p{N}]+$`,
  ].join('|'),
  'iu',
);
/** "Totaal", "Totaal:", "Totaal activiteiten", "Subtotaal 2027", "Totaal (gemeentelijk) budget PA Druten 2027": never a sentence. */
const TOTAL_ROW = /^((sub|eind)?totaa?l|total)\b[\s:]*(\S+[\s:]*)?$|^((sub|eind)?totaa?l|total)\s*:?\s*\d+\s+\p{L}+\s*$|^aantal\s+(zichtbare\s+)?(activiteiten|acties|regels|rijen)\s*:?$|^totaal\s+(\p{L}+\s+)?(budget|begroting|kosten|bedrag|uren|investering(en)?)\b[^.;:]*$/iu;
/** The label Excel's Subtotaal writes: "Wonen Aantal", "Duurzaamheid Totaal", "Eindaantal", "Eindtotaal". */
const SUBTOTAL_LABEL = /^(\S.{0,40}\s(aantal|totaal|gemiddelde)|eind(aantal|totaal|gemiddelde))$/iu;
/** A count as the text of a row: a number alone, or "10, waarvan 7 met reactie van de partners". */
const COUNT_TEXT = /^\d+([.,]\d+)?(\s*,\s*waarvan\b.*)?$/i;
/** A line counting the list's items, then how they stand: "8 toezeggingen, 1 afgedaan", "12 moties en toezeggingen (8 lopend, …)". */
const COUNT_LINE = /^\d+\s+(\p{L}+\s+(en|of)\s+)?(moties|toezeggingen|acties|actiepunten|activiteiten|punten|adviezen|trajecten|procedures)\b\s*(\(|,\s*(waarvan\s+)?\d)/iu;
/** Counts per kind, two or more: "hoog 5 · midden 6 · laag 2", "groen: 8, oranje: 3". */
const TALLY = /^\p{L}+\.?\s*:?\s*\d+(\s*[·,;|/]\s*\p{L}+\.?\s*:?\s*\d+)+\b/u;
/** The label of a count or total: "Aantal procedures 2028", "Totaal trajecten 2027". */
const COUNT_LABEL = /^((sub|eind)?totaa?l|aantal|som)\b/i;
/** Words of an activity text that make it a sentence, not a total's label ("Totaal 2027", "Aantal activiteiten: 12"). */
const SENTENCE_WORDS = 5;
/**
 * The most words of a total's label beside figures only, its year and brackets aside: "Totaal sociale huurwoningen in
 * voorbereiding en aanbouw 2028 | 76". Opening with "Totaal", so many words still name what is counted, not work.
 */
const TOTAL_LABEL_WORDS = 8;
/** The start of a total's label, however long: counts as a total beside an aggregate formula, or a short one beside figures only. */
const TOTAL_LABEL = /^((sub|eind)?totaa?l|total)\b/i;
/**
 * A figure as typed: "54", "€ 1.250.000", "12,5", with a count's unit: "54 won.", "12 woningen"; an amount may leave a part
 * to be known later ("€ 205.000 + p.m.").
 */
const TYPED_NUMBER = /^(€\s*)?\d{1,3}([.\s]?\d{3})*([,.]\d+)?(\s*(won\.?|woningen|st\.?|stuks|mln\.?|miljoen|k))?(\s*\+\s*p\.?\s?m\.?)?$/;
/**
 * A sum of cells, also of other sheets (C5+C6+C9, Druten!C3+'Puiflijk en Afferden'!C3), and with a
 * number typed in among them (B11+440+B25), counts as an aggregate.
 */
const CELL = String.raw`(?:(?:'[^']+'|[\p{L}\d_]+)!)?\$?[A-Z]{1,3}\$?\d+`;
const AGGREGATE_FORMULA = new RegExp(
  String.raw`^\s*(SUM|SOM|COUNTA?|AANTAL(ARG)?|SUBTOTAL|SUBTOTAAL|AVERAGE|GEMIDDELDE)\s*\(|^\s*=?\s*(?=[^+]*\+)(?=.*${CELL})(${CELL}|\d+([.,]\d+)?)(\s*\+\s*(${CELL}|\d+([.,]\d+)?))+\s*$`,
  'iu',
);


/** Reads every row under the header into activities, with a problem for everything skipped or odd. */
export function readTable(grid: Grid, layout: TableLayout, options: ReadTableOptions): ReadTable {
  const read = readRecords(grid, layout, options, ACTIVITY_TABLE);
  const problems = [...read.problems];
  const budgetColumn = layout.columns.find((c) => c.field === 'budget');
  const activities = read.records.map((record): ReadActivity => {
    const { activity, role, budget, ...fields } = record.values;
    const act: ReadActivity = { sheet: record.sheet, rowNumber: record.rowNumber, activity: activity ?? '', extra: record.extra, ...fields };
    if (role !== undefined) act.role = readRoles(role);
    if (budget !== undefined && budgetColumn) readBudget(grid, record, act, budget, budgetColumn, problems, options.file);
    if (record.section !== undefined) act.section = record.section;
    // For the status step after a partner's table (status-rows.ts), which reads and drops them.
    if (record.colours !== undefined && !options.exact && !options.markedList) act.colours = record.colours;
    // For the outline step after a partner's table (group-rows.ts), which reads and drops it.
    if (record.indent !== undefined && !options.exact && !options.markedList) act.indent = record.indent;
    // For the step after the status rules (read-workbook.ts), which reads the group before the text and drops it.
    if (record.group !== undefined) act.group = record.group;
    if (Object.keys(record.fieldColumns).length > 0) act.fieldColumns = record.fieldColumns;
    if (record.lastRowNumber !== undefined) act.lastRowNumber = record.lastRowNumber;
    return act;
  });
  return { activities, notes: read.notes, columns: read.columns, rowsRead: read.rowsRead, problems: byRow(problems) };
}

/** Problems in the order of the sheet: the header's first, then row by row (as stable as they came within a row). */
function byRow(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** The budget cell of a table row: the merge's own cell when it is merged down. */
function readBudget(
  grid: Grid,
  record: TableRecord<ReadField>,
  act: ReadActivity,
  text: string,
  column: TableColumn,
  problems: ImportProblem[],
  file: string,
): void {
  const cell = cellAt(grid, record.rowNumber, column.column);
  const own = cell?.masterRow !== undefined ? cellAt(grid, cell.masterRow, cell.masterCol ?? column.column) : cell;
  const place = { file, sheet: grid.name, row: record.rowNumber, column: columnLetter(column.column) };
  // One amount merged down over several rows ("€ 3.400.000" beside the four steps of one project) is the group's, read
  // once on its first row: counted on each, the rows would cost four times as much. The others say where it stands.
  const top = cell?.masterRow ?? record.rowNumber;
  const last = cell?.masterRow !== undefined ? own?.lastRow : cell?.lastRow;
  // Not an activity told over the rows of its own merged block: its amount is its own.
  const ownBlock = record.rowNumber <= top && last !== undefined && (record.lastRowNumber ?? record.rowNumber) >= last;
  const shared = last !== undefined && last > top && (own?.lastCol ?? column.column) === column.column && !ownBlock;
  const span = shared ? `rij ${top}–${last}` : undefined;
  if (span !== undefined && top !== record.rowNumber) {
    act.extra[uniqueKey(act.extra, column.header)] = `${text} samen voor ${span}, gelezen bij rij ${top}`;
    delete record.fieldColumns.budget;
    return;
  }
  if (!budgetFromCell(act, own, text, column.header, place, problems)) {
    delete record.fieldColumns.budget;
    return;
  }
  if (span !== undefined) {
    problems.push(
      problem('warning', 'budget-shared', place, `het bedrag ${quote(text)} staat samengevoegd over ${span}; het is één keer gelezen, bij rij ${top}, niet bij elke rij. Controleer of het bij deze activiteit hoort.`),
    );
  }
}

/**
 * The budget in euros: the number itself when the cell holds one, else the
 * text read as an amount. A text that is no amount stays in extra under the
 * column's heading (or a card's label), with a warning naming the cell;
 * "n.v.t." or "p.m." stays there without one, it says there is no amount.
 * False when no budget was read.
 */
export function budgetFromCell(
  act: ReadActivity,
  own: GridCell | undefined,
  text: string,
  header: string,
  place: { file: string; sheet: string; row: number; column: string },
  problems: ImportProblem[],
): boolean {
  if (own?.number !== undefined && own.text === text) {
    act.budget = own.number;
    return true;
  }
  const reading = readAmount(text);
  if (reading.kind === 'amount') {
    act.budget = reading.value;
    return true;
  }
  act.extra[uniqueKey(act.extra, header)] = text;
  if (reading.kind === 'unreadable') {
    problems.push(
      problem(
        'warning',
        'budget-unreadable',
        place,
        `${quote(text)} is geen bedrag in euro; de tekst is bewaard als extra gegeven onder ${quote(header)}. Vul één bedrag in (bijvoorbeeld 25000 of € 25.000) en zet een toelichting in een andere kolom.`,
      ),
    );
  }
  return false;
}

/** Reads every row under the header into records of this kind, with a problem for everything skipped or odd. */
export function readRecords<F extends string>(grid: Grid, layout: TableLayout<F>, options: ReadTableOptions<F>, fields: TableFields<F>): ReadRecords<F> {
  const file = options.file;
  const noun = fields.noun;
  const lastRow = options.lastRow ?? Number.MAX_SAFE_INTEGER;
  const sheet = grid.name;
  const problems: ImportProblem[] = [];
  // A list without a header has its "header row" above the sheet's first row: no row is named then.
  const at = (row?: number, column?: number) => ({
    file,
    sheet,
    ...(row !== undefined && row >= 1 ? { row } : {}),
    ...(column !== undefined ? { column: columnLetter(column) } : {}),
  });

  const columns = withHeaderlessColumns(grid, layout, lastRow);
  const tableColumns = new Set(columns.map((c) => c.column));
  const fieldAt = new Map<number, string>(columns.flatMap((c) => (c.field === null ? [] : [[c.column, c.field] as [number, string]])));
  const activityColumn = columns.find((c) => c.field === fields.primary) as TableColumn<F>;
  const prefilled = new Set(
    columns.filter((c) => c.field !== null && (options.prefilledFields ?? []).includes(c.field)).map((c) => c.column),
  );
  const keyColumn = options.prefillNeedsKey === undefined ? undefined : columns.find((c) => c.field === options.prefillNeedsKey)?.column;
  const firstTableColumn = Math.min(...tableColumns);
  const lastTableColumn = Math.max(...tableColumns);
  // Where a row's own number stands: the row number column, else a first column that names no field (or only numbers references).
  const first = columns[0];
  const rowLabelColumn = fields.rowLabel === undefined ? undefined : columns.find((c) => c.field === fields.rowLabel)?.column;
  const numberColumn =
    rowLabelColumn ??
    (first && first.column !== activityColumn.column && (first.field === null || first.field === fields.reference) ? first.column : undefined);
  // Where a date or a contact line alone is a note: not in a field's own column, where a date is a planning.
  const noteColumns = new Set(
    columns.filter((c) => c.field === null || c.column === activityColumn.column || c.column === firstTableColumn).map((c) => c.column),
  );

  // Column problems, once per column.
  if (layout.staircase) {
    const periods = layout.staircase.map((c) => quote(columns.find((col) => col.column === c)?.header ?? columnLetter(c))).join(', ');
    problems.push(
      problem(
        'warning',
        'staircase-planning',
        at(layout.headerRow, layout.staircase[0] as number),
        layout.staircaseOfKinds
          ? `elke tekst staat in de kolom van zijn soort werk (${periods}); hij is gelezen als ${noun}, met de kop van zijn kolom als soort. Controleer dit.`
          : `elke tekst staat in de kolom van de periode waarin het gebeurt (${periods}); hij is gelezen als ${noun}, met de kolommen die hij beslaat als planning. Controleer dit.`,
      ),
    );
  } else if (layout.subjectsBeside !== undefined) {
    const subjects = columns.find((c) => c.column === layout.subjectsBeside);
    problems.push(
      problem(
        'warning',
        'activity-column-chosen',
        at(layout.headerRow, activityColumn.column),
        `kolom ${columnLetter(layout.subjectsBeside)} ${quote(subjects?.header ?? '')} noemt per rij alleen een onderwerp; kolom ${columnLetter(activityColumn.column)} ${quote(activityColumn.header)} zegt wat er gebeurt en is als ${noun} gelezen. Controleer dit.`,
      ),
    );
  } else if (layout.activityGuessed && !options.markedList) {
    problems.push(
      problem(
        'warning',
        'activity-column-guessed',
        at(layout.headerRow, activityColumn.column),
        `geen kolom heet "${fields.labels[fields.primary]}"; kolom ${columnLetter(activityColumn.column)} ${quote(activityColumn.header)} is als ${noun} gelezen omdat daar de langste teksten staan. Controleer dit, of noem de kolom "${fields.labels[fields.primary]}".`,
      ),
    );
  }
  for (const d of layout.duplicates) {
    problems.push(
      problem(
        'warning',
        'duplicate-column',
        at(layout.headerRow, d.column),
        d.codes
          ? `de kolom ${quote(d.header)} bevat codes, geen omschrijving; de ${noun} is gelezen uit kolom ${columnLetter(activityColumn.column)} ${quote(activityColumn.header)} en de codes zijn bewaard als extra gegeven onder ${quote(d.header)}.`
          : `de kolom ${quote(d.header)} lijkt net als een andere kolom op "${fields.labels[d.field as F]}"; de waarden zijn bewaard als extra gegeven onder ${quote(d.header)}.`,
      ),
    );
  }
  for (const c of columns) {
    if (c.field !== null || c.headerless || layout.staircase?.includes(c.column) || layout.otherPartyColumns?.includes(c.column) || layout.duplicates.some((d) => d.column === c.column)) continue;
    problems.push(
      problem(
        'warning',
        'unknown-column',
        at(layout.headerRow, c.column),
        `de kolom ${quote(c.header)} is geen bekend veld; de waarden zijn bewaard als extra gegeven.`,
      ),
    );
  }

  // What the column after the activity's usually holds: a sentence there stands out as the activity moved.
  const typicalAfterActivity = middleLength(grid, layout.headerRow, lastRow, activityColumn.column + 1);
  // The last column with a heading: a row reaching past it moved (a column added for its cell has none).
  const named = columns.filter((c) => c.header.trim() !== '' && !c.headerless).map((c) => c.column);
  const lastNamedColumn = named.length > 0 ? Math.max(...named) : lastTableColumn;
  // A column without a heading beside the activity's: a conversion's empty column, where a text may land alone.
  const besideActivityUnnamed = (cellAt(grid, layout.headerRow, activityColumn.column + 1)?.text.trim() ?? '') === '';

  // The lines above the header (the sheet's title), which a converted document repeats on each page.
  const titleLines = new Set(
    grid.rowNumbers.filter((r) => r < layout.headerRow).flatMap((r) => [...(grid.rows.get(r)?.values() ?? [])].map((cell) => normalizeHeader(cell.text)).filter((t) => t !== '')),
  );

  // Classify every row under the header.
  const entries: RowEntry[] = [];
  for (const r of grid.rowNumbers) {
    if (r <= layout.headerRow || r > lastRow) continue;
    const cells = grid.rows.get(r) as Map<number, GridCell>;
    // The activity's text one column to the right: with the rest of the row (its cells reach past the table,
    // or a sentence stands among short values), or alone, in an empty column beside the activity's.
    const moved = !options.exact && hasMovedSentence(cells, activityColumn.column);
    const reachesPast = [...cells].some(([c, cell]) => c > lastNamedColumn && cell.text.trim() !== '');
    const movedAlone = moved && besideActivityUnnamed;
    const movedRow = moved && !movedAlone && (reachesPast || typicalAfterActivity < SHORT_VALUE);
    const shift = !options.exact && (isShiftedRow(cells, activityColumn.column, numberColumn) || movedRow || movedAlone) ? 1 : 0;
    // Moved from the activity on, the cells before it in place (its number); only the activity's text; or the whole row.
    const shiftFrom = movedRow || movedAlone ? activityColumn.column : Number.MIN_SAFE_INTEGER;
    const shiftTo = movedAlone ? activityColumn.column : Number.MAX_SAFE_INTEGER;
    if (movedRow || movedAlone) {
      problems.push(
        problem(
          'warning',
          'shifted-row',
          at(r, activityColumn.column),
          movedAlone
            ? `de tekst van deze rij staat in kolom ${columnLetter(activityColumn.column + 1)}, naast de kolom ${quote(activityColumn.header)}; hij is als activiteit gelezen. Controleer de rij.`
            : `de cellen van deze rij staan vanaf kolom ${columnLetter(activityColumn.column)} één kolom te ver naar rechts (de tekst in kolom ${columnLetter(activityColumn.column + 1)}); ze zijn gelezen alsof ze op hun plaats staan. Controleer de rij.`,
        ),
      );
    } else if (shift > 0) {
      problems.push(
        problem(
          'warning',
          'shifted-row',
          at(r, activityColumn.column),
          `de cellen van deze rij staan één kolom te ver naar rechts (het nummer ${quote((cells.get(activityColumn.column) as GridCell).text.trim())} in kolom ${columnLetter(activityColumn.column)}, de tekst in kolom ${columnLetter(activityColumn.column + 1)}); ze zijn gelezen alsof ze op hun plaats staan. Controleer de rij.`,
        ),
      );
    }
    const own = new Map<number, GridCell>();
    for (const [c, cell] of cells) {
      const at = c > shiftFrom && c - shift <= shiftTo ? c - shift : c;
      if (tableColumns.has(at) && cell.text !== '' && !own.has(at)) own.set(at, cell);
    }
    const activityCell = cells.get(activityColumn.column);
    const continuesAbove =
      activityCell?.masterRow !== undefined && activityCell.masterCol === activityColumn.column && activityCell.masterRow < r;
    // A description under a short title, its Nr and its planning merged down from the title's row: the same
    // activity. (A theme or reference merged over rows groups several activities; a row number or a planning
    // belongs to one.)
    const restMergedFromAbove =
      own.size === 1 &&
      own.has(activityColumn.column) &&
      [...cells].some(
        ([c, cell]) => OWN_PER_ACTIVITY.has(fieldAt.get(c) ?? '') && cell.masterRow !== undefined && cell.masterRow < r && cell.masterCol === c,
      );
    let kind: RowKind;
    if (continuesAbove || (restMergedFromAbove && !options.exact)) kind = 'continuation';
    else if (own.size === 0) kind = 'empty';
    else if (options.exact) {
      // Our own sheet: every filled row is a record, but a line the partner typed under it may still be a note.
      const onlyPrefill = [...own.keys()].every((c) => prefilled.has(c)) && (keyColumn === undefined || own.has(keyColumn));
      const typed = [...own.keys()].every((c) => !prefilled.has(c));
      if (onlyPrefill) kind = 'prefill-only';
      else if (typed && isNoteRow(own, noteColumns)) kind = 'note';
      else if (isNumberOnly(own, numberColumn)) kind = 'numbered';
      else kind = 'data';
    }
    else if (options.markedList) kind = listLineKind(own.get(activityColumn.column));
    // The header or the sheet's title again, as a conversion from PDF repeats them on every page: nothing to read.
    else if (repeatsHeader(own, columns, activityColumn.column) || (own.size === 1 && titleLines.has(normalizeHeader([...own.values()][0]?.text ?? '')))) kind = 'empty';
    else if (listsColumnValues(own, columns)) kind = 'note';
    // A page's running title or footer, its page number beside it ("HBD – Jaarplan 2027 | Pagina 1 van 2").
    else if ([...own.values()].some((cell) => PAGE_FOOTER.test(cell.text.trim()))) kind = 'note';
    else kind = classify(own, activityColumn.column, firstTableColumn, numberColumn, noteColumns, lastTableColumn);
    entries.push(shift > 0 ? { row: r, kind, own, shift, ...(movedRow || movedAlone ? { shiftFrom } : {}), ...(movedAlone ? { shiftTo } : {}) } : { row: r, kind, own });
  }
  /** In a list: the bullets heading those set deeper under them, and the depth of the one heading the lines now. */
  const branches = options.markedList ? headBranches(entries, activityColumn.column) : undefined;
  let branchDepth: [number, number] | undefined;
  if (layout.paths) headPaths(entries, activityColumn.column);
  if (!options.exact) joinRowsOfOneActivity(entries, activityColumn.column, numberColumn);
  if (!options.exact) markSignatures(entries);
  if (!options.exact && !options.markedList) markFooters(entries, activityColumn.column);

  // The rows in order, as records.
  const activities: TableRecord<F>[] = [];
  const notes: SubmissionNote[] = [];
  /** In a table of who does what: the rows with other parties' work only. */
  const othersOnly: number[] = [];
  /** The row of a line drawn across the list saying the rows under it are not done. */
  let cutOff: number | undefined;
  /** Whether a row of data came under the header yet (the first may be a second header row). */
  let seenData = false;
  const numbered: RowEntry[][] = [];
  let otherSinceNumbered = false;
  let context: string | undefined;
  let current: TableRecord<F> | undefined;
  let lastTableRow = layout.headerRow;
  /**
   * "Project | Fase | Activiteit": the last project named in the activity column, the group of the phases on the rows
   * under it (their project cell left empty, their text in the second column of the activity); with whether it says
   * anything of its own beside its name, and how many phases it has.
   */
  let project: { record: TableRecord<F>; name: string; described: boolean; phases: number } | undefined;
  const description =
    options.exact || !GROUP_COLUMN_HEADING.test(activityColumn.header) ? undefined : layout.duplicates.find((d) => d.field === fields.primary && !d.codes);
  const projects: NonNullable<typeof project>[] = [];
  /**
   * "Activiteit | Stap": the last activity named in the activity column, whose steps follow on rows of their own with
   * that cell left empty. Unlike a project's phases, the named row says work of its own and stays an activity.
   */
  const stepColumn = description === undefined ? columns.find((c) => c.field === null && c.column !== activityColumn.column && STEP_HEADER.test(c.header.trim())) : undefined;
  let stepsOf: string | undefined;
  for (const entry of entries) {
    const r = entry.row;
    if (entry.kind !== 'empty') lastTableRow = r;
    // Rows that only carry a number, one after another, are named together: a numbered template's unused rows.
    if (entry.kind === 'numbered') {
      const run = numbered[numbered.length - 1];
      if (run && !otherSinceNumbered) run.push(entry);
      else numbered.push([entry]);
      otherSinceNumbered = false;
    } else if (entry.kind !== 'empty') {
      otherSinceNumbered = true;
    }
    switch (entry.kind) {
      case 'empty':
        project = undefined;
        // Others' plans listed for information ("Ter info: activiteiten van partners") are the rows right below the
        // heading: an empty row ends them, and the list of the sender's own work goes on.
        if (context !== undefined && isInfoHeading(context)) context = undefined;
        break;
      case 'prefill-only':
        break;
      case 'numbered':
        current = undefined;
        break;
      case 'context': {
        stepsOf = undefined;
        context = [...entry.own.values()]
          .map((cell) => (branches?.has(r) ? cell.text.replace(LIST_MARK, '') : cell.text))
          .join(' ')
          .replace(/\s*\n\s*/g, ' ');
        branchDepth = branches?.get(r);
        current = undefined;
        project = undefined;
        break;
      }
      case 'total': {
        const first = [...entry.own.entries()][0] as [number, GridCell];
        problems.push(
          problem('warning', 'total-row', at(r), `overgeslagen: een totaalregel (${quote(first[1].text)}), geen ${noun}.`),
        );
        current = undefined;
        break;
      }
      case 'note': {
        const [c] = [...entry.own.entries()][0] as [number, GridCell];
        const text = noteText(entry);
        if (isCutOffLine(text)) cutOff = r;
        notes.push({ sheet, row: r, text });
        problems.push(
          problem(
            'warning',
            'footer-row',
            at(r, c),
            `bewaard als opmerking bij het overzicht, niet als ${noun}: ${quote(text, 120)}. Is het wel een ${noun}, zet het dan als regel in de tabel.`,
          ),
        );
        break;
      }
      case 'continuation': {
        if (current) appendContinuation(current, entry, columns, r);
        cellProblems(entry, problems, at);
        break;
      }
      case 'data': {
        // A second header row under the first ("t.o.v. 2025", "PA-nr", …, "Activiteit"): part of the header.
        const heading = seenData ? null : fields.match(entry.own.get(activityColumn.column)?.text ?? '');
        if (heading?.field === fields.primary && heading.score >= 0.95) {
          seenData = true;
          break;
        }
        seenData = true;
        // A bullet as shallow as the branch above: the branch's children have ended.
        if (branchDepth !== undefined) {
          const [indent, mark] = listDepth(entry.own.get(activityColumn.column));
          if (indent < branchDepth[0] || (indent === branchDepth[0] && mark <= branchDepth[1])) {
            context = undefined;
            branchDepth = undefined;
          }
        }
        const setAside = setAsideReason(grid, entry, activityColumn.column, cutOff, fields.lapsesAside === true);
        if (setAside) {
          const text = (entry.own.get(activityColumn.column)?.text ?? noteText(entry)).replace(/\s*\n\s*/g, ' ');
          notes.push({ sheet, row: r, text });
          problems.push(
            problem(
              'warning',
              'set-aside-row',
              at(r, activityColumn.column),
              `deze rij ${setAside.why}: ${quote(text, 120)} is bewaard als opmerking bij het overzicht, niet als ${noun}. Hoort het er wel bij, ${setAside.undo} en importeer opnieuw.`,
            ),
          );
          current = undefined;
          break;
        }
        const record = recordFromRow(grid, entry, columns, context, fields.topic);
        if (layout.paths) readPathStep(record, fields.primary, fields.topic);
        if (layout.staircase) readStaircase(record, entry, layout.staircase, columns, fields, layout.staircaseOfKinds === true);
        if (layout.groupColumn !== undefined) readAsStepOfGroup(record, layout.groupColumn, columns);
        // "Doel | Actie | Subactie": a sub-action on a row of its own is that row's activity.
        const subAction = (record.values[fields.primary] ?? '') === '' ? columns.find((c) => c.field === null && SUB_ACTION_HEADER.test(c.header.trim()) && record.extra[c.header]) : undefined;
        if (subAction) {
          record.values[fields.primary] = record.extra[subAction.header] as string;
          record.fieldColumns[fields.primary] = columnLetter(subAction.column);
          delete record.extra[subAction.header];
        }
        // A phase on a row of its own, under the project named above it: its text is the activity, read as a step of
        // the project, as a cell merged over the phases would make it.
        const phaseText = description === undefined ? '' : (record.extra[description.header] ?? '').trim();
        if (project && description && (record.values[fields.primary] ?? '') === '' && phaseText !== '') {
          record.values[fields.primary] = phaseText;
          record.fieldColumns[fields.primary] = columnLetter(description.column);
          delete record.extra[description.header];
          record.group = project.name;
          project.phases++;
        } else if ((record.values[fields.primary] ?? '') !== '' && description !== undefined) {
          project = { record, name: record.values[fields.primary] as string, described: phaseText !== '', phases: 0 };
          projects.push(project);
        }
        // A step on a row of its own under the activity named above it: read as a step of that activity, as a cell
        // merged over its steps would make it ("Verkenning sociale woningbouw Horssen" | "stap 1: behoeftepeiling …").
        const stepText = stepColumn === undefined ? '' : (record.extra[stepColumn.header] ?? '').trim();
        if (stepColumn && stepsOf !== undefined && (record.values[fields.primary] ?? '') === '' && stepText.split(/\s+/).length >= STEP_WORDS) {
          record.values[fields.primary] = stepText;
          record.fieldColumns[fields.primary] = columnLetter(stepColumn.column);
          delete record.extra[stepColumn.header];
          record.group = stepsOf;
        } else if (stepColumn && (record.values[fields.primary] ?? '') !== '') {
          stepsOf = record.values[fields.primary];
        }
        const marked = record.values[fields.primary];
        if (options.markedList && marked !== undefined) record.values[fields.primary] = marked.replace(LIST_MARK, '').replace(NUMBERED_ITEM, '');
        cellProblems(entry, problems, at);
        // A cell merged across the sender's column and another's is the sender's work too ("Beide corporaties: …").
        const merged = layout.ownPartyColumn === undefined ? undefined : mergedInto(grid, r, activityColumn.column);
        if (merged !== undefined && (record.values[fields.primary] ?? '').trim() === '') record.values[fields.primary] = merged;
        if (layout.ownPartyColumn !== undefined && (record.values[fields.primary] ?? '').trim() === '') {
          // In a table of who does what, a row of others' work only: kept as a note, said once below.
          const shown = [...entry.own.entries()]
            .sort(([a], [b]) => a - b)
            .map(([c, cell]) => `${columns.find((col) => col.column === c)?.header ?? columnLetter(c)}: ${cell.text.replace(/\s*\n\s*/g, ' ')}`)
            .join(' · ');
          notes.push({ sheet, row: r, text: shown });
          othersOnly.push(r);
          current = undefined;
          break;
        }
        const written = record.values[fields.primary] ?? '';
        const said = written.trim();
        if (NOTHING_HERE.test(said) || written === '') {
          // Without its text a row is no record: counted, linked and printed it would be an empty one.
          // Nor is "n.v.t." or "—" where the activity should be: the partner says there is none, and the message quotes it.
          const cellsSaid = (cells: [number, GridCell][]): string => cells.map(([c, cell]) => `kolom ${columnLetter(c)} ${quote(cell.text, 60)}`).join(', ');
          const own = [...entry.own.entries()];
          const rest = own.filter(([c]) => c !== activityColumn.column);
          const what =
            said === ''
              ? `deze rij heeft gegevens (${cellsSaid(own)}) maar geen ${noun} in kolom ${columnLetter(activityColumn.column)}`
              : `in kolom ${columnLetter(activityColumn.column)} staat ${quote(said, 60)}: geen ${noun}${rest.length > 0 ? ` (verder op de rij: ${cellsSaid(rest)})` : ''}`;
          problems.push(
            problem(
              'warning',
              'no-activity-text',
              at(r, activityColumn.column),
              `${what}; de rij is niet als ${noun} gelezen. Hoort er een ${noun} bij, vul die dan in en importeer opnieuw.`,
            ),
          );
          current = undefined;
          break;
        }
        current = record;
        activities.push(current);
        break;
      }
    }
  }

  // A project's own row that names it and its years only, its phases on the rows under it: their heading, no activity.
  const inTable = new Set(activities);
  const headings = new Set(projects.filter((p) => p.phases > 0 && !p.described && inTable.has(p.record)).map((p) => p.record));
  for (const p of projects) {
    if (!headings.has(p.record)) continue;
    notes.push({ sheet, row: p.record.rowNumber, text: p.name });
    problems.push(
      problem(
        'warning',
        'group-heading',
        at(p.record.rowNumber, activityColumn.column),
        `${quote(p.name, 80)} is de kop van de ${p.phases === 1 ? 'fase' : `${p.phases} fasen`} eronder, die elk als ${noun} gelezen zijn; bewaard als opmerking bij het overzicht, niet als ${noun}.`,
      ),
    );
  }
  if (headings.size > 0) {
    const kept = activities.filter((a) => !headings.has(a));
    activities.splice(0, activities.length, ...kept);
    notes.sort((x, y) => x.row - y.row);
  }
  for (const run of numbered) problems.push(numberedProblem(run, activityColumn.column, noun, at));
  if (othersOnly.length > 0) {
    const rows = othersOnly.length === 1 ? `rij ${othersOnly[0]}` : `de rijen ${othersOnly.slice(0, -1).join(', ')} en ${othersOnly.at(-1)}`;
    problems.push(
      problem(
        'warning',
        'others-only-rows',
        at(undefined, activityColumn.column),
        `${rows} ${othersOnly.length === 1 ? 'heeft' : 'hebben'} alleen werk van andere partijen, niets in kolom ${columnLetter(activityColumn.column)} ${quote(layout.ownPartyColumn ?? '')}; ` +
          `bewaard als ${othersOnly.length === 1 ? 'opmerking' : 'opmerkingen'} bij het overzicht, niet als ${noun}.`,
      ),
    );
  }

  // A column without a heading is worth a word only when activities got values from it (not for theme labels in a margin).
  for (const c of columns) {
    if (!c.headerless || !activities.some((a) => a.extra[c.header] !== undefined)) continue;
    problems.push(
      problem(
        'warning',
        'unknown-column',
        at(layout.headerRow, c.column),
        `deze kolom heeft geen kop; de waarden zijn bewaard als extra gegeven "${c.header}".`,
      ),
    );
  }

  const mappings: ColumnMapping[] = columns.map((c) => ({ header: c.header, column: columnLetter(c.column), field: c.field }));
  if (fields.reference !== undefined) {
    demoteNumberingColumn(activities, columns, mappings, problems, at(layout.headerRow), fields.reference, fields.rowLabel);
    if (fields.rowLabel !== undefined) promoteReferringRowLabels(activities, columns, mappings, fields.reference, fields.rowLabel);
  }
  return { records: activities, notes, columns: mappings, rowsRead: Math.max(0, lastTableRow - layout.headerRow), problems: byRow(problems) };
}

/** Header columns plus columns that hold data under the table without a heading. */
function withHeaderlessColumns<F extends string>(grid: Grid, layout: TableLayout<F>, lastRow: number): TableColumn<F>[] {
  const columns = layout.columns.map((c) => ({ ...c }));
  const known = new Set(columns.map((c) => c.column));
  const extra = new Set<number>();
  for (const r of grid.rowNumbers) {
    if (r <= layout.headerRow || r > lastRow) continue;
    for (const [c, cell] of grid.rows.get(r) as Map<number, GridCell>) {
      // Left of the table too: a theme label or a note in the margin is read, not lost.
      if (!known.has(c) && cell.text !== '' && cell.masterRow === undefined) extra.add(c);
    }
  }
  for (const c of extra) columns.push({ column: c, header: `Kolom ${columnLetter(c)}`, field: null, score: 0, headerless: true });
  return columns.sort((a, b) => a.column - b.column);
}

function classify(
  own: Map<number, GridCell>,
  activityColumn: number,
  firstColumn: number,
  numberColumn: number | undefined,
  noteColumns: ReadonlySet<number>,
  lastColumn = firstColumn,
): RowKind {
  const texts = [...own.entries()];
  const hasActivity = own.has(activityColumn);
  const sums = texts.some(([, cell]) => AGGREGATE_FORMULA.test(cell.formula ?? ''));
  // "Totaal nieuwe woningen" beside a SUM: a total with a longer label; or beside the figure typed in
  // ("Totaal nieuwe huurwoningen 2027 | 54"), a short label (its brackets aside) with nothing but numbers on its row.
  const summed = sums && texts.some(([, cell]) => TOTAL_LABEL.test(cell.text));
  // A sentence in the activity column is an activity, whatever stands beside it: the "Totaal" of a
  // begroting kept beside the plan is that table's total, on one of the plan's rows.
  const activityText = hasActivity ? (own.get(activityColumn) as GridCell).text : '';
  const sentence = !TOTAL_LABEL.test(activityText) && activityText.trim().split(/\s+/).length >= SENTENCE_WORDS;
  const others = texts.filter(([c]) => c !== activityColumn);
  // What a total's label says in brackets ("Totaal jaarschijf 2028 (excl. Beuningen)"), and the year it counts
  // ("Totaal nieuwbouw en aankoop 2027"), make it no sentence.
  const typedTotal =
    TOTAL_LABEL.test(activityText) &&
    activityText
      .replace(/\([^()]*\)/g, ' ')
      .trim()
      .split(/\s+/)
      .filter((word) => !/^20\d\d$/.test(word)).length <= TOTAL_LABEL_WORDS &&
    others.length > 0 &&
    others.every(([, cell]) => TYPED_NUMBER.test(cell.text.trim()));
  if (!sentence && (texts.some(([, cell]) => TOTAL_ROW.test(cell.text)) || summed || typedTotal || (!hasActivity && sums))) {
    return 'total';
  }
  // A total's label beside what it counts, said in figures where the activity stands: "Totaal 2027 | 259 | 79 won. schil +
  // 180 EGW PV-aanbod; besparing ca. 640 MWh/jr (berekend)". Not work that opens with a figure ("24 woningen opleveren").
  if (others.some(([, cell]) => TOTAL_ROW.test(cell.text)) && /^\d/.test(activityText.trim()) && saysNoWork(activityText) && !LOWER_VERB.test(activityText)) return 'total';
  // The list counted in its own words, however long: "12 moties en toezeggingen (8 lopend, 1 afgedaan)", "10 toezeggingen, waarvan 1 afgedaan".
  if (COUNT_LINE.test(activityText.trim())) return 'total';
  // A count beside its label, where the activity should be: "Aantal procedures 2028 | 10, waarvan 7 met reactie", "Totaal trajecten | 9".
  if (COUNT_TEXT.test(activityText.trim()) && others.some(([, cell]) => COUNT_LABEL.test(cell.text.trim()))) return 'total';
  // Excel's subtotals, the count where the activity stands: "Wonen Aantal | 4", "Eindaantal | 11".
  if (COUNT_TEXT.test(activityText.trim()) && others.some(([, cell]) => SUBTOTAL_LABEL.test(cell.text.trim()))) return 'total';
  // Counts per kind beside the label: "Totaal | hoog 5 · midden 6 · laag 2 (waarvan 1 vervalt)".
  if (TALLY.test(activityText.trim()) && others.some(([, cell]) => COUNT_LABEL.test(cell.text.trim()))) return 'total';
  // "Ter informatie: plannen van De Kernen", "Wat wij van de gemeente vragen" alone on its row: whose rows follow, however worded.
  if (texts.length === 1 && isWhoseHeading((texts[0] as [number, GridCell])[1].text)) return 'context';
  if (isNoteRow(own, noteColumns)) return 'note';
  // A contact person: a name or a few words beside a telephone number ("Erik Smits | nieuwbouw Horssen | 06 - 11 22 33 44").
  if (texts.some(([, cell]) => isPhoneNumber(cell.text)) && activityText.trim().split(/\s+/).length <= CONTACT_MAX_WORDS) return 'note';
  // The template's own example left in ("Voorbeeld: wijkschouw in …"): shows how to fill in, plans nothing.
  if (hasActivity && EXAMPLE_ROW.test((own.get(activityColumn) as GridCell).text)) return 'note';
  // The template's hint row under the header ("bijv. 1.1 bij 4 | Wat gaat u doen? Eén activiteit per regel."): tells how to fill in.
  if (texts.filter(([, cell]) => HINT_CELL.test(cell.text.trim())).length >= 2) return 'note';
  // An agenda line saying nothing takes place ("Zomerstop: geen vergaderingen") is no activity, whatever its date.
  if (hasActivity && isPauseLine((own.get(activityColumn) as GridCell).text)) return 'note';
  // A year alone on its row ("2026", then its rows): a heading that dates the rows under it, no unfilled numbered row.
  if (texts.length === 1 && YEAR_ALONE.test((texts[0] as [number, GridCell])[1].text.trim())) return 'context';
  if (isNumberOnly(own, numberColumn)) return 'numbered';
  // A number alone where the activity should be ("13." in a numbered list left unfilled): no activity text.
  if (texts.length === 1 && hasActivity && (ROW_NUMBER.test((own.get(activityColumn) as GridCell).text.trim()) || SECTION_NUMBER.test((own.get(activityColumn) as GridCell).text.trim()))) return 'numbered';
  // "1 | Woningbouw en beschikbaarheid" in bold: a numbered heading, its number no activity's.
  if (texts.length === 2 && hasActivity && isBoldHeading(own.get(activityColumn) as GridCell)) {
    const other = texts.find(([c]) => c !== activityColumn) as [number, GridCell];
    if (SECTION_NUMBER.test(other[1].text.trim())) return 'context';
  }
  // "B. | Ter informatie – plannen van Woonwaarts", the activity empty: a heading of whose rows follow, with a number or letter of its own.
  if (texts.length === 2 && !hasActivity) {
    const [mark, heading] = [...texts].sort(([a], [b]) => a - b) as [[number, GridCell], [number, GridCell]];
    if (HEADING_MARK.test(mark[1].text.trim()) && isWhoseHeading(heading[1].text)) return 'context';
  }
  if (texts.length === 1) {
    const [c, cell] = texts[0] as [number, GridCell];
    const spans = (cell.lastCol ?? c) > c;
    // One cell merged over the whole width of the table is a group heading, however long its quote of the agreement.
    if (spans && c <= firstColumn && (cell.lastCol ?? c) >= lastColumn && lastColumn > firstColumn) return 'context';
    if (cell.text.length <= 120) {
      if (spans || THEME_ROW.test(cell.text) || isBoldHeading(cell) || LABEL_HEADING.test(cell.text.trim()) || isGroupHeading(cell.text.trim())) return 'context';
      if (c !== activityColumn && c === firstColumn && NUMBERED_TITLE.test(cell.text)) return 'context';
    }
  }
  return 'data';
}

/**
 * A few words in bold, alone on their row, with no sentence in them: a heading
 * inside the table ("Wonen", "Duurzaam en veilig", "VASTGOED – nieuwbouw en
 * bestaand bezit"), like a theme row. An
 * activity written alone in bold is longer, or says what is done ("Wijkschouw
 * Puiflijk in juni" has a month; "Ledenwerving." ends as a sentence).
 */
function isBoldHeading(cell: GridCell): boolean {
  // A heading numbered as a Word document numbers it: "1  Woningbouw en beschikbaarheid", "3. Duurzaamheid en kwaliteit".
  const t = cell.text.trim().replace(HEADING_NUMBER, '');
  if (cell.bold !== true || /[\d.;!?]$|\d/.test(t) || /^[•\-–*]/.test(t)) return false;
  // A title in capitals, then what it holds: "VASTGOED – nieuwbouw en bestaand bezit".
  if (CAPITALS_TITLE.test(t)) return t.length <= 60 && t.split(/\s+/).length <= 8;
  return t.length <= 40 && t.split(/\s+/).length <= 5;
}

/** A heading's own number before its title: "1  ", "3. ", "2.1 ". */
const HEADING_NUMBER = /^\d{1,2}(\.\d{1,2})?\.?\s+(?=\p{Lu})/u;

/** A heading over the rows a partner added to a list sent back: "NIEUW 2028 (toegevoegd door Bewonersraad)", "Nieuwe activiteiten 2028:". */
const NEW_ROWS_HEADING = /^(nieuw|nieuwe (activiteiten|acties|punten|regels)|toegevoegd)( in| voor| per)? 20\d\d\s*(\([^()]{2,50}\))?\s*:?$/i;

/** A group heading of a few words, not a sentence of work: "Fase 2: uitvoering", not "Fase 2: bouwen we 20 woningen in Deest". */
function isGroupHeading(text: string): boolean {
  return ((GROUP_HEADING.test(text) || NEW_ROWS_HEADING.test(text)) && text.split(/\s+/).length <= 8) || CAPITALS_HEADING.test(text);
}

/** A few words all in capitals, alone on their row: the heading of the rows under it ("VOOR HUURDERS MET EEN KRAPPE BEURS", "FLAP A – WONEN EN BOUWEN"). */
const CAPITALS_HEADING = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}'’&-]*(\s+[\p{Lu}\d'’&,–—-]+){1,7}\s*:?$/u;

/** A few words closed by a colon, alone on their row: the heading of the rows under it ("met gemeente:", "Samen met Woonwaarts:"). */
const LABEL_HEADING = /^[^:.!?]{2,40}:$/u;
/** A word or two in capitals, then a dash or a colon: the title of a section in bold. */
const CAPITALS_TITLE = /^\p{Lu}{3,}(\s+(&|EN|\p{Lu}{2,}))*\s*[–—:-]\s/u;

/**
 * A row about the document, by its wording: one cell worded as a note
 * ("Opgesteld door: …", "Namens het bestuur,", a date, a contact line), a
 * row that opens with a label alone ("Paraaf:" … "Datum: 16-06-2026"), or
 * cells that are each worded so. A row with an activity that reads as an
 * activity is never one; a date alone in a field's column (the planning) is
 * no note either.
 */
function isNoteRow(own: Map<number, GridCell>, noteColumns: ReadonlySet<number>): boolean {
  const cells = [...own.entries()].sort(([a], [b]) => a - b);
  const isNote = ([c, cell]: [number, GridCell]): boolean => (noteColumns.has(c) ? isNoteLine(cell.text) : isNoteWording(cell.text));
  const first = cells[0];
  if (first === undefined) return false;
  if (cells.length === 1) return isNote(first);
  // A mail's closing opens the row ("Groet, Ruud Verhoef"): the cells beside it are its signature.
  const closing = isClosing(first[1].text) && isNoteWording(first[1].text);
  if (closing || isNoteLabel(first[1].text) || cells.every(isNote)) return true;
  // A message of a chat or a mail pasted in, its moment and sender beside it: "12-05-2026 09:14 | Marloes Jansen | Hoi
  // allen, hierbij onze punten voor 2027".
  if (!cells.some(([c, cell]) => noteColumns.has(c) && MOMENT_TEXT.test(cell.text.trim()))) return false;
  const said = cells.filter(([c, cell]) => !(noteColumns.has(c) && (MOMENT_TEXT.test(cell.text.trim()) || SENDER.test(cell.text.trim()))));
  return said.length > 0 && said.every(isNote);
}

/** A person's name as a chat shows its sender: "Marloes Jansen", "Kees", "Ria van Gelder". */
const SENDER = /^\p{Lu}\p{Ll}+(\s+((van|de|der|den|ter|te)\s+)*\p{Lu}\p{Ll}+)?$/u;

/** Only the row's own number, where the table keeps its numbers. */
function isNumberOnly(own: Map<number, GridCell>, numberColumn: number | undefined): boolean {
  if (own.size !== 1 || numberColumn === undefined) return false;
  const cell = own.get(numberColumn);
  return cell !== undefined && ROW_NUMBER.test(cell.text.trim());
}

/**
 * Why a row with text is not meant as a record, if it is not: the partner hid it, crossed its text
 * out, put it under a line drawn across the list or marked it "vervalt", or it states an aim beside
 * "Wat willen we bereiken?". It is kept as a note, named, so nothing is lost.
 */
function setAsideReason(grid: Grid, entry: RowEntry, column: number, cutOff: number | undefined, lapsesAside: boolean): { why: string; undo: string } | undefined {
  if (grid.hiddenRows?.has(entry.row)) return { why: 'is verborgen', undo: 'maak de rij dan zichtbaar' };
  if (entry.own.get(column)?.struck) return { why: 'is doorgestreept', undo: 'haal de doorhaling dan weg' };
  if (cutOff !== undefined) return { why: `staat onder de streep van rij ${cutOff}`, undo: 'zet de rij dan boven de streep' };
  const lapses = lapsesAside ? [...entry.own.entries()].find(([c, cell]) => c !== column && LAPSES.test(cell.text.trim())) : undefined;
  if (lapses) return { why: `is gemarkeerd als ${quote(lapses[1].text.trim())}`, undo: `haal ${quote(lapses[1].text.trim())} dan weg` };
  const aim = [...entry.own.entries()].find(([c, cell]) => c !== column && AIM_QUESTION.test(cell.text.trim()));
  if (aim) return { why: `zegt wat men wil bereiken (${quote(aim[1].text.trim())}), niet wat er gedaan wordt`, undo: 'schrijf dan op wat er gedaan wordt' };
  return undefined;
}

/** The text of a merge that reaches into this cell from the left on its own row, if any. */
function mergedInto(grid: Grid, row: number, column: number): string | undefined {
  const cell = grid.rows.get(row)?.get(column);
  if (cell?.masterRow !== row || cell.masterCol === undefined || cell.masterCol >= column) return undefined;
  const text = grid.rows.get(row)?.get(cell.masterCol)?.text.trim() ?? '';
  return text === '' ? undefined : text;
}

/** A note's text: its cells in column order, on one line ("Paraaf: Datum: 16-06-2026"). */
function noteText(entry: RowEntry): string {
  return [...entry.own.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cell]) => cell.text)
    .join(' ');
}

/** One warning for a run of rows that only carry a number: "rij 12" alone, or "de rijen 12 t/m 25" together. */
function numberedProblem(
  run: RowEntry[],
  activityColumn: number,
  noun: string,
  at: (row?: number, column?: number) => { file: string; sheet: string; row?: number; column?: string },
): ImportProblem {
  const first = run[0] as RowEntry;
  const last = run[run.length - 1] as RowEntry;
  const label = (e: RowEntry): string => ([...e.own.values()][0] as GridCell).text.trim();
  const column = columnLetter(activityColumn);
  const text =
    run.length === 1
      ? `deze rij heeft alleen het nummer ${quote(label(first))} en geen ${noun} in kolom ${column}; de rij is niet als ${noun} gelezen.`
      : `de rijen ${first.row} t/m ${last.row} hebben alleen een nummer (${label(first)} t/m ${label(last)}) en geen ${noun} in kolom ${column}; ze zijn niet als ${noun} gelezen.`;
  return problem('warning', 'no-activity-text', at(first.row, activityColumn), text);
}

/**
 * The lines right under a mail's closing ("Met vriendelijke groet,", "Groet, Ruud"), up to an empty row:
 * its signature (a name, a role, an address, an office's hours), never an activity.
 */
function markSignatures(entries: RowEntry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const closing = entries[i] as RowEntry;
    if (closing.kind !== 'note' || !isClosing(([...closing.own.values()][0] as GridCell | undefined)?.text ?? '')) continue;
    for (let j = i + 1; j < entries.length; j++) {
      const e = entries[j] as RowEntry;
      if (e.kind === 'empty' || e.row !== (entries[j - 1] as RowEntry).row + 1) break;
      if (e.kind === 'data' || e.kind === 'context') e.kind = 'note';
    }
  }
}

/**
 * Below the last row of the table proper (a row with an activity and more):
 * a theme row with nothing under it, or anything without an activity of its
 * own after an empty row, is a note, not an activity. A row that only carries
 * a number counts as empty here.
 */
function markFooters(entries: RowEntry[], activityColumn: number): void {
  const isSolid = (e: RowEntry): boolean => e.kind === 'data' && e.own.size >= 2 && e.own.has(activityColumn);
  let lastSolid = -1;
  entries.forEach((e, i) => {
    if (isSolid(e)) lastSolid = i;
  });
  if (lastSolid < 0) {
    entries.forEach((e, i) => {
      if (e.kind === 'data') lastSolid = i;
    });
    if (lastSolid < 0) return;
    // Only single-text rows: no footer can be told from an activity after the last one.
    for (let i = lastSolid + 1; i < entries.length; i++) if (entries[i]?.kind === 'context') (entries[i] as RowEntry).kind = 'note';
    return;
  }
  // A row missing from the grid is as empty as a row of empty cells.
  let gap = false;
  for (let i = lastSolid + 1; i < entries.length; i++) {
    const e = entries[i] as RowEntry;
    const before = entries[i - 1];
    if (before && e.row > before.row + 1) gap = true;
    if (e.kind === 'empty' || e.kind === 'numbered') gap = true;
    else if (e.kind === 'continuation') continue;
    else if (e.kind === 'data' && gap) e.kind = 'note';
    else if (e.kind === 'data') gap = false;
  }
  // A theme row with no activity under it closes the table.
  let dataAfter = false;
  for (let i = entries.length - 1; i > lastSolid; i--) {
    const e = entries[i] as RowEntry;
    if (e.kind === 'data') dataAfter = true;
    if (e.kind === 'context' && !dataAfter) e.kind = 'note';
  }
}

function recordFromRow<F extends string>(
  grid: Grid,
  entry: RowEntry,
  columns: TableColumn<F>[],
  context: string | undefined,
  topic: F | undefined,
): TableRecord<F> {
  const record: TableRecord<F> = { sheet: grid.name, rowNumber: entry.row, values: {}, fieldColumns: {}, extra: {} };
  for (const col of columns) {
    const moved = entry.shift !== undefined && col.column >= (entry.shiftFrom ?? Number.MIN_SAFE_INTEGER) && col.column <= (entry.shiftTo ?? Number.MAX_SAFE_INTEGER);
    const column = col.column + (moved ? (entry.shift as number) : 0);
    const text = valueAt(grid, entry.row, column);
    const fill = cellAt(grid, entry.row, column)?.fill;
    // A status shown by colour: of an empty cell, or of the activity's own cell ("grijs = nee" over a workshop's post-its).
    if ((text === '' || col.field === 'activity') && fill !== undefined) (record.colours ??= {})[col.header] = fill;
    const indent = cellAt(grid, entry.row, column)?.indent;
    if (col.field === 'activity' && indent !== undefined && record.indent === undefined) record.indent = indent;
    if (text === '') continue;
    if (col.field === null) {
      record.extra[uniqueKey(record.extra, col.header)] = text;
    } else {
      record.values[col.field] = text;
      record.fieldColumns[col.field] = columnLetter(column);
    }
  }
  if (context !== undefined) {
    record.section = context;
    if (topic !== undefined && record.values[topic] === undefined) record.values[topic] = context;
  }
  return record;
}

/** The group merged over a step's row ("Hofje De Lindehof, Puiflijk (16 won.)" over "Start bouw …"), where it has one. */
function readAsStepOfGroup<F extends string>(record: TableRecord<F>, groupColumn: number, columns: TableColumn<F>[]): void {
  const group = columns.find((c) => c.column === groupColumn);
  const name = group === undefined ? undefined : group.field === null ? record.extra[group.header] : record.values[group.field];
  if (name !== undefined && name.trim() !== '') record.group = name.trim();
}

/**
 * A row of a staircase planning: its text is in the column of the first period it happens in
 * (merged across the periods it runs through); that text is the record's, the periods its planning.
 */
function readStaircase<F extends string>(record: TableRecord<F>, entry: RowEntry, staircase: number[], columns: TableColumn<F>[], fields: TableFields<F>, ofKinds: boolean): void {
  const first = staircase.find((c) => (entry.own.get(c)?.text ?? '') !== '');
  const headerOf = (c: number): string => columns.find((col) => col.column === c)?.header ?? columnLetter(c);
  for (const c of staircase) delete record.extra[headerOf(c)];
  if (first === undefined) return;
  const cell = entry.own.get(first) as GridCell;
  const last = cell.lastCol ?? first;
  record.values[fields.primary] = cell.text;
  record.fieldColumns[fields.primary] = columnLetter(first);
  // Of kinds of work, the kind is the column's heading, kept beside the activity.
  if (ofKinds) record.extra[KIND_OF_WORK] = headerOf(first);
  else if (fields.planning !== undefined && record.values[fields.planning] === undefined) {
    record.values[fields.planning] = staircase.filter((c) => c >= first && c <= last).map(headerOf).join(', ');
  }
}

/** A cell's text; a value merged down over several rows counts for each of them (not a value merged across). */
function valueAt(grid: Grid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  if (!cell) return '';
  if (cell.masterRow === undefined) return cell.text;
  if (cell.masterCol === col && cell.masterRow < row) return cellAt(grid, cell.masterRow, col)?.text ?? '';
  return '';
}

/** Rows under a merged activity cell belong to that activity: their texts are added on new lines. */
function appendContinuation<F extends string>(record: TableRecord<F>, entry: RowEntry, columns: TableColumn<F>[], row: number): void {
  record.lastRowNumber = row;
  for (const col of columns) {
    const cell = entry.own.get(col.column);
    if (!cell) continue;
    if (col.field === null) {
      const key = col.header;
      record.extra[key] = joinLines(record.extra[key], cell.text);
    } else {
      // The activity's own text goes on too: a description under its title (a merged activity cell has none here).
      record.values[col.field] = entry.sentenceGoesOn ? joinWords(record.values[col.field], cell.text) : joinLines(record.values[col.field], cell.text);
      record.fieldColumns[col.field] = columnLetter(col.column);
    }
  }
}

function joinWords(before: string | undefined, text: string): string {
  if (before === undefined || before === '') return text;
  // A word broken at the edge with its hyphen ("duur-" – "zaamheidsplanning") is whole again.
  return /\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(text) ? `${before.slice(0, -1)}${text}` : `${before} ${text}`;
}

function joinLines(before: string | undefined, text: string): string {
  if (before === undefined || before === '') return text;
  if (before.split('\n').includes(text)) return before;
  return `${before}\n${text}`;
}

function uniqueKey(record: Record<string, string>, key: string): string {
  if (!(key in record)) return key;
  for (let i = 2; ; i++) if (!(`${key} (${i})` in record)) return `${key} (${i})`;
}

function cellProblems(
  entry: RowEntry,
  problems: ImportProblem[],
  at: (row?: number, column?: number) => { file: string; sheet: string; row?: number; column?: string },
): void {
  for (const [c, cell] of entry.own) {
    if (cell.error !== undefined) {
      problems.push(
        problem('warning', 'cell-error', at(entry.row, c), `de cel bevat de foutwaarde ${cell.error}; zo bewaard. Herstel de formule in het bestand als de waarde ertoe doet.`),
      );
    }
  }
}

/**
 * A reference column ("Afspraak", "Ref") that only counts 1, 2, 3, … numbers
 * the rows, it does not name afspraken: its values become the row numbers
 * when the table has no column of its own for them, else extra fields.
 */
function demoteNumberingColumn<F extends string>(
  records: TableRecord<F>[],
  columns: TableColumn<F>[],
  mappings: ColumnMapping[],
  problems: ImportProblem[],
  place: { file: string; sheet: string; row?: number },
  reference: F,
  rowLabel: F | undefined,
): void {
  const refColumn = columns.find((c) => c.field === reference);
  if (!refColumn) return;
  const values = records.map((a) => a.values[reference]).filter((v): v is string => v !== undefined);
  if (values.length < 2 || !values.every((v) => /^\d+\.?$/.test(v))) return;
  const numbers = values.map((v) => parseInt(v, 10));
  if (!numbers.every((n, i) => i === 0 || n === (numbers[i - 1] as number) + 1)) return;
  const asRowLabel = rowLabel !== undefined && !columns.some((c) => c.field === rowLabel) ? rowLabel : undefined;
  for (const a of records) {
    const value = a.values[reference];
    if (value === undefined) continue;
    if (asRowLabel !== undefined) {
      a.values[asRowLabel] = value;
      a.fieldColumns[asRowLabel] = columnLetter(refColumn.column);
    } else {
      a.extra[uniqueKey(a.extra, refColumn.header)] = value;
    }
    delete a.values[reference];
    delete a.fieldColumns[reference];
  }
  const mapping = mappings.find((m) => m.column === columnLetter(refColumn.column));
  if (mapping) mapping.field = asRowLabel ?? null;
  problems.push(
    problem(
      'warning',
      'numbering-column',
      { ...place, column: columnLetter(refColumn.column) },
      `de kolom ${quote(refColumn.header)} nummert alleen de regels (1, 2, 3, …) en noemt geen afspraken; de nummers zijn ${asRowLabel !== undefined ? 'gelezen als de eigen nummering van de regels' : 'bewaard als extra gegeven'}.`,
    ),
  );
}

/**
 * A "Nr" column that holds afspraak references ("1.1 bij 1", "Bij 4") names
 * afspraken, not rows: when the table has no reference column of its own it
 * is read as one. Only the unmistakable form with "bij" counts: "5.2" alone may
 * as well number a row under heading 5.
 */
function promoteReferringRowLabels<F extends string>(
  records: TableRecord<F>[],
  columns: TableColumn<F>[],
  mappings: ColumnMapping[],
  reference: F,
  rowLabel: F,
): void {
  if (columns.some((c) => c.field === reference)) return;
  const labelColumn = columns.find((c) => c.field === rowLabel);
  if (!labelColumn) return;
  const values = records.map((a) => a.values[rowLabel]).filter((v): v is string => v !== undefined && v.trim() !== '');
  if (!values.some((v) => /\bbij\b/i.test(v)) || !values.every((v) => parseReference(v) !== null)) return;
  for (const a of records) {
    const value = a.values[rowLabel];
    if (value === undefined) continue;
    a.values[reference] = value;
    a.fieldColumns[reference] = columnLetter(labelColumn.column);
    delete a.values[rowLabel];
    delete a.fieldColumns[rowLabel];
  }
  labelColumn.field = reference;
  const mapping = mappings.find((m) => m.column === columnLetter(labelColumn.column));
  if (mapping) mapping.field = reference;
}

/** Formulas without a cached result in the table's rows, one warning each. */
export function formulaProblems(grid: Grid, layout: TableLayout, read: ReadTable, file: string): ImportProblem[] {
  return formulaProblemsIn(grid, layout, read.activities, file);
}

/** Formulas without a cached result in these rows of the table, one warning each. */
export function formulaProblemsIn<F extends string>(
  grid: Grid,
  layout: TableLayout<F>,
  rows: readonly { rowNumber: number; lastRowNumber?: number }[],
  file: string,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const inTable = new Set(rows.flatMap((a) => rowsOf(a)));
  const tableColumns = new Set(layout.columns.map((c) => c.column));
  for (const r of inTable) {
    for (const [c, cell] of grid.rows.get(r) ?? []) {
      if (cell.formulaWithoutValue === undefined || !tableColumns.has(c)) continue;
      problems.push(
        problem(
          'warning',
          'formula-without-value',
          { file, sheet: grid.name, row: r, column: columnLetter(c) },
          `de formule =${cell.formulaWithoutValue} heeft geen opgeslagen uitkomst en is als leeg gelezen. Open het bestand in Excel of LibreOffice, sla het op (dan wordt de uitkomst bewaard) en importeer opnieuw.`,
        ),
      );
    }
  }
  return problems;
}

function rowsOf(a: { rowNumber: number; lastRowNumber?: number }): number[] {
  const rows: number[] = [];
  for (let r = a.rowNumber; r <= (a.lastRowNumber ?? a.rowNumber); r++) rows.push(r);
  return rows;
}
