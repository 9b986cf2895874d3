// The drop zone and, below it, what happens to the file or files: reading,
// checking, a refusal, the page's preview, the outcome, and after several files
// a summary. The parts read the flow and its actions from the page's store.
import { useEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ImportResult } from '../../../../src/service/contract';
import type { ImportFlowState, ImportFlowStore, NoExtra, PreviewStep } from '../../import-flow';
import { useReadOnly } from '../../read-only';
import { formatPercent } from '../../format';
import { DropZone } from './DropZone';
import { OutcomeActions, QueuePosition } from './queue';
import { QueueSummary } from './QueueSummary';
import type { SavedNames } from './types';
import { missingCase } from '../../../../src/domain/assert';

/** The drop zone and, below it, what happens to the file or files. */
export function ImportFlowPanel<P, O, X extends object = NoExtra>({
  store,
  what,
  refusalTitleId,
  preview,
  done,
  named,
}: {
  store: ImportFlowStore<P, O, X>;
  /** Dutch, what to drop: "een ingevuld resultatenoverzicht". */
  what: string;
  /** The refusal's heading id, unique on the page. */
  refusalTitleId: string;
  preview: (step: PreviewStep<P, O, X>) => ReactNode;
  done: (result: ImportResult) => ReactNode;
  /** For the summary of several files. */
  named: SavedNames;
}) {
  const flow = useStore(store, (s) => s.flow);
  const queue = useStore(store, (s) => s.queue);
  const importFiles = useStore(store, (s) => s.importFiles);
  const busy = flow.step === 'reading' || flow.step === 'previewing' || (flow.step === 'preview' && flow.committing);
  const queued = queue !== null && !queue.finished;
  const chooser = useRef<HTMLButtonElement>(null);
  // Cancelling a preview or closing an outcome removes the button that was
  // pressed: the focus returns to the button that chose the file, not to the top of the page.
  const closed = flow.step === 'idle' && queue === null;
  const wasOpen = useRef(false);
  useEffect(() => {
    if (closed && wasOpen.current && (document.activeElement === null || document.activeElement === document.body)) {
      chooser.current?.focus();
    }
    wasOpen.current = !closed;
  }, [closed]);
  const readOnly = useReadOnly();
  return (
    <>
      <DropZone
        chooser={chooser}
        onFiles={(files) => void importFiles(files)}
        disabled={busy || readOnly !== undefined}
        compact={flow.step === 'preview' || queued}
        queued={queued}
        what={what}
      />
      <FlowView store={store} flow={flow} refusalTitleId={refusalTitleId} preview={preview} done={done} />
      {queue?.finished && <QueueSummary store={store} queue={queue} named={named} />}
    </>
  );
}

function FlowView<P, O, X extends object>({
  store,
  flow,
  refusalTitleId,
  preview,
  done,
}: {
  store: ImportFlowStore<P, O, X>;
  flow: ImportFlowState<P, O, X>;
  refusalTitleId: string;
  preview: (step: PreviewStep<P, O, X>) => ReactNode;
  done: (result: ImportResult) => ReactNode;
}) {
  switch (flow.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="progress-box" role="status">
          <p>
            <QueuePosition store={store} />
            Bezig met lezen van <strong>{flow.fileName}</strong>
            {flow.progress !== null && <> ({formatPercent(flow.progress)})</>}…
          </p>
          <progress className="progress" max={1} value={flow.progress ?? undefined} aria-label="Bestand wordt gelezen" />
        </div>
      );
    case 'previewing':
      return (
        <div className="progress-box" role="status">
          <p>
            <QueuePosition store={store} />
            <strong>{flow.fileName}</strong> wordt gelezen en gecontroleerd…
          </p>
          <progress className="progress" aria-label="Bestand wordt gecontroleerd" />
        </div>
      );
    case 'refused':
      return (
        <div className="refusal" role="alert" aria-labelledby={refusalTitleId}>
          <h3 id={refusalTitleId}>{flow.refused ? 'Dit bestand is geweigerd' : 'Dit bestand is niet ingelezen'}</h3>
          <p className="refusal-message">{flow.message}</p>
          <p className="small">Er is niets gewijzigd.</p>
          <OutcomeActions store={store} />
        </div>
      );
    case 'preview':
      return preview(flow);
    case 'done':
      return done(flow.result);
    default:
      return missingCase(flow);
  }
}
