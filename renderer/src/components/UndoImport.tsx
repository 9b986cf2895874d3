// Undoing the import of the latest version, of an activiteitenoverzicht on the
// Inzendingen page or of a results file on the Verantwoording page: a quiet
// button beside that version, a question that says what will happen (with an
// optional reason for the log), and what happened afterwards. Escape or
// Annuleren closes the question and gives the keyboard back to the button.
// What an undo may do, and when it is refused, is the service's.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { SubmissionSummary } from '../../../src/service/contract';
import type { UndoStore } from '../undo-import';
import { ErrorMessage } from './Status';
import { escapeCancels } from './escape';
import { ConfirmActions, useFocusReturn } from './Confirm';
import { formatDateTime } from '../format';
import { WriteButton } from './Writes';

/** Beside the latest version only: an earlier one cannot be undone on its own. */
export function UndoButton({ store, version, latest }: { store: UndoStore; version: SubmissionSummary; latest: boolean }) {
  const undoing = useStore(store, (s) => s.undoing);
  const startUndo = useStore(store, (s) => s.startUndo);
  const open = undoing?.id === version.id;
  const button = useFocusReturn(open);
  if (!latest) return null;
  return (
    <WriteButton
      ref={button}
      type="button"
      className="link-button"
      aria-expanded={open}
      aria-controls={open ? 'undo-confirm' : undefined}
      onClick={() => startUndo(open ? null : version)}
    >
      Ongedaan maken…<span className="visually-hidden"> (versie {version.version})</span>
    </WriteButton>
  );
}

/** The question, below the table whose versions hold the one being undone. */
export function UndoConfirm({
  store,
  versions,
  partyName,
  count,
}: {
  store: UndoStore;
  /** The versions of the table it belongs to, newest first. */
  versions: SubmissionSummary[];
  partyName: string;
  count: (n: number) => string;
}) {
  const version = useStore(store, (s) => s.undoing);
  const busy = useStore(store, (s) => s.undoBusy);
  const error = useStore(store, (s) => s.undoError);
  const startUndo = useStore(store, (s) => s.startUndo);
  const undoImport = useStore(store, (s) => s.undoImport);
  const id = useId();
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setReason('');
    if (version) first.current?.focus();
  }, [version]);
  if (!version || !versions.some((v) => v.id === version.id)) return null;
  const previous = versions.find((v) => v.version < version.version);
  const cancel = () => startUndo(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void undoImport(reason.trim());
  };
  return (
    <form
      id="undo-confirm"
      className="edit-form undo-confirm"
      aria-labelledby={`${id}-title`}
      onSubmit={onSubmit}
      onKeyDown={escapeCancels(cancel)}
    >
      <h4 id={`${id}-title`}>Versie {version.version} ongedaan maken?</h4>
      <p>
        De import van <strong>{version.fileName}</strong> ({formatDateTime(version.importedAt)}) gaat weg, met {count(version.activityCount)}, hun
        koppelingen en de notities uit het bestand.{' '}
        {previous
          ? `Versie ${previous.version} wordt weer de huidige versie van ${partyName}.`
          : `Daarna heeft ${partyName} voor dit jaar niets meer ingezonden.`}
      </p>
      <p className="hint">Eerst wordt een reservekopie gemaakt; daarmee kunt u dit terugdraaien. Het ongedaan maken komt in het logboek.</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reden (komt in het logboek, mag leeg)</label>
        <input id={`${id}-reason`} ref={first} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ConfirmActions label={`Ja, versie ${version.version} ongedaan maken`} busyLabel="Bezig met ongedaan maken…" busy={busy} onCancel={cancel} />
    </form>
  );
}

/** After an undo: what happened, and the backup that can bring it back. */
export function UndoDone({ store }: { store: UndoStore }) {
  const undone = useStore(store, (s) => s.undone);
  if (!undone) return null;
  return (
    <div className="success-box" role="status">
      <p>
        Versie {undone.undone.version} ({undone.undone.fileName}) is ongedaan gemaakt.{' '}
        {undone.current ? `Versie ${undone.current.version} is weer de huidige.` : 'Er is nu geen versie meer.'}
      </p>
      <p className="small">De stand van daarvoor staat in reservekopie {undone.backup}.</p>
    </div>
  );
}
