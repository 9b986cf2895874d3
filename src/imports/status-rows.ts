// Rows a partner lists with a status that says they are no activity of the
// planning year: a checklist line ticked off the year before ("Gedaan? ja – okt
// 2027"), a line "afgerond" in a planning that ended before the year, or an
// idea the sheet's own legend calls undecided ("idee = nog niet besloten").
// Each is kept as a note of the submission with a warning naming the row, so
// nothing is lost and the secretary sees why. Pure.
import type { SubmissionNote } from '../domain/submissions';
import { activityPlace, problem, quote } from './problems';
import type { ImportProblem, ReadActivity } from './types';

interface StatusBody {
  activities: ReadActivity[];
  notes: SubmissionNote[];
}

/** "ja – okt 2027", "afgerond 2027", "gedaan (2027)": done, and the year it was done in. */
const DONE_IN = /^(?:ja|gedaan|afgerond|klaar|uitgevoerd)\b\D{0,20}?\b(20\d\d)\b/i;
/** A status saying the work is done, alone in its cell. */
const DONE = /^(gedaan|afgerond|klaar|gereed|uitgevoerd|voltooid|done)$/i;
/** What a legend says a status means when the work is not decided on. */
const UNDECIDED = /\b(nog )?niet (besloten|vastgesteld|gepland|zeker)\b|\bonzeker\b|\bwens(en)?\b|\bonbesloten\b/i;
/** "Fase: idee = nog niet besloten; gepland = in jaarplan": a status and its meaning, two or more to a line. */
const LEGEND_PAIR = /^\s*([^=:;]{1,30}?)\s*=\s*([^=;]{1,80}?)\s*$/;

/**
 * A sheet's legend of its status words: each status (lower case) with what
 * the partner wrote it means. Only lines of at least two "woord = betekenis"
 * pairs count.
 */
export function legendOf(notes: readonly SubmissionNote[]): Map<string, string> {
  const legend = new Map<string, string>();
  for (const note of notes) {
    const body = note.text.replace(/^[^=:;]{1,30}:\s*/, '');
    const pairs = body.split(/[;\n]/).map((part) => LEGEND_PAIR.exec(part));
    if (pairs.length < 2 || pairs.some((p) => p === null)) continue;
    for (const p of pairs as RegExpExecArray[]) legend.set((p[1] as string).toLowerCase(), p[2] as string);
  }
  return legend;
}

/** Why a row is no activity of the planning year, or undefined when it is one. */
function reasonOf(act: ReadActivity, planningYear: number | undefined, legend: Map<string, string>): { code: string; why: string } | undefined {
  const cells = Object.entries(act.extra).map(([header, value]) => [header, value.trim()] as const);
  if (planningYear !== undefined) {
    for (const [header, value] of cells) {
      const m = DONE_IN.exec(value);
      if (m && Number(m[1]) < planningYear) return { code: 'done-before', why: `is al gedaan (${header}: ${quote(value)}), voor ${planningYear}` };
    }
    const years = [...(act.planning ?? '').matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    const done = cells.find(([, value]) => DONE.test(value));
    if (done && years.length > 0 && years.every((y) => y < planningYear)) {
      return { code: 'done-before', why: `is al gedaan (${done[0]}: ${quote(done[1])}, planning ${quote(act.planning ?? '')}), voor ${planningYear}` };
    }
  }
  for (const [header, value] of cells) {
    const meaning = legend.get(value.toLowerCase());
    if (meaning !== undefined && UNDECIDED.test(meaning)) {
      return { code: 'undecided-row', why: `staat als ${quote(value)} (${header}), volgens de uitleg in het bestand ${quote(meaning)}` };
    }
  }
  return undefined;
}

/**
 * The body without the rows whose status says they are no activity of the
 * planning year; each kept as a note, with a warning naming the row.
 */
export function setAsideByStatus<B extends StatusBody>(body: B, planningYear: number | undefined, fileName: string, problems: ImportProblem[]): B {
  const legend = legendOf(body.notes);
  const setAside: ReadActivity[] = [];
  for (const act of body.activities) {
    const reason = reasonOf(act, planningYear, legend);
    if (reason === undefined) continue;
    setAside.push(act);
    const year = planningYear === undefined ? '' : ` van ${planningYear}`;
    problems.push(
      problem('warning', reason.code, activityPlace(fileName, act), `${quote(act.activity, 80)} ${reason.why}; bewaard als opmerking bij het overzicht, niet als activiteit${year}.`),
    );
  }
  if (setAside.length === 0) return body;
  const sheets = [...new Set([...body.activities, ...body.notes].map((x) => x.sheet))];
  const notes = [...body.notes, ...setAside.map((a) => ({ sheet: a.sheet, row: a.rowNumber, text: a.activity }))];
  return {
    ...body,
    activities: body.activities.filter((a) => !setAside.includes(a)),
    notes: notes.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row),
  };
}
