// The Verantwoording page in a real browser: Woonwaarts' activities of 2026
// imported and frozen as the definitive bundle through the API; then in the
// page the results uitvraag made and downloaded, filled in as Woonwaarts would
// (one activity gerealiseerd, one vertraagd without toelichting), imported
// through the file input, previewed with the missing-toelichting warning,
// confirmed, and shown on the status board and among the deviations.
// Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { AccountabilityReport } from '../../src/accountability/types';
import type { ImportResult } from '../../src/service/contract';
import { woonwaartsWorkbook } from '../fixtures/partner-workbooks';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors, headerColumns, scrollToTop } from './helpers';

const YEAR = 2026;
const RESULT_DONE = 'Opgeleverd in oktober, alle woningen verhuurd.';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
let uitvraag: Buffer;
const errors = consoleErrors();
const downloads: Download[] = [];

beforeAll(async () => {
  shell = await startShell();
  const data = (await woonwaartsWorkbook()).toString('base64');
  const imported = await callApi<ImportResult>(shell, 'commitImport', {
    file: { name: 'Woonwaarts activiteiten 2026.xlsx', data },
    partyId: 'woonwaarts',
    planningYear: YEAR,
  });
  expect(imported.submission.version).toBe(1);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  errors.watch(page);
  page.on('download', (d) => downloads.push(d));
  work = tempFolder('werkbank-e2e-verantwoording-');
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Woonwaarts fills its results: the first planned activity gerealiseerd, the second vertraagd without toelichting. */
async function fillResults(bytes: Buffer): Promise<{ file: string; delayed: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Resultaten');
  if (!sheet) throw new Error(`Geen blad Resultaten: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const col = headerColumns(sheet, 3);
  const key = col(/^Sleutel/);
  const activity = col(/^Activiteit/);
  const status = col(/^Status/);
  const result = col(/^Resultaat/);
  const planned: number[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = Array.from(row.values as unknown[]);
    if (rowNumber > 3 && String(values[key] ?? '').startsWith('P:')) planned.push(rowNumber);
  });
  expect(planned.length).toBeGreaterThanOrEqual(2);
  const [done, late] = planned as [number, number];
  sheet.getCell(done, status).value = 'gerealiseerd';
  sheet.getCell(done, result).value = RESULT_DONE;
  sheet.getCell(late, status).value = 'vertraagd';
  const delayed = String(sheet.getCell(late, activity).value ?? '');
  const file = path.join(work, 'Woonwaarts resultaten 2026.xlsx');
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { file, delayed };
}

describe('Verantwoording', () => {
  it('refuses the results uitvraag until the bundle of 2026 is definitief, with the service’s message', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verantwoording' }).click();
    await page.getByLabel('Verslag', { exact: true }).selectOption({ label: `Verantwoording ${YEAR}` });
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Verantwoording ${YEAR}`);
    await expect.poll(() => page.getByRole('table', { name: 'Stand per thema' }).count()).toBe(1);
    const form = page.getByRole('form', { name: 'Uitvraag resultaten maken' });
    await form.getByLabel('Uitvoeringsjaar').selectOption(String(YEAR));
    await form.getByLabel('Voor').selectOption({ label: 'Woonwaarts' });
    await form.getByRole('button', { name: 'Werkmap maken' }).click();
    await expect.poll(() => form.getByRole('alert').count()).toBe(1);
    expect((await form.getByRole('alert').textContent())?.length).toBeGreaterThan(10);
    await page.screenshot({ path: screenshotPath('verantwoording-1-leeg'), fullPage: true });
  });

  it('makes the results uitvraag for 2026 once the bundle is frozen', async () => {
    await callApi(shell, 'saveBundleVersion', { planningYear: YEAR, final: true });
    const form = page.getByRole('form', { name: 'Uitvraag resultaten maken' });
    const before = downloads.length;
    await form.getByRole('button', { name: 'Werkmap maken' }).click();
    await expect
      .poll(async () => {
        if (downloads.length > before) return 'download';
        const alert = form.getByRole('alert');
        return (await alert.count()) > 0 ? await alert.textContent() : 'wachten';
      })
      .toBe('download');
    const file = downloads[downloads.length - 1] as Download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await expect.poll(() => form.getByRole('status').textContent()).toContain(file.suggestedFilename());
    uitvraag = fs.readFileSync(await file.path());
  });

  it('previews the filled-in results with the missing toelichting, and imports them', async () => {

    const { file: filled, delayed } = await fillResults(uitvraag);
    await page.getByLabel('Bestand om in te lezen').setInputFiles(filled);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent()).toBe('Voorbeeld van Woonwaarts resultaten 2026.xlsx');
    const problems = preview.locator('.problems-table');
    expect(await problems.textContent()).toMatch(/toelichting/i);
    expect(await preview.locator('.result-table').textContent()).toContain('vertraagd');
    await scrollToTop(preview);
    await page.screenshot({ path: screenshotPath('verantwoording-2-voorbeeld') });

    await page.getByRole('button', { name: 'Resultaten opslaan' }).click();
    await expect.poll(() => page.locator('.success-box', { hasText: 'Ingelezen.' }).count()).toBe(1);

    const report = await callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: YEAR });
    expect(report.deviations.length).toBeGreaterThanOrEqual(1);
    expect(report.missingExplanations.length).toBeGreaterThanOrEqual(1);

    // The status board counts the results; the deviation is shown with its missing toelichting.
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    const woonwaarts = byParty.locator('tbody tr', { hasText: 'Woonwaarts' });
    await expect.poll(() => woonwaarts.locator('th').textContent()).toContain(`${YEAR}: versie 1`);
    expect(await woonwaarts.locator('.light').textContent()).toMatch(/groen|oranje|rood/);
    const deviations = page.locator('section', { has: page.getByRole('heading', { name: /^Afwijkingen/ }) });
    const row = deviations.locator('tr.is-missing-explanation');
    expect(await row.count()).toBeGreaterThanOrEqual(1);
    expect(await deviations.textContent()).toContain(delayed.slice(0, 30));
    expect(await row.first().textContent()).toContain('Toelichting ontbreekt');
    await scrollToTop(page.locator('h1'));
    await page.screenshot({ path: screenshotPath('verantwoording-3-stand') });
    await scrollToTop(deviations);
    await page.screenshot({ path: screenshotPath('verantwoording-4-afwijkingen') });
    await scrollToTop(page.getByRole('heading', { name: 'Indicatoren' }));
    await page.screenshot({ path: screenshotPath('verantwoording-5-indicatoren') });
  });

  it('keeps the werkgroep’s advice for the tussenevaluatie', async () => {
    await page.getByLabel('Verslag', { exact: true }).selectOption({ label: 'Tussenevaluatie 2025–2026' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tussenevaluatie 2025–2026');
    const form = page.getByRole('form', { name: 'Advies van de werkgroep' });
    await form.getByLabel('Advies aan het bestuurlijk overleg').fill('Meer vaart met de sociale huur in Deest.');
    await form.getByRole('button', { name: 'Advies opslaan' }).click();
    await expect.poll(async () => (await callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: 2025, toYear: 2026 })).advice).toBe(
      'Meer vaart met de sociale huur in Deest.',
    );
    await scrollToTop(form);
    await page.screenshot({ path: screenshotPath('verantwoording-6-advies') });
  });

  it('exports the tussenevaluatie as Word and the verantwoording 2026 as Excel, with a progress indicator', async () => {
    const word = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Word', exact: true }).click();
    await scrollToTop(page.locator('h1'));
    // For looking at the progress indicator; the export may already be done.
    await page.screenshot({ path: screenshotPath('verantwoording-7-exporteren') });
    const docx = await word;
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync(await docx.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => page.locator('.export-done').textContent()).toContain(docx.suggestedFilename());

    await page.getByLabel('Verslag', { exact: true }).selectOption({ label: `Verantwoording ${YEAR}` });
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Verantwoording ${YEAR}`);
    const excel = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Excel', exact: true }).click();
    const xlsx = await excel;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  }, 120_000);

  it('ran without errors in the browser console', () => {
    // The one 409 is the uitvraag refused before the bundle was definitief, as intended.
    expect(errors.list().filter((e) => !e.includes('status of 409 (Conflict)'))).toEqual([]);
    expect(errors.list().filter((e) => e.includes('status of 409'))).toHaveLength(1);
  });
});
