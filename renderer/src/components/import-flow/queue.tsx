// Several files chosen at once: where a file stands in the queue, and the
// buttons under an outcome (the next file, or stop).
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ImportFlowStore, ImportQueue } from '../../import-flow';

/** "Bestand 2 van 5: " before what happens to a file of several. */
export function QueuePosition({ store }: { store: ImportFlowStore<unknown, unknown> }) {
  const queue = useStore(store, (s) => s.queue);
  if (!queue || queue.total < 2) return null;
  return (
    <span className="queue-position">
      Bestand {queue.position} van {queue.total}:{' '}
    </span>
  );
}

/** Under an outcome: close it; or, with files still waiting, the next one or stop. */
export function OutcomeActions({ store }: { store: ImportFlowStore<unknown, unknown> }) {
  const queue = useStore(store, (s) => s.queue);
  const next = useStore(store, (s) => s.next);
  const stop = useStore(store, (s) => s.stop);
  const resetImport = useStore(store, (s) => s.resetImport);
  const nextButton = useRef<HTMLButtonElement>(null);
  const upcoming = queue?.waiting[0];
  // The button pressed before is gone: the keyboard continues with the next file.
  useEffect(() => {
    nextButton.current?.focus({ preventScroll: true });
  }, [upcoming]);
  if (!queue) {
    return (
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    );
  }
  // The last file: the summary follows.
  if (!upcoming) return null;
  return (
    <div className="queue-actions">
      <button type="button" className="button-primary" ref={nextButton} onClick={next}>
        Volgende bestand: {upcoming.name} (nog {queue.waiting.length})
      </button>
      <button type="button" className="button-quiet" onClick={stop}>
        Stoppen; de overige bestanden worden niet ingelezen
      </button>
    </div>
  );
}

/** "a", "a en b", "a, b en c". */
function listLabel(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Above a preview of one of several files: which one it is, the files after it, and a set it replaced. */
export function QueueBar({ queue }: { queue: ImportQueue | null }) {
  if (!queue || queue.finished) return null;
  const replaced = queue.replaced;
  return (
    <div className="queue-bar">
      {replaced.length > 0 && (
        <p className="info-box queue-replaced">
          U koos nieuwe bestanden. Van de vorige keuze {replaced.length === 1 ? 'wordt' : 'worden'} {listLabel(replaced)} niet
          ingelezen; wat al was opgeslagen, blijft opgeslagen.
        </p>
      )}
      {queue.total > 1 && (
        <div className="queue-line">
          <strong className="queue-count">
            Bestand {queue.position} van {queue.total}
          </strong>
          {queue.waiting.length === 0 ? (
            <span className="muted">Dit is het laatste bestand.</span>
          ) : (
            <>
              <span className="muted">Wachten nog:</span>
              <ol className="queue-waiting" start={queue.position + 1}>
                {queue.waiting.map((file, i) => (
                  <li key={`${i}-${file.name}`}>
                    <span className="queue-number">{queue.position + 1 + i}.</span> {file.name}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}
