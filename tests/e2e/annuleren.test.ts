// A large partner workbook read in the background, in a real browser on the
// built browser shell: while it is read and linked, a panel in the corner says
// what is happening with an "Annuleren" button, and the rest of the window
// keeps answering (another page opens with its data); cancelling ends it, the
// page says nothing was changed, and the database has no submission.
// The screenshot (1280×800) lands in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { woonwaartsOverview } from '../helpers/workbook';
import { consoleErrors } from './helpers';
import { callApi, openPage, screenshotPath, startShell, type RunningShell } from './shell';

// Seconds of reading and linking on any machine, also now that linking is quicker (below the 30,000 rows a sheet may have).
const ROWS = 15_000;

let shell: RunningShell;
let browser: Browser;
let page: Page;
let file: string;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell();
  const texts = Array.from({ length: ROWS }, (_, i) => `Wijkschouw met huurders en gemeente in wijk ${i + 1}`);
  const payload = await woonwaartsOverview(texts, 'Woonwaarts 2027 groot.xlsx');
  // Beside the shell's database, in its fresh folder: cleaned up with it.
  file = path.join(path.dirname(shell.databasePath), payload.name);
  fs.writeFileSync(file, Buffer.from(payload.data, 'base64'));
  ({ browser, page } = await openPage((p) => errors.watch(p)));
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), shell?.stop()]);
  shell?.cleanup();
});

describe('a heavy import in the window', () => {
  it('shows its phase with "Annuleren", leaves the window usable, and cancels with nothing saved', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(file);

    const panel = page.locator('.job-region .job');
    await expect.poll(() => panel.locator('.job-title').textContent(), { timeout: 20_000 }).toBe('Woonwaarts 2027 groot.xlsx inlezen');
    await expect.poll(() => panel.locator('.job-phase').textContent(), { timeout: 20_000 }).toMatch(/^(Bestand lezen|Koppelen aan de afspraken)…$/);
    await page.screenshot({ path: screenshotPath('annuleren-import') });

    // The rest of the window answers meanwhile: another page loads its data from the same shell.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partijen' }).click();
    await expect.poll(() => page.getByText('Woonwaarts').first().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.count()).toBe(1);

    await page.getByRole('button', { name: 'Woonwaarts 2027 groot.xlsx inlezen: annuleren' }).click();
    await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await expect.poll(() => page.getByText('Geannuleerd. Er is niets gewijzigd.').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    expect(await callApi(shell, 'listSubmissionVersions', { partyId: 'woonwaarts', planningYear: 2027 })).toEqual([]);
    expect(errors.list().filter((e) => !e.includes('409'))).toEqual([]);
  });
});
