// Lines a partner typed under the activity in its own cell (Alt+Enter), each opened by the label of another
// field: "Wijkschouw Deest\nstatus: gepland sept.", "Energiefestival Horssen\nplanning: oktober". Such a line says
// what a status or planning column would say, so it is read as that column: the status with the row's remarks
// (where the status rules read it, status-rows.ts), the planning as the row's planning where it has none. The
// activity is the lines above them. Only lines under the first, and only where text stays; pure.
import type { ReadActivity } from './types';

/** A line under the activity that is a status or a remark: "status: gepland sept.", "Stand van zaken: loopt", "opm.: …". */
const STATUS_LINE = /^(status|stand(\s+van\s+zaken)?|opmerking(en)?|opm\.?|toelichting)\s*:\s*(?<said>\S.*)$/iu;
/** A line under the activity that is its planning: "planning: Q3", "wanneer: oktober", "datum: 12 mei". */
const PLANNING_LINE = /^(planning|wanneer|datum|gereed|deadline)\s*:\s*(?<said>\S.*)$/iu;

/** The activities, each status or planning line under the activity in its cell read as that field. */
export function labelledLinesApart(activities: readonly ReadActivity[]): ReadActivity[] {
  return activities.map((act) => {
    const lines = act.activity.split('\n').map((line) => line.trim());
    let keep = lines.length;
    while (keep > 1 && (STATUS_LINE.test(lines[keep - 1] as string) || PLANNING_LINE.test(lines[keep - 1] as string))) keep--;
    if (keep === lines.length || !lines.slice(0, keep).some((line) => /\p{L}/u.test(line))) return act;
    const read: ReadActivity = { ...act, activity: lines.slice(0, keep).join('\n').trim() };
    const column = act.fieldColumns?.activity;
    for (const line of lines.slice(keep)) {
      const planning = PLANNING_LINE.exec(line)?.groups?.said;
      if (planning !== undefined && read.planning === undefined) {
        read.planning = planning.trim();
        if (column !== undefined) read.fieldColumns = { ...read.fieldColumns, planning: column };
        continue;
      }
      // The status is the row's remark, as a status column's would be; beside a remark of its own, kept under its label.
      const status = STATUS_LINE.exec(line);
      const said = (status?.groups?.said ?? line).trim();
      if (read.notes === undefined) {
        read.notes = said;
        if (column !== undefined) read.fieldColumns = { ...read.fieldColumns, notes: column };
      } else {
        const label = (status?.[1] ?? 'opmerking').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
        read.extra = { ...read.extra, [label]: read.extra[label] === undefined ? said : `${read.extra[label]}; ${said}` };
      }
    }
    return read;
  });
}
