// Reads any partner spreadsheet (.xlsx, .xlsm) into typed activities with
// every problem named by file, sheet, row and column. Our own uitvraag
// workbooks are recognised by their hidden meta sheet and read exactly by its
// header row and columns; a partner's own layout is searched for its activity
// table. Pure of the database: bytes in, data out. Bad files are refused
// (ServiceError 'file_refused') before exceljs touches them; see sniff.ts.
import { withRowsAsNotes } from './kept-as-notes';
import { SHEETS, type RequestMeta } from '../requests/template';
import type { Grid } from './grid';
import type { SubmissionNote } from '../domain/submissions';
import { yearsOf } from './years';
import { findHints } from './hints';
import { openWorkbook } from './open-workbook';
import { periodColumnsAsPlanning } from './period-columns';
import { joinSplitActivity } from './split-activity';
import { inzetNumbersAsReferences } from './inzet-column';
import { referencesInNotes } from './notes-references';
import { costPostsAsNotes } from './cost-posts';
import { setAsideByStatus } from './status-rows';
import { partyColumnsLayout, type PartyColumnsOptions } from './party-columns';
import { planBesideActivity, plansInRemarks } from './year-remarks';
import { setAsideOtherMunicipalities, type WorkArea } from './other-municipalities';
import { spelledOut } from './same-as-above';
import { labelledLinesApart } from './cell-lines';
import { layoutOfTheYear, subjectBeforeYearText, yearColumnsAsActivity } from './year-columns';
import { groupRowsAsNotes, outlineHeadingsAsNotes, summaryBlocksAsNotes } from './group-rows';
import { milestonesAsNotes } from './milestones';
import { locateOwnTable } from './own-table';
import { normalizeForSearch } from '../domain/text';
import { contentWords } from '../domain/similarity';
import { groupBy, groupByEach } from '../domain/group-by';
import { activityPlace, columnLetter, problem, quote, refuse } from './problems';
import { IMPORT_LIMITS, type ImportLimits } from './sniff';
import { cardLayout, formLayout, readCards, type CardLayout } from './cards';
import { readTextBlocks, textBlocksLayout } from './text-blocks';
import { formulaProblems, markedListLayout, readTable, type ReadTable } from './table';
import { ACTIVITY_TABLE, countActivityRows, countRows, findTable, findTableOf, type TableLayout } from './table-layout';
import type { ImportProblem, ReadActivity, ReadWorkbook } from './types';

export interface ReadWorkbookOptions {
  /** The refusal limits; the defaults suit every real activiteitenoverzicht. */
  limits?: Readonly<ImportLimits>;
  /**
   * The planning year the secretary chose, when she chose one: the rows are read for that year (a
   * column per year, last year's table, a row due or done before it), not for the year the file names.
   */
  planningYear?: number;
  /**
   * The gemeente whose werkgroep reads the file ("Druten"): in a partner's list for several gemeenten,
   * a row its "Gemeente" column gives to another is kept as a note.
   */
  municipality?: string;
  /** The kernen of that gemeente ("Deest", "Horssen"): a row a werkgebied column gives to one of them is the gemeente's own. */
  places?: readonly string[];
  /** The file's party's full name, when known: one named for two gemeenten ("Huurdersbelangen Beuningen Druten") works in both. */
  partyName?: string;
  /**
   * The parties the app knows, and the file's own when chosen: a table of one column per party ("wie doet
   * wat") is read by the own party's column (party-columns.ts).
   */
  parties?: PartyColumnsOptions;
}

/** The name of a sheet that holds the lists behind a workbook's dropdowns, or its settings. */
const LOOKUP_SHEET = /^(keuzelijst(en)?|lijsten|lookup(s)?|dropdown(s)?|validatie|instellingen|parameters|stamgegevens|codes)$/i;
/** A sheet of the agreement's own afspraken, kept beside the plan to look their codes up in: "Afspraken", "Prestatieafspraken". */
const AGREEMENT_SHEET = /^(afspraken|prestatieafspraken|afsprakenlijst|lijst\s+(met\s+)?afspraken|pa[-\s]afspraken)$/i;
/** A sheet kept beside the year's as a copy of an earlier one, or of work done: "2026 (oud)", "Archief", "vorig jaar", "Kopie van …", "Afgerond". */
const OLD_SHEET = /\b(oud|oude|vorig jaar|vorige versie|archief|old|backup|kopie|afgerond|gereed|voltooid|afgesloten|done)\b/i;
/** The word that makes a heading the role column, before whose role it is: "Rol Bewonersraad", "Rol van de gemeente". */
const ROLE_WORD = /^(rol|rollen)(\s+van)?(\s+(de|het))?\s+/i;
/** Lines of other sheets looked at for a party or year in a title ("Voorblad"). */
const TITLE_ROWS_OF_OTHER_SHEETS = 15;

export async function readActivityWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbook> {
  const { file, grids, meta, problems } = await openWorkbook(data, fileName, 'activities', options.limits ?? IMPORT_LIMITS);
  const own = meta ? readOwn(grids, meta, fileName, problems) : null;
  return { ...file, ...(own ?? readPartner(grids, fileName, problems, options)), problems };
}

type Body = Omit<ReadWorkbook, 'fileName' | 'sha256' | 'size' | 'problems'>;

/**
 * No activity column on any sheet, but a table of one column per party: read by the column of the file's party,
 * the one chosen or else the one the file name or title names. Said in a warning, as the reading is the app's.
 */
