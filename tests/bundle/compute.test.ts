// The gezamenlijk activiteitenoverzicht computed from realistic 2027
// submissions of all five parties on the real agreement (47 afspraken).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activityIdentity,
  computeJointOverview,
  duplicateKey,
  partiesNamedIn,
} from '../../src/bundle/compute';
import { needKey } from '../../src/bundle/needs';
import { askedViaText, needAnsweredLine, openQuestions } from '../../src/domain/open-questions';
import type { BundleActivity, BundleAgreement, JointOverview, NeedCheck } from '../../src/domain/joint-overview';
import type { Alignment } from '../../src/domain/bundle-decisions';
import type { StoredActivity } from '../../src/domain/activities';
import {
  FIXTURE_NOW,
  fixtureIdentity,
  loadRealAgreementData,
  realisticActivities,
  realisticAlignments,
  realisticBundleInput,
  type ActivitiesGiven,
  type RealAgreementData,
  type RealisticOptions,
  type Row,
} from '../fixtures/bundle-activities';

let data: RealAgreementData;
let overview: JointOverview;

beforeAll(async () => {
  data = await loadRealAgreementData();
  overview = computeJointOverview(realisticBundleInput(data));
});

function compute(options: RealisticOptions = {}, change?: (input: ActivitiesGiven) => void): JointOverview {
  const input = realisticBundleInput(data, options);
  change?.(input);
  return computeJointOverview(input);
}

function agreementsOf(o: JointOverview): BundleAgreement[] {
  return o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements));
}

function agreement(o: JointOverview, reference: string): BundleAgreement {
  const found = agreementsOf(o).find((a) => a.reference === reference);
  if (!found) throw new Error(`geen afspraak ${reference}`);
  return found;
}

function allActivities(o: JointOverview): BundleActivity[] {
  return [...agreementsOf(o).flatMap((a) => a.activities), ...o.unlinked];
}

function activity(o: JointOverview, partyId: string, textStart: string): BundleActivity {
  const found = allActivities(o).find((a) => a.partyId === partyId && a.activity.startsWith(textStart));
  if (!found) throw new Error(`geen activiteit van ${partyId}: ${textStart}`);
  return found;
}

function messages(o: JointOverview, kind: string): string[] {
  return o.attention.filter((p) => p.kind === kind).map((p) => p.message);
}

function identity(partyId: string, textStart: string): string {
  return fixtureIdentity(realisticActivities(data), partyId, textStart);
}

/** The proposal that the wijkschouwen Deest of HBD, Gemeente and Woonwaarts are one joint activity. */
function deestKey(): string {
  return duplicateKey(
    [
      identity('hbd', 'Wijkschouw Deest organiseren'),
      identity('gemeente', 'Deelname wijkschouw Deest'),
      identity('woonwaarts', 'Wijkschouw Deest in mei'),
    ].map((id) => ({ identity: id })),
  );
}

/** Short party names, as the overview shows them. */
function names(id: string): string {
  return overview.parties.find((p) => p.id === id)?.shortName ?? id;
}

/** De Kernen asks the gemeente to join the convenant vroegsignalering, on the afspraak of the gemeente's energiecoaches. */
const VROEGSIGNALERING: Row = {
  ref: '2.2 bij 5',
  activity: 'Huurders met betalingsachterstanden vroeg in beeld brengen en doorverwijzen',
  planning: '2027',
  needs: 'Deelname convenant vroegsignalering',
  needsFrom: 'Gemeente',
};

