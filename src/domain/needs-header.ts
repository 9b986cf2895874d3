// The parties a needs column's heading names: "Nodig van gemeente/huurders"
// says whom the column's requests are for, where a "Van wie?" column would.
// Pure; the names are returned as written and resolved by whoever knows the
// parties (the bundle), so an unknown word is simply not a party.
import { normalizeHeader } from './text';

/** Words after "van" or "aan" that name no one in particular: "Nodig van andere partijen", "(van wie)". */
const NOBODY = new Set(['wie', 'anderen', 'andere', 'andere partijen', 'partijen', 'partners', 'derden', 'elkaar', 'de anderen']);

/**
 * "Nodig van gemeente/huurders" → ["gemeente", "huurders"]; "Wat hebben we
 * nodig van de gemeente?" → ["de gemeente"]; "Wat hebben we nodig (van
 * wie)?" and "Nodig van andere partijen" → []. The names after the last
 * "van" or "aan", split at "/", ",", "en", "of", "&" and "+".
 */
export function namesInNeedsHeader(header: string): string[] {
  const text = header.replace(/[\r\n]+/g, ' ');
  const at = [...text.matchAll(/\b(van|aan)\s+/gi)].pop();
  if (!at || at.index === undefined) return [];
  const rest = text.slice(at.index + at[0].length).replace(/[()?:!.]+/g, ' ');
  return rest
    .split(/\s*(?:\/|,|;|&|\+|\s(?:en|of)\s)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !NOBODY.has(normalizeHeader(name)));
}
