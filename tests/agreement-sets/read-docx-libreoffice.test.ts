// The reader against a writer that no one here wrote: LibreOffice opens the
// Druten document our fixture wrote and saves it again as .docx, with its own
// styles and its own way of numbering lists (a restarted list's first item on a
// list of its own, the rest on a shared one). Read back, it is still the
// embedded set. The same run renders it to PDF, whose text holds the afspraken,
// and saves the filled-in Excel template again, which still reads as the set.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAgreementSetDocx } from '../../src/agreement-sets/read-docx';
import { readAgreementSetTemplate } from '../../src/agreement-sets/read-template';
import { writeAgreementSetTemplate } from '../../src/agreement-sets/template';
import type { AgreementSetData } from '../../src/domain/dataset';
import { DRUTEN_LAYOUT, writeAgreementDocx } from '../fixtures/agreement-docx';
import { pdfHas, pdfText, soffice } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

const druten = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/druten-2025-2028.json'), 'utf8')) as AgreementSetData;

describe('the Druten document as LibreOffice saves it', { timeout: 300_000 }, async () => {
  const { dir, cleanup } = tempDir('werkbank-sets-');
  afterAll(cleanup);
  const source = path.join(dir, 'druten.docx');
  fs.writeFileSync(source, await writeAgreementDocx(druten, DRUTEN_LAYOUT));
  const resaved = path.join(dir, 'opnieuw');
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, source], dir);
  soffice(['--convert-to', 'pdf', '--outdir', dir, source], dir);
  const template = path.join(dir, 'sjabloon.xlsx');
  fs.writeFileSync(template, await writeAgreementSetTemplate(druten));
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', resaved, template], dir);

  it('reads back to the embedded set: themes, topics, inzet, afspraken, cycle, glossary', () => {
    const reading = readAgreementSetDocx(fs.readFileSync(path.join(resaved, 'druten.docx')), 'druten.docx');
    expect(reading.data.themes).toEqual(druten.themes);
    expect(reading.data.cycle).toEqual(druten.cycle);
    expect(reading.data.glossary).toEqual(druten.glossary);
    expect(reading.data.introduction).toEqual(druten.introduction);
    expect(reading.parties.map((p) => p.name)).toEqual(druten.parties.map((p) => p.name));
  });

  it('renders, with the afspraken in their table', () => {
    const text = pdfText(path.join(dir, 'druten.pdf'));
    expect(pdfHas(text, 'Doelstellingen: Hoe gaan we dat concreet doen?')).toBe(true);
    expect(pdfHas(text, 'De Kernen bouwt 33 sociale huurwoningen (netto +29) op korte termijn.')).toBe(true);
  });

  it('reads the template filled with the Druten set, saved again by LibreOffice, as the embedded set', async () => {
    const reading = await readAgreementSetTemplate(fs.readFileSync(path.join(resaved, 'sjabloon.xlsx')), 'sjabloon.xlsx');
    expect(reading.data).toEqual(druten);
  });
});
