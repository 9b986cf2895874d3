// Switching the agreement set in a real browser against the web shell: with
// Druten (embedded) and Beuningen (read from its document) in one database,
// the header names the active set and offers the other; choosing Beuningen
// shows Beuningen's afspraken, and the choice is remembered: the next start
// of the shell on the same database opens in Beuningen again.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { consoleErrors } from './helpers';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';

let first: RunningShell;
let second: RunningShell | null = null;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let port: number;
const errors = consoleErrors();

/** A free port, so that the second start has the same address (and so the same browser storage) as the first. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  first = await startShell({ today: '2026-03-10', port });
  const docx = await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT);
  await callApi(first, 'storeAgreementSet', { file: { name: 'Prestatieafspraken Beuningen 2029-2032.docx', data: docx.toString('base64') } });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  errors.watch(page);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await first?.stop();
  first?.cleanup();
});

const setSelect = (p: Page) => p.getByLabel('Set:');

describe('the set switch in the header', () => {
  it('names the active set and offers the other stored one', async () => {
    await page.goto(first.url.replace(/#.*$/, '') + '#/afspraken');
    await expect.poll(() => setSelect(page).inputValue()).toBe('druten-2025-2028');
    expect(await setSelect(page).locator('option').allTextContents()).toEqual([
      'Meerjarige Prestatieafspraken Druten 2025 - 2028',
      'Prestatieafspraken Beuningen 2029–2032',
    ]);
    await expect.poll(() => page.locator('main').textContent()).toContain('Woonwaarts');
  });

  it('shows Beuningen’s afspraken after choosing Beuningen, and none of Druten’s', async () => {
    await setSelect(page).selectOption('beuningen-2029-2032');
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Woonwerk bouwt 90 sociale huurwoningen in Ewijk.');
    expect(await setSelect(page).inputValue()).toBe('beuningen-2029-2032');
    expect(await page.locator('main').textContent()).not.toMatch(/Woonwaarts|Druten/);
    await page.screenshot({ path: screenshotPath('set-wisselen-beuningen'), fullPage: false });
  });

  it('opens in the chosen set at the next start on the same database', async () => {
    await first.stop();
    second = await startShell({ today: '2026-03-10', databasePath: first.databasePath, port });
    await page.goto(second.url.replace(/#.*$/, '') + '#/afspraken');
    await expect.poll(() => setSelect(page).inputValue(), { timeout: 15_000 }).toBe('beuningen-2029-2032');
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Woonwerk bouwt 90 sociale huurwoningen in Ewijk.');
    expect(errors.list()).toEqual([]);
  });

  it('lets the secretary confirm an indicator proposed from Beuningen’s text on the Beheer page', async () => {
    const shell = second as RunningShell;
    await page.goto(shell.url.replace(/#.*$/, '') + '#/beheer');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Voorgestelde indicatoren' }) });
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toMatch(/\d+ voorstellen, waarvan \d+ nog open/);
    expect(await callApi<unknown[]>(shell, 'listIndicators')).toEqual([]);
    await section.getByRole('button', { name: 'Voorstel 1 bevestigen' }).click();
    await expect.poll(() => section.locator('tr[data-status="confirmed"]').count()).toBe(1);
    expect(await section.locator('tr[data-status="confirmed"] td').last().textContent()).toBe('bevestigd');
    expect((await callApi<{ title: string }[]>(shell, 'listIndicators')).map((i) => i.title)).toEqual(['Woonwerk en Maasland Wonen voegen samen 150 sociale huurwoningen toe tot en met 2032']);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('indicator-voorstellen'), fullPage: false });
    expect(errors.list()).toEqual([]);
  });

  it('edits the set’s calendar on the Beheer page, refusing a day that does not exist by naming the deadline', async () => {
    const shell = second as RunningShell;
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Kalender van deze set' }) });
    await form.getByLabel('Dag: Werkgroep stemt de activiteiten met elkaar af').fill('31');
    await form.getByLabel('Maand: Werkgroep stemt de activiteiten met elkaar af').selectOption({ label: 'september' });
    await form.getByRole('button', { name: 'Kalender opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('"Werkgroep stemt de activiteiten met elkaar af": 31 september bestaat niet; september heeft 30 dagen. Er is niets gewijzigd.');
    await form.getByLabel('Dag: Werkgroep stemt de activiteiten met elkaar af').fill('15');
    await form.getByRole('button', { name: 'Kalender opslaan' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('De kalender is opgeslagen.');
    expect((await callApi<{ alignment: unknown }>(shell, 'getCycleDates')).alignment).toEqual({ month: 9, day: 15 });
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('kalender-van-de-set'), fullPage: false });
  });
});
