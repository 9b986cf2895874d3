// After the last of several files, or after stopping: what became of each.
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { ImportFlowStore, ImportQueue, QueueOutcome } from '../../import-flow';
import { countLabel } from '../../format';
import type { SavedNames } from './types';

const OUTCOME_BADGES: Record<QueueOutcome['kind'], { label: string; className: string }> = {
  saved: { label: 'opgeslagen', className: 'change-badge-added' },
  skipped: { label: 'overgeslagen', className: 'badge-quiet' },
  refused: { label: 'geweigerd', className: 'badge-error' },
  stopped: { label: 'niet ingelezen', className: 'badge-quiet' },
  replaced: { label: 'niet ingelezen', className: 'badge-quiet' },
};

/** What became of a file that was not read to the end, in words. */
const OUTCOME_NOTES: Record<Exclude<QueueOutcome['kind'], 'saved' | 'refused'>, string> = {
  skipped: 'Overgeslagen; er is niets opgeslagen.',
  stopped: 'Gestopt voordat het werd opgeslagen.',
  replaced: 'Vervangen door een nieuwe keuze van bestanden.',
};

/** What became of one file, in words. */
function outcomeText(outcome: QueueOutcome, named: SavedNames): string {
  if (outcome.kind === 'refused') return outcome.message;
  if (outcome.kind !== 'saved') return OUTCOME_NOTES[outcome.kind];
  const { party, year } = named(outcome.result);
  const version = outcome.result.submission.version;
  return outcome.result.alreadyImported
    ? `Was al ingelezen als versie ${version} voor ${party}, ${year}; er is niets gewijzigd.`
    : `Als versie ${version} voor ${party}, ${year}.`;
}

/** "2 opgeslagen · 1 overgeslagen", leaving out what is zero. */
function outcomeCounts(handled: QueueOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of handled) {
    const label = o.kind === 'saved' && o.result.alreadyImported ? 'al ingelezen' : OUTCOME_BADGES[o.kind].label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} ${label}`).join(' · ');
}

const SUMMARY_COLUMNS = ['Bestand', 'Uitkomst', 'Toelichting'];

/** After the last of several files, or after stopping: what became of each. */
export function QueueSummary({ store, queue, named }: { store: ImportFlowStore<unknown, unknown>; queue: ImportQueue; named: SavedNames }) {
  const resetImport = useStore(store, (s) => s.resetImport);
  const box = useRef<HTMLElement>(null);
  const id = useId();
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section className="queue-summary" role="status" aria-labelledby={`${id}-title`} ref={box}>
      <h3 id={`${id}-title`}>Samenvatting van {countLabel(queue.handled.length, 'bestand', 'bestanden')}</h3>
      <p className="queue-counts">{outcomeCounts(queue.handled)}</p>
      <table className="data-table queue-table">
        <colgroup>
          <col className="col-file" />
          <col className="col-outcome" />
          <col />
        </colgroup>
        <thead>
          <tr>
            {SUMMARY_COLUMNS.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queue.handled.map((o, i) => {
            const badge = o.kind === 'saved' && o.result.alreadyImported ? { label: 'al ingelezen', className: 'badge-quiet' } : OUTCOME_BADGES[o.kind];
            return (
              <tr key={i} className={`outcome-${o.kind}`}>
                <td className="cell-break">{o.fileName}</td>
                <td>
                  <span className={`badge ${badge.className}`}>{badge.label}</span>
                </td>
                <td>{outcomeText(o, named)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    </section>
  );
}
