// A table of our own uitvraag workbook, found as its hidden meta records it:
// on its sheet, in the columns under our headings. A partner may still have
// moved, inserted or renamed columns: then the headings are read again, and
// failing that the sheet is searched; each way out is named in a warning.
import type { Grid } from './grid';
import { problem } from './problems';
import { findTableOf, layoutFromColumns, layoutOf, type TableFields, type TableLayout } from './table-layout';
import type { ImportProblem } from './types';

export interface OwnTableSpec<F extends string> {
  sheet: string;
  headerRow: number;
  /** field → column, as the meta records them (the fields of the writer's template, a part of F). */
  columns: Partial<Record<NoInfer<F>, number>>;
  fields: TableFields<F>;
  /** The table read by its headings; by default the meta's header row as it is now, else the best header on the sheet. */
  relocate?: (grid: Grid) => TableLayout<F> | null;
}

export interface OwnTableWording {
  /** The table in the warnings: "de uitvraag", "de indicatoren". */
  table: string;
  /** What is done instead when the table is not found: "de activiteiten zijn gezocht zoals in een eigen opmaak." */
  fallback: string;
  /** The warning when the sheet is gone; by default it says the workbook is ours but lacks the sheet, and the fallback. */
  sheetMissing?: string;
}

/** The sheet and layout of the table, or null (with a warning) when it is not to be read as ours. */
export function locateOwnTable<F extends string>(
  grids: readonly Grid[],
  spec: OwnTableSpec<F>,
  wording: OwnTableWording,
  file: string,
  problems: ImportProblem[],
): { grid: Grid; layout: TableLayout<F> } | null {
  const grid = grids.find((g) => g.name === spec.sheet);
  if (!grid) {
    const message = wording.sheetMissing ?? `dit is een uitvraag van de Werkbank, maar het blad "${spec.sheet}" ontbreekt; ${wording.fallback}`;
    problems.push(problem('warning', 'layout-changed', { file }, message));
    return null;
  }
  const layout = layoutFromColumns(grid, spec.headerRow, spec.columns, spec.fields);
  if (layout) return { grid, layout };

  // Columns inserted, moved or renamed by the partner: read the header row as it is now.
  const relocated = spec.relocate ? spec.relocate(grid) : (layoutOf(grid, spec.headerRow, spec.fields) ?? findTableOf(grid, spec.fields));
  if (!relocated) {
    problems.push(
      problem(
        'warning',
        'layout-changed',
        { file, sheet: grid.name, row: spec.headerRow },
        `de kopregel van ${wording.table} is gewijzigd en niet meer te herkennen; ${wording.fallback}`,
      ),
    );
    return null;
  }
  problems.push(
    problem(
      'warning',
      'layout-changed',
      { file, sheet: grid.name, row: relocated.headerRow },
      `de kolommen van ${wording.table} zijn verplaatst, ingevoegd of hernoemd; ze zijn opnieuw aan hun koppen herkend. Controleer de kolomindeling in het voorbeeld.`,
    ),
  );
  return { grid, layout: relocated };
}
