// Rows of talk, not work, as people write them in a hurry where the activity
// should stand: a repeat mark with nothing of its own ("idem", "dito"), a
// resident quoted ("Bewoner: 'de lift is weer stuk'"), a call to make ("bellen
// met Ans ivm zaal ALV"), a complaint asked as a question with its reason
// ("Wanneer komt de gemeente met de warmtevisie? Zonder die visie …"), a compliment or a complaint passed on,
// a presentation's closing slide or its speaker's note, a command said to dictation ("ok google", "nieuwe regel"). Each is
// kept as the file's note, with why, for the secretary to make an activity in
// one click where it is one. Recognised by their wording and what stands beside
// them on the row; pure.
import { PLACE_HEADER } from './other-municipalities';
import { quote } from './problems';
import type { ReadActivity } from './types';

/** A mark that says "the same as above", alone: "idem", "dito", "zie boven", "id.", ",,". */
const REPEAT_MARK = /^(idem|id\.|dito|ditto|zie\s+(hier)?boven|zelfde\s+als\s+(hier)?boven|,,|〃)\s*[.!]?$/i;

export const isRepeatMark = (text: string): boolean => REPEAT_MARK.test(text.trim());

/**
 * The row's own words beside its text: a subject, what is needed, a remark of two words or more, a reference or a
 * budget. A person's name or a planning alone ("Sanne", "hele jaar") says nothing of what is done.
 */
function ownWordsBeside(act: ReadActivity): boolean {
  if (act.agreementRef || act.budget !== undefined) return true;
  // In a list by kern, the kern of its own: the same work, there ("Deest" | "idem" | "april").
  if (Object.entries(act.extra).some(([header, value]) => PLACE_HEADER.test(header.trim()) && value.trim() !== '' && !REPEAT_MARK.test(value.trim()))) return true;
  const said = [act.needs, act.notes, ...Object.values(act.extra)];
  return said.some((text) => text !== undefined && !REPEAT_MARK.test(text.trim()) && text.trim().split(/\s+/).length >= 2 && !/^\d/.test(text.trim()));
}

/** The text as the partner typed it, without the theme the reader put before it ("Nieuwbouw: idem"). */
function ownText(act: ReadActivity): string {
  const text = act.activity.trim();
  const theme = act.topicContext?.trim();
  return theme && text.startsWith(`${theme}: `) ? text.slice(theme.length + 2).trim() : text;
}

/**
 * A resident or tenant quoted, and what stands after the quote: "Bewoner: 'de lift is weer stuk'", "Huurder
 * Rembrandtstr.: "waarom duurt een reparatieverzoek 6 weken??" – doorgezet naar afd. Onderhoud", "Huurders zeggen: "…"".
 */
