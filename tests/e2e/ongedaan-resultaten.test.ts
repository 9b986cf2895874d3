// Undoing a results import on the Verantwoording page in a real browser, as on
// the Inzendingen page: the button beside a party's latest results version only,
// a question that says what goes and what becomes current, the undo with a
// reason (in the log), and the next import taking a new number, never the
// undone one's. Screenshots land in test-output/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ActivityLogEntry, ImportResult, UndoneSubmission } from '../../src/service/contract';
import { ownResultsFile } from '../helpers/filled-request';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';
import { consoleErrors, openAccountability } from './helpers';

const YEAR = 2026;

let shell: RunningShell;
let browser: Browser;
let page: Page;
const errors = consoleErrors();

async function importResults(name: string): Promise<ImportResult> {
  // The file's name in the toelichting: every file differs, so none is the same file imported again.
  const file = await ownResultsFile('Woonwaarts', YEAR, name);
  return callApi<ImportResult>(shell, 'commitResultsImport', { file: { ...file, name }, partyId: 'woonwaarts', executionYear: YEAR });
}

beforeAll(async () => {
  shell = await startShell({ today: '2027-02-15' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.watch(page);
  expect((await importResults('Woonwaarts resultaten januari.xlsx')).submission.version).toBe(1);
  expect((await importResults('Woonwaarts resultaten verkeerd.xlsx')).submission.version).toBe(2);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

const panel = () => page.getByRole('region', { name: 'Ingelezen resultaten van Woonwaarts' });
const rows = () => panel().getByRole('table', { name: `Versies van Woonwaarts over ${YEAR}` }).locator('tbody tr:not(.is-undone)');
const undoneRows = () => panel().getByRole('table', { name: `Versies van Woonwaarts over ${YEAR}` }).locator('tbody tr.is-undone');
const undoButton = () => panel().getByRole('button', { name: /^Ongedaan maken…/ });
const question = () => panel().getByRole('form', { name: /ongedaan maken\?$/ });

describe('Undoing a results import in the app', () => {
  it('offers the undo beside the latest results version only, and asks first', async () => {
    await openAccountability(page, shell.url, `Verantwoording ${YEAR}`);
    await page.getByRole('table', { name: 'Stand per partij' }).getByRole('button', { name: 'Woonwaarts', exact: true }).click();
    await expect.poll(() => rows().count()).toBe(2);
    expect(await undoButton().count()).toBe(1);
    expect(await rows().first().getByRole('button', { name: 'Ongedaan maken… (versie 2)' }).count()).toBe(1);

    await undoButton().click();
    await expect.poll(() => question().count()).toBe(1);
    const text = await question().textContent();
    expect(text).toContain('Versie 2 ongedaan maken?');
    expect(text).toContain('Woonwaarts resultaten verkeerd.xlsx');
    expect(text).toContain('met 1 resultaat');
    expect(text).toContain('Versie 1 wordt weer de huidige versie van Woonwaarts.');
    expect(text).toContain('Eerst wordt een reservekopie gemaakt');
    // Escape closes the question and gives the keyboard back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => question().count()).toBe(0);
    await expect.poll(() => undoButton().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  });

  it('undoes it through the service: version 1 is current again, the log says so, and the next import is version 3', async () => {
    await undoButton().click();
    await question().getByLabel(/^Reden/).fill('Woonwaarts stuurde het verkeerde bestand');
    await question().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('ongedaan-resultaten-1-vraag') });
    await question().getByRole('button', { name: 'Ja, versie 2 ongedaan maken' }).click();
    await expect.poll(() => panel().getByRole('status').textContent()).toContain(
      'Versie 2 (Woonwaarts resultaten verkeerd.xlsx) is ongedaan gemaakt. Versie 1 is weer de huidige.',
    );
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('huidige versie');
    // Version 2 stays in the history, marked as undone.
    expect(await undoneRows().count()).toBe(1);
    expect((await undoneRows().textContent())?.replace(/\s+/g, ' ')).toMatch(/^2 ?ongedaan gemaakt.*Woonwaarts resultaten verkeerd\.xlsx/);
    await panel().getByRole('status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('ongedaan-resultaten-2-gedaan') });

    const log = await callApi<ActivityLogEntry[]>(shell, 'listActivityLog', { planningYear: YEAR });
    expect(log[0]).toMatchObject({ action: 'undo-import', partyId: 'woonwaarts', reason: 'Woonwaarts stuurde het verkeerde bestand' });
    expect(log[0]?.detail).toMatch(/^Import ongedaan gemaakt: versie 2 van de resultaten 2026 /);
    const undone = await callApi<UndoneSubmission[]>(shell, 'listUndoneImports', { partyId: 'woonwaarts', planningYear: YEAR, kind: 'results' });
    expect(undone.map((u) => [u.version, u.fileName])).toEqual([[2, 'Woonwaarts resultaten verkeerd.xlsx']]);
    expect((await importResults('Woonwaarts resultaten februari.xlsx')).submission.version).toBe(3);
    expect(errors.list()).toEqual([]);
  });
});
