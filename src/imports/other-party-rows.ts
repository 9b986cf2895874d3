// A meeting's action list sent as an activiteitenoverzicht ("Actiepunt | Wie", "Actie | Actiehouder") holds
// the other parties' actions too. A row its action holder gives only to other parties is their work, not the
// sender's: it is kept as a note, with a warning naming the row and the party, and the secretary can make it an
// activity in one click. Read so only where the column gives some rows to the sender itself, so that it tells
// rows apart. In a sheet two parties keep together ("Planning Woonwaarts-HBD", its "Wie" holding "HBD", "WW",
// "samen"), a plan's "Wie" is read the same way, but for a row that names the sender anywhere else ("cijfers per
// kwartaal naar HBD") or says what it does in the other's work ("Meedenken over …"): there the sender has its
// part. In a party's own plan, "Wie" names who leads work the sender takes part in, as a "Partij" or "Trekker"
// does anywhere: nothing is set aside by it. Rows under a heading that gives them to another party ("Inbreng
// Bewonersraad"), a row or a step under an action whose text another party opens as the one who does it ("Woonwaarts
// bouwt …", "– Woonwaarts levert de lijst", "Peter (gemeente) levert …", "Gemeente: neemt besluit …"), work the text
// gives to another party in the passive ("… wordt door de gemeente uitgevoerd") and a row that says the sender is not
// involved are that party's, but for those that give the sender its part: its name (not as the one told of the work),
// "wij", or a role of its own beside the row. A list of promises ("Toezegging") is read as an action list: who promised
// ("Door wie", "Van wie") does the work, whom it was promised to ("Aan wie") has no part in it for that. A matrix of
// roles, a column per party ("Gemeente | Woonwaarts | De Kernen", marks R/A/C/I, T/B, x), gives a row to the others
// where the sender's own cell says it is only informed or has no role. A document or product the sender only receives
// ("Ontvanger": "wij", "te ontvangen") is the work of whoever makes it. Pure.
import { PROMISE_POINT } from './columns';
import { keptAsNotes } from './kept-as-notes';
import { OWN_PART_HEADER } from './status-rows';
import { LOWER_VERB } from './figure-text';
import { FOR_INFORMATION, plansOfHeading, TOLD_FOR_INFORMATION } from './whose-headings';
import { activityPlace, problem, quote } from './problems';
import type { ColumnMapping, ReadActivity, ReadWorkbook } from './types';

/** The heading of who holds an action point: always the one who does it. */
const ACTION_HOLDER = /^(actiehouder|actienemer)\s*[:?]?$/i;
/**
 * A heading of who does it: in an action list ("Actiepunt | Wie") always the one who does it; in a plan ("Wat gaan we
 * doen | Wie") the one who leads, the sender taking part where the row names it. Not a "Partij" ("Toezegging |
 * Partij": the party that promised, the sender following it up), nor a "Trekker", whose work others take part in.
 */
const DOER = /^(wie|uitvoerder|door wie|eigenaar|owner)\s*[:?]?$/i;
/** A text that opens with the sender's part in another's work: going to it, thinking along, advising, supporting. */
const TAKING_PART = /^(naar|mee\p{L}+|deelnemen|deelname|bijwonen|aanwezig|aansluiten|advies|adviseren|advisering|ondersteunen|ondersteuning|faciliteren|input|inbreng|reageren)\b/iu;
/** A heading over rows another party sent in: "Inbreng Bewonersraad", "Aangeleverd door HBD", "Vanuit de gemeente". */
const OTHERS_HEADING = /^(inbreng|bijdrage|input|aangeleverd\s+door|vanuit|activiteiten\s+van|acties\s+van)\s+(.+?)\s*:?$/i;
/** A step under an action: "– …", "a. …", "1.1.b …". */
const SUB_STEP = /^([–—•-]|[a-z][.)]|\d+\.\d+\.[a-z\d]+\.?)\s+/;
/**
 * The name a sentence opens with, before its verb: "De Kernen plant …", "Woonwaarts levert …"; not "Met De Kernen
 * bekijken …". One party does the work where the verb is said of one ("bouwt", "legt", "is"), not where it is the
 * infinitive of a note to self that names whom to ask ("De Kernen vragen wat …", "Woonwaarts bellen").
 */
