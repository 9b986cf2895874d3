// Last year's overview sent back with next year's plans typed beside it: "Activiteit 2026 | Resultaat 2026 |
// Opmerkingen", the remarks saying per row "2027: start bouw fase 2" or "Nieuw 2027: dakrenovatie
// Julianastraat …". Read for 2027, the rows are last year's work: what a row's remark says for 2027 is the
// activity, under the row's subject ("Oplevering Kattenburg fase 1: start bouw fase 2"), and a row whose
// remark says nothing for 2027 (empty, "klaar", "vervalt in 2027", "nog bepalen") is no activity of it;
// it is kept as a note, with a warning naming the row. A row with only a "Nieuw 2027: …" remark is an
// activity of its own. Likewise an activity beside its plan for the year in a column of its own
// ("Activiteit | Stand 2026 | Plan 2027"): the plan is read with it, and a row whose plan is empty or says none
// ("n.v.t.", "—") is no activity of the year. Pure.
import { withRowsAsNotes } from './kept-as-notes';
import { yearPlanOf } from './columns';
import type { Grid } from './grid';
import { activityPlace, columnNumber, problem, quote } from './problems';
import { saysItEnds, saysNothingIsDecided } from './status-rows';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';
import { yearsOf } from './years';

/** A plan for the year that only says the work is done, lapses or is not decided: no activity of the year. */
function plansNothing(plan: string, planningYear: number): boolean {
  return saysItEnds(plan, planningYear) || saysNothingIsDecided(plan);
}

/** A plan cell that says nothing is planned: "n.v.t.", "—", "geen", "nee". */
const NOTHING_PLANNED = /^([-–—.]+|n\.?\s?v\.?\s?t\.?|nvt|geen|nee|niets)$/i;

/** At least this many rows must say what they plan for the year, and at least half of the rows with a remark. */
const MIN_PLANS = 2;

/**
 * The table with each row read for what its remarks say of the planning year; unchanged unless a
 * heading names an earlier year ("Activiteit 2026", "Resultaat 2026") and the remarks column opens
 * with the planning year on enough rows.
 */
export function plansInRemarks(read: ReadTable, planningYear: number, file: string, grid: Grid): ReadTable {
  const earlier = read.columns.some((c) => yearsOf(c.header).some((y) => y < planningYear));
  const remarks = read.columns.find((c) => c.field === 'notes');
  if (!earlier || !remarks) return read;
  const prefix = new RegExp(String.raw`^(?:nieuw\s+(?:in\s+)?)?${planningYear}\s*[:–—-]\s*`, 'i');
  const planned = read.activities.filter((a) => prefix.test(a.notes?.trim() ?? ''));
  const remarked = read.activities.filter((a) => (a.notes?.trim() ?? '') !== '');
  if (planned.length < MIN_PLANS || 2 * planned.length < remarked.length) return read;

  // Rows with nothing where the activity stands but a plan in the remarks: "Nieuw 2027: …".
  const column = columnNumber(remarks.column);
  const rowLabel = read.columns.find((c) => c.field === 'rowLabel');
  const textless = read.problems.filter((p) => p.code === 'no-activity-text' && p.sheet !== undefined && p.row !== undefined);
  const added: ReadActivity[] = [];
  for (const p of textless) {
    const written = grid.rows.get(p.row as number)?.get(column)?.text.trim() ?? '';
    if (!prefix.test(written)) continue;
    const label = rowLabel ? grid.rows.get(p.row as number)?.get(columnNumber(rowLabel.column))?.text.trim() : undefined;
    added.push({
      sheet: p.sheet as string,
      rowNumber: p.row as number,
      activity: written.replace(prefix, ''),
      ...(label ? { rowLabel: label } : {}),
      fieldColumns: { activity: remarks.column },
      extra: {},
    });
  }

  const activities: ReadActivity[] = [];
  const setAside: { act: ReadActivity; why: string }[] = [];
  for (const act of read.activities) {
    const written = act.notes?.trim() ?? '';
    const plan = written.replace(prefix, '');
    const subject = act.activity.trim();
    if (written === '') {
      setAside.push({ act, why: `heeft in kolom ${remarks.column} ${quote(remarks.header)} niets voor ${planningYear}` });
    } else if (plansNothing(plan, planningYear)) {
      setAside.push({ act, why: `zegt in kolom ${remarks.column} ${quote(remarks.header)} ${quote(written, 60)}` });
    } else if (prefix.test(written)) {
      const { notes: _plan, ...rest } = act;
      activities.push({ ...rest, activity: `${subject}: ${plan}` });
    } else {
      activities.push(act);
    }
  }
  const addedRows = new Set(added.map((a) => `${a.sheet}\n${a.rowNumber}`));
  return {
    ...read,
    activities: [...activities, ...added].sort((a, b) => a.rowNumber - b.rowNumber),
    notes: [...read.notes, ...setAside.map(({ act }) => ({ sheet: act.sheet, row: act.rowNumber, text: [act.activity.trim(), act.notes?.trim()].filter(Boolean).join(': ') }))].sort(
      (a, b) => a.row - b.row,
    ),
    problems: [
      ...read.problems.filter((p) => !(p.code === 'no-activity-text' && addedRows.has(`${p.sheet}\n${p.row}`))),
      problem(
        'warning',
        'plans-in-remarks',
        { file, sheet: grid.name, column: remarks.column },
        `de rijen zijn die van een eerder jaar, en kolom ${remarks.column} ${quote(remarks.header)} zegt per rij wat er in ${planningYear} gebeurt ("${planningYear}: …"); ` +
          `dat is als activiteit gelezen, achter wat er op de rij stond${added.length > 0 ? `, en een rij met alleen "Nieuw ${planningYear}: …" als eigen activiteit` : ''}. Controleer dit.`,
      ),
      ...setAside.map(({ act, why }) =>
        problem(
          'warning',
          'nothing-this-year',
          activityPlace(file, act),
          `${quote(act.activity, 80)} ${why}; bewaard als opmerking bij het overzicht, niet als activiteit van ${planningYear}.`,
        ),
      ),
    ],
  };
}

