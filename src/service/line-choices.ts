// Whether a line of a partner's file is an activity is the reader's judgement,
// and the secretary's to overrule in one click, both ways: a line the reader
// kept as a note (a footer, a remark) made an activity, or a line it read as an
// activity kept as a note. Each choice is remembered for the next version of the
// party's year, by the activity's identity, for as long as the current version
// still has the line as chosen.
import { activityIdentity } from '../bundle/compute';
import { identitiesChosenAs, type NewActivityLogEntry } from '../db/activity-log';
import type { ReadonlyDb } from '../db/open';
import { ServiceError } from '../domain/errors';
import type { SubmissionNote } from '../domain/submissions';
import type { ImportProblem, ReadActivity, ReadWorkbook } from '../imports/types';
import type { NewActivity, StoredActivity } from '../domain/activities';
import type { FileRow, ImportPreview } from './imports-contract';

/** The lines a request asks to be activities, and to be notes. */
export interface LineRequests {
  asActivity: readonly FileRow[];
  asNote: readonly FileRow[];
}

/** A line whose kind a person chose; `earlier`: chosen so in an earlier version, not in this request. */
export type ChosenLine = FileRow & { earlier: boolean };

/** The identities a person made activities of kept lines, and notes of read activities, still so in the current version. */
export interface RememberedLines {
  asActivity: ReadonlySet<string>;
  asNote: ReadonlySet<string>;
}

const at =
  (row: FileRow) =>
  (line: { sheet: string; row: number }): boolean =>
    line.sheet === row.sheet && line.row === row.row;
const rowOf = (act: ReadActivity): FileRow => ({ sheet: act.sheet, row: act.rowNumber });

/**
 * What a person chose for the party's year in an earlier version that the current version still shows so:
 * a line made an activity that is still an activity there, a read activity kept as a note that is still a note.
 */
export function rememberedLines(
  db: ReadonlyDb,
  where: { setId: number; partyId: string; planningYear: number },
  current: { notes: readonly SubmissionNote[] } | null,
  previous: readonly StoredActivity[],
): RememberedLines {
  const { setId, partyId, planningYear } = where;
  const stillActivities = new Set(previous.filter((p) => !p.correction?.removed).map((p) => activityIdentity(p)));
  const stillNotes = new Set((current?.notes ?? []).map((n) => activityIdentity({ partyId, activity: n.text })));
  return {
    asActivity: new Set([...identitiesChosenAs(db, setId, planningYear, partyId, 'as-activity')].filter((identity) => stillActivities.has(identity))),
    asNote: new Set([...identitiesChosenAs(db, setId, planningYear, partyId, 'as-note')].filter((identity) => stillNotes.has(identity))),
  };
}

/**
 * Applies the choices to what was read: first the read activities kept as notes, then the kept lines made
 * activities (after the file's own activities). A line asked both ways is refused.
 */
export function chooseLines(
  read: ReadWorkbook,
  rows: LineRequests,
  remembered: RememberedLines,
  partyId: string,
  name: string,
  problems: ImportProblem[],
): { asNote: ChosenLine[]; asActivity: ChosenLine[] } {
  for (const row of rows.asActivity) {
    if (rows.asNote.some(at(row))) {
      throw new ServiceError('invalid_input', `Blad "${row.sheet}", rij ${row.row} van ${name} is gevraagd als activiteit én als opmerking; kies één van beide.`);
    }
  }
  const choice: LineChoice = { read, rows, remembered, partyId, name, problems };
  const asNote = keepAsNotes(choice);
  const asActivity = makeActivities(choice);
  return { asNote, asActivity };
}

/** What a choice of lines works on: the file as read, the request, what was chosen before, and where to say so. */
interface LineChoice {
  read: ReadWorkbook;
  rows: LineRequests;
  remembered: RememberedLines;
  partyId: string;
  name: string;
  problems: ImportProblem[];
}

/** Drops what the reader said of a line (why it kept it, or doubted it): the person's choice answers it. */
function forgetProblems(problems: ImportProblem[], sheet: string, first: number, last: number): void {
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i] as ImportProblem;
    if (p.sheet === sheet && p.row !== undefined && p.row >= first && p.row <= last) problems.splice(i, 1);
  }
}

/**
 * Moves the read activities the secretary keeps as notes to the notes, in sheet order: those asked, then
 * those a person kept so in an earlier version (by the activity's identity), unless asked to be activities.
 */
