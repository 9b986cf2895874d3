// The Gezamenlijk overzicht of a large year (five parties with 200 activities
// each, from the scale benchmark's generator): the summary is there, scrolling
// reaches the last row, the search finds a row far off-screen, and Tab walks
// from row to row although only the rows near the viewport are in the page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import { workloadDatabase } from '../../src/bench/scale';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { axeViolations, consoleErrors } from './helpers';

const YEAR = 2027;
const PER_PARTY = 200;

let dir: string;
let shell: RunningShell;
let browser: Browser;
let page: Page;
let overview: JointOverview;
const errors = consoleErrors();

/** Every activity in the order the page lists them: per afspraak, then the unlinked ones. */
function inPageOrder(o: JointOverview): BundleActivity[] {
  return [...o.themes.flatMap((t) => t.topics.flatMap((p) => p.agreements.flatMap((a) => a.activities))), ...o.unlinked];
}

/** Whether the element is (partly) within the window, as a user sees it. */
async function inView(selector: string): Promise<boolean> {
  // As text: the root typecheck has no DOM library.
  return (await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  })()`)) as boolean;
}

/** The activity of the row the keyboard focus is in. */
async function focusedRow(): Promise<string | null> {
  return (await page.evaluate(`document.activeElement?.closest('tr.bundle-activity')?.getAttribute('data-identity') ?? null`)) as string | null;
}

const rowSelector = (identity: string) => `tr.bundle-activity[data-identity="${identity.replace(/["\\]/g, '\\$&')}"]`;

beforeAll(async () => {
  dir = tempFolder('werkbank-e2e-veel-');
  const databasePath = path.join(dir, 'veel.sqlite');
  (await workloadDatabase(databasePath, { perParty: PER_PARTY, places: 8 }, YEAR)).close();
  shell = await startShell({ databasePath, today: '2026-10-01' });
  overview = await callApi<JointOverview>(shell, 'getJointOverview', { planningYear: YEAR });
  browser = await launchChromium();
  // bypassCSP: axe is injected as a script tag, which the app's policy would refuse.
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true })).newPage();
  errors.watch(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Gezamenlijk overzicht of a large year', () => {
  it('shows the summary, and only the rows near the window', async () => {
    expect(overview.counts.activities).toBe(5 * PER_PARTY);
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezamenlijk overzicht' }).click();
    const summary = page.getByRole('region', { name: 'Samenvatting' });
    await expect.poll(() => summary.textContent()).toContain(`Activiteiten${overview.counts.activities}`);
    expect(await summary.textContent()).toContain('Open vragen');
    await expect.poll(() => page.getByTestId('bundle-count').textContent()).toContain(`${overview.counts.activities} activiteiten`);
    // Far fewer rows in the page than activities: the rest stand in as gaps of their height.
    const rows = await page.locator('tr.bundle-activity').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(overview.counts.activities / 3);
    await page.screenshot({ path: screenshotPath('gezamenlijk-veel-activiteiten') });
    // Gap rows, row counts and indices as ARIA has them: no WCAG 2.1 A/AA violation.
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches the last row by scrolling', async () => {
    const last = inPageOrder(overview).at(-1) as BundleActivity;
    expect(await inView(rowSelector(last.identity))).toBe(false);
    await page.locator('tr.bundle-activity').first().hover();
    for (let i = 0; i < 400 && !(await inView(rowSelector(last.identity))); i++) await page.mouse.wheel(0, 1_500);
    expect(await inView(rowSelector(last.identity))).toBe(true);
    expect(await page.locator(rowSelector(last.identity)).textContent()).toContain(last.activity);
    await page.screenshot({ path: screenshotPath('gezamenlijk-veel-activiteiten-einde') });
  });

  it('finds a row that was far off-screen with the search', async () => {
    const all = inPageOrder(overview);
    // One in the middle whose text no other activity has.
    const middle = all.slice(all.length / 2).find((a) => all.filter((b) => b.activity.includes(a.activity)).length === 1) as BundleActivity;
    await page.evaluate(`document.querySelector('.app-main').scrollTo({ top: 0 })`);
    await expect.poll(() => inView(rowSelector(middle.identity))).toBe(false);
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(middle.activity);
    await expect.poll(() => page.getByTestId('bundle-count').textContent()).toMatch(/^1 afspraak, 1 activiteit/);
    expect(await page.locator('tr.bundle-activity').count()).toBe(1);
    // Just below the filters now: a turn of the wheel shows it.
    await page.getByTestId('bundle-count').hover();
    await page.mouse.wheel(0, 500);
    await expect.poll(() => inView(rowSelector(middle.identity))).toBe(true);
    await page.screenshot({ path: screenshotPath('gezamenlijk-veel-activiteiten-gezocht') });
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => page.getByTestId('bundle-count').textContent()).toContain(`${overview.counts.activities} activiteiten`);
  });

  it('walks with Tab from row to row through a long table, none skipped', async () => {
    // The afspraak with the most activities: far longer than the window.
    const agreement = overview.themes
      .flatMap((t) => t.topics.flatMap((p) => p.agreements))
      .reduce((a, b) => (b.activities.length > a.activities.length ? b : a));
    expect(agreement.activities.length).toBeGreaterThan(25);
    const order = agreement.activities.map((a) => a.identity);
    const block = page.locator(`#bundle-agreement-${agreement.id}`);
    await block.scrollIntoViewIfNeeded();
    await block.getByRole('button', { name: /^Afstemmen:/ }).first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      const identity = await focusedRow();
      if (identity === null) break;
      if (seen.at(-1) !== identity) seen.push(identity);
      await page.keyboard.press('Tab');
    }
    expect(seen.length).toBeGreaterThan(20);
    // From the first row in the page on, each next one in turn, also those that were not in the page yet.
    const from = order.indexOf(seen[0] as string);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(seen).toEqual(order.slice(from, from + seen.length));
  });

  it('opens the afstemming of a row far down from the Wederkerigheid, in view with its form', async () => {
    await page.evaluate(`document.querySelector('.app-main').scrollTo({ top: 0 })`);
    await page.getByRole('tab', { name: /^Wederkerigheid/ }).click();
    const record = page.getByRole('button', { name: 'Toezegging vastleggen' });
    await record.last().click();
    await expect.poll(() => page.getByRole('tab', { name: 'Overzicht' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => inView('tr.bundle-activity.is-editing')).toBe(true);
    await expect.poll(() => page.evaluate(`Boolean(document.activeElement?.closest('.alignment-form'))`)).toBe(true);
    await page.screenshot({ path: screenshotPath('gezamenlijk-veel-activiteiten-afstemmen') });
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('fits a phone-wide window: rows in view halfway down, the tables scrolling sideways in their own box', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    // Here the page itself scrolls, as a document does.
    const state = async () =>
      JSON.parse(
        (await page.evaluate(`new Promise((resolve) => {
          window.scrollTo(0, document.documentElement.scrollHeight / 2);
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => {
            const rows = [...document.querySelectorAll('tr.bundle-activity')].filter((r) => {
              const b = r.getBoundingClientRect();
              return b.bottom > 0 && b.top < innerHeight;
            });
            resolve(JSON.stringify({ rows: rows.length, scrollWidth: document.documentElement.scrollWidth }));
          })));
        })`)) as string,
      ) as { rows: number; scrollWidth: number };
    await expect.poll(async () => (await state()).rows).toBeGreaterThan(0);
    expect((await state()).scrollWidth).toBeLessThanOrEqual(320);
    await page.screenshot({ path: screenshotPath('gezamenlijk-veel-activiteiten-smal') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors.list()).toEqual([]);
  });
});