function partyColumnCandidates(grids: Grid[], parties: PartyColumnsOptions, fileName: string, problems: ImportProblem[]): Candidate[] {
  for (const grid of grids.filter((g) => g.state === 'visible')) {
    const own = parties.own ?? ownPartyOf(grid, grids, parties, fileName);
    const layout = own === null ? null : partyColumnsLayout(grid, parties, own);
    if (!layout) continue;
    const others = layout.columns.filter((c) => layout.otherPartyColumns?.includes(c.column)).map((c) => quote(c.header));
    problems.push(
      problem(
        'warning',
        'party-columns',
        { file: fileName, sheet: grid.name, row: layout.headerRow },
        `een kolom per partij: kolom ${quote(layout.ownPartyColumn ?? '')} is gelezen als de activiteiten van dit bestand; ` +
          `wat ${others.join(', ')} doen is bij elke rij bewaard, niet als activiteit. Is dit bestand van een andere partij, kies die dan en lees het opnieuw in.`,
      ),
    );
    return [{ grid, layout, rows: countActivityRows(grid, layout), score: layout.score }];
  }
  return [];
}

/** The party the file name or the title names, as the app knows it; null when none or several. */
function ownPartyOf(grid: Grid, grids: Grid[], parties: PartyColumnsOptions, fileName: string): string | null {
  // The title rows above where a header could start.
  const hint = findHints(titleTexts(grids, grid, (grid.rowNumbers[0] ?? 1) + TITLE_ROWS + 1), fileName).partyHint;
  return hint === undefined ? null : parties.of(hint);
}

/** Our uitvraag workbook: the activities sheet by the meta's header row and columns. */
function readOwn(grids: Grid[], meta: RequestMeta, fileName: string, problems: ImportProblem[]): Body | null {
  const own = locateOwnTable(
    grids,
    { sheet: SHEETS.activities, headerRow: meta.headerRow, columns: meta.columns, fields: ACTIVITY_TABLE },
    { table: 'de uitvraag', fallback: 'de activiteiten zijn gezocht zoals in een eigen opmaak.' },
    fileName,
    problems,
  );
  if (!own) return null;
  const { grid, layout } = own;

  const read = readActivities(grid, layout, fileName, problems, true);
  return {
    meta,
    sheet: grid.name,
    headerRow: layout.headerRow,
    columns: read.columns,
    partyHint: meta.partyName,
    yearHint: meta.planningYear,
    activities: read.activities,
    notes: read.notes,
    rowsRead: read.rowsRead,
  };
}

/**
 * What a partner's own table says beyond its columns, read in this order after the table: period
 * columns as the planning; cost posts, a project tool's group items and its milestones of work listed
 * above as notes; an activity written over two columns as one; a bare inzet number as a reference; and a
 * reference in a remarks column that names the afspraak too.
 */
const PARTNER_STEPS: readonly ((read: ReadTable, fileName: string) => ReadTable)[] = [
  periodColumnsAsPlanning,
  costPostsAsNotes,
  groupRowsAsNotes,
  outlineHeadingsAsNotes,
  milestonesAsNotes,
  summaryBlocksAsNotes,
  joinSplitActivity,
  inzetNumbersAsReferences,
  referencesInNotes,
];

/** The steps that read a partner's table for the planning year, in order. */
const YEAR_STEPS: readonly ((read: ReadTable, planningYear: number, fileName: string, grid: Grid) => ReadTable)[] = [
  // A column per year ("2026 | 2027 | 2028"): the planning year's is the activity.
  yearColumnsAsActivity,
  // Last year's rows with this year's plans in their remarks ("2027: start bouw fase 2"): the plans are the activities.
  plansInRemarks,
  // An activity beside its plan for the year ("Activiteit | Stand 2026 | Plan 2027"): read together.
  planBesideActivity,
];

/** The activities under the header, read exactly in our own workbook; a warning when there are none. */
function readActivities(
  grid: Grid,
  layout: TableLayout,
  fileName: string,
  problems: ImportProblem[],
  own: boolean,
  lastRow?: number,
  { planningYear, municipality, places, partyName }: Omit<ReadWorkbookOptions, 'limits'> = {},
): ReadTable {
  const partner = (): ReadTable => {
    // Last year's column beside this year's ("Activiteit 2027 | Activiteit 2028"): this year's is the field.
    const ofTheYear = planningYear === undefined ? layout : layoutOfTheYear(layout, planningYear);
    let read = PARTNER_STEPS.reduce((table, step) => step(table, fileName), readTable(grid, ofTheYear, { file: fileName, ...(lastRow !== undefined ? { lastRow } : {}) }));
    if (planningYear !== undefined) read = YEAR_STEPS.reduce((table, step) => step(table, planningYear, fileName, grid), read);
    // One list for several gemeenten: the rows of another are no work under these afspraken.
    return municipality === undefined ? read : setAsideOtherMunicipalities(read, fileName, workArea(municipality, places, partyName));
  };
  const read = own ? readTable(grid, layout, { file: fileName, exact: true, prefilledFields: ['key', 'agreementRef'] }) : partner();
  problems.push(...read.problems, ...formulaProblems(grid, layout, read, fileName));
  // A table whose rows are all another gemeente's work has rows, each set aside with its own warning: not an empty table.
  const allElsewhere = read.problems.some((p) => p.code === 'other-municipality');
  if (read.activities.length === 0 && !allElsewhere) {
    problems.push(
      own
        ? problem('warning', 'no-activities', { file: fileName, sheet: grid.name }, 'in de uitvraag is geen activiteit ingevuld. Is dit het goede (ingevulde) bestand?')
        : problem(
            'warning',
            'no-activities',
            { file: fileName, sheet: grid.name, row: layout.headerRow },
            'onder deze kopregel staat geen activiteit. Is dit het goede (ingevulde) bestand?',
          ),
    );
  }
  return read;
}

