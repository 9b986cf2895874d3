// Rows a partner lists with a status that says they are no activity of the
// planning year: a checklist line ticked off the year before ("Gedaan? ja – okt
// 2027"), a line "afgerond" or due in a planning before the year, an idea the
// sheet's own legend calls undecided ("idee = nog niet besloten"), or a line
// that says so itself ("P.M.: …", "n.t.b. – …"), a remark in brackets, a row
// not ticked "Gepland?", an item in a list's archive, a "Kopie van …" row, or
// a row that repeats an earlier one word for word (a form sent twice), a
// complaint asked as a question ("Waarom …??"), a risk, a decision waited
// for, a meeting's standing item, or a figure given a label (a target, an
// indicator, a budget, a year's result); and what a list updated or reviewed
// says of a row: "on hold" with nothing planned, "overgedragen aan …", moved
// past the year ("doorgeschoven naar 2029", "(wordt 2029)", "pas na 2028"),
// "niet opnemen", a question to the secretary, a pointer ("zie nr. 2"),
// "ter info: …", a decision to stop; a reviewer's answer that leaves it open
// ("eerst uitzoeken …", "later"), nothing as the sender's own part beside
// another's work ("Onze bijdrage: —"), money for another year only, and rows
// under a legend ("Afkortingen") or right below "Ter info: activiteiten van
// partners"; rows under a heading that says they are asked of others, done or
// undecided ("Wat wij van de gemeente vragen", "Afgerond in 2026", "Nog te
// bespreken"; whose-headings.ts); a remark beside the row that only hedges,
// holds or declines it ("misschien, …", "nog even aanhouden", "niet meer
// nodig"); and what a column of the year says of last year's row ("2027?":
// "nee, klaar"; "Vervolg 2027": "schuift naar 2028").
// What a row tells rather than plans is read in told-rows.ts, texts that are figures in figure-text.ts.
// Each is kept as a note of the submission with a warning naming the row, so
// nothing is lost and the secretary sees why. Before that, a plan cell that
// only says the work goes on ("idem", "loopt door") is read with the subject
// the row names ("Energiefestival: idem"), with a warning. Pure.
import type { SubmissionNote } from '../domain/submissions';
import { editDistance, normalizeForSearch } from '../domain/text';
import { activityPlace, problem, quote } from './problems';
import type { ColumnMapping, ImportProblem, ReadActivity } from './types';
import { FOLLOW_UP_HEADING, yearPlanOf } from './columns';
import { isPeriodHeading } from './period-columns';
import { doneHeadingYear, FOR_INFORMATION, headingText, isNeedHeading, isOnHoldHeading, isUndecidedHeading, plansOfHeading, TOLD_FOR_INFORMATION } from './whose-headings';
import { kindReason, opensWithKinds } from './register-kinds';
import { boardPartReason, isCardItem } from './board-rows';
import { moneyReason } from './money-rows';
import { footnotesOf, signOf } from './footnotes';
import { legendOf, statusParts } from './status-legend';
import { bracketed, doneByYear, doneYearSaid, endsDone, saidDone, TOOK_PLACE } from './said-done';
import { ownReaction } from './joint-overview-rows';
import { ASKING_WHY, OWN_ACTION, talkReason } from './talk-rows';
import { yearsOf } from './years';
import { datedFigureYear, isFigurePerYear, isLabelledFigure, LOWER_VERB } from './figure-text';
import { INFINITIVE_CLOSES, saysNoWork, toldNotPlanned, WE, WORK_AFTER } from './told-rows';

interface StatusBody {
  activities: ReadActivity[];
  notes: SubmissionNote[];
  columns: readonly ColumnMapping[];
}

/** "Idee: huurderscafé in Puiflijk": an idea, not yet work, where no planning says when. */
const IDEA = /^idee(ën)?\s*[:–—-]\s*\S/i;
/** A status saying the work is done, alone in its cell; a case system's and a ticket's closed ones too ("Afgehandeld", "Gesloten"). */
const DONE_WORDS = ['gedaan', 'afgerond', 'klaar', 'gereed', 'uitgevoerd', 'voltooid', 'geleverd', 'opgeleverd', 'verstuurd', 'afgehandeld', 'afgesloten', 'gesloten', 'done', 'completed', 'closed', 'resolved'];
const DONE = new RegExp(`^(${DONE_WORDS.join('|')})$`, 'i');
/** A status word of at least this length may be typed with one error and still say done: "afgehandled". */
const DONE_TYPO_LENGTH = 8;
/** A status that says done, as written or with one typing error in a long word ("afgehandled", "afgerodn"). */
function saysDoneWord(word: string): boolean {
  const lower = word.trim().toLowerCase();
  return DONE.test(lower) || (lower.length >= DONE_TYPO_LENGTH && /^\p{L}+$/u.test(lower) && DONE_WORDS.some((w) => w.length >= DONE_TYPO_LENGTH && editDistance(lower, w) <= 1));
}
/** A column asking whether the work is done ("Gedaan?", "Klaar?"), answered yes: a checkbox ticked. */
const DONE_QUESTION = /^(gedaan|klaar|afgerond|gereed|uitgevoerd|done)\s*\??$/i;
/** A column of how far the work is ("% klaar", "Voortgang", "Progress"), and a value saying all of it. */
const PROGRESS_HEADER = /%|voortgang|progress|gereed/i;
const WHOLE = /^(100\s*%|1|1[.,]0+)(\s+[–—-]\s.*)?$/;
/** A short remark that the work does not take place, perhaps naming the year: "gaat in 2026 niet door". */
const NOT_TAKING_PLACE = /^(?:gaat|komt)\s+(?:in\s+(20\d\d)\s+)?niet\s+door\b[^,;]{0,30}$/i;
/** A column asking whether the work is planned ("Gepland?", "Gaat door?"), answered no. */
const PLANNED_QUESTION = /^(gepland|ingepland|gaat door|doorgaan|doen we)\s*\??$/i;
/** A column of the year's own, not its state: "Vervolg 2027", "Gepland 2027"; not "Stand juni 2027". */
const ofTheYear = (header: string, planningYear: number | undefined): boolean =>
  planningYear !== undefined && yearsOf(header).includes(planningYear) && !/status|stand|wijziging/i.test(header);
/** What such a column says when the work goes on in the year: "ja, nu Horssen-Noord", "idem 2027", "loopt door". */
const GOES_ON_IN_YEAR = /^(ja|idem|ditto|zelfde|loopt door|gaat door|doorgaan|continueren|voortzetten)\b/i;
/** A remark that only hedges the work: "misschien, als er tijd over is", "eventueel, afhankelijk van de evaluatie". */
const HEDGED = /^(misschien|eventueel)\b/i;
/** A remark that holds the work: "nog even aanhouden tot …", "aanhouden". */
const HELD = /^(nog\s+)?(even\s+)?aanhouden\b/i;
/** A remark that the work is no longer needed: "niet meer nodig sinds de raad …". */
const NOT_NEEDED = /^niet\s+(meer\s+)?nodig\b/i;
/** The sender saying it does none of it in the year: "wij doen dit jaar géén energiefestival", "we organiseren in 2028 geen nieuwe sessie". */
const NONE_THIS_YEAR = /^(wij|we)\s+\p{L}+\s+(dit\s+jaar|in\s+20\d\d)\s+g[eé]{2}n\b/iu;
/** A column asking whether the work goes on in a year: "2027?", "Ook in 2027?", "Doorgaan in 2027?". */
const YEAR_QUESTION = /^(?:(?:ook|nog|doorgaan|door)\s+)?(?:in\s+)?(20\d\d)\s*\?$/i;
/** A column of the year the list plans for, without its number: "Dit jaar" beside "Vorig jaar". */
const THIS_YEAR = /^(dit|huidig|komend)\s+jaar\s*\??$/i;
/** A remark that the row is an older copy of another: "oud", "oude versie", "vervangen door rij 13", "verouderd". */
const OLDER_COPY = /^(oud|oude\s+(versie|regel|tekst)|verouderd|vervangen(\s+door\b.*)?)\s*[.!]?$/i;
const YES = /^(ja|waar|true|x|✓|✔|☑|☒|\[x\])$/i;
const NO = /^(nee|onwaar|false|☐)$/i;
/** A list's place of an item ("Path", "Map"): in an archive, it is no work of this year. */
const PATH_HEADER = /^(path|pad|map|folder|locatie)$/i;
const ARCHIVE = /\barchie[fv]|\barchive/i;
/** "Kopie van …", "Copy of …": a row copied from another. */
const COPY = /^(kopie van|copy of)\s+/i;
/**
 * "Ons doel: 60% van de huurders kent ons", "KPI: …", "Beleidsdoel: …", "Ambitie: …": an aim written where the
 * activity stands, as a plan lifted from an annual report or a begroting writes it.
 */
const AIM_TEXT = /^(ons |onze )?((beleids)?doel(stelling)?|ambitie|missie|visie|kpi|streefwaarde)( 20\d\d| \d{1,2}[a-z]?)?\s*:/i;
/** A cell beside the row that names a measure, the row holding its value: "Kengetal: …", "Indicator", "KPI". */
const MEASURE_LABEL = /^(kengetal(len)?|indicator(en)?|kpi|prestatie-?indicator(en)?)\b/i;
/** A lesson learned, on its own row: "Geleerd: knelpunten per straat zie je pas als je ze elk jaar bijhoudt.", "Leerpunt pilot warmtepomp: …". */
const LESSON = /^(geleerd|leerpunt(en)?(\s+[^:]{1,40})?|lessen?(\s+geleerd)?|lessons?\s+learned|wat\s+(we|wij)\s+geleerd\s+hebben)\s*:/i;
/** A row's subject that is the organisation's mission or vision: what it stands for, not its work. */
const MISSION_SUBJECT = /^(missie|visie|missie\s*(en|&|\/)\s*visie)$/i;
/** A status symbol opening a line of a list, as people mark their lines without a legend: ✅ done, ❌ off, ❓ open. */
const DONE_MARK = /^(✅|✔️?|☑️?)\s*/u;
/** What a legend says a done mark means, where it means done: "✔ = gereed", "☑ klaar", "✅ gedaan (ter info)". */
const DONE_MEANING = /\b(gedaan|afgerond|klaar|gereed|uitgevoerd|voltooid|geleverd|opgeleverd|done|completed)\b/i;
/** A warning mark opening a line: "⚠️", "❗", "‼️". */
const WARNING_MARK = /^(⚠️?|❗|‼️?)\s*/u;
const OFF_MARK = /^(❌|✖️?|✗|🚫)\s*/u;
const OPEN_MARK = /^(❓|❔)\s*/u;
/**
 * A complaint asked as a question, perhaps with its wish: "Waarom krijgen we de stukken altijd pas op de
 * dag zelf?? graag een week eerder", "Wanneer weten de huurders of hun straat op een warmtenet komt?". Not a
 * plan worded as a question ("Vijverhof: is het nu brandveilig?").
 */
const COMPLAINT = new RegExp(String.raw`^${ASKING_WHY}[^?]*\?+\s*(graag\b[^?]*)?$`, 'i');
/**
 * A complaint told, with nothing planned about it: "Veel huurders klagen dat de bus … Daar kunnen wij helaas niets
 * aan doen", "Wij vinden dat er te weinig bankjes zijn. Helaas ligt er geen plan voor", "Waarom kan de bus niet …?
 * Veel huurders klagen erover". Work written beside a complaint has its own words ("wij gaan", "we vragen").
 */
const COMPLAINT_WORDS = /\b(klagen|klaagt|klacht(en)?|helaas)\b/i;
const NOTHING_PLANNED = new RegExp(String.raw`\b(niets aan (kunnen )?doen|(kunnen|kan) (wij |we )?(helaas )?niets|geen plan|(het )?geld (is )?op)\b|^${ASKING_WHY}[^?]*\?`, 'i');
/** A question whose answer is not known yet: "Komt er een tweede verhuiscoach? Eerlijk gezegd weten we dat nog niet; …", "Eigen spreekuur in Deest? Wel of niet, het bestuur beslist in september". */
const OPEN_QUESTION = /^[^?]{5,160}\?:?\s.*\b(weten ((we|wij) )?(dat |het )?nog niet|nog niet (bekend|besloten|zeker)|hangt af van|wel of niet|(beslist|besluit|besluiten) (in|op|na|vóór|voor|eind|begin)\b)/i;
/** A short text that only asks whether to do it: "Buurtbemiddeling ook in Horssen inkopen?". */
const WHETHER_TO = /^[^?.;:]{3,80}\s\p{Ll}+en\s*\?$/u;
/** A row that names itself a signal, a wish, a question or a complaint: "Signaal uit het Sociaal Team: …", "Wens aan Woonwaarts: …" (not "Vragen aan De Kernen: …", asking is work; nor "Signalen woonfraude: …", a subject). */
const SIGNAL_LABEL = /^(signaal|wens|wensen|vraag|klacht|klachten|nodig van|verzoek aan)\b[^:]{0,40}:/i;
/** What a row under each SIGNAL_LABEL is, said as a reader would say it. */
const SIGNAL_SAYS: Readonly<Record<string, string>> = {
  signaal: 'is een signaal',
  wens: 'is een wens aan een ander',
  wensen: 'zijn wensen aan een ander',
  vraag: 'is een vraag',
  klacht: 'is een klacht',
  klachten: 'zijn klachten',
  'nodig van': 'zegt wat de partij van een ander nodig heeft',
  'verzoek aan': 'is een verzoek aan een ander',
};
/**
 * What the party needs or asks, said as the row's text: "Wij hebben nodig: een vergaderruimte", "Wat wij vragen: dat De Kernen …",
 * "Wij hebben van de gemeente een vergoeding nodig …", "Van Woonwaarts hebben wij nodig: de conceptbegroting …".
 */
const NEEDED =
  /^((wij|we)\s+hebben\s+(\p{L}+\s+)?nodig|wat\s+(wij|we)\s+(vragen|nodig\s+hebben)|gevraagd\s+aan\s+[^.;:]{2,60}|van\s+[^.;:]{2,60}?\s+hebben\s+(wij|we)\s+(\p{L}+\s+)?nodig)\s*:|^(wij|we)\s+hebben\s+van\s+[^.;:]{1,60}?\bnodig\b/iu;
/** A decision the row waits for, said in a cell: "besluit MT nog niet genomen". */
const DECISION_PENDING = /^(\p{L}+-?)?besluit\b[^.;]{0,30}\bnog\s+niet\s+genomen\b|^(nog\s+)?(niet\s+zeker|onzeker)\s+of\b[^.;]{0,40}\bdoor\s?gaa?t\b/iu;
/**
 * What another should do, said as an opinion or a complaint: "Corporaties zouden bewonerscommissies vaker moeten
 * uitnodigen", "WW moet dit nu eindelijk oplossen". Asked only where the row says nothing of the party's own ("wij"),
 * asks nothing, and names no work to do ("Onderzoeken of de verhuiscoach ook in Deest zou moeten komen", "Onderzoek:
 * welke woningen zouden eerst moeten …").
 */
const SHOULD_DO = /^([^,;:]{0,40}:\s*)?(?!(welke|wat|wie|hoe|waar|wanneer|waarom|of)\s)(\p{L}[\p{L}.&/-]*\s+){1,4}(zou|zouden)\s+([^.;:?]{1,60}\s)?moeten\b|\b(moet|moeten)\s+([^.;:?]{1,40}\s)?(nu\s+)?eindelijk\b/iu;
/** What the party thinks another should do, and nothing before it: "Verhuiscoach: wij vinden dat De Kernen er ook een moet hebben", "Wij willen dat De Kernen …". */
const OPINION = /^([^,;:]{0,40}:\s*)?(wij|we)\s+(vinden|hopen|willen(\s+graag)?)\s+dat\s+(?!wij\b|we\b)/i;
/**
 * What the party expects another to do: "Wij gaan ervan uit dat De Kernen de pluspakketten aanbiedt", "Wij verwachten dat
 * gemeente en WW …", "HBD neemt volgens ons het initiatief …", "DK zoekt volgens ons uit of …". Not "volgens ons plan".
 */
const EXPECTS = [
  /^([^,;:]{0,40}:\s*)?(wij|we)\s+(gaan\s+er\s?van\s+uit|verwachten|rekenen\s+erop)\s+dat\s+(?!wij\b|we\b)/i,
  /^(?![Ww]ij\b|[Ww]e\b)\p{Lu}[\p{L}.&-]*(\s+(en\s+)?\p{Lu}[\p{L}.&-]*){0,3}\s+\p{Ll}+\s+volgens\s+ons\b(?!\s+(\p{L}+\s+)?\p{L}*(plan|voorstel|advies|beleid|idee|programma|schema|protocol|draaiboek|afspraken|afspraak|planning)\b)/u,
];
/**
 * An expectation of another after a sentence of its own: "… nog niet gepland. Wij gaan ervan uit dat de gemeente …"; not an
 * estimate ("Wij verwachten dat dit ongeveer 30 woningen betreft").
 */
