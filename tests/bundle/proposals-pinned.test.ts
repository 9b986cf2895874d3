// Pins the bundle's proposals as the all-pairs algorithm made them, before it
// was replaced by candidate blocking (issue 12): the duplicate clusters and
// the wederkerigheid answers on the realistic fixtures, on the labelled
// partner files imported through the service, and on a generated workload
// dense enough that clusters chain, one party has several alike activities
// and left-over members cluster again. A faster algorithm must give exactly
// these results.
//
// Two generated workloads far denser than any werkgroep's (hundreds of alike
// activities on one afspraak) are pinned as they are since the clusters weigh
// only the similar pairs (a member is not made more typical by the many it is
// not like), which keeps the work proportional to the pairs that matter: the
// realistic and labelled results above stayed exactly the same.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKLOADS, workloadDatabase } from '../../src/bench/scale';
import { computeJointOverview } from '../../src/bundle/compute';
import { seededRandom } from '../../src/bench/workload';
import type { JointOverview } from '../../src/domain/joint-overview';
import type { StoredActivity } from '../../src/domain/activities';
import { buildTextIndex } from '../../src/domain/similarity';
import type { Werkbank } from '../../src/service/index';
import { loadRealAgreementData, realisticActivities, realisticBundleInput, type ActivitiesGiven, type RealAgreementData } from '../fixtures/bundle-activities';
import { labelledWerkbank } from '../fixtures/labelled-activities';

let data: RealAgreementData;
let werkbank: Werkbank;

beforeAll(async () => {
  data = await loadRealAgreementData();
  werkbank = await labelledWerkbank(2027);
}, 120_000);
afterAll(() => werkbank.close());

/** The proposals in a compact, readable form. */
function duplicates(o: JointOverview): string[] {
  return o.duplicates.map((d) => `${d.agreementId} ${d.similarity} ${d.decision} ${d.activityIdentities.join(' + ')}`);
}

function needs(o: JointOverview): string[] {
  return o.needs.map(
    (n) =>
      `${n.activityIdentity} → ${n.toPartyId} (${n.askedVia}): ` +
      (n.answered
        ? n.answeredBy.map((b) => `${b.basis} ${b.kind === 'activity' ? b.activityIdentity : b.text} ${b.similarity ?? ''}`).join('; ')
        : 'open'),
  );
}

const PLACES = ['Druten', 'Deest', 'Afferden', 'Horssen', 'Puiflijk', 'Altforst', 'Druten-Zuid'];
const PARTIES = ['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad'];

/**
 * Activities of all five parties on a few afspraken, written as variations on
 * the realistic texts: a word left out, a place added, a typing error, the
 * same text twice for one party. Some ask something of another party.
 */
function generatedInput(perAgreement: number, agreementCount: number, seed: number): ActivitiesGiven {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const base = realisticBundleInput(data, { duplicateDecisions: new Map(), alignments: new Map() });
  const texts = [...new Set(realisticActivities(data).map((a) => a.activity))];
  const needTexts = realisticActivities(data).flatMap((a) => (a.needs ? [a.needs] : []));
  const agreements = data.agreements.slice(0, agreementCount);
  const activities: StoredActivity[] = [];
  const positions = new Map<string, number>();
  let id = 1;
  for (const agreement of agreements) {
    const local = Array.from({ length: 12 }, () => pick(texts));
    for (let i = 0; i < perAgreement; i++) {
      const partyId = pick(PARTIES);
      const words = pick(local).split(' ');
      const roll = next();
      if (roll < 0.25 && words.length > 3) words.splice(Math.floor(next() * words.length), 1);
      else if (roll < 0.5) words.push(pick(PLACES));
      else if (roll < 0.6) {
        const at = Math.floor(next() * words.length);
        const w = words[at] as string;
        if (w.length > 6) words[at] = w.slice(0, 3) + w.slice(4);
      }
      const position = (positions.get(partyId) ?? 0) + 1;
      positions.set(partyId, position);
      const asks = next() < 0.2;
      activities.push({
        id: id++,
        submissionId: 1 + PARTIES.indexOf(partyId),
        submissionVersion: 1,
        partyId,
        planningYear: base.planningYear,
        position,
        sheet: 'Activiteiten',
        rowNumber: position + 1,
        activity: words.join(' '),
        needsFromParties: asks ? data.resolver.resolve(pick(PARTIES.filter((p) => p !== partyId))) : [],
        involvedParties: [],
        leadParties: [],
        extra: {},
        agreementId: agreement.id,
        linkCandidates: [],
        linkStatus: 'confirmed',
        ...(asks ? { needs: pick(needTexts) } : {}),
      });
    }
  }
  return { ...base, activities };
}

