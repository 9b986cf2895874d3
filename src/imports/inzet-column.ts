// A column headed "Bij" (or "Inzet") holds the number of the inzet item the
// row serves: "1" there means "bij 1", not theme 1. With the row's own topic
// beside it ("Ond": "1.1"), the two make the afspraak's reference "1.1 bij 1".
// Pure.
import { normalizeHeader } from '../domain/text';
import type { ReadTable } from './table';

const INZET_HEADING = /^(bij|bij nr|bij nummer|inzet|inzet nr|nr inzet|bij inzet)$/;
const BARE_NUMBER = /^\s*(\d{1,2})\s*\.?\s*$/;
const TOPIC = /^\s*(?:pa|par\.?|paragraaf|onderwerp|thema)?\s*(\d+(?:\.\d+)?)\s*\.?\s*$/i;

/** A theme column beside the topic one ("Th" | "Ond"): its number stands in where a theme has no topics ("—"). */
const THEME_HEADING = /^(th|thema|hoofdthema)$/;

export function inzetNumbersAsReferences(read: ReadTable): ReadTable {
  const refColumn = read.columns.find((c) => c.field === 'agreementRef');
  if (!refColumn || !INZET_HEADING.test(normalizeHeader(refColumn.header))) return read;
  const themeColumn = read.columns.find((c) => c.field === null && THEME_HEADING.test(normalizeHeader(c.header)));
  return {
    ...read,
    activities: read.activities.map((act) => {
      const number = act.agreementRef === undefined ? null : BARE_NUMBER.exec(act.agreementRef);
      if (!number) return act;
      const topic =
        (act.topicContext === undefined ? null : TOPIC.exec(act.topicContext)) ??
        (themeColumn === undefined ? null : TOPIC.exec(act.extra[themeColumn.header] ?? ''));
      return { ...act, agreementRef: topic ? `${topic[1]} bij ${number[1]}` : `bij ${number[1]}` };
    }),
  };
}
