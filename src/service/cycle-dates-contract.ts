// The contract's slice for the days of the set's yearly calendar. WerkbankApi
// (contract.ts) joins it; the implementation is cycle-dates.ts.
import type { CycleDates, CycleDeadline, DayOfYear } from '../domain/calendar';

export type { CycleDates, CycleDeadline, DayOfYear } from '../domain/calendar';

export interface CycleDatesApi {
  /** The active set's day for each deadline of the cycle (section 6.2's where it chose none). */
  getCycleDates(): Promise<CycleDates>;
  /** Changes some of those days, each checked (a Dutch message names the deadline), in one transaction, each in the activity log. */
  setCycleDates(arg: { dates: Partial<Record<CycleDeadline, DayOfYear>> }): Promise<CycleDates>;
}
