// Which years the cycle is busy with on the calendar's date, and the next
// deadline about each: what the Overzicht page's "Stand van het werk" shows.
// Pure.
import type { CalendarView, Deadline, YearRef } from './calendar';

/**
 * The planning and execution years the cycle is busy with on the calendar's
 * date: what the running phases are about, what the next two deadlines are
 * about (in the autumn that brings the results uitvraag of the running year),
 * and the planning year this calendar year prepares, also after its last phase
 * (in December the gezamenlijk overzicht should be definitief). Only years of
 * the agreement; soonest deadline first.
 */
export function focusYears(view: CalendarView, years: number[]): YearRef[] {
  const refs: YearRef[] = [
    ...view.currentPhases.flatMap((p) => p.about),
    ...view.deadlines.slice(0, 2).map((d) => d.about),
    ...view.phases.filter((p) => p.status !== 'upcoming').flatMap((p) => p.about.filter((a) => a.kind === 'planning')),
  ];
  const seen = new Set<string>();
  const focus = refs.filter((ref) => {
    const key = `${ref.kind}-${ref.year}`;
    if (ref.kind === 'evaluation' || !years.includes(ref.year) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const urgency = (ref: YearRef) => {
    const next = nextDeadlineOf(view, ref);
    return next ? next.daysLeft : Number.MAX_SAFE_INTEGER;
  };
  return focus.sort((a, b) => urgency(a) - urgency(b));
}

/** The soonest deadline about that year, from the calendar. */
export function nextDeadlineOf(view: CalendarView, ref: Pick<YearRef, 'kind' | 'year'>): Deadline | null {
  return view.deadlines.find((d) => d.about.kind === ref.kind && d.about.year === ref.year) ?? null;
}
