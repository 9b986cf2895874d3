// Mapping a partner's Dutch column headings to the fields of an activity.
// Headings are compared in a normal form (lower case, no accents, line breaks
// and punctuation as spaces), exactly, with a small typing error, or as a
// phrase inside a longer heading. Pure.
import { MONTHS_NL } from '../domain/calendar';
import { editDistance, normalizeHeader } from '../domain/text';
import { ACTIVITY_COLUMNS } from '../requests/template';
import type { ReadField } from './types';

// The heading form lives in the domain (the bundle reads a needs heading too); link.ts still takes it from here.
export { normalizeHeader };

/**
 * Headings per field, as partners write them. Our own uitvraag headers are
 * added from template.ts so a reworked copy of our workbook still maps.
 */
export const HEADER_SYNONYMS: Readonly<Record<ReadField, readonly string[]>> = {
  key: ['Sleutel'],
  activity: [
    'Activiteit',
    'Activiteiten',
    'Omschrijving activiteit',
    'Omschrijving',
    'Beschrijving',
    'Beschrijving activiteit',
    'Wat gaan we doen?',
    'Wat gaan we doen',
    'Wat doen we?',
    // A tenant organisation's volunteers: "Wat willen wij / wat hebben we gemerkt", "Wat wij willen / gaan doen".
    'Wat willen wij',
    'Wat willen we',
    'Wat wij willen',
    'Wat we willen',
    // A mail or a chat pasted into the sheet, a line or a message per row: "Tekst mail", "Tekst (uit e-mail gemeente)", Teams' "Bericht".
    'Tekst mail',
    'Tekst e-mail',
    'Tekst uit mail',
    'Tekst uit e-mail',
    'Mailtekst',
    'Bericht',
    'Berichten',
    // "Wat", "Wie", "Wanneer": the activity is the "what".
    'Wat',
    'Wat?',
    // Rows written as sentences of who does what ("Woonwaarts bouwt, gemeente verleent vergunning").
    'Wie doet wat',
    'Wie doet wat?',
    'Actie',
    'Acties',
    // A meeting's list of action points, or a meeting schedule's agenda (not minutes' "Agendapunt", the
    // subject beside what was agreed).
    'Actiepunt',
    'Actiepunten',
    'Agenda',
    'Wat staat er op de agenda?',
    'Maatregel',
    'Maatregelen',
    // A plan from goals down to actions, in one column: the goals in it are its headings, the actions its activities.
    'Doel / actie',
    'Doel / actie / subactie',
    'Doelen en acties',
    'Doel en actie',
    'Doelen / acties',
    // A begroting's programme: the goal and the prestatie that serves it, what the organisation delivers that year.
    'Doel / prestatie',
    'Doelen en prestaties',
    'Prestatie',
    'Prestaties',
    'Inzet',
    'Activiteit / inzet',
    // What a party brings in, as a stuk for the bestuurlijk overleg names it: "Inbreng HBD 2028".
    'Inbreng',
    'Project',
    'Werkzaamheden',
    // A plan written out ("Ons plan": what we will do), not its timing ("Plan", "Planning").
    'Ons plan',
    'Onze plannen',
    'Plannen',
    // A tenant organisation's list of what it wants to take up.
    'Idee',
    'Ideeën',
    'Voorstel',
    'Voorstellen',
    // A questionnaire answered in a sheet ("Vraag | Antwoord"): the answers say what the party does.
    'Antwoord',
    'Antwoorden',
    // An adviser's English template: "Action", "Activity", "Description".
    'Action',
    'Actions',
    'Activity',
    'Description',
    // A project tool's export (Jira, Planner, Trello, Asana): the item's title.
    'Summary',
    'Title',
    'Task',
    'Task name',
    'Card name',
    // A board's card, as a Dutch Planner or Trello export names it: "Kaart", "Kaartje", "Titel".
    'Kaart',
    'Kaartje',
    'Kaarttitel',
    'Kaartnaam',
    'Titel',
    'Taak',
    'Taaknaam',
    // Asana writes the task's title as "Name", beside its "Projects" (the list's own name on every row).
    'Name',
    // A CRM's or a case system's item: its "Subject", beside its "Description".
    'Subject',
  ],
  // A bare "Nr." numbers the partner's own rows (rowLabel); only a number that says "afspraak" is a reference.
  agreementRef: [
    'Afspraak',
    'Afspraken',
    'Ref',
    'Ref.',
    'Referentie',
    'Bij',
    'Bij afspraak',
    'Nummer afspraak',
    'Afspraaknummer',
    'Nr. afspraak',
    'Afspraaknr.',
    'Afspraak nr.',
    'Prestatieafspraak',
    'Prestatieafspraken',
    'Hoort bij afspraak',
    'Koppeling afspraak',
    'Koppeling PA',
    'Koppeling prestatieafspraken',
    'PA',
    'PA nr.',
    'Nr. PA',
    'Afspraak PA',
    'Verwijzing',
    'Verwijzing PA',
    'Link to agreement',
    'Agreement',
    'Reference',
    // A project tool tags its items: "PA-1.1".
    'Labels',
    'Tags',
  ],
  topicContext: [
    'Thema',
    'Onderwerp',
    // What is going on, as a bewonerscommissie names the subject it writes about.
    'Wat speelt er',
    'Wat speelt er?',
    'Thema / onderwerp',
    'Hoofdthema',
    'Deelonderwerp',
    'Subthema',
    'Paragraaf',
    'Par.',
    'Hoofdstuk',
    'Thema / paragraaf',
    'Paragraaf / onderwerp',
    'Onderwerp / paragraaf',
    'Hoofdstuk / paragraaf',
    'Ond',
    'Ond.',
    // The question an answer answers ("Wat gaat u in 2028 doen aan doorstroming?"): what the answer is about.
    'Vraag',
    'Vraag werkgroep',
  ],
  lead: [
    'Trekker',
    'Trekkers',
    'Trekker / eigenaar',
    'Wie is trekker?',
    'Wie trekt',
    'Wie trekt?',
    'Uitvoerder',
    'Uitvoerende partij',
    // Who carries it out ("Uitvoering 2028": "De Kernen", "WW en gemeente (50/50)").
    'Uitvoering',
    'Uitvoering door',
    'Verantwoordelijke',
    'Verantwoordelijk',
    'Verantwoordelijke partij',
    'Eigenaar',
    'Penvoerder',
    'Wie',
    'Wie?',
    'Owner',
    // The joint overview sent back: each row's own party.
    'Partij',
    'Lead',
  ],
  rowLabel: [
    'Nr',
    'Nr.',
    'Nummer',
    'Volgnr',
    'Volgnr.',
    'Volgnummer',
    'Regelnummer',
    'Nr. activiteit',
    'Nummer activiteit',
    'Activiteitnummer',
    // A project tool's own item number: "PAD-14", Planner's "Taak-id", Asana's "Task ID", Trello's "Card ID".
    'Key',
    'Issue key',
    'Taak-id',
    'Task ID',
    'Card ID',
    'Kaart-id',
    'Id',
  ],
  budget: [
    'Budget',
    'Budget (€)',
    'Budget in euro',
    'Kosten',
    'Kosten (€)',
    'Geraamde kosten',
    'Bedrag',
    'Begroting',
    'Begroot',
    'Raming',
    'Investering',
    'Investeringen',
  ],
  needs: [
    'Wat hebben we nodig (van wie)?',
    'Wat hebben we nodig?',
    'Wat hebben we nodig van andere partijen?',
    'Nodig van andere partijen',
    'Nodig van anderen',
    'Nodig',
    'Benodigd',
    'Vraag aan',
    'Vraag aan andere partijen',
    'Verwachting van partners',
    'Wat vragen we van anderen',
    'Wat vragen we van anderen?',
    'Wat vragen we van andere partijen',
    'Wat vragen wij van anderen',
    // "Wat vragen we van gemeente / HBD": the asking, whoever is named after it.
    'Wat vragen we van',
    'Wat hebben we van de andere partijen nodig?',
    'Wat hebben we van andere partijen nodig?',
    'Wat hebben we van anderen nodig?',
    // Who else has to do what for it: "Gemeente: uitnodigingen + zaal. WW: wijkbeheerder mee laten lopen".
    'Wie moet er wat doen',
    'Wie moet wat doen',
  ],
  needsFrom: ['Van wie', 'Van wie?', 'Nodig van wie', 'Welke partij'],
  role: ['Rol', 'Rollen', 'Rol gemeente', 'Rol van de gemeente', 'Onze rol', 'Eigen rol', 'Welke rol'],
  planning: ['Planning', 'Plan.', 'Wanneer', 'Wnr', 'Wnr.', 'Termijn', 'Periode', 'Kwartaal', 'Kw.', 'Q', 'Maand', 'Mnd', 'Mnd.', 'Tijdpad', 'Datum', 'Startdatum', 'Deadline', 'Gereed', 'Jaar', 'Looptijd', 'Timing', 'When', 'Due date', 'Due', 'Mijlpaal', 'Vervaldatum', 'Einddatum'],
  involved: ['Betrokken', 'Betrokkenen', 'Betrokken partijen', 'Partners', 'Samen met', 'Met', 'Met wie', 'Wie doet mee', 'Wie doen mee', 'Wie doet er mee', 'Samenwerkingspartners', 'Partners involved', 'Involved'],
  ambition: ['Ambitie', 'Ambities', 'Link met ambities', 'Link met de ambities', 'Relatie met ambitie', 'Doel', 'Doelen', 'Doelstelling'],
  notes: [
    'Toelichting',
    'Opmerking',
    'Opmerkingen',
    'Status',
    'Stand',
    'Stand van zaken',
    'Bijzonderheden',
    'Notities',
    'Toelichting / opmerkingen',
    'Notes',
    'Remarks',
    'Comments',
    // What changed since last year's list: "Wijziging t.o.v. vorig jaar" ("nieuw", "on hold"), not when.
    'Wijziging',
    'Wijzigingen',
    'Wijziging t.o.v. vorig jaar',
    'Verandering',
    // A progress list's state: "Voortgang" ("loopt", "vertraagd"), a stoplight ("groen", "rood").
    'Voortgang',
    'Stoplicht',
    'RAG',
  ],
};

