// The table of a submission's activities, the same in an import's preview and
// for the current version: row, activity with the fields read, and its afspraak.
import type { ReactNode } from 'react';
import type { ActivityView } from '../../../src/service/contract';
import { ActivityFields, WasText } from './Activity';

export function ActivitiesTable({
  afspraakClass,
  children,
}: {
  /** The afspraak column: a choice (preview) or a label (stored). */
  afspraakClass: 'col-choice' | 'col-link';
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <table className="data-table activities-table">
      <thead>
        <tr>
          <th scope="col" className="col-row">
            Rij
          </th>
          <th scope="col">Activiteit</th>
          <th scope="col" className={afspraakClass}>
            Afspraak
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * A row's first two cells: the row number (with the uitvraag's key, when asked) and the activity;
 * children follow the activity's fields (a correction, actions).
 */
export function ActivityCells({
  activity,
  withKey = false,
  children,
}: {
  activity: Omit<ActivityView, 'link'>;
  withKey?: boolean;
  children?: ReactNode;
}) {
  const wasText = activity.correction?.original.activity;
  return (
    <>
      <td className="col-row muted small">
        {activity.rowNumber}
        {withKey && activity.key && <div className="activity-key">{activity.key}</div>}
      </td>
      <td>
        <div className={`activity-body${activity.correction?.removed ? ' is-struck' : ''}`}>
          <div className="activity-text">{activity.activity}</div>
          {wasText !== undefined && <WasText text={wasText} />}
          <ActivityFields activity={activity} />
        </div>
        {children}
      </td>
    </>
  );
}
