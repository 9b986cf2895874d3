import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from '../../src/db/backup';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from '../../src/db/migrations';
import { loadBundleSnapshot } from '../../src/db/bundle';
import { openDatabase, type Db } from '../../src/db/open';
import { ServiceError } from '../../src/domain/errors';
import { loadDefaultDataSet, openWerkbank } from '../../src/service/index';
import { findSetId, seedAgreementSet } from '../../src/db/seed';
import { loadAgreementSetData } from '../../src/db/load-set';
import { loadSetSummary } from '../../src/db/set-content';
import { tempDir } from '../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function tmpFile(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'werkbank.sqlite');
}

function tables(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

describe('openDatabase', () => {
  it('uses WAL, full sync and enforced foreign keys', () => {
    const db = openDatabase(tmpFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('migration 1: agreements', () => {
  it('creates the agreement tables on an empty database and records version 1', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db, { targetVersion: 1 })).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'agreement_sets',
        'themes',
        'topics',
        'ambitions',
        'commitments',
        'agreements',
        'agreement_years',
        'agreement_parties',
        'parties',
        'party_aliases',
        'party_links',
        'indicators',
        'glossary_terms',
        'audit_log',
        'cycle_steps',
      ]),
    );
    db.close();
  });

  it('refuses an agreement that points to a topic that does not exist', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 1 });
    expect(() =>
      db
        .prepare(
          `INSERT INTO agreements (topic_id, commitment_number, position, text, lead_text, involved_text, schedule_text,
                                   schedule_kind, schedule_recognized, search_text) VALUES (999, 1, 1, 'x', '', '', '', 'empty', 0, '')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migrate', () => {
  it('is idempotent: a second run applies nothing', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    expect(migrate(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database made by a newer app and leaves it untouched', () => {
    const file = tmpFile();
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openWerkbank({ databasePath: file });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('database_too_new');
    expect((error as ServiceError).message).toMatch(/nieuwere versie van de Werkbank/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up an existing database before migrating it, and rolls a failed step back whole', () => {
    const file = tmpFile();
    const werkbank = openWerkbank({ databasePath: file });
    werkbank.close();
    const db = openDatabase(file);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        d.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() =>
      migrate(db, {
        migrations: [...MIGRATIONS, broken],
        beforeMigrating: () => backupDatabase(db, file, 'voor-migratie'),
      }),
    ).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(tables(db)).not.toContain('half_done');
    db.close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    const copy = openDatabase(backups[0] as string);
    expect((copy.prepare('SELECT COUNT(*) AS n FROM agreements').get() as { n: number }).n).toBeGreaterThan(40);
    copy.close();
  });
});

describe('migration 2: submissions', () => {
  it('adds submissions and activities to a database of version 1, after a backup, keeping its data', () => {
    const file = tmpFile();
    const db = openDatabase(file);
    migrate(db, { targetVersion: 1 });
    seedAgreementSet(db, loadDefaultDataSet());
    db.prepare("UPDATE agreements SET text = 'Gewijzigd vóór de migratie' WHERE id = 1").run();
    db.close();

    const werkbank = openWerkbank({ databasePath: file });
    const check = openDatabase(file);
    expect(schemaVersion(check)).toBe(LATEST_VERSION);
    expect(tables(check)).toEqual(expect.arrayContaining(['requests', 'submissions', 'activities', 'activity_parties']));
    expect(check.prepare('SELECT text FROM agreements WHERE id = 1').get()).toEqual({ text: 'Gewijzigd vóór de migratie' });
    check.close();
    werkbank.close();

    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    expect(path.basename(backups[0] as string)).toMatch(/voor-migratie/);
    const copy = openDatabase(backups[0] as string);
    expect(schemaVersion(copy)).toBe(1);
    copy.close();
  });

  it('allows one current version per party, year and kind', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties VALUES ('p', 'P', 'P', 'municipality', 1);`);
    const insert = db.prepare(
      `INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                sheet, header_row, columns, problems, imported_at, imported_by)
       VALUES (1, 'p', 2027, 'activities', ?, 1, 'f.xlsx', 'h', 1, 'own', 'Blad1', 1, '[]', '[]', 'now', 'me')`,
    );
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('migration 3: joint overview', () => {
  it('adds alignment, decisions and bundle versions, and a saved version can never be changed', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 2 });
    expect(migrate(db, { targetVersion: 3 })).toEqual([3]);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['alignments', 'duplicate_decisions', 'insufficient_marks', 'bundle_versions']),
    );
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');`);
    const save = db.prepare(
      `INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot)
       VALUES (1, 2027, ?, ?, 'now', 'me', '{}')`,
    );
    save.run(1, 'concept');
    save.run(2, 'definitief');
    expect(() => save.run(3, 'definitief')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE bundle_versions SET snapshot = '{\"x\":1}' WHERE number = 2").run()).toThrow(
      /never changed/,
    );
    db.close();
  });
});

