// Rows that tell rather than plan: a remark on an earlier year, what an earlier year achieved, measured or found (a
// study's outcome, a survey's or a schouw's findings), how things stood on an earlier date, an incident with its earlier
// date, what a law or rule says, the routine said to go on, a break, what an indicator means, a scheme's conditions, a
// pointer to a map, an appendix or a jaarverslag, who attended or who the members are, when a body meets, a meeting
// held before the year with what it decided, what an evaluation found, a legal term's or the agreement's length, a
// national matter, a medium's reach, copy dates, a house style rule, a reader's quote, a plot's cadastral data, one
// household's own case or one case, who is away, contact details, a supplier's offer, figures set beside the work to
// compare, a look back or past the year, a policy in force or a plan adopted before it, an earlier decision against the
// work, a sum, "conform vorig jaar", a meeting's agenda pasted in, one tenant named by the street, an introduction to the
// list, "geen inzet van …". Status-rows.ts asks toldNotPlanned of each row it reads. Pure.
import { LOWER_VERB, yearOfFigures } from './figure-text';
import { EMAIL, PHONE_NUMBER } from './note-lines';
import { quote } from './problems';
import { OWN_ACTION, OWN_VERBS } from './talk-rows';
import type { ReadActivity } from './types';
import { yearsOf } from './years';

/**
 * What an earlier year achieved, as an annual report writes it: "Resultaat 2025: 141 sociale huurwoningen opgeleverd";
 * or what a study, survey or evaluation of that year found: "Uitkomst woningbehoefteonderzoek 2025: …", "Uitslag ledenenquête voorjaar 2027: …",
 * "Conclusie tussenevaluatie juni 2027: doorstroming blijft achter …".
 */
const RESULT_OF_YEAR = /^((resultaat|resultaten|behaald|gerealiseerd|bereikt)\s+(in\s+)?|(?<found>uitkomst(en)?|uitslag(en)?|conclusies?|bevinding(en)?)\s+[^:]{3,60}?\s)(?<year>20\d\d)\)?\s*:/i;
/**
 * After an aim or a result, the year's work said in the same cell: "Doel: … Actie: voorlichtingsavond …",
 * "Beleidsdoel: … Prestatie 2028: werkafspraken … evalueren", "Doel: … In 2028 denken wij mee …".
 */
export const WORK_AFTER = /[.;]\s+((actie|acties|prestatie|activiteit|maatregel)(\s+20\d\d)?\s*:|(daarom|in\s+20\d\d)\b[^.;]*\b(wij|we)\b)/i;
/**
 * An incident told with its date, opening the row: "Storm 18 feb. 2026: pannen en goten …", "Leidingbreuk cpl. De Wilgenhof
 * 2 april 2026: …", "Brand Julianastraat 14-3-2027". What happened then; the work it asks for is a row of its own.
 */
const INCIDENT =
  /^(storm|\p{L}*brand|leidingbreuk|lekkage|wateroverlast|stormschade|overstroming|hoosbui|wolkbreuk|noodweer|hagelbui|explosie|gaslek|stroomstoring|calamiteit|faillissement)(?![\p{L}])/iu;
/**
 * A law, a national agreement or a legal term named first, and what it says: "Wet versterking regie volkshuisvesting:
 * gemeente moet huurdersorganisaties betrekken …", "NB: Wet … per 1-1-2027 in werking; … worden verplicht", "Wettelijke
 * termijn: … uiterlijk 1-1-2032 omgezet …", "Nationale Prestatieafspraken: alle corporaties eind 2028 geen … label E, F of G".
 * The rule, not the party's work; "Wet goed verhuurderschap: verhuurvergunning … invoeren" is work.
 */
const LAW_FIRST = /^((n\.?\s?b\.?|let\s+op|ter\s+info)\s*[:!–—-]?\s*)?((de\s+)?(wet|wettelijke\s+(termijn|plicht|eis|norm))(?![\p{L}])|nationale\s+prestatieafspraken\b|npa\b|\p{L}*wet\b|wmo(\s+20\d\d)?\s*:|rijkskader\b|avg\b)/iu;
/** A remark that the row is the law's or the nation's frame: "landelijk kader", "wettelijk kader", "wettelijke termijn". */
const LAW_REMARK = /^(landelijk|wettelijk|wettelijke)\s+(kader|regel(ing)?|termijn|verplichting|eis)\s*\.?$/i;
/** A law or regulation quoted by its article: "Huisvestingswet 2014 art. 28: het college draagt zorg voor …", "Art. 7:220 lid 3 BW: …", "Huisvestingsverordening Rivierenland art. 2.6: …". */
const LAW_ARTICLE =
  /^(zie\s+)?(\p{L}*(wet|verordening)(\s+\p{Lu}\p{L}+)?(\s+20\d\d)?\s+)?art(\.|ikel)\s*\d+[a-z]?([:.]\d+)*(\s*(,|en|t\/m)\s*\d+[a-z]?)*(\s+lid\s+\d+)?(\s+(bw|hvv|hvw|\p{L}*wet(\s+20\d\d)?))?\s*:/iu;
const LAW_SAYS = /\b(moet(en)?|geldt|gelden|max(imaal|imum)?|treedt|in\s+werking|van\s+kracht|verplicht|uiterlijk|alle\s+(woning)?(corporaties|gemeenten|verhuurders)|art(\.|ikel)\s*\d+)\b/i;
/** How a household's title is written, capital or not: "Mevr.", "mw", "Dhr.", "de heer", "Fam.". */
const TITLE = String.raw`(?:[Mm]evr(?:ouw)?|[Mm]w|[Dd]hr|[Dd]e\s+heer|[Ff]am(?:ilie)?)`;
/**
 * One household's own case, named as the row's subject by a title and initials, or by a tenant's number: "Mevr. K.
 * (Deest) bijstaan bij klacht …", "Urgentieaanvraag gezin v. K. …", "Bezwaar fam. T. …", "Geschil huurder Waalstraat
 * (huurnr. 2210-045) …". Not work for many that names one as its cause ("Vochtklachten Hoogstraat (o.a. mevr. J.): alle
 * 24 woningen …", "… – aanleiding casus mevr. H.").
 */
const ONE_HOUSEHOLD = new RegExp(
  String.raw`^(?:[^\s()]+\s+){0,2}?((?:${TITLE}|gezin|echtpaar)\.?\s+(?:(?:v\.\s?d\.|van(?:\s+de[rn]?)?|de)\s+)?\p{Lu}\.)(?![\p{L}])`,
  'iu',
);
/** A title and a surname, as a household is named: "Mevr. Peters", "Mw. de Vries", "Mevr. De Wit", "Dhr. van der Linden". */
const TITLED_NAME = String.raw`${TITLE}\.?\s+(?:(?:[Vv]an(?:\s+de[rn]?)?|[Dd]e)\s+)?\p{Lu}\p{L}+`;
/** A household named by title and surname with its address: "Mevr. Peters, Kloosterakker 7: schimmel …". */
const HOUSEHOLD_AT = new RegExp(String.raw`^(${TITLED_NAME}),\s*\p{Lu}\p{L}+(?:\s+\p{L}+)?\s+\d+`, 'u');
/**
 * A household named by title and surname with its street, address or buurt in brackets, asking, pleading or telling of
 * its own money, or told of: "Mw. de Vries (Kattenburg): voorschot … € 245 per maand, klopt dat?", "Mevr. De Wit
 * (Hoogstraat 112): al drie zomers 30 graden in de slaapkamer … Graag actie!", "Dhr. Jansen (Druten-Zuid) staat 9 jaar
 * ingeschreven …".
 */
