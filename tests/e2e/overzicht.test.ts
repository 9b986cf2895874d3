// The Overzicht page's "Stand van het werk" in a real browser, on a real
// database: empty at first, then two activiteitenoverzichten in for the
// planning year the cycle is preparing, a concept of the gezamenlijk overzicht
// and the definitive version; for an execution year in view, results of two
// parties and the verantwoording's traffic light. The browser shell runs on
// 3 December 2026 (--datum), when both the results round over 2026 and the
// definitive overzicht for 2027 are in view; the years are read from the page
// and checked against the calendar.
// Screenshots land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CalendarView } from '../../src/domain/calendar';
import type { AccountabilityReport } from '../../src/domain/accountability';
import { answeredCount, lightLabel, responseText } from '../../src/domain/stoplight';
import type { ImportResult } from '../../src/service/contract';
import { ACTIVITIES_2026 } from '../fixtures/results-cycle';
import { DE_KERNEN_RESULTS_FILE, GEMEENTE_RESULTS_FILE, deKernenResultsWorkbook, gemeenteResultsWorkbook } from '../fixtures/results-workbooks';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell } from './shell';
import { consoleErrors } from './helpers';

/** In December the results uitvraag over the year goes out and the next year's overzicht is definitief. */
const TODAY = '2026-12-03';

/** The two parties whose overviews come in; the other three are named as missing. */
const SENDERS = ['woonwaarts', 'de-kernen'];

let shell: RunningShell;
let browser: Browser;
let page: Page;
let calendar: CalendarView;
/** The planning year the section shows; read from the page, checked against the calendar's date. */
let planningYear: number;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell({ today: TODAY });
  calendar = await callApi<CalendarView>(shell, 'getCalendar', {});
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors.watch(page);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

const section = () => page.getByRole('region', { name: 'Stand van het werk' });
const planningBlock = () => section().locator('.stand-year[data-kind="planning"]');
const item = (block: Locator, label: string) => block.locator('.stand-item').filter({ has: page.getByRole('link', { name: label, exact: true }) });

/** Leaves the Overzicht and comes back, as the secretary would after working elsewhere. */
async function revisitOverview(): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Inzendingen' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Inzendingen');
  await menu.getByRole('link', { name: 'Overzicht', exact: true }).click();
  await expect.poll(() => section().count()).toBe(1);
}

