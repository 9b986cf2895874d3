// A line the app kept as a note that the secretary knows is an activity, in a real browser on the built
// browser shell: one click on "Toch een activiteit" puts it among the activities of the preview, linked
// and counted; "Toch geen activiteit" takes it back; saved, it is stored and in the activity log. And the
// other way: "Geen activiteit" beside a line read as an activity keeps it with the file as a note.
// The screenshot (1280×800) lands in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ActivityRow } from '../../src/domain/activities';
import type { ActivityLogEntry } from '../../src/domain/activity-log';
import { KEPT_LINE, KEPT_LINE_FILE, keptLineWorkbook, NOTE_LINE, NOTE_LINE_ACTIVITIES, NOTE_LINE_FILE, noteLineWorkbook } from '../fixtures/kept-line';
import { consoleErrors } from './helpers';
import { callApi, openPage, screenshotPath, startShell, type RunningShell } from './shell';

const DELIVERY = KEPT_LINE;

let shell: RunningShell;
let browser: Browser;
let page: Page;
let file: string;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell();
  file = path.join(path.dirname(shell.databasePath), KEPT_LINE_FILE);
  fs.writeFileSync(file, await keptLineWorkbook());
  ({ browser, page } = await openPage((p) => errors.watch(p)));
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), shell?.stop()]);
  shell?.cleanup();
});