const LEADING_NAME = /^(?!(?:Met|Samen|Bij|Voor|Naar|In|Op|Over|Aan|Via|Na|Tijdens|Vanuit|Namens|Als|Zodra)\s)(\p{Lu}[\p{L}-]*(?:\s+(?:van\s+|de\s+|der\s+|den\s+)?\p{Lu}[\p{L}-]*)*)\s+(?=\p{Ll})(?![\p{L}-]*n\b)/u;
/**
 * A public body above the partners opening the text as the one who does it: "De regio publiceert de voortgangsrapportage",
 * "Provincie Gelderland opent een nieuwe subsidie", "Het Rijk stelt …"; the verb said of it, ending in -t.
 */
const AUTHORITY = /^((?:de\s+)?(?:provincie(?:\s+gelderland)?|regio(?:\s+\p{Lu}[\p{L}-]*)*)|het\s+rijk|de\s+rijksoverheid|rijksoverheid|het\s+ministerie(?:\s+van\s+\p{Lu}[\p{L}-]*)?|de\s+minister|het\s+kabinet)\s+(?=\p{Ll}[\p{L}-]*t\b)/iu;

/** A public body as a sentence names it: "de regio", "de provincie Gelderland", "het Rijk". */
function bodyName(written: string): string {
  const [first = '', ...rest] = written.split(/\s+/);
  const article = /^(de|het)$/i.test(first) ? first.toLowerCase() : undefined;
  const [name = '', ...more] = article ? rest : [first, ...rest];
  const rijk = /^rijk$/i.test(name);
  return [article ?? (rijk ? 'het' : 'de'), rijk ? 'Rijk' : name.toLowerCase(), ...more].join(' ');
}

/** A party's name typed in lower case, opening the text before a verb said of it: "woonwarts bouwt 20 woningen in Deest". */
const LOWER_LEADING_NAME = /^(\p{Ll}[\p{L}-]*)\s+(?=\p{Ll}[\p{L}-]*t\s)/u;

/** What a meeting is asked to do with a row, beside being told: "ter besluitvorming", "ter bespreking", "ter advisering". */
const MEETING_HANDLING = /^ter\s+(besluitvorming|besluit|bespreking|advisering|advies|vaststelling|instemming|accordering|discussie)\b/i;

/** Who is told of the work, which is no part in it: "informeert de Bewonersraad", "houdt HBD op de hoogte". */
const INFORMED = /\b(?:informeert|informeren|inlicht(?:en)?|licht|houdt|houden)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+(?:in|op\s+de\s+hoogte))?\b/gu;

/** The sender saying it is only told of the work: "wij worden op de hoogte gehouden", "we worden geïnformeerd". */
const KEPT_INFORMED = /\b(wij|we)\s+worden\s+(op\s+de\s+hoogte\s+gehouden|geïnformeerd|ingelicht)\b/i;
/** That the sender takes no part: "HBD is daar niet bij betrokken", "daar doen wij niet aan mee". */
const NOT_INVOLVED = /\bniet\s+(?:bij\s+)?betrokken\b|\bdoen\s+(?:wij|we)\s+niet\s+(?:aan\s+)?mee\b/i;
/** Who has no role: "geen rol Bewonersraad", "geen rol voor HBD". */
const NO_ROLE_FOR = /\bgeen\s+(?:eigen\s+)?rol\b(?:\s+(?:voor|van)\b)?[^,;.]*/giu;
/** A column of the sender's own part, named with its name: "Inzet HBD", "Bijdrage De Kernen", "Rol Bewonersraad". */
const PART_HEADER = /^(inzet|rol|bijdrage|taak|aandeel)\s+\S/i;
/** Nothing as the sender's part: "—", "n.v.t.", "geen", "geen rol", "ter info". */
const NO_OWN_PART = /^([-–—]+|n\.?\s?v\.?\s?t\.?|nvt|geen(\s+(eigen\s+)?(bijdrage|rol))?|niets|ter\s+info(rmatie)?)\b[^,;]*$/i;
/**
 * A person of another party, its name in brackets, as the one who does it: "Peter (gemeente) levert de cijfers",
 * "YK (De Kernen) gaat werken met …"; the verb said of one, ending in -t, so not "De Pit (bewonersblad) themanummer".
 */
