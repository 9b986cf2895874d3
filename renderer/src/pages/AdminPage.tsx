// Beheer: the backups beside the database (when, why, how large, what they
// hold) and restoring one, after a question that says what will happen; and
// the activity log of a planning year (decisions, undone imports, restores);
// and the indicator proposals, the set's calendar and its parties, each in its own card.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { IndicatorProposals } from '../components/IndicatorProposals';
import { CycleDatesForm } from '../components/CycleDatesForm';
import { PartyEditForm } from '../components/PartyEditForm';
import type { BackupListing } from '../../../src/service/contract';
import { useAdmin } from '../admin';
import { useWerkbank } from '../store';
import { LoadView, ErrorMessage } from '../components/Status';
import { escapeCancels } from '../components/escape';
import { ConfirmActions, useFocusReturn } from '../components/Confirm';
import { countLabel, formatDateTime, formatSize } from '../format';
import { currentYear } from '../clock';
import { YearField } from '../components/YearField';
import { ACTIVITY_LOG_LABELS } from '../../../src/domain/activity-log';
import { ReadOnlyNote, WriteButton } from '../components/Writes';

export function AdminPage() {
  const backups = useAdmin((s) => s.backups);
  return (
    <div className="text-page admin-page">
      <h1>Beheer</h1>
      <section className="card" aria-labelledby="backups-title">
        <h2 id="backups-title">Reservekopieën</h2>
        <p className="lead">
          Vóór iedere import, correctie, ongedaan gemaakte import, nieuwe versie van de database en ieder terugzetten maakt de Werkbank een
          gecontroleerde reservekopie in de map <code>backups</code> naast de database. Bewaard blijven de tien nieuwste, de eerste van elke dag
          (30 dagen) en de eerste van elke maand (vier jaar).
        </p>
        <ReadOnlyNote what="een reservekopie terugzetten" />
        <LoadView state={backups} what="de reservekopieën">
          {(list) => <BackupTable list={list} />}
        </LoadView>
        <RestoreConfirm />
        <RestoreDone />
      </section>
      <IndicatorProposals />
      <CycleDatesForm />
      <PartyEditForm />
      <ActivityLog />
    </div>
  );
}

/** A party's short name, or its id until the parties are loaded. */
function usePartyName(): (id: string) => string {
  const parties = useWerkbank((s) => s.parties);
  return (id) => (parties.status === 'ready' ? (parties.value.find((p) => p.id === id)?.shortName ?? id) : id);
}

function ActivityLog() {
  const appInfo = useWerkbank((s) => s.appInfo);
  const nameOf = usePartyName();
  const year = useAdmin((s) => s.logYear);
  const log = useAdmin((s) => s.log);
  const setLogYear = useAdmin((s) => s.setLogYear);
  const id = useId();
  const period = appInfo.status === 'ready' ? appInfo.value.agreementSet : null;
  const years: number[] = [];
  for (let y = period?.periodStart ?? 0; period && y <= period.periodEnd; y++) years.push(y);
  useEffect(() => {
    if (year === null && years.length > 0) setLogYear(years.includes(currentYear() + 1) ? currentYear() + 1 : (years[years.length - 1] as number));
  }, [year, years, setLogYear]);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Logboek</h2>
      <p className="lead">
        Wat er met de ingelezen activiteiten van een planningsjaar is gebeurd: koppelingen bevestigd of gekozen, activiteiten gecorrigeerd of
        verwijderd, imports ongedaan gemaakt; en elke teruggezette reservekopie. Nieuwste eerst.
      </p>
      {years.length > 0 && (
        <YearField id={`${id}-year`} label="Planningsjaar" years={years} value={year} onChange={(y) => y !== null && setLogYear(y)} className="field field-inline" />
      )}
      <LoadView state={log} what="het logboek">
        {(entries) =>
          entries.length === 0 ? (
            <p className="empty muted">Nog niets vastgelegd voor {year}.</p>
          ) : (
            <table className="data-table log-table">
              <thead>
                <tr>
                  <th scope="col">Wanneer</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Wat</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.changedAt)}</td>
                    <td>{e.changedBy}</td>
                    <td>
                      <span className="badge">{ACTIVITY_LOG_LABELS[e.action]}</span>
                      {e.partyId !== null && <span className="muted small"> {nameOf(e.partyId)}</span>}
                      <div>{e.detail}</div>
                      {e.reason && <div className="muted small">Reden: {e.reason}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </LoadView>
    </section>
  );
}