const HOUSEHOLD_IN = new RegExp(
  String.raw`^(${TITLED_NAME})\s*\(\p{Lu}\p{Ll}+(?:[\s-]\p{L}+)?(?:\s+\d+[a-z]?)?\)\s*(?::(?=[^]*([?!]|€\s*\d))|\s(?=(staat|wil|vraagt|klaagt|meldt|woont|wacht)\b))`,
  'u',
);
/** A supplier's offer pasted in, its price with it: "Offerte Installatiebedrijf Van Wijchen: hybride wp … € 4.850 p/w". Not "Offerte aanvragen bij drie installateurs". */
const OFFER_RECEIVED = /^([Oo]fferte|[Pp]rijsopgave|[Aa]anbieding)\s+(van\s+)?\p{Lu}[^:]{1,60}:(?=[^]*€\s*\d)/u;
/**
 * One tenant named by the street they live in, as the row's subject: "Huurder Anjerstraat: lekkage al sinds 2025, WW moet
 * dit nu eindelijk oplossen", "Bewoonster Kerkstraat 12: …". Not the tenants of a street ("Huurders Anjerstraat: …").
 */
const TENANT_OF_STREET =
  /^((?:[Ee]en\s+)?(?:[Hh]uurder|[Hh]uurster|[Bb]ewoner|[Bb]ewoonster)\s+(?:(?:aan|van|in)\s+de\s+)?\p{Lu}\p{L}*(?:straat|weg|laan|plein|hof|singel|dreef|kade|gracht|pad|steeg|dijk|erf|ring|wal)(?:\s+\d+[a-z]?)?)\s*:/u;
/** A report by one tenant about one address: "Melding bewoner Eikenlaan 14: buren kweken vermoedelijk hennep …". */
const REPORT_AT = /^((?:[Mm]elding|[Kk]lacht|[Ss]ignaal)\s+(?:van\s+)?(?:een\s+)?(?:bewoner|huurder)\s+\p{Lu}\p{L}+(?:\s+\p{L}+)?\s+\d+[a-z]?)\s*:/u;
/** Who is away, as a team's note says: "huismeester Deest (Ruud) met verlof juni-juli, vervanging vanuit team Beuningen". */
const STAFF_AWAY = /^(de\s+)?(huismeester|wijkconsulent|wijkbeheerder|consulent|medewerker|secretaris|voorzitter|coördinator|opzichter)\b[^,;:]{0,40}\b(met\s+\p{L}*verlof|met\s+vakantie|afwezig|(langdurig\s+)?ziek(gemeld)?)\b/iu;
/** Contact details: a phone number and an e-mail address in one text ("… tel. 06-41 22 87 19 of info@hbd-huurders.nl"). */
const PHONE = new RegExp(String.raw`\b(tel(efoon)?\.?|telefoonnummer)\s*:?\s*` + PHONE_NUMBER.source, 'i');
/** One case, named as such: "Casus Bloemenbuurt Deest: burenruzie …", "Casus mevr. D.". Not "Casusoverleg". */
const ONE_CASE = /^(casus)(?![\p{L}])/iu;
const TENANT_NUMBER = /\b(huurnr|huurnummer|klantnr|klantnummer|relatienr|relatienummer)\.?\s*:?\s*\d/i;
/**
 * The rest of the ordinary work, named by no task, only said to go on: "Overige reguliere taken team Wonen: zoals elk
 * jaar, zie afdelingsplan", "Overige vaste zaken: idem 2027".
 */
const OTHER_ROUTINE =
  /^(overige|overig|andere)\s+((reguliere|vaste|lopende|dagelijkse|gewone)\s+)?(taken|zaken|werkzaamheden|werk|activiteiten)\b[^:]{0,30}:\s*(zoals\s+(elk|ieder)\s+jaar|als\s+(vorig|elk|ieder)\s+jaar|idem|dito|zie|regulier|doorlopend)\b/iu;
/** A legal term and its length: "Bezwaartermijn omgevingsvergunning De Oude Veiling: 6 weken na bekendmaking". */
const TERM_LENGTH = /^(bezwaar|beroeps?|inspraak|zienswijze)termijn\b[^:]{0,60}:\s*\d+\s*(dagen|weken|maanden|jaar)\b/i;
/**
 * A plot's cadastral data as what the row says of it: "Kavel Julianastraat 2-20: kadastraal Druten K 2318 en K 2319, samen
 * 1.940 m²". Not the work on a plot the label names so: "Kavel Julianastraat (kadastraal Druten K 2318): wij kopen de grond aan".
 */
const CADASTRAL = /^[^:]{2,60}:\s*kadastraal\s+(bekend\s+als\s+)?(gemeente\s+)?\p{Lu}\p{L}+,?\s+(sectie\s+)?\p{Lu}{1,2}\s*\d{2,5}\b/u;
/**
 * A plot described by its size and cadastral data, a list of its facts: "Kavel 2.850 m², kad. Druten sectie K nr. 2117,
 * eigendom gemeente". Not work on a plot that names them in brackets: "Kavel kopen (kad. Druten sectie K nr. 2117) …".
 */
const CADASTRAL_SECTION = /^(kavel|perceel|grond|locatie)\b[^:;,()]{0,40},\s*kad(astraal|\.)\s+(bekend\s+als\s+)?(gemeente\s+)?\p{Lu}\p{L}+,?\s+sectie\s+\p{Lu}{1,2}\s*(nr\.?\s*)?\d{2,5}\b/iu;
/** Figures set beside the work to compare: "Ter vergelijking: …". */
const COMPARISON = /^ter\s+vergelijking(\s+(20\d\d|[^:]{0,30}\b20\d\d))?\s*:/i;
/** A break named, and that nothing happens in it: "juli/aug zomerstop, geen overleg", "Kerstreces – geen spreekuur". */
const BREAK_WITHOUT_WORK = /\b(zomerstop|zomerreces|zomervakantie|kerstreces|kerstvakantie|vakantiestop)\b[^.;]{0,20}\bgeen\s+(overleg|vergadering(en)?|spreekuur|activiteiten|bijeenkomsten)\b/i;
/**
 * A measurement, survey, inspection or evaluation of an earlier year, and what it found: "KWH-reparatiemeting 2027: 7,9
 * (doel 8,0)", "Enquête HBD najaar 2026: 38% van de respondenten …", "Schouw Hof van Horssen nov. 2027: vochtplekken in 5
 * bergingen …", "Conditiemeting NEN 2767 (2027): gem. conditiescore 2,3", "Metingen zomer 2026 Hof van Horssen: 12
 * bovenwoningen, gem. 29,5 °C". Read with what follows: a figure found, and no later year nor work to do ("Wijkschouw 2027:
 * 12 punten bespreken met DK" is work).
 */
const FOUND_IN_YEAR =
  /^[\p{L}-]*(enquête|peiling|meting|schouw|inspectie|evaluatie)(s|en)?(?![\p{L}])[^:]{0,60}?\b(?<year>20\d\d)\)?(\s+\p{Lu}[\p{L}-]*(\s+(van|de|der|den|het|aan|op)?\s*\p{Lu}[\p{L}-]*)*)?\s*:(?<found>.*\d.*)$/isu;
