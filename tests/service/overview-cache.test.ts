// The live joint overview is computed once and served until its inputs
// change: every write, by this connection or another, makes the next call
// compute afresh, and a decision answers with what it recorded, not with a
// recomputed overview (issue 12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleActivity, JointOverview } from '../../src/bundle/types';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { labelledWerkbank } from '../fixtures/labelled-activities';
import { allActivities } from '../helpers/overview';
import { summarizeOverview } from '../../src/bundle/summary';
import { openQuestions } from '../../src/bundle/questions';

const YEAR = 2027;
let werkbank: Werkbank;
let api: WerkbankApi;

beforeAll(async () => {
  // One file per party for 2027; Woonwaarts and De Kernen both report the loting rapportage: one proposal.
  werkbank = await labelledWerkbank(YEAR);
  api = werkbank.api;
}, 120_000);
afterAll(() => werkbank.close());

describe('the live overview, computed once', () => {
  const withoutTime = (o: JointOverview) => ({ ...o, generatedAt: '' });

  it('serves the same overview again while nothing changed, and nothing a caller does to it changes the next one', async () => {
    const first = await api.getJointOverview({ planningYear: YEAR });
    const again = await api.getJointOverview({ planningYear: YEAR });
    expect(withoutTime(again)).toEqual(withoutTime(first));
    // Served from what was kept, not computed again; it says it was made now.
    expect(again.themes).toBe(first.themes);
    expect(Date.parse(again.generatedAt)).toBeGreaterThanOrEqual(Date.parse(first.generatedAt));
    // What is kept is frozen: a caller that would change it fails loudly instead of changing what others are served.
    expect(() => {
      (again.counts as { activities: number }).activities = -1;
    }).toThrow(TypeError);
    expect((await api.getJointOverview({ planningYear: YEAR })).counts.activities).toBe(first.counts.activities);
  });

  it('is computed afresh after every decision, each answering with what it recorded only', async () => {
    const before = await api.getJointOverview({ planningYear: YEAR });
    const proposal = before.duplicates[0];
    if (!proposal) throw new Error('fixture: geen voorstel samenvoegen');
    expect(proposal.decision).toBe('open');
    const decision = 'accepted';
    expect(await api.decideDuplicate({ planningYear: YEAR, key: proposal.key, decision })).toEqual({ planningYear: YEAR, key: proposal.key, decision });
    const decided = await api.getJointOverview({ planningYear: YEAR });
    expect(decided.duplicates).not.toBe(before.duplicates);
    expect(decided.duplicates.find((d) => d.key === proposal.key)?.decision).toBe(decision);
    await api.decideDuplicate({ planningYear: YEAR, key: proposal.key, decision: 'open' });
    expect((await api.getJointOverview({ planningYear: YEAR })).duplicates.find((d) => d.key === proposal.key)?.decision).toBe('open');

    const activity = allActivities(decided)[0] as BundleActivity;
    await api.updateAlignment({ planningYear: YEAR, identity: activity.identity, notes: 'Eerst kept, nu afgestemd.' });
    const aligned = allActivities(await api.getJointOverview({ planningYear: YEAR })).find((a) => a.identity === activity.identity);
    expect(aligned?.alignment.notes).toBe('Eerst kept, nu afgestemd.');
  });

  it('is computed afresh when another connection to the same database wrote (the command line beside the app)', async () => {
    const before = allActivities(await api.getJointOverview({ planningYear: YEAR }))[1] as BundleActivity;
    const other = openWerkbank({ databasePath: werkbank.databasePath, changedBy: 'secretaris' });
    try {
      await other.api.updateAlignment({ planningYear: YEAR, identity: before.identity, notes: 'Via de opdrachtregel.' });
    } finally {
      other.close();
    }
    const after = allActivities(await api.getJointOverview({ planningYear: YEAR })).find((a) => a.identity === before.identity);
    expect(after?.alignment.notes).toBe('Via de opdrachtregel.');
  });
});

describe('the summary the page shows before its rows', () => {
  it('says what the full overview says, in a fraction of its size', async () => {
    const full = await api.getJointOverview({ planningYear: YEAR });
    const summary = await api.getJointOverviewSummary({ planningYear: YEAR });
    expect({ ...summary, generatedAt: '' }).toEqual({ ...summarizeOverview(full), generatedAt: '' });
    expect(summary.counts.activities).toBe(allActivities(full).length);
    expect(summary.questions).toEqual({ open: openQuestions(full).open, total: openQuestions(full).total });
    expect(summary.attention).toBe(full.attention.length);
    expect(summary.themes.map((t) => t.number)).toEqual(full.themes.map((t) => t.number));
    // No rows: what makes the overview large stays out.
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(full).length / 5);
    expect(summary).not.toHaveProperty('unlinked');
  });

  it('refuses a year outside the agreement as the overview does', async () => {
    await expect(api.getJointOverviewSummary({ planningYear: 1900 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
