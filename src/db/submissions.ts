// Submissions (imported files, kept as versions), their activities, and the
// uitvraag workbooks made. SQL lives here only.
import type { CorrectableField } from '../domain/corrections';
import type { LinkStatus, LinkCandidate } from '../domain/links';
import { groupBy } from '../domain/group-by';
import type { PartyRef } from '../domain/types';
import type { NewActivity, StoredActivity } from '../domain/activities';
import type { SubmissionKind, SubmissionSource, SubmissionSummary, SubmissionNote, UndoneSubmission } from '../domain/submissions';
import type { Db, ReadonlyDb } from './open';
import { collectPartyRefs } from './party-directory';

/** How a party is named on a stored activity: in "Van wie?", in "Betrokken", or as the row's own trekker. */
type PartyRole = 'needs_from' | 'involved' | 'lead';

interface SubmissionRecord {
  id: number;
  party_id: string;
  planning_year: number;
  kind: SubmissionKind;
  version: number;
  is_current: number;
  file_name: string;
  sha256: string;
  size: number;
  source: SubmissionSource;
  imported_at: string;
  imported_by: string;
  received_on: string;
  /** How many problems were stored with it, counted by SQLite: the list itself is not read. */
  warning_count: number;
  notes: string;
  activity_count: number;
}

const SELECT_SUBMISSIONS = `
  SELECT s.id, s.party_id, s.planning_year, s.kind, s.version, s.is_current, s.file_name, s.sha256, s.size, s.source,
         s.imported_at, s.imported_by, s.received_on, json_array_length(s.problems) AS warning_count, s.notes,
         (SELECT COUNT(*) FROM activities a WHERE a.submission_id = s.id AND a.removed_reason IS NULL)
           + (SELECT COUNT(*) FROM results r WHERE r.submission_id = s.id) AS activity_count
  FROM submissions s`;

function toSummary(r: SubmissionRecord): SubmissionSummary {
  return {
    id: r.id,
    partyId: r.party_id,
    planningYear: r.planning_year,
    kind: r.kind,
    version: r.version,
    isCurrent: r.is_current === 1,
    fileName: r.file_name,
    sha256: r.sha256,
    size: r.size,
    source: r.source,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    receivedOn: r.received_on,
    activityCount: r.activity_count,
    warningCount: r.warning_count,
    notes: JSON.parse(r.notes) as SubmissionNote[],
  };
}

export function currentSubmission(
  db: ReadonlyDb,
  setId: number,
  partyId: string,
  planningYear: number,
  kind: SubmissionKind,
): SubmissionSummary | null {
  const r = db
    .prepare<[number, string, number, string], SubmissionRecord>(
      `${SELECT_SUBMISSIONS} WHERE s.set_id = ? AND s.party_id = ? AND s.planning_year = ? AND s.kind = ? AND s.is_current = 1`,
    )
    .get(setId, partyId, planningYear, kind);
  return r ? toSummary(r) : null;
}

export function submissionVersions(
  db: Db,
  setId: number,
  partyId: string,
  planningYear: number,
  kind: SubmissionKind,
): SubmissionSummary[] {
  return db
    .prepare<[number, string, number, string], SubmissionRecord>(
      `${SELECT_SUBMISSIONS} WHERE s.set_id = ? AND s.party_id = ? AND s.planning_year = ? AND s.kind = ? ORDER BY s.version DESC`,
    )
    .all(setId, partyId, planningYear, kind)
    .map(toSummary);
}

export function allSubmissions(db: Db, setId: number, kind: SubmissionKind): SubmissionSummary[] {
  return db
    .prepare<[number, string], SubmissionRecord>(
      `${SELECT_SUBMISSIONS} WHERE s.set_id = ? AND s.kind = ? ORDER BY s.planning_year, s.party_id, s.version`,
    )
    .all(setId, kind)
    .map(toSummary);
}

export interface NewSubmission {
  setId: number;
  partyId: string;
  planningYear: number;
  kind: SubmissionKind;
  fileName: string;
  sha256: string;
  size: number;
  source: SubmissionSource;
  sheet: string;
  headerRow: number;
  columns: unknown;
  problems: unknown[];
  /** Lines of the file that are no activities. */
  notes?: SubmissionNote[];
  importedAt: string;
  importedBy: string;
  /** The day (yyyy-mm-dd) the partner's file arrived, as the secretary stated it. */
  receivedOn: string;
}