/** The day and month before a year, as a date is written: "1-5-", "14 maart ", "dec. "; or none. */
const DAY_MONTH = String.raw`(\d{1,2}[-/.]\d{1,2}[-/.]|(\d{1,2}\s+)?\p{L}+\.?\s+)?`;
/** How things stood on a date, as a progress note writes it: "Stand 1-5-2027: 13 van 20 huishoudens fase 2 vertrokken". */
const STATE_ON = new RegExp(
  String.raw`^(stand(\s+van\s+zaken)?|peildatum|situatie)\s+(per\s+)?(?<date>${DAY_MONTH}(?<year>20\d\d))\s*:(?<said>.*)$`,
  'isu',
);
/**
 * The conditions of a subsidy or a fund, as its rules write them: "Voorwaarden Groenfonds: max. € 750 per initiatief,
 * minimaal 3 huishoudens, aanvraag vóór 1 mei". Not "Voorwaarden subsidieregeling opstellen".
 */
const CONDITIONS = /^(voorwaarden|spelregels|criteria)(\s[^:]{1,60})?:(?<said>.*)$/is;
/** Where the money or the year is accounted for: a jaarverslag, a jaarrekening, a (meerjaren)begroting. */
const ACCOUNTS = String.raw`jaarverslag|jaarrekening|\p{L}*begroting`;
/**
 * A pointer to where something is shown, the whole row: "Zie hittekaart Klimaatatlas Druten (bijlage 3) voor de buurten
 * met de hoogste gevoelstemperatuur"; or, after a label, to where the money or the year is accounted for: "Alle uitgaven
 * en de bijdrage van De Kernen: zie jaarrekening 2027". Not the row above pointed at ("zie vorige regel, nu ook …", the
 * link's business), nor work that points to an appendix ("Leden werven: zie bijlage voor de folder").
 */
const POINTER = new RegExp(
  String.raw`^zie\s+(?!(de\s+)?(vorige\s+regel|regel\s+hierboven|hierboven|boven)\b)[^.;]{0,60}?(bijlage|\p{L}*kaart|atlas|website|www\.|https?:|rapport|notitie|\p{L}*visie|\p{L}*nota|${ACCOUNTS})`,
  'iu',
);
/**
 * A passage quoted from a report, said so in the label: "Uit ons jaarverslag 2025: "Wij brachten 9 adviezen uit, …"". Not
 * the work a report asks for: "Uit het verslag van de wijkschouw: drie acties oppakken".
 */
const FROM_REPORT = new RegExp(String.raw`^uit\s+(ons|onze|het|de)\s+(${ACCOUNTS}|\p{L}*verslag|rapport|rapportage|evaluatie|notitie|\p{L}*visie)\b[^:]{0,40}:\s*(?<said>["“„].*)$`, 'isu');
/**
 * What was done in a time before the list's year, told in the perfect tense: "Vorig jaar hebben we in Horssen 40 cv-ketels
 * vervangen …", "Dit voorjaar hebben we met Woonwaarts de wijkschouw in Deest gelopen". Not "Dit voorjaar gaan we …".
 */
const DONE_TOLD = /^(vorig|afgelopen|dit)\s+(jaar|voorjaar|najaar|zomer|winter|kwartaal)\s+(hebben|zijn)\s+(we|wij)\b/i;
/** That the list or its figures hold under a reservation: "De planning is onder voorbehoud van de begroting 2028 (raad november)." */
const RESERVATION = /^(de\s+|onze\s+|deze\s+)?(planning|bedragen|inzet|activiteiten|lijst|data|datums)\b[^.]{0,30}?\b(is|zijn|blijft|blijven|staat|staan)\s+onder\s+voorbehoud\b/i;
/** A legend of codes, two or more, each with what it means: "Kosten: B = eigen begroting Bewonersraad, DK = vergoed door De Kernen". */
const CODES_LEGEND = /^[^:=]{2,40}:\s*[\p{L}\d]{1,3}\s*=\s*[^,;=]+([,;]\s*[\p{L}\d]{1,3}\s*=\s*[^,;=]+)+$/u;
/** POINTER's second form: after a label, and to the accounts (or the statuten, a reglement) only. */
const POINTER_TO_ACCOUNTS = new RegExp(String.raw`^[^:]{2,60}:\s*zie\s+[^.;]{0,60}?(${ACCOUNTS}|statuten|\p{L}*reglement)`, 'iu');
/**
 * POINTER's third form: a source's label, then where it is found: "Onderbouwing: risico-inventarisatie brandveiligheid per
 * complex (DK, versie jan. 2027), zie bijlage 2".
 */
const SOURCE_LABEL_POINTER = /^(onderbouwing|bron(nen)?|achtergrond|meer\s+info(rmatie)?)\b[^:]{0,40}:[^]*\bzie\s+(de\s+)?(bijlage|rapport|notitie|website)\b/iu;
/** The source a pointer names, with the years in its name ("meerjarenbegroting De Kernen 2028-2032", "kernenvisie Horssen 2035"): no year of work. */
const SOURCE_NAMED = new RegExp(String.raw`(bijlage|rapport|notitie|\p{L}*visie|\p{L}*nota|${ACCOUNTS})\b[^.;:()]{0,40}?\b20\d\d(\s*[-–]\s*20\d\d)?`, 'giu');
/**
 * What an indicator or a word means, or how a figure is reckoned: "Definitie 'toevoeging sociale huur': bruto aantal …",
 * "Def. indicator label: energielabel volgens NTA 8800 …", "Toelichting rekenwijze 80%: nieuwe verhuringen … gedeeld door …".
 */
const DEFINITION = /^(definitie|def\.|toelichting\s+(op\s+)?(de\s+)?(rekenwijze|berekening))(\s[^:]{1,60})?:(?<said>.*)$/is;
/**
 * Who was there, or who a body's members are, as minutes and member lists write them: "Aanwezig 15-05-2027: gemeente (2),
 * WW, DK, HBD", "Leden: mevr. Jansen (vz), dhr. Arts (secr.), mevr. v.d. Berg": a list. Not "Leden werven: zie bijlage",
 * which plans work.
 */
const WHO_TAKES_PART = /^(aanwezig|afwezig|leden)\b[^:]{0,60}:[^,;]*[,;][^,;]*[,;]/i;
/**
 * When a body meets, as an agenda lists it: a body, a day and month, and a clock time: "Werkgroep 8 febr. / 13 juni / 29
 * aug., steeds 14.00 uur, gemeentehuis", "Bestuurlijk overleg PA: 21 maart 2028, 15.00 uur". Not work that names a date.
 */
const MEETS_ON =
  /^(werkgroep|bestuurlijk\s+overleg|overlegtafel|stuurgroep|klankbordgroep)\b[^:\d]{0,30}:?\s*\d{1,2}\s+\p{L}{3,9}\.?(?=.*\b\d{1,2}[.:]\d{2}\b)/iu;
