// An activity split over two columns: a verb in the activity column ("Wat
// doen we": "adviseren", "meelezen") and its subject in the column beside it,
// under a heading the app does not know ("Waarover": "het plan voor meer
// huurwoningen in Horssen"). Read apart, the activity would be the bare verb,
// and the subject an extra field that never goes out. Read together, the
// activity is "adviseren: het plan voor …". Pure.
import { problem } from './problems';
import type { ReadTable } from './table';

/** The activity column holds at most this many words in (nearly) every row: a verb, not an activity. */
const VERB_WORDS = 2;
/** The column beside it says more: this many words on average. */
const SUBJECT_WORDS = 3;
/** Share of the rows that must fit, so one short activity among long ones changes nothing. */
const MOST = 0.8;

const words = (text: string): number => text.trim().split(/\s+/).filter((w) => w !== '').length;

function letterNumber(letter: string): number {
  return [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function joinSplitActivity(read: ReadTable, file: string): ReadTable {
  const acts = read.activities;
  const activityColumn = read.columns.find((c) => c.field === 'activity');
  if (acts.length < 3 || !activityColumn) return read;
  if (acts.filter((a) => words(a.activity) <= VERB_WORDS).length < MOST * acts.length) return read;
  const here = letterNumber(activityColumn.column);
  const beside = read.columns.find((c) => c.field === null && Math.abs(letterNumber(c.column) - here) === 1 && letterNumber(c.column) > here);
  if (!beside) return read;
  const subjects = acts.map((a) => a.extra[beside.header] ?? '');
  const said = subjects.filter((s) => s.trim() !== '');
  if (said.length < MOST * acts.length) return read;
  if (said.reduce((sum, s) => sum + words(s), 0) / said.length < SUBJECT_WORDS) return read;
  const at = { file, sheet: acts[0]?.sheet ?? '', column: beside.column };
  return {
    ...read,
    columns: read.columns.map((c) => (c === beside ? { ...c, field: 'activity' } : c)),
    activities: acts.map((a, i) => {
      const subject = (subjects[i] as string).trim();
      if (subject === '') return a;
      const extra = Object.fromEntries(Object.entries(a.extra).filter(([key]) => key !== beside.header));
      return { ...a, activity: a.activity.trim() === '' ? subject : `${a.activity.trim()}: ${subject}`, extra };
    }),
    problems: [
      ...read.problems.filter((p) => !(p.code === 'unknown-column' && p.column === beside.column)),
      problem(
        'warning',
        'activity-two-columns',
        at,
        `de activiteit staat in twee kolommen: "${activityColumn.header}" (kolom ${activityColumn.column}) zegt wat er gebeurt, "${beside.header}" (kolom ${beside.column}) waarover. ` +
          `Ze zijn samen gelezen als de activiteit ("${acts[0]?.activity.trim() ?? ''}: …"). Controleer of dat klopt.`,
      ),
    ],
  };
}
