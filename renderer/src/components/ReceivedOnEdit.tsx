// Correcting the day a stored version was received, in its row of the
// versions table: that day, not the day of importing, decides whether the
// partner was late, so a wrong one must be put right, with a reason for the
// log. Written day-month-year, whatever the browser's language.
import { useId, useState, type FormEvent } from 'react';
import { parseDutchDay } from '../../../src/domain/calendar';
import type { SubmissionSummary } from '../../../src/service/contract';
import { core } from '../api/core';
import { errorMessage } from '../api/client';
import { formatDate, formatShortDate } from '../format';
import { DutchDayInput } from './DutchDayInput';
import { ErrorMessage } from './Status';
import { escapeCancels } from './escape';
import { WriteButton, WriteFieldset } from './Writes';

export function ReceivedOnEdit({ version: v, onSaved }: { version: SubmissionSummary; onSaved: () => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const day = parseDutchDay(text);

  if (!open) {
    return (
      <WriteButton
        type="button"
        className="link-button small"
        aria-label={`Ontvangen op van versie ${v.version} corrigeren`}
        onClick={() => {
          setText(formatShortDate(v.receivedOn));
          setReason('');
          setError(null);
          setOpen(true);
        }}
      >
        corrigeren
      </WriteButton>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (day === null || reason.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await core().setReceivedOn({ partyId: v.partyId, planningYear: v.planningYear, kind: v.kind, version: v.version, receivedOn: day, reason });
      setOpen(false);
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="received-on-edit" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(() => setOpen(false))} aria-label={`Ontvangen op van versie ${v.version}`}>
      <WriteFieldset>
        <label htmlFor={`${id}-day`}>Ontvangen op</label>
        <DutchDayInput
          id={`${id}-day`}
          text={text}
          onTextChange={(next) => setText(next)}
          hint={(d) => formatDate(d)}
          invalidHint="Schrijf de dag als dag-maand-jaar, bijvoorbeeld 28-6-2026."
        />
        <label htmlFor={`${id}-reason`}>Reden (voor het logboek)</label>
        <input id={`${id}-reason`} type="text" value={reason} required onChange={(e) => setReason(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button-primary button-small" disabled={busy || day === null || reason.trim() === ''}>
            Opslaan
          </button>
          <button type="button" className="button-quiet button-small" onClick={() => setOpen(false)}>
            Annuleren
          </button>
        </div>
        {error && <ErrorMessage>{error}</ErrorMessage>}
      </WriteFieldset>
    </form>
  );
}
