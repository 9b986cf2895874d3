// Resolves party names as they are written in the agreement's tables and in
// partners' spreadsheets: "Corporaties", "Huurders-organisaties", "Woonwaards",
// "Gemeente (aan de hand van …)". Pure. A name is never dropped: what cannot
// be resolved is kept as written with status 'unknown'.
import { keptAnswers } from './kept-answers';
import { editDistance } from './text';
import type { PartyId, PartyRef, ResolutionStatus } from './types';

export interface PartyResolverInput {
  parties: { id: PartyId; name: string; shortName: string; aliases: string[] }[];
  groups: { name: string; memberIds: PartyId[]; aliases: string[] }[];
  /** Known names outside the parties: "Zorg- en welzijnsinstellingen", "marktpartijen" … */
  externalNames: string[];
}

export interface PartyResolver {
  /** Splits a cell into the names it lists and resolves each; "" → []. */
  resolve(text: string): PartyRef[];
  /** Resolves one name without splitting it (a dropdown choice, a file name part). */
  resolveOne(name: string): PartyRef;
  /** One name known as written (a party's name, an alias, a group or an outside name), never a guess at a misspelling; undefined otherwise. */
  known(name: string): PartyRef | undefined;
}

/** Status of a name that is known as written (after normalisation). */
type KnownStatus = Extract<ResolutionStatus, 'exact' | 'alias' | 'group' | 'external'>;

interface Entry {
  status: KnownStatus;
  partyIds: PartyId[];
}

const ARTICLES = new Set(['de', 'het']);
/** ASCII letters and digits in words one space apart: nothing for normalizePartyName to take away but case and articles. */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The comparable form of a name: lower case, no diacritics, no dots, hyphens
 * inside words removed ("Huurders-organisaties"), other punctuation as
 * spaces, articles "de"/"het" left out, single spaces.
 * "Bewonersraad (De Kernen)" → "bewonersraad kernen"; "H.B.D." → "hbd".
 * Kept for the names asked lately: every window of an activity's words is asked (partiesNamedIn).
 */
export const normalizePartyName: (text: string) => string = keptAnswers(20_000, readPartyName);

function readPartyName(text: string): string {
  // Most text is plain words (each window of an activity's words is asked, partiesNamedIn): the same, in one pass.
  if (PLAIN_WORDS.test(text)) return text.toLowerCase().split(' ').filter((w) => !ARTICLES.has(w)).join(' ');
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/(?<=\p{L})[-\u2010\u2011]\s*\n\s*(?=\p{L})/gu, '')
    .replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !ARTICLES.has(w))
    .join(' ');
}

