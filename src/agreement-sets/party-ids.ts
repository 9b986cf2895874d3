// Parties are stored once for the whole database and shared by the sets that
// name them. A new set whose party has the id of a different party already
// stored (another municipality's "gemeente") gets its own id, and every
// reference inside the set follows; the same party (same id and name, as in
// the next period of the same werkgroep) keeps its id and is shared.
import type { AgreementSetData } from '../domain/dataset';

/** The set with each party id that is taken by a differently named party replaced by a free one. */
export function withFreePartyIds(data: AgreementSetData, stored: ReadonlyMap<string, string>): AgreementSetData {
  const taken = new Set([...stored.keys(), ...data.parties.map((p) => p.id)]);
  const renamed = new Map<string, string>();
  const suffix = slug(data.municipality) || slug(data.code) || 'set';
  for (const p of data.parties) {
    const storedName = stored.get(p.id);
    if (storedName === undefined || storedName === p.name) continue;
    let id = `${p.id}-${suffix}`;
    for (let n = 2; taken.has(id); n++) id = `${p.id}-${suffix}-${n}`;
    taken.add(id);
    renamed.set(p.id, id);
  }
  if (renamed.size === 0) return data;
  const to = (id: string): string => renamed.get(id) ?? id;
  return {
    ...data,
    parties: data.parties.map((p) => ({ ...p, id: to(p.id), linkedPartyIds: p.linkedPartyIds.map(to) })),
    groups: data.groups.map((g) => ({ ...g, memberIds: g.memberIds.map(to) })),
    indicators: data.indicators.map((i) => ({
      ...i,
      partyIds: i.partyIds.map(to),
      milestones: i.milestones.map((m) => (m.partyId ? { ...m, partyId: to(m.partyId) } : m)),
    })),
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
