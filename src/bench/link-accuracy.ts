// Judges the linker against labelled partner spreadsheets: each row carries
// the afspraak it belongs to by meaning (or "geen afspraak", or "no activity
// at all"). Runs the files through the real service's preview, as the
// secretary would see them. Used by the test that allows no wrong facts and
// by the bench line that prints top-1 accuracy.
import { ServiceError } from '../domain/errors';
import { FILE_LINKS } from '../domain/links';
import type { WerkbankApi } from '../service/contract';
import type { ActivityView } from '../domain/activities';
import type { AgreementRow } from '../domain/agreements';

export type TruthLabel = { kind: 'activity'; agreement: string | null } | { kind: 'not-activity' };

export interface LabelledCase {
  fileName: string;
  partyId: string;
  planningYear: number;
  data: Uint8Array;
  rows: readonly { sheet: string; row: number; text: string; label: TruthLabel }[];
}

/** One row where the app and the truth part, said so a reader can find it. */
export interface Miss {
  file: string;
  row: number;
  text: string;
  expected: string;
  got: string;
}

export interface LinkScore {
  /** Labelled activities (with or without an afspraak). */
  activities: number;
  /** The first candidate (the link, the proposal, the first to choose, or "geen afspraak") is the labelled one. */
  top1: number;
  /** Linked by the file itself (key, reference, evidence) to the wrong afspraak, or to one where the truth is none. */
  wrongFacts: Miss[];
  /** Rows that are no activity but were read as one. */
  nonActivities: Miss[];
  /** Labelled activities the reader did not find. */
  lost: Miss[];
  /** Top-1 misses, for a closer look. */
  misses: Miss[];
  /** How many activities got each link status. */
  statuses: Record<string, number>;
}

const NONE = 'geen afspraak';

/** The app's first answer for an activity: its link or proposal, the first of a choice, or none. */
function firstAnswer(link: ActivityView['link']): number | null {
  if (link.agreementId !== null) return link.agreementId;
  if (link.status === 'choice') return link.alternatives[0]?.agreementId ?? null;
  return null;
}

export async function scoreLinks(api: WerkbankApi, cases: readonly LabelledCase[]): Promise<LinkScore> {
  const agreements: AgreementRow[] = await api.listAgreements({});
  const refOf = (id: number | null): string => (id === null ? NONE : (agreements.find((a) => a.id === id)?.reference ?? `?${id}`));
  const score: LinkScore = { activities: 0, top1: 0, wrongFacts: [], nonActivities: [], lost: [], misses: [], statuses: {} };
  for (const c of cases) {
    // A file the reader refuses loses all its activities: counted as such, so one refusal does not hide a set's score.
    const preview = await api
      .previewImport({
        file: { name: c.fileName, data: Buffer.from(c.data).toString('base64') },
        partyId: c.partyId,
        planningYear: c.planningYear,
      })
      .catch((error: unknown) => {
        if (error instanceof ServiceError && error.code === 'file_refused') return { activities: [] as ActivityView[] };
        throw error;
      });
    for (const truth of c.rows) {
      const read = preview.activities.find((a) => a.sheet === truth.sheet && a.rowNumber === truth.row);
      const miss = (expected: string, got: string): Miss => ({ file: c.fileName, row: truth.row, text: truth.text, expected, got });
      if (truth.label.kind === 'not-activity') {
        if (read) score.nonActivities.push(miss('geen activiteit', `activiteit "${read.activity.slice(0, 40)}"`));
        continue;
      }
      score.activities++;
      if (!read) {
        score.lost.push(miss(truth.label.agreement ?? NONE, 'niet gelezen'));
        continue;
      }
      const status = read.link.status;
      score.statuses[status] = (score.statuses[status] ?? 0) + 1;
      const expected = truth.label.agreement ?? NONE;
      const first = refOf(firstAnswer(read.link));
      if (first === expected) score.top1++;
      else score.misses.push(miss(expected, `${status}: ${first}`));
      if (FILE_LINKS.includes(status) && refOf(read.link.agreementId) !== expected) {
        score.wrongFacts.push(miss(expected, `${status}: ${refOf(read.link.agreementId)}`));
      }
    }
    // A row the labels do not list (a header, the rest of a block) read as an activity is no activity either.
    const listed = new Set(c.rows.map((truth) => `${truth.sheet}|${truth.row}`));
    for (const read of preview.activities) {
      if (listed.has(`${read.sheet}|${read.rowNumber}`)) continue;
      const text = read.activity.slice(0, 40);
      score.nonActivities.push({ file: c.fileName, row: read.rowNumber, text, expected: 'geen activiteit (rij staat niet in de lijst)', got: `activiteit "${text}"` });
    }
  }
  return score;
}

/**
 * Imports labelled files as the secretary would have done in an earlier year:
 * each activity's link decided as its label says ("geen afspraak" included),
 * so that a later import can learn from those decisions.
 */
export async function settleLabelledCases(api: WerkbankApi, cases: readonly LabelledCase[]): Promise<void> {
  const agreements: AgreementRow[] = await api.listAgreements({});
  const idOf = (reference: string): number => {
    const found = agreements.find((a) => a.reference === reference);
    if (!found) throw new Error(`Label ${reference} is geen afspraak.`);
    return found.id;
  };
  for (const c of cases) {
    const file = { name: c.fileName, data: Buffer.from(c.data).toString('base64') };
    // A file the app refuses (a chat pasted in, set 57) was never imported, so it has nothing to decide: as scoreLinks counts it.
    const preview = await api.previewImport({ file, partyId: c.partyId, planningYear: c.planningYear }).catch((error: unknown) => {
      if (error instanceof ServiceError && error.code === 'file_refused') return null;
      throw error;
    });
    if (preview === null) continue;
    const decisions = c.rows.flatMap((truth) => {
      const read = truth.label.kind === 'activity' ? preview.activities.find((a) => a.sheet === truth.sheet && a.rowNumber === truth.row) : undefined;
      if (!read || truth.label.kind !== 'activity') return [];
      return [{ position: read.position, agreementId: truth.label.agreement === null ? null : idOf(truth.label.agreement) }];
    });
    await api.commitImport({ file, partyId: c.partyId, planningYear: c.planningYear, decisions });
  }
}
