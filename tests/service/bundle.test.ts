// The gezamenlijk activiteitenoverzicht through the service, on five partners'
// own spreadsheets imported as the secretary would.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import {
  BEWONERSRAAD_FILE,
  DE_KERNEN_FILE,
  GEMEENTE_FILE,
  HBD_FILE,
  WOONWAARTS_FILE,
  bewonersraadWorkbook,
  deKernenWorkbook,
  gemeenteWorkbook,
  hbdWorkbook,
  woonwaartsWorkbook,
} from '../fixtures/partner-workbooks';
import { docxPart, docxParts, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';
import { allActivities } from '../helpers/overview';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
const imported = new Map<string, number>();

const file = (name: string, bytes: Buffer) => ({ name, data: bytes.toString('base64') });

beforeAll(async () => {
  tmp = tempDir();
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris' });
  api = werkbank.api;
  const partners: [string, string, Buffer][] = [
    ['woonwaarts', WOONWAARTS_FILE, await woonwaartsWorkbook()],
    ['gemeente', GEMEENTE_FILE, await gemeenteWorkbook()],
    ['de-kernen', DE_KERNEN_FILE, await deKernenWorkbook()],
    ['hbd', HBD_FILE, await hbdWorkbook()],
  ];
  for (const [partyId, name, bytes] of partners) {
    const result = await api.commitImport({ file: file(name, bytes), partyId, planningYear: 2027 });
    imported.set(partyId, result.submission.activityCount);
  }
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('the bundle of four submissions', () => {
  it('holds every imported activity exactly once, grouped under its afspraak or among the unlinked', async () => {
    const overview = await api.getJointOverview({ planningYear: 2027 });
    const activities = allActivities(overview);
    const total = [...imported.values()].reduce((a, b) => a + b, 0);
    expect(activities).toHaveLength(total);
    expect(new Set(activities.map((a) => a.identity)).size).toBe(total);
    for (const [partyId, count] of imported) expect(activities.filter((a) => a.partyId === partyId)).toHaveLength(count);
    expect(overview.version).toEqual({ number: null, status: 'working', savedAt: null, savedBy: null });
  });

  it('names the party that did not submit, and the active afspraken nobody picked up', async () => {
    const overview = await api.getJointOverview({ planningYear: 2027 });
    expect(overview.parties.find((p) => p.id === 'bewonersraad')?.state).toBe('missing');
    expect(overview.attention).toContainEqual(
      expect.objectContaining({
        kind: 'party-missing',
        partyId: 'bewonersraad',
        message: 'De Bewonersraad De Kernen heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend.',
      }),
    );
    const gaps = overview.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements)).filter((a) => a.gaps.includes('no-activity'));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.active && gap.activities.length === 0).toBe(true);
  });

  it('checks wederkerigheid: a need becomes answered once the asked party promises', async () => {
    let overview = await api.getJointOverview({ planningYear: 2027 });
    const need = overview.needs.find((n) => !n.answered && n.toPartyId !== '');
    expect(need).toBeDefined();
    const recorded = await api.updateAlignment({
      planningYear: 2027,
      identity: need!.activityIdentity,
      status: 'promised',
      promises: [{ partyId: need!.toPartyId, text: 'Levert dit tijdig, afgesproken in de werkgroep van 28 augustus.' }],
    });
    // The decision answers with what it recorded, not the whole overview; the overview is asked for afresh.
    expect(recorded).toEqual({
      planningYear: 2027,
      identity: need!.activityIdentity,
      alignment: {
        status: 'promised',
        promises: [{ partyId: need!.toPartyId, text: 'Levert dit tijdig, afgesproken in de werkgroep van 28 augustus.' }],
        alsoInvolved: [],
        notes: '',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        // The revision the next edit names, so that an edit in between is noticed.
        revision: 1,
      },
    });
    overview = await api.getJointOverview({ planningYear: 2027 });
    const after = overview.needs.find((n) => n.activityIdentity === need!.activityIdentity && n.toPartyId === need!.toPartyId);
    expect(after?.answered).toBe(true);
    expect(after?.answeredBy).toContainEqual({ kind: 'promise', partyId: need!.toPartyId, text: expect.stringContaining('Levert dit tijdig'), basis: 'working-group' });
    const cell = overview.reciprocity.find((c) => c.fromPartyId === need!.fromPartyId && c.toPartyId === need!.toPartyId);
    expect(cell?.answered).toBeGreaterThan(0);
    // The alignment says when the werkgroep recorded it; one never recorded says nothing.
    const activities = allActivities(overview);
    expect(activities.find((a) => a.identity === need!.activityIdentity)?.alignment.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(activities.filter((a) => a.alignment.recordedAt === undefined).length).toBeGreaterThan(10);
  });

  it('marks an afspraak onvoldoende opgepakt with its follow-up, and can clear it', async () => {
    const [agreement] = await api.listAgreements({ text: 'vereveningsfonds' });
    const followUp = 'Gemeente agendeert dit in het BO van maart.';
    expect(await api.markInsufficient({ planningYear: 2027, agreementId: agreement!.id, followUp })).toEqual({ planningYear: 2027, agreementId: agreement!.id, followUp });
    let overview = await api.getJointOverview({ planningYear: 2027 });
    expect(overview.attention.some((a) => a.kind === 'insufficient' && a.message.includes('Gemeente agendeert dit'))).toBe(true);
    await api.markInsufficient({ planningYear: 2027, agreementId: agreement!.id, followUp: null });
    overview = await api.getJointOverview({ planningYear: 2027 });
    expect(overview.attention.some((a) => a.kind === 'insufficient')).toBe(false);
  });

  it('refuses alignment of an activity that is not in the current submissions', async () => {
    const envelope = await dispatch(api, 'updateAlignment', { planningYear: 2027, identity: 'woonwaarts:text:bestaat niet', status: 'aligned' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('versions of the bundle', () => {
  it('keeps a definitive version exactly as frozen when a later import changes the live state', async () => {
    const concept = await api.saveBundleVersion({ planningYear: 2027 });
    expect(concept).toMatchObject({ number: 1, status: 'draft', savedBy: 'secretaris' });
    // As the secretary does before freezing: the links the Werkbank proposed are confirmed first.
    expect((await api.confirmOpenLinks({ planningYear: 2027 })).open).toEqual([]);
    const final = await api.saveBundleVersion({ planningYear: 2027, final: true });
    expect(final).toMatchObject({ number: 2, status: 'final' });
    const frozen = await api.getJointOverview({ planningYear: 2027, version: 2 });
    expect(frozen.version.status).toBe('final');

    await api.commitImport({ file: file(BEWONERSRAAD_FILE, await bewonersraadWorkbook()), partyId: 'bewonersraad', planningYear: 2027 });
    const live = await api.getJointOverview({ planningYear: 2027 });
    expect(live.parties.find((p) => p.id === 'bewonersraad')?.state).toBe('submitted');
    expect(await api.getJointOverview({ planningYear: 2027, version: 2 })).toEqual(frozen);

    const comparison = await api.compareBundleVersions({ planningYear: 2027, from: 2 });
    expect(comparison.to.status).toBe('working');
    expect(comparison.changes).toContainEqual({
      change: 'changed',
      subject: 'party',
      text: 'Bewonersraad De Kernen',
      details: ['Inzending: niet ingediend → versie 1'],
    });
    expect(comparison.changes.some((c) => c.change === 'added' && c.subject === 'activity' && c.text.startsWith('Bewonersraad De Kernen:'))).toBe(true);
    expect(comparison.changes).toContainEqual(
      expect.objectContaining({
        change: 'removed',
        subject: 'attention-point',
        text: 'De Bewonersraad De Kernen heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend.',
      }),
    );
  });

  it('says when a party sent only an overview for an earlier year', async () => {
    await api.commitImport({ file: file(HBD_FILE, await hbdWorkbook()), partyId: 'hbd', planningYear: 2026 });
    const overview = await api.getJointOverview({ planningYear: 2028 });
    expect(overview.attention.find((a) => a.kind === 'party-missing' && a.partyId === 'hbd')?.message).toBe(
      'HBD heeft voor planningsjaar 2028 geen activiteitenoverzicht ingediend. Er is alleen een ouder overzicht, voor planningsjaar 2027.',
    );
    expect(overview.attention.find((a) => a.kind === 'party-missing' && a.partyId === 'gemeente')?.message).toBe(
      'De Gemeente heeft voor planningsjaar 2028 geen activiteitenoverzicht ingediend. Er is alleen een ouder overzicht, voor planningsjaar 2027.',
    );
  });

  it('allows one definitive version only', async () => {
    const envelope = await dispatch(api, 'saveBundleVersion', { planningYear: 2027, final: true });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('versie 2') } });
    expect((await api.listBundleVersions({ planningYear: 2027 })).map((v) => [v.number, v.status])).toEqual([
      [1, 'draft'],
      [2, 'final'],
    ]);
  });

  it('exports the overview and one party’s part as Word and Excel files', async () => {
    const docx = await api.exportJointOverview({ planningYear: 2027, version: 2, format: 'docx' });
    expect(docx.name).toMatch(/\.docx$/);
    expect(Buffer.from(docx.data, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await api.exportJointOverview({ planningYear: 2027, format: 'xlsx', partyId: 'hbd' });
    expect(xlsx.name).toMatch(/HBD\.xlsx$/);
  });

  it('exports the definitive version once the year is frozen, and the working version only when asked', async () => {
    const text = async (arg: Parameters<WerkbankApi['exportJointOverview']>[0]) => {
      const file = await api.exportJointOverview(arg);
      return { file, xml: await docxPart(Buffer.from(file.data, 'base64'), 'word/document.xml'), header: (await docxParts(Buffer.from(file.data, 'base64'), /^word\/header\d*\.xml$/)).join('') };
    };
    // No version asked: what goes out is what was frozen, not the live state (the Bewonersraad came in after it).
    const byDefault = await text({ planningYear: 2027, format: 'docx' });
    expect(byDefault.file.version).toMatchObject({ number: 2, status: 'final' });
    expect(byDefault.file.name).toBe('Gezamenlijk activiteitenoverzicht 2027 - definitief.docx');
    expect(xmlToText(byDefault.header)).not.toContain('WERKVERSIE');
    expect(xmlToText(byDefault.xml)).not.toContain('Niet bedoeld om te versturen');
    expect(xmlToText(byDefault.xml)).toContain('Definitief (versie 2)');
    // Per activity whether it was afgestemd: the promise recorded above, and "Niet besproken" where nothing was.
    expect(xmlToText(byDefault.xml)).toContain('Toegezegd');
    expect(xmlToText(byDefault.xml)).toContain('Niet besproken');
    expect(xmlToText(byDefault.xml)).not.toMatch(/\bVoorgesteld\b/);
    // Frozen before the Bewonersraad's overview came in: the definitive version still misses it.
    expect(xmlToText(byDefault.xml)).toContain('Bewonersraad De Kernen heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend');

    const working = await text({ planningYear: 2027, format: 'docx', working: true });
    expect(working.file.version).toMatchObject({ number: null, status: 'working' });
    expect(working.file.name).toBe('Gezamenlijk activiteitenoverzicht 2027 - werkversie.docx');
    expect(xmlToText(working.header)).toContain('WERKVERSIE');
    expect(xmlToText(working.xml)).not.toContain('Bewonersraad De Kernen heeft voor planningsjaar 2027 geen activiteitenoverzicht ingediend');

    const xlsx = await api.exportJointOverview({ planningYear: 2027, format: 'xlsx' });
    expect(xlsx.version.status).toBe('final');
    const concept = await api.exportJointOverview({ planningYear: 2027, format: 'xlsx', version: 1 });
    expect(concept.version).toMatchObject({ number: 1, status: 'draft' });
    expect(await dispatch(api, 'exportJointOverview', { planningYear: 2027, format: 'docx', version: 1, working: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('exports the working version of a year that is not frozen', async () => {
    const file = await api.exportJointOverview({ planningYear: 2028, format: 'xlsx' });
    expect(file.version.status).toBe('working');
    expect(file.name).toContain('werkversie');
  });
});