describe('the proposals as the all-pairs algorithm made them', () => {
  it('on the realistic 2027 fixture', () => {
    const o = computeJointOverview(realisticBundleInput(data));
    expect(duplicates(o)).toMatchSnapshot();
    expect(needs(o)).toMatchSnapshot();
  });

  it('on the labelled partner files, imported through the service', async () => {
    const o = await werkbank.api.getJointOverview({ planningYear: 2027 });
    expect(duplicates(o)).toMatchSnapshot();
    expect(needs(o)).toMatchSnapshot();
  });

  it('on a generated workload where clusters chain and left-over members cluster again', () => {
    const o = computeJointOverview(generatedInput(60, 6, 12));
    expect(o.duplicates.length).toBeGreaterThan(20);
    expect(o.duplicates.some((d) => d.activityIdentities.length >= 4)).toBe(true);
    expect(duplicates(o)).toMatchSnapshot();
    expect(needs(o)).toMatchSnapshot();
  });
});

describe('the proposals since the clusters weigh only the similar pairs', () => {
  it('on a generated workload with large blocks, where frequent words would make every pair a candidate', () => {
    const o = computeJointOverview(generatedInput(400, 2, 27));
    expect(duplicates(o)).toMatchSnapshot();
    expect(needs(o)).toMatchSnapshot();
  });

  it('on the generated city workload of the scale benchmark (5 × 1,200 activities; a digest, the list is long)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbank-stad-'));
    const city = await workloadDatabase(path.join(dir, 'stad.sqlite'), WORKLOADS.stad);
    try {
      const o = await city.api.getJointOverview({ planningYear: 2027 });
      const digest = (lines: string[]) => `${lines.length} ${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
      expect(digest(duplicates(o))).toMatchSnapshot();
      expect(digest(needs(o))).toMatchSnapshot();
      expect(duplicates(o).slice(0, 5)).toMatchSnapshot();
    } finally {
      city.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('candidate blocking', () => {
  it('scores a pair in one pass exactly as the two directions do', () => {
    const texts = generatedInput(100, 1, 31).activities.map((a) => a.activity);
    const index = buildTextIndex(texts);
    for (let i = 0; i < texts.length; i++) {
      for (let j = 0; j < texts.length; j++) {
        expect(index.pairScore(i, j)).toBe((index.score(texts[i] as string, j) + index.score(texts[j] as string, i)) / 2);
      }
    }
  });

  it('finds exactly the pairs that comparing all pairs finds, also where frequent words are left out of the index', () => {
    const texts = generatedInput(400, 1, 27).activities.map((a) => a.activity);
    const index = buildTextIndex(texts);
    const members = texts.map((_, i) => i);
    const odd = (i: number, j: number) => (i + j) % 2 === 1;
    for (const threshold of [0.2, 0.45, 0.7]) {
      const all: string[] = [];
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) if (odd(i, j) && index.pairScore(i, j) >= threshold) all.push(`${i}-${j}`);
      }
      const found = index.similarPairs(members, threshold, (i) => String(i % 2)).map(([i, j]) => `${i}-${j}`);
      expect(found.sort(), `drempel ${threshold}`).toEqual(all.sort());
      expect(all.length).toBeGreaterThan(100);
    }
  });
});
