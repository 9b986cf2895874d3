// Dutch text output of the CLI. Pure: rows in, lines out.
import { ACTIVITY_LOG_LABELS, type ActivityLogEntry } from '../domain/activity-log';
import { formatDateNl } from '../domain/calendar';
import { localDay, localTime } from '../domain/local-time';
import type { CalendarView, CyclePhase, Deadline } from '../domain/calendar';
import { scheduleLabel } from '../domain/schedule';
import { needAnsweredLine, needOpenDecisionText, openQuestions } from '../domain/open-questions';
import type { JointOverview, NeedCheck, OpenLink } from '../domain/joint-overview';
import type { AccountabilityReport } from '../domain/accountability';
import { lightLabel, responseSentences, responseText } from '../domain/stoplight';
import { FACT_SOURCE_WORDS, type SubmissionNote } from '../domain/submissions';
import { PAIRED_BY_WORDS, statusWordOf } from '../domain/results';
import { choiceList, openLinkText } from '../domain/links';
import type {
  BackupListing,
  ImportPreview,
  IndicatorInputs,
  ResultsPreview,
} from '../service/contract';
import type { ActivityLinkView, ActivityRow, ActivityView } from '../domain/activities';
import type { AgreementRow } from '../domain/agreements';
import { formatValue, type IndicatorLogEntry } from '../domain/indicators';
import { CORRECTABLE_FIELDS, CORRECTION_LABELS, describeChange } from '../domain/corrections';
import { missingCase } from '../domain/assert';

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


/** The lines of the file that are no activities, kept with it. */
function noteLines(notes: readonly SubmissionNote[], hint = ''): string[] {
  if (notes.length === 0) return [];
  return [
    '',
    `Regels die geen activiteit zijn (bewaard bij het bestand${hint}):`,
    ...notes.map((n) => `  blad "${n.sheet}", rij ${n.row}: ${n.text}`),
  ];
}

/** How a link reads in a list: the afspraak when it is settled, otherwise what is still open. */
export function linkLabel(link: ActivityLinkView): string {
  switch (link.status) {
    case 'key':
    case 'reference':
    case 'evidence':
    case 'confirmed':
      return link.reference ?? 'afspraak';
    case 'manual':
      return link.reference ?? 'geen afspraak (gekozen)';
    case 'proposed':
      return `voorgesteld: ${link.reference ?? ''}`;
    case 'choice':
      return `kies: ${choiceList(link.alternatives.map((a) => a.reference))}`;
    case 'none':
      return 'geen afspraak gevonden';
    default:
      return missingCase(link.status);
  }
}

/** Why the linked or proposed afspraak, and for a choice why each candidate: "zelfde onderwerp 1.1 · tekst lijkt 45%". */
function linkReasonLines(link: ActivityLinkView): string[] {
  if (link.status === 'choice') return link.alternatives.map((a) => `${a.reference}: ${a.reasons.join(' · ')}`);
  if (link.reasons.length === 0) return [];
  const others = link.status === 'proposed' && link.alternatives.length > 0 ? `; ook mogelijk: ${link.alternatives.map((a) => a.reference).join(', ')}` : '';
  return [`${link.reasons.join(' · ')}${others}`];
}


