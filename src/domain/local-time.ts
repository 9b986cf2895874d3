// The secretary's clock: the Werkgroep sits in Druten, so a day and a time are
// those of Europe/Amsterdam wherever the Werkbank runs (a laptop set to UTC,
// CI, a browser abroad). A moment stored as an ISO timestamp (UTC) is shown on
// the day it was in Druten: 23:30 UTC on 31 October is 1 November there.

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The day (yyyy-mm-dd) of a moment in Druten; a plain day is itself; what is no date is returned as given, cut to a day. */
export function localDay(moment: Date | string): string {
  if (typeof moment === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(moment)) return moment;
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return typeof moment === 'string' ? moment.slice(0, 10) : '';
  // en-CA writes yyyy-mm-dd.
  return DAY.format(date);
}

/** The wall-clock time (hh:mm) of a moment in Druten; '' for what is no moment. */
export function localTime(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return '';
  const p = wallClock(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The moment it is in Druten on this day at this wall-clock time (the time
 * of day of `timeOf`, as it is in Druten): what a Werkbank started "as if it
 * were" another day uses as its clock.
 */
export function onLocalDay(isoDay: string, timeOf: Date): Date {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const t = wallClock(timeOf);
  const wanted = Date.UTC(year, month - 1, day, t.hour, t.minute, t.second, timeOf.getUTCMilliseconds());
  // The offset from UTC at about that moment (one or two hours); checked again across a change of summer time.
  let guess = wanted - offset(new Date(wanted));
  guess = wanted - offset(new Date(guess));
  return new Date(guess);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date): WallClock {
  const parts = Object.fromEntries(PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far Druten's clock is ahead of UTC at a moment, in milliseconds. */
function offset(date: Date): number {
  const p = wallClock(date);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