const PERSON_OF_PARTY = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*\(([^()]+)\)\s+(?=\p{Ll}[\p{L}-]*t\s)/u;
/** A party's name and a colon, then a verb said of it: "Gemeente: neemt besluit over …", "De Kernen: vervangt de kozijnen". */
const NAME_COLON_VERB = /^(\p{Lu}[\p{L}-]*(?:\s+(?:van\s+|de\s+|der\s+|den\s+)?\p{Lu}[\p{L}-]*)*)\s*:\s+(?=\p{Ll}[\p{L}-]*t\s)/u;
/**
 * A project with its owner in brackets at its end, alone or said to be theirs: "Dakrenovatie Kloosterakker (De Kernen)",
 * "Ledenavond over de tussenevaluatie (activiteit Bewonersraad)"; not "Wijkschouw (met De Kernen)".
 */
const OWNER_IN_BRACKETS = /^[^()]{3,80}\(\s*(?:(?:activiteit|actie|project|initiatief)\s+(?:van\s+)?)?([^()]{2,30}?)\s*\)\s*$/i;
/** A project another party's name opens with a colon or a dash: "Woonwaarts: groot onderhoud Druten-Zuid", "DK – klimaatmeting … (ter info)". */
const NAME_AND_COLON = /^(\p{Lu}[\p{L}-]*(?:\s+(?:van\s+|de\s+|der\s+|den\s+)?\p{Lu}[\p{L}-]*)*)(?:\s*:|\s+[–—-])\s+\S/u;
/**
 * Work given to another in the passive: "… wordt door de gemeente uitgevoerd", "… worden door De Kernen aangeboden";
 * in the same clause, so not "wordt voortgezet, mede gefinancierd door de gemeente".
 */
const PASSIVE_AGENT = /\b(?:wordt|worden)\b[^.;,]{0,60}?\bdoor\s+((?:\S+\s+){0,3}\S+)/i;

/** Whose the work is not: "ter info, niet van DK", "geen werk van HBD". */
const NOT_OF = /\b(?:niet|geen\s+werk)\s+van\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/** A text without whom it only tells of the work, says has no role in it, or says the work is not of. */
function withoutMereMention(text: string): string {
  return text.replace(INFORMED, '').replace(NO_ROLE_FOR, '').replace(NOT_OF, '');
}

/** The sender in the text as one who acts: "wij", "we", "ons" or "onze"; not "ons" told of or answered ("reageert op ons advies"). */
const OWN_WORDS = /\b(wij|we)\b|(?<!\b(?:op|aan|naar|over|van)\s+)\b(ons|onze)\b/i;
/** A matrix of roles has a column for at least this many parties. */
const MATRIX_PARTIES = 3;
/** The longest a role in a matrix's cell is: a mark ("R/A", "x") or a word or two ("meedenken", "ter info"). */
const ROLE_MARK_LENGTH = 20;
/** A cell of a matrix of roles that gives no part: empty, a dash, informed only ("I", "ter info", "geïnformeerd"), "n.v.t.". */
const NO_ROLE_MARK = /^(|[-–—]+|i|info|ter\s+info(rmatie)?|informeren|ge[iï]nformeerd|n\.?\s?v\.?\s?t\.?|nvt|geen(\s+rol)?)$/i;
/** A mark of who does the work: responsible or accountable (R, A), the trekker (T), or a cross. */
const DOER_MARK = /^(r|a|r\s*\/\s*a|t|x|trekker|uitvoerend)$/i;
/** A column of who receives a document or product: "Ontvanger", "Voor wie", "Aan". */
const RECEIVER = /^(ontvanger|ontvangers|voor\s+wie|aan)\s*[:?]?$/i;
/** The sender as the one who receives it: "wij", "ons", "wij (van gemeente)". */
const WE_RECEIVE = /^(wij|we|ons)\b/i;
/** A status of a document still to come from another: "te ontvangen". */
const TO_RECEIVE = /^te\s+ontvangen\b/i;
/** A column of who makes or delivers it: "Van", "Door", "Aanlevering". */
const MAKER = /^(van|door|maker|opsteller|aanlevering|aangeleverd\s+door)\s*[:?]?$/i;
/** "(ter info)" at the end of a text, alone in its brackets or after who acts: "(actie politie, ter info)". */
const INFO_IN_BRACKETS = new RegExp(String.raw`\(\s*(?:[^()]{1,40}[,;]\s*)?${TOLD_FOR_INFORMATION}\s*\)\s*$`, 'i');
/** "(ter info)" closing what a text is before its colon: "Planning aannemer Hurks (ter info): steigers blok B wk 36–41". */
const INFO_BEFORE_COLON = new RegExp(String.raw`^[^:()]{3,60}\(\s*${TOLD_FOR_INFORMATION}\s*\)\s*:`, 'i');
/** A trekker named with "ter info" beside it: "Woonwaarts (ter info)", "De Kernen – ter informatie". */
const LEAD_FOR_INFORMATION = new RegExp(String.raw`^(.+?)\s*(?:\(\s*${TOLD_FOR_INFORMATION}\s*\)|[-–—:]\s*${TOLD_FOR_INFORMATION})\s*$`, 'i');
/**
 * "ter info" at the end of a text after a dash or a comma, of what is told, who wrote it in brackets after it:
 * "Overlegtafel Leefbaarheid (gemeente) – verslag ter info", "gemeente: nieuwe speelplek Wilgenland, ter info (PvD)".
 */
