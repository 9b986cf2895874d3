// Accessible to everyone at the table (WCAG 2.1 AA), in a real browser on a
// real database with a year of work in it: activiteitenoverzichten for 2026
// (frozen, results asked and two parties answered) and two for 2027 (a
// concept with open links). axe-core checks every page state, in a wide and
// a narrow window; the pages reflow at 640×400 (a 1280×800 window zoomed to
// 200%), at 320×640 and at double text size without scrolling sideways; and
// the focus returns to what opened a pane, a preview or a dialog.
// Screenshots land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ImportResult } from '../../src/service/contract';
import { ACTIVITIES_2026 } from '../fixtures/results-cycle';
import { DE_KERNEN_RESULTS_FILE, GEMEENTE_RESULTS_FILE, deKernenResultsWorkbook, gemeenteResultsWorkbook } from '../fixtures/results-workbooks';
import { axeViolations, consoleErrors, scrollToTop } from './helpers';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell, tempFolder } from './shell';

/** In December: the results over 2026 are coming in, the overzicht 2027 is being bundled. */
const TODAY = '2026-12-03';

let shell: RunningShell;
let browser: Browser;
let work: string;
/** A party's own activiteitenoverzicht that is not yet in for 2027: opens a preview. */
let previewFile: string;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell({ today: TODAY });
  const commit = async (partyId: string, name: string, data: Buffer, planningYear: number) =>
    callApi<ImportResult>(shell, 'commitImport', { file: { name, data: data.toString('base64') }, partyId, planningYear });
  for (const file of ACTIVITIES_2026) await commit(file.partyId, file.name, await file.build(), 2026);
  await confirmLinksAndFreeze(shell, 2026);
  await callApi(shell, 'makeResultsRequests', { executionYear: 2026 });
  const results: [string, Buffer][] = [
    [DE_KERNEN_RESULTS_FILE, await deKernenResultsWorkbook()],
    [GEMEENTE_RESULTS_FILE, await gemeenteResultsWorkbook()],
  ];
  for (const [name, bytes] of results) {
    await callApi<ImportResult>(shell, 'commitResultsImport', { file: { name, data: bytes.toString('base64') }, executionYear: 2026 });
  }
  for (const file of ACTIVITIES_2026.filter((f) => f.partyId === 'woonwaarts' || f.partyId === 'de-kernen')) {
    await commit(file.partyId, file.name, await file.build(), 2027);
  }
  await callApi(shell, 'saveBundleVersion', { planningYear: 2027 });

  work = tempFolder('werkbank-a11y-');
  const hbd = ACTIVITIES_2026.find((f) => f.partyId === 'hbd');
  if (!hbd) throw new Error('Geen HBD-bestand in de fixtures');
  previewFile = path.join(work, hbd.name);
  fs.writeFileSync(previewFile, await hbd.build());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/**
 * A page in its own context. The app's Content-Security-Policy allows no
 * inline script, so axe (injected as a script tag) needs the test to bypass it.
 */
async function openPage(viewport: { width: number; height: number }, largeText = false): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  // Text at 200%: the browser's default font size doubled (16 → 32 px), as a reader sets it;
  // the stylesheet's root size follows it, so the root font size is 200%.
  if (largeText) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  errors.watch(page);
  return page;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** Goes to a page by the main menu, through the menu button when the menu is folded. */
async function goTo(page: Page, label: string, title: string | RegExp): Promise<void> {
  const button = menu(page).getByRole('button', { name: 'Menu' });
  if (await button.isVisible()) await button.click();
  await menu(page).getByRole('link', { name: label, exact: true }).click();
  await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 20_000 }).toMatch(title);
}

interface PageState {
  name: string;
  /** From the app's start address to the state, waiting until it is there. */
  open(page: Page): Promise<void>;
}

const bundleTab = (label: string): PageState => ({
  name: `gezamenlijk-${label.toLowerCase().replace(/ /g, '-')}`,
  async open(page) {
    await goTo(page, 'Gezamenlijk overzicht', 'Gezamenlijk overzicht 2027');
    await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
    await expect.poll(() => page.getByRole('tab', { name: new RegExp(`^${label}`) }).getAttribute('aria-selected')).toBe('true');
  },
});