interface Phrase<F extends string> {
  field: F;
  normal: string;
  words: string[];
  compact: string;
}

export interface HeaderMatch<F extends string = ReadField> {
  field: F;
  /** 1 exact; about 0.9 a typing error; 0.6–0.9 a phrase inside a longer heading. */
  score: number;
}

export type HeaderMatcher<F extends string> = (header: string) => HeaderMatch<F> | null;

/** Longer than any heading: such a cell is content, not a column title. */
const MAX_HEADER_LENGTH = 80;

/**
 * A matcher over one vocabulary: headings per field, in order of preference
 * (on a tie the phrase listed first wins). The activities' vocabulary is
 * matchHeader; the results and indicators have their own (result-columns.ts).
 */
export function createHeaderMatcher<F extends string>(headings: readonly (readonly [F, string])[]): HeaderMatcher<F> {
  const seen = new Set<string>();
  const phrases: Phrase<F>[] = [];
  for (const [field, written] of headings) {
    const normal = normalizeHeader(written);
    if (normal === '' || seen.has(normal)) continue;
    seen.add(normal);
    phrases.push({ field, normal, words: normal.split(' '), compact: normal.replace(/ /g, '') });
  }

  // Finding a table weighs every short cell of a sheet as a heading, and the cells of a column
  // repeat themselves ("Gemeente", "Q2 2027"): each text is weighed once.
  const weighed = new Map<string, HeaderMatch<F> | null>();
  const MAX_WEIGHED = 20_000;
  return (header: string): HeaderMatch<F> | null => {
    if (header.length > MAX_HEADER_LENGTH) return null;
    const known = weighed.get(header);
    if (known !== undefined) return known && { ...known };
    const found = weigh(header);
    if (weighed.size >= MAX_WEIGHED) weighed.clear();
    weighed.set(header, found);
    return found && { ...found };
  };

  function weigh(header: string): HeaderMatch<F> | null {
    const normal = normalizeHeader(header);
    if (normal === '' || /^\d+$/.test(normal)) return null;
    const words = normal.split(' ');
    const compact = normal.replace(/ /g, '');
    const tokens = abbreviationTokens(header);
    let best: HeaderMatch<F> | null = null;
    let bestLength = 0;
    const consider = (field: F, score: number, length: number): void => {
      if (!best || score > best.score || (score === best.score && length > bestLength)) {
        best = { field, score };
        bestLength = length;
      }
    };
    for (const p of phrases) {
      if (p.normal === normal) return { field: p.field, score: 1 };
      const allowed = allowedTypos(p.compact);
      if (allowed > 0 && !MONTH_NAME.test(normal) && Math.abs(p.compact.length - compact.length) <= allowed && !otherShortWord(words, p.words)) {
        const d = editDistance(compact, p.compact);
        if (d <= allowed) consider(p.field, 0.95 - 0.05 * d, p.compact.length);
      }
      // Of the phrases a short heading may stand for, the one it cuts least ("Act." is "Actie" before "Activiteitnummer").
      if (abbreviates(tokens, p.words)) consider(p.field, ABBREVIATION_SCORE - 0.001 * (p.compact.length - compact.length), p.compact.length);
      const at = indexOfWords(words, p.words);
      if (at >= 0) {
        // A phrase that covers more of the heading says more; a leading phrase a little more.
        const coverage = p.normal.length / normal.length;
        consider(p.field, 0.6 + 0.25 * coverage + (at === 0 ? 0.05 : 0), p.compact.length);
      }
    }
    return best;
  }
}