describe('Overzicht: stand van het werk', () => {
  it('on an empty database says nothing came in and what the next step is', async () => {
    await page.goto(shell.url);
    await expect.poll(() => planningBlock().count(), { timeout: 20_000 }).toBe(1);
    planningYear = Number(await planningBlock().getAttribute('data-year'));
    // The cycle prepares next year's planning: never the calendar year itself.
    expect(calendar.date).toBe(TODAY);
    expect(planningYear).toBe(2027);
    expect(await planningBlock().locator('h3').textContent()).toBe(`Planningsjaar ${planningYear}`);

    const activities = item(planningBlock(), 'Activiteitenoverzichten');
    expect(await activities.textContent()).toContain('Nog niets ontvangen');
    expect(await activities.textContent()).toContain('Volgende stap: de uitvraag maken');
    expect(await activities.getByRole('link').getAttribute('href')).toBe('#/inzendingen');
    const bundle = item(planningBlock(), 'Gezamenlijk overzicht');
    expect(await bundle.textContent()).toContain('Nog geen versie opgeslagen');
    expect(await bundle.textContent()).toContain('Kan zodra er activiteitenoverzichten zijn ingelezen');

    // Whatever execution year is in view has no results yet either.
    for (const block of await section().locator('.stand-year[data-kind="execution"]').all()) {
      expect(await item(block, 'Resultaten').textContent()).toContain('Nog niets ontvangen');
      expect(await block.locator('.light').count()).toBe(0);
    }
    // The calendar parts are still there.
    expect(await page.locator('#now-title').count()).toBe(1);
    expect(await page.locator('#deadlines-title').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('overzicht-stand-leeg') });
  });

  it('counts two activiteitenoverzichten of five and names the three parties still missing', async () => {
    for (const file of ACTIVITIES_2026.filter((f) => SENDERS.includes(f.partyId))) {
      const data = (await file.build()).toString('base64');
      const result = await callApi<ImportResult>(shell, 'commitImport', { file: { name: file.name, data }, partyId: file.partyId, planningYear });
      expect(result.submission.planningYear).toBe(planningYear);
    }
    await callApi(shell, 'saveBundleVersion', { planningYear });
    await revisitOverview();

    const activities = item(planningBlock(), 'Activiteitenoverzichten');
    await expect.poll(() => activities.textContent()).toContain('2 van 5 ontvangen');
    expect(await activities.textContent()).toContain('Nog niet binnen: Gemeente, HBD en Bewonersraad De Kernen');
    const bundle = item(planningBlock(), 'Gezamenlijk overzicht');
    expect(await bundle.textContent()).toContain('concept versie 1');
    expect(await bundle.textContent()).toContain('nog niet definitief');
    await page.screenshot({ path: screenshotPath('overzicht-stand-bezig') });
  });

  it('shows the definitive gezamenlijk overzicht as definitief, and leads to it for that year', async () => {
    await confirmLinksAndFreeze(shell, planningYear);
    await revisitOverview();
    const bundle = item(planningBlock(), 'Gezamenlijk overzicht');
    await expect.poll(() => bundle.locator('.badge-final').textContent()).toBe('definitief');
    expect(await bundle.textContent()).toMatch(/versie 2\s*Vastgesteld op \d{1,2} [a-z]+ \d{4}\./);
    expect(await bundle.textContent()).not.toContain('nog niet definitief');
    await page.screenshot({ path: screenshotPath('overzicht-stand-definitief') });

    await bundle.getByRole('link', { name: 'Gezamenlijk overzicht' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Gezamenlijk overzicht ${planningYear}`);
  });

  it('for an execution year in view: the results that came in, who is missing, the traffic light, and the way to its verantwoording', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    await expect.poll(() => planningBlock().count()).toBe(1);
    // In December the results round of the year is in view.
    const block = section().locator('.stand-year[data-kind="execution"]').first();
    expect(await block.count()).toBe(1);
    const year = Number(await block.getAttribute('data-year'));
    for (const file of ACTIVITIES_2026) {
      const data = (await file.build()).toString('base64');
      await callApi<ImportResult>(shell, 'commitImport', { file: { name: file.name, data }, partyId: file.partyId, planningYear: year });
    }
    await confirmLinksAndFreeze(shell, year);
    // The uitvraag goes out: the Overzicht says when, and by when the answers are due.
    await callApi(shell, 'makeResultsRequests', { executionYear: year });
    await revisitOverview();
    await expect.poll(() => item(block, 'Resultaten').textContent()).toMatch(new RegExp(`Uitvraag gemaakt op \\d{1,2} [a-z]+ \\d{4}; termijn 2\\d februari ${year + 1}`));
    const results: [string, Buffer][] = [
      [DE_KERNEN_RESULTS_FILE, await deKernenResultsWorkbook()],
      [GEMEENTE_RESULTS_FILE, await gemeenteResultsWorkbook()],
    ];
    for (const [name, bytes] of results) {
      await callApi<ImportResult>(shell, 'commitResultsImport', { file: { name, data: bytes.toString('base64') }, executionYear: year });
    }
    await revisitOverview();

    const answers = item(block, 'Resultaten');
    await expect.poll(() => answers.textContent()).toContain('2 van 5 ontvangen');
    expect(await answers.textContent()).toContain('Nog niet binnen: Woonwaarts, HBD en Bewonersraad De Kernen');
    const report = await callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: year });
    // Two of five answered before the deadline: the stoplight judges their answers only, never red for the three still to come.
    const verantwoording = item(block, 'Verantwoording');
    expect(await verantwoording.locator('.light').textContent()).toBe(lightLabel(report.overall.summary));
    const { counts } = report.overall.summary;
    if (report.overall.summary.light === 'red') {
      expect((counts.delayed + counts['not-started'] + counts.dropped) * 3).toBeGreaterThanOrEqual(answeredCount(counts));
    }
    expect(await verantwoording.textContent()).toContain(`${responseText(report.overall.summary)} geplande activiteiten beantwoord`);
    // With the definitive overview there, the line asking for it is gone.
    expect(await item(block, 'Gezamenlijk overzicht').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('overzicht-stand-resultaten') });

    await answers.getByRole('link').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Verantwoording ${year}`);
  });

  it('ran without errors in the browser console', () => {
    expect(errors.list()).toEqual([]);
  });
});
