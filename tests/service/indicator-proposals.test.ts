// Indicator proposals through the service on a real SQLite file: storing
// Beuningen's document keeps the numeric targets of its text as proposals, not
// indicators; the secretary confirms one and rejects another, each in the
// activity log, and only the confirmed one is an indicator of the set and of
// its verantwoording.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Werkbank } from '../../src/service/index';
import { openWithBeuningen } from '../helpers/beuningen-werkbank';

let werkbank: Werkbank;
let databasePath: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ werkbank, databasePath, cleanup } = await openWithBeuningen('werkbank-proposals-', '2029-01-15T10:00:00Z'));
});
afterAll(() => cleanup());

const key = (i: { topicNumber: string; direction: string; target: number; unit: string; deadlineYear: number }) => `${i.topicNumber} ${i.direction} ${i.target} ${i.unit} ${i.deadlineYear}`;

describe('indicator proposals of a stored set', () => {
  it('keeps the targets of the text as open proposals, and no indicator yet', async () => {
    const proposals = await werkbank.api.listIndicatorProposals();
    expect(proposals.map((p) => [p.number, p.status, key(p.proposal)])).toEqual(
      expect.arrayContaining([
        [expect.any(Number), 'proposed', '1.1 at_least 150 homes 2032'],
        [expect.any(Number), 'proposed', '2.1 zero 0 homes 2031'],
      ]),
    );
    expect(await werkbank.api.listIndicators()).toEqual([]);
    expect((await werkbank.api.getAccountabilityReport({ fromYear: 2029 })).indicators).toEqual([]);
  });

  it('makes a confirmed proposal an indicator of the set and of its verantwoording; a rejected one not', async () => {
    const proposals = await werkbank.api.listIndicatorProposals();
    const homes = proposals.find((p) => key(p.proposal) === '1.1 at_least 150 homes 2032');
    const labels = proposals.find((p) => key(p.proposal) === '2.1 zero 0 homes 2031');
    const after = await werkbank.api.decideIndicatorProposals({ confirm: [homes?.number as number], reject: [labels?.number as number] });
    expect(after.find((p) => p.number === homes?.number)).toMatchObject({ status: 'confirmed', decidedBy: 'secretaris', decidedAt: '2029-01-15T10:00:00.000Z' });
    expect(after.find((p) => p.number === labels?.number)?.status).toBe('rejected');
    const indicators = await werkbank.api.listIndicators();
    expect(indicators.map(key)).toEqual(['1.1 at_least 150 homes 2032']);
    expect(indicators[0]?.sourceQuote).toBe(homes?.proposal.sourceQuote);
    const report = await werkbank.api.getAccountabilityReport({ fromYear: 2029 });
    expect(report.indicators.map((i) => key(i.indicator))).toEqual(['1.1 at_least 150 homes 2032']);

    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.prepare("SELECT action, detail, changed_by FROM activity_log WHERE action LIKE 'indicator-%' ORDER BY id").all()).toEqual([
        { action: 'indicator-confirm', detail: `Indicator bevestigd: voorstel ${homes?.number}, "${homes?.proposal.title}" (${homes?.proposal.foundAt}).`, changed_by: 'secretaris' },
        { action: 'indicator-reject', detail: `Voorgestelde indicator afgewezen: voorstel ${labels?.number}, "${labels?.proposal.title}" (${labels?.proposal.foundAt}).`, changed_by: 'secretaris' },
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses deciding a proposal twice or one that does not exist, in Dutch, changing nothing', async () => {
    const proposals = await werkbank.api.listIndicatorProposals();
    const decided = proposals.find((p) => p.status === 'confirmed');
    await expect(werkbank.api.decideIndicatorProposals({ reject: [decided?.number as number] })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/is al bevestigd; er is niets gewijzigd/) });
    await expect(werkbank.api.decideIndicatorProposals({ confirm: [99] })).rejects.toMatchObject({ message: `Er is geen voorgestelde indicator 99; de voorstellen lopen van 1 tot en met ${proposals.length}.` });
    expect(await werkbank.api.listIndicatorProposals()).toEqual(proposals);
  });

  it('confirms all open ones at once', async () => {
    const after = await werkbank.api.decideIndicatorProposals({ confirm: 'all' });
    expect(after.filter((p) => p.status === 'proposed')).toEqual([]);
    expect((await werkbank.api.listIndicators()).length).toBe(after.filter((p) => p.status === 'confirmed').length);
    await expect(werkbank.api.decideIndicatorProposals({ confirm: 'all' })).rejects.toMatchObject({ message: expect.stringMatching(/geen voorstellen meer open/) });
  });
});
