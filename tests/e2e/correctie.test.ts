// Correcting one activity on the Inzendingen page in a real browser: the
// planning of one activity corrected with a reason, another removed (and the
// form that asks why), Escape that cancels, and the next version of the file
// that shows what was corrected before. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import type { SubmissionSummary } from '../../src/domain/submissions';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors, scrollToTop } from './helpers';

const BOUW = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const PILOT = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';
const REASON = 'Mail van Woonwaarts, 12 september: oplevering schuift';
const REMOVED = 'Dubbel: staat al in het overzicht van de gemeente';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();

/** Woonwaarts' own overview of 2027: three activities on rows 4, 5 and 6. */
async function woonwaarts(name: string, schouwPlanning = 'Q4 2027'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten 2027');
  sheet.addRow(['Activiteitenoverzicht Woonwaarts 2027']);
  sheet.addRow([]);
  sheet.addRow(['Nr', 'Activiteit', 'Rol', 'Planning', 'Van wie', 'Betrokken']);
  sheet.addRow(['1', BOUW, 'uitvoeren', 'Q2 2027', 'Gemeente', '']);
  sheet.addRow(['2', SCHOUW, 'organiseren', schouwPlanning, '', 'HBD, Gemeente']);
  sheet.addRow(['3', PILOT, 'uitvoeren', '2027', 'Gemeente', '']);
  const file = path.join(work, name);
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

beforeAll(async () => {
  shell = await startShell({ today: '2026-09-15' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
  work = tempFolder('werkbank-e2e-correctie-');
  const file = await woonwaarts('Woonwaarts activiteiten 2027.xlsx');
  await callApi(shell, 'commitImport', {
    file: { name: path.basename(file), data: fs.readFileSync(file).toString('base64') },
    partyId: 'woonwaarts',
    planningYear: 2027,
  });
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const detail = () => page.locator('.selection-card');
const rowOf = (text: string) => detail().locator('.activities-table > tbody > tr').filter({ hasText: text }).first();

function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
}

async function overviewTexts(): Promise<string[]> {
  const o = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: 2027 });
  const all: BundleActivity[] = [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...o.unlinked];
  return all.map((a) => a.activity);
}

describe('Correcting one activity', () => {
  it('opens Woonwaarts 2027 with a quiet Corrigeren and Verwijderen per activity', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).click();
    await expect.poll(() => detail().locator('.activities-table > tbody > tr').count()).toBe(3);
    expect(await detail().getByRole('button', { name: 'Corrigeren (rij 4)' }).count()).toBe(1);
    expect(await detail().getByRole('button', { name: 'Verwijderen (rij 6)' }).count()).toBe(1);
  });

  it('corrects the planning with a reason: the new value, what the partner wrote, and why', async () => {
    await detail().getByRole('button', { name: 'Corrigeren (rij 4)' }).click();
    const form = page.getByRole('form', { name: 'Activiteit op rij 4 corrigeren' });
    // The keyboard is in the form, on its first field.
    await expect.poll(() => hasFocus(form.getByLabel('Activiteit'))).toBe(true);
    expect(await form.getByLabel('Activiteit').inputValue()).toBe(BOUW);
    const save = form.getByRole('button', { name: 'Correctie opslaan' });
    expect(await save.isDisabled()).toBe(true);
    await form.getByLabel('Planning').fill('Q3 2027');
    expect(await save.isEnabled()).toBe(true);
    // Without a reason the service says what is missing, and nothing is stored.
    await save.click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Geef een reden');
    await scrollToTop(rowOf(BOUW));
    await page.screenshot({ path: screenshotPath('correctie-1-formulier') });
    await form.getByLabel('Reden (verplicht)').fill(REASON);
    await save.click();

    await expect.poll(() => form.count()).toBe(0);
    const bouw = rowOf(BOUW);
    expect(await bouw.locator('.activity-fields').textContent()).toContain('PlanningQ3 2027was: Q2 2027');
    expect(await bouw.locator('.correction-note').textContent()).toMatch(new RegExp(`^Gecorrigeerd: ${REASON} \\(`));
    // Back on the action that opened the form.
    await expect.poll(() => hasFocus(bouw.getByRole('button', { name: 'Corrigeren (rij 4)' }))).toBe(true);
  });

  it('closes a form with Escape without changing anything', async () => {
    await detail().getByRole('button', { name: 'Corrigeren (rij 5)' }).click();
    const form = page.getByRole('form', { name: 'Activiteit op rij 5 corrigeren' });
    await form.getByLabel('Planning').fill('nooit');
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    expect(await rowOf(SCHOUW).textContent()).toContain('Q4 2027');
    expect(await rowOf(SCHOUW).locator('.correction-note').count()).toBe(0);
  });

  it('removes another activity with a reason: struck through, still shown, with Herstellen, and out of the overview', async () => {
    expect(await overviewTexts()).toContain(PILOT);
    await detail().getByRole('button', { name: 'Verwijderen (rij 6)' }).click();
    const form = page.getByRole('form', { name: 'Activiteit op rij 6 verwijderen' });
    const reason = form.getByLabel('Waarom verwijdert u deze activiteit? (verplicht)');
    await expect.poll(() => hasFocus(reason)).toBe(true);
    await reason.fill(REMOVED);
    await form.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => form.count()).toBe(0);

    const pilot = rowOf(PILOT);
    expect(await pilot.getAttribute('class')).toBe('is-removed');
    const struck = (el: unknown) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { textDecorationLine: string } }).getComputedStyle(el).textDecorationLine;
    expect(await pilot.locator('.activity-text').evaluate(struck)).toBe('line-through');
    expect(await pilot.locator('.correction-note').textContent()).toMatch(new RegExp(`^Verwijderd: ${REMOVED}`));
    expect(await pilot.getByRole('button', { name: 'Herstellen (rij 6)' }).count()).toBe(1);
    expect(await detail().locator('h3.section-gap').textContent()).toContain('(2 activiteiten, 1 verwijderd)');
    await expect.poll(() => detail().locator('.versions-table tbody tr').first().textContent()).toContain('2');
    expect(await overviewTexts()).not.toContain(PILOT);
    const [version] = await callApi<SubmissionSummary[]>(shell, 'listSubmissionVersions', { partyId: 'woonwaarts', planningYear: 2027 });
    expect(version?.activityCount).toBe(2);

    await scrollToTop(detail().locator('h3.section-gap'));
    await page.screenshot({ path: screenshotPath('correctie-2-gecorrigeerd-en-verwijderd') });
  });

  it('shows in the preview of the next version what was corrected and removed before', async () => {
    const next = await woonwaarts('Woonwaarts activiteiten 2027 v2.xlsx', 'Q1 2028');
    await page.getByLabel('Bestand om in te lezen').setInputFiles(next);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van Woonwaarts activiteiten 2027 v2.xlsx');
    await preview.getByLabel('Partij').selectOption({ label: 'Woonwaarts' });
    const rows = preview.locator('.activities-table > tbody > tr');
    await expect.poll(() => rows.filter({ hasText: BOUW }).locator('.correction-note').textContent()).toMatch(new RegExp(`^Eerder gecorrigeerd: ${REASON}`));
    expect(await rows.filter({ hasText: PILOT }).locator('.correction-note').textContent()).toMatch(new RegExp(`^Eerder verwijderd: ${REMOVED}`));
    expect(await rows.filter({ hasText: PILOT }).getAttribute('class')).toBe('is-removed');
    expect(await rows.filter({ hasText: SCHOUW }).locator('.correction-note').count()).toBe(0);
    await scrollToTop(preview.locator('#preview-activities-title'));
    await page.screenshot({ path: screenshotPath('correctie-3-volgende-versie') });
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => preview.count()).toBe(0);
  });

  it('ran without errors in the browser console', () => {
    // The correction without a reason is refused with HTTP 400, which Chromium logs as a failed resource.
    expect(errors.list().filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
