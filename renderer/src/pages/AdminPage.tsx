// Beheer: the backups beside the database (when, why, how large, what they
// hold) and restoring one, after a question that says what will happen.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { BackupListing } from '../../../src/service/contract';
import { useBackups } from '../backups';
import { useWerkbank } from '../store';
import { LoadView, ErrorMessage } from '../components/Status';
import { escapeCancels } from '../components/escape';
import { ConfirmActions, useFocusReturn } from '../components/Confirm';
import { countLabel, formatDateTime, formatSize } from '../format';

export function AdminPage() {
  const backups = useBackups((s) => s.backups);
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
        <LoadView state={backups} what="de reservekopieën">
          {(list) => <BackupTable list={list} />}
        </LoadView>
        <RestoreConfirm />
        <RestoreDone />
      </section>
    </div>
  );
}

function BackupTable({ list }: { list: BackupListing[] }) {
  const parties = useWerkbank((s) => s.parties);
  const restoring = useBackups((s) => s.restoring);
  const startRestore = useBackups((s) => s.startRestore);
  if (list.length === 0) return <p className="empty muted">Er zijn nog geen reservekopieën.</p>;
  const nameOf = (id: string) => (parties.status === 'ready' ? (parties.value.find((p) => p.id === id)?.shortName ?? id) : id);
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
          const held = b.current.filter((c) => c.kind === 'activiteiten');
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
    <button ref={button} type="button" className="link-button" aria-expanded={open} aria-controls={open ? 'restore-confirm' : undefined} onClick={onClick}>
      Terugzetten…<span className="visually-hidden"> ({formatDateTime(backup.madeAt)})</span>
    </button>
  );
}

function RestoreConfirm() {
  const backup = useBackups((s) => s.restoring);
  const busy = useBackups((s) => s.restoreBusy);
  const error = useBackups((s) => s.restoreError);
  const startRestore = useBackups((s) => s.startRestore);
  const restore = useBackups((s) => s.restore);
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
  const held = backup.current.filter((c) => c.kind === 'activiteiten').length;
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
  const restored = useBackups((s) => s.restored);
  if (!restored) return null;
  return (
    <div className="success-box" role="status">
      <p>Teruggezet: {restored.restoredFrom}.</p>
      <p className="small">De stand van vlak daarvoor is bewaard als {restored.safetyBackup}; die staat nu bovenaan de lijst.</p>
    </div>
  );
}
