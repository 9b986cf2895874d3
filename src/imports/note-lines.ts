// Lines in a partner's sheet that are about the document, not an activity:
// who drew it up ("Opgesteld door: afdeling Vastgoed & Wonen"), when it was
// adopted ("Vastgesteld in het MT van 16 juni 2026"), a signature ("Namens het
// bestuur,"), a source or a remark ("Bron: …", "N.B. …"), a date, a contact
// line with an e-mail address, a mail's greeting, apology or "PS: …". Recognised by their wording only: where a line
// stands is the table reader's business (table.ts). Pure.
import { MONTH } from '../domain/dates-in-text';

/** The start of a note: a label, a signature, a footnote mark. */
const NOTE_STARTS = [
  String.raw`n\.?\s?b\.?(?=[\s:]|$)`,
  String.raw`(voet)?noot\b`,
  String.raw`(opmerking(en)?|opm\.?)\s*:`,
  String.raw`let op\s*[:!–—-]`,
  // The werkgroep secretary's remark typed in the partner's table, as the file went back and forth: "SECR: dubbel met
  // rij 6?", "— secr.: mist hier niet de wijkschouw Deest?". Not "Secretariaat werkgroep …", a party's work.
  String.raw`[—–-]?\s*(opm\.?\s+)?(secr\.?|secretaris)\s*:`,
  String.raw`bron(nen)?\s*:`,
  String.raw`toelichting\s*:`,
  // What a column or the codes in it mean: "Toelichting kolom 'Wie': DK = De Kernen, BR = Bewonersraad".
  String.raw`toelichting\s+(op\s+)?(de\s+)?(kolom(men)?|afkortingen|codes|rollen)\b[^:]{0,40}:`,
  // Something told for the reader's information, not planned: "ter info: sloop-nieuwbouw in Weurt".
  String.raw`ter\s+(info|informatie|kennisname)\b`,
  String.raw`\*`,
  '[¹²³]',
  String.raw`\(\d\)\s`,
  String.raw`versie\b`,
  String.raw`vastgesteld\b`,
  String.raw`opgesteld\b`,
  String.raw`laatst (bijgewerkt|gewijzigd)\b`,
  String.raw`bijgewerkt (op|d\.?\s?d\.?)\s`,
  String.raw`ingevuld (door|op)\b`,
  // "Ingevuld: M. Jansen (De Kernen); 25-6-2027": who filled it in, a name after the label.
  String.raw`ingevuld\s*:\s*\p{Lu}`,
  // "ingevuld DK vastgoed jun. 2026": who filled it in and when, the line ending in the year.
  String.raw`ingevuld\b[^.:;]{0,40}?(\p{L}+\.?\s+)?20\d\d\s*\.?$`,
  String.raw`goedgekeurd\b`,
  String.raw`akkoord\s*(bestuur|directie|college|mt|wethouder)?\s*:`,
  String.raw`(onder)?getekend\b`,
  String.raw`w\.\s?g\.\s`,
  // "Namens het bestuur," — not "Namens de huurders zitting nemen in …"; "Namens De Kernen," below.
  String.raw`namens\s+(het|de)\s+(bestuur|directie|college|raad|werkgroep|afdeling|mt)\b`,
  // A mail's greeting and what it opens with: "Hoi Ria,", "Beste werkgroep,", "Excuses voor de late reactie, …", "PS: …".
  String.raw`(hoi|hallo|beste|geachte|dag|goedemorgen|goedemiddag)\s+[^.!?,]{1,30},\s*$`,
  // A greeting, then what the mail sends: "Beste Marieke,  Hieronder onze plannen voor 2027 …" (not "Hoi Marieke, Nieuwbouw …").
  // A few words may come first: "Beste Annet, namens het bestuur hierbij wat HBD in 2027 wil doen", "Goedemiddag Annet, hierbij …".
  String.raw`(hoi|hallo|beste|geachte|dag|goedemorgen|goedemiddag|goedenavond)\s+[^.!?,\n]{1,30},\s*([^.!?,\n]{1,30}\s)?(hierbij|hieronder|bijgaand|in\s+de\s+bijlage|zoals\s+(besproken|beloofd|afgesproken|gevraagd))\b`,
  // What the mail sends, said first: "Hierbij onze activiteiten voor 2027.", "Hieronder ons lijstje voor 2028".
  String.raw`(hierbij|hieronder|bijgaand)\s+(onze|ons|de|het|mijn)\b[^.!?]{0,40}?\b(activiteiten|overzicht|lijst(je)?|planning|plannen|jaarplan(ning)?|inzet)\b`,
  // A mail's header pasted along, on one line or several: "Van: Gerda Willems  Verzonden: dinsdag 15 juni 2026 …".
  String.raw`(van|from)\s*:[^\n]{1,80}?\s+(verzonden|sent|datum|date|aan|to)\s*:`,
  // A mind map's line between two of its nodes, exported as a row: "→ verbonden met: Deest Zuid ↔ Wilgenland".
  String.raw`[→⇒]?\s*(verbonden\s+met|relatie\s+met|gerelateerd\s+aan)\s*:`,
  // What the mail had attached: "Bijlage: jaarplanning HBD 2027.pdf".
  String.raw`bijlage(n)?\s*:`,
  // "Sorry, ingesproken in de auto – morgen nalopen": an apology opens a line to the reader, not a plan.
  String.raw`(excuses\s+(voor|dat)|sorry)\b`,
  String.raw`p\.?\s?s\.?\s*:`,
  String.raw`met vriendelijke groet`,
  // The other ways a mail closes: "Groet, Ruud Hendriks", "Hartelijke groet, Els", "Vriendelijke groeten,".
  String.raw`(vriendelijke|hartelijke)\s+groet(en)?\b`,
  String.raw`groet(en)?\s*,`,
  // Who signs for a public body, alone on the line: "De secretaris,", "De burgemeester,", "Burgemeester en wethouders van Druten,".
  String.raw`(de\s+)?(secretaris|gemeentesecretaris|burgemeester|locoburgemeester|voorzitter|penningmeester|griffier|wethouder|directeur(-bestuurder)?|bestuurder)\s*,?\s*$`,
  String.raw`burgemeester en wethouders( van [\p{L} -]+)?\s*,?\s*$`,
  String.raw`handtekening\b`,
  String.raw`paraaf\b`,
  String.raw`ondertekening\b`,
  String.raw`datum\s*:`,
  String.raw`d\.\s?d\.\s`,
  String.raw`contact(persoon|gegevens)?\s*:`,
  String.raw`contactpersoon\b`,
  // Who to ask, per team: "Aanspreekpunten Druten: N&T – S. Wouters; Bestaand Bezit – P. Claassen".
  String.raw`(aanspreekpunt(en)?|contactpersonen|wie\s+is\s+wie)\b[^:]{0,40}:`,
  // Where a document is kept: "Overdrachtsnotitie afd. Vastgoed → team N&T staat op SharePoint (map Overdracht 2026)".
  String.raw`(overdracht\p{L}*|notitie|document|dossier|verslag|bestand)\b[^;]{0,80}?\bsta(at|an)\s+(op|in)\s+(sharepoint|teams|onedrive|de\s+(gedeelde\s+)?(schijf|map|server)|het\s+dms)\b`,
  // "Voor vragen: …@…" — not "Bij vragen over de huurverhoging verwijzen naar het spreekuur".
  String.raw`(voor|bij) vragen\b[^@]*@`,
  String.raw`vragen(\s+of\s+(ideeën|ideeen|opmerkingen|suggesties))?\s*[?:]`,
  // A list written for tenants, as its newsletter or website has it: "Beste huurder, wat fijn …", "Hallo buren!",
  // "Meld u aan! …", "Tip: houd het koel …", "Goed om te weten: een warmtepomp werkt anders …" (not where the box
  // gives the year's measure: "Goed om te weten: … gaat uw huur op 1 juli 2028 niet omhoog").
  String.raw`(beste|geachte|hallo|hoi|lieve)\s+(huurders?|bewoners?|buren|lezers?|leden)(\s+(van|in|aan|uit)\s+[^,!\n]{1,30})?\s*[,!]`,
  String.raw`meld\s+(u|je)\s+(nu\s+)?aan\s*!`,
  String.raw`tips?\s*[:!]`,
  String.raw`goed\s+om\s+te\s+weten\s*[:!](?!.*\b20\d\d\b)`,
  // A question to whoever reads the list: "Vraag aan de secretaris: horen onze activiteiten …?"
  String.raw`vraag (aan|voor) (de |het )?(secretaris|werkgroep|gemeente|lezer)\b`,
  String.raw`disclaimer\b`,
  String.raw`legenda\b`,
  // What the abbreviations mean: "Afkortingen: HAG = hoge aftoppingsgrens, LAG = lage aftoppingsgrens".
  String.raw`(gebruikte\s+)?afkortingen\s*:`,
  // A legend without its label: a mark, "=", what it means ("x = de activiteit vindt in deze kern plaats").
  String.raw`[x✓✔●■◆▲*]\s*=\s+\p{L}`,
  // What the sheet's own rows or columns mean: "Groepsregels: tekst van de afspraak …", "Grijze rijen: afgerond", "Kolom F: …".
  String.raw`(groeps|grijze?|gele?|groene?|oranje|blauwe?|rode?|vetgedrukte|cursieve|gekleurde|lege)\s?(regels?|rijen|cellen)\s*:`,
  String.raw`kolom(men)?\s+[a-z]{1,2}((\s*,\s*|\s+en\s+)[a-z]{1,2})*\s*:`,
  // "Rijen in grijs zijn vorig jaar afgerond", "Regels in het geel: nieuw".
  String.raw`(de\s+)?(rijen|regels|cellen)\s+(in\s+)?(het\s+)?(grijs|geel|groen|oranje|blauw|rood|cursief|vet|kleur)\b`,
  String.raw`pagina \d+ (van|/) \d+`,
  // What a chapter holds, before its lines: "In dit hoofdstuk: …", "Deze paragraaf beschrijft …".
  String.raw`in (dit|deze) (hoofdstuk|paragraaf|bijlage|deel|jaarplan|plan|overzicht|document|notitie)\b`,
  // The opening of a memo or plan: "Voor u ligt de inzet van de gemeente Druten voor 2027, …".
  String.raw`voor u ligt\b`,
  String.raw`(dit|deze) (hoofdstuk|paragraaf|bijlage) (beschrijft|bevat|geeft|gaat)\b`,
  // A remark in brackets, the whole line: "(nog aanvullen na de ledenavond)", "(verder niets nieuws)".
  String.raw`\([^()]{3,}\)\s*$`,
  // A line drawn across the sheet, with or without words: "- - - - streep: hieronder doen we niet".
  String.raw`[-_=–—](\s?[-_=–—]){2,}`,
];
const NOTE_START = new RegExp(`^(?:${NOTE_STARTS.join('|')})`, 'iu');
/** "Namens De Kernen, M. de Vries": on behalf of a name, then a comma. */
const ON_BEHALF_OF_NAME = /^[Nn]amens\s+\p{Lu}[^,:]{0,40}[,:]/u;