export function formatPreview(p: ImportPreview, partyName: (id: string) => string): string {
  const lines: string[] = [];
  lines.push(`${p.fileName} — ${p.ours ? 'uitvraag-werkmap van de Werkbank' : 'eigen opmaak'}, blad "${p.sheet}", kopregel ${p.headerRow}`);
  const party = p.party.id ? `${partyName(p.party.id)} (${FACT_SOURCE_WORDS[p.party.source ?? 'given'].short})` : `onbekend${p.party.hint ? ` ("${p.party.hint}")` : ''}`;
  const year = p.planningYear.value ? `${p.planningYear.value} (${FACT_SOURCE_WORDS[p.planningYear.source ?? 'given'].short})` : 'onbekend';
  lines.push(`Partij: ${party}    Planningsjaar: ${year}`);
  const c = p.counts;
  lines.push(
    `${p.rowsRead} rijen gelezen: ${c.activities} activiteiten, ${c.linked} gekoppeld aan een afspraak, ${c.proposed} met een voorstel, ${c.choices} om uit te kiezen, ` +
      `bij ${c.notFound} geen afspraak gevonden${c.decidedNone > 0 ? `, ${c.decidedNone} bewust zonder afspraak` : ''}`,
  );
  if (p.alreadyImported) {
    lines.push(`Dit bestand is al ingelezen als versie ${p.alreadyImported.version} (${formatDateTimeNl(p.alreadyImported.importedAt)}).`);
  } else if (p.diff) {
    lines.push(...diffLines(p.diff));
  }
  if (p.missing.length > 0) {
    lines.push(
      `Nog te kiezen: ${p.missing.map((m) => (m === 'party' ? 'de partij (--partij NAAM)' : 'het planningsjaar (--jaar N)')).join(' en ')}`,
    );
  }
  if (p.problems.length > 0) {
    lines.push('', 'Problemen:');
    for (const problem of p.problems) lines.push(`  ${problem.severity === 'error' ? 'fout' : 'let op'}: ${problem.message}`);
  }
  lines.push(...noteLines(p.notes, '; is er een toch een activiteit, geef dan --wel-activiteit RIJ'));
  if (p.activities.length > 0) {
    lines.push('', 'Activiteiten (is er een geen activiteit, geef dan --geen-activiteit RIJ):');
    for (const a of p.activities) {
      lines.push(`  rij ${String(a.rowNumber).padEnd(4)} [${linkLabel(a.link)}] ${a.activity.replace(/\s*\n\s*/g, ' / ')}`);
      for (const reason of linkReasonLines(a.link)) lines.push(`           ${reason}`);
      const earlier = correctionLine(a);
      if (earlier) lines.push(`           ${earlier}`);
    }
  }
  return lines.join('\n');
}

