// The years the Overzicht page's "Stand van het werk" shows: those the cycle is
// busy with on the calendar's date, within the agreement, soonest deadline first.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar';
import { focusYears, nextDeadlineOf } from '../../src/domain/focus-years';

const period = { start: 2025, end: 2028 };
const years = [2025, 2026, 2027, 2028];
const focus = (date: string, within = years) => focusYears(buildCalendar(date, period), within).map((r) => `${r.kind} ${r.year}`);

describe('the years the cycle is busy with', () => {
  it('names each year once, never an evaluation, and only years of the agreement', () => {
    for (const date of ['2026-02-10', '2026-06-15', '2026-09-01', '2026-11-27', '2026-12-20']) {
      const refs = focus(date);
      expect(new Set(refs).size).toBe(refs.length);
      expect(refs.every((r) => !r.startsWith('evaluation') && years.includes(Number(r.split(' ')[1])))).toBe(true);
    }
    expect(focus('2026-11-27', [])).toEqual([]);
  });

  it('puts the year with the soonest deadline first', () => {
    const view = buildCalendar('2026-09-01', period);
    const days = focusYears(view, years).map((r) => nextDeadlineOf(view, r)?.daysLeft ?? Number.MAX_SAFE_INTEGER);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('on 27 November 2026: the planning year being prepared, and the results round of the running year', () => {
    expect(focus('2026-11-27')).toEqual(['planning 2027', 'execution 2026']);
  });
});
