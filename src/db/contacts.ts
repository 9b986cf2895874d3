// The parties' contacts, the secretary's own wording of the e-mails, and who
// the e-mails come from. SQL lives here only.
import type { PartyContact } from '../domain/contacts';
import type { Db } from './open';

interface ContactRecord {
  id: number;
  party_id: string;
  name: string;
  email: string;
  role: string;
}

const toContact = (r: ContactRecord): PartyContact => ({ id: r.id, partyId: r.party_id, name: r.name, email: r.email, role: r.role });

/** Every contact of the set, or of one party, in the parties' order and then as kept. */
export function listContacts(db: Db, setId: number, partyId?: string): PartyContact[] {
  const rows = db
    .prepare<[number], ContactRecord>(
      `SELECT c.id, c.party_id, c.name, c.email, c.role FROM party_contacts c JOIN parties p ON p.id = c.party_id
       WHERE c.set_id = ? ORDER BY p.position, c.position, c.id`,
    )
    .all(setId);
  return rows.filter((r) => partyId === undefined || r.party_id === partyId).map(toContact);
}

export function getContact(db: Db, setId: number, id: number): PartyContact | null {
  const row = db
    .prepare<[number, number], ContactRecord>('SELECT id, party_id, name, email, role FROM party_contacts WHERE set_id = ? AND id = ?')
    .get(setId, id);
  return row ? toContact(row) : null;
}

/** The contact of a party with this address (case-insensitive), if any. */
export function contactByEmail(db: Db, setId: number, partyId: string, email: string): PartyContact | null {
  const row = db
    .prepare<[number, string, string], ContactRecord>(
      'SELECT id, party_id, name, email, role FROM party_contacts WHERE set_id = ? AND party_id = ? AND lower(email) = lower(?)',
    )
    .get(setId, partyId, email);
  return row ? toContact(row) : null;
}

export function insertContact(db: Db, setId: number, c: Omit<PartyContact, 'id'>): number {
  const next = db
    .prepare<[number, string], { n: number }>('SELECT COALESCE(MAX(position), 0) + 1 AS n FROM party_contacts WHERE set_id = ? AND party_id = ?')
    .get(setId, c.partyId);
  const info = db
    .prepare('INSERT INTO party_contacts (set_id, party_id, name, email, role, position) VALUES (?, ?, ?, ?, ?, ?)')
    .run(setId, c.partyId, c.name, c.email, c.role, next?.n ?? 1);
  return Number(info.lastInsertRowid);
}

export function updateContact(db: Db, setId: number, c: PartyContact): void {
  db.prepare('UPDATE party_contacts SET name = ?, email = ?, role = ? WHERE set_id = ? AND id = ?').run(c.name, c.email, c.role, setId, c.id);
}

export function deleteContact(db: Db, setId: number, id: number): void {
  db.prepare('DELETE FROM party_contacts WHERE set_id = ? AND id = ?').run(setId, id);
}

export interface StoredTemplate {
  kind: string;
  subject: string;
  body: string;
  updatedAt: string;
  updatedBy: string;
}

export function storedTemplates(db: Db, setId: number): StoredTemplate[] {
  return db
    .prepare<[number], { kind: string; subject: string; body: string; updated_at: string; updated_by: string }>(
      'SELECT kind, subject, body, updated_at, updated_by FROM mail_templates WHERE set_id = ?',
    )
    .all(setId)
    .map((r) => ({ kind: r.kind, subject: r.subject, body: r.body, updatedAt: r.updated_at, updatedBy: r.updated_by }));
}

export function saveTemplate(db: Db, setId: number, t: StoredTemplate): void {
  db.prepare(
    `INSERT INTO mail_templates (set_id, kind, subject, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (set_id, kind) DO UPDATE SET subject = excluded.subject, body = excluded.body,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(setId, t.kind, t.subject, t.body, t.updatedAt, t.updatedBy);
}

/** Back to the wording in the code. */
export function removeTemplate(db: Db, setId: number, kind: string): void {
  db.prepare('DELETE FROM mail_templates WHERE set_id = ? AND kind = ?').run(setId, kind);
}

export function storedSender(db: Db, setId: number): { name: string; email: string } | null {
  return db.prepare<[number], { name: string; email: string }>('SELECT name, email FROM mail_sender WHERE set_id = ?').get(setId) ?? null;
}

export function saveSender(db: Db, setId: number, s: { name: string; email: string; updatedAt: string; updatedBy: string }): void {
  db.prepare(
    `INSERT INTO mail_sender (set_id, name, email, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (set_id) DO UPDATE SET name = excluded.name, email = excluded.email,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(setId, s.name, s.email, s.updatedAt, s.updatedBy);
}
