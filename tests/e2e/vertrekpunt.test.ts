// Entering an indicator's start value on the Verantwoording page, in a real
// browser: Woonwaarts and De Kernen sent their stock of homes with label E, F
// or G over 2025 (through the API). Without a start the indicator is "nog
// niet te beoordelen"; the secretary enters the stand of 31 December 2024 with
// its source, and the same year now reads achter against the straight line
// from there, with the change in the log. A number the Werkbank cannot read is
// refused with a message, and the earlier years of the 180 homes are entered
// per party. Screenshots land in test-output/screenshots.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';
import { consoleErrors, openAccountability, scrollToTop } from './helpers';

const LABELS = 'Geen woningen met energielabel E, F of G';
const HOMES = 'Toevoeging sociale huurwoningen tot en met 2028';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

/** A corporation's own results file over 2025 with its indicator figures. */
async function resultsFile(party: string, figures: [string, number][]): Promise<{ name: string; data: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultaten 2025');
  ws.getRow(1).values = ['Afspraak', 'Activiteit', 'Stand van zaken'];
  ws.getRow(2).values = ['3 bij 3', 'Woningen met label E, F of G verbeteren', 'gerealiseerd'];
  const is = wb.addWorksheet('Indicatoren');
  is.getRow(1).values = ['Indicator', 'Waarde 2025', 'Toelichting'];
  figures.forEach(([title, value], i) => {
    is.getRow(2 + i).values = [title, value, ''];
  });
  return { name: `${party} resultaten 2025.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

beforeAll(async () => {
  shell = await startShell({ today: '2026-02-20' });
  await callApi(shell, 'commitResultsImport', { file: await resultsFile('Woonwaarts', [[LABELS, 280], [HOMES, 50]]), partyId: 'woonwaarts', executionYear: 2025 });
  await callApi(shell, 'commitResultsImport', { file: await resultsFile('De Kernen', [[LABELS, 40], [HOMES, 6]]), partyId: 'de-kernen', executionYear: 2025 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

describe('the start value of an indicator, on the Verantwoording page', () => {
  it('is missing at first: one year of the stock of labels E/F/G is not yet to be judged', async () => {
    await openAccountability(page, shell.url, 'Verantwoording 2025');
    const card = page.locator('article.indicator', { has: page.getByRole('heading', { name: LABELS }) });
    await expect.poll(() => card.locator('.badge').textContent()).toBe('nog niet te beoordelen');
    expect(await card.textContent()).toContain('Doel: geen (0) woningen met energielabel E, F of G eind 2028');
    // The others without figures: one table, with their targets.
    const silent = page.locator('.indicator-silent');
    expect(await silent.getByRole('heading').textContent()).toBe('Nog geen cijfers (20)');
    expect(await silent.locator('tbody tr').count()).toBe(20);
  });

  it('is entered with its source, and the same year then reads achter against the line from it', async () => {
    const section = page.locator('section.indicator-start');
    await section.getByLabel('Indicator').selectOption({ label: `${LABELS} (vertrekpunt ontbreekt)` });
    await expect.poll(() => section.getByTestId('baseline-text').textContent()).toContain('Nog geen vertrekpunt: voer de stand op 31 december 2024 in');
    const form = section.getByRole('form', { name: 'Vertrekpunt invoeren' });
    await form.getByLabel('Stand op 31 december').selectOption('2024');
    // A number the Werkbank cannot read is refused, with nothing saved.
    await form.getByLabel('Waarde (woningen)').fill('ongeveer 400');
    await form.getByLabel('Bron of reden').fill('Jaarverslagen 2024 van beide corporaties');
    await form.getByRole('button', { name: 'Vertrekpunt opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Vul de stand in als getal');
    await form.getByLabel('Waarde (woningen)').fill('400');
    await form.getByRole('button', { name: 'Vertrekpunt opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Het vertrekpunt is opgeslagen.');
    await expect
      .poll(() => section.getByTestId('baseline-text').textContent())
      .toBe('400 woningen op 31 december 2024 (ingevoerd door het secretariaat; bron: Jaarverslagen 2024 van beide corporaties)');
    expect(await section.locator('.indicator-start-log').textContent()).toContain('Vertrekpunt: (geen) → 400 woningen op 31 december 2024');

    const card = page.locator('article.indicator', { has: page.getByRole('heading', { name: LABELS }) });
    await expect.poll(() => card.locator('.badge').textContent()).toBe('achter');
    expect(await card.locator('.indicator-message').textContent()).toContain('hadden het er eind 2025 ten hoogste 300 mogen zijn: 20 woningen achter op de rechte lijn');
    expect(await card.textContent()).toContain('Vertrekpunt: 400 woningen op 31 december 2024');
    await expect.poll(() => card.locator('img.indicator-chart').count()).toBe(1);
    await scrollToTop(card);
    await page.screenshot({ path: screenshotPath('verantwoording-vertrekpunt-indicator') });
    await scrollToTop(section);
    await page.screenshot({ path: screenshotPath('verantwoording-vertrekpunt-invoer') });
  });

  it('takes the years before the first uitvraag per party for a running total, and judges it once they are in', async () => {
    const section = page.locator('section.indicator-start');
    await section.getByLabel('Indicator').selectOption({ label: HOMES });
    // The agreement gives this start: not to be changed here.
    await expect.poll(() => section.getByTestId('baseline-text').textContent()).toContain('0 woningen op 31 december 2021 (uit de afspraken');
    expect(await section.getByRole('form', { name: 'Vertrekpunt invoeren' }).count()).toBe(0);
    const card = page.locator('article.indicator', { has: page.getByRole('heading', { name: HOMES }) });
    expect(await card.locator('.badge').textContent()).toBe('nog niet te beoordelen');
    const form = section.getByRole('form', { name: 'Cijfer over een eerder jaar' });
    for (const [year, value] of [['2022', '8'], ['2023', '18'], ['2024', '10']]) {
      await form.getByLabel('Jaar', { exact: true }).selectOption(year as string);
      await form.getByLabel('Partij', { exact: true }).selectOption({ label: 'Alle partijen samen' });
      await form.getByLabel('Cijfer (woningen)').fill(value as string);
      await form.getByLabel('Bron of reden').fill('Woondeal-monitor 2024');
      await form.getByRole('button', { name: 'Cijfer opslaan' }).click();
      await expect.poll(() => form.locator('tbody tr').count()).toBe(Number(year) - 2021);
    }
    // 36 before 2025 and 56 in 2025: 92 against 102,9 on the line.
    await expect.poll(() => card.locator('.badge').textContent()).toBe('achter');
    expect(await card.locator('.indicator-message').textContent()).toContain('92 van 180 woningen');
    await scrollToTop(section);
    await page.screenshot({ path: screenshotPath('verantwoording-eerdere-jaren') });
    expect(errors.list()).toEqual([]);
  });
});
