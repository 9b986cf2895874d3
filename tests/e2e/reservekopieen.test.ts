// The Reservekopieën view on the Beheer page in a real browser: the backups
// listed (date in Dutch, why, what they hold, size), a restore behind a
// question (Escape closes it), after which the data are those of that moment,
// the state before is itself a backup, and the log of the restored database
// says so (also in the page's Logboek). Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BackupListing } from '../../src/service/contract';
import type { ActivityLogEntry } from '../../src/domain/activity-log';
import type { ActivityRow } from '../../src/domain/activities';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors } from './helpers';
import { openWerkbank } from '../../src/service/index';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();

async function importHbd(rows: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['Wat gaan we doen?', 'Planning']);
  for (const r of rows) sheet.addRow([r, 'Q2']);
  const file = path.join(work, 'HBD 2027.xlsx');
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await callApi(shell, 'commitImport', { file: { name: 'HBD 2027.xlsx', data: fs.readFileSync(file).toString('base64') }, partyId: 'hbd', planningYear: 2027 });
}

beforeAll(async () => {
  shell = await startShell({ today: '2026-09-15' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
  work = tempFolder('werkbank-e2e-reservekopie-');
  await importHbd(['Wijkschouw in Deest organiseren']);
  await importHbd(['Wijkschouw in Deest organiseren', 'Nieuwsbrief voor de leden']);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const rows = () => page.locator('.backups-table tbody tr');
const question = () => page.getByRole('form', { name: /terugzetten\?$/ });

describe('Reservekopieën', () => {
  it('says at the start that the database is open elsewhere too', async () => {
    const other = openWerkbank({ databasePath: shell.databasePath, shell: 'cli', changedBy: 'Bram' });
    try {
      await page.goto(shell.url);
      const note = page.getByRole('note');
      await expect.poll(() => note.textContent()).toMatch(/^Let op: deze database is ook geopend in de opdracht prestatie \(Bram, sinds \d+ \w+ 20\d\d, \d\d:\d\d\)\./);
      await page.screenshot({ path: screenshotPath('reservekopieen-0-ook-geopend') });
    } finally {
      other.close();
    }
  });

  it('lists the backups newest first: when in Dutch, why, what they held and how large', async () => {
    await page.goto(shell.url);
    await page.reload();
    await expect.poll(() => page.getByRole('note').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beheer');
    await expect.poll(() => rows().count()).toBe(2);
    const first = (await rows().first().textContent()) ?? '';
    expect(first).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d, \d\d:\d\d/);
    expect(first).toContain('vóór een import');
    expect(first).toContain('HBD 2027 v1');
    expect(first).toMatch(/\d+ kB/);
    expect(await rows().nth(1).textContent()).toContain('nog geen');
    await page.screenshot({ path: screenshotPath('reservekopieen-1-lijst') });
  });

  it('asks before restoring; Escape closes the question and nothing changes', async () => {
    await rows().first().getByRole('button', { name: /^Terugzetten…/ }).click();
    await expect.poll(() => question().count()).toBe(1);
    const text = (await question().textContent()) ?? '';
    expect(text).toContain('Alle gegevens worden weer zoals ze waren op dat moment (vóór een import; 1 activiteitenoverzicht)');
    expect(text).toContain('Eerst wordt de huidige stand zelf als reservekopie bewaard');
    await expect.poll(() => question().getByRole('button', { name: 'Ja, terugzetten' }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.screenshot({ path: screenshotPath('reservekopieen-2-vraag') });
    await page.keyboard.press('Escape');
    await expect.poll(() => question().count()).toBe(0);
    await expect.poll(() => rows().first().getByRole('button').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await rows().count()).toBe(2);
  });

  it('restores: the data are those of that moment, the state before is a backup, and the log says so', async () => {
    const [chosen] = await callApi<BackupListing[]>(shell, 'listBackups');
    await rows().first().getByRole('button', { name: /^Terugzetten…/ }).click();
    await question().getByRole('button', { name: 'Ja, terugzetten' }).click();
    await expect.poll(() => page.locator('.success-box').textContent()).toContain(`Teruggezet: ${chosen?.name}.`);
    await expect.poll(() => rows().count()).toBe(3);
    expect(await rows().first().textContent()).toContain('vóór het terugzetten van een reservekopie');
    await page.screenshot({ path: screenshotPath('reservekopieen-3-teruggezet') });

    const activities = await callApi<ActivityRow[]>(shell, 'listActivities', { planningYear: 2027, partyId: 'hbd' });
    expect(activities.map((a) => a.activity)).toEqual(['Wijkschouw in Deest organiseren']);
    const [entry] = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: 2027 });
    expect(entry).toMatchObject({ action: 'restore', planningYear: null });
    expect(entry?.detail).toContain(`Reservekopie teruggezet: ${chosen?.name}`);

    // The Logboek on the same page says so too, for the planning year shown.
    const log = page.getByRole('region', { name: 'Logboek' });
    expect(await log.getByLabel('Planningsjaar').inputValue()).toBe('2027');
    await expect.poll(() => log.locator('.log-table tbody tr').first().textContent()).toContain('reservekopie teruggezet');
    expect(await log.locator('.log-table tbody tr').first().textContent()).toContain(`Reservekopie teruggezet: ${chosen?.name}`);
    await log.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('reservekopieen-4-logboek') });

    // The Inzendingen page shows the restored state, not what it held before.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByRole('button', { name: /^HBD, 2027:/ }).click();
    await expect.poll(() => page.locator('.selection-card .versions-table tbody tr').count()).toBe(1);
    expect(errors.list()).toEqual([]);
  });
});