interface Candidate {
  grid: Grid;
  layout: TableLayout;
  rows: number;
  score: number;
}

/**
 * What looks like cards' labels in a column of a table under its own heading, the activity named in another column
 * ("Activiteit | Soort": "project", "besluit", "overleg", "intern"): the table's kind of each row, not cards.
 */
function kindsInTable({ layout }: Candidate, cards: CardLayout): boolean {
  const activity = layout.columns.find((c) => c.field === 'activity');
  return (
    !layout.activityGuessed &&
    activity !== undefined &&
    activity.column !== cards.labelColumn &&
    (cards.starts[0] ?? 0) > layout.headerRow &&
    layout.columns.some((c) => c.column === cards.labelColumn)
  );
}

/** A partner's own layout: the best-scoring sheet's activity table. */
function readPartner(grids: Grid[], fileName: string, problems: ImportProblem[], { planningYear: chosenYear, municipality, places, parties, partyName }: ReadWorkbookOptions): Body {
  const candidatesOf = (list: Grid[]): Candidate[] =>
    list.flatMap((grid) => {
      const layout = findTable(grid);
      if (!layout) return [];
      const rows = countActivityRows(grid, layout);
      return [{ grid, layout, rows, score: layout.score + 0.1 * Math.min(20, rows) }];
    });
  // A sheet of the lists behind the dropdowns ("Keuzelijsten", "Lookup") holds no activities, unless nothing else does.
  const listed = grids.filter((g) => !LOOKUP_SHEET.test(g.name.trim()));
  const pool = listed.length > 0 ? listed : grids;
  let candidates = candidatesOf(pool.filter((g) => g.state === 'visible'));
  if (candidates.length === 0) candidates = candidatesOf(pool.filter((g) => g.state !== 'visible'));
  if (candidates.length === 0 && parties) candidates = partyColumnCandidates(pool, parties, fileName, problems);
  candidates.sort((a, b) => b.score - a.score);
  // A sheet of the agreement's afspraken beside the plan ("Afspraken", for a lookup of their codes) is read only when nothing else is.
  const ofAgreement = (c: Candidate): boolean => AGREEMENT_SHEET.test(c.grid.name.trim());
  const chosen = candidates.find((c) => !ofAgreement(c) && c.rows > 0) ?? candidates[0];
  // A workbook of forms, one per sheet ("Act 1", "Act 2", …): every form is read.
  const area = municipality === undefined ? undefined : workArea(municipality, places, partyName);
  const forms = readActivityForms(grids, fileName, problems, area);
  // Read without a table, as a table's rows: what says it lapses, is undecided or was done before the year is no activity of it.
  const withStatus = (body: Body): Body => {
    const year = chosenYear ?? body.yearHint;
    return setAsideByStatus(body, year === undefined ? {} : { planningYear: year }, fileName, problems);
  };
  if (forms) return withStatus(forms);
  const cards = chosen ? cardLayout(chosen.grid) : null;
  if (!chosen || (cards !== null && !kindsInTable(chosen, cards))) {
    const carded = readActivityCards(grids, fileName, problems);
    if (carded) return withStatus(carded);
  }
  if (!chosen) {
    const blocks = readActivityBlocks(grids, fileName, problems);
    if (blocks) return withStatus(blocks);
    const listed = readMarkedList(grids, fileName, problems, area);
    if (listed) return withStatus(listed);
    throw refuse(
      fileName,
      'bevat geen tabel met activiteiten. We zoeken een kopregel met een kolom zoals "Activiteit", "Omschrijving activiteit" of "Wat gaan we doen?", ' +
        'met daaronder één activiteit per regel. Zet de activiteiten zo in een tabel, of gebruik de uitvraag van de werkgroep, en importeer opnieuw.',
    );
  }

  const { grid, layout } = chosen;
  // One table split over sheets in the same layout ("Wonen", "Leefbaarheid", …): all of it is read.
  // Not last year's sheet kept beside this year's ("Jaarplan 2026", "Jaarplan 2027"): a sheet that names another year is another overview.
  const years = yearsAbove(chosen);
  // Another sheet of this year's activities in its own columns ("Fysiek", "Sociaal"; "Communicatie") is read too: nothing is left behind.
  // Not a sheet kept as last year's copy ("2026 (oud)", "Archief", "vorig jaar"), nor one its name dates before the year.
  // The title's year, known before the rows are read: a table with a column per year is read by it.
  const hints = findHints(titleTexts(grids, grid, layout.headerRow), fileName);
  // The year the rows are read for: the one chosen, else the one the file names.
  const year = chosenYear ?? hints.yearHint;
  const keptCopy = (c: Candidate): boolean => {
    const named = yearsOf(c.grid.name);
    return OLD_SHEET.test(c.grid.name) || (year !== undefined && named.length > 0 && named.every((y) => y < year));
  };
  // Nor is it read beside the plan: it holds no activities of the sender.
  const agreementCopy = (c: Candidate): boolean => c !== chosen && ofAgreement(c);
  const sameYear = candidates.filter(
    (c) =>
      c !== chosen && c.rows > 0 && c.grid.state === grid.state && !keptCopy(c) && !agreementCopy(c) && yearsAbove(c).every((y) => years.length === 0 || years.includes(y)),
  );
  const sameLayout = sameYear.filter((c) => layoutKey(c.layout) === layoutKey(layout));
  const others = candidates.filter((c) => c !== chosen && c.rows > 0 && !sameYear.includes(c) && !agreementCopy(c));
  if (others.length > 0) {
    // The sheets read, in the workbook's order.
    const sheetsRead = [chosen, ...sameYear].map((c) => c.grid).sort((a, b) => grids.indexOf(a) - grids.indexOf(b));
    const readSheets = sheetsRead.length === 1 ? 'alleen dit blad is gelezen' : `alleen de bladen ${sheetsRead.map((g) => `"${g.name}"`).join(', ')} zijn gelezen`;
    problems.push(
      problem(
        'warning',
        'several-sheets',
        { file: fileName, sheet: grid.name },
        `ook ${others.map((o) => `blad "${o.grid.name}"`).join(' en ')} lijkt activiteiten te bevatten; ${readSheets}. ` +
          'Staan er activiteiten op meer bladen, zet ze dan op één blad of importeer ze als aparte bestanden.',
      ),
    );
  }

  if (hints.conflictingYears) {
    const [title, file] = hints.conflictingYears;
    problems.push(
      problem(
        'warning',
        'year-conflict',
        { file: fileName },
        `de titel noemt ${title}, de bestandsnaam ${file}; voorgesteld is planningsjaar ${title}. Controleer het planningsjaar.`,
      ),
    );
  }

  const parts = [chosen, ...sameYear].sort((a, b) => grids.indexOf(a.grid) - grids.indexOf(b.grid));
  // The sender: as chosen, or else as the title or the file name names it, as the preview proposes it.
  const sender = parties?.own ?? (hints.partyHint === undefined ? null : (parties?.of(hints.partyHint) ?? null));
  let read: ReadTable | undefined;
  const titled: TitledTable[] = [];
  const reads = parts.flatMap((part) => {
    const tables = stackedTables(part.grid, part.layout);
    return tables.map((table) => {
      const layout = parties && sender !== null ? withOthersRoleApart(table.layout, sender, parties, fileName, part.grid.name, problems) : table.layout;
      const one = readActivities(part.grid, layout, fileName, problems, false, table.lastRow, {
        ...(year === undefined ? {} : { planningYear: year }),
        ...(municipality === undefined ? {} : { municipality }),
        ...(places === undefined ? {} : { places }),
        ...(partyName === undefined ? {} : { partyName }),
      });
      // Sheets per theme: the sheet's name is the scope of the rows that have none of their own.
      if (parts.length > 1) for (const act of one.activities) act.section ??= part.grid.name;
      if (part === chosen && table.layout === part.layout) read = one;
      if (tables.length > 1) titled.push({ read: one, sheet: part.grid.name, ...tableTitle(part.grid, table.layout.headerRow) });
      return one;
    });
  });
  if (parts.length > 1) {
    const names = parts.map((p) => `"${p.grid.name}"`).join(', ');
    problems.push(
      problem(
        'warning',
        'several-sheets-read',
        { file: fileName },
        sameLayout.length === sameYear.length
          ? `de activiteiten staan op ${parts.length} bladen met dezelfde kolommen (${names}); ze zijn alle gelezen, als één overzicht.`
          : `de activiteiten staan op ${parts.length} bladen, elk met eigen kolommen (${names}); ze zijn alle gelezen, als één overzicht. Controleer of elk blad activiteiten bevat.`,
      ),
    );
  }

  if (year !== undefined) setAsideEarlierTables(titled, year, fileName, problems);

  const body: Body = {
    meta: null,
    sheet: grid.name,
    headerRow: layout.headerRow,
    columns: (read as ReadTable).columns,
    activities: labelledLinesApart(
      withoutRepeats(
        reads.flatMap((r) => r.activities),
        fileName,
        problems,
      ),
    ),
    notes: reads.flatMap((r) => r.notes),
    rowsRead: reads.reduce((sum, r) => sum + r.rowsRead, 0),
  };
  if (hints.partyHint !== undefined) body.partyHint = hints.partyHint;
  if (hints.yearHint !== undefined) body.yearHint = hints.yearHint;
  const statused = setAsideByStatus(
    body,
    { ...(year === undefined ? {} : { planningYear: year }), ...(hints.asOf ? { asOf: hints.asOf } : {}), above: linesAbove(grid, layout.headerRow) },
    fileName,
    problems,
  );
  // The planning year's column read as the activity, its subject beside it: "Jaarvergadering: april, …" (after the
  // status rules, which read the year's own words: "afgerond", "vervalt in 2028").
  const subjected = year === undefined ? statused : subjectBeforeYearText(statused, year);
  return { ...subjected, activities: spelledOut(subjected.activities, year, fileName, problems) };
}

