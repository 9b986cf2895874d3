// Agreements (Doelstellingen rows): reading with filters, and writing their
// derived fields (years, resolved parties, search text). SQL lives here only.
import { groupBy } from '../domain/group-by';
import { normalizeForSearch, searchTerms } from '../domain/text';
import type { AgreementFlag, PartyRef, PartyRole, Schedule, ScheduleKind } from '../domain/types';
import type { AgreementQuery, AgreementRow, AuditEntry, AuditField } from '../domain/agreements';
import { sqlColumn, type ColumnOf } from './identifiers';
import type { Db, ReadonlyDb } from './open';
import { collectPartyRefs } from './party-directory';
import { loadCycleSteps } from './set-content';

export interface AgreementTexts {
  text: string;
  leadText: string;
  involvedText: string;
  scheduleText: string;
}

export interface DerivedFields {
  schedule: Schedule;
  lead: PartyRef[];
  involved: PartyRef[];
}

export interface SearchContext {
  reference: string;
  topicTitle: string;
  themeTitle: string;
  commitmentText: string;
}

export function searchTextOf(texts: AgreementTexts, context: SearchContext): string {
  return normalizeForSearch(
    [
      context.reference,
      texts.text,
      texts.leadText,
      texts.involvedText,
      texts.scheduleText,
      context.commitmentText,
      context.topicTitle,
      context.themeTitle,
    ].join(' \n '),
  );
}

const EDIT_COLUMNS: Record<AuditField, ColumnOf<'agreements'>> = {
  text: 'text',
  leadText: 'lead_text',
  involvedText: 'involved_text',
  scheduleText: 'schedule_text',
};

export function agreementExists(db: Db, agreementId: number): boolean {
  return db.prepare('SELECT 1 FROM agreements WHERE id = ?').get(agreementId) !== undefined;
}

export function agreementTopicId(db: Db, agreementId: number): number | undefined {
  return db.prepare<[number], { topic_id: number }>('SELECT topic_id FROM agreements WHERE id = ?').get(agreementId)?.topic_id;
}

/** The editable texts of one agreement as stored, with its optimistic lock and topic. */
export function loadAgreementForEdit(
  db: Db,
  agreementId: number,
): { texts: Record<AuditField, string>; updatedAt: string | null; topicId: number } | undefined {
  const current = db
    .prepare<
      [number],
      {
        text: string;
        lead_text: string;
        involved_text: string;
        schedule_text: string;
        updated_at: string | null;
        topic_id: number;
      }
    >('SELECT text, lead_text, involved_text, schedule_text, updated_at, topic_id FROM agreements WHERE id = ?')
    .get(agreementId);
  if (!current) return undefined;
  return {
    texts: {
      text: current.text,
      leadText: current.lead_text,
      involvedText: current.involved_text,
      scheduleText: current.schedule_text,
    },
    updatedAt: current.updated_at,
    topicId: current.topic_id,
  };
}

/**
 * Writes the changed texts of one agreement, each with its line in the audit
 * log, and stamps it; the caller runs this inside a transaction.
 */
