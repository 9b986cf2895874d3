// The gemeente's roles (section 6.2: faciliteren, uitvoeren, organiseren,
// kaders stellen, financieren) in one spelling, however a partner typed them:
// "Faciliteren/ financieren", "KADERS STELLEN", "kaderstellen", "Uitvoeren en
// financieren". The bundle and the documents then show one word for one role.
// Any other role ("communicatie met huurders", "Faciliteren (grond)") is kept
// exactly as written. Pure.
import { editDistance } from '../domain/text';
import { MUNICIPAL_ROLES } from '../requests/template';

/** Between roles: a slash, a comma, a semicolon, a plus, an ampersand, "en", a line break. */
const SEPARATOR = /\s*(?:[/,;+&\n]|\ben\b)\s*/i;

function compact(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
}

const KNOWN = MUNICIPAL_ROLES.map((role) => ({ role, compact: compact(role) }));

/** The role a part names, allowing a typing error in a long word ("facilteren"); undefined when it is no role of the list. */
function roleOf(part: string): string | undefined {
  const c = compact(part);
  if (c === '') return undefined;
  let best: { role: string; distance: number } | undefined;
  for (const k of KNOWN) {
    const allowed = k.compact.length >= 9 ? 2 : 1;
    const d = editDistance(c, k.compact);
    if (d <= allowed && (!best || d < best.distance)) best = { role: k.role, distance: d };
  }
  return best?.role;
}

/**
 * The roles in one spelling, in the order written and each once
 * ("faciliteren, financieren"); the text as written when any part of it is not
 * one of the gemeente's roles.
 */
export function readRoles(text: string): string {
  const parts = text.split(SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length === 0) return text;
  const roles: string[] = [];
  for (const part of parts) {
    const role = roleOf(part);
    if (role === undefined) return text;
    if (!roles.includes(role)) roles.push(role);
  }
  return roles.join(', ');
}
