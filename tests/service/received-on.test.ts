// Late is late, and on time is on time: the day a partner's file was received,
// as the secretary states it at import ("Ontvangen op"), decides, not the day
// it was imported. On a real SQLite file, with real workbooks and documents.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import PostalMime from 'postal-mime';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailDraft, WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { filledRequest, ownResultsFile } from '../helpers/filled-request';
import { docxPart, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let databasePath: string;
let werkbank: Werkbank;
let api: WerkbankApi;
// A week after the deadline of planning year 2027 (30 June 2026): the secretary catches up on her mail.
const clock = new Date('2026-07-08T09:00:00Z');

beforeAll(async () => {
  tmp = tempDir('werkbank-received-');
  databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath, changedBy: 'secretaris', now: () => clock });
  api = werkbank.api;
  await api.saveContact({ partyId: 'gemeente', name: 'Joke Willems', email: 'j.willems@druten.nl' });
  await api.setMailSender({ name: 'Annet de Vries', email: 'secretariaat@druten.nl' });
});
afterAll(async () => {
  await werkbank.close();
  tmp.cleanup();
});

const bytesOf = (file: { data: string }) => Buffer.from(file.data, 'base64');
const deliveryOf = async (api: WerkbankApi, partyId: string, kind: 'activities' | 'results' = 'activities', year = 2027) =>
  (await api.getSubmissionStatus({ kind })).cells.find((c) => c.partyId === partyId && c.planningYear === year)?.delivery;

describe('an activiteitenoverzicht imported after the deadline', () => {
  beforeAll(async () => {
    await api.commitImport({ file: await filledRequest(api, 'gemeente'), receivedOn: '2026-06-28' });
    await api.commitImport({ file: await filledRequest(api, 'de-kernen'), receivedOn: '2026-07-03' });
    // Not stated: received today.
    await api.commitImport({ file: await filledRequest(api, 'woonwaarts') });
  });

  it('is on time when it was received on time, and late with the day it was received otherwise', async () => {
    const [gemeente] = await api.listSubmissionVersions({ partyId: 'gemeente', planningYear: 2027 });
    expect(gemeente).toMatchObject({ receivedOn: '2026-06-28', importedAt: '2026-07-08T09:00:00.000Z' });
    expect(await deliveryOf(api, 'gemeente')).toEqual({ state: 'on-time', deadline: '2026-06-30', receivedOn: '2026-06-28' });
    expect(await deliveryOf(api, 'de-kernen')).toEqual({ state: 'late', deadline: '2026-06-30', receivedOn: '2026-07-03', daysLate: 3 });
    expect(await deliveryOf(api, 'woonwaarts')).toEqual({ state: 'late', deadline: '2026-06-30', receivedOn: '2026-07-08', daysLate: 8 });
  });

  it('the joint overview says who delivered late, and when: not the one imported late but received on time', async () => {
    const word = await api.exportJointOverview({ planningYear: 2027, format: 'docx' });
    const text = xmlToText(await docxPart(bytesOf(word), 'word/document.xml'));
    expect(text).toContain(
      'Te laat aangeleverd: Woonwaarts (ontvangen op 8 juli 2026, 8 dagen na de termijn); De Kernen (ontvangen op 3 juli 2026, 3 dagen na de termijn).',
    );
    expect(text).not.toMatch(/Te laat aangeleverd:[^.]*Gemeente/);
    expect(text).toContain('28 juni 2026');
    expect(text).toContain('3 juli 2026 (te laat)');

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytesOf(await api.exportJointOverview({ planningYear: 2027, format: 'xlsx' })) as unknown as ArrayBuffer);
    const sheet = excel.worksheets.find((w) => w.name === 'Per partij') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const onTime = header.indexOf('Op tijd?');
    const received = header.indexOf('Ontvangen op');
    const gemeente = sheet.getRow(2);
    expect(String(gemeente.getCell(1).value)).toBe('Gemeente Druten');
    expect(String(gemeente.getCell(onTime).value)).toBe('op tijd ontvangen op 28 juni 2026');
    expect((gemeente.getCell(received).value as Date).toISOString().slice(0, 10)).toBe('2026-06-28');
  });

  it('the thank-you confirms the day it was received', async () => {
    const thanks = await api.makeMails({ kind: 'thanks', round: 'activities', year: 2027, partyIds: ['gemeente'] });
    const mail = await PostalMime.parse(bytesOf(thanks.drafts[0] as MailDraft));
    expect(mail.text).toContain('- versie 1, ontvangen op 28 juni 2026: gemeente 2027.xlsx, 1 activiteit');
  });

  it('refuses a day that is no date or lies in the future, in Dutch naming the field, and changes nothing', async () => {
    const backups = (await api.listBackups()).length;
    const file = await filledRequest(api, 'hbd');
    for (const [receivedOn, message] of [
      ['2026-02-30', 'Ontvangen op moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.'],
      ['08-07-2026', 'Ontvangen op moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.'],
      ['2026-07-09', 'Ontvangen op (9 juli 2026) ligt in de toekomst; vandaag is het 8 juli 2026. Vul de dag in waarop het bestand binnenkwam.'],
    ]) {
      const envelope = await dispatch(api, 'commitImport', { file, receivedOn });
      expect(envelope).toEqual({ ok: false, error: { code: 'invalid_input', message } });
    }
    expect(await api.listSubmissionVersions({ partyId: 'hbd', planningYear: 2027 })).toEqual([]);
    expect(await deliveryOf(api, 'hbd')).toEqual({ state: 'overdue', deadline: '2026-06-30', daysLate: 8 });
    expect((await api.listBackups()).length).toBe(backups);
  });
});