const EXPECTS_LATER = /[.!]\s+(wij|we)\s+(gaan\s+er\s?van\s+uit|verwachten|rekenen\s+erop)\s+dat\s+(?!(wij|we|dit|dat|het|er|deze)\b)/i;
/**
 * A sentence that tells how things stand: a finite verb of being or having ("is … vastgesteld", "heeft … bezit"); asked
 * with WE, so not of the party itself ("Als een cv-ketel aan vervanging toe is, plaatsen wij …" is its work).
 */
const STATEMENT = /\b(is|zijn|heeft|hebben|wordt|worden|werd|werden)\b/i;
/** What is still not done, said as a complaint: "… is nog steeds niets uitgevoerd", "er is nog steeds niets veranderd". */
const STILL_NOT = /\bnog steeds (niets|niet|geen)\b/i;
/** A risk named where the activity stands: "Risico: stikstof vertraagt Deest Zuid", "Risico voor het bestuur: krappe begroting …". */
const RISK = /^(risico('s)?|afhankelijkheid|aandachtspunt)(\s+(voor|van)\s+[^:–—]{1,30})?\s*[:–—-]/i;
/** A column of what may hold the work up: "Risico", "Risico's", "Afhankelijk van", "Afhankelijkheden". */
const RISK_HEADER = /^(risico('s)?|afhankelijk)/i;
/** What the work waits for from another, said as the row's text: "Afhankelijk van Woonwaarts: actuele adressenlijst …". */
const DEPENDS_ON = /^afhankelijk\s+van\b[^:]{1,40}:/i;
/** Only what the row above waits for, on a row of its own: "Afhankelijk van raadsbesluit (dec. 2027)". */
const DEPENDS_ALONE = /^afhankelijk\s+van\s+[^:;?!]{2,60}$/i;
/**
 * A question back to the secretary or the werkgroep, to be answered: "Onduidelijk wie trekker is van … – svp terugkoppelen",
 * "… – wie organiseert? Graag terugkoppeling secretaris", "Graag afstemmen met secretaris of wij dit jaar ook de monitor
 * moeten vullen". Not an instruction in a task list ("Huurders bellen, svp terugkoppelen aan DK"): a question comes first.
 */
const ASKED_BACK =
  /^onduidelijk\s+(wie|of|wat|hoe|wanneer|welke|waar)\b|(\?|\bonduidelijk\b|\bniet\s+duidelijk\b)[^]*\b(svp|s\.v\.p\.|graag|gaarne)\s+(terugkoppel\p{L}*|reactie|antwoord|laten\s+weten)\b|^(graag\s+)?(afstemmen|overleggen|navragen|checken|nagaan)\s+(met|bij)\s+(de\s+)?(secretaris|secretariaat|werkgroep)\s+of\b/iu;
/**
 * A note of whoever fills the list in, to find something out before it goes: "nog checken bij Anouk (fin.) – bedragen
 * erbij?". A person or party named, then the question. Not work that finds something out ("Nog nagaan bij Woonwaarts
 * welke woningen in aanmerking komen"): the note ends in its question.
 */
const NOTE_TO_SELF =
  /^nog\s+(even\s+)?(checken|nagaan|navragen|vragen|uitzoeken|nakijken|controleren)\s+(bij|met)\s+\p{Lu}[\p{L}.]*(\s+\([^()]{1,20}\))?\s*[–—:-]\s*[^?]{2,60}\?+\s*$/u;
/**
 * The same note in the other ways people write it: behind an arrow, asking whether ("→ navragen bij Kees (Ruimte) of de
 * omgevingsvisie op tijd in de raad komt, anders …"); "Check bij Marloes: doet de Bewonersraad weer mee? + …"; or a
 * colleague asked by name, as a chat writes it ("@Kees kun jij dit nog aanvullen met de datum …?").
 */
const NOTE_TO_SELF_OTHERWISE =
  /^((->|→|>)\s*(nog\s+)?(even\s+)?(checken|nagaan|navragen|vragen|uitzoeken|nakijken)\s+(bij|met)\s+\p{Lu}[\p{L}.]*(\s+\([^()]{1,20}\))?\s+of\s|[Cc]heck(en)?\s+(bij|met)\s+\p{Lu}\p{Ll}+\s*:\s*[^?]{2,80}\?|@\p{Lu}\p{Ll}+[,:]?\s+(kun|kan|wil|zou|kunnen|willen)\s+(jij|je|u|jullie)\b[^?]{0,120}\?\s*$)/u;
/**
 * A reminder to a colleague by first name, with its exclamation marks: "Ria: datum wijkschouw nog afstemmen met WW!! (vorig
 * jaar te laat)". Not the work itself ("Wijkschouw: datum afstemmen met WW in maart").
 */
const REMINDER = /^\p{Lu}\p{Ll}{1,12}\s*:\s*[^!?:]{0,80}?\bnog\s+(even\s+)?(afstemmen|checken|navragen|nagaan|regelen|vragen|doorgeven|nakijken|nabellen)\b[^!?]{0,60}!{2,}\s*(\([^()]{1,40}\))?\s*$/u;
/**
 * A row that opens by waiting: "Wacht op vaststelling omgevingsvisie door de raad (voorjaar 2029). Gesprek volgt daarna.";
 * or, after a project's name or a question, waits and says nothing else: "Ons Thuis-initiatief Horssen: wacht op besluit
 * zorgkantoor, daarna verder", "Warmtevisie: wat betekent die voor Horssen? Wij wachten tot de gemeente uitnodigt" (not
 * "Deest Zuid: wacht op vergunning, start bouw Q3").
 */
const WAITS_FOR =
  /^(wacht(en)?|wij wachten|we wachten)\s+op\b|^[^:;?]{2,50}:\s*(wacht(en)?|wij wachten|we wachten)\s+(op|tot)\s+[^;,.]{2,80}?(,\s*daarna\s+verder(\s+met\s+[^;,.]{1,40})?)?\.?$|\?\s*(wij|we)\s+wachten\s+(op|tot)\s+[^;,.]{2,80}\.?$/i;
/** Words that name a decision waited for: "besluit", "vaststelling", "vergunning" … */
const DECISION_WORDS = /besluit|besloten|vaststelling|vastgesteld|vergunning|goedkeuring|beschikking|toekenning|toezegging|akkoord|instemming/i;
/** A row that only says another has not answered: "Nog geen reactie ontvangen van De Kernen over …". */
const NO_ANSWER_YET = /^([^:;?]{2,50}:\s*)?nog\s+geen\s+(reactie|antwoord|terugkoppeling|bericht)\s+((ontvangen|gehad|binnen)\s+)?(van|op|uit)\b/i;
/** A decision someone else is to take, waited for: "Besluit college over grondprijs …: afwachten". */
const AWAITED = /[:–—-]\s*(afwachten|wachten op (het |dit )?besluit)\s*\.?$/i;
/**
 * A meeting's standing item: "Mededelingen uit de werkgroep", "Terugkoppeling uit het BO", "Rondvraag"
 * or "Rondvraag en sluiting" alone (not "Rondvraag onder de bewonerscommissies over …", a survey; nor an agenda that goes on after
 * it: "Terugkoppeling uit het BO; cijfers loting").
 */
const STANDING_ITEM = /^(opening|rondvraag|sluiting)(\s+(en|&)\s+(mededelingen|rondvraag|sluiting))?\s*\.?$|^mededelingen(\s+(uit|van)\b[^;]*)?$|^terugkoppeling (uit|van) (het |de )?(bo|bestuurlijk overleg|werkgroep|overleg|vergadering|bestuur)\b[^;]*$/i;
/** A text wholly in brackets: "(nog aanvullen na de ledenavond)", "(verder niets nieuws)". */
const REMARK = /^\([^()]{3,}\)\.?$/;
/** A planning that runs on from its year: "doorlopend sinds 2024", "vanaf 2025", "jaarlijks". */
const ONGOING = /doorl|vanaf|sinds|structureel|jaarlijks|continu|blijvend|(elk|ieder) jaar|t\/m|tot en met/i;
/** A planning column that says when the work is due ("Deadline", "Wanneer", "Gereed"), not a "Datum" that may be the meeting's. */
const DUE_HEADER = /deadline|due|gereed|klaar|eind|uiterlijk|wanneer|plan|termijn|kwartaal|periode|jaar|looptijd|mijlpaal/i;
/** A column of the date each row is due by: "Deadline", "Uiterlijk", "Mijlpaal". */
const DEADLINE_HEADER = /deadline|due|uiterlijk|mijlpaal/i;
/** What a session decided not to do, or not now: "nee", "parkeren", "later" (as a legend, a column of the decision or an arrow says). */
const NOT_CHOSEN = /^(nee|niet\s+doen|parkeren|geparkeerd|later)(\s*[–—:;,]\s*\S.*|\s+-\s+\S.*)?$/i;
/** A request opening the row: "Verzoek huurders Kerkstraat: zonnepanelen op de huurwoning", "Wens bewoners: …". */
const REQUEST = /^(verzoek|wens)(\s+(van|vanuit|uit)\b|\s+\p{L}+)?[^:]{0,60}:\s*\S/iu;
/** An answer of no, or not now, opening a cell: "nee – eerst isoleren", "later – meenemen bij groot onderhoud 2030". */
const NO_OR_LATER = /^(nee|later)\b/i;
/**
 * A signal noted, or a request to look into, that says no work or money is set for it: "genoteerd, nog geen actie
 * afgesproken", "nog onderzoeken, geen budget gereserveerd".
 */
const NO_ACTION_YET = /^(genoteerd|gesignaleerd|nog\s+(te\s+)?(onderzoeken|bekijken|uitzoeken|bespreken))\s*[,;:–—-]\s*(nog\s+)?geen\s+(actie|acties|inzet|budget|besluit|plan)\b/i;
/** A go/no-go that is still to come: "Proef thuisbatterij … – evaluatie dec. 2027, go/no-go uitrol 2028 nog open". */
const GO_NO_GO_OPEN = /\bgo\s*[/-]\s*no[\s-]*go\b[^.;]{0,40}?\b(nog\s+open|nog\s+niet\s+(genomen|besloten|gegeven))\b/i;
/** What the row is about is still being talked over, said after it: "Zorgdeel hofje …: nog in overleg met Zorggroep Maas & Waal". */
const STILL_IN_TALKS = /[:–—]\s*nog\s+(in\s+overleg|niet\s+rond|niet\s+zeker)\b[^.;:]{0,60}$/i;
/** A column of what a session decided of each row: "Besluit", "Keuze", "Doen?". */
const DECISION_HEADER = /^(besluit|keuze|doen\s*\??|gekozen\s*\??)$/i;
/** A decision not to do it now written after the text: "→ parkeren", "→ later", "-> nee". */
const DECISION_ARROW = /\s(?:→|->)\s*(parkeren|later|nee|niet\s+doen)\s*$/i;
/** What a legend says a status means when the work is not decided on: "nog niet besloten", "wens", "in bespreking". */
const UNDECIDED = /\b(nog )?niet (besloten|vastgesteld|gepland|ingepland|bekend|zeker)\b|\bwens(en)?\b|\bonbesloten\b|\bonduidelijk\b|^(nog )?in (bespreking|gesprek)$/i;
/**
 * A status or group that says so itself, without a legend: a Planner bucket "Ideeën (nog niet ingepland)",
 * a status "nog niet besloten". Not a wish ("Wensen huurders" may name the work's source).
 */
const NOT_DECIDED = /\b(nog )?niet (besloten|vastgesteld|gepland|ingepland)\b|\bonbesloten\b|\bnog geen ([\p{L}]+-?)?(besluit|akkoord|toezegging)\b/iu;
/** A planning that opens or ends by saying the work is not decided on. */
const UNDECIDED_WHEN = /^later$|^(?:nog\s+)?niet\s+(?:besloten|zeker|vastgesteld)\b|^onzeker\b|[,;–—-]\s*(?:nog\s+)?niet\s+(?:besloten|zeker)\s*\.?$|^nog\s+geen\s+(\p{L}+-?)?besluit\b/iu;
/**
 * A planning still to be set: "n.t.b.", "nog te bepalen". In a list for several years it says no year is set, so the
 * work is not planned in this one; in the year's own plan it only says when in the year is not known yet.
 */
const TO_BE_SET_WHEN = /^(n\.?\s?t\.?\s?b\.?|nog\s+te\s+bepalen)\s*\.?$/i;
/** A column of the year the work is done in, not when it is due: "Jaar", "Looptijd", "Periode", a "Wanneer" of years only. */
const YEAR_OF_WORK_HEADER = /^(jaar|looptijd|periode|uitvoeringsjaar|wanneer)$/i;
/** A column of when the work is planned or begins, read as its year where it holds years only and no status says more: "Planning: 2029". */
const PLANNED_YEARS_HEADER = /^(planning|start|startjaar|startdatum)$/i;
/** A year or a range of years, nothing else: "2029", "2029-2030", "2029 t/m 2031". */
const PLAIN_YEARS = /^20\d\d(\s*(-|–|t\/m|tot en met)\s*20\d\d)?$/i;
/** The year a text names as its own, at its start or in brackets at its end: "In 2029: grote enquête", "Wijkschouw in Deest (2026)". */
const YEAR_OF_TEXT = /^(?:in\s+)?(20\d\d)\s*:|\((20\d\d)\)\s*\.?$/i;
/** A heading over rows that names their year, or that it is not known: "2026", "Nog te bepalen". */
const YEAR_HEADING = /^(20\d\d)$/;
const UNKNOWN_YEAR_HEADING = /^(n\.?\s?t\.?\s?b\.?|nog\s+te\s+bepalen|nog\s+niet\s+gepland)\s*:?$/i;
/** The words that say a line lapses: "vervalt", "gestopt", "geschrapt" (also the table reader's, beside the text). */
export const LAPSE_WORDS = 'vervalt|vervallen|komt te vervallen|gestopt|stopt|geschrapt|geannuleerd|cancelled|canceled';
/** What a legend says a status means when the work will not be done this year: "vervalt", "gestopt". */
const LAPSED = new RegExp(String.raw`\b(${LAPSE_WORDS}|gaat niet door|verworpen|ingetrokken|afgewezen)\b`, 'i');
/**
 * An activity's own text saying nothing is decided yet: "P.M.: tiny houses – besluit in 2027",
 * "n.t.b. – nieuwe werkgroep", "Idee: … – nog niet besloten", "…: nog geen besluit, eerst …", "?? iets met de verhuiscoach",
 * "Misschien cursus huurrecht voor nieuwe bestuursleden", "… ondertekenen? college moet nog besluiten", "… idee, nog niet in
 * MT besproken", "Optioneel (tbd): digitaal huurderspanel".
 */
const UNDECIDED_TEXT = /(^|[:–—]\s*)(misschien|eventueel|mogelijk(?!\s+(?:maken|gemaakt|te\s+maken)\b))\s|^(p\.?\s?m\.?|n\.?\s?t\.?\s?b\.?|n\.?\s?n\.?\s?b\.?|tbc|tbd)\s*[:–—-]|^optioneel\b|\((tbd|tbc|n\.?\s?t\.?\s?b\.?)\)|^\?{2,}|\?{2,}(\s|$)|\b(nog )?niet besloten\b|[:–—,;-]\s*nog geen (\p{L}+-?)?besluit\b|^(\p{L}+-?)?besluit\s+nodig\b|^nog (te )?bepalen\s*([.,;:–—-].*)?$|^nog niet bekend\s*\.?$|\?\s*[–—-]?\s*nog\s+(te\s+)?bespreken\b[^?]{0,40}$|\b(moet|moeten)\s+nog\s+(besluiten|beslissen)\b|\bnog\s+niet\s+(in\s+(het\s+|de\s+)?\p{L}+\s+)?besproken\b/iu;
/** An activity cell that only says the work is done: "klaar", "afgerond" (a plan column beside last year's state). */
const DONE_ALONE = /^(klaar|afgerond|gereed|gerealiseerd|uitgevoerd|voltooid|gedaan)\s*\.?$/i;
/**
 * A cell that opens by saying the work lapses: "vervalt in 2028 (te weinig aanmeldingen)", "gestopt",
 * "Vervallen – is al gehouden", "We stoppen met het huurderscafé". Not "Vervallen panden opknappen": there "vervallen"
 * describes the work; nor "We stoppen met de huurdersavond en starten een spreekuur": the new work is the row's.
 */
const LAPSES = /^(vervalt|komt te vervallen|gestopt|stopt|geschrapt|(we|wij) stoppen (met|ermee)\b(?![^.;]*\ben\s+(starten|beginnen|gaan)\b))\b|^vervallen\s*(?:$|[-–—:.(]|in\s+20\d\d)/i;
/** Nothing in the year the list is for, said without its number: "geen activiteit dit jaar", "dit jaar geen acties". */
const NO_WORK_THIS_YEAR = /\bgeen\s+(?:nieuwe\s+|eigen\s+|verdere\s+)?(?:inzet|activiteit(?:en)?|acties?)\s+(?:dit|deze)\s+jaar\b|\b(?:dit|deze)\s+jaar\s+geen\s+(?:nieuwe\s+|eigen\s+)?(?:inzet|activiteit(?:en)?|acties?)\b/i;
/** A column of a year's money or time: "Raming 2028", "Realisatie 2027", "Begroting 2028", "Uren 2028". */
const YEAR_AMOUNT_HEADER = /raming|begroting|budget|bedrag|kosten|realisatie|uren|investering/i;
/** Nothing in such a column: "—", "0", "€ 0", "n.v.t.". Not "p.m.": a post kept in the plan, its amount not yet known. */
const NOTHING_IN_YEAR = /^([-–—]+|€?\s*0([.,]0+)?|n\.?\s?v\.?\s?t\.?|nvt|geen)$/i;
/** A text that says the party does nothing for it in a year: "… vastgesteld in december 2026, in 2027 geen inzet", "is om het jaar, in 2028 niet". */
const NO_WORK_IN = /\b(?:in|voor)\s+(20\d\d)\s+geen\s+(?:nieuwe\s+|verdere\s+|extra\s+)?(?:inzet|activiteit(?:en)?|acties?)\b|\bgeen\s+(?:nieuwe\s+|verdere\s+|extra\s+)?(?:inzet|activiteit(?:en)?|acties?)\s+(?:in|voor)\s+(20\d\d)\b|\bom\s+het\s+(?:andere\s+)?jaar\b[^.;]{0,20}?\bin\s+(20\d\d)\s+niet\s*[.!]?$/i;
/** A remark or status that only says so: "geen inzet 2027", "geen activiteiten in 2028.". */
const NO_WORK_ALONE = /^geen\s+(?:nieuwe\s+|verdere\s+|extra\s+)?(?:inzet|activiteit(?:en)?|acties?)\s+(?:(?:in|voor)\s+)?(20\d\d)\s*[.!]?$/i;
/** A text that goes on to say the work lapses, after a dash or in brackets: "Tweede fase nieuwbouw – vervalt, De Kernen gaat niet verder". */
const LAPSES_AFTER = /(?:[–—(]|\s-)\s*(vervalt|komt te vervallen|gaat niet door|geschrapt)\b/i;

/** A status saying the work is stopped for now, no date given to resume it: "on hold", "aangehouden", "geparkeerd". */
const ON_HOLD = /^(on[ -]?hold|aangehouden|gepauzeerd|stilgelegd|stil\s?gezet|geparkeerd|in de wacht|in de ijskast)\b/i;
/** A planning cell that says no time, by a dash where the time would be. */
const NO_TIME = /^\s*[—–-]+\s*$/;
/**
 * "overgedragen aan De Kernen", "overgedragen: regio maakt het overzicht vanaf 2027": the work passed to another
 * party, as the status says or the text after a dash or bracket.
 */
const HANDED_OVER = /^(overgedragen|overgeheveld|overgegaan|doorgezet|doorgestuurd|doorverwezen|doorgegeven)(\s+(aan|naar)\s+\S|\s*[:–—]\s*\S)|^gaat\s+((?:per|vanaf)\s+\S+\s+)?over\s+naar\s+\S/i;
/** A column of what changed since an earlier year, "Wijziging t.o.v. 2026": what it says is of the year itself. */
const COMPARED_TO = /\b(t\.?\s?o\.?\s?v\.?|ten\s+opzichte\s+van|vergeleken\s+met|sinds)\s+(\p{L}+\s+)?20\d\d\b/iu;
/**
 * The same said after the work's name, after a dash, bracket or colon: "Wijkschouw (overgedragen aan De Kernen)",
 * "Buurtbarbecue Kloosterakker: gaat over naar de nieuwe bewonerscommissie, wij organiseren niet meer".
 */
const HANDED_OVER_AFTER = /(?:[–—(:]|\s-)\s*((overgedragen|overgeheveld|overgegaan)\s+(aan|naar)\s+[^)–—]+|gaat\s+over\s+naar\s+[^)–—]+|wordt\s+overgenomen\s+door\s+[^)–—]+)/i;
/** What the party still does itself beside what stops, moves or passes on: "…. Wel: tuintips …", "In 2027 wel: 2x energiekatern", "; energiecoaches lopen door". */
const STILL_DOES = /(?:[.;:]\s*|\b(?:in\s+20\d\d|dit\s+jaar)\s+)wel\b(?!\s+of\s+niet\b)\s*:?\s+\p{L}+\s+\p{L}+|[;.]\s*[^;.]{3,80}?\b(?:lopen|loopt)\s+door\b/iu;
/** The row says itself the sender does not do it: "(niet door ons georganiseerd)", "– geen eigen inzet gemeente". */
const NOT_BY_US = /\(\s*niet\s+door\s+(ons|onszelf)\s+(georganiseerd|uitgevoerd|gedaan|getrokken)\s*\)|[–—-]\s*geen\s+eigen\s+(inzet|actie|rol|werk)\b[^.;:()]{0,30}$/i;
/** A text that opens by saying the party no longer contributes: "Geen gemeentelijke bijdrage meer: verhuiscoach ligt vanaf 2028 bij WW". */
const NO_LONGER_OURS = /^geen\s+(?:\p{L}+\s+)?(?:bijdrage|inzet|rol|financiering|subsidie|deelname)\s+meer\b/iu;
/** The text itself says the work moved to a year: "(doorgeschoven naar 2029)", "uitgesteld tot 2030", "schuift naar 2029", "(wordt 2029, zie mail)". */
const MOVED_TO = /(?:\b(?:uitgesteld|verschoven|doorgeschoven|(?:ver)?schuift(?:\s+door)?)\s+(?:naar|tot)\s+(?:\p{L}+\s+)?|\(wordt\s+)(20\d\d)\b/iu;
/** The text says the work begins only after a year, or in a later one: "de regio begint hier pas na 2028 aan". */
const ONLY_FROM = /\bpas\s+(na|in|vanaf)\s+(?:\p{L}+\s+)?(20\d\d)\b/iu;

/** A remark that the work stops: "loopt niet door", "gaat niet meer door"; not "loopt niet door als …". */
const GOES_NO_FURTHER = /\b(loopt|gaat)\s+niet\s+(meer\s+)?door\b(?![^,;]*\b(als|tenzij|zolang)\b)/i;
/** A remark that it is decided not to do it: "meerwaarde onderzocht 2026 → niet doen", "doen we niet". */
const NOT_DOING = /(?:^|(?:→|->|[:;,–—]|\s-)\s*)(niet doen|doen we niet|gaan we niet doen|niet (uitvoeren|invoeren|instellen|starten|oprichten|voortzetten))\s*[.!]?$/i;
/**
 * When the work stops, by its year: "stopt eind 2027", "vervalt per 2027", "loopt af in juni 2027". Gone before
 * the planning year when it stops in an earlier year, or from ("per", "vanaf") the year itself.
 */
const STOPS_IN =
  /\b(?:stopt|stopte|gestopt|vervalt|vervallen|loopt af|eindigt|beëindigd|opgeheven)\s+(?:(?:na|door|bij|met)\s+(?:de\s+)?\p{L}+\s+)?(?:(per|vanaf|eind|na|in|op|medio|begin)\s+)?(?:\p{L}+\.?\s+|\d{1,2}[-/]\d{1,2}[-/])?(20\d\d)\b/iu;
/** A remark that ends by saying the damage or the trouble was put right already: "DK heeft alles al hersteld", "lekkage is al verholpen". */
const PUT_RIGHT = /(\b(alles|allemaal)\b[^.;:]{0,30}?|\b(is|zijn)\s+)al\s+(hersteld|gerepareerd|opgelost|verholpen|afgehandeld)\s*[.!]?$/i;
/** Work that fills the place of what stopped: a vacancy, a successor, taking it over. */
const REPLACES = /\b(vacature\p{L}*|opvolg\p{L}*|werv\p{L}*|invullen|ingevuld|overnemen|overname|neemt\s+\p{L}*\s*over)\b/iu;
/** A remark that the row lapses, no year said: "vervalt", "vervalt na reorganisatie", "functie vervalt". Not "vervalt na 10 jaar". */
const LAPSES_REMARK = /^(?:[\p{L}-]+\s+){0,2}?(vervalt|komt\s+te\s+vervallen|vervallen)\b(?!\s+(na|over|per|vanaf|in)\s+\d)(?![^.;]*\b(als|tenzij|indien|20\d\d)\b)/iu;
/** A decision to stop or not to do it: "besloten om daar in 2027 mee te stoppen", "besloten de regeling niet door te zetten". */
const DECIDED_AGAINST = /\bbesloten\b[^.;]{0,60}?\b(mee te stoppen|te stoppen|af te zien|niet (meer )?(mee |in |uit |op |aan |over )?(door|te))\b/i;
/** A line that opens by saying nothing more is done: "Niets meer: de woonunits gaan niet door". */
const NOTHING_MORE = /^niets(\s+meer)?\s*[:–—-]/i;
/** A reviewer's verdict that the row is not to be sent: "niet opnemen", "Nee, West Maas en Waal – niet opnemen.", "Niet opnemen – schuift naar 2028". */
const LEAVE_OUT = /(?:^|[–—:;,.-]\s*)(niet opnemen|niet meenemen|weglaten|verwijderd|schrappen)\s*(\([^()]*\)|\s[–—-]\s+[^–—]{1,80})?\s*[.!]?$/i;
/** A remark that says the row is a second copy, no longer asking: "ja dubbel", "ja, dubbel – mag eruit", "is dubbel". Not "dubbel met rij 6?". */
const REPEAT_CONFIRMED = /^(?:ja[,!.]?\s+)?(?:is\s+)?dubbel\b(?![^?]*\?)/i;
/** The same said at the end of the text itself, as a test response or a line to skip says it: "test Ruud, niet meenemen". */
const LEAVE_OUT_TEXT = /(?:^|[–—:;,.-]\s*)(niet opnemen|niet meenemen)\s*[.!]?$/i;
/** A column where a reviewer or a meeting answered: "Reactie MT", "Akkoord?", "Besluit bestuur", "Opmerking directeur". */
const REVIEW_HEADER = /\b(reactie|akkoord|besluit|goedkeuring|oordeel|review)\b|^opmerking\s+(mt|directeur|directie|bestuur|leden|manager)\b/i;
/** A remark that it is still to be discussed, wherever it says so: "idee Ans, nog bespreken". */
const STILL_TO_DISCUSS = /\bnog\s+(te\s+)?bespreken\b/i;
/** Told for information anywhere in a remark: "uitvoering door De Kernen, alleen ter info opgenomen". */
const TOLD_SOMEWHERE = new RegExp(String.raw`\b${TOLD_FOR_INFORMATION}\b`, 'i');
/** A remark that the row is only wished for: "wens", "wens, nog geen trekker", "wens – niet in 2027". Not "wens van de huurders". */
const WISH_ONLY = /^(wens|wensen|nice\s+to\s+have)\s*([,;:–—-]|$)/i;
/**
 * A remark that makes the row wait on room or money left over: "als het past doen we dit in Q4", "alleen als er geld
 * over is"; with nothing more after it than a later year ("…, anders 2029"). Not "als het past in Q4 – zijn al
 * ingeschreven" nor "…, anders gaat het mee met de planmonitor": those say what is done all the same.
 */
const ONLY_IF = /^((als|indien)\s+het\s+past|(alleen\s+)?(als|indien)\s+er\s+(geld|tijd|ruimte|budget|capaciteit)\s+over\s+is)\b/i;
const LATER_OTHERWISE = /^anders\s+((in|naar)\s+)?20\d\d\s*\.?$/i;
const onlyIfRoom = (value: string): boolean => ONLY_IF.test(value) && value.split(/\s*[,;–—]\s*/).slice(1).every((clause) => LATER_OTHERWISE.test(clause));
/** Its answer leaving the row open: "eerst uitzoeken wat het kost", "eerst intern bespreken", "eerst raadsmotie afwachten", "later", "nog bespreken". */
const PENDING = /^(eerst\s+((intern|in\s+(het\s+|de\s+)?(bestuur|mt|team|alv)|\p{L}+)\s+)?(uitzoeken|nagaan|navragen|bespreken|onderzoeken|afwachten|kijken)\b|nog\s+(te\s+)?bespreken\b|later\s*[.!]?$)/iu;
/**
 * A heading over rows that are there for information, or that says the sender has no part in them: "Ter info: activiteiten
 * van partners (geen rol gemeente)"; read as headingText reads it, so without its own letter too ("C. Ter informatie").
 */
const NOT_OURS_HEADING = new RegExp(String.raw`${FOR_INFORMATION.source}|\bgeen\s+(eigen\s+)?rol\b`, 'i');
/** A line in the table that heads the rows below it as others' work: "Ter info: activiteiten van partners", "(geen rol gemeente)". */
const NOT_OURS_LINE = /^ter\s+(info|informatie|kennisname)\b[^.]{0,20}\b(activiteiten|acties|projecten|werk)\b|\bgeen\s+(eigen\s+)?rol\b/i;
/** A line below the table that heads a legend in the table's rows: "Legenda productcodes (programmabegroting 2027)", "Legenda:". */
const LEGEND_TITLE = /^(legenda|verklaring\s+(van\s+(de\s+)?)?(codes|afkortingen))\b[^=]*$/i;
/** A heading over a legend of the words used above it: "Afkortingen", "Legenda", "Begrippen". */
const LEGEND_HEADING = /^(afkortingen|legenda|begrippen(lijst)?|woordenlijst|verklaring( van( de)?)? (afkortingen|begrippen|termen))\s*:?$/i;
/** The sender's own part beside a list of another's work: "Onze bijdrage", "Onze inzet", "Wat doen wij". */
export const OWN_PART_HEADER = /^(onze|eigen)\s+(bijdrage|inzet|rol|actie|acties|deel)\b|^wat\s+doen\s+(wij|we)\b/i;
/** A heading of the party's own organisation's work, apart from the agreement's themes: "Overig", "Intern", "Bedrijfsvoering". */
const OWN_ORGANISATION_HEADING = /^(overig|overige|intern|interne\s+zaken|eigen\s+organisatie|bedrijfsvoering)\b/i;
/** A role that says there is none: "geen rol", "geen eigen rol", a dash ("—", "— (ons verzoek)"), "n.v.t.", "ter info". */
const NO_ROLE = /^(geen\s+(eigen\s+)?rol\b|[-–—]+(\s*\(.*\))?\s*$|n\.?\s?v\.?\s?t\.?\s*$|nvt\s*$|ter\s+info(rmatie)?\b)/i;
/** Nothing as that part: "—", "n.v.t.", "geen". */
const NO_PART = /^([-–—]+|n\.?\s?v\.?\s?t\.?|nvt|geen(\s+bijdrage)?|niets)\s*\.?$/i;
/**
 * A question to whoever reads the list: "Moet de ALV hier ook in?", "Hoort dit bij de PA?", "Wie van ons gaat
 * er naar de overlegtafel?"; perhaps with a remark after it that plans nothing: "Graag terugkoppeling van de
 * werkgroep.", "Dat valt bij ons onder welzijn.", "Ik weet niet wie daar namens ons in zit." Not a question with
 * work after it ("Wie doet wat bij de schouw? Overleg met Woonwaarts in maart").
 */
const QUESTION_TO_READER =
  /^(moet|moeten|hoort|horen|valt|vallen|mag|mogen|kan|kunnen|wie)\b[^?]{0,120}\?+(\s+(graag|ik weet|wij weten|we weten|dat valt|dit valt|dat hoort|dit hoort|weet iemand)\b[^?]{0,120})?$/i;
/**
 * A question put to another party by name, and nothing after it: "Loting: Vraag aan DK: hoeveel woningen in Horssen zijn via
 * loting naar jongeren gegaan?". Not with own work after it ("… gegaan? Wij bespreken het antwoord op de ledenavond").
 */
const QUESTION_TO_PARTY = /^([^:?]{2,40}:\s*)?vraag\s+(aan|voor)\s+[^:?]{2,40}:\s*[^?]{3,200}\?+\s*$/i;
/** A question put to "u" or "jullie", and nothing else: a questionnaire's question, or one asked back. */
const QUESTION_ASKED =
  /^(?:\d{1,2}[.)]\s*)?(?:wat|welke|hoe|wanneer|waar|wie|waarom|bedoelt|heeft|hebt|hebben|bent|organiseert|tekent|kunt|wilt|gaat|doet)\b[^?]{0,200}\b(?:u|jullie|uzelf)\b[^?]{0,200}\?\s*$/iu;
/** An answer that says no or not yet known: "Nee, die is in 2026 gehouden", "weten we nog niet". */
const ANSWER_NOTHING = /^(?:nee|neen)(?![\p{L}-])|^(?:weten\s+we|weet\s+ik)\s+(?:nog\s+)?niet\b/iu;
/**
 * A line that only points elsewhere: "Overige activiteiten: zie jaarplan", "Verduurzaming: zie nr. 2 en 3", "zie fase 2"; or at
 * an overview of an earlier year: "zie activiteitenoverzicht 2026".
 */
const POINTER =
  /^([^:]{2,40}:\s*)?zie\s+(het\s+|ons\s+)?(activiteitenoverzicht|jaarplan|overzicht|jaarverslag)\s+(van\s+)?(20\d\d|vorig\s+jaar)\s*\.?$|^zie\s+(ook\s+)?(nr\.?|nummer|regel|rij|punt|fase|stap|hierboven|hieronder|boven|onder)(\s*\d+[a-z]?)?\s*[.!]?$|^[^:]{2,40}:\s*zie\s+(ook\s+)?(nr\.?|nummer|regel|rij|punt|hierboven|hieronder|boven|onder|jaarplan|bijlage|ons\s+jaarplan|\d)[^.;]{0,40}$|^([^:]{2,40}:\s*)?zie\s+(het\s+)?(\p{L}+-)?(stuk|notitie|memo|nota|raadsvoorstel|raadsinformatiebrief|rib)\b[^.;]{0,80}$|^([-–•▪·*]\s*)?([^:]{2,40}:\s*)?zie\s+(de\s+|mijn\s+|onze\s+|het\s+)?((vraag|opmerking|toelichting)\s+in\s+(de\s+|mijn\s+|onze\s+|het\s+)?)?(e-?mail|mail|mailtje|bericht|brief)\b[^.;]{0,40}$/iu;

/**
 * A line that only points at another party's row or list: "Wijkschouw Deest: zie HBD", "Pluspakketten: idem DK", "zie
 * gemeente regel 10", "Monitor: zie hun regel 4"; or that only joins what others agree: "Begeleiding nieuwe huurders
 * Horssen: wij sluiten aan bij wat gemeente en DK afspreken". Not work after it ("idem DK: huurders … aanmelden").
 */
const POINTER_TO_OTHERS =
  /^([^:]{2,40}:\s*)?([Zz]ie|[Ii]dem|[Dd]ito)\s+(ook\s+)?(gemeente|[Gg]emeente|gem\.|hun|hen|\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*){0,2})(\s*[-–]?\s*((regel|rij|r\.|nr\.?|activiteit)\s*)?[\p{Lu}\d-]*\d+[a-z]?)?\s*[.!]?$|^([^:]{2,40}:\s*)?([Ww]ij|[Ww]e)\s+sluiten\s+aan\s+bij\s+wat\s+[^.;:]{2,60}?\s+(afspreken|afspreekt|besluiten|besluit|doen|doet|regelen|regelt)\s*\.?$/u;

/** A document named, which such a pointer does not point at another party: "zie Bijlage 2", "zie Jaarplan 2028". */
const DOCUMENT_NAMED = /\b(bijlage|jaarplan|jaarverslag|notitie|nota|memo|brief|e-?mail|mail|verslag|rapport|website|link)\b/i;

const isPointerToOthers = (text: string): boolean => POINTER_TO_OTHERS.test(text) && !DOCUMENT_NAMED.test(text);

/** A row with no planning written beside it. */
const nothingPlanned = (act: ReadActivity): boolean => (act.planning ?? '').trim() === '';

/** A subject is this many words at most. */
const SUBJECT_ALONE_WORDS = 4;
/** A subject of a few words and no more: no verb of work, no figure ("Overlegtafel leefbaarheid", "Pluspakketten"). */
const isSubjectAlone = (text: string): boolean => text.split(/\s+/).length <= SUBJECT_ALONE_WORDS && !/\d/.test(text) && saysNoWork(text) && !LOWER_VERB.test(text);

/**
 * Subjects only, apart by a middle dot or a bullet, as tags are written: "betaalbaarheid · duurzaamheid · doorstroming ·
 * leefbaarheid (alles met WW en gemeente)". Not a terse list apart by bars, which may be the work: "nieuwsbrief | ledenavond".
 */
const SUBJECTS_ONLY = /^\p{Ll}[\p{L}-]*(\s*[·•]\s*\p{Ll}[\p{L}-]*){2,}(\s*\([^()]*\))?\s*\.?$/u;

/** A cell saying nothing is decided yet: "nog bepalen", "n.t.b.: …", "niet besloten". */
export function saysNothingIsDecided(text: string): boolean {
  return UNDECIDED_TEXT.test(text.trim());
}

/**
 * A plan's cell that only says the work ends or ended, nothing planned: "vervalt in 2028 (…)", "afgerond",
 * or done in a year before the planning year ("gereed 2026" read for 2027).
 */
export function saysItEnds(text: string, planningYear?: number): boolean {
  const t = text.trim();
  const doneIn = doneByYear(t);
  return DONE_ALONE.test(t) || LAPSES.test(t) || (doneIn !== undefined && planningYear !== undefined && doneIn < planningYear);
}
/** An activity cell that only says last year's work goes on: "idem", "loopt door", "doorgaan (± 40 stuks)", "zie terugblik nr. 3". */
const CARRIES_ON = /^(idem|ditto|zelfde|loopt door|gaat door|doorgaan|blijft|continueren|voortzetten|zie\s+\p{L}.*)(\s*[(:,–—-].*)?$/iu;
/** A reference cell this long is the afspraak's own text, pasted, not a number. */
const AFSPRAAK_TEXT_WORDS = 8;
/** A status is a word or two; a longer remark that mentions "uitgesteld" says more than that. */
const STATUS_WORDS = 4;
/** The longest remark quoted whole in a warning, as `quote` shows it. */
const QUOTED_REMARK = 60;
/** A status saying the work was moved: "uitgesteld", "verschoven" (not "uitgesteld uit 2027", which moved it into this year). */
const POSTPONED = /\b(uitgesteld|verschoven|doorgeschoven|aangehouden|on hold)\b(?!\s+(uit|van|door|vanuit)\b)/i;
/** Where to: "naar een later jaar", "naar 2029", "tot 2027" (held until then), "pas in 2029". */
const TO_LATER = /\bnaar (een |het )?(later|volgend) jaar\b|\b(?:naar|tot|pas in) (20\d\d)\b/i;
/** MoSCoW's last priority, "Won't (have)": decided not to be done (this time). */
const WONT = /^won['’]?t(\s+have)?(\s+\(?(this time|nu niet|dit jaar)\)?)?$/i;
/** A heading of MoSCoW priorities: "MoSCoW", "Prio (MoSCoW)". */
const MOSCOW_HEADER = /\bmoscow\b/i;
/** A column of the row's status, by its heading: "Status", "St.", "Stand". */
const STATUS_COLUMN = /^(st\.?|stat\.?|status|stand)$/i;
/** A column of what follows each row in the year: "Vervolg 2028", "Vervolg volgend jaar", or the year's plan beside the row ("Plan 2028"). */
function isFollowUpOfYear(header: string, planningYear: number | undefined): boolean {
  const h = header.trim();
  return (FOLLOW_UP_HEADING.test(h) && (ofTheYear(h, planningYear) || /volgend\s+jaar/i.test(h))) || (planningYear !== undefined && yearPlanOf(h) === planningYear);
}
/** A follow-up that is only a no: "geen", "niets", "n.v.t.", "geen vervolg". */
const NOTHING_FOLLOWS = /^(geen|niets|n\.?\s?v\.?\s?t\.?|nvt|geen\s+vervolg(actie)?)\s*\.?$/i;
/** A follow-up that plans nothing: "geen", "n.v.t.", "stopt", "besluit volgt in december". */
const NO_FOLLOW_UP = /^(geen|niets|n\.?\s?v\.?\s?t\.?|nvt|stopt|gestopt|vervalt|klaar|afgerond|gereed|gedaan|opgeleverd)\b|\bbesluit\b[^.;]{0,30}\bvolgt\b/iu;
/** A short code in brackets closing a text: "HO – verkoop 2 EGW Dorpsstraat (A-1.3) [V]". */
const INLINE_CODE = /\[([^\[\]\s]{1,3})\]\s*$/u;

/** What the whole file says that bears on each row: its year, its legend, its columns, the date of its state. */
interface FileFacts {
  planningYear: number | undefined;
  legend: Map<string, string>;
  /** What each sign a row may carry means, by the file's footnotes and legend ("**" → "al gerealiseerd in 2026"). */
  footnotes: Map<string, string>;
  statusHeader: string;
  planningHeader: string;
  asOf: { text: string; year: number } | undefined;
  /**
   * Whether some row is planned in the year or later: only then does a row due before it, not said
   * to be done, stand out as another year's. A file whose every date lies before the year has old
   * dates, or another year; that is for the secretary to see, not for rows to vanish.
   */
  plannedInYear: boolean;
  /**
   * Whether the activity column is the planning year's own ("Wat doen we in 2028" beside "Wat deden we in 2027"):
   * then a column named for an earlier year ("Stand juni 2027") tells of last year's work, not of the row's.
   */
  activityOfYear: boolean;
  /** Whether some row has a planning at all ("mei", "Q3 2027"). */
  anyDated: boolean;
  /** The column of what follows each row in the year ("Vervolg 2028", "Vervolg volgend jaar"), where the file has one. */
  followUpHeader: string | undefined;
  /** Whether the activity column is named for an earlier year than the planning year ("Activiteit 2027" in a list for 2028). */
  lastYearsActivity: boolean;
  /**
   * Whether the list answers the agreement afspraak by afspraak, each row carrying the afspraak's own
   * text: then its dates are the agreement's "Uitvoering" ("2025", "2025 - 2028") copied with it, not
   * when the partner's work is due.
   */
  perAfspraak: boolean;
  /** The column of the sender's own part ("Onze bijdrage"), where some row fills it in. */
  ownPartHeader: string | undefined;
  /** Whether the rows open with their kind, as a register's do (see register-kinds.ts). */
  registerLetters: boolean;
  /** Whether most rows open with a tick ("✔"): then it marks the rows chosen, not those done. */
  mostlyTicked: boolean;
  /** The column of the hours or money of the planning year ("Uren 2028", "Raming 2028"), where the table has one. */
  yearAmountHeader: string | undefined;
  /** Whether the rows' plannings name more than one year: a list for several years, not the year's own plan. */
  severalYears: boolean;
}

/** A year as OCR reads a scanned form, the letter O for a nought ("dec. 2O26"): read as the year it is. */
const OCR_YEAR = /\b2[0O][0-9O]{2}\b/g;
const ocrYears = (text: string): string => text.replace(OCR_YEAR, (year) => year.replace(/O/g, '0'));


/**
 * A year in a planning that says where the work comes from or what it reports on, not when it is due:
 * "Q1 (doorgeschoven uit 2026)", "Q1 (over 2027)", "uitgesteld uit 2027 naar Q2".
 */
const NOT_WHEN_DUE = /\b(uit|over)\s+20\d\d\b/gi;
/** The years a planning says the work is due, read as OCR reads them (ocrYears). */
const dueYears = (planning: string): readonly number[] => yearsOf(ocrYears(planning).replace(NOT_WHEN_DUE, ' '));

/** The row's planning for the year: a column that names the year ("Gepland 2027"), else its planning. */
function planningOfYear(act: ReadActivity, cells: readonly (readonly [string, string])[], planningYear: number | undefined): string {
  const named = cells.find(([header]) => ofTheYear(header, planningYear));
  return named?.[1] ?? act.planning ?? '';
}

/** Whether a row has hours or money in a column of a year after the planning year ("Uren 2029": 120). */
function laterAmount(cells: readonly (readonly [string, string])[], planningYear: number): boolean {
  return cells.some(([header, value]) => YEAR_AMOUNT_HEADER.test(header) && yearsOf(header).some((y) => y > planningYear) && !NOTHING_IN_YEAR.test(value) && value !== '');
}

/** A row as the rules below read it. */
interface RowView {
  act: ReadActivity;
  facts: FileFacts;
  /**
   * The columns the app does not know, and a status read as the activity's remark ("Status", "Stand van zaken"),
   * as header and value; beside the year's own activity column, not those named for an earlier year.
   */
  cells: readonly (readonly [string, string])[];
  /** The activity's text, trimmed. */
  text: string;
  /** The heading the row stands under, trimmed; '' for none. */
  heading: string;
  /** A status code as the file's legend spells it out ("G" → "gereed"); else as written. */
  said: (value: string) => string;
}

type Reason = { code: string; why: string };
/** A rule's answer: why the row is no activity; KEEP, it is the year's work whatever the rules after it say; or nothing. */
const KEEP = 'keep';
type Verdict = Reason | typeof KEEP | undefined;

function rowViewOf(act: ReadActivity, facts: FileFacts): RowView {
  const { planningYear, legend, statusHeader, activityOfYear } = facts;
  // Not a column of the change since last year ("Wijziging t.o.v. 2026"): it says what becomes of the work in this one.
  const lastYears = (header: string): boolean =>
    activityOfYear && planningYear !== undefined && !COMPARED_TO.test(header) && yearsOf(header).length > 0 && yearsOf(header).every((y) => y < planningYear);
  // A status code the file's legend explains, typed in brackets at the end of the text: "… (A-1.3) [V]".
  const inlineCode = INLINE_CODE.exec(act.activity)?.[1];
  const cells = [
    ...Object.entries(act.extra),
    ...(act.notes === undefined ? [] : [[statusHeader, act.notes] as const]),
    ...(inlineCode !== undefined && legend.has(inlineCode.toLowerCase()) ? [['achter de tekst', inlineCode] as const] : []),
  ]
    .filter(([header]) => !lastYears(header))
    .map(([header, value]) => [header, ocrYears(value.trim())] as const);
  return {
    act,
    facts,
    cells,
    text: act.activity.trim(),
    heading: act.section?.trim() ?? '',
    said: (value) => legend.get(value.trim().toLowerCase()) ?? value,
  };
}

/** The rules, in the order they are asked: the first that answers decides. */
const RULES: readonly ((row: RowView) => Verdict)[] = [
  yearColumnsSay,
  footnoteSays,
  partStillDone,
  textSays,
  headingSays,
  passedOnOrLeftOut,
  movedOutOfYear,
  notChosen,
  doneOrDueElsewhere,
  undecidedOrNoOwnPart,
  remarksHold,
  remarksStop,
  statusSays,
  colourOrLaterSays,
];

/** Why a row is no activity of the planning year, or undefined when it is one. */
function reasonOf(act: ReadActivity, facts: FileFacts): Reason | undefined {
  const row = rowViewOf(act, facts);
  for (const rule of RULES) {
    const verdict = rule(row);
    if (verdict === KEEP) return undefined;
    if (verdict) return verdict;
  }
  return undefined;
}

/** A value of the row as a cell: [name, value], or none where it is not filled in. */
function field(name: string, value: string | undefined): (readonly [string, string])[] {
  return value === undefined ? [] : [[name, value.trim()] as const];
}

/**
 * What the row's own columns of the year say: not in it ("Dit jaar": "nee"), an older copy ("oud"); or KEEP, it
 * goes on in the year ("Vervolg 2028", the sender's reaction), whatever the rules after would make of its state.
 */
function yearColumnsSay(row: RowView): Verdict {
  const { act, cells } = row;
  const { planningYear, planningHeader } = row.facts;
  // A column asking whether the work goes on in the year ("2027?", "Ook in 2027?") answered "nee, klaar" plans nothing
  // in it. Answered "ja, nu Horssen-Noord", or "idem 2027" or "loopt door" in a column of the year's own ("Vervolg
  // 2027"), the row is planned again, whatever its state of the year before says: no status sets it aside.
  // So does a column of the year itself, answered "nee": "Dit jaar", "2028" beside "Vorig jaar", "2027".
  const yearsOwn = (header: string): boolean => YEAR_QUESTION.exec(header.trim())?.[1] === String(planningYear) || THIS_YEAR.test(header.trim()) || header.trim() === String(planningYear);
  const again = planningYear === undefined ? undefined : [...cells, ...(act.planning === undefined ? [] : [[planningHeader, act.planning.trim()] as const])].find(([header]) => yearsOwn(header));
  if (again && /^nee\b/i.test(again[1])) return { code: 'set-aside-row', why: `staat bij ${quote(again[0])} als ${quote(again[1])}: niet in ${planningYear}` };
  // An older copy of a row kept beside the new one: "oud", "oude versie", "vervangen door rij 13".
  const older = cells.find(([, value]) => OLDER_COPY.test(value));
  if (older) return { code: 'set-aside-row', why: `staat bij ${quote(older[0])} als ${quote(older[1])}: een oudere versie van een regel, niet het plan` };
  // "2027?" is a column of the year's own too.
  if (cells.some(([header, value]) => ofTheYear(header, planningYear) && GOES_ON_IN_YEAR.test(value))) return KEEP;
  // What follows the row in the year, in a column of its own ("Vervolg 2028": "geactualiseerde planmonitor delen in
  // september 2028"; "Vervolg volgend jaar" in a progress list sent as the plan): the year's work, whatever the row's
  // state says of this year. Not a dash, nothing, or a decision still to come.
  const followUp = cells.find(
    ([header, value]) =>
      isFollowUpOfYear(header, planningYear) &&
      /\p{L}{3}/u.test(value) &&
      !NO_FOLLOW_UP.test(value) &&
      !NOT_DECIDED.test(value) &&
      !UNDECIDED_TEXT.test(value) &&
      // Not moved on ("schuift naar 2028"), nor only in other years ("gereed 2026", "in 2029").
      MOVED_TO.exec(value) === null &&
      !(planningYear !== undefined && yearsOf(value).length > 0 && yearsOf(value).every((y) => y !== planningYear)),
  );
  if (followUp) return KEEP;
  // Or it says that nothing follows: "Vervolg 2028": "geen", "n.v.t.".
  const noneFollows = cells.find(([header, value]) => isFollowUpOfYear(header, planningYear) && NOTHING_FOLLOWS.test(value.trim()));
  if (noneFollows) return { code: 'set-aside-row', why: `staat bij ${quote(noneFollows[0])} als ${quote(noneFollows[1])}: er volgt niets in ${planningYear}` };
  // The sender's reaction beside a row of the joint overview sent back ("Reactie HBD": "wij sluiten in 2028 weer aan",
  // "reactie Woonwaarts: doen we in 2027 weer mee"): its own work in the year, whatever the row's planning of last year says.
  if (cells.some(([header, value]) => ownReaction(header, value) !== undefined)) return KEEP;
  return undefined;
}

/** Work said to stop or move: "we stoppen met", "gestopt", "vervalt", "uitgesteld naar 2029". */
const STOPS_OR_MOVES = /\b(stoppen|stopt|gestopt|vervalt|vervallen|geschrapt|uitgesteld|verschoven|doorgeschoven|schuift)\b/i;

/**
 * KEEP a row whose text says one part stops or moves and goes on to say what the party still does in the year: "We
 * stoppen met de balie van het energieloket …; energiecoaches (huisbezoek) lopen door", "3-30-300-onderzoek uitgesteld
 * naar 2029. Wel: tuintips en geveltuinpakketten via corporaties". The rest is the year's work, and the text says both.
 */
function partStillDone(row: RowView): Verdict {
  return STOPS_OR_MOVES.test(row.text) && STILL_DOES.test(row.text) ? KEEP : undefined;
}

/**
 * What the footnote of the sign the row carries says of it: done before the year ("** al gerealiseerd in 2026"),
 * lapsed ("† = vervalt"), not decided ("* = nog bespreken in bestuur"), there for information ("² uitvoering door De
 * Kernen, alleen ter info opgenomen"). A condition ("* onder voorbehoud van raadsbesluit") leaves the row planned.
 */
function footnoteSays(row: RowView): Verdict {
  const sign = signOf(row.act);
  const meaning = sign === undefined ? undefined : row.facts.footnotes.get(sign);
  if (sign === undefined || meaning === undefined) return undefined;
  const { planningYear } = row.facts;
  const said = `draagt het teken ${quote(sign)}, en dat betekent ${quote(meaning, 80)}`;
  const done = saidDone(meaning)?.year ?? doneYearSaid(meaning);
  if (done !== undefined && planningYear !== undefined && done < planningYear) return { code: 'done-before', why: `${said}: al gedaan, vóór ${planningYear}` };
  if (saysItEnds(meaning, planningYear)) return { code: 'lapsed-row', why: `${said}: het gaat niet door` };
  if (saysNothingIsDecided(meaning) || STILL_TO_DISCUSS.test(meaning)) return { code: 'undecided-row', why: `${said}: er is nog niets besloten` };
  if (TOLD_SOMEWHERE.test(meaning)) return { code: 'remark-row', why: `${said}: ter informatie, geen eigen werk` };
  return undefined;
}


/**
 * What the text says of itself: a remark in brackets, a mark that it lapsed or is done, an aim, a complaint, a
 * need, talk, a question, a risk, a register's kind, a figure, that it lapses or nothing is done in the year.
 */
function textSays(row: RowView): Verdict {
  const { act, facts, text } = row;
  const { planningYear } = facts;
  if (REMARK.test(text)) return { code: 'remark-row', why: 'staat helemaal tussen haakjes: een opmerking, geen activiteit' };
  // A warning to whoever reads the list, alone on its row where the others carry a planning: "⚠️ Ilse: Torenstraat hangt nog af van …".
  const warning = WARNING_MARK.exec(text)?.[0].trim();
  if (warning !== undefined && facts.anyDated && bare(act)) return { code: 'remark-row', why: `is een waarschuwing (${warning}) aan wie de lijst leest, geen activiteit` };
  const mark = (symbol: RegExp): string | undefined => symbol.exec(text)?.[1];
  const offMark = mark(OFF_MARK);
  if (offMark !== undefined) return { code: 'lapsed-row', why: `staat als ${quote(offMark)}: het gaat niet door` };
  const openMark = mark(OPEN_MARK);
  if (openMark !== undefined) return { code: 'undecided-row', why: `staat als ${quote(openMark)}: er is nog niets besloten` };
  // Done, unless the line plans something in the year or later ("✅ fase 1 klaar; fase 2 in 2028"), or most lines
  // carry the mark: then it marks what was chosen (a workshop's "✔ doen"), not what was done. Nor where the file's
  // legend gives the mark another meaning ("☑ = al besproken met De Kernen").
  const explained = (symbol: string): string | undefined => facts.legend.get(symbol.trim().toLowerCase());
  const ticked = facts.mostlyTicked ? undefined : mark(DONE_MARK);
  const doneMark = ticked === undefined || !DONE_MEANING.test(explained(ticked) ?? 'gedaan') ? undefined : ticked;
  if (doneMark !== undefined && !yearsOf(text).some((y) => planningYear === undefined || y >= planningYear)) return { code: 'done-row', why: `staat als ${quote(doneMark)}: het is al gedaan` };
  if (AIM_TEXT.test(act.activity.trim()) && !WORK_AFTER.test(text)) return { code: 'aim-row', why: 'zegt wat men wil bereiken, niet wat er gedaan wordt' };
  const subject = act.topicContext?.trim() ?? '';
  if (MISSION_SUBJECT.test(subject) && yearsOf(text).length === 0) return { code: 'aim-row', why: `staat als ${quote(subject)}: zegt waar de partij voor staat, niet wat zij doet` };
  if (LESSON.test(text) && !WORK_AFTER.test(text)) return { code: 'remark-row', why: 'zegt wat men geleerd heeft, geen werk' };
  const told = toldNotPlanned({ act, text, cells: row.cells, planningYear });
  if (told) return told;
  if (COMPLAINT.test(act.activity.trim())) return { code: 'remark-row', why: 'is een vraag of klacht, geen activiteit' };
  // What the party needs or asks, the label its own words ("Wat wij vragen:"), where what follows plans nothing of its own.
  const needed = NEEDED.exec(act.activity.trim());
  if (needed && !OWN_ACTION.test(act.activity.trim().slice(needed[0].length))) {
    return { code: 'remark-row', why: 'zegt wat de partij nodig heeft of vraagt, geen werk van de partij zelf' };
  }
  // A signal, wish, question or complaint that says nothing the party does about it itself.
  if (!OWN_ACTION.test(act.activity)) {
    const label = SIGNAL_LABEL.exec(act.activity.trim());
    if (label) return { code: 'remark-row', why: `${SIGNAL_SAYS[(label[1] ?? '').toLowerCase()] ?? 'is een signaal'}, geen werk van de partij zelf` };
    if (STILL_NOT.test(act.activity)) return { code: 'remark-row', why: 'zegt wat nog steeds niet gebeurd is, niet wat de partij zelf doet' };
    if (COMPLAINT_WORDS.test(act.activity) && NOTHING_PLANNED.test(act.activity.trim())) return { code: 'remark-row', why: 'is een klacht, en er staat geen werk bij' };
    if (OPINION.test(act.activity)) return { code: 'remark-row', why: 'zegt wat de partij vindt dat een ander moet doen, niet wat zij zelf doet' };
    if (SHOULD_DO.test(act.activity) && !WE.test(act.activity) && !act.activity.includes('?') && saysNoWork(act.activity)) return { code: 'remark-row', why: 'zegt wat een ander zou moeten doen, niet wat de partij zelf doet' };
  }
  // "Wij gaan ervan uit dat …" says "wij gaan": what follows the expectation must plan nothing of the party's own.
  const expected = EXPECTS.map((expects) => expects.exec(act.activity.trim())).find((m) => m !== null);
  if (expected && !OWN_ACTION.test(act.activity.trim().slice(expected[0].length))) {
    return { code: 'remark-row', why: 'zegt wat de partij van een ander verwacht, niet wat zij zelf doet' };
  }
  // Or after a sentence that tells how things stand: "De warmtevisie is in december 2026 vastgesteld. Wij verwachten dat …".
  const expectedLater = EXPECTS_LATER.exec(act.activity.trim());
  const before = expectedLater ? act.activity.trim().slice(0, expectedLater.index) : '';
  const afterExpected = expectedLater ? act.activity.trim().slice(expectedLater.index + expectedLater[0].length) : '';
  if (expectedLater && STATEMENT.test(before) && !WE.test(before) && !INFINITIVE_CLOSES.test(before.trimEnd()) && saysNoWork(before) && !OWN_ACTION.test(afterExpected)) {
    return { code: 'remark-row', why: 'zegt wat de partij van een ander verwacht, niet wat zij zelf doet' };
  }
  const talk = talkReason(act);
  if (talk) return talk;
  if (OPEN_QUESTION.test(text)) return { code: 'undecided-row', why: 'is een vraag waarop het antwoord nog niet bekend is' };
  if (WHETHER_TO.test(act.activity.trim())) return { code: 'undecided-row', why: 'vraagt of het gedaan wordt: er is nog niets besloten' };
  if (RISK.test(text)) return { code: 'risk-row', why: 'noemt een risico, geen werk' };
  if (DEPENDS_ON.test(text) || DEPENDS_ALONE.test(text)) return { code: 'risk-row', why: 'noemt waar het werk van afhangt, geen werk van de partij zelf' };
  const kind = kindReason(act, facts) ?? moneyReason(text, planningYear);
  if (kind) return kind;
  if (AWAITED.test(text) || (WAITS_FOR.test(text) && !OWN_ACTION.test(text))) {
    // What it waits for, as the row says it: a decision, or another's step ("Wij wachten tot de gemeente uitnodigt").
    return { code: 'awaited-row', why: `wacht op ${DECISION_WORDS.test(text) ? 'een besluit van een ander' : 'een ander'}, geen werk van de partij zelf` };
  }
  if (NO_ANSWER_YET.test(text) && !OWN_ACTION.test(text)) return { code: 'awaited-row', why: 'zegt dat een ander nog niet geantwoord heeft, geen werk van de partij zelf' };
  if (STANDING_ITEM.test(text)) return { code: 'standing-item', why: 'is een vast punt van de vergadering, geen activiteit' };
  if (isLabelledFigure(text)) {
    return { code: 'figure-row', why: 'noemt een getal (een streefcijfer, indicator, budget of resultaat), geen werk' };
  }
  // The value of a measure named beside it ("Kengetal: gemiddeld energielabel bezit Druten" | "B (peildatum 1-1-2027)").
  const measure = [act.ambition, act.topicContext].map((c) => c?.trim() ?? '').find((c) => MEASURE_LABEL.test(c));
  if (measure !== undefined && (text.match(/\p{L}{3,}/gu) ?? []).length <= 2) {
    return { code: 'figure-row', why: `is de waarde bij ${quote(measure)}: een getal, geen werk` };
  }
  const datedYear = datedFigureYear(text);
  if (datedYear !== undefined && planningYear !== undefined && datedYear < planningYear) {
    return { code: 'figure-row', why: `noemt een getal van ${datedYear}, vóór ${planningYear}, geen werk` };
  }
  if (isFigurePerYear(text)) return { code: 'figure-row', why: 'noemt een getal per jaar (een prognose of streefcijfers), geen werk' };
  if (DONE_ALONE.test(text)) return { code: 'done-row', why: 'zegt alleen dat het klaar is; er staat niets gepland' };
  if ((LAPSES.test(text) || LAPSES_AFTER.test(text)) && yearsOf(text).every((y) => planningYear === undefined || y <= planningYear)) {
    return { code: 'lapsed-row', why: 'zegt dat het vervalt; er staat niets gepland' };
  }
  const idle = NO_WORK_IN.exec(text);
  if (idle && planningYear !== undefined && Number(idle[1] ?? idle[2] ?? idle[3]) === planningYear) {
    return { code: 'set-aside-row', why: `zegt zelf dat er in ${planningYear} niets voor gedaan wordt (${quote(idle[0])})` };
  }
  // The same said alone in a remark or status cell beside the row: "geen inzet 2027".
  const idleBeside = row.cells.find(([, value]) => Number(NO_WORK_ALONE.exec(value)?.[1]) === planningYear);
  if (idleBeside && planningYear !== undefined) {
    return { code: 'set-aside-row', why: `zegt in kolom ${quote(idleBeside[0])} dat er in ${planningYear} niets voor gedaan wordt (${quote(idleBeside[1])})` };
  }
  if (QUESTION_TO_READER.test(text)) return { code: 'remark-row', why: 'is een vraag aan wie de lijst leest, geen activiteit' };
  if (QUESTION_TO_PARTY.test(text)) return { code: 'remark-row', why: 'is een vraag aan een andere partij, en er staat geen werk van de partij zelf bij' };
  if (ASKED_BACK.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'is een vraag aan de secretaris of de werkgroep, geen activiteit' };
  if (NOTE_TO_SELF.test(text) || NOTE_TO_SELF_OTHERWISE.test(text) || (REMINDER.test(text) && nothingPlanned(row.act))) {
    return { code: 'remark-row', why: 'is een notitie om iets na te gaan voordat de lijst verstuurd wordt, geen activiteit' };
  }
  // A questionnaire's question, or one asked back: "3. Bent u betrokken bij nieuwbouw …?", "Bedoelt u de regionale of de
  // lokale monitor?".
  if (QUESTION_ASKED.test(text)) return { code: 'remark-row', why: 'is een vraag, geen activiteit' };
  // An answer that plans nothing: "Nee, die is in 2026 gehouden", "weten we nog niet".
  if (ANSWER_NOTHING.test(text)) return { code: 'remark-row', why: 'is een antwoord dat niets plant, geen activiteit' };
  if (DECIDED_AGAINST.test(text)) return { code: 'set-aside-row', why: `zegt zelf dat besloten is het niet (meer) te doen (${quote((DECIDED_AGAINST.exec(text) as RegExpExecArray)[0], 60)})` };
  if (NOTHING_MORE.test(text)) return { code: 'set-aside-row', why: 'zegt zelf dat er niets meer gebeurt' };
  if (FOR_INFORMATION.test(text)) return { code: 'remark-row', why: 'is ter informatie, geen werk dat gepland is' };
  if (SUBJECTS_ONLY.test(text)) return { code: 'remark-row', why: 'noemt alleen onderwerpen, geen werk' };
  return undefined;
}

/**
 * What the heading above says of the rows under it: others' plans for information, done, undecided, asked of
 * another, a legend; unless the row says what the sender does itself.
 */
function headingSays(row: RowView): Verdict {
  const { act, text, heading } = row;
  const { planningYear } = row.facts;
  // Under a heading that lists others' plans for information, or what the sender asks of others ("Wat wij van de
  // gemeente vragen", "Nodig van gemeente" as the row's subject), unless the row says what the sender does itself.
  const ownAction = OWN_ACTION.test(text);
  // Plans the heading gives to a party by name ("Ter informatie: plannen van De Kernen") are read where the sender is
  // known, which tells its own part in them ("HBD denkt mee …"); "activiteiten van partners" here.
  // So is a group's cell beside the rows, in a column of themes ("Thema": "Ter info (DK)", merged over its rows).
  const group = act.topicContext?.trim() ?? '';
  for (const [label, where] of [[heading, 'onder de kop'], [group, 'bij']] as const) {
    const plansOf = plansOfHeading(label);
    if (NOT_OURS_HEADING.test(headingText(label)) && (plansOf === undefined || !/\p{Lu}/u.test(plansOf)) && !ownAction) {
      return { code: 'remark-row', why: `staat ${where} ${quote(label)}: ter informatie, geen eigen werk` };
    }
  }
  const doneIn = heading === '' ? undefined : doneHeadingYear(heading);
  if (doneIn !== undefined && (doneIn === null || planningYear === undefined || doneIn < planningYear) && !ownAction) {
    return { code: 'done-row', why: `staat onder de kop ${quote(heading)}: het is al gedaan` };
  }
  if (heading !== '' && isUndecidedHeading(heading) && !ownAction) return { code: 'undecided-row', why: `staat onder de kop ${quote(heading)}: er is nog niets besloten` };
  if (heading !== '' && isOnHoldHeading(heading) && !ownAction) return { code: 'set-aside-row', why: `staat onder de kop ${quote(heading)}: het werk ligt stil` };
  const asked = [heading, act.topicContext?.trim() ?? ''].find((label) => label !== '' && isNeedHeading(label));
  if (asked !== undefined && !ownAction) return { code: 'remark-row', why: `staat onder ${quote(asked)}: wat de partij van een ander vraagt, geen werk van de partij zelf` };
  if (LEGEND_HEADING.test(heading)) return { code: 'legend-row', why: `staat onder de kop ${quote(heading)}: een verklaring, geen activiteit` };
  return undefined;
}

/**
 * A pointer to something else, a row the text or a cell leaves out, work handed to another party or said not to be the sender's.
 */
function passedOnOrLeftOut(row: RowView): Verdict {
  const { cells, text } = row;
  if (POINTER.test(text)) return { code: 'remark-row', why: 'verwijst alleen naar iets anders in of buiten de lijst, geen eigen activiteit' };
  if (isPointerToOthers(text)) return { code: 'remark-row', why: 'verwijst alleen naar wat een andere partij doet of afspreekt, geen eigen activiteit' };
  // A subject alone, its remark only such a pointer: "Overlegtafel leefbaarheid" | "zie gemeente regel 10".
  const pointerBeside = [row.act.notes, ...cells.map(([, value]) => value)].find((v) => v !== undefined && isPointerToOthers(v.trim()));
  if (pointerBeside !== undefined && isSubjectAlone(text) && nothingPlanned(row.act)) {
    return { code: 'remark-row', why: `noemt alleen een onderwerp en verwijst naar een andere partij (${quote(pointerBeside.trim())}), geen eigen activiteit` };
  }
  const leftOutInText = LEAVE_OUT_TEXT.exec(text);
  if (leftOutInText) return { code: 'set-aside-row', why: `zegt zelf ${quote((leftOutInText[1] as string).toLowerCase())}` };
  const leftOut = cells.find(([, value]) => LEAVE_OUT.test(value));
  if (leftOut) return { code: 'set-aside-row', why: `staat als ${quote(leftOut[1])} (${leftOut[0]})` };
  // A reviewer's question answered: the row is a second copy ("dubbel met rij 6?" | "ja, dubbel – mag eruit").
  const repeat = cells.find(([, value]) => REPEAT_CONFIRMED.test(value));
  if (repeat) return { code: 'repeated-row', why: `staat als ${quote(repeat[1])} (${repeat[0]}): een tweede keer in de lijst` };
  // Passed to another party, as the text says after a dash or in brackets, or a short status: not this party's work.
  const handedInText = HANDED_OVER_AFTER.exec(text);
  if (handedInText && !STILL_DOES.test(text)) return { code: 'set-aside-row', why: `zegt zelf dat het werk is ${quote((handedInText[1] as string).trim())}; geen werk van de partij zelf` };
  // Short, or its status before a colon or a remark in brackets ("overgedragen: regio maakt het overzicht …", "gaat per
  // 1-1-2028 over naar de Bewonersraad (zetel wisselt elk jaar)"), not after the year began, and nothing the party still does.
  const { planningYear } = row.facts;
  const handed = cells.find(([, value]) => {
    const m = HANDED_OVER.exec(value);
    const status = (value.replace(/\([^()]*\)/g, ' ').split(/[:–—]/)[0] as string).trim();
    const from = yearsOf(m?.[4] ?? '');
    return m !== null && status.split(/\s+/).length <= 2 * STATUS_WORDS && !STILL_DOES.test(value) && from.every((y) => planningYear === undefined || y <= planningYear);
  });
  if (handed) return { code: 'set-aside-row', why: `staat als ${quote(handed[1])} (${handed[0]}); geen werk van de partij zelf` };
  // The row says itself the sender does not do it: "Preventieavond politie en boa … (niet door ons georganiseerd)",
  // "Oproep aan het Rijk …: … – geen eigen inzet gemeente".
  const notOurs = NOT_BY_US.exec(text);
  if (notOurs) return { code: 'remark-row', why: `zegt zelf dat het geen werk van de partij is (${quote(notOurs[0].replace(/^[(–—-]\s*/, '').trim())})` };
  if (NO_LONGER_OURS.test(text) && !STILL_DOES.test(text) && !OWN_ACTION.test(text)) {
    return { code: 'set-aside-row', why: `zegt zelf dat de partij er niet meer aan bijdraagt (${quote((NO_LONGER_OURS.exec(text) as RegExpExecArray)[0])}); geen werk van de partij zelf` };
  }
  return undefined;
}

/**
 * The move is said in a later clause of its own, of a part it names ("Quickscan zoekgebied Druten-Oost afronden …;
 * zoekgebieden Puiflijk en Afferden uitgesteld naar 2029"): the work before it stays in the year. Not a clause that
 * speaks of the whole ("…; dit wordt uitgesteld naar 2029", "…; uitgesteld naar 2029").
 */
function movesOnlyALaterPart(text: string, movedAt: number): boolean {
  const clauseStart = text.lastIndexOf(';', movedAt);
  if (clauseStart <= 0 || text.slice(0, clauseStart).trim() === '') return false;
  const subject = text.slice(clauseStart + 1, movedAt).trim();
  return /\p{L}{2,}/u.test(subject) && !POINTS_BACK.test(subject) && !NAMES_NO_PART.test(subject);
}

/** Words that point back at the row as a whole: "dit", "het geheel", "het project". */
const WHOLE_ROW = 'dit|dat|het|deze|alles|geheel|project';
/** A clause that opens by pointing back at the row speaks of the whole of it. */
const POINTS_BACK = new RegExp(String.raw`^(?:${WHOLE_ROW})\b`, 'iu');
/** Nor does a clause of only such words, or of its verb and linking words ("wordt", "helaas", "maar nu"), name a part. */
const NAMES_NO_PART = new RegExp(String.raw`^(?:(?:${WHOLE_ROW}|wordt|is|zijn|worden|al|en|maar|ook|helaas|inmiddels|nu)\b\s*)*$`, 'iu');

/**
 * Moved past the year, or begun only after it, as the text says.
 */
function movedOutOfYear(row: RowView): Verdict {
  const { act, cells, text } = row;
  const { planningYear } = row.facts;
  if (planningYear !== undefined && !yearsOf(act.planning).includes(planningYear)) {
    // Moved past the year, or begun only after it, as the text itself says, and planned in it by nothing else
    // ("de uitvoering start pas in 2029, in 2028 de schouw zelf" plans the schouw).
    const elsewhereInYear = (said: string): boolean => yearsOf(text.replace(said, ' ')).includes(planningYear);
    const moved = MOVED_TO.exec(text);
    if (moved && Number(moved[1]) > planningYear && !elsewhereInYear(moved[0]) && !movesOnlyALaterPart(text, moved.index)) {
      return { code: 'set-aside-row', why: `zegt zelf dat het naar ${moved[1]} schuift (${quote(moved[0].replace(/^\(/, ''))}), niet in ${planningYear}` };
    }
    // Or a cell beside it opens by saying so: "schuift naar 2028 (vergunning pas eind 2027)" in "Vervolg 2027".
    const movedCell = cells.find(([, value]) => {
      const moved = MOVED_TO.exec(value);
      return moved?.index === 0 && Number(moved[1]) > planningYear;
    });
    if (movedCell) return { code: 'set-aside-row', why: `staat als ${quote(movedCell[1])} (${movedCell[0]}): niet in ${planningYear}` };
    const from = ONLY_FROM.exec(text);
    const fromYear = from ? Number(from[2]) : 0;
    if (from && (from[1]?.toLowerCase() === 'na' ? fromYear >= planningYear : fromYear > planningYear) && !elsewhereInYear(from[0])) {
      return { code: 'set-aside-row', why: `zegt zelf dat het ${quote(from[0])} begint, niet in ${planningYear}` };
    }
  }
  return undefined;
}

/**
 * A decision not to choose it, a request answered no or not now, or a text or question that says nothing is decided.
 */
function notChosen(row: RowView): Verdict {
  const { act, cells, text } = row;
  // A decision written after the text: "Huurderscafé elke maand → parkeren".
  const arrow = DECISION_ARROW.exec(text);
  if (arrow) return { code: 'undecided-row', why: `staat als ${quote(arrow[0].trim())}: niet gekozen` };
  // Or in a column of the decision: "Besluit": "parkeren", "later", "nee".
  const declinedHere = cells.find(([header, value]) => DECISION_HEADER.test(header.trim()) && NOT_CHOSEN.test(value));
  if (declinedHere) return { code: 'undecided-row', why: `staat als ${quote(declinedHere[1])} (${declinedHere[0]}): niet gekozen` };
  // Or a remark beside it that only wishes for it, or makes it wait on room or money.
  const wished = cells.find(([, value]) => WISH_ONLY.test(value) || onlyIfRoom(value));
  if (wished) return { code: 'undecided-row', why: `staat als ${quote(wished[1])} (${wished[0]}): een wens of iets voor als er ruimte is, niet besloten` };
  // A request answered no or not now, in a cell beside it: "Verzoek huurders Kerkstraat: zonnepanelen …" | "nee – eerst isoleren".
  const answeredNo = REQUEST.test(text) ? cells.find(([, value]) => NOT_CHOSEN.test(value.trim()) && NO_OR_LATER.test(value.trim())) : undefined;
  if (answeredNo) return { code: 'undecided-row', why: `is een verzoek, beantwoord met ${quote(answeredNo[1])} (${answeredNo[0]}): niet gekozen` };
  const noActionYet = NO_ACTION_YET.exec(text) ?? STILL_IN_TALKS.exec(text) ?? GO_NO_GO_OPEN.exec(text);
  if (noActionYet) return { code: 'undecided-row', why: `zegt zelf dat er nog niets besloten is (${quote(noActionYet[0].replace(/^[:–—]\s*/, '').trim())})` };
  const undecided = UNDECIDED_TEXT.exec(act.activity);
  if (undecided) return { code: 'undecided-row', why: `zegt zelf dat er nog niets besloten is (${quote(undecided[0].trim())})` };
  // An idea asked as a question, its when or role still open: "Iets doen met brandveiligheid …? | ? | nog bepalen",
  // "Spreekuur Deest overnemen van huismeester WW? | nog bespreken in bestuur (sept.)".
  // Or in the text after the question: "Tijdelijke units voor noodopvang bij calamiteiten? eerst intern bespreken".
  const afterQuestion = /\p{L}\?+[\s–—-]*(\S.*)$/su.exec(text)?.[1];
  const open = [act.planning, act.role, act.lead, ...cells.map(([, value]) => value), afterQuestion].map((v) => v?.trim() ?? '').find((v) => v === '?' || UNDECIDED_TEXT.test(v) || PENDING.test(v) || STILL_TO_DISCUSS.test(v) || DECISION_PENDING.test(v));
  if (/\p{L}\?/u.test(text) && open !== undefined) return { code: 'undecided-row', why: `is een vraag, en er staat nog niets vast (${quote(open)})` };
  return undefined;
}

/**
 * Done before the year, or due before or after it, as the text, the remarks, the status or the heading says.
 */
function doneOrDueElsewhere(row: RowView): Verdict {
  const { act, cells, text, heading, said } = row;
  const { planningYear, legend, planningHeader, asOf, plannedInYear, perAfspraak, lastYearsActivity } = row.facts;
  if (planningYear !== undefined) {
    const saysDone = saidDone(act.activity);
    if (saysDone && saysDone.year < planningYear) return { code: 'done-before', why: `zegt zelf dat het al gedaan is (${quote(saysDone.said, 60)}), vóór ${planningYear}` };
    const tookPlace = TOOK_PLACE.exec(act.activity);
    const dates = yearsOf(act.planning);
    if (tookPlace && dates.length > 0 && dates.every((y) => y < planningYear)) {
      return { code: 'done-before', why: `zegt zelf dat het al is gebeurd (${quote(tookPlace[0].replace(/^[(–—\s]+|\)$/g, ''))}, ${quote(act.planning ?? '')}), vóór ${planningYear}` };
    }
    // Also where the partner wrote it in the aim or the planning ("gereed december 2026").
    const planned: (readonly [string, string])[] = [
      ...(act.ambition === undefined ? [] : [['doel', act.ambition.trim()] as const]),
      ...(act.planning === undefined ? [] : [['planning', ocrYears(act.planning.trim())] as const]),
      // A "Hoe / wie" or a role column written full: "is in november 2026 gehouden".
      ...(act.lead === undefined ? [] : [['wie', act.lead.trim()] as const]),
      ...(act.role === undefined ? [] : [['rol', act.role.trim()] as const]),
    ];
    // Or in brackets after what the cell says ("welkomstbezoek nieuwe bewoners (gedaan december 2026)"), or with the
    // year first ("is in november 2026 gehouden").
    // Or in a sentence of a remark, the row naming no time in the year: "advies gegeven in maart 2026". Not where the
    // activity column is last year's ("Activiteit 2027" in a list for 2028): its state says nothing of the year's plan.
    const inYear =
      lastYearsActivity || [act.planning ?? '', act.activity, ...cells.map(([, value]) => value)].some((v) => yearsOf(v).some((y) => y >= planningYear));
    for (const [header, value] of [...cells, ...planned]) {
      const doneIn = [value, ...bracketed(value)].map(doneYearSaid).find((year) => year !== undefined);
      if (doneIn !== undefined && doneIn < planningYear) return { code: 'done-before', why: `is al gedaan (${header}: ${quote(value)}), vóór ${planningYear}` };
      const told = inYear ? undefined : saidDone(value);
      if (told && told.year < planningYear) return { code: 'done-before', why: `is al gedaan (${header}: ${quote(value)}), vóór ${planningYear}` };
      // "raadsbesluit december 2026 (afgerond)": done, in brackets, the year beside it.
      const valueYears = yearsOf(value);
      if (bracketed(value).some((said) => DONE.test(said)) && valueYears.length > 0 && valueYears.every((y) => y < planningYear)) {
        return { code: 'done-before', why: `is al gedaan (${header}: ${quote(value)}), vóór ${planningYear}` };
      }
    }
    // Or a remark that ends by saying it was all put right already, no year said: "DK heeft alles al hersteld" beside
    // "Storm 18 feb: 3 bomen op daken". Not where the row names a time for it, the year or a later one.
    const putRight = inYear || (act.planning ?? '').trim() !== '' ? undefined : cells.find(([, value]) => PUT_RIGHT.test(value.trim()));
    if (putRight) return { code: 'done-before', why: `is al gedaan (${putRight[0]}: ${quote(putRight[1])}), vóór ${planningYear}` };
    const years = dueYears(act.planning ?? '');
    // Done as the status says, in words or by a symbol the legend explains ("✔ 24-03-2026", "✔ = gedaan").
    const symbolSaysDone = (value: string): boolean => {
      const { symbol } = statusParts(value);
      return symbol !== '' && DONE.test(legend.get(symbol)?.trim() ?? '');
    };
    const done = cells.find(
      ([header, value]) =>
        saysDoneWord(said(statusParts(value).words)) || symbolSaysDone(value) || endsDone(value) || (DONE_QUESTION.test(header.trim()) && YES.test(value)) || (PROGRESS_HEADER.test(header) && WHOLE.test(value)),
    );
    // A done row that dates itself before the year elsewhere ("rapport ontvangen oktober 2025").
    const otherYears = [...cells.flatMap(([, value]) => yearsOf(value)), ...yearsOf(act.activity)];
    if (done && years.length === 0 && otherYears.length > 0 && otherYears.every((y) => y < planningYear)) {
      return { code: 'done-before', why: `is al gedaan (${done[0]}: ${quote(done[1])}, ${otherYears.join(', ')}), vóór ${planningYear}` };
    }
    // Done when the list gave its state, before the year began ("Actiepuntenlijst stand 25-06-2026" for 2027);
    // not a row that plans a follow-up in the year ("Onderzoek afgerond (okt. 2026). Vervolg 2027: …", "Q2 2027").
    const goesOn = [...years, ...yearsOf(act.activity)].some((y) => y >= planningYear);
    if (done && asOf && asOf.year < planningYear && !goesOn) {
      return { code: 'done-before', why: `is al gedaan (${done[0]}: ${quote(done[1])}, stand ${asOf.text}), vóór ${planningYear}` };
    }
    if (done && years.length > 0 && years.every((y) => y < planningYear)) {
      return { code: 'done-before', why: `is al gedaan (${done[0]}: ${quote(done[1])}, planning ${quote(act.planning ?? '')}), vóór ${planningYear}` };
    }
    // Done as the planning says alone ("Wanneer": "gedaan"), the text dating the work before the year: "Wijkschouw
    // Horssen-Zuid (sept. 2026) – verslag gemaakt en verstuurd".
    const textYears = yearsOf(act.activity);
    if (DONE_ALONE.test(act.planning?.trim() ?? '') && textYears.length > 0 && textYears.every((y) => y < planningYear)) {
      return { code: 'done-before', why: `is al gedaan (${planningHeader || 'planning'}: ${quote(act.planning?.trim() ?? '')}, ${textYears.join(', ')}), vóór ${planningYear}` };
    }
    // Due before the year ("Deadline 1 juli 2026" in a list for 2027): work of an earlier year, done or not.
    // Not what goes on ("vanaf 2025", "doorlopend"), but a range that ended before it does count ("2025 t/m 2026").
    const ended = years.length >= 2 && Math.max(...years) < planningYear;
    // A plan by period columns marked "x" ("Q3 2026 | … | Q4 2027 | 2028"): the marked periods are when the work is done.
    const periodsMarked = isPeriodHeading(planningHeader) && years.length > 0;
    if (plannedInYear && !perAfspraak && (DUE_HEADER.test(planningHeader) || periodsMarked) && years.length > 0 && years.every((y) => y < planningYear) && (ended || !ONGOING.test(act.planning ?? ''))) {
      return { code: 'due-before', why: `is gepland vóór ${planningYear} (${quote(act.planning ?? '')})` };
    }
    // Or after it, in a list that gives each row the year of its work ("Jaar: 2029", "Looptijd: 2029-2030" in a list
    // for 2028, or only "2028" marked in a plan by period columns for 2027). Not a date of completion ("Gereed",
    // "Planning": "oplevering Q1 2029"): the work may well be in the year.
    const yearsOfWork = (YEAR_OF_WORK_HEADER.test(planningHeader.trim()) && PLAIN_YEARS.test((act.planning ?? '').trim())) || periodsMarked;
    if (plannedInYear && !perAfspraak && yearsOfWork && years.every((y) => y > planningYear)) {
      return { code: 'due-after', why: `is gepland na ${planningYear} (${quote(act.planning ?? '')})` };
    }
    // The year the text gives itself: "In 2029: …", "… (2026)". Not where it goes on to the year's own part:
    // "2026: –. 2027: peiling onder leden 55+".
    const ownYear = YEAR_OF_TEXT.exec(text);
    const textYear = ownYear ? Number(ownYear[1] ?? ownYear[2]) : undefined;
    if (textYear !== undefined && textYear !== planningYear && years.every((y) => y === textYear) && !yearsOf(text).includes(planningYear)) {
      return { code: textYear < planningYear ? 'due-before' : 'due-after', why: `zegt zelf dat het in ${textYear} is, niet in ${planningYear}` };
    }
    // The year the heading above gives the rows under it ("2026", then its rows).
    const headingYear = YEAR_HEADING.exec(heading);
    if (headingYear && Number(headingYear[1]) !== planningYear && years.every((y) => y === Number(headingYear[1]))) {
      const year = Number(headingYear[1]);
      return { code: year < planningYear ? 'due-before' : 'due-after', why: `staat onder de kop ${quote(heading)}, niet onder ${planningYear}` };
    }
    if (UNKNOWN_YEAR_HEADING.test(heading) && years.length === 0) return { code: 'undecided-row', why: `staat onder de kop ${quote(heading)}: nog niet gepland` };
  }
  return undefined;
}

/**
 * Undecided as the legend or a status "?" says, or the party has no part in it ("Rol HBD: geen rol").
 */
function undecidedOrNoOwnPart(row: RowView): Verdict {
  const { act, cells } = row;
  const { legend, statusHeader, ownPartHeader } = row.facts;
  for (const [header, value] of cells) {
    const meaning = legend.get(value.toLowerCase());
    if (meaning !== undefined && (UNDECIDED.test(meaning) || NOT_DECIDED.test(meaning))) {
      return { code: 'undecided-row', why: `staat als ${quote(value)} (${header}), volgens de uitleg in het bestand ${quote(meaning)}` };
    }
  }
  // A question mark as the row's status, whatever the legend calls it: "St.": "?".
  const questioned = cells.find(([header, value]) => value === '?' && (header === statusHeader || STATUS_COLUMN.test(header.trim())));
  if (questioned) return { code: 'undecided-row', why: `staat als "?" (${questioned[0]}): er is nog niets besloten` };
  const pending = cells.find(([header, value]) => REVIEW_HEADER.test(header) && PENDING.test(value));
  if (pending) return { code: 'undecided-row', why: `staat als ${quote(pending[1])} (${pending[0]}): er is nog niets besloten` };
  // The row's role says the party has none: "Rol HBD: geen rol" (in another's file that column is HBD's, read apart
  // from the sender's role: read-workbook.ts, withOthersRoleApart). Not under "Overig" or "Intern", where the party's
  // own organisation has no role in the agreement to give ("Nieuw zaaksysteem team Wonen", rol "nvt").
  const ownOrganisation = [act.topicContext, act.section].some((h) => OWN_ORGANISATION_HEADING.test(h?.trim() ?? ''));
  if (!ownOrganisation && NO_ROLE.test(act.role?.trim() ?? '')) return { code: 'no-own-part-row', why: `staat met rol ${quote(act.role?.trim() ?? '')}: geen eigen bijdrage` };
  const ownPart = ownPartHeader === undefined ? undefined : cells.find(([header]) => header === ownPartHeader);
  if (ownPart && NO_PART.test(ownPart[1])) return { code: 'no-own-part-row', why: `staat bij ${quote(ownPart[0])} als ${quote(ownPart[1])}: geen eigen bijdrage` };
  if (ownPart && PENDING.test(ownPart[1])) return { code: 'undecided-row', why: `staat bij ${quote(ownPart[0])} als ${quote(ownPart[1])}: er is nog niets besloten` };
  return undefined;
}

/**
 * A remark or the planning that says it is not decided, hedged, held, declined or not taking place in the year.
 */
function remarksHold(row: RowView): Verdict {
  const { act, facts, cells } = row;
  const { planningYear } = facts;
  // Not in a column of risks or dependencies: "politie nog geen akkoord" there names what may hold the work up.
  // Said short, or as the first sentence or clause of a remark, or in brackets: "Nog geen besluit MT. Eerst kosten in beeld.",
  // "nog geen besluit, bespreken in september",
  // "meedenken als het doorgaat (nog geen besluit)".
  // Or as the last clause after what it hangs on: "afhankelijk van raadsbesluit over de bijdrage, nog niet besloten".
  const undecidedPart = (value: string): string | undefined =>
    [value, value.split(/[.;]\s+/)[0] ?? '', value.split(/[,;]\s+/)[0] ?? '', value.split(/[,;]\s+/).at(-1) ?? '', ...bracketed(value)].find(
      (said) => NOT_DECIDED.test(said) && said.split(/\s+/).length <= STATUS_WORDS,
    ) ??
    (DECISION_PENDING.test(value) ? value : undefined);
  // Or as the last sentence of the text itself: "De Kernen: aanhaken bij het convenant …? Nog geen besluit".
  const lastSentence = act.activity.trim().split(/[.?!;]\s+/).at(-1) ?? '';
  const textSays: (readonly [string, string])[] = lastSentence !== act.activity.trim() ? [['tekst', lastSentence]] : [];
  for (const [header, value] of [...cells, ...field('rol', act.role), ...textSays]) {
    const said = RISK_HEADER.test(header.trim()) ? undefined : undecidedPart(value);
    // The whole remark where it is short, else the part that says so.
    if (said !== undefined) return { code: 'undecided-row', why: `staat als ${quote(value.length <= QUOTED_REMARK ? value : said)} (${header})` };
  }
  // When it is to be done says it is not decided: "nog niet besloten, hangt af van de voorjaarsnota", "…, nog niet zeker".
  const when = act.planning?.trim() ?? '';
  // "n.t.b." in a list for several years, or under "Jaar" or "Looptijd": no year is set.
  const yearsList = facts.severalYears || (YEAR_OF_WORK_HEADER.test(facts.planningHeader.trim()) && !/^wanneer$/i.test(facts.planningHeader.trim()));
  if (UNDECIDED_WHEN.test(when) || (TO_BE_SET_WHEN.test(when) && yearsList)) {
    return { code: 'undecided-row', why: `staat als ${quote(when)} (planning)` };
  }
  // A condition or remark beside it that only hedges it ("misschien, eerst …", "eventueel, afhankelijk van …"), holds
  // it ("nog even aanhouden tot …"), or declines it ("niet meer nodig sinds …", "wij doen dit jaar géén …").
  const hedged = cells.find(([, value]) => HEDGED.test(value) || HELD.test(value));
  if (hedged) return { code: 'undecided-row', why: `staat als ${quote(hedged[1])} (${hedged[0]}): er is nog niets besloten` };
  const declined = cells.find(([, value]) => NOT_NEEDED.test(value) || NONE_THIS_YEAR.test(value));
  if (declined) return { code: 'set-aside-row', why: `staat als ${quote(declined[1])} (${declined[0]}): het gebeurt niet` };
  // A remark that says the work does not take place this year: "gaat in 2026 niet door".
  const offThisYear = cells.find(([, value]) => {
    const m = NOT_TAKING_PLACE.exec(value);
    return m !== null && (m[1] === undefined || Number(m[1]) === planningYear);
  });
  if (offThisYear) return { code: 'set-aside-row', why: `staat als ${quote(offThisYear[1])} (${offThisYear[0]})` };
  const notDoing = cells.find(([, value]) => NOT_DOING.test(value) || DECIDED_AGAINST.test(value));
  if (notDoing) return { code: 'set-aside-row', why: `staat als ${quote(notDoing[1])} (${notDoing[0]}): besloten het niet te doen` };
  // A remark or the planning that says the work stops, or that nothing is done in the year: "was een actie voor 2027,
  return undefined;
}

/**
 * A remark that says the work stops, nothing is done in the year, or the year's money or time is nothing.
 */
function remarksStop(row: RowView): Verdict {
  const { act, facts, cells, text } = row;
  const { planningYear } = facts;
  // loopt niet door", "al vastgesteld in 2025 – geen actie in 2027".
  const remarks = [...cells, ...field('planning', act.planning), ...field('rol', act.role)];
  const stopped = remarks.find(([, value]) => GOES_NO_FURTHER.test(value));
  if (stopped) return { code: 'lapsed-row', why: `staat als ${quote(stopped[1])} (${stopped[0]}): het loopt niet door` };
  const lapses = remarks.find(([, value]) => LAPSES_REMARK.test(value.trim()));
  if (lapses) return { code: 'lapsed-row', why: `staat als ${quote(lapses[1])} (${lapses[0]}): het vervalt` };
  const idleSaid = remarks.find(([, value]) => {
    const m = NO_WORK_IN.exec(value);
    return m !== null && planningYear !== undefined && Number(m[1] ?? m[2]) === planningYear;
  });
  if (idleSaid) return { code: 'set-aside-row', why: `staat als ${quote(idleSaid[1])} (${idleSaid[0]}): in ${planningYear} wordt er niets voor gedaan` };
  // Money or time for another year only: "Realisatie 2027: € 38.000 | Raming 2028: —" in a list for 2028.
  // Or the year's own column left empty beside hours or money in a later year only ("Uren 2028": — | "Uren 2029": 120).
  const ofYearEmpty = facts.yearAmountHeader !== undefined && !cells.some(([header]) => header === facts.yearAmountHeader);
  const ofYear: readonly [string, string] | undefined =
    planningYear === undefined
      ? undefined
      : (cells.find(([header]) => yearsOf(header).includes(planningYear) && YEAR_AMOUNT_HEADER.test(header)) ??
        (ofYearEmpty ? ([facts.yearAmountHeader as string, ''] as const) : undefined));
  if (ofYear && (NOTHING_IN_YEAR.test(ofYear[1]) || (ofYear[1] === '' && laterAmount(cells, planningYear as number)))) {
    const other = cells.find(([header, value]) => yearsOf(header).length > 0 && !yearsOf(header).includes(planningYear as number) && YEAR_AMOUNT_HEADER.test(header) && value !== '' && !NOTHING_IN_YEAR.test(value));
    const said = ofYear[1] === '' ? 'leeg' : `als ${quote(ofYear[1])}`;
    if (other) return { code: 'set-aside-row', why: `staat ${said} (${ofYear[0]}), alleen ${quote(other[1])} (${other[0]}): in ${planningYear} gebeurt er niets` };
  }
  const idleThisYear = remarks.find(([, value]) => NO_WORK_THIS_YEAR.test(value));
  if (idleThisYear) return { code: 'set-aside-row', why: `staat als ${quote(idleThisYear[1])} (${idleThisYear[0]}): er wordt dit jaar niets voor gedaan` };
  // Stopped before the year, as the text or a remark says ("Energiecafé … | De Kernen – stopt eind 2027" in a list for 2028).
  if (planningYear !== undefined) {
    // In any cell of the row: partners put it where there was room ("Met wie": "De Kernen – stopt eind 2027").
    const anywhere = [...field('activiteit', text), ...remarks, ...field('trekker', act.lead), ...field('betrokkenen', act.involved)];
    for (const [header, value] of anywhere) {
      const stops = STOPS_IN.exec(value);
      if (!stops) continue;
      // What stopped is the cause of the work, said in brackets: "Vacature secretaris invullen (plots gestopt feb. 2027)".
      if (REPLACES.test(value.replace(/\([^()]*\)/g, ' ')) && /\([^()]*$/.test(value.slice(0, stops.index))) continue;
      const year = Number(stops[2]);
      const from = /^(per|vanaf)$/i.test(stops[1] ?? '');
      if (year < planningYear || (from && year === planningYear)) {
        return { code: 'lapsed-row', why: `zegt dat het stopt (${header}: ${quote(stops[0])}), vóór of bij het begin van ${planningYear}` };
      }
    }
  }
  return undefined;
}

/**
 * Not planned, archived, or a status by symbol or word that says it lapsed, moved or is on hold.
 */
function statusSays(row: RowView): Verdict {
  const { act, cells, said } = row;
  const { planningYear, legend, planningHeader, plannedInYear, anyDated, followUpHeader } = row.facts;
  const notPlanned = cells.find(([header, value]) => PLANNED_QUESTION.test(header.trim()) && NO.test(value));
  if (notPlanned) return { code: 'undecided-row', why: `is niet gepland (${notPlanned[0]}: ${quote(notPlanned[1])})` };
  // A priority that says it will not be done: MoSCoW's "Won't (have)", or its letter "W" under that heading.
  const wont = cells.find(([header, value]) => WONT.test(value.trim()) || (MOSCOW_HEADER.test(header.trim()) && /^w$/i.test(value.trim())));
  if (wont) return { code: 'set-aside-row', why: `staat als ${quote(wont[1])} (${wont[0]}): wordt niet gedaan` };
  const archived = cells.find(([header, value]) => PATH_HEADER.test(header.trim()) && ARCHIVE.test(value));
  if (archived) return { code: 'archived-row', why: `staat in het archief (${archived[0]}: ${quote(archived[1], 80)})` };
  // A status by symbol or word: "❌" or "❌ geschrapt" (the legend: "❌ geschrapt (gaat niet door)"), "⏸ uitgesteld".
  for (const [header, value] of cells) {
    const { symbol, words: written } = statusParts(value);
    // Stopped for now, then why: "on hold: eerst eigen incassoproces herzien".
    const head = written.split(/\s*[:–—]\s+/)[0] ?? written;
    const words = ON_HOLD.test(head) ? head : written;
    const meaning = [symbol === '' ? undefined : legend.get(symbol), said(words)].filter((m): m is string => m !== undefined && m !== '').join(' – ');
    if (meaning === '' || words.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length > STATUS_WORDS) continue;
    const explained = symbol !== '' ? legend.get(symbol) : said(words) !== words ? said(words) : undefined;
    const why = `staat als ${quote(value)} (${header})${explained !== undefined ? `, volgens de uitleg in het bestand ${quote(explained)}` : ''}`;
    // A remark in brackets is not the status: "Zorggroep Maas & Waal (stopt als ontwikkelaar, WW neemt het over)".
    const outside = words.replace(/\([^()]*\)/g, ' ').trim();
    const statusMeaning = symbol !== '' || outside === '' || said(words) !== words ? meaning : said(outside);
    if (LAPSED.test(statusMeaning)) return { code: 'set-aside-row', why };
    // Moved to a later year, as the status or legend says, or as the row's own planning shows ("⏸ uitgesteld" | "2029").
    // Where to, as the status says, or else the activity's own text ("besluit … aangehouden tot 2027").
    const later = TO_LATER.exec(meaning) ?? (POSTPONED.test(meaning) ? TO_LATER.exec(act.activity) : null);
    const laterYear = later?.[3] === undefined ? undefined : Number(later[3]);
    // Its planning, or else what the row says beside it ("besluit over fase 2 pas in 2029"), names only later years.
    const allLater = (years: readonly number[]): boolean => planningYear !== undefined && years.length > 0 && years.every((y) => y > planningYear);
    const plannedLater = allLater(yearsOf(act.planning)) || (yearsOf(act.planning).length === 0 && allLater(cells.flatMap(([, v]) => yearsOf(v))));
    const movedOut = planningYear !== undefined && (laterYear === undefined ? later !== null : laterYear > planningYear);
    if (POSTPONED.test(meaning) && (movedOut || plannedLater)) return { code: 'set-aside-row', why };
    // Stopped for now, with no time to resume it, and the year's planning a dash ("on hold (te weinig vrijwilligers)" |
    // "—"), or no planning where the status is the year's own ("Status 2028: on hold"). Else a row on hold in the year's
    // plan (its budget beside it) is still the year's work.
    const yearPlanning = planningOfYear(act, cells, planningYear);
    const statusOfYear = planningYear !== undefined && yearsOf(header).includes(planningYear) && yearPlanning.trim() === '';
    // Or no date where the list gives each its due date, and other rows have one in the year ("On hold" | "" in a
    // tracker); in a list of deadlines or milestones, any date ("Deadline": "mei", "Q3"). An empty "Planning 2028"
    // beside "on hold" leaves the row in the year's plan all the same.
    const undated = yearPlanning.trim() === '' && DUE_HEADER.test(planningHeader) && (plannedInYear || (anyDated && DEADLINE_HEADER.test(planningHeader)));
    // Or nothing in the file's own column of what follows in the year ("Vervolg 2027" empty beside "grijs = stilgezet").
    const noFollowUp = followUpHeader !== undefined && (act.extra[followUpHeader] ?? '').trim() === '';
    if (ON_HOLD.test(meaning) && later === null && (NO_TIME.test(yearPlanning) || statusOfYear || undated || noFollowUp)) return { code: 'set-aside-row', why: `${why}; er staat niets gepland` };
  }
  return undefined;
}

/**
 * A status by colour, a start after the year, a planning of later years only, an idea without a when.
 */
function colourOrLaterSays(row: RowView): Verdict {
  const { act, cells, text } = row;
  const { planningYear, legend, planningHeader, plannedInYear, perAfspraak } = row.facts;
  // A status shown by colour only, which the file's legend explains ("grijs = vervalt in 2028").
  for (const [header, colour] of Object.entries(act.colours ?? {})) {
    const meaning = legend.get(colour);
    if (meaning === undefined) continue;
    const why = `is ${colour} gekleurd (${header}), volgens de uitleg in het bestand ${quote(meaning)}`;
    if (LAPSED.test(meaning)) return { code: 'set-aside-row', why };
    if (UNDECIDED.test(meaning)) return { code: 'undecided-row', why };
    if (NOT_CHOSEN.test(meaning.trim())) return { code: 'undecided-row', why: `${why}: niet gekozen` };
  }
  // A remark or condition that says it begins after the year, when no status said more: "Voorwaarde: pas in 2029, als …".
  if (planningYear !== undefined && !yearsOf(act.planning).includes(planningYear)) {
    const laterSaid = yearsOf(text).includes(planningYear)
      ? undefined
      : cells.find(([, value]) => {
          const m = ONLY_FROM.exec(value);
          return m !== null && (m[1]?.toLowerCase() === 'na' ? Number(m[2]) >= planningYear : Number(m[2]) > planningYear) && !yearsOf(value).includes(planningYear);
        });
    if (laterSaid) return { code: 'set-aside-row', why: `staat als ${quote(laterSaid[1], 60)} (${laterSaid[0]}): het begint niet in ${planningYear}` };
  }
  // A planning of years only, all after the year, when no status said more ("Planning: 2029" in a list for 2028): work
  // of that later year. Not a planning that says more than its years ("oplevering Q1 2029"), nor a date of completion.
  const planned = (act.planning ?? '').trim();
  if (planningYear !== undefined && plannedInYear && !perAfspraak && PLANNED_YEARS_HEADER.test(planningHeader.trim()) && PLAIN_YEARS.test(planned) && yearsOf(planned).every((y) => y > planningYear)) {
    return { code: 'due-after', why: `is gepland na ${planningYear} (${quote(planned)})` };
  }
  // Said of itself, when no status said more: "Idee: huurderscafé in Puiflijk", without a when.
  // No time set: left empty, "n.t.b." or a question mark.
  const when = (act.planning ?? '').trim();
  if (IDEA.test(act.activity.trim()) && (/^\?*$/.test(when) || TO_BE_SET_WHEN.test(when))) return { code: 'undecided-row', why: 'is een idee, en er staat niet bij wanneer' };
  return undefined;
}

/** A number or a moment alone in a cell: a form's response id, when it was sent. */
const STAMP = /^[\d\s:./-]+$/;
/** A heading over the rows that fit under no other: "Overig", "Overige activiteiten", "Diversen", "Varia". */
const REST_HEADING = /^(overig(e)?(\s+(activiteiten|zaken|acties|punten))?|diversen|varia|rest)\s*:?$/i;
/** Where a row was read, and what it was read with: not what it says. */
const PLACE_FIELDS = new Set(['sheet', 'rowNumber', 'lastRowNumber', 'fieldColumns', 'fieldRows', 'colours', 'extra']);

/**
 * Whether a row says word for word what an earlier one says: a form's response sent twice, a line
 * pasted twice. Every field the same; of the columns the app does not know, only a number or a
 * moment may differ (the response's id, when it was sent). Two rows of one activity in two kernen
 * or two years differ in a field, and stay two.
 */
function sameSubmission(first: ReadActivity, later: ReadActivity): boolean {
  // The partner's own row number ("Nr") says where the row stands, not what it is: a copy has the next one.
  const fields = new Set([...Object.keys(first), ...Object.keys(later)].filter((k) => !PLACE_FIELDS.has(k) && k !== 'rowLabel'));
  const said = (a: ReadActivity, k: string): string => compact(JSON.stringify((a as unknown as Record<string, unknown>)[k] ?? ''));
  // A heading that only gathers the rest ("OVERIG", "Diversen") says nothing of the row under it: the same row again there is a copy.
  const gathersRest = (a: ReadActivity): boolean => REST_HEADING.test(a.section?.trim() ?? '');
  if ([...fields].some((k) => said(first, k) !== said(later, k) && !((k === 'section' || k === 'topicContext') && (gathersRest(first) || gathersRest(later))))) return false;
  const headers = new Set([...Object.keys(first.extra), ...Object.keys(later.extra)]);
  return [...headers].every((h) => {
    const a = (first.extra[h] ?? '').trim();
    const b = (later.extra[h] ?? '').trim();
    return compact(a) === compact(b) || (STAMP.test(a) && STAMP.test(b));
  });
}

/**
 * Work that says it recurs ("Energieloket inloop (elke 1e dinsdag vd maand)", "Werkgroep (elke 3e donderdag)",
 * "maandelijks spreekuur"), written again on the same sheet in a later period of a planner: one activity, its
 * repeats are its dates.
 */
const RECURRING =
  /\b(?:elke|iedere)\s+(?:(?:\d+e|eerste|tweede|derde|vierde|laatste)\s+)?(?:dag|week|maand|kwartaal|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\b(?:wekelijks|tweewekelijks|maandelijks)\b/i;

function recursOnSheet(first: ReadActivity, later: ReadActivity): boolean {
  return first.sheet === later.sheet && RECURRING.test(later.activity);
}

/**
 * A text as its words' letters and figures only, in lower case: the same for a copy whose spaces, capitals or
 * marks were set right ("hybride warmte pomp … bewoners raad" and "hybride warmtepomp … Bewonersraad").
 */
const compact = (text: string): string => normalizeForSearch(text).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A step of a group merged over its rows ("Hofje De Lindehof, Puiflijk (16 won.)" over "Start bouw …"), read with its
 * group before it, as a person reads the row and as the documents show it; the group no longer its subject then.
 */
function readWithGroup(act: ReadActivity): void {
  const group = act.group;
  delete act.group;
  if (group === undefined || act.activity.trim() === '') return;
  act.activity = `${group.replace(/[\s:]+$/, '')}: ${act.activity.trim()}`;
  if (act.topicContext?.trim() === group) delete act.topicContext;
  for (const [header, value] of Object.entries(act.extra)) if (value.trim() === group) delete act.extra[header];
}

/** A row with its text and nothing else, as a heading typed in the table is. */
function bare(act: ReadActivity): boolean {
  const fields = [act.planning, act.role, act.lead, act.involved, act.needs, act.needsFrom, act.notes, act.agreementRef, act.budget, ...Object.values(act.extra)];
  return fields.every((v) => v === undefined || String(v).trim() === '');
}

/**
 * The body without the rows whose status says they are no activity of the
 * planning year; each kept as a note, with a warning naming the row.
 */
export function setAsideByStatus<B extends StatusBody>(
  body: B,
  { planningYear, asOf, above = [] }: { planningYear?: number; asOf?: { text: string; year: number }; above?: readonly SubmissionNote[] },
  fileName: string,
  problems: ImportProblem[],
): B {
  const legend = legendOf([...above, ...body.notes]);
  const facts: FileFacts = {
    planningYear,
    // A legend below the table, kept as a note, or above it, among the title rows.
    legend,
    footnotes: footnotesOf([...above, ...body.notes], legend),
    registerLetters: opensWithKinds(body.activities),
    yearAmountHeader:
      planningYear === undefined ? undefined : body.columns.find((c) => c.field === null && yearsOf(c.header).includes(planningYear) && YEAR_AMOUNT_HEADER.test(c.header))?.header,
    mostlyTicked: 2 * body.activities.filter((a) => DONE_MARK.test(a.activity.trim())).length > body.activities.length,
    statusHeader: body.columns.find((c) => c.field === 'notes')?.header ?? 'opmerking',
    planningHeader: body.columns.find((c) => c.field === 'planning')?.header ?? '',
    asOf,
    plannedInYear: planningYear !== undefined && body.activities.some((a) => yearsOf(a.planning).some((y) => y >= planningYear)),
    activityOfYear: planningYear !== undefined && yearsOf(body.columns.find((c) => c.field === 'activity')?.header ?? '').includes(planningYear),
    anyDated: body.activities.some((a) => (a.planning ?? '').trim() !== ''),
    severalYears: new Set(body.activities.flatMap((a) => yearsOf(a.planning))).size >= 2,
    followUpHeader: body.columns.find((c) => c.field === null && isFollowUpOfYear(c.header, planningYear))?.header,
    lastYearsActivity:
      planningYear !== undefined && yearsOf(body.columns.find((c) => c.field === 'activity')?.header ?? '').some((y) => y < planningYear),
    perAfspraak: 2 * body.activities.filter((a) => (a.agreementRef ?? '').trim().split(/\s+/).length >= AFSPRAAK_TEXT_WORDS).length > body.activities.length,
    ownPartHeader: body.columns.find(
      (c) => c.field === null && OWN_PART_HEADER.test(c.header.trim()) && body.activities.some((a) => !NO_PART.test(a.extra[c.header]?.trim() || '-')),
    )?.header,
  };
  // "idem" or "loopt door" where the plan should be: the work named on the row (its subject) goes on.
  for (const act of body.activities) {
    const name = act.topicContext?.trim() ?? '';
    // The row's own subject ("Energiefestival"), not a theme or topic of the agreement ("3 Duurzaamheid").
    if (name === '' || /^\d+(\.\d+)?\.?\s/.test(name) || !CARRIES_ON.test(act.activity.trim())) continue;
    const written = act.activity.trim();
    act.activity = `${name}: ${written}`;
    problems.push(
      problem('warning', 'carried-on', activityPlace(fileName, act), `${quote(written)} zegt dat het werk doorgaat; gelezen als ${quote(act.activity, 80)}. Controleer de tekst.`),
    );
  }
  const setAside = new Set<ReadActivity>();
  const byText = new Map<string, ReadActivity>();
  for (const a of body.activities) {
    const key = normalizeForSearch(a.activity);
    if (!byText.has(key)) byText.set(key, a);
  }
  /** The rows before this one, by their text: a repeat is of any of them ("Wijkschouw" in Deest, in Puiflijk, in Puiflijk again). */
  const earlier = new Map<string, ReadActivity[]>();
  /**
   * The last line that says the rows below it are there for information, or that they explain the codes used above
   * ("Legenda productcodes (programmabegroting 2027)"), and the last row below it.
   */
  let info: { sheet: string; row: number; lastRow: number; text: string; legend?: boolean } | undefined;
  /** The last row of each sheet that is no checklist item: the card the items below it belong to. */
  const cards = new Map<string, ReadActivity>();
  const infoNotes = new Map(body.notes.filter((n) => NOT_OURS_LINE.test(n.text.trim()) || LEGEND_TITLE.test(n.text.trim())).map((n) => [`${n.sheet}|${n.row}`, n]));
  for (const act of body.activities) {
    const key = compact(act.activity);
    const original = COPY.test(act.activity) ? byText.get(normalizeForSearch(act.activity.replace(COPY, ''))) : undefined;
    const first = original ? undefined : earlier.get(key)?.find((e) => sameSubmission(e, act) || recursOnSheet(e, act));
    const same = earlier.get(key);
    if (same) same.push(act);
    else earlier.set(key, [act]);
    // Or the line was kept as a note before ("Ter info: …" as a footer), below rows of the table.
    const noted = infoNotes.get(`${act.sheet}|${act.rowNumber - 1}`);
    if (noted && body.activities.some((a) => a.sheet === act.sheet && a.rowNumber < noted.row)) {
      info = { sheet: act.sheet, row: noted.row, lastRow: noted.row, text: noted.text.trim(), legend: LEGEND_TITLE.test(noted.text.trim()) };
    }
    const under = info && info.sheet === act.sheet && info.lastRow + 1 === act.rowNumber ? info : undefined;
    const reason = original
      ? { code: 'repeated-row', why: `is een kopie van ${quote(original.activity, 60)} (rij ${original.rowNumber})` }
      : first
        ? {
            code: 'repeated-row',
            why: !sameSubmission(first, act)
              ? `herhaalt rij ${first.rowNumber}: hetzelfde terugkerende werk, nog eens in de planning gezet`
              : normalizeForSearch(first.activity) === normalizeForSearch(act.activity)
                ? `herhaalt rij ${first.rowNumber} woord voor woord (een tweede keer ingestuurd)`
                : `herhaalt rij ${first.rowNumber} woord voor woord, alleen anders gespeld (${quote(first.activity, 60)})`,
          }
        : (boardPartReason(act, cards.get(act.sheet)) ??
          reasonOf(act, facts) ??
          (under?.legend
            ? { code: 'legend-row', why: `staat direct onder ${quote(under.text, 60)} (rij ${under.row}): een verklaring, geen activiteit` }
            : under
              ? { code: 'remark-row', why: `staat direct onder ${quote(under.text, 60)} (rij ${under.row}): ter informatie, geen eigen werk` }
              : undefined));
    if (!isCardItem(act)) cards.set(act.sheet, act);
    // A line "Ter info: activiteiten van partners" alone on its row, below rows of the table, heads the rows right below it.
    if (under) under.lastRow = act.rowNumber;
    else {
      const heads = NOT_OURS_LINE.test(act.activity.trim()) && bare(act) && body.activities.some((a) => a.sheet === act.sheet && a.rowNumber < act.rowNumber);
      info = heads ? { sheet: act.sheet, row: act.rowNumber, lastRow: act.rowNumber, text: act.activity.trim() } : undefined;
    }
    if (reason === undefined) continue;
    setAside.add(act);
    const year = planningYear === undefined ? '' : ` van ${planningYear}`;
    problems.push(
      problem('warning', reason.code, activityPlace(fileName, act), `${quote(act.activity, 80)} ${reason.why}; bewaard als opmerking bij het overzicht, niet als activiteit${year}.`),
    );
  }
  // The colours were read for this step only. A step is read with its group before it now that the rules have read
  // its own words ("Planning per blok: zie brief WW" under "WW – Hoogstraat Druten" points elsewhere all the same).
  for (const act of body.activities) {
    delete act.colours;
    if (setAside.has(act)) delete act.group;
    else readWithGroup(act);
  }
  if (setAside.size === 0) return body;
  const sheets = [...new Set([...body.activities, ...body.notes].map((x) => x.sheet))];
  const notes = [...body.notes, ...[...setAside].map((a) => ({ sheet: a.sheet, row: a.rowNumber, text: a.activity }))];
  return {
    ...body,
    activities: body.activities.filter((a) => !setAside.has(a)),
    notes: notes.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row),
  };
}
