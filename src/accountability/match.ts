// Which planned activity a row of a partner's own results layout answers.
// Our own workbook says it with a hidden key; a partner's own layout has only
// the text, and sometimes the afspraak. Rows and planned activities are paired
// best first over the whole file, so a loose early row cannot take the
// activity that a closer later row answers; each planned activity is answered
// once.
import { normalizeForSearch } from '../domain/text';
import { buildTextIndex } from '../imports/similarity';

/** How alike a row and a planned activity must be to count as its result (as for duplicates). */
export const PLANNED_MATCH_THRESHOLD = 0.45;
/** Stricter when the partner named another afspraak than the one the activity was planned under. */
export const OTHER_AGREEMENT_THRESHOLD = 0.6;

export interface RowToMatch {
  activity: string;
  /** The afspraak as the partner wrote it (a reference or our key), not a similarity proposal; null when none. */
  agreementId: number | null;
}

export interface PlannedToMatch {
  identity: string;
  activity: string;
  agreementId: number | null;
}

/**
 * For each row, the index of the planned activity it answers, or null.
 * A row that is null (keyed, or marked as unplanned work) is not matched;
 * planned activities in `taken` (answered by a keyed row) are not offered.
 */
export function matchPlannedActivities(
  rows: readonly (RowToMatch | null)[],
  planned: readonly PlannedToMatch[],
  taken: ReadonlySet<string> = new Set(),
): (number | null)[] {
  const index = buildTextIndex(planned.map((p) => p.activity));
  const plannedText = planned.map((p) => normalizeForSearch(p.activity));
  const pairs: { row: number; plan: number; rank: number }[] = [];
  rows.forEach((row, r) => {
    if (!row) return;
    const text = normalizeForSearch(row.activity);
    planned.forEach((p, j) => {
      if (taken.has(p.identity)) return;
      const exact = plannedText[j] === text;
      const score = exact ? 1 : index.score(row.activity, j);
      const sameAgreement = row.agreementId === null || row.agreementId === p.agreementId;
      if (score < (sameAgreement ? PLANNED_MATCH_THRESHOLD : OTHER_AGREEMENT_THRESHOLD)) return;
      // The same text first, then the afspraak the partner named, then the closest text.
      pairs.push({ row: r, plan: j, rank: (exact ? 4 : 0) + (row.agreementId !== null && sameAgreement ? 2 : 0) + score });
    });
  });
  pairs.sort((a, b) => b.rank - a.rank || a.row - b.row || a.plan - b.plan);
  const chosen: (number | null)[] = rows.map(() => null);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (chosen[pair.row] !== null || used.has(pair.plan)) continue;
    chosen[pair.row] = pair.plan;
    used.add(pair.plan);
  }
  return chosen;
}