describe('a kept line made an activity in the preview', () => {
  it('moves among the activities in one click and back, and is saved as one', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(file);
    const found = page.locator('.preview-facts').getByText(/activiteit/).first();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('2 activiteiten');
    const notes = page.locator('section[aria-labelledby="file-notes-title"]');
    expect(await notes.textContent()).toContain(DELIVERY);

    await page.getByRole('button', { name: `Rij 5 toch als activiteit: ${DELIVERY}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');
    const activities = page.locator('section[aria-labelledby="preview-activities-title"]');
    expect(await activities.textContent()).toContain(DELIVERY);
    expect(await notes.textContent()).toContain('Door u als activiteit gekozen');
    expect(await page.locator('.commit-reason').textContent()).toContain('1 regel door u als activiteit gekozen');
    await notes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('regel-als-activiteit') });

    // Back, and once more: the choice is the secretary's until she saves.
    await page.getByRole('button', { name: `Rij 5 weer geen activiteit: ${DELIVERY}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('2 activiteiten');
    await page.getByRole('button', { name: `Rij 5 toch als activiteit: ${DELIVERY}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');

    await page.getByRole('button', { name: /^Opslaan als versie 1/ }).click();
    await expect.poll(() => page.getByText(/versie 1 met 3 activiteiten is\s+nu de huidige versie/).count(), { timeout: 20_000 }).toBe(1);
    const stored = await callApi<ActivityRow[]>(shell, 'listActivities', { partyId: 'bewonersraad', planningYear: 2027 });
    expect(stored.map((a) => a.activity)).toContain(DELIVERY);
    const log = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: 2027 });
    expect(log.filter((e) => e.action === 'as-activity')).toHaveLength(1);
    expect(errors.list()).toEqual([]);
  });

  it('reads it as an activity again in the next version, and keeps it a note there in one click', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    workbook.worksheets[0]?.addRow(['Spreekuur servicekosten in het dorpshuis', 'maart', '']);
    const next = path.join(path.dirname(shell.databasePath), 'Bewonersraad jaarplan 2027 v2.xlsx');
    fs.writeFileSync(next, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByLabel('Bestand om in te lezen').setInputFiles(next);
    const found = page.locator('.preview-facts').getByText(/activiteit/).first();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('4 activiteiten');
    const notes = page.locator('section[aria-labelledby="file-notes-title"]');
    expect(await notes.textContent()).toContain(`${DELIVERY} (gekozen in een eerdere versie)`);

    await page.getByRole('button', { name: `Rij 5 weer geen activiteit: ${DELIVERY} (gekozen in een eerdere versie)` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');
    await page.getByRole('button', { name: /^Opslaan als versie 2/ }).click();
    await expect.poll(() => page.getByText(/versie 2 met 3 activiteiten is\s+nu de huidige versie/).count(), { timeout: 20_000 }).toBe(1);
    const stored = await callApi<ActivityRow[]>(shell, 'listActivities', { partyId: 'bewonersraad', planningYear: 2027 });
    expect(stored.map((a) => a.activity)).not.toContain(DELIVERY);
    expect(errors.list()).toEqual([]);
  });

  it('keeps the choice of afspraak for a line made an activity when another chosen line goes back', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    workbook.worksheets[0]?.addRow(['Streefcijfer 2027: 40 huurwoningen in Horssen', '', 'De Kernen']);
    const third = path.join(path.dirname(shell.databasePath), 'Bewonersraad jaarplan 2027 v3.xlsx');
    fs.writeFileSync(third, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(third);
    const found = page.locator('.preview-facts').getByText(/activiteit/).first();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('2 activiteiten');
    const FIGURE = 'Streefcijfer 2027: 40 huurwoningen in Horssen';

    await page.getByRole('button', { name: `Rij 5 toch als activiteit: ${DELIVERY}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');
    await page.getByRole('button', { name: `Rij 7 toch als activiteit: ${FIGURE}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('4 activiteiten');
    // The secretary links the figure's line to an afspraak by hand, then takes the other line back.
    const select = () => page.locator('tr', { hasText: FIGURE }).locator('select');
    const chosen = await select().locator('optgroup[label="Alle afspraken"] option', { hasText: /^4\.1 bij 1 – / }).getAttribute('value');
    await select().selectOption(chosen as string);
    await page.getByRole('button', { name: `Rij 5 weer geen activiteit: ${DELIVERY}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');
    expect(await select().inputValue()).toBe(chosen);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(errors.list()).toEqual([]);
  });
});

describe('a read activity kept as a note in the preview', () => {
  it('leaves the activities in one click, keeps the other choices, and is saved as a note', async () => {
    const plan = path.join(path.dirname(shell.databasePath), NOTE_LINE_FILE);
    fs.writeFileSync(plan, await noteLineWorkbook());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(plan);
    const found = page.locator('.preview-facts').getByText(/activiteit/).first();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('3 activiteiten');

    // A link chosen by hand for the row below stays with that row when the positions change.
    const select = () => page.locator('tr', { hasText: NOTE_LINE_ACTIVITIES[1] as string }).locator('select');
    const chosen = await select().locator('optgroup[label="Alle afspraken"] option', { hasText: /^4\.1 bij 1 – / }).getAttribute('value');
    await select().selectOption(chosen as string);
    await page.getByRole('button', { name: `Rij 5 geen activiteit: ${NOTE_LINE}` }).click();
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toContain('2 activiteiten');
    const activities = page.locator('section[aria-labelledby="preview-activities-title"]');
    expect(await activities.textContent()).not.toContain(NOTE_LINE);
    const notes = page.locator('section[aria-labelledby="file-notes-title"]');
    expect(await notes.textContent()).toContain(`${NOTE_LINE} (door u als opmerking bewaard)`);
    expect(await select().inputValue()).toBe(chosen);
    expect(await page.locator('.commit-reason').textContent()).toContain('1 regel door u als opmerking bewaard');
    await notes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('regel-als-opmerking') });

    await page.getByRole('button', { name: /^Opslaan als versie 1/ }).click();
    await expect.poll(() => page.getByText(/versie 1 met 2 activiteiten is\s+nu de huidige versie/).count(), { timeout: 20_000 }).toBe(1);
    const stored = await callApi<ActivityRow[]>(shell, 'listActivities', { partyId: 'bewonersraad', planningYear: 2028 });
    expect(stored.map((a) => a.activity)).toEqual(NOTE_LINE_ACTIVITIES);
    expect(stored.find((a) => a.activity === NOTE_LINE_ACTIVITIES[1])?.link).toMatchObject({ status: 'manual', agreementId: Number(chosen) });
    const log = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: 2028 });
    expect(log.filter((e) => e.action === 'as-note')).toHaveLength(1);
    expect(errors.list()).toEqual([]);
  });
});
