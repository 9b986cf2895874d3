// What the secretary enters for the succesindicatoren outside the uitvraag: a
// start value where the agreement gives none, and figures for years before the
// first uitvraag; every change in the indicator log. SQL lives here only.
import type { EnteredIndicatorBaseline, EnteredIndicatorFigure, IndicatorLogAction, IndicatorLogEntry } from '../domain/indicators';
import type { Db } from './open';

export interface Stamp {
  changedAt: string;
  changedBy: string;
}

export function loadIndicatorBaselines(db: Db, setId: number): EnteredIndicatorBaseline[] {
  return db
    .prepare<[number], { indicator_code: string; year: number; value: number; note: string }>(
      'SELECT indicator_code, year, value, note FROM indicator_baselines WHERE set_id = ? ORDER BY indicator_code',
    )
    .all(setId)
    .map((r) => ({ code: r.indicator_code, year: r.year, value: r.value, note: r.note }));
}

export function loadEnteredIndicatorValues(db: Db, setId: number): EnteredIndicatorFigure[] {
  return db
    .prepare<[number], { indicator_code: string; party_id: string | null; year: number; value: number; note: string }>(
      `SELECT indicator_code, party_id, year, value, note FROM indicator_entered_values
       WHERE set_id = ? ORDER BY indicator_code, year, ifnull(party_id, '')`,
    )
    .all(setId)
    .map((r) => ({ code: r.indicator_code, partyId: r.party_id, year: r.year, value: r.value, note: r.note }));
}

export function saveIndicatorBaseline(db: Db, setId: number, b: EnteredIndicatorBaseline, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO indicator_baselines (set_id, indicator_code, year, value, note, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, indicator_code) DO UPDATE SET year = excluded.year, value = excluded.value, note = excluded.note,
       changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
  ).run(setId, b.code, b.year, b.value, b.note, stamp.changedAt, stamp.changedBy);
}

export function deleteIndicatorBaseline(db: Db, setId: number, code: string): void {
  db.prepare('DELETE FROM indicator_baselines WHERE set_id = ? AND indicator_code = ?').run(setId, code);
}

export function saveEnteredIndicatorValue(db: Db, setId: number, f: EnteredIndicatorFigure, stamp: Stamp): void {
  deleteEnteredIndicatorValue(db, setId, f.code, f.year, f.partyId);
  db.prepare(
    `INSERT INTO indicator_entered_values (set_id, indicator_code, party_id, year, value, note, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(setId, f.code, f.partyId, f.year, f.value, f.note, stamp.changedAt, stamp.changedBy);
}

export function deleteEnteredIndicatorValue(db: Db, setId: number, code: string, year: number, partyId: string | null): void {
  db.prepare(
    `DELETE FROM indicator_entered_values
     WHERE set_id = ? AND indicator_code = ? AND year = ? AND ifnull(party_id, '') = ifnull(?, '')`,
  ).run(setId, code, year, partyId);
}

export interface NewIndicatorLogEntry extends Stamp {
  setId: number;
  code: string;
  action: IndicatorLogAction;
  year: number | null;
  partyId: string | null;
  detail: string;
  note: string;
}

/** Records one change; the caller runs this inside the transaction that makes it. */
export function insertIndicatorLog(db: Db, e: NewIndicatorLogEntry): void {
  db.prepare(
    `INSERT INTO indicator_log (set_id, indicator_code, action, year, party_id, detail, note, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.setId, e.code, e.action, e.year, e.partyId, e.detail, e.note, e.changedAt, e.changedBy);
}

/** The changes, newest first; of one indicator when a code is given. */
export function indicatorLogEntries(db: Db, setId: number, code?: string): IndicatorLogEntry[] {
  return db
    .prepare<
      [number, string | null, string | null],
      {
        id: number;
        indicator_code: string;
        action: IndicatorLogAction;
        year: number | null;
        party_id: string | null;
        detail: string;
        note: string;
        changed_at: string;
        changed_by: string;
      }
    >('SELECT * FROM indicator_log WHERE set_id = ? AND (? IS NULL OR indicator_code = ?) ORDER BY id DESC')
    .all(setId, code ?? null, code ?? null)
    .map((r) => ({
      id: r.id,
      code: r.indicator_code,
      action: r.action,
      year: r.year,
      partyId: r.party_id,
      detail: r.detail,
      note: r.note,
      changedAt: r.changed_at,
      changedBy: r.changed_by,
    }));
}


/** The codes of a set's indicators and the last position among them: where a confirmed proposal goes. */
export function indicatorCodesAndLastPosition(db: Db, setId: number): { codes: Set<string>; lastPosition: number } {
  const codes = new Set(db.prepare<[number], { code: string }>('SELECT code FROM indicators WHERE set_id = ?').all(setId).map((r) => r.code));
  const lastPosition = db.prepare<[number], { n: number }>('SELECT COALESCE(MAX(position), 0) AS n FROM indicators WHERE set_id = ?').get(setId)?.n ?? 0;
  return { codes, lastPosition };
}
