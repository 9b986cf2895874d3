// A database only to look at, in a real browser on the browser shell started
// with --alleen-lezen (which holds for root too): a calm banner says so on
// every page, the import's file button and the freeze button are off, what
// the database holds is shown, a write sent anyway is refused in Dutch, and
// the database file keeps its bytes. Then every page is scanned: with imports,
// results, contacts and a saved overview in the database, the pages show their
// afspraak edits, corrections, undo, link decisions, alignments, duplicates,
// wederkerigheid, advice, indicator figures, contacts, mail texts and backups;
// every enabled button must be one that only shows or exports, and every write
// control must be off and say why. Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FilePayload } from '../../src/service/contract';
import { openWerkbank } from '../../src/service/index';
import { ownResultsFile } from '../helpers/filled-request';
import { woonwaartsOverview } from '../helpers/workbook';
import { consoleErrors } from './helpers';
import { openPage, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';

const BOUW = 'Oplevering 60 sociale huurwoningen De Ruigenhoek';
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const PILOT = 'Pilot woningdelen voor jongeren in twee eengezinswoningen';
const TITLE = 'Alleen bekijken: deze database kan hier niet worden gewijzigd.';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let dir: string;
let file: string;
let before: Buffer;
const errors = consoleErrors();

/**
 * Buttons that only show, filter, navigate or export: on in a read-only
 * database. Anything else enabled on a page is a write control left on.
 */
const SHOWS_OR_EXPORTS = [
  /^(Word|Excel)/,
  /Exporteren/i,
  /klaarzetten|\.eml|e-mail/i,
  /agenda|\.ics|Kalender/i,
  /^Sluiten$/,
  /sluiten$/i,
  /^Filters wissen$/,
  /^Alles (open|dicht)klappen$/,
  /^Toon /,
  /^Tonen/,
  /^Bekijken/,
  /^Vergelijken$/,
  /^Terug naar de werkversie/,
  /^Alle (thema|afspraken)/,
  /^\d+\.? /,
  /^\d+\.\d+ /,
  /^(Meer|Minder) tonen/,
  /^Eerdere versies/,
  /^Woonwaarts$|^Gemeente$|^HBD$|^De Kernen$|^Bewonersraad/,
  /^Alleen de open koppelingen tonen/,
  /^Naar /,
  /^Annuleren$/,
];

beforeAll(async () => {
  dir = tempFolder('werkbank-e2e-bekijken-');
  file = path.join(dir, 'werkbank.sqlite');
  const made = openWerkbank({ databasePath: file, changedBy: 'secretaris' });
  const commit = async (payload: FilePayload) => made.api.commitImport({ file: payload, partyId: 'woonwaarts', planningYear: 2027 });
  await commit(await woonwaartsOverview([BOUW, SCHOUW], 'Woonwaarts v1.xlsx'));
  await commit(await woonwaartsOverview([BOUW, SCHOUW, PILOT], 'Woonwaarts v2.xlsx'));
  await made.api.commitResultsImport({ file: await ownResultsFile('Woonwaarts', 2026), partyId: 'woonwaarts', executionYear: 2026 });
  await made.api.saveContact({ partyId: 'woonwaarts', name: 'Petra de Boer', email: 'petra@woonwaarts.example' });
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

interface Scan {
  /** Enabled, visible buttons that are not known to only show or export. */
  leftOn: string[];
  /** Write controls (data-writes) that are on, or off without saying why. */
  unguarded: string[];
  /** How many write controls the page shows. */
  writes: number;
  /** Enabled fields inside a form that writes. */
  fieldsOn: string[];
}

/** The little of the DOM the scan uses (the tests compile without the DOM library). */
interface PageElement {
  tagName: string;
  id: string;
  textContent: string | null;
  children: ArrayLike<PageElement>;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  getClientRects(): { length: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

async function scan(): Promise<Scan> {
  const found = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): PageElement | null; body: PageElement } }).document;
    // A write fieldset has no box of its own (display: contents): it shows when its fields do.
    const visible = (el: PageElement): boolean =>
      el.matches('fieldset') ? Array.from(el.children).some(visible) : el.getClientRects().length > 0;
    const name = (el: PageElement) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const main = doc.querySelector('main') ?? doc.body;
    const all = (selector: string) => Array.from(main.querySelectorAll(selector));
    const buttons = all('button').filter((b) => visible(b) && !b.matches(':disabled') && !b.closest('[role="tablist"]'));
    const writes = all('[data-writes]').filter(visible);
    const fields = all('fieldset[data-writes] input, fieldset[data-writes] textarea, fieldset[data-writes] select').filter(
      (f) => visible(f) && !f.matches(':disabled'),
    );
    return {
      enabled: buttons.map(name),
      unguarded: writes
        .filter((w) => !w.matches(':disabled') || !w.getAttribute('title') || !(w.getAttribute('aria-description') ?? '').startsWith('Alleen bekijken: '))
        .map((w) => `${w.tagName} ${name(w).slice(0, 60)}: title=${w.getAttribute('title')}`),
      writes: writes.length,
      titles: [...new Set(writes.map((w) => w.getAttribute('title')))],
      fieldsOn: fields.map((f) => f.id || f.getAttribute('name') || f.tagName),
    };
  });
  expect(found.titles.every((t) => t === null || t === TITLE)).toBe(true);
  return {
    leftOn: found.enabled.filter((n) => !SHOWS_OR_EXPORTS.some((re) => re.test(n))),
    unguarded: found.unguarded,
    writes: found.writes,
    fieldsOn: found.fieldsOn,
  };
}

