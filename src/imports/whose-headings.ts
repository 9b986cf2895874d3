// Headings a partner types in its table to say whose rows follow, or what they are: its own work ("Wat wij zelf
// doen", "Namens HBD", "Eigen organisatie"), work shared with another ("Samen met de gemeente"), what it asks of
// others ("Wat wij van de gemeente vragen", "Nodig van gemeente"), others' plans listed for information ("Ter
// informatie: plannen van De Kernen", "Vanuit de huurders (Bewonersraad)"), work already done ("Afgerond in 2026")
// and work not yet decided ("Nog te bespreken"). The table reads them as headings however they are typed (in bold
// or not, in capitals, between dashes, after a number or letter of their own: "B. Ter informatie – …"), so that the
// rows under them are read by what they say. Pure.

/** A party as a heading names it: "De Kernen", "Woonwaarts", "de gemeente", "de corporaties", "HBD". */
const PARTY = String.raw`(?:(?:de|het)\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|gemeente|corporaties?|huurders(?:organisaties?)?|partners?|bewoners)`;
/** Parties joined: "Woonwaarts en gemeente", "de gemeente, Woonwaarts en De Kernen". */
const PARTIES = String.raw`${PARTY}(?:\s*(?:,|en|&)\s*${PARTY})*`;
/** Whom a heading asks or names, a few words: "de gemeente", "Woonwaarts en Welzijn Druten". */
const WHOM = String.raw`(?:[^\s.;!?:]+\s+){0,4}?[^\s.;!?:]+`;

/**
 * What the sender asks of another: "Wat wij van de gemeente vragen", "Wat hebben we nodig van Woonwaarts?",
 * "Nodig van gemeente", "Onze vragen aan De Kernen". Not what another asks of the sender ("Wat de gemeente van ons
 * vraagt"): that is the sender's own work.
 */
const NEED_HEADING = new RegExp(
  String.raw`^(?:wat\s+(?:wij|we)\s+van\s+${WHOM}\s+(?:vragen|verwachten|nodig\s+hebben|willen)` +
    String.raw`|wat\s+(?:vragen|verwachten|willen)\s+(?:wij|we)\s+van\s+${WHOM}` +
    String.raw`|wat\s+hebben\s+(?:wij|we)\s+(?:van\s+${WHOM}\s+)?nodig(?:\s+van\s+${WHOM})?` +
    String.raw`|(?:nodig|gevraagd|verwacht)\s+van\s+${PARTIES}` +
    String.raw`|(?:onze\s+)?(?:vragen|verzoeken|wensen)\s+(?:aan|richting)\s+${PARTIES})$`,
  'u',
);

/** Others' plans listed for information, and whose they are: "Ter informatie – plannen van Woonwaarts", "Plannen van de corporaties (ter info)". */
const PLANS_OF = new RegExp(
  String.raw`^(?:ter\s+(?:info(?:rmatie)?|kennisname)\s*[:–—-]?\s*)?(?:de\s+)?(?:plannen|activiteiten|acties|projecten|werk|initiatieven)\s+(?:van|door)\s+(${WHOM})(?:\s*\((?:ter\s+)?info(?:rmatie)?\))?$`,
  'u',
);
/** The words that say something is told for information: "ter info", "ter informatie", "ter kennisname". */
export const TOLD_FOR_INFORMATION = String.raw`ter\s+(?:info|informatie|kennisname)`;
/** Told for the reader's information, not planned: "ter info: sloop-nieuwbouw in Weurt", "Ter informatie – plannen van …". */
export const FOR_INFORMATION = new RegExp(String.raw`^${TOLD_FOR_INFORMATION}\b`, 'i');
/** "Ter info", "Ter informatie", "Ter kennisname" alone. */
const FOR_INFORMATION_ALONE = /^ter\s+(?:info(?:rmatie)?|kennisname)$/u;

/** The sender's own rows, or rows of work shared with another: "Wat wij zelf doen", "Wat HBD zelf doet", "Eigen organisatie", "Namens HBD", "Samen met de gemeente", "Vanuit de huurders (Bewonersraad)". */
const OWN_OR_SHARED_HEADING = new RegExp(
  String.raw`^(?:wat\s+(?:(?:wij|we)\s+(?:zelf\s+)?(?:doen|gaan\s+doen|oppakken|uitvoeren)|${PARTY}\s+zelf\s+(?:doet|gaat\s+doen|oppakt|uitvoert))` +
    String.raw`|(?:ons|onze)\s+(?:eigen\s+)?(?:werk|activiteiten|inzet|acties)` +
    String.raw`|eigen\s+(?:werk|activiteiten|inzet|acties|organisatie)(?:\s+${PARTY})?` +
    String.raw`|namens\s+${PARTY}` +
    String.raw`|samen\s+met\s+${PARTIES}` +
    String.raw`|vanuit\s+${PARTY}(?:\s*\([^()]{2,30}\))?)$`,
  'u',
);