/**
 * A role column named for another party than the sender ("Rol Bewonersraad" in De Kernen's file) holds that
 * party's part, not the sender's: it is read as that party's column, its values kept as an extra field (shown
 * in the app, not printed) and not as the sender's role, which the link would weigh and a dash would make "geen
 * eigen bijdrage". Said in a warning naming the column.
 */
function withOthersRoleApart(layout: TableLayout, sender: string, parties: PartyColumnsOptions, fileName: string, sheet: string, problems: ImportProblem[]): TableLayout {
  const role = layout.columns.find((c) => c.field === 'role');
  const named = role === undefined ? null : parties.of(role.header.replace(ROLE_WORD, '').trim());
  if (role === undefined || named === null || named === sender) return layout;
  if (!problems.some((p) => p.code === 'others-role-column' && p.sheet === sheet && p.column === columnLetter(role.column))) {
    problems.push(
      problem(
        'warning',
        'others-role-column',
        { file: fileName, sheet, row: layout.headerRow, column: columnLetter(role.column) },
        `de kolom ${quote(role.header)} gaat over de rol van een andere partij dan de inzender; de waarden zijn bewaard als extra gegeven, niet gelezen als eigen rol.`,
      ),
    );
  }
  return { ...layout, columns: layout.columns.map((c) => (c === role ? { ...c, field: null } : c)), otherPartyColumns: [...(layout.otherPartyColumns ?? []), role.column] };
}

