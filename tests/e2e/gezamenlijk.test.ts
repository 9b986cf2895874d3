// The Gezamenlijk overzicht page in a real browser, on four parties' own
// spreadsheets: the bundle with its gaps, a duplicate proposal accepted, a
// concept saved, a promise recorded and compared with the concept, an afspraak
// marked onvoldoende opgepakt, the Word export downloaded, the links the
// Werkbank only proposed shown as such and decided (one confirmed, a choice
// made, the rest confirmed at once) before the definitive version is frozen
// and shown read-only. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { JointOverview } from '../../src/domain/joint-overview';
import type { ImportResult } from '../../src/service/contract';
import type { ActivityLogEntry } from '../../src/domain/activity-log';
import type { ActivityRow } from '../../src/domain/activities';
import { openQuestions } from '../../src/domain/open-questions';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';
import { docxPart, xmlToText } from '../helpers/office';
import { consoleErrors, scrollToTop } from './helpers';

const YEAR = 2027;
const WIJKSCHOUW = '5.1 bij 2 (1)';
const OPLEVERING = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const PROMISE = 'Behandelt de omgevingsvergunning binnen acht weken na de aanvraag.';
const BEELDKWALITEIT = 'Beeldkwaliteitsplan opstellen voor de nieuwbouw van Woonwaarts';
// Agreed with a date that has passed by the time the test runs (after 2026): the page says so.
const FOLLOW_UP = 'De gemeente plant vóór 1 oktober 2026 een eerste bijeenkomst; voortgang in het BO van november.';
const PASSED = 'Let op: 1 oktober 2026 is al voorbij; of dit is gebeurd, is niet vastgelegd.';
/** The Bewonersraad's rows: a reference to three afspraken ("kies"), one without afspraak, one the text links ("voorgesteld"). */
const CHOICE = 'Overleg over de bouwplanning';
const NONE = 'Ledenwerfactie in Altforst en Horssen';
const PROPOSED = 'Huurders informeren over de pluspakketten voor meer wooncomfort';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