/** A label alone in its cell, its value in the next cells: "Opgesteld door:", "Paraaf", "Naam:", "Legenda:" (then "groen = loopt al" …). */
const LABEL_ALONE = /^(legenda|opmerking(en)?|datum|paraaf|handtekening|ondertekening|opgesteld( door| op)?|vastgesteld( door| op| in)?|ingevuld door|contactpersonen|contactpersoon|contactgegevens|namens|goedgekeurd door)\s*:?$/i;
const LABEL_WITH_COLON = /^(naam|functie|plaats|e-?mail|telefoon|tel\.?|contact|bron|versie|status|akkoord)\s*:$/i;

/** A date with a day and nothing else, perhaps after a place: "16-06-2026", "Druten, 16 juni 2026", "d.d. 3 juni 2026". */
const DATE_LINE = new RegExp(
  `^(\\p{L}[\\p{L} '-]{0,40},\\s*)?(d\\.?\\s?d\\.?\\s*)?(\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{2}|\\d{4})|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\.?$`,
  'iu',
);

export const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(\.[\p{L}\d-]+)+/u;
const EMAILS = new RegExp(EMAIL.source, 'gu');
/**
 * A telephone number as people type it: "0487 - 50 12 00", "0487 – 58 88 00", "06 - 11 22 33 44", "+31 24 700 00 00":
 * nine figures after the 0 or +31. Not a date ("03-05-2027", as a planning tool's export writes it).
 */