/** Every heading of a synonym table as [field, heading] pairs, in the table's order. */
export function headingPairs<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): [F, string][] {
  return (Object.entries(synonyms) as [F, readonly string[]][]).flatMap(([field, phrases]) => phrases.map((p): [F, string] => [field, p]));
}

const matchActivityWords: HeaderMatcher<ReadField> = createHeaderMatcher<ReadField>([
  ...ACTIVITY_COLUMNS.map((c): [ReadField, string] => [c.field, c.header]),
  ...headingPairs(HEADER_SYNONYMS),
]);

/** A column of what follows each row, in the year or the next: "Vervolg 2027", "Vervolg volgend jaar", "Vervolgactie". */
export const FOLLOW_UP_HEADING = /^vervolg(actie|acties|stap|stappen)?(\s+(in\s+)?(20\d\d|volgend\s+jaar))?\s*:?$/i;

/** A heading of what a row points to, not what it is: "Bijlage / link", "Stukken", "Documenten", "Links". */
export const POINTER_HEADER = /^(bijlagen?|links?|hyperlinks?|stukken|documenten?|bestanden?)(\s*[/&,]\s*(bijlagen?|links?|hyperlinks?|stukken|documenten?|bestanden?))*\s*:?$/i;

/** A heading of signs only, which the normal form turns into nothing: "#" numbers the rows. */
export const ROW_NUMBER_SIGN = /^\s*#\s*$/;

