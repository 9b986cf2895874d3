// Dutch text output of the CLI. Pure: rows in, lines out.
import { formatDateNl } from '../domain/calendar';
import type { CalendarView, CyclePhase, Deadline } from '../domain/calendar';
import { scheduleLabel } from '../domain/schedule';
import type { AgreementRow } from '../service/contract';

export function formatAgreements(rows: AgreementRow[], description: string): string {
  const lines: string[] = [];
  let topic = '';
  for (const row of rows) {
    const heading = `${row.topicNumber} ${row.topicTitle}`;
    if (heading !== topic) {
      if (topic !== '') lines.push('');
      lines.push(heading);
      lines.push('─'.repeat(Math.min(heading.length, 78)));
      topic = heading;
    }
    lines.push(`[${row.reference}] ${row.text}`);
    lines.push(`    Trekker: ${row.leadText || '—'}`);
    lines.push(`    Betrokkenen: ${row.involvedText || '—'}`);
    const years = row.schedule.years.length > 0 ? ` (${scheduleLabel(row.schedule)})` : '';
    lines.push(`    Uitvoering: ${row.schedule.text.trim() || '—'}${row.schedule.text.trim() ? years : ''}`);
    for (const flag of row.flags) lines.push(`    Let op: ${flag.message}`);
  }
  if (lines.length > 0) lines.push('');
  const count = rows.length === 1 ? '1 afspraak' : `${rows.length} afspraken`;
  lines.push(description ? `${count} (${description}).` : `${count}.`);
  return lines.join('\n');
}

function aboutLabel(phase: CyclePhase): string {
  return phase.about.map((a) => a.label).join(' en ');
}

function deadlineLine(d: Deadline): string {
  const when = d.daysLeft === 0 ? 'vandaag' : d.daysLeft === 1 ? 'nog 1 dag' : `nog ${d.daysLeft} dagen`;
  const outside = d.withinAgreementPeriod ? '' : ' (buiten de looptijd van de afspraken)';
  return `  ${formatDateNl(d.date).padEnd(18)} ${`(${when})`.padEnd(16)} ${d.title} — ${d.about.label}${outside}; ${d.actor}`;
}

export function formatCalendar(view: CalendarView, deadlineCount = 6): string {
  const lines: string[] = [`Jaarcyclus op ${formatDateNl(view.date)}`, ''];
  if (view.currentPhases.length === 0) {
    lines.push(`Nu: ${view.betweenPhases ?? 'geen fase'}`);
  } else {
    lines.push(view.currentPhases.length === 1 ? 'Lopende fase:' : 'Lopende fasen:');
    for (const phase of view.currentPhases) {
      lines.push(`  ${phase.code}. ${phase.title} (${phase.period}) — over ${aboutLabel(phase)}`);
    }
  }
  lines.push('', 'Eerstvolgende termijnen:');
  for (const d of view.deadlines.slice(0, deadlineCount)) lines.push(deadlineLine(d));
  return lines.join('\n');
}
