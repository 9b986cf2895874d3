// Texts that are figures rather than work: a figure given a label (a target, an indicator, a budget, a year's
// result), an indicator named without its figure, a stock counted at a moment, a figure of an earlier year dated in
// brackets, figures per year, an earlier year's figures after its label, and a count of people at a date. Status-rows.ts
// and told-rows.ts read a row's text with these. Pure.
import { datesWritten } from '../domain/dates-in-text';

/**
 * Figures of an earlier year, named and given: "KWH huurdersoordeel 2026: gemiddeld 7,7 (nieuwe huurders 8,0; …)",
 * "Aedes-benchmark 2026: huurdersoordeel B, bedrijfslasten A", "… 2027: respons 31%, 58% kent HBD". Each part after the
 * colon is a figure or a grade with a word or two; not work with a figure in it ("Planmatig onderhoud 2027: schilderwerk … 380 woningen").
 * The unit may follow the year in brackets: "Gem. inschrijfduur bij toewijzing 2026 (jr): Druten 6,9 | Deest 4,2"; a place may
 * follow it: "Reparatieverzoeken 2026 Druten: 1.946, waarvan 211 over vocht/schimmel (11%)".
 */
const FIGURES_OF_YEAR = /^[^:]{2,80}?\b(?<year>20\d\d)(\s+\p{Lu}\p{Ll}+)?(\s*\([^()]{1,12}\))?\s*:\s*(?<figures>.+)$/su;
/**
 * A figure or a grade with up to three words (or a quarter, "Q3") before it and `after` words after it ("gemiddeld 7,7", "41 won.
 * label E/F/G", "Q1 84"); a figure may be one of another ("13 van 15 gehuisvest", "1 op 14 reacties"). A year between words is
 * a name's, not a figure: "woningbouwprogramma 2028 uitvoeren".
 */
const figurePart = (after: number): RegExp => new RegExp(String.raw`^((?:[\p{L}-]+|Q[1-4])\.?\s){0,3}(ca\.?\s*|[±~€]\s*)*((?!(?<=\p{L}\.?\s)20\d\d\s+\p{Ll})\d[\d.,]*(\s+(van|op)\s+\d[\d.,]*)?\s*%?|[A-G][+-]?)(\s+[\p{L}/-]+\.?){0,${after}}$`, 'u');
const FIGURE_PART = figurePart(2);
/** Three words after the figure, where a label says the text is figures (FIGURES_LABELLED). */
const LABELLED_FIGURE_PART = figurePart(3);
/**
 * What a figure is mostly about, said after it: "vooral over parkeren en bouwhoogte", "waarvan 112 jonger dan 28", "o.a. Deest";
 * or how it divides, in up to three figures joined by "en": "waarvan 61 zwerfvuil en 34 verlichting".
 */
const FIGURE_TAIL = /^(vooral|met name|meest(al)?|grotendeels|merendeels|o\.\s?a\.|onder andere|waarvan|daarvan)\s[^\d€%]{0,60}(\d[\d.,]*\s?%?[^\d€%]{0,30}?(\sen\s(?=\d)|$)){0,3}$/i;
/**
 * Each part of a text a figure or a grade, beside a word or two ("gemiddeld 7,7", "huurdersoordeel B", "58% kent HBD"); parts
 * split by commas, semicolons, " | ", " / " or a dash with spaces ("9% — gemiddelde wachttijd Druten 4,1 jaar"). After the first
 * figure, a part may say what it is mostly about ("41 reacties, vooral over parkeren en bouwhoogte").
 */
