// A person's corrections of stored activities: the activity itself as
// corrected, the correction kept by the row as the partner wrote it (for the
// next version of the same file), and the activity log. SQL lives here only.
import type { CorrectableField } from '../domain/corrections';
import type { PartyRef } from '../domain/types';
import { sqlColumn, type ColumnOf } from './identifiers';
import type { Db, ReadonlyDb } from './open';

/** A correction as kept for a party and planning year, by the row's fingerprint. */
export interface StoredCorrection {
  /** The corrected values. */
  fields: Partial<Record<CorrectableField, string>>;
  removed: boolean;
  reason: string;
  changedAt: string;
  changedBy: string;
}

export interface CorrectionKey {
  setId: number;
  planningYear: number;
  partyId: string;
  fingerprint: string;
}

const COLUMNS: Record<CorrectableField, ColumnOf<'activities'>> = {
  activity: 'activity',
  role: 'role',
  planning: 'planning',
  needs: 'needs',
  needsFrom: 'needs_from',
  involved: 'involved',
  ambition: 'ambition',
  notes: 'notes',
};

export function loadCorrections(db: ReadonlyDb, setId: number, planningYear: number, partyId: string): Map<string, StoredCorrection> {
  const rows = db
    .prepare<
      [number, number, string],
      { fingerprint: string; fields: string; removed: number; reason: string; changed_at: string; changed_by: string }
    >(
      `SELECT fingerprint, fields, removed, reason, changed_at, changed_by FROM activity_corrections
       WHERE set_id = ? AND planning_year = ? AND party_id = ?`,
    )
    .all(setId, planningYear, partyId);
  return new Map(
    rows.map((r) => [
      r.fingerprint,
      {
        fields: JSON.parse(r.fields) as Partial<Record<CorrectableField, string>>,
        removed: r.removed === 1,
        reason: r.reason,
        changedAt: r.changed_at,
        changedBy: r.changed_by,
      },
    ]),
  );
}

/** Keeps the correction of a row; null forgets it (nothing differs from what the partner wrote any more). */
export function saveCorrection(db: Db, key: CorrectionKey, correction: StoredCorrection | null): void {
  if (correction === null) {
    db.prepare('DELETE FROM activity_corrections WHERE set_id = ? AND planning_year = ? AND party_id = ? AND fingerprint = ?').run(
      key.setId,
      key.planningYear,
      key.partyId,
      key.fingerprint,
    );
    return;
  }
  db.prepare(
    `INSERT INTO activity_corrections (set_id, planning_year, party_id, fingerprint, fields, removed, reason, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, planning_year, party_id, fingerprint) DO UPDATE SET
       fields = excluded.fields, removed = excluded.removed, reason = excluded.reason,
       changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
  ).run(
    key.setId,
    key.planningYear,
    key.partyId,
    key.fingerprint,
    JSON.stringify(correction.fields),
    correction.removed ? 1 : 0,
    correction.reason,
    correction.changedAt,
    correction.changedBy,
  );
}

/** The activity as corrected: its fields, the parties they name, removed or not, and what the partner wrote. */
export interface ActivityUpdate {
  /** Every correctable field's value now; null for empty (the activity text is never empty). */
  fields: Record<CorrectableField, string | null>;
  needsFromParties: PartyRef[];
  involvedParties: PartyRef[];
  removedReason: string | null;
  /** The corrected fields as the partner wrote them; null when none is corrected. */
  original: Partial<Record<CorrectableField, string>> | null;
}

/** Rewrites one stored activity; the caller runs this inside a transaction. */
export function updateActivity(db: Db, activityId: number, update: ActivityUpdate): void {
  const fields = Object.keys(COLUMNS) as CorrectableField[];
  // Column names come from our own COLUMNS list, never from input, and pass the allow-list.
  db.prepare(
    `UPDATE activities SET ${fields.map((f) => `${sqlColumn('activities', COLUMNS[f])} = ?`).join(', ')}, removed_reason = ?, corrected = ? WHERE id = ?`,
  ).run(
    ...fields.map((f) => update.fields[f]),
    update.removedReason,
    update.original === null ? null : JSON.stringify(update.original),
    activityId,
  );
  const insert = db.prepare(
    `INSERT INTO activity_parties (activity_id, role, ref_position, written, status, qualifier, party_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [role, refs] of [
    ['needs_from', update.needsFromParties],
    ['involved', update.involvedParties],
  ] as const) {
    db.prepare('DELETE FROM activity_parties WHERE activity_id = ? AND role = ?').run(activityId, role);
    refs.forEach((ref, position) => {
      const ids: (string | null)[] = ref.partyIds.length > 0 ? ref.partyIds : [null];
      for (const pid of ids) insert.run(activityId, role, position, ref.written, ref.status, ref.qualifier ?? null, pid);
    });
  }
}

/**
 * An activity without our key is known in the overview by its text: when a
 * person corrects the text, the werkgroep's alignment of it moves along
 * (unless the new text already has one of its own).
 */
export function moveAlignment(db: Db, setId: number, planningYear: number, from: string, to: string): void {
  if (from === to) return;
  db.prepare(
    `UPDATE alignments SET identity = ? WHERE set_id = ? AND planning_year = ? AND identity = ?
     AND NOT EXISTS (SELECT 1 FROM alignments WHERE set_id = ? AND planning_year = ? AND identity = ?)`,
  ).run(to, setId, planningYear, from, setId, planningYear, to);
}

/** Which submission an activity belongs to, and whether that is the current version. */
export function submissionOfActivity(
  db: Db,
  activityId: number,
): { submissionId: number; setId: number; partyId: string; planningYear: number; version: number; isCurrent: boolean } | null {
  const r = db
    .prepare<[number], { submission_id: number; set_id: number; party_id: string; planning_year: number; version: number; is_current: number }>(
      `SELECT a.submission_id, s.set_id, s.party_id, s.planning_year, s.version, s.is_current
       FROM activities a JOIN submissions s ON s.id = a.submission_id WHERE a.id = ?`,
    )
    .get(activityId);
  return r
    ? { submissionId: r.submission_id, setId: r.set_id, partyId: r.party_id, planningYear: r.planning_year, version: r.version, isCurrent: r.is_current === 1 }
    : null;
}
