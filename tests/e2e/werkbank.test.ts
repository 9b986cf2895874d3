// The secretary's path through the app in a real browser: home, the
// agreements filtered by party, one afspraak opened, edited and saved,
// the page reloaded. Screenshots land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AgreementDetail } from '../../src/service/contract';
import type { AgreementRow } from '../../src/domain/agreements';
import type { CalendarView } from '../../src/domain/calendar';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';

const WOONWAARTS_240 = 'Woonwaarts zet in op de bouw van ca. 240 sociale huurwoningen';
const DE_KERNEN_33 = 'De Kernen bouwt 33 sociale huurwoningen';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  shell = await startShell();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    // The conflict scenario's 409 is expected; Chromium logs every error status.
    if (msg.type() === 'error' && !msg.text().includes('status of 409')) pageErrors.push(msg.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

async function tableReferences(p: Page): Promise<string[]> {
  return p.locator('tr.agreement-row .reference').allTextContents();
}

async function resultCount(p: Page): Promise<string> {
  return (await p.getByTestId('result-count').textContent()) ?? '';
}

describe('de Werkbank in de browser', () => {
  it('opens on the home page with today’s phase of the yearly cycle', async () => {
    const calendar = await callApi<CalendarView>(shell, 'getCalendar', {});
    await page.goto(shell.url);
    await expect.poll(() => page.locator('#now-title').count()).toBe(1);
    const now = page.locator('section.card.now');
    if (calendar.currentPhases.length > 0) {
      for (const phase of calendar.currentPhases) {
        await expect.poll(() => now.textContent()).toContain(phase.title);
        for (const about of phase.about) expect(await now.textContent()).toContain(about.label);
      }
    } else {
      await expect.poll(() => now.textContent()).toContain(calendar.betweenPhases ?? '');
    }
    const firstDeadline = calendar.deadlines[0];
    if (firstDeadline) expect(await page.locator('section.deadlines').textContent()).toContain(firstDeadline.title);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Prestatieafspraken Druten/);
    // The secret leaves the address bar once the page has it.
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.screenshot({ path: screenshotPath('1-overzicht') });
  });

  it('lists all afspraken, then exactly those Woonwaarts leads', async () => {
    const all = await callApi<AgreementRow[]>(shell, 'listAgreements', {});
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Afspraken' }).click();
    await expect.poll(() => resultCount(page)).toBe(`${all.length} afspraken`);
    expect(await page.locator('tr.agreement-row').count()).toBe(all.length);
    await page.screenshot({ path: screenshotPath('2-afspraken') });

    const expected = await callApi<AgreementRow[]>(shell, 'listAgreements', { partyId: 'woonwaarts', role: 'lead' });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await page.getByLabel('Partij', { exact: true }).selectOption({ label: 'Woonwaarts' });
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'trekker' });
    await expect.poll(() => resultCount(page)).toBe(`${expected.length} afspraken`);
    await expect.poll(() => tableReferences(page)).toEqual(expected.map((r) => r.reference));

    const texts = await page.locator('tr.agreement-row .col-text .clamp').allTextContents();
    expect(texts.some((t) => t.startsWith(WOONWAARTS_240))).toBe(true);
    // Led by De Kernen alone, or by the gemeente: not Woonwaarts' afspraken.
    expect(texts.some((t) => t.startsWith(DE_KERNEN_33))).toBe(false);
    const ledByGemeente = all.filter((r) => r.leadText === 'Gemeente').map((r) => r.text);
    expect(ledByGemeente.length).toBeGreaterThan(0);
    expect(texts.some((t) => ledByGemeente.includes(t))).toBe(false);
    await page.screenshot({ path: screenshotPath('3-woonwaarts-als-trekker') });
  });

  it('narrows further by year and free text, in the service', async () => {
    const expected = await callApi<AgreementRow[]>(shell, 'listAgreements', {
      partyId: 'woonwaarts',
      role: 'lead',
      year: 2026,
      text: 'huurwoningen',
    });
    await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
    await page.getByLabel('Zoeken', { exact: true }).fill('huurwoningen');
    await expect.poll(() => tableReferences(page)).toEqual(expected.map((r) => r.reference));
    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await page.getByLabel('Jaar', { exact: true }).selectOption({ label: 'Alle jaren' });
    const lead = await callApi<AgreementRow[]>(shell, 'listAgreements', { partyId: 'woonwaarts', role: 'lead' });
    await expect.poll(() => tableReferences(page)).toEqual(lead.map((r) => r.reference));
  });

  it('moves through the theme tree with the arrow keys, one tab stop', async () => {
    const tree = page.getByRole('navigation', { name: 'Thema\'s en onderwerpen' });
    await tree.getByRole('button', { name: /Alle thema's/ }).focus();
    await page.keyboard.press('ArrowDown');
    const focused = async () => (await page.locator(':focus').textContent()) ?? '';
    expect(await focused()).toContain('Woningbouw en beschikbaarheid');
    await page.keyboard.press('Enter');
    const theme1 = await callApi<AgreementRow[]>(shell, 'listAgreements', { partyId: 'woonwaarts', role: 'lead', themeNumber: 1 });
    await expect.poll(() => tableReferences(page)).toEqual(theme1.map((r) => r.reference));
    // From the tree, Tab goes straight on to the search box.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('type')).toBe('search');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toContain('Woningbouw en beschikbaarheid');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const lead = await callApi<AgreementRow[]>(shell, 'listAgreements', { partyId: 'woonwaarts', role: 'lead' });
    await expect.poll(() => tableReferences(page)).toEqual(lead.map((r) => r.reference));
  });

  it('opens an afspraak with the keyboard and shows it in its topic', async () => {
    const row = page.locator('tr.agreement-row', { hasText: WOONWAARTS_240 });
    await row.focus();
    await page.keyboard.press('Enter');
    const pane = page.locator('aside.detail-pane');
    await expect.poll(() => pane.locator('h2').textContent()).toMatch(/^Afspraak 1\.1 bij 1/);
    const id = Number(await row.getAttribute('data-agreement-id'));
    const detail = await callApi<AgreementDetail>(shell, 'getAgreement', { id });
    // Its own inzet item is the highlighted one.
    const own = pane.locator('li.is-own');
    expect(await own.count()).toBe(1);
    expect(await own.textContent()).toContain(detail.commitment?.text ?? '(geen inzet)');
    expect(await pane.textContent()).toContain(detail.schedule.text);
    expect(await pane.textContent()).toContain('Nog geen wijzigingen');
    expect(page.url()).toContain(`#/afspraken/${id}`);
    await page.screenshot({ path: screenshotPath('4-afspraak') });
  });

  it('edits the afspraak, and the change survives a reload with its history', async () => {
    const pane = page.locator('aside.detail-pane');
    await pane.getByRole('button', { name: 'Bewerken' }).click();
    const form = pane.getByRole('form', { name: 'Afspraak bewerken' });
    await form.getByLabel('Betrokkenen').fill('Gemeente en HBD');
    const text = form.getByLabel('Afspraak', { exact: true });
    const newText = `${await text.inputValue()} De voortgang wordt ieder kwartaal gedeeld.`;
    await text.fill(newText);
    await page.screenshot({ path: screenshotPath('5-bewerken') });
    await form.getByRole('button', { name: 'Opslaan' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toContain('is opgeslagen');
    const history = pane.locator('.history-entry');
    await expect.poll(() => history.count()).toBe(2);
    expect(await pane.locator('.agreement-text').textContent()).toContain('ieder kwartaal gedeeld');

    await page.reload();
    await expect.poll(() => pane.locator('h2').textContent()).toMatch(/^Afspraak 1\.1 bij 1/);
    await expect.poll(() => pane.locator('.agreement-text').textContent()).toContain('De voortgang wordt ieder kwartaal gedeeld.');
    expect(await pane.locator('.facts').textContent()).toContain('HBD');
    await expect.poll(() => history.count()).toBe(2);
    const historyText = await pane.locator('.history').textContent();
    expect(historyText).toContain('Betrokkenen gewijzigd');
    expect(historyText).toContain('Gemeente en HBD');
    expect(historyText).toContain('Afspraak gewijzigd');
    await pane.locator('.history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('6-na-herladen') });
  });

  it('shows a conflict in Dutch and loads the newer version', async () => {
    const pane = page.locator('aside.detail-pane');
    const id = Number(page.url().split('#/afspraken/')[1]);
    await pane.getByRole('button', { name: 'Bewerken' }).click();
    const form = pane.getByRole('form', { name: 'Afspraak bewerken' });
    await form.getByLabel('Uitvoering').fill('2025 - 2027');

    // Meanwhile someone else (another window, the CLI) saves the same afspraak.
    const current = await callApi<AgreementDetail>(shell, 'getAgreement', { id });
    await callApi(shell, 'updateAgreement', {
      id,
      involvedText: 'Gemeente, HBD en Bewonersraad De Kernen',
      scheduleText: '2025 - 2030',
      expectedUpdatedAt: current.updatedAt,
    });

    await form.getByRole('button', { name: 'Opslaan' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('intussen door iemand anders gewijzigd');
    // What was typed is still there; the other edit shows in the history, and
    // the field this user left alone now holds the other edit.
    expect(await form.getByLabel('Uitvoering').inputValue()).toBe('2025 - 2027');
    await expect.poll(() => pane.locator('.history').textContent()).toContain('2025 - 2030');
    expect(await form.getByLabel('Betrokkenen').inputValue()).toBe('Gemeente, HBD en Bewonersraad De Kernen');
    await page.screenshot({ path: screenshotPath('7-conflict') });

    // Saving again goes through against the newer version and keeps the other edit.
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => pane.locator('.facts').textContent()).toContain('2025 - 2027');
    const saved = await callApi<AgreementDetail>(shell, 'getAgreement', { id });
    expect(saved.schedule.text).toBe('2025 - 2027');
    expect(saved.involvedText).toBe('Gemeente, HBD en Bewonersraad De Kernen');
  });

  it('asks before throwing away unsaved changes', async () => {
    const pane = page.locator('aside.detail-pane');
    const heading = await pane.locator('h2').textContent();
    await pane.getByRole('button', { name: 'Bewerken' }).click();
    const form = pane.getByRole('form', { name: 'Afspraak bewerken' });
    await form.getByLabel('Uitvoering').fill('Jaarlijks');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('tr.agreement-row:not(.is-selected)').first().click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('nog niet opgeslagen');
    // Stayed: same afspraak, the typed text still there.
    expect(await pane.locator('h2').textContent()).toBe(heading);
    expect(await form.getByLabel('Uitvoering').inputValue()).toBe('Jaarlijks');
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => pane.getByRole('button', { name: 'Bewerken' }).count()).toBe(1);
  });

  it('has the glossary and the parties', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' }).click();
    await expect.poll(() => page.locator('.glossary-entry').count()).toBeGreaterThan(3);
    expect(await page.locator('.glossary').first().textContent()).toContain('Nultredenwoningen');
    await page.screenshot({ path: screenshotPath('8-begrippen') });

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partijen' }).click();
    await expect.poll(() => page.locator('.parties-table tbody tr').count()).toBe(5);
    expect(await page.locator('.parties-table').textContent()).toContain('Huurdersbelangen Beuningen Druten');
    await page.screenshot({ path: screenshotPath('9-partijen') });
  });

  it('says in Dutch what is wrong when the page is opened without its token', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const bare = await context.newPage();
    await bare.goto(`${shell.origin}/`);
    const alert = bare.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('de sleutel ontbreekt of klopt niet');
    await bare.screenshot({ path: screenshotPath('10-zonder-sleutel') });
    await context.close();
  });

  it('ran without errors in the browser console', () => {
    expect(pageErrors).toEqual([]);
  });
});
