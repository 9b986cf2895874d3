// The versions of one party's submission for one year, newest first, as the
// service lists them: the Inzendingen page shows them for an
// activiteitenoverzicht, the Verantwoording page for the results. Versions
// whose import was undone stay in the list, marked, with their own number:
// a number names one file for good.
import type { ReactNode } from 'react';
import type { SubmissionSummary, UndoneSubmission } from '../../../src/service/contract';
import { SUBMISSION_SOURCE_LABEL } from '../../../src/domain/submissions';
import { formatDate, formatDateTime } from '../format';
import { FileNotesFolded } from './FileNotes';
import { ReceivedOnEdit } from './ReceivedOnEdit';

export function VersionTable({
  versions,
  undone = [],
  counted,
  empty,
  label,
  action,
  onReceivedOnChanged,
}: {
  versions: SubmissionSummary[];
  /** The versions whose import was undone, shown among the others by number. */
  undone?: UndoneSubmission[];
  /** The heading of the count column: "Activiteiten", "Resultaten". */
  counted: string;
  /** Said when nothing was received. */
  empty: ReactNode;
  /** The table's accessible name, when the page shows more than one. */
  label?: string;
  /** What may be done with a version (undoing its import), in a last column. */
  action?: (version: SubmissionSummary) => ReactNode;
  /** When given, the received day of a version can be corrected; called after a correction. */
  onReceivedOnChanged?: () => void;
}) {
  if (versions.length === 0 && undone.length === 0) return <p className="empty muted">{empty}</p>;
  const rows: { version: number; kept: SubmissionSummary | null; u?: UndoneSubmission }[] = [
    ...versions.map((v) => ({ version: v.version, kept: v })),
    ...undone.map((u) => ({ version: u.version, kept: null, u })),
  ].sort((a, b) => b.version - a.version);
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
        {rows.map(({ kept, u }) =>
          kept ? (
            <VersionRow key={kept.id} version={kept} action={action} onReceivedOnChanged={onReceivedOnChanged} />
          ) : (
            u && <UndoneRow key={`ongedaan-${u.version}`} undone={u} withAction={action !== undefined} />
          ),
        )}
      </tbody>
    </table>
  );
}

function VersionRow({
  version: v,
  action,
  onReceivedOnChanged,
}: {
  version: SubmissionSummary;
  action?: ((version: SubmissionSummary) => ReactNode) | undefined;
  onReceivedOnChanged?: (() => void) | undefined;
}) {
  return (
    <tr className={v.isCurrent ? 'is-current' : undefined}>
      <th scope="row">
        {v.version}
        {v.isCurrent && <span className="badge badge-current">huidige versie</span>}
      </th>
      <td>
        {formatDate(v.receivedOn)}
        {onReceivedOnChanged && <ReceivedOnEdit key={v.receivedOn} version={v} onSaved={onReceivedOnChanged} />}
      </td>
      <td>
        {formatDateTime(v.importedAt)}
        {v.importedBy && <div className="muted small">door {v.importedBy}</div>}
      </td>
      <td className="cell-break">
        {v.fileName}
        <FileNotesFolded notes={v.notes} />
      </td>
      <td>{SUBMISSION_SOURCE_LABEL[v.source]}</td>
      <td className="num">{v.activityCount}</td>
      <td className="num">{v.warningCount}</td>
      {action && <td>{action(v)}</td>}
    </tr>
  );
}

/** A version whose import was undone: what is known of its file, and who undid it when, and why. */
function UndoneRow({ undone: u, withAction }: { undone: UndoneSubmission; withAction: boolean }) {
  return (
    <tr className="is-undone">
      <th scope="row">
        {u.version}
        <span className="badge badge-quiet badge-undone">ongedaan gemaakt</span>
      </th>
      <td>{u.receivedOn ? formatDate(u.receivedOn) : '—'}</td>
      <td>
        {u.importedAt ? formatDateTime(u.importedAt) : '—'}
        {u.importedBy && <div className="muted small">door {u.importedBy}</div>}
      </td>
      <td className="cell-break">
        {u.fileName}
        <div className="muted small">
          Ongedaan gemaakt op {formatDateTime(u.undoneAt)} door {u.undoneBy}
          {u.reason && `: ${u.reason}`}
        </div>
      </td>
      <td>—</td>
      <td className="num">{u.activityCount ?? '—'}</td>
      <td className="num">—</td>
      {withAction && <td />}
    </tr>
  );
}