/** A label or a sentence that ends in what is to be done: "Agenda ledenvergadering opstellen", "Uitvoeringsplan Druten-Zuid opstellen". */
export const INFINITIVE_CLOSES = /\s\p{Ll}{3,}en$/u;
/**
 * A meeting's agenda pasted in, its items numbered: "Agenda overleg DK–Bewonersraad 12 april: 1. opening 2. verslag 3.
 * huuraanpassing …". Not work on an agenda ("Agenda ledenvergadering opstellen: 1. …").
 */
const AGENDA_PASTED = /^(?<label>agenda\b[^:]{0,80}):\s*1\s*[.)]\s*\p{L}[^]*?\s2\s*[.)]\s*\p{L}/iu;
/** A person as a list of people names them: initials or a first name, then the surname with its particles: "C. Langen", "Ans de Wit". */
const PERSON = String.raw`(?:(?:\p{Lu}\.\s?)+|\p{Lu}\p{Ll}+\s+)(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s*\([^()]{1,40}\))?`;
/**
 * Who was there, who sits on a board or an editorial team, named one by one and nothing else: "Aanwezig BO
 * tussenevaluatie 10-06-2027: C. Langen en J. Hermsen (HBD)", "Redactie HBD Nieuws: Ans de Wit, Jan Hermsen en Fatma
 * Yilmaz (eindredactie)". Not "Redactie nieuwsbrief: vier nummers per jaar samenstellen".
 */
const PEOPLE_LISTED = new RegExp(
  String.raw`^(?:[Aa]anwezig|[Aa]fwezig|[Ll]eden|[Rr]edactie|[Bb]estuur|[Ss]amenstelling|[Dd]eelnemers)\b[^:]{0,60}:\s*${PERSON}(?:\s*(?:[,;]|\ben\b)\s*${PERSON})+(?:\s*[,;]\s*(?:\d+|een|twee|drie)\s+vacatures?)?\s*\.?$`,
  'u',
);
/**
 * A meeting held before the year, recorded with what it decided or agreed: "BO 10 juni 2027 besluit: accenten 2028 …",
 * "Werkgroep 12 maart 2026: voorbespreking, afgesproken dat huurders een eigen hoofdstuk krijgen".
 */
const MEETING_HELD =
  /^((laatste|vorige)\s+)?(werkgroep|bo|bestuurlijk\s+overleg|stuurgroep|overlegtafel|alv|ledenvergadering|dagelijks\s+bestuur)\b[^:]{0,40}?(:\s*)?\b(\d{1,2}\s+\p{L}{3,9}\.?\s+|\d{1,2}[-/.]\d{1,2}[-/.])(?<year>20\d\d)\b(?<said>.*)$/isu;
/**
 * A gathering or a visit dated before the year, then when it was or what was said there: "Kernenbezoek college 2026: Horssen
 * 14-3, Afferden 21-3", "Dorpsavond Puiflijk 12-11-2026: wens seniorenwoningen bij de school", "Dorpsavond Horssen nov.
 * 2026: "jongeren moeten hier kunnen blijven wonen"". The gathering opens the label (a word before it at most) and its
 * date closes it: "Maatregelen uit de wijkschouw Deest van 2027: …" is the work that follows it.
 */
