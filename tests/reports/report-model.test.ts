// What the Word and Excel reports show, before any document is written: the
// scope of a party's report, joint activities, labels and file names.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeJointOverview } from '../../src/bundle/compute';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import type { BundleVersionInfo } from '../../src/domain/bundle-decisions';
import { dateNl, jointOverviewFileName, localDateIso, versionLabel } from '../../src/reports/labels';
import { buildReportModel, groupJointActivities, summaryLines } from '../../src/reports/report-model';
import { loadRealAgreementData, realisticBundleInput, type RealAgreementData } from '../fixtures/bundle-activities';
import { allActivities } from '../helpers/overview';

let data: RealAgreementData;
let overview: JointOverview;

beforeAll(async () => {
  data = await loadRealAgreementData();
  overview = computeJointOverview(realisticBundleInput(data));
});

function shownActivities(model: ReturnType<typeof buildReportModel>['model']): BundleActivity[] {
  return [
    ...model.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.groups.flatMap((g) => g.activities)))),
    ...model.unlinked,
  ];
}

const version = (status: BundleVersionInfo['status'], number: number | null): BundleVersionInfo => ({ status, number, savedAt: null, savedBy: null });

describe('labels and file names', () => {
  it('names the version as the werkgroep does', () => {
    expect(versionLabel(version('draft', 2))).toBe('Concept 2');
    expect(versionLabel(version('final', 3))).toBe('Definitief (versie 3)');
    expect(versionLabel(version('working', null))).toBe('Werkversie');
  });

  it('names the file after the year, the version and the party', () => {
    const o = { ...overview, version: version('draft', 2) };
    expect(jointOverviewFileName(o, 'docx')).toBe('Gezamenlijk activiteitenoverzicht 2027 - concept 2.docx');
    expect(jointOverviewFileName(o, 'xlsx', 'Woonwaarts')).toBe('Gezamenlijk activiteitenoverzicht 2027 - concept 2 - Woonwaarts.xlsx');
    expect(jointOverviewFileName({ ...o, version: version('final', 3) }, 'docx')).toBe('Gezamenlijk activiteitenoverzicht 2027 - definitief.docx');
    expect(jointOverviewFileName({ ...o, version: version('working', null) }, 'xlsx')).toBe('Gezamenlijk activiteitenoverzicht 2027 - werkversie.xlsx');
    // Nothing a file system refuses.
    expect(jointOverviewFileName(o, 'docx', 'A/B: "C"?. ')).toBe('Gezamenlijk activiteitenoverzicht 2027 - concept 2 - A B C.docx');
  });

  it('dates a timestamp by the day in Druten, not in UTC', () => {
    expect(localDateIso('2026-10-31T23:30:00.000Z')).toBe('2026-11-01');
    expect(localDateIso('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
    expect(dateNl('2026-10-31T23:30:00.000Z')).toBe('1 november 2026');
    // What is no date is shown as written, never lost.
    expect(dateNl('onbekend')).toBe('onbekend');
  });
});

describe('the report for all parties', () => {
  it('shows every activity, and every afspraak that runs in the year or has activities', () => {
    const { model } = buildReportModel(overview);
    expect(shownActivities(model).map((a) => a.identity).sort()).toEqual(allActivities(overview).map((a) => a.identity).sort());
    const shown = model.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.map((a) => a.agreement.id)));
    const expected = overview.themes.flatMap((t) =>
      t.topics.flatMap((topic) => topic.agreements.filter((a) => a.active || a.activities.length > 0 || a.insufficient).map((a) => a.id)),
    );
    expect(shown).toEqual(expected);
    expect(model.attentionCount).toBe(overview.attention.length);
    expect(model.attention.flatMap((g) => g.points)).toHaveLength(overview.attention.length);
    expect(model.activityCount).toBe(overview.counts.activities);
  });

  it('marks gaps and onvoldoende opgepakt on the afspraak', () => {
    const { model } = buildReportModel(overview);
    const agreements = model.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements));
    const byRef = (ref: string) => agreements.find((a) => a.agreement.reference === ref);
    expect(byRef('5.1 bij 1 (1)')?.signals.map((s) => s.text)).toEqual(['Trekker zonder activiteit: Gemeente']);
    expect(byRef('4.2 bij 5')?.signals.map((s) => s.kind)).toContain('insufficient');
    expect(agreements.filter((a) => a.signals.some((s) => s.text === 'Geen activiteit ingediend'))).toHaveLength(overview.counts.agreementsWithoutActivity);
  });

  it('puts the activities of an accepted duplicate in one joint group', () => {
    const { model } = buildReportModel(overview);
    const groups = model.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.groups)));
    const joint = groups.filter((g) => g.joint);
    expect(joint).toHaveLength(1);
    expect(joint[0]?.activities.map((a) => a.partyId)).toEqual(['de-kernen', 'bewonersraad']);
  });

  it('says in a few lines what the overview holds', () => {
    const { model } = buildReportModel(overview);
    const lines = summaryLines(model);
    expect(lines[0]).toMatch(new RegExp(`^${overview.counts.activities} activiteiten, waarvan \\d+ `));
    expect(lines.join('\n')).toContain(`${overview.attention.length} aandachtspunten voor de werkgroep.`);
  });

  it('says "zonder afspraak" only of activities a person decided have none', () => {
    const [first, second, third] = allActivities(overview);
    const unlinked = (status: BundleActivity['linkStatus'], activity: BundleActivity | undefined): BundleActivity => ({ ...(activity as BundleActivity), linkStatus: status });
    // The first line after "N activiteiten, ".
    const withUnlinked = (...activities: BundleActivity[]) => summaryLines(buildReportModel({ ...overview, unlinked: activities }).model)[0]?.replace(/^\d+ activiteiten, /, '');
    expect(withUnlinked(unlinked('manual', first))).toBe('waarvan 1 zonder afspraak.');
    expect(withUnlinked(unlinked('none', first))).toBe('waarvan 1 waarvoor nog geen afspraak is gevonden of besloten.');
    expect(withUnlinked()).toBe('waarvan 0 zonder afspraak.');
    expect(withUnlinked(unlinked('manual', first), unlinked('none', second), unlinked('choice', third))).toBe(
      'waarvan 1 zonder afspraak, 1 waarvoor nog geen afspraak is gevonden of besloten en 1 waarbij de werkgroep nog een afspraak moet kiezen.',
    );
  });
});

