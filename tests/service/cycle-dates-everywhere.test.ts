// A set's own days of the yearly cycle (Beheer › Jaarkalender) are the days
// everything says and counts by: the uitvraag's deadline, who delivered late,
// the joint overview's introduction and the verantwoording's termijn. On a real
// SQLite file, with real workbooks and documents read back.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { buildResultsInstructions, type ResultsInstructionFacts } from '../../src/requests/results-instructions';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { filledRequest } from '../helpers/filled-request';
import { docxPart, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
const clock = new Date('2026-06-20T09:00:00Z');

beforeAll(async () => {
  tmp = tempDir('werkbank-cycle-dates-');
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => clock });
  api = werkbank.api;
  // This werkgroep wants the overviews by 15 June, agrees by 15 August, sends the overview out in October,
  // and has the results in by 31 January.
  await api.setCycleDates({ dates: { overviews: { month: 6, day: 15 }, alignment: { month: 8, day: 15 }, bundle: { month: 10, day: 31 }, results: { month: 1, day: 31 } } });
});
afterAll(async () => {
  await werkbank.close();
  tmp.cleanup();
});

const RESULTS_FACTS: ResultsInstructionFacts = {
  partyName: 'Huurdersbelangen Beuningen Druten',
  executionYear: 2026,
  agreementSetTitle: 'Meerjarige Prestatieafspraken Druten 2025 - 2028',
  contact: { name: '', email: '' },
  plannedCount: 3,
  ledCount: 0,
  indicatorCount: 0,
};
const bytesOf = (file: FilePayload) => Buffer.from(file.data, 'base64');
async function sheetText(file: FilePayload, sheetName: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.getWorksheet(sheetName)?.eachRow((row) => lines.push((row.values as unknown[]).filter((v) => v !== undefined && v !== null).map(String).join(' ')));
  return lines.join('\n');
}

describe('a set with its own days of the yearly cycle', () => {
  it('asks for the overviews by its own day, and says when it aligns and sends the overview out', async () => {
    const [request] = await api.makeActivityRequests({ planningYear: 2027, partyIds: ['hbd'] });
    const text = await sheetText(request as FilePayload, 'Toelichting');
    expect(text).toContain('Vóór 16 juni 2026 bij de Werkgroep Prestatieafspraken');
    expect(text).toContain('Vóór 16 augustus 2026 stemmen we af');
    expect(text).toContain('In oktober 2026 ontvangen alle partijen het afgestemde overzicht');
    expect(text).not.toMatch(/1 juli|1 september|november/);
  });

  it('counts an overview received on 18 June late, by its own deadline, and the joint overview says its own days', async () => {
    await api.commitImport({ file: await filledRequest(api, 'gemeente'), receivedOn: '2026-06-18' });
    const cell = (await api.getSubmissionStatus({ kind: 'activities' })).cells.find((c) => c.partyId === 'gemeente' && c.planningYear === 2027);
    expect(cell?.delivery).toEqual({ state: 'late', deadline: '2026-06-15', receivedOn: '2026-06-18', daysLate: 3 });
    const word = xmlToText(await docxPart(bytesOf(await api.exportJointOverview({ planningYear: 2027, format: 'docx' })), 'word/document.xml'));
    expect(word).toContain('De partijen reiken hun activiteitenoverzichten vóór 16 juni aan');
    expect(word).toContain('stemt vóór 16 augustus af');
    expect(word).toContain('In oktober gaat het afgestemde overzicht naar alle partijen');
    expect(word).toContain('Te laat aangeleverd: Gemeente Druten (ontvangen op 18 juni 2026, 3 dagen na de termijn).');
    expect(word).toContain('Woonwaarts (te laat sinds 16 juni 2026)');
  });

  it('asks for the results by its own day and measures the verantwoording against it', async () => {
    const instructions = buildResultsInstructions({ ...RESULTS_FACTS, cycleDates: await api.getCycleDates() });
    expect(instructions.facts.find((f) => f.label === 'Inleveren')?.lines).toEqual(['Vóór 1 februari 2027 bij de Werkgroep Prestatieafspraken']);
    const report = await api.getAccountabilityReport({ fromYear: 2026 });
    expect(report.responses[0]?.deadline).toBe('2027-01-31');
    const word = xmlToText(await docxPart(bytesOf(await api.exportAccountabilityReport({ fromYear: 2026, format: 'docx' })), 'word/document.xml'));
    expect(word).toContain('termijn tot 31 januari 2027');
    expect(word).toContain('vóór 1 februari zijn de antwoorden binnen');
  });
});
