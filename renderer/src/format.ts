// Presentation helpers for Dutch text in the UI. What a date means is the
// domain's (src/domain/calendar.ts); this only lays it out.
import { formatDateNl } from '../../src/domain/calendar';
import { localDay, localTime } from '../../src/domain/local-time';

/** The calendar day of an ISO date, or of an ISO timestamp in Druten's time (23:30 UTC is the next day there), whatever the computer's zone. */
function localDayOf(iso: string): string {
  if (!/T\d{2}:\d{2}/.test(iso)) return iso.slice(0, 10);
  return localDay(iso);
}

/** "2026-11-27" → "27 november 2026"; anything that is not an ISO date is shown as given. */
export function formatDate(iso: string): string {
  try {
    return formatDateNl(localDayOf(iso));
  } catch {
    return iso;
  }
}

/** "2026-11-27…" → "27-11-2026", "2026-07-04" → "4-7-2026" (as nl-NL writes a short date): compact, for tight table cells. */
export function formatShortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(localDayOf(iso));
  if (!m) return iso;
  return `${Number(m[3])}-${Number(m[2])}-${m[1]}`;
}

/** An ISO timestamp in Druten's time: "27 november 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso)}, ${localTime(d)}`;
}

/** "1 afspraak", "12 afspraken". */
export function countLabel(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "nog 12 dagen", "morgen", "vandaag", "3 dagen geleden". */
export function daysLeftLabel(days: number): string {
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  if (days > 1) return `nog ${days} dagen`;
  if (days === -1) return 'gisteren';
  return `${-days} dagen geleden`;
}

/** "48 kB", "1,2 MB": a file size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/** 0.8734 → "87%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

const EUROS = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** "€ 25.000", "€ 1.250,5" as nl-NL writes amounts. */
export function formatEuros(amount: number): string {
  return EUROS.format(amount);
}
