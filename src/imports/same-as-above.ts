// An activity whose text points at another ("idem", "idem in Deest", "zie vorige regel, nu ook bij …") means
// nothing where it is read apart from its row, as in the joint overview, which groups activities by afspraak.
// Where the row says unmistakably what it points at, that is written after the partner's words, in quotes,
// so the reader sees the work and sees that the words are the partner's: what was done the year before, in a
// column of its own beside it ("Wat deden we in 2027"), or else the activity on the row right above it.
// Elsewhere the text is left as the partner wrote it. Each one said in a warning naming the row. Pure.
import { PLACE_HEADER } from './other-municipalities';
import { problem, quote } from './problems';
import type { ImportProblem, ReadActivity } from './types';

/**
 * A text that opens by pointing at the row above: "idem in Deest", "zie vorige regel, nu ook bij mutatiewoningen". Not
 * at last year's ("idem als vorig jaar: …", "idem 2027"), nor at another party's row ("idem DK: …").
 */
const BACK_REFERENCE =
  /^((?<same>idem|dito|id\.)(?!\s+(als\s+)?((vorig|vorige|afgelopen)\s+jaar|20\d\d))|zie\s+(de\s+)?(vorige\s+regel|regel\s+hierboven|hierboven|boven)|(het\s+)?zelfde\s+als\s+(hier)?boven|als\s+hierboven)(?![\p{L}])/iu;

/** A pointer at another party's row, by its abbreviation: "idem DK: …", "Idem WW". */
const OTHER_PARTY_POINTER = /^([Ii]dem|[Dd]ito)\s+\p{Lu}{2,5}\b/u;

/** A text written out so already, as a list made from an earlier import has it: "idem: “Wijkschouw …” (Deest)". */
const SPELLED_OUT = /(^|\()(idem|regel erboven|vorig jaar): “/u;

/** A text that points at the year before: "zie vorig jaar, nu in Druten-Zuid", "idem als vorig jaar: …", "idem 2027". */
const LAST_YEAR_POINTER = /^((idem|dito|zie|zelfde|hetzelfde)\s+(als\s+)?((vorig|afgelopen)\s+jaar|20\d\d))(?![\p{L}\d])/iu;

/** A heading of the work done the year before: "Wat deden we in 2027", "Terugblik 2026", "2026: wat deden we", "Vorig jaar". */
const EARLIER_WORK_HEADER = /\b(deden|gedaan|terugblik|vorig\s+jaar|afgelopen\s+jaar)\b/i;
/** A heading naming a year: "Activiteit 2027". */
const YEAR_IN_HEADER = /\b(20\d\d)\b/;
/** A heading of the row's own subject, written beside the pointer: "Onderwerp", "Project". */
const SUBJECT_HEADER = /^(onderwerp|project|complex)$/i;

/** The activities, each that points unmistakably at another spelled out (see the file's head); the rest as they are. */
export function spelledOut(activities: ReadActivity[], planningYear: number | undefined, fileName: string, problems: ImportProblem[]): ReadActivity[] {
  const referents = new Map<ReadActivity, string>();
  return activities.map((act, i) => {
    const text = act.activity.trim();
    const lastYear = LAST_YEAR_POINTER.exec(text);
    const pointer = lastYear ?? BACK_REFERENCE.exec(text);
    if (!pointer || OTHER_PARTY_POINTER.test(text) || SPELLED_OUT.test(text)) return act;
    const label = lastYear ? 'vorig jaar' : pointer.groups?.same ? 'idem' : 'regel erboven';
    const referent = earlierWorkBeside(act, planningYear) ?? (lastYear ? undefined : rowAbove(activities, i, referents));
    if (referent === undefined) return act;
    referents.set(act, referent);
    const shown = firstSentence(referent);
    const own = ownBeside(act);
    const rest = text.slice(pointer[0].length).replace(/^[\s,;:/–—-]+/, '');
    const written =
      (rest === '' ? `${label}: “${shown}”` : `${text} (${label}: “${shown}”)`) + (own.length > 0 && rest === '' ? ` (${own.join(', ')})` : '');
    problems.push(
      problem(
        'warning',
        'same-as-above',
        { file: fileName, sheet: act.sheet, row: act.rowNumber, ...(act.fieldColumns?.activity ? { column: act.fieldColumns.activity } : {}) },
        `${quote(text)} verwijst naar ${quote(referent)}; dat staat er tussen aanhalingstekens bij, zodat de activiteit ook los van deze rij te lezen is. Controleer dit.`,
      ),
    );
    return { ...act, activity: written };
  });
}

/** The work of the year before, in a column of its own beside the pointer: "Wat deden we in 2027": "Ledenvergadering …". */
function earlierWorkBeside(act: ReadActivity, planningYear: number | undefined): string | undefined {
  for (const [header, value] of Object.entries(act.extra)) {
    const year = YEAR_IN_HEADER.exec(header)?.[1];
    const earlier = EARLIER_WORK_HEADER.test(header) || (planningYear !== undefined && year !== undefined && Number(year) < planningYear);
    if (earlier && /\p{L}/u.test(value) && !BACK_REFERENCE.test(value.trim())) return value.trim();
  }
  return undefined;
}

/** The activity on the row right above, on the same sheet, as it was spelled out itself. */
function rowAbove(activities: readonly ReadActivity[], i: number, referents: ReadonlyMap<ReadActivity, string>): string | undefined {
  const above = activities[i - 1];
  const act = activities[i] as ReadActivity;
  if (!above || above.sheet !== act.sheet || (above.lastRowNumber ?? above.rowNumber) !== act.rowNumber - 1) return undefined;
  return referents.get(above) ?? above.activity.trim();
}

/** What the row says of its own beside the mark: its place ("Kern": "Deest") or subject ("Onderwerp": "wijkschouw Druten-Zuid"). */
function ownBeside(act: ReadActivity): string[] {
  return Object.entries(act.extra)
    .filter(([header, value]) => (PLACE_HEADER.test(header.trim()) || SUBJECT_HEADER.test(header.trim())) && /\p{L}/u.test(value) && !BACK_REFERENCE.test(value.trim()))
    .map(([, value]) => value.trim());
}

/** A long text up to its first full stop, "…" after it: the referent named, not repeated whole. */
function firstSentence(text: string): string {
  if (text.length <= SHOWN_LENGTH) return text;
  const stop = /[.!?](\s|$)/.exec(text);
  return stop && stop.index > 0 && stop.index < text.length - 1 ? `${text.slice(0, stop.index + 1)} …` : text;
}
/** A referent longer than this is shown by its first sentence. */
const SHOWN_LENGTH = 80;
