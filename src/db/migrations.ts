// Numbered, forward-only migrations. Each runs in one transaction and is
// recorded in PRAGMA user_version; a database newer than the app is refused.
import { ServiceError } from '../domain/errors';
import { localDay } from '../domain/local-time';
import { sqlTable } from './identifiers';
import type { Db } from './open';

export interface Migration {
  version: number;
  name: string;
  /**
   * The migration rebuilds a table that others reference: foreign keys are
   * off while it runs (SQLite's own procedure for changing a table), and
   * checked before it commits.
   */
  rebuildsTables?: boolean;
  up(db: Db): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'agreements',
    up(db) {
      db.exec(`
        CREATE TABLE agreement_sets (
          id INTEGER PRIMARY KEY,
          code TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          municipality TEXT NOT NULL,
          period_start INTEGER NOT NULL,
          period_end INTEGER NOT NULL CHECK (period_end >= period_start),
          signed_on TEXT NOT NULL,
          signed_place TEXT NOT NULL,
          introduction TEXT NOT NULL,      -- JSON array of paragraphs
          glossary_intro TEXT NOT NULL,    -- JSON array of paragraphs
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE parties (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          short_name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('gemeente', 'corporatie', 'huurdersorganisatie')),
          position INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE party_links (
          party_id TEXT NOT NULL REFERENCES parties(id),
          linked_party_id TEXT NOT NULL REFERENCES parties(id),
          PRIMARY KEY (party_id, linked_party_id)
        ) STRICT;

        CREATE TABLE party_aliases (
          party_id TEXT NOT NULL REFERENCES parties(id),
          alias TEXT NOT NULL,
          PRIMARY KEY (party_id, alias)
        ) STRICT;

        CREATE TABLE party_groups (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE
        ) STRICT;

        CREATE TABLE party_group_members (
          group_id INTEGER NOT NULL REFERENCES party_groups(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          PRIMARY KEY (group_id, party_id)
        ) STRICT;

        CREATE TABLE party_group_aliases (
          group_id INTEGER NOT NULL REFERENCES party_groups(id),
          alias TEXT NOT NULL,
          PRIMARY KEY (group_id, alias)
        ) STRICT;

        CREATE TABLE external_names (
          name TEXT PRIMARY KEY
        ) STRICT;

        CREATE TABLE signatories (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          PRIMARY KEY (set_id, party_id)
        ) STRICT;

        CREATE TABLE themes (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          number INTEGER NOT NULL,
          title TEXT NOT NULL,
          UNIQUE (set_id, number)
        ) STRICT;

        CREATE TABLE topics (
          id INTEGER PRIMARY KEY,
          theme_id INTEGER NOT NULL REFERENCES themes(id),
          number TEXT NOT NULL,
          title TEXT NOT NULL,
          task TEXT NOT NULL,              -- JSON array of paragraphs (opgave)
          position INTEGER NOT NULL,
          UNIQUE (theme_id, number)
        ) STRICT;

        CREATE TABLE ambitions (
          id INTEGER PRIMARY KEY,
          topic_id INTEGER NOT NULL REFERENCES topics(id),
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          UNIQUE (topic_id, position)
        ) STRICT;

        CREATE TABLE commitments (
          id INTEGER PRIMARY KEY,
          topic_id INTEGER NOT NULL REFERENCES topics(id),
          number INTEGER NOT NULL,
          text TEXT NOT NULL,
          UNIQUE (topic_id, number)
        ) STRICT;

        CREATE TABLE footnotes (
          id INTEGER PRIMARY KEY,
          topic_id INTEGER NOT NULL REFERENCES topics(id),
          mark TEXT NOT NULL,
          text TEXT NOT NULL
        ) STRICT;

        CREATE TABLE agreements (
          id INTEGER PRIMARY KEY,
          topic_id INTEGER NOT NULL REFERENCES topics(id),
          -- The N of "Bij N." as written; commitment_id is null when no such inzet item exists.
          commitment_number INTEGER NOT NULL,
          commitment_id INTEGER REFERENCES commitments(id),
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          lead_text TEXT NOT NULL,
          involved_text TEXT NOT NULL,
          schedule_text TEXT NOT NULL,
          schedule_kind TEXT NOT NULL,
          schedule_recognized INTEGER NOT NULL CHECK (schedule_recognized IN (0, 1)),
          schedule_note TEXT,
          search_text TEXT NOT NULL,       -- normalised words of every field, for free-text search
          updated_at TEXT,
          UNIQUE (topic_id, position)
        ) STRICT;

        CREATE TABLE agreement_years (
          agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
          year INTEGER NOT NULL,
          PRIMARY KEY (agreement_id, year)
        ) STRICT;
        CREATE INDEX agreement_years_year ON agreement_years(year);

        -- One row per name as written and party it stands for; party_id is null
        -- for an external or unknown name, which is kept, never dropped.
        CREATE TABLE agreement_parties (
          id INTEGER PRIMARY KEY,
          agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('lead', 'involved')),
          ref_position INTEGER NOT NULL,
          written TEXT NOT NULL,
          status TEXT NOT NULL,
          qualifier TEXT,
          party_id TEXT REFERENCES parties(id)
        ) STRICT;
        CREATE INDEX agreement_parties_party ON agreement_parties(party_id, role);
        CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id);

        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          agreement_id INTEGER NOT NULL REFERENCES agreements(id),
          field TEXT NOT NULL,
          old_value TEXT NOT NULL,
          new_value TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_agreement ON audit_log(agreement_id, id);

        CREATE TABLE cycle_steps (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          code TEXT NOT NULL,
          title TEXT NOT NULL,
          period TEXT NOT NULL,
          agreements TEXT NOT NULL,        -- JSON array of paragraphs
          position INTEGER NOT NULL,
          UNIQUE (set_id, code)
        ) STRICT;

        CREATE TABLE indicators (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          code TEXT NOT NULL,
          title TEXT NOT NULL,
          description TEXT NOT NULL,
          unit TEXT NOT NULL CHECK (unit IN ('woningen', 'procent', 'euro')),
          direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most', 'zero')),
          target REAL NOT NULL,
          baseline_year INTEGER,
          deadline_year INTEGER NOT NULL,
          shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
          topic_number TEXT NOT NULL,
          commitment_number INTEGER,
          source_quote TEXT NOT NULL,
          position INTEGER NOT NULL,
          UNIQUE (set_id, code)
        ) STRICT;

        CREATE TABLE indicator_parties (
          indicator_id INTEGER NOT NULL REFERENCES indicators(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          PRIMARY KEY (indicator_id, party_id)
        ) STRICT;

        CREATE TABLE indicator_milestones (
          id INTEGER PRIMARY KEY,
          indicator_id INTEGER NOT NULL REFERENCES indicators(id),
          year INTEGER NOT NULL,
          value REAL NOT NULL,
          party_id TEXT REFERENCES parties(id)
        ) STRICT;

        CREATE TABLE glossary_terms (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          term TEXT NOT NULL,
          definition TEXT NOT NULL,
          term_group TEXT NOT NULL,
          position INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'submissions',
    up(db) {
      db.exec(`
        -- Every uitvraag workbook the app made, for the status overview.
        CREATE TABLE requests (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activiteiten', 'resultaten')),
          file_name TEXT NOT NULL,
          made_at TEXT NOT NULL,
          made_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX requests_party_year ON requests(set_id, planning_year, party_id);

        -- Every imported file, kept as a version; exactly one is current per party, year and kind.
        CREATE TABLE submissions (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activiteiten', 'resultaten')),
          version INTEGER NOT NULL CHECK (version >= 1),
          is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          source TEXT NOT NULL CHECK (source IN ('uitvraag', 'eigen')),
          sheet TEXT NOT NULL,
          header_row INTEGER NOT NULL,
          columns TEXT NOT NULL,           -- JSON: header, column letter, field
          problems TEXT NOT NULL,          -- JSON: the warnings shown when it was imported
          imported_at TEXT NOT NULL,
          imported_by TEXT NOT NULL,
          UNIQUE (set_id, party_id, planning_year, kind, version)
        ) STRICT;
        CREATE UNIQUE INDEX submissions_one_current
          ON submissions(set_id, party_id, planning_year, kind) WHERE is_current = 1;

        CREATE TABLE activities (
          id INTEGER PRIMARY KEY,
          submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          sheet TEXT NOT NULL,
          row_number INTEGER NOT NULL,
          row_key TEXT,
          activity TEXT NOT NULL,
          agreement_ref TEXT,
          topic_context TEXT,
          agreement_id INTEGER REFERENCES agreements(id),
          link_status TEXT NOT NULL CHECK (link_status IN ('key', 'reference', 'proposed', 'confirmed', 'manual', 'none')),
          link_score REAL,
          role TEXT,
          needs TEXT,
          needs_from TEXT,
          ambition TEXT,
          planning TEXT,
          involved TEXT,
          notes TEXT,
          extra TEXT NOT NULL,             -- JSON: columns we did not know, header → text
          UNIQUE (submission_id, position)
        ) STRICT;
        CREATE INDEX activities_agreement ON activities(agreement_id);

        -- Parties named in an activity's "Van wie?" and "Betrokken" cells, resolved like the agreement's.
        CREATE TABLE activity_parties (
          id INTEGER PRIMARY KEY,
          activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('needs_from', 'involved')),
          ref_position INTEGER NOT NULL,
          written TEXT NOT NULL,
          status TEXT NOT NULL,
          qualifier TEXT,
          party_id TEXT REFERENCES parties(id)
        ) STRICT;
        CREATE INDEX activity_parties_activity ON activity_parties(activity_id);
        CREATE INDEX activity_parties_party ON activity_parties(party_id, role);
      `);
    },
  },
  {
    version: 3,
    name: 'joint overview',
    up(db) {
      db.exec(`
        -- The werkgroep's alignment of an activity, keyed by the activity's stable identity
        -- (workbook key or normalised text) so it carries over to a re-imported version.
        CREATE TABLE alignments (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          identity TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('voorgesteld', 'afgestemd', 'toegezegd')),
          promises TEXT NOT NULL,          -- JSON: [{ partyId, text }]
          also_involved TEXT NOT NULL,     -- JSON: [partyId]
          notes TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL,
          PRIMARY KEY (set_id, planning_year, identity)
        ) STRICT;

        CREATE TABLE duplicate_decisions (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          proposal_key TEXT NOT NULL,
          decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
          decided_at TEXT NOT NULL,
          decided_by TEXT NOT NULL,
          PRIMARY KEY (set_id, planning_year, proposal_key)
        ) STRICT;

        -- "Onvoldoende opgepakt", with the follow-up the werkgroep agreed.
        CREATE TABLE insufficient_marks (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          agreement_id INTEGER NOT NULL REFERENCES agreements(id),
          follow_up TEXT NOT NULL,
          marked_at TEXT NOT NULL,
          marked_by TEXT NOT NULL,
          PRIMARY KEY (set_id, planning_year, agreement_id)
        ) STRICT;

        -- Saved versions of the bundle; the snapshot is the whole JointOverview as JSON,
        -- so later imports and edits never change a saved, let alone a definitive, version.
        CREATE TABLE bundle_versions (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          number INTEGER NOT NULL CHECK (number >= 1),
          status TEXT NOT NULL CHECK (status IN ('concept', 'definitief')),
          saved_at TEXT NOT NULL,
          saved_by TEXT NOT NULL,
          snapshot TEXT NOT NULL,
          UNIQUE (set_id, planning_year, number)
        ) STRICT;
        CREATE UNIQUE INDEX bundle_versions_one_final
          ON bundle_versions(set_id, planning_year) WHERE status = 'definitief';
        CREATE TRIGGER bundle_versions_frozen BEFORE UPDATE ON bundle_versions
          BEGIN SELECT RAISE(ABORT, 'saved bundle versions are never changed'); END;
      `);
    },
  },
  {
    version: 4,
    name: 'results',
    up(db) {
      db.exec(`
        -- What became of an execution year's work, per results submission
        -- (submissions with kind 'resultaten'; planning_year holds the execution year).
        CREATE TABLE results (
          id INTEGER PRIMARY KEY,
          submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          sheet TEXT NOT NULL,
          row_number INTEGER NOT NULL,
          identity TEXT NOT NULL,          -- bundle activity identity, afspraak:<id> or ongepland:<n>
          agreement_id INTEGER REFERENCES agreements(id),
          activity TEXT NOT NULL,
          planned INTEGER NOT NULL CHECK (planned IN (0, 1)),
          status TEXT,
          status_text TEXT NOT NULL,
          result TEXT NOT NULL,
          explanation TEXT NOT NULL,
          steering INTEGER CHECK (steering IN (0, 1)),
          extra TEXT NOT NULL,             -- JSON: columns we did not know
          UNIQUE (submission_id, position)
        ) STRICT;

        CREATE TABLE indicator_values (
          id INTEGER PRIMARY KEY,
          submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
          indicator_code TEXT NOT NULL,
          party_id TEXT NOT NULL REFERENCES parties(id),
          year INTEGER NOT NULL,
          value REAL NOT NULL,
          value_text TEXT NOT NULL,
          note TEXT NOT NULL
        ) STRICT;
        CREATE INDEX indicator_values_code ON indicator_values(indicator_code, year);

        -- The werkgroep's advice to the bestuurlijk overleg, per report (years "2025-2026").
        CREATE TABLE report_advice (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          years TEXT NOT NULL,
          advice TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL,
          PRIMARY KEY (set_id, years)
        ) STRICT;
      `);
    },
  },
  {
    version: 5,
    name: 'links that say how they were made',
    rebuildsTables: true,
    up(db) {
      db.exec(`
        -- link_status gains 'evidence' (the reference and the party settle it) and 'choice'
        -- (several fit: the secretary picks); a person's "geen afspraak" is 'manual' with no
        -- agreement. link_candidates keeps the afspraken considered and why, best first.
        CREATE TABLE activities_v5 (
          id INTEGER PRIMARY KEY,
          submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          sheet TEXT NOT NULL,
          row_number INTEGER NOT NULL,
          row_key TEXT,
          activity TEXT NOT NULL,
          agreement_ref TEXT,
          topic_context TEXT,
          agreement_id INTEGER REFERENCES agreements(id),
          link_status TEXT NOT NULL CHECK (link_status IN ('key', 'reference', 'evidence', 'proposed', 'choice', 'confirmed', 'manual', 'none')),
          link_score REAL,
          link_candidates TEXT NOT NULL DEFAULT '[]',  -- JSON: [{ agreementId, score, reasons }]
          role TEXT,
          lead TEXT,                                   -- the row's own trekker, as written
          row_label TEXT,                              -- the partner's own row number ("Nr")
          budget REAL,                                 -- euros
          needs TEXT,
          needs_from TEXT,
          ambition TEXT,
          planning TEXT,
          involved TEXT,
          notes TEXT,
          extra TEXT NOT NULL,
          UNIQUE (submission_id, position)
        ) STRICT;
        INSERT INTO activities_v5 (id, submission_id, position, sheet, row_number, row_key, activity, agreement_ref,
                                   topic_context, agreement_id, link_status, link_score, role, needs, needs_from,
                                   ambition, planning, involved, notes, extra)
          SELECT id, submission_id, position, sheet, row_number, row_key, activity, agreement_ref, topic_context,
                 agreement_id, link_status, link_score, role, needs, needs_from, ambition, planning, involved, notes, extra
          FROM activities;
        DROP TABLE activities;
        ALTER TABLE activities_v5 RENAME TO activities;
        CREATE INDEX activities_agreement ON activities(agreement_id);
        CREATE INDEX activities_submission ON activities(submission_id);

        -- The row's own trekker is resolved like "Van wie?" and "Betrokken".
        CREATE TABLE activity_parties_v5 (
          id INTEGER PRIMARY KEY,
          activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('needs_from', 'involved', 'lead')),
          ref_position INTEGER NOT NULL,
          written TEXT NOT NULL,
          status TEXT NOT NULL,
          qualifier TEXT,
          party_id TEXT REFERENCES parties(id)
        ) STRICT;
        INSERT INTO activity_parties_v5 SELECT * FROM activity_parties;
        DROP TABLE activity_parties;
        ALTER TABLE activity_parties_v5 RENAME TO activity_parties;
        CREATE INDEX activity_parties_activity ON activity_parties(activity_id);
        CREATE INDEX activity_parties_party ON activity_parties(party_id, role);

