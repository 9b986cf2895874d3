// An iCalendar file (RFC 5545) of the werkgroep's yearly cycle: every phase,
// deadline and meeting of section 6.2 in one calendar year, to import once
// into the secretary's calendar program. Pure.
//
// RFC 5545 in brief, as kept here: CRLF line ends; lines folded at 75 octets
// (never inside a UTF-8 character) with a space starting the next; TEXT values
// escaped (\\ \; \, and \n); a UID that stays the same for the same event, so
// that importing a newer file updates events instead of doubling them; DTSTAMP
// in UTC; whole-day events as VALUE=DATE with an exclusive DTEND.
import { buildCalendar, parseIsoDate, toIsoDate, type CycleDates, type CyclePeriod, type YearRef } from '../domain/calendar';

export interface IcsEvent {
  uid: string;
  /** First day (ISO yyyy-mm-dd) and last day, inclusive. */
  start: string;
  end: string;
  summary: string;
  description: string;
  /** Days before the start at which the calendar program reminds. */
  remindDaysBefore: number;
}

const CRLF = '\r\n';

/** Every moment of the cycle that falls in calendar year `year`: the phases that start in it and its deadlines and meetings. */
export function cycleEvents(year: number, period: CyclePeriod, dates?: CycleDates): IcsEvent[] {
  const view = buildCalendar(`${String(year).padStart(4, '0')}-01-01`, period, dates);
  const events: IcsEvent[] = [];
  for (const phase of view.phases) {
    if (!phase.start.startsWith(`${year}-`)) continue;
    events.push({
      uid: `fase-${phase.code}-${phase.start}@prestatieafspraken-werkbank`,
      start: phase.start,
      end: phase.end,
      summary: `Fase ${phase.code}: ${phase.title} (${yearsText(phase.about)})`,
      description: `Jaarcyclus van de prestatieafspraken. ${phase.period}, over ${yearsText(phase.about)}.`,
      remindDaysBefore: 7,
    });
  }
  for (const d of view.deadlines) {
    if (!d.date.startsWith(`${year}-`)) continue;
    const meeting = d.actor !== 'Alle partijen';
    events.push({
      uid: `termijn-${d.phaseCode}-${d.date}-${slug(d.title)}@prestatieafspraken-werkbank`,
      start: d.date,
      end: d.date,
      summary: `${meeting ? '' : 'Termijn: '}${d.title} (${d.about.label})`,
      description:
        `${d.actor}, uiterlijk deze dag. Fase ${d.phaseCode} van de jaarcyclus, over ${d.about.label}.` +
        (d.withinAgreementPeriod ? '' : ' Dit jaar valt buiten de looptijd van deze prestatieafspraken.'),
      remindDaysBefore: 7,
    });
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary));
}

/** The .ics text of a calendar with these events; `stamp` is when it was made. */
export function writeIcs(name: string, events: IcsEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Prestatieafspraken Werkbank//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${e.start.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${toIsoDate(parseIsoDate(e.end) + 86_400_000).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.summary)}`,
      `TRIGGER:-P${e.remindDaysBefore}D`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, a line end as \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: at most 75 octets a line; a continuation starts with one space, which counts. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** "uitvoeringsjaar 2026 en planningsjaar 2028". */
function yearsText(refs: YearRef[]): string {
  const labels = refs.map((r) => r.label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1]}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}
