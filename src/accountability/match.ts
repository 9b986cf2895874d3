// Which planned activity a row of a partner's own results layout answers.
// Our own workbook says it with a hidden key; a partner's own layout has only
// the text, and sometimes the afspraak. Rows and planned activities are paired
// best first over the whole file, so a loose early row cannot take the
// activity that a closer later row answers; each planned activity is answered
// once.
import { normalizeForSearch } from '../domain/text';
import { buildTextIndex } from '../domain/similarity';
import type { PairedBy } from '../domain/results';

/** How alike a row and a planned activity must be to count as its result (as for duplicates). */
export const PLANNED_MATCH_THRESHOLD = 0.45;
/** Stricter when the partner named another afspraak than the one the activity was planned under. */
export const OTHER_AGREEMENT_THRESHOLD = 0.6;
/** Texts that name different numbers ("12 woningen" against "6 woningen") are about different work: their likeness counts for this much. */
const NUMBER_CONFLICT_FACTOR = 0.5;

const numbersIn = (text: string): Set<string> => new Set(text.match(/\d+/g) ?? []);

/** Both texts name numbers, and none in common. */
function numbersConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((n) => b.has(n));
}

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
  const plannedNumbers = planned.map((p) => numbersIn(p.activity));
  const pairs: { row: number; plan: number; rank: number }[] = [];
  rows.forEach((row, r) => {
    if (!row) return;
    const text = normalizeForSearch(row.activity);
    const numbers = numbersIn(row.activity);
    planned.forEach((p, j) => {
      if (taken.has(p.identity)) return;
      const exact = plannedText[j] === text;
      const likeness = exact ? 1 : index.score(row.activity, j);
      const score = !exact && numbersConflict(numbers, plannedNumbers[j] as Set<string>) ? likeness * NUMBER_CONFLICT_FACTOR : likeness;
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

export type { PairedBy };

export interface RowToPair extends RowToMatch {
  /** The planned activity our own workbook's hidden key names; absent in a partner's own layout. */
  keyedIdentity?: string;
  /** A row our workbook keys otherwise (a led afspraak): never paired with a planned activity. */
  keyedOtherwise?: boolean;
  /** Marked by the partner as work that was not planned. */
  unplanned: boolean;
}

export interface Pairing {
  planned: PlannedToMatch | null;
  by: PairedBy | null;
}

/**
 * Which planned activity each row answers: our key says it; else the
 * secretary's choice (by the row's position, from 1; null for not planned);
 * else what the same text answered in the current version; else the text.
 * Each planned activity is answered once.
 */
export function pairResults(
  rows: readonly RowToPair[],
  planned: readonly PlannedToMatch[],
  given: { chosen?: ReadonlyMap<number, string | null>; earlier?: ReadonlyMap<string, string | null> } = {},
): Pairing[] {
  const byIdentity = new Map(planned.map((p) => [p.identity, p]));
  const fixed = new Map<number, { identity: string | null; by: PairedBy }>();
  const taken = new Set<string>();
  rows.forEach((r, i) => {
    if (r.keyedIdentity !== undefined) {
      fixed.set(i, { identity: r.keyedIdentity, by: 'key' });
      taken.add(r.keyedIdentity);
    }
  });
  rows.forEach((r, i) => {
    const chosen = given.chosen?.get(i + 1);
    if (fixed.has(i) || r.keyedOtherwise || chosen === undefined) return;
    fixed.set(i, { identity: chosen, by: 'choice' });
    if (chosen !== null) taken.add(chosen);
  });
  rows.forEach((r, i) => {
    const before = given.earlier?.get(normalizeForSearch(r.activity));
    if (fixed.has(i) || r.keyedOtherwise || before === undefined || (before !== null && taken.has(before))) return;
    fixed.set(i, { identity: before, by: 'earlier' });
    if (before !== null) taken.add(before);
  });
  const matches = matchPlannedActivities(
    rows.map((r, i) => (fixed.has(i) || r.keyedOtherwise || r.unplanned ? null : r)),
    planned,
    taken,
  );
  return rows.map((_, i) => {
    const pair = fixed.get(i);
    if (pair) {
      const plannedActivity = pair.identity === null ? null : (byIdentity.get(pair.identity) ?? null);
      return { planned: plannedActivity, by: plannedActivity || pair.by === 'key' ? pair.by : null };
    }
    const match = matches[i];
    const plannedActivity = match === null || match === undefined ? null : (planned[match] ?? null);
    return { planned: plannedActivity, by: plannedActivity ? 'text' : null };
  });
}
