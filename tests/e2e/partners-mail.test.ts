// Chasing the partners in a real browser on a real database: contacts entered
// on the Partijen page (a wrong address refused in Dutch), and on a day after
// the deadline the Overzicht and Inzendingen naming who is late, with the
// e-mail for that one click away, saved and read back by postal-mime.
// Screenshots land in test-output/screenshots.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FilePayload } from '../../src/service/contract';
import { callApi, launchChromium, type RunningShell, screenshotPath, startShell } from './shell';
import { consoleErrors } from './helpers';

/** Four days after "vóór 1 juli": the activiteitenoverzichten for 2027 were due on 30 June 2026. */
const TODAY = '2026-07-04';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

/** A party's uitvraag with one activity of its own, as the partner sends it back. */
async function filledRequest(partyId: string): Promise<FilePayload> {
  const [request] = await callApi<FilePayload[]>(shell, 'makeActivityRequests', { planningYear: 2027, partyIds: [partyId] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from((request as FilePayload).data, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Activiteiten') as ExcelJS.Worksheet;
  let row = 4;
  while (String(sheet.getCell(`A${row}`).value ?? '').startsWith('A')) row++;
  sheet.getCell(`C${row}`).value = `Bewonersavond over het plan van ${partyId}`;
  return { name: `${partyId} 2027.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

beforeAll(async () => {
  shell = await startShell({ today: TODAY });
  for (const partyId of ['gemeente', 'woonwaarts', 'de-kernen']) await callApi(shell, 'commitImport', { file: await filledRequest(partyId) });
  await callApi(shell, 'saveContact', { partyId: 'bewonersraad', name: 'Marja Ünal', email: 'info@bewonersraaddekernen.nl', role: 'secretaris' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  errors.watch(page);
  await page.goto(shell.url);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

describe('contacts and the sender on the Partijen page', () => {
  it('refuses a wrong address in Dutch, keeps a good one, and stores the sender', async () => {
    await menu().getByRole('link', { name: 'Partijen' }).click();
    const hbd = page.getByRole('group', { name: 'HBD' });
    const form = hbd.getByRole('form', { name: 'Contactpersoon toevoegen' });
    await form.getByLabel('Naam').fill('Henk de Boer');
    await form.getByLabel('E-mailadres').fill('secretaris@hbd-huurders');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => hbd.getByRole('alert').textContent()).toBe(
      '"secretaris@hbd-huurders" is geen geldig e-mailadres: na de @ hoort een domein zoals woonwaarts.nl.',
    );
    await form.getByLabel('E-mailadres').fill('secretaris@hbd-huurders.nl');
    await form.getByLabel('Rol (niet verplicht)').fill('voorzitter');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => hbd.locator('.contact-item').textContent()).toBe('Henk de Boer · voorzittersecretaris@hbd-huurders.nlWijzig Henk de BoerVerwijder Henk de Boer');

    const sender = page.getByRole('form', { name: 'Afzender' });
    await sender.getByLabel('Uw naam').fill('Annet de Vries');
    await sender.getByLabel('Uw e-mailadres').fill('secretariaat@druten.nl');
    await sender.getByRole('button', { name: 'Afzender opslaan' }).click();
    await expect.poll(() => sender.getByRole('status').textContent()).toBe('De afzender is opgeslagen.');
    await hbd.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('partijen-contactpersonen'), fullPage: false });
  });
});

describe('the texts of the e-mails', () => {
  it('refuses an unknown placeholder and keeps the secretary\'s own wording, used in the next e-mail', async () => {
    const template = page.locator('details.template', { hasText: 'Herinnering na de termijn' });
    await template.locator(':scope > summary').click();
    const form = template.getByRole('form', { name: 'Tekst: Herinnering na de termijn' });
    await form.getByLabel('Onderwerp').fill('Nog niets van {partji}');
    await form.getByRole('button', { name: 'Tekst opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Onbekende invulplek \{partji\}\. Te gebruiken zijn: \{aanhef\}/);
    await form.getByLabel('Onderwerp').fill('{overzicht} {jaar}: we missen het nog');
    await form.getByRole('button', { name: 'Tekst opslaan' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('De tekst is opgeslagen.');
    await expect.poll(() => template.locator(':scope > summary').textContent()).toContain('eigen tekst');
    await template.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('partijen-emailtekst') });
  });
});

describe('late is late, on the Overzicht and Inzendingen', () => {
  it('names the two parties that sent nothing as overdue, and the e-mail for them is one click away', async () => {
    await menu().getByRole('link', { name: 'Overzicht', exact: true }).click();
    const block = page.locator('.stand-year[data-kind="planning"][data-year="2027"]');
    await expect.poll(() => block.locator('.delivery-list li[data-state="overdue"]').allTextContents()).toEqual([
      'HBD: te laat sinds 1 juli 2026 E-mail: te laat aan HBD',
      'Bewonersraad De Kernen: te laat sinds 1 juli 2026 E-mail: te laat aan Bewonersraad De Kernen',
    ]);
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('overzicht-te-laat') });

    const download = page.waitForEvent('download');
    await block.getByRole('button', { name: 'E-mail: te laat aan HBD' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Te laat activiteitenoverzicht planningsjaar 2027 - HBD.eml');
    const mail = await PostalMime.parse(fs.readFileSync(await file.path()));
    expect(mail.subject).toBe('Activiteitenoverzicht planningsjaar 2027: we missen het nog');
    expect(mail.to).toEqual([{ name: 'Henk de Boer', address: 'secretaris@hbd-huurders.nl' }]);
    expect(mail.from).toMatchObject({ name: 'Annet de Vries', address: 'secretariaat@druten.nl' });
    expect(mail.text).toContain('was 30 juni 2026, 4 dagen geleden');
  });

  it('marks the cell on Inzendingen and offers the e-mail for the selected party', async () => {
    await menu().getByRole('link', { name: 'Inzendingen' }).click();
    const cell = page.getByRole('button', { name: /^HBD, 2027:/ });
    await expect.poll(() => cell.textContent()).toContain('te laat sinds');
    await cell.click();
    const line = page.locator('.selection-delivery');
    await expect.poll(() => line.getAttribute('data-state')).toBe('overdue');
    expect(await line.textContent()).toContain('Termijn 30 juni 2026: te laat sinds 1 juli 2026.');
    await page.locator('.status-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('inzendingen-te-laat'), fullPage: true });
    const received = page.getByRole('button', { name: /^Woonwaarts, 2027:/ });
    expect(await received.textContent()).toContain('te laat ontvangen');
    expect(await page.getByRole('button', { name: /^HBD, 2028:/ }).textContent()).toContain('nog niet aan de beurt');
    // The two refusals, answered 400 with the Dutch message shown: the wrong address and the unknown placeholder.
    expect(errors.list().filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(errors.list()).toHaveLength(2);
  });
});
