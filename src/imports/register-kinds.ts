// A register sent as the activiteitenoverzicht (a RAID-log, an actie- en besluitenlijst, a risicoregister) holds
// more than planned work: risks, issues, assumptions and dependencies, and decisions already taken. The file says
// of each row which it is, in one of these ways: a word or a letter before the text ("Risico: …", "Knelpunt: …",
// "R: …" where the rows open with "Actie –"), a column of the kind ("Type": "R"), a fill colour, or a heading over a
// block of rows ("RISICO'S"); a letter or a colour as the file's legend explains it ("R = risico", "oranje = risico /
// knelpunt"). A row of a kind that is no work is no activity; an action taken on a risk ("Actie n.a.v. R-01: …") is.
// A decision taken is no work either, unless its planning says it is carried out in the year or later; but a kind
// written out as a word in its column ("Soort": "besluit") says what the work is (a decision to prepare). Pure.
import { quote } from './problems';
import { OWN_ACTION } from './talk-rows';
import type { ReadActivity } from './types';
import { yearsOf } from './years';

/** The kinds that are no work, as a legend, a heading or a text names them. */
const NO_WORK_KIND = /\b(risico('?s)?|risk|issues?|knelpunt(en)?|aannames?|afhankelijkhe(id|den)|dependency)\b/i;
/** A decision, as a legend, a heading or a text names the kind. */
const DECISION_KIND = /^(besluit(en)?|decision)\b/i;
/** A kind's word before the text: "Knelpunt: wachttijd …", "Aanname – DK organiseert …", "Issue: …". */
const KIND_WORD = /^(knelpunt|issue|aanname|risk)\s*[:–—-]\s*\S/i;
/**
 * A plan's framing before the text, as an adviser writes it: "Randvoorwaarde: corporaties leveren …", "Kritische
 * succesfactor: tijdige omgevingsvergunning …", "Uitgangspunt (conform PA): …", "Buiten scope: …", "Disclaimer: …".
 */
const FRAMING_WORD = /^(randvoorwaarden?|kritische\s+succesfactor(en)?|ksf|uitgangspunt(en)?|buiten\s+scope|scope|afbakening|disclaimer|missie)\s*(\([^()]*\)\s*)?[:–—-]\s*\S/i;
/** A kind's letters before the text: "R: stikstof …", "I: knelpunt – …", "AN: …". */
const KIND_CODE = /^(\p{Lu}{1,2})\s*:\s+\S/u;
/** An action's word before the text, as a register's rows open: "Actie – De Lakei …", "Actie: …". */
const ACTION_WORD = /^actie\s*[:–—-]\s*\S/i;
/**
 * The letters of a register's kinds where the file explains none: risk, issue, dependency (RAID), decision.
 * Not "A", an action to one file and an assumption to another.
 */
const REGISTER_LETTERS: ReadonlyMap<string, string> = new Map([
  ['r', 'risico'],
  ['i', 'issue'],
  ['d', 'afhankelijkheid'],
  ['b', 'besluit'],
]);
/** A column of the row's kind. */
const KIND_HEADER = /^(type|soort|categorie|cat\.?|kind)$/i;
/** The kinds that are said, not done: a key message, a position, thanks. */
const STATEMENT_KIND = /^(kernboodschap(pen)?|standpunt(en)?|waardering|compliment(en)?|dank(woord)?)$/i;
/**
 * A row's kind written as its label, alone in a cell beside the text, as a stuk for the bestuurlijk overleg marks its
 * lines: "Kernboodschap", "Standpunt", "Waardering" (STATEMENT_KIND), or "Risico" (in "Onderwerp", "Speerpunt", "Soort").
 */
const isKindLabel = (value: string): boolean => STATEMENT_KIND.test(value) || LESSON_KIND.test(value) || /^risico('?s)?$/i.test(value);
/** A lesson learned, as its label names it: "Leerpunt", "Geleerde les", "Lessons learned". */
const LESSON_KIND = /^(leerpunt(en)?|geleerde\s+les(sen)?|les(sen)?\s+geleerd|lessons?\s+learned)$/i;
/** A position that also says what the sender does: "HBD blijft: geen huurverhoging … Wij controleren in juli of …". */
const POSITION_KIND = /^standpunt(en)?$/i;
/** A heading over a block of rows of one kind, and nothing more: "RISICO'S", "Knelpunten", "Besluiten". */
const KIND_HEADING = /^(risico'?s|knelpunten|issues|aannames|afhankelijkheden|besluiten)\s*:?$/i;

/** What the whole file says of its rows' kinds. */
export interface KindFacts {
  planningYear: number | undefined;
  /** The file's legend: a status, code or colour (lower case) with what it means. */
  legend: ReadonlyMap<string, string>;
  /** Whether the rows open with their kind as a register's do ("Actie – …"), so that a letter before the text ("R:") is a kind. */
  registerLetters: boolean;
}

/** Whether the rows open with their kind, as a register's do: two or more open with "Actie –". */
export function opensWithKinds(activities: readonly ReadActivity[]): boolean {
  return activities.filter((a) => ACTION_WORD.test(a.activity.trim())).length >= 2;
}

/** Why a row is no work by its kind, or undefined. */
export function kindReason(act: ReadActivity, { planningYear, legend, registerLetters }: KindFacts): { code: string; why: string } | undefined {
  const text = act.activity.trim();
  /** What the file says the row is; `coded` where by a letter, a colour or a heading, as a register marks its rows. */
  const said: { meaning: string; how: string; coded?: boolean }[] = [];
  // A framing line, unless it says what is done in the year ("Uitgangspunt: … hybride warmtepomp – 2028: ca. 25 woningen").
  const framing = FRAMING_WORD.exec(text);
  if (framing && !OWN_ACTION.test(text) && !(planningYear !== undefined && yearsOf(text).includes(planningYear))) {
    return { code: 'remark-row', why: `begint met ${quote((framing[1] as string).replace(/\s+/g, ' '))}: een uitgangspunt, voorwaarde of afbakening van het plan, geen werk` };
  }
  const word = KIND_WORD.exec(text);
  if (word) said.push({ meaning: word[1] as string, how: `begint met ${quote(word[1] as string)}` });
  const code = KIND_CODE.exec(text)?.[1];
  if (code !== undefined) {
    const meaning = legend.get(code.toLowerCase()) ?? (registerLetters ? REGISTER_LETTERS.get(code.toLowerCase()) : undefined);
    if (meaning !== undefined) {
      const source = legend.has(code.toLowerCase()) ? 'volgens de uitleg in het bestand' : 'in dit register';
      said.push({ meaning, how: `begint met ${quote(`${code}:`)}, ${source} ${quote(meaning)}`, coded: true });
    }
  }
  for (const [header, value] of Object.entries(act.extra)) {
    if (!KIND_HEADER.test(header.trim()) || value.trim() === '') continue;
    const explained = legend.get(value.trim().toLowerCase());
    const meaning = explained ?? value.trim();
    said.push({ meaning, how: `staat als ${quote(value.trim())} (${header})${explained !== undefined ? `, volgens de uitleg in het bestand ${quote(explained)}` : ''}`, coded: explained !== undefined });
  }
  for (const [header, colour] of Object.entries(act.colours ?? {})) {
    const meaning = legend.get(colour);
    if (meaning !== undefined) said.push({ meaning, how: `is ${colour} gekleurd (${header}), volgens de uitleg in het bestand ${quote(meaning)}`, coded: true });
  }
  const heading = act.section?.trim() ?? '';
  if (KIND_HEADING.test(heading)) said.push({ meaning: heading, how: `staat onder de kop ${quote(heading)}`, coded: true });
  // The kind as the row's label beside its text, in a column of its subject or one of the file's own ("Speerpunt").
  const labels = [...(act.topicContext === undefined ? [] : [['', act.topicContext] as const]), ...Object.entries(act.extra)];
  for (const [header, value] of labels) {
    if (KIND_HEADER.test(header.trim()) || !isKindLabel(value.trim())) continue;
    said.push({ meaning: value.trim(), how: header === '' ? `staat als ${quote(value.trim())}` : `staat als ${quote(value.trim())} (${header})` });
  }

  for (const { meaning, how, coded } of said) {
    if (NO_WORK_KIND.test(meaning)) return { code: 'risk-row', why: `${how}: een risico, knelpunt of afhankelijkheid, geen werk` };
    // A key message, a position or thanks says something, unless a position also says what the sender does about it.
    if (STATEMENT_KIND.test(meaning.trim()) && !(POSITION_KIND.test(meaning.trim()) && OWN_ACTION.test(text))) {
      return { code: 'remark-row', why: `${how}: een boodschap, standpunt of woord van dank, geen werk` };
    }
    if (LESSON_KIND.test(meaning.trim()) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: `${how}: een les uit eerder werk, geen werk` };
    // A decision taken, unless its planning says when it is carried out, in the year or later.
    const carriedOut = planningYear !== undefined && yearsOf(act.planning).some((y) => y >= planningYear);
    if (coded && DECISION_KIND.test(meaning.trim()) && !carriedOut) return { code: 'decision-row', why: `${how}: een besluit, geen werk dat gepland is` };
  }
  return undefined;
}