describe('migration 4: results', () => {
  it('adds results, indicator values and advice; results go with their submission', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 3 });
    expect(migrate(db, { targetVersion: 4 })).toEqual([4]);
    expect(tables(db)).toEqual(expect.arrayContaining(['results', 'indicator_values', 'report_advice']));
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties VALUES ('p', 'P', 'P', 'gemeente', 1);
             INSERT INTO submissions (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                      sheet, header_row, columns, problems, imported_at, imported_by)
             VALUES (7, 1, 'p', 2026, 'resultaten', 1, 1, 'f.xlsx', 'h', 1, 'uitvraag', 'Resultaten', 3, '[]', '[]', 'now', 'me');
             INSERT INTO results (submission_id, position, sheet, row_number, identity, activity, planned, status, status_text,
                                  result, explanation, steering, extra)
             VALUES (7, 1, 'Resultaten', 4, 'p:text:x', 'x', 1, 'vertraagd', 'vertraagd', '', '', 1, '{}');`);
    db.prepare('DELETE FROM submissions WHERE id = 7').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM results').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 5: links that say how they were made', () => {
  it('keeps every activity and its parties, and then accepts evidence, choices, candidates and a trekker', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 4 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties VALUES ('p', 'P', 'P', 'gemeente', 1);
             INSERT INTO submissions (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                      sheet, header_row, columns, problems, imported_at, imported_by)
             VALUES (7, 1, 'p', 2027, 'activiteiten', 1, 1, 'f.xlsx', 'h', 1, 'eigen', 'Blad1', 3, '[]', '[]', 'now', 'me');
             INSERT INTO activities (id, submission_id, position, sheet, row_number, activity, link_status, extra)
             VALUES (11, 7, 1, 'Blad1', 4, 'Wijkschouw', 'proposed', '{"Nr":"1"}');
             INSERT INTO activity_parties (activity_id, role, ref_position, written, status, party_id)
             VALUES (11, 'involved', 0, 'P', 'exact', 'p');`);
    expect(migrate(db, { targetVersion: 5 })).toEqual([5]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, activity, link_status, link_candidates, extra FROM activities').all()).toEqual([
      { id: 11, activity: 'Wijkschouw', link_status: 'proposed', link_candidates: '[]', extra: '{"Nr":"1"}' },
    ]);
    expect(db.prepare('SELECT activity_id, written FROM activity_parties').all()).toEqual([{ activity_id: 11, written: 'P' }]);
    expect(db.prepare('SELECT notes FROM submissions').get()).toEqual({ notes: '[]' });

    db.prepare("UPDATE activities SET link_status = 'choice', lead = 'De Kern en', budget = 25000 WHERE id = 11").run();
    db.prepare("INSERT INTO activity_parties (activity_id, role, ref_position, written, status) VALUES (11, 'lead', 0, 'De Kern en', 'unknown')").run();
    expect(() => db.prepare("UPDATE activities SET link_status = 'guess' WHERE id = 11").run()).toThrow(/CHECK/);
    // The rebuilt tables still cascade from their submission.
    db.prepare('DELETE FROM submissions WHERE id = 7').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM activity_parties').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 6: activities corrected or removed by a person', () => {
  it('keeps every activity as it was, and then stores a removal, the partner’s fields and a correction by fingerprint', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 5 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties VALUES ('p', 'P', 'P', 'gemeente', 1);
             INSERT INTO submissions (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                      sheet, header_row, columns, problems, imported_at, imported_by)
             VALUES (7, 1, 'p', 2027, 'activiteiten', 1, 1, 'f.xlsx', 'h', 1, 'eigen', 'Blad1', 3, '[]', '[]', 'now', 'me');
             INSERT INTO activities (id, submission_id, position, sheet, row_number, activity, link_status, planning, extra)
             VALUES (11, 7, 1, 'Blad1', 4, 'Wijkschouw', 'none', 'Q2 2027', '{}');`);
    expect(migrate(db, { targetVersion: 6 })).toEqual([6]);
    expect(tables(db)).toContain('activity_corrections');
    expect(db.prepare('SELECT activity, planning, removed_reason, corrected FROM activities').all()).toEqual([
      { activity: 'Wijkschouw', planning: 'Q2 2027', removed_reason: null, corrected: null },
    ]);

    db.prepare(`UPDATE activities SET planning = 'Q3 2027', corrected = '{"planning":"Q2 2027"}', removed_reason = 'dubbel' WHERE id = 11`).run();
    const keep = db.prepare(
      `INSERT INTO activity_corrections (set_id, planning_year, party_id, fingerprint, fields, removed, reason, changed_at, changed_by)
       VALUES (1, 2027, 'p', 'abc', '{"planning":"Q3 2027"}', ?, ?, 'now', 'me')`,
    );
    keep.run(1, 'dubbel');
    // One correction per row as the partner wrote it; a correction always has a reason.
    expect(() => keep.run(0, 'nog eens')).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`INSERT INTO activity_corrections (set_id, planning_year, party_id, fingerprint, reason, changed_at, changed_by)
                  VALUES (1, 2027, 'p', 'def', '', 'now', 'me')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO activity_corrections (set_id, planning_year, party_id, fingerprint, reason, changed_at, changed_by)
                  VALUES (1, 2027, 'onbekend', 'def', 'r', 'now', 'me')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migration 7: indicator baselines and earlier figures entered by the secretary', () => {
  it('gives the seeded indicators the agreement’s baselines, and then stores start values, earlier figures and their log', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 6 });
    seedAgreementSet(db, loadDefaultDataSet());
    expect(migrate(db, { targetVersion: 7 })).toEqual([7]);
    expect(tables(db)).toEqual(expect.arrayContaining(['indicator_baselines', 'indicator_entered_values', 'indicator_log']));
    expect(
      db.prepare('SELECT code, baseline_year, baseline_value FROM indicators WHERE baseline_value IS NOT NULL ORDER BY position').all(),
    ).toEqual([
      { code: 'woondeal-910', baseline_year: 2022, baseline_value: 0 },
      { code: 'middenhuur-50', baseline_year: 2022, baseline_value: 0 },
      { code: 'sociale-huur-270', baseline_year: 2022, baseline_value: 0 },
      { code: 'sociale-huur-180', baseline_year: 2022, baseline_value: 0 },
      { code: 'vrije-toewijzing-15', baseline_year: 2025, baseline_value: 7.5 },
    ]);
    // Seeded on the new schema, the same.
    const fresh = openDatabase(':memory:');
    migrate(fresh);
    seedAgreementSet(fresh, loadDefaultDataSet());
    expect(fresh.prepare('SELECT code, baseline_year, baseline_value FROM indicators WHERE baseline_value IS NOT NULL ORDER BY position').all()).toEqual(
      db.prepare('SELECT code, baseline_year, baseline_value FROM indicators WHERE baseline_value IS NOT NULL ORDER BY position').all(),
    );
    fresh.close();

    db.prepare(`INSERT INTO indicator_baselines VALUES (1, 'energielabels-efg-0', 2024, 400, 'Jaarverslagen 2024', 'now', 'me')`).run();
    expect(() => db.prepare(`INSERT INTO indicator_baselines VALUES (1, 'energielabels-efg-0', 2023, 410, 'x', 'now', 'me')`).run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`INSERT INTO indicator_baselines VALUES (1, 'woonwaarts-label-d-0', 2024, 10, '', 'now', 'me')`).run()).toThrow(/CHECK/);
    const figure = db.prepare(
      `INSERT INTO indicator_entered_values (set_id, indicator_code, party_id, year, value, note, changed_at, changed_by)
       VALUES (1, 'sociale-huur-180', ?, ?, ?, 'Woondeal-monitor', 'now', 'me')`,
    );
    figure.run(null, 2022, 8);
    figure.run('woonwaarts', 2023, 14);
    figure.run('de-kernen', 2023, 4);
    // One joint figure and one per party per year: NULL counts as a value here.
    expect(() => figure.run(null, 2022, 9)).toThrow(/UNIQUE/);
    expect(() => figure.run('woonwaarts', 2023, 15)).toThrow(/UNIQUE/);
    expect(() => figure.run('onbekend', 2024, 1)).toThrow(/FOREIGN KEY/);
    expect(() => figure.run(null, 2024, -1)).toThrow(/CHECK/);
    const log = db.prepare(
      `INSERT INTO indicator_log (set_id, indicator_code, action, year, party_id, detail, note, changed_at, changed_by)
       VALUES (1, 'sociale-huur-180', ?, 2022, NULL, 'Cijfer 2022: (geen) → 8 woningen', 'Woondeal-monitor', 'now', 'me')`,
    );
    log.run('figure');
    expect(() => log.run('guess')).toThrow(/CHECK/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM indicator_log').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 8: the werkgroep advice kept per version', () => {
  it('keeps an advice already given as version 1, and then holds every later version once', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 7 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO report_advice VALUES (1, '2025-2026', 'Versnel de nieuwbouw.', '2027-05-03T14:00:00.000Z', 'secretaris');`);
    expect(migrate(db, { targetVersion: 8 })).toEqual([8]);
    expect(db.prepare('SELECT years, version, advice, saved_at, saved_by FROM report_advice_versions').all()).toEqual([
      { years: '2025-2026', version: 1, advice: 'Versnel de nieuwbouw.', saved_at: '2027-05-03T14:00:00.000Z', saved_by: 'secretaris' },
    ]);
    const add = db.prepare("INSERT INTO report_advice_versions VALUES (1, '2025-2026', ?, 'Nieuw', 'now', 'me')");
    add.run(2);
    expect(() => add.run(2)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => add.run(0)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO report_advice_versions VALUES (9, '2026', 1, 'x', 'now', 'me')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

// Migrations 9, 11, 12, 15 and 16 widen the activity log by new actions: each keeps
// every entry and then accepts its actions and nothing else. One table of them.
const SET_ROW = "INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now')";
const LOG_WIDENINGS: { version: number; name: string; entry: { id: number; planning_year: number | null; action: string; detail: string; reason: string }; accepts: string[]; refusedBefore?: boolean }[] = [
  { version: 9, name: 'an undone import and a restored backup', entry: { id: 5, planning_year: 2027, action: 'confirm-all', detail: 'Alle voorstellen bevestigd', reason: '' }, accepts: ['undo-import', 'restore'] },
  { version: 11, name: 'contacts and mail texts', entry: { id: 7, planning_year: null, action: 'restore', detail: 'Reservekopie teruggezet', reason: '' }, accepts: ['contact', 'mail-template'] },
  { version: 12, name: 'whether a request is answered', entry: { id: 7, planning_year: 2027, action: 'restore', detail: 'Teruggezet', reason: '' }, accepts: ['need-answered', 'need-open', 'need-cleared'] },
  { version: 15, name: 'an agreement set stored from its document', entry: { id: 7, planning_year: null, action: 'need-cleared', detail: 'Besluit weggehaald', reason: 'reden' }, accepts: ['set-import'], refusedBefore: true },
  { version: 16, name: 'a received day corrected', entry: { id: 7, planning_year: null, action: 'set-import', detail: 'Ingelezen', reason: '' }, accepts: ['received-on'], refusedBefore: true },
];

describe.each(LOG_WIDENINGS)('migration $version: $name, in the activity log', ({ version, entry, accepts, refusedBefore }) => {
  it('keeps every entry of the log, and then accepts its actions and no other', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: version - 1 });
    db.exec(SET_ROW);
    db.prepare("INSERT INTO activity_log VALUES (?, 1, ?, NULL, NULL, ?, ?, ?, '2026-09-01T10:00:00.000Z', 'secretaris')").run(
      entry.id,
      entry.planning_year,
      entry.action,
      entry.detail,
      entry.reason,
    );
    const log = db.prepare("INSERT INTO activity_log (set_id, planning_year, action, detail, reason, changed_at, changed_by) VALUES (1, ?, ?, 'x', 'r', 'now', 'me')");
    if (refusedBefore) for (const action of accepts) expect(() => log.run(entry.planning_year, action)).toThrow(/CHECK/);
    expect(migrate(db, { targetVersion: version }).at(-1)).toBe(version);
    expect(db.prepare('SELECT id, planning_year, action, detail, reason FROM activity_log').all()).toEqual([entry]);
    for (const action of accepts) log.run(entry.planning_year, action);
    expect(() => log.run(entry.planning_year, 'something-else')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO activity_log (set_id, action, detail, reason, changed_at, changed_by) VALUES (9, ?, 'x', '', 'now', 'me')").run(accepts[0])).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migration 9: an undone import and a restored backup in the activity log', () => {
  it('keeps the log indexed by year', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 9 });
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activity_log'").all()).toEqual([{ name: 'activity_log_year' }]);
    db.close();
  });
});

describe('migration 10: alignment revisions for an optimistic check', () => {
  it('gives every alignment already recorded revision 1, and refuses a revision below 1', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 9 });
    db.exec(`${SET_ROW};
             INSERT INTO alignments VALUES (1, 2027, 'woonwaarts:text:schouw', 'afgestemd', '[]', '[]', 'Besproken', '2026-09-01T10:00:00.000Z', 'secretaris');`);
    expect(migrate(db, { targetVersion: 10 })).toEqual([10]);
    expect(db.prepare('SELECT identity, notes, revision FROM alignments').all()).toEqual([{ identity: 'woonwaarts:text:schouw', notes: 'Besproken', revision: 1 }]);
    expect(() => db.prepare('UPDATE alignments SET revision = 0').run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 11: contacts per party and mail templates', () => {
  it('keeps one address once per party, and one text per kind', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 11 });
    db.exec(`${SET_ROW};
             INSERT INTO parties VALUES ('hbd', 'Huurdersbelangen Beuningen Druten', 'HBD', 'huurdersorganisatie', 4);`);
    db.prepare("INSERT INTO activity_log (set_id, planning_year, party_id, action, detail, reason, changed_at, changed_by) VALUES (1, NULL, 'hbd', 'contact', 'x', '', 'now', 'me')").run();
    const add = db.prepare("INSERT INTO party_contacts (set_id, party_id, name, email, role, position) VALUES (1, ?, 'Henk', ?, '', 1)");
    add.run('hbd', 'henk@hbd.nl');
    expect(() => add.run('hbd', 'henk@hbd.nl')).toThrow(/UNIQUE/);
    expect(() => add.run('nobody', 'x@y.nl')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO party_contacts (set_id, party_id, name, email, role, position) VALUES (1, 'hbd', '', 'a@b.nl', '', 2)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO mail_templates VALUES (1, 'uitvraag', 'Onderwerp', 'Tekst', 'now', 'me')").run();
    expect(() => db.prepare("INSERT INTO mail_templates VALUES (1, 'uitvraag', 'b', 'c', 'now', 'me')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});

describe('migration 12: the werkgroep decides whether a request is answered', () => {
  it('stores a decision with its reason; an answer needs its activity', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 12 });
    db.exec(`${SET_ROW};
             INSERT INTO parties (id, name, short_name, kind, position) VALUES ('gemeente', 'Gemeente Druten', 'Gemeente', 'gemeente', 1);`);
    const decide = db.prepare(
      "INSERT INTO need_decisions (set_id, planning_year, identity, to_party_id, decision, answer_identity, reason, decided_at, decided_by) VALUES (1, 2027, ?, 'gemeente', ?, ?, ?, 'now', 'me')",
    );
    decide.run('woonwaarts:text:a', 'open', null, 'tekst klopt niet');
    decide.run('woonwaarts:text:b', 'answered', 'gemeente:text:c', 'besproken');
    expect(() => decide.run('woonwaarts:text:d', 'answered', null, 'zonder activiteit')).toThrow(/CHECK/);
    expect(() => decide.run('woonwaarts:text:e', 'open', null, '')).toThrow(/CHECK/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activity_log'").all()).toEqual([{ name: 'activity_log_year' }]);
    db.close();
  });
});

describe('migration 12: indicators that count the same homes', () => {
  it('gives the seeded set the agreement’s overlaps: the 180 a step of the 270, the corporations’ own targets and the 85 part of it', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 10 });
    seedAgreementSet(db, loadDefaultDataSet());
    migrate(db, { targetVersion: 12 });
    const overlaps = Object.fromEntries(
      db
        .prepare<[], { code: string; overlaps: string }>("SELECT code, overlaps FROM indicators WHERE overlaps <> '[]'")
        .all()
        .map((r) => [r.code, JSON.parse(r.overlaps) as unknown]),
    );
    // As a new database is seeded from the data set.
    const fromData = Object.fromEntries(loadDefaultDataSet().indicators.flatMap((i) => (i.overlaps ? [[i.code, i.overlaps]] : [])));
    expect(overlaps).toEqual(fromData);
    expect(overlaps['sociale-huur-180']).toEqual([{ code: 'sociale-huur-270', relation: 'step-of' }]);
    db.close();
  });
});

describe('migration 13: the day a submission was received', () => {
  it('takes each stored file as received on the day it was imported in Druten, and accepts only a day', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 12 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties (id, name, short_name, kind, position) VALUES ('hbd', 'Huurdersbelangen Beuningen Druten', 'HBD', 'huurdersorganisatie', 4);
             INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source, sheet, header_row, columns, problems, imported_at, imported_by)
               VALUES (1, 'hbd', 2027, 'activiteiten', 1, 0, 'a.xlsx', 'x', 1, 'eigen', 'Blad1', 1, '[]', '[]', '2026-06-30T22:30:00.000Z', 'secretaris'),
                      (1, 'hbd', 2027, 'activiteiten', 2, 1, 'b.xlsx', 'y', 1, 'eigen', 'Blad1', 1, '[]', '[]', '2026-07-03T10:00:00.000Z', 'secretaris');`);
    expect(migrate(db, { targetVersion: 13 })).toEqual([13]);
    // 22:30 UTC on 30 June is 1 July in Druten: the day the Werkbank took it as received before.
    expect(db.prepare('SELECT version, received_on FROM submissions ORDER BY version').all()).toEqual([
      { version: 1, received_on: '2026-07-01' },
      { version: 2, received_on: '2026-07-03' },
    ]);
    expect(() => db.prepare("UPDATE submissions SET received_on = '1 juli' WHERE version = 1").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 14: undone imports keep their numbers', () => {
  it('reads the undos logged before it back from the activity log, except a number used again since', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 13 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO parties (id, name, short_name, kind, position) VALUES ('hbd', 'Huurdersbelangen Beuningen Druten', 'HBD', 'huurdersorganisatie', 4);
             INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source, sheet, header_row, columns, problems, imported_at, imported_by, received_on)
               VALUES (1, 'hbd', 2027, 'activiteiten', 1, 1, 'a.xlsx', 'x', 1, 'eigen', 'Blad1', 1, '[]', '[]', '2026-06-30T22:30:00.000Z', 'secretaris', '2026-07-01');
             INSERT INTO activity_log (set_id, planning_year, party_id, action, detail, reason, changed_at, changed_by) VALUES
               (1, 2027, 'hbd', 'undo-import', 'Import ongedaan gemaakt: versie 2 van het activiteitenoverzicht 2027 (b (1).xlsx, ingelezen 3 juli 2026 door secretaris; 4 activiteiten). Versie 1 is weer de huidige.', 'fout', '2026-07-04T10:00:00.000Z', 'Anna'),
               (1, 2026, 'hbd', 'undo-import', 'Import ongedaan gemaakt: versie 1 van de resultaten 2026 (r.xlsx, ingelezen 1 maart 2027; 2 regels). Er is nu geen versie meer.', '', '2027-03-02T10:00:00.000Z', 'Anna'),
               (1, 2027, 'hbd', 'undo-import', 'Import ongedaan gemaakt: versie 1 van het activiteitenoverzicht 2027 (old.xlsx, ingelezen 1 juli 2026; 1 activiteiten). Er is nu geen versie meer.', '', '2026-07-02T10:00:00.000Z', 'Anna');`);
    expect(migrate(db, { targetVersion: 14 })).toEqual([14]);
    expect(db.prepare('SELECT planning_year, kind, version, file_name, imported_at, undone_at, undone_by, reason FROM undone_submissions ORDER BY id').all()).toEqual([
      { planning_year: 2027, kind: 'activiteiten', version: 2, file_name: 'b (1).xlsx', imported_at: null, undone_at: '2026-07-04T10:00:00.000Z', undone_by: 'Anna', reason: 'fout' },
      { planning_year: 2026, kind: 'resultaten', version: 1, file_name: 'r.xlsx', imported_at: null, undone_at: '2027-03-02T10:00:00.000Z', undone_by: 'Anna', reason: '' },
    ]);
    db.close();
  });
});

describe('migration 17: indicator proposals, the calendar per set, parties edited', () => {
  it('keeps every entry of the log, adds the two tables, and accepts the new log entries', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 16 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO activity_log VALUES (7, 1, NULL, NULL, NULL, 'received-on', 'Ontvangstdag', '', '2026-09-01T10:00:00.000Z', 'secretaris');`);
    const log = db.prepare("INSERT INTO activity_log (set_id, action, detail, reason, changed_at, changed_by) VALUES (1, ?, 'x', '', 'now', 'me')");
    expect(() => log.run('indicator-confirm')).toThrow(/CHECK/);
    expect(migrate(db, { targetVersion: 17 })).toEqual([17]);
    expect(db.prepare('SELECT id, action, detail FROM activity_log').all()).toEqual([{ id: 7, action: 'received-on', detail: 'Ontvangstdag' }]);
    for (const action of ['indicator-confirm', 'indicator-reject', 'calendar-edit', 'party-edit']) log.run(action);
    expect(() => log.run('something-else')).toThrow(/CHECK/);
    db.prepare("INSERT INTO indicator_proposals (set_id, position, proposal) VALUES (1, 1, '{}')").run();
    expect(db.prepare('SELECT status FROM indicator_proposals').all()).toEqual([{ status: 'proposed' }]);
    expect(() => db.prepare('INSERT INTO cycle_dates VALUES (1, ?, 13, 1)').run('results')).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 18: the section of a set that sets out its yearly cycle', () => {
  it('gives the embedded set stored before it section 6.2 and any other set none, so nothing cites a section it does not have', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 17 });
    const columns = '(id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at)';
    db.exec(`INSERT INTO agreement_sets ${columns} VALUES (1, 'druten-2025-2028', 'x', 'Druten', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO agreement_sets ${columns} VALUES (2, 'beuningen-2026-2029', 'x', 'Beuningen', 2026, 2029, '2025-12-12', 'x', '[]', '[]', 'now');`);
    expect(migrate(db, { targetVersion: 18 })).toEqual([18]);
    expect(db.prepare('SELECT code, cycle_section FROM agreement_sets ORDER BY id').all()).toEqual([
      { code: 'druten-2025-2028', cycle_section: '6.2' },
      { code: 'beuningen-2026-2029', cycle_section: '' },
    ]);
    db.close();
  });
});