function BackupTable({ list }: { list: BackupListing[] }) {
  const nameOf = usePartyName();
  const restoring = useAdmin((s) => s.restoring);
  const startRestore = useAdmin((s) => s.startRestore);
  if (list.length === 0) return <p className="empty muted">Er zijn nog geen reservekopieën.</p>;
  return (
    <table className="data-table backups-table">
      <caption className="visually-hidden">Reservekopieën, nieuwste eerst</caption>
      <thead>
        <tr>
          <th scope="col">Gemaakt</th>
          <th scope="col">Waarom</th>
          <th scope="col">Activiteitenoverzichten toen</th>
          <th scope="col" className="num">
            Grootte
          </th>
          <th scope="col">
            <span className="visually-hidden">Acties</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((b) => {
          const held = b.current.filter((c) => c.kind === 'activities');
          const open = restoring?.name === b.name;
          return (
            <tr key={b.name} className={open ? 'is-selected' : undefined}>
              <th scope="row">
                {formatDateTime(b.madeAt)}
                <div className="muted small cell-break">{b.name}</div>
              </th>
              <td>{b.reasonText}</td>
              <td className="small">
                {held.length === 0 ? <span className="muted">nog geen</span> : held.map((c) => `${nameOf(c.partyId)} ${c.year} v${c.version}`).join(', ')}
              </td>
              <td className="num">{formatSize(b.sizeBytes)}</td>
              <td>
                <RestoreButton backup={b} open={open} onClick={() => startRestore(open ? null : b)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RestoreButton({ backup, open, onClick }: { backup: BackupListing; open: boolean; onClick: () => void }) {
  const button = useFocusReturn(open);
  return (
    <WriteButton ref={button} type="button" className="link-button" aria-expanded={open} aria-controls={open ? 'restore-confirm' : undefined} onClick={onClick}>
      Terugzetten…<span className="visually-hidden"> ({formatDateTime(backup.madeAt)})</span>
    </WriteButton>
  );
}

function RestoreConfirm() {
  const backup = useAdmin((s) => s.restoring);
  const busy = useAdmin((s) => s.restoreBusy);
  const error = useAdmin((s) => s.restoreError);
  const startRestore = useAdmin((s) => s.startRestore);
  const restore = useAdmin((s) => s.restore);
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (backup) confirm.current?.focus();
  }, [backup]);
  if (!backup) return null;
  const cancel = () => startRestore(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // What other pages hold is of the state before: they load again when opened.
    void restore(() => useWerkbank.setState({ agreements: { status: 'idle' }, detail: { status: 'idle' }, editing: false, dirty: false }));
  };
  const held = backup.current.filter((c) => c.kind === 'activities').length;
  return (
    <form id="restore-confirm" className="edit-form undo-confirm" aria-labelledby={`${id}-title`} onSubmit={onSubmit} onKeyDown={escapeCancels(cancel)}>
      <h3 id={`${id}-title`}>Reservekopie van {formatDateTime(backup.madeAt)} terugzetten?</h3>
      <p>
        Alle gegevens worden weer zoals ze waren op dat moment ({backup.reasonText}; {countLabel(held, 'activiteitenoverzicht', 'activiteitenoverzichten')}
        ). Wat daarna is ingelezen, gecorrigeerd of vastgelegd, staat er dan niet meer in.
      </p>
      <p className="hint">
        Eerst wordt de huidige stand zelf als reservekopie bewaard; daarmee kunt u het terugzetten weer terugdraaien. Het terugzetten komt in het
        logboek. Sluit andere vensters van de Werkbank die dezelfde database gebruiken.
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ConfirmActions label="Ja, terugzetten" busyLabel="Bezig met terugzetten…" busy={busy} onCancel={cancel} confirmRef={confirm} />
    </form>
  );
}

function RestoreDone() {
  const restored = useAdmin((s) => s.restored);
  if (!restored) return null;
  return (
    <div className="success-box" role="status">
      <p>Teruggezet: {restored.restoredFrom}.</p>
      <p className="small">De stand van vlak daarvoor is bewaard als {restored.safetyBackup}; die staat nu bovenaan de lijst.</p>
    </div>
  );
}
