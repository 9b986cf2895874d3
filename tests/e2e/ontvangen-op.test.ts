// "Ontvangen op" in a real browser: a week after the deadline the secretary
// imports a file that came in on time, states the day it arrived, and the
// Inzendingen page does not call it late; one left at today is late. A day in
// the future is refused in Dutch. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WerkbankApi } from '../../src/service/contract';
import { filledRequest } from '../helpers/filled-request';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors, scrollToTop } from './helpers';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();

beforeAll(async () => {
  // A week after the deadline of planning year 2027 (30 June 2026).
  shell = await startShell({ today: '2026-07-08' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors.watch(page);
  work = tempFolder('werkbank-e2e-ontvangen-');
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The party's uitvraag, made by the running shell and filled in as the partner sends it back. */
async function returnedFile(partyId: string): Promise<string> {
  const api = { makeActivityRequests: (arg: unknown) => callApi(shell, 'makeActivityRequests', arg) } as unknown as WerkbankApi;
  const payload = await filledRequest(api, partyId);
  const file = path.join(work, payload.name);
  fs.writeFileSync(file, Buffer.from(payload.data, 'base64'));
  return file;
}

const cellOf = (party: string) => page.getByRole('button', { name: new RegExp(`^${party}, 2027:`) });

describe('Ontvangen op', () => {
  it('is asked before the commit, today by default, and a day in the future is refused in Dutch', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(await returnedFile('gemeente'));
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van gemeente 2027.xlsx');
    const received = preview.getByLabel('Ontvangen op');
    // Written the Dutch way, whatever the browser's language (this Chromium's is English).
    expect(await received.inputValue()).toBe('8-7-2026');
    expect(await preview.locator('.preview-facts').textContent()).toContain('8 juli 2026');

    // What is no day cannot be stored, and says how to write it.
    const save = page.getByRole('button', { name: 'Opslaan als versie 1' });
    await received.fill('30-2-2026');
    expect(await received.getAttribute('aria-invalid')).toBe('true');
    expect(await save.isEnabled()).toBe(false);
    expect(await preview.locator('.preview-facts').textContent()).toContain('als dag-maand-jaar, bijvoorbeeld 28-6-2026');
    expect(await page.locator('.commit-reason').textContent()).toContain('vul bij Ontvangen op de dag in waarop het bestand binnenkwam');

    await received.fill('9-7-2026');
    await page.getByRole('button', { name: 'Opslaan als versie 1' }).click();
    await expect.poll(() => preview.locator('.commit-bar').textContent()).toContain('Ontvangen op (9 juli 2026) ligt in de toekomst');
    expect(await callApi(shell, 'listSubmissionVersions', { partyId: 'gemeente', planningYear: 2027 })).toEqual([]);
  });

  it('stores the day stated: imported after the deadline but received on time is not late', async () => {
    const preview = page.locator('.preview');
    await preview.getByLabel('Ontvangen op').fill('28-06-2026');
    expect(await page.locator('.commit-reason').textContent()).toContain('ontvangen op 28 juni 2026');
    await page.screenshot({ path: screenshotPath('ontvangen-op-1-voorbeeld') });
    await page.getByRole('button', { name: 'Opslaan als versie 1' }).click();
    await expect.poll(() => page.locator('.import-card .success-box').textContent(), { timeout: 20_000 }).toContain('versie 1');
    expect(await page.locator('.import-card .success-box').textContent()).toContain('Ontvangen op 28 juni 2026: die dag telt voor de termijn.');

    await expect.poll(() => cellOf('Gemeente').textContent()).toContain('ontvangen 28-6-2026');
    expect(await cellOf('Gemeente').textContent()).not.toContain('te laat');
    const versions = page.locator('.selection-card .versions-table tbody tr');
    await expect.poll(() => versions.first().locator('td').first().textContent()).toMatch(/^28 juni 2026/);
    await page.screenshot({ path: screenshotPath('ontvangen-op-2-op-tijd') });
  });

  it('takes a file left at today as received today: late', async () => {
    await page.locator('.import-card .success-box').getByRole('button', { name: 'Sluiten' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(await returnedFile('de-kernen'));
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van de-kernen 2027.xlsx');
    await page.getByRole('button', { name: 'Opslaan als versie 1' }).click();
    await expect.poll(() => cellOf('De Kernen').textContent(), { timeout: 20_000 }).toContain('te laat ontvangen');
    expect(await cellOf('De Kernen').textContent()).toContain('ontvangen 8-7-2026');
  });

  it('the Overzicht names the one received late, with the day, and not the one received on time', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    const stand = page.getByRole('region', { name: 'Stand van het werk' });
    const late = stand.locator('.delivery-list li[data-party="de-kernen"]');
    await expect.poll(() => late.first().getAttribute('data-state'), { timeout: 20_000 }).toBe('late');
    expect(await late.first().textContent()).toContain('te laat ontvangen op 8 juli 2026');
    expect(await stand.locator('.delivery-list li[data-party="gemeente"]').count()).toBe(0);
    await scrollToTop(stand);
    await page.screenshot({ path: screenshotPath('ontvangen-op-3-overzicht') });
    // The one refusal above (the day in the future) is an answer 400 the browser logs; nothing else went wrong.
    expect(errors.list().filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('a received day can be corrected afterwards, with a reason: then the version is no longer late', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await cellOf('De Kernen').click();
    const row = page.locator('.selection-card .versions-table tbody tr').first();
    await expect.poll(() => row.locator('td').first().textContent(), { timeout: 20_000 }).toMatch(/^8 juli 2026/);
    await row.getByRole('button', { name: 'Ontvangen op van versie 1 corrigeren' }).click();
    const form = row.getByRole('form', { name: 'Ontvangen op van versie 1' });
    await form.getByLabel('Ontvangen op').fill('29-6-2026');
    const save = form.getByRole('button', { name: 'Opslaan' });
    // No reason, no correction: it goes into the log.
    expect(await save.isEnabled()).toBe(false);
    await form.getByLabel('Reden (voor het logboek)').fill('De mail van 29 juni lag in de spam');
    await page.screenshot({ path: screenshotPath('ontvangen-op-4-corrigeren') });
    await save.click();
    await expect.poll(() => row.locator('td').first().textContent(), { timeout: 20_000 }).toMatch(/^29 juni 2026/);
    await expect.poll(() => cellOf('De Kernen').textContent()).toContain('ontvangen 29-6-2026');
    expect(await cellOf('De Kernen').textContent()).not.toContain('te laat');
    const [entry] = (await callApi(shell, 'listActivityLog', { planningYear: 2027 })) as { action: string; reason: string }[];
    expect(entry).toMatchObject({ action: 'received-on', reason: 'De mail van 29 juni lag in de spam' });
  });
});
