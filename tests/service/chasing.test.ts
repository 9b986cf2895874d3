// Chasing the partners through the service on a real SQLite file: contacts in
// the activity log, the e-mails of a round read back by a MIME parser
// (postal-mime), late marked as late, and the cycle as an .ics file.
import ExcelJS from 'exceljs';
import PostalMime from 'postal-mime';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, MailDraft, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { filledRequest } from '../helpers/filled-request';
import { docxPart, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let clock = new Date('2026-04-15T09:00:00Z');

const CONTACTS: Record<string, { name: string; email: string; role?: string }[]> = {
  gemeente: [{ name: 'Joke Willems', email: 'j.willems@druten.nl', role: 'beleidsadviseur wonen' }],
  woonwaarts: [
    { name: 'Piet Jansen', email: 'p.jansen@woonwaarts.nl' },
    { name: 'Renée Çelik', email: 'r.celik@woonwaarts.nl', role: 'strategisch adviseur' },
  ],
  'de-kernen': [{ name: 'Ans Bos', email: 'a.bos@dekernen.nl' }],
  hbd: [{ name: 'Henk de Boer', email: 'secretaris@hbd-huurders.nl' }],
  'bewonersraad': [{ name: 'Marja Ünal', email: 'info@bewonersraaddekernen.nl' }],
};

beforeAll(async () => {
  tmp = tempDir();
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => clock });
  api = werkbank.api;
  const ids = (await api.listParties()).map((p) => p.id);
  expect(ids).toEqual(Object.keys(CONTACTS));
  for (const [partyId, people] of Object.entries(CONTACTS)) for (const p of people) await api.saveContact({ partyId, ...p });
  await api.setMailSender({ name: 'Annet de Vries', email: 'secretariaat@druten.nl' });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

async function parse(draft: MailDraft) {
  return PostalMime.parse(Buffer.from(draft.data, 'base64'));
}

const bytesOf = (file: { data: string }) => Buffer.from(file.data, 'base64');

describe('contacts', () => {
  it('keeps several per party, refuses a wrong address in Dutch, and records every change in the activity log', async () => {
    expect((await api.listContacts({ partyId: 'woonwaarts' })).map((c) => c.email)).toEqual(['p.jansen@woonwaarts.nl', 'r.celik@woonwaarts.nl']);
    await expect(api.saveContact({ partyId: 'hbd', name: 'Kees', email: 'kees@hbd' })).rejects.toThrow('"kees@hbd" is geen geldig e-mailadres: na de @ hoort een domein zoals woonwaarts.nl.');
    await expect(api.saveContact({ partyId: 'hbd', name: 'Kees', email: 'kees hbd.nl' })).rejects.toThrow(/geen geldig e-mailadres: er staat een spatie in/);
    await expect(api.saveContact({ partyId: 'hbd', name: 'Henk', email: 'SECRETARIS@hbd-huurders.nl' })).rejects.toThrow(/staat al bij HBD, als Henk de Boer/);
    const kees = await api.saveContact({ partyId: 'hbd', name: 'Kees', email: 'kees@hbd-huurders.nl', role: 'penningmeester' });
    const renamed = await api.saveContact({ id: kees.id, partyId: 'hbd', name: 'Kees Smit', email: 'kees@hbd-huurders.nl', role: 'penningmeester' });
    expect(renamed.name).toBe('Kees Smit');
    expect((await api.removeContact({ id: kees.id })).removed.name).toBe('Kees Smit');
    expect((await api.listContacts({ partyId: 'hbd' })).map((c) => c.name)).toEqual(['Henk de Boer']);
    const log = (await api.listActivityLog({ planningYear: 2027 })).filter((e) => e.partyId === 'hbd' && e.action === 'contact').map((e) => e.detail);
    expect(log.slice(0, 3)).toEqual([
      'Contactpersoon van HBD verwijderd: Kees Smit <kees@hbd-huurders.nl> (penningmeester)',
      'Contactpersoon van HBD gewijzigd: Kees <kees@hbd-huurders.nl> (penningmeester) → Kees Smit <kees@hbd-huurders.nl> (penningmeester)',
      'Contactpersoon van HBD toegevoegd: Kees <kees@hbd-huurders.nl> (penningmeester)',
    ]);
  });
});

describe('the uitvraag e-mails for planning year 2027', () => {
  let drafts: MailDraft[];
  beforeAll(async () => {
    drafts = (await api.makeMails({ kind: 'request', round: 'activities', year: 2027 })).drafts;
  });

  it('are five drafts, each to that party\'s contacts, naming the planning year and the real deadline', async () => {
    expect(drafts.map((d) => d.name)).toEqual([
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - Gemeente.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - Woonwaarts.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - De Kernen.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - HBD.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - Bewonersraad De Kernen.eml',
    ]);
    for (const draft of drafts) {
      const mail = await parse(draft);
      expect(mail.subject).toBe('Uitvraag activiteitenoverzicht planningsjaar 2027: graag uiterlijk 30 juni 2026');
      expect(mail.from).toMatchObject({ name: 'Annet de Vries', address: 'secretariaat@druten.nl' });
      expect(mail.to?.map((t) => ({ name: t.name, email: t.address }))).toEqual(CONTACTS[draft.partyId as string]?.map(({ name, email }) => ({ name, email })));
      expect(mail.text).toContain('uiterlijk 30 juni 2026 terugsturen');
      expect(mail.text).toContain('Deze keer gaat het om planningsjaar 2027.');
      expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    }
    const woonwaarts = await parse(drafts[1] as MailDraft);
    expect(woonwaarts.text).toMatch(/^Beste Piet Jansen en Renée Çelik,/);
    expect(woonwaarts.text).toContain('In de bijlage vindt u de werkmap voor Woonwaarts:\n\n- Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx');
  });

  it('carry the party\'s own uitvraag workbook, byte for byte the file delivered beside the e-mail', async () => {
    // exceljs stamps the moment into the zip, so a workbook made again differs in bytes: compare what it holds.
    const own = await api.makeActivityRequests({ planningYear: 2027, contactName: 'Annet de Vries', contactEmail: 'secretariaat@druten.nl' });
    for (const [i, draft] of drafts.entries()) {
      const mail = await parse(draft);
      expect(mail.attachments).toHaveLength(1);
      const attachment = Buffer.from(mail.attachments[0]?.content as ArrayBuffer);
      const expected = own[i] as FilePayload;
      expect(mail.attachments[0]?.filename).toBe(expected.name);
      expect(draft.attachments[0]?.name).toBe(expected.name);
      expect(attachment.equals(bytesOf(draft.attachments[0] as FilePayload))).toBe(true);
      expect(await sheetValues(attachment)).toEqual(await sheetValues(bytesOf(expected)));
    }
    const status = await api.getSubmissionStatus({ date: '2026-04-15' });
    expect(status.cells.filter((c) => c.planningYear === 2027).every((c) => c.requestMadeAt !== null)).toBe(true);
  });
});

/** Every sheet's name and cell values, row by row: what a partner sees in the workbook. */
async function sheetValues(bytes: Buffer): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [sheet.name];
    sheet.eachRow((row, n) => rows.push([n, JSON.stringify(row.values)]));
    return rows;
  });
}

