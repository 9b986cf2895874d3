// The first steps of reading any partner workbook, shared by the activities
// and the results reader: the refusals before exceljs (sniff.ts), loading,
// macros, our hidden meta sheet, the sheets as grids, and refusing a workbook
// whose sheets are all empty.
import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { ServiceError } from '../service/contract';
import { readRequestMeta, type RequestMetaResult } from '../requests/meta';
import { readGrid, hasText, type Grid } from './grid';
import { problem, refuse } from './problems';
import { ACTIVITY_WORDING, IMPORT_LIMITS, sniffWorkbook, type ImportLimits, type SniffWording } from './sniff';
import type { ImportProblem } from './types';

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

export interface OpenedWorkbook {
  sha256: string;
  size: number;
  grids: Grid[];
  /** Whether the workbook is one of our uitvraag workbooks; 'too-new' was already refused. */
  meta: RequestMetaResult;
  /** Macros ignored, a damaged meta sheet. */
  problems: ImportProblem[];
}

export async function openWorkbook(
  data: Uint8Array,
  fileName: string,
  limits: Readonly<ImportLimits> = IMPORT_LIMITS,
  wording: Readonly<SniffWording> = ACTIVITY_WORDING,
): Promise<OpenedWorkbook> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const sniffed = sniffWorkbook(data, fileName, limits, wording);

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

  const problems: ImportProblem[] = [];
  if (sniffed.hasMacros) {
    problems.push(
      problem('warning', 'macros-ignored', { file: fileName }, "de macro's in dit bestand zijn niet uitgevoerd; alleen de cellen zijn gelezen, zoals ze zijn opgeslagen."),
    );
  }

  const meta = readRequestMeta(workbook);
  if (!meta.ok && meta.problem === 'too-new') throw new ServiceError('file_refused', `"${fileName}": ${meta.reason}`);
  if (!meta.ok && meta.problem === 'damaged') {
    problems.push(problem('warning', 'meta-damaged', { file: fileName }, meta.reason));
  }

  const grids = workbook.worksheets.map(readGrid);
  if (!grids.some(hasText)) {
    throw refuse(
      fileName,
      'bevat geen gegevens: alle bladen zijn leeg. Controleer of u het goede (ingevulde) bestand kiest en of het is opgeslagen.',
    );
  }
  return { sha256, size: data.length, grids, meta, problems };
}