describe('a received day corrected after the import', () => {
  it('changes whether the version was late, is in the log with its reason, and refuses a wrong day, a future day or no reason', async () => {
    expect(await deliveryOf(api, 'de-kernen')).toMatchObject({ state: 'late', receivedOn: '2026-07-03' });
    const corrected = await api.setReceivedOn({ partyId: 'de-kernen', planningYear: 2027, version: 1, receivedOn: '2026-06-29', reason: 'Lag in de spam' });
    expect(corrected).toMatchObject({ version: 1, receivedOn: '2026-06-29' });
    expect(await deliveryOf(api, 'de-kernen')).toEqual({ state: 'on-time', deadline: '2026-06-30', receivedOn: '2026-06-29' });
    const [entry] = await api.listActivityLog({ planningYear: 2027 });
    expect(entry).toMatchObject({ action: 'received-on', partyId: 'de-kernen', reason: 'Lag in de spam' });
    expect(entry?.detail).toMatch(/^Ontvangen op van versie 1 van het activiteitenoverzicht 2027 \(.+\) gecorrigeerd: 3 juli 2026 werd 29 juni 2026\.$/);

    const refused = (arg: Partial<Parameters<WerkbankApi['setReceivedOn']>[0]>) =>
      api.setReceivedOn({ partyId: 'de-kernen', planningYear: 2027, version: 1, receivedOn: '2026-07-03', reason: 'x', ...arg });
    await expect(refused({ receivedOn: '2026-06-31' })).rejects.toThrow('Ontvangen op moet een bestaande datum zijn');
    await expect(refused({ receivedOn: '2026-07-09' })).rejects.toThrow('ligt in de toekomst');
    await expect(refused({ reason: ' ' })).rejects.toThrow('Geef een reden');
    await expect(refused({ version: 7 })).rejects.toThrow('Er is geen versie 7 van het activiteitenoverzicht 2027 van De Kernen.');
    expect((await api.listSubmissionVersions({ partyId: 'de-kernen', planningYear: 2027 }))[0]?.receivedOn).toBe('2026-06-29');
    // Back as it was, for the tests below.
    await api.setReceivedOn({ partyId: 'de-kernen', planningYear: 2027, version: 1, receivedOn: '2026-07-03', reason: 'Toch 3 juli' });
  });
});

