// Small helpers shared by the import and bundle end-to-end tests.
import type { Worksheet } from 'exceljs';
import type { Locator, Page } from 'playwright-core';

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
