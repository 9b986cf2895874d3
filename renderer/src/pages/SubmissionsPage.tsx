import type { ActivityRow, SubmissionStatus, SubmissionStatusCell } from '../../../src/service/contract';
import { currentYear } from '../clock';
import { useSubmissions } from '../submissions';
import { LoadView } from '../components/Status';
import { RequestForm } from '../components/RequestForm';
import { ActivitiesTable } from '../components/ActivitiesTable';
import { VersionTable } from '../components/VersionTable';
import { countLabel, daysLeftLabel, formatDate, formatShortDate } from '../format';
import { overdueSince } from '../../../src/domain/delivery';
import { DeliveryText, MailButton } from '../components/DeliveryMail';
import { Outcome } from '../components/Outcome';
import { ImportPanel } from './ImportPanel';
import { CurrentActivityRow } from './submissions/CurrentActivityRow';
import { UndoButton, UndoConfirm, UndoDone } from '../components/UndoImport';
import { ReadOnlyNote } from '../components/Writes';
import { useReadOnly } from '../read-only';

export function SubmissionsPage() {
  const status = useSubmissions((s) => s.status);
  return (
    <div className="submissions-page">
      <div className="page-head">
        <h1>Inzendingen</h1>
        <p className="lead">
          De activiteitenoverzichten van de partijen per planningsjaar. Iedere partij levert haar overzicht in het jaar
          ervoor aan de werkgroep, op de dag van de jaarkalender (Beheer); bij elke partij staat haar termijn.
        </p>
      </div>
      <div className="submissions-grid">
        <section className="card status-card" aria-labelledby="status-title">
          <h2 id="status-title">Overzicht per partij en planningsjaar</h2>
          <LoadView state={status} what="de inzendingen">
            {(value) => <StatusMatrix status={value} />}
          </LoadView>
        </section>
        <section className="card request-card" aria-labelledby="request-title">
          <h2 id="request-title">Uitvraag maken</h2>
          <LoadView state={status} what="de planningsjaren">
            {(value) => <ActivityRequestForm status={value} />}
          </LoadView>
        </section>
      </div>
      <ImportSection />
      <SelectionDetail />
    </div>
  );
}

function ImportSection() {
  return (
    <section className="card import-card" aria-labelledby="import-title">
      <h2 id="import-title">Inzending inlezen</h2>
      <ImportPanel />
    </section>
  );
}

