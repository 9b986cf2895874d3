// One stoplight, one meaning (issue 10) on the Verantwoording page, in a real
// browser: the browser shell runs on 10 January 2027 (--datum), half-way
// through the results round over 2026. The five activiteitenoverzichten made
// the definitive overzicht; Woonwaarts and De Kernen answered, the Gemeente,
// HBD and the Bewonersraad have until 28 February. The status board colours
// nobody red for what has not come in, shows the response next to the lights
// and names who has not answered; the legend is the documents' legend; an
// unanswered activity reads "nog niet binnen" with its termijn, in the
// neutral look. Screenshots land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEVIATION_STATUSES, lightLabel, responseSentences, responseText, stoplightLegend } from '../../src/domain/stoplight';
import type { AccountabilityReport } from '../../src/domain/accountability';
import { RESULT_STATUSES } from '../../src/domain/results';
import type { ImportResult } from '../../src/service/contract';
import { ACTIVITIES_2026 } from '../fixtures/results-cycle';
import { DE_KERNEN_RESULTS_FILE, WOONWAARTS_FILLING, deKernenResultsWorkbook, fillResultsWorkbook } from '../fixtures/results-workbooks';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell } from './shell';
import { consoleErrors, openAccountability, scrollToTop } from './helpers';

const YEAR = 2026;
const TODAY = '2027-01-10';
const SILENT = ['Gemeente', 'HBD', 'Bewonersraad De Kernen'];