/** One of several tables on a sheet, with the line that titles it ("A. TERUGBLIK 2027") and the years that line names. */
interface TitledTable {
  read: ReadTable;
  sheet: string;
  title: string;
  titleRow: number;
  years: number[];
}

/** How far above its header a table's title may stand. */
const TITLE_ROWS = 2;

/** The first filled line within TITLE_ROWS above a table's header, and the years it names (not a period like 2025-2028). */
function tableTitle(grid: Grid, headerRow: number): { title: string; titleRow: number; years: number[] } {
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - TITLE_ROWS); r--) {
    const title = [...(grid.rows.get(r)?.values() ?? [])].map((c) => c.text.trim()).filter((t) => t !== '').join(' ');
    if (title === '') continue;
    const years = [...new Set(yearsOf(title.replace(/\b20\d\d\s*(?:[-–—]|t\/m)\s*20\d\d\b/g, ' ')))];
    return { title, titleRow: r, years };
  }
  return { title: '', titleRow: headerRow, years: [] };
}

/**
 * Last year's table kept above this year's on one sheet ("A. TERUGBLIK 2027" over "B. PLANNING 2028"):
 * when one of a sheet's tables is titled with the planning year, a table titled with earlier years
 * only is another year's. Its rows are kept as notes of the submission, with one warning naming the
 * table, so nothing is lost and the secretary sees why.
 */
function setAsideEarlierTables(tables: TitledTable[], planningYear: number, fileName: string, problems: ImportProblem[]): void {
  for (const table of tables) {
    const earlier = table.years.length > 0 && table.years.every((y) => y < planningYear);
    const thisYear = tables.some((t) => t.sheet === table.sheet && t.years.includes(planningYear));
    if (!earlier || !thisYear || table.read.activities.length === 0) continue;
    const rows = table.read.activities;
    table.read.notes = withRowsAsNotes(table.read.notes, rows);
    table.read.activities = [];
    problems.push(
      problem(
        'warning',
        'earlier-year-table',
        { file: fileName, sheet: table.sheet, row: table.titleRow },
        `de tabel onder ${quote(table.title, 80)} gaat over ${table.years.join(' en ')}, niet over ${planningYear}: haar ${rows.length === 1 ? 'regel is' : `${rows.length} regels zijn`} bewaard als opmerking bij het overzicht, niet als activiteit. Hoort de tabel er wel bij, zet dan ${planningYear} in haar titel en importeer opnieuw.`,
      ),
    );
  }
}

/** A sheet that repeats at least this many of the earlier sheets' activities, and at least half of its own, sums them up. */
const SUMMARY_REPEATS = 3;
/** A sheet named as a summary: "Samenvatting", "Totaaloverzicht 2027", "Overzicht alle activiteiten", "Alle activiteiten". */
const SUMMARY_SHEET = /^(samenvatting|totaal(overzicht)?|overzicht(\s+alle\s+activiteiten)?|alle\s+activiteiten|summary)(\s+20\d\d)?$/i;

/**
 * A summary sheet ("Totaal") that repeats the rows of the sheets before it: an activity written
 * again, word for word, on such a sheet is read once, where it first stands; the repeat is named
 * so the secretary can see it. A sheet named as a summary ("Samenvatting", "Totaaloverzicht") is one
 * whatever it repeats, and where it stands before the sheets it sums up, a row is read on its own
 * sheet. The same words on two sheets that do not sum each other up ("Wijkschouw" on the sheet of
 * Deest and of Druten) are two activities, and so are the same words twice on one sheet: they stay.
 */
const namedSummary = (sheet: string): boolean => SUMMARY_SHEET.test(sheet.trim());

