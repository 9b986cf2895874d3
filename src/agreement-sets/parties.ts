// The parties of a set as the reader proposes them: from the signatories when
// the document has them, else from the names in the trekker and betrokkenen
// columns. Kind is guessed from the name; a tenant organisation is linked to
// the corporation whose name it carries ("Bewonersraad De Kernen"), or, when
// exactly one of each is left, to that one (a guess, marked so). Group words
// ("Corporaties", "Huurdersorganisaties") stand for the set's own members.
import type { PartyData, PartyGroupData } from '../domain/dataset';
import { createPartyResolver, normalizePartyName, type PartyResolver } from '../domain/parties';
import type { PartyKind } from '../domain/types';
import type { PartyProposal } from './types';

export interface Signatory {
  partyName: string;
  name: string;
  role: string;
}

/** Words that name a group of parties, never one party. */
const GROUP_WORDS: { kind: PartyKind; name: string; aliases: string[] }[] = [
  {
    kind: 'corporation',
    name: 'Corporaties',
    aliases: ['Woningcorporaties', 'de corporaties', 'alle corporaties', 'Woningbouwcorporaties'],
  },
  {
    kind: 'tenant-body',
    name: 'Huurdersorganisaties',
    aliases: ['Huurdersorganisatie', 'De Huurdersorganisatie', 'de huurdersorganisaties', 'Huurdersverenigingen', 'Huurders'],
  },
];

/** "Partijen", "alle partijen": every party of the set. */
const ALL_WORDS = ['Partijen', 'Alle partijen', 'Tripartiete partijen', 'Wij', 'We'];

/** The kind of a party from its name, else from its signatory's role ("Wethouder", "Directeur-bestuurder"). */
export function guessKind(name: string, role = ''): { kind: PartyKind; guessed: boolean } {
  const n = normalizePartyName(name);
  if (/\bgemeente\b/.test(n)) return { kind: 'municipality', guessed: false };
  if (/(huurder|bewoners(raad|commissie|vereniging)|huurdersbelang)/.test(n)) return { kind: 'tenant-body', guessed: false };
  if (/(woon|wonen|woning|corporatie|huisvesting)/.test(n)) return { kind: 'corporation', guessed: false };
  const r = normalizePartyName(role);
  if (/\b(wethouder|burgemeester)\b/.test(r)) return { kind: 'municipality', guessed: false };
  if (/(directeur|bestuurder)/.test(r)) return { kind: 'corporation', guessed: false };
  return { kind: 'corporation', guessed: true };
}

/** A party's code from its name: "De Kernen" → "de-kernen". */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'partij'
  );
}

/** The initials of a name of three or more words: "Huurdersbelangen Beuningen Druten" → "HBD". */
function acronym(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(de|het|van|en)$/i.test(w));
  return words.length >= 3 ? words.map((w) => w.charAt(0).toUpperCase()).join('') : null;
}

/** Party data for a proposed name, with the aliases people write it with. */
export function partyFromName(name: string, municipality: string, taken: Set<string>, signatory?: Signatory): { party: PartyData; kindGuessed: boolean } {
  const { kind, guessed } = guessKind(name, signatory?.role);
  const aliases = new Set<string>();
  let shortName = name;
  if (kind === 'municipality') {
    shortName = 'Gemeente';
    aliases.add('Gemeente');
    aliases.add('De gemeente');
    if (municipality) aliases.add(`Gemeente ${municipality}`);
  }
  const short = acronym(name);
  if (short) aliases.add(short);
  const withoutParens = name.replace(/\s*\(([^)]*)\)/g, ' $1').trim();
  if (withoutParens !== name) aliases.add(withoutParens);
  // A name of three words or more goes by its initials, as people write it: "HBD".
  let id = slug(kind === 'municipality' ? 'gemeente' : (short ?? name));
  for (let i = 2; taken.has(id); i++) id = `${slug(name)}-${i}`;
  taken.add(id);
  aliases.delete(name);
  aliases.delete(shortName);
  return {
    party: {
      id,
      name,
      shortName,
      kind,
      linkedPartyIds: [],
      aliases: [...aliases],
      signatory: signatory ? { name: signatory.name, role: signatory.role } : { name: '', role: '' },
    },
    kindGuessed: guessed,
  };
}

