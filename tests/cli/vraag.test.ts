// `prestatie vraag`, spawned as a user runs it (after `npm run build`), on the
// five parties' own 2027 spreadsheets: the requests listed with their rows,
// one that the text match answered set to open with a reason, one open
// request marked answered by a row of the asked party, and a decision taken
// back; each in the logboek.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleActivity, JointOverview, NeedCheck } from '../../src/domain/joint-overview';
import type { Werkbank } from '../../src/service/index';
import { labelledWerkbank } from '../fixtures/labelled-activities';

const root = path.join(__dirname, '../..');
const bin = path.join(root, 'bin/prestatie.js');
const YEAR = '2027';

let werkbank: Werkbank;

function prestatie(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--db', werkbank.databasePath, '--naam', 'Secretaris'], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const overview = (): JointOverview => JSON.parse(prestatie(['bundel', '--jaar', YEAR, '--json']).out) as JointOverview;
const activities = (o: JointOverview): BundleActivity[] => [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
const same = (a: NeedCheck) => (b: NeedCheck) => a.activityIdentity === b.activityIdentity && a.toPartyId === b.toPartyId;
const shortName = (o: JointOverview, id: string) => o.parties.find((p) => p.id === id)?.shortName ?? id;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist/src/cli/main.js'))) {
    throw new Error('dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat vanzelf).');
  }
  werkbank = await labelledWerkbank(2027);
}, 120_000);
afterAll(() => werkbank.close());

describe('prestatie vraag', () => {
  it('sets a request the text seemed to answer to open, with the reason, and takes the decision back', () => {
    let o = overview();
    const byText = o.needs.find((n) => n.answered && n.answeredBy.length > 0 && n.answeredBy.every((a) => a.basis === 'text'));
    if (!byText) throw new Error('geen vraag die alleen door de tekst beantwoord is');
    const asking = activities(o).find((a) => a.identity === byText.activityIdentity) as BundleActivity;
    const question = ['vraag', '--jaar', YEAR, '--partij', shortName(o, asking.partyId), '--rij', String(asking.rowNumber), '--aan', shortName(o, byText.toPartyId)];

    const refused = prestatie([...question, '--open']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Zeg waarom');

    const { code, out } = prestatie([...question, '--open', '--reden', 'Gaat over iets anders; werkgroep 3 september']);
    expect(code).toBe(0);
    expect(out).toContain(`Vastgelegd: de vraag van ${shortName(o, asking.partyId)} aan ${shortName(o, byText.toPartyId)} is open.`);
    expect(out).toContain('Volgens de werkgroep: ');
    expect(out).toContain('Reden: Gaat over iets anders; werkgroep 3 september.');
    o = overview();
    expect(o.needs.find(same(byText))).toMatchObject({ answered: false, decision: { decision: 'open', decidedBy: 'Secretaris' } });
    expect(prestatie(['koppelingen', '--jaar', YEAR, '--logboek']).out).toMatch(/\[vraag open\] Vraag van .+ — open \(was: volgens de tekst beantwoord door .+\)\n\s+reden: Gaat over iets anders; werkgroep 3 september/);

    expect(prestatie([...question, '--automatisch']).code).toBe(0);
    expect(overview().needs.find(same(byText))).toEqual(byText);
  });

  it('marks an open request answered by a row of the asked party, and lists it among the answered ones', () => {
    let o = overview();
    const open = o.needs.find((n) => !n.answered && n.decision === undefined && activities(o).some((a) => a.partyId === n.toPartyId));
    if (!open) throw new Error('geen open vraag');
    const asking = activities(o).find((a) => a.identity === open.activityIdentity) as BundleActivity;
    const answer = activities(o).find((a) => a.partyId === open.toPartyId) as BundleActivity;
    const { code, out } = prestatie([
      'vraag', '--jaar', YEAR, '--partij', shortName(o, asking.partyId), '--rij', String(asking.rowNumber), '--aan', shortName(o, open.toPartyId),
      '--antwoord-rij', String(answer.rowNumber), '--reden', 'Besproken in de werkgroep',
    ]);
    expect(code).toBe(0);
    expect(out).toContain(`is beantwoord door rij ${answer.rowNumber}`);
    const answeredPart = out.slice(out.indexOf('\nBeantwoord:'));
    expect(answeredPart).toContain('(door de werkgroep als antwoord aangemerkt: Besproken in de werkgroep)');
    o = overview();
    expect(o.needs.find(same(open))).toMatchObject({ answered: true, decision: { decision: 'answered', reason: 'Besproken in de werkgroep' } });
  });
});
