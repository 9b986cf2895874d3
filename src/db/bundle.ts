// The werkgroep's decisions on a planning year's bundle, and its saved versions. SQL lives here only.
import type { Alignment, AlignmentStatus, BundleVersionInfo, SavedVersionStatus, NeedDecision, NeedDecisionKind, PartyPromise } from '../domain/bundle-decisions';
import type { Db, ReadonlyDb } from './open';

export function loadAlignments(db: Db, setId: number, planningYear: number): Map<string, Alignment> {
  const rows = db
    .prepare<
      [number, number],
      { identity: string; status: AlignmentStatus; promises: string; also_involved: string; notes: string; updated_at: string; revision: number }
    >('SELECT identity, status, promises, also_involved, notes, updated_at, revision FROM alignments WHERE set_id = ? AND planning_year = ?')
    .all(setId, planningYear);
  return new Map(
    rows.map((r) => [
      r.identity,
      {
        status: r.status,
        promises: JSON.parse(r.promises) as PartyPromise[],
        alsoInvolved: JSON.parse(r.also_involved) as string[],
        notes: r.notes,
        recordedAt: r.updated_at,
        revision: r.revision,
      },
    ]),
  );
}

/** Who last recorded an activity's alignment, and when; null when nobody did. */
export function alignmentRecord(
  db: Db,
  key: { setId: number; planningYear: number; identity: string },
): { revision: number; updatedAt: string; updatedBy: string } | null {
  const r = db
    .prepare<[number, number, string], { revision: number; updated_at: string; updated_by: string }>(
      'SELECT revision, updated_at, updated_by FROM alignments WHERE set_id = ? AND planning_year = ? AND identity = ?',
    )
    .get(key.setId, key.planningYear, key.identity);
  return r ? { revision: r.revision, updatedAt: r.updated_at, updatedBy: r.updated_by } : null;
}

/** Records an alignment as its next revision; the caller runs this inside a transaction. */
export function saveAlignment(
  db: Db,
  key: { setId: number; planningYear: number; identity: string },
  alignment: Alignment,
  at: string,
  by: string,
): void {
  db.prepare(
    `INSERT INTO alignments (set_id, planning_year, identity, status, promises, also_involved, notes, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, planning_year, identity) DO UPDATE SET
       status = excluded.status, promises = excluded.promises, also_involved = excluded.also_involved,
       notes = excluded.notes, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
       revision = alignments.revision + 1`,
  ).run(
    key.setId,
    key.planningYear,
    key.identity,
    alignment.status,
    JSON.stringify(alignment.promises),
    JSON.stringify(alignment.alsoInvolved),
    alignment.notes,
    at,
    by,
  );
}

/** The werkgroep's decisions on the requests of a planning year. */
export function loadNeedDecisions(db: Db, setId: number, planningYear: number): NeedDecision[] {
  return db
    .prepare<
      [number, number],
      { identity: string; to_party_id: string; decision: NeedDecisionKind; answer_identity: string | null; reason: string; decided_at: string; decided_by: string }
    >(
      `SELECT identity, to_party_id, decision, answer_identity, reason, decided_at, decided_by
       FROM need_decisions WHERE set_id = ? AND planning_year = ? ORDER BY identity, to_party_id`,
    )
    .all(setId, planningYear)
    .map((r) => ({
      activityIdentity: r.identity,
      toPartyId: r.to_party_id,
      decision: r.decision,
      ...(r.answer_identity !== null ? { answerIdentity: r.answer_identity } : {}),
      reason: r.reason,
      decidedAt: r.decided_at,
      decidedBy: r.decided_by,
    }));
}

/** Records (or with null removes) the decision on one request; the caller runs this inside a transaction. */
export function saveNeedDecision(
  db: Db,
  key: { setId: number; planningYear: number; identity: string; toPartyId: string },
  decision: Pick<NeedDecision, 'decision' | 'answerIdentity' | 'reason' | 'decidedAt' | 'decidedBy'> | null,
): void {
  if (decision === null) {
    db.prepare('DELETE FROM need_decisions WHERE set_id = ? AND planning_year = ? AND identity = ? AND to_party_id = ?').run(
      key.setId,
      key.planningYear,
      key.identity,
      key.toPartyId,
    );
    return;
  }
  db.prepare(
    `INSERT INTO need_decisions (set_id, planning_year, identity, to_party_id, decision, answer_identity, reason, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, planning_year, identity, to_party_id) DO UPDATE SET
       decision = excluded.decision, answer_identity = excluded.answer_identity, reason = excluded.reason,
       decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  ).run(
    key.setId,
    key.planningYear,
    key.identity,
    key.toPartyId,
    decision.decision,
    decision.answerIdentity ?? null,
    decision.reason,
    decision.decidedAt,
    decision.decidedBy,
  );
}

export function loadDuplicateDecisions(db: Db, setId: number, planningYear: number): Map<string, 'accepted' | 'rejected'> {
  const rows = db
    .prepare<[number, number], { proposal_key: string; decision: 'accepted' | 'rejected' }>(
      'SELECT proposal_key, decision FROM duplicate_decisions WHERE set_id = ? AND planning_year = ?',
    )
    .all(setId, planningYear);
  return new Map(rows.map((r) => [r.proposal_key, r.decision]));
}

export function saveDuplicateDecision(
  db: Db,
  key: { setId: number; planningYear: number; proposalKey: string },
  decision: 'accepted' | 'rejected' | 'open',
  at: string,
  by: string,
): void {
  if (decision === 'open') {
    db.prepare('DELETE FROM duplicate_decisions WHERE set_id = ? AND planning_year = ? AND proposal_key = ?').run(
      key.setId,
      key.planningYear,
      key.proposalKey,
    );
    return;
  }
  db.prepare(
    `INSERT INTO duplicate_decisions (set_id, planning_year, proposal_key, decision, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, planning_year, proposal_key) DO UPDATE SET
       decision = excluded.decision, decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  ).run(key.setId, key.planningYear, key.proposalKey, decision, at, by);
}