/** Work done, perhaps in a year: "Afgerond in 2026", "AFGEROND IN 2027:", "Gedaan", "Al opgeleverd". */
const DONE_HEADING = /^(?:al\s+)?(?:afgerond|gedaan|gereed|klaar|opgeleverd|gerealiseerd|uitgevoerd)(?:\s+(?:in|per)\s+(20\d\d))?$/u;
/** Work not decided: "Nog te bespreken", "Nog niet besloten", "Open punten", "Ideeën", a planning board's "Backlog". */
const UNDECIDED_HEADING =
  /^(?:nog\s+te\s+(?:bespreken|besluiten|beslissen)|nog\s+niet\s+besloten|te\s+bespreken|open\s+punten|nog\s+open|ideeën|ideeen|parkeerlijst|onder\s+voorbehoud|backlog)$/u;
/** Work stopped for now: a planning board's "Geparkeerd" lane, "On hold", "In de ijskast". */
const ON_HOLD_HEADING = /^(?:geparkeerd|on[ -]?hold|in\s+de\s+(?:ijskast|wacht)|aangehouden)$/u;

/** The most words a heading of whose rows runs: "Ter informatie: plannen van de gemeente en de corporaties". */
const HEADING_WORDS = 10;

/**
 * The heading as the patterns read it: without a number or letter of its own ("B.", "2.", "A)"), the dashes around
 * it ("— Eigen activiteiten —") or a colon after it; in capitals, as written small; its first word as within a
 * sentence ("Samen met" as "samen met"). Party names written with a capital keep it.
 */
export function headingText(text: string): string {
  let t = text
    .trim()
    .replace(/^(?:\d{1,2}|[A-Z])[.)]\s+/u, '')
    .replace(/^[–—-]+\s*|\s*[–—-]+$/gu, '')
    .replace(/\s*[:?]$/u, '')
    // A planning board's lane with its number of cards: "Klaar (3)".
    .replace(/\s*\(\d{1,3}\)$/u, '')
    .trim();
  if (!/\p{Ll}/u.test(t)) t = t.toLowerCase();
  return t.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/** A heading that makes the rows under it what the sender asks of another. */
export function isNeedHeading(text: string): boolean {
  return NEED_HEADING.test(headingText(text));
}

/** Whose plans a heading lists for information, as written ("Woonwaarts" of "Ter informatie – plannen van Woonwaarts"). */
export function plansOfHeading(text: string): string | undefined {
  return PLANS_OF.exec(headingText(text))?.[1];
}

/** A heading of others' plans listed for information: "Ter info", "Ter informatie – plannen van Woonwaarts". */
export function isInfoHeading(text: string): boolean {
  const t = headingText(text);
  return FOR_INFORMATION.test(t) || PLANS_OF.test(t);
}

/** A heading of work already done: the year it names, or null where it names none. Undefined: no such heading. */
export function doneHeadingYear(text: string): number | null | undefined {
  const done = DONE_HEADING.exec(headingText(text));
  return done ? (done[1] === undefined ? null : Number(done[1])) : undefined;
}

/** A heading of work not yet decided. */
export function isUndecidedHeading(text: string): boolean {
  return UNDECIDED_HEADING.test(headingText(text));
}

/** A heading of work stopped for now. */
export function isOnHoldHeading(text: string): boolean {
  return ON_HOLD_HEADING.test(headingText(text));
}

/** A line alone on its row that says whose rows follow, or what they are to the sender. */
export function isWhoseHeading(text: string): boolean {
  const t = headingText(text);
  if (t === '' || t.split(/\s+/).length > HEADING_WORDS) return false;
  return [NEED_HEADING, PLANS_OF, FOR_INFORMATION_ALONE, OWN_OR_SHARED_HEADING, DONE_HEADING, UNDECIDED_HEADING, ON_HOLD_HEADING].some((pattern) => pattern.test(t));
}
