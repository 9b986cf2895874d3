// The Verantwoording page in a real browser: Woonwaarts' activities of 2026
// imported and frozen as the definitive bundle through the API; then in the
// page the results uitvraag made and downloaded, filled in as Woonwaarts would
// (one activity gerealiseerd with a toelichting, one vertraagd without one and
// asking for bijsturing, the rest left open), imported through the file input,
// previewed with the missing-toelichting warning, confirmed, and shown on the
// status board and per afspraak under "Gepland en gerealiseerd", where the
// filter narrows to the deviations. A second version of Woonwaarts' file,
// read in through the API, shows beside the first when the party's name on the
// status board is clicked, the current one marked; a party without results says
// so. The tussenevaluatie's status board fits a 1280 px window, also with a
// party's versions per year open. Last, the realistic verantwoording 2026 and tussenevaluatie
// of the document tests (tests/fixtures/accountability.ts) are shown as the
// service would answer them, for screenshots at 1280×800 with a full year of
// data; a theme the filter hides opens from the status board all the same.
// Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { AccountabilityReport } from '../../src/domain/accountability';
import type { ImportResult } from '../../src/service/contract';
import type { SubmissionSummary } from '../../src/domain/submissions';
import { reportCharts } from '../../src/reports/charts';
import { realisticAccountabilityReport } from '../fixtures/accountability';
import { woonwaartsWorkbook } from '../fixtures/partner-workbooks';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell, tempFolder } from './shell';
import { consoleErrors, headerColumns, openAccountability, scrollToTop } from './helpers';

const YEAR = 2026;
const RESULT_DONE = 'Opgeleverd in oktober, alle woningen verhuurd.';
const EXPLANATION_DONE = 'Twee maanden later dan gepland door een lekkage in het dak; de huurders zijn op tijd ingelicht.';
const EXPLANATION_LATE = 'De aannemer ging failliet; een nieuwe aannemer begint in maart.';
const SECOND_FILE = 'Woonwaarts resultaten 2026 aangevuld.xlsx';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
let uitvraag: Buffer;
const errors = consoleErrors();
const downloads: Download[] = [];