        -- Lines of the file that are no activities (footers, signatures, notes), kept with it.
        ALTER TABLE submissions ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';  -- JSON: [{ sheet, row, text }]

        -- What people decided about stored activities: links confirmed (one or all at once),
        -- chosen, activities corrected or removed; with the reason given.
        CREATE TABLE activity_log (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          party_id TEXT REFERENCES parties(id),   -- null for an action over every party
          identity TEXT,                          -- the activity's identity; null for an action over many
          action TEXT NOT NULL CHECK (action IN ('confirm', 'confirm-all', 'link', 'edit', 'remove')),
          detail TEXT NOT NULL,                   -- Dutch: what changed, old → new
          reason TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX activity_log_year ON activity_log(set_id, planning_year, id);
      `);
    },
  },
  {
    version: 6,
    name: 'activities corrected or removed by a person',
    up(db) {
      db.exec(`
        -- A stored activity as the secretary corrected it. removed_reason: removed by a person
        -- (kept and shown in the app, but no activity anywhere else); corrected: JSON, the
        -- corrected fields as the partner wrote them ({"planning": "Q2 2027"}); null when none.
        ALTER TABLE activities ADD COLUMN removed_reason TEXT;
        ALTER TABLE activities ADD COLUMN corrected TEXT;

        -- The corrections themselves, by the row as the partner wrote it (fingerprint: a hash of
        -- all its read fields, normalised), so that the next version of the same file gets them
        -- again where the row is unchanged. fields: JSON, the corrected values.
        CREATE TABLE activity_corrections (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          party_id TEXT NOT NULL REFERENCES parties(id),
          fingerprint TEXT NOT NULL,
          fields TEXT NOT NULL DEFAULT '{}',
          removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
          reason TEXT NOT NULL CHECK (reason <> ''),
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL,
          PRIMARY KEY (set_id, planning_year, party_id, fingerprint)
        ) STRICT;
      `);
    },
  },
  {
    version: 7,
    name: 'indicator baselines and earlier figures entered by the secretary',
    up(db) {
      db.exec(`
        -- The value at the start of baseline_year where the agreement gives one (0 homes before
        -- 2022 for "tussen 2022 en 2030"; 7,5% for "van 7,5% naar maximaal 15%").
        ALTER TABLE indicators ADD COLUMN baseline_value REAL;
        -- The embedded set as seeded before this version: its baselines from the agreement.
        UPDATE indicators SET baseline_value = 0
          WHERE code IN ('woondeal-910', 'middenhuur-50', 'sociale-huur-270', 'sociale-huur-180') AND baseline_year = 2022
            AND set_id IN (SELECT id FROM agreement_sets WHERE code = 'druten-2025-2028');
        UPDATE indicators SET baseline_year = 2025, baseline_value = 7.5
          WHERE code = 'vrije-toewijzing-15' AND ifnull(baseline_year, 2025) = 2025
            AND set_id IN (SELECT id FROM agreement_sets WHERE code = 'druten-2025-2028');

        -- A start value the secretary entered where the agreement gives none: the value on
        -- 31 December of year, with its source (note).
        CREATE TABLE indicator_baselines (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          indicator_code TEXT NOT NULL,
          year INTEGER NOT NULL,
          value REAL NOT NULL CHECK (value >= 0),
          note TEXT NOT NULL CHECK (note <> ''),
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL,
          PRIMARY KEY (set_id, indicator_code)
        ) STRICT;

        -- Figures for years before the first uitvraag, entered by the secretary: per party, or
        -- for all the indicator's parties together (party_id null). One per party and year.
        CREATE TABLE indicator_entered_values (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          indicator_code TEXT NOT NULL,
          party_id TEXT REFERENCES parties(id),
          year INTEGER NOT NULL,
          value REAL NOT NULL CHECK (value >= 0),
          note TEXT NOT NULL CHECK (note <> ''),
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX indicator_entered_values_key
          ON indicator_entered_values(set_id, indicator_code, year, ifnull(party_id, ''));

        -- Every change to the two tables above: what, old → new (detail, Dutch), the source given.
        CREATE TABLE indicator_log (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          indicator_code TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('baseline', 'baseline-removed', 'figure', 'figure-removed')),
          year INTEGER,
          party_id TEXT REFERENCES parties(id),
          detail TEXT NOT NULL,
          note TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX indicator_log_code ON indicator_log(set_id, indicator_code, id);
      `);
    },
  },
  {
    version: 8,
    name: 'the werkgroep advice kept per version',
    up(db) {
      db.exec(`
        -- Every text of the werkgroep's advice to the bestuurlijk overleg, per report ("2026",
        -- "2025-2026"), numbered from 1; report_advice keeps the current one. An advice that
        -- was there before becomes version 1, as saved then.
        CREATE TABLE report_advice_versions (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          years TEXT NOT NULL,
          version INTEGER NOT NULL CHECK (version >= 1),
          advice TEXT NOT NULL,
          saved_at TEXT NOT NULL,
          saved_by TEXT NOT NULL,
          PRIMARY KEY (set_id, years, version)
        ) STRICT;
        INSERT INTO report_advice_versions (set_id, years, version, advice, saved_at, saved_by)
          SELECT set_id, years, 1, advice, updated_at, updated_by FROM report_advice;
      `);
    },
  },
  {
    version: 9,
    name: 'an undone import and a restored backup in the activity log',
    up(db) {
      // SQLite cannot change a CHECK constraint in place: the log is copied into a new table.
      // Nothing references activity_log, so no other table is touched.
      db.exec(`
        -- planning_year is null for an action over every year (a backup restored).
        CREATE TABLE activity_log_v9 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER,
          party_id TEXT REFERENCES parties(id),
          identity TEXT,
          action TEXT NOT NULL CHECK (action IN ('confirm', 'confirm-all', 'link', 'edit', 'remove', 'undo-import', 'restore')),
          detail TEXT NOT NULL,
          reason TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO activity_log_v9 SELECT id, set_id, planning_year, party_id, identity, action, detail, reason, changed_at, changed_by
          FROM activity_log;
        DROP TABLE activity_log;
        ALTER TABLE activity_log_v9 RENAME TO activity_log;
        CREATE INDEX activity_log_year ON activity_log(set_id, planning_year, id);
      `);
    },
  },
  {
    version: 10,
    name: 'alignment revisions for an optimistic check',
    up(db) {
      db.exec(`
        -- How many times the alignment was recorded: an edit names the revision it read, so that
        -- a write based on a stale read is refused instead of undoing another person's write.
        ALTER TABLE alignments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
      `);
    },
  },
  {
    version: 11,
    name: 'contacts per party, mail templates, and both in the activity log',
    up(db) {
      // The log's CHECK gains two actions: copied into a new table as in migration 9.
      db.exec(`
        -- The parties' own people, to whom the e-mails are addressed; several per party.
        CREATE TABLE party_contacts (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          name TEXT NOT NULL CHECK (name <> ''),
          email TEXT NOT NULL CHECK (email <> ''),
          role TEXT NOT NULL,
          position INTEGER NOT NULL,
          UNIQUE (set_id, party_id, email)
        ) STRICT;
        CREATE INDEX party_contacts_party ON party_contacts(set_id, party_id, position);

        -- The secretary's own wording of an e-mail; the default in the code holds while there is none.
        CREATE TABLE mail_templates (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          kind TEXT NOT NULL,
          subject TEXT NOT NULL,
          body TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL,
          PRIMARY KEY (set_id, kind)
        ) STRICT;

        -- Who the e-mails come from: the secretary's own name and address.
        CREATE TABLE mail_sender (
          set_id INTEGER PRIMARY KEY REFERENCES agreement_sets(id),
          name TEXT NOT NULL,
          email TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE activity_log_v11 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER,
          party_id TEXT REFERENCES parties(id),
          identity TEXT,
          action TEXT NOT NULL CHECK (action IN ('confirm', 'confirm-all', 'link', 'edit', 'remove', 'undo-import', 'restore', 'contact', 'mail-template')),
          detail TEXT NOT NULL,
          reason TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO activity_log_v11 SELECT id, set_id, planning_year, party_id, identity, action, detail, reason, changed_at, changed_by
          FROM activity_log;
        DROP TABLE activity_log;
        ALTER TABLE activity_log_v11 RENAME TO activity_log;
        CREATE INDEX activity_log_year ON activity_log(set_id, planning_year, id);

      `);
    },
  },
  {
    version: 12,
    name: 'the werkgroep decides whether a request of the wederkerigheid is answered; indicators that count the same homes',
    up(db) {
      // SQLite cannot change a CHECK constraint in place: the log is copied into a new table, as in 9 and 11.
      db.exec(`
        -- The werkgroep's word on one request (an activity's need, asked of one party), over what the
        -- text match found: answered by one of the asked party's activities (answer_identity), or
        -- open although a text seemed to answer it; with the reason. Keyed by the asking activity's
        -- identity, like the alignment, so it carries over to a re-imported version.
        CREATE TABLE need_decisions (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          identity TEXT NOT NULL,
          to_party_id TEXT NOT NULL REFERENCES parties(id),
          decision TEXT NOT NULL CHECK (decision IN ('answered', 'open')),
          answer_identity TEXT,
          reason TEXT NOT NULL CHECK (reason <> ''),
          decided_at TEXT NOT NULL,
          decided_by TEXT NOT NULL,
          PRIMARY KEY (set_id, planning_year, identity, to_party_id),
          CHECK ((decision = 'answered') = (answer_identity IS NOT NULL))
        ) STRICT;

        CREATE TABLE activity_log_v12 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER,
          party_id TEXT REFERENCES parties(id),
          identity TEXT,
          action TEXT NOT NULL CHECK (action IN ('confirm', 'confirm-all', 'link', 'edit', 'remove', 'undo-import', 'restore', 'contact', 'mail-template',
                                                 'need-answered', 'need-open', 'need-cleared')),
          detail TEXT NOT NULL,
          reason TEXT NOT NULL,
          changed_at TEXT NOT NULL,
          changed_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO activity_log_v12 SELECT id, set_id, planning_year, party_id, identity, action, detail, reason, changed_at, changed_by
          FROM activity_log;
        DROP TABLE activity_log;
        ALTER TABLE activity_log_v12 RENAME TO activity_log;
        CREATE INDEX activity_log_year ON activity_log(set_id, planning_year, id);

        -- Indicators that count (some of) the same homes, as the agreement says (JSON:
        -- [{ code, relation: 'step-of' | 'part-of' }]): never to be added up. The embedded set as
        -- seeded before this version gets the agreement's.
        ALTER TABLE indicators ADD COLUMN overlaps TEXT NOT NULL DEFAULT '[]';
        UPDATE indicators SET overlaps = '[{"code":"woondeal-910","relation":"part-of"}]'
          WHERE code IN ('sociale-huur-270', 'middenhuur-50')
            AND set_id IN (SELECT id FROM agreement_sets WHERE code = 'druten-2025-2028');
        UPDATE indicators SET overlaps = '[{"code":"sociale-huur-270","relation":"step-of"}]'
          WHERE code = 'sociale-huur-180'
            AND set_id IN (SELECT id FROM agreement_sets WHERE code = 'druten-2025-2028');
        UPDATE indicators SET overlaps = '[{"code":"sociale-huur-270","relation":"part-of"}]'
          WHERE code IN ('woonwaarts-sociale-huur-240', 'de-kernen-sociale-huur-33', 'geclusterd-ouderen-85')
            AND set_id IN (SELECT id FROM agreement_sets WHERE code = 'druten-2025-2028');
      `);
    },
  },
  {
    version: 13,
    name: 'the day a submission was received, as the secretary states it',
    up(db) {
      // The day the partner's file arrived decides whether it was late, not the day it was
      // imported. Files imported before this version were taken as received on their import
      // day (in Druten), as the Werkbank decided then: their status does not change.
      db.exec(`ALTER TABLE submissions ADD COLUMN received_on TEXT NOT NULL DEFAULT '' CHECK (received_on = '' OR received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');`);
      const rows = db.prepare<[], { id: number; imported_at: string }>('SELECT id, imported_at FROM submissions').all();
      const set = db.prepare('UPDATE submissions SET received_on = ? WHERE id = ?');
      for (const r of rows) set.run(localDay(r.imported_at), r.id);
    },
  },
  {
    version: 14,
    name: 'an undone import is remembered, so its version number is never used again',
    up(db) {
      // Undoing an import removes the submission with everything read from it; its number must
      // stay taken, or "versie 3" could name two different files in history and documents.
      // What was known of the file is kept for the history; undos logged before this version
      // are read back from the activity log (number and file name: the rest was not stored).
      db.exec(`
        CREATE TABLE undone_submissions (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activiteiten', 'resultaten')),
          version INTEGER NOT NULL CHECK (version >= 1),
          file_name TEXT NOT NULL,
          imported_at TEXT,
          imported_by TEXT NOT NULL,
          received_on TEXT,
          activity_count INTEGER,
          undone_at TEXT NOT NULL,
          undone_by TEXT NOT NULL,
          reason TEXT NOT NULL,
          UNIQUE (set_id, party_id, planning_year, kind, version)
        ) STRICT;
      `);
      const logged = db
        .prepare<[], { set_id: number; party_id: string | null; planning_year: number | null; detail: string; reason: string; changed_at: string; changed_by: string }>(
          "SELECT set_id, party_id, planning_year, detail, reason, changed_at, changed_by FROM activity_log WHERE action = 'undo-import' ORDER BY id",
        )
        .all();
      const add = db.prepare(
        `INSERT OR IGNORE INTO undone_submissions (set_id, party_id, planning_year, kind, version, file_name, imported_by, undone_at, undone_by, reason)
         VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
      );
      for (const r of logged) {
        const m = /^Import ongedaan gemaakt: versie (\d+) van (het activiteitenoverzicht|de resultaten) \d{4} \((.*?), ingelezen /.exec(r.detail);
        if (!m || !r.party_id || r.planning_year === null) continue;
        const kind = m[2] === 'de resultaten' ? 'resultaten' : 'activiteiten';
        // A number used again after the undo (before this version) stays with the file that has it now.
        const taken = db
          .prepare('SELECT 1 FROM submissions WHERE set_id = ? AND party_id = ? AND planning_year = ? AND kind = ? AND version = ?')
          .get(r.set_id, r.party_id, r.planning_year, kind, Number(m[1]));
        if (taken) continue;
        add.run(r.set_id, r.party_id, r.planning_year, kind, Number(m[1]), m[3], r.changed_at, r.changed_by, r.reason);
      }
    },
  },
  {
    version: 15,
    name: 'an agreement set stored from its own document, in the activity log',
    up(db) {
      // SQLite cannot change a CHECK constraint in place: the log is copied into a new table, as in 9, 11 and 12.
      // Nothing references activity_log, so no other table is touched.
      widenActivityLog(db, 15, [...LOG_ACTIONS_12, 'set-import']);
    },
  },
  {
    version: 16,
    name: 'a received day corrected after the import, in the activity log',
    up(db) {
      widenActivityLog(db, 16, [...LOG_ACTIONS_12, 'set-import', 'received-on']);
    },
  },
  {
    version: 17,
    name: 'indicator proposals to confirm, the yearly calendar per set, parties edited after the import',
    up(db) {
      db.exec(`
        -- A numeric target found in the set's text: an indicator of the set only once confirmed
        -- (then also in indicators, under indicator_code).
        CREATE TABLE indicator_proposals (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          position INTEGER NOT NULL,
          proposal TEXT NOT NULL,          -- JSON: the IndicatorProposal as read
          status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
          indicator_code TEXT,
          decided_at TEXT,
          decided_by TEXT,
          UNIQUE (set_id, position)
        ) STRICT;

        -- A set's own day for a deadline of the yearly cycle; without a row, the day of section 6.2.
        CREATE TABLE cycle_dates (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          deadline TEXT NOT NULL,
          month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
          day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
          PRIMARY KEY (set_id, deadline)
        ) STRICT;
      `);
      widenActivityLog(db, 17, LOG_ACTIONS_17);
    },
  },
  {
    version: 18,
    name: 'the section of a set that sets out its yearly cycle',
    up(db) {
      db.exec(`
        -- The topic the documents cite for the yearly cycle ("6.2"); '' where the set names none.
        ALTER TABLE agreement_sets ADD COLUMN cycle_section TEXT NOT NULL DEFAULT '';
        -- The embedded set as seeded before this version: its cycle is section 6.2.
        UPDATE agreement_sets SET cycle_section = '6.2' WHERE code = 'druten-2025-2028';
      `);
    },
  },
  {
    version: 19,
    name: 'the alignment status in English codes: pending, aligned, promised',
    up(db) {
      // The labels people read ("Nog niet afgestemd", "Afgestemd", "Toegezegd") are domain wording and do not
      // change. SQLite cannot change a CHECK in place: the table is copied, as the activity log is in 9 to 17;
      // nothing references alignments. Saved versions keep their snapshot as frozen; db/bundle.ts reads the old
      // codes in them as the new ones.
      db.exec(`
        CREATE TABLE alignments_v19 (
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          identity TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('pending', 'aligned', 'promised')),
          promises TEXT NOT NULL,          -- JSON: [{ partyId, text }]
          also_involved TEXT NOT NULL,     -- JSON: [partyId]
          notes TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL,
          revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
          PRIMARY KEY (set_id, planning_year, identity)
        ) STRICT;
        INSERT INTO alignments_v19 (set_id, planning_year, identity, status, promises, also_involved, notes, updated_at, updated_by, revision)
          SELECT set_id, planning_year, identity,
                 CASE status WHEN 'voorgesteld' THEN 'pending' WHEN 'afgestemd' THEN 'aligned' WHEN 'toegezegd' THEN 'promised' END,
                 promises, also_involved, notes, updated_at, updated_by, revision
            FROM alignments;
        DROP TABLE alignments;
        ALTER TABLE alignments_v19 RENAME TO alignments;
      `);
    },
  },
  {
    version: 20,
    name: 'the remaining stored codes in English: submission kind and source, bundle version status, mail kind',
    rebuildsTables: true,
    up(db) {
      // As migration 19 did for the alignment status: what people read ("activiteiten", "Concept",
      // "Herinnering") is domain wording and does not change, and neither do the words typed on the
      // command line or written in an uitvraag workbook; only the codes the app stores are English.
      // SQLite cannot change a CHECK in place: the tables are copied. submissions is referenced by
      // activities, results and indicator_values, so the runner turns foreign keys off meanwhile
      // and checks them after. bundle_versions refuses every UPDATE (a saved version is frozen), so
      // it is copied too; its snapshots stay as saved, and db/bundle.ts reads their old codes.
      // A value already in its new code (there should be none) is kept as it is, and then meets the CHECK.
      const kind = (column: string) => `CASE ${column} WHEN 'activiteiten' THEN 'activities' WHEN 'resultaten' THEN 'results' ELSE ${column} END`;
      db.exec(`
        CREATE TABLE requests_v20 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activities', 'results')),
          file_name TEXT NOT NULL,
          made_at TEXT NOT NULL,
          made_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO requests_v20 (id, set_id, party_id, planning_year, kind, file_name, made_at, made_by)
          SELECT id, set_id, party_id, planning_year, ${kind('kind')}, file_name, made_at, made_by FROM requests;
        DROP TABLE requests;
        ALTER TABLE requests_v20 RENAME TO requests;
        CREATE INDEX requests_party_year ON requests(set_id, planning_year, party_id);

        CREATE TABLE submissions_v20 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activities', 'results')),
          version INTEGER NOT NULL CHECK (version >= 1),
          is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          source TEXT NOT NULL CHECK (source IN ('request', 'own')),   -- our uitvraag workbook, or the partner's own layout
          sheet TEXT NOT NULL,
          header_row INTEGER NOT NULL,
          columns TEXT NOT NULL,           -- JSON: header, column letter, field
          problems TEXT NOT NULL,          -- JSON: the warnings shown when it was imported
          imported_at TEXT NOT NULL,
          imported_by TEXT NOT NULL,
          notes TEXT NOT NULL DEFAULT '[]',
          received_on TEXT NOT NULL DEFAULT '' CHECK (received_on = '' OR received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          UNIQUE (set_id, party_id, planning_year, kind, version)
        ) STRICT;
        INSERT INTO submissions_v20 (id, set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                     sheet, header_row, columns, problems, imported_at, imported_by, notes, received_on)
          SELECT id, set_id, party_id, planning_year, ${kind('kind')}, version, is_current, file_name, sha256, size,
                 CASE source WHEN 'uitvraag' THEN 'request' WHEN 'eigen' THEN 'own' ELSE source END,
                 sheet, header_row, columns, problems, imported_at, imported_by, notes, received_on
            FROM submissions;
        DROP TABLE submissions;
        ALTER TABLE submissions_v20 RENAME TO submissions;
        CREATE UNIQUE INDEX submissions_one_current
          ON submissions(set_id, party_id, planning_year, kind) WHERE is_current = 1;

        CREATE TABLE undone_submissions_v20 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          party_id TEXT NOT NULL REFERENCES parties(id),
          planning_year INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('activities', 'results')),
          version INTEGER NOT NULL CHECK (version >= 1),
          file_name TEXT NOT NULL,
          imported_at TEXT,
          imported_by TEXT NOT NULL,
          received_on TEXT,
          activity_count INTEGER,
          undone_at TEXT NOT NULL,
          undone_by TEXT NOT NULL,
          reason TEXT NOT NULL,
          UNIQUE (set_id, party_id, planning_year, kind, version)
        ) STRICT;
        INSERT INTO undone_submissions_v20 (id, set_id, party_id, planning_year, kind, version, file_name, imported_at, imported_by,
                                            received_on, activity_count, undone_at, undone_by, reason)
          SELECT id, set_id, party_id, planning_year, ${kind('kind')}, version, file_name, imported_at, imported_by,
                 received_on, activity_count, undone_at, undone_by, reason
            FROM undone_submissions;
        DROP TABLE undone_submissions;
        ALTER TABLE undone_submissions_v20 RENAME TO undone_submissions;

