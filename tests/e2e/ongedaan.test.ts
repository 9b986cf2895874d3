// Undoing one import on the Inzendingen page in a real browser: the button
// beside the latest version only, a question that says what will go (Escape
// closes it and gives the keyboard back), the undo itself with a reason (the
// version before is current again, in the log), and a refusal shown in Dutch.
// Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ActivityLogEntry } from '../../src/domain/activity-log';
import type { ActivityRow } from '../../src/domain/activities';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors } from './helpers';

const BOUW = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const PILOT = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();

async function importWoonwaarts(name: string, activities: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten 2027');
  sheet.addRow(['Nr', 'Activiteit', 'Rol', 'Planning']);
  activities.forEach((a, i) => sheet.addRow([String(i + 1), a, 'uitvoeren', 'Q2 2027']));
  const file = path.join(work, name);
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await callApi(shell, 'commitImport', {
    file: { name, data: fs.readFileSync(file).toString('base64') },
    partyId: 'woonwaarts',
    planningYear: 2027,
  });
}

beforeAll(async () => {
  shell = await startShell({ today: '2026-09-15' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
  work = tempFolder('werkbank-e2e-ongedaan-');
  await importWoonwaarts('Woonwaarts juni.xlsx', [BOUW, SCHOUW]);
  await importWoonwaarts('Woonwaarts verkeerd bestand.xlsx', [BOUW, SCHOUW, PILOT]);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const detail = () => page.locator('.selection-card');
const versionRows = () => detail().locator('.versions-table tbody tr:not(.is-undone)');
const undoneRows = () => detail().locator('.versions-table tbody tr.is-undone');
const undoButton = () => detail().getByRole('button', { name: /^Ongedaan maken…/ });
const question = () => detail().getByRole('form', { name: /ongedaan maken\?$/ });

describe('Undoing one import', () => {
  it('offers the undo beside the latest version only', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).click();
    await expect.poll(() => versionRows().count()).toBe(2);
    expect(await undoButton().count()).toBe(1);
    expect(await versionRows().first().getByRole('button', { name: 'Ongedaan maken… (versie 2)' }).count()).toBe(1);
  });

  it('asks first, saying what goes and what becomes current; Escape closes the question', async () => {
    await undoButton().click();
    await expect.poll(() => question().count()).toBe(1);
    const text = await question().textContent();
    expect(text).toContain('Versie 2 ongedaan maken?');
    expect(text).toContain('Woonwaarts verkeerd bestand.xlsx');
    expect(text).toContain('met 3 activiteiten, hun koppelingen en de notities uit het bestand');
    expect(text).toContain('Versie 1 wordt weer de huidige versie van Woonwaarts.');
    expect(text).toContain('Eerst wordt een reservekopie gemaakt');
    await expect.poll(() => question().getByLabel(/^Reden/).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await question().getByLabel(/^Reden/).fill('Woonwaarts stuurde het verkeerde bestand');
    await question().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('ongedaan-1-vraag') });

    await page.keyboard.press('Escape');
    await expect.poll(() => question().count()).toBe(0);
    await expect.poll(() => undoButton().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await versionRows().count()).toBe(2);
  });

  it('undoes the import: version 1 is current again, and the log says so', async () => {
    await undoButton().click();
    await question().getByLabel(/^Reden/).fill('Woonwaarts stuurde het verkeerde bestand');
    await question().getByRole('button', { name: 'Ja, versie 2 ongedaan maken' }).click();
    await expect.poll(() => detail().getByRole('status').textContent()).toContain('Versie 2 (Woonwaarts verkeerd bestand.xlsx) is ongedaan gemaakt. Versie 1 is weer de huidige.');
    await expect.poll(() => versionRows().count()).toBe(1);
    expect(await versionRows().first().textContent()).toContain('huidige versie');
    // Version 2 stays in the history, marked, above version 1: its number is taken for good.
    expect(await undoneRows().count()).toBe(1);
    const undone = (await undoneRows().textContent())?.replace(/\s+/g, ' ');
    expect(undone).toMatch(/^2 ?ongedaan gemaakt/);
    expect(undone).toContain('Woonwaarts verkeerd bestand.xlsx');
    expect(undone).toMatch(/Ongedaan gemaakt op \d+ \w+ 20\d\d, \d\d:\d\d door .+: Woonwaarts stuurde het verkeerde bestand/);
    expect(await detail().locator('.versions-table tbody tr').first().getAttribute('class')).toBe('is-undone');
    await expect.poll(() => detail().locator('.activities-table > tbody > tr').count()).toBe(2);
    await detail().getByRole('status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('ongedaan-2-gedaan') });

    const log = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: 2027 });
    expect(log[0]).toMatchObject({ action: 'undo-import', partyId: 'woonwaarts', reason: 'Woonwaarts stuurde het verkeerde bestand' });
    // The status grid says version 1 too.
    expect(await page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).textContent()).toContain('Versie 1');
  });

  it('shows a refusal in Dutch and keeps the version', async () => {
    const rows = await callApi<ActivityRow[]>(shell, 'listActivities', { planningYear: 2027, partyId: 'woonwaarts' });
    await callApi(shell, 'correctActivity', { activityId: rows[0]?.id, reason: 'Planning volgens mail', fields: { planning: 'Q3 2027' } });
    await page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).click();
    await undoButton().click();
    await question().getByRole('button', { name: 'Ja, versie 1 ongedaan maken' }).click();
    const alert = question().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/is 1 besluit over de activiteiten vastgelegd/);
    expect(await versionRows().count()).toBe(1);
    await page.screenshot({ path: screenshotPath('ongedaan-3-geweigerd') });
    // The one 409 is this refusal, as intended; Chromium logs every error status.
    expect(errors.list().filter((e) => !e.includes('status of 409 (Conflict)'))).toEqual([]);
    expect(errors.list().filter((e) => e.includes('status of 409'))).toHaveLength(1);
  });
});
