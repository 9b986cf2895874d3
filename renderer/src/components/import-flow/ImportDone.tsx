// The outcome of a commit: stored, or already there.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ImportResult } from '../../../../src/service/contract';
import type { ImportFlowStore } from '../../import-flow';
import { formatDate } from '../../format';
import { OutcomeActions } from './queue';

/** The outcome of a commit; `children` says what was stored when something was. */
export function ImportDone({
  store,
  result,
  party,
  year,
  children,
}: {
  store: ImportFlowStore<unknown, unknown>;
  result: ImportResult;
  /** The party's short name. */
  party: string;
  /** Dutch, the year as the page names it: "planningsjaar 2027", "2026". */
  year: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The preview it replaces was long: bring the outcome into view.
  useEffect(() => {
    // Braces: newer Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const s = result.submission;
  return (
    <div className="success-box" role="status" ref={box}>
      {result.alreadyImported ? (
        <p>
          <strong>{s.fileName}</strong> was al ingelezen als versie {s.version} voor {party}, {year}. Er is niets gewijzigd.
        </p>
      ) : (
        <>
          <p>
            <strong>Ingelezen.</strong> {children}
          </p>
          <p>Ontvangen op {formatDate(s.receivedOn)}: die dag telt voor de termijn.</p>
          {result.backupPath && <p className="small">Vooraf is een reservekopie van de database gemaakt.</p>}
        </>
      )}
      <OutcomeActions store={store} />
    </div>
  );
}
