// What the Verantwoording page's parts share: the execution years to choose
// from, number formatting, the badge for a result's status and the traffic light.
import type { ResultStatus, TrafficLight } from '../../../../src/accountability/types';

export const EXECUTION_YEARS = [2025, 2026, 2027, 2028];

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : nf.format(n);
}

function statusClass(status: ResultStatus | null): string {
  switch (status) {
    case 'gerealiseerd':
      return 'status-ok';
    case 'gedeeltelijk gerealiseerd':
    case 'doorlopend':
      return 'status-partial';
    case 'vertraagd':
    case 'niet gestart':
    case 'vervallen':
      return 'status-bad';
    default:
      return 'status-none';
  }
}

export function StatusBadge({ status, text }: { status: ResultStatus | null; text?: string }) {
  return <span className={`badge result-status ${statusClass(status)}`}>{status ?? (text || 'geen status')}</span>;
}

/** A traffic light as a pill: a coloured dot and the word, so it does not rest on colour alone. */
export function Light({ light }: { light: TrafficLight }) {
  return (
    <span className={`light light-${light}`}>
      <span className="light-dot" aria-hidden="true" />
      {light}
    </span>
  );
}