        CREATE TABLE bundle_versions_v20 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          planning_year INTEGER NOT NULL,
          number INTEGER NOT NULL CHECK (number >= 1),
          status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
          saved_at TEXT NOT NULL,
          saved_by TEXT NOT NULL,
          snapshot TEXT NOT NULL,
          UNIQUE (set_id, planning_year, number)
        ) STRICT;
        INSERT INTO bundle_versions_v20 (id, set_id, planning_year, number, status, saved_at, saved_by, snapshot)
          SELECT id, set_id, planning_year, number, CASE status WHEN 'concept' THEN 'draft' WHEN 'definitief' THEN 'final' ELSE status END,
                 saved_at, saved_by, snapshot
            FROM bundle_versions;
        DROP TABLE bundle_versions;
        ALTER TABLE bundle_versions_v20 RENAME TO bundle_versions;
        CREATE UNIQUE INDEX bundle_versions_one_final
          ON bundle_versions(set_id, planning_year) WHERE status = 'final';
        CREATE TRIGGER bundle_versions_frozen BEFORE UPDATE ON bundle_versions
          BEGIN SELECT RAISE(ABORT, 'saved bundle versions are never changed'); END;

        -- No CHECK here (a kind the code does not know is simply not used), so an UPDATE is enough.
        UPDATE mail_templates SET kind = CASE kind
            WHEN 'uitvraag' THEN 'request' WHEN 'herinnering' THEN 'reminder' WHEN 'te-laat' THEN 'late'
            WHEN 'bedankt' THEN 'thanks' WHEN 'overzicht' THEN 'overview' ELSE kind END;
      `);
    },
  },
  {
    version: 21,
    name: 'the last stored codes in English: result status, party kind, indicator unit',
    rebuildsTables: true,
    up(db) {
      const unit = (value: string) => `CASE ${value} WHEN 'woningen' THEN 'homes' WHEN 'procent' THEN 'percent' ELSE ${value} END`;
      // As migrations 19 and 20 did: the words people read and write ("gerealiseerd", "huurdersorganisatie",
      // "woningen") do not change, in the app, the documents, the command line, the results workbook (whose
      // Status list still offers them), the hidden sheet of an uitvraag and the Soort and Eenheid columns of a
      // set's template; only the codes the app stores are English. The status as the partner wrote it stays in
      // status_text; results.status has no CHECK, so an UPDATE is enough. SQLite cannot change the CHECK on
      // parties.kind and indicators.unit in place: the tables are copied, and as nearly every table refers to
      // parties, the runner turns foreign keys off meanwhile and checks them after. An indicator proposal keeps
      // the indicator as read, in JSON: its unit is changed there. Saved versions of the overview keep the
      // kinds as saved; db/bundle.ts reads them. Indicator codes made from a unit ("1-1-270-woningen") stay.
      db.exec(`
        UPDATE results SET status = CASE status
            WHEN 'gerealiseerd' THEN 'done' WHEN 'gedeeltelijk gerealiseerd' THEN 'partly-done' WHEN 'vertraagd' THEN 'delayed'
            WHEN 'niet gestart' THEN 'not-started' WHEN 'vervallen' THEN 'dropped' WHEN 'doorlopend' THEN 'ongoing' ELSE status END
          WHERE status IS NOT NULL;

        CREATE TABLE parties_v21 (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          short_name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('municipality', 'corporation', 'tenant-body')),
          position INTEGER NOT NULL
        ) STRICT;
        INSERT INTO parties_v21 (id, name, short_name, kind, position)
          SELECT id, name, short_name,
                 CASE kind WHEN 'gemeente' THEN 'municipality' WHEN 'corporatie' THEN 'corporation' WHEN 'huurdersorganisatie' THEN 'tenant-body' ELSE kind END,
                 position
            FROM parties;
        DROP TABLE parties;
        ALTER TABLE parties_v21 RENAME TO parties;

        CREATE TABLE indicators_v21 (
          id INTEGER PRIMARY KEY,
          set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
          code TEXT NOT NULL,
          title TEXT NOT NULL,
          description TEXT NOT NULL,
          unit TEXT NOT NULL CHECK (unit IN ('homes', 'percent', 'euro')),
          direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most', 'zero')),
          target REAL NOT NULL,
          baseline_year INTEGER,
          deadline_year INTEGER NOT NULL,
          shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
          topic_number TEXT NOT NULL,
          commitment_number INTEGER,
          source_quote TEXT NOT NULL,
          position INTEGER NOT NULL,
          baseline_value REAL,
          overlaps TEXT NOT NULL DEFAULT '[]',
          UNIQUE (set_id, code)
        ) STRICT;
        INSERT INTO indicators_v21 (id, set_id, code, title, description, unit, direction, target, baseline_year, deadline_year,
                                    shared, topic_number, commitment_number, source_quote, position, baseline_value, overlaps)
          SELECT id, set_id, code, title, description, ${unit('unit')}, direction, target, baseline_year, deadline_year,
                 shared, topic_number, commitment_number, source_quote, position, baseline_value, overlaps
            FROM indicators;
        DROP TABLE indicators;
        ALTER TABLE indicators_v21 RENAME TO indicators;

        UPDATE indicator_proposals SET proposal = json_set(proposal, '$.unit', ${unit("json_extract(proposal, '$.unit')")})
          WHERE json_extract(proposal, '$.unit') IN ('woningen', 'procent');
      `);
    },
  },
  {
    version: 22,
    name: 'a line the reader kept as a note, made an activity by the secretary, in the activity log',
    up(db) {
      widenActivityLog(db, 22, [...LOG_ACTIONS_17, 'as-activity']);
    },
  },
  {
    version: 23,
    name: 'the kernen of the gemeente of a set',
    up(db) {
      db.exec(`
        -- JSON array of the gemeente's kernen as people write them ("Deest"): the app's own knowledge of
        -- the gemeente, not words of the agreement; '[]' where it is not known.
        ALTER TABLE agreement_sets ADD COLUMN places TEXT NOT NULL DEFAULT '[]';
        -- The embedded set as seeded before this version: the kernen of Druten.
        UPDATE agreement_sets SET places = '["Druten","Afferden","Deest","Horssen","Puiflijk"]' WHERE code = 'druten-2025-2028';
      `);
    },
  },
  {
    version: 24,
    name: 'the short names the partners write for the parties of the embedded set',
    up(db) {
      db.exec(`
        -- "WW", "DK", "BR" in a "Wie" or "Actiehouder" column, as the embedded set now seeds them.
        INSERT OR IGNORE INTO party_aliases (party_id, alias)
          SELECT party_id, alias FROM (SELECT 'woonwaarts' AS party_id, 'WW' AS alias UNION ALL SELECT 'de-kernen', 'DK' UNION ALL SELECT 'bewonersraad', 'BR')
           WHERE party_id IN (SELECT id FROM parties);
      `);
    },
  },
  {
    version: 25,
    name: 'a line the reader read as an activity, kept as a note by the secretary, in the activity log',
    up(db) {
      widenActivityLog(db, 25, [...LOG_ACTIONS_17, 'as-activity', 'as-note']);
    },
  },
];

/** The actions the activity log allowed after migration 12; later migrations widen it. */
const LOG_ACTIONS_12 = ['confirm', 'confirm-all', 'link', 'edit', 'remove', 'undo-import', 'restore', 'contact', 'mail-template', 'need-answered', 'need-open', 'need-cleared'];
const LOG_ACTIONS_17 = [...LOG_ACTIONS_12, 'set-import', 'received-on', 'indicator-confirm', 'indicator-reject', 'calendar-edit', 'party-edit'];

/**
 * The activity log copied into a new table whose CHECK allows `actions`, every
 * row kept (SQLite cannot change a CHECK in place; nothing references the log).
 */
function widenActivityLog(db: Db, version: number, actions: readonly string[]): void {
  const table = sqlTable(`activity_log_v${version}`);
  db.exec(`
    CREATE TABLE ${table} (
      id INTEGER PRIMARY KEY,
      set_id INTEGER NOT NULL REFERENCES agreement_sets(id),
      planning_year INTEGER,
      party_id TEXT REFERENCES parties(id),
      identity TEXT,
      action TEXT NOT NULL CHECK (action IN (${actions.map((a) => `'${a}'`).join(', ')})),
      detail TEXT NOT NULL,
      reason TEXT NOT NULL,
      changed_at TEXT NOT NULL,
      changed_by TEXT NOT NULL
    ) STRICT;
    INSERT INTO ${table} SELECT id, set_id, planning_year, party_id, identity, action, detail, reason, changed_at, changed_by
      FROM activity_log;
    DROP TABLE activity_log;
    ALTER TABLE ${table} RENAME TO activity_log;
    CREATE INDEX activity_log_year ON activity_log(set_id, planning_year, id);
  `);
}

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database made by a newer version, before anything is written to it. */
export function refuseNewer(db: Db, latest = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > latest) {
    const which = db.name && db.name !== ':memory:' ? `De database ${db.name}` : 'Deze database';
    throw new ServiceError(
      'database_too_new',
      `${which} is gemaakt met een nieuwere versie van de Werkbank (schema ${current}; deze versie kent tot en met ${latest}). ` +
        'Installeer de nieuwste versie van de app; de database is niet gewijzigd.',
    );
  }
}

export interface MigrateOptions {
  /** Called once before the first migration of a database that already holds data. */
  beforeMigrating?: (fromVersion: number) => void;
  /** For tests of a single step: stop after this version. */
  targetVersion?: number;
  /** The list to apply; the app's own by default. */
  migrations?: readonly Migration[];
}

/** Brings the schema to the latest version; returns the versions applied. */
export function migrate(db: Db, options: MigrateOptions = {}): number[] {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const target = options.targetVersion ?? latest;
  const current = schemaVersion(db);
  refuseNewer(db, latest);
  const pending = migrations.filter((m) => m.version > current && m.version <= target).sort(
    (a, b) => a.version - b.version,
  );
  if (pending.length === 0) return [];
  if (current > 0) options.beforeMigrating?.(current);
  const applied: number[] = [];
  for (const migration of pending) {
    // foreign_keys cannot change inside a transaction; it is restored whatever happens.
    const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.rebuildsTables && keysWereOn) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`migration ${migration.version} left ${broken.length} broken references`);
        }
        // user_version cannot take a bound parameter; the number comes from our own list.
        db.pragma(`user_version = ${Number(migration.version)}`);
      })();
    } finally {
      if (migration.rebuildsTables && keysWereOn) db.pragma('foreign_keys = ON');
    }
    applied.push(migration.version);
  }
  return applied;
}
