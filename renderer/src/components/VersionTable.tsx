// The versions of one party's submission for one year, newest first, as the
// service lists them: the Inzendingen page shows them for an
// activiteitenoverzicht, the Verantwoording page for the results.
import type { ReactNode } from 'react';
import type { SubmissionSummary } from '../../../src/service/contract';
import { formatDate, formatDateTime } from '../format';
import { FileNotesFolded } from './FileNotes';

export function VersionTable({
  versions,
  counted,
  empty,
  label,
  action,
}: {
  versions: SubmissionSummary[];
  /** The heading of the count column: "Activiteiten", "Resultaten". */
  counted: string;
  /** Said when nothing was received. */
  empty: ReactNode;
  /** The table's accessible name, when the page shows more than one. */
  label?: string;
  /** What may be done with a version (undoing its import), in a last column. */
  action?: (version: SubmissionSummary) => ReactNode;
}) {
  if (versions.length === 0) return <p className="empty muted">{empty}</p>;
  return (
    <table className="data-table versions-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Versie</th>
          <th scope="col">Ontvangen op</th>
          <th scope="col">Ingelezen</th>
          <th scope="col">Bestand</th>
          <th scope="col">Indeling</th>
          <th scope="col" className="num">
            {counted}
          </th>
          <th scope="col" className="num">
            Waarschuwingen
          </th>
          {action && (
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} className={v.isCurrent ? 'is-current' : undefined}>
            <th scope="row">
              {v.version}
              {v.isCurrent && <span className="badge badge-current">huidige versie</span>}
            </th>
            <td>{formatDate(v.receivedOn)}</td>
            <td>
              {formatDateTime(v.importedAt)}
              {v.importedBy && <div className="muted small">door {v.importedBy}</div>}
            </td>
            <td className="cell-break">
              {v.fileName}
              <FileNotesFolded notes={v.notes} />
            </td>
            <td>{v.source === 'uitvraag' ? 'uitvraag van de Werkbank' : 'eigen indeling'}</td>
            <td className="num">{v.activityCount}</td>
            <td className="num">{v.warningCount}</td>
            {action && <td>{action(v)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
