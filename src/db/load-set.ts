// A stored agreement set read back whole, in the shape it was stored from
// (AgreementSetData): what the round-trip test compares with the embedded set,
// and what a set's parties are edited against.
import type { AgreementSetData, ThemeData } from '../domain/dataset';
import type { Indicator, IndicatorDirection, IndicatorOverlap, IndicatorUnit } from '../domain/types';
import type { Db } from './open';
import { loadPartyDirectory } from './party-directory';
import { loadCycleSteps, loadGlossary } from './set-content';

export function loadAgreementSetData(db: Db, setId: number): AgreementSetData {
  const set = db
    .prepare<[number], { code: string; title: string; municipality: string; places: string; period_start: number; period_end: number; signed_on: string; signed_place: string; cycle_section: string; introduction: string; glossary_intro: string }>(
      'SELECT code, title, municipality, places, period_start, period_end, signed_on, signed_place, cycle_section, introduction, glossary_intro FROM agreement_sets WHERE id = ?',
    )
    .get(setId);
  if (!set) throw new Error(`No agreement set ${setId}`);
  const directory = loadPartyDirectory(db, setId);
  const signatories = new Map(
    db
      .prepare<[number], { party_id: string; name: string; role: string }>('SELECT party_id, name, role FROM signatories WHERE set_id = ?')
      .all(setId)
      .map((r) => [r.party_id, { name: r.name, role: r.role }]),
  );
  const themes: ThemeData[] = db
    .prepare<[number], { id: number; number: number; title: string }>('SELECT id, number, title FROM themes WHERE set_id = ? ORDER BY number')
    .all(setId)
    .map((th) => ({
      number: th.number,
      title: th.title,
      topics: db
        .prepare<[number], { id: number; number: string; title: string; task: string }>('SELECT id, number, title, task FROM topics WHERE theme_id = ? ORDER BY position')
        .all(th.id)
        .map((tp) => ({
          number: tp.number,
          title: tp.title,
          task: JSON.parse(tp.task) as string[],
          ambitions: db.prepare<[number], { text: string }>('SELECT text FROM ambitions WHERE topic_id = ? ORDER BY position').all(tp.id).map((r) => r.text),
          commitments: db.prepare<[number], { number: number; text: string }>('SELECT number, text FROM commitments WHERE topic_id = ? ORDER BY number').all(tp.id),
          agreements: db
            .prepare<[number], { commitmentNumber: number; text: string; lead: string; involved: string; schedule: string }>(
              `SELECT commitment_number AS commitmentNumber, text, lead_text AS lead, involved_text AS involved, schedule_text AS schedule
               FROM agreements WHERE topic_id = ? ORDER BY position`,
            )
            .all(tp.id),
          footnotes: db.prepare<[number], { mark: string; text: string }>('SELECT mark, text FROM footnotes WHERE topic_id = ? ORDER BY id').all(tp.id),
        })),
    }));
  return {
    code: set.code,
    title: set.title,
    municipality: set.municipality,
    places: JSON.parse(set.places) as string[],
    periodStart: set.period_start,
    periodEnd: set.period_end,
    signedOn: set.signed_on,
    signedPlace: set.signed_place,
    introduction: JSON.parse(set.introduction) as string[],
    parties: directory.parties.map((p) => ({ ...p, signatory: signatories.get(p.id) ?? { name: '', role: '' } })),
    groups: directory.groups,
    externalNames: directory.externalNames,
    themes,
    cycle: loadCycleSteps(db, setId),
    cycleSection: set.cycle_section,
    indicators: loadStoredIndicators(db, setId),
    glossaryIntro: JSON.parse(set.glossary_intro) as string[],
    glossary: loadGlossary(db, setId),
  };
}

interface IndicatorRow {
  id: number;
  code: string;
  title: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  target: number;
  baseline_year: number | null;
  baseline_value: number | null;
  deadline_year: number;
  shared: number;
  topic_number: string;
  commitment_number: number | null;
  source_quote: string;
  /** JSON; '[]' for none. */
  overlaps: string;
}

/** The set's indicators as stored, in their order. */
export function loadStoredIndicators(db: Db, setId: number, where = ''): Indicator[] {
  const parties = db.prepare<[number], { party_id: string }>('SELECT party_id FROM indicator_parties WHERE indicator_id = ? ORDER BY rowid');
  const milestones = db.prepare<[number], { year: number; value: number; party_id: string | null }>('SELECT year, value, party_id FROM indicator_milestones WHERE indicator_id = ? ORDER BY id');
  return db
    .prepare<[number], IndicatorRow>(`SELECT * FROM indicators WHERE set_id = ? ${where} ORDER BY position`)
    .all(setId)
    .map((r) => ({
      code: r.code,
      title: r.title,
      description: r.description,
      unit: r.unit,
      direction: r.direction,
      target: r.target,
      ...(r.baseline_year !== null ? { baselineYear: r.baseline_year } : {}),
      ...(r.baseline_value !== null ? { baselineValue: r.baseline_value } : {}),
      deadlineYear: r.deadline_year,
      partyIds: parties.all(r.id).map((p) => p.party_id),
      shared: r.shared === 1,
      topicNumber: r.topic_number,
      ...(r.commitment_number !== null ? { commitmentNumber: r.commitment_number } : {}),
      sourceQuote: r.source_quote,
      milestones: milestones.all(r.id).map((m) => ({ year: m.year, value: m.value, ...(m.party_id !== null ? { partyId: m.party_id } : {}) })),
      ...overlapsOf(r.overlaps),
    }));
}

function overlapsOf(json: string): { overlaps?: IndicatorOverlap[] } {
  const overlaps = JSON.parse(json) as IndicatorOverlap[];
  return overlaps.length > 0 ? { overlaps } : {};
}

