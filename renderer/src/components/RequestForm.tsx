// The uitvraag form (see ../import-flow-requests.ts), the same for activities
// and results: a year, all parties or one, whom to contact, and the workbooks
// handed to the download.
import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { RequestDraft, RequestStore } from '../import-flow-requests';
import { ErrorMessage } from './Status';
import { READ_ONLY_TITLE, useReadOnly } from '../read-only';
import { YearField } from './YearField';

export function RequestForm({
  label,
  intro,
  yearLabel,
  years,
  initialYear,
  parties,
  contact,
  store,
}: {
  /** The form's accessible name. */
  label: string;
  intro: string;
  /** "Planningsjaar", "Uitvoeringsjaar". */
  yearLabel: string;
  years: number[];
  initialYear: number;
  parties: { id: string; shortName: string }[];
  /**
   * The contact fields one under the other with a hint below (a narrow card),
   * or side by side.
   */
  contact: { layout: 'stacked'; hint: string } | { layout: 'row' };
  /** The page's store, which makes the workbooks. */
  store: RequestStore;
}) {
  const making = useStore(store, (s) => s.making);
  // Making them records that the uitvraag went out: a write.
  const readOnly = useReadOnly();
  const makeError = useStore(store, (s) => s.makeError);
  const made = useStore(store, (s) => s.made);
  const makeRequests = useStore(store, (s) => s.makeRequests);
  const id = useId();
  const [draft, setDraft] = useState<RequestDraft>(() => ({ year: initialYear, partyId: '', contactName: '', contactEmail: '' }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void makeRequests(draft);
  };
  const stacked = contact.layout === 'stacked';
  const nameField = (
    <div className={stacked ? 'field' : 'field field-grow'}>
      <label htmlFor={`${id}-name`}>Contactpersoon (niet verplicht)</label>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="name"
        value={draft.contactName}
        onChange={(e) => setDraft({ ...draft, contactName: e.target.value })}
      />
    </div>
  );
  const emailField = (
    <div className={stacked ? 'field' : 'field field-grow'}>
      <label htmlFor={`${id}-email`}>E-mailadres (niet verplicht)</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        value={draft.contactEmail}
        onChange={(e) => setDraft({ ...draft, contactEmail: e.target.value })}
        aria-describedby={stacked ? `${id}-contact-hint` : undefined}
      />
      {stacked && (
        <p id={`${id}-contact-hint`} className="hint">
          {contact.hint}
        </p>
      )}
    </div>
  );
  return (
    <form className="request-form" onSubmit={onSubmit} aria-label={label}>
      <p className="muted small">{intro}</p>
      <div className="form-row">
        <YearField id={`${id}-year`} label={yearLabel} years={years} value={draft.year} onChange={(year) => setDraft({ ...draft, year: year ?? draft.year })} />
        <div className="field field-grow">
          <label htmlFor={`${id}-party`}>Voor</label>
          <select id={`${id}-party`} value={draft.partyId} onChange={(e) => setDraft({ ...draft, partyId: e.target.value })}>
            <option value="">Alle partijen</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stacked ? (
        <>
          {nameField}
          {emailField}
        </>
      ) : (
        <div className="form-row">
          {nameField}
          {emailField}
        </div>
      )}
      {makeError && <ErrorMessage>{makeError}</ErrorMessage>}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={making || readOnly !== undefined} title={readOnly ? READ_ONLY_TITLE : undefined}>
          {making ? 'Bezig met maken…' : draft.partyId === '' ? 'Werkmappen maken' : 'Werkmap maken'}
        </button>
      </div>
      {making && <progress className="progress" aria-label="Werkmappen worden gemaakt" />}
      {made.length > 0 && (
        <div className="success-box" role="status">
          <p>
            {made.length === 1 ? 'De werkmap is opgeslagen' : `${made.length} werkmappen zijn opgeslagen`} in uw map met
            downloads:
          </p>
          <ul className="file-list">
            {made.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
