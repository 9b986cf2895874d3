// The dialog before the definitive version is frozen: what it means, and what
// is still open — links to afspraken (the service refuses while any is open),
// duplicate proposals not yet decided, and the aandachtspunten.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { JointOverviewSummary } from '../../../../src/domain/joint-overview-summary';
import { openLinkText } from '../../../../src/domain/links';
import { useBundle } from '../../bundle';
import { LoadView } from '../../components/Status';
import { ScrollBox } from '../../components/TableBox';
import { countLabel } from '../../format';
import { useWerkbank } from '../../store';
import { namer } from './lookup';
import { WriteButton } from '../../components/Writes';

/**
 * A modal dialog keeps Tab and Shift+Tab inside: from the last control to the
 * first and back, never out to the browser's own controls.
 */
function keepFocusInside(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return;
  const controls = Array.from(
    e.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], select:not(:disabled), input:not(:disabled), [tabindex="0"]'),
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export function FreezeDialog({ summary }: { summary: JointOverviewSummary }) {
  const freeze = useBundle((s) => s.freeze);
  const closeFreeze = useBundle((s) => s.closeFreeze);
  const freezeFinal = useBundle((s) => s.freezeFinal);
  const setFilters = useBundle((s) => s.setFilters);
  const setTab = useBundle((s) => s.setTab);
  const saving = useBundle((s) => s.savingVersion);
  const notify = useWerkbank((s) => s.notify);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = freeze !== null;

  // What opened the dialog gets the focus back when it closes (Escape, Annuleren).
  const opener = useRef<HTMLElement | null>(null);
  const giveFocusBack = (d: HTMLDialogElement) => {
    const focusWasInside = d.contains(document.activeElement) || document.activeElement === document.body;
    if (d.open) d.close();
    // A button that is disabled meanwhile cannot hold the focus: the page itself takes it then.
    const back = opener.current?.isConnected && !opener.current.matches(':disabled') ? opener.current : document.getElementById('main');
    if (focusWasInside) back?.focus();
  };
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    }
    if (!open && d.open) giveFocusBack(d);
  }, [open]);
  // The overview reloads after vaststellen and this dialog may go with it while still open.
  useEffect(() => {
    const d = dialog.current;
    return () => {
      if (d?.open) giveFocusBack(d);
    };
  }, []);

  const name = namer(summary);
  const year = summary.planningYear;
  const links = freeze?.openLinks.status === 'ready' ? freeze.openLinks.value : null;
  const duplicates = summary.counts.duplicatesOpen;
  const points = summary.attention;

  const onFreeze = async () => {
    const info = await freezeFinal();
    if (info) {
      notify({ kind: 'success', text: `Versie ${info.number} is vastgesteld als definitief.` });
      // The button that opened the dialog cannot be pressed again now: the page takes the focus.
      document.getElementById('main')?.focus();
    }
  };
  const toOpenLinks = () => {
    closeFreeze();
    setTab('list');
    setFilters({ onlyOpenLinks: true });
  };

  return (
    <dialog
      ref={dialog}
      className="freeze-dialog"
      aria-labelledby="freeze-title"
      onCancel={() => closeFreeze()}
      onClose={() => open && closeFreeze()}
      onKeyDown={keepFocusInside}
    >
      {freeze && (
        <div className="freeze-body">
          <h2 id="freeze-title">Overzicht {year} definitief vaststellen</h2>
          <p>
            De huidige stand wordt vastgelegd als definitieve versie: het overzicht dat na de afstemming naar alle partijen gaat. Die
            versie kan daarna niet meer worden gewijzigd of vervangen, en latere imports veranderen hem niet.
          </p>
          <h3>Wat nog open is</h3>
          <LoadView state={freeze.openLinks} what="de open koppelingen">
            {(list) =>
              list.length === 0 ? (
                <p className="freeze-item is-ok">Alle koppelingen van activiteiten met afspraken zijn besloten.</p>
              ) : (
                <div className="freeze-item is-blocking" role="group" aria-label="Open koppelingen">
                  <p>
                    <strong>
                      {countLabel(list.length, 'koppeling', 'koppelingen')} met afspraken {list.length === 1 ? 'is' : 'zijn'} nog niet besloten.
                    </strong>{' '}
                    Een definitief overzicht bevat geen voorstellen: bevestig of kies ze eerst.
                  </p>
                  <ScrollBox label="Lijst van open koppelingen" className="freeze-links">
                    <ul>
                      {list.map((o) => (
                        <li key={o.activityId}>
                          {name(o.partyId)}, blad {o.sheet}, rij {o.rowNumber}: “{o.activity}” — {openLinkText(o.status, o.reference, o.candidates)}
                        </li>
                      ))}
                    </ul>
                  </ScrollBox>
                </div>
              )
            }
          </LoadView>
          <p className={`freeze-item${duplicates > 0 ? ' is-warn' : ' is-ok'}`}>
            {duplicates > 0
              ? `${countLabel(duplicates, 'voorstel', 'voorstellen')} om dubbel gemelde activiteiten samen te voegen ${duplicates === 1 ? 'is' : 'zijn'} nog niet besloten; ze blijven dan als aparte activiteiten staan.`
              : 'Geen open voorstellen om dubbel gemelde activiteiten samen te voegen.'}
          </p>
          <p className={`freeze-item${points > 0 ? ' is-warn' : ' is-ok'}`}>
            {points > 0
              ? `${countLabel(points, 'aandachtspunt staat', 'aandachtspunten staan')} in het overzicht; ze gaan mee in de definitieve versie.`
              : 'Er zijn geen aandachtspunten.'}
          </p>
          {freeze.error && (
            <div className="error-message freeze-error" role="alert">
              {freeze.error}
            </div>
          )}
          <div className="form-actions">
            <WriteButton
              type="button"
              className="button-primary"
              disabled={saving || links === null || links.length > 0}
              onClick={() => void onFreeze()}
            >
              {saving ? 'Bezig met vaststellen…' : 'Definitief vaststellen'}
            </WriteButton>
            {links !== null && links.length > 0 && (
              <button type="button" className="button-quiet" onClick={toOpenLinks}>
                Naar de open koppelingen
              </button>
            )}
            <button type="button" className="button-quiet" onClick={() => closeFreeze()} disabled={saving}>
              Annuleren
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
