// A database only to look at, in a real browser on the browser shell started
// with --alleen-lezen (which holds for root too): a calm banner says so on
// every page, the import's file button and the freeze button are off, what
// the database holds is shown, a write sent anyway is refused in Dutch, and
// the database file keeps its bytes. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openWerkbank } from '../../src/service/index';
import { consoleErrors } from './helpers';
import { openPage, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let dir: string;
let file: string;
let before: Buffer;
const errors = consoleErrors();

beforeAll(async () => {
  dir = tempFolder('werkbank-e2e-bekijken-');
  file = path.join(dir, 'werkbank.sqlite');
  const made = openWerkbank({ databasePath: file });
  await made.api.saveBundleVersion({ planningYear: 2027 });
  await made.close();
  before = fs.readFileSync(file);
  shell = await startShell({ today: '2026-09-15', databasePath: file, args: ['--alleen-lezen'] });
  ({ browser, page } = await openPage((p) => errors.watch(p)));
});

afterAll(async () => {
  await Promise.all([browser?.close(), shell?.stop()]);
  shell?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const menu = (name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name });

describe('Alleen bekijken', () => {
  it('says so in a banner, shows the agreements, and turns off the import', async () => {
    await page.goto(shell.url);
    const banner = page.locator('.read-only-banner');
    await expect.poll(() => banner.textContent()).toBe(
      `Alleen bekijken: u hebt ${file} geopend om alleen te bekijken. Alles is te zien en te exporteren; inlezen, vastleggen en vaststellen kan hier niet. ` +
        'Kopieer het bestand naar een map waarin u mag schrijven om verder te werken.',
    );
    expect(await banner.getAttribute('role')).toBe('note');
    await menu('Afspraken').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Afspraken');
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(10);
    await menu('Inzendingen').click();
    const chooser = page.getByRole('button', { name: 'kies een bestand…' }).first();
    await expect.poll(() => chooser.count()).toBeGreaterThan(0);
    expect(await chooser.isDisabled()).toBe(true);
    expect(await chooser.getAttribute('title')).toBe('Alleen bekijken: deze database kan hier niet worden gewijzigd.');
    // Making the uitvraag records that it went out: off too.
    expect(await page.getByRole('button', { name: 'Werkmappen maken' }).isDisabled()).toBe(true);
    await chooser.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('alleen-bekijken-1-inzendingen') });
  });

  it('turns off saving and freezing the joint overview, which it still shows', async () => {
    await menu('Gezamenlijk overzicht').click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Gezamenlijk overzicht \d{4}$/);
    const freeze = page.getByRole('button', { name: 'Definitief vaststellen…' });
    await expect.poll(() => freeze.count()).toBe(1);
    expect(await freeze.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Concept opslaan' }).isDisabled()).toBe(true);
    // Computed on the read-only database (in the shell's own turn: no job workers), and shown.
    await expect.poll(() => page.getByText('Bezig met laden van het gezamenlijk overzicht…').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('.error-message, [role="alert"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('alleen-bekijken-2-gezamenlijk') });
  });

  it('refuses a write sent anyway in Dutch, and the file keeps its bytes', async () => {
    const res = await fetch(`${shell.origin}/api/saveBundleVersion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-werkbank-token': shell.token },
      body: JSON.stringify({ planningYear: 2027, final: true }),
    });
    const envelope = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error?.message).toBe(
      `Deze database is alleen te bekijken (alleen-lezen): u hebt ${file} geopend om alleen te bekijken. Er is niets gewijzigd. ` +
        'Kopieer het bestand naar een map waarin u mag schrijven om verder te werken.',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(errors.list().filter((e) => !/status of 4\d\d|500/.test(e))).toEqual([]);
  });
});