describe('late is late', () => {
  beforeAll(async () => {
    clock = new Date('2026-06-20T10:00:00Z');
    await api.commitImport({ file: await filledRequest(api, 'gemeente') });
    await api.commitImport({ file: await filledRequest(api, 'woonwaarts') });
    clock = new Date('2026-07-03T10:00:00Z');
    await api.commitImport({ file: await filledRequest(api, 'de-kernen') });
  });

  it('the day after the deadline, with two parties missing, names those two as overdue and the late one as received late', async () => {
    const status = await api.getSubmissionStatus({ date: '2026-07-04' });
    const of = (id: string) => status.cells.find((c) => c.partyId === id && c.planningYear === 2027)?.delivery;
    expect(of('gemeente')).toEqual({ state: 'on-time', deadline: '2026-06-30', receivedOn: '2026-06-20' });
    expect(of('de-kernen')).toEqual({ state: 'late', deadline: '2026-06-30', receivedOn: '2026-07-03', daysLate: 3 });
    expect(of('hbd')).toEqual({ state: 'overdue', deadline: '2026-06-30', daysLate: 4 });
    expect(of('bewonersraad')).toEqual({ state: 'overdue', deadline: '2026-06-30', daysLate: 4 });
    const before = await api.getSubmissionStatus({ date: '2026-06-25' });
    expect(before.cells.find((c) => c.partyId === 'hbd' && c.planningYear === 2027)?.delivery).toEqual({ state: 'due-soon', deadline: '2026-06-30', daysLeft: 5 });
    expect(before.cells.find((c) => c.partyId === 'hbd' && c.planningYear === 2028)?.delivery).toEqual({ state: 'not-due', deadline: '2027-06-30', daysLeft: 370 });
  });

  it('makes the overdue reminder for exactly the two missing parties, and the thank-you with what came in for the others', async () => {
    const late = await api.makeMails({ kind: 'late', round: 'activities', year: 2027, date: '2026-07-04' });
    expect(late.drafts.map((d) => d.partyId)).toEqual(['hbd', 'bewonersraad']);
    expect(late.skipped.map((s) => `${s.partyId}: ${s.reason}`)).toEqual(['gemeente: al ontvangen', 'woonwaarts: al ontvangen', 'de-kernen: al ontvangen']);
    const hbd = await parse(late.drafts[0] as MailDraft);
    expect(hbd.subject).toBe('Activiteitenoverzicht planningsjaar 2027 nog niet ontvangen (termijn 30 juni 2026)');
    expect(hbd.to?.map((t) => t.address)).toEqual(['secretaris@hbd-huurders.nl']);
    expect(hbd.text).toContain('De termijn voor het activiteitenoverzicht voor planningsjaar 2027 was 30 juni 2026, 4 dagen geleden. Van Huurdersbelangen');

    const before = await api.makeMails({ kind: 'reminder', round: 'activities', year: 2027, date: '2026-06-23' });
    expect(before.drafts.map((d) => d.partyId)).toEqual(['hbd', 'bewonersraad']);
    expect((await parse(before.drafts[1] as MailDraft)).text).toContain('uiterlijk 30 juni 2026 (over 7 dagen)');

    const thanks = await api.makeMails({ kind: 'thanks', round: 'activities', year: 2027, partyIds: ['de-kernen'] });
    const text = (await parse(thanks.drafts[0] as MailDraft)).text ?? '';
    expect(text).toContain('- versie 1, ontvangen op 3 juli 2026: de-kernen 2027.xlsx, 1 activiteit');
  });
});

