// A plan with a budget often ends with the organisation's own cost posts
// among its activities: "Zaalhuur en koffie bestuursvergaderingen",
// "Lidmaatschap Woonbond", "(Post) onvoorzien"; a corporation's meerjarenbegroting
// opens with its exploitation: "Huuropbrengsten", "Onderhoudslasten",
// "Rentelasten", "Saldo exploitatie"; a gemeente's with what it holds in reserve:
// "Reservering vereveningsfonds", and its own apparatus: "Apparaatskosten wonen
// (toerekening …)"; an hours sheet with its capacity lines: "Overhead / teamoverleg",
// "Verlof en ziekte", "Beschikbaar", "Reserve onvoorzien". Such a row says what money comes in or
// is set aside for, not what the party will do: it has amounts and nothing else
// (no trekker, partner, role, planning, reference). It is kept as a note of
// the submission, with a warning naming the row, so the secretary sees it and
// nothing is lost. Pure.
import { MONTH } from '../domain/dates-in-text';
import { keptAsNotes } from './kept-as-notes';
import { activityPlace, problem, quote } from './problems';
import type { ReadTable } from './table';
import type { ReadActivity } from './types';

/**
 * The words a budget post opens with, as treasurers write them: a cost post, or an exploitation
 * line of income, charges or their balance (a word ending in "opbrengsten", "baten", "lasten").
 */
const COST_POST =
  /^(post\s+)?(\p{L}*(opbrengsten|baten|lasten)|saldo|reservering(en)?|overhead|apparaatskosten|toerekening|egalisatie|dotatie|risico-opslag|verlof(\s+en\s+ziekte)?|ziekteverzuim|beschikbaar(e\s+uren)?|reserve(\s+onvoorzien)?|(opleiding\s+en\s+)?intervisie|exploitatieresultaat|afschrijvingen|onvoorzien|diversen|zaalhuur|huur (van )?(de )?(zaal|ruimte|vergaderruimte)|lidmaatschap|contributie|abonnement|bankkosten|kantoorkosten|reiskosten|administratiekosten|accountant(skosten)?|(controle (van de )?)?jaarrekening|verzekering(en)?|porto|drukwerk|telefonie|telefoonkosten|(kantoor)?automatisering|ict-kosten|huisvestingskosten|vergaderkosten|bestuurskosten|vergoeding(en)? (voor )?(de )?(bestuursleden|bestuur|vrijwilligers)|vrijwilligersvergoeding(en)?|onkostenvergoeding(en)?|presentiegeld(en)?|representatie(kosten)?)\b/iu;

/**
 * Beside a post: its name in a column of its own ("Kostenpost": "Accountant"), where its money comes from ("Dekking":
 * "algemene middelen"), and the part of the organisation whose budget holds it ("Afdeling": "Control", "Team": "Bedrijfsvoering").
 */
const POST_COLUMN = /^((kosten|begrotings)?post(naam)?|kostensoort|dekking|financiering(sbron)?|bron|grootboek(rekening)?|kostenplaats|kostendrager|afdeling|team|budgethouder)$/i;
/** A quarter or a month: when something is done. */
const WHEN = new RegExp(String.raw`\bQ[1-4]\b|\b${MONTH}(?![\p{L}])`, 'iu');
/** A remark beside a post that it is not spent in the year: "geen uitgaven in 2028". */
const NOT_SPENT = /^geen\s+(uitgaven|kosten|besteding(en)?)\b[^.;]{0,30}$/i;

/** Fields that make a row something a party does, with someone, at some time. */
const DOING: readonly (keyof ReadActivity)[] = ['lead', 'involved', 'role', 'agreementRef', 'planning', 'needs', 'needsFrom', 'ambition', 'key'];

/**
 * A contribution or budget named by its year, as a budget line is: "Bijdrage De Kernen aan de Bewonersraad 2026",
 * "Subsidie gemeente 2027", "Bijdrage De Kernen 2028 (werkbudget)".
 */
const YEAR_POST = /^(bijdrage|subsidie|budget|begroting)\b.*\b20\d\d\s*(\([^()]*\)\s*)?$/i;

function isCostPost(act: ReadActivity): boolean {
  if (!COST_POST.test(act.activity.trim()) && !YEAR_POST.test(act.activity.trim())) return false;
  if (DOING.some((field) => act[field] !== undefined && String(act[field]).trim() !== '')) return false;
  // A remark that says when ("gunning Q2") plans it: "Reservering aannemer voor de dakrenovatie: … gunnen".
  if (WHEN.test(act.notes ?? '')) return false;
  // Beside the text only amounts (the budget, last year's actuals), the post's own code ("C2"), its name and its funding.
  return Object.entries(act.extra).every(
    ([header, value]) =>
      POST_COLUMN.test(header.trim()) || /^[\s€\d.,-]*$/.test(value) || /^[A-Z]{0,3}[-.]?\d{1,3}[a-z]?$/i.test(value.trim()) || NOT_SPENT.test(value.trim()),
  );
}

export function costPostsAsNotes(read: ReadTable, file: string): ReadTable {
  return keptAsNotes(read, read.activities.filter(isCostPost), (a) =>
    problem(
      'warning',
      'cost-post',
      activityPlace(file, a),
      `${quote(a.activity)} is een begrotingspost (alleen bedragen, geen trekker, partner of planning); bewaard als opmerking bij het overzicht, niet als activiteit. Is het wel een activiteit, vul dan in wie het doet of wanneer.`,
    ),
  );
}