describe('migration 19: the alignment status in English codes', () => {
  it('turns every stored status into its code, keeps the rest of each row, and accepts only the codes after it', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 17 });
    db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
             INSERT INTO alignments VALUES (1, 2027, 'a', 'voorgesteld', '[]', '[]', 'Besproken', '2026-09-01T10:00:00.000Z', 'secretaris', 1);
             INSERT INTO alignments VALUES (1, 2027, 'b', 'afgestemd', '[]', '["hbd"]', '', '2026-09-02T10:00:00.000Z', 'secretaris', 3);
             INSERT INTO alignments VALUES (1, 2027, 'c', 'toegezegd', '[{"partyId":"hbd","text":"x"}]', '[]', '', '2026-09-03T10:00:00.000Z', 'Anna', 2);`);
    expect(migrate(db, { targetVersion: 19 })).toEqual([18, 19]);
    expect(db.prepare('SELECT identity, status, promises, also_involved, notes, updated_by, revision FROM alignments ORDER BY identity').all()).toEqual([
      { identity: 'a', status: 'pending', promises: '[]', also_involved: '[]', notes: 'Besproken', updated_by: 'secretaris', revision: 1 },
      { identity: 'b', status: 'aligned', promises: '[]', also_involved: '["hbd"]', notes: '', updated_by: 'secretaris', revision: 3 },
      { identity: 'c', status: 'promised', promises: '[{"partyId":"hbd","text":"x"}]', also_involved: '[]', notes: '', updated_by: 'Anna', revision: 2 },
    ]);
    const insert = db.prepare("INSERT INTO alignments (set_id, planning_year, identity, status, promises, also_involved, notes, updated_at, updated_by) VALUES (1, 2028, ?, ?, '[]', '[]', '', 'now', 'me')");
    expect(() => insert.run('d', 'afgestemd')).toThrow(/CHECK/);
    insert.run('d', 'aligned');
    db.close();
  });

  it('leaves saved versions as they were saved, and reads their old codes as the new ones', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec("INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now')");
    const saved = JSON.stringify({ version: { status: 'concept' }, rows: [{ alignment: { status: 'afgestemd', notes: 'voorgesteld' } }, { alignment: { status: 'toegezegd' } }, { alignment: { status: 'voorgesteld' } }] });
    db.prepare("INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot) VALUES (1, 2027, 1, 'draft', 'now', 'me', ?)").run(saved);
    expect(loadBundleSnapshot(db, 1, 2027, 1)).toEqual({
      version: { status: 'draft' },
      rows: [{ alignment: { status: 'aligned', notes: 'voorgesteld' } }, { alignment: { status: 'promised' } }, { alignment: { status: 'pending' } }],
    });
    expect(db.prepare('SELECT snapshot FROM bundle_versions').pluck().get()).toBe(saved);
    db.close();
  });
});

describe('migration 20: submission kind and source, bundle version status and mail kind in English codes', () => {
  const SET = "INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now')";
  const PARTY = "INSERT INTO parties (id, name, short_name, kind, position) VALUES ('hbd', 'HBD', 'HBD', 'corporatie', 1)";

  it('turns every stored code into its English one, keeps the rest of each row and what refers to it, and accepts only the new codes after it', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 19 });
    db.exec(`${SET}; ${PARTY};
             INSERT INTO requests VALUES (1, 1, 'hbd', 2027, 'activiteiten', 'uitvraag.xlsx', 'now', 'me');
             INSERT INTO requests VALUES (2, 1, 'hbd', 2026, 'resultaten', 'resultaten.xlsx', 'now', 'me');
             INSERT INTO submissions (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source, sheet, header_row, columns, problems, imported_at, imported_by, notes, received_on)
               VALUES (1, 1, 'hbd', 2027, 'activiteiten', 1, 1, 'a.xlsx', 'h1', 10, 'uitvraag', 'Activiteiten', 4, '[]', '[]', 'now', 'me', '[{"sheet":"x","row":1,"text":"n"}]', '2026-06-20'),
                      (2, 1, 'hbd', 2026, 'resultaten', 1, 1, 'r.xlsx', 'h2', 20, 'eigen', 'Blad1', 1, '[]', '[]', 'now', 'me', '[]', '');
             INSERT INTO activities (id, submission_id, position, sheet, row_number, activity, link_status, extra) VALUES (7, 1, 1, 'Activiteiten', 5, 'Huurdersavond', 'none', '{}');
             INSERT INTO results (id, submission_id, position, sheet, row_number, identity, activity, planned, status, status_text, result, explanation, extra)
               VALUES (8, 2, 1, 'Blad1', 2, 'x', 'Huurdersavond', 1, 'gerealiseerd', 'gerealiseerd', '', '', '{}');
             INSERT INTO undone_submissions (id, set_id, party_id, planning_year, kind, version, file_name, imported_by, undone_at, undone_by, reason)
               VALUES (3, 1, 'hbd', 2027, 'activiteiten', 2, 'b.xlsx', 'me', 'now', 'me', 'verkeerd bestand');
             INSERT INTO bundle_versions (id, set_id, planning_year, number, status, saved_at, saved_by, snapshot)
               VALUES (4, 1, 2027, 1, 'concept', 'now', 'me', '{"version":{"status":"concept"}}'),
                      (5, 1, 2027, 2, 'definitief', 'now', 'me', '{"version":{"status":"definitief"}}');
             INSERT INTO mail_templates VALUES (1, 'herinnering', 'Onderwerp', 'Tekst', 'now', 'me'), (1, 'te-laat', 'O', 'T', 'now', 'me'),
                                               (1, 'uitvraag', 'O', 'T', 'now', 'me'), (1, 'bedankt', 'O', 'T', 'now', 'me'), (1, 'overzicht', 'O', 'T', 'now', 'me');`);
    expect(migrate(db, { targetVersion: 20 })).toEqual([20]);
    expect(db.prepare('SELECT id, kind, file_name FROM requests ORDER BY id').all()).toEqual([
      { id: 1, kind: 'activities', file_name: 'uitvraag.xlsx' },
      { id: 2, kind: 'results', file_name: 'resultaten.xlsx' },
    ]);
    expect(db.prepare('SELECT id, kind, source, version, is_current, sheet, notes, received_on FROM submissions ORDER BY id').all()).toEqual([
      { id: 1, kind: 'activities', source: 'request', version: 1, is_current: 1, sheet: 'Activiteiten', notes: '[{"sheet":"x","row":1,"text":"n"}]', received_on: '2026-06-20' },
      { id: 2, kind: 'results', source: 'own', version: 1, is_current: 1, sheet: 'Blad1', notes: '[]', received_on: '' },
    ]);
    expect(db.prepare('SELECT kind, version, reason FROM undone_submissions').all()).toEqual([{ kind: 'activities', version: 2, reason: 'verkeerd bestand' }]);
    expect(db.prepare('SELECT number, status, snapshot FROM bundle_versions ORDER BY number').all()).toEqual([
      { number: 1, status: 'draft', snapshot: '{"version":{"status":"concept"}}' },
      { number: 2, status: 'final', snapshot: '{"version":{"status":"definitief"}}' },
    ]);
    expect(db.prepare('SELECT kind FROM mail_templates ORDER BY kind').pluck().all()).toEqual(['late', 'overview', 'reminder', 'request', 'thanks']);
    // What refers to the copied submissions still finds them, and a removed submission still takes its rows along.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare('DELETE FROM submissions WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) FROM activities').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM results').pluck().get()).toBe(1);

    const submission = db.prepare(
      "INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source, sheet, header_row, columns, problems, imported_at, imported_by) VALUES (1, 'hbd', 2028, ?, 1, 0, 'c.xlsx', 'h', 1, ?, 's', 1, '[]', '[]', 'now', 'me')",
    );
    expect(() => submission.run('activiteiten', 'request')).toThrow(/CHECK/);
    expect(() => submission.run('activities', 'uitvraag')).toThrow(/CHECK/);
    submission.run('activities', 'request');
    expect(() => db.prepare("INSERT INTO requests (set_id, party_id, planning_year, kind, file_name, made_at, made_by) VALUES (1, 'hbd', 2028, 'resultaten', 'x', 'now', 'me')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO undone_submissions (set_id, party_id, planning_year, kind, version, file_name, imported_by, undone_at, undone_by, reason) VALUES (1, 'hbd', 2028, 'resultaten', 1, 'x', 'me', 'now', 'me', 'r')").run()).toThrow(/CHECK/);
    const version = db.prepare("INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot) VALUES (1, 2028, ?, ?, 'now', 'me', '{}')");
    expect(() => version.run(1, 'concept')).toThrow(/CHECK/);
    version.run(1, 'final');
    // Still one definitive version per year, and a saved version is still never changed.
    expect(() => version.run(2, 'final')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE bundle_versions SET saved_by = 'x' WHERE number = 1").run()).toThrow(/never changed/);
    db.close();
  });

  it('reads the old codes in a version saved before it as the new ones', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec(SET);
    const saved = JSON.stringify({
      version: { number: 1, status: 'definitief' },
      parties: [{ state: 'ingediend' }, { state: 'niet ingediend' }],
      rows: [{ text: 'concept', alignment: { status: 'afgestemd' }, needs: [{ answeredBy: [{ kind: 'promise', text: 'werkgroep', basis: 'werkgroep' }, { kind: 'activity', basis: 'text' }] }] }],
    });
    const draft = JSON.stringify({ version: { number: 2, status: 'concept' }, rows: [] });
    const add = db.prepare("INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot) VALUES (1, 2027, ?, ?, 'now', 'me', ?)");
    add.run(1, 'final', saved);
    add.run(2, 'draft', draft);
    expect(loadBundleSnapshot(db, 1, 2027, 1)).toEqual({
      version: { number: 1, status: 'final' },
      parties: [{ state: 'submitted' }, { state: 'missing' }],
      rows: [{ text: 'concept', alignment: { status: 'aligned' }, needs: [{ answeredBy: [{ kind: 'promise', text: 'werkgroep', basis: 'working-group' }, { kind: 'activity', basis: 'text' }] }] }],
    });
    expect(loadBundleSnapshot(db, 1, 2027, 2)).toEqual({ version: { number: 2, status: 'draft' }, rows: [] });
    expect(db.prepare('SELECT snapshot FROM bundle_versions').pluck().get()).toBe(saved);
    db.close();
  });
});

describe('migration 21: result status, party kind and indicator unit in English codes', () => {
  const SET = "INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now')";

  it('turns every stored result status into its code and keeps the status as written, an empty one and the rest of each row', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 20 });
    db.exec(`${SET};
             INSERT INTO parties (id, name, short_name, kind, position) VALUES ('hbd', 'HBD', 'HBD', 'huurdersorganisatie', 1);
             INSERT INTO submissions (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source, sheet, header_row, columns, problems, imported_at, imported_by)
               VALUES (1, 1, 'hbd', 2026, 'results', 1, 1, 'r.xlsx', 'h', 1, 'own', 'Blad1', 1, '[]', '[]', 'now', 'me');`);
    const result = db.prepare(
      "INSERT INTO results (submission_id, position, sheet, row_number, identity, activity, planned, status, status_text, result, explanation, extra) VALUES (1, ?, 'Blad1', ?, ?, 'Activiteit', 1, ?, ?, 'Gedaan', '', '{}')",
    );
    const written: [string | null, string][] = [
      ['gerealiseerd', 'Afgerond'],
      ['gedeeltelijk gerealiseerd', 'deels'],
      ['vertraagd', 'vertraagd (Q3 2027)'],
      ['niet gestart', 'niet gestart'],
      ['vervallen', 'geschrapt'],
      ['doorlopend', 'loopt door'],
      [null, 'niet gerealiseerd'],
      [null, ''],
    ];
    written.forEach(([status, text], i) => result.run(i + 1, i + 2, `id-${i}`, status, text));
    expect(migrate(db, { targetVersion: 21 })).toEqual([21]);
    expect(db.prepare('SELECT position, identity, status, status_text, result FROM results ORDER BY position').all()).toEqual(
      [
        ['done', 'Afgerond'],
        ['partly-done', 'deels'],
        ['delayed', 'vertraagd (Q3 2027)'],
        ['not-started', 'niet gestart'],
        ['dropped', 'geschrapt'],
        ['ongoing', 'loopt door'],
        [null, 'niet gerealiseerd'],
        [null, ''],
      ].map(([status, text], i) => ({ position: i + 1, identity: `id-${i}`, status, status_text: text, result: 'Gedaan' })),
    );
    db.close();
  });

  it('turns every party kind into its code, keeps each party and what refers to it, and accepts only the codes after it', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 20 });
    db.exec(`${SET};
             INSERT INTO parties VALUES ('gemeente', 'Gemeente Druten', 'Gemeente', 'gemeente', 1), ('woonwaarts', 'Woonwaarts', 'Woonwaarts', 'corporatie', 2),
                                        ('hbd', 'Huurdersbelangen Beuningen Druten', 'HBD', 'huurdersorganisatie', 4);
             INSERT INTO party_links VALUES ('hbd', 'woonwaarts'), ('woonwaarts', 'hbd');
             INSERT INTO party_aliases VALUES ('gemeente', 'De gemeente');
             INSERT INTO signatories VALUES (1, 'hbd', 'A. Jansen', 'Voorzitter');
             INSERT INTO party_contacts (set_id, party_id, name, email, role, position) VALUES (1, 'woonwaarts', 'Piet', 'piet@example.nl', '', 1);`);
    expect(migrate(db, { targetVersion: 21 })).toEqual([21]);
    expect(db.prepare('SELECT id, name, short_name, kind, position FROM parties ORDER BY position').all()).toEqual([
      { id: 'gemeente', name: 'Gemeente Druten', short_name: 'Gemeente', kind: 'municipality', position: 1 },
      { id: 'woonwaarts', name: 'Woonwaarts', short_name: 'Woonwaarts', kind: 'corporation', position: 2 },
      { id: 'hbd', name: 'Huurdersbelangen Beuningen Druten', short_name: 'HBD', kind: 'tenant-body', position: 4 },
    ]);
    // What refers to the copied parties still finds them, and a party that is referred to cannot go.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT party_id, linked_party_id FROM party_links ORDER BY party_id').all()).toEqual([
      { party_id: 'hbd', linked_party_id: 'woonwaarts' },
      { party_id: 'woonwaarts', linked_party_id: 'hbd' },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM party_aliases').pluck().get()).toBe(1);
    expect(() => db.prepare("DELETE FROM parties WHERE id = 'hbd'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO party_links VALUES ('hbd', 'elders')").run()).toThrow(/FOREIGN KEY/);

    const party = db.prepare("INSERT INTO parties (id, name, short_name, kind, position) VALUES (?, 'x', 'x', ?, 9)");
    expect(() => party.run('de-kernen', 'corporatie')).toThrow(/CHECK/);
    party.run('de-kernen', 'corporation');
    db.close();
  });

  it('turns every indicator unit into its code, in the indicators and the proposals, and keeps the rest and what refers to them', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 20 });
    db.exec(`${SET};
             INSERT INTO parties VALUES ('woonwaarts', 'Woonwaarts', 'Woonwaarts', 'corporatie', 2);`);
    const indicator = db.prepare(
      `INSERT INTO indicators (id, set_id, code, title, description, unit, direction, target, baseline_year, deadline_year, shared, topic_number,
                               commitment_number, source_quote, position, baseline_value, overlaps)
       VALUES (?, 1, ?, 'Titel', '', ?, 'at_least', ?, ?, 2030, 0, '1.1', ?, 'Bron', ?, ?, ?)`,
    );
    indicator.run(1, 'sociale-huur-270', 'woningen', 270, 2022, 1, 1, 0, '[{"code":"woondeal-910","relation":"part-of"}]');
    indicator.run(2, '4-2-15-procent', 'procent', 15, 2025, null, 2, 7.5, '[]');
    indicator.run(3, 'verhuiscoach-20000', 'euro', 20000, null, 3, 3, null, '[]');
    db.exec(`INSERT INTO indicator_parties VALUES (1, 'woonwaarts');
             INSERT INTO indicator_milestones (indicator_id, year, value, party_id) VALUES (1, 2028, 180, NULL);`);
    const proposal = (unit: string) => JSON.stringify({ code: `1-1-33-${unit}`, title: 'T', unit, direction: 'at_least', target: 33, proposal: true, foundAt: '1.1 Nieuwbouw' });
    const addProposal = db.prepare("INSERT INTO indicator_proposals (set_id, position, proposal, status) VALUES (1, ?, ?, 'proposed')");
    addProposal.run(1, proposal('woningen'));
    addProposal.run(2, proposal('procent'));
    addProposal.run(3, proposal('euro'));
    expect(migrate(db, { targetVersion: 21 })).toEqual([21]);
    expect(db.prepare('SELECT * FROM indicators ORDER BY id').all()).toEqual([
      { id: 1, set_id: 1, code: 'sociale-huur-270', title: 'Titel', description: '', unit: 'homes', direction: 'at_least', target: 270, baseline_year: 2022, deadline_year: 2030, shared: 0, topic_number: '1.1', commitment_number: 1, source_quote: 'Bron', position: 1, baseline_value: 0, overlaps: '[{"code":"woondeal-910","relation":"part-of"}]' },
      { id: 2, set_id: 1, code: '4-2-15-procent', title: 'Titel', description: '', unit: 'percent', direction: 'at_least', target: 15, baseline_year: 2025, deadline_year: 2030, shared: 0, topic_number: '1.1', commitment_number: null, source_quote: 'Bron', position: 2, baseline_value: 7.5, overlaps: '[]' },
      { id: 3, set_id: 1, code: 'verhuiscoach-20000', title: 'Titel', description: '', unit: 'euro', direction: 'at_least', target: 20000, baseline_year: null, deadline_year: 2030, shared: 0, topic_number: '1.1', commitment_number: 3, source_quote: 'Bron', position: 3, baseline_value: null, overlaps: '[]' },
    ]);
    // The proposals' JSON changes in its unit only; the code made from the Dutch word stays.
    expect(db.prepare('SELECT proposal FROM indicator_proposals ORDER BY position').pluck().all()).toEqual([
      proposal('woningen').replace('"unit":"woningen"', '"unit":"homes"'),
      proposal('procent').replace('"unit":"procent"', '"unit":"percent"'),
      proposal('euro'),
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT indicator_id, party_id FROM indicator_parties').all()).toEqual([{ indicator_id: 1, party_id: 'woonwaarts' }]);
    expect(db.prepare('SELECT indicator_id, year, value FROM indicator_milestones').all()).toEqual([{ indicator_id: 1, year: 2028, value: 180 }]);
    expect(() => db.prepare("INSERT INTO indicator_milestones (indicator_id, year, value) VALUES (99, 2028, 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => indicator.run(4, 'x', 'woningen', 1, null, null, 4, null, '[]')).toThrow(/CHECK/);
    indicator.run(4, 'x', 'homes', 1, null, null, 4, null, '[]');
    // Still one code per set.
    expect(() => indicator.run(5, 'x', 'homes', 1, null, null, 5, null, '[]')).toThrow(/UNIQUE/);
    db.close();
  });

  it('reads the party kinds in a version saved before it as the codes', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec(SET);
    const saved = JSON.stringify({
      version: { number: 1, status: 'final' },
      parties: [{ id: 'gemeente', kind: 'gemeente', state: 'submitted' }, { id: 'woonwaarts', kind: 'corporatie' }, { id: 'hbd', kind: 'huurdersorganisatie' }],
      rows: [{ needs: [{ answeredBy: [{ kind: 'promise' }, { kind: 'activity' }] }] }],
    });
    db.prepare("INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot) VALUES (1, 2027, 1, 'final', 'now', 'me', ?)").run(saved);
    expect(loadBundleSnapshot(db, 1, 2027, 1)).toEqual({
      version: { number: 1, status: 'final' },
      parties: [{ id: 'gemeente', kind: 'municipality', state: 'submitted' }, { id: 'woonwaarts', kind: 'corporation' }, { id: 'hbd', kind: 'tenant-body' }],
      rows: [{ needs: [{ answeredBy: [{ kind: 'promise' }, { kind: 'activity' }] }] }],
    });
    expect(db.prepare('SELECT snapshot FROM bundle_versions').pluck().get()).toBe(saved);
    db.close();
  });
});

describe('migration 23: the kernen of the gemeente of a set', () => {
  const DRUTEN_KERNEN = ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'];

  it('gives a new database the kernen of Druten from the embedded set, as the import reads them', async () => {
    const file = tmpFile();
    const werkbank = openWerkbank({ databasePath: file });
    await werkbank.close();
    const db = openDatabase(file, { readOnly: true });
    const setId = findSetId(db, 'druten-2025-2028') as number;
    expect(loadAgreementSetData(db, setId).places).toEqual(DRUTEN_KERNEN);
    expect(loadSetSummary(db, setId)?.places).toEqual(DRUTEN_KERNEN);
    db.close();
  });

  it('gives the embedded set stored before it the kernen of Druten and any other set none', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 22 });
    const druten = seedAgreementSet(db, loadDefaultDataSet());
    db.exec(`INSERT INTO agreement_sets (code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at)
             VALUES ('beuningen-2029-2032', 'x', 'Beuningen', 2029, 2032, '2028-11-30', 'x', '[]', '[]', 'now')`);
    expect(migrate(db, { targetVersion: 23 })).toEqual([23]);
    expect(loadAgreementSetData(db, druten).places).toEqual(DRUTEN_KERNEN);
    expect(db.prepare('SELECT code, places FROM agreement_sets ORDER BY id').all()).toEqual([
      { code: 'druten-2025-2028', places: JSON.stringify(DRUTEN_KERNEN) },
      { code: 'beuningen-2029-2032', places: '[]' },
    ]);
    db.close();
  });
});

describe('migration 24: the short names the partners write for the parties of the embedded set', () => {
  it('gives the parties of the embedded set stored before it "WW", "DK" and "BR", as a new database has them', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 23 });
    const data = loadDefaultDataSet();
    const short = new Set(['WW', 'DK', 'BR']);
    // The embedded set as it was seeded before: without the short names.
    const before = { ...data, parties: data.parties.map((p) => ({ ...p, aliases: p.aliases.filter((a) => !short.has(a)) })) };
    const setId = seedAgreementSet(db, before);
    const aliasesOf = (id: string): string[] | undefined => loadAgreementSetData(db, setId).parties.find((p) => p.id === id)?.aliases;
    expect(aliasesOf('woonwaarts')).toEqual(['Woonwaarts']);
    expect(migrate(db, { targetVersion: 24 })).toEqual([24]);
    expect(aliasesOf('woonwaarts')).toEqual(['Woonwaarts', 'WW']);
    expect(aliasesOf('de-kernen')).toContain('DK');
    expect(aliasesOf('bewonersraad')).toContain('BR');
    expect(aliasesOf('hbd')).toEqual(data.parties.find((p) => p.id === 'hbd')?.aliases);
    db.close();
  });

  it('adds nothing to a database without those parties', () => {
    const db = openDatabase(':memory:');
    migrate(db, { targetVersion: 23 });
    expect(migrate(db, { targetVersion: 24 })).toEqual([24]);
    expect(db.prepare('SELECT COUNT(*) FROM party_aliases').pluck().get()).toBe(0);
    db.close();
  });
});