/**
 * A year's plan beside last year's state ("Stand van zaken 2027 | Plan 2028", "Vooruitblik 2028"): the
 * column of what is planned, the activities. "Planning 2028" stays a planning (when, not what).
 */
const YEAR_PLAN = /^(plan|plannen|vooruitblik|voornemens?|in)\s+(voor\s+)?(20\d\d)$/i;

/** The year a heading plans for ("Plan 2027", "Vooruitblik 2028"), or undefined. */
export function yearPlanOf(header: string): number | undefined {
  const m = YEAR_PLAN.exec(header.trim().replace(/\s+/g, ' '));
  return m ? Number(m[3]) : undefined;
}

/** A heading that names its year after a heading of ours: "Activiteit 2028", "Acties in 2027", "Inzet voor 2027". */
const WITH_YEAR = /^(.*?\S)\s+(?:in\s+|voor\s+)?20\d\d$/i;

/**
 * What the sender does, asked or said in its own words: "Wat HBD doet", "Afspraak + wat wij doen", "Wat
 * doet De Kernen?", "Wat wij willen / gaan doen". Not what others must do ("Wat moet de gemeente doen", "Wat doen anderen", "Wie moet er wat doen").
 */
const OWN_WORK = /(?:^| )wat (?:(?!moet |moeten |anderen |zij |ze |jullie )\S+ ){0,3}(?:doen|doet)(?: |$)/;

