// The uitvraag workbook for one party's activiteitenoverzicht of one planning
// year. Pure of the database: plain data in, the bytes of an .xlsx out.
// The layout (sheets, columns, lists, meta) comes from template.ts, which the
// import reader shares, so a returned workbook is read exactly.
import type { DataValidation, Worksheet } from 'exceljs';
import type { AgreementRow } from '../domain/agreements';
import { finishInputTable, frameTable, lockAsPrefilled, startInputTable, styleColumns } from './input-table';
import { buildInstructions, requestDeadline } from './instructions';
import { requestMeta, requestWorkbookBytes, startRequestWorkbook, type RequestInputBase } from './request-workbook';
import { rowHeightFor } from './row-height';
import { MUNICIPAL_ROLES, SHEETS, TENANT_ROLES, agreementKey, columnsFor, planningOptions, type ActivityField } from './template';
import {
  GRID_BORDER,
  INPUT_TAB_COLOR,
  PREFILL_FONT,
  TITLE_COLOR,
  font,
  headingCell,
  listAllowingOwnText,
  rangeValidations,
  safeFileNamePart,
  strictList,
  type ListColumn,
} from './workbook-style';

export interface ActivityRequestInput extends RequestInputBase {
  planningYear: number;
  /** Every afspraak of the set, for the reference sheet and the dropdown. */
  agreements: AgreementRow[];
  /** Ids of the afspraken to prefill: those this party leads that are active in the planning year (the caller decides). */
  prefillIds: number[];
}

/** How many rows below the header carry the dropdowns; the sheet itself stays open below them. */
export const INPUT_ROWS = 1000;
/** The activities sheet's header row: a title and a one-line hint stand above it. */
export const ACTIVITY_HEADER_ROW = 3;
/** Separates the reference from the text in the Afspraak column: "1.1 bij 1 (1) – Woonwaarts zet in …". */
export const AGREEMENT_LABEL_SEPARATOR = ' – ';
const LABEL_TEXT_CHARS = 60;
/** "Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx", with nothing a file system refuses. */
export function requestFileName(partyShortName: string, planningYear: number): string {
  const party = safeFileNamePart(partyShortName) || 'partij';
  return `Uitvraag activiteitenoverzicht ${planningYear} - ${party}.xlsx`;
}

/** The dropdown entry for an afspraak: its reference and the start of its text. */
export function agreementLabel(agreement: Pick<AgreementRow, 'reference' | 'text'>): string {
  return `${agreement.reference}${AGREEMENT_LABEL_SEPARATOR}${shorten(agreement.text, LABEL_TEXT_CHARS)}`;
}

/** What a prefilled row shows in the Afspraak column: the reference and the whole text. */
export function agreementFullLabel(agreement: Pick<AgreementRow, 'reference' | 'text'>): string {
  return `${agreement.reference}${AGREEMENT_LABEL_SEPARATOR}${agreement.text.replace(/\s+/g, ' ').trim()}`;
}

