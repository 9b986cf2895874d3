// A planning board's export (Planner, Trello, a kanban sheet) holds, besides its cards, rows that are no work of
// their own: a card's checklist items written as rows under it ("↳ agenda + uitnodiging rondsturen", or a remark
// "checklistitem van "Overlegtafel Leefbaarheid""), and the upkeep of the board itself ("Board opschonen: kaarten
// 2026 archiveren"). An item due after its card is work that follows it, not a step towards it ("↳ checklist: na
// de schouw meepraten over uitvoeringsplan gemeente", due October under a schouw in May). Pure.
import { MONTHS_NL } from '../domain/calendar';
import type { ReadActivity } from './types';

/** A sub-item's arrow before the text: "↳ checklist: folders meenemen". */
const SUB_ITEM = /^↳/u;
/** A cell that says the row is an item of another card: "checklistitem van "…"", "checklist DK-04", "van kaart "…"". */
const ITEM_OF_CARD = /^(?:checklist(?:item|punt)?\s+(?:van\b|\p{Lu}{1,4}-?\d)|(?:onderdeel\s+)?van\s+(?:de\s+)?kaart\b)/iu;
/** Work on the board itself: "Board opschonen", "Bord opschonen + lijsten hernoemen". */
const BOARD_UPKEEP = /^(?:het\s+)?(?:board|bord)\s+(?:opschonen|opruimen|bijwerken|archiveren)\b/i;
/** A day as a date cell is read: "25 januari 2027". */
const DAY = new RegExp(String.raw`^(\d{1,2})\s+(${MONTHS_NL.join('|')})\s+(20\d\d)$`, 'i');

/** Whether the row is a checklist item of a card: its text opens with an arrow, or a remark beside it says so. */
export function isCardItem(act: ReadActivity): boolean {
  return SUB_ITEM.test(act.activity.trim()) || Object.values(act.extra).some((value) => ITEM_OF_CARD.test(value.trim()));
}

/**
 * Why a row of a planning board is no activity of its own, or undefined: a checklist item of the card above it
 * (`card`, the last row that is no item), unless it is due after that card; or the board's own upkeep.
 */
export function boardPartReason(act: ReadActivity, card: ReadActivity | undefined): { code: string; why: string } | undefined {
  const text = act.activity.trim();
  if (isCardItem(act)) {
    const due = dayOf(act.planning);
    const cardDue = dayOf(card?.planning);
    if (due !== undefined && cardDue !== undefined && due > cardDue) return undefined;
    const itemOf = Object.entries(act.extra).find(([, value]) => ITEM_OF_CARD.test(value.trim()));
    const said = itemOf ? ` (${itemOf[0]}: "${itemOf[1].trim()}")` : '';
    return { code: 'remark-row', why: `is een onderdeel van een kaart erboven${said}, geen eigen activiteit` };
  }
  if (BOARD_UPKEEP.test(text)) return { code: 'remark-row', why: 'is werk aan het bord zelf, geen activiteit' };
  return undefined;
}

/** A day as a sortable number (20270125), or undefined where the planning is no single day. */
function dayOf(planning: string | undefined): number | undefined {
  const m = DAY.exec(planning?.trim() ?? '');
  if (!m) return undefined;
  return Number(m[3]) * 10000 + (MONTHS_NL.indexOf((m[2] as string).toLowerCase()) + 1) * 100 + Number(m[1]);
}
