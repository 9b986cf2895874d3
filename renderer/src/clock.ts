// Today by the Werkbank's clock: the core's date, once the core has said it
// (the browser shell can be started on another date, to practise or show the
// yearly cycle); the computer's until then. The pages' default years follow it.
import { localDay } from '../../src/domain/local-time';

let coreToday: string | null = null;

export function setCoreToday(isoDate: string): void {
  coreToday = isoDate;
}

/** Today (yyyy-mm-dd) by the Werkbank's clock, in Druten. */
export function currentDay(): string {
  return coreToday ?? localDay(new Date());
}

export function currentYear(): number {
  return coreToday !== null ? Number(coreToday.slice(0, 4)) : new Date().getFullYear();
}

/** The day a joint overview is read on: a saved version's own day, the working overview's today. */
export function overviewDay(savedAt: string | null | undefined): string {
  return savedAt ? localDay(savedAt) : currentDay();
}
