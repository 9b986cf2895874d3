// LibreOffice makes an autoFilter work only when the workbook also defines the
// hidden, sheet-scoped name _xlnm._FilterDatabase over the same range, as Excel
// always writes it; without it LibreOffice drops the filter on opening.
// exceljs 4.4 (pinned) writes the autoFilter but not the name, and cannot
// express a sheet-scoped name through its API, so this adds the names to the
// model exceljs renders when the workbook is written.
import type { Workbook } from 'exceljs';

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface WorkbookModel {
  definedNames: DefinedNameModel[];
  worksheets: { name: string; autoFilter?: unknown }[];
}

/** "A3:J1003" → "$A$3:$J$1003". */
function absolute(range: string): string {
  const m = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(range);
  if (!m) throw new Error(`Onverwacht filterbereik "${range}".`);
  return `$${m[1]}$${m[2]}:$${m[3]}$${m[4]}`;
}

/** Call once, after the sheets exist and before writing; every sheet's string autoFilter gets its name. */
export function nameFilterRanges(workbook: Workbook): void {
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(workbook) as object, 'model');
  const get = descriptor?.get;
  const set = descriptor?.set;
  if (!get || !set) throw new Error('exceljs heeft geen Workbook.model meer: controleer nameFilterRanges.');
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    get(this: Workbook): WorkbookModel {
      const model = get.call(this) as WorkbookModel;
      // localSheetId is the sheet's position in the workbook, as exceljs numbers its print titles.
      model.worksheets.forEach((sheet, index) => {
        if (typeof sheet.autoFilter !== 'string') return;
        const sheetName = `'${sheet.name.replace(/'/g, "''")}'`;
        model.definedNames = [
          ...model.definedNames,
          { name: '_xlnm._FilterDatabase', ranges: [`${sheetName}!${absolute(sheet.autoFilter)}`], localSheetId: index },
        ];
      });
      return model;
    },
    set(this: Workbook, value: unknown) {
      set.call(this, value);
    },
  });
}