async function expectNothingWrites(minWrites: number): Promise<void> {
  const result = await scan();
  expect(result.leftOn).toEqual([]);
  expect(result.unguarded).toEqual([]);
  expect(result.fieldsOn).toEqual([]);
  expect(result.writes).toBeGreaterThanOrEqual(minWrites);
}

describe('Alleen bekijken: every write control is off', () => {
  it('Afspraken: editing an afspraak', async () => {
    await page.goto(shell.url);
    await expect.poll(() => page.locator('.read-only-banner').count()).toBe(1);
    await menu('Afspraken').click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(10);
    await page.locator('table tbody tr').first().click();
    const edit = page.locator('aside.detail-pane').getByRole('button', { name: 'Bewerken' });
    await expect.poll(() => edit.count()).toBe(1);
    expect(await edit.isDisabled()).toBe(true);
    expect(await edit.getAttribute('title')).toBe(TITLE);
    expect(await edit.getAttribute('aria-description')).toMatch(/^Alleen bekijken: u hebt .* geopend om alleen te bekijken\.$/);
    await expectNothingWrites(1);
  });

  it('Inzendingen: corrections and undoing an import', async () => {
    await menu('Inzendingen').click();
    await page.getByRole('button', { name: /^Woonwaarts, 2027:/ }).click();
    await expect.poll(() => page.locator('.selection-card .versions-table tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator('.selection-card').getByRole('button', { name: /^Corrigeren/ }).count()).toBe(3);
    expect(await page.locator('.selection-card').textContent()).toContain('Dit exemplaar is alleen te bekijken: activiteiten corrigeren of verwijderen kan hier niet.');
    expect(await page.locator('.selection-card').textContent()).not.toContain('Corrigeer of verwijder een activiteit');
    const undo = page.locator('.selection-card').getByRole('button', { name: /^Ongedaan maken…/ });
    expect(await undo.isDisabled()).toBe(true);
    // The grid's party × year buttons only select: everything else that is on only shows.
    const result = await scan();
    expect(result.leftOn.filter((n) => !/^[A-Z][\w ()]*, 20\d\d:/.test(n))).toEqual([]);
    expect(result.unguarded).toEqual([]);
    // Undo, and Corrigeren and Verwijderen for each of the three activities.
    expect(result.writes).toBeGreaterThanOrEqual(1 + 3 * 2);
    await page.locator('.selection-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('alleen-bekijken-3-inzendingen-versies') });
  });

  it('Gezamenlijk overzicht: link decisions, alignments, marking, duplicates and wederkerigheid; the exports stay on', async () => {
    await menu('Gezamenlijk overzicht').click();
    await expect.poll(() => page.getByText('Bezig met laden van het gezamenlijk overzicht…').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('.version-banner.is-live').textContent()).toContain(
      'Dit exemplaar is alleen te bekijken: besluiten vastleggen kan hier niet.',
    );
    expect(await page.locator('.version-banner.is-live').textContent()).not.toContain('Wat u hier vastlegt');
    await expect.poll(() => page.getByText('Dit exemplaar is alleen te bekijken: koppelingen bevestigen of kiezen kan hier niet.').count()).toBe(1);
    expect(await page.getByText('Een besluit kunt u daarna per activiteit nog wijzigen').count()).toBe(0);
    await expect.poll(async () => (await scan()).writes).toBeGreaterThan(2);
    await expectNothingWrites(3);
    expect(await page.getByRole('button', { name: /^Word/ }).first().isDisabled()).toBe(false);
    await page.screenshot({ path: screenshotPath('alleen-bekijken-4-gezamenlijk-knoppen') });
    for (const tab of [/Dubbel gemeld/, /Wederkerigheid/, /Aandachtspunten/, /Versies/]) {
      const t = page.getByRole('tab', { name: tab });
      if ((await t.count()) === 0) continue;
      await t.click();
      const result = await scan();
      expect(result.leftOn).toEqual([]);
      expect(result.unguarded).toEqual([]);
    }
  });

  it('Verantwoording: the advice, the indicator figures and undoing a results import; the report exports stay on', async () => {
    await menu('Verantwoording').click();
    await page.getByLabel('Verslag', { exact: true }).selectOption({ label: 'Verantwoording 2026' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verantwoording 2026');
    await page.getByRole('table', { name: 'Stand per partij' }).getByRole('button', { name: 'Woonwaarts', exact: true }).click();
    const versions = page.getByRole('region', { name: 'Ingelezen resultaten van Woonwaarts' });
    await expect.poll(() => versions.locator('tbody tr').count()).toBe(1);
    expect(await versions.getByRole('button', { name: /^Ongedaan maken…/ }).isDisabled()).toBe(true);
    const advice = page.getByRole('form', { name: 'Advies van de werkgroep' });
    expect(await advice.getByLabel('Advies aan het bestuurlijk overleg').isDisabled()).toBe(true);
    expect(await advice.textContent()).toContain('Dit exemplaar is alleen te bekijken: het advies opslaan kan hier niet.');
    const result = await scan();
    expect(result.leftOn.filter((n) => !/^Woonwaarts|^Gemeente|^HBD|^De Kernen|^Bewonersraad|^Huurders/.test(n))).toEqual([]);
    expect(result.unguarded).toEqual([]);
    expect(result.fieldsOn).toEqual([]);
    expect(await page.getByRole('button', { name: /Word/ }).first().isDisabled()).toBe(false);
    await advice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('alleen-bekijken-5-verantwoording') });
  });

  it('Partijen: contacts and mail texts; the .eml and .ics downloads stay on', async () => {
    await menu('Partijen').click();
    await expect.poll(() => page.getByText('Petra de Boer').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('form', { name: 'Afzender' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Afzender' }).getByLabel('Uw naam').isDisabled()).toBe(true);
    expect(await page.getByRole('form', { name: 'Afzender' }).textContent()).toContain('Dit exemplaar is alleen te bekijken');
    expect(await page.getByRole('form', { name: 'Afzender' }).textContent()).not.toContain('Vul eerst uw naam');
    await expectNothingWrites(3);
    await page.screenshot({ path: screenshotPath('alleen-bekijken-6-partijen') });
  });

  it('Beheer: restoring a backup; and the file keeps its bytes', async () => {
    await menu('Beheer').click();
    const restore = page.getByRole('button', { name: /^Terugzetten…/ });
    await expect.poll(() => restore.count()).toBeGreaterThan(0);
    expect(await restore.first().isDisabled()).toBe(true);
    expect(await page.getByText('Dit exemplaar is alleen te bekijken: een reservekopie terugzetten kan hier niet.').count()).toBe(1);
    await expectNothingWrites(1);
    await page.screenshot({ path: screenshotPath('alleen-bekijken-7-beheer') });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(errors.list()).toEqual([]);
  });
});