/** Stores a submission as the new current version; the caller runs this inside a transaction. */
export function insertSubmission(db: Db, s: NewSubmission, activities: NewActivity[]): number {
  // One above the highest number ever used, undone versions included: a number names one file for good.
  const previous = db
    .prepare<[number, string, number, string, number, string, number, string], { version: number | null }>(
      `SELECT MAX(version) AS version FROM (
         SELECT version FROM submissions WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ?
         UNION ALL
         SELECT version FROM undone_submissions WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ?)`,
    )
    .get(s.setId, s.partyId, s.planningYear, s.kind, s.setId, s.partyId, s.planningYear, s.kind);
  db.prepare(
    'UPDATE submissions SET is_current = 0 WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ? AND is_current = 1',
  ).run(s.setId, s.partyId, s.planningYear, s.kind);
  const submissionId = Number(
    db
      .prepare(
        `INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size,
                                  source, sheet, header_row, columns, problems, notes, imported_at, imported_by, received_on)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.setId,
        s.partyId,
        s.planningYear,
        s.kind,
        (previous?.version ?? 0) + 1,
        s.fileName,
        s.sha256,
        s.size,
        s.source,
        s.sheet,
        s.headerRow,
        JSON.stringify(s.columns),
        JSON.stringify(s.problems),
        JSON.stringify(s.notes ?? []),
        s.importedAt,
        s.importedBy,
        s.receivedOn,
      ).lastInsertRowid,
  );
  const activity = db.prepare(
    `INSERT INTO activities (submission_id, position, sheet, row_number, row_key, activity, agreement_ref, topic_context,
                             agreement_id, link_status, link_score, link_candidates, role, lead, row_label, budget,
                             needs, needs_from, ambition, planning, involved, notes, extra, removed_reason, corrected)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const party = db.prepare(
    `INSERT INTO activity_parties (activity_id, role, ref_position, written, status, qualifier, party_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of activities) {
    const id = Number(
      activity.run(
        submissionId,
        a.position,
        a.sheet,
        a.rowNumber,
        a.key ?? null,
        a.activity,
        a.agreementRef ?? null,
        a.topicContext ?? null,
        a.agreementId,
        a.linkStatus,
        a.linkScore ?? null,
        JSON.stringify(a.linkCandidates),
        a.role ?? null,
        a.lead ?? null,
        a.rowLabel ?? null,
        a.budget ?? null,
        a.needs ?? null,
        a.needsFrom ?? null,
        a.ambition ?? null,
        a.planning ?? null,
        a.involved ?? null,
        a.notes ?? null,
        JSON.stringify(a.extra),
        // A correction carried over from the previous version (see service/corrections.ts).
        a.correction?.removed ? a.correction.reason : null,
        a.correction && Object.keys(a.correction.original).length > 0 ? JSON.stringify(a.correction.original) : null,
      ).lastInsertRowid,
    );
    const write = (role: PartyRole, refs: PartyRef[]) =>
      refs.forEach((ref, position) => {
        const ids: (string | null)[] = ref.partyIds.length > 0 ? ref.partyIds : [null];
        for (const pid of ids) party.run(id, role, position, ref.written, ref.status, ref.qualifier ?? null, pid);
      });
    write('needs_from', a.needsFromParties);
    write('involved', a.involvedParties);
    write('lead', a.leadParties);
  }
  return submissionId;
}

/**
 * Removes one submission version with everything read from it (activities and
 * their parties, results, indicator figures: by cascade), and makes the
 * highest version left current again. Returns that version's id, or null when
 * none is left. The caller runs this inside a transaction.
 */
export function removeSubmission(db: Db, submissionId: number): number | null {
  const s = db
    .prepare<[number], { set_id: number; party_id: string; planning_year: number; kind: string; is_current: number }>(
      'SELECT set_id, party_id, planning_year, kind, is_current FROM submissions WHERE id = ?',
    )
    .get(submissionId);
  if (!s) return null;
  db.prepare('DELETE FROM submissions WHERE id = ?').run(submissionId);
  const previous = db
    .prepare<[number, string, number, string], { id: number }>(
      'SELECT id FROM submissions WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ? ORDER BY version DESC LIMIT 1',
    )
    .get(s.set_id, s.party_id, s.planning_year, s.kind);
  if (previous && s.is_current === 1) db.prepare('UPDATE submissions SET is_current = 1 WHERE id = ?').run(previous.id);
  return previous?.id ?? null;
}

/** Records a version as undone, before removeSubmission takes it away; the caller runs both in one transaction. */
export function recordUndoneSubmission(
  db: Db,
  setId: number,
  s: SubmissionSummary,
  undone: { undoneAt: string; undoneBy: string; reason: string },
): void {
  db.prepare(
    `INSERT INTO undone_submissions (set_id, party_id, planning_year, kind, version, file_name, imported_at, imported_by, received_on,
                                     activity_count, undone_at, undone_by, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    setId,
    s.partyId,
    s.planningYear,
    s.kind,
    s.version,
    s.fileName,
    s.importedAt,
    s.importedBy,
    s.receivedOn,
    s.activityCount,
    undone.undoneAt,
    undone.undoneBy,
    undone.reason,
  );
}

/** The undone versions of one party's submission for one year, newest first. */
export function undoneSubmissions(db: Db, setId: number, partyId: string, planningYear: number, kind: SubmissionKind): UndoneSubmission[] {
  return db
    .prepare<
      [number, string, number, string],
      {
        version: number;
        file_name: string;
        imported_at: string | null;
        imported_by: string;
        received_on: string | null;
        activity_count: number | null;
        undone_at: string;
        undone_by: string;
        reason: string;
      }
    >(
      `SELECT version, file_name, imported_at, imported_by, received_on, activity_count, undone_at, undone_by, reason
       FROM undone_submissions WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ? ORDER BY version DESC`,
    )
    .all(setId, partyId, planningYear, kind)
    .map((r) => ({
      partyId,
      planningYear,
      kind,
      version: r.version,
      fileName: r.file_name,
      importedAt: r.imported_at,
      importedBy: r.imported_by,
      receivedOn: r.received_on,
      activityCount: r.activity_count,
      undoneAt: r.undone_at,
      undoneBy: r.undone_by,
      reason: r.reason,
    }));
}

interface ActivityRecord {
  id: number;
  submission_id: number;
  version: number;
  party_id: string;
  planning_year: number;
  position: number;
  sheet: string;
  row_number: number;
  row_key: string | null;
  activity: string;
  agreement_ref: string | null;
  topic_context: string | null;
  agreement_id: number | null;
  link_status: LinkStatus;
  link_score: number | null;
  link_candidates: string;
  role: string | null;
  lead: string | null;
  row_label: string | null;
  budget: number | null;
  needs: string | null;
  needs_from: string | null;
  ambition: string | null;
  planning: string | null;
  involved: string | null;
  notes: string | null;
  extra: string;
  removed_reason: string | null;
  corrected: string | null;
}

/** A stored activity's text fields that may be absent, each with the column it is kept in (NULL: absent). */
const OPTIONAL_TEXTS = [
  ['key', 'row_key'],
  ['agreementRef', 'agreement_ref'],
  ['topicContext', 'topic_context'],
  ['role', 'role'],
  ['lead', 'lead'],
  ['rowLabel', 'row_label'],
  ['needs', 'needs'],
  ['needsFrom', 'needs_from'],
  ['ambition', 'ambition'],
  ['planning', 'planning'],
  ['involved', 'involved'],
  ['notes', 'notes'],
] as const satisfies readonly (readonly [keyof StoredActivity, keyof ActivityRecord])[];

/**
 * Activities of the given submissions, in submission and sheet order. An
 * activity a person removed is no activity for the overview, the uitvraag or
 * the verantwoording: it is left out unless asked for (the app's own view).
 */
export function activitiesOf(db: ReadonlyDb, submissionIds: number[], options: { includeRemoved?: boolean } = {}): StoredActivity[] {
  if (submissionIds.length === 0) return [];
  const ids = JSON.stringify(submissionIds);
  const statement = db.prepare<[string, number], ActivityRecord>(
    `SELECT a.*, s.version, s.party_id, s.planning_year FROM activities a JOIN submissions s ON s.id = a.submission_id
     WHERE a.submission_id IN (SELECT value FROM json_each(?)) AND (? = 1 OR a.removed_reason IS NULL)
     ORDER BY s.party_id, a.submission_id, a.position`,
  );
  // Each row as an array read by its columns' places, one at a time: no object made per row only to be
  // mapped into another (a region's 120,000 rows read in half the time), and all() of a year's rows at
  // once would hold every record while they are mapped.
  const place = Object.fromEntries(statement.columns().map((c, i) => [c.name, i])) as Record<keyof ActivityRecord, number>;
  const rows = statement.raw(true).iterate(ids, options.includeRemoved ? 1 : 0) as unknown as IterableIterator<unknown[]>;
  const field = <K extends keyof ActivityRecord>(row: unknown[], key: K): ActivityRecord[K] => row[place[key]] as ActivityRecord[K];
  const parties = db
    .prepare<
      [string],
      {
        activity_id: number;
        role: PartyRole;
        ref_position: number;
        written: string;
        status: PartyRef['status'];
        qualifier: string | null;
        party_id: string | null;
      }
    >(
      `SELECT p.* FROM activity_parties p JOIN activities a ON a.id = p.activity_id
       WHERE a.submission_id IN (SELECT value FROM json_each(?)) ORDER BY p.activity_id, p.role, p.ref_position, p.id`,
    )
    .all(ids);
  // Grouped once: each activity's rows, not a scan of all of them per activity (most have none).
  const byActivity = groupBy(parties, (p) => p.activity_id);
  const refsOf = (rows: readonly (typeof parties)[number][] | undefined, role: PartyRole): PartyRef[] =>
    rows ? collectPartyRefs(rows.filter((p) => p.role === role)) : [];
  const activities: StoredActivity[] = [];
  for (const r of rows) {
    const id = field(r, 'id');
    const partyRows = byActivity.get(id);
    const candidates = field(r, 'link_candidates');
    const extra = field(r, 'extra');
    const a: StoredActivity = {
      id,
      submissionId: field(r, 'submission_id'),
      submissionVersion: field(r, 'version'),
      partyId: field(r, 'party_id'),
      planningYear: field(r, 'planning_year'),
      position: field(r, 'position'),
      sheet: field(r, 'sheet'),
      rowNumber: field(r, 'row_number'),
      activity: field(r, 'activity'),
      agreementId: field(r, 'agreement_id'),
      linkStatus: field(r, 'link_status'),
      linkCandidates: candidates === '[]' ? [] : (JSON.parse(candidates) as LinkCandidate[]),
      needsFromParties: refsOf(partyRows, 'needs_from'),
      involvedParties: refsOf(partyRows, 'involved'),
      leadParties: refsOf(partyRows, 'lead'),
      extra: extra === '{}' ? {} : (JSON.parse(extra) as Record<string, string>),
    };
    for (const [name, column] of OPTIONAL_TEXTS) {
      const value = field(r, column);
      if (value !== null) a[name] = value;
    }
    const score = field(r, 'link_score');
    if (score !== null) a.linkScore = score;
    const budget = field(r, 'budget');
    if (budget !== null) a.budget = budget;
    const removed = field(r, 'removed_reason');
    if (removed !== null) a.removedReason = removed;
    const corrected = field(r, 'corrected');
    if (corrected !== null) a.original = JSON.parse(corrected) as Partial<Record<CorrectableField, string>>;
    activities.push(a);
  }
  return activities;
}

/** What names a stored activity (its identity, see bundle/compute.ts) and what it says. */
export type ActivityLabel = Pick<StoredActivity, 'id' | 'partyId' | 'key' | 'position' | 'rowNumber' | 'activity'>;

/**
 * What names each activity of the given submissions, and its text, removed ones left out, in the order
 * of activitiesOf: only these columns, so that checking one decision does not read a year's parties,
 * links and extra columns (a region's 120,000 activities take some 70 MB read whole).
 */
export function activityLabelsOf(db: ReadonlyDb, submissionIds: number[]): ActivityLabel[] {
  if (submissionIds.length === 0) return [];
  const rows = db
    .prepare<[string], { id: number; party_id: string; row_key: string | null; position: number; row_number: number; activity: string }>(
      `SELECT a.id, s.party_id, a.row_key, a.position, a.row_number, a.activity FROM activities a JOIN submissions s ON s.id = a.submission_id
       WHERE a.submission_id IN (SELECT value FROM json_each(?)) AND a.removed_reason IS NULL
       ORDER BY s.party_id, a.submission_id, a.position`,
    )
    .all(JSON.stringify(submissionIds));
  return rows.map((r) => ({
    id: r.id,
    partyId: r.party_id,
    ...(r.row_key !== null ? { key: r.row_key } : {}),
    position: r.position,
    rowNumber: r.row_number,
    activity: r.activity,
  }));
}

/**
 * A person's decision on a stored activity's link: the afspraak (or none) and
 * how it was decided. The proposal's score goes with a link chosen by hand.
 * The caller runs this inside a transaction, with the log entry.
 */
export function updateActivityLink(db: Db, activityId: number, agreementId: number | null, status: LinkStatus): void {
  db.prepare(
    `UPDATE activities SET agreement_id = ?, link_status = ?,
            link_score = CASE WHEN ? = 'confirmed' THEN link_score ELSE NULL END
     WHERE id = ?`,
  ).run(agreementId, status, status, activityId);
}

/**
 * Per party, the heading of the column its current submission's needs (or notes) were
 * read from, as written ("Nodig van gemeente/huurders", "Stand 2026"): it may say whom
 * the requests are for, or what the notes are. A submission without such a column has no entry.
 */
export function currentHeadings(db: Db, setId: number, planningYear: number, kind: SubmissionKind, field: 'needs' | 'notes'): Map<string, string> {
  const rows = db
    .prepare<[number, number, string], { party_id: string; columns: string }>(
      'SELECT party_id, columns FROM submissions WHERE set_id = ? AND planning_year = ? AND kind = ? AND is_current = 1',
    )
    .all(setId, planningYear, kind);
  const headings = new Map<string, string>();
  for (const r of rows) {
    let columns: unknown;
    try {
      columns = JSON.parse(r.columns);
    } catch {
      continue;
    }
    if (!Array.isArray(columns)) continue;
    const column = (columns as { field?: unknown; header?: unknown }[]).find((c) => c?.field === field && typeof c.header === 'string');
    if (column) headings.set(r.party_id, column.header as string);
  }
  return headings;
}

export function currentSubmissionIds(db: Db, setId: number, planningYear: number, kind: SubmissionKind, partyId?: string): number[] {
  return db
    .prepare<[number, number, string, string | null, string | null], { id: number }>(
      `SELECT id FROM submissions WHERE set_id = ? AND planning_year = ? AND kind = ? AND is_current = 1
       AND (? IS NULL OR party_id = ?) ORDER BY party_id`,
    )
    .all(setId, planningYear, kind, partyId ?? null, partyId ?? null)
    .map((r) => r.id);
}

export function recordRequest(
  db: Db,
  r: { setId: number; partyId: string; planningYear: number; kind: SubmissionKind; fileName: string; madeAt: string; madeBy: string },
): void {
  db.prepare(
    'INSERT INTO requests (set_id, party_id, planning_year, kind, file_name, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(r.setId, r.partyId, r.planningYear, r.kind, r.fileName, r.madeAt, r.madeBy);
}

export function lastRequests(db: Db, setId: number, kind: SubmissionKind): { partyId: string; planningYear: number; madeAt: string }[] {
  return db
    .prepare<[number, string], { party_id: string; planning_year: number; made_at: string }>(
      `SELECT party_id, planning_year, MAX(made_at) AS made_at FROM requests WHERE set_id = ? AND kind = ?
       GROUP BY party_id, planning_year`,
    )
    .all(setId, kind)
    .map((r) => ({ partyId: r.party_id, planningYear: r.planning_year, madeAt: r.made_at }));
}


/** Corrects the day a stored version was received (yyyy-mm-dd). */
export function setSubmissionReceivedOn(db: Db, submissionId: number, receivedOn: string): void {
  db.prepare('UPDATE submissions SET received_on = ? WHERE id = ?').run(receivedOn, submissionId);
}

/** An activity whose link is settled, for the linker to learn from. */
export interface SettledLink {
  partyId: string;
  planningYear: number;
  activity: string;
  agreementId: number | null;
  status: LinkStatus;
}

/**
 * The activities of a set whose link has one of `statuses`, of every version
 * (a person's choice in an older version was a choice all the same) but not
 * those a person removed: newest first, at most `limit`.
 */
export function settledLinks(db: ReadonlyDb, setId: number, kind: SubmissionKind, statuses: readonly LinkStatus[], limit: number): SettledLink[] {
  return db
    .prepare<[number, string, string, number], { party_id: string; planning_year: number; activity: string; agreement_id: number | null; link_status: LinkStatus }>(
      `SELECT s.party_id, s.planning_year, a.activity, a.agreement_id, a.link_status
       FROM activities a JOIN submissions s ON s.id = a.submission_id
       WHERE s.set_id = ? AND s.kind = ? AND a.removed_reason IS NULL AND a.link_status IN (SELECT value FROM json_each(?))
       ORDER BY s.planning_year DESC, s.version DESC, s.id DESC, a.position LIMIT ?`,
    )
    .all(setId, kind, JSON.stringify(statuses), limit)
    .map((r) => ({ partyId: r.party_id, planningYear: r.planning_year, activity: r.activity, agreementId: r.agreement_id, status: r.link_status }));
}
