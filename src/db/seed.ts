// Fills a new database from an agreement set (the embedded Druten data set),
// in one transaction. Parties are shared across sets; the rest belongs to the set.
import type { AgreementSetData, ListedAgreementSet } from '../domain/dataset';
import { INDICATOR_UNIT_WORDS, PARTY_KIND_WORDS, type Indicator } from '../domain/types';
import { createPartyResolver } from '../domain/parties';
import { parseSchedule } from '../domain/schedule';
import { referenceOf, saveDerived, searchTextOf } from './agreements';
import { schemaVersion } from './migrations';
import type { Db } from './open';

export function findSetId(db: Db, code: string): number | undefined {
  return db.prepare<[string], { id: number }>('SELECT id FROM agreement_sets WHERE code = ?').get(code)?.id;
}

/** The stored sets, oldest first, with their number of afspraken. */
export function listAgreementSetRows(db: Db): ListedAgreementSet[] {
  return db
    .prepare<[], { id: number; code: string; title: string; municipality: string; period_start: number; period_end: number; agreements: number }>(
      `SELECT s.id, s.code, s.title, s.municipality, s.period_start, s.period_end,
              (SELECT COUNT(*) FROM agreements a JOIN topics t ON t.id = a.topic_id JOIN themes th ON th.id = t.theme_id
                WHERE th.set_id = s.id) AS agreements
       FROM agreement_sets s ORDER BY s.id`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      municipality: r.municipality,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      agreements: r.agreements,
    }));
}

/** Every stored party's id and name: a new set does not take an id another party has. */
export function storedPartyNames(db: Db): Map<string, string> {
  return new Map(db.prepare<[], { id: string; name: string }>('SELECT id, name FROM parties').all().map((r) => [r.id, r.name]));
}

