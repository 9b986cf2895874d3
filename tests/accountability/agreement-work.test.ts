// The Afspraken page's detail pane: each planned activity beside its own result.
import { describe, expect, it } from 'vitest';
import { agreementWorkYear } from '../../src/accountability/agreement-work';
import type { ActivityRow } from '../../src/domain/activities';
import type { AccountabilityReport } from '../../src/domain/accountability';
import type { ActivityResult } from '../../src/domain/results';

const AGREEMENT = 7;

function row(id: number, position: number, activity: string): ActivityRow {
  return {
    id,
    partyId: 'de-kernen',
    planningYear: 2027,
    submissionId: 1,
    submissionVersion: 1,
    sheet: 'Activiteiten',
    rowNumber: 4 + position,
    position,
    activity,
    extra: {},
    needsFromParties: [],
    involvedParties: [],
    leadParties: [],
    link: { status: 'manual', agreementId: AGREEMENT, reference: '1.1 bij 1', agreementText: '', reasons: [], alternatives: [] },
  };
}

function result(identity: string, status: ActivityResult['status'], text: string): ActivityResult {
  return { partyId: 'de-kernen', executionYear: 2027, identity, agreementId: AGREEMENT, activity: text, planned: true, status, statusText: '', result: text, explanation: '', steeringNeeded: null };
}

function reportWith(results: ActivityResult[]): AccountabilityReport {
  const agreement = { id: AGREEMENT, reference: '1.1 bij 1', text: '', leadText: '', results, missing: [], summary: {} };
  return { themes: [{ topics: [{ agreements: [agreement] }] }], parties: [], responses: [] } as unknown as AccountabilityReport;
}

describe('the work on one afspraak in one year', () => {
  it('shows each of two rows with the same text beside its own result, not the first result twice', () => {
    const text = 'Woningschouw in Horssen';
    const first = result('de-kernen:text:woningschouw in horssen', 'done', 'Voorjaar gedaan');
    const second = result('de-kernen:text:woningschouw in horssen#2', 'delayed', 'Najaar schuift naar 2028');
    const work = agreementWorkYear(2027, [row(2, 2, text), row(1, 1, text)], reportWith([first, second]), AGREEMENT);
    expect(work.rows.map((r) => [r.activity, r.result?.result ?? null])).toEqual([
      [text, 'Najaar schuift naar 2028'],
      [text, 'Voorjaar gedaan'],
    ]);
  });
});
