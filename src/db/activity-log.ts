// People's decisions about stored activities: links confirmed (one or all at
// once) or chosen, activities corrected or removed, with the reason given.
// SQL lives here only.
import type { ActivityLogEntry, ActivityLogAction } from '../domain/activity-log';
import type { Db, ReadonlyDb } from './open';

/** An entry as recorded, before it has its id: the one writer of the activity log (links and corrections alike). */
export type NewActivityLogEntry = Omit<ActivityLogEntry, 'id'> & { setId: number };

/** Records one decision; the caller runs this inside the transaction that makes the change. */
export function insertActivityLog(db: Db, e: NewActivityLogEntry): void {
  db.prepare(
    `INSERT INTO activity_log (set_id, planning_year, party_id, identity, action, detail, reason, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.setId, e.planningYear, e.partyId, e.identity, e.action, e.detail, e.reason, e.changedAt, e.changedBy);
}

/**
 * How many decisions people recorded about a party's activities of a year
 * from a moment on (ISO timestamp; the same moment counts, to be safe): on
 * that party, or over every party at once.
 */
export function decisionsSince(db: Db, setId: number, planningYear: number, partyId: string, since: string): number {
  const row = db
    .prepare<[number, number, string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM activity_log
       WHERE set_id = ? AND planning_year = ? AND (party_id IS NULL OR party_id = ?) AND changed_at >= ?
         AND action IN ('confirm', 'confirm-all', 'link', 'edit', 'remove')`,
    )
    .get(setId, planningYear, partyId, since);
  return row?.n ?? 0;
}

/** The decisions of a planning year, and those over every year (a restore), newest first. */
export function activityLogEntries(db: Db, setId: number, planningYear: number): ActivityLogEntry[] {
  return db
    .prepare<
      [number, number],
      {
        id: number;
        planning_year: number | null;
        party_id: string | null;
        identity: string | null;
        action: ActivityLogAction;
        detail: string;
        reason: string;
        changed_at: string;
        changed_by: string;
      }
    >('SELECT * FROM activity_log WHERE set_id = ? AND (planning_year = ? OR planning_year IS NULL) ORDER BY id DESC')
    .all(setId, planningYear)
    .map((r) => ({
      id: r.id,
      planningYear: r.planning_year,
      partyId: r.party_id,
      identity: r.identity,
      action: r.action,
      detail: r.detail,
      reason: r.reason,
      changedAt: r.changed_at,
      changedBy: r.changed_by,
    }));
}

/**
 * The lines (by the activity's identity) a person chose the kind of, for one party and year: made activities
 * of lines the app kept as notes ('as-activity'), or kept as notes where the app read activities ('as-note').
 * A next version of the same file reads those lines so again.
 */
export function identitiesChosenAs(db: ReadonlyDb, setId: number, planningYear: number, partyId: string, action: 'as-activity' | 'as-note'): Set<string> {
  const rows = db
    .prepare<[number, number, string, string], { identity: string | null }>(
      `SELECT identity FROM activity_log WHERE set_id = ? AND planning_year = ? AND party_id = ? AND action = ?`,
    )
    .all(setId, planningYear, partyId, action);
  return new Set(rows.flatMap((r) => (r.identity === null ? [] : [r.identity])));
}
