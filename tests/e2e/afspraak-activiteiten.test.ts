// The afspraak's detail pane in a real browser: after De Kernen's
// activiteitenoverzicht for 2026, the definitive gezamenlijk overzicht and
// De Kernen's results over 2026, afspraak 1.1 bij 1 (2) shows what De Kernen
// planned on it and how it went. Screenshots land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ImportResult } from '../../src/service/contract';
import type { AgreementRow } from '../../src/domain/agreements';
import { ACTIVITIES_2026 } from '../fixtures/results-cycle';
import { DE_KERNEN_RESULTS_FILE, deKernenResultsWorkbook } from '../fixtures/results-workbooks';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell } from './shell';
import { consoleErrors } from './helpers';

const REFERENCE = '1.1 bij 1 (2)';
const HORSSEN = 'Oplevering van 6 sociale huurwoningen aan de Kerkstraat in Horssen';
const ALTFORST = 'Start bouw van 27 sociale huurwoningen in Altforst';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors.watch(page);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

const pane = () => page.locator('aside.detail-pane');
const section = () => pane().getByRole('region', { name: 'Activiteiten en resultaten' });

/** Opens the Afspraken page and the afspraak with that reference, as the secretary clicks it. */
async function openAgreement(reference: string): Promise<void> {
  const rows = await callApi<AgreementRow[]>(shell, 'listAgreements', {});
  const id = rows.find((r) => r.reference === reference)?.id;
  expect(id, `afspraak ${reference}`).toBeDefined();
  await page.goto(shell.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Afspraken' }).click();
  await page.locator(`tr.agreement-row[data-agreement-id="${id}"]`).click();
  await expect.poll(() => pane().locator('h2').textContent()).toBe(`Afspraak ${reference}`);
}

describe('Afspraak: activiteiten en resultaten', () => {
  it('says calmly that nothing is planned yet on an empty database', async () => {
    await openAgreement(REFERENCE);
    await expect.poll(() => section().textContent()).toContain('Nog niets gepland of ingelezen voor deze afspraak.');
  });

  it('shows De Kernen’s two activities of 2026 with their statuses', async () => {
    const file = ACTIVITIES_2026.find((f) => f.partyId === 'de-kernen');
    if (!file) throw new Error('Geen activiteitenoverzicht van De Kernen in de fixtures.');
    const data = (await file.build()).toString('base64');
    await callApi<ImportResult>(shell, 'commitImport', { file: { name: file.name, data }, partyId: file.partyId, planningYear: 2026 });
    await confirmLinksAndFreeze(shell, 2026);
    const results = (await deKernenResultsWorkbook()).toString('base64');
    await callApi<ImportResult>(shell, 'commitResultsImport', { file: { name: DE_KERNEN_RESULTS_FILE, data: results } });

    await openAgreement(REFERENCE);
    const table = section().getByRole('table', { name: '2026' });
    await expect.poll(() => table.count(), { timeout: 20_000 }).toBe(1);
    const row = (text: string) => table.locator('tbody tr', { hasText: text });
    expect(await row(HORSSEN).count()).toBe(1);
    expect(await row(ALTFORST).count()).toBe(1);
    expect(await row(HORSSEN).locator('td').first().textContent()).toBe('De Kernen');
    expect(await row(HORSSEN).locator('.result-status').textContent()).toBe('gerealiseerd');
    expect(await row(HORSSEN).textContent()).toContain('6 woningen opgeleverd in oktober');
    expect(await row(ALTFORST).locator('.result-status').textContent()).toBe('vertraagd');
    // Only 2026 has something on this afspraak.
    expect(await section().locator('h4').allTextContents()).toEqual(['2026']);

    await section().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('afspraak-activiteiten') });
    expect(errors.list()).toEqual([]);
  });
});