/** The party ids the refs stand for, each once, in order of appearance. */
export function partyIdsOf(refs: PartyRef[]): PartyId[] {
  const ids: PartyId[] = [];
  for (const ref of refs) {
    for (const id of ref.partyIds) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function createPartyResolver(input: PartyResolverInput): PartyResolver {
  const byKey = new Map<string, Entry>();
  // Earlier registrations win: a party's own name beats an alias, which beats
  // a group or an outside name that happens to normalise the same.
  const add = (name: string, entry: Entry): void => {
    const key = normalizePartyName(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
  };
  for (const p of input.parties) {
    add(p.name, { status: 'exact', partyIds: [p.id] });
    add(p.shortName, { status: 'exact', partyIds: [p.id] });
  }
  for (const p of input.parties) {
    for (const alias of p.aliases) add(alias, { status: 'alias', partyIds: [p.id] });
    add(p.id, { status: 'alias', partyIds: [p.id] });
  }
  for (const g of input.groups) {
    for (const name of [g.name, ...g.aliases]) add(name, { status: 'group', partyIds: [...g.memberIds] });
  }
  for (const name of input.externalNames) add(name, { status: 'external', partyIds: [] });

  const entries = [...byKey.entries()].map(([key, entry]) => ({ compact: compact(key), entry }));

  const lookup = (name: string): Entry | undefined => byKey.get(normalizePartyName(name));

  const toRef = (written: string, entry: Entry): PartyRef => ({
    written,
    partyIds: [...entry.partyIds],
    status: entry.status,
  });

  /** A likely misspelling of a known name, or undefined. */
  const nearest = (name: string): Entry | undefined => {
    const target = compact(normalizePartyName(name));
    if (target === '') return undefined;
    let best = Number.POSITIVE_INFINITY;
    let found: Entry[] = [];
    for (const { compact: known, entry } of entries) {
      // A slip of the pen keeps the first letter ("Woonwaards", "Gemeete"); a person's name does not ("Jeroen" is no "Kernen").
      if (known[0] !== target[0]) continue;
      const d = editDistance(target, known);
      if (d > allowedDistance(known)) continue;
      if (d < best) {
        best = d;
        found = [entry];
      } else if (d === best) {
        found.push(entry);
      }
    }
    const distinct = new Map(found.map((e) => [`${e.status === 'external'}:${e.partyIds.join(',')}`, e]));
    // Two different names equally near: guessing would hide the problem.
    return distinct.size === 1 ? found[0] : undefined;
  };

  const fuzzyRef = (written: string, entry: Entry): PartyRef =>
    // A misspelt outside name is still only an outside name: nothing to confirm.
    entry.status === 'external'
      ? { written, partyIds: [], status: 'external' }
      : { written, partyIds: [...entry.partyIds], status: 'fuzzy' };

  /** One name, without parenthesis handling. */
  const resolvePlain = (written: string): PartyRef => {
    const entry = lookup(written);
    if (entry) return toRef(written, entry);
    const near = nearest(written);
    if (near) return fuzzyRef(written, near);
    return { written, partyIds: [], status: 'unknown' };
  };

  const resolveOne = (name: string): PartyRef => {
    const written = name.trim();
    if (written === '') return { written, partyIds: [], status: 'unknown' };

    // The whole string first: "Bewonersraad (De Kernen)" is a name, not a qualifier.
    const whole = lookup(written);
    if (whole) return toRef(written, whole);

    const paren = /^(.*?)\s*\(([^()]*)\)\s*$/s.exec(written);
    const base = paren?.[1]?.trim() ?? '';
    const inner = paren?.[2]?.trim() ?? '';
    if (paren && base !== '') {
      const baseRef = resolvePlain(base);
      const innerEntry = inner === '' ? undefined : lookup(inner);
      const ref: PartyRef = { ...baseRef, written };
      if (innerEntry && baseRef.status !== 'unknown' && isNarrowing(innerEntry.partyIds, baseRef.partyIds)) {
        // "Huurdersorganisaties (HBD)": the parenthesis says which one.
        if (innerEntry.partyIds.length < baseRef.partyIds.length) {
          ref.partyIds = [...innerEntry.partyIds];
          if (baseRef.status === 'group') ref.status = innerEntry.status;
        }
        return ref;
      }
      if (inner !== '') ref.qualifier = inner;
      return ref;
    }

    return resolvePlain(written);
  };

  /** One name as listed; "HBD/Bewonersraad" becomes two, but only when every part is known. */
  const resolveName = (name: string): PartyRef[] => {
    const ref = resolveOne(name);
    if (ref.status !== 'unknown' && ref.status !== 'fuzzy') return [ref];
    const slashParts = splitTopLevel(name, SLASH);
    if (slashParts.length > 1) {
      const refs = slashParts.map(resolveOne);
      if (refs.every((r) => r.status !== 'unknown')) return refs;
    }
    return [ref];
  };

  /** A part between commas: one name, or names joined by "en". */
  const resolvePart = (part: string): PartyRef[] => {
    const whole = lookup(part);
    if (whole) return [toRef(part.trim(), whole)];
    const names = splitTopLevel(part, CONJUNCTION);
    if (names.length > 1) {
      const refs = names.flatMap(resolveName);
      // "en" inside an unknown name ("Bouwen en Wonen") is not a list.
      if (refs.some((r) => r.status !== 'unknown')) return refs;
    }
    return resolveName(part);
  };

  const resolve = (text: string): PartyRef[] => {
    const cleaned = text
      .replace(/(?<=\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '-') // "Huurders-⏎organisaties"
      .replace(/\s*[\r\n]+\s*/g, ', ') // one name per line
      .trim();
    if (cleaned.replace(/[\s,;]+/g, '') === '') return [];
    const whole = lookup(cleaned);
    if (whole) return [toRef(cleaned, whole)];
    return splitTopLevel(cleaned, LIST_SEPARATOR).flatMap(resolvePart);
  };

  const known = (name: string): PartyRef | undefined => {
    const entry = lookup(name);
    return entry && toRef(name.trim(), entry);
  };

  return { resolve, resolveOne, known };
}

/** "," or ";" between names. */
const LIST_SEPARATOR = /\s*[,;]\s*/y;
/** "/" between names: "HBD/Bewonersraad". */
const SLASH = /\s*\/\s*/y;
/** " en ", " & ", " + " between names (never inside "Zorg- en welzijn…"). */
const CONJUNCTION = /\s+(?:en|&|\+)\s+/iy;

/**
 * Splits at a sticky separator outside parentheses, skipping a separator
 * right after "-" (Dutch elision: "Zorg- en welzijnsinstellingen").
 * Empty parts are left out.
 */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0 && i > 0 && text[i - 1] !== '-') {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m[0].length > 0) {
        parts.push(text.slice(start, i));
        i += m[0].length;
        start = i;
        continue;
      }
    }
    i++;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Whether `narrow` names some of `wide`'s parties and nothing else. */
function isNarrowing(narrow: PartyId[], wide: PartyId[]): boolean {
  return narrow.length > 0 && narrow.every((id) => wide.includes(id));
}

function compact(key: string): string {
  return key.replace(/ /g, '');
}

/** How many typing errors a name of this length may carry and still be recognised. */
function allowedDistance(known: string): number {
  if (known.length <= 3) return 0;
  if (known.length <= 5) return 1;
  if (known.length <= 14) return 2;
  return 3;
}
