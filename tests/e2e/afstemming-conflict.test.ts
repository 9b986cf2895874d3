// Two windows on one alignment, in a real browser: while the form is open,
// another window records a note; saving the form is refused in Dutch with
// both values, the overview is loaded again, and saving once more changes
// only what this form changed: the other window's note stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';
import { consoleErrors, scrollToTop } from './helpers';

const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

async function schouw(): Promise<BundleActivity> {
  const o = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: 2027 });
  const all = [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...o.unlinked];
  return all.find((a) => a.activity === SCHOUW) as BundleActivity;
}

beforeAll(async () => {
  shell = await startShell({ today: '2026-08-20' });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten 2027');
  sheet.addRow(['Nr', 'Activiteit', 'Rol', 'Planning']);
  sheet.addRow(['1', SCHOUW, 'organiseren', 'Q4 2027']);
  const data = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  await callApi(shell, 'commitImport', { file: { name: 'Woonwaarts 2027.xlsx', data }, partyId: 'woonwaarts', planningYear: 2027 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

describe('Two windows on one alignment', () => {
  it('refuses the stale save with both values, reloads, and then keeps the other window’s note', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezamenlijk overzicht' }).click();
    const row = page.locator('tr.bundle-activity', { hasText: SCHOUW });
    await row.getByRole('button', { name: /^Afstemmen/ }).click();
    const form = page.getByRole('form', { name: 'Afstemming van de activiteit van Woonwaarts' });
    await form.getByLabel('Afstemming').selectOption({ label: 'Toegezegd' });

    // Meanwhile, in another window.
    const read = await schouw();
    await callApi(shell, 'updateAlignment', { planningYear: 2027, identity: read.identity, notes: 'Besproken door Bram op 19 augustus', expectedRevision: 0 });

    await form.getByRole('button', { name: 'Afstemming opslaan' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Iemand anders heeft dit intussen gewijzigd \(.+\); uw wijziging is niet opgeslagen\. Status: nu Nog niet afgestemd, uw keuze Toegezegd\./);
    await scrollToTop(row);
    await page.screenshot({ path: screenshotPath('afstemming-conflict-1-geweigerd') });

    // The form keeps what this window chose; saving again sends only that.
    await form.getByRole('button', { name: 'Afstemming opslaan' }).click();
    await expect.poll(() => row.locator('.col-status').textContent()).toBe('Toegezegd');
    const after = await schouw();
    expect(after.alignment).toMatchObject({ status: 'promised', notes: 'Besproken door Bram op 19 augustus', revision: 2 });
    // The one 409 is the refusal, as intended; Chromium logs every error status.
    expect(errors.list().filter((e) => !e.includes('status of 409 (Conflict)'))).toEqual([]);
  });
});
