// Dutch wording and small views of an AccountabilityReport shared by the Word
// and Excel writers of the verantwoording and the tussenevaluatie, so both
// documents say the same thing the same way.
import { SUMMARY_KEYS, unansweredText, type SummaryKey } from '../domain/stoplight';
import type { AccountabilityReport, MissingResult, StatusSummary, TrafficLight } from '../domain/accountability';
import type { CycleDates } from '../domain/calendar';
import { RESULT_STATUS_WORDS, type ActivityResult } from '../domain/results';
import { dateNl } from './labels';
import { flat } from './report-model';

/** "2026" or "2025-2026" (a hyphen: it goes into file names too). */
export function yearsText(report: AccountabilityReport, dash = '-'): string {
  const years = report.executionYears;
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}${dash}${last}`;
}

/** "Verantwoording 2026", "Tussenevaluatie 2025–2026". */
export function accountabilityTitle(report: AccountabilityReport): string {
  return `${report.kind === 'interim' ? 'Tussenevaluatie' : 'Verantwoording'} ${yearsText(report, '–')}`;
}

/** "Verantwoording 2026.docx", "Tussenevaluatie 2025-2026.xlsx". */
export function accountabilityFileName(report: AccountabilityReport, format: 'docx' | 'xlsx'): string {
  return `${report.kind === 'interim' ? 'Tussenevaluatie' : 'Verantwoording'} ${yearsText(report)}.${format}`;
}

export function reportDateText(report: AccountabilityReport): string {
  return dateNl(report.generatedAt);
}

export const STATUS_KEYS: readonly SummaryKey[] = SUMMARY_KEYS;

/** Short column headers for the status counts. */
export const STATUS_SHORT: Record<SummaryKey, string> = {
  done: 'Gerealiseerd',
  'partly-done': 'Gedeeltelijk',
  delayed: 'Vertraagd',
  'not-started': 'Niet gestart',
  dropped: 'Vervallen',
  ongoing: 'Doorlopend',
  unanswered: 'Geen antwoord',
};

/**
 * Fill (light) and text colour per light, as hex without '#'. 'open' (planned,
 * nothing answered yet) has a look of its own: a calm blue-grey, neither a
 * judgement nor the grey of "niets te melden".
 */
export const LIGHT_FILLS: Record<TrafficLight, { fill: string; text: string }> = {
  green: { fill: 'C9E7CD', text: '1E5B28' },
  orange: { fill: 'FBE3A8', text: '6B4700' },
  red: { fill: 'F4C7BC', text: '8A1F0A' },
  open: { fill: 'E3ECF5', text: '2F4A66' },
  grey: { fill: 'E3E3E3', text: '404040' },
};

/** Fill per result status, light enough for black text; an unanswered item has the neutral look of the 'open' light. */
export const STATUS_FILLS: Record<SummaryKey, string> = {
  done: 'DCEFDF',
  ongoing: 'E8F4EA',
  'partly-done': 'FBF0D0',
  delayed: 'FBE3A8',
  'not-started': 'F4D3CA',
  dropped: 'F0C0B4',
  unanswered: 'EDF2F8',
};

export function total(summary: StatusSummary): number {
  return STATUS_KEYS.reduce((a, k) => a + summary.counts[k], 0);
}

export { summaryText } from '../domain/stoplight';

/** Whether what is missing over this execution year may still come in (its results deadline has not passed). */
export function awaitedIn(report: Pick<AccountabilityReport, 'responses'>, year: number): boolean {
  return report.responses.find((r) => r.year === year)?.awaited ?? false;
}

export interface Names {
  party: (id: string) => string;
  partyShort: (id: string) => string;
  agreementRef: (id: number | null) => string;
  themeOf: (id: number | null) => string;
}

export function namesOf(report: AccountabilityReport): Names {
  const parties = new Map(report.parties.map((p) => [p.id, p]));
  const agreements = new Map<number, { reference: string; text: string; theme: string }>();
  for (const t of report.themes) {
    for (const topic of t.topics) {
      for (const a of topic.agreements) agreements.set(a.id, { reference: a.reference, text: a.text, theme: `${t.number} ${t.title}` });
    }
  }
  return {
    party: (id) => parties.get(id)?.name ?? id,
    partyShort: (id) => parties.get(id)?.shortName ?? id,
    agreementRef: (id) => (id === null ? 'Niet gekoppeld' : (agreements.get(id)?.reference ?? String(id))),
    themeOf: (id) => (id === null ? '' : (agreements.get(id)?.theme ?? '')),
  };
}

/** One line of the flat results list: a result or a planned activity without an answer. */
export interface ResultLine {
  theme: string;
  topic: string;
  reference: string;
  partyId: string;
  year: number;
  activity: string;
  planned: boolean;
  status: SummaryKey;
  /** The status as the documents write it: an unanswered line reads "nog niet binnen (termijn tot …)" or "geen antwoord". */
  statusText: string;
  result: string;
  explanation: string;
  steering: string;
  /** A deviation without the required toelichting. */
  explanationMissing: boolean;
}

export function resultLines(report: AccountabilityReport): ResultLine[] {
  const missingExplanation = new Set(report.missingExplanations.map(resultKey));
  const lines: ResultLine[] = [];
  const add = (theme: string, topic: string, reference: string, results: ActivityResult[], missing: MissingResult[]): void => {
    for (const r of results) {
      lines.push({
        theme,
        topic,
        reference,
        partyId: r.partyId,
        year: r.executionYear,
        activity: flat(r.activity),
        planned: r.planned,
        status: r.status ?? 'unanswered',
        statusText: statusLabel(r, awaitedIn(report, r.executionYear), report.agreementSet.cycleDates),
        result: flat(r.result),
        explanation: flat(r.explanation),
        steering: steeringText(r.steeringNeeded),
        explanationMissing: missingExplanation.has(resultKey(r)),
      });
    }
    for (const m of missing) {
      lines.push({
        theme,
        topic,
        reference,
        partyId: m.partyId,
        year: m.year,
        activity: flat(m.activity),
        planned: true,
        status: 'unanswered',
        statusText: unansweredText(m.year, awaitedIn(report, m.year), report.agreementSet.cycleDates),
        result: '',
        explanation: '',
        steering: '',
        explanationMissing: false,
      });
    }
  };
  for (const t of report.themes) {
    for (const topic of t.topics) {
      for (const a of topic.agreements) add(`${t.number} ${t.title}`, `${topic.number} ${topic.title}`, a.reference, a.results, a.missing);
    }
  }
  add('', '', 'Niet gekoppeld', report.unlinked.results, report.unlinked.missing);
  return lines;
}

export function resultKey(r: ActivityResult): string {
  return `${r.partyId}|${r.executionYear}|${r.identity}`;
}

export function steeringText(value: boolean | null): string {
  return value === true ? 'ja' : value === false ? 'nee' : '';
}

/** A result's status as written in the documents; `awaited`: its year's results deadline has not passed. */
export function statusLabel(r: ActivityResult, awaited: boolean, dates?: CycleDates): string {
  return r.status ? RESULT_STATUS_WORDS[r.status] : (r.statusText.trim() ? `${r.statusText} (onbekende status)` : unansweredText(r.executionYear, awaited, dates));
}

/** Where the advice stands when none was given: said as it is, not as a form to fill in. */
export function adviceMissingText(report: AccountabilityReport): string {
  return `De werkgroep heeft over deze ${report.kind === 'interim' ? 'tussenevaluatie' : 'verantwoording'} nog geen advies aan het Bestuurlijk Overleg gegeven.`;
}

/** "Het advies van de Werkgroep Prestatieafspraken, versie 2 van 12 mei 2027." */
export function adviceSourceText(report: AccountabilityReport): string {
  const versions = report.adviceVersions ?? [];
  const current = versions[versions.length - 1];
  const what = report.kind === 'interim' ? 'deze tussenevaluatie' : 'deze verantwoording';
  if (!current) return `Het advies van de Werkgroep Prestatieafspraken op basis van ${what}.`;
  return `Het advies van de Werkgroep Prestatieafspraken op basis van ${what} (versie ${current.version} van ${dateNl(current.savedAt)}).`;
}

/**
 * "6 indicatoren tellen (deels) dezelfde woningen als een andere …": said once
 * where the indicators are summed up, so nobody adds the 180 to the 270; null
 * when none do.
 */
export function overlapSummary(report: Pick<AccountabilityReport, 'indicators'>): string | null {
  const n = report.indicators.filter((p) => p.overlap !== undefined).length;
  if (n === 0) return null;
  // An example the reader knows: a step and its target first, else any part and its whole.
  const pairs = report.indicators.flatMap((p) =>
    (p.indicator.overlaps ?? []).flatMap((o) => {
      const other = report.indicators.find((q) => q.indicator.code === o.code);
      return other ? [{ relation: o.relation, titles: [p.indicator.title, other.indicator.title] }] : [];
    }),
  );
  const example = pairs.find((x) => x.relation === 'step-of') ?? pairs[0];
  const like = example ? `, zoals ‘${example.titles[0]}’ en ‘${example.titles[1]}’` : '';
  return `${n} indicatoren tellen (deels) dezelfde woningen als een andere${like}; dat staat bij de indicator onder ‘Dezelfde woningen’. Tel hun cijfers niet bij elkaar op.`;
}
