// The first steps of reading any partner workbook, shared by the activities
// and the results reader: the refusals before exceljs (sniff.ts), loading,
// macros, our hidden meta sheet, the sheets as grids, and refusing a workbook
// whose sheets are all empty or that is our uitvraag of the other kind. The
// last few workbooks read are kept, so a file is read by exceljs once.
import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { ServiceError } from '../domain/errors';
import { BoundedCache } from '../domain/bounded-cache';
import { readRequestMeta, type RequestMetaResult } from '../requests/meta';
import type { SubmissionKind } from '../domain/submissions';
import type { RequestMeta } from '../requests/template';
import { readGrid, hasText, type Grid } from './grid';
import { problem, refuse } from './problems';
import { ACTIVITY_WORDING, IMPORT_LIMITS, RESULTS_WORDING, sniffWorkbook, type ImportLimits, type SniffedWorkbook, type SniffWording } from './sniff';
import type { ImportProblem } from './types';

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

export interface OpenedWorkbook {
  /** What every read workbook says of its file. */
  file: { fileName: string; sha256: string; size: number };
  grids: Grid[];
  /** Our uitvraag of the kind being read, by its meta sheet; null for any other workbook. */
  meta: RequestMeta | null;
  /** Macros ignored, a damaged meta sheet. */
  problems: ImportProblem[];
}

const WORDING: Record<SubmissionKind, Readonly<SniffWording>> = { activities: ACTIVITY_WORDING, results: RESULTS_WORDING };

/** Why our uitvraag of one kind is refused by the reader of the other. */
const OTHER_KIND: Record<SubmissionKind, (meta: RequestMeta) => string> = {
  activities: (meta) =>
    `is een uitvraag voor het activiteitenoverzicht ${meta.planningYear}, geen resultaten. Importeer het bij de activiteitenoverzichten.`,
  results: (meta) =>
    `is een uitvraag van de resultaten over ${meta.planningYear}, geen activiteitenoverzicht. Importeer het bij de resultaten (verantwoording).`,
};

interface LoadedWorkbook {
  grids: Grid[];
  meta: RequestMetaResult;
  hasMacros: boolean;
}

/**
 * The last workbooks read, by the SHA-256 of their bytes and the limits they
 * passed: detecting a file's kind, its preview and its commit read it once.
 * Grids are never changed by the readers, so they can be shared. At most a
 * few files, and never more cells together than one workbook may have.
 */
const loadedWorkbooks = new BoundedCache<string, LoadedWorkbook>({ maxEntries: 4, maxWeight: IMPORT_LIMITS.maxCells });

/** Opens a workbook to be read as `kind`: an activiteitenoverzicht or the results of a year. */
export async function openWorkbook(
  data: Uint8Array,
  fileName: string,
  kind: SubmissionKind,
  limits: Readonly<ImportLimits> = IMPORT_LIMITS,
): Promise<OpenedWorkbook> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const key = `${sha256} ${JSON.stringify(limits)}`;
  let loaded = loadedWorkbooks.get(key);
  if (!loaded) {
    const { workbook, sniffed } = await loadWorkbook(data, fileName, kind, limits);
    loaded = { grids: workbook.worksheets.map(readGrid), meta: readRequestMeta(workbook), hasMacros: sniffed.hasMacros };
    loadedWorkbooks.set(key, loaded, sniffed.sheets.reduce((sum, s) => sum + s.cells, 1));
  }
  const { grids, meta, hasMacros } = loaded;

  const problems: ImportProblem[] = [];
  if (hasMacros) {
    problems.push(
      problem('warning', 'macros-ignored', { file: fileName }, "de macro's in dit bestand zijn niet uitgevoerd; alleen de cellen zijn gelezen, zoals ze zijn opgeslagen."),
    );
  }
  if (!meta.ok && meta.problem === 'too-new') throw new ServiceError('file_refused', `"${fileName}": ${meta.reason}`);
  if (!meta.ok && meta.problem === 'damaged') {
    problems.push(problem('warning', 'meta-damaged', { file: fileName }, meta.reason));
  }

  if (!grids.some(hasText)) {
    throw refuse(
      fileName,
      'bevat geen gegevens: alle bladen zijn leeg. Controleer of u het goede (ingevulde) bestand kiest en of het is opgeslagen.',
    );
  }
  if (meta.ok && meta.meta.kind !== kind) throw refuse(fileName, OTHER_KIND[meta.meta.kind](meta.meta), 'other-kind');
  return { file: { fileName, sha256, size: data.length }, grids, meta: meta.ok ? meta.meta : null, problems };
}

/** The refusals before exceljs (sniff.ts), then exceljs's full read. */
async function loadWorkbook(
  data: Uint8Array,
  fileName: string,
  kind: SubmissionKind,
  limits: Readonly<ImportLimits>,
): Promise<{ workbook: Workbook; sniffed: SniffedWorkbook }> {
  const sniffed = sniffWorkbook(data, fileName, limits, WORDING[kind]);
  const workbook = new Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes Node's Buffer (JSZip reads either).
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ExcelBuffer);
  } catch {
    throw refuse(
      fileName,
      'kon niet als Excel-werkmap worden gelezen; het bestand is beschadigd of op een ongewone manier opgeslagen. ' +
        'Open het in Excel of LibreOffice, sla het op als Excel-werkmap (.xlsx) en importeer dat bestand.',
    );
  }
  return { workbook, sniffed };
}
