// The content of a signed agreement set as stored: its heading, the themes and
// topics with their counts, a topic's context and the glossary. SQL lives here only.
import type { ThemeNode, TopicContext } from '../domain/agreements';
import type { CycleDates } from '../domain/calendar';
import type { CycleStepData } from '../domain/dataset';
import type { GlossaryTerm } from '../domain/types';
import { loadCycleDates } from './cycle-dates';
import type { Db, ReadonlyDb } from './open';

export interface StoredSetSummary {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  signedOn: string;
  municipality: string;
  /** The gemeente's kernen as people write them ("Deest"): the app's own knowledge, not the agreement's words; [] where unknown. */
  places: string[];
  /** The topic that sets out the yearly cycle ("6.2"); '' where the set names none. */
  cycleSection: string;
  /** The first topic whose text speaks of wederkerigheid ("6.1"); '' where none does. */
  reciprocitySection: string;
  /** The set's days of the yearly cycle: what every deadline said or counted is taken from. */
  cycleDates: CycleDates;
}

export function loadSetSummary(db: Db, setId: number): StoredSetSummary | undefined {
  const row = db
    .prepare<[number], { code: string; title: string; period_start: number; period_end: number; signed_on: string; municipality: string; places: string; cycle_section: string }>(
      'SELECT code, title, period_start, period_end, signed_on, municipality, places, cycle_section FROM agreement_sets WHERE id = ?',
    )
    .get(setId);
  if (!row) return undefined;
  const reciprocity = db
    .prepare<[number], { number: string }>(
      `SELECT t.number FROM topics t JOIN themes th ON th.id = t.theme_id
       WHERE th.set_id = ? AND (t.task LIKE '%wederkerig%' OR EXISTS (SELECT 1 FROM ambitions a WHERE a.topic_id = t.id AND a.text LIKE '%wederkerig%'))
       ORDER BY th.number, t.position LIMIT 1`,
    )
    .get(setId);
  return {
    code: row.code,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    signedOn: row.signed_on,
    municipality: row.municipality,
    places: JSON.parse(row.places) as string[],
    cycleSection: row.cycle_section,
    reciprocitySection: reciprocity?.number ?? '',
    cycleDates: loadCycleDates(db, setId),
  };
}

/** The set's themes with their topics in order, each with its number of afspraken. */
export function loadThemeTree(db: Db, setId: number): ThemeNode[] {
  const rows = db
    .prepare<
      [number],
      { theme_number: number; theme_title: string; topic_number: string; topic_title: string; count: number }
    >(
      `SELECT th.number AS theme_number, th.title AS theme_title, t.number AS topic_number, t.title AS topic_title,
              (SELECT COUNT(*) FROM agreements a WHERE a.topic_id = t.id) AS count
       FROM themes th JOIN topics t ON t.theme_id = th.id
       WHERE th.set_id = ? ORDER BY th.number, t.position`,
    )
    .all(setId);
  const themes: ThemeNode[] = [];
  for (const r of rows) {
    let theme = themes.find((t) => t.number === r.theme_number);
    if (!theme) {
      theme = { number: r.theme_number, title: r.theme_title, topics: [] };
      themes.push(theme);
    }
    theme.topics.push({ number: r.topic_number, title: r.topic_title, agreementCount: r.count });
  }
  return themes;
}

export function loadTopicContext(db: Db, topicId: number): TopicContext | undefined {
  const t = db
    .prepare<[number], { number: string; title: string; task: string; theme_number: number; theme_title: string }>(
      `SELECT t.number, t.title, t.task, th.number AS theme_number, th.title AS theme_title
       FROM topics t JOIN themes th ON th.id = t.theme_id WHERE t.id = ?`,
    )
    .get(topicId);
  if (!t) return undefined;
  return {
    number: t.number,
    title: t.title,
    themeNumber: t.theme_number,
    themeTitle: t.theme_title,
    task: JSON.parse(t.task) as string[],
    ambitions: db
      .prepare<[number], { position: number; text: string }>(
        'SELECT position, text FROM ambitions WHERE topic_id = ? ORDER BY position',
      )
      .all(topicId),
    commitments: db
      .prepare<[number], { number: number; text: string }>(
        'SELECT number, text FROM commitments WHERE topic_id = ? ORDER BY number',
      )
      .all(topicId),
    footnotes: db
      .prepare<[number], { mark: string; text: string }>('SELECT mark, text FROM footnotes WHERE topic_id = ? ORDER BY id')
      .all(topicId),
  };
}

/** The steps of the set's yearly cycle (6.2), in the agreement's order. */
export function loadCycleSteps(db: ReadonlyDb, setId: number): CycleStepData[] {
  return db
    .prepare<[number], { code: string; title: string; period: string; agreements: string }>('SELECT code, title, period, agreements FROM cycle_steps WHERE set_id = ? ORDER BY position')
    .all(setId)
    .map((s) => ({ code: s.code, title: s.title, period: s.period, agreements: JSON.parse(s.agreements) as string[] }));
}

export function loadGlossary(db: Db, setId: number): GlossaryTerm[] {
  return db
    .prepare<[number], GlossaryTerm>(
      'SELECT term, definition, term_group AS "group" FROM glossary_terms WHERE set_id = ? ORDER BY position',
    )
    .all(setId);
}