function keepAsNotes({ read, rows, remembered: { asNote: remembered }, partyId, name, problems }: LineChoice): ChosenLine[] {
  for (const wanted of rows.asNote) {
    if (!read.activities.some((act) => at(wanted)(rowOf(act))) && !read.notes.some(at(wanted))) {
      throw new ServiceError('invalid_input', `Blad "${wanted.sheet}", rij ${wanted.row} van ${name} is geen regel die als activiteit is gelezen.`);
    }
  }
  const chosen = read.activities.flatMap((act) => {
    const line = rowOf(act);
    if (rows.asNote.some(at(line))) return [{ act, earlier: false }];
    if (!rows.asActivity.some(at(line)) && remembered.has(activityIdentity({ partyId, activity: act.activity }))) return [{ act, earlier: true }];
    return [];
  });
  if (chosen.length === 0) return [];
  // The order of the sheets as read: the notes', then the activities'; a note joins its sheet's notes by row.
  const sheets = [...new Set([...read.notes.map((n) => n.sheet), ...read.activities.map((a) => a.sheet)])];
  const moved = new Set(chosen.map((c) => c.act));
  read.activities = read.activities.filter((act) => !moved.has(act));
  read.notes = [...read.notes, ...chosen.map(({ act }) => ({ sheet: act.sheet, row: act.rowNumber, text: act.activity }))].sort(
    (a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row,
  );
  for (const { act, earlier } of chosen) {
    forgetProblems(problems, act.sheet, act.rowNumber, act.lastRowNumber ?? act.rowNumber);
    problems.push({
      severity: 'warning',
      code: 'chosen-as-note',
      message: earlier
        ? `${name}, blad "${act.sheet}", rij ${act.rowNumber}: als opmerking bewaard, zoals u deze regel in een eerdere versie koos (de app las hem als activiteit).`
        : `${name}, blad "${act.sheet}", rij ${act.rowNumber}: door u als opmerking bewaard, geen activiteit (de app las de regel als activiteit).`,
      file: name,
      sheet: act.sheet,
      row: act.rowNumber,
    });
  }
  return chosen.map(({ act, earlier }) => ({ ...rowOf(act), earlier }));
}

/**
 * Moves the kept lines the secretary makes activities from the notes to the end of the activities: those
 * asked, then those a person made activities in an earlier version of the party's year (by the activity's
 * identity), unless asked to stay notes. Each says so in a warning, in place of why it was kept. A line
 * asked to be an activity that the reader read as one (kept as a note in an earlier version) stays the
 * activity it is.
 */
function makeActivities({ read, rows, remembered, partyId, name, problems }: LineChoice): ChosenLine[] {
  const identity = (activity: string): string => activityIdentity({ partyId, activity });
  const asked = rows.asActivity.flatMap((wanted) => {
    const note = read.notes.find(at(wanted));
    if (note) return [note];
    if (read.activities.some((act) => at(wanted)(rowOf(act)) && remembered.asNote.has(identity(act.activity)))) return [];
    throw new ServiceError('invalid_input', `Blad "${wanted.sheet}", rij ${wanted.row} van ${name} is geen regel die als opmerking is bewaard.`);
  });
  const remembering = read.notes.filter(
    (n) => !asked.includes(n) && !rows.asNote.some(at(n)) && remembered.asActivity.has(identity(n.text)),
  );
  const chosen = [...asked.map((note) => ({ note, earlier: false })), ...remembering.map((note) => ({ note, earlier: true }))];
  for (const { note, earlier } of chosen) {
    read.notes = read.notes.filter((n) => n !== note);
    read.activities.push({ sheet: note.sheet, rowNumber: note.row, activity: note.text, extra: {} });
    forgetProblems(problems, note.sheet, note.row, note.row);
    problems.push({
      severity: 'warning',
      code: 'chosen-as-activity',
      message: earlier
        ? `${name}, blad "${note.sheet}", rij ${note.row}: als activiteit gelezen, zoals u deze regel in een eerdere versie koos (de app had hem als opmerking bewaard).`
        : `${name}, blad "${note.sheet}", rij ${note.row}: door u als activiteit gekozen (de app had de regel als opmerking bewaard).`,
      file: name,
      sheet: note.sheet,
      row: note.row,
    });
  }
  return chosen.map(({ note, earlier }) => ({ sheet: note.sheet, row: note.row, earlier }));
}

/** Each line a person chose in this import, as a decision of its own in the activity log. */
export function lineChoiceEntries(
  preview: ImportPreview,
  activities: readonly NewActivity[],
  where: { setId: number; partyId: string; planningYear: number; changedAt: string; changedBy: string },
): NewActivityLogEntry[] {
  const { setId, partyId, planningYear, changedAt, changedBy } = where;
  const entry = (identity: string, action: 'as-activity' | 'as-note', detail: string): NewActivityLogEntry => ({
    setId,
    planningYear,
    partyId,
    identity,
    action,
    detail,
    reason: '',
    changedAt,
    changedBy,
  });
  const entries: NewActivityLogEntry[] = [];
  for (const row of preview.chosenAsActivity.filter((c) => !c.earlier)) {
    const act = activities.find((a) => a.sheet === row.sheet && a.rowNumber === row.row);
    if (!act) continue;
    const detail = `${preview.fileName}, blad "${row.sheet}", rij ${row.row}: "${act.activity}" als activiteit gekozen; de app had de regel als opmerking bewaard.`;
    entries.push(entry(activityIdentity({ ...act, partyId }), 'as-activity', detail));
  }
  for (const row of preview.chosenAsNote.filter((c) => !c.earlier)) {
    const note = preview.notes.find(at(row));
    if (!note) continue;
    const detail = `${preview.fileName}, blad "${row.sheet}", rij ${row.row}: "${note.text}" als opmerking bewaard, geen activiteit; de app had de regel als activiteit gelezen.`;
    entries.push(entry(activityIdentity({ partyId, activity: note.text }), 'as-note', detail));
  }
  return entries;
}
