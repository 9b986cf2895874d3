// What the Verantwoording page's parts share: the execution years to choose
// from, number formatting, the badge for a result's status and the traffic light.
import type { StatusSummary } from '../../../../src/domain/accountability';
import { RESULT_STATUS_WORDS, type ResultStatus } from '../../../../src/domain/results';
import { lightLabel, termText, unansweredWord } from '../../../../src/domain/stoplight';

export const EXECUTION_YEARS = [2025, 2026, 2027, 2028];

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : nf.format(n);
}

function statusClass(status: ResultStatus | null): string {
  switch (status) {
    case 'done':
      return 'status-ok';
    case 'partly-done':
    case 'ongoing':
      return 'status-partial';
    case 'delayed':
    case 'not-started':
    case 'dropped':
      return 'status-bad';
    default:
      return 'status-none';
  }
}

export function StatusBadge({ status, text }: { status: ResultStatus | null; text?: string }) {
  return <span className={`badge result-status ${statusClass(status)}`}>{status ? RESULT_STATUS_WORDS[status] : text || 'geen status'}</span>;
}

/**
 * A stoplight as a pill: a dot and the word, so it does not rest on colour
 * alone. What it says is the core's (stoplight.ts): the colours judge the
 * answers received; an open ring while nothing is answered yet.
 */
export function Light({ summary, title }: { summary: StatusSummary; title?: string }) {
  return (
    <span className={`light light-${summary.light}`} title={title}>
      <span className="light-dot" aria-hidden="true" />
      {lightLabel(summary)}
    </span>
  );
}

/** A planned activity without an answer: "nog niet binnen" with its termijn until the deadline, then "geen antwoord". Never a colour. */
export function Unanswered({ awaited, deadline }: { awaited: boolean; deadline: string }) {
  return (
    <>
      <span className="badge result-status status-unanswered">{unansweredWord(awaited)}</span>
      {awaited && deadline !== '' && <span className="unanswered-term">{termText(deadline)}</span>}
    </>
  );
}
