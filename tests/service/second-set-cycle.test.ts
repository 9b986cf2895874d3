// A second werkgroep's year, end to end on a real SQLite file: the made-up
// Beuningen set is stored from its signed .docx, the Werkbank is opened on it
// (setCode), the uitvraag goes out to its own parties (workbooks and a mail),
// each partner's filled-in workbook comes back in, the joint overview is
// written in Word and Excel and frozen, the results come in and the
// verantwoording is written in Word and Excel. None of those documents
// mentions Druten, its parties or its period.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload } from '../../src/service/contract';
import { openWerkbank } from '../../src/service/index';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { fillResultsWorkbook } from '../fixtures/results-workbooks';
import { filledRequest } from '../helpers/filled-request';
import { docxParts, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

const DRUTEN_WORDS = /Druten|Woonwaarts|De Kernen|Bewonersraad|HBD|2025 ?[-–] ?2028|paragraaf 6\.[12]/;
const CODE = 'beuningen-2029-2032';
const YEAR = 2030;

let tmp: ReturnType<typeof tempDir>;
let databasePath: string;
const now = () => new Date('2029-06-15T10:00:00Z');

beforeAll(async () => {
  tmp = tempDir('werkbank-second-set-');
  databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  const first = openWerkbank({ databasePath, changedBy: 'secretaris', now });
  try {
    const docx = (await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT)).toString('base64');
    await first.api.storeAgreementSet({ file: { name: 'Beuningen.docx', data: docx } });
  } finally {
    await first.close();
  }
});
afterAll(() => tmp.cleanup());

async function workbookText(file: FilePayload): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  });
  return texts.join('\n');
}

/** An .eml's text, its quoted-printable body decoded. */
function emlText(data: string): string {
  const raw = Buffer.from(data, 'base64').toString('latin1').replace(/=\r?\n/g, '');
  return Buffer.from(raw.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

async function docxText(file: FilePayload): Promise<string> {
  return (await docxParts(Buffer.from(file.data, 'base64'), /^word\/.*\.xml$/)).map(xmlToText).join('\n');
}

describe('a second set through the yearly cycle', () => {
  it('goes from uitvraag to joint overview to verantwoording with its own parties only', async () => {
    const werkbank = openWerkbank({ databasePath, changedBy: 'secretaris', now, setCode: CODE });
    try {
      const { api } = werkbank;
      expect((await api.getAppInfo()).agreementSet).toMatchObject({ code: CODE, periodStart: 2029, periodEnd: 2032 });
      const parties = await api.listParties();
      expect(parties.map((p) => p.name)).toEqual(['Gemeente Beuningen', 'Woonwerk', 'Maasland Wonen', 'Huurdersvereniging Woonwerk']);

      const requests = await api.makeActivityRequests({ planningYear: YEAR });
      expect(requests).toHaveLength(4);
      for (const r of requests) expect(await workbookText(r)).not.toMatch(DRUTEN_WORDS);

      await api.saveContact({ partyId: 'woonwerk', name: 'Piet Hendriks', email: 'piet@woonwerk.example' });
      await api.setMailSender({ name: 'Annet de Vries', email: 'secretariaat@beuningen.example' });
      const mails = await api.makeMails({ kind: 'request', round: 'activities', year: YEAR });
      expect(mails.drafts.map((d) => d.partyId)).toEqual(['woonwerk']);
      const mail = emlText(mails.drafts[0]?.data ?? '');
      expect(mail).toContain('Annet de Vries\r\nWerkgroep Prestatieafspraken Beuningen');
      const body = mail.split('Content-Transfer-Encoding: quoted-printable')[1]?.split('\r\n--')[0] ?? '';
      expect(body).toContain('Woonwerk');
      expect(body).not.toMatch(DRUTEN_WORDS);

      for (const p of parties) {
        const result = await api.commitImport({ file: await filledRequest(api, p.id, YEAR), partyId: p.id, planningYear: YEAR });
        expect(result.submission.partyId).toBe(p.id);
      }
      const overview = await api.getJointOverview({ planningYear: YEAR });
      expect(overview.agreementSet.code).toBe(CODE);

      const word = await api.exportJointOverview({ planningYear: YEAR, format: 'docx' });
      const wordText = await docxText(word);
      expect(wordText).toContain('Beuningen');
      expect(wordText).toContain('Bewonersavond over het woonwerk-plan');
      expect(wordText).not.toMatch(DRUTEN_WORDS);
      expect(word.name).not.toMatch(DRUTEN_WORDS);

      const excel = await api.exportJointOverview({ planningYear: YEAR, format: 'xlsx' });
      const excelText = await workbookText(excel);
      expect(excelText).toContain('Maasland Wonen');
      expect(excelText).not.toMatch(DRUTEN_WORDS);

      // The results round over the same year, and the verantwoording.
      const { open } = await api.confirmOpenLinks({ planningYear: YEAR });
      expect(open).toEqual([]);
      await api.saveBundleVersion({ planningYear: YEAR, final: true });
      const resultsRequests = await api.makeResultsRequests({ executionYear: YEAR });
      expect(resultsRequests).toHaveLength(4);
      for (const r of resultsRequests) expect(await workbookText(r)).not.toMatch(DRUTEN_WORDS);
      const woonwerk = resultsRequests.find((r) => r.name === `Uitvraag resultaten ${YEAR} - Woonwerk.xlsx`) as FilePayload;
      const filled = await fillResultsWorkbook(Buffer.from(woonwerk.data, 'base64'), {
        answers: { 'Bewonersavond over het woonwerk-plan': { status: 'gerealiseerd', result: 'Gehouden op 12 september, 40 bezoekers.', steering: 'nee' } },
        unplanned: [],
        indicators: {},
      });
      await api.commitResultsImport({ file: { name: 'Woonwerk resultaten.xlsx', data: filled.toString('base64') } });
      const report = await api.getAccountabilityReport({ fromYear: YEAR });
      expect(report.agreementSet).toMatchObject({ code: CODE, municipality: 'Beuningen' });
      const reportWord = await api.exportAccountabilityReport({ fromYear: YEAR, format: 'docx' });
      const reportText = await docxText(reportWord);
      expect(reportText).toContain('Gehouden op 12 september, 40 bezoekers.');
      expect(reportText).toContain('Gemeente Beuningen · Werkgroep Prestatieafspraken');
      expect(reportText).not.toMatch(DRUTEN_WORDS);
      const reportExcel = await api.exportAccountabilityReport({ fromYear: YEAR, format: 'xlsx' });
      expect(await workbookText(reportExcel)).not.toMatch(DRUTEN_WORDS);
    } finally {
      await werkbank.close();
    }
  });
});