const TOLD_AT_END = new RegExp(String.raw`[-–—,]\s*(?:\p{L}+\s+)?${TOLD_FOR_INFORMATION}\s*(?:\([^()]{1,20}\))?\s*$`, 'iu');
/** What the sender tells others, not what it is told: "ter kennisname voor de corporaties", "ter info aan WW". */
const TOLD_TO_OTHERS = new RegExp(String.raw`^${TOLD_FOR_INFORMATION}\s+(?:voor|aan)\b`, 'i');
/** The heading of an action list's points. */
const ACTION_POINT = /^(actie|acties|actiepunt(en)?)\s*[:?]?$/i;
/** In a list of promises, the heading of who promised, the one who does the work: "Gedaan door", "Van wie", "Door wie". */
const PROMISER = /^(gedaan\s+door|toegezegd\s+door|van\s+wie|door)\s*[:?]?$/i;
/** In a list of promises, the heading of whom it was promised to: no part in the work. */
const PROMISEE = /^(aan\s+wie|gedaan\s+aan|toegezegd\s+aan|aan)\s*[:?]?$/i;

/** The parties a file or sheet name names, its names joined as file names join them: "Woonwaarts-HBD", "HBD_WW". */
export function partiesInName(name: string, namedIn: (text: string) => readonly string[]): readonly string[] {
  return namedIn(name.replace(/[-_+&]/g, ' '));
}

/**
 * The read workbook without the rows the owner column gives only to other parties than `own`. `partiesOf`
 * answers every party a name names, groups spelled out ("corporaties" → both), or null when it names anything
 * the app does not know (a person, a department): then whose the row is, is not certain, and it stays.
 * `namedIn` answers the parties a free text names (their names, aliases, groups spelled out).
 */
