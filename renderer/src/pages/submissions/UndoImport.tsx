// Undoing the import of the latest version on the Inzendingen page: a quiet
// button beside that version, a question that says what will happen (with an
// optional reason for the log), and what happened afterwards. Escape or
// Annuleren closes the question and gives the keyboard back to the button.
// What an undo may do, and when it is refused, is the service's.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SubmissionSummary } from '../../../../src/service/contract';
import { useSubmissions } from '../../submissions';
import { ErrorMessage } from '../../components/Status';
import { escapeCancels } from '../../components/escape';
import { ConfirmActions, useFocusReturn } from '../../components/Confirm';
import { formatDateTime } from '../../format';

/** Beside the latest version only: an earlier one cannot be undone on its own. */
export function UndoButton({ version, latest }: { version: SubmissionSummary; latest: boolean }) {
  const undoing = useSubmissions((s) => s.undoing);
  const startUndo = useSubmissions((s) => s.startUndo);
  const open = undoing?.id === version.id;
  const button = useFocusReturn(open);
  if (!latest) return null;
  return (
    <button
      ref={button}
      type="button"
      className="link-button"
      aria-expanded={open}
      aria-controls={open ? 'undo-confirm' : undefined}
      onClick={() => startUndo(open ? null : version)}
    >
      Ongedaan maken…<span className="visually-hidden"> (versie {version.version})</span>
    </button>
  );
}

export function UndoConfirm({ partyName, count }: { partyName: string; count: (n: number) => string }) {
  const version = useSubmissions((s) => s.undoing);
  const versions = useSubmissions((s) => s.versions);
  const busy = useSubmissions((s) => s.undoBusy);
  const error = useSubmissions((s) => s.undoError);
  const startUndo = useSubmissions((s) => s.startUndo);
  const undoImport = useSubmissions((s) => s.undoImport);
  const id = useId();
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setReason('');
    if (version) first.current?.focus();
  }, [version]);
  if (!version) return null;
  const previous = versions.status === 'ready' ? versions.value.find((v) => v.version < version.version) : undefined;
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
export function UndoDone() {
  const undone = useSubmissions((s) => s.undone);
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