/** The Verantwoording page on one report, once `ready` is on it. */
function report(name: string, label: string, ready: string): PageState {
  return {
    name,
    async open(page) {
      await goTo(page, 'Verantwoording', /^Verantwoording|^Tussenevaluatie/);
      await page.getByLabel('Verslag', { exact: true }).selectOption({ label });
      await expect.poll(() => page.locator('h1').textContent()).toBe(label);
      // The report and its charts are heavy calls, run in workers: they may take a moment on a busy machine.
      await expect.poll(() => page.locator(ready).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  };
}

/** Every page, and the states within a page that show something of their own. */
const STATES: PageState[] = [
  {
    name: 'overzicht',
    async open(page) {
      await goTo(page, 'Overzicht', /Prestatieafspraken/);
      // The stand of the work is computed in the background: the page as the secretary reads it has it.
      await page.locator('.stand-label').first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'afspraken',
    async open(page) {
      await goTo(page, 'Afspraken', 'Afspraken');
      await expect.poll(() => page.locator('tr.agreement-row').count()).toBeGreaterThan(40);
    },
  },
  {
    name: 'afspraken-detail',
    async open(page) {
      await goTo(page, 'Afspraken', 'Afspraken');
      await page.locator('tr.agreement-row').first().click();
      await expect.poll(() => page.getByRole('complementary', { name: 'Gekozen afspraak' }).locator('h2').textContent()).toMatch(/^Afspraak /);
      // Its activities and results, loaded after the afspraak itself (a heavy call: not the loading line, p.muted.loading).
      await expect
        .poll(() => page.locator('.agreement-work').filter({ has: page.locator('.work-year, p.muted:not(.loading)') }).count(), { timeout: 15_000 })
        .toBe(1);
    },
  },
  {
    name: 'afspraken-gefilterd',
    async open(page) {
      await goTo(page, 'Afspraken', 'Afspraken');
      await page.getByLabel('Partij', { exact: true }).selectOption({ label: 'Woonwaarts' });
      await expect.poll(() => page.locator('.filter-hint').count()).toBe(1);
    },
  },
  {
    name: 'inzendingen',
    async open(page) {
      await goTo(page, 'Inzendingen', 'Inzendingen');
      await expect.poll(() => page.locator('.status-table tbody tr').count()).toBe(5);
    },
  },
  {
    name: 'inzendingen-voorbeeld',
    async open(page) {
      await goTo(page, 'Inzendingen', 'Inzendingen');
      await page.getByLabel('Bestand om in te lezen').setInputFiles(previewFile);
      await expect.poll(() => page.locator('.preview h3').textContent(), { timeout: 20_000 }).toContain('Voorbeeld van');
    },
  },
  bundleTab('Overzicht'),
  bundleTab('Aandachtspunten'),
  bundleTab('Dubbel gemeld'),
  bundleTab('Wederkerigheid'),
  bundleTab('Versies'),
  {
    name: 'gezamenlijk-vaststellen',
    async open(page) {
      await goTo(page, 'Gezamenlijk overzicht', 'Gezamenlijk overzicht 2027');
      await page.getByRole('button', { name: 'Definitief vaststellen…' }).click();
      await expect.poll(() => page.getByRole('dialog').getByRole('group', { name: 'Open koppelingen' }).count()).toBe(1);
    },
  },
  report('verantwoording-2026', 'Verantwoording 2026', '.status-board'),
  // Zero cells on the status board: a report with nothing in yet.
  report('verantwoording-2025', 'Verantwoording 2025', '.status-board td.is-zero'),
  report('tussenevaluatie', 'Tussenevaluatie 2025–2026', '.status-board'),
  { name: 'begrippen', open: (page) => goTo(page, 'Begrippen', /Begrippen/) },
  { name: 'partijen', open: (page) => goTo(page, 'Partijen', 'Partijen') },
  { name: 'beheer', open: (page) => goTo(page, 'Beheer', 'Beheer') },
];

/** The headings in document order, as levels; hidden ones left out. */
async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((list) =>
    list
      .filter((h) => (h as unknown as { checkVisibility(): boolean }).checkVisibility())
      .map((h) => ({ level: Number(h.tagName.slice(1)), text: (h.textContent ?? '').trim().slice(0, 60) })),
  );
}

/** Headings in order: the first is the h1, and no level is skipped on the way down. */
function headingProblems(levels: { level: number; text: string }[]): string[] {
  const problems: string[] = [];
  if (levels[0]?.level !== 1) problems.push(`eerste kop is h${levels[0]?.level ?? '?'} “${levels[0]?.text ?? ''}”, geen h1`);
  levels.forEach((h, i) => {
    const before = levels[i - 1];
    if (before && h.level > before.level + 1) problems.push(`h${before.level} → h${h.level} bij “${h.text}”`);
  });
  return problems;
}

describe('axe-core and headings on every page state', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 640 },
  ]) {
    it(`finds no WCAG 2.1 A/AA violation and headings in order at ${viewport.width}×${viewport.height}`, async () => {
      const page = await openPage(viewport);
      const found: string[] = [];
      for (const state of STATES) {
        await page.goto(shell.url);
        await state.open(page);
        for (const v of await axeViolations(page)) found.push(`${state.name}: ${v}`);
        for (const p of headingProblems(await headingLevels(page))) found.push(`${state.name}: ${p}`);
      }
      await page.context().close();
      expect(found).toEqual([]);
    }, 180_000);
  }
});

