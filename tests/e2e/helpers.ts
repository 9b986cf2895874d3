// Small helpers shared by the import and bundle end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import type { Worksheet } from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './shell';

/** Collects page errors and console errors of a page. */
export function consoleErrors(): { watch(page: Page): void; list(): string[] } {
  const seen: string[] = [];
  return {
    watch(page) {
      page.on('pageerror', (err) => seen.push(err.stack ?? err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') seen.push(msg.text());
      });
    },
    list: () => [...seen],
  };
}

/** Finds a column by its heading in a header row; throws with the headings found when absent. */
export function headerColumns(sheet: Worksheet, headerRow: number): (heading: RegExp) => number {
  const headings: string[] = [];
  sheet.getRow(headerRow).eachCell((cell, column) => {
    headings[column] = String(cell.value ?? '');
  });
  return (heading) => {
    const column = headings.findIndex((h) => h !== undefined && heading.test(h));
    if (column < 1) throw new Error(`Geen kolom ${heading} in rij ${headerRow}: ${headings.filter(Boolean).join(' | ')}`);
    return column;
  };
}

/** Scrolls an element to the top of its scrolling area, for a screenshot that starts there. */
export async function scrollToTop(locator: Locator): Promise<void> {
  await locator.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** The browser globals a drop needs; the root typecheck has no DOM library. */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: unknown[], name: string) => unknown;
}

/** Drops a file on an element as a user dragging it from the file manager would. */
export async function dropFile(page: Page, target: Locator, file: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const browser = globalThis as unknown as DropGlobals;
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const transfer = new browser.DataTransfer();
      transfer.items.add(new browser.File([bytes], name));
      return transfer;
    },
    { name: path.basename(file), base64: fs.readFileSync(file).toString('base64') },
  );
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Opens the Verantwoording page on one report ("Verantwoording 2026", "Tussenevaluatie 2025–2026") and waits for its title. */
export async function openAccountability(page: Page, url: string, report: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verantwoording' }).click();
  await page.getByLabel('Verslag', { exact: true }).selectOption({ label: report });
  await expect.poll(() => page.locator('h1').textContent()).toBe(report);
}

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 A and AA rules over the whole document: each violation as "rule: element, …".
 * The page's context needs bypassCSP: the app's Content-Security-Policy allows no inline script,
 * and axe is injected as a script tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Two frames: what measures itself after a render (a table box that scrolls) has settled.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const g = globalThis as unknown as { requestAnimationFrame(f: () => void): void };
        g.requestAnimationFrame(() => g.requestAnimationFrame(resolve));
      }),
  );
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, WCAG_TAGS);
}