/** Inserts the set unless a set with its code is already there; returns the set's id. */
export function seedAgreementSet(db: Db, data: AgreementSetData, now = new Date()): number {
  const existing = findSetId(db, data.code);
  if (existing !== undefined) return existing;
  return db.transaction(() => {
    seedParties(db, data);
    const setId = Number(
      db
        .prepare(
          `INSERT INTO agreement_sets (code, title, municipality, period_start, period_end, signed_on, signed_place,
                                       introduction, glossary_intro, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          data.code,
          data.title,
          data.municipality,
          data.periodStart,
          data.periodEnd,
          data.signedOn,
          data.signedPlace,
          JSON.stringify(data.introduction),
          JSON.stringify(data.glossaryIntro),
          now.toISOString(),
        ).lastInsertRowid,
    );
    // Seeding an older schema (as the migration tests do) leaves the cycle's section to migration 18, the kernen to 23.
    const setColumns = columnsOf(db, 'agreement_sets');
    if (setColumns.has('cycle_section')) db.prepare('UPDATE agreement_sets SET cycle_section = ? WHERE id = ?').run(data.cycleSection, setId);
    if (setColumns.has('places')) db.prepare('UPDATE agreement_sets SET places = ? WHERE id = ?').run(JSON.stringify(data.places), setId);
    const signatory = db.prepare('INSERT INTO signatories (set_id, party_id, name, role) VALUES (?, ?, ?, ?)');
    for (const p of data.parties) signatory.run(setId, p.id, p.signatory.name, p.signatory.role);

    const resolver = createPartyResolver(data);
    const period = { start: data.periodStart, end: data.periodEnd };
    const theme = db.prepare('INSERT INTO themes (set_id, number, title) VALUES (?, ?, ?)');
    const topic = db.prepare('INSERT INTO topics (theme_id, number, title, task, position) VALUES (?, ?, ?, ?, ?)');
    const ambition = db.prepare('INSERT INTO ambitions (topic_id, position, text) VALUES (?, ?, ?)');
    const commitment = db.prepare('INSERT INTO commitments (topic_id, number, text) VALUES (?, ?, ?)');
    const footnote = db.prepare('INSERT INTO footnotes (topic_id, mark, text) VALUES (?, ?, ?)');
    const agreement = db.prepare(
      `INSERT INTO agreements (topic_id, commitment_number, commitment_id, position, text, lead_text, involved_text,
                               schedule_text, schedule_kind, schedule_recognized, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'empty', 0, '')`,
    );
    let topicPosition = 0;
    for (const th of data.themes) {
      const themeId = Number(theme.run(setId, th.number, th.title).lastInsertRowid);
      for (const tp of th.topics) {
        const topicId = Number(
          topic.run(themeId, tp.number, tp.title, JSON.stringify(tp.task), ++topicPosition).lastInsertRowid,
        );
        tp.ambitions.forEach((text, i) => ambition.run(topicId, i + 1, text));
        const commitmentIds = new Map<number, number>();
        for (const c of tp.commitments) {
          commitmentIds.set(c.number, Number(commitment.run(topicId, c.number, c.text).lastInsertRowid));
        }
        for (const f of tp.footnotes) footnote.run(topicId, f.mark, f.text);
        const seqCount = new Map<number, number>();
        for (const a of tp.agreements) seqCount.set(a.commitmentNumber, (seqCount.get(a.commitmentNumber) ?? 0) + 1);
        const seq = new Map<number, number>();
        tp.agreements.forEach((a, i) => {
          const id = Number(
            agreement.run(
              topicId,
              a.commitmentNumber,
              commitmentIds.get(a.commitmentNumber) ?? null,
              i + 1,
              a.text,
              a.lead,
              a.involved,
              a.schedule,
            ).lastInsertRowid,
          );
          seq.set(a.commitmentNumber, (seq.get(a.commitmentNumber) ?? 0) + 1);
          const texts = { text: a.text, leadText: a.lead, involvedText: a.involved, scheduleText: a.schedule };
          const derived = {
            schedule: parseSchedule(a.schedule, period),
            lead: resolver.resolve(a.lead),
            involved: resolver.resolve(a.involved),
          };
          const context = {
            reference: referenceOf(
              tp.number,
              a.commitmentNumber,
              seq.get(a.commitmentNumber) ?? 1,
              seqCount.get(a.commitmentNumber) ?? 1,
            ),
            topicTitle: `${tp.number} ${tp.title}`,
            themeTitle: th.title,
            commitmentText: tp.commitments.find((c) => c.number === a.commitmentNumber)?.text ?? '',
          };
          saveDerived(db, id, derived, searchTextOf(texts, context));
        });
      }
    }

    const step = db.prepare(
      'INSERT INTO cycle_steps (set_id, code, title, period, agreements, position) VALUES (?, ?, ?, ?, ?, ?)',
    );
    data.cycle.forEach((s, i) => step.run(setId, s.code, s.title, s.period, JSON.stringify(s.agreements), i + 1));

    data.indicators.forEach((ind, i) => insertIndicator(db, setId, ind, i + 1));

    const term = db.prepare(
      'INSERT INTO glossary_terms (set_id, term, definition, term_group, position) VALUES (?, ?, ?, ?, ?)',
    );
    data.glossary.forEach((g, i) => term.run(setId, g.term, g.definition, g.group, i + 1));
    return setId;
  }).immediate();
}

function seedParties(db: Db, data: AgreementSetData): void {
  const party = db.prepare(
    'INSERT OR IGNORE INTO parties (id, name, short_name, kind, position) VALUES (?, ?, ?, ?, ?)',
  );
  const alias = db.prepare('INSERT OR IGNORE INTO party_aliases (party_id, alias) VALUES (?, ?)');
  const link = db.prepare('INSERT OR IGNORE INTO party_links (party_id, linked_party_id) VALUES (?, ?)');
  data.parties.forEach((p, i) => party.run(p.id, p.name, p.shortName, beforeCodes(db) ? PARTY_KIND_WORDS[p.kind] : p.kind, i + 1));
  for (const p of data.parties) {
    for (const a of p.aliases) alias.run(p.id, a);
    for (const l of p.linkedPartyIds) link.run(p.id, l);
  }
  const group = db.prepare('INSERT OR IGNORE INTO party_groups (name) VALUES (?)');
  const groupId = db.prepare<[string], { id: number }>('SELECT id FROM party_groups WHERE name = ?');
  const member = db.prepare('INSERT OR IGNORE INTO party_group_members (group_id, party_id) VALUES (?, ?)');
  const groupAlias = db.prepare('INSERT OR IGNORE INTO party_group_aliases (group_id, alias) VALUES (?, ?)');
  for (const g of data.groups) {
    group.run(g.name);
    const id = groupId.get(g.name)?.id;
    if (id === undefined) continue;
    for (const m of g.memberIds) member.run(id, m);
    for (const a of g.aliases) groupAlias.run(id, a);
  }
  const external = db.prepare('INSERT OR IGNORE INTO external_names (name) VALUES (?)');
  for (const name of data.externalNames) external.run(name);
}

/** One indicator of a set, with its parties and milestones, at a position in its order. */
export function insertIndicator(db: Db, setId: number, ind: Indicator, position: number): void {
  const id = Number(
    db
      .prepare(
        `INSERT INTO indicators (set_id, code, title, description, unit, direction, target, baseline_year, deadline_year,
                                 shared, topic_number, commitment_number, source_quote, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        setId,
        ind.code,
        ind.title,
        ind.description,
        beforeCodes(db) ? INDICATOR_UNIT_WORDS[ind.unit] : ind.unit,
        ind.direction,
        ind.target,
        ind.baselineYear ?? null,
        ind.deadlineYear,
        ind.shared ? 1 : 0,
        ind.topicNumber,
        ind.commitmentNumber ?? null,
        ind.sourceQuote,
        position,
      ).lastInsertRowid,
  );
  const columns = columnsOf(db, 'indicators');
  // Seeding an older schema (as the migration tests do) leaves baseline_value to migration 7, the overlaps to 12.
  if (columns.has('baseline_value') && ind.baselineValue !== undefined) db.prepare('UPDATE indicators SET baseline_value = ? WHERE id = ?').run(ind.baselineValue, id);
  if (columns.has('overlaps') && ind.overlaps !== undefined && ind.overlaps.length > 0) db.prepare('UPDATE indicators SET overlaps = ? WHERE id = ?').run(JSON.stringify(ind.overlaps), id);
  const party = db.prepare('INSERT INTO indicator_parties (indicator_id, party_id) VALUES (?, ?)');
  for (const p of ind.partyIds) party.run(id, p);
  const milestone = db.prepare('INSERT INTO indicator_milestones (indicator_id, year, value, party_id) VALUES (?, ?, ?, ?)');
  for (const m of ind.milestones) milestone.run(id, m.year, m.value, m.partyId ?? null);
}

/**
 * Seeding a schema from before migration 21 (as the migration tests do) stores a party's kind and an
 * indicator's unit in the Dutch word that schema's CHECK asks for; migration 21 turns them into the codes.
 */
function beforeCodes(db: Db): boolean {
  return schemaVersion(db) < 21;
}

/** The columns a table has in this database's schema. */
function columnsOf(db: Db, table: 'agreement_sets' | 'indicators'): Set<string> {
  return new Set(db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name));
}
