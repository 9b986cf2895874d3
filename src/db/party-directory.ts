// Parties, groups and known outside names as stored: the input of the party resolver.
import type { Party, PartyKind, PartyRef } from '../domain/types';
import type { Db, ReadonlyDb } from './open';

export interface PartyDirectory {
  parties: Party[];
  groups: { name: string; memberIds: string[]; aliases: string[] }[];
  externalNames: string[];
}

/**
 * The parties, groups and outside names the resolver knows. With a set: only
 * that set's parties (those who signed it; parties are shared by the sets that
 * name them), and each group with the members it has in that set.
 */
export function loadPartyDirectory(db: ReadonlyDb, setId?: number): PartyDirectory {
  const all = db
    .prepare<[], { id: string; name: string; short_name: string; kind: PartyKind }>(
      'SELECT id, name, short_name, kind FROM parties ORDER BY position',
    )
    .all();
  const inSet =
    setId === undefined
      ? null
      : new Set(
          db
            .prepare<[number], { party_id: string }>('SELECT party_id FROM signatories WHERE set_id = ?')
            .all(setId)
            .map((r) => r.party_id),
        );
  const parties = inSet ? all.filter((p) => inSet.has(p.id)) : all;
  const links = db.prepare<[], { party_id: string; linked_party_id: string }>('SELECT * FROM party_links').all();
  const aliases = db
    .prepare<[], { party_id: string; alias: string }>('SELECT party_id, alias FROM party_aliases ORDER BY rowid')
    .all();
  const groups = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM party_groups ORDER BY id').all();
  const members = db
    .prepare<[], { group_id: number; party_id: string }>('SELECT group_id, party_id FROM party_group_members ORDER BY rowid')
    .all()
    .filter((m) => !inSet || inSet.has(m.party_id));
  const groupAliases = db
    .prepare<[], { group_id: number; alias: string }>('SELECT group_id, alias FROM party_group_aliases ORDER BY rowid')
    .all();
  const externalNames = db
    .prepare<[], { name: string }>('SELECT name FROM external_names ORDER BY rowid')
    .all()
    .map((r) => r.name);
  return {
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      shortName: p.short_name,
      kind: p.kind,
      linkedPartyIds: links.filter((l) => l.party_id === p.id && (!inSet || inSet.has(l.linked_party_id))).map((l) => l.linked_party_id),
      aliases: aliases.filter((a) => a.party_id === p.id).map((a) => a.alias),
    })),
    groups: groups
      .map((g) => ({
        name: g.name,
        memberIds: members.filter((m) => m.group_id === g.id).map((m) => m.party_id),
        aliases: groupAliases.filter((a) => a.group_id === g.id).map((a) => a.alias),
      }))
      .filter((g) => !inSet || g.memberIds.length > 0),
    externalNames,
  };
}

/** One stored row of a party reference: a reference naming two parties is two rows at the same position. */
export interface PartyRefRow {
  ref_position: number;
  written: string;
  qualifier: string | null;
  status: PartyRef['status'];
  party_id: string | null;
}

/** The party references of one agreement or activity in one role, from their rows in stored order. */
export function collectPartyRefs(rows: Iterable<PartyRefRow>): PartyRef[] {
  const refs: PartyRef[] = [];
  for (const p of rows) {
    let ref = refs[p.ref_position];
    if (!ref) {
      ref = { written: p.written, partyIds: [], status: p.status };
      if (p.qualifier !== null) ref.qualifier = p.qualifier;
      refs[p.ref_position] = ref;
    }
    if (p.party_id !== null) ref.partyIds.push(p.party_id);
  }
  return refs.filter((ref): ref is PartyRef => ref !== undefined);
}

export function partyExists(db: Db, partyId: string): boolean {
  return db.prepare('SELECT 1 FROM parties WHERE id = ?').get(partyId) !== undefined;
}

/** How many of the set's afspraken each party has, by role ('lead' or 'involved'). */
export function partyRoleCounts(db: Db, setId: number): { partyId: string; role: string; count: number }[] {
  return db
    .prepare<[number], { party_id: string; role: string; n: number }>(
      `SELECT p.party_id, p.role, COUNT(DISTINCT p.agreement_id) AS n
       FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
       JOIN topics t ON t.id = a.topic_id JOIN themes th ON th.id = t.theme_id
       WHERE th.set_id = ? AND p.party_id IS NOT NULL GROUP BY p.party_id, p.role`,
    )
    .all(setId)
    .map((r) => ({ partyId: r.party_id, role: r.role, count: r.n }));
}

/**
 * A party's names, and when given its aliases and the parties it is linked to
 * (a tenant organisation and its corporation, both ways), replaced whole. The
 * caller runs this inside a transaction, with the log entry.
 */
export function updatePartyRecord(db: Db, id: string, change: { name: string; shortName: string; aliases?: readonly string[]; linked?: readonly string[] }): void {
  db.prepare('UPDATE parties SET name = ?, short_name = ? WHERE id = ?').run(change.name, change.shortName, id);
  if (change.aliases) {
    db.prepare('DELETE FROM party_aliases WHERE party_id = ?').run(id);
    const add = db.prepare('INSERT OR IGNORE INTO party_aliases (party_id, alias) VALUES (?, ?)');
    for (const a of change.aliases) add.run(id, a);
  }
  if (change.linked) {
    db.prepare('DELETE FROM party_links WHERE party_id = ? OR linked_party_id = ?').run(id, id);
    const link = db.prepare('INSERT OR IGNORE INTO party_links (party_id, linked_party_id) VALUES (?, ?)');
    for (const l of change.linked) {
      link.run(id, l);
      link.run(l, id);
    }
  }
}