export function otherPartyRows(
  read: ReadWorkbook,
  own: string,
  partiesOf: (written: string) => readonly string[] | null,
  partyName: (id: string) => string,
  namedIn: (text: string) => readonly string[],
): ReadWorkbook {
  // Naming the sender as the one told of the work, or as having no role in it, gives it no part.
  const namesOwn = (text: string): boolean => namedIn(withoutMereMention(text)).includes(own);
  // A sheet two parties keep together: its file or sheet name names the sender and another party.
  const joint = [read.fileName, ...new Set(read.activities.map((a) => a.sheet))].some((name) => {
    const named = partiesInName(name, namedIn);
    return named.includes(own) && named.some((id) => id !== own);
  });
  const cellOf = (act: ReadActivity, c: ColumnMapping): string => ((c.field === 'lead' ? act.lead : act.extra[c.header]) ?? '').trim();
  const activityHeader = read.columns.find((c) => c.field === 'activity')?.header.trim() ?? '';
  const promises = PROMISE_POINT.test(activityHeader);
  const actionList = ACTION_POINT.test(activityHeader) || promises;
  const owner = (header: string): boolean => ACTION_HOLDER.test(header) || DOER.test(header) || (promises && PROMISER.test(header));
  // Whom a promise was made to has no part in it for that: its column says nothing of the sender's part.
  const toWhom = new Set(promises ? read.columns.filter((c) => PROMISEE.test(c.header.trim())).map((c) => c.header) : []);
  // The column of who does it, where it tells rows apart: some rows it gives to the sender, or, in an action or promise
  // list, to the sender's own people ("Vastgoedbeheer", "wethouder"), whom no party's name names.
  const column = read.columns.find(
    (c) =>
      (c.field === 'lead' || c.field === null) &&
      owner(c.header.trim()) &&
      read.activities.some((a) => {
        const cell = cellOf(a, c);
        return partiesOf(cell)?.includes(own) === true || (actionList && cell !== '' && partiesOf(cell) === null);
      }),
  );
  // The sender's part may stand in a column named for it ("Inzet HBD", "Bijdrage De Kernen") as well as in the role.
  // A role column named for another party ("Rol HBD" in Woonwaarts' file) holds that party's part, not the sender's.
  const partColumns = read.columns.filter((c) => c.field === null && (OWN_PART_HEADER.test(c.header.trim()) || (PART_HEADER.test(c.header.trim()) && namedIn(c.header).includes(own))));
  const roleHeader = read.columns.find((c) => c.field === 'role')?.header ?? '';
  const roleNames = namedIn(roleHeader);
  const othersRole = roleNames.length > 0 && !roleNames.includes(own);
  const hasPartColumn = partColumns.length > 0 || (roleHeader !== '' && !othersRole);
  const partsOf = (act: ReadActivity): string[] =>
    [othersRole ? '' : (act.role ?? ''), ...partColumns.map((c) => act.extra[c.header] ?? '')].map((t) => t.trim()).filter((t) => t !== '' && !NO_OWN_PART.test(t));
  // A role of its own beside the row ("Rol gemeente: vergunning verlenen") is a part, unless a remark says the sender
  // is only kept informed ("informeren" | "wij worden op de hoogte gehouden"); a role that says there is none ("geen
  // rol", "—", "ter info") set the row aside as it was read.
  const playsRole = (act: ReadActivity): boolean =>
    partsOf(act).length > 0 && ![act.notes, act.role, ...Object.values(act.extra)].some((text) => text !== undefined && KEPT_INFORMED.test(text));
  // In a plan, a row that names the sender beside the other's name, or says what it does in the other's work
  // ("Naar de sessie van de gemeente", "Meedenken over …"), is work it has a part in.
  // Asked of a row by each reading below: worked out once per row.
  const ownParts = new Map<ReadActivity, boolean>();
  const ownPart = (act: ReadActivity): boolean => {
    let part = ownParts.get(act);
    if (part === undefined) {
      part =
        TAKING_PART.test(act.activity.trim()) ||
        playsRole(act) ||
        [act.activity, act.notes, act.involved, act.needs, act.needsFrom, act.role, ...Object.entries(act.extra).filter(([h]) => h !== column?.header && !toWhom.has(h)).map(([, v]) => v)].some(
          (text) => text !== undefined && namesOwn(text),
        );
      ownParts.set(act, part);
    }
    return part;
  };
  /** A row a remark beside it says is there for information ("ter info", "ter informatie, niet van DK"), or its text in brackets at its end ("DK: nieuwe kozijnen Bergsestraat (ter info)"). */
  const toldOnly = (act: ReadActivity): boolean =>
    [act.notes, act.role, ...Object.values(act.extra)].some((t) => t !== undefined && FOR_INFORMATION.test(t.trim())) || INFO_IN_BRACKETS.test(act.activity.trim());
  /** Per row given to others: whose it is (party ids, or a body named as written), and what says so. */
  const others = new Map<ReadActivity, { parties: readonly string[]; said: string; body?: string }>();
  if (column) {
    const plan = !actionList && !ACTION_HOLDER.test(column.header.trim());
    for (const act of read.activities) {
      const named = partiesOf(cellOf(act, column)) ?? [];
      // A promise of another party in which the row gives the sender its part ("…; HBD geeft schriftelijk advies") is its work too.
      if (named.length === 0 || named.includes(own) || (plan && (!joint || ownPart(act))) || (promises && ownPart(act))) continue;
      others.set(act, { parties: named, said: `volgens kolom ${column.column} ${quote(column.header)}` });
    }
  }
  // A row, or a step under an action, whose text another party opens as the one who does it ("Woonwaarts bouwt 28
  // appartementen aan de Hogeweg", "– Woonwaarts levert de lijst met adressen", "Peter (gemeente) levert de cijfers",
  // "Gemeente: neemt besluit …"; in a list with a column for the sender's own part, or where a remark says the row is
  // there for information ("ter info"), also "Woonwaarts: groot onderhoud Druten-Zuid"), or that gives the work to
  // another party in the passive ("… wordt door de gemeente uitgevoerd"), where the row gives the sender no part
  // ("wij", its name but for being told of it, a role of its own).
  for (const act of read.activities) {
    const text = act.activity.trim();
    const step = SUB_STEP.exec(text);
    const opening = step ? text.slice(step[0].length) : text;
    const subject =
      LEADING_NAME.exec(opening)?.[1] ??
      PERSON_OF_PARTY.exec(opening)?.[1] ??
      NAME_COLON_VERB.exec(opening)?.[1] ??
      (hasPartColumn || toldOnly(act) ? NAME_AND_COLON.exec(opening)?.[1] : undefined) ??
      LOWER_LEADING_NAME.exec(opening)?.[1];
    // Or the party the text names in brackets at its end, as a list of others' projects writes it: "Dakrenovatie Kloosterakker (De Kernen)".
    const owner = subject === undefined ? OWNER_IN_BRACKETS.exec(opening)?.[1] : undefined;
    const bySubject = subject !== undefined ? (partiesOf(subject) ?? []) : owner !== undefined ? (partiesOf(owner) ?? []) : [];
    const passive = PASSIVE_AGENT.exec(text)?.[1];
    // Or, in a text that says itself it is there for information, the one party it names, not as a partner ("met …"):
    // "Energiefestival De Kernen in Horssen (ter info)".
    const toldOf = INFO_IN_BRACKETS.test(text) && !/\bmet\b/i.test(text) ? namedIn(text) : [];
    const named = bySubject.length > 0 ? bySubject : passive !== undefined ? namedIn(passive).slice(0, 1) : toldOf.length === 1 ? toldOf : [];
    if (named.length > 0 && !named.includes(own) && !others.has(act) && !ownPart(act) && !OWN_WORDS.test(act.activity)) {
      others.set(act, { parties: named, said: step ? 'als stap van een actie' : 'volgens de tekst' });
    }
    // The province, the region or the Rijk as the one who does it, where the row gives the sender no part.
    const body = AUTHORITY.exec(opening)?.[1];
    if (body !== undefined && !others.has(act) && !ownPart(act) && !OWN_WORDS.test(act.activity)) {
      others.set(act, { parties: [], said: 'volgens de tekst', body: bodyName(body) });
    }
  }
  // A row whose trekker is another party, there for information ("Trekker": "Woonwaarts (ter info)", merged over its
  // projects in the gemeente's list), where the row gives the sender no part.
  for (const act of read.activities) {
    const told = LEAD_FOR_INFORMATION.exec(act.lead?.trim() ?? '')?.[1];
    const named = told === undefined ? [] : (partiesOf(told) ?? []);
    if (named.length > 0 && !named.includes(own) && !others.has(act) && !ownPart(act) && !OWN_WORDS.test(act.activity)) {
      others.set(act, { parties: named, said: `volgens de trekker (${quote(act.lead?.trim() ?? '')})` });
    }
  }
  // A row a cell beside it says is there for information (a reference column "Link PA": "ter info", a remark "ter info,
  // wij gaan niet"), or whose text ends so ("Overlegtafel Leefbaarheid (gemeente met WW en HBD) – verslag ter info"),
  // naming another party in its text, as trekker or as partner, where the row gives the sender no part.
  // Not "ter info" in a column of what a meeting does with each row ("Bestuur": "ter besluitvorming", "ter bespreking",
  // "ter info"), as a stuk for the bestuurlijk overleg has: there it tells the meeting, not that the row is another's.
  const handling = new Set(
    read.columns.filter((c) => c.field === null && read.activities.some((a) => MEETING_HANDLING.test((a.extra[c.header] ?? '').trim()))).map((c) => c.header),
  );
  for (const act of read.activities) {
    if (others.has(act) || ownPart(act) || OWN_WORDS.test(act.activity)) continue;
    const cells = [act.notes, act.role, act.agreementRef, ...Object.entries(act.extra).filter(([h]) => !handling.has(h)).map(([, v]) => v)];
    const beside = cells.some((t) => t !== undefined && FOR_INFORMATION.test(t.trim()) && !TOLD_TO_OTHERS.test(t.trim()));
    // Or a remark that ends so, saying whose work it is: "DK voert maatregelen uit (ter info)".
    const toldBeside = cells.filter((t): t is string => t !== undefined && INFO_IN_BRACKETS.test(t.trim()));
    if (!beside && toldBeside.length === 0 && !TOLD_AT_END.test(act.activity.trim())) continue;
    // The trekker where the row names one; else whoever the text, the partners' column or that remark names.
    const leads = namedIn(act.lead ?? '');
    if (leads.includes(own)) continue;
    const named = leads.length > 0 ? leads : [...new Set([act.activity, act.involved ?? '', ...toldBeside].flatMap((text) => namedIn(text)))].filter((id) => id !== own);
    if (named.length > 0) others.set(act, { parties: named, said: 'ter informatie genoemd, dus' });
  }
  // A text that says itself it is there for information ("(ter info)" at its end or before its colon) and names no party of the werkgroep
  // nor a partner ("met …"): news of someone else, whoever that is: "Zorggroep Maas & Waal sluit steunpunt Horssen per
  // 1 april (ter info)". Whose it is is not said, only that the sender has no part in it. After a dash only where no verb
  // says work to do: "Liander: verzwaring MS-station Druten, wachtlijst grootverbruik – ter info", not "Planmonitor delen – ter info".
  for (const act of read.activities) {
    const text = act.activity.trim();
    const saysSo = INFO_IN_BRACKETS.test(text) || INFO_BEFORE_COLON.test(text) || (TOLD_AT_END.test(text) && !LOWER_VERB.test(text));
    if (others.has(act) || !saysSo || /\bmet\b/i.test(text) || ownPart(act) || OWN_WORDS.test(text)) continue;
    if (namedIn(text).length === 0 && namedIn(act.lead ?? '').length === 0) others.set(act, { parties: [], said: 'ter informatie' });
  }
  // A row that says the sender takes no part ("HBD is daar dit jaar niet bij betrokken"), beside another party's work.
  for (const act of read.activities) {
    const texts = [act.activity, act.notes ?? '', ...Object.values(act.extra)];
    const saysApart = texts.some((text) => text.split(/[.;]\s*/).some((clause) => NOT_INVOLVED.test(clause) && (OWN_WORDS.test(clause) || namedIn(clause).includes(own))));
    const named = saysApart ? [...new Set(texts.flatMap((text) => namedIn(text)))].filter((id) => id !== own) : [];
    if (named.length > 0 && !others.has(act) && !playsRole(act)) others.set(act, { parties: named, said: 'volgens de tekst' });
  }
  // Rows under a heading that gives them to another party ("Inbreng Bewonersraad", "Ter informatie – plannen van
  // Woonwaarts"), the sender's part not in them.
  for (const act of read.activities) {
    const section = act.section?.trim() ?? '';
    const written = OTHERS_HEADING.exec(section)?.[2] ?? plansOfHeading(section);
    // "Vanuit de huurders (Bewonersraad)": the party in brackets where the words before it name none the app knows.
    const named = written === undefined ? [] : (partiesOf(written) ?? partiesOf(/\(([^()]+)\)/.exec(written)?.[1] ?? '') ?? []);
    if (named.length > 0 && !named.includes(own) && !others.has(act) && !ownPart(act) && !OWN_WORDS.test(act.activity)) {
      others.set(act, { parties: named, said: `onder de kop ${quote(section)}` });
    }
  }
  // A document or product the sender only receives ("Ontvanger": "wij", "Status": "te ontvangen"): the work of whoever
  // makes it, as a column of its maker or the text names them ("Woonruimteverdelingsmonitor (aanlevering Woonwaarts)").
  const receivers = read.columns.filter((c) => (c.field === null || c.field === 'lead') && RECEIVER.test(c.header.trim()));
  const makers = read.columns.filter((c) => (c.field === null || c.field === 'lead') && MAKER.test(c.header.trim()));
  for (const act of read.activities) {
    if (others.has(act)) continue;
    const received =
      receivers.some((c) => WE_RECEIVE.test(cellOf(act, c))) || [act.notes ?? '', ...Object.values(act.extra)].some((v) => TO_RECEIVE.test(v.trim()));
    if (!received) continue;
    const byMaker = makers.flatMap((c) => namedIn(cellOf(act, c)));
    const parties = [...new Set(byMaker.length > 0 ? byMaker : namedIn(act.activity))].filter((id) => id !== own);
    if (parties.length > 0) others.set(act, { parties, said: 'een stuk dat de partij alleen ontvangt, dus' });
  }
  // A matrix of roles, a column per party ("Gemeente | Woonwaarts | De Kernen | HBD | Bewonersraad", or "Gem | WW |
  // DK"), each cell a mark (R, A, C, I; T, B; x) or a short word ("meedenken", "ter info"): where the sender's own
  // cell says it is only informed or has no role, and another party's gives it one, the row is that party's work.
  const matrix = read.columns.filter((c) => c.field === null && partiesOf(c.header)?.length === 1);
  const ownColumn = matrix.find((c) => partiesOf(c.header)?.[0] === own);
  const marks = (c: ColumnMapping): boolean => read.activities.every((a) => (a.extra[c.header] ?? '').trim().length <= ROLE_MARK_LENGTH);
  if (ownColumn && matrix.length >= MATRIX_PARTIES && matrix.every(marks)) {
    for (const act of read.activities) {
      const mine = (act.extra[ownColumn.header] ?? '').trim();
      if (others.has(act) || !NO_ROLE_MARK.test(mine)) continue;
      const roles = matrix.filter((c) => c !== ownColumn && !NO_ROLE_MARK.test((act.extra[c.header] ?? '').trim()));
      // Those who do it, where the marks say so (R, T, A, x), else all with a part.
      const doers = roles.filter((c) => DOER_MARK.test((act.extra[c.header] ?? '').trim()));
      const parties = [...new Set((doers.length > 0 ? doers : roles).flatMap((c) => partiesOf(c.header) ?? []))];
      if (parties.length === 0) continue;
      const said = mine === '' ? 'leeg' : quote(mine);
      others.set(act, { parties, said: `volgens kolom ${ownColumn.column} ${quote(ownColumn.header)} (${said})` });
    }
  }
  if (others.size === 0) return read;
  /** A row told for information whose doer the text does not name. */
  const toldOnlyOf = (other: { parties: readonly string[]; body?: string } | undefined): boolean => other !== undefined && other.parties.length === 0 && other.body === undefined;
  const whose = (other: { parties: readonly string[]; body?: string } | undefined): string =>
    other?.body !== undefined ? other.body : (other?.parties ?? []).map(partyName).join(' en ');
  return keptAsNotes(
    read,
    [...others.keys()],
    (act) =>
      problem(
        'warning',
        'other-party-row',
        activityPlace(read.fileName, act),
        `${quote(act.activity, 80)} ${toldOnlyOf(others.get(act)) ? `staat er zelf ter informatie, zonder deel van ${partyName(own)}` : `is ${others.get(act)?.said} werk van ${whose(others.get(act))}, niet van ${partyName(own)}`}; ` +
          'bewaard als opmerking bij het overzicht, niet als activiteit. Is het toch werk van deze partij, maak er dan een activiteit van.',
      ),
  );
}