export const PHONE_NUMBER = /(\+31|\b0)(?:[\s\-–]*\d){9,}/;
const PHONE = new RegExp(PHONE_NUMBER.source, 'g');
const CONTACT_WORDS = /\b(tel|telefoon|e-?mail|mail|mailadres|contact|contactpersoon)\b\.?:?/gi;
/** Small words inside a name or a department: "M. de Vries", "afdeling Vastgoed & Wonen", "team Wonen". */
const NAME_WORDS = new Set(['de', 'van', 'der', 'den', 'ter', 'het', 'en', 'team', 'afdeling', 'secretariaat', 't.a.v.', 'tav', 'drs.', 'ir.', 'mr.', 'ing.']);

/**
 * A name or a department with an e-mail address and nothing else:
 * "M. de Vries, m.devries@dekernen.nl, 0487 51 23 40". An activity that
 * mentions an address ("Aanmelden via info@hbd.nl") says what is done with it,
 * in words a name does not have.
 */
function isContactLine(text: string): boolean {
  if (isPhoneLine(text)) return true;
  if (!EMAIL.test(text)) return false;
  const rest = text.replace(EMAILS, ' ').replace(PHONE, ' ').replace(CONTACT_WORDS, ' ');
  const words = rest.match(/\p{L}[\p{L}'.-]*/gu) ?? [];
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_WORDS.has(w.toLowerCase()));
}

/** Who wrote it, then when: "HBD secretariaat – juni 2026", "Woonwaarts, team Vastgoed & Wonen – stand 30 september 2026, …". */
const SIGNED = new RegExp(String.raw`^([^–—:;]{2,60}?)\s*[–—-]\s*(stand|versie|status)?\s*(\d{1,2}\s+)?${MONTH}\.?\s+20\d\d\b`, 'iu');
const SIGNER = /\b(team|afdeling|secretariaat|bestuur|directie)\b/i;

/**
 * A line that signs the list: a team, a department or a board (its words names, as in a signature), then when.
 * Not work that names a month: "Huurdersavond met het bestuur – juni 2027" has words no name has.
 */
function isSignedLine(text: string): boolean {
  const signer = SIGNED.exec(text)?.[1];
  if (signer === undefined || !SIGNER.test(signer)) return false;
  const words = signer.match(/\p{L}[\p{L}'.&-]*/gu) ?? [];
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_WORDS.has(w.toLowerCase()) || SIGNER.test(w));
}

/** A mail's closing: "Met vriendelijke groet,", "Groet, Ruud Hendriks", "Hartelijke groet, Els". */
const CLOSING = /^(met\s+)?((vriendelijke|hartelijke)\s+)?groet(en)?\b/i;

/** Whether a line opens as a mail's closing; the lines right under it are its signature (table.ts). */
export function isClosing(text: string): boolean {
  return CLOSING.test(text.trim());
}

/** A mail's address block: a phone number among a name, hours, a website: "De Kernen | T 0487 - 50 12 00 | bereikbaar ma t/m vr". */
function isPhoneLine(text: string): boolean {
  return PHONE_NUMBER.test(text) && (text.includes('|') || /\b(bereikbaar|aanwezig|postbus|www\.)/i.test(text) || /^(t|tel\.?|telefoon)\s*[:.]?\s*(\+31|0)/i.test(text));
}

const PHONE_ALONE = new RegExp(String.raw`^(${PHONE_NUMBER.source})\s*(\([^()]*\))?$`);

/** A telephone number alone in its cell, perhaps with when to call: "06 - 18 27 36 45 (na 18.00 uur)". */
export function isPhoneNumber(text: string): boolean {
  return PHONE_ALONE.test(text.trim());
}

/** A line about what the sheet leaves out: "Lopende projecten uit 2026 staan hier niet opnieuw (zie vorig jaar)." */
const NOT_HERE = /\b(?:staan|staat)\s+hier\s+(?:niet|ook\s+niet)\b/i;

/** Worded as a note: a label, a signature, a source, a footnote mark ("Opgesteld door: …", "Namens het bestuur,", "Bron: …"). */
export function isNoteWording(text: string): boolean {
  const t = text.trim();
  if (NOT_HERE.test(t)) return true;
  return t !== '' && (NOTE_START.test(t) || ON_BEHALF_OF_NAME.test(t) || LABEL_ALONE.test(t) || LABEL_WITH_COLON.test(t));
}

/**
 * A line that is about the document, never an activity: worded as a note, or
 * a date or a contact line standing alone. (A date in a planning column is a
 * planning: the table reader asks this only of a line where a note can stand.)
 */
export function isNoteLine(text: string): boolean {
  const t = text.trim();
  return isNoteWording(t) || DATE_LINE.test(t) || isContactLine(t) || isSignedLine(t);
}

/** A label alone in its cell ("Opgesteld door:", "Datum", "Naam:"): its row holds the label's value, not an activity. */
export function isNoteLabel(text: string): boolean {
  const t = text.trim();
  return LABEL_ALONE.test(t) || LABEL_WITH_COLON.test(t);
}

/**
 * A line in an agenda that says nothing takes place: "Zomerstop: geen
 * vergaderingen en geen spreekuur", "Kerstreces", "Geen overleg in juli",
 * "Vergadering vervalt (kerst)"; or
 * a meeting's own formalities: "Geen punten" at the rondvraag, "Verslag van
 * 13 januari vastgesteld". Not "Geen huurverhoging voor woningen met label
 * D", which is something done.
 */
const PAUSE_LINE =
  /^(?:(?:zomer|kerst|voorjaars|herfst)?(?:stop|reces|pauze|vakantie(?:periode)?)\b|geen\s+(?:vergadering(?:en)?|spreekuur|spreekuren|bijeenkomst(?:en)?|overleg|nieuwsbrief)\b|(?:de\s+)?(?:vergadering|overleg|bijeenkomst|spreekuur)\s+(?:vervalt|gaat niet door|afgelast)\b|geen\s+(?:punten|agendapunten|bijzonderheden|vragen|opmerkingen)\s*[.!]?$|niets\s+(?:te\s+melden|bijzonders)\s*[.!]?$|(?:verslag|notulen)\b.{0,60}\b(?:vastgesteld|goedgekeurd)\s*[.!]?$)/i;

/**
 * A line drawn across a list that says the rows under it are not done: "- - - streep: hieronder
 * doen we niet in 2028", "——— onder deze lijn: vervalt ———". Only a drawn line says so; a sentence
 * ("De activiteiten hieronder zijn nog niet begroot") does not.
 */
const CUT_OFF_LINE = /^[-_=–—](\s?[-_=–—]){2,}.*\b(hieronder|onder (deze|de) (lijn|streep))\b.*\b(niet|geen|vervalt|vervallen|afgevallen)\b/i;

export function isCutOffLine(text: string): boolean {
  return CUT_OFF_LINE.test(text.trim());
}

/** A plan line saying last year's activity ends: "stopt – De Kernen regelt dit nu zelf", "Vervalt: …". */
const STOPS = /^(stopt|gestopt|vervalt|vervallen|komt te vervallen)\s*[-–—:.]/i;

/**
 * The office closed or people away, in a calendar or a capacity plan: "Tweede Paasdag – kantoor dicht",
 * "Gemeentehuis gesloten (Hemelvaart)", "Zomersluiting kantoor (alleen storingen)", "Verlof / feestdagen", a
 * holiday with nothing on it ("Tweede Paasdag – geen activiteiten"), a day off ("vrij"). Read without what
 * stands in brackets: "Personeelsuitje (kantoor vanaf 12.00 uur gesloten)" is the outing. Not "Spreekuur in
 * het kantoor van HBD".
 */
const CLOSED =
  /\b(kantoor|kantoren|gemeentehuis|balie|loket|servicepunt)\b.{0,30}\b(dicht|gesloten)\b|^(zomer|kerst|winter)sluiting\b|^(verlof|vakantie|feestdagen|ziekteverzuim)(\s*(\/|&|,|en)\s*(verlof|vakantie|feestdagen|ziekteverzuim))*\s*$|^vrij(e\s+dag)?\s*\.?$/i;
const HOLIDAY_OFF =
  /^((eerste|tweede)\s+)?(paasdag|pinksterdag|kerstdag|pasen|pinksteren|kerstmis|hemelvaart(sdag)?|koningsdag|bevrijdingsdag|nieuwjaarsdag|goede\s+vrijdag)\s*([–—:-]\s*(geen\s+activiteit(en)?|gesloten|dicht|vrij)\s*\.?)?$/i;

export function isPauseLine(text: string): boolean {
  const t = text.trim();
  const unbracketed = t.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return PAUSE_LINE.test(t) || STOPS.test(t) || CLOSED.test(unbracketed) || HOLIDAY_OFF.test(unbracketed) || isNoActionMinute(t);
}

/**
 * A minute that records nothing will be done: "Besproken: houtstook. Geen actie voor ons, eerst
 * besluit gemeente afwachten"; a risk accepted as it is: "Accepteren: weinig invloed, geen extra
 * maatregel". Not one that also records what was agreed ("Afgesproken: …", "Actie Gerrit: …").
 */
const NO_ACTION = /\b(geen\s+((extra|verdere|aanvullende|nieuwe)\s+)?(actie|acties|vervolg|vervolgactie|maatregel|maatregelen)|ter\s+kennisgeving(\s+aangenomen)?)\b/i;
const AGREED = /\b(afgesproken|besloten|actie\s+\p{L}+\s*:|actiepunt)/iu;

function isNoActionMinute(text: string): boolean {
  return NO_ACTION.test(text) && !AGREED.test(text);
}
