// Presentation helpers for Dutch text in the UI. What a date means is the
// domain's (src/domain/calendar.ts); this only lays it out.
import { formatDateNl } from '../../src/domain/calendar';

/** "2026-11-27" → "27 november 2026"; anything that is not an ISO date is shown as given. */
export function formatDate(iso: string): string {
  try {
    return formatDateNl(iso.slice(0, 10));
  } catch {
    return iso;
  }
}

/** An ISO timestamp in the secretary's local time: "27 november 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
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
