// The live joint overview is computed once and served until its inputs
// change: every write, by this connection or another, makes the next call
// compute afresh, and a decision answers with what it recorded, not with a
// recomputed overview (issue 12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { labelledWerkbank } from '../fixtures/labelled-activities';
import { allActivities } from '../helpers/overview';
import { summarizeOverview } from '../../src/domain/joint-overview-summary';
import { openQuestions } from '../../src/domain/open-questions';
import { OVERVIEW_TABS } from '../../src/bundle/tab-part';

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

describe('one tab of the page, with the summary of the whole', () => {
  const withoutTime = <T extends { generatedAt: string }>(o: T) => ({ ...o, generatedAt: '' });

  it('gives each tab the rows of the full overview it shows, and the same summary', async () => {
    const full = await api.getJointOverview({ planningYear: YEAR });
    const summary = summarizeOverview(full);
    const parts = Object.fromEntries(
      await Promise.all(OVERVIEW_TABS.map(async (tab) => [tab, await api.getJointOverviewTab({ planningYear: YEAR, tab })] as const)),
    );
    for (const tab of OVERVIEW_TABS) {
      const part = parts[tab]!;
      expect(part.tab).toBe(tab);
      expect(withoutTime(part.summary)).toEqual(withoutTime(summary));
      expect(part.overview.counts).toEqual(full.counts);
      expect(part.overview.parties).toEqual(full.parties);
    }
    // The rows and their needs: as the full overview has them.
    const rows = parts.list!.overview;
    expect(withoutTime(rows)).toEqual(withoutTime({ ...full, duplicates: [], reciprocity: [] }));
    // The aandachtspunten: all of them, no rows.
    expect(parts.attention!.overview.attention).toEqual(full.attention);
    expect(allActivities(parts.attention!.overview)).toEqual([]);
    // The proposals, with exactly the activities they name.
    const duplicates = parts.duplicates!.overview;
    expect(duplicates.duplicates).toEqual(full.duplicates);
    expect(full.duplicates.length).toBeGreaterThan(0);
    const named = new Set(full.duplicates.flatMap((d) => d.activityIdentities));
    expect(allActivities(duplicates)).toEqual(allActivities(full).filter((a) => named.has(a.identity)));
    // The wederkerigheid: every request and every activity an answer may be.
    const reciprocity = parts.reciprocity!.overview;
    expect(withoutTime(reciprocity)).toEqual(withoutTime({ ...full, duplicates: [], attention: [] }));
    // A tab's part is smaller than the whole.
    expect(JSON.stringify(parts.attention).length).toBeLessThan(JSON.stringify(full).length / 2);
    expect(JSON.stringify(parts.duplicates).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('counts the open links by how they are open', async () => {
    const full = await api.getJointOverview({ planningYear: YEAR });
    const { links } = summarizeOverview(full);
    const status = allActivities(full).map((a) => a.linkStatus);
    expect(links).toEqual({
      proposed: status.filter((s) => s === 'proposed').length,
      choices: status.filter((s) => s === 'choice').length,
      none: status.filter((s) => s === 'none').length,
    });
    expect(links.proposed + links.choices + links.none).toBe(full.counts.linksOpen);
  });

  it('refuses an unknown tab', async () => {
    await expect(api.getJointOverviewTab({ planningYear: YEAR, tab: 'alles' as never })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
