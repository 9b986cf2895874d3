// How an activity's link to its afspraak shows on the Gezamenlijk overzicht
// page, and where the secretary decides it: a proposal confirmed with one
// click or replaced by another afspraak, a choice made among its candidates,
// an activity without a found afspraak linked or recorded as "geen afspraak".
// What is open, and what a decision does, the service decides.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { BundleActivity } from '../../../../src/domain/joint-overview';
import type { JointOverviewSummary } from '../../../../src/domain/joint-overview-summary';
import { choiceList, linkIsOpen } from '../../../../src/domain/links';
import { useBundle } from '../../bundle';
import { countLabel } from '../../format';
import { useWerkbank } from '../../store';
import type { Lookup } from './lookup';
import { ReadOnlyNote, WriteButton, WriteFieldset } from '../../components/Writes';
import { useReadOnly } from '../../read-only';

/** The value of the "geen afspraak" option. */
const NO_AGREEMENT = 'geen';

function shortText(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Under the activity's text: the link's state, and (in the werkversie) the way to decide it. */
export function LinkNote({ activity, lookup, readOnly }: { activity: BundleActivity; lookup: Lookup; readOnly: boolean }) {
  const choosing = useBundle((s) => s.choosingLink === activity.identity);
  const startChoosingLink = useBundle((s) => s.startChoosingLink);
  const decideLink = useBundle((s) => s.decideLink);
  const busy = useBundle((s) => s.busy);
  const status = activity.linkStatus;
  const candidates = activity.candidates ?? [];
  const reference = activity.agreementId !== null ? (lookup.agreement(activity.agreementId)?.reference ?? '') : '';

  if (status === 'manual' && activity.agreementId === null) {
    return <p className="link-note is-decided">geen afspraak (vastgesteld door de werkgroep)</p>;
  }
  if (!linkIsOpen(status)) return null;

  const label = `${lookup.name(activity.partyId)}: ${shortText(activity.activity, 60)}`;
  return (
    <div className={`link-note is-open link-note-${status}`}>
      <p className="link-note-line">
        {status === 'proposed' && (
          <>
            <span className="badge badge-proposed">voorgestelde koppeling</span>{' '}
            <span className="small">De Werkbank stelt afspraak {reference} voor; de werkgroep heeft die koppeling nog niet bevestigd.</span>
          </>
        )}
        {status === 'choice' && (
          <>
            <strong className="link-open-label">{candidates.length > 0 ? `kies: ${choiceList(candidates)}` : 'kies de afspraak'}</strong>{' '}
            <span className="small">De verwijzing past bij meer afspraken.</span>
          </>
        )}
        {status === 'none' && (
          <>
            <strong className="link-open-label">geen afspraak gevonden</strong>{' '}
            <span className="small">Koppel de activiteit, of leg vast dat zij bij geen afspraak hoort.</span>
          </>
        )}
      </p>
      {!readOnly && status === 'proposed' && !choosing && (
        <div className="inline-actions">
          <WriteButton
            type="button"
            className="button-primary button-small"
            disabled={busy || activity.agreementId === null}
            aria-label={`Bevestig ${reference} voor ${label}`}
            onClick={() => activity.agreementId !== null && void decideLink(activity.id, activity.agreementId)}
          >
            Bevestig
          </WriteButton>
          <WriteButton type="button" className="link-button quiet-link" onClick={() => startChoosingLink(activity.identity)}>
            Andere afspraak…
          </WriteButton>
        </div>
      )}
      {!readOnly && (status !== 'proposed' || choosing) && <LinkChooser activity={activity} lookup={lookup} label={label} />}
    </div>
  );
}

/** A select of the afspraken (the candidates first) and "geen afspraak", and the button that records the choice. */
function LinkChooser({ activity, lookup, label }: { activity: BundleActivity; lookup: Lookup; label: string }) {
  const decideLink = useBundle((s) => s.decideLink);
  const startChoosingLink = useBundle((s) => s.startChoosingLink);
  const busy = useBundle((s) => s.busy);
  const choosing = useBundle((s) => s.choosingLink === activity.identity);
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const candidates = (activity.candidates ?? []).flatMap((reference) => {
    const agreement = lookup.agreementByReference(reference);
    return agreement ? [agreement] : [];
  });
  const [value, setValue] = useState('');
  useEffect(() => {
    if (choosing) select.current?.focus();
  }, [choosing]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (value === '') return;
    void decideLink(activity.id, value === NO_AGREEMENT ? null : Number(value));
  };
  const candidateLabel = activity.linkStatus === 'choice' ? 'Past bij' : 'Ook overwogen';
  return (
    <form className="link-chooser" onSubmit={onSubmit} aria-label={`Afspraak kiezen voor ${label}`}>
      <WriteFieldset>
        <label htmlFor={`${id}-agreement`} className="visually-hidden">
          Afspraak voor {label}
        </label>
        <select id={`${id}-agreement`} ref={select} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">Kies de afspraak…</option>
          {candidates.length > 0 && (
            <optgroup label={candidateLabel}>
              {candidates.map((a) => (
                <option key={`c-${a.id}`} value={a.id}>
                  {a.reference} — {shortText(a.text, 70)}
                </option>
              ))}
            </optgroup>
          )}
          {lookup.themes.map((theme) => (
            <optgroup key={theme.number} label={`${theme.number} ${theme.title}`}>
              {theme.agreements
                .filter((a) => a.id !== activity.agreementId)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.reference} — {shortText(a.text, 70)}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value={NO_AGREEMENT}>Geen afspraak: de activiteit hoort bij geen afspraak</option>
        </select>
        <button type="submit" className="button-quiet button-small" disabled={busy || value === ''}>
          Vastleggen
        </button>
        {choosing && (
          <button type="button" className="link-button quiet-link" onClick={() => startChoosingLink(null)}>
            Annuleren
          </button>
        )}
      </WriteFieldset>
    </form>
  );
}

/** Above the list in the werkversie: how many links are open, and confirming all proposals at once, saying what that does. */
export function OpenLinksBar({ summary }: { summary: JointOverviewSummary }) {
  const confirmAllLinks = useBundle((s) => s.confirmAllLinks);
  const notify = useWerkbank((s) => s.notify);
  const setFilters = useBundle((s) => s.setFilters);
  const filters = useBundle((s) => s.filters);
  const busy = useBundle((s) => s.busy);
  const viewOnly = useReadOnly() !== undefined;
  const { proposed, choices, none } = summary.links;
  const open = proposed + choices + none;
  if (open === 0) return null;
  const confirmable = proposed + none;
  const onConfirmAll = async () => {
    const changed = await confirmAllLinks();
    if (changed !== null) notify({ kind: 'success', text: `${countLabel(changed, 'koppeling', 'koppelingen')} vastgelegd.` });
  };
  const does = [
    ...(proposed > 0 ? [`bevestigt ${countLabel(proposed, 'voorgestelde koppeling', 'voorgestelde koppelingen')}`] : []),
    ...(none > 0 ? [`legt ${countLabel(none, 'activiteit', 'activiteiten')} zonder gevonden afspraak vast als ‘geen afspraak’`] : []),
  ].join(' en ');
  return (
    <section className="open-links-bar" aria-labelledby="open-links-title">
      <div>
        <h2 id="open-links-title" className="open-links-title">
          {countLabel(open, 'koppeling', 'koppelingen')} met afspraken nog niet besloten
        </h2>
        <p className="small">
          {[
            ...(proposed > 0 ? [`${proposed} voorgesteld door de Werkbank`] : []),
            ...(choices > 0 ? [`${choices} te kiezen`] : []),
            ...(none > 0 ? [`${none} zonder gevonden afspraak`] : []),
          ].join(', ')}
          . Zolang er een koppeling open staat, kan het overzicht niet definitief worden.
        </p>
        {viewOnly && <ReadOnlyNote what="koppelingen bevestigen of kiezen" />}
        {confirmable > 0 && !viewOnly && (
          <p className="small muted" id="confirm-all-hint">
            Deze knop {does}.{choices > 0 && ` ${countLabel(choices, 'keuze blijft', 'keuzes blijven')} open: kies die zelf.`} Een besluit
            kunt u daarna per activiteit nog wijzigen.
          </p>
        )}
      </div>
      <div className="open-links-actions">
        {confirmable > 0 && (
          <WriteButton type="button" className="button-primary" disabled={busy} aria-describedby={viewOnly ? undefined : 'confirm-all-hint'} onClick={() => void onConfirmAll()}>
            Bevestig alle voorstellen ({confirmable})
          </WriteButton>
        )}
        <button
          type="button"
          className="link-button quiet-link"
          aria-pressed={filters.onlyOpenLinks}
          onClick={() => setFilters({ onlyOpenLinks: !filters.onlyOpenLinks })}
        >
          {filters.onlyOpenLinks ? 'Alle activiteiten tonen' : 'Alleen de open koppelingen tonen'}
        </button>
      </div>
    </section>
  );
}