/**
 * The names of the signatories as the document uses them elsewhere: a name holding
 * another party's name in other capitals takes that party's own spelling
 * ("Bewonersraad de Kernen" → "Bewonersraad De Kernen", as De Kernen writes itself),
 * and a long name whose initials the afspraken tables use goes by them ("HBD").
 * What was written first is kept as an alias.
 */
export function settlePartyNames(parties: PartyData[], tableTexts: readonly string[]): void {
  for (const party of parties) {
    for (const other of parties) {
      if (other === party || other.name.length < 4) continue;
      const at = party.name.toLowerCase().indexOf(other.name.toLowerCase());
      if (at < 0 || party.name.slice(at, at + other.name.length) === other.name) continue;
      const written = party.name;
      party.name = `${written.slice(0, at)}${other.name}${written.slice(at + other.name.length)}`;
      if (party.shortName === written) party.shortName = party.name;
      party.aliases = [...new Set([...party.aliases, written])].filter((a) => a !== party.name && a !== party.shortName);
    }
    const initials = acronym(party.name);
    if (party.kind === 'municipality' || !initials || party.shortName !== party.name) continue;
    const word = new RegExp(`(^|[^\\p{L}])${initials}($|[^\\p{L}])`, 'u');
    if (!tableTexts.some((t) => word.test(t))) continue;
    party.shortName = initials;
    party.aliases = [...new Set([initials, ...party.aliases])];
  }
}

/** Links each tenant organisation to its corporation: by name, else the last pair left (guessed). */
export function linkTenants(parties: PartyData[]): Set<string> {
  const guessed = new Set<string>();
  const corporations = parties.filter((p) => p.kind === 'corporation');
  const tenants = parties.filter((p) => p.kind === 'tenant-body');
  const link = (tenant: PartyData, corporation: PartyData): void => {
    tenant.linkedPartyIds = [corporation.id];
    corporation.linkedPartyIds = [...corporation.linkedPartyIds, tenant.id];
  };
  for (const tenant of tenants) {
    const words = ` ${normalizePartyName(`${tenant.name} ${tenant.signatory.role}`)} `;
    const found = corporations.filter((c) => words.includes(` ${normalizePartyName(c.name)} `));
    if (found.length === 1) link(tenant, found[0] as PartyData);
  }
  const freeTenants = tenants.filter((t) => t.linkedPartyIds.length === 0);
  const freeCorporations = corporations.filter((c) => c.linkedPartyIds.length === 0);
  if (freeTenants.length === 1 && freeCorporations.length === 1) {
    link(freeTenants[0] as PartyData, freeCorporations[0] as PartyData);
    guessed.add((freeTenants[0] as PartyData).id);
    guessed.add((freeCorporations[0] as PartyData).id);
  }
  return guessed;
}

/** The groups of the set: each group word standing for the set's own members of that kind, and (withAll) "Partijen" for all. */
export function groupsFor(parties: PartyData[], withAll = true): PartyGroupData[] {
  const groups: PartyGroupData[] = [];
  for (const g of GROUP_WORDS) {
    const members = parties.filter((p) => p.kind === g.kind).map((p) => p.id);
    if (members.length > 0) groups.push({ name: g.name, memberIds: members, aliases: [...g.aliases] });
  }
  if (withAll && parties.length > 0) groups.push({ name: ALL_WORDS[0] as string, memberIds: parties.map((p) => p.id), aliases: ALL_WORDS.slice(1) });
  return groups;
}

export function resolverFor(parties: PartyData[], groups: PartyGroupData[], externalNames: string[]): PartyResolver {
  return createPartyResolver({ parties, groups, externalNames });
}

export function proposals(parties: PartyData[], source: PartyProposal['source'], kindGuessed: Set<string>, linkGuessed: Set<string>): PartyProposal[] {
  return parties.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    source,
    kindGuessed: kindGuessed.has(p.id),
    linkGuessed: linkGuessed.has(p.id),
  }));
}

/** Whether a written name is a group word (and so proposes no party of its own). */
export function isGroupWord(name: string): boolean {
  const n = normalizePartyName(name);
  return [...GROUP_WORDS.flatMap((g) => [g.name, ...g.aliases]), ...ALL_WORDS].some((w) => normalizePartyName(w) === n);
}