function withoutRepeats(activities: ReadActivity[], fileName: string, problems: ImportProblem[]): ReadActivity[] {
  const first = new Map<string, ReadActivity>();
  const repeats = new Map<ReadActivity, ReadActivity>();
  for (const act of activities) {
    const text = normalizeForSearch(act.activity);
    const earlier = first.get(text);
    if (!earlier) first.set(text, act);
    else if (earlier.sheet !== act.sheet && namedSummary(earlier.sheet) && !namedSummary(act.sheet)) {
      repeats.set(earlier, act);
      first.set(text, act);
    } else if (earlier.sheet !== act.sheet) repeats.set(act, earlier);
  }
  const perSheet = (list: Iterable<ReadActivity>): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const act of list) counts.set(act.sheet, (counts.get(act.sheet) ?? 0) + 1);
    return counts;
  };
  const shortened = shortenedRepeats(activities, repeats);
  for (const [act, original] of shortened) repeats.set(act, original);
  const all = perSheet(activities);
  const repeated = perSheet(repeats.keys());
  const summary = (sheet: string): boolean =>
    namedSummary(sheet) || ((repeated.get(sheet) ?? 0) >= SUMMARY_REPEATS && 2 * (repeated.get(sheet) ?? 0) >= (all.get(sheet) ?? 0));
  return activities.filter((act) => {
    const earlier = repeats.get(act);
    // A row that names the sheet it shortens a row of says so itself; a word-for-word repeat counts on a summary only.
    if (!earlier || (!summary(act.sheet) && !shortened.has(act))) return true;
    problems.push(
      problem(
        'warning',
        'repeated-row',
        activityPlace(fileName, act),
        `${quote(act.activity, 80)} staat ook op blad "${earlier.sheet}", rij ${earlier.rowNumber}${shortened.has(act) ? ` (daar voluit: ${quote(earlier.activity, 60)})` : ''}; ` +
          'het is één keer gelezen, als activiteit van dat blad.',
      ),
    );
    return false;
  });
}

/** Of a shortened row's words, at least this share must stand in the row it shortens. */
const SHORTENED_SHARE = 0.75;

/**
 * A summary that names, per row, the sheet the row comes from ("Druten | Zonnepanelen Julianastraat e.o." beside a
 * sheet "Druten"), its text shortened: a row whose words stand in a row of the sheet it names is that row again. Only
 * rows not already a word-for-word repeat; each with the row it shortens.
 */
function shortenedRepeats(activities: readonly ReadActivity[], repeats: ReadonlyMap<ReadActivity, ReadActivity>): Map<ReadActivity, ReadActivity> {
  const bySheet = groupBy(activities, (act) => act.sheet.trim().toLowerCase());
  const found = new Map<ReadActivity, ReadActivity>();
  if (bySheet.size < 2) return found;
  // A row's words, read when first asked: only rows that name another sheet, and the rows of the sheets they name.
  const words = new Map<ReadActivity, ReadonlySet<string>>();
  const wordsOf = (act: ReadActivity): ReadonlySet<string> => {
    let known = words.get(act);
    if (!known) words.set(act, (known = new Set(contentWords(act.activity))));
    return known;
  };
  // Per sheet, its rows by word, made when a row first names the sheet: a row is looked for through its words.
  const indexes = new Map<string, Map<string, ReadActivity[]>>();
  const indexOf = (sheet: string): Map<string, ReadActivity[]> => {
    let index = indexes.get(sheet);
    if (!index) indexes.set(sheet, (index = groupByEach(bySheet.get(sheet) ?? [], wordsOf)));
    return index;
  };
  for (const act of activities) {
    if (repeats.has(act)) continue;
    const named = Object.values(act.extra)
      .map((value) => value.trim().toLowerCase())
      .find((sheet) => sheet !== act.sheet.trim().toLowerCase() && bySheet.has(sheet));
    if (named === undefined) continue;
    const own = [...wordsOf(act)];
    if (own.length === 0) continue;
    // The rows that share a word telling rows apart (one on many rows tells none apart), then the share of all its words.
    const index = indexOf(named);
    const among = new Set(own.flatMap((w) => {
      const rows = index.get(w) ?? [];
      return rows.length <= TELLING_ROWS ? rows : [];
    }));
    const original = [...among].find((row) => own.filter((w) => wordsOf(row).has(w)).length >= SHORTENED_SHARE * own.length);
    if (original) found.set(act, original);
  }
  return found;
}

/** A word on more rows of a sheet than this tells none of them apart: a shortened row is looked for through rarer words. */
const TELLING_ROWS = 64;

/**
 * No table, but a list typed in one column, as an e-mail pasted into a sheet
 * ("Wonen en huur:", "- weer advies geven over de huurverhoging …"): its
 * marked lines are the activities, a short line ending in a colon heads the
 * lines under it, and every other line (greeting, signature) is kept as a
 * note. Said in a warning, so the secretary checks it. Null when no sheet
 * holds such a list.
 */
function readMarkedList(grids: Grid[], fileName: string, problems: ImportProblem[], area: WorkArea | undefined): Body | null {
  for (const grid of grids.filter((g) => g.state === 'visible')) {
    const layout = markedListLayout(grid);
    if (!layout) continue;
    const listed = readTable(grid, layout, { file: fileName, markedList: true });
    // An item that names only another gemeente ("Wijkschouw in Weurt (gemeente Beuningen)") is no work under these afspraken.
    const read = area === undefined ? listed : setAsideOtherMunicipalities(listed, fileName, area);
    problems.push(
      problem(
        'warning',
        'marked-list',
        { file: fileName, sheet: grid.name },
        `bevat geen tabel, wel een lijst: de ${read.activities.length} regels die met een streepje, opsommingsteken, letter („a.”) of nummer („1)”) beginnen zijn als activiteiten gelezen, ` +
          'de andere regels als opmerkingen. Controleer ze; een tabel met een kolom Activiteit leest nauwkeuriger.',
      ),
      ...read.problems,
    );
    return bodyWithoutTable(grid, 'list', layout.headerRow, read, findHints({ own: [], other: [] }, fileName));
  }
  return null;
}