const GATHERING_HELD =
  /^(?<label>(\p{L}+\s+)?\p{L}*(avond|bezoek|bijeenkomst|overleg|vergadering|schouw|gesprek|gesprekken)\b[^:\d]{0,40}?)\s*(\d{1,2}[-/.]\d{1,2}[-/.]|(\d{1,2}\s+)?(jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?\s+)?(?<year>20\d\d)\s*:(?<said>.*)$/isu;
/** What a record of a meeting says was decided or agreed. */
const DECIDED = /\b(besluit|besloten|afgesproken|vastgesteld|goedgekeurd|akkoord|ingestemd)\b/i;
/**
 * What an evaluation found, quoted without its year: "Stand tussenevaluatie: 118 van 180 toevoegingen opgeleverd …",
 * "Tussenevaluatie: samenwerking gem. 7,1 – aanbeveling 4 …". Labelled as a finding, or a score or share said.
 */
const EVALUATION_FOUND = /^(?<label>(stand|score|uitkomst|uitslag|conclusie|resultaat|cijfer)\s+)?(de\s+)?(tussen|eind)?evaluatie\b[^:]{0,40}:(?<found>.*\d.*)$/is;
const SCORE_OR_SHARE = /\d+,\d\b|\d+\s?%/;
/** Words in quotation marks: a recommendation or a slogan quoted, not the row's own words. */
const QUOTED = /["“„][^"“”„]*["”]/g;
/** The agreement's or a scheme's term restated: "Looptijd huidige afspraken: 2025 t/m 2028 (ondertekend 12 december 2024)". */
const TERM_RESTATED = /^looptijd\b[^:]{0,60}:\s*(van\s+)?20\d\d\s*(t\/m|tot\s+en\s+met|tot|[-–])\s*20\d\d\b/i;
/** The nation's matter, labelled so: "Landelijk: Rijk verlaagt per 1-1-2027 …", "Noodfonds Energie (landelijk): voor inkomens tot …". */
const NATIONAL = /^(landelijk\s*[:–—-]|[^:()]{2,60}\(landelijk\)\s*:)/i;
/**
 * How many a medium reaches, as a communication plan counts it: "Oplage Thuis: 2.400 ex. per editie", "Bereik campagne
 * 2026: 38% …". Not where the label says what to do about it ("Bereik nieuwsbrief vergroten: 300 abonnees werven").
 */
const REACH = /^(bereik|oplage|aantal\s+(lezers|abonnees|volgers|bezoekers)|volgers|abonnees)(?<named>\b[^:]{0,60}):(?<said>.*\d.*)$/is;
/** A verb in the infinitive, or a plural, in lower case: a label with one says more than whose figure it is. */
const LOWER_EN_WORD = /(^|\s)\p{Ll}\p{L}*en\b/u;
/** When copy must be in, and a house style's rule: "Kopijsluiting tuinartikel: De Pit 1 feb., …", "Huisstijlregel: alle brieven op B1-niveau …". */
const COPY_DEADLINE = /^(kopijsluiting|kopijdeadline|deadline\s+kopij|sluitingsdatum\s+kopij)\b[^:]{0,60}:/i;
const HOUSE_STYLE = /^(huisstijl(regel|afspraak)?|stijlregel|schrijfregel|schrijfwijzer)\b[^:]{0,40}:/i;
/**
 * Words quoted whole, as a reader or a tenant said them, in the first person, perhaps with who said it: "“Sinds de
 * warmtepomp is mijn huis nooit meer koud” – mevr. Janssen". Not a campaign's name in quotes with the work after it.
 */
const QUOTATION = /^["“„'‘](?<said>[^"“”„]{10,})["”'’]\s*([–—-]\s*[^"“”„]*)?$/u;
/** A passage quoted whole, in anyone's words, perhaps with where it is from: '"HBD adviseert positief over het huurvoorstel 2027, mits …" (uit advies 2027)'. */
const QUOTED_WHOLE = /^["“„][^"“”„]{10,}["”](\s*\([^()]{1,60}\))?\s*\.?$/u;
const FIRST_PERSON = /\b(ik|mijn|me|mij)\b/i;
/** A verb of work to do, in the infinitive as a plan writes it: "bespreken", "organiseren". */
const WORK_VERB = new RegExp(String.raw`\b(${OWN_VERBS})\b`, 'i');
/** Whether a text says no work to do and nothing the sender does, whatever years it names. */
export const saysNoWork = (text: string): boolean => !WORK_VERB.test(text) && !OWN_ACTION.test(text);
/** Whether what a label is followed by plans nothing: no work to do, nothing the sender does, no year from the planning year on. */
const plansNothing = (said: string, planningYear: number | undefined): boolean =>
  saysNoWork(said) && yearsOf(said).every((y) => planningYear === undefined || y < planningYear);
/**
 * A contact's or a service line's label, and a phone number or an e-mail address: "Contact aannemer dakrenovatie: Bouwbedrijf
 * Hendriks Horssen, uitvoerder dhr. Arts, 06-41278890", "Contactpersoon dorpsraad Afferden: Ria Gerritsen, dorpsraad@…",
 * "Storingsdienst buiten kantoortijd (gaslucht, lekkage): Installatiebedrijf Gerritsen, tel. 0487-54 21 09".
 */
const CONTACT = new RegExp(
  String.raw`^(contact(persoon|personen|gegevens)?|aanspreekpunt|storingsdienst|storingsnummer|noodnummer|bereikbaarheidsdienst)\b[^:]{0,60}:(?=.*(${PHONE_NUMBER.source}|${EMAIL.source}))`,
  'isu',
);
/** A contact's label and a person named by title and initials: "Contact ontwikkelaar Heuvelakker: projectmanager mw. S. Gerritsen (Van Wijnen)". */
const CONTACT_PERSON = new RegExp(String.raw`^([Cc]ontact(persoon|personen)?|[Aa]anspreekpunt)\b[^:]{0,60}:[^]*\b${TITLE}\.?\s+(\p{Lu}\.\s?)+(\p{Ll}+\s+)*\p{Lu}\p{Ll}+`, 'u');
/** The heading a row stands under, in its own column or above it, that says it holds contacts: "Contacten", "Contactgegevens". */
const CONTACTS_HEADING = /^(contacten|contactgegevens|contactpersonen|telefoonnummers|adressen)$/i;
/** A remark's label opening the row: "Let op:", "N.B.", "Opm.:". */
const REMARK_LABEL = /^(let\s+op|n\.?\s?b\.?|opm(erking)?\.?)\s*[:!–—-]/i;

/** A look back, labelled so: "Terugblik: WW antwoordde in 2025 dat …", "Terugblik 2026: …"; or the label alone, in the row's subject column. */
const LOOK_BACK_NAMED = String.raw`^terugblik(\s+(op\s+)?(20\d\d|vorig\s+jaar))?`;
const LOOK_BACK = new RegExp(String.raw`${LOOK_BACK_NAMED}\s*[:–—-]\s*(?<said>.+)$`, 'isu');
const LOOK_BACK_LABEL = new RegExp(String.raw`${LOOK_BACK_NAMED}$`, 'i');
/** A look past the year, labelled so: "Doorkijk 2029: we willen doorgaan met …", "Vooruitblik 2028: …". */
const LOOK_AHEAD = /^(doorkijk(je)?|vooruitblik|vooruitkijken)\s+(naar\s+)?(?<year>20\d\d)(\s*(e\.?\s?v\.?|en\s+verder))?\s*[:–—-]/iu;
/** Where a date closes the row: a remark in brackets after it, or "ongewijzigd", and nothing more. */
const DATE_CLOSES = String.raw`(\s*\([^()]*\))?\s*(,\s*(ongewijzigd|onveranderd))?\s*\.?$`;
/**
 * A rule or a policy said to hold since a date, the date closing the row: "Streefhuurbeleid WW geldt sinds 1 januari 2026 (…)",
 * "…: geldt sinds 1 juli 2025, ongewijzigd". Not with work after it: "… geldt sinds 2026; wij evalueren de werking".
 */
const IN_FORCE_SINCE = new RegExp(
  String.raw`\b(geldt|gelden|van\s+kracht|in\s+werking)\s+(sinds|vanaf|per|met\s+ingang\s+van)\s+${DAY_MONTH}(?<year>20\d\d)\b${DATE_CLOSES}`,
  'iu',
);
/**
 * A plan or a policy recorded as adopted on a date, the date closing the row: "Ondernemingsplan 2025-2028 vastgesteld door RvC op
 * 11-12-2024", 'Koersplan "Koers 2030" vastgesteld door RvC 23-01-2025'; or followed only by an advice given on a date before it
 * ("…; positief advies Bewonersraad 12-12-2024"); or in a meeting named with its date: "Accenten 2028 vastgesteld in BO van 25 maart 2027".
 */
const ADOPTED_ON = new RegExp(
  String.raw`\b(vastgesteld|goedgekeurd|aangenomen)\s+(door\s+[^,;:\d]{1,40}?\s+((op|d\.?\s?d\.?|in)\s+)?|(op|d\.?\s?d\.?|in)\s+([^,;:\d]{2,30}?\s+van\s+)?)${DAY_MONTH}(?<year>20\d\d)\b` +
    String.raw`(\s*[;,]\s*(positief\s+|negatief\s+|instemmend\s+)?advies\b[^;:]{0,60}?\s${DAY_MONTH}20\d\d)?${DATE_CLOSES}`,
  'iu',
);
/**
 * A decision named with its date, then what it decided: "Collegebesluit vereveningsfonds d.d. 24 maart 2026: (nog) niet
 * invoeren, …", "Collegebesluit 14-11-2026: uitvoeringsprogramma woonzorgvisie 2027-2030 vastgesteld".
 */
const DECISION_DATED = new RegExp(String.raw`^\p{L}*besluit\b[^:]{0,60}?\b((d\.?\s?d\.?|van|op)\s+|(?=\d))${DAY_MONTH}(?<year>20\d\d)\s*:(?<said>.*)$`, 'isu');
/** A motion recorded with the day it was voted on: 'Motie 2026-M07 "Eerlijk bijdragen …" – aangenomen 8 oktober 2026 (17 voor, 2 tegen)'. */
const MOTION_VOTED = new RegExp(
  String.raw`^(motie|amendement)\b[^–—]{0,120}?[–—-]\s*(aangenomen|verworpen|aanvaard|ingetrokken)\s+(op\s+)?${DAY_MONTH}(?<year>20\d\d)\b(\s*\([^()]*\))?\s*\.?$`,
  'iu',
);
/**
 * Someone's promise recorded with the day it was made: "Wethouder zegde op de bewonersavond van 14-3-2026 toe dat de gemeente
 * kijkt naar extra huurwoningen in Horssen", "Directeur WW beloofde op 2 oktober 2026 een reactie op ons advies".
 */
const PROMISE_RECORDED = new RegExp(
  String.raw`^[^:;]{0,60}?\b(zegde|zegden|beloofde|beloofden)\b[^:;]{0,60}?\b(op|d\.?\s?d\.?|in)\s+[^:;\d]{0,40}?\b${DAY_MONTH}(?<year>20\d\d)\b`,
  'iu',
);
/** The party itself, in the first person plural: what follows may be its work, whatever the verb. */
export const WE = /\b(wij|we|ons|onze)\b/i;
/** What a decision says when it was not to do something, or not yet: "(nog) niet invoeren", "afgewezen", "uitgesteld …". */
const NOT_TO_DO = /^\s*(\(?nog\)?\s+niet|niet|geen|afgewezen|uitgesteld|aangehouden)\b/i;
/** A span of years in a plan's name ("Ondernemingsplan 2025-2028"): no year of work. */
const YEAR_SPAN = /\b20\d\d\s*[-–]\s*20\d\d\b/g;
/** A total or a running count summed with plus signs: "Totaal toevoegingen 2028: 36 nieuwbouw + 6 optop", "Stand opgave: 151 + 36 + 12 = 199 …". */
const SUMMED = /^(totaal|subtotaal|stand|optelling)\b[^:]{0,60}:\s*\d[\d.]*(\s+\p{L}+)*\s*\+\s*\d/iu;
/**
 * A sentence about the list itself, as an introduction typed in the table says it: "In dit overzicht geeft de gemeente per
 * afspraak aan hoe …", "De inzet hieronder betreft daarom alleen Horssen", "Hieronder geven wij per onderwerp aan …".
 */
const INTRODUCES =
  /\b(in\s+dit\s+overzicht|hieronder|in\s+deze\s+(lijst|tabel|bijlage|notitie)|onderstaande?)\b[^.;]{0,80}?\b(geeft|geven|staat|staan|betreft|betreffen|beschrijft|beschrijven|noemt|noemen)\b|\b(geeft|geven|staat|staan|betreft|beschrijft|beschrijven|noemen)\b[^.;]{0,60}?\b(in\s+dit\s+overzicht|hieronder)\b/i;
/** An introduction says what the list holds in a sentence or two, not in a few words. */
const INTRODUCTION_WORDS = 15;
/** That the party has no part here: "Voor 2028 is op deze afspraak daarom geen inzet van de gemeente." */
const NO_INZET = /\bgeen\s+(eigen\s+)?inzet\s+(van|door)\b/i;
/** That nothing is done here, and why: "geen – valt onder uitzondering sloopwoningen (sloop/nieuwbouw 2029)", "n.v.t.: wordt gesloopt". */
const NOTHING_BECAUSE = /^(geen|niets|n\.?\s?v\.?\s?t\.?)\s*[–—:-]\s*(valt|want|omdat|vanwege|i\.?\s?v\.?\s?m\.?|wordt|worden|is|zijn|al|reeds|niet|uitzondering|sloop)\b/i;
/** How a number changes, from one figure to another: "Aantal 75-plussers stijgt van 1.480 (2024) naar ca. 2.300 in 2035 (bron: woonzorgvisie)". */
const TREND = /\b(stijgt|daalt|groeit|krimpt|neemt\s+(toe|af))\s+van\s+((ca|circa)\.?\s*)?\d[\d.,]*\b[^.;]{0,40}?\bnaar\s+((ca|circa)\.?\s*)?\d[\d.,]*/i;
/** Who a group is, labelled so: "Doelgroep: jongeren 18 t/m 27 jr, 1-persoons, inkomen tot huurtoeslaggrens – gem. zoektijd 3,1 jr". */
const TARGET_GROUP = /^doelgroep(en|omschrijving)?\s*[:–—-]/i;
/** What share of a group is so: "31% van onze huurders in Horssen is 70+, 1 op 4 woont alleen", "Ruim 60% van onze leden is 65+; …". */
const SHARE_OF_PEOPLE =
  /^((ruim|bijna|ca\.?|circa|ongeveer|meer\s+dan|minder\s+dan)\s+)?\d+([.,]\d+)?\s*%\s+van\s+((onze|de|alle|hun)\s+)?(huurders|leden|bewoners|inwoners|woningzoekenden|huishoudens|senioren|jongeren|woningen)\b[^.;]{0,60}?\s(is|zijn|heeft|hebben|woont|wonen)\b/i;
/** The sender as the one who acts: "wij", "we" (not "onze huurders", who are told of). */
const WE_ACT = /\b(wij|we)\b/i;
/** Only that it is as last year, naming nothing: "conform vorig jaar", "zoals vorig jaar", "ongewijzigd". */
const AS_LAST_YEAR =
  /^((conform|zoals|als|net\s+als|gelijk\s+aan|idem)\s+(vorig\s+jaar|voorgaande\s+jaren|het\s+vorige\s+jaar)|(ongewijzigd|onveranderd)(\s+(t\.?\s?o\.?\s?v\.?|ten\s+opzichte\s+van)\s+(vorig\s+jaar|20\d\d))?)\s*\.?$/i;

/** A row as toldNotPlanned reads it. */
export interface ToldRow {
  act: ReadActivity;
  /** The activity's text, trimmed. */
  text: string;
  /** The columns the app does not know, and a status read as the activity's remark, as header and value. */
  cells: readonly (readonly [string, string])[];
  planningYear: number | undefined;
}

/**
 * What a row tells rather than plans: a remark on an earlier year, what an earlier year achieved, measured or found, how
 * things stood on an earlier date, an incident with its earlier date, what a law or rule says, the routine said to go
 * on, a break, a definition, a scheme's conditions, a pointer to a map, an appendix or a jaarverslag, who attended or
 * who the members are, when a body meets, a meeting held before the year with what it decided, what an evaluation
 * found, a legal term's or the agreement's length, a national matter, a medium's reach, copy dates, a house style rule,
 * a reader's quote, a plot's cadastral data, one household's own case or one case, who is away, contact details, a
 * supplier's offer, figures set beside the work to compare, a gathering held before the year with when or what was said.
 */
export function toldNotPlanned(row: ToldRow): { code: string; why: string } | undefined {
  const { act, text, planningYear } = row;
  // A remark on work in a year before the planning year: "Let op: schouw Horssen-Zuid 2026 staat al op 14 okt. 2026".
  const remarkYears = REMARK_LABEL.test(text) ? yearsOf(text) : [];
  if (planningYear !== undefined && remarkYears.length > 0 && remarkYears.every((y) => y < planningYear)) {
    return { code: 'remark-row', why: `is een opmerking over ${remarkYears[remarkYears.length - 1]}, vóór ${planningYear}` };
  }
  const result = RESULT_OF_YEAR.exec(text);
  const resultYear = Number(result?.groups?.year);
  if (planningYear !== undefined && resultYear < planningYear && !WORK_AFTER.test(text)) {
    // What a study or an evaluation found ("Uitkomst …", "Conclusie …") is no achievement.
    const said = result?.groups?.found === undefined ? 'is bereikt' : 'is gevonden of geconcludeerd';
    return { code: 'done-row', why: `zegt wat in ${resultYear} ${said}, vóór ${planningYear}` };
  }
  const figuresYear = yearOfFigures(text);
  if (planningYear !== undefined && figuresYear !== undefined && figuresYear < planningYear) {
    return { code: 'figure-row', why: `noemt cijfers van ${figuresYear}, vóór ${planningYear}, geen werk` };
  }
  const incidentYears = INCIDENT.test(text) ? yearsOf(text.split(':')[0] ?? '') : [];
  const laterYears = [...yearsOf(text), ...yearsOf(act.planning ?? '')].filter((y) => planningYear === undefined || y >= planningYear);
  if (planningYear !== undefined && incidentYears.length > 0 && incidentYears.every((y) => y < planningYear) && laterYears.length === 0) {
    return { code: 'done-row', why: `zegt wat er in ${incidentYears[0]} is gebeurd, vóór ${planningYear}; geen werk voor ${planningYear}` };
  }
  // What a law says (LAW_FIRST), or a remark on what holds: "Let op: bij renovatie geldt een voorstel als redelijk als 70% …".
  // The law's own terms may say it, or a remark beside them ("Wmo 2015: onderzoek binnen 6 weken …" | "landelijk kader").
  const lawBeside = row.cells.some(([, value]) => LAW_REMARK.test(value.trim()));
  const ruleSaid = (LAW_FIRST.test(text) && (LAW_SAYS.test(text) || lawBeside)) || LAW_ARTICLE.test(text) || (REMARK_LABEL.test(text) && /\b(geldt|gelden)\b/i.test(text));
  if (ruleSaid && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'zegt wat een wet, regel of landelijke afspraak vraagt, geen werk van de partij zelf' };
  if (OTHER_ROUTINE.test(text)) return { code: 'remark-row', why: 'noemt geen werk, alleen dat het gewone werk doorgaat' };
  if (BREAK_WITHOUT_WORK.test(text)) return { code: 'remark-row', why: 'zegt wanneer er niets gebeurt, geen werk' };
  const found = FOUND_IN_YEAR.exec(text)?.groups;
  if (planningYear !== undefined && found && Number(found.year) < planningYear && plansNothing(found.found ?? '', planningYear)) {
    return { code: 'figure-row', why: `zegt wat een meting, enquête, schouw of evaluatie in ${found.year} vond, vóór ${planningYear}; geen werk` };
  }
  const state = STATE_ON.exec(text)?.groups;
  if (planningYear !== undefined && state && Number(state.year) < planningYear && plansNothing(state.said ?? '', planningYear)) {
    return { code: 'figure-row', why: `zegt hoe het er op ${state.date?.trim()} voor stond, vóór ${planningYear}; geen werk` };
  }
  const conditions = CONDITIONS.exec(text)?.groups?.said;
  if (conditions !== undefined && plansNothing(conditions, planningYear)) return { code: 'remark-row', why: 'noemt de voorwaarden van een regeling, geen werk' };
  if ((POINTER.test(text) || POINTER_TO_ACCOUNTS.test(text) || SOURCE_LABEL_POINTER.test(text)) && plansNothing(text.replace(SOURCE_NAMED, ''), planningYear)) {
    return { code: 'remark-row', why: 'wijst naar een kaart, bijlage of bron, geen werk' };
  }
  if (MEETS_ON.test(text) && plansNothing(text.replace(/\b20\d\d\b/g, ''), planningYear)) return { code: 'remark-row', why: 'zegt wanneer een overleg bijeenkomt, geen werk' };
  if ((WHO_TAKES_PART.test(text) && plansNothing(text, planningYear)) || PEOPLE_LISTED.test(text)) {
    return { code: 'remark-row', why: 'zegt wie er aanwezig waren of wie de leden zijn, geen werk' };
  }
  const agenda = AGENDA_PASTED.exec(text)?.groups?.label;
  if (agenda !== undefined && saysNoWork(agenda) && !INFINITIVE_CLOSES.test(agenda.trim())) return { code: 'remark-row', why: 'is de agenda van een overleg, geen werk' };
  const held = MEETING_HELD.exec(text)?.groups;
  if (planningYear !== undefined && held && Number(held.year) < planningYear && DECIDED.test(held.said ?? '')) {
    return { code: 'remark-row', why: `legt vast wat een overleg in ${held.year} besloot of afsprak, vóór ${planningYear}; geen werk` };
  }
  const gathering = GATHERING_HELD.exec(text)?.groups;
  // A when of its own beside it ("feb", "Q2", "2028") plans it, unless it too is before the year ("nov. 2026").
  const when = (act.planning ?? '').trim();
  const whenBefore = when === '' || (yearsOf(when).length > 0 && yearsOf(when).every((y) => planningYear === undefined || y < planningYear));
  if (planningYear !== undefined && gathering && Number(gathering.year) < planningYear && whenBefore && plansNothing((gathering.said ?? '').replace(QUOTED, ' '), planningYear)) {
    return { code: 'remark-row', why: `zegt wanneer ${quote(gathering.label?.trim() ?? '')} in ${gathering.year} was of wat er werd gezegd, vóór ${planningYear}; geen werk` };
  }
  const evaluated = EVALUATION_FOUND.exec(text)?.groups;
  const evaluationSays = evaluated?.found?.replace(QUOTED, ' ') ?? '';
  if (evaluated && (evaluated.label !== undefined || SCORE_OR_SHARE.test(evaluationSays)) && plansNothing(evaluationSays, planningYear)) {
    return { code: 'figure-row', why: 'zegt wat een evaluatie vond, geen werk' };
  }
  const noWork = saysNoWork(text);
  if (TERM_RESTATED.test(text) && noWork) return { code: 'remark-row', why: 'noemt een looptijd, geen werk' };
  if (NATIONAL.test(text) && noWork) return { code: 'remark-row', why: 'zegt wat er landelijk geldt of gebeurt, geen werk van de partij zelf' };
  const reach = REACH.exec(text)?.groups;
  if (reach && !LOWER_EN_WORD.test(reach.named ?? '') && plansNothing(reach.said ?? '', planningYear)) return { code: 'figure-row', why: 'noemt een bereik of oplage, geen werk' };
  if (COPY_DEADLINE.test(text) && noWork) return { code: 'remark-row', why: 'zegt wanneer kopij binnen moet zijn, geen werk' };
  if (HOUSE_STYLE.test(text) && noWork) return { code: 'remark-row', why: 'noemt een huisstijlregel, geen werk' };
  const quoted = QUOTATION.exec(text)?.groups?.said;
  if (quoted !== undefined && FIRST_PERSON.test(quoted)) return { code: 'remark-row', why: 'is een citaat, geen activiteit' };
  if (QUOTED_WHOLE.test(text)) return { code: 'remark-row', why: 'is een aanhaling, geen werk dat gepland is' };
  const defined = DEFINITION.exec(text)?.groups?.said;
  if (defined !== undefined && plansNothing(defined, planningYear)) {
    return { code: 'remark-row', why: 'zegt wat een indicator of begrip betekent, of hoe een cijfer berekend wordt; geen werk' };
  }
  if (TERM_LENGTH.test(text)) return { code: 'remark-row', why: 'noemt een wettelijke termijn, geen werk' };
  if (CADASTRAL.test(text) || (CADASTRAL_SECTION.test(text) && noWork)) return { code: 'remark-row', why: 'geeft kadastrale gegevens van een perceel, geen werk' };
  if (DONE_TOLD.test(text) && yearsOf(text).every((y) => planningYear === undefined || y < planningYear)) return { code: 'done-row', why: 'vertelt wat er al gedaan is, geen werk voor het jaar' };
  if (RESERVATION.test(text) && noWork) return { code: 'remark-row', why: 'is een voorbehoud bij het overzicht, geen werk' };
  const fromReport = FROM_REPORT.exec(text)?.groups?.said;
  if (fromReport !== undefined && plansNothing(fromReport.replace(QUOTED, ' '), planningYear)) return { code: 'remark-row', why: 'is een passage uit een verslag of rapport, geen werk' };
  if (CODES_LEGEND.test(text) && noWork) return { code: 'remark-row', why: 'is een legenda van codes, geen werk' };
  const household =
    ONE_HOUSEHOLD.exec(text)?.[1] ?? HOUSEHOLD_AT.exec(text)?.[1] ?? HOUSEHOLD_IN.exec(text)?.[1] ?? REPORT_AT.exec(text)?.[1] ?? TENANT_OF_STREET.exec(text)?.[1] ?? TENANT_NUMBER.exec(text)?.[0];
  if (household !== undefined) return { code: 'personal-case', why: `gaat over één huishouden (${quote(household)}): een persoonlijke zaak, geen activiteit` };
  if (STAFF_AWAY.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'zegt wie er afwezig is, geen werk' };
  if (PHONE.test(text) && EMAIL.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'geeft contactgegevens (telefoon en e-mail), geen werk' };
  if ((CONTACT.test(text) || CONTACT_PERSON.test(text)) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'geeft contactgegevens (een contact en een telefoonnummer of e-mailadres), geen werk' };
  const underContacts = [act.topicContext, act.section].some((h) => CONTACTS_HEADING.test(h?.trim() ?? ''));
  if (underContacts && (PHONE_NUMBER.test(text) || EMAIL.test(text)) && saysNoWork(text)) {
    return { code: 'remark-row', why: 'geeft contactgegevens (onder een kop met contacten), geen werk' };
  }
  if (OFFER_RECEIVED.test(text) && !OWN_ACTION.test(text)) return { code: 'remark-row', why: 'is een offerte of aanbieding van een leverancier, geen werk van de partij zelf' };
  const oneCase = ONE_CASE.test(text) ? text.split(/[:(–—]/)[0]?.trim() : undefined;
  if (oneCase) return { code: 'personal-case', why: `gaat over één casus (${quote(oneCase)}): een persoonlijke zaak, geen activiteit` };
  // Figures of earlier years set beside the work: "Ter vergelijking: huurverhoging WW 2025 0% …; 2026 gem. 3,9%".
  const compared = COMPARISON.test(text) ? yearsOf(text) : [];
  if (planningYear !== undefined && compared.length > 0 && compared.every((y) => y < planningYear)) {
    return { code: 'figure-row', why: `noemt cijfers ter vergelijking, van vóór ${planningYear}, geen werk` };
  }
  const lookBack = LOOK_BACK.exec(text)?.groups?.said;
  const labelledBack = [act.topicContext, act.section].some((h) => LOOK_BACK_LABEL.test(h?.trim() ?? ''));
  if ((lookBack !== undefined || labelledBack) && plansNothing((lookBack ?? text).replace(QUOTED, ' '), planningYear)) {
    return { code: 'remark-row', why: 'is een terugblik, geen werk voor het jaar' };
  }
  const ahead = Number(LOOK_AHEAD.exec(text)?.groups?.year);
  if (planningYear !== undefined && ahead > planningYear && !yearsOf(text).includes(planningYear)) {
    return { code: 'remark-row', why: `kijkt vooruit naar ${ahead}, na ${planningYear}; geen werk voor het jaar` };
  }
  const inForce = Number(IN_FORCE_SINCE.exec(text)?.groups?.year);
  const adoptedOn = ADOPTED_ON.exec(text);
  const adopted = Number(adoptedOn?.groups?.year);
  const since = inForce || adopted;
  // The year in the name of what was adopted is no year of work ("Accenten 2028 vastgesteld in BO van 25 maart 2027"), where
  // the name holds no verb of work ("Woningbouwprogramma 2028 uitvoeren, vastgesteld door de raad op 1-12-2027" stays).
  const named = adoptedOn ? text.slice(0, adoptedOn.index) : '';
  const told = !inForce && adoptedOn && !LOWER_VERB.test(named) ? named.replace(/\b20\d\d\b/g, ' ') + text.slice(adoptedOn.index) : text;
  if (planningYear !== undefined && since < planningYear && plansNothing(told.replace(YEAR_SPAN, ' ').replace(QUOTED, ' '), planningYear)) {
    const what = inForce ? `zegt dat een regel of beleid al sinds ${inForce} geldt` : `zegt dat een plan in ${adopted} is vastgesteld`;
    return { code: 'remark-row', why: `${what}, vóór ${planningYear}; geen werk` };
  }
  // What an earlier decision decided, when it plans nothing or decided against the work: "… d.d. 24 maart 2026: (nog) niet invoeren".
  const decision = DECISION_DATED.exec(text)?.groups;
  const decided = Number(decision?.year);
  const decidedSays = decision?.said ?? '';
  // A plan's period in what was decided ("uitvoeringsprogramma 2027-2030 vastgesteld") is no year of work, where no verb
  // says work to do ("uitvoeringsprogramma 2027-2030 uitvoeren met de corporaties").
  const withoutSpans = decidedSays.replace(YEAR_SPAN, ' ');
  const nothingToDo =
    !WE.test(decidedSays) &&
    (plansNothing(decidedSays, planningYear) || (withoutSpans !== decidedSays && plansNothing(withoutSpans, planningYear) && !LOWER_VERB.test(decidedSays)));
  const against = NOT_TO_DO.test(decidedSays) && yearsOf(decidedSays).every((y) => planningYear === undefined || y < planningYear);
  if (planningYear !== undefined && decided < planningYear && (nothingToDo || against)) {
    return { code: 'remark-row', why: `legt een besluit van ${decided} vast, vóór ${planningYear}; geen werk` };
  }
  const voted = Number(MOTION_VOTED.exec(text)?.groups?.year);
  if (planningYear !== undefined && voted < planningYear) return { code: 'remark-row', why: `legt een besluit van ${voted} vast, vóór ${planningYear}; geen werk` };
  const promised = Number(PROMISE_RECORDED.exec(text)?.groups?.year);
  if (planningYear !== undefined && promised < planningYear && !WE.test(text) && yearsOf(text).every((y) => y < planningYear)) {
    return { code: 'remark-row', why: `legt een toezegging van ${promised} vast, vóór ${planningYear}; geen werk` };
  }
  if (SUMMED.test(text) && noWork) return { code: 'figure-row', why: 'telt aantallen op, geen werk' };
  if (INTRODUCES.test(text) && !OWN_ACTION.test(text) && text.split(/\s+/).length >= INTRODUCTION_WORDS) return { code: 'remark-row', why: 'leidt het overzicht in, geen werk' };
  if (NO_INZET.test(text) && !OWN_ACTION.test(text)) return { code: 'no-own-part-row', why: 'zegt dat de partij hier geen inzet heeft, geen werk' };
  if (NOTHING_BECAUSE.test(text) && noWork) return { code: 'no-own-part-row', why: 'zegt dat hier niets gebeurt, en waarom; geen werk' };
  if (TREND.test(text) && noWork && !LOWER_VERB.test(text)) return { code: 'figure-row', why: 'zegt hoe een aantal verandert (een prognose), geen werk' };
  if (TARGET_GROUP.test(text) && noWork) return { code: 'remark-row', why: 'beschrijft een doelgroep, geen werk' };
  if (SHARE_OF_PEOPLE.test(text) && noWork && !WE_ACT.test(text)) return { code: 'figure-row', why: 'zegt welk deel van een groep zo is, geen werk' };
  if (AS_LAST_YEAR.test(text) && row.cells.every(([, value]) => !/\p{L}{3}/u.test(value))) {
    return { code: 'remark-row', why: 'zegt alleen dat het is als vorig jaar, niet welk werk' };
  }
  return undefined;
}
