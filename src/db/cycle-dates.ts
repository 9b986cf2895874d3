// A set's own days for the deadlines of the yearly cycle; the days of
// section 6.2 where it has none of its own.
import { CYCLE_DEADLINES, DEFAULT_CYCLE_DATES, type CycleDates, type CycleDeadline, type DayOfYear } from '../domain/calendar';
import type { Db } from './open';

export function loadCycleDates(db: Db, setId: number): CycleDates {
  const dates: CycleDates = { ...DEFAULT_CYCLE_DATES };
  for (const r of db.prepare<[number], { deadline: string; month: number; day: number }>('SELECT deadline, month, day FROM cycle_dates WHERE set_id = ?').all(setId)) {
    if ((CYCLE_DEADLINES as readonly string[]).includes(r.deadline)) dates[r.deadline as CycleDeadline] = { month: r.month, day: r.day };
  }
  return dates;
}

export function saveCycleDate(db: Db, setId: number, deadline: CycleDeadline, d: DayOfYear): void {
  db.prepare('INSERT INTO cycle_dates (set_id, deadline, month, day) VALUES (?, ?, ?, ?) ON CONFLICT (set_id, deadline) DO UPDATE SET month = excluded.month, day = excluded.day').run(setId, deadline, d.month, d.day);
}