/** A partner's own spreadsheet: a title, a blank row, then the table. */
async function ownWorkbook(title: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten');
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['Afspraak', 'Wat gaan we doen?', 'Wat hebben we nodig van anderen?', 'Van wie?', 'Planning']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function importFor(partyId: string, name: string, rows: string[][]): Promise<void> {
  const data = await ownWorkbook(name.replace(/\.xlsx$/, ''), rows);
  const result = await callApi<ImportResult>(shell, 'commitImport', { file: { name, data }, partyId, planningYear: YEAR });
  expect(result.submission.version).toBe(1);
}

const tab = (name: RegExp) => page.getByRole('tab', { name });
const panel = () => page.getByRole('tabpanel');

beforeAll(async () => {
  shell = await startShell();
  await importFor('gemeente', 'Activiteiten gemeente 2027.xlsx', [
    [WIJKSCHOUW, 'Wijkschouw in Druten-Zuid organiseren met de corporaties en de huurders', '', '', 'Q2 2027'],
    // On the afspraak where Woonwaarts asks the gemeente for its permit, but about something else.
    ['1.1 bij 1 (1)', BEELDKWALITEIT, '', '', 'Q1 2027'],
  ]);
  await importFor('woonwaarts', 'Woonwaarts activiteiten 2027.xlsx', [
    [WIJKSCHOUW, 'Wijkschouw in Druten-Zuid organiseren met de gemeente en de huurders', '', '', 'Q2 2027'],
    ['1.1 bij 1 (1)', OPLEVERING, 'Tijdige omgevingsvergunning en bouwrijpe grond', 'Gemeente', 'Q3 2027'],
  ]);
  await importFor('hbd', 'HBD activiteiten 2027.xlsx', [
    [WIJKSCHOUW, 'Wijkschouw in Druten-Zuid: huurders uitnodigen en mee organiseren', 'Verslag van de wijkschouw', 'Woonwaarts', 'Q2 2027'],
  ]);
  await importFor('bewonersraad', 'Jaarplan 2027 Bewonersraad De Kernen.xlsx', [
    ['1.1 bij 1', CHOICE, '', '', 'Q1 2027'],
    ['', NONE, '', '', 'Voorjaar 2027'],
    ['', PROPOSED, '', '', 'Q1 2027'],
  ]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  errors.watch(page);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

describe('Gezamenlijk overzicht', () => {
  it('opens the bundle of 2027: who submitted, the afspraken with their activities, the gaps', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezamenlijk overzicht' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Gezamenlijk overzicht ${YEAR}`);
    const states = page.getByRole('list', { name: 'Inzendingen' });
    await expect.poll(() => states.textContent()).toContain('Woonwaarts versie 1');
    expect(await states.textContent()).toContain('De Kernen niet ingediend');

    const wijkschouw = page.locator('.bundle-agreement', { hasText: WIJKSCHOUW });
    // The summary comes first, the rows after it.
    await expect.poll(() => wijkschouw.locator('tbody tr.bundle-activity').count(), { timeout: 20_000 }).toBe(3);
    // An afspraak that runs in 2027 without any activity is marked.
    const overview = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR });
    expect(overview.counts.agreementsWithoutActivity).toBeGreaterThan(0);
    expect(await page.locator('.bundle-agreement.has-gap').count()).toBeGreaterThan(0);
    // Where an activity with an open link may belong, "none submitted" is not said as fact.
    const undecided = overview.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements)).filter((a) => a.gaps.includes('no-activity') && (a.undecided ?? []).length > 0);
    expect(undecided.length).toBeGreaterThan(0);
    expect(await page.locator('.bundle-agreement .badge-warn', { hasText: 'Geen activiteit ingediend' }).count()).toBe(
      overview.counts.agreementsWithoutActivity - undecided.length,
    );
    expect(await page.locator('.bundle-agreement .badge-warn', { hasText: /^Nog geen activiteit gekoppeld \(\d activiteit(en)? k(an|unnen) erbij horen, nog te besluiten\)$/ }).count()).toBe(
      undecided.length,
    );
    // What the Werkbank only proposed is said so, and counted: it cannot be frozen like this.
    const bar = page.getByRole('region', { name: '3 koppelingen met afspraken nog niet besloten' });
    expect(await bar.textContent()).toContain('1 voorgesteld door de Werkbank, 1 te kiezen, 1 zonder gevonden afspraak');
    expect(await bar.getByRole('button', { name: 'Bevestig alle voorstellen (2)' }).count()).toBe(1);
    const proposed = page.locator('tr.bundle-activity', { hasText: PROPOSED });
    // A link the Werkbank proposed, named so: never to be mixed up with the werkgroep's alignment ("Nog niet afgestemd").
    expect(await proposed.locator('.badge-proposed').textContent()).toBe('voorgestelde koppeling');
    expect(await proposed.locator('.col-status').textContent()).toBe('Nog niet besproken');
    const unlinked = page.getByRole('region', { name: 'Niet gekoppeld aan een afspraak' });
    expect(await unlinked.locator('tr.bundle-activity', { hasText: CHOICE }).textContent()).toMatch(/kies: 1\.1 bij 1 \(\d\), 1\.1 bij 1 \(\d\) of 1\.1 bij 1 \(\d\)/);
    expect(await unlinked.locator('tr.bundle-activity', { hasText: NONE }).textContent()).toContain('geen afspraak gevonden');
    expect(await page.locator('.stat', { hasText: 'Open koppelingen' }).locator('dd').textContent()).toBe('3');
    await page.screenshot({ path: screenshotPath('gezamenlijk-1-overzicht') });
    await scrollToTop(wijkschouw);
    await page.screenshot({ path: screenshotPath('gezamenlijk-2-wijkschouw') });
  });

  it('narrows to one party and to the knelpunten', async () => {
    const count = page.getByTestId('bundle-count');
    const all = await count.textContent();
    await page.getByLabel('Alleen knelpunten').check();
    await expect.poll(() => count.textContent()).not.toBe(all);
    expect(await page.locator('.bundle-agreement:not(.has-gap)').count()).toBeLessThan(await page.locator('.bundle-agreement').count());
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByRole('search', { name: 'Overzicht filteren' }).getByLabel('Partij').selectOption({ label: 'HBD' });
    await expect.poll(() => page.locator('tr.bundle-activity').count()).toBe(1);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => count.textContent()).toBe(all);
  });

  it('accepts the proposal that the three wijkschouwen are one joint activity', async () => {
    await tab(/Dubbel gemeld/).click();
    const proposal = panel().locator('.proposal', { hasText: WIJKSCHOUW });
    await expect.poll(() => proposal.count()).toBe(1);
    expect(await proposal.locator('.proposal-activities li').count()).toBeGreaterThanOrEqual(2);
    expect(await proposal.locator('.badge').first().textContent()).toBe('nog niet besloten');
    await page.screenshot({ path: screenshotPath('gezamenlijk-3-dubbel') });
    await proposal.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await expect.poll(() => proposal.locator('.badge').first().textContent()).toBe('samengevoegd tot één gezamenlijke activiteit');
    const overview = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR });
    expect(overview.duplicates.find((d) => d.decision === 'accepted')).toBeDefined();

    await tab(/^Overzicht/).click();
    const wijkschouw = page.locator('.bundle-agreement', { hasText: WIJKSCHOUW });
    // The tab loads its own part after the click: wait for it.
    await expect.poll(() => wijkschouw.locator('.badge-joint').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await scrollToTop(wijkschouw);
    await page.screenshot({ path: screenshotPath('gezamenlijk-3b-samengevoegd') });
  });

  it('saves a concept as version 1', async () => {
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Opgeslagen als concept, versie 1.');
  });

  it('checks wederkerigheid on content, counts the open questions alike everywhere, and lets the werkgroep mark an answer', async () => {
    const counted = async () => openQuestions(await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR }));
    const tile = () => page.locator('.stat', { hasText: 'Open vragen' }).locator('dd').textContent();
    const q = await counted();
    expect(q.open).toBeGreaterThan(0);
    await tab(/Wederkerigheid/).click();
    // The tile, the tab, the list and the aandachtspunten say the same number.
    expect(await tile()).toBe(`${q.open} van ${q.total}`);
    expect(await tab(/Wederkerigheid/).textContent()).toContain(`${q.open} open`);
    await expect.poll(() => panel().locator('#open-needs-title').textContent()).toBe(`Open vragen (${q.open})`);

    // The gemeente does something on the same afspraak, but not what Woonwaarts asks: the request stays open.
    const request = panel().locator('.need-item', { hasText: 'Tijdige omgevingsvergunning en bouwrijpe grond' });
    expect(await request.textContent()).toContain('Woonwaarts vraagt van Gemeente');
    expect(await request.locator('.answer-list').count()).toBe(0);
    // HBD's request is answered by Woonwaarts' part in the same joint wijkschouw, and says so.
    const answered = panel().locator('details', { hasText: 'Beantwoorde vragen' });
    await answered.locator('summary').click();
    expect(await answered.locator('.need-item', { hasText: 'Verslag van de wijkschouw' }).textContent()).toContain(
      'Beantwoord door Woonwaarts: ‘Wijkschouw in Druten-Zuid organiseren met de gemeente en de huurders’ (dezelfde gezamenlijke activiteit)',
    );
    await scrollToTop(panel());
    await page.screenshot({ path: screenshotPath('gezamenlijk-5a-wederkerigheid-open') });

    // The werkgroep knows better: it marks the gemeente's activity as the answer, and every count follows.
    const mark = request.getByRole('form', { name: 'Antwoord aanmerken: Woonwaarts vraagt van Gemeente' });
    await mark.getByLabel('Beantwoord door').selectOption({ label: `1.1 bij 1 (1): ${BEELDKWALITEIT}` });
    // Not without a reason: it goes into the logboek and stands beside the answer.
    expect(await mark.getByRole('button', { name: 'Als antwoord aanmerken' }).isDisabled()).toBe(true);
    await mark.getByLabel('Waarom').fill('Besproken op 3 september: het beeldkwaliteitsplan regelt de vergunning');
    await mark.getByRole('button', { name: 'Als antwoord aanmerken' }).click();
    await expect.poll(() => panel().locator('#open-needs-title').textContent()).toBe(`Open vragen (${q.open - 1})`);
    expect((await counted()).open).toBe(q.open - 1);
    expect(await tile()).toBe(`${q.open - 1} van ${q.total}`);
    const marked = answered.locator('.need-item', { hasText: 'Tijdige omgevingsvergunning en bouwrijpe grond' });
    expect(await marked.textContent()).toContain(
      `Beantwoord door Gemeente: ‘${BEELDKWALITEIT}’ (door de werkgroep als antwoord aangemerkt: Besproken op 3 september: het beeldkwaliteitsplan regelt de vergunning)`,
    );
    await scrollToTop(marked);
    await page.screenshot({ path: screenshotPath('gezamenlijk-5b-wederkerigheid-aangemerkt') });
    // Taken back: open again, as the promise below expects.
    await marked.getByRole('button', { name: 'Besluit weghalen' }).click();
    await expect.poll(() => panel().locator('#open-needs-title').textContent()).toBe(`Open vragen (${q.open})`);

    // The other way round: what the text match counted as the answer is not; the werkgroep sets it to open, with why.
    const wijkschouw = answered.locator('.need-item', { hasText: 'Verslag van de wijkschouw' });
    await wijkschouw.getByRole('button', { name: 'Geen antwoord? Toch open zetten' }).click();
    await wijkschouw.getByLabel('Waarom is dit geen antwoord').fill('De wijkschouw zelf is geen verslag');
    await wijkschouw.getByRole('button', { name: 'Open zetten' }).click();
    await expect.poll(() => panel().locator('#open-needs-title').textContent()).toBe(`Open vragen (${q.open + 1})`);
    expect(await tile()).toBe(`${q.open + 1} van ${q.total}`);
    const reopened = panel().locator('.need-item', { hasText: 'Verslag van de wijkschouw' }).first();
    expect(await reopened.textContent()).toContain('(dezelfde gezamenlijke activiteit) beantwoordt de vraag niet. Reden: De wijkschouw zelf is geen verslag.');
    await scrollToTop(reopened);
    await page.screenshot({ path: screenshotPath('gezamenlijk-5c-wederkerigheid-toch-open') });
    await reopened.getByRole('button', { name: 'Besluit weghalen' }).click();
    await expect.poll(() => panel().locator('#open-needs-title').textContent()).toBe(`Open vragen (${q.open})`);

    await tab(/Aandachtspunten/).click();
    await expect.poll(() => panel().locator('#attention-need-unanswered .count').textContent()).toBe(String(q.open));
    expect(await panel().locator('.attention-item', { hasText: 'Tijdige omgevingsvergunning' }).textContent()).toContain(
      `De Gemeente doet bij deze afspraak wel ‘${BEELDKWALITEIT}’, maar daarin staat niet wat er gevraagd wordt`,
    );
    await tab(/^Overzicht/).click();
  });

  it('records the gemeente’s promise on what Woonwaarts needs, and the need counts as answered', async () => {
    const row = page.locator('tr.bundle-activity', { hasText: OPLEVERING });
    expect(await row.locator('.need-list').textContent()).toContain('Gemeente: open');
    await row.getByRole('button', { name: /^Afstemmen/ }).click();
    const form = page.getByRole('form', { name: 'Afstemming van de activiteit van Woonwaarts' });
    await form.getByLabel('Afstemming').selectOption({ label: 'Toegezegd' });
    await form.getByRole('button', { name: 'Toezegging toevoegen' }).click();
    // The new promise starts with the party asked.
    expect(await form.getByLabel('Partij').inputValue()).toBe('gemeente');
    await form.getByLabel('Zegt toe').fill(PROMISE);
    await form.getByLabel('Notities van de werkgroep').fill('Besproken in de werkgroep van 28 augustus.');
    await scrollToTop(row);
    await page.screenshot({ path: screenshotPath('gezamenlijk-4-afstemmen') });
    await form.getByRole('button', { name: 'Afstemming opslaan' }).click();

    await expect.poll(() => row.locator('.col-promises').textContent()).toContain(PROMISE);
    expect(await row.locator('.col-status').textContent()).toBe('Toegezegd');
    expect(await row.locator('.need-list').textContent()).toContain('Gemeente: beantwoord');
    const overview = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR });
    const need = overview.needs.find((n) => n.fromPartyId === 'woonwaarts' && n.toPartyId === 'gemeente');
    expect(need?.answered).toBe(true);

    await tab(/Wederkerigheid/).click();
    const matrix = panel().locator('.matrix-table');
    const woonwaartsRow = matrix.locator('tbody tr', { hasText: 'Woonwaarts' });
    // Columns: the row header, then the parties in order; the gemeente is the first.
    expect(await woonwaartsRow.locator('td').first().textContent()).toBe('1 van 1');
    await page.screenshot({ path: screenshotPath('gezamenlijk-5-wederkerigheid') });
    await tab(/^Overzicht/).click();
  });

  it('marks an afspraak without activity as onvoldoende opgepakt, with its follow-up', async () => {
    const gap = page.locator('.bundle-agreement', { has: page.locator('.badge-warn', { hasText: 'Geen activiteit ingediend' }) }).first();
    const reference = (await gap.locator('.reference').first().textContent()) ?? '';
    await gap.getByRole('button', { name: 'Markeren als onvoldoende opgepakt…' }).click();
    const form = page.getByRole('form', { name: `Onvoldoende opgepakt: ${reference}` });
    await form.getByLabel('Afgesproken vervolg').fill(FOLLOW_UP);
    await form.getByRole('button', { name: 'Markering opslaan' }).click();
    const marked = page.locator(`.bundle-agreement`, { hasText: reference }).first();
    await expect.poll(() => marked.locator('.insufficient-box').textContent()).toContain(FOLLOW_UP);
    expect(await marked.locator('.insufficient-box').textContent()).toContain(PASSED);
    await tab(/Aandachtspunten/).click();
    await expect.poll(() => panel().textContent()).toContain(FOLLOW_UP);
    expect(await panel().locator('.attention-item', { hasText: FOLLOW_UP }).textContent()).toContain(PASSED);
    await page.screenshot({ path: screenshotPath('gezamenlijk-6-aandachtspunten') });

    // From the aandachtspunt straight to the afspraak in the overview, with the keyboard's focus on it.
    const point = panel().locator('.attention-item', { hasText: FOLLOW_UP });
    await point.getByRole('button', { name: 'Toon in overzicht' }).click();
    expect(await tab(/^Overzicht/).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator(':focus').locator('.insufficient-box').textContent()).toContain(FOLLOW_UP);
  });

  it('compares the concept with the werkversie: the promise is the change', async () => {
    // The tabs are one tab stop; the arrow keys move between them.
    await tab(/^Overzicht/).focus();
    await page.keyboard.press('End');
    expect(await tab(/Versies/).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await tab(/Wederkerigheid/).getAttribute('aria-selected')).toBe('true');
    await tab(/Versies/).click();
    const form = page.getByRole('form', { name: 'Versies vergelijken' });
    await form.getByLabel('Van').selectOption({ label: 'Versie 1 (concept)' });
    await form.getByRole('button', { name: 'Vergelijken' }).click();
    const comparison = panel().locator('.comparison');
    await expect.poll(() => comparison.textContent()).toContain('Van versie 1 (concept) naar de werkversie');
    const changed = comparison.locator('.change-changed', { hasText: OPLEVERING });
    expect(await changed.textContent()).toContain(PROMISE);
    await page.screenshot({ path: screenshotPath('gezamenlijk-7-vergelijken') });
  });

  it('exports the overview as a Word document, and one party’s part as Excel', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Word', exact: true }).click();
    await scrollToTop(page.locator('#main'));
    // For looking at the progress indicator; the export may already be done.
    await page.screenshot({ path: screenshotPath('gezamenlijk-7b-exporteren') });
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Gezamenlijk activiteitenoverzicht 2027 - werkversie\.docx$/);
    const bytes = fs.readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(10_000);
    // The werkversie says what is only a proposal.
    const text = xmlToText(await docxPart(bytes, 'word/document.xml'));
    expect(text).toContain('voorgestelde koppeling');
    expect(text).toContain('geen afspraak gevonden');
    await expect.poll(() => page.locator('.export-done').textContent()).toContain('.docx');

    await page.getByLabel('Exporteren').selectOption({ label: 'Alleen Woonwaarts' });
    const excel = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel', exact: true }).click();
    const sheet = await excel;
    expect(sheet.suggestedFilename()).toBe('Gezamenlijk activiteitenoverzicht 2027 - werkversie - Woonwaarts.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(await sheet.path()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    await page.getByLabel('Exporteren').selectOption({ label: 'Heel het overzicht' });
  });

  it('will not freeze while links are open: the dialog names them, with what else is open', async () => {
    await page.getByRole('button', { name: 'Definitief vaststellen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Overzicht 2027 definitief vaststellen' });
    const open = dialog.getByRole('group', { name: 'Open koppelingen' });
    await expect.poll(() => open.locator('li').count()).toBe(3);
    expect(await open.textContent()).toContain('3 koppelingen met afspraken zijn nog niet besloten.');
    expect(await open.textContent()).toContain(`Bewonersraad De Kernen, blad Activiteiten, rij 5: “${NONE}” — geen afspraak gevonden`);
    expect(await open.textContent()).toContain(`Bewonersraad De Kernen, blad Activiteiten, rij 6: “${PROPOSED}” — voorgestelde koppeling 3 bij 7, nog niet bevestigd`);
    expect(await dialog.textContent()).toContain('Geen open voorstellen om dubbel gemelde activiteiten samen te voegen.');
    const overview = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR });
    expect(await dialog.textContent()).toContain(`${overview.attention.length} aandachtspunten staan in het overzicht`);
    expect(await dialog.getByRole('button', { name: 'Definitief vaststellen', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('gezamenlijk-8a-definitief-geweigerd') });
    // From the dialog to the open links themselves.
    await dialog.getByRole('button', { name: 'Naar de open koppelingen' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByLabel('Alleen open koppelingen').isChecked()).toBe(true);
    await expect.poll(() => page.locator('tr.bundle-activity').count()).toBe(3);
  });

  it('confirms one proposal with one click', async () => {
    const row = page.locator('tr.bundle-activity', { hasText: PROPOSED });
    expect(await row.textContent()).toContain('De Werkbank stelt afspraak 3 bij 7 voor; de werkgroep heeft die koppeling nog niet bevestigd.');
    // Another afspraak can be chosen instead; here the secretary thinks better of it.
    await row.getByRole('button', { name: 'Andere afspraak…' }).click();
    const chooser = row.getByRole('form', { name: /^Afspraak kiezen voor Bewonersraad De Kernen/ });
    expect(await chooser.getByLabel(/^Afspraak voor/).locator('option', { hasText: /^Geen afspraak/ }).count()).toBe(1);
    await chooser.getByRole('button', { name: 'Annuleren' }).click();
    await scrollToTop(row);
    await page.screenshot({ path: screenshotPath('gezamenlijk-8a2-voorgesteld') });
    await row.getByRole('button', { name: /^Bevestig 3 bij 7/ }).click();
    await expect.poll(() => page.locator('tr.bundle-activity', { hasText: PROPOSED }).count()).toBe(0);
    const activities = await callApi<ActivityRow[]>(shell, 'listActivities', { planningYear: YEAR, partyId: 'bewonersraad' });
    expect(activities.find((a) => a.activity === PROPOSED)?.link).toMatchObject({ status: 'confirmed', reference: '3 bij 7' });
    const log = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: YEAR });
    expect(log[0]).toMatchObject({ action: 'confirm', detail: expect.stringContaining('voorgesteld 3 bij 7 → bevestigd 3 bij 7') });
  });

  it('makes a choice among the afspraken a reference fits', async () => {
    const row = page.locator('tr.bundle-activity', { hasText: CHOICE });
    const chooser = row.getByRole('form', { name: /^Afspraak kiezen voor Bewonersraad De Kernen: Overleg over de bouwplanning/ });
    const select = chooser.getByLabel(/^Afspraak voor/);
    // The candidates come first.
    const groups = await select.locator('optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
    expect(groups[0]).toBe('Past bij');
    expect(await select.locator('optgroup').first().locator('option').count()).toBe(3);
    await select.selectOption({ label: (await select.locator('optgroup').first().locator('option', { hasText: '1.1 bij 1 (2)' }).textContent()) ?? '' });
    await scrollToTop(row);
    await page.screenshot({ path: screenshotPath('gezamenlijk-8b-kiezen') });
    await chooser.getByRole('button', { name: 'Vastleggen' }).click();
    await expect.poll(() => page.locator('tr.bundle-activity', { hasText: CHOICE }).count()).toBe(0);
    // Shown under its afspraak now, as decided.
    await page.getByLabel('Alleen open koppelingen').uncheck();
    const agreement = page.locator('.bundle-agreement', { has: page.locator('.reference', { hasText: /^1\.1 bij 1 \(2\)$/ }) });
    await expect.poll(() => agreement.locator('tr.bundle-activity', { hasText: CHOICE }).count()).toBe(1);
    expect(await agreement.locator('tr.bundle-activity', { hasText: CHOICE }).locator('.badge-proposed').count()).toBe(0);
  });

  it('confirms what is left at once, the button saying what it does', async () => {
    const bar = page.getByRole('region', { name: '1 koppeling met afspraken nog niet besloten' });
    expect(await bar.textContent()).toContain('Deze knop legt 1 activiteit zonder gevonden afspraak vast als ‘geen afspraak’.');
    await scrollToTop(page.locator('#main'));
    await page.screenshot({ path: screenshotPath('gezamenlijk-8c-alle-voorstellen') });
    await bar.getByRole('button', { name: 'Bevestig alle voorstellen (1)' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('1 koppeling vastgelegd.');
    await expect.poll(() => page.locator('.open-links-bar').count()).toBe(0);
    const unlinked = page.getByRole('region', { name: 'Niet gekoppeld aan een afspraak' });
    expect(await unlinked.locator('tr.bundle-activity', { hasText: NONE }).textContent()).toContain('geen afspraak (vastgesteld door de werkgroep)');
    expect(await callApi<unknown[]>(shell, 'listOpenLinks', { planningYear: YEAR })).toEqual([]);
  });

  it('freezes the definitive version after a confirmation, and shows it read-only', async () => {
    await page.getByRole('button', { name: 'Definitief vaststellen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Overzicht 2027 definitief vaststellen' });
    await expect.poll(() => dialog.textContent()).toContain('Alle koppelingen van activiteiten met afspraken zijn besloten.');
    expect(await dialog.textContent()).toContain('kan daarna niet meer worden gewijzigd');
    await page.screenshot({ path: screenshotPath('gezamenlijk-8d-definitief-vaststellen') });
    await dialog.getByRole('button', { name: 'Definitief vaststellen', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Versie 2 is vastgesteld als definitief.');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Definitief vaststellen…' }).isDisabled()).toBe(true);
    // The button that opened the dialog is disabled now: the focus goes to the page, not lost to the top.
    const focused = () =>
      page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? null);
    await expect.poll(focused).toBe('main');

    await page.getByLabel('Versie', { exact: true }).selectOption('2');
    const banner = page.locator('.version-banner');
    await expect.poll(() => banner.textContent()).toContain('U bekijkt versie 2');
    expect(await banner.textContent()).toContain('alleen lezen');
    await tab(/^Overzicht/).click();
    expect(await page.getByRole('button', { name: /^Afstemmen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Concept opslaan' }).isDisabled()).toBe(true);
    const row = page.locator('tr.bundle-activity', { hasText: OPLEVERING });
    expect(await row.locator('.col-promises').textContent()).toContain(PROMISE);
    await scrollToTop(page.locator('#main'));
    await page.screenshot({ path: screenshotPath('gezamenlijk-8-definitief') });
  });

  it('exports the definitive version once frozen, also from the werkversie, and the werkversie only when chosen', async () => {
    await page.getByLabel('Versie', { exact: true }).selectOption('');
    await expect.poll(() => page.locator('.version-banner').textContent()).toContain('werkversie');
    const which = page.getByLabel('Versie om te exporteren');
    expect(await which.inputValue()).toBe('definitief');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Word', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Gezamenlijk activiteitenoverzicht 2027 - definitief.docx');
    const bytes = fs.readFileSync(await file.path());
    const text = xmlToText(await docxPart(bytes, 'word/document.xml'));
    expect(text).not.toContain('Niet bedoeld om te versturen');
    expect(text).toContain('Definitief (versie 2)');
    await expect.poll(() => page.locator('.export-done').textContent()).toContain('Definitieve versie 2');
    await scrollToTop(page.locator('#main'));
    await page.screenshot({ path: screenshotPath('gezamenlijk-8e-definitief-exporteren') });

    await which.selectOption('werkversie');
    const working = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel', exact: true }).click();
    expect((await working).suggestedFilename()).toBe('Gezamenlijk activiteitenoverzicht 2027 - werkversie.xlsx');
    await expect.poll(() => page.locator('.export-done').textContent()).toContain('Werkversie: de actuele stand, niet om te versturen');
  });

  it('ran without errors in the browser console', () => {
    expect(errors.list()).toEqual([]);
  });
});