/** What the reflow test measures on a page: sideways scrolling and whether key text is really there. */
interface Fit {
  scrollWidth: number;
  width: number;
}

async function fit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return { scrollWidth: root.scrollWidth, width: root.clientWidth };
  });
}

/** Each element is laid out with a width, inside the window, and its text is not cut off. */
async function shownWhole(page: Page, selector: string): Promise<{ count: number; problems: string[] }> {
  return page.locator(selector).evaluateAll((list) => {
    interface Box {
      getBoundingClientRect(): { left: number; right: number; width: number; height: number };
      scrollWidth: number;
      clientWidth: number;
      textContent: string | null;
    }
    const width = (globalThis as unknown as { innerWidth: number }).innerWidth;
    const problems: string[] = [];
    for (const el of list as unknown as Box[]) {
      const r = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().slice(0, 40);
      if (r.width < 1 || r.height < 1) problems.push(`“${text}” heeft geen breedte of hoogte`);
      else if (r.left < -1 || r.right > width + 1) problems.push(`“${text}” valt buiten het venster (${Math.round(r.left)}–${Math.round(r.right)})`);
      else if (el.scrollWidth > el.clientWidth + 1) problems.push(`“${text}” is afgesneden (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return { count: list.length, problems };
  });
}

describe('reflow without sideways scrolling', () => {
  const cases = [
    { name: '640x400', viewport: { width: 640, height: 400 }, large: false },
    { name: '320x640', viewport: { width: 320, height: 640 }, large: false },
    { name: '1280x800-tekst-200', viewport: { width: 1280, height: 800 }, large: true },
  ];
  for (const c of cases) {
    it(`fits every page in ${c.name}: the menu behind a button, afspraak texts and statuses whole`, async () => {
      const page = await openPage(c.viewport, c.large);
      await page.goto(shell.url);
      const rootSize = await page.evaluate(() => {
        const g = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string }; document: { documentElement: unknown } };
        return g.getComputedStyle(g.document.documentElement).fontSize;
      });
      expect(rootSize).toBe(c.large ? '30px' : '15px');
      const found: string[] = [];
      for (const state of STATES) {
        await page.goto(shell.url);
        await state.open(page);
        const { scrollWidth, width } = await fit(page);
        if (scrollWidth > width) found.push(`${state.name}: scrollWidth ${scrollWidth} > ${width}`);
        await page.screenshot({ path: screenshotPath(`reflow-${c.name}-${state.name}`) });
        // And where the first table is, to see how it fits.
        const table = page.locator('main table');
        if ((await table.count()) > 0 && (await table.first().isVisible())) {
          await scrollToTop(table);
          await page.screenshot({ path: screenshotPath(`reflow-${c.name}-${state.name}-tabel`) });
        }
      }

      // The menu folds behind a button, and opens with every page whole in the window.
      await page.goto(shell.url);
      const button = menu(page).getByRole('button', { name: 'Menu' });
      await expect.poll(() => button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      const links = await shownWhole(page, 'nav[aria-label="Hoofdmenu"] a');
      expect(links.count).toBe(8);
      found.push(...links.problems.map((p) => `menu: ${p}`));
      await page.screenshot({ path: screenshotPath(`reflow-${c.name}-menu`) });
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
      // A click elsewhere folds it too.
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await page.mouse.click(4, c.viewport.height - 4);
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');

      // The afspraak texts have room: not squeezed to nothing, not cut off sideways.
      await STATES.find((s) => s.name === 'afspraken')?.open(page);
      const texts = await shownWhole(page, '.agreements-table .col-text .clamp');
      expect(texts.count).toBeGreaterThan(40);
      found.push(...texts.problems.map((p) => `afspraken: ${p}`));
      await scrollToTop(page.locator('.agreements-table'));
      await page.screenshot({ path: screenshotPath(`reflow-${c.name}-afspraken-tabel`) });

      // Every submission status can be read whole: "Versie 1", "Niet ontvangen".
      await STATES.find((s) => s.name === 'inzendingen')?.open(page);
      await scrollToTop(page.locator('.status-table'));
      await page.screenshot({ path: screenshotPath(`reflow-${c.name}-inzendingen-tabel`) });
      const statuses = await shownWhole(page, '.status-table .cell-main');
      expect(statuses.count).toBeGreaterThanOrEqual(20);
      // A status in the table's own scrolling box may lie beyond the window: it must be whole in its box.
      found.push(...statuses.problems.filter((p) => !p.includes('buiten het venster')).map((p) => `inzendingen: ${p}`));
      expect(await page.locator('.status-table .cell-main', { hasText: 'Versie 1' }).count()).toBeGreaterThan(0);
      expect(await page.locator('.status-table .cell-main', { hasText: 'Niet ontvangen' }).count()).toBeGreaterThan(0);

      await page.context().close();
      expect(found).toEqual([]);
    }, 240_000);
  }

  it('keeps the full menu in a 1280 px window at the normal text size', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    await page.goto(shell.url);
    await menu(page).getByRole('link', { name: 'Beheer' }).waitFor();
    expect(await menu(page).getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const links = await shownWhole(page, 'nav[aria-label="Hoofdmenu"] a');
    expect(links).toEqual({ count: 8, problems: [] });
    await page.context().close();
  });
});

/** The WCAG contrast ratio of two opaque "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('focus, selection and contrast', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  const activeIs = (selector: string) => page.evaluate((s) => {
    const doc = (globalThis as unknown as { document: { activeElement: unknown; querySelector(s: string): unknown } }).document;
    return doc.activeElement !== null && doc.activeElement === doc.querySelector(s);
  }, selector);
  const activeText = () => page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement;
    return (active?.textContent ?? '').trim();
  });

  it('shows the Afspraken rows as a grid whose chosen row is selected', async () => {
    await page.goto(shell.url);
    await STATES.find((s) => s.name === 'afspraken')?.open(page);
    const grid = page.getByRole('grid', { name: 'Afspraken' });
    expect(await grid.count()).toBe(1);
    const third = page.locator('tr.agreement-row').nth(2);
    const id = await third.getAttribute('data-agreement-id');
    await third.click();
    await expect.poll(() => page.getByRole('row', { selected: true }).getAttribute('data-agreement-id')).toBe(id);
    expect(await page.locator('tr.agreement-row[aria-selected="true"]').count()).toBe(1);
    expect(await page.locator('tr.agreement-row[aria-selected="false"]').count()).toBeGreaterThan(40);
    // One tab stop: the chosen row.
    expect(await page.locator('tr.agreement-row[tabindex="0"]').getAttribute('data-agreement-id')).toBe(id);
  });

  it('returns the focus to the row when the detail pane is closed with Escape, and with Sluiten', async () => {
    await page.goto(shell.url);
    await STATES.find((s) => s.name === 'afspraken')?.open(page);
    const row = page.locator('tr.agreement-row').nth(4);
    const id = await row.getAttribute('data-agreement-id');
    await row.focus();
    await page.keyboard.press('Enter');
    const pane = page.getByRole('complementary', { name: 'Gekozen afspraak' });
    await expect.poll(() => activeIs('#detail-title')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.count()).toBe(0);
    await expect.poll(() => activeIs(`tr.agreement-row[data-agreement-id="${id}"]`)).toBe(true);

    // The next row by arrow key, opened and closed with the Sluiten button.
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => {
      const active = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement;
      return active?.getAttribute('data-agreement-id') ?? null;
    });
    expect(next).not.toBe(id);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeIs('#detail-title')).toBe(true);
    await pane.getByRole('button', { name: 'Afspraak sluiten' }).click();
    await expect.poll(() => pane.count()).toBe(0);
    await expect.poll(() => activeIs(`tr.agreement-row[data-agreement-id="${next}"]`)).toBe(true);
  });

  it('returns the focus to the file button when an import preview is cancelled', async () => {
    await page.goto(shell.url);
    await STATES.find((s) => s.name === 'inzendingen')?.open(page);
    const choose = page.getByRole('button', { name: 'kies een bestand…' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    await chooser.setFiles(previewFile);
    await expect.poll(() => page.locator('.preview h3').textContent(), { timeout: 20_000 }).toContain('Voorbeeld van');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.locator('.preview').count()).toBe(0);
    await expect.poll(activeText).toBe('kies een bestand…');
  });

  it('asks "Definitief vaststellen" in a dialog that says what is open, keeps the focus in, closes with Escape and returns the focus', async () => {
    await page.goto(shell.url);
    await goTo(page, 'Gezamenlijk overzicht', 'Gezamenlijk overzicht 2027');
    const opener = page.getByRole('button', { name: 'Definitief vaststellen…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Overzicht 2027 definitief vaststellen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('heading', { name: 'Wat nog open is' }).count()).toBe(1);
    // What is still open, as the dialog always said it: the links, the duplicates, the aandachtspunten.
    await expect.poll(() => dialog.getByRole('group', { name: 'Open koppelingen' }).textContent()).toContain('nog niet besloten');
    expect(await dialog.getByRole('group', { name: 'Open koppelingen' }).textContent()).toContain('met afspraken');
    expect(await dialog.textContent()).toMatch(/dubbel gemelde activiteiten/);
    expect(await dialog.textContent()).toMatch(/aandachtspunt/);
    await page.screenshot({ path: screenshotPath('toegankelijkheid-vaststellen') });

    // Tab and Shift+Tab stay within the dialog.
    const inDialog = () =>
      page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }).document;
        return Boolean(doc.activeElement?.closest('dialog[open]'));
      });
    expect(await inDialog()).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog()).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(activeText).toBe('Definitief vaststellen…');

    // Annuleren returns the focus the same way.
    await opener.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(activeText).toBe('Definitief vaststellen…');
  });

  it('shows the zero cells of the Verantwoording with a contrast of at least 4.5:1', async () => {
    await page.goto(shell.url);
    await STATES.find((s) => s.name === 'verantwoording-2025')?.open(page);
    // The text colour and the first background behind it that is not transparent.
    const colours = await page.locator('.status-board td.is-zero').first().evaluate((cell) => {
      const g = globalThis as unknown as { getComputedStyle(e: unknown): { color: string; backgroundColor: string } };
      let background = 'rgb(255, 255, 255)';
      for (let el: typeof cell.parentElement | typeof cell | null = cell; el; el = el.parentElement) {
        const bg = g.getComputedStyle(el).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          background = bg;
          break;
        }
      }
      return { text: g.getComputedStyle(cell).color, background };
    });
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('ran without errors in the browser console', () => {
    expect(errors.list()).toEqual([]);
  });
});