/** How far the work is, in a share: "% gereed", "Gereed (%)", "Percentage klaar". Not when it is due. */
const PROGRESS_SHARE = /%|\b(percentage|procent)\b/i;

/**
 * The heading of a list of promises (toezeggingen, moties): each row is work of the one who promised it, as an
 * action list's is of its holder: "Toezegging", "Toezegging / motie", "Wat is toegezegd".
 */
export const PROMISE_POINT = /^(toezegging(en)?(\s*[/&]\s*moties?)?|moties?\s*[/&]\s*toezegging(en)?|wat\s+is\s+toegezegd)\s*[:?]?$/i;

/** "Van wie", beside a list's promises: who promised it. */
const FROM_WHOM = /^van\s+wie\s*\??$/i;

/**
 * In a list of promises, "Van wie" is who promised, and so who does the work (the trekker), not whom a need is
 * asked of: the list has no column of needs. Where the list has a trekker already, it is kept as written.
 */
export function promiseHeadings(columns: readonly { header: string; field: ReadField | null }[]): Map<string, ReadField | null> {
  const activity = columns.find((c) => c.field === 'activity');
  if (!activity || !PROMISE_POINT.test(activity.header.trim()) || columns.some((c) => c.field === 'needs' || c.field === 'lead')) return new Map();
  const promiser = columns.find((c) => c.field === 'needsFrom' && FROM_WHOM.test(c.header.trim()));
  return promiser ? new Map([[promiser.header, 'lead' as const]]) : new Map();
}

/** A heading of a measure, in the normal form: "prestatie indicator", "kengetal", "KPI", "streefwaarde". */
const MEASURE_HEADING = /\b(indicator(en)?|kengetal(len)?|kpi s?|kpis|streefwaarden?)\b/;

/** Whom something is promised or sent to ("Aan wie", "Gedaan aan"): neither who does the work nor whom it needs. */
const RECIPIENT = /^(aan wie|gedaan aan|toegezegd aan|gericht aan)$/;

