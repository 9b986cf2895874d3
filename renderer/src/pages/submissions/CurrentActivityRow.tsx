// One activity of the current version on the Inzendingen page, with what the
// secretary may do to it: correct its fields, remove it, or restore it, each
// with a reason. The form opens in a row under the activity; Escape cancels.
// What a correction means (backup, log, the next version) is the service's.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ActivityRow } from '../../../../src/service/contract';
import { CORRECTABLE_FIELDS, CORRECTION_LABELS, type CorrectableField } from '../../../../src/domain/corrections';
import { useSubmissions, type Correcting } from '../../submissions';
import { ActivityCells } from '../../components/ActivitiesTable';
import { CorrectionNote, LinkLabel } from '../../components/Activity';
import { ErrorMessage } from '../../components/Status';
import { SaveActions } from '../../components/SaveActions';
import { escapeCancels } from '../../components/escape';
import { WriteButton } from '../../components/Writes';

export function CurrentActivityRow({ row }: { row: ActivityRow }) {
  const correcting = useSubmissions((s) => s.correcting);
  const startCorrection = useSubmissions((s) => s.startCorrection);
  const mode = correcting?.activityId === row.id ? correcting.mode : null;
  const removed = row.correction?.removed === true;
  const actions = useRef<HTMLDivElement>(null);
  // When the form closes, the keyboard goes back to the action that opened it.
  const lastMode = useRef<Correcting['mode'] | null>(null);
  useEffect(() => {
    if (mode !== null) lastMode.current = mode;
    else if (lastMode.current !== null) {
      const wanted = actions.current?.querySelector<HTMLButtonElement>(`[data-mode="${lastMode.current}"]`);
      (wanted ?? actions.current?.querySelector<HTMLButtonElement>('button'))?.focus();
      lastMode.current = null;
    }
  }, [mode]);
  const where = `rij ${row.rowNumber}`;

  return (
    <>
      <tr className={removed ? 'is-removed' : undefined}>
        <ActivityCells activity={row}>
          {row.correction && <CorrectionNote correction={row.correction} />}
          <div className="activity-actions" ref={actions}>
            {removed ? (
              <WriteButton type="button" className="link-button" data-mode="restore" aria-expanded={mode === 'restore'} onClick={() => startCorrection({ activityId: row.id, mode: 'restore' })}>
                Herstellen<span className="visually-hidden"> ({where})</span>
              </WriteButton>
            ) : (
              <>
                <WriteButton type="button" className="link-button" data-mode="edit" aria-expanded={mode === 'edit'} onClick={() => startCorrection({ activityId: row.id, mode: 'edit' })}>
                  Corrigeren<span className="visually-hidden"> ({where})</span>
                </WriteButton>
                <WriteButton type="button" className="link-button" data-mode="remove" aria-expanded={mode === 'remove'} onClick={() => startCorrection({ activityId: row.id, mode: 'remove' })}>
                  Verwijderen<span className="visually-hidden"> ({where})</span>
                </WriteButton>
              </>
            )}
          </div>
        </ActivityCells>
        <td className="col-link">
          <LinkLabel link={row.link} />
        </td>
      </tr>
      {mode !== null && (
        <tr className="correction-row">
          <td colSpan={3}>{mode === 'edit' ? <EditForm row={row} /> : <ReasonForm row={row} mode={mode} />}</td>
        </tr>
      )}
    </>
  );
}

/** The fields as the form shows them: the text as written, not the parties read from it. */
function valuesOf(row: ActivityRow): Record<CorrectableField, string> {
  return Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, row[f] ?? ''])) as Record<CorrectableField, string>;
}