describe('grouping', () => {
  it('lists every afspraak once, theme → topic → afspraak in document order, and leaves out themes without afspraken', () => {
    expect(agreementsOf(overview).map((a) => a.id)).toEqual(data.agreements.map((a) => a.id));
    expect(overview.themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5]);
    expect(overview.themes[0]?.topics.map((t) => t.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(overview.themes[2]?.topics.map((t) => [t.number, t.agreements.length])).toEqual([['3', 9]]);
    expect(overview.themes[0]?.topics[0]?.agreements.map((a) => a.reference).slice(0, 4)).toEqual([
      '1.1 bij 1 (1)',
      '1.1 bij 1 (2)',
      '1.1 bij 1 (3)',
      '1.1 bij 4 (1)',
    ]);
  });

  it('keeps every activity: linked under its afspraak, the rest in unlinked', () => {
    const input = realisticBundleInput(data);
    expect(allActivities(overview).map((a) => a.id).sort()).toEqual(input.activities.map((a) => a.id).sort());
    expect(overview.counts.activities).toBe(input.activities.length);
    expect(overview.unlinked.map((a) => [a.partyId, a.activity])).toEqual([
      ['woonwaarts', 'Nieuw klantportaal voor huurders in gebruik nemen'],
      ['hbd', 'Huurdersavond over servicekosten'],
      ['bewonersraad', 'Achterbanraadpleging onder huurders in Altforst en Horssen'],
    ]);
    expect(overview.counts.unlinked).toBe(3);
  });

  it('sorts the activities of an afspraak by party order, then by row', () => {
    const wijkschouw = agreement(overview, '5.1 bij 2 (1)').activities;
    expect(wijkschouw.map((a) => a.partyId)).toEqual(['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad']);
    const horssen = agreement(overview, '1.1 bij 1 (2)').activities;
    expect(horssen.map((a) => a.activity.slice(0, 12))).toEqual(['Oplevering 6', 'Behoefteonde']);
  });

  it('marks afspraken active in the planning year and keeps activities on inactive ones', () => {
    expect(agreement(overview, '1.1 bij 6').active).toBe(true);
    expect(agreement(overview, '1.1 bij 7').active).toBe(false); // no uitvoering written
    const fonds = agreement(overview, '1.1 bij 4 (2)'); // 2025 only
    expect(fonds.active).toBe(false);
    expect(fonds.scheduleYears).toEqual([2025]);
    expect(fonds.activities.map((a) => a.partyId)).toEqual(['gemeente']);
    expect(fonds.gaps).toEqual([]);
    expect(overview.counts.agreementsActive).toBe(data.agreements.filter((a) => a.schedule.years.includes(2027)).length);
  });

  it('carries the activity as the partner wrote it, with parties resolved', () => {
    const bouw = activity(overview, 'woonwaarts', 'Bouw 48');
    expect(bouw).toMatchObject({
      identity: 'woonwaarts:key:A1',
      planning: 'Start bouw Q2 2027, oplevering 2028',
      needs: 'snelle omgevingsvergunning',
      ambition: 'Ca. 240 sociale huurwoningen t/m 2030',
      linkStatus: 'key',
      submissionVersion: 2,
      sheet: 'Activiteiten',
      rowNumber: 6,
    });
    expect(bouw.needsFrom.map((r) => r.partyIds)).toEqual([['gemeente']]);
    expect(activity(overview, 'gemeente', 'Groenbeleidsplan').role).toBe('kaders stellen');
  });

  it('moves an activity linked to an afspraak outside the set to unlinked, never drops it', () => {
    const o = compute({}, (input) => {
      const a = input.activities.find((x) => x.activity.startsWith('Pluspakketten'));
      if (a) a.agreementId = 9999;
    });
    expect(o.unlinked.map((a) => a.activity)).toContain('Pluspakketten voor huurders aanbieden om het wooncomfort te verbeteren');
    expect(o.unlinked.find((a) => a.activity.startsWith('Pluspakketten'))?.linkStatus).toBe('none');
  });

  it('adds one aandachtspunt per activity for which no afspraak was found', () => {
    const open = ': geen afspraak gevonden; koppel de activiteit of leg vast dat zij niet bij een afspraak hoort.';
    expect(messages(overview, 'unlinked-activity')).toEqual([
      `Woonwaarts: ‘Nieuw klantportaal voor huurders in gebruik nemen’ (blad Activiteiten, rij 15)${open}`,
      `HBD: ‘Huurdersavond over servicekosten’ (blad Blad1, rij 6)${open}`,
      `Bewonersraad De Kernen: ‘Achterbanraadpleging onder huurders in Altforst en Horssen’ (blad Activiteiten, rij 8)${open}`,
    ]);
  });

  it('keeps how each link was made, counts the open ones, and names a choice with its candidates', () => {
    const byReference = new Map(data.agreements.map((a) => [a.reference, a.id]));
    const o = compute({}, (input) => {
      const portaal = input.activities.find((x) => x.activity.startsWith('Nieuw klantportaal')) as StoredActivity;
      portaal.linkStatus = 'choice';
      portaal.linkCandidates = ['2.1 bij 1 (3)', '4.1 bij 3 (1)'].map((r) => ({ agreementId: byReference.get(r) as number, score: 0.3, reasons: [] }));
      const avond = input.activities.find((x) => x.activity.startsWith('Huurdersavond over servicekosten')) as StoredActivity;
      avond.linkStatus = 'manual';
    });
    expect(activity(o, 'woonwaarts', 'Nieuw klantportaal')).toMatchObject({ agreementId: null, linkStatus: 'choice', candidates: ['2.1 bij 1 (3)', '4.1 bij 3 (1)'] });
    // A person's "geen afspraak" is decided: still among the activities without afspraak, but no aandachtspunt.
    expect(activity(o, 'hbd', 'Huurdersavond over servicekosten')).toMatchObject({ agreementId: null, linkStatus: 'manual' });
    expect(messages(o, 'unlinked-activity')).toEqual([
      'Woonwaarts: ‘Nieuw klantportaal voor huurders in gebruik nemen’ (blad Activiteiten, rij 15) past bij meer afspraken; kies: 2.1 bij 1 (3) of 4.1 bij 3 (1).',
      'Bewonersraad De Kernen: ‘Achterbanraadpleging onder huurders in Altforst en Horssen’ (blad Activiteiten, rij 8): geen afspraak gevonden; koppel de activiteit of leg vast dat zij niet bij een afspraak hoort.',
    ]);
    const proposed = allActivities(o).filter((a) => a.linkStatus === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((a) => a.agreementId !== null)).toBe(true);
    expect(o.counts.linksOpen).toBe(proposed.length + 2);
    expect(o.unlinked).toHaveLength(3);
  });

  it('holds no open link once the secretary has confirmed them all', () => {
    const o = compute({ confirmLinks: true });
    expect(o.counts.linksOpen).toBe(0);
    expect(messages(o, 'unlinked-activity')).toEqual([]);
    expect(o.unlinked.map((a) => a.linkStatus)).toEqual(['manual', 'manual', 'manual']);
  });
});

describe('alignment', () => {
  it('gives an activity without a recorded alignment the default, and one with its recorded alignment', () => {
    expect(activity(overview, 'hbd', 'Wijkschouw Deest').alignment).toEqual({
      status: 'pending',
      promises: [],
      alsoInvolved: [],
      notes: '',
    });
    expect(activity(overview, 'woonwaarts', 'Inzet verhuiscoach').alignment.status).toBe('promised');
    expect(activity(overview, 'gemeente', 'Groenbeleidsplan').alignment.alsoInvolved).toEqual(['hbd']);
  });

  it('does not share the default or the input between activities', () => {
    const input = realisticBundleInput(data);
    const o = computeJointOverview(input);
    activity(o, 'hbd', 'Wijkschouw Deest').alignment.notes = 'gewijzigd';
    expect(activity(o, 'hbd', 'Nieuwsbrief').alignment.notes).toBe('');
    activity(o, 'woonwaarts', 'Inzet verhuiscoach').alignment.promises.push({ partyId: 'hbd', text: 'x' });
    expect(input.alignments.get('woonwaarts:key:A29')?.promises).toHaveLength(1);
  });
});

describe('gaps', () => {
  it('reports an active afspraak without any activity', () => {
    const a = agreement(overview, '1.2 bij 1');
    expect(a.gaps).toEqual(['no-activity']);
    expect(messages(overview, 'agreement-without-activity')).toContain(
      '1.2 bij 1: actief in 2027, maar er is geen activiteit voor ingediend.',
    );
    // Not active in 2027: no gap, however empty.
    expect(agreement(overview, '2.2 bij 3').gaps).toEqual([]);
    expect(agreement(overview, '1.1 bij 7').gaps).toEqual([]);
    expect(overview.counts.agreementsWithoutActivity).toBe(
      agreementsOf(overview).filter((x) => x.active && x.activities.length === 0).length,
    );
    expect(overview.counts.agreementsWithoutActivity).toBe(10);
  });

  it('does not state "no activity" as fact where an activity with an open link may belong: it says what is still to decide', () => {
    const byReference = new Map(data.agreements.map((a) => [a.reference, a.id]));
    const o = compute({}, (input) => {
      const portaal = input.activities.find((x) => x.activity.startsWith('Nieuw klantportaal')) as StoredActivity;
      portaal.linkStatus = 'choice';
      portaal.linkCandidates = ['1.2 bij 1', '4.1 bij 3 (1)'].map((r) => ({ agreementId: byReference.get(r) as number, score: 0.3, reasons: [] }));
    });
    const a = agreement(o, '1.2 bij 1');
    expect(a.gaps).toEqual(['no-activity']);
    expect(a.undecided?.map((u) => [u.partyId, u.rowNumber])).toEqual([['woonwaarts', 15]]);
    expect(messages(o, 'agreement-without-activity')).toContain(
      '1.2 bij 1: actief in 2027; er is nog geen activiteit aan gekoppeld, maar Woonwaarts ‘Nieuw klantportaal voor huurders in gebruik nemen’ (rij 15) kan erbij horen (nog te besluiten).',
    );
    expect(messages(o, 'agreement-without-activity')).not.toContain('1.2 bij 1: actief in 2027, maar er is geen activiteit voor ingediend.');
  });

  it('does not state "the trekker has no activity" as fact where an activity of the trekker with an open link may belong', () => {
    const byReference = new Map(data.agreements.map((a) => [a.reference, a.id]));
    const o = compute({}, (input) => {
      const portaal = input.activities.find((x) => x.activity.startsWith('Nieuw klantportaal')) as StoredActivity;
      portaal.linkStatus = 'choice';
      portaal.linkCandidates = ['4.1 bij 4 (2)', '1.2 bij 1'].map((r) => ({ agreementId: byReference.get(r) as number, score: 0.3, reasons: [] }));
    });
    expect(agreement(o, '4.1 bij 4 (2)').gaps).toEqual(['lead-without-activity']);
    expect(messages(o, 'lead-without-activity')).toContain(
      '4.1 bij 4 (2): trekker Corporaties (Woonwaarts en De Kernen) heeft nog geen activiteit gekoppeld (wel: HBD), maar Woonwaarts ‘Nieuw klantportaal voor huurders in gebruik nemen’ (rij 15) kan erbij horen (nog te besluiten).',
    );
    expect(messages(o, 'lead-without-activity')).not.toContain('4.1 bij 4 (2): trekker Corporaties (Woonwaarts en De Kernen) heeft geen activiteit (wel: HBD).');
  });

  it('reports an active afspraak whose trekker has no activity, naming a group’s members', () => {
    expect(agreement(overview, '5.1 bij 1 (1)').gaps).toEqual(['lead-without-activity']);
    expect(agreement(overview, '4.1 bij 4 (2)').leadsWithoutActivity).toEqual(['woonwaarts', 'de-kernen']);
    expect(messages(overview, 'lead-without-activity')).toEqual([
      '4.1 bij 4 (2): trekker Corporaties (Woonwaarts en De Kernen) heeft geen activiteit (wel: HBD).',
      '5.1 bij 1 (1): trekker Gemeente heeft geen activiteit (wel: HBD).',
    ]);
    expect(overview.counts.agreementsLeadWithoutActivity).toBe(2);
  });

  it('counts one member of a trekker group as the trekker, but says which member has nothing', () => {
    const clustered = agreement(overview, '1.2 bij 2');
    expect(clustered.leadPartyIds).toEqual(['woonwaarts', 'de-kernen']);
    expect(clustered.gaps).toEqual([]);
    expect(clustered.leadsWithoutActivity).toEqual(['de-kernen']);
  });

  it('never reports both gaps for one afspraak', () => {
    for (const a of agreementsOf(overview)) expect(a.gaps.length).toBeLessThanOrEqual(1);
    const points = overview.attention.filter((p) => p.agreementId === agreement(overview, '1.2 bij 1').id);
    expect(points.map((p) => p.kind)).toEqual(['agreement-without-activity']);
  });

  it('takes a promise recorded from the trekker as picking the afspraak up', () => {
    const signalen = identity('hbd', 'Signalen over leefbaarheid');
    const alignments = realisticAlignments(realisticActivities(data));
    alignments.set(signalen, {
      status: 'promised',
      promises: [{ partyId: 'gemeente', text: 'Gemeente bundelt de signalen in de leefbaarheidsmonitor.' }],
      alsoInvolved: [],
      notes: '',
    });
    const o = compute({ alignments });
    expect(agreement(o, '5.1 bij 1 (1)').gaps).toEqual([]);
    expect(agreement(o, '5.1 bij 1 (1)').leadsWithoutActivity).toEqual([]);
  });

  it('shows an afspraak marked onvoldoende opgepakt with its follow-up', () => {
    expect(agreement(overview, '4.2 bij 5').insufficient).toEqual({
      followUp:
        'De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst met zorgpartijen en corporaties; voortgang in het BO van november',
    });
    expect(messages(overview, 'insufficient')).toEqual([
      '4.2 bij 5: door de werkgroep als onvoldoende opgepakt aangemerkt. Afgesproken vervolg: De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst met zorgpartijen en corporaties; voortgang in het BO van november.',
    ]);
    const id = agreement(overview, '1.2 bij 1').id;
    const o = compute({ insufficient: new Map([[id, '']]) });
    expect(messages(o, 'insufficient')).toEqual([
      '1.2 bij 1: door de werkgroep als onvoldoende opgepakt aangemerkt. Er is nog geen vervolg afgesproken.',
    ]);
  });

  it('reports a party without a current submission', () => {
    expect(overview.parties.map((p) => [p.shortName, p.state, p.submission?.version])).toEqual([
      ['Gemeente', 'submitted', 1],
      ['Woonwaarts', 'submitted', 2],
      ['De Kernen', 'submitted', 1],
      ['HBD', 'submitted', 1],
      ['Bewonersraad De Kernen', 'submitted', 1],
    ]);
    expect(overview.parties.map((p) => p.activityCount)).toEqual([10, 10, 6, 5, 3]);
    expect(messages(overview, 'party-missing')).toEqual([]);

    const o = compute({ notSubmitted: ['hbd'] });
    const hbd = o.parties.find((p) => p.id === 'hbd');
    expect(hbd).toMatchObject({ state: 'missing', submission: null, activityCount: 0 });
    expect(messages(o, 'party-missing')).toEqual(['HBD heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend.']);
    expect(o.counts.partiesMissing).toBe(1);
    expect(messages(compute({ notSubmitted: ['gemeente', 'bewonersraad'] }), 'party-missing')).toEqual([
      'De Gemeente heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend.',
      'De Bewonersraad De Kernen heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend.',
    ]);
  });
});

describe('wederkerigheid', () => {
  it('follows the werkgroep’s decision over the text match, and says so when the activity it marked has left the submission', () => {
    const byText = overview.needs.find((n) => n.answered && n.answeredBy.some((a) => a.basis === 'text'));
    const open = overview.needs.find((n) => !n.answered);
    if (!byText || !open) throw new Error('fixture');
    const decided = compute({}, (input) => {
      input.needDecisions = new Map([
        [needKey(byText.activityIdentity, byText.toPartyId), { activityIdentity: byText.activityIdentity, toPartyId: byText.toPartyId, decision: 'open', reason: 'Gaat over iets anders', decidedAt: FIXTURE_NOW.toISOString(), decidedBy: 'secretaris' }],
        [needKey(open.activityIdentity, open.toPartyId), { activityIdentity: open.activityIdentity, toPartyId: open.toPartyId, decision: 'answered', answerIdentity: `${open.toPartyId}:text:niet meer ingediend`, reason: 'Besproken', decidedAt: FIXTURE_NOW.toISOString(), decidedBy: 'secretaris' }],
      ]);
    });
    const find = (n: NeedCheck) => decided.needs.find((x) => x.activityIdentity === n.activityIdentity && x.toPartyId === n.toPartyId);
    expect(find(byText)).toMatchObject({ answered: false, answeredBy: [], decision: { decision: 'open', reason: 'Gaat over iets anders' } });
    expect(find(byText)?.overruled?.every((a) => a.basis !== 'working-group')).toBe(true);
    // A mark whose activity is gone answers nothing: the question is open again, and the aandachtspunt asks to decide anew.
    expect(find(open)).toMatchObject({ answered: false, decision: { decision: 'answered', answerMissing: true } });
    expect(messages(decided, 'need-unanswered').some((m) => m.includes('maar die staat niet meer in de huidige inzending; beslis opnieuw.'))).toBe(true);
    expect(openQuestions(decided).open).toBe(openQuestions(overview).open + 1);
  });

  function need(o: JointOverview, from: string, to: string, textStart: string) {
    const found = o.needs.find((n) => n.fromPartyId === from && n.toPartyId === to && n.text.startsWith(textStart));
    if (!found) throw new Error(`geen vraag ${from} → ${to}: ${textStart}`);
    return found;
  }

  it('answers a need with the asked party’s part in the same joint activity', () => {
    const n = need(overview, 'hbd', 'woonwaarts', 'Ondersteuning bij de organisatie');
    expect(n.answered).toBe(true);
    expect(n.answeredBy).toEqual([
      {
        kind: 'activity',
        activityIdentity: identity('woonwaarts', 'Wijkschouw Deest'),
        partyId: 'woonwaarts',
        activity: 'Wijkschouw Deest in mei',
        basis: 'same-work',
        similarity: 0.54,
      },
    ]);
    expect(needAnsweredLine(n, names)).toBe('beantwoord door Woonwaarts: ‘Wijkschouw Deest in mei’ (dezelfde gezamenlijke activiteit)');
    // The werkgroep says they are not the same work: then it is not the answer either.
    const rejected = compute({ duplicateDecisions: new Map([[deestKey(), 'rejected']]) });
    expect(need(rejected, 'hbd', 'woonwaarts', 'Ondersteuning bij de organisatie')).toMatchObject({ answered: false, answeredBy: [] });
  });

  it('does not take an unrelated activity of the asked party on the same afspraak for an answer', () => {
    // De Kernen places heat pumps on the same afspraak; it does not explain them for the Bewonersraad's newsletter.
    const warmtepomp = need(overview, 'bewonersraad', 'de-kernen', 'Uitleg over de warmtepomp');
    expect(warmtepomp).toMatchObject({ answered: false, answeredBy: [] });
    expect(agreement(overview, '3 bij 1 (4)').activities.some((a) => a.partyId === 'de-kernen')).toBe(true);
    expect(messages(overview, 'need-unanswered')).toContain(
      '3 bij 1 (4): De Bewonersraad De Kernen vraagt van De Kernen: Uitleg over de warmtepomp voor de nieuwsbrief (bij ‘Nieuwsbrief voor huurders over de warmtepomp en de pluspakketten’)' +
        ' — De Kernen heeft daar geen activiteit of toezegging voor. De Kernen doet bij deze afspraak wel ‘Bij vervanging van de cv-ketel een (hybride) warmtepomp plaatsen: ca. 40 woningen’,' +
        ' maar daarin staat niet wat er gevraagd wordt; als het de vraag toch beantwoordt, merk het dan als antwoord aan (Wederkerigheid).',
    );

    // The case of the issue: the gemeente's energiecoaches on the same afspraak do not answer a request for the convenant vroegsignalering.
    const o = compute({ extraRows: { 'de-kernen': [VROEGSIGNALERING] } });
    const vroeg = need(o, 'de-kernen', 'gemeente', 'Deelname convenant vroegsignalering');
    expect(agreement(o, '2.2 bij 5').activities.map((a) => [a.partyId, a.activity.slice(0, 30)])).toEqual([
      ['gemeente', 'Energiecoaches en energieloket'],
      ['de-kernen', 'Huurders met betalingsachterst'],
    ]);
    expect(vroeg).toMatchObject({ answered: false, answeredBy: [] });
    expect(openQuestions(o).open).toBe(openQuestions(overview).open + 1);
  });

  it('wants more than one word in common: “Deelname” alone does not answer', () => {
    // "Deelname wijkschouw Deest" of the gemeente holds most of the (weighted) words the gemeente knows of the request, but only one.
    const o = compute({ extraRows: { 'de-kernen': [VROEGSIGNALERING] } });
    expect(need(o, 'de-kernen', 'gemeente', 'Deelname').answeredBy).toEqual([]);
    // The same request, with what the gemeente does written out, is answered, and says why.
    const answered = compute({
      extraRows: {
        'de-kernen': [VROEGSIGNALERING],
        gemeente: [{ ref: '2.2 bij 5', activity: 'Convenant vroegsignalering huurachterstanden sluiten met de corporaties', planning: 'Q2 2027' }],
      },
    });
    const n = need(answered, 'de-kernen', 'gemeente', 'Deelname');
    expect(n.answeredBy).toMatchObject([{ kind: 'activity', partyId: 'gemeente', basis: 'text', activity: expect.stringMatching(/^Convenant vroegsignalering/) }]);
    expect(needAnsweredLine(n, names)).toMatch(/^beantwoord door Gemeente: ‘Convenant vroegsignalering huurachterstanden sluiten met de corporaties’ \(tekst lijkt \d+%\)$/);
  });

  it('answers a need with an activity of the asked party elsewhere in the topic whose text says what is asked, and says how alike', () => {
    const n = need(overview, 'de-kernen', 'gemeente', 'Actuele informatie uit de planmonitor');
    expect(n.answered).toBe(true);
    expect(n.answeredBy.map((b) => (b.kind === 'activity' ? b.activity : b.text))).toEqual([
      'Informatie uit de planmonitor woningbouw delen met corporaties en huurdersorganisaties',
    ]);
    expect(n.agreementId).toBe(agreement(overview, '1.1 bij 1 (2)').id);
    expect(needAnsweredLine(n, names)).toBe(
      'beantwoord door Gemeente: ‘Informatie uit de planmonitor woningbouw delen met corporaties en huurdersorganisaties’ (tekst lijkt 70%)',
    );
  });

  it('answers a need with a promise the werkgroep recorded', () => {
    const n = need(overview, 'woonwaarts', 'gemeente', 'Financiële bijdrage');
    expect(n.answeredBy).toEqual([
      { kind: 'promise', partyId: 'gemeente', text: 'De gemeente draagt in 2027 opnieuw maximaal € 20.000 bij aan de verhuiscoach.', basis: 'working-group' },
    ]);
    expect(needAnsweredLine(n, names)).toBe(
      'beantwoord door Gemeente, toezegging: ‘De gemeente draagt in 2027 opnieuw maximaal € 20.000 bij aan de verhuiscoach’ (vastgelegd door de werkgroep)',
    );
  });

  it('answers a need with an activity the werkgroep marked as the answer', () => {
    const bouw = identity('woonwaarts', 'Bouw 48');
    const planmonitor = identity('gemeente', 'Informatie uit de planmonitor');
    const alignments = realisticAlignments(realisticActivities(data));
    alignments.set(bouw, {
      status: 'aligned',
      promises: [{ partyId: 'gemeente', text: 'Informatie uit de planmonitor woningbouw delen', activityIdentity: planmonitor }],
      alsoInvolved: [],
      notes: '',
    });
    const n = need(compute({ alignments }), 'woonwaarts', 'gemeente', 'snelle omgevingsvergunning');
    expect(n.answeredBy).toEqual([
      {
        kind: 'activity',
        activityIdentity: planmonitor,
        partyId: 'gemeente',
        activity: 'Informatie uit de planmonitor woningbouw delen met corporaties en huurdersorganisaties',
        basis: 'working-group',
      },
    ]);
    expect(needAnsweredLine(n, names)).toBe(
      'beantwoord door Gemeente: ‘Informatie uit de planmonitor woningbouw delen met corporaties en huurdersorganisaties’ (door de werkgroep als antwoord aangemerkt)',
    );
  });

  it('answers a need with a promise of the asked party made elsewhere in the topic, when it says what is asked', () => {
    const promise = (on: string): JointOverview => {
      const alignments = realisticAlignments(realisticActivities(data));
      alignments.set(on, {
        status: 'promised',
        promises: [{ partyId: 'gemeente', text: 'De gemeente streeft naar een snelle omgevingsvergunning voor sociale nieuwbouw.' }],
        alsoInvolved: [],
        notes: '',
      });
      return compute({ alignments });
    };
    // Recorded on De Kernen's behoefteonderzoek (1.1, Nieuwbouw), the topic of Woonwaarts' request.
    const behoefte = identity('de-kernen', 'Behoefteonderzoek');
    const n = need(promise(behoefte), 'woonwaarts', 'gemeente', 'snelle omgevingsvergunning');
    expect(n.answeredBy).toMatchObject([{ kind: 'promise', partyId: 'gemeente', basis: 'text', onActivity: behoefte }]);
    expect(needAnsweredLine(n, names)).toMatch(/^beantwoord door Gemeente, toezegging: ‘De gemeente streeft naar .*’ \(tekst lijkt \d+%\)$/);
    // The same words in another topic (5.1, leefbaarheid) say it only by chance: not an answer.
    expect(need(promise(identity('hbd', 'Signalen over leefbaarheid')), 'woonwaarts', 'gemeente', 'snelle omgevingsvergunning').answered).toBe(false);
  });

  it('reports an unanswered need, naming the afspraak, both parties and the activity', () => {
    const n = need(overview, 'woonwaarts', 'gemeente', 'snelle omgevingsvergunning');
    expect(n).toMatchObject({ answered: false, answeredBy: [], askedInvolved: true, activityIdentity: 'woonwaarts:key:A1' });
    expect(messages(overview, 'need-unanswered')).toContain(
      '1.1 bij 1 (1): Woonwaarts vraagt van de Gemeente: snelle omgevingsvergunning (bij ‘Bouw 48 sociale huurwoningen De Ruigenhoek (Druten), start bouw Q2 2027’) — de Gemeente heeft daar geen activiteit of toezegging voor. De Gemeente is wel als betrokkene genoemd.',
    );
    expect(messages(overview, 'need-unanswered')).toContain(
      'Niet gekoppeld: HBD vraagt van Woonwaarts: Overzicht van de servicekosten per complex (bij ‘Huurdersavond over servicekosten’) — Woonwaarts heeft daar geen activiteit of toezegging voor.',
    );
  });

  it('counts being also involved as involvement, not as an answer; a promise then answers', () => {
    const bouw = identity('woonwaarts', 'Bouw 48');
    const involved = realisticAlignments(realisticActivities(data));
    const recorded: Alignment = { status: 'aligned', promises: [], alsoInvolved: ['gemeente'], notes: '' };
    involved.set(bouw, recorded);
    const n1 = need(compute({ alignments: involved }), 'woonwaarts', 'gemeente', 'snelle');
    expect(n1).toMatchObject({ answered: false, askedInvolved: true });

    involved.set(bouw, { ...recorded, promises: [{ partyId: 'gemeente', text: 'Vergunning binnen 8 weken.' }] });
    const o = compute({ alignments: involved });
    expect(need(o, 'woonwaarts', 'gemeente', 'snelle')).toMatchObject({
      answered: true,
      answeredBy: [{ kind: 'promise', partyId: 'gemeente', text: 'Vergunning binnen 8 weken.' }],
    });
    expect(o.attention.some((p) => p.activityIdentity === bouw)).toBe(false);
  });

  it('does not count a promise of another party than the one asked', () => {
    const verhuis = identity('woonwaarts', 'Inzet verhuiscoach');
    const alignments = new Map<string, Alignment>([
      [verhuis, { status: 'aligned', promises: [{ partyId: 'hbd', text: 'HBD informeert senioren.' }], alsoInvolved: [], notes: '' }],
    ]);
    expect(need(compute({ alignments }), 'woonwaarts', 'gemeente', 'Financiële bijdrage').answered).toBe(false);
  });

  it('finds the asked party in the needs text when "Van wie?" is empty', () => {
    const nieuwsbrief = activity(overview, 'hbd', 'Nieuwsbrief huurders');
    expect(nieuwsbrief.needsFrom).toEqual([{ written: 'de gemeente', partyIds: ['gemeente'], status: 'exact' }]);
    const n = need(overview, 'hbd', 'gemeente', 'Informatiepakket vergroening');
    expect(n.answered).toBe(true);
    expect(n.answeredBy).toMatchObject([{ kind: 'activity', partyId: 'gemeente', activity: expect.stringMatching(/^Informatiepakketten/) }]);
  });

  it('asks every member of a group, and leaves the asking party out', () => {
    expect(need(overview, 'gemeente', 'woonwaarts', 'Inbreng over groen').answered).toBe(true);
    expect(need(overview, 'gemeente', 'de-kernen', 'Inbreng over groen').answered).toBe(false);
    const o = compute({}, (input) => {
      const a = input.activities.find((x) => x.activity.startsWith('Verbeteren energielabels'));
      if (a) a.needsFromParties = data.resolver.resolve('Corporaties');
    });
    expect(o.needs.filter((n) => n.text.startsWith('Meedenken')).map((n) => n.toPartyId)).toEqual(['de-kernen']);
  });

  it('reads a group asked by a corporation as its own tenant organisation, and by the gemeente as both', () => {
    const askedBy = (partyId: string, textStart: string, written: string) =>
      compute({}, (input) => {
        const a = input.activities.find((x) => x.partyId === partyId && x.activity.startsWith(textStart)) as StoredActivity;
        a.needsFrom = written;
        a.needsFromParties = data.resolver.resolve(written);
      }).needs.filter((n) => n.fromPartyId === partyId && n.activityIdentity === identity(partyId, textStart));

    // Woonwaarts asks "Huurdersorganisaties": HBD, never the Bewonersraad of De Kernen.
    const woonwaarts = askedBy('woonwaarts', 'Verbeteren energielabels', 'Huurdersorganisaties');
    expect(woonwaarts.map((n) => [n.toPartyId, n.askedAs, n.askedVia])).toEqual([['hbd', 'Huurdersorganisaties', 'needs-from']]);
    expect(askedViaText(woonwaarts[0] as NeedCheck, names)).toBe('‘Huurdersorganisaties’ van Woonwaarts is HBD');
    expect(askedBy('woonwaarts', 'Verbeteren energielabels', 'Huurders-organisaties').map((n) => n.toPartyId)).toEqual(['hbd']);
    // De Kernen's tenants are the Bewonersraad De Kernen.
    expect(askedBy('de-kernen', 'Oplevering 6 sociale', 'Huurdersorganisatie').map((n) => n.toPartyId)).toEqual(['bewonersraad']);
    // The gemeente has no tenant organisation of its own: it asks both.
    expect(askedBy('gemeente', 'Groenbeleidsplan', 'Huurdersorganisaties').map((n) => n.toPartyId)).toEqual(['hbd', 'bewonersraad']);
    // A tenant organisation asking "Corporaties" asks its own corporation.
    expect(askedBy('hbd', 'Wijkschouw Deest organiseren', 'Corporaties').map((n) => n.toPartyId)).toEqual(['woonwaarts']);
    // Naming the members is asking them both.
    expect(askedBy('woonwaarts', 'Verbeteren energielabels', 'HBD en De Bewonersraad').map((n) => n.toPartyId)).toEqual(['hbd', 'bewonersraad']);
  });

  it('reads whom a needs column heading such as “Nodig van gemeente/huurders” names, the tenants being the party’s own', () => {
    const o = compute({ needsHeaders: { 'de-kernen': 'Nodig van gemeente/huurders' } });
    const subsidie = o.needs.filter((n) => n.text.startsWith('Subsidie-informatie'));
    expect(subsidie.map((n) => [n.fromPartyId, n.toPartyId, n.askedVia])).toEqual([
      ['de-kernen', 'gemeente', 'header'],
      ['de-kernen', 'bewonersraad', 'header'],
    ]);
    expect(askedViaText(subsidie[1] as NeedCheck, names)).toBe('volgens de kolomkop; ‘huurders’ van De Kernen is Bewonersraad De Kernen');
    expect(messages(o, 'need-unanswered').some((m) => m.includes('zegt niet van wie'))).toBe(false);
    expect(o.counts.needsWithoutParty).toBe(1);
    // What "Van wie?" or the need itself says still comes first: the heading only fills in where the partner wrote nobody.
    expect(need(o, 'de-kernen', 'gemeente', 'Actuele informatie').askedVia).toBe('needs-from');
    expect(o.needs.filter((n) => n.text.startsWith('Actuele informatie')).map((n) => n.toPartyId)).toEqual(['gemeente']);

    // "Huurders: …" under that heading is the heading's tenants, in the partner's word.
    const labelled = compute({ needsHeaders: { 'de-kernen': 'Nodig van gemeente/huurders' } }, (input) => {
      const a = input.activities.find((x) => x.activity.startsWith('Bij vervanging van de cv-ketel')) as StoredActivity;
      a.needs = 'Huurders: 70% instemming per complex';
    });
    expect(labelled.needs.filter((n) => n.text.startsWith('Huurders:')).map((n) => [n.toPartyId, n.askedVia])).toEqual([['bewonersraad', 'text']]);
  });

  it('reads a party name with a typing error where a name stands in the need, and says how it was written', () => {
    const asked = (needs: string) =>
      compute({}, (input) => {
        const a = input.activities.find((x) => x.activity.startsWith('Bij vervanging van de cv-ketel')) as StoredActivity;
        a.needs = needs;
      }).needs.filter((n) => n.text === needs);
    const labelled = asked('Gemeete Druten: omgevingsvergunning');
    expect(labelled.map((n) => [n.toPartyId, n.askedVia])).toEqual([['gemeente', 'text']]);
    expect(askedViaText(labelled[0] as NeedCheck, names)).toBe('genoemd in de vraag; ‘Gemeete Druten’ van De Kernen is Gemeente');
    expect(asked('Woonwaards').map((n) => n.toPartyId)).toEqual(['woonwaarts']);
    // In running text a near name is not read: "kernen" is not De Kernen, a word one letter off a name is a word.
    expect(asked('Tijdig contact met de gemeete over de planning').map((n) => n.toPartyId)).toEqual([]);
  });

  it('reads whom the Betrokken column names when the need does not say, narrowed to the heading’s parties', () => {
    const involved = (written: string, header?: string) =>
      compute(header ? { needsHeaders: { 'de-kernen': header } } : {}, (input) => {
        const a = input.activities.find((x) => x.activity.startsWith('Bij vervanging van de cv-ketel')) as StoredActivity;
        a.involved = written;
        a.involvedParties = data.resolver.resolve(written);
      }).needs.filter((n) => n.text.startsWith('Subsidie-informatie'));
    expect(involved('Gemeente').map((n) => [n.toPartyId, n.askedVia])).toEqual([['gemeente', 'involved']]);
    expect(askedViaText(involved('Gemeente')[0] as NeedCheck, names)).toBe('“Van wie” niet ingevuld; volgens Betrokken');
    // A group in Betrokken is read like one in "Van wie?".
    expect(involved('Huurdersorganisaties').map((n) => n.toPartyId)).toEqual(['bewonersraad']);
    // With a heading naming gemeente and huurders, Betrokken says which of them.
    expect(involved('Bewonersraad, Woonwaarts', 'Nodig van gemeente/huurders').map((n) => [n.toPartyId, n.askedVia])).toEqual([['bewonersraad', 'involved']]);
    // Betrokken naming none of them: the heading's parties.
    expect(involved('Woonwaarts', 'Nodig van gemeente/huurders').map((n) => n.toPartyId)).toEqual(['gemeente', 'bewonersraad']);
    // An outside party written in "Van wie?" is an answer to "from whom": Betrokken does not overrule it.
    expect(overview.needs.some((n) => n.text.startsWith('Afspraken over begeleiding'))).toBe(false);
    expect(activity(overview, 'gemeente', 'Eerste bijeenkomst').involved.map((r) => r.written)).toContain('Corporaties');
  });

  it('makes an aandachtspunt, not a NeedCheck, for a need that says not from whom', () => {
    expect(overview.needs.some((n) => n.text.startsWith('Subsidie-informatie'))).toBe(false);
    expect(messages(overview, 'need-unanswered')).toContain(
      '3 bij 1 (4): De Kernen vraagt iets (‘Subsidie-informatie voor huurders over warmtepompen’) bij ‘Bij vervanging van de cv-ketel een (hybride) warmtepomp plaatsen: ca. 40 woningen’, maar zegt niet van wie.',
    );
    expect(messages(overview, 'need-unanswered')).toContain(
      '4.2 bij 5: De Gemeente vraagt ‘Afspraken over begeleiding in de wijk’ van Zorginstellingen (bij ‘Eerste bijeenkomst over zachte landing van kwetsbare doelgroepen en statushouders’); dat is geen partij van deze prestatieafspraken.',
    );
    expect(overview.counts.needsWithoutParty).toBe(2);
  });

  it('says when the asked party has not submitted', () => {
    const o = compute({ notSubmitted: ['hbd'] });
    expect(messages(o, 'need-unanswered')).toContain(
      '3 bij 3: Woonwaarts vraagt van HBD: Meedenken over de communicatie aan huurders bij renovatie (bij ‘Verbeteren energielabels: 110 woningen van label E, F of G naar label B of beter’) — HBD heeft daar geen activiteit of toezegging voor. HBD heeft nog geen activiteitenoverzicht ingediend.',
    );
  });

  it('names what is asked without the asked party’s own label in front of it', () => {
    const o = compute({}, (input) => {
      const a = input.activities.find((x) => x.activity.startsWith('Bij vervanging van de cv-ketel')) as StoredActivity;
      a.needs = 'Gemeente: subsidie-informatie over warmtepompen voor de nieuwsbrief';
      a.needsFrom = undefined;
      a.needsFromParties = [];
    });
    const point = messages(o, 'need-unanswered').find((m) => m.includes('subsidie-informatie over warmtepompen'));
    expect(point).toContain('De Kernen vraagt van de Gemeente: subsidie-informatie over warmtepompen voor de nieuwsbrief (bij');
    expect(point).not.toContain('Gemeente: Gemeente');
  });

  it('fills the party × party matrix both ways, only for pairs with requests', () => {
    expect(overview.reciprocity.map((c) => `${c.fromPartyId}→${c.toPartyId} ${c.answered}/${c.requests}`)).toEqual([
      'gemeente→woonwaarts 1/1',
      'gemeente→de-kernen 0/1',
      'woonwaarts→gemeente 1/2',
      'woonwaarts→hbd 0/1',
      'de-kernen→gemeente 1/1',
      'hbd→gemeente 1/1',
      'hbd→woonwaarts 1/2',
      'bewonersraad→de-kernen 0/1',
    ]);
    for (const c of overview.reciprocity) expect(c.fromPartyId).not.toBe(c.toPartyId);
    expect(overview.counts).toMatchObject({ needs: 10, needsUnanswered: 5, needsWithoutParty: 2 });
  });

  it('counts the open questions once: unanswered requests and needs that name no party, as many as the aandachtspunten', () => {
    expect(openQuestions(overview)).toMatchObject({ open: 7, total: 12 });
    expect(messages(overview, 'need-unanswered')).toHaveLength(openQuestions(overview).open);
    expect(openQuestions(overview).unaddressed.map((n) => [n.fromPartyId, n.text, n.outside])).toEqual([
      ['gemeente', 'Afspraken over begeleiding in de wijk', ['Zorginstellingen']],
      ['de-kernen', 'Subsidie-informatie voor huurders over warmtepompen', []],
    ]);
    // For one party: what it asks (also of nobody) and what it is asked.
    expect(openQuestions(overview, { partyId: 'de-kernen', side: 'asks' })).toMatchObject({ open: 1, total: 2 });
    expect(openQuestions(overview, { partyId: 'de-kernen', side: 'asked' })).toMatchObject({ open: 2, total: 2 });
    expect(openQuestions(overview, { partyId: 'de-kernen' })).toMatchObject({ open: 3, total: 4 });
    // A version saved before the list existed still counts them.
    const { unaddressedNeeds: _left, ...older } = overview;
    expect(openQuestions(older)).toMatchObject({ open: 7, total: 12 });
  });
});

describe('partiesNamedIn', () => {
  const named = (text: string) => partiesNamedIn(text, data.resolver, data.parties).map((r) => r.partyIds);

  it('finds party names in free text, longest name first', () => {
    expect(named('Snelle vergunning van de gemeente')).toEqual([['gemeente']]);
    expect(named('Inzet van Woonwaarts en De Kernen')).toEqual([['woonwaarts', 'de-kernen']]);
    expect(named('Overleg met de Bewonersraad De Kernen')).toEqual([['bewonersraad']]);
    expect(named('Informatie van HBD.')).toEqual([['hbd']]);
    expect(named('Hulp van de corporaties')).toEqual([['woonwaarts', 'de-kernen']]);
  });

  it('does not take ordinary words for a party', () => {
    expect(named('Meer aandacht voor leefbaarheid in de kernen')).toEqual([]);
    expect(named('Subsidie-informatie voor huurders')).toEqual([]);
    expect(named('')).toEqual([]);
  });
});

describe('same work, reported twice', () => {
  it('proposes the wijkschouw Deest of three parties as one joint activity, open by default', () => {
    const deest = overview.duplicates.find((d) => d.key === deestKey());
    expect(deest).toMatchObject({
      agreementId: agreement(overview, '5.1 bij 2 (1)').id,
      partyIds: ['gemeente', 'woonwaarts', 'hbd'],
      decision: 'open',
    });
    expect(deest?.key).toBe(
      'gemeente:text:deelname wijkschouw deest|hbd:text:wijkschouw deest organiseren|woonwaarts:text:wijkschouw deest in mei',
    );
    expect(deest?.similarity).toBeGreaterThan(0.45);
    expect(messages(overview, 'duplicate-open')).toEqual([
      '5.1 bij 2 (1): Gemeente, Woonwaarts en HBD melden mogelijk hetzelfde werk: ‘Deelname wijkschouw Deest’ (Gemeente), ‘Wijkschouw Deest in mei’ (Woonwaarts) en ‘Wijkschouw Deest organiseren’ (HBD). Samenvoegen tot één gezamenlijke activiteit?',
    ]);
    expect(activity(overview, 'hbd', 'Wijkschouw Deest').jointWith).toEqual([]);
  });

  it('keeps the wijkschouw Horssen apart and shows it joint once accepted', () => {
    expect(overview.duplicates).toHaveLength(2);
    const horssen = overview.duplicates.find((d) => d.partyIds.includes('bewonersraad'));
    expect(horssen).toMatchObject({ partyIds: ['de-kernen', 'bewonersraad'], decision: 'accepted' });
    expect(activity(overview, 'de-kernen', 'Wijkschouw Horssen').jointWith).toEqual(['bewonersraad:key:A39']);
    expect(activity(overview, 'bewonersraad', 'Wijkschouw Horssen').jointWith).toEqual([
      'de-kernen:text:wijkschouw horssen met de bewonersraad',
    ]);
    expect(overview.counts.duplicatesOpen).toBe(1);
  });

  it('applies accept and reject decisions', () => {
    const accepted = compute({ duplicateDecisions: new Map([[deestKey(), 'accepted']]) });
    const hbd = activity(accepted, 'hbd', 'Wijkschouw Deest');
    expect(hbd.jointWith.sort()).toEqual([identity('gemeente', 'Deelname'), identity('woonwaarts', 'Wijkschouw Deest')].sort());
    expect(activity(accepted, 'gemeente', 'Deelname').jointWith).toHaveLength(2);
    // Only the Horssen proposal is open: it is not in these decisions.
    expect(messages(accepted, 'duplicate-open')).toEqual([expect.stringMatching(/^5\.1 bij 2 \(1\): De Kernen en Bewonersraad De Kernen melden/)]);
    expect(accepted.duplicates.find((d) => d.partyIds.includes('bewonersraad'))?.decision).toBe('open');

    const rejected = compute({ duplicateDecisions: new Map([[deestKey(), 'rejected']]) });
    expect(rejected.duplicates.find((d) => d.key === deestKey())?.decision).toBe('rejected');
    expect(activity(rejected, 'hbd', 'Wijkschouw Deest').jointWith).toEqual([]);
    expect(messages(rejected, 'duplicate-open')).toHaveLength(1); // Horssen only
  });

  it('makes a new open proposal when a re-import changes one member’s text', () => {
    const decisions = new Map([[deestKey(), 'accepted' as const]]);
    const o = compute({ duplicateDecisions: decisions }, (input) => {
      const a = input.activities.find((x) => x.activity === 'Wijkschouw Deest in mei');
      if (a) a.activity = 'Wijkschouw Deest in juni';
    });
    const deest = o.duplicates.find((d) => d.partyIds.includes('hbd'));
    expect(deest?.key).not.toBe(deestKey());
    expect(deest?.decision).toBe('open');
    expect(activity(o, 'hbd', 'Wijkschouw Deest').jointWith).toEqual([]);
  });

  it('keeps a decision on a keyed row whose text changed', () => {
    const horssen = overview.duplicates.find((d) => d.partyIds.includes('bewonersraad'));
    const o = compute({}, (input) => {
      const a = input.activities.find((x) => x.key === 'A39');
      if (a) a.activity = 'Wijkschouw Horssen samen met De Kernen en de gemeente';
    });
    expect(o.duplicates.find((d) => d.partyIds.includes('bewonersraad'))).toMatchObject({ key: horssen?.key, decision: 'accepted' });
  });

  it('finds the proposals of the activities as they are now, whatever was computed before: a decision between two overviews changes only the decision, a changed text is seen', () => {
    const before = compute();
    const decided = compute({ duplicateDecisions: new Map([[deestKey(), 'accepted']]) });
    expect(decided.duplicates.map((d) => ({ ...d, decision: 'open' }))).toEqual(before.duplicates.map((d) => ({ ...d, decision: 'open' })));
    expect(decided.duplicates.find((d) => d.key === deestKey())?.decision).toBe('accepted');
    // The Bewonersraad's keyed row keeps its identity, but says other work now: no proposal with De Kernen.
    const changed = compute({}, (input) => {
      const a = input.activities.find((x) => x.key === 'A39');
      if (a) a.activity = 'Nieuwsbrief aan alle leden over de huurverhoging';
    });
    expect(changed.duplicates.some((d) => d.partyIds.includes('bewonersraad'))).toBe(false);
    expect(compute().duplicates).toEqual(before.duplicates);
  });

  it('takes at most one activity per party in a proposal, the most similar one', () => {
    const o = compute({}, (input) => {
      const hbd = input.activities.find((x) => x.activity === 'Wijkschouw Deest organiseren');
      if (!hbd) throw new Error('fixture');
      input.activities.push({ ...hbd, id: 5001, position: 99, rowNumber: 99, activity: 'Verslag van de wijkschouw Deest maken', needs: undefined });
    });
    for (const d of o.duplicates) expect(new Set(d.partyIds).size).toBe(d.partyIds.length);
    const deest = o.duplicates.find((d) => d.partyIds.includes('hbd') && d.partyIds.includes('gemeente'));
    expect(deest?.activityIdentities).toContain('hbd:text:wijkschouw deest organiseren');
  });

  it('does not propose different work on the same afspraak', () => {
    const vergroening = agreement(overview, '5.2 bij 3 (1)');
    expect(new Set(vergroening.activities.map((a) => a.partyId)).size).toBe(3);
    expect(overview.duplicates.some((d) => d.agreementId === vergroening.id)).toBe(false);
    const warmtepomp = agreement(overview, '3 bij 1 (4)');
    expect(overview.duplicates.some((d) => d.agreementId === warmtepomp.id)).toBe(false);
  });
});

describe('identity', () => {
  it('uses the workbook key when there is one, otherwise the normalised text', () => {
    expect(activityIdentity({ partyId: 'woonwaarts', key: 'A17', activity: 'Wat dan ook' })).toBe('woonwaarts:key:A17');
    expect(activityIdentity({ partyId: 'hbd', activity: '  Wijkschouw   Deëst Organiseren ' })).toBe('hbd:text:wijkschouw deest organiseren');
    expect(activityIdentity({ partyId: 'hbd', activity: 'Wijkschouw Deest organiseren' })).toBe(
      activityIdentity({ partyId: 'hbd', activity: 'wijkschouw deest  organiseren' }),
    );
  });

  it('keeps two identical rows of one party apart', () => {
    const o = compute({}, (input) => {
      const a = input.activities.find((x) => x.activity === 'Huurdersavond over servicekosten');
      if (a) input.activities.push({ ...a, id: 5002, position: 50, rowNumber: 50 });
    });
    expect(o.unlinked.filter((a) => a.partyId === 'hbd').map((a) => a.identity)).toEqual([
      'hbd:text:huurdersavond over servicekosten',
      'hbd:text:huurdersavond over servicekosten#2',
    ]);
  });
});

describe('the overview as a whole', () => {
  it('orders the aandachtspunten by kind, then by afspraak', () => {
    const kinds = overview.attention.map((p) => p.kind);
    expect([...new Set(kinds)]).toEqual([
      'agreement-without-activity',
      'lead-without-activity',
      'insufficient',
      'need-unanswered',
      'duplicate-open',
      'unlinked-activity',
    ]);
    expect(messages(overview, 'need-unanswered').map((m) => m.split(':')[0])).toEqual([
      '1.1 bij 1 (1)',
      '3 bij 1 (4)',
      '3 bij 1 (4)',
      '3 bij 3',
      '4.2 bij 5',
      '5.2 bij 3 (2)',
      'Niet gekoppeld',
    ]);
  });

  it('carries the set, the year, the version and the time given', () => {
    expect(overview.agreementSet).toEqual({ code: 'druten-2025-2028', title: data.agreementSet.title, periodStart: 2025, periodEnd: 2028, cycleSection: '6.2', reciprocitySection: '6.1' });
    expect(overview.planningYear).toBe(2027);
    expect(overview.generatedAt).toBe(FIXTURE_NOW.toISOString());
    expect(overview.version).toEqual({ number: null, status: 'working', savedAt: null, savedBy: null });
  });

  it('is deterministic, also when the activities arrive in another order', () => {
    const again = computeJointOverview(realisticBundleInput(data));
    expect(JSON.stringify(again)).toBe(JSON.stringify(overview));
    const shuffled = compute({}, (input) => {
      input.activities.reverse();
    });
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(overview));
  });

  it('does not change its input', () => {
    const input = realisticBundleInput(data);
    const before = JSON.stringify({ ...input, resolver: null, alignments: [...input.alignments], decisions: [...input.duplicateDecisions] });
    computeJointOverview(input);
    expect(JSON.stringify({ ...input, resolver: null, alignments: [...input.alignments], decisions: [...input.duplicateDecisions] })).toBe(before);
  });

  it('survives an empty year: every active afspraak a gap, every party missing', () => {
    const o = compute({ notSubmitted: ['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad'] });
    expect(o.counts).toMatchObject({ activities: 0, partiesMissing: 5, needs: 0, duplicatesOpen: 0 });
    expect(o.counts.agreementsWithoutActivity).toBe(o.counts.agreementsActive);
    expect(o.reciprocity).toEqual([]);
  });
});