describe('results imported after the deadline', () => {
  beforeAll(async () => {
    // The deadline for 2025 was 28 February 2026.
    await api.commitResultsImport({ file: await ownResultsFile('Woonwaarts'), partyId: 'woonwaarts', executionYear: 2025, receivedOn: '2026-02-20' });
    await api.commitResultsImport({ file: await ownResultsFile('De Kernen'), partyId: 'de-kernen', executionYear: 2025, receivedOn: '2026-03-04' });
  });

  it('are late only when received late, in the status and in the verantwoording', async () => {
    expect(await deliveryOf(api, 'woonwaarts', 'results', 2025)).toEqual({ state: 'on-time', deadline: '2026-02-28', receivedOn: '2026-02-20' });
    expect(await deliveryOf(api, 'de-kernen', 'results', 2025)).toEqual({ state: 'late', deadline: '2026-02-28', receivedOn: '2026-03-04', daysLate: 4 });
    const report = await api.getAccountabilityReport({ fromYear: 2025 });
    expect(report.responses[0]?.late).toEqual([{ partyId: 'de-kernen', receivedOn: '2026-03-04', daysLate: 4 }]);
    const word = await api.exportAccountabilityReport({ fromYear: 2025, format: 'docx' });
    const text = xmlToText(await docxPart(bytesOf(word), 'word/document.xml'));
    expect(text).toContain('Te laat aangeleverd: De Kernen (ontvangen op 4 maart 2026, 4 dagen na de termijn).');
    expect(text).toContain('versie 1, ontvangen 20 februari 2026');
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytesOf(await api.exportAccountabilityReport({ fromYear: 2025, format: 'xlsx' })) as unknown as ArrayBuffer);
    const cells = excel.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().filter((v): v is string => typeof v === 'string'));
    expect(cells).toContain('versie 1, ontvangen 20 februari 2026');
    expect(cells).toContain('versie 1, ontvangen 4 maart 2026');
  });
});

describe('a database from before the received day was kept', () => {
  it('takes each file as received on the day it was imported, as before: the same status after the update', async () => {
    const dir = tempDir('werkbank-received-old-');
    try {
      const file = path.join(dir.dir, 'werkbank.sqlite');
      // 1 July 2026 at 00:30 in Druten: the day after the deadline there, though still 30 June in UTC.
      let now = new Date('2026-06-30T22:30:00Z');
      const old = openWerkbank({ databasePath: file, changedBy: 'secretaris', now: () => now });
      await old.api.commitImport({ file: await filledRequest(old.api, 'hbd') });
      now = new Date('2026-06-29T10:00:00Z');
      await old.api.commitImport({ file: await filledRequest(old.api, 'gemeente') });
      await old.close();
      // As the Werkbank before this version left it: no received day, schema 12 (nor what later versions add).
      const raw = new Database(file);
      raw.exec('ALTER TABLE submissions DROP COLUMN received_on; DROP TABLE undone_submissions; DROP TABLE indicator_proposals; DROP TABLE cycle_dates; ALTER TABLE agreement_sets DROP COLUMN cycle_section; ALTER TABLE agreement_sets DROP COLUMN places');
      raw.pragma('user_version = 12');
      raw.close();

      now = new Date('2026-07-08T09:00:00Z');
      const updated = openWerkbank({ databasePath: file, changedBy: 'secretaris', now: () => now });
      try {
        expect((await updated.api.listSubmissionVersions({ partyId: 'hbd', planningYear: 2027 }))[0]?.receivedOn).toBe('2026-07-01');
        expect(await deliveryOf(updated.api, 'hbd')).toEqual({ state: 'late', deadline: '2026-06-30', receivedOn: '2026-07-01', daysLate: 1 });
        expect(await deliveryOf(updated.api, 'gemeente')).toEqual({ state: 'on-time', deadline: '2026-06-30', receivedOn: '2026-06-29' });
      } finally {
        await updated.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});
