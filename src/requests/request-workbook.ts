// The frame both uitvraag workbooks share: the properties, the sheets in tab
// order (the explanation first and active, the party's tables, then the
// veryHidden lists and meta), the explanation and the lists behind the
// dropdowns written first, the meta last, after which the workbook becomes bytes.
import { Workbook, type Worksheet } from 'exceljs';
import type { CycleDates } from '../domain/calendar';
import type { PartyKind } from '../domain/types';
import { nameFilterRanges } from './filter-names';
import type { Instructions } from './instructions';
import { writeRequestMeta } from './meta';
import { APP_MARKER, SHEETS, TEMPLATE_VERSION, type RequestMeta } from './template';
import type { SubmissionKind } from '../domain/submissions';
import { CREATOR, TITLE_COLOR, writeInfoSheet, writeLists, type ListColumn } from './workbook-style';

export interface RequestWorkbook {
  workbook: Workbook;
  /** The table sheets, empty, in the order given. */
  tables: Worksheet[];
  /** The dropdown lists, in the order given. */
  lists: ListColumn[];
  meta: Worksheet;
}

export interface RequestWorkbookStart {
  /** The workbook's title property. */
  title: string;
  subject: string;
  createdAt: Date;
  tables: readonly { name: string; tabColor?: { argb: string } }[];
  /** The values of each dropdown, one column each on the Lijsten sheet. */
  lists: readonly (readonly string[])[];
  instructions: Instructions;
  /** The explanation sheet's printed footer (plain text). */
  footer: string;
}

export function startRequestWorkbook(start: RequestWorkbookStart): RequestWorkbook {
  const workbook = new Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = start.createdAt;
  workbook.modified = start.createdAt;
  workbook.title = start.title;
  workbook.subject = start.subject;
  workbook.company = 'Werkgroep Prestatieafspraken';

  // Sheet order is the tab order: the explanation first and active.
  const info = workbook.addWorksheet(SHEETS.info, { properties: { tabColor: TITLE_COLOR } });
  const tables = start.tables.map((t) => workbook.addWorksheet(t.name, t.tabColor ? { properties: { tabColor: t.tabColor } } : undefined));
  const lists = workbook.addWorksheet(SHEETS.lists, { state: 'veryHidden' });
  const meta = workbook.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const listColumns = writeLists(lists, start.lists);
  writeInfoSheet(info, start.instructions, start.footer);
  return { workbook, tables, lists: listColumns, meta };
}

/** What either uitvraag writer is given besides its kind's own data: for whom, under which agreement, from whom, when. */
export interface RequestInputBase {
  party: { id: string; name: string; shortName: string; kind: PartyKind };
  agreementSet: { code: string; title: string; periodStart: number; periodEnd: number; cycleSection?: string; cycleDates?: CycleDates };
  parties: { id: string; shortName: string }[];
  /** The werkgroep secretary; either may be an empty string. */
  contact: { name: string; email: string };
  createdAt: Date;
}

/**
 * The meta of a workbook of this kind; `year` is the planning year
 * (activiteiten) or the execution year (resultaten), see template.ts.
 */
export function requestMeta(
  kind: SubmissionKind,
  subject: Pick<RequestInputBase, 'party' | 'agreementSet' | 'createdAt'>,
  year: number,
  layout: Pick<RequestMeta, 'headerRow' | 'columns' | 'results'>,
): RequestMeta {
  const meta: RequestMeta = {
    app: APP_MARKER,
    templateVersion: TEMPLATE_VERSION,
    kind,
    partyId: subject.party.id,
    partyName: subject.party.name,
    partyKind: subject.party.kind,
    planningYear: year,
    agreementSet: subject.agreementSet.code,
    createdAt: subject.createdAt.toISOString(),
    headerRow: layout.headerRow,
    columns: layout.columns,
  };
  if (layout.results) meta.results = layout.results;
  return meta;
}

/** Writes the meta, names the filter ranges for LibreOffice and returns the .xlsx bytes. */
export async function requestWorkbookBytes(book: RequestWorkbook, meta: RequestMeta): Promise<Buffer> {
  writeRequestMeta(book.meta, meta);
  nameFilterRanges(book.workbook);
  return Buffer.from(await book.workbook.xlsx.writeBuffer());
}
