// The Excel template: written with the Druten set in it and read back, it is
// the embedded set, field for field. Filled in with mistakes, each problem
// names file, sheet, row and column.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AgreementSetData } from '../../src/domain/dataset';
import { readAgreementSetTemplate } from '../../src/agreement-sets/read-template';
import { TEMPLATE_SHEETS, writeAgreementSetTemplate } from '../../src/agreement-sets/template';
import { BEUNINGEN } from '../fixtures/beuningen-set';

const druten = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/druten-2025-2028.json'), 'utf8')) as AgreementSetData;

describe('the agreement-set template', () => {
  it('has the instruction sheet first, Dutch headers, and offers trekker and betrokkenen from the Partijen sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeAgreementSetTemplate()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Toelichting', 'Afsprakenset', 'Partijen', "Thema's en onderwerpen", 'Inzet', 'Afspraken', 'Indicatoren', 'Jaarcyclus', 'Begrippen']);
    const agreements = wb.getWorksheet('Afspraken') as ExcelJS.Worksheet;
    expect((agreements.getRow(1).values as unknown[]).slice(1)).toEqual(['Onderwerp', 'Bij inzet', 'Afspraak', 'Trekker', 'Betrokkenen', 'Uitvoering']);
    const rules = (agreements as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle?: string }> } }).dataValidations.model;
    const trekker = Object.entries(rules).find(([range]) => range.startsWith('D2'));
    expect(trekker?.[1].formulae).toEqual(["'Partijen'!$B$2:$B$2000"]);
    expect(Object.entries(rules).find(([range]) => range.startsWith('E2'))?.[1].errorStyle).toBe('information');
  });

  it('round-trips the Druten set: read back it equals the embedded set', async () => {
    const reading = await readAgreementSetTemplate(await writeAgreementSetTemplate(druten), 'druten-sjabloon.xlsx');
    expect(reading.data).toEqual(druten);
    expect(reading.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Only what the text says and the signed set holds: names outside the parties that are known stay known.
    expect(reading.problems.map((p) => p.code)).toEqual(['schedule-empty']);
    expect(reading.problems[0]?.message).toBe(
      'druten-sjabloon.xlsx, blad "Afspraken", rij 9, kolom F: geen uitvoering ingevuld bij de afspraak "Na vaststelling van de omgevingsvisie neemt de gemeente…"; de afspraak telt in geen enkel jaar mee.',
    );
  });

  it('holds the kernen of the gemeente after the place of signing, and reads them back however they are separated', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeAgreementSetTemplate(druten)) as unknown as ArrayBuffer);
    const set = wb.getWorksheet(TEMPLATE_SHEETS.set) as ExcelJS.Worksheet;
    expect([set.getCell('A7').value, set.getCell('A8').value, set.getCell('B8').value]).toEqual(['Plaats', 'Kernen', 'Druten, Afferden, Deest, Horssen, Puiflijk']);
    const read = async () => (await readAgreementSetTemplate(Buffer.from(await wb.xlsx.writeBuffer()), 'druten-sjabloon.xlsx')).data.places;
    expect(await read()).toEqual(['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk']);
    // As a secretary may type them: semicolons, a line per kern, stray spaces and an empty entry.
    set.getCell('B8').value = 'Druten; Afferden,\n Deest ,, Horssen;\nPuiflijk ';
    expect(await read()).toEqual(['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk']);
    // A template made before the kernen were asked for has none: the set's kernen are not known.
    set.spliceRows(8, 1);
    expect(await read()).toEqual([]);
  });

  it('names each problem of a filled-in template by file, sheet, row and column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeAgreementSetTemplate(BEUNINGEN)) as unknown as ArrayBuffer);
    const parties = wb.getWorksheet(TEMPLATE_SHEETS.parties) as ExcelJS.Worksheet;
    parties.addRow(['Stichting Thuis', 'Thuis', 'zorgpartij', '', '', '', '', '']);
    const agreements = wb.getWorksheet(TEMPLATE_SHEETS.agreements) as ExcelJS.Worksheet;
    agreements.addRow(['9.9', 1, 'Een afspraak bij een onbekend onderwerp.', 'Gemeente', '', '2030']);
    const indicators = wb.getWorksheet(TEMPLATE_SHEETS.indicators) as ExcelJS.Worksheet;
    indicators.addRow(['nieuwbouw-150', 'Nieuwe sociale huur', '', 'woningen', 'ten minste', 150, '', '', 2032, 'Woonwerk; Maasland Wonen', 'ja', '1.1', 1, '', '', 'woondeal (deel van)']);
    const file = 'beuningen.xlsx';
    const reading = await readAgreementSetTemplate(Buffer.from(await wb.xlsx.writeBuffer()), file);
    expect(reading.problems.map((p) => p.message)).toEqual([
      `${file}, blad "Partijen", rij 6, kolom C: de soort "zorgpartij" is geen gemeente, corporatie, huurdersorganisatie, groep of buiten de partijen; de rij is niet gelezen.`,
      `${file}, blad "Afspraken", rij 8, kolom A: onderwerp "9.9" staat niet op het blad "Thema's en onderwerpen"; de rij is niet gelezen.`,
      `${file}, blad "Indicatoren", rij 2, kolom P: de indicator "woondeal" onder "Overlapt met" staat niet op dit blad.`,
      `${file}, blad "Afspraken", rij 3, kolom D: geen trekker ingevuld bij de afspraak "Maasland Wonen bouwt 60 sociale huurwoningen in Weurt.".`,
      `${file}, blad "Afspraken", rij 5, kolom D: onbekende partij "Stichting Thuis" als trekker: geen van de partijen van deze afspraken. Voeg haar toe als partij of als naam buiten de partijen, of verbeter de naam.`,
      `${file}, blad "Afspraken", rij 5, kolom F: de uitvoering "na de zomer" is niet in jaren te lezen (afspraak "Een steunpunt voor huurders met betalingsachterstanden…"). Er staat geen jaartal in. Schrijf bijvoorbeeld "2029", "2029 - 2032", "Jaarlijks" of "Doorlopend".`,
      `${file}, 2.2 Leefbaarheid in de kernen (blad "Thema's en onderwerpen", rij 5): onderwerp 2.2 Leefbaarheid in de kernen heeft inzet (1) maar geen afspraken; er is geen tabel met afspraken gevonden.`,
    ]);
    expect(reading.problems.find((p) => p.code === 'unknown-party')).toMatchObject({ sheet: 'Afspraken', row: 5, column: 'D', section: '1.2' });
  });

  it('refuses what is no template, in Dutch', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Blad1').addRow(['iets']);
    await expect(readAgreementSetTemplate(Buffer.from(await other.xlsx.writeBuffer()), 'lijst.xlsx')).rejects.toThrow(
      'lijst.xlsx is geen ingevuld sjabloon voor prestatieafspraken: de bladen "Afsprakenset", "Partijen", "Thema\'s en onderwerpen", "Afspraken" ontbreken. Maak een sjabloon met: prestatie afspraken-sjabloon --uit BESTAND.xlsx.',
    );
    await expect(readAgreementSetTemplate(Buffer.from('tekst'), 'notities.xlsx')).rejects.toThrow('notities.xlsx is geen ingevuld sjabloon voor prestatieafspraken: het bestand is geen Excel-werkmap (.xlsx).');
  });
});
