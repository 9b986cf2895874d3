// previewAgreementSet through the service on a real SQLite file: a signed
// document or a filled-in template is read into a preview with counts,
// proposed parties and indicators and its problems, and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAgreementSetTemplate } from '../../src/agreement-sets/template';
import type { AgreementSetData } from '../../src/domain/dataset';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { DRUTEN_LAYOUT, writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { databaseContents } from '../helpers/db-contents';
import { tempDir } from '../helpers/tmp';

const druten = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/druten-2025-2028.json'), 'utf8')) as AgreementSetData;

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let databasePath: string;

beforeAll(() => {
  tmp = tempDir('werkbank-sets-');
  databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath, changedBy: 'secretaris' });
  api = werkbank.api;
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

const contents = (): string => databaseContents(databasePath);

describe('previewAgreementSet', () => {
  it('previews the Druten document with counts per theme and topic, and writes nothing', async () => {
    const before = contents();
    const preview = await api.previewAgreementSet({ file: { name: 'Druten.docx', data: (await writeAgreementDocx(druten, DRUTEN_LAYOUT)).toString('base64') } });
    expect(contents()).toBe(before);
    expect(preview).toMatchObject({ format: 'docx', code: 'druten-2025-2028', periodStart: 2025, periodEnd: 2028, signedOn: '2024-12-12', signedPlace: 'Druten' });
    expect(preview.counts).toEqual({ themes: 6, topics: 14, ambitions: 48, commitments: 59, agreements: 47, cycleSteps: 5, glossaryTerms: 5, indicators: 0 });
    expect(preview.themes[0]?.topics[0]).toEqual({ number: '1.1', title: 'Nieuwbouw', ambitions: 5, commitments: 8, agreements: 8 });
    expect(preview.parties.map((p) => `${p.shortName}: ${p.kind}${p.linkedTo.length ? ` → ${p.linkedTo.join(', ')}` : ''}`)).toEqual([
      'Gemeente: municipality',
      'Woonwaarts: corporation → HBD',
      'De Kernen: corporation → Bewonersraad De Kernen',
      // The tables write it "HBD": it goes by its initials.
      'HBD: tenant-body → Woonwaarts',
      'Bewonersraad De Kernen: tenant-body → De Kernen',
    ]);
    expect(preview.groups.find((g) => g.name === 'Corporaties')?.members).toEqual(['Woonwaarts', 'De Kernen']);
    expect(preview.proposedIndicators.length).toBeGreaterThan(5);
    expect(preview.data.themes).toEqual(druten.themes);
  });

  it('previews a filled-in template the same way', async () => {
    const template = await api.makeAgreementSetTemplate();
    expect(template.name).toBe('Sjabloon prestatieafspraken.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.data, 'base64') as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Afspraken')?.rowCount).toBe(1);
    const preview = await api.previewAgreementSet({ file: { name: 'beuningen.xlsx', data: (await writeAgreementSetTemplate(BEUNINGEN)).toString('base64') } });
    expect(preview.format).toBe('xlsx');
    expect(preview.counts.agreements).toBe(6);
    expect(preview.problems.map((p) => p.code)).toEqual(['no-lead', 'unknown-party', 'schedule-unreadable', 'topic-without-agreements']);
  });

  it('refuses what is no agreement set with a Dutch message and writes nothing', async () => {
    const before = contents();
    const { Document, Packer, Paragraph } = await import('docx');
    const letter = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Notulen van het overleg.')] }] }));
    await expect(api.previewAgreementSet({ file: { name: 'notulen.docx', data: letter.toString('base64') } })).rejects.toMatchObject({
      code: 'file_refused',
      message: expect.stringMatching(/^notulen\.docx is niet gelezen: er staan geen thema's in/),
    });
    const beuningen = await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT);
    await expect(api.previewAgreementSet({ file: { name: 'beuningen.xlsx', data: beuningen.toString('base64') } })).rejects.toMatchObject({ code: 'file_refused' });
    expect(contents()).toBe(before);
  });
});