let shell: RunningShell;
let browser: Browser;
let page: Page;
let report: AccountabilityReport;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell({ today: TODAY });
  for (const file of ACTIVITIES_2026) {
    const data = (await file.build()).toString('base64');
    await callApi<ImportResult>(shell, 'commitImport', { file: { name: file.name, data }, partyId: file.partyId, planningYear: YEAR });
  }
  await confirmLinksAndFreeze(shell, YEAR);
  const requests = await callApi<{ name: string; data: string }[]>(shell, 'makeResultsRequests', { executionYear: YEAR });
  const uitvraag = requests.find((f) => f.name === `Uitvraag resultaten ${YEAR} - Woonwaarts.xlsx`);
  if (!uitvraag) throw new Error('geen uitvraag voor Woonwaarts');
  const filled = await fillResultsWorkbook(Buffer.from(uitvraag.data, 'base64'), WOONWAARTS_FILLING);
  await callApi(shell, 'commitResultsImport', { file: { name: 'Woonwaarts resultaten 2026.xlsx', data: filled.toString('base64') } });
  await callApi(shell, 'commitResultsImport', {
    file: { name: DE_KERNEN_RESULTS_FILE, data: (await deKernenResultsWorkbook()).toString('base64') },
    statusChoices: [{ text: 'niet gerealiseerd', status: 'not-started' }],
  });
  report = await callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: YEAR });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors.watch(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

describe('Verantwoording before the results deadline, two of five parties answered', () => {
  it('knows the day from the Werkbank’s clock', () => {
    expect(report.today).toBe(TODAY);
    expect(report.responses[0]).toMatchObject({ year: YEAR, deadline: '2027-02-28', awaited: true });
  });

  it('colours no party red for answers still to come, and shows the response next to the light', async () => {
    await openAccountability(page, shell.url, `Verantwoording ${YEAR}`);
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    await expect.poll(() => byParty.locator('tbody tr').count(), { timeout: 20_000 }).toBe(5);
    for (const name of SILENT) {
      const row = byParty.locator('tbody tr', { has: page.getByRole('button', { name, exact: true }) });
      const light = row.locator('.light');
      expect(await light.textContent(), name).toBe('Nog niet binnen');
      expect(await light.getAttribute('class'), name).toContain('light-open');
      expect(await row.locator('th').textContent(), name).toContain('nog geen resultaten ontvangen (termijn tot 28 februari 2027)');
      expect(await row.locator('td.col-response').textContent(), name).toMatch(/^0 van \d+$/);
    }
    // Every light on the board is the report's, and a red one rests on the answers alone.
    const summaries = [...report.themes.map((t) => t.summary), ...report.byParty.map((p) => p.summary)];
    const lights = await page.locator('.status-board tbody .col-light .light').allTextContents();
    expect(lights).toEqual(expect.arrayContaining(summaries.map((s) => lightLabel(s))));
    for (const s of summaries.filter((x) => x.light === 'red')) {
      const answered = RESULT_STATUSES.reduce((n, k) => n + s.counts[k], 0);
      expect(DEVIATION_STATUSES.reduce((n, k) => n + s.counts[k], 0) * 3).toBeGreaterThanOrEqual(answered);
    }
    const woonwaarts = byParty.locator('tbody tr', { has: page.getByRole('button', { name: 'Woonwaarts', exact: true }) });
    const own = report.byParty.find((p) => p.partyId === 'woonwaarts')?.summary;
    expect(await woonwaarts.locator('td.col-response').textContent()).toBe(own ? responseText(own) : '');

    // The open light looks like neither red nor the grey of "niets te melden".
    const look = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; borderStyle: string } }).getComputedStyle(el);
        return `${style.backgroundColor} ${style.borderStyle}`;
      });
    const open = await look('.status-board .light-open');
    expect(open).toContain('dashed');
    if ((await page.locator('.status-board .light-grey').count()) > 0) expect(open).not.toBe(await look('.status-board .light-grey'));
    if ((await page.locator('.status-board .light-red').count()) > 0) expect(open).not.toBe(await look('.status-board .light-red'));
    await scrollToTop(page.getByRole('heading', { name: 'Stand van zaken' }));
    await page.screenshot({ path: screenshotPath('verantwoording-stoplicht-1-stand') });
  });

  it('names who has not answered yet, and has the documents’ one legend', async () => {
    const board = page.locator('section', { has: page.getByRole('heading', { name: 'Stand van zaken' }) });
    const response = board.getByRole('list', { name: 'Respons' });
    expect(await response.locator('li').allTextContents()).toEqual(responseSentences(report));
    expect(await response.textContent()).toContain(
      'Nog niet binnen (termijn tot 28 februari 2027): Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen.',
    );
    expect(await board.locator('.board-legend').textContent()).toBe(stoplightLegend(report.responses));
    await board.locator('.board-legend').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: screenshotPath('verantwoording-stoplicht-2-legenda') });
  });

  it('shows each unanswered activity as “nog niet binnen” with its termijn, never “geen antwoord”', async () => {
    const view = page.locator('section', { has: page.getByRole('heading', { name: 'Gepland en gerealiseerd' }) });
    await view.getByRole('button', { name: 'Alles openklappen' }).click();
    const open = view.locator('tbody tr.is-unanswered');
    const missing = report.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.missing))).length + report.unlinked.missing.length;
    await expect.poll(() => open.count()).toBe(missing);
    for (const row of await open.all()) {
      expect(await row.locator('.status-unanswered').textContent()).toBe('nog niet binnen');
      expect(await row.locator('.unanswered-term').textContent()).toBe('termijn tot 28 februari 2027');
    }
    expect(await view.locator('tbody', { hasText: 'geen antwoord' }).count()).toBe(0);
    // The theme lines count what is still to come apart from the deviations.
    expect(await view.locator('.pa-group-count').allTextContents()).toContainEqual(expect.stringMatching(/\d+ nog niet binnen/));
    await view.getByLabel('Partij').selectOption({ label: 'Gemeente' });
    await expect.poll(() => view.locator('tbody tr').count()).toBe(await view.locator('tbody tr.is-unanswered').count());
    await scrollToTop(view.locator('tr.is-unanswered').first());
    await page.mouse.wheel(0, -250);
    await page.screenshot({ path: screenshotPath('verantwoording-stoplicht-3-nog-niet-binnen') });
    await view.getByRole('button', { name: 'Filters wissen' }).click();
  });

  it('ran without errors in the browser console', () => {
    expect(errors.list()).toEqual([]);
  });
});