export function saveAgreementEdit(
  db: Db,
  agreementId: number,
  changes: { field: AuditField; oldValue: string; newValue: string }[],
  changedAt: string,
  changedBy: string,
): void {
  const audit = db.prepare(
    `INSERT INTO audit_log (agreement_id, field, old_value, new_value, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const { field, oldValue, newValue } of changes) {
    audit.run(agreementId, field, oldValue, newValue, changedAt, changedBy);
    // The column name comes from EDIT_COLUMNS, never from input, and passes the allow-list.
    db.prepare(`UPDATE agreements SET ${sqlColumn('agreements', EDIT_COLUMNS[field])} = ? WHERE id = ?`).run(newValue, agreementId);
  }
  db.prepare('UPDATE agreements SET updated_at = ? WHERE id = ?').run(changedAt, agreementId);
}

/** Replaces the derived rows and columns of one agreement. */
export function saveDerived(db: Db, agreementId: number, derived: DerivedFields, searchText: string): void {
  db.prepare(
    `UPDATE agreements SET schedule_kind = ?, schedule_recognized = ?, schedule_note = ?, search_text = ? WHERE id = ?`,
  ).run(
    derived.schedule.kind,
    derived.schedule.recognized ? 1 : 0,
    derived.schedule.note ?? null,
    searchText,
    agreementId,
  );
  db.prepare('DELETE FROM agreement_years WHERE agreement_id = ?').run(agreementId);
  const year = db.prepare('INSERT INTO agreement_years (agreement_id, year) VALUES (?, ?)');
  for (const y of derived.schedule.years) year.run(agreementId, y);
  db.prepare('DELETE FROM agreement_parties WHERE agreement_id = ?').run(agreementId);
  const party = db.prepare(
    `INSERT INTO agreement_parties (agreement_id, role, ref_position, written, status, qualifier, party_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const write = (role: PartyRole, refs: PartyRef[]) =>
    refs.forEach((ref, position) => {
      const ids: (string | null)[] = ref.partyIds.length > 0 ? ref.partyIds : [null];
      for (const id of ids) party.run(agreementId, role, position, ref.written, ref.status, ref.qualifier ?? null, id);
    });
  write('lead', derived.lead);
  write('involved', derived.involved);
}

interface AgreementRecord {
  id: number;
  topic_id: number;
  commitment_number: number;
  commitment_id: number | null;
  position: number;
  text: string;
  lead_text: string;
  involved_text: string;
  schedule_text: string;
  schedule_kind: ScheduleKind;
  schedule_recognized: number;
  schedule_note: string | null;
  updated_at: string | null;
  seq: number;
  seq_count: number;
  topic_number: string;
  topic_title: string;
  theme_number: number;
  theme_title: string;
}

// Window functions number the rows per inzet item over the whole set, before any filter.
const SELECT_AGREEMENTS = `
  WITH numbered AS (
    SELECT a.*,
           ROW_NUMBER() OVER (PARTITION BY a.topic_id, a.commitment_number ORDER BY a.position) AS seq,
           COUNT(*) OVER (PARTITION BY a.topic_id, a.commitment_number) AS seq_count
    FROM agreements a
  )
  SELECT n.id, n.topic_id, n.commitment_number, n.commitment_id, n.position, n.text, n.lead_text,
         n.involved_text, n.schedule_text, n.schedule_kind, n.schedule_recognized, n.schedule_note,
         n.updated_at, n.seq, n.seq_count,
         t.number AS topic_number, t.title AS topic_title, th.number AS theme_number, th.title AS theme_title
  FROM numbered n
  JOIN topics t ON t.id = n.topic_id
  JOIN themes th ON th.id = t.theme_id`;

export function referenceOf(topicNumber: string, commitmentNumber: number, seq: number, seqCount: number): string {
  const base = `${topicNumber} bij ${commitmentNumber}`;
  return seqCount > 1 ? `${base} (${seq})` : base;
}

export function queryAgreements(db: ReadonlyDb, setId: number, query: AgreementQuery): AgreementRow[] {
  const where: string[] = ['th.set_id = ?'];
  const params: unknown[] = [setId];
  if (query.themeNumber !== undefined) {
    where.push('th.number = ?');
    params.push(query.themeNumber);
  }
  if (query.topicNumber !== undefined) {
    where.push('t.number = ?');
    params.push(query.topicNumber);
  }
  if (query.year !== undefined) {
    where.push('EXISTS (SELECT 1 FROM agreement_years y WHERE y.agreement_id = n.id AND y.year = ?)');
    params.push(query.year);
  }
  if (query.partyId !== undefined) {
    const role = query.role ?? 'any';
    if (role === 'any') {
      where.push('EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = n.id AND p.party_id = ?)');
      params.push(query.partyId);
    } else {
      where.push(
        'EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = n.id AND p.party_id = ? AND p.role = ?)',
      );
      params.push(query.partyId, role);
    }
  }
  for (const term of searchTerms(query.text ?? '')) {
    where.push('instr(n.search_text, ?) > 0');
    params.push(term);
  }
  const records = db
    .prepare<unknown[], AgreementRecord>(
      `${SELECT_AGREEMENTS} WHERE ${where.join(' AND ')} ORDER BY th.number, t.position, n.position`,
    )
    .all(...params);
  return toRows(db, records);
}

export function getAgreementRow(db: Db, id: number): AgreementRow | undefined {
  const records = db.prepare<[number], AgreementRecord>(`${SELECT_AGREEMENTS} WHERE n.id = ?`).all(id);
  return toRows(db, records)[0];
}

function toRows(db: ReadonlyDb, records: AgreementRecord[]): AgreementRow[] {
  if (records.length === 0) return [];
  const ids = JSON.stringify(records.map((r) => r.id));
  const years = db
    .prepare<[string], { agreement_id: number; year: number }>(
      'SELECT agreement_id, year FROM agreement_years WHERE agreement_id IN (SELECT value FROM json_each(?)) ORDER BY year',
    )
    .all(ids);
  const parties = db
    .prepare<
      [string],
      {
        agreement_id: number;
        role: PartyRole;
        ref_position: number;
        written: string;
        status: PartyRef['status'];
        qualifier: string | null;
        party_id: string | null;
      }
    >(
      `SELECT agreement_id, role, ref_position, written, status, qualifier, party_id FROM agreement_parties
       WHERE agreement_id IN (SELECT value FROM json_each(?)) ORDER BY agreement_id, role, ref_position, id`,
    )
    .all(ids);
  const partyNames = new Map(
    db
      .prepare<[], { id: string; short_name: string }>('SELECT id, short_name FROM parties')
      .all()
      .map((p) => [p.id, p.short_name]),
  );

  // Grouped once: each agreement's rows, not a scan of all of them per agreement.
  const partiesOf = groupBy(parties, (p) => `${p.agreement_id}:${p.role}`);
  const yearsOf = groupBy(years, (y) => y.agreement_id);

  return records.map((r) => {
    const refsOf = (role: PartyRole): PartyRef[] => collectPartyRefs(partiesOf.get(`${r.id}:${role}`) ?? []);
    const schedule: Schedule = {
      text: r.schedule_text,
      kind: r.schedule_kind,
      years: (yearsOf.get(r.id) ?? []).map((y) => y.year),
      recognized: r.schedule_recognized === 1,
    };
    if (r.schedule_note !== null) schedule.note = r.schedule_note;
    const lead = refsOf('lead');
    const involved = refsOf('involved');
    const row: AgreementRow = {
      id: r.id,
      reference: referenceOf(r.topic_number, r.commitment_number, r.seq, r.seq_count),
      themeNumber: r.theme_number,
      themeTitle: r.theme_title,
      topicNumber: r.topic_number,
      topicTitle: r.topic_title,
      commitmentNumber: r.commitment_number,
      position: r.position,
      text: r.text,
      leadText: r.lead_text,
      involvedText: r.involved_text,
      lead,
      involved,
      schedule,
      flags: [],
      updatedAt: r.updated_at,
    };
    row.flags = flagsOf(row, r.commitment_id !== null, (id) => partyNames.get(id) ?? id);
    return row;
  });
}

/** What a careful reader of the agreement should notice about one row, in Dutch. */
export function flagsOf(row: AgreementRow, commitmentExists: boolean, nameOf: (id: string) => string): AgreementFlag[] {
  const flags: AgreementFlag[] = [];
  const leadIds = new Set(row.lead.flatMap((ref) => ref.partyIds));
  const both = [...new Set(row.involved.flatMap((ref) => ref.partyIds))].filter((id) => leadIds.has(id));
  if (both.length > 0) {
    flags.push({
      code: 'lead-also-involved',
      message: `Trekker en betrokkenen noemen dezelfde partij: ${both.map(nameOf).join(', ')}.`,
    });
  }
  if (row.schedule.kind === 'empty') {
    flags.push({ code: 'schedule-empty', message: 'Bij deze afspraak is geen uitvoering vermeld.' });
  } else if (!row.schedule.recognized) {
    flags.push({
      code: 'schedule-unrecognized',
      message: `Uitvoering "${row.schedule.text.trim()}" niet herkend; de jaren zijn mogelijk onvolledig.`,
    });
  }
  for (const ref of [...row.lead, ...row.involved]) {
    if (ref.status === 'unknown') {
      flags.push({ code: 'unknown-party', message: `Onbekende partij "${ref.written}": zo bewaard als geschreven.` });
    } else if (ref.status === 'fuzzy') {
      flags.push({
        code: 'fuzzy-party',
        message: `"${ref.written}" gelezen als ${ref.partyIds.map(nameOf).join(', ')}: controleer de spelling.`,
      });
    }
  }
  if (!commitmentExists) {
    flags.push({
      code: 'commitment-missing',
      message: `Verwijst naar inzet ${row.commitmentNumber}, maar onderwerp ${row.topicNumber} heeft geen inzet ${row.commitmentNumber}.`,
    });
  }
  return flags;
}

export function auditEntries(db: Db, agreementId?: number): AuditEntry[] {
  const rows = db
    .prepare<
      [number | null, number | null],
      {
        id: number;
        agreement_id: number;
        field: AuditField;
        old_value: string;
        new_value: string;
        changed_at: string;
        changed_by: string;
      }
    >('SELECT * FROM audit_log WHERE (? IS NULL OR agreement_id = ?) ORDER BY id DESC')
    .all(agreementId ?? null, agreementId ?? null);
  return rows.map((r) => ({
    id: r.id,
    agreementId: r.agreement_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    changedAt: r.changed_at,
    changedBy: r.changed_by,
  }));
}

/** The afspraken of a set with the text of the inzet item each works out ('' where the document has none), for linking. */
export function queryLinkableAgreements(db: ReadonlyDb, setId: number): (AgreementRow & { commitmentText: string })[] {
  const texts = new Map(
    db
      .prepare<[number], { id: number; text: string }>(
        `SELECT a.id, c.text FROM agreements a
         JOIN commitments c ON c.id = a.commitment_id
         JOIN topics t ON t.id = a.topic_id
         JOIN themes th ON th.id = t.theme_id
         WHERE th.set_id = ?`,
      )
      .all(setId)
      .map((r) => [r.id, r.text]),
  );
  return queryAgreements(db, setId, {}).map((row) => ({ ...row, commitmentText: texts.get(row.id) ?? '' }));
}

/** Every inzet item of a set with its topic, also those under which no afspraak stands, for linking. */
export function queryLinkableCommitments(db: ReadonlyDb, setId: number): { topicNumber: string; number: number; text: string; cycleStep?: string }[] {
  const items = db
    .prepare<[number], { topicNumber: string; number: number; text: string }>(
      `SELECT t.number AS topicNumber, c.number AS number, c.text AS text FROM commitments c
       JOIN topics t ON t.id = c.topic_id
       JOIN themes th ON th.id = t.theme_id
       WHERE th.set_id = ?
       ORDER BY t.id, c.number`,
    )
    .all(setId);
  // The yearly cycle of the cooperation ("6.2": the bestuurlijk overleg, the activiteitenoverzichten, the
  // verantwoording) is work of the agreement under which no afspraak of a topic stands, as an inzet item is.
  const section = db.prepare<[number], { cycle_section: string }>('SELECT cycle_section FROM agreement_sets WHERE id = ?').get(setId)?.cycle_section ?? '';
  return [
    ...items,
    ...loadCycleSteps(db, setId).map((step, i) => ({
      topicNumber: section,
      number: i + 1,
      text: [step.title, ...step.agreements].join(' '),
      cycleStep: `${step.code}. ${step.title}`,
    })),
  ];
}
