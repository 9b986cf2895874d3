// The Inzendingen page in a real browser: the uitvraag made and downloaded,
// Woonwaarts' workbook filled in as a partner would, imported through the file
// input, previewed, a link corrected, confirmed; then a refused file that
// changes nothing. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { ActivityRow } from '../../src/domain/activities';
import type { SubmissionSummary } from '../../src/domain/submissions';
import type { AgreementRow } from '../../src/domain/agreements';
import { CHOICE_ROW, GEMEENTE_CHOICES_FILE, NONE_ROW, PROPOSAL_ROW, gemeenteChoicesWorkbook } from '../fixtures/link-choices';
import { csvFile } from '../fixtures/partner-workbooks';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors, dropFile, headerColumns, scrollToTop } from './helpers';

const OWN_ROW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const UNKNOWN_PARTY = 'Stichting Buurtkracht';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();
const downloads: Download[] = [];

beforeAll(async () => {
  shell = await startShell();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  errors.watch(page);
  page.on('download', (d) => downloads.push(d));
  work = tempFolder('werkbank-e2e-inzendingen-');
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Woonwaarts fills its uitvraag: two prefilled rows, one row of its own with a party name nobody knows. */
async function fillWoonwaarts(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Activiteiten');
  if (!sheet) throw new Error('Geen blad Activiteiten in de uitvraag');
  const col = headerColumns(sheet, 3);
  const activity = col(/^Activiteit/);
  const needs = col(/^Wat hebben we nodig/);
  const from = col(/^Van wie/);
  const planning = col(/^Planning/);
  const involved = col(/^Wie zijn er verder betrokken|^Betrokken/);
  // Prefilled rows carry a key in column A ("A12"); the first two get an answer.
  sheet.getCell(4, activity).value = 'Oplevering 60 sociale huurwoningen De Ruigenhoek\nen start bouw Deest Zuid fase 1';
  sheet.getCell(4, needs).value = 'Snelle omgevingsvergunning';
  sheet.getCell(4, from).value = 'Gemeente';
  sheet.getCell(4, planning).value = 'Q2 2027';
  sheet.getCell(5, activity).value = 'Verkoop van 6 woningen in Deest, gelijk oplopend met de oplevering';
  sheet.getCell(5, planning).value = 'Heel 2027';
  let own = 4;
  while (String(sheet.getCell(own, 1).value ?? '').match(/^A\d+$/)) own++;
  sheet.getCell(own, activity).value = OWN_ROW;
  sheet.getCell(own, involved).value = `HBD, Gemeente, ${UNKNOWN_PARTY}`;
  sheet.getCell(own, planning).value = 'Q4 2027';
  const file = path.join(work, 'Woonwaarts activiteiten 2027.xlsx');
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe('Inzendingen', () => {
  it('shows every party and planning year, nothing received yet', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await expect.poll(() => page.locator('.status-table tbody tr').count()).toBe(5);
    const cell = page.getByRole('button', { name: /^Woonwaarts, 2027:/ });
    expect(await cell.textContent()).toContain('geen uitvraag');
    expect(await page.locator('h1').textContent()).toBe('Inzendingen');
  });

  it('makes the uitvraag for 2027 and hands every workbook to the download', async () => {
    const form = page.getByRole('form', { name: 'Uitvraag maken' });
    await form.getByLabel('Planningsjaar').selectOption('2027');
    await form.getByLabel('Contactpersoon (niet verplicht)').fill('Anne de Vries');
    await form.getByLabel('E-mailadres (niet verplicht)').fill('a.devries@druten.nl');
    await form.getByRole('button', { name: 'Werkmappen maken' }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(5);
    expect(downloads.map((d) => d.suggestedFilename())).toContain('Uitvraag activiteitenoverzicht 2027 - Woonwaarts.xlsx');
    await expect.poll(() => form.getByRole('status').textContent()).toContain('5 werkmappen zijn opgeslagen');
    // The overview now says the uitvraag was made.
    await expect.poll(() => page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).textContent()).toMatch(/uitvraag \d+-\d+-2\d{3}/);
    await page.screenshot({ path: screenshotPath('inzendingen-1-uitvraag') });
  });

  it('imports the filled workbook: preview with party, activities and a problem, a link changed, confirmed', async () => {
    const woonwaarts = downloads.find((d) => d.suggestedFilename().includes('Woonwaarts'));
    if (!woonwaarts) throw new Error('Geen Woonwaarts-werkmap gedownload');
    const file = await fillWoonwaarts(fs.readFileSync(await woonwaarts.path()));

    await page.getByLabel('Bestand om in te lezen').setInputFiles(file);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van Woonwaarts activiteiten 2027.xlsx');
    const facts = await preview.locator('.preview-facts').textContent();
    expect(facts).toContain('Woonwaarts');
    expect(facts).toContain('uit de werkmap');
    expect(facts).toContain('2027');
    expect(facts).toContain('3 activiteiten');
    const rows = preview.locator('.activities-table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('De Ruigenhoek');
    expect(await rows.nth(0).locator('.link-status').textContent()).toBe('uit de uitvraag');
    // The unknown party is kept and named in a warning with its place in the file.
    const problems = preview.locator('.problems-table');
    expect(await problems.textContent()).toContain(`"${UNKNOWN_PARTY}" is onbekend`);
    expect(await problems.textContent()).toMatch(/blad “Activiteiten”, rij \d+, kolom [A-Z]/);

    // Link the own row by hand to the afspraak about wijkschouwen.
    const agreements = await callApi<AgreementRow[]>(shell, 'listAgreements', { text: 'wijkschouw' });
    const target = agreements[0];
    if (!target) throw new Error('Geen afspraak over wijkschouwen');
    const ownRow = rows.filter({ hasText: OWN_ROW });
    await ownRow.getByRole('combobox').selectOption(String(target.id));
    expect(await ownRow.locator('.link-status').textContent()).toBe('met de hand gekozen');
    const confirm = page.getByRole('button', { name: 'Opslaan als versie 1' });
    expect(await confirm.isEnabled()).toBe(true);
    expect(await page.locator('.commit-reason').textContent()).toContain('met 1 gewijzigde koppeling');
    await page.screenshot({ path: screenshotPath('inzendingen-2-voorbeeld') });
    await scrollToTop(preview.locator('#problems-title'));
    await page.screenshot({ path: screenshotPath('inzendingen-3-meldingen-en-koppelingen') });

    await confirm.click();
    const done = page.locator('.import-card .success-box');
    await expect.poll(() => done.textContent(), { timeout: 20_000 }).toContain('versie 1 met 3 activiteiten is nu de huidige versie');

    const stored = await callApi<ActivityRow[]>(shell, 'listActivities', { planningYear: 2027, partyId: 'woonwaarts' });
    expect(stored).toHaveLength(3);
    const own = stored.find((a) => a.activity === OWN_ROW);
    expect(own?.link).toMatchObject({ status: 'manual', agreementId: target.id });
  });

  it('shows version 1 in the overview, the history and the current activities', async () => {
    const cell = page.getByRole('button', { name: /^Woonwaarts, 2027:/ });
    await expect.poll(() => cell.textContent()).toContain('Versie 1');
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    const detail = page.locator('.selection-card');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Woonwaarts · planningsjaar 2027');
    const versions = detail.locator('.versions-table tbody tr');
    await expect.poll(() => versions.count()).toBe(1);
    expect(await versions.first().textContent()).toContain('Woonwaarts activiteiten 2027.xlsx');
    expect(await versions.first().textContent()).toContain('huidig');
    const activities = detail.locator('.activities-table tbody tr');
    await expect.poll(() => activities.count()).toBe(3);
    expect(await detail.locator('.activities-table').textContent()).toContain(OWN_ROW);
    expect(await detail.locator('.activities-table').textContent()).toContain('met de hand gekozen');
    await scrollToTop(page.locator('#main'));
    await page.screenshot({ path: screenshotPath('inzendingen-4-ingelezen') });
    await scrollToTop(page.locator('.import-card'));
    await page.screenshot({ path: screenshotPath('inzendingen-5-versies') });
  });

  it('recognises the same workbook dropped again as already imported', async () => {
    const file = path.join(work, 'Woonwaarts activiteiten 2027.xlsx');
    await dropFile(page, page.locator('.drop-zone'), file);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('.info-box').textContent(), { timeout: 20_000 }).toContain('Dit bestand is al ingelezen');
    expect(await preview.locator('#diff-title').count()).toBe(0);
    expect(await preview.getByRole('button', { name: 'Bevestigen' }).isEnabled()).toBe(true);
    expect(await preview.locator('.commit-reason').textContent()).toContain('er wordt niets opgeslagen');
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => preview.count()).toBe(0);
  });

  it('asks for the party when a spreadsheet of its own does not say, and only then allows saving', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Inzet 2027']);
    sheet.addRow([]);
    sheet.addRow(['Wat gaan we doen?', 'Onze rol', 'Planning']);
    sheet.addRow(['Nieuwsbrief over energiebesparing aan alle leden', 'communicatie', 'Q1']);
    const file = path.join(work, 'inzet.xlsx');
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByLabel('Bestand om in te lezen').setInputFiles(file);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van inzet.xlsx');
    const confirm = preview.getByRole('button', { name: /^Opslaan als versie/ });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await preview.locator('.commit-reason').textContent()).toContain('kies de partij');
    await preview.getByLabel('Partij').selectOption({ label: 'Huurdersbelangen Beuningen Druten' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    expect(await preview.locator('.preview-facts').textContent()).toContain('door u gekozen');
    await page.screenshot({ path: screenshotPath('inzendingen-5b-partij-kiezen') });
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => preview.count()).toBe(0);
  });

  it('shows why each afspraak is proposed, asks to choose where several fit, and counts as links are chosen', async () => {
    const file = path.join(work, GEMEENTE_CHOICES_FILE);
    fs.writeFileSync(file, await gemeenteChoicesWorkbook(true));
    await page.getByLabel('Bestand om in te lezen').setInputFiles(file);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van Inzet gemeente 2027.xlsx');
    await preview.getByLabel('Partij').selectOption({ label: 'Gemeente Druten' });
    const counts = preview.locator('.preview-facts [aria-live]');
    await expect.poll(() => counts.textContent()).toContain('1 voorgesteld · 1 om uit te kiezen · bij 1 geen afspraak gevonden · 0 fouten');

    // "1.1 bij 1" fits three afspraken and the gemeente is in all three: the secretary chooses.
    const rows = preview.locator('.activities-table tbody tr');
    const choice = rows.filter({ hasText: CHOICE_ROW });
    // The preview for the chosen party is in once the party's evidence shows.
    await expect.poll(() => choice.locator('.link-reasons p').textContent()).toBe('verwijzing 1.1 bij 1 past bij 3 afspraken · Gemeente is betrokken · inzet 1 lijkt 40%');
    expect(await choice.locator('.link-status').textContent()).toBe('kies de afspraak');
    expect(await choice.locator('.link-reasons li').allTextContents()).toEqual([
      expect.stringMatching(/^1\.1 bij 1 \(\d\) \S/),
      expect.stringMatching(/^1\.1 bij 1 \(\d\) \S/),
      expect.stringMatching(/^1\.1 bij 1 \(\d\) \S/),
    ]);
    const proposal = rows.filter({ hasText: PROPOSAL_ROW });
    expect(await proposal.locator('.link-status').textContent()).toMatch(/^voorgesteld, tekst lijkt \d+\s?%Bevestig$/);
    expect(await proposal.locator('.link-reasons').textContent()).toMatch(/^Gemeente is trekker · lijkt \d+% op het voorbeeld "Energie[^"]*" · tekst lijkt \d+%/);
    await page.screenshot({ path: screenshotPath('inzendingen-5c-kies-en-voorstel'), fullPage: true });

    // One click on a candidate chooses it: the row's select shows it, and the counts follow.
    const first = choice.locator('.link-reasons li').first();
    const reference = await first.locator('strong').textContent();
    await first.getByRole('button', { name: `Kies ${reference} bij rij`, exact: false }).click();
    await expect.poll(() => counts.textContent()).toContain('1 gekoppeld aan een afspraak · 1 voorgesteld · 0 om uit te kiezen');
    const chosen = await choice.locator('select').evaluate((s: { selectedOptions: ArrayLike<{ textContent: string | null }> }) => s.selectedOptions[0]?.textContent);
    expect(chosen?.split(' – ')[0]).toBe(reference);
    await preview.getByRole('button', { name: 'Bevestig alle voorstellen (1)' }).click();
    await expect.poll(() => counts.textContent()).toContain('2 gekoppeld aan een afspraak · 0 voorgesteld');
    // Nothing found, but the nearest afspraken are listed as such, each to choose with one click.
    const noneRow = rows.filter({ hasText: NONE_ROW });
    expect(await noneRow.locator('.link-nearest').textContent()).toBe('Het dichtst bij, niet voorgesteld:');
    expect(await noneRow.locator('.link-reasons li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^5\.2 bij 1 \(\d\) \S.*kies$/)]),
    );
    // Nothing found is still to decide; one choice says "geen afspraak", and the count says it was decided.
    const none = noneRow.locator('select');
    expect(await none.evaluate((s: { selectedOptions: ArrayLike<{ textContent: string | null }> }) => s.selectedOptions[0]?.textContent)).toBe('Geen afspraak gevonden: kies…');
    await none.selectOption('none');
    await expect.poll(() => counts.textContent()).toContain('om uit te kiezen · bij 0 geen afspraak gevonden · 1 bewust zonder afspraak · 0 fouten');
    expect(await proposal.locator('.link-status').textContent()).toBe('voorstel bevestigd');
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => preview.count()).toBe(0);
  });

  it('refuses a .csv with its Dutch message, and nothing changes', async () => {
    const csv = path.join(work, 'activiteiten woonwaarts.csv');
    fs.writeFileSync(csv, csvFile());
    await page.getByLabel('Bestand om in te lezen').setInputFiles(csv);
    const refusal = page.locator('.refusal');
    await expect.poll(() => refusal.count(), { timeout: 20_000 }).toBe(1);
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(await refusal.locator('h3').textContent()).toBe('Dit bestand is geweigerd');
    const message = (await refusal.locator('.refusal-message').textContent()) ?? '';
    expect(message).toContain('activiteiten woonwaarts.csv');
    expect(message.toLowerCase()).toContain('xlsx');
    expect(await refusal.textContent()).toContain('Er is niets gewijzigd.');
    await scrollToTop(page.locator('.import-card'));
    await page.screenshot({ path: screenshotPath('inzendingen-6-geweigerd') });
    const versions = await callApi<SubmissionSummary[]>(shell, 'listSubmissionVersions', { partyId: 'woonwaarts', planningYear: 2027 });
    expect(versions).toHaveLength(1);
  });

  it('ran without errors in the browser console', () => {
    // The refused file is answered with HTTP 422, which Chromium logs as a failed resource.
    expect(errors.list().filter((e) => !e.includes('status of 422'))).toEqual([]);
  });
});