/** The field an activity table heading stands for, or null when it is not one we know. */
export const matchHeader: HeaderMatcher<ReadField> = (header) => {
  const spaced = header.trim().replace(/\s+/g, ' ');
  if (ROW_NUMBER_SIGN.test(header)) return { field: 'rowLabel', score: 1 };
  if (RECIPIENT.test(normalizeHeader(header))) return null;
  // Alternatives apart by a slash, each our own heading for one field: "Project / activiteit", "Actie/activiteit".
  const alternatives = spaced.split(/\s*\/\s*/).map(matchActivityWords);
  const [first] = alternatives;
  if (alternatives.length >= 2 && first?.score === 1 && alternatives.every((m) => m?.field === first.field && m.score === 1)) return { field: first.field, score: 1 };
  if (YEAR_PLAN.test(spaced)) return { field: 'activity', score: 0.9 };
  const normal = normalizeHeader(header);
  if (OWN_WORK.test(normal) && !/\banderen\b|^wie moet(en)? /.test(normal)) return { field: 'activity', score: 0.9 };
  const match = matchActivityWords(header);
  // "Activiteit 2028" is our "Activiteit", the year said.
  const year = WITH_YEAR.exec(spaced);
  const withoutYear = year && (!match || match.score < 1) ? matchActivityWords(year[1] as string) : null;
  const found = withoutYear && withoutYear.score === 1 && withoutYear.field !== 'planning' ? withoutYear : match;
  // A share done is no planning: kept beside the row, where the status rules read 100% as done.
  if (found?.field === 'planning' && PROGRESS_SHARE.test(header)) return null;
  // A measure of the work is not the work: "Prestatie-indicator", "Kengetal actie".
  return found?.field === 'activity' && found.score < 1 && MEASURE_HEADING.test(normal) ? null : found;
};

/** A heading written short, word by word ("Act.", "Trekk.", "Rol gem.", "Afspr.nr"): about as sure as a typing error. */
const ABBREVIATION_SCORE = 0.9;

interface HeadingToken {
  word: string;
  /** Written with a dot after it: cut short. */
  cut: boolean;
}

/** A heading's words as written, each with whether a dot cuts it short: "Afspr.nr" → afspr., nr. */
function abbreviationTokens(header: string): HeadingToken[] {
  return [...header.matchAll(/([\p{L}\p{N}]+)(\.)?/gu)].map((m) => ({ word: normalizeHeader(m[1] as string), cut: m[2] !== undefined }));
}

/**
 * Whether a heading written short is a phrase, word by word: each word the phrase's, or cut short with a dot from
 * it ("Toel." of "Toelichting", "Rol gem." of "Rol gemeente", "Afspr.nr" of "Afspraak nr."). At least one word cut
 * short, and the first of at least three letters, so that "V." or "A." abbreviates nothing.
 */
function abbreviates(tokens: readonly HeadingToken[], phrase: readonly string[]): boolean {
  if (tokens.length !== phrase.length || !tokens.some((t) => t.cut) || (tokens[0]?.word.length ?? 0) < 3) return false;
  return tokens.every((t, i) => {
    const word = phrase[i] as string;
    return t.word === word || (t.cut && word.length > t.word.length && word.startsWith(t.word));
  });
}

/**
 * Whether a heading differs from a phrase only in whole short words ("Aan wie" beside "Van wie"): a slip in a word
 * of three letters makes another word, so that is no typing error but another heading.
 */
function otherShortWord(words: readonly string[], phrase: readonly string[]): boolean {
  if (words.length !== phrase.length) return false;
  const differing = words.flatMap((w, i) => (w === phrase[i] ? [] : [[w, phrase[i] as string] as const]));
  return differing.length > 0 && differing.every(([a, b]) => a.length <= 3 && b.length <= 3);
}

/** A month's name is a word of its own, never a typing error for a heading ("maart" is not "Kaart"). */
const MONTH_NAME = new RegExp(`^(${MONTHS_NL.join('|')})$`);

function allowedTypos(compact: string): number {
  if (compact.length <= 4) return 0;
  if (compact.length <= 8) return 1;
  return 2;
}

function indexOfWords(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Dutch label of a field for messages: "Activiteit", "Afspraak", … */
export const FIELD_LABELS: Readonly<Record<ReadField, string>> = {
  key: 'Sleutel',
  activity: 'Activiteit',
  agreementRef: 'Afspraak',
  topicContext: 'Thema/onderwerp',
  lead: 'Trekker',
  rowLabel: 'Nr.',
  budget: 'Budget',
  needs: 'Wat hebben we nodig',
  needsFrom: 'Van wie',
  role: 'Rol',
  planning: 'Planning',
  involved: 'Betrokken partijen',
  ambition: 'Ambitie',
  notes: 'Toelichting',
};