/**
 * No table, but blocks of text lines, a blank row between them: a title, then "Wat: …",
 * "Wanneer: …". Each block is one activity; said in a warning, so the secretary checks the
 * reading. Null when no visible sheet is written so.
 */
function readActivityBlocks(grids: Grid[], fileName: string, problems: ImportProblem[]): Body | null {
  for (const grid of grids.filter((g) => g.state === 'visible')) {
    const layout = textBlocksLayout(grid);
    if (!layout) continue;
    const read = readTextBlocks(grid, layout, fileName);
    problems.push(
      problem(
        'warning',
        'text-blocks',
        { file: fileName, sheet: grid.name },
        `bevat geen tabel, wel ${layout.blocks.length} blokken tekst: per blok een titel met regels als "Wat: …" en "Wanneer: …". ` +
          `Elke titel is met zijn regels als één activiteit gelezen (${read.activities.length}). Controleer ze; een tabel met één activiteit per regel leest nauwkeuriger.`,
      ),
      ...read.problems,
    );
    const start = layout.blocks[0]?.rows[0] as number;
    return bodyWithoutTable(grid, 'blocks', start - 1, read, findHints(titleTexts(grids, grid, start), fileName));
  }
  return null;
}

/**
 * No table, but a card per activity: a block of rows with a label and its
 * value ("Omschrijving", "Wie doet mee", …), the same labels for each card.
 * Each card is one activity; said in a warning, so the secretary checks the
 * reading. Null when no visible sheet holds cards.
 */
function readActivityCards(grids: Grid[], fileName: string, problems: ImportProblem[]): Body | null {
  for (const grid of grids.filter((g) => g.state === 'visible')) {
    const layout = cardLayout(grid);
    if (!layout) continue;
    const read = readCards(grid, layout, fileName);
    problems.push(
      problem(
        'warning',
        'activity-cards',
        { file: fileName, sheet: grid.name },
        `bevat geen tabel, wel ${layout.starts.length} kaarten met steeds dezelfde velden; elke kaart met een omschrijving is als één activiteit gelezen ` +
          `(${read.activities.length}). Controleer ze; een tabel met één activiteit per regel leest nauwkeuriger.`,
      ),
      ...read.problems,
    );
    const start = layout.starts[0] as number;
    return bodyWithoutTable(grid, 'cards', start - 1, read, findHints(titleTexts(grids, grid, start), fileName));
  }
  return null;
}

/** The least number of sheets with a form for a workbook to be read as forms. */
const MIN_FORM_SHEETS = 2;

/**
 * A workbook of forms: a sheet per activity (or two cards on one), each a label and its value per row
 * ("Activiteit:" | "Wijkschouw Deest", "Hoort bij afspraak:" | "5.1 bij 2", …). Every form is read, on its own
 * sheet, the activity at the row of its text; a form left empty is none (a warning names it); a sheet without a
 * form (a cover, an instruction) is passed by. Null when fewer than two sheets hold a form.
 */
function readActivityForms(grids: Grid[], fileName: string, problems: ImportProblem[], area?: WorkArea): Body | null {
  const sheets = grids
    .filter((g) => g.state === 'visible')
    .flatMap((grid) => {
      const layout = cardLayout(grid) ?? formLayout(grid);
      return layout ? [{ grid, layout }] : [];
    });
  if (sheets.length < MIN_FORM_SHEETS) return null;
  const reads = sheets.map(({ grid, layout }) => ({ grid, layout, read: readCards(grid, layout, fileName) }));
  const activities = reads.flatMap(({ read }) =>
    read.activities.map((act) => {
      // The activity stands where its text is ("Activiteit:" under "Hoort bij:"), as the secretary finds it.
      const at = act.fieldRows?.activity;
      if (at === undefined) return act;
      const { activity: _moved, ...fieldRows } = act.fieldRows ?? {};
      const placed: ReadActivity = { ...act, rowNumber: at };
      if (Object.keys(fieldRows).length > 0) placed.fieldRows = fieldRows;
      else delete placed.fieldRows;
      return placed;
    }),
  );
  problems.push(
    problem(
      'warning',
      'activity-cards',
      { file: fileName },
      `bevat geen tabel, wel ${sheets.length} bladen met een formulier (${sheets.map(({ grid }) => quote(grid.name)).join(', ')}); elk formulier met een omschrijving is als activiteit gelezen ` +
        `(${activities.length}). Controleer ze; een tabel met één activiteit per regel leest nauwkeuriger.`,
    ),
    ...reads.flatMap(({ read }) => read.problems),
  );
  const [first] = reads as [(typeof reads)[number]];
  const columns = [...new Map(reads.flatMap(({ read }) => read.columns).map((c) => [c.header, c])).values()];
  const all: ReadTable = {
    activities,
    notes: reads.flatMap(({ read: r }) => r.notes),
    columns,
    rowsRead: reads.reduce((n, { read: r }) => n + r.rowsRead, 0),
    problems: [],
  };
  // A form for another gemeente ("Huurdersoverleg in Dreumel (gemeente West Maas en Waal)") is no work under these afspraken.
  const read = area === undefined ? all : setAsideOtherMunicipalities(all, fileName, area);
  problems.push(...read.problems);
  const start = first.layout.starts[0] as number;
  return bodyWithoutTable(first.grid, 'forms', start - 1, read, findHints(titleTexts(grids, first.grid, start), fileName));
}