/**
 * The activity beside its plan for the year, in a column of its own ("Activiteit | Stand 2026 | Plan 2027"):
 * the plan says what happens in the year, so it is read with the activity, "Kattenburg fase 2: opleveren in
 * het derde kwartaal". A plan that only says the work is done, lapses or is not decided stays where it is,
 * for the status step to set the row aside; a row with nothing under the plan, or "n.v.t.", is kept as a
 * note, with a warning naming the row. Unchanged without such a column.
 */
export function planBesideActivity(read: ReadTable, planningYear: number, file: string): ReadTable {
  const plan = read.columns.find((c) => c.field === null && yearPlanOf(c.header) === planningYear);
  if (!plan) return read;
  const subject = read.columns.find((c) => c.field === 'activity');
  const activities: ReadActivity[] = [];
  const empty: ReadActivity[] = [];
  for (const act of read.activities) {
    const written = (act.extra[plan.header] ?? '').trim();
    if (written === '' || NOTHING_PLANNED.test(written)) {
      empty.push(act);
    } else if (plansNothing(written, planningYear)) {
      activities.push(act);
    } else {
      const { [plan.header]: _plan, ...extra } = act.extra;
      activities.push({ ...act, activity: `${act.activity.trim()}: ${written}`, extra });
    }
  }
  return {
    ...read,
    activities,
    notes: withRowsAsNotes(read.notes, empty),
    problems: [
      ...read.problems.filter((p) => !(p.code === 'duplicate-column' && p.column === plan.column)),
      problem(
        'warning',
        'plan-beside-activity',
        { file, ...(read.activities[0] ? { sheet: read.activities[0].sheet } : {}), column: plan.column },
        `kolom ${plan.column} ${quote(plan.header)} zegt per rij wat er in ${planningYear} gebeurt; dat is als activiteit gelezen, achter ${
          subject ? `wat in kolom ${subject.column} ${quote(subject.header)} staat` : 'de omschrijving'
        }. Controleer dit.`,
      ),
      ...empty.map((a) =>
        problem(
          'warning',
          'nothing-this-year',
          activityPlace(file, a),
          `${quote(a.activity, 80)} heeft niets${(a.extra[plan.header] ?? '').trim() === '' ? '' : ` (${quote((a.extra[plan.header] ?? '').trim())})`} in kolom ${plan.column} ${quote(plan.header)}; bewaard als opmerking bij het overzicht, niet als activiteit van ${planningYear}.`,
        ),
      ),
    ],
  };
}
