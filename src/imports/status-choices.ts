// A status a partner wrote that the Werkbank does not know ("niet
// gerealiseerd", "in voorbereiding") is kept as text and warned about. In the
// preview the secretary can say how to read such a text; the choice applies to
// every row that says it, is named in the file's messages, and is stored with
// the submission, so the report counts the row under that status.
import { EXPLANATION_REQUIRED, type ReadResult } from '../domain/accountability';
import { RESULT_STATUS_WORDS, type ResultStatus } from '../domain/results';
import { normalizeForSearch } from '../domain/text';
import { problem, quote } from './problems';
import type { ImportProblem } from './types';

/** The secretary's reading of a status text. */
export interface StatusChoice {
  text: string;
  status: ResultStatus;
}

/** A status text the reader did not know, where it stands, and the reading chosen for it (null while none). */
export interface UnknownStatus {
  text: string;
  rows: number[];
  chosen: ResultStatus | null;
}

export const statusKey = (text: string): string => normalizeForSearch(text);

/**
 * Applies the choices to the rows with a status text the reader did not know.
 * Returns the rows (changed ones copied), the problems (the "unknown status"
 * warning of a chosen row replaced by one that names the choice, plus a missing
 * toelichting where the chosen status asks one) and the unknown texts.
 */
export function applyStatusChoices(
  results: readonly ReadResult[],
  problems: readonly ImportProblem[],
  choices: readonly StatusChoice[],
  fileName: string,
): { results: ReadResult[]; problems: ImportProblem[]; unknown: UnknownStatus[] } {
  const chosenFor = new Map(choices.map((c) => [statusKey(c.text), c.status]));
  const unknown = new Map<string, UnknownStatus>();
  const replaced = new Set<string>();
  const added: ImportProblem[] = [];
  const rows = results.map((r) => {
    if (r.status !== undefined || !r.statusText?.trim()) return r;
    const key = statusKey(r.statusText);
    const status = chosenFor.get(key) ?? null;
    const entry = unknown.get(key) ?? { text: r.statusText.trim(), rows: [], chosen: status };
    entry.rows.push(r.rowNumber);
    unknown.set(key, entry);
    if (status === null) return r;
    replaced.add(`${r.sheet}:${r.rowNumber}`);
    const place = { file: fileName, sheet: r.sheet, row: r.rowNumber };
    const column = (field: string) => r.fieldColumns?.[field];
    const statusColumn = column('status');
    added.push(
      problem('warning', 'status-chosen', statusColumn ? { ...place, column: statusColumn } : place, `de status ${quote(r.statusText)} is op uw keuze gelezen als ‘${RESULT_STATUS_WORDS[status]}’.`),
    );
    if (EXPLANATION_REQUIRED.includes(status) && !r.explanation?.trim()) {
      const at = column('explanation') ?? statusColumn;
      added.push(problem('warning', 'explanation-missing', at ? { ...place, column: at } : place, `status ‘${RESULT_STATUS_WORDS[status]}’ vraagt een toelichting; die ontbreekt.`));
    }
    return { ...r, status };
  });
  const kept = problems.filter((p) => !(p.code === 'status-unknown' && replaced.has(`${p.sheet}:${p.row}`)));
  return { results: rows, problems: [...kept, ...added], unknown: [...unknown.values()] };
}