describe('the joint overview to everyone', () => {
  it('goes to every contact of every party, with the Word and Excel attached byte for byte, and says who delivered late', async () => {
    const batch = await api.makeMails({ kind: 'overview', round: 'activities', year: 2027, date: '2026-11-20' });
    expect(batch.drafts).toHaveLength(1);
    const draft = batch.drafts[0] as MailDraft;
    const mail = await parse(draft);
    expect(mail.subject).toBe('Gezamenlijk activiteitenoverzicht planningsjaar 2027');
    expect(mail.to?.map((t) => t.address)).toEqual(Object.values(CONTACTS).flat().map((c) => c.email));
    expect(mail.attachments.map((a) => a.filename)).toEqual(draft.attachments.map((a) => a.name));
    expect(mail.attachments.map((a) => a.mimeType)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    mail.attachments.forEach((a, i) => expect(Buffer.from(a.content as ArrayBuffer).equals(bytesOf(draft.attachments[i] as FilePayload))).toBe(true));
    expect(mail.text).toMatch(/^Beste allen,/);
    expect(mail.text).toContain('Te laat aangeleverd: De Kernen (ontvangen op 3 juli 2026, 3 dagen na de termijn).');
    expect(mail.text).toContain('Nog niet ontvangen: HBD (te laat sinds 1 juli 2026); Bewonersraad De Kernen (te laat sinds 1 juli 2026).');
  });
});

describe('late in the documents', () => {
  it('the joint overview in Word and Excel says who delivered late, and when', async () => {
    clock = new Date('2026-07-10T09:00:00Z');
    const word = await api.exportJointOverview({ planningYear: 2027, format: 'docx' });
    const text = xmlToText(await docxPart(bytesOf(word), 'word/document.xml'));
    expect(text).toContain('Te laat aangeleverd: De Kernen (ontvangen op 3 juli 2026, 3 dagen na de termijn).');
    expect(text).toContain('Nog niet ontvangen: Huurdersbelangen Beuningen Druten (te laat sinds 1 juli 2026); Bewonersraad De Kernen (te laat sinds 1 juli 2026).');
    // In the table of submissions, the date of the late one is marked.
    expect(text).toContain('3 juli 2026 (te laat)');
    expect(text).not.toContain('20 juni 2026 (te laat)');
    const excel = await api.exportJointOverview({ planningYear: 2027, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(excel) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((w) => w.name === 'Per partij') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = header.indexOf('Op tijd?');
    expect(column).toBeGreaterThan(0);
    const rows: string[] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push(`${String(row.getCell(1).value)}: ${String(row.getCell(column).value)}`));
    expect(rows).toEqual([
      'Gemeente Druten: op tijd ontvangen op 20 juni 2026',
      'Woonwaarts: op tijd ontvangen op 20 juni 2026',
      'De Kernen: te laat ontvangen op 3 juli 2026 (3 dagen na de termijn)',
      'Huurdersbelangen Beuningen Druten: te laat sinds 1 juli 2026',
      'Bewonersraad De Kernen: te laat sinds 1 juli 2026',
    ]);
  });
});

describe('the texts', () => {
  it('use the secretary\'s own wording once saved, refuse an unknown placeholder, and go back to the default', async () => {
    await expect(api.setMailTemplate({ kind: 'reminder', subject: 'Nog even: {overzicht}', body: 'Beste {aanhef}, {partji}' })).rejects.toThrow(/Onbekende invulplek \{partji\}/);
    await api.setMailTemplate({ kind: 'reminder', subject: 'Nog even: {overzicht} {jaar}', body: 'Hoi {aanhef},\n\nNog {dagen} tot {termijn}.\n\n{afzender}' });
    const own = await api.makeMails({ kind: 'reminder', round: 'activities', year: 2027, date: '2026-06-23', partyIds: ['hbd'] });
    const mail = await parse(own.drafts[0] as MailDraft);
    expect(mail.subject).toBe('Nog even: activiteitenoverzicht planningsjaar 2027');
    expect(mail.text?.trim()).toBe('Hoi Henk de Boer,\r\n\r\nNog 7 dagen tot 30 juni 2026.\r\n\r\nAnnet de Vries'.replace(/\r\n/g, mail.text?.includes('\r\n') ? '\r\n' : '\n'));
    const setup = await api.setMailTemplate({ kind: 'reminder', subject: '', body: '' });
    expect(setup.templates.find((t) => t.kind === 'reminder')?.isDefault).toBe(true);
  });
});

describe('the cycle as a calendar file', () => {
  it('is an .ics of the year with every moment', async () => {
    const file = await api.makeCycleCalendar({ year: 2027 });
    expect(file.name).toBe('Jaarcyclus prestatieafspraken 2027.ics');
    expect(file.events).toBe(12);
    expect(bytesOf(file).toString('utf8').replace(/\r\n /g, '')).toContain('SUMMARY:Termijn: Activiteitenoverzichten bij de werkgroep (planningsjaar 2028)');
  });

  it("follows the set's own days once they are changed", async () => {
    const termijn = (text: string) => {
      const event = text.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Termijn: Activiteitenoverzichten bij de werkgroep (planningsjaar 2028)'));
      return /DTSTART[^:]*:(\d{8})/.exec(event ?? '')?.[1];
    };
    expect(termijn(bytesOf(await api.makeCycleCalendar({ year: 2027 })).toString('utf8').replace(/\r\n /g, ''))).toBe('20270630');
    await api.setCycleDates({ dates: { overviews: { day: 15, month: 6 } } });
    expect(termijn(bytesOf(await api.makeCycleCalendar({ year: 2027 })).toString('utf8').replace(/\r\n /g, ''))).toBe('20270615');
  });
});
