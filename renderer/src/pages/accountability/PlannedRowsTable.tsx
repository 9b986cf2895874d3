// One afspraak in the "gepland en gerealiseerd" view, and the table of its
// planned activities: party, activity, status, result and toelichting, with
// the planned activities nobody answered on as "nog niet binnen" (until the
// results deadline) or "geen antwoord" (after it).
import { useId, useState } from 'react';
import type { ReportAgreement } from '../../../../src/domain/accountability';
import { routeHash } from '../../route';
import type { PlannedRow } from './plannedRows';
import { Light, StatusBadge, Unanswered } from './shared';

/** Longer afspraak texts start folded to three lines (the rest behind a button). */
const LONG_TEXT = 240;

export function AgreementBlock({
  agreement,
  rows,
  hidden,
  multiYear,
  partyName,
}: {
  agreement: ReportAgreement;
  rows: PlannedRow[];
  /** Rows of this afspraak the filter leaves out. */
  hidden: number;
  multiYear: boolean;
  partyName: (id: string) => string;
}) {
  const titleId = useId();
  return (
    <article className="pa-agreement" aria-labelledby={titleId}>
      <div className="pa-agreement-head">
        <h5 id={titleId} className="pa-agreement-title">
          <span className="visually-hidden">Afspraak </span>
          <a className="reference" href={routeHash({ page: 'agreements', agreementId: agreement.id })} title="Open de afspraak">
            {agreement.reference}
          </a>
        </h5>
        <span className="pa-lead">Trekker: {agreement.leadText || '—'}</span>
        <Light summary={agreement.summary} />
      </div>
      <AgreementText text={agreement.text} />
      <PlannedRowsTable rows={rows} multiYear={multiYear} partyName={partyName} agreementText={agreement.text} />
      {hidden > 0 && <p className="pa-hidden">{hidden === 1 ? 'Nog 1 activiteit' : `Nog ${hidden} activiteiten`} buiten het filter.</p>}
    </article>
  );
}

function AgreementText({ text }: { text: string }) {
  const [full, setFull] = useState(false);
  const long = text.length > LONG_TEXT;
  return (
    <div className="pa-agreement-text">
      <p className={long && !full ? 'is-folded' : undefined}>{text}</p>
      {long && (
        <button type="button" className="link-button pa-more" aria-expanded={full} onClick={() => setFull(!full)}>
          {full ? 'minder' : 'hele afspraak'}
        </button>
      )}
    </div>
  );
}

export function PlannedRowsTable({
  rows,
  multiYear,
  partyName,
  agreementText = '',
}: {
  rows: PlannedRow[];
  multiYear: boolean;
  partyName: (id: string) => string;
  /** A party that leads the afspraak reports on the afspraak itself: its text is not repeated. */
  agreementText?: string;
}) {
  return (
    <table className="data-table result-table pa-table">
      <colgroup>
        <col className="pa-col-party" />
        <col className="pa-col-activity" />
        <col className="pa-col-status" />
        <col className="pa-col-result" />
        <col className="pa-col-explanation" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Partij</th>
          <th scope="col">Activiteit</th>
          <th scope="col">Status</th>
          <th scope="col">Resultaat</th>
          <th scope="col">Toelichting</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.key} row={row} multiYear={multiYear} partyName={partyName} itself={agreementText !== '' && row.activity.trim() === agreementText.trim()} />
        ))}
      </tbody>
    </table>
  );
}

function rowClass(row: PlannedRow): string | undefined {
  if (row.explanationMissing) return 'is-missing-explanation';
  if (row.result === null) return 'is-unanswered';
  if (row.deviation) return 'is-deviation';
  return undefined;
}

function Row({ row, multiYear, partyName, itself }: { row: PlannedRow; multiYear: boolean; partyName: (id: string) => string; itself: boolean }) {
  const r = row.result;
  return (
    <tr className={rowClass(row)}>
      <td>
        <span className="pa-party">{partyName(row.partyId)}</span>
        {multiYear && <span className="pa-year">{row.year}</span>}
      </td>
      <td>
        {itself ? <span className="muted">De afspraak zelf, als trekker</span> : row.activity}
        {row.unplanned && (
          <div className="pa-flags">
            <span className="badge badge-quiet">niet gepland</span>
          </div>
        )}
      </td>
      <td>
        {r === null || row.unanswered ? (
          <Unanswered awaited={row.awaited} deadline={row.deadline} />
        ) : (
          <StatusBadge status={r.status} text={`${r.statusText} (onbekende status)`} />
        )}
        {row.steering && (
          <div className="pa-flags">
            <span className="badge badge-warn">bijsturing nodig</span>
          </div>
        )}
      </td>
      {r === null ? (
        <td colSpan={2} className="pa-none">
          {row.awaited ? 'Nog niet ontvangen.' : 'Geen resultaat ontvangen.'}
        </td>
      ) : (
        <>
          <td>{r.result || <span className="muted">–</span>}</td>
          <td>
            {r.explanation ? (
              r.explanation
            ) : row.explanationMissing ? (
              <span className="badge badge-error">Toelichting ontbreekt</span>
            ) : (
              <span className="muted">–</span>
            )}
          </td>
        </>
      )}
    </tr>
  );
}
