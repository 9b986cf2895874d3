// Results of an execution year and the indicators' figures, stored per results
// submission; and the werkgroep's advice per report. SQL lives here only.
import type { ActivityResult, AdviceVersion, IndicatorValue, ResultStatus } from '../domain/results';
import type { Db, ReadonlyDb } from './open';

export interface NewResult extends Omit<ActivityResult, 'partyId' | 'executionYear'> {
  sheet: string;
  rowNumber: number;
  extra: Record<string, string>;
}

export interface NewIndicatorValue {
  code: string;
  value: number;
  valueText: string;
  note: string;
}

/** Stores the rows of a results submission; the caller runs this in the submission's transaction. */
export function insertResults(
  db: Db,
  submissionId: number,
  partyId: string,
  year: number,
  results: NewResult[],
  values: NewIndicatorValue[],
): void {
  const row = db.prepare(
    `INSERT INTO results (submission_id, position, sheet, row_number, identity, agreement_id, activity, planned, status,
                          status_text, result, explanation, steering, extra)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  results.forEach((r, i) =>
    row.run(
      submissionId,
      i + 1,
      r.sheet,
      r.rowNumber,
      r.identity,
      r.agreementId,
      r.activity,
      r.planned ? 1 : 0,
      r.status,
      r.statusText,
      r.result,
      r.explanation,
      r.steeringNeeded === null ? null : r.steeringNeeded ? 1 : 0,
      JSON.stringify(r.extra),
    ),
  );
  const value = db.prepare(
    `INSERT INTO indicator_values (submission_id, indicator_code, party_id, year, value, value_text, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const v of values) value.run(submissionId, v.code, partyId, year, v.value, v.valueText, v.note);
}

/** The results of the current results submissions of the given years. */
export function currentResults(db: Db, setId: number, years: number[]): ActivityResult[] {
  return selectResults(db, 's.set_id = ? AND s.is_current = 1 AND s.planning_year IN (SELECT value FROM json_each(?))', [setId, JSON.stringify(years)]);
}

/** The results of one submission (an earlier version, for comparison). */
export function resultsOfSubmission(db: ReadonlyDb, submissionId: number): ActivityResult[] {
  return selectResults(db, 's.id = ?', [submissionId]);
}

function selectResults(db: ReadonlyDb, where: string, params: unknown[]): ActivityResult[] {
  return db
    .prepare<
      unknown[],
      {
        party_id: string;
        planning_year: number;
        identity: string;
        agreement_id: number | null;
        activity: string;
        planned: number;
        status: ResultStatus | null;
        status_text: string;
        result: string;
        explanation: string;
        steering: number | null;
      }
    >(
      `SELECT s.party_id, s.planning_year, r.identity, r.agreement_id, r.activity, r.planned, r.status, r.status_text,
              r.result, r.explanation, r.steering
       FROM results r JOIN submissions s ON s.id = r.submission_id
       WHERE s.kind = 'results' AND ${where}
       ORDER BY s.planning_year, s.party_id, r.position`,
    )
    .all(...params)
    .map((r) => ({
      partyId: r.party_id,
      executionYear: r.planning_year,
      identity: r.identity,
      agreementId: r.agreement_id,
      activity: r.activity,
      planned: r.planned === 1,
      status: r.status,
      statusText: r.status_text,
      result: r.result,
      explanation: r.explanation,
      steeringNeeded: r.steering === null ? null : r.steering === 1,
    }));
}

/** Every figure of the current results submissions, all years (progress needs the history). */
export function currentIndicatorValues(db: Db, setId: number): IndicatorValue[] {
  return db
    .prepare<[number], { indicator_code: string; party_id: string; year: number; value: number; note: string }>(
      `SELECT v.indicator_code, v.party_id, v.year, v.value, v.note
       FROM indicator_values v JOIN submissions s ON s.id = v.submission_id
       WHERE s.set_id = ? AND s.kind = 'results' AND s.is_current = 1
       ORDER BY v.indicator_code, v.year, v.party_id`,
    )
    .all(setId)
    .map((r) => ({ code: r.indicator_code, partyId: r.party_id, year: r.year, value: r.value, note: r.note }));
}

export function loadAdvice(db: Db, setId: number, years: string): string {
  return (
    db.prepare<[number, string], { advice: string }>('SELECT advice FROM report_advice WHERE set_id = ? AND years = ?').get(setId, years)
      ?.advice ?? ''
  );
}

/** Every saved text of the werkgroep's advice for one report, oldest first. */
export function loadAdviceVersions(db: Db, setId: number, years: string): AdviceVersion[] {
  return db
    .prepare<[number, string], { version: number; advice: string; saved_at: string; saved_by: string }>(
      'SELECT version, advice, saved_at, saved_by FROM report_advice_versions WHERE set_id = ? AND years = ? ORDER BY version',
    )
    .all(setId, years)
    .map((r) => ({ version: r.version, advice: r.advice, savedAt: r.saved_at, savedBy: r.saved_by }));
}

/**
 * Saves the advice as its next version and makes it the current one, in one
 * transaction; the same text as the current one is no new version. Returns
 * whether anything was saved.
 */
export function saveAdvice(db: Db, setId: number, years: string, advice: string, at: string, by: string): boolean {
  return db.transaction(() => {
    const last = db
      .prepare<[number, string], { version: number; advice: string }>(
        'SELECT version, advice FROM report_advice_versions WHERE set_id = ? AND years = ? ORDER BY version DESC LIMIT 1',
      )
      .get(setId, years);
    if (last ? last.advice === advice : advice === '') return false;
    db.prepare(
      `INSERT INTO report_advice_versions (set_id, years, version, advice, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(setId, years, (last?.version ?? 0) + 1, advice, at, by);
    db.prepare(
      `INSERT INTO report_advice (set_id, years, advice, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (set_id, years) DO UPDATE SET advice = excluded.advice, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    ).run(setId, years, advice, at, by);
    return true;
  })();
}
