// Links the Werkbank only proposed, through the service on a real database:
// named as open, never frozen as fact, decided by the secretary one by one or
// all at once (each recorded in the activity log), and kept when the party
// sends a new version of its file.
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JointOverview, OpenLink } from '../../src/domain/joint-overview';
import type { WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { docxPart, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';
import { allActivities } from '../helpers/overview';

const YEAR = 2027;
const BEWONERSRAAD_FILE = 'Jaarplan 2027 Bewonersraad De Kernen.xlsx';
const WOONWAARTS_FILE = 'Woonwaarts activiteiten 2027.xlsx';
const CHOICE = 'Overleg over de bouwplanning';
const ACHTERBAN = 'Achterbanraadpleging onder huurders in Altforst en Horssen';
// A wijkschouw in other words: the secretary knows it is 5.1 bij 2 (1), the text shares no word with it.
const WALK = 'Samen met De Kernen en de gemeente een middag door Horssen slenteren';
const PLUSPAKKETTEN = 'Huurders informeren over de pluspakketten voor meer wooncomfort';
const HUURDERSAVONDEN = 'Huurdersavonden over betaalbaarheid en energiebesparing';

/** A partner's own spreadsheet: a title, a blank row, then the table. */
async function ownWorkbook(title: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten');
  sheet.getCell('A1').value = title;
  sheet.addRow([]);
  sheet.addRow(['Afspraak', 'Activiteit', 'Wat hebben we nodig van anderen?', 'Van wie?', 'Planning']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const bewonersraadRows = (planning = 'Q1 2027'): string[][] => [
  ['1.1 bij 1', CHOICE, '', '', planning],
  ['', ACHTERBAN, '', '', 'voorjaar'],
  ['', WALK, '', '', 'Q3 2027'],
  ['', PLUSPAKKETTEN, '', '', 'Q1'],
];

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;

async function open(): Promise<OpenLink[]> {
  return api.listOpenLinks({ planningYear: YEAR });
}

function openRow(links: OpenLink[], text: string): OpenLink {
  const found = links.find((o) => o.activity === text);
  if (!found) throw new Error(`geen open koppeling voor "${text}"`);
  return found;
}

async function agreementId(reference: string): Promise<number> {
  const row = (await api.listAgreements({})).find((a) => a.reference === reference);
  if (!row) throw new Error(`geen afspraak ${reference}`);
  return row.id;
}

beforeAll(async () => {
  tmp = tempDir();
  // Without the shipped examples: what is open here follows from these rows, not from examples added later.
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => new Date('2026-11-10T10:00:00.000Z'), linkExamples: 'none' });
  api = werkbank.api;
  await api.commitImport({ file: { name: BEWONERSRAAD_FILE, data: await ownWorkbook('Jaarplan 2027', bewonersraadRows()) }, partyId: 'bewonersraad', planningYear: YEAR });
  await api.commitImport({
    file: {
      name: WOONWAARTS_FILE,
      data: await ownWorkbook('Woonwaarts 2027', [
        ['1.1 bij 1 (1)', 'Oplevering 60 sociale huurwoningen De Ruigenhoek', 'Tijdige omgevingsvergunning', 'Gemeente', 'Q3 2027'],
        ['', HUURDERSAVONDEN, '', '', 'najaar'],
      ]),
    },
    partyId: 'woonwaarts',
    planningYear: YEAR,
  });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('links that are still open', () => {
  it('are listed with the party, sheet, row, activity, what is open and the afspraken to choose from', async () => {
    const links = await open();
    // Woonwaarts comes before the Bewonersraad in the agreement's order of the parties.
    expect(links.map((o) => [o.partyId, o.rowNumber, o.status])).toEqual([
      ['woonwaarts', 5, 'none'],
      ['bewonersraad', 4, 'choice'],
      ['bewonersraad', 5, 'none'],
      ['bewonersraad', 6, 'none'],
      ['bewonersraad', 7, 'proposed'],
    ]);
    expect(openRow(links, CHOICE)).toMatchObject({ sheet: 'Activiteiten', reference: null });
    expect([...openRow(links, CHOICE).candidates].sort()).toEqual(['1.1 bij 1 (1)', '1.1 bij 1 (2)', '1.1 bij 1 (3)']);
    expect(openRow(links, PLUSPAKKETTEN).reference).toBe('3 bij 7');
    expect(await api.listOpenLinks({ planningYear: YEAR, partyId: 'woonwaarts' })).toHaveLength(1);
  });

  it('show in the werkversie as what they are: a proposal under its afspraak, a choice and a none among the activities without afspraak', async () => {
    const overview = await api.getJointOverview({ planningYear: YEAR });
    expect(overview.counts.linksOpen).toBe(5);
    const byText = new Map(allActivities(overview).map((a) => [a.activity, a]));
    const proposed = overview.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements)).find((a) => a.reference === '3 bij 7');
    expect(proposed?.activities.map((a) => [a.activity, a.linkStatus])).toEqual([[PLUSPAKKETTEN, 'proposed']]);
    expect(byText.get(CHOICE)).toMatchObject({ agreementId: null, linkStatus: 'choice' });
    expect([...(byText.get(CHOICE)?.candidates ?? [])].sort()).toEqual(['1.1 bij 1 (1)', '1.1 bij 1 (2)', '1.1 bij 1 (3)']);
    expect(overview.unlinked.map((a) => a.activity)).toEqual([HUURDERSAVONDEN, CHOICE, ACHTERBAN, WALK]);
    const points = overview.attention.filter((p) => p.kind === 'unlinked-activity').map((p) => p.message);
    expect(points).toContainEqual(expect.stringMatching(/^Bewonersraad De Kernen: ‘Overleg over de bouwplanning’ \(blad Activiteiten, rij 4\) past bij meer afspraken; kies: 1\.1 bij 1 \(\d\), 1\.1 bij 1 \(\d\) of 1\.1 bij 1 \(\d\)\.$/));
    expect(points).toContain(`Woonwaarts: ‘${HUURDERSAVONDEN}’ (blad Activiteiten, rij 5): geen afspraak gevonden; koppel de activiteit of leg vast dat zij niet bij een afspraak hoort.`);
  });
});

describe('freezing the definitive version', () => {
  it('is refused while links are open, naming the rows; a concept can still be saved', async () => {
    const envelope = await dispatch(api, 'saveBundleVersion', { planningYear: YEAR, final: true });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('conflict');
    const message = envelope.error.message;
    expect(message).toContain('Het overzicht 2027 kan nog niet definitief worden: 5 koppelingen aan afspraken zijn nog niet besloten');
    expect(message).toContain('prestatie koppelingen --jaar 2027');
    expect(message).toContain(`- Woonwaarts, blad Activiteiten, rij 5 (‘${HUURDERSAVONDEN}’): geen afspraak gevonden`);
    expect(message).toContain(`- Bewonersraad De Kernen, blad Activiteiten, rij 7 (‘${PLUSPAKKETTEN}’): voorgestelde koppeling 3 bij 7, nog niet bevestigd`);
    expect(message).toMatch(/- Bewonersraad De Kernen, blad Activiteiten, rij 4 \(‘Overleg over de bouwplanning’\): kies: 1\.1 bij 1 \(\d\), 1\.1 bij 1 \(\d\) of 1\.1 bij 1 \(\d\)/);
    expect(await api.listBundleVersions({ planningYear: YEAR })).toEqual([]);

    const concept = await api.saveBundleVersion({ planningYear: YEAR });
    expect(concept).toMatchObject({ number: 1, status: 'draft' });
    const saved = await api.getJointOverview({ planningYear: YEAR, version: 1 });
    expect(saved.counts.linksOpen).toBe(5);
    const xml = xmlToText(await docxPart(Buffer.from((await api.exportJointOverview({ planningYear: YEAR, version: 1, format: 'docx' })).data, 'base64'), 'word/document.xml'));
    expect(xml).toContain('voorgestelde koppeling');
    expect(xml).toContain('geen afspraak gevonden');
  });
});

describe('deciding links one by one', () => {
  it('confirms the proposed afspraak, records it in the activity log, and the link is settled', async () => {
    const pluspakketten = openRow(await open(), PLUSPAKKETTEN);
    const result = await api.decideLinks({
      planningYear: YEAR,
      decisions: [{ activityId: pluspakketten.activityId, agreementId: await agreementId('3 bij 7') }],
      reason: 'Besproken in de werkgroep van 28 augustus.',
    });
    expect(result.changed).toBe(1);
    expect(result.open.map((o) => o.activity)).not.toContain(PLUSPAKKETTEN);
    expect(result.open).toHaveLength(4);
    const row = (await api.listActivities({ planningYear: YEAR, partyId: 'bewonersraad' })).find((a) => a.activity === PLUSPAKKETTEN);
    expect(row?.link).toMatchObject({ status: 'confirmed', reference: '3 bij 7' });
    const [entry] = await api.listActivityLog({ planningYear: YEAR });
    expect(entry).toMatchObject({
      planningYear: YEAR,
      partyId: 'bewonersraad',
      identity: expect.stringContaining('bewonersraad:text:'),
      action: 'confirm',
      detail: `Bewonersraad De Kernen, blad Activiteiten, rij 7 (‘${PLUSPAKKETTEN}’): voorgesteld 3 bij 7 → bevestigd 3 bij 7`,
      reason: 'Besproken in de werkgroep van 28 augustus.',
      changedAt: '2026-11-10T10:00:00.000Z',
      changedBy: 'secretaris',
    });
  });

  it('picks one of a choice’s candidates, and records another afspraak and "geen afspraak" as decided by hand', async () => {
    const links = await open();
    const result = await api.decideLinks({
      planningYear: YEAR,
      decisions: [
        { activityId: openRow(links, CHOICE).activityId, agreementId: await agreementId('1.1 bij 1 (2)') },
        { activityId: openRow(links, WALK).activityId, agreementId: await agreementId('5.1 bij 2 (1)') },
        { activityId: openRow(links, ACHTERBAN).activityId, agreementId: null },
      ],
    });
    expect(result).toEqual({ changed: 3, open: [expect.objectContaining({ activity: HUURDERSAVONDEN, status: 'none' })] });
    const rows = await api.listActivities({ planningYear: YEAR, partyId: 'bewonersraad' });
    const link = (text: string) => rows.find((a) => a.activity === text)?.link;
    expect(link(CHOICE)).toMatchObject({ status: 'manual', reference: '1.1 bij 1 (2)' });
    expect(link(WALK)).toMatchObject({ status: 'manual', reference: '5.1 bij 2 (1)' });
    expect(link(ACHTERBAN)).toMatchObject({ status: 'manual', agreementId: null });
    const log = await api.listActivityLog({ planningYear: YEAR });
    expect(log.slice(0, 3).map((e) => [e.action, e.detail.replace(/^.*\): /, '')])).toEqual([
      ['link', 'geen afspraak gevonden → geen afspraak'],
      ['link', 'geen afspraak gevonden → gekozen 5.1 bij 2 (1)'],
      ['link', expect.stringMatching(/^kies: 1\.1 bij 1 \(\d\), 1\.1 bij 1 \(\d\) of 1\.1 bij 1 \(\d\) → gekozen 1\.1 bij 1 \(2\)$/)],
    ]);

    // A person's "geen afspraak" is decided: among the activities without afspraak, but no aandachtspunt.
    const overview = await api.getJointOverview({ planningYear: YEAR });
    expect(overview.unlinked.find((a) => a.activity === ACHTERBAN)?.linkStatus).toBe('manual');
    expect(overview.attention.some((p) => p.message.includes(ACHTERBAN))).toBe(false);
    expect(overview.counts.linksOpen).toBe(1);
  });

  it('refuses an activity that is not in the current submissions, or an afspraak that does not exist, and changes nothing', async () => {
    const before = await api.listActivityLog({ planningYear: YEAR });
    const unknown = await dispatch(api, 'decideLinks', { planningYear: YEAR, decisions: [{ activityId: 999_999, agreementId: null }] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Activiteit 999999 staat niet (meer)') } });
    const [first] = await open();
    const bad = await dispatch(api, 'decideLinks', { planningYear: YEAR, decisions: [{ activityId: first!.activityId, agreementId: 999_999 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Afspraak 999999 bestaat niet.' } });
    const empty = await dispatch(api, 'decideLinks', { planningYear: YEAR, decisions: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.listActivityLog({ planningYear: YEAR })).toEqual(before);
    expect(await open()).toHaveLength(1);
  });
});

describe('a new version of the same file', () => {
  it('keeps what the secretary decided for the same activities', async () => {
    await api.commitImport({
      file: { name: BEWONERSRAAD_FILE.replace('.xlsx', ' v2.xlsx'), data: await ownWorkbook('Jaarplan 2027', bewonersraadRows('Q2 2027')) },
      partyId: 'bewonersraad',
      planningYear: YEAR,
    });
    const rows = await api.listActivities({ planningYear: YEAR, partyId: 'bewonersraad' });
    expect(rows[0]?.submissionVersion).toBe(2);
    const link = (text: string) => rows.find((a) => a.activity === text)?.link;
    expect(link(CHOICE)).toMatchObject({ status: 'manual', reference: '1.1 bij 1 (2)' });
    expect(link(WALK)).toMatchObject({ status: 'manual', reference: '5.1 bij 2 (1)' });
    expect(link(ACHTERBAN)).toMatchObject({ status: 'manual', agreementId: null });
    expect(link(PLUSPAKKETTEN)).toMatchObject({ status: 'confirmed', reference: '3 bij 7' });
    expect((await open()).map((o) => o.activity)).toEqual([HUURDERSAVONDEN]);
  });
});

describe('confirming all at once', () => {
  it('confirms every proposal and records every none as "geen afspraak", as one logged action; a choice stays open', async () => {
    // A third party with a proposal, a none and a choice.
    await api.commitImport({
      file: {
        name: 'HBD activiteiten 2027.xlsx',
        data: await ownWorkbook('HBD 2027', [
          ['', 'Advies geven op de monitor woonruimteverdeling', '', '', 'Q2'],
          ['1.1 bij 1', CHOICE, '', '', 'Q1 2027'],
        ]),
      },
      partyId: 'hbd',
      planningYear: YEAR,
    });
    const before = await open();
    expect(before.map((o) => [o.partyId, o.status])).toEqual([
      ['woonwaarts', 'none'],
      ['hbd', 'proposed'],
      ['hbd', 'choice'],
    ]);
    const result = await api.confirmOpenLinks({ planningYear: YEAR, reason: 'Werkgroep 9 november: voorstellen akkoord.' });
    expect(result.changed).toBe(2);
    expect(result.open).toEqual([expect.objectContaining({ partyId: 'hbd', activity: CHOICE, status: 'choice' })]);
    const [entry] = await api.listActivityLog({ planningYear: YEAR });
    expect(entry).toMatchObject({
      action: 'confirm-all',
      partyId: null,
      identity: null,
      detail: "1 voorstel bevestigd, 1 keer 'geen afspraak'; 1 keuze blijft open",
      reason: 'Werkgroep 9 november: voorstellen akkoord.',
    });
    const woonwaarts = await api.listActivities({ planningYear: YEAR, partyId: 'woonwaarts' });
    expect(woonwaarts.find((a) => a.activity === HUURDERSAVONDEN)?.link).toMatchObject({ status: 'manual', agreementId: null });
    // Nothing left to confirm: nothing changes and nothing is logged.
    const again = await api.confirmOpenLinks({ planningYear: YEAR });
    expect(again.changed).toBe(0);
    expect((await api.listActivityLog({ planningYear: YEAR }))[0]?.id).toBe(entry?.id);
  });

  it('freezes once the last choice is made, and the definitive version states no proposal', async () => {
    expect((await dispatch(api, 'saveBundleVersion', { planningYear: YEAR, final: true })).ok).toBe(false);
    const [choice] = await open();
    await api.decideLinks({ planningYear: YEAR, decisions: [{ activityId: choice!.activityId, agreementId: await agreementId('1.1 bij 1 (1)') }] });
    expect(await open()).toEqual([]);
    const final = await api.saveBundleVersion({ planningYear: YEAR, final: true });
    expect(final).toMatchObject({ number: 2, status: 'final' });
    const frozen = await api.getJointOverview({ planningYear: YEAR, version: 2 });
    expect(frozen.counts.linksOpen).toBe(0);
    expect(allActivities(frozen).filter((a) => ['proposed', 'choice', 'none'].includes(a.linkStatus))).toEqual([]);
    const docx = Buffer.from((await api.exportJointOverview({ planningYear: YEAR, version: 2, format: 'docx' })).data, 'base64');
    const text = xmlToText(await docxPart(docx, 'word/document.xml'));
    expect(text).not.toContain('voorgestelde koppeling');
    expect(text).not.toContain('geen afspraak gevonden');
    expect(text).not.toContain('kies:');
    expect(text).toContain('geen afspraak – vastgesteld door de werkgroep');
  });
});

describe('a version saved before open links were counted', () => {
  it('still loads and is shown, its open links counted from what it holds', async () => {
    // Version 1 (the concept with five open links) as an older Werkbank stored it, saved again as version 9.
    const db = new Database(path.join(tmp.dir, 'werkbank.sqlite'));
    const row = db.prepare('SELECT set_id, snapshot FROM bundle_versions WHERE number = 1').get() as { set_id: number; snapshot: string };
    const old = JSON.parse(row.snapshot) as JointOverview;
    delete (old.counts as Partial<JointOverview['counts']>).linksOpen;
    for (const a of allActivities(old)) delete a.candidates;
    old.version = { ...old.version, number: 9 };
    db.prepare(
      `INSERT INTO bundle_versions (set_id, planning_year, number, status, saved_at, saved_by, snapshot)
       VALUES (?, ?, 9, 'draft', '2026-09-01T10:00:00.000Z', 'secretaris', ?)`,
    ).run(row.set_id, YEAR, JSON.stringify(old));
    db.close();
    const loaded = await api.getJointOverview({ planningYear: YEAR, version: 9 });
    expect(loaded.counts.linksOpen).toBe(5);
    const xml = xmlToText(await docxPart(Buffer.from((await api.exportJointOverview({ planningYear: YEAR, version: 9, format: 'docx' })).data, 'base64'), 'word/document.xml'));
    expect(xml).toContain('kies de afspraak');
  });
});