export function formatActivities(rows: ActivityRow[], partyName: (id: string) => string, description: string): string {
  const lines: string[] = [];
  let party = '';
  for (const row of rows) {
    if (row.partyId !== party) {
      if (party !== '') lines.push('');
      party = row.partyId;
      const heading = `${partyName(row.partyId)} — versie ${row.submissionVersion}`;
      lines.push(heading, '─'.repeat(heading.length));
    }
    lines.push(`rij ${String(row.rowNumber).padEnd(4)} [${linkLabel(row.link)}] ${row.activity.replace(/\s*\n\s*/g, ' / ')}`);
    const original = row.correction?.original ?? {};
    if (row.correction) lines.push(`    ${row.correction.removed ? 'verwijderd' : 'gecorrigeerd'}: ${row.correction.reason}`);
    if (original.activity !== undefined) lines.push(`    was: ${oneLine(original.activity)}`);
    const fields: [string, string | undefined, string | undefined][] = [
      ['Nr', row.rowLabel, undefined],
      ['Trekker', row.lead, undefined],
      ['Rol', row.role, original.role],
      ['Nodig van anderen', row.needs, original.needs],
      ['Van wie', row.needsFrom, original.needsFrom],
      ['Ambitie', row.ambition, original.ambition],
      ['Planning', row.planning, original.planning],
      ['Betrokken', row.involved, original.involved],
      ['Toelichting', row.notes, original.notes],
      ['Budget', row.budget !== undefined ? `€ ${row.budget.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}` : undefined, undefined],
      ...Object.entries(row.extra).map(([label, value]): [string, string, undefined] => [label, value, undefined]),
    ];
    for (const [label, value, was] of fields) {
      if (!value && was === undefined) continue;
      lines.push(`    ${label}: ${oneLine(value || '(leeg)')}${was !== undefined ? ` (was: ${oneLine(was || '(leeg)')})` : ''}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const removed = rows.filter((r) => r.correction?.removed).length;
  const count = rows.length - removed;
  lines.push(`${count === 1 ? '1 activiteit' : `${count} activiteiten`}${removed > 0 ? `, ${removed} verwijderd` : ''} (${description}).`);
  return lines.join('\n');
}


/** A correction made earlier and carried to this version: "eerder verwijderd: REDEN", "eerder gecorrigeerd (Planning: Q2 2027 → Q3 2027): REDEN". */
function correctionLine(a: ActivityView): string | null {
  const c = a.correction;
  if (!c) return null;
  if (c.removed) return `eerder verwijderd: ${c.reason}`;
  const changes = CORRECTABLE_FIELDS.filter((f) => c.original[f] !== undefined).map((f) => describeChange(f, c.original[f] ?? '', a[f] ?? ''));
  return `eerder gecorrigeerd (${changes.join('; ')}): ${c.reason}`;
}

/** What one correction changed, as the activiteit command reports it; where: "Woonwaarts, planningsjaar 2027, rij 4". */
export function formatCorrection(before: ActivityRow, after: ActivityRow, where: string, reason: string): string {
  const text = oneLine(after.activity);
  const lines: string[] = [];
  if (after.correction?.removed && !before.correction?.removed) {
    lines.push(
      `Verwijderd: ${where}: ${text}`,
      'De activiteit blijft in de Werkbank zichtbaar (doorgestreept), maar telt in het gezamenlijk overzicht, de uitvraag en de verantwoording niet meer mee.',
    );
  }
  if (before.correction?.removed && !after.correction?.removed) lines.push(`Hersteld: ${where}: ${text}`);
  const changes = CORRECTABLE_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? ''));
  if (changes.length > 0) lines.push(`Gecorrigeerd: ${where}`, ...changes.map((f) => `  ${describeChange(f, before[f] ?? '', after[f] ?? '')}`));
  const original = after.correction?.original ?? {};
  const written = CORRECTABLE_FIELDS.filter((f) => original[f] !== undefined);
  if (written.length > 0) {
    lines.push(`De partner schreef: ${written.map((f) => `${CORRECTION_LABELS[f]}: ${oneLine(original[f] || '(leeg)')}`).join('; ')}`);
  }
  lines.push(`Reden: ${reason}`);
  return lines.join('\n');
}

export function formatDateTimeNl(iso: string): string {
  const d = new Date(iso);
  return `${formatDateNl(localDay(d))} ${localTime(d)}`;
}

/** "12 vragen aan andere partijen, 7 nog open (waarvan 2 zonder partij)": the count the app and the documents show. */
function questionsLine(o: JointOverview): string {
  const q = openQuestions(o);
  const withoutParty = q.total - o.needs.length;
  return (
    `${q.total} ${q.total === 1 ? 'vraag' : 'vragen'} aan andere partijen, ${q.open} nog open` +
    (withoutParty > 0 ? ` (waarvan ${withoutParty} zonder partij van deze afspraken)` : '')
  );
}

/**
 * The requests of the wederkerigheid, open ones first: who asks whom what, at
 * which row of whose file, and whether and by what it is answered (the
 * werkgroep's decision with its reason).
 */
export function formatNeeds(o: JointOverview, name: (id: string) => string, partyId?: string): string {
  const q = openQuestions(o, partyId !== undefined ? { partyId } : {});
  const all = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
  const byIdentity = new Map(all.map((a) => [a.identity, a]));
  const line = (n: NeedCheck): string[] => {
    const a = byIdentity.get(n.activityIdentity);
    const where = a ? `rij ${a.rowNumber}${new Set(all.filter((x) => x.partyId === a.partyId).map((x) => x.sheet)).size > 1 ? ` (blad "${a.sheet}")` : ''}` : '';
    const decided = n.decision ? ` — besluit van de werkgroep (${n.decision.decidedBy}, ${formatDateTimeNl(n.decision.decidedAt)})` : '';
    const open = needOpenDecisionText(n, name);
    return [
      `  ${name(n.fromPartyId)} ${where} → ${name(n.toPartyId)}: ${n.text.replace(/\s+/g, ' ').trim()}`,
      `      ${needAnsweredLine(n, name)}${decided}`,
      ...(open !== null ? [`      ${open}`] : []),
    ];
  };
  const lines = [
    `Wederkerigheid ${o.planningYear}${partyId !== undefined ? `, van en aan ${name(partyId)}` : ''}: ${q.total} ${q.total === 1 ? 'vraag' : 'vragen'}, ${q.open} nog open`,
  ];
  if (q.unanswered.length > 0) lines.push('', 'Open:', ...q.unanswered.flatMap(line));
  if (q.unaddressed.length > 0) {
    lines.push('', 'Zonder partij van deze afspraken:', ...q.unaddressed.map((n) => `  ${name(n.fromPartyId)} → ${n.outside.join(', ') || 'niet gezegd'}: ${n.text.replace(/\s+/g, ' ').trim()}`));
  }
  if (q.answered.length > 0) lines.push('', 'Beantwoord:', ...q.answered.flatMap(line));
  return lines.join('\n');
}

export function formatBundleSummary(o: JointOverview): string {
  const version =
    o.version.status === 'working'
      ? 'huidige stand (werkversie)'
      : `${o.version.status === 'final' ? 'definitieve versie' : 'conceptversie'} ${o.version.number ?? ''}`.trim();
  const c = o.counts;
  const lines = [
    `Gezamenlijk activiteitenoverzicht ${o.planningYear} — ${version}`,
    `${c.activities} activiteiten; ${c.agreementsActive} afspraken lopen in ${o.planningYear}, waarvan ${c.agreementsWithoutActivity} zonder activiteit`,
    `Wederkerigheid: ${questionsLine(o)}`,
    `Inzendingen: ${o.parties.map((p) => `${p.shortName} ${p.submission ? `v${p.submission.version}` : '—'}`).join(', ')}`,
  ];
  if (c.linksOpen > 0) {
    lines.push(
      `Koppelingen met afspraken: ${c.linksOpen} nog niet besloten (voorgesteld, te kiezen of niet gevonden); zie prestatie koppelingen --jaar ${o.planningYear}`,
    );
  }
  if (o.attention.length > 0) {
    lines.push('', `Aandachtspunten (${o.attention.length}):`);
    for (const point of o.attention) lines.push(`  - ${point.message}`);
  }
  return lines.join('\n');
}


export function formatResultsPreview(p: ResultsPreview, partyName: (id: string) => string): string {
  const lines: string[] = [];
  lines.push(`${p.fileName} — ${p.ours ? 'resultaten-uitvraag van de Werkbank' : 'eigen opmaak'}, blad "${p.sheet}", kopregel ${p.headerRow}`);
  const party = p.party.id ? `${partyName(p.party.id)} (${FACT_SOURCE_WORDS[p.party.source ?? 'given'].short})` : 'onbekend';
  const year = p.executionYear.value ? `${p.executionYear.value} (${FACT_SOURCE_WORDS[p.executionYear.source ?? 'given'].short})` : 'onbekend';
  lines.push(`Partij: ${party}    Uitvoeringsjaar: ${year}`);
  const c = p.counts;
  lines.push(`${c.results} resultaten: ${c.planned} gepland, ${c.unplanned} niet gepland, ${c.deviations} met een afwijking; ${p.indicators.length} indicatorcijfers`);
  if (p.alreadyImported) lines.push(`Dit bestand is al ingelezen als versie ${p.alreadyImported.version}.`);
  if (p.diff) lines.push(...diffLines(p.diff));
  if (p.missing.length > 0) {
    lines.push(`Nog te kiezen: ${p.missing.map((m) => (m === 'party' ? 'de partij (--partij NAAM)' : 'het uitvoeringsjaar (--jaar N)')).join(' en ')}`);
  }
  if (p.problems.length > 0) {
    lines.push('', 'Problemen:');
    for (const problem of p.problems) lines.push(`  ${problem.severity === 'error' ? 'fout' : 'let op'}: ${problem.message}`);
  }
  const open = p.unknownStatuses.filter((u) => u.chosen === null);
  if (open.length > 0) {
    lines.push('', 'Onbekende statussen (kies er een met --status "TEKST=STATUS", bijvoorbeeld --status "niet gerealiseerd=niet gestart"):');
    for (const u of open) lines.push(`  "${u.text}" in ${u.rows.length === 1 ? 'rij' : 'rijen'} ${u.rows.join(', ')}`);
  }
  lines.push(...noteLines(p.notes));
  if (p.results.length > 0) {
    lines.push('', 'Resultaten:');
    for (const r of p.results) {
      const status = statusWordOf(r) || 'geen status';
      lines.push(`  rij ${String(r.rowNumber).padEnd(4)} [${status}${r.planned ? '' : ', niet gepland'}] ${r.activity.replace(/\s*\n\s*/g, ' / ')}`);
      if (r.plannedActivity && r.matchedBy !== 'key' && r.plannedActivity !== r.activity) {
        lines.push(`           beantwoordt (${PAIRED_BY_WORDS[r.matchedBy ?? 'text'].short}): ${r.plannedActivity.replace(/\s*\n\s*/g, ' / ')}`);
      }
    }
  }
  if (p.unansweredPlanned.length > 0) {
    lines.push('', `Gepland, maar zonder antwoord in dit bestand (${p.unansweredPlanned.length}):`);
    for (const a of p.unansweredPlanned) lines.push(`  ${a.reference ? `[${a.reference}] ` : ''}${a.activity.replace(/\s*\n\s*/g, ' / ')}`);
  }
  return lines.join('\n');
}

export function formatReportSummary(r: AccountabilityReport): string {
  const years = r.executionYears.length === 1 ? String(r.executionYears[0]) : `${r.executionYears[0]}–${r.executionYears[r.executionYears.length - 1]}`;
  const lines = [`${r.kind === 'interim' ? 'Tussenevaluatie' : 'Verantwoording'} ${years}`, ''];
  lines.push(...responseSentences(r), '');
  lines.push('Per thema (stoplicht uit de ontvangen antwoorden; beantwoord):');
  for (const theme of r.themes) lines.push(`  ${String(theme.number).padEnd(2)} ${theme.title.padEnd(48)} ${lightLabel(theme.summary).padEnd(16)} ${responseText(theme.summary)}`);
  lines.push('', 'Per partij:');
  for (const p of r.byParty) {
    const name = r.parties.find((x) => x.id === p.partyId)?.name ?? p.partyId;
    lines.push(`  ${name.padEnd(51)} ${lightLabel(p.summary).padEnd(16)} ${responseText(p.summary)}`);
  }
  lines.push('', `Afwijkingen: ${r.deviations.length}; bijsturing nodig: ${r.steering.length}; niet gepland: ${r.unplanned.length}; toelichting ontbreekt: ${r.missingExplanations.length}`);
  lines.push('', 'Indicatoren:');
  for (const i of r.indicators) lines.push(`  ${i.indicator.title}: ${i.message}`);
  lines.push('', ...formatAdvice(r));
  return lines.join('\n');
}

/** The werkgroep's advice as it stands, and its earlier versions with who saved them and when. */
export function formatAdvice(r: AccountabilityReport): string[] {
  const versions = r.adviceVersions ?? [];
  const current = versions[versions.length - 1];
  if (!r.advice.trim()) {
    return [
      current ? `Advies van de werkgroep: leeggemaakt (versie ${current.version}, ${formatDateTimeNl(current.savedAt)} door ${current.savedBy}).` : 'Advies van de werkgroep: nog niet gegeven.',
      'Geef het met --advies TEKST of --advies-bestand PAD.',
    ];
  }
  const lines = [current ? `Advies van de werkgroep (versie ${current.version}, ${formatDateTimeNl(current.savedAt)} door ${current.savedBy}):` : 'Advies van de werkgroep:'];
  for (const line of r.advice.split('\n')) lines.push(`  ${line}`);
  const earlier = versions.slice(0, -1).reverse();
  if (earlier.length > 0) {
    lines.push(`Eerdere versies van het advies: ${earlier.length}`);
    for (const v of earlier) lines.push(`  versie ${v.version}, ${formatDateTimeNl(v.savedAt)} door ${v.savedBy}: ${v.advice.trim() ? oneLine(v.advice, 90) : '(leeg)'}`);
  }
  return lines;
}

function diffLines(diff: NonNullable<ImportPreview['diff']>): string[] {
  const lines = [`Ten opzichte van versie ${diff.againstVersion}: ${diff.added} nieuw, ${diff.changed} gewijzigd, ${diff.removed} vervallen`];
  for (const item of diff.items) {
    const label = { added: 'nieuw', changed: 'gewijzigd', removed: 'vervallen' }[item.change];
    lines.push(`  ${label}: ${item.activity.split('\n')[0]}${item.details.length ? ` (${item.details.join('; ')})` : ''}`);
  }
  return lines;
}

/** One line of text, shortened for a list when a length is given. */
function oneLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const flat = text.replace(/\s*\n\s*/g, ' / ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The open links of a planning year, each with where it is in the party's file and what is open, and how to decide them. */
export function formatOpenLinks(open: OpenLink[], partyName: (id: string) => string, description: string): string {
  if (open.length === 0) return `Geen open koppelingen (${description}): elke activiteit staat bij een afspraak of is als 'geen afspraak' vastgelegd.`;
  const lines = [`Open koppelingen (${description}): ${open.length}`];
  for (const o of open) {
    lines.push(`  ${partyName(o.partyId)}, blad ${o.sheet}, rij ${o.rowNumber}: ${oneLine(o.activity, 100)}`);
    const others = o.status === 'proposed' && o.candidates.length > 0 ? ` (ook mogelijk: ${o.candidates.join(', ')})` : '';
    lines.push(`      ${openLinkText(o.status, o.reference, o.candidates)}${others}`);
  }
  const example = open.find((o) => o.status !== 'none') ?? open[0];
  const target = example?.reference ?? example?.candidates[0] ?? '1.1 bij 1 (2)';
  lines.push(
    '',
    "Alles in één keer: --bevestig-alle bevestigt elk voorstel en legt 'geen afspraak gevonden' vast als 'geen afspraak'; een keuze blijft open.",
    `Eén besluit: --kies "${example ? partyName(example.partyId) : 'PARTIJ'}:${example?.rowNumber ?? 'RIJ'}=${target}", of "=geen" als de activiteit bij geen afspraak hoort.`,
  );
  return lines.join('\n');
}

/** The decisions about the activities of a planning year, newest first. */
export function formatActivityLog(entries: ActivityLogEntry[]): string {
  if (entries.length === 0) return 'Nog geen besluiten over koppelingen vastgelegd.';
  return entries
    .map((e) => {
      const reason = e.reason ? `\n      reden: ${e.reason}` : '';
      return `${formatDateTimeNl(e.changedAt)}, ${e.changedBy} [${ACTIVITY_LOG_LABELS[e.action]}] ${e.detail}${reason}`;
    })
    .join('\n');
}

/** The backups, newest first, each with when, why and what it holds. */
export function formatBackups(list: BackupListing[], partyName: (id: string) => string): string {
  if (list.length === 0) return 'Er zijn nog geen reservekopieën.';
  const lines = [`${list.length === 1 ? '1 reservekopie' : `${list.length} reservekopieën`}, nieuwste eerst:`];
  for (const b of list) {
    const held = b.current.filter((c) => c.kind === 'activities');
    const what = held.length === 0 ? 'nog geen activiteitenoverzichten' : held.map((c) => `${partyName(c.partyId)} ${c.year} v${c.version}`).join(', ');
    lines.push(`  ${b.name}`, `      ${formatDateTimeNl(b.madeAt)}, ${b.reasonText}; ${what}`);
  }
  return lines.join('\n');
}

/** The indicators' starts and earlier figures: one block per indicator, with what may still be entered. */
export function formatIndicatorInputs(inputs: IndicatorInputs[], partyName: (id: string) => string): string {
  const lines: string[] = [];
  for (const i of inputs) {
    lines.push(`${i.code}  ${i.title}`);
    lines.push(`    doel: ${i.target}`);
    lines.push(`    vertrekpunt: ${i.baselineText}${i.baselineEditable ? '' : ' [uit de afspraken, niet te wijzigen]'}`);
    if (i.earlierYears.length > 0) {
      const years = `${i.earlierYears[0]}${i.earlierYears.length > 1 ? `–${i.earlierYears[i.earlierYears.length - 1]}` : ''}`;
      lines.push(`    cijfers vóór de eerste uitvraag (${years}):${i.figures.length === 0 ? ' nog geen' : ''}`);
      for (const f of i.figures) {
        lines.push(`      ${f.year}  ${f.partyId === null ? 'alle partijen samen' : partyName(f.partyId)}: ${formatValue(f.value, i.unit)} (bron: ${f.note})`);
      }
    }
  }
  return lines.join('\n');
}

export function formatIndicatorLog(entries: IndicatorLogEntry[]): string {
  if (entries.length === 0) return 'Nog geen vertrekpunten of eerdere cijfers ingevoerd.';
  return entries.map((e) => `${formatDateTimeNl(e.changedAt)}, ${e.changedBy} [${e.code}] ${e.detail}\n      bron: ${e.note}`).join('\n');
}