/** What a sheet without a table gives: its layout, the row above its first activity, what was read, the title's party and year. */
function bodyWithoutTable(grid: Grid, layout: NonNullable<Body['layout']>, headerRow: number, read: ReadTable, hints: ReturnType<typeof findHints>): Body {
  const body: Body = { meta: null, sheet: grid.name, headerRow, layout, columns: read.columns, activities: read.activities, notes: read.notes, rowsRead: read.rowsRead };
  if (hints.partyHint !== undefined) body.partyHint = hints.partyHint;
  if (hints.yearHint !== undefined) body.yearHint = hints.yearHint;
  return body;
}

/** The years a sheet names in its name or in the rows above its table ("Jaarplan 2027"). */
function yearsAbove(candidate: Candidate): number[] {
  const texts = [candidate.grid.name, ...candidate.grid.rowNumbers.filter((r) => r < candidate.layout.headerRow).flatMap((r) => [...(candidate.grid.rows.get(r)?.values() ?? [])].map((c) => c.text))];
  return [...new Set(texts.flatMap(yearsOf))];
}

/**
 * The tables of one sheet, top to bottom: a partner may put two tables on one
 * sheet, each under its own header ("Tabel 1 – Vastgoed", "Tabel 2 – Wonen");
 * each is read with its own columns, up to the next one's header.
 */
function stackedTables(grid: Grid, layout: TableLayout): { layout: TableLayout; lastRow?: number }[] {
  const tables: { layout: TableLayout; lastRow?: number }[] = [{ layout }];
  // A header names its columns in a few words, with no number among them; a row of activities does not.
  // And it stands apart, under an empty row or a title: a row right under another row of the table is one
  // of its activities, even when it reads like a header ("Activiteit nummer 4" | "Trekker").
  const ownTexts = (r: number): number => [...(grid.rows.get(r)?.values() ?? [])].filter((cell) => cell.text !== '').length;
  const isHeader = (found: TableLayout): boolean =>
    !found.activityGuessed &&
    found.columns.filter((c) => !c.headerless).length >= 2 &&
    ownTexts(found.headerRow - 1) <= 1 &&
    [...(grid.rows.get(found.headerRow)?.values() ?? [])].every((cell) => cell.number === undefined && cell.text.length <= 40);
  for (let top = layout.headerRow; ; ) {
    const above = findTableOf(grid, ACTIVITY_TABLE, { toRow: top - 1 });
    if (!above || !isHeader(above) || countRows(grid, above, 'activity', top - 1) === 0) break;
    tables.unshift({ layout: above, lastRow: top - 1 });
    top = above.headerRow;
  }
  for (let last = tables[tables.length - 1] as { layout: TableLayout; lastRow?: number }; ; ) {
    const below = findTableOf(grid, ACTIVITY_TABLE, { fromRow: last.layout.headerRow + 1 });
    if (!below || !isHeader(below) || countActivityRows(grid, below) === 0) break;
    last.lastRow = below.headerRow - 1;
    last = { layout: below };
    tables.push(last);
  }
  return tables;
}

/** A table's layout as its columns' places, fields and headings: equal for one table split over sheets. */
function layoutKey(layout: TableLayout): string {
  return JSON.stringify(layout.columns.filter((c) => !c.headerless).map((c) => [c.column, c.field, c.header.trim().toLowerCase()]));
}

/** The rows above a table's header, each as one line, its cells apart by " | " (a legend over three cells is one legend). */
function linesAbove(grid: Grid, headerRow: number): SubmissionNote[] {
  return grid.rowNumbers
    .filter((r) => r < headerRow)
    .map((r) => ({ sheet: grid.name, row: r, text: [...(grid.rows.get(r)?.values() ?? [])].map((cell) => cell.text).filter((t) => t !== '').join(' | ') }))
    .filter((line) => line.text !== '');
}

/**
 * Title texts: the chosen sheet's name and the rows above its header (own),
 * then the first rows of the other visible sheets, such as a cover sheet (other).
 */
export function titleTexts(grids: Grid[], chosen: Grid, headerRow: number): { own: string[]; other: string[] } {
  const textsOf = (grid: Grid, take: (r: number, index: number) => boolean): string[] => {
    const texts: string[] = [];
    grid.rowNumbers.forEach((r, index) => {
      if (!take(r, index)) return;
      for (const cell of grid.rows.get(r)?.values() ?? []) if (cell.text !== '') texts.push(cell.text.replace(/\s+/g, ' '));
    });
    return texts;
  };
  const own = [chosen.name, ...textsOf(chosen, (r) => r < headerRow)];
  const other = grids
    .filter((g) => g !== chosen && g.state === 'visible')
    .flatMap((g) => textsOf(g, (_r, index) => index < TITLE_ROWS_OF_OTHER_SHEETS));
  return { own, other };
}

/** Where the werkgroep works, for setAsideOtherMunicipalities. */
function workArea(municipality: string, places: readonly string[] | undefined, partyName: string | undefined): WorkArea {
  return { municipality, ...(places === undefined ? {} : { places }), ...(partyName === undefined ? {} : { partyName }) };
}