function StatusMatrix({ status }: { status: SubmissionStatus }) {
  const selection = useSubmissions((s) => s.selection);
  const select = useSubmissions((s) => s.select);
  const cellOf = (partyId: string, year: number) => status.cells.find((c) => c.partyId === partyId && c.planningYear === year);
  const deadlineOf = (year: number) => status.cells.find((c) => c.planningYear === year)?.deadline;
  const beforeAgreement = (year: number) => status.cells.some((c) => c.planningYear === year && c.delivery.state === 'before-agreement');
  return (
    <>
      <table className="data-table status-table">
        <thead>
          <tr>
            <th scope="col">Partij</th>
            {status.planningYears.map((year) => {
              const deadline = deadlineOf(year);
              return (
                <th scope="col" key={year}>
                  {year}
                  {deadline && beforeAgreement(year) && <span className="th-sub">geen termijn (vóór de ondertekening)</span>}
                  {deadline && !beforeAgreement(year) && <span className="th-sub">termijn {formatDate(deadline)}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {status.parties.map((party) => (
            <tr key={party.id}>
              <th scope="row">{party.shortName}</th>
              {status.planningYears.map((year) => {
                const cell = cellOf(party.id, year);
                const selected = selection?.partyId === party.id && selection.planningYear === year;
                return (
                  <td key={year} className="status-td">
                    {cell && (
                      <button
                        type="button"
                        className={`status-cell${selected ? ' is-selected' : ''}${cell.current ? ' is-received' : ''}${cell.overdue ? ' is-overdue' : ''}`}
                        aria-pressed={selected}
                        onClick={() => select({ partyId: party.id, planningYear: year })}
                      >
                        <span className="visually-hidden">
                          {party.shortName}, {year}:{' '}
                        </span>
                        <CellText cell={cell} />
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Kies een cel om de versies en activiteiten van die partij en dat jaar te zien.</p>
    </>
  );
}

function CellText({ cell }: { cell: SubmissionStatusCell }) {
  if (cell.current) {
    return (
      <>
        <span className="cell-main">
          <span className="dot dot-ok" aria-hidden="true" />
          <strong>Versie {cell.current.version}</strong>
        </span>
        <span className="cell-line">ontvangen {formatShortDate(cell.current.receivedOn)}</span>
        {cell.delivery.state === 'late' && <span className="cell-line cell-overdue">te laat ontvangen</span>}
        <span className="cell-line" title={cell.current.fileName}>
          {cell.current.fileName}
        </span>
      </>
    );
  }
  return (
    <>
      {cell.overdue ? (
        <span className="cell-main">
          <span className="dot dot-warn" aria-hidden="true" />
          Niet ontvangen
        </span>
      ) : (
        <span className="cell-main muted">Nog niet ontvangen</span>
      )}
      <span className="cell-line">{cell.requestMadeAt ? `uitvraag ${formatShortDate(cell.requestMadeAt)}` : 'geen uitvraag'}</span>
      {cell.delivery.state === 'overdue' && <span className="cell-line cell-overdue">te laat sinds {formatShortDate(overdueSince(cell.delivery.deadline))}</span>}
      {cell.delivery.state === 'due-soon' && <span className="cell-line">{daysLeftLabel(cell.delivery.daysLeft)}</span>}
      {cell.delivery.state === 'not-due' && <span className="cell-line muted">nog niet aan de beurt</span>}
      {cell.delivery.state === 'before-agreement' && <span className="cell-line muted">geen termijn</span>}
    </>
  );
}

/** The planning year prepared in this calendar year, when the agreement covers it. */
function defaultPlanningYear(years: number[]): number {
  const next = currentYear() + 1;
  return years.includes(next) ? next : (years[years.length - 1] ?? next);
}

function ActivityRequestForm({ status }: { status: SubmissionStatus }) {
  return (
    <RequestForm
      label="Uitvraag maken"
      intro="Een Excel-werkmap per partij om in te vullen, met de afspraken waarvan zij trekker is al klaargezet."
      yearLabel="Planningsjaar"
      years={status.planningYears}
      initialYear={defaultPlanningYear(status.planningYears)}
      parties={status.parties}
      contact={{
        layout: 'stacked',
        hint: 'Staat in de toelichting van de werkmap. Zonder naam noemt de werkmap het secretariaat van de werkgroep.',
      }}
      store={useSubmissions}
    />
  );
}

function SelectionDetail() {
  const selection = useSubmissions((s) => s.selection);
  const status = useSubmissions((s) => s.status);
  const versions = useSubmissions((s) => s.versions);
  const undoneVersions = useSubmissions((s) => s.undoneVersions);
  const activities = useSubmissions((s) => s.activities);
  if (!selection) return null;
  const partyName =
    status.status === 'ready'
      ? (status.value.parties.find((p) => p.id === selection.partyId)?.shortName ?? selection.partyId)
      : selection.partyId;
  return (
    <section className="card selection-card" aria-labelledby="selection-title">
      <h2 id="selection-title">
        {partyName} · planningsjaar {selection.planningYear}
      </h2>
      <SelectionDelivery partyName={partyName} />
      <h3>Versies</h3>
      <LoadView state={versions} what="de versies">
        {(list) => (
          <VersionTable
            versions={list}
            undone={undoneVersions.status === 'ready' ? undoneVersions.value : []}
            counted="Activiteiten"
            empty="Nog niets ontvangen voor deze partij en dit jaar."
            action={(v) => <UndoButton store={useSubmissions} version={v} latest={v.id === list[0]?.id} />}
            onReceivedOnChanged={() => {
              void useSubmissions.getState().loadStatus();
              useSubmissions.getState().select(selection);
            }}
          />
        )}
      </LoadView>
      {versions.status === 'ready' && (
        <UndoConfirm store={useSubmissions} versions={versions.value} partyName={partyName} count={(n) => countLabel(n, 'activiteit', 'activiteiten')} />
      )}
      <UndoDone store={useSubmissions} />
      <LoadView state={activities} what="de activiteiten">
        {(rows) => <CurrentActivities rows={rows} />}
      </LoadView>
    </section>
  );
}

function CurrentActivities({ rows }: { rows: ActivityRow[] }) {
  const viewOnly = useReadOnly() !== undefined;
  const first = rows[0];
  if (!first) return null;
  const removed = rows.filter((r) => r.correction?.removed).length;
  return (
    <>
      <h3 className="section-gap">
        Activiteiten in versie {first.submissionVersion}{' '}
        <span className="muted small">
          ({countLabel(rows.length - removed, 'activiteit', 'activiteiten')}
          {removed > 0 && `, ${removed} verwijderd`})
        </span>
      </h3>
      {viewOnly ? (
        <ReadOnlyNote what="activiteiten corrigeren of verwijderen" />
      ) : (
        <p className="hint">
          Staat er iets niet goed in? Corrigeer of verwijder een activiteit, met een reden; wat de partner schreef blijft erbij staan.
        </p>
      )}
      <ActivitiesTable afspraakClass="col-link">
        {rows.map((row) => (
          <CurrentActivityRow key={row.id} row={row} />
        ))}
      </ActivitiesTable>
    </>
  );
}

/** Where the selected party stands against the deadline, with the e-mail for that. */
function SelectionDelivery({ partyName }: { partyName: string }) {
  const selection = useSubmissions((s) => s.selection);
  const status = useSubmissions((s) => s.status);
  if (!selection || status.status !== 'ready') return null;
  const cell = status.value.cells.find((c) => c.partyId === selection.partyId && c.planningYear === selection.planningYear);
  if (!cell) return null;
  return (
    <div className="selection-delivery" data-state={cell.delivery.state}>
      <p>
        Termijn {formatDate(cell.deadline)}: <DeliveryText status={cell.delivery} />.{' '}
        <MailButton status={cell.delivery} round="activities" year={cell.planningYear} partyId={cell.partyId} partyName={partyName} />
      </p>
      <Outcome where={`mail-activities-${cell.planningYear}-${cell.partyId}`} />
    </div>
  );
}