function EditForm({ row }: { row: ActivityRow }) {
  const saveCorrection = useSubmissions((s) => s.saveCorrection);
  const startCorrection = useSubmissions((s) => s.startCorrection);
  const busy = useSubmissions((s) => s.correctionBusy);
  const error = useSubmissions((s) => s.correctionError);
  const id = useId();
  const [initial] = useState(() => valuesOf(row));
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const changed = CORRECTABLE_FIELDS.filter((f) => values[f].trim() !== initial[f].trim());
  const cancel = () => startCorrection(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void saveCorrection({ activityId: row.id, reason, fields: Object.fromEntries(changed.map((f) => [f, values[f]])) });
  };
  const original = row.correction?.original ?? {};

  return (
    <form className="edit-form correction-form" onSubmit={onSubmit} onKeyDown={escapeCancels(cancel)} aria-label={`Activiteit op rij ${row.rowNumber} corrigeren`}>
      <div className="correction-grid">
        {CORRECTABLE_FIELDS.map((f) => {
          const was = original[f];
          const hint = was !== undefined ? `${id}-${f}-was` : undefined;
          const common = {
            id: `${id}-${f}`,
            value: values[f],
            'aria-describedby': hint,
            onChange: (e: { target: { value: string } }) => setValues({ ...values, [f]: e.target.value }),
          };
          return (
            <div key={f} className={`field${f === 'activity' || f === 'notes' ? ' field-wide' : ''}`}>
              <label htmlFor={`${id}-${f}`}>{CORRECTION_LABELS[f]}</label>
              {f === 'activity' ? <textarea rows={2} ref={first} {...common} /> : f === 'notes' ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
              {was !== undefined && (
                <p id={hint} className="hint">
                  De partner schreef: {was.trim() === '' ? <em>niets</em> : `“${was}”`}
                </p>
              )}
            </div>
          );
        })}
        <div className="field field-wide">
          <label htmlFor={`${id}-reason`}>Reden (verplicht)</label>
          <input id={`${id}-reason`} type="text" aria-required="true" aria-describedby={`${id}-reason-hint`} value={reason} onChange={(e) => setReason(e.target.value)} />
          <p id={`${id}-reason-hint`} className="hint">
            Bijvoorbeeld “mail van de partij, 12 september”. De reden komt in het logboek; een volgende versie van hetzelfde bestand houdt de
            correctie vast zolang de partner deze rij niet verandert.
          </p>
        </div>
      </div>
      {/* Next to the buttons: the form can be taller than the window. */}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <SaveActions label="Correctie opslaan" saving={busy} disabled={changed.length === 0} onCancel={cancel} />
    </form>
  );
}

function ReasonForm({ row, mode }: { row: ActivityRow; mode: 'remove' | 'restore' }) {
  const saveCorrection = useSubmissions((s) => s.saveCorrection);
  const startCorrection = useSubmissions((s) => s.startCorrection);
  const busy = useSubmissions((s) => s.correctionBusy);
  const error = useSubmissions((s) => s.correctionError);
  const id = useId();
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const cancel = () => startCorrection(null);
  const remove = mode === 'remove';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void saveCorrection({ activityId: row.id, reason, remove });
  };

  return (
    <form
      className="edit-form correction-form"
      onSubmit={onSubmit}
      onKeyDown={escapeCancels(cancel)}
      aria-label={`Activiteit op rij ${row.rowNumber} ${remove ? 'verwijderen' : 'herstellen'}`}
    >
      <p className="correction-intro">
        {remove
          ? 'Een verwijderde activiteit blijft hier zichtbaar (doorgestreept), maar telt in het gezamenlijk overzicht, de uitvraag van resultaten en de verantwoording niet meer mee. U kunt hem later herstellen.'
          : 'Hersteld telt de activiteit weer overal mee.'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{remove ? 'Waarom verwijdert u deze activiteit? (verplicht)' : 'Waarom herstelt u deze activiteit? (verplicht)'}</label>
        <input id={`${id}-reason`} ref={first} type="text" aria-required="true" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <SaveActions label={remove ? 'Verwijderen' : 'Herstellen'} saving={busy} onCancel={cancel} />
    </form>
  );
}