export function loadInsufficient(db: Db, setId: number, planningYear: number): Map<number, string> {
  const rows = db
    .prepare<[number, number], { agreement_id: number; follow_up: string }>(
      'SELECT agreement_id, follow_up FROM insufficient_marks WHERE set_id = ? AND planning_year = ?',
    )
    .all(setId, planningYear);
  return new Map(rows.map((r) => [r.agreement_id, r.follow_up]));
}

export function saveInsufficient(
  db: Db,
  key: { setId: number; planningYear: number; agreementId: number },
  followUp: string | null,
  at: string,
  by: string,
): void {
  if (followUp === null) {
    db.prepare('DELETE FROM insufficient_marks WHERE set_id = ? AND planning_year = ? AND agreement_id = ?').run(
      key.setId,
      key.planningYear,
      key.agreementId,
    );
    return;
  }
  db.prepare(
    `INSERT INTO insufficient_marks (set_id, planning_year, agreement_id, follow_up, marked_at, marked_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, planning_year, agreement_id) DO UPDATE SET
       follow_up = excluded.follow_up, marked_at = excluded.marked_at, marked_by = excluded.marked_by`,
  ).run(key.setId, key.planningYear, key.agreementId, followUp, at, by);
}

interface VersionRecord {
  number: number;
  status: SavedVersionStatus;
  saved_at: string;
  saved_by: string;
}

const toInfo = (r: VersionRecord): BundleVersionInfo => ({
  number: r.number,
  status: r.status,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
});

export function bundleVersions(db: ReadonlyDb, setId: number, planningYear: number): BundleVersionInfo[] {
  return db
    .prepare<[number, number], VersionRecord>(
      'SELECT number, status, saved_at, saved_by FROM bundle_versions WHERE set_id = ? AND planning_year = ? ORDER BY number',
    )
    .all(setId, planningYear)
    .map(toInfo);
}

/** A saved version's overview as it was stored (JSON); the caller names its type (the service: a JointOverview). */
export function loadBundleSnapshot<Snapshot>(db: ReadonlyDb, setId: number, planningYear: number, number: number): Snapshot | null {
  const row = db
    .prepare<[number, number, number], { snapshot: string }>(
      'SELECT snapshot FROM bundle_versions WHERE set_id = ? AND planning_year = ? AND number = ?',
    )
    .get(setId, planningYear, number);
  return row ? (JSON.parse(row.snapshot, englishCodes) as Snapshot) : null;
}

/**
 * A saved version stays as it was saved; one saved before migration 19 holds
 * the alignment status in its old Dutch codes, one saved before migration 20
 * its own status ('concept', 'definitief'), a party's state ('ingediend') and
 * the werkgroep's answers ('werkgroep'), one saved before migration 21 the
 * parties' kinds ('gemeente'): read here as today's. Those words are no other
 * value of their key, so the key is enough to find them.
 */
const STATUS_BEFORE_20: Readonly<Record<string, string>> = {
  voorgesteld: 'pending',
  afgestemd: 'aligned',
  toegezegd: 'promised',
  concept: 'draft',
  definitief: 'final',
};

const BEFORE_21: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: STATUS_BEFORE_20,
  state: { ingediend: 'submitted', 'niet ingediend': 'missing' },
  basis: { werkgroep: 'working-group' },
  kind: { gemeente: 'municipality', corporatie: 'corporation', huurdersorganisatie: 'tenant-body' },
};

function englishCodes(key: string, value: unknown): unknown {
  const codes = Object.prototype.hasOwnProperty.call(BEFORE_21, key) ? BEFORE_21[key] : undefined;
  return codes && typeof value === 'string' && Object.prototype.hasOwnProperty.call(codes, value) ? codes[value] : value;
}

/** Stores the overview as the next version number; the caller runs this inside a transaction. */
export function insertBundleVersion(
  db: Db,
  setId: number,
  planningYear: number,
  status: SavedVersionStatus,
  at: string,
  by: string,
  snapshotOf: (info: BundleVersionInfo) => unknown,
): BundleVersionInfo {
  const last = db
    .prepare<[number, number], { number: number | null }>(
      'SELECT MAX(number) AS number FROM bundle_versions WHERE set_id = ? AND planning_year = ?',
    )
    .get(setId, planningYear);
  const info: BundleVersionInfo = { number: (last?.number ?? 0) + 1, status, savedAt: at, savedBy: by };
  db.prepare(
    `INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(setId, planningYear, info.number, status, at, by, JSON.stringify(snapshotOf(info)));
  return info;
}