/** The afspraak dropdown: a label from the list, or the partner's own text after a warning. */
export function agreementListRule(ref: string): DataValidation {
  return listAllowingOwnText(
    ref,
    'Afspraak',
    'Deze tekst staat niet in de lijst van afspraken. Klik op Ja om hem toch te gebruiken, of kies een afspraak uit de lijst.',
  );
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function partyLabel(ref: AgreementRow['lead'][number]): string {
  return ref.written;
}

export async function writeActivityRequest(input: ActivityRequestInput): Promise<{ fileName: string; data: Buffer }> {
  const byId = new Map(input.agreements.map((a) => [a.id, a]));
  for (const id of input.prefillIds) {
    if (!byId.has(id)) throw new Error(`Afspraak ${id} staat niet in de afspraken van ${input.agreementSet.code}.`);
  }
  const prefillSet = new Set(input.prefillIds);
  // In the order of the agreement, whatever order the caller gave.
  const prefilled = input.agreements.filter((a) => prefillSet.has(a.id));

  const otherParties = input.parties.filter((p) => p.id !== input.party.id).map((p) => p.shortName);
  const roles = input.party.kind === 'municipality' ? MUNICIPAL_ROLES : input.party.kind === 'tenant-body' ? TENANT_ROLES : [];
  const book = startRequestWorkbook({
    title: `Uitvraag activiteitenoverzicht ${input.planningYear} – ${input.party.name}`,
    subject: input.agreementSet.title,
    createdAt: input.createdAt,
    tables: [{ name: SHEETS.activities, tabColor: INPUT_TAB_COLOR }, { name: SHEETS.agreements }],
    lists: [input.agreements.map(agreementLabel), otherParties, planningOptions(input.planningYear), roles],
    instructions: buildInstructions({
      partyName: input.party.name,
      kind: input.party.kind,
      planningYear: input.planningYear,
      agreementSetTitle: input.agreementSet.title,
      cycleSection: input.agreementSet.cycleSection,
      cycleDates: input.agreementSet.cycleDates,
      contact: input.contact,
      prefillCount: prefilled.length,
      agreementCount: input.agreements.length,
    }),
    footer: footerText(input),
  });
  const [activitySheet, agreementSheet] = book.tables as [Worksheet, Worksheet];
  const [agreementList, partyList, planningList, roleList] = book.lists as [ListColumn, ListColumn, ListColumn, ListColumn];
  const layout = await writeActivitySheet(activitySheet, input, prefilled, {
    agreement: agreementList,
    party: partyList,
    planning: planningList,
    role: roleList,
  });
  writeAgreementSheet(agreementSheet, input, prefillSet);

  const data = await requestWorkbookBytes(book, requestMeta('activities', input, input.planningYear, layout));
  return { fileName: requestFileName(input.party.shortName, input.planningYear), data };
}

function footerText(input: ActivityRequestInput): string {
  return `Uitvraag activiteitenoverzicht ${input.planningYear} – ${input.party.name}`;
}

/** The prefilled afspraak texts are long; a wider column keeps those rows readable. */
const WIDTH_OVERRIDES: Partial<Record<ActivityField, number>> = { agreementRef: 44 };

interface Lists {
  agreement: ListColumn;
  party: ListColumn;
  planning: ListColumn;
  role: ListColumn;
}

async function writeActivitySheet(
  sheet: Worksheet,
  input: ActivityRequestInput,
  prefilled: AgreementRow[],
  lists: Lists,
): Promise<{ headerRow: number; columns: Partial<Record<ActivityField, number>> }> {
  const specs = columnsFor(input.party.kind);
  const headerRow = ACTIVITY_HEADER_ROW;
  const firstInputRow = headerRow + 1;
  const lastInputRow = headerRow + INPUT_ROWS;
  const columns: Partial<Record<ActivityField, number>> = {};
  specs.forEach((spec, index) => {
    columns[spec.field] = index + 1;
  });
  const col = (field: ActivityField): number => {
    const n = columns[field];
    if (n === undefined) throw new Error(`Kolom ${field} ontbreekt.`);
    return n;
  };
  const letter = (field: ActivityField): string => sheet.getColumn(col(field)).letter;

  startInputTable(sheet, {
    headerRow,
    // Every column is open: a row the partner adds is theirs, key and afspraak included.
    columns: specs.map((spec) => ({ ...spec, width: WIDTH_OVERRIDES[spec.field] ?? spec.width, locked: false, key: spec.field === 'key' })),
    title: `Activiteitenoverzicht ${input.planningYear} – ${input.party.name}`,
    hint:
      `Eén activiteit per regel; stuur het bestand ${requestDeadline(input.planningYear, input.agreementSet.cycleDates)} terug. ` +
      (prefilled.length > 0 ? 'Grijze afspraakteksten zijn vooraf ingevuld; ' : '') +
      'voeg onderaan zoveel regels toe als nodig. Uitleg: blad Toelichting en de kolomkoppen.',
  });

  prefilled.forEach((agreement, index) => {
    const row = sheet.getRow(firstInputRow + index);
    const key = row.getCell(col('key'));
    key.value = agreementKey(agreement.id);
    lockAsPrefilled(key);
    const ref = row.getCell(col('agreementRef'));
    ref.value = agreementFullLabel(agreement);
    lockAsPrefilled(ref, PREFILL_FONT);
    // Tall enough for the whole afspraak, and for an answer of about that length beside it.
    row.height = rowHeightFor([{ text: ref.text, width: sheet.getColumn(col('agreementRef')).width ?? 30 }]);
  });
  // A light grid over the prefilled rows and a few empty ones invites filling
  // in without printing hundreds of empty boxes.
  const gridRows = prefilled.length + 10;
  for (let r = firstInputRow; r < firstInputRow + gridRows; r++) {
    for (let c = 1; c <= specs.length; c++) sheet.getCell(r, c).border = GRID_BORDER;
  }

  // One rule per range (see docs/architecture.md): cell-by-cell rules overlap
  // and LibreOffice and Excel may half-ignore them.
  const range = (field: ActivityField): string => `${letter(field)}${firstInputRow}:${letter(field)}${lastInputRow}`;
  const validations = rangeValidations(sheet);
  validations.add(range('agreementRef'), agreementListRule(lists.agreement.ref));
  validations.add(
    range('needsFrom'),
    listAllowingOwnText(lists.party.ref, 'Van wie?', 'Deze partij staat niet in de lijst. Klik op Ja om uw eigen tekst te gebruiken, bijvoorbeeld meer partijen.'),
  );
  validations.add(
    range('involved'),
    listAllowingOwnText(lists.party.ref, 'Betrokken partijen', 'Deze partij staat niet in de lijst. Klik op Ja om uw eigen tekst te gebruiken, bijvoorbeeld meer partijen.'),
  );
  validations.add(
    range('planning'),
    listAllowingOwnText(lists.planning.ref, 'Planning', 'Dit staat niet in de lijst. Klik op Ja om uw eigen planning te gebruiken, bijvoorbeeld een maand.'),
  );
  if (columns.role !== undefined && lists.role.values.length > 0) {
    validations.add(
      range('role'),
      input.party.kind === 'municipality'
        ? strictList(lists.role.ref, 'Rol van de gemeente', `Kies een rol uit de lijst: ${MUNICIPAL_ROLES.join(', ')}.`)
        : listAllowingOwnText(lists.role.ref, 'Onze rol', 'Deze rol staat niet in de lijst. Klik op Ja om de rol in eigen woorden te gebruiken.'),
    );
  }

  await finishInputTable(sheet, {
    headerRow,
    columnCount: specs.length,
    lastRow: lastInputRow,
    activeCell: `${letter('activity')}${firstInputRow}`,
    footer: footerText(input),
  });
  return { headerRow, columns };
}

function writeAgreementSheet(sheet: Worksheet, input: ActivityRequestInput, prefillSet: ReadonlySet<number>): void {
  const specs: { header: string; width: number; value: (a: AgreementRow) => string }[] = [
    { header: 'Referentie', width: 14, value: (a) => a.reference },
    { header: 'Thema', width: 20, value: (a) => `${a.themeNumber} ${a.themeTitle}` },
    { header: 'Onderwerp', width: 22, value: (a) => (a.topicNumber === String(a.themeNumber) ? a.topicTitle : `${a.topicNumber} ${a.topicTitle}`) },
    { header: 'Afspraak', width: 70, value: (a) => a.text },
    { header: 'Trekker', width: 18, value: (a) => a.leadText || a.lead.map(partyLabel).join(', ') },
    { header: 'Betrokkenen', width: 24, value: (a) => a.involvedText },
    { header: 'Uitvoering', width: 20, value: (a) => a.schedule.text },
    { header: 'Vooraf ingevuld', width: 16, value: (a) => (prefillSet.has(a.id) ? 'ja' : '') },
  ];
  const headerRow = 2;
  const title = sheet.getRow(1);
  title.getCell(1).value = `Alle afspraken – ${input.agreementSet.title}`;
  title.getCell(1).font = font({ bold: true, size: 14, color: TITLE_COLOR });
  title.height = 24;

  styleColumns(sheet, specs);
  title.getCell(1).alignment = { vertical: 'middle', wrapText: false };

  const header = sheet.getRow(headerRow);
  specs.forEach((spec, index) => headingCell(header.getCell(index + 1), spec.header, { vertical: 'middle', wrapText: true }));
  header.height = 20;

  input.agreements.forEach((agreement, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.height = rowHeightFor(specs.map((spec) => ({ text: spec.value(agreement), width: spec.width })));
    specs.forEach((spec, c) => {
      const cell = row.getCell(c + 1);
      cell.value = spec.value(agreement);
      cell.border = GRID_BORDER;
      if (prefillSet.has(agreement.id)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1F3' } };
    });
  });

  frameTable(sheet, {
    headerRow,
    columnCount: specs.length,
    lastRow: headerRow + input.agreements.length,
    activeCell: `A${headerRow + 1}`,
    footer: `${footerText(input)} – blad Afspraken`,
  });
}