const QUOTED = /^(een\s+)?(buurt)?(bewoner|huurder|deelnemer)s?\b[^:"“„'‘]{0,30}(:\s*|\s(zeggen|zegt|zei|vroeg|vraagt)\s*:?\s*)["“„'‘](?<quote>.+?)["”'’](?<rest>[^"”'’]*)$/iu;

/** A call or mail to make, short: "bellen met Ans ivm zaal ALV", "-> Marloes bellen ivrn datum!!", "Ria mailen". */
const CALL = /^(->|→|>)?\s*(([Tt]erug)?([Bb]ellen|[Mm]ailen|[Aa]ppen)\s+(met|naar)\s+\p{Lu}\p{L}*|\p{Lu}\p{Ll}+\s+(terug)?(bellen|mailen|appen)\b)/u;
const CALL_WORDS = 7;

/** The words a complaint asked as a question opens with: "Waarom …?", "Wanneer …?", "Hoe lang nog …?", "Waar blijft …?". */
export const ASKING_WHY = String.raw`(?:waarom|wanneer|hoe lang|waar blijft)\b`;
/**
 * A complaint asked as a question, then why it matters: "Wanneer komt de gemeente met …? Zonder die visie kunnen wij …";
 * or asked after what became of something: "Wat is er eigenlijk gebeurd met het onderzoek …? Wij hebben daar nooit meer iets over gehoord".
 */
const COMPLAINT_ASKED = new RegExp(String.raw`^(${ASKING_WHY}|wat\s+is\s+er\s+((eigenlijk|nu|ooit)\s+)?(gebeurd|gedaan)\s+met\b)[^?:]*\?+(?<rest>.*)$`, 'is');

export const OWN_VERBS = 'gaan|zetten|brengen|nemen|organiseren|vragen|sturen|houden|geven|leveren|pakken|maken|nodigen|schrijven|bespreken|doen|werken|kijken|starten|zoeken|helpen|denken|praten|schuiven|halen|lopen|stellen|onderzoeken|controleren';
/** The verbs that say work when they stand before "we": "dat gaan we bespreken", "maken wij een lijst"; not "al jaren vragen wij om …". */
const OWN_VERBS_FIRST = 'gaan|zetten|brengen|nemen|organiseren|sturen|houden|leveren|maken|schrijven|bespreken|doen|starten|stellen|onderzoeken';
/**
 * The party saying what it does itself, either way round: "wij zetten hem op de agenda", "we brengen het in", "dat gaan
 * we met DK bespreken"; not "wij willen dat De Kernen …", nor "kunnen wij niet".
 */
export const OWN_ACTION = new RegExp(String.raw`\b(wij|we)\s+(${OWN_VERBS}|willen(?!\s+(graag\s+)?dat\b))\b|\b(${OWN_VERBS_FIRST})\s+(wij|we)\b`, 'i');

/** A presentation's closing slide or a speaker's note pasted with its slides: "Vragen?", "Dank voor uw aandacht!", "Toelichting spreker: …". */
const SLIDE_TALK =
  /^(vragen(\s+en\s+opmerkingen)?\s*\?+|((hartelijk\s+)?dank|bedankt)\s+(u\s+|je\s+)?(wel\s+)?voor\s+(uw|jullie|je)\s+aandacht\s*[.!]*|(toelichting|notitie|aantekening)\s+(spreker|presentator|bij\s+(de\s+)?dia)\s*:.*)$/is;
/** A mail's receipt or automatic reply, as a correspondence log keeps them: "Ontvangstbevestiging adviesaanvraag …". */
const RECEIPT = /^(ontvangstbevestiging|bevestiging\s+(van\s+)?ontvangst|leesbevestiging|automatisch\s+antwoord|afwezigheidsmelding|out\s+of\s+office)\b/i;
/**
 * A compliment passed on, or thanks and appreciation said: "Compliment team Verhuur: …", "Pluim voor de schoonmakers",
 * "Dank aan gemeente en HBD voor de prettige samenwerking", "Wij zijn blij met de nieuwe woningen aan de Kloosterakker",
 * "Bedankkaart van bewoners Kloosterakker voor de nieuwe speeltoestellen!".
 */
const COMPLIMENT = /^(compliment(en)?|pluim(pje)?|(bedank|dank)(je)?(kaart|brief|mail|bericht)(je)?\s+(van|aan)|((hartelijk|veel)\s+)?dank\s+(aan|voor)|bedankt\s+(aan|voor)|(wij|we)\s+zijn\s+((erg|heel|zeer|bijzonder)\s+)?(blij|trots|tevreden|dankbaar)\s+(met|op|voor))\b/i;
/**
 * A complaint told, not asked: "Lift Kattenburg alweer kapot, niemand komt", "al weken stuk", "… We hebben het al drie keer
 * gemeld".
 */
const COMPLAINT_TOLD =
  /\b(alweer|nog steeds|al weken|al maanden)\s+(kapot|stuk|defect|vies)\b|\bniemand\s+(komt|kwam|reageert|belt|doet)\b|\bal\s+(\S+\s+)?(keer|maal)\s+(gemeld|aangegeven|doorgegeven)\b/i;

/**
 * What dictation writes down of the commands said to it, alone on the line: "ok google", "hey siri", "stop opname",
 * "nieuwe regel", "punt", "komma".
 */
const DICTATION = /^(?:o\.?k\.?(?:e|é|ay)?\s+google|h[eé]y?\s+(?:siri|google)|stop\s+(?:de\s+)?opname|opname\s+(?:stoppen|stop|gestopt)|nieuwe\s+(?:regel|alinea)|punt|komma|dubbele\s+punt)\s*[.!]?$/iu;

/**
 * What a chat pasted into a sheet says besides the work, one message a row: the app's own lines ("Anja heeft Ruud
 * (Woonwaarts) toegevoegd", "Dit bericht is verwijderd"), a link alone, assent ("top, doen we", "👍"), a greeting that
 * opens the talk ("Welkom Ruud! …", "Goedemorgen! … Zullen we …?"), a joke, a correction of an earlier message
 * ("correctie: niet oktober maar september"), and a question that asks another to do the work ("Ingrid, kun jij dan ook
 * de sessie … meenemen?", "En een huurdersavond in Druten-Zuid in het najaar?"). The message that takes the work on is
 * the activity ("ok dan nemen wij de huurdersavond: oktober …").
 */
const CHAT_SYSTEM_LINE =
  /^(\S[^:]{0,40}\s)?(heeft\s+[^:]{1,60}\s+(toegevoegd|verwijderd)|is\s+(toegevoegd|lid\s+geworden)|heeft\s+de\s+groep\s+verlaten|heeft\s+de\s+groep\s+aangemaakt)\s*\.?$|^((u\s+heeft\s+)?dit\s+bericht\s+(is\s+)?verwijderd|<\s*media\s+weggelaten\s*>|berichten\s+en\s+oproepen\s+zijn\s+end-to-end)/iu;
const LINK_ALONE = /^(https?:\/\/|www\.)\S+$/i;
const ASSENT =
  /^(👍+|👌|top|prima|ok(é|e|ay)?|goed(\s+zo)?|eens|akkoord|super|mooi|klinkt\s+goed|is\s+goed|helemaal\s+goed|ja(\s+hoor)?|yes|dank(je|\s+je|\s+jullie)?(\s+wel)?|bedankt|thanks)([\s,.!]+(doen|regelen|pakken|nemen)\s+(we|wij|ik)(\s+\p{L}+)?)?[\s,.!]*\p{Extended_Pictographic}*[\s!]*$/iu;
const CHAT_GREETING = /^(goedemorgen|goedemiddag|goedenavond|hoi|hallo|hey|welkom)\b[^.?!]{0,30}!/iu;
const JOKE = /^(\p{Extended_Pictographic}*(😂|🤣|😅|😆|😄)|haha|hihi|lol\b)/iu;
const CORRECTION = /^(correctie|verbetering|oeps|sorry,?\s+ik\s+bedoel)\s*[:!,]/i;
/**
 * A question that asks another to take the work, after at most a few words ("Top. Ingrid, kun jij …?", "Dank! Vraag van
 * ons: willen jullie …?"), or a proposal asked ("En een huurdersavond …?"). Not work with a question in it ("Zelf 2x per
 * jaar een huurdersavond over overlast: waar kun je terecht?").
 */
const ASKS_ANOTHER =
  /^([^\s?]+[\s,.:!]+){0,4}?(kun|kan|wil|zou|willen|kunnen|zouden|doen|gaan|nemen|pakken)\s+(jij|je|jullie|u)\b[^?]*\?+\s*$|^(en\s+)?(een|de|het|nog)\s+[^?.!:]{3,80}\?+\s*$/iu;

/** Why a chat message is talk, not work; undefined where it may be work. */
function chatReason(text: string): { code: string; why: string } | undefined {
  if (CHAT_SYSTEM_LINE.test(text)) return { code: 'remark-row', why: 'is een melding van de app waarin gechat werd, geen activiteit' };
  if (LINK_ALONE.test(text)) return { code: 'remark-row', why: 'is alleen een link, geen activiteit' };
  if (ASSENT.test(text)) return { code: 'remark-row', why: 'stemt alleen in met een ander bericht, geen activiteit' };
  if (JOKE.test(text)) return { code: 'remark-row', why: 'is een grap in het gesprek, geen activiteit' };
  if (CORRECTION.test(text)) return { code: 'remark-row', why: 'verbetert een eerder bericht; de verbetering staat niet bij dat bericht zelf. Pas dat bericht aan' };
  // A greeting that opens the talk with a question ("Goedemorgen! … Zullen we op een rij zetten wat we doen?") asks; it plans nothing.
  if (CHAT_GREETING.test(text) && (/\?\s*$/.test(text) || !OWN_ACTION.test(text))) return { code: 'remark-row', why: 'opent het gesprek, en er staat geen werk van de partij zelf bij' };
  if (OWN_ACTION.test(text)) return undefined;
  if (ASKS_ANOTHER.test(text)) return { code: 'remark-row', why: 'vraagt een ander om het werk te doen, en er staat niet bij dat het gedaan wordt' };
  return undefined;
}

/** Why a row is talk, not work; undefined where it may be work. */
export function talkReason(act: ReadActivity): { code: string; why: string } | undefined {
  const text = ownText(act);
  if (REPEAT_MARK.test(text) && !ownWordsBeside(act)) {
    return { code: 'remark-row', why: `herhaalt alleen de regel erboven (${quote(text)}) en noemt zelf niets: geen eigen activiteit` };
  }
  const quoted = QUOTED.exec(text);
  if (quoted && !OWN_ACTION.test(quoted.groups?.rest ?? '')) return { code: 'remark-row', why: 'citeert een bewoner of huurder, en er staat geen werk van de partij zelf bij' };
  if (CALL.test(text) && text.split(/\s+/).length <= CALL_WORDS && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'is een belletje of mailtje om te doen, geen activiteit' };
  if (SLIDE_TALK.test(text)) return { code: 'remark-row', why: 'hoort bij de presentatie (een slotdia of een aantekening voor de spreker), geen activiteit' };
  if (RECEIPT.test(text)) return { code: 'remark-row', why: 'is een bevestiging van ontvangst of een automatisch antwoord, geen activiteit' };
  if (DICTATION.test(text)) return { code: 'remark-row', why: 'is een opdracht aan de spraakherkenning, meegeschreven bij het inspreken: geen activiteit' };
  if (COMPLIMENT.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'is een compliment of een woord van dank, geen activiteit' };
  if (COMPLAINT_TOLD.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'is een klacht, en er staat geen werk van de partij zelf bij' };
  const chat = chatReason(text);
  if (chat) return chat;
  const asked = COMPLAINT_ASKED.exec(text);
  if (asked && !OWN_ACTION.test(asked.groups?.rest ?? '')) return { code: 'remark-row', why: 'is een vraag of klacht aan een ander, en er staat geen werk van de partij zelf bij' };
  return undefined;
}