beforeAll(async () => {
  // After the results deadline of 28 February 2027: what Woonwaarts left open reads "geen antwoord"
  // (verantwoording-stoplicht.test.ts has the round before it).
  shell = await startShell({ today: '2027-03-10' });
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

/**
 * Woonwaarts fills its results: the first planned activity gerealiseerd with a toelichting, the second vertraagd without
 * one (unless `lateExplanation` is given, as in a corrected file); the rest stays open.
 */
async function fillResults(
  bytes: Buffer,
  { lateExplanation, name = 'Woonwaarts resultaten 2026.xlsx' }: { lateExplanation?: string; name?: string } = {},
): Promise<{ file: string; done: string; delayed: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Resultaten');
  if (!sheet) throw new Error(`Geen blad Resultaten: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const col = headerColumns(sheet, 3);
  const key = col(/^Sleutel/);
  const activity = col(/^Activiteit/);
  const status = col(/^Status/);
  const result = col(/^Resultaat/);
  const explanation = col(/^Toelichting/);
  const steering = col(/^Bijsturing/);
  const planned: number[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = Array.from(row.values as unknown[]);
    if (rowNumber > 3 && String(values[key] ?? '').startsWith('P:')) planned.push(rowNumber);
  });
  expect(planned.length).toBeGreaterThanOrEqual(3);
  const [doneRow, lateRow] = planned as [number, number];
  sheet.getCell(doneRow, status).value = 'gerealiseerd';
  sheet.getCell(doneRow, result).value = RESULT_DONE;
  sheet.getCell(doneRow, explanation).value = EXPLANATION_DONE;
  sheet.getCell(doneRow, steering).value = 'nee';
  sheet.getCell(lateRow, status).value = 'vertraagd';
  sheet.getCell(lateRow, steering).value = 'ja';
  if (lateExplanation) sheet.getCell(lateRow, explanation).value = lateExplanation;
  const done = String(sheet.getCell(doneRow, activity).value ?? '');
  const delayed = String(sheet.getCell(lateRow, activity).value ?? '');
  const file = path.join(work, name);
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { file, done, delayed };
}

/** The theme and afspraak a result stands under in the report. */
function placeOf(report: AccountabilityReport, activity: string): { theme: string; reference: string } {
  for (const theme of report.themes) {
    for (const topic of theme.topics) {
      const agreement = topic.agreements.find((a) => a.results.some((r) => r.activity === activity));
      if (agreement) return { theme: `${theme.number}. ${theme.title}`, reference: agreement.reference };
    }
  }
  throw new Error(`Geen afspraak met de activiteit ${activity}`);
}

/** Horizontal overflow of the two status boards and of the page's scrolling area: scrollWidth minus clientWidth, 0 when it fits. */
async function overflow(page: Page): Promise<number[]> {
  const boards = await page.locator('.board-wrap').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
  const main = await page.locator('.app-main').evaluate((e) => e.scrollWidth - e.clientWidth);
  return [...boards, main];
}

describe('Verantwoording', () => {
  it('refuses the results uitvraag until the bundle of 2026 is definitief, with the service’s message', async () => {
    await openAccountability(page, shell.url, `Verantwoording ${YEAR}`);
    await expect.poll(() => page.getByRole('table', { name: 'Stand per thema' }).count()).toBe(1);
    const form = page.getByRole('form', { name: 'Uitvraag resultaten maken' });
    await form.getByLabel('Uitvoeringsjaar').selectOption(String(YEAR));
    await form.getByLabel('Voor').selectOption({ label: 'Woonwaarts' });
    await form.getByRole('button', { name: 'Werkmap maken' }).click();
    // A heavy call, run in a worker: it may wait its turn behind the report and its charts the page asked for.
    await expect.poll(() => form.getByRole('alert').count(), { timeout: 15_000 }).toBe(1);
    expect((await form.getByRole('alert').textContent())?.length).toBeGreaterThan(10);
    await page.screenshot({ path: screenshotPath('verantwoording-1-leeg'), fullPage: true });
  });

  it('makes the results uitvraag for 2026 once the bundle is frozen', async () => {
    await confirmLinksAndFreeze(shell, YEAR);
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
    const { file: filled, done, delayed } = await fillResults(uitvraag);
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

    // The status board counts the results.
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    const woonwaarts = byParty.locator('tbody tr', { hasText: 'Woonwaarts' });
    await expect.poll(() => woonwaarts.locator('th').textContent()).toContain(`${YEAR}: versie 1`);
    expect(await woonwaarts.locator('.light').textContent()).toMatch(/^(Groen|Oranje|Rood)$/);
    await scrollToTop(page.locator('h1'));
    await page.screenshot({ path: screenshotPath('verantwoording-3-stand') });

    // Per afspraak: the theme opens from the status board; under the afspraak the planned activity with its result and toelichting.
    const view = page.locator('section', { has: page.getByRole('heading', { name: 'Gepland en gerealiseerd' }) });
    const place = placeOf(report, done);
    await page.getByRole('table', { name: 'Stand per thema' }).getByRole('button', { name: place.theme, exact: true }).click();
    const group = view.getByRole('region', { name: place.theme, exact: true });
    expect(await group.getByRole('button', { expanded: true }).count()).toBe(1);
    const agreement = group.getByRole('article', { name: `Afspraak ${place.reference}`, exact: true });
    const doneRow = agreement.locator('tbody tr', { hasText: done.slice(0, 40) });
    await expect.poll(() => doneRow.count()).toBe(1);
    const doneText = await doneRow.textContent();
    expect(doneText).toContain('gerealiseerd');
    expect(doneText).toContain(RESULT_DONE);
    expect(doneText).toContain(EXPLANATION_DONE);
    // Explanations wrap: the whole toelichting fits inside its cell.
    const cell = await doneRow.locator('td').nth(4).evaluate((td) => ({ scroll: td.scrollWidth, client: td.clientWidth, height: td.clientHeight }));
    expect(cell.scroll).toBeLessThanOrEqual(cell.client);
    await scrollToTop(agreement);
    await page.screenshot({ path: screenshotPath('verantwoording-4-per-afspraak') });

    // Everything open: the deviation without toelichting is marked, the open planned activities say "geen antwoord".
    await view.getByRole('button', { name: 'Alles openklappen' }).click();
    const late = view.locator('tbody tr', { hasText: delayed.slice(0, 40) });
    expect(await late.count()).toBe(1);
    expect(await late.textContent()).toContain('Toelichting ontbreekt');
    expect(await late.textContent()).toContain('bijsturing nodig');
    const open = view.locator('tbody tr', { hasText: 'geen antwoord' });
    const unanswered = await open.count();
    expect(unanswered).toBeGreaterThanOrEqual(1);
    expect(await view.locator('tbody tr').count()).toBeGreaterThan(unanswered + 1);

    // The filter narrows to the deviations and steering: the vertraagd activity, nothing else.
    await view.getByLabel('Tonen').selectOption({ label: 'Afwijkingen en bijsturing (1)' });
    await expect.poll(() => view.locator('tbody tr').count()).toBe(1);
    expect(await view.locator('tbody tr').textContent()).toContain(delayed.slice(0, 40));
    expect(await view.textContent()).not.toContain(RESULT_DONE);
    expect(await view.locator('tbody tr', { hasText: 'geen antwoord' }).count()).toBe(0);
    await scrollToTop(view);
    await page.screenshot({ path: screenshotPath('verantwoording-5-afwijkingen') });

    // The search finds the activity done, whichever filter; clearing brings all back.
    await view.getByRole('button', { name: 'Filters wissen' }).click();
    await view.getByLabel('Zoeken').fill('lekkage');
    await expect.poll(() => view.locator('tbody tr').count()).toBe(1);
    expect(await view.locator('tbody tr').textContent()).toContain(RESULT_DONE);
    await view.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => view.locator('tbody tr').count()).toBeGreaterThan(unanswered + 1);

    await scrollToTop(page.getByRole('heading', { name: 'Indicatoren' }));
    await page.screenshot({ path: screenshotPath('verantwoording-6-indicatoren') });
  });

  it('shows a party’s results versions from the status board, newest first with the current one marked, and a party without results', async () => {
    // Woonwaarts sends its file again, now with the missing toelichting: a second version.
    const { file: corrected } = await fillResults(uitvraag, { lateExplanation: EXPLANATION_LATE, name: SECOND_FILE });
    const second = await callApi<ImportResult>(shell, 'commitResultsImport', {
      file: { name: SECOND_FILE, data: fs.readFileSync(corrected).toString('base64') },
    });
    expect(second.submission).toMatchObject({ partyId: 'woonwaarts', planningYear: YEAR, kind: 'results', version: 2, isCurrent: true });
    const stored = await callApi<SubmissionSummary[]>(shell, 'listSubmissionVersions', { partyId: 'woonwaarts', planningYear: YEAR, kind: 'results' });
    expect(stored.map((v) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);

    // The secretary opens the page afresh.
    await openAccountability(page, shell.url, `Verantwoording ${YEAR}`);
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    const woonwaarts = byParty.locator('tbody tr', { hasText: 'Woonwaarts' });
    await expect.poll(() => woonwaarts.locator('th').textContent()).toContain(`${YEAR}: versie 2`);
    const name = byParty.getByRole('button', { name: 'Woonwaarts', exact: true });
    expect(await name.getAttribute('aria-expanded')).toBe('false');
    await name.click();

    const panel = page.getByRole('region', { name: 'Ingelezen resultaten van Woonwaarts' });
    const table = panel.getByRole('table', { name: `Versies van Woonwaarts over ${YEAR}` });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await name.getAttribute('aria-expanded')).toBe('true');
    expect(await woonwaarts.getAttribute('class')).toContain('is-selected');
    // Newest first: version 2 from the corrected file, the current one; then version 1.
    const [newest, oldest] = [rows.nth(0), rows.nth(1)];
    expect((await newest.locator('th').textContent())?.replace(/\s+/g, ' ')).toMatch(/^2 ?huidige versie$/);
    expect(await newest.getAttribute('class')).toContain('is-current');
    expect(await oldest.locator('th').textContent()).toBe('1');
    expect(await oldest.locator('.badge-current').count()).toBe(0);
    expect(await newest.textContent()).toContain(SECOND_FILE);
    expect(await oldest.textContent()).toContain('Woonwaarts resultaten 2026.xlsx');
    for (const [row, version] of [
      [newest, stored[0]],
      [oldest, stored[1]],
    ] as const) {
      const cells = await row.locator('td').allTextContents();
      // Received on: the Dutch date the secretary stated (today by default), and the button to correct it.
      expect(cells[0]).toMatch(/^\d{1,2} [a-z]+ 20\d\dcorrigeren$/);
      expect(await row.getByRole('button', { name: `Ontvangen op van versie ${version?.version} corrigeren` }).count()).toBe(1);
      // Read in at: a Dutch date with the time, and by whom.
      expect(cells[1]).toMatch(/^\d{1,2} [a-z]+ 20\d\d, \d\d:\d\d/);
      expect(cells[1]).toContain(`door ${version?.importedBy}`);
      expect(cells[4]).toBe(String(version?.activityCount));
      expect(cells[5]).toBe(String(version?.warningCount));
    }
    // The corrected file has the toelichting the first one lacked.
    expect(stored[0]?.warningCount).toBeLessThan(stored[1]?.warningCount ?? 0);
    expect(await overflow(page)).toEqual([0, 0, 0]);
    await scrollToTop(page.getByRole('heading', { name: 'Stand van zaken' }));
    await panel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    // The pointer off the board, so that no name shows its hover underline.
    await page.mouse.move(1275, 795);
    await page.screenshot({ path: screenshotPath('verantwoording-19-versies') });

    // A party that did not answer: said in words, no empty table.
    await byParty.getByRole('button', { name: 'Gemeente', exact: true }).click();
    const gemeente = page.getByRole('region', { name: 'Ingelezen resultaten van Gemeente' });
    await expect.poll(() => gemeente.textContent()).toContain(`Nog geen resultaten ontvangen over ${YEAR}.`);
    expect(await gemeente.locator('table').count()).toBe(0);
    expect(await name.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.count()).toBe(0);
    // The name again, or Sluiten, closes it.
    await byParty.getByRole('button', { name: 'Gemeente', exact: true }).click();
    expect(await gemeente.count()).toBe(0);
    await name.click();
    await expect.poll(() => rows.count()).toBe(2);
    await panel.getByRole('button', { name: 'Sluiten' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('fits the tussenevaluatie’s status board, with a light per year, in a 1280 px window', async () => {
    await page.getByLabel('Verslag', { exact: true }).selectOption({ label: 'Tussenevaluatie 2025–2026' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tussenevaluatie 2025–2026');
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    const woonwaarts = byParty.locator('tbody tr', { hasText: 'Woonwaarts' });
    await expect.poll(() => woonwaarts.locator('.year-lights').textContent()).toMatch(/2025.*2026/);
    expect(await woonwaarts.locator('.year-lights .light', { hasText: '2026' }).getAttribute('title')).toMatch(/^2026: (Groen|Oranje|Rood|Geen antwoord|Niets te melden)$/);
    expect(await overflow(page)).toEqual([0, 0, 0]);
    await scrollToTop(page.getByRole('heading', { name: 'Stand van zaken' }));
    await page.screenshot({ path: screenshotPath('verantwoording-7-tussenevaluatie-stand') });

    // A party's versions per year: none over 2025, both over 2026.
    await byParty.getByRole('button', { name: 'Woonwaarts', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Ingelezen resultaten van Woonwaarts' });
    await expect.poll(() => panel.getByRole('table', { name: `Versies van Woonwaarts over ${YEAR}` }).locator('tbody tr').count()).toBe(2);
    expect(await panel.locator('h4').allTextContents()).toEqual(['Over 2025', 'Over 2026']);
    expect(await panel.textContent()).toContain('Nog geen resultaten ontvangen over 2025.');
    expect(await overflow(page)).toEqual([0, 0, 0]);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.mouse.move(1275, 795);
    await page.screenshot({ path: screenshotPath('verantwoording-19b-versies-per-jaar') });
    await panel.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('keeps the werkgroep’s advice for the tussenevaluatie, version by version', async () => {
    const form = page.getByRole('form', { name: 'Advies van de werkgroep' });
    await form.getByLabel('Advies aan het bestuurlijk overleg').fill('Meer vaart met de sociale huur in Deest.');
    await form.getByRole('button', { name: 'Advies opslaan' }).click();
    await expect.poll(async () => (await callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: 2025, toYear: 2026 })).advice).toBe(
      'Meer vaart met de sociale huur in Deest.',
    );
    const card = page.locator('.advice-card');
    await expect.poll(() => card.getByRole('note').textContent()).toMatch(/^Versie 1, opgeslagen .* door /);
    // A second text is a new version; the first stays, shown with who saved it and when.
    await form.getByLabel('Advies aan het bestuurlijk overleg').fill('Meer vaart met de sociale huur in Deest en Druten-Zuid.');
    await form.getByRole('button', { name: 'Advies opslaan' }).click();
    await expect.poll(() => card.getByRole('note').textContent()).toMatch(/^Versie 2, opgeslagen /);
    await card.getByText('Eerdere versies (1)').click();
    expect(await card.locator('.advice-versions').textContent()).toContain('Meer vaart met de sociale huur in Deest.');
    await scrollToTop(form);
    await page.screenshot({ path: screenshotPath('verantwoording-8-advies') });
  });

  it('exports the tussenevaluatie as Word and the verantwoording 2026 as Excel, with a progress indicator', async () => {
    const word = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Word', exact: true }).click();
    await scrollToTop(page.locator('h1'));
    // For looking at the progress indicator; the export may already be done.
    await page.screenshot({ path: screenshotPath('verantwoording-9-exporteren') });
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

describe('Verantwoording with a full year of results', () => {
  let full: Page;
  const fullErrors = consoleErrors();

  beforeAll(async () => {
    const reports = {
      verantwoording: await realisticAccountabilityReport('verantwoording'),
      tussenevaluatie: await realisticAccountabilityReport('tussenevaluatie'),
    };
    full = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    fullErrors.watch(full);
    // The service's answer for the realistic data set: 47 afspraken, every status, missing answers and toelichtingen.
    await full.route(
      (url) => url.pathname.endsWith('/api/getAccountabilityReport'),
      async (route) => {
        const query = JSON.parse(route.request().postData() ?? '{}') as { toYear?: number };
        await route.fulfill({ json: { ok: true, value: query.toYear ? reports.tussenevaluatie : reports.verantwoording } });
      },
    );
    // And its charts, drawn as the service draws them for the Word document.
    const charts = (report: AccountabilityReport) => {
      const drawn = reportCharts(report);
      return { themes: drawn.themes.svg, parties: drawn.parties.svg, indicators: drawn.indicators.map((i) => ({ code: i.code, svg: i.image.svg })) };
    };
    const drawn = { verantwoording: charts(reports.verantwoording), tussenevaluatie: charts(reports.tussenevaluatie) };
    await full.route(
      (url) => url.pathname.endsWith('/api/getAccountabilityCharts'),
      async (route) => {
        const query = JSON.parse(route.request().postData() ?? '{}') as { toYear?: number };
        await route.fulfill({ json: { ok: true, value: query.toYear ? drawn.tussenevaluatie : drawn.verantwoording } });
      },
    );
    await full.goto(shell.url);
    await full.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verantwoording' }).click();
  });

  it('shows each indicator with figures as the chart of the Word document, the figures per year behind a click', async () => {
    await full.getByLabel('Verslag', { exact: true }).selectOption({ label: `Verantwoording ${YEAR}` });
    const section = full.locator('section', { has: full.getByRole('heading', { name: 'Indicatoren', exact: true }) });
    const homes = section.locator('article', { has: full.getByRole('heading', { name: 'Toevoeging sociale huurwoningen 2022–2030' }) });
    const chart = homes.locator('img.indicator-chart');
    await expect.poll(() => chart.count(), { timeout: 20_000 }).toBe(1);
    const report = await realisticAccountabilityReport('verantwoording');
    const progress = report.indicators.find((i) => i.indicator.code === 'sociale-huur-270');
    expect(await chart.getAttribute('alt')).toBe(`Grafiek: ${progress?.message}`);
    expect(decodeURIComponent((await chart.getAttribute('src')) ?? '')).toContain('Doel 270 woningen eind 2030');
    // The browser draws it: a real picture, as wide as the card.
    expect(await chart.evaluate((img) => { const picture = img as unknown as { complete: boolean; naturalWidth: number }; return picture.complete && picture.naturalWidth > 0; })).toBe(true);
    const figures = homes.locator('details.indicator-figures');
    expect(await figures.locator('table').isVisible()).toBe(false);
    await figures.locator('summary').click();
    const row2026 = figures.locator('tbody tr', { has: full.getByRole('rowheader', { name: String(YEAR) }) });
    expect(await row2026.textContent()).toContain('Woonwaarts 38');
    await scrollToTop(homes);
    await full.screenshot({ path: screenshotPath('verantwoording-18-vol-indicatoren') });
  });

  afterAll(async () => {
    await full?.close();
  });

  it('shows the verantwoording 2026 per afspraak, calm when folded and narrowed by party and deviation', async () => {
    await full.getByLabel('Verslag', { exact: true }).selectOption({ label: `Verantwoording ${YEAR}` });
    await expect.poll(() => full.locator('h1').textContent()).toBe(`Verantwoording ${YEAR}`);
    const view = full.locator('section', { has: full.getByRole('heading', { name: 'Gepland en gerealiseerd' }) });
    await view.getByRole('button', { name: 'Filters wissen' }).waitFor();
    // Folded: one line per theme, nothing of the tables yet.
    expect(await view.locator('.pa-group-toggle').count()).toBe(7);
    expect(await view.locator('tbody tr').count()).toBe(0);
    expect(await overflow(full)).toEqual([0, 0, 0]);
    await scrollToTop(full.getByRole('heading', { name: 'Stand van zaken' }));
    await full.screenshot({ path: screenshotPath('verantwoording-10-vol-stand') });
    await scrollToTop(view);
    await full.screenshot({ path: screenshotPath('verantwoording-11-vol-thema-s') });

    await view.getByRole('button', { name: 'Alles openklappen' }).click();
    const all = await view.locator('tbody tr').count();
    expect(all).toBeGreaterThan(30);
    await scrollToTop(view.getByRole('region', { name: /^1\. Woningbouw/ }));
    await full.screenshot({ path: screenshotPath('verantwoording-12-vol-per-afspraak') });
    await scrollToTop(view.locator('tr.is-unanswered').first());
    await full.mouse.wheel(0, -250);
    await full.screenshot({ path: screenshotPath('verantwoording-13-vol-geen-antwoord') });

    await view.getByLabel('Tonen').selectOption('afwijkingen');
    const deviations = await view.locator('tbody tr').count();
    expect(deviations).toBeGreaterThan(0);
    expect(deviations).toBeLessThan(all);
    expect(await view.locator('tr.is-missing-explanation').count()).toBeGreaterThan(0);
    await scrollToTop(view);
    await full.screenshot({ path: screenshotPath('verantwoording-14-vol-afwijkingen') });
    await view.getByLabel('Partij').selectOption({ label: 'Gemeente' });
    const rows = view.locator('tbody tr td:first-child');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(new Set(await rows.allTextContents())).toEqual(new Set(['Gemeente']));
    await view.getByRole('button', { name: 'Filters wissen' }).click();
  });

  it('opens a theme the filter hides when it is clicked on the status board, clearing what of the filter hides it', async () => {
    const view = full.locator('section', { has: full.getByRole('heading', { name: 'Gepland en gerealiseerd' }) });
    await view.getByLabel('Partij').selectOption({ label: 'Gemeente' });
    await view.getByLabel('Tonen').selectOption('afwijkingen');
    const shown = await view.locator('.pa-group-title').allTextContents();
    const board = full.getByRole('table', { name: 'Stand per thema' });
    const hidden = (await board.locator('.board-link').allTextContents()).find((title) => !shown.includes(title));
    if (!hidden) throw new Error(`Het filter verbergt geen thema; getoond: ${shown.join(' | ')}`);
    await board.getByRole('button', { name: hidden, exact: true }).click();

    const group = view.getByRole('region', { name: hidden, exact: true });
    await expect.poll(() => group.getByRole('button', { expanded: true }).count()).toBe(1);
    // Only the choice of what to show hid it: the party stays chosen.
    expect(await group.locator('.pa-cleared').textContent()).toBe('Om dit thema te tonen is uit het filter gewist: tonen ‘Afwijkingen en bijsturing’.');
    expect(await view.getByLabel('Tonen').inputValue()).toBe('alles');
    expect(await view.getByLabel('Partij').inputValue()).toBe('gemeente');
    expect(new Set(await group.locator('tbody tr td:first-child').allTextContents())).toEqual(new Set(['Gemeente']));
    // Scrolled to: the theme's top is in the upper part of the window, below the header.
    await expect.poll(async () => (await group.boundingBox())?.y ?? -1).toBeGreaterThan(50);
    expect((await group.boundingBox())?.y).toBeLessThan(400);
    await full.screenshot({ path: screenshotPath('verantwoording-17-vol-thema-achter-filter') });
    await view.getByRole('button', { name: 'Filters wissen' }).click();
    expect(await group.locator('.pa-cleared').count()).toBe(0);
  });

  it('fits the tussenevaluatie 2025–2026 in 1280 px, with the year under each party', async () => {
    await full.getByLabel('Verslag', { exact: true }).selectOption({ label: 'Tussenevaluatie 2025–2026' });
    await expect.poll(() => full.locator('h1').textContent()).toBe('Tussenevaluatie 2025–2026');
    await full.getByRole('table', { name: 'Stand per thema' }).waitFor();
    expect(await overflow(full)).toEqual([0, 0, 0]);
    await scrollToTop(full.getByRole('heading', { name: 'Stand van zaken' }));
    await full.screenshot({ path: screenshotPath('verantwoording-15-vol-tussenevaluatie-stand') });
    const view = full.locator('section', { has: full.getByRole('heading', { name: 'Gepland en gerealiseerd' }) });
    await full.getByRole('table', { name: 'Stand per thema' }).getByRole('button', { name: /^1\. Woningbouw/ }).click();
    const first = view.getByRole('region', { name: /^1\. Woningbouw/ }).locator('tbody tr').first();
    expect(await first.locator('td').first().textContent()).toMatch(/20(25|26)$/);
    expect(await overflow(full)).toEqual([0, 0, 0]);
    await scrollToTop(view.getByRole('region', { name: /^1\. Woningbouw/ }));
    await full.screenshot({ path: screenshotPath('verantwoording-16-vol-tussenevaluatie-per-afspraak') });
  });

  it('ran without errors in the browser console', () => {
    expect(fullErrors.list()).toEqual([]);
  });
});