describe('groupJointActivities', () => {
  const act = (identity: string, jointWith: string[] = []): BundleActivity => ({ ...allActivities(overview)[0]!, identity, jointWith });

  it('joins activities named on either side, in the order of the first member', () => {
    const groups = groupJointActivities([act('a'), act('b', ['d']), act('c'), act('d'), act('e', ['a'])]);
    expect(groups.map((g) => g.activities.map((a) => a.identity))).toEqual([['a', 'e'], ['b', 'd'], ['c']]);
    expect(groups.map((g) => g.joint)).toEqual([true, true, false]);
  });

  it('ignores a partner that is not on this afspraak', () => {
    expect(groupJointActivities([act('a', ['elsewhere'])]).map((g) => g.joint)).toEqual([false]);
  });
});

describe('the report for one party', () => {
  it('refuses a party that is not in the overview, in Dutch', () => {
    expect(() => buildReportModel(overview, { partyId: 'onbekend' })).toThrow('Partij "onbekend" staat niet in het gezamenlijk activiteitenoverzicht.');
  });

  it('shows its own activities, joint ones with their partners, and no other activity', () => {
    const { model } = buildReportModel(overview, { partyId: 'de-kernen' });
    const shown = shownActivities(model);
    const own = allActivities(overview).filter((a) => a.partyId === 'de-kernen');
    expect(shown.filter((a) => a.partyId === 'de-kernen').map((a) => a.identity).sort()).toEqual(own.map((a) => a.identity).sort());
    // The only other party's activity is the Bewonersraad's half of the joint wijkschouw Horssen.
    const others = shown.filter((a) => a.partyId !== 'de-kernen');
    expect(others.map((a) => a.partyId)).toEqual(['bewonersraad']);
    expect(others[0]?.jointWith.length).toBe(1);
  });

  it('keeps the needs it asks and is asked, and the wederkerigheid cells it is in', () => {
    const { model } = buildReportModel(overview, { partyId: 'woonwaarts' });
    expect(model.needs.length).toBeGreaterThan(0);
    for (const n of model.needs) expect([n.fromPartyId, n.toPartyId]).toContain('woonwaarts');
    expect(model.needs).toHaveLength(overview.needs.filter((n) => n.fromPartyId === 'woonwaarts' || n.toPartyId === 'woonwaarts').length);
    for (const c of model.reciprocity) expect([c.fromPartyId, c.toPartyId]).toContain('woonwaarts');
  });

  it('keeps its aandachtspunten: its gaps, needs asked of it, its unlinked activities, not another party’s', () => {
    const missingHbd = computeJointOverview(realisticBundleInput(data, { notSubmitted: ['hbd'] }));
    const { model } = buildReportModel(missingHbd, { partyId: 'woonwaarts' });
    const points = model.attention.flatMap((g) => g.points);
    expect(points.some((p) => p.kind === 'party-missing')).toBe(false);
    for (const p of points.filter((x) => x.kind === 'unlinked-activity')) expect(p.partyId).toBe('woonwaarts');
    for (const p of missingHbd.attention.filter((x) => x.kind === 'need-unanswered' && x.partyId === 'woonwaarts')) expect(points).toContainEqual(p);
    const hbd = buildReportModel(missingHbd, { partyId: 'hbd' }).model.attention.flatMap((g) => g.points);
    expect(hbd.some((p) => p.kind === 'party-missing' && p.partyId === 'hbd')).toBe(true);
  });
});
