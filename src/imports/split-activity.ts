// An activity split over two columns side by side: a short first part in the
// activity column and the rest in the column right of it.
// - A verb and its subject: "Wat doen we" ("adviseren", "meelezen") beside a
//   heading the app does not know ("Waarover": "het plan voor meer
//   huurwoningen in Horssen").
// - A title and its description: "Project" ("Steenfabriek fase 1") beside, or
//   a column or two before, a second heading that also names the activity ("Wat
//   doen we", "Activiteit 2028": "36 sociale huurappartementen …"), which the
//   reader keeps as an extra field.
// Read apart, the activity would be the bare verb or title and the substance an
// extra field that never goes out. Read together, the activity is
// "adviseren: het plan voor …" or "Steenfabriek fase 1: 36 sociale …". Pure.
import { matchHeader, POINTER_HEADER, yearPlanOf } from './columns';
import { problem } from './problems';
import type { ReadTable } from './table';

/** A verb: at most this many words in (nearly) every row. */
const VERB_WORDS = 2;
/** A title: at most this many words in (nearly) every row. */
const TITLE_WORDS = 5;
/** The column beside it says more: this many words on average, and more than the first part. */
const REST_WORDS = 3;
/** Share of the rows that must fit, so one short activity among long ones changes nothing. */
const MOST = 0.8;

const words = (text: string): number => text.trim().split(/\s+/).filter((w) => w !== '').length;

function letterNumber(letter: string): number {
  return [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function joinSplitActivity(read: ReadTable, file: string): ReadTable {
  // A phase read as the step of the project above it (table.ts) is read whole already.
  const acts = read.activities.filter((a) => a.group === undefined);
  const activityColumn = read.columns.find((c) => c.field === 'activity');
  if (acts.length < 3 || !activityColumn) return read;
  // A second heading that names the activity too holds its description, also a column or two further on
  // ("Project | Fase | Activiteit 2028"); any other heading, right beside it, only the subject of a verb.
  // Not a plan for a year ("Plan 2028", "In 2028"): read with the activity by the year's own step (planBesideActivity),
  // which keeps a row with nothing under it ("–") as a note, not as "Woningdelen: –". Nor what a row points to ("Bijlage / link").
  const after = read.columns.filter(
    (c) => c.field === null && letterNumber(c.column) > letterNumber(activityColumn.column) && yearPlanOf(c.header) === undefined && !POINTER_HEADER.test(c.header.trim()),
  );
  const beside = after.find((c) => matchHeader(c.header)?.field === 'activity') ?? after.find((c) => letterNumber(c.column) === letterNumber(activityColumn.column) + 1);
  if (!beside) return read;
  const describes = matchHeader(beside.header)?.field === 'activity';
  const firstMost = describes ? TITLE_WORDS : VERB_WORDS;
  if (acts.filter((a) => words(a.activity) <= firstMost).length < MOST * acts.length) return read;
  const rests = acts.map((a) => (a.extra[beside.header] ?? '').trim());
  const said = rests.filter((s) => s !== '');
  if (said.length < MOST * acts.length) return read;
  // The same text on (nearly) every row names the list, not each activity: Asana's "Projects" ("PA Druten 2027"),
  // a task or two in another project among them.
  const counts = new Map<string, number>();
  for (const s of said) counts.set(s.toLowerCase(), (counts.get(s.toLowerCase()) ?? 0) + 1);
  if (Math.max(...counts.values()) >= MOST * said.length) return read;
  const restWords = mean(said.map(words));
  if (restWords < REST_WORDS || restWords <= mean(acts.map((a) => words(a.activity)))) return read;
  const at = { file, sheet: acts[0]?.sheet ?? '', column: beside.column };
  const position = new Map(acts.map((a, i) => [a, i]));
  const example = acts[0]?.activity.trim() ?? '';
  return {
    ...read,
    columns: read.columns.map((c) => (c === beside ? { ...c, field: 'activity' } : c)),
    activities: read.activities.map((a) => {
      const i = position.get(a);
      if (i === undefined) return a;
      const rest = rests[i] as string;
      if (rest === '') return a;
      const extra = Object.fromEntries(Object.entries(a.extra).filter(([key]) => key !== beside.header));
      return { ...a, activity: a.activity.trim() === '' ? rest : `${a.activity.trim()}: ${rest}`, extra };
    }),
    problems: [
      ...read.problems.filter((p) => !((p.code === 'unknown-column' || p.code === 'duplicate-column') && p.column === beside.column)),
      problem(
        'warning',
        'activity-two-columns',
        at,
        `de activiteit staat in twee kolommen: "${activityColumn.header}" (kolom ${activityColumn.column}) ${describes ? 'noemt haar kort' : 'zegt wat er gebeurt'}, ` +
          `"${beside.header}" (kolom ${beside.column}) ${describes ? 'beschrijft haar' : 'waarover'}. Ze zijn samen gelezen als de activiteit ("${example}: …"). Controleer of dat klopt.`,
      ),
    ],
  };
}
