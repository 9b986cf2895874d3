// A plan kept as a budget or a cost overview holds lines that are bookkeeping, not work: an invoice or a final
// instalment paid for work of an earlier year ("Factuur drukwerk jaarverslag 2026", "Slottermijn aannemer
// Kloosterakker, 27 won. opgeleverd dec. 2026"), money moved between budget lines ("Begrotingswijziging: € 40.000
// overhevelen van energietransitie naar volkshuisvesting"), and the organisation's running costs ("Huur
// kantoorruimte + telefoon"); and a price or a tariff ("Tarief zonnepanelen: € 2,75 per paneel per maand"). A budget line
// that pays for the year's work ("Verhuiscoach: bijdrage 2028") is work.
// Pure.
import { OWN_ACTION } from './talk-rows';
import { yearsOf } from './years';

/** A payment for work: "Factuur …", "Facturen …", "Slottermijn …", "Eindafrekening …". */
const PAYMENT = /^(?:factu(?:ur|ren)|slottermijn|eindafrekening|(?:laatste\s+)?termijnbetaling)\b/i;
/** Money moved between budget lines: "… overhevelen van … naar …", "overboeking", "budgetverschuiving". */
const BUDGET_TRANSFER = /^(?:begrotingswijziging\s*[:–-]\s*)?(?:€\s*[\d.,]+\s+)?(?:overhevel(?:en|ing)|overboek(?:en|ing)|budgetverschuiving)\b/i;
/** The organisation's own running costs: "Huur kantoorruimte", "Kantoorkosten", "Bankkosten", "Telefoonkosten". */
const RUNNING_COSTS = /^(?:huur\s+(?:van\s+)?(?:het\s+|de\s+)?kantoor(?:ruimte)?|kantoorkosten|bankkosten|telefoonkosten)\b/i;

/** A price or a tariff after what it is for: "Tarief zonnepanelen: € 2,75 per paneel per maand, …", "Pluspakket badkamer: € 9,- p/m …". */
const PRICE = /^[^:;]{2,40}:\s*€\s*\d[\d.,]*(,-)?\s*(per\s|p\/?m\b|p\.m\.|p\/?j\b|\/\s*(maand|mnd|jaar|week)\b)/iu;
/** Why a line of a budget is bookkeeping rather than work, or a price rather than work; or undefined. */
export function moneyReason(text: string, planningYear: number | undefined): { code: string; why: string } | undefined {
  const years = yearsOf(text);
  if (PAYMENT.test(text) && planningYear !== undefined && years.length > 0 && years.every((y) => y < planningYear)) {
    return { code: 'done-before', why: `is de betaling van werk uit ${years.at(-1) as number}, vóór ${planningYear}` };
  }
  if (BUDGET_TRANSFER.test(text)) return { code: 'figure-row', why: 'verschuift geld tussen posten van de begroting, geen werk' };
  if (RUNNING_COSTS.test(text)) return { code: 'figure-row', why: 'is een vaste kostenpost van de eigen organisatie, geen werk' };
  if (PRICE.test(text) && !OWN_ACTION.test(text)) return { code: 'figure-row', why: 'noemt een prijs of tarief, geen werk' };
  return undefined;
}