function figuresOnly(text: string, figurePart = FIGURE_PART): boolean {
  const parts = text
    .replace(/\([^()]*\)/g, ' ')
    .split(/[,;]|\s[|/–—]\s/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
  return parts.length > 0 && figurePart.test(parts[0] ?? '') && parts.every((part) => figurePart.test(part) || FIGURE_TAIL.test(part));
}
/** What a count of people, or of what they sent, counts. */
const PEOPLE_COUNTED = 'woningzoekend(en)?|huishoudens|huurders|leden|inschrijvingen|reacties|meldingen|aanvragen|verhuringen|toewijzingen|bewoners|inwoners|deelnemers|klachten|urgenten|statushouders';
/**
 * A count of people or of what they sent at a measuring date: the figure first (after a place perhaps), the peildatum in brackets
 * at the end: "318 actief woningzoekenden met voorkeur Deest, waarvan 112 jonger dan 28 (peildatum 1-1-2027)". Not homes, which
 * work delivers: "24 sociale huurwoningen opleveren in Deest-Zuid (peildatum planning 1-1-2028)".
 */
const COUNT_AT_PEILDATUM = new RegExp(
  String.raw`^(\p{Lu}[\p{L}-]*:\s*)?\d[\d.,]*\s+((actief|actieve|ingeschreven|unieke)\s+)?(${PEOPLE_COUNTED})\b[^():;]{0,140}\(\s*([^()]*[,;]\s*)?peildatum\b[^()]*\)\s*\.?$`,
  'iu',
);
/** "stand", "peildatum" or "per" before a year alone: "stand 2027". */
const STAND_YEAR = /\b(stand|peildatum|per)\s+20\d\d\b/i;
/** Whether a text says when a count was taken: a date as people write one ("1-1-2027", "1 mei 2027", "jan. 2027"), or "stand 2027". */
const countedOn = (text: string): boolean => datesWritten(text).length > 0 || STAND_YEAR.test(text);
/**
 * A count of people or of what they sent after a label, dated where the list says when it was counted: in the label
 * ("Wachtlijst Deest (Woongaard, 1-1-2027): 318 actief woningzoekenden met voorkeur Deest, …") or in brackets closing the
 * row ("Wachtlijst Ons Thuis-groep Horssen: 11 aanmeldingen (stand 1 mei 2027)", "Horssen: 87 woningzoekenden met voorkeur
 * Horssen, … (Entree, jan. 2027)").
 */
const COUNT_DATED = new RegExp(
  String.raw`^(?<label>[^:]{2,80}?)\s*:\s*((ca|circa)\.?\s*)?\d[\d.,]*\s+((actief|actieve|ingeschreven|unieke)\s+)?(${PEOPLE_COUNTED}|aanmeldingen|gegadigden)\b(?<rest>[^():;]{0,140}?)(\s*\((?<bracket>[^()]*)\))?\s*\.?$`,
  'iu',
);
/** A word in lower case ending in -en that is no plural of a thing counted: a verb ("delen", "benaderen", "opleveren"). */
export const LOWER_VERB = /(^|\s)(?!\p{L}*(ingen|eden|ijen|onen|enden)\b)\p{Ll}\p{L}*en\b/u;
/**
 * Whether a text is such a dated count, no verb after the count (LOWER_VERB): not work for those counted ("Wachtlijst: 40
 * huishoudens benaderen voor de verhuiscoach (stand 1-3-2027)").
 */
function isCountDated(text: string): boolean {
  const m = COUNT_DATED.exec(text)?.groups;
  if (!m) return false;
  const dated = countedOn(m.label ?? '') || countedOn(m.bracket ?? '');
  return dated && !LOWER_VERB.test(m.rest ?? '');
}
/** A date written short, the year with an apostrophe: "1-1-'27". */
const SHORT_YEAR_DATE = /(?<!\d)\d{1,2}-\d{1,2}-'\d\d(?!\d)/;
const SHORT_YEAR_DATES = new RegExp(SHORT_YEAR_DATE.source, 'g');
/** Who is counted, when, and the figure alone: "Leden per 1-1-2027: 212", "leden 1-1-'27: 212", "Woningzoekenden jan. 2027: 1.312". */
const PEOPLE_COUNT_ALONE = new RegExp(
  String.raw`^(aantal\s+)?((actief|actieve|ingeschreven)\s+)?(${PEOPLE_COUNTED})\s+(?<when>[^:]{2,30}?)\s*:\s*((ca|circa)\.?\s*)?\d[\d.,]*\s*\.?$`,
  'iu',
);
/** Whether a text is such a count: between who and the figure only when it was counted ("per", "stand" and a date), no work ("Leden werven 2027: 20"). */
function isPeopleCountAlone(text: string): boolean {
  const when = PEOPLE_COUNT_ALONE.exec(text)?.groups?.when;
  if (when === undefined || !(countedOn(when) || SHORT_YEAR_DATE.test(when))) return false;
  const undated = datesWritten(when).reduce((rest, d) => rest.replace(d.text, ' '), when.replace(/\s+/g, ' ')).replace(SHORT_YEAR_DATES, ' ');
  return !/\p{L}/u.test(undated.replace(/\b(per|stand|peildatum|op|d\.d\.|20\d\d)\b/giu, ' '));
}
/** A comparison said after a figure: "– lager dan het jaar ervoor!", "– gestegen". */
const COMPARED = /\s[–—]\s*(lager|hoger|gelijk|beter|slechter|meer|minder|gestegen|gedaald)\b[^\d]{0,40}$/i;
/** The participles a count of what was done is written with: "18 vervangen door hybride warmtepomp", "27 begeleid". */
const DONE_PARTICIPLES =
  'vervangen|geplaatst|aangebracht|geïsoleerd|geisoleerd|opgeleverd|gerenoveerd|verduurzaamd|gebouwd|verkocht|gesloopt|aangepast|uitgevoerd|afgerond|gerealiseerd|begeleid|bezocht|geholpen|gehuisvest|toegewezen|verhuurd|doorverwezen|behandeld|ontvangen|gemeld|opgelost';
/** A count of what was done, the participle right after the figure: "18 vervangen door hybride warmtepomp". */
const COUNT_DONE = new RegExp(String.raw`^((ca|circa)\.?\s*|[±~]\s*)?\d[\d.,]*\s+(${DONE_PARTICIPLES})\b[^\d]{0,60}$`, 'iu');
/**
 * The figures after an earlier year's label: each part a figure (figuresOnly), a comparison after them aside ("klantcontact
 * 7,2 – lager dan het jaar ervoor!"); or, in a list of three or more, all but one ("7 dossiers woonfraude, 2 ontruimingen,
 * 3 hennepkwekerijen geruimd, 2x sluiting art. 13b"); or counts of what was done ("18 vervangen door hybride warmtepomp").
 */
function figuresOfYear(figures: string): boolean {
  const said = figures.replace(COMPARED, '');
  if (figuresOnly(said)) return true;
  if (said.split(/[,;]/).every((part) => COUNT_DONE.test(part.trim()))) return true;
  const parts = said.split(/[,;]/).filter((part) => part.trim() !== '');
  return parts.length >= 3 && parts.filter((part) => !figuresOnly(part)).length <= 1;
}
/**
 * A figure given a label, where the activity stands: a target, an indicator, a budget or a year's
 * result ("Streefcijfer woningbouw 2027: 110 woningen", "Ledental eind 2028: 450", "Budget 2027:
 * € 2.400", "Gerealiseerd 2025: 168 woningen"). The label opens with what is measured.
 */
const FIGURE_WORDS = String.raw`aantal|streefcijfer|streefwaarde|taakstelling|doel|ledental|ledenaantal|budget|budgetpost|begroting|begrotingspost|bereik|score|percentage|gemiddeld[e]?|realisatie|gerealiseerd|behaald|prognose|raming|kengetal(len)?|norm|stand|formatie`;
const FIGURE_LABEL = new RegExp(
  String.raw`^(${FIGURE_WORDS})\b[^:]{0,80}` +
    // The figure, its unit and a word or two ("110 woningen", "168 woningen gereed gemeld, waarvan …"); not
    // work with a figure in it ("Taakstelling statushouders: 2 woningen in Horssen beschikbaar stellen").
    String.raw`:\s*[€±~]?\s*[+-]?\d[\d.,/]*\s*(%|\p{L}+\.?)?(\s+\p{L}+){0,2}\s*([,;(–-].*)?$`,
  'iu',
);
/** Such a label, then figures only (figuresOnly): "Prognose voorraad per 1-1-2028: nog 41 won. label E/F/G, 212 won. label D (bron: Vabi)". */
const FIGURES_LABELLED = new RegExp(String.raw`^(${FIGURE_WORDS})\b[^:]{0,80}:\s*(?<figures>.+)$`, 'isu');
/** A label and a figure of a year before the planning year: "Huurders tevreden over reparaties (KWH 2025): 7,6". */
const DATED_FIGURE = /^([^:]{3,80}?)\s*\(([^()]*\b(20\d\d)\b[^()]*)\)\s*:\s*[€±~]?\s*[+-]?\d[\d.,]*\s*(%|\p{L}+)?\s*$/iu;
/** A label dated in brackets, figures after it: "Actief woningzoekenden (Entree, peildatum 1-1-2027): 1.312, gem. zoekduur 6,8 jr". */
const DATED_FIGURES = /^[^:()]{3,80}?\s*\([^()]*\b(?<year>20\d\d)\b[^()]*\)\s*:\s*(?<figures>.+)$/su;
/**
 * A figure's label, then a figure per year: "Prognose toevoegingen WW (planmonitor): 2028: 38 | 2029: 61 | t/m 2030: 146".
 * The label opens with what is measured (as FIGURE_LABEL's), so "Bouw Rozenhof: 2028: 20 won. | 2029: 24 won." stays work.
 */
const FIGURE_PER_YEAR = new RegExp(String.raw`^(${FIGURE_WORDS}|planmonitor)\b[^:]{0,80}:\s*(?<series>.+)$`, 'isu');
/** One year's figure in such a series: "2028: 38", "t/m 2030: 146". */
const YEAR_FIGURE = /^(t\/m\s+|tot\s+en\s+met\s+|na\s+)?20\d\d\s*:\s*(ca\.?\s*|[±~€]\s*)*\d[\d.,]*\s*(%|\p{L}+\.?)?$/iu;
/** Whether a text is only figures per year, apart by "|", ";" or ",". */
function figuresPerYear(series: string): boolean {
  const parts = series
    .split(/[|;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => YEAR_FIGURE.test(part));
}
/**
 * An indicator named without a figure, the figures beside it: "Aantal verhuringen aan 55-plussers", "Huurachterstand > 2
 * maanden (%)", "% toewijzingen via loting", "Aandeel nieuwbouw in houtbouw", "Gem. rapportcijfer huurders over DK".
 */
const INDICATOR_NAME = /^(aantal|percentage|aandeel|gemiddeld[e]?|gem\.|%)\s[^:]{3,60}$|\(%\)\s*$|^(kengetal(len)?|indicator|kpi|prestatie-?indicator)\b[^:]{0,20}:/i;
/**
 * A stock counted at a moment, the count beside it: "Sociale huurwoningen opgeleverd 2028", "Woningen met
 * label E, F of G eind 2028", "Verhuureenheden Woonwaarts in de gemeente Druten per 1 januari 2028". Homes,
 * then no verb (no word in -en in lower case: "… opknappen eind 2028" is work; "Druten" is a name), then a
 * participle or "eind" and the year, or the first or last day of a year.
 */
const STOCK_AT =
  /^(?:sociale\s+)?(?:huur|koop|nieuwbouw|senioren)?(?:woningen|appartementen|wooneenheden|verhuureenheden)\b((?:\s+[\p{L}\d,.()/+-]+){0,8}?)\s+(?:(?:opgeleverd|gerealiseerd|gebouwd|verkocht|gerenoveerd|geïsoleerd|verduurzaamd|toegewezen|verhuurd|eind|ultimo)\s+20\d\d|(?:per|op)\s+(?:1\s+januari|31\s+december)\s+20\d\d)\s*$/iu;
/** Whether a text is such a stock: no word between in lower case ending in -en, a verb ("opknappen"). */
function isStockAt(text: string): boolean {
  const m = STOCK_AT.exec(text);
  return m !== null && !(m[1] ?? '').split(/\s+/).some((w) => /^\p{Ll}+en$/u.test(w));
}

/** A whole divided in shares, three parts or more, a short label and a percentage each: "A+ e.h. 31% | A 22% | B 28% | C 14%". */
function isShareDistribution(text: string): boolean {
  const parts = text.split(/\s*[|;·]\s*/).filter((part) => part !== '');
  return parts.length >= 3 && parts.every((part) => /^[\p{L}\d+/.\s-]{1,15}?\s*\d+([.,]\d+)?\s*%$/u.test(part));
}

/** Whether a text is a figure given a label, an indicator named, a stock counted at a moment, or a label and figures only. */
export function isLabelledFigure(text: string): boolean {
  return FIGURE_LABEL.test(text) || INDICATOR_NAME.test(text) || isStockAt(text) || COUNT_AT_PEILDATUM.test(text) || isCountDated(text) || isPeopleCountAlone(text) || isShareDistribution(text) || figuresOnly(FIGURES_LABELLED.exec(text)?.groups?.figures ?? '', LABELLED_FIGURE_PART);
}

/** The year of a figure dated in brackets ("… (KWH 2025): 7,6"), or of a label dated so and figures only; else undefined. */
export function datedFigureYear(text: string): number | undefined {
  const dated = DATED_FIGURE.exec(text);
  const datedFigures = DATED_FIGURES.exec(text)?.groups;
  return dated ? Number(dated[3]) : datedFigures && figuresOnly(datedFigures.figures ?? '') ? Number(datedFigures.year) : undefined;
}

/** Whether a text is a figure's label and a figure per year (FIGURE_PER_YEAR). */
export function isFigurePerYear(text: string): boolean {
  const perYear = FIGURE_PER_YEAR.exec(text)?.groups;
  return perYear !== undefined && figuresPerYear(perYear.series ?? '');
}

/** The year of an earlier year's figures after their label (FIGURES_OF_YEAR, figuresOfYear); else undefined. */
export function yearOfFigures(text: string): number | undefined {
  const figures = FIGURES_OF_YEAR.exec(text)?.groups;
  return figures && figuresOfYear(figures.figures ?? '') ? Number(figures.year) : undefined;
}
