// Several results workbooks chosen at once on the Verantwoording page, in a
// real browser on a real database: the five activiteitenoverzichten of 2026
// imported and frozen as the definitive bundle through the API; then De
// Kernen's, the gemeente's and HBD's results picked together and handled one
// after another, each previewed with its place in the queue: De Kernen saved,
// the gemeente skipped, HBD saved; the summary says which became which
// version, and the status board shows De Kernen and HBD as answered, the
// gemeente not. Then a refused file in a queue, a new choice that replaces the
// files still waiting, and stopping, with nothing saved. Screenshots at
// 1280×800 land in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AccountabilityReport } from '../../src/domain/accountability';
import { ACTIVITIES_2026, CYCLE_YEAR } from '../fixtures/results-cycle';
import {
  DE_KERNEN_RESULTS_FILE,
  GEMEENTE_RESULTS_FILE,
  HBD_RESULTS_FILE,
  deKernenResultsWorkbook,
  gemeenteResultsWorkbook,
  hbdResultsWorkbook,
} from '../fixtures/results-workbooks';
import { csvFile } from '../fixtures/partner-workbooks';
import { callApi, confirmLinksAndFreeze, launchChromium, type RunningShell, screenshotPath, startShell, tempFolder } from './shell';
import { consoleErrors, openAccountability, scrollToTop } from './helpers';

const CSV_FILE = 'resultaten gemeente.csv';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();
/** The files as the secretary saved them from her mail, by name. */
const files: Record<string, string> = {};

beforeAll(async () => {
  shell = await startShell();
  for (const file of ACTIVITIES_2026) {
    const data = (await file.build()).toString('base64');
    await callApi(shell, 'commitImport', { file: { name: file.name, data }, partyId: file.partyId, planningYear: CYCLE_YEAR });
  }
  await confirmLinksAndFreeze(shell, CYCLE_YEAR);
  work = tempFolder('werkbank-e2e-meerdere-');
  const made: [string, Buffer | string][] = [
    [DE_KERNEN_RESULTS_FILE, await deKernenResultsWorkbook()],
    [GEMEENTE_RESULTS_FILE, await gemeenteResultsWorkbook()],
    [HBD_RESULTS_FILE, await hbdResultsWorkbook()],
    [CSV_FILE, csvFile()],
  ];
  for (const [name, bytes] of made) {
    const file = path.join(work, name);
    fs.writeFileSync(file, bytes);
    files[name] = file;
  }
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors.watch(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const pathsOf = (...names: string[]) => names.map((name) => files[name] as string);

/** The preview on screen once it shows this file. */
async function previewOf(name: string): Promise<Locator> {
  const preview = page.locator('.preview');
  await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe(`Voorbeeld van ${name}`);
  return preview;
}

/** Each summary row as [file, outcome, toelichting]. */
async function summaryRows(summary: Locator): Promise<string[][]> {
  const rows = await summary.locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map((text) => text.trim())));
}

async function report(): Promise<AccountabilityReport> {
  return callApi<AccountabilityReport>(shell, 'getAccountabilityReport', { fromYear: CYCLE_YEAR });
}

describe('Several results workbooks at once', () => {
  it('previews three files one after another: saves De Kernen, skips the gemeente, saves HBD, and sums up', async () => {
    await openAccountability(page, shell.url, `Verantwoording ${CYCLE_YEAR}`);
    await page.getByRole('table', { name: 'Stand per partij' }).waitFor();

    await page.getByLabel('Bestand om in te lezen').setInputFiles(pathsOf(DE_KERNEN_RESULTS_FILE, GEMEENTE_RESULTS_FILE, HBD_RESULTS_FILE));

    // 1 of 3: where it stands in the queue and what still waits; nothing saved before it is seen.
    let preview = await previewOf(DE_KERNEN_RESULTS_FILE);
    const queue = preview.locator('.queue-line');
    expect(await queue.locator('.queue-count').textContent()).toBe('Bestand 1 van 3');
    expect(await queue.locator('.queue-waiting li').allTextContents()).toEqual([`2. ${GEMEENTE_RESULTS_FILE}`, `3. ${HBD_RESULTS_FILE}`]);
    expect(await preview.locator('.preview-facts').textContent()).toContain('De Kernen');
    expect(await preview.getByRole('button', { name: 'Annuleren' }).count()).toBe(0);
    expect((await report()).parties.find((p) => p.id === 'de-kernen')?.submissions.every((s) => s.version === null)).toBe(true);
    await scrollToTop(preview);
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-1-wachtrij') });

    // De Kernen wrote "niet gerealiseerd", which the Werkbank does not know: the secretary says how to read it.
    const statuses = preview.locator('section', { has: page.getByRole('heading', { name: 'Statussen die de Werkbank niet kent' }) });
    expect(await statuses.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('“niet gerealiseerd”12')]);
    const labelRow = preview.locator('.result-table tbody tr', { hasText: 'Energielabels E, F, G verbeteren' });
    expect(await labelRow.locator('.result-status').textContent()).toBe('niet gerealiseerd');
    await statuses.getByLabel('Status voor “niet gerealiseerd”').selectOption('niet gestart');
    await expect.poll(() => labelRow.locator('.result-status').textContent(), { timeout: 20_000 }).toBe('niet gestart');
    expect(await preview.locator('.problems-table').textContent()).toContain('rij 12, kolom C: de status "niet gerealiseerd" is op uw keuze gelezen als ‘niet gestart’.');
    await statuses.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-1b-status-kiezen') });

    await preview.getByRole('button', { name: 'Resultaten opslaan' }).click();
    const done = page.locator('.success-box');
    await expect.poll(() => done.textContent(), { timeout: 20_000 }).toContain('Resultaten van De Kernen over 2026: versie 1 is nu de huidige versie.');
    const saved = (await report()).themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.results)));
    expect(saved.find((r) => r.activity === 'Energielabels E, F, G verbeteren')).toMatchObject({ status: 'not-started', statusText: 'niet gerealiseerd' });
    const next = done.getByRole('button', { name: `Volgende bestand: ${GEMEENTE_RESULTS_FILE} (nog 2)` });
    expect(await next.count()).toBe(1);
    expect(await done.getByRole('button', { name: 'Stoppen; de overige bestanden worden niet ingelezen' }).count()).toBe(1);
    expect(await done.getByRole('button', { name: 'Sluiten' }).count()).toBe(0);
    // The keyboard continues where the next step is.
    expect(await next.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-2-volgende') });

    // 2 of 3: skipped, nothing saved; the next file follows at once.
    await next.click();
    preview = await previewOf(GEMEENTE_RESULTS_FILE);
    expect(await preview.locator('.queue-count').textContent()).toBe('Bestand 2 van 3');
    expect(await preview.locator('.queue-waiting li').allTextContents()).toEqual([`3. ${HBD_RESULTS_FILE}`]);
    await preview.getByRole('button', { name: 'Overslaan' }).click();

    // 3 of 3: the last, so there is nothing to stop.
    preview = await previewOf(HBD_RESULTS_FILE);
    expect(await preview.locator('.queue-line').textContent()).toContain('Bestand 3 van 3');
    expect(await preview.locator('.queue-line').textContent()).toContain('Dit is het laatste bestand.');
    expect(await preview.getByRole('button', { name: 'Stoppen' }).count()).toBe(0);

    // HBD's rows carry no afspraak: each says which planned activity it answers, and the secretary can pair it otherwise.
    const rowOf = (text: string) => preview.locator('.result-table tbody tr', { hasText: text });
    expect(await rowOf('Wijkschouw Deest').locator('.pairing').textContent()).toContain('beantwoordt (herkend aan de tekst):');
    const evening = rowOf('Huurdersavond energiekosten').getByLabel(/^Geplande activiteit bij rij/);
    const plannedEvening = await evening.inputValue();
    expect(await evening.locator('option:checked').textContent()).toBe('2.2 bij 3 – Huurdersavond over de energiekosten en de huurverhoging');
    await rowOf('Bewonersbijeenkomst Puiflijk').getByLabel(/^Geplande activiteit bij rij/).selectOption(plannedEvening);
    await expect.poll(() => rowOf('Bewonersbijeenkomst Puiflijk').locator('.pairing').textContent(), { timeout: 20_000 }).toContain('beantwoordt (zo gekozen):');
    expect(await rowOf('Huurdersavond energiekosten').locator('.pairing').textContent()).toContain('niet gepland');
    await scrollToTop(rowOf('Wijkschouw Deest'));
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-2b-koppelen') });
    await preview.getByRole('button', { name: 'Resultaten opslaan' }).click();

    const summary = page.locator('.queue-summary');
    await expect.poll(() => summary.count(), { timeout: 20_000 }).toBe(1);
    expect(await summary.locator('h3').textContent()).toBe('Samenvatting van 3 bestanden');
    expect(await summary.locator('.queue-counts').textContent()).toBe('2 opgeslagen · 1 overgeslagen');
    expect(await summaryRows(summary)).toEqual([
      [DE_KERNEN_RESULTS_FILE, 'opgeslagen', 'Als versie 1 voor De Kernen, uitvoeringsjaar 2026.'],
      [GEMEENTE_RESULTS_FILE, 'overgeslagen', 'Overgeslagen; er is niets opgeslagen.'],
      [HBD_RESULTS_FILE, 'opgeslagen', 'Als versie 1 voor HBD, uitvoeringsjaar 2026.'],
    ]);
    // The last file's outcome stays above the summary, without a second way to close.
    expect(await page.locator('.success-box').textContent()).toContain('Resultaten van HBD over 2026: versie 1');
    expect(await page.locator('.success-box button').count()).toBe(0);
    await scrollToTop(page.locator('#results-import-title'));
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-3-samenvatting') });

    // The status board: De Kernen and HBD answered, the gemeente not.
    const byParty = page.getByRole('table', { name: 'Stand per partij' });
    const row = (name: string) => byParty.locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) }).locator('th');
    // The board refreshes after each save: HBD's, the last, may land a moment after De Kernen's.
    await expect.poll(() => row('De Kernen').textContent()).toContain(`${CYCLE_YEAR}: versie 1`);
    await expect.poll(() => row('HBD').textContent()).toContain(`${CYCLE_YEAR}: versie 1`);
    expect(await row('Gemeente').textContent()).toContain('geen resultaten ontvangen');
    await scrollToTop(byParty);
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-4-stand') });

    await summary.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    expect(await page.locator('.success-box').count()).toBe(0);
  });

  it('goes on after a refused file, lets a new choice replace the files waiting, and stops without saving', async () => {
    await page.getByLabel('Bestand om in te lezen').setInputFiles(pathsOf(CSV_FILE, GEMEENTE_RESULTS_FILE, HBD_RESULTS_FILE));
    const refusal = page.locator('.refusal');
    await expect.poll(() => refusal.count(), { timeout: 20_000 }).toBe(1);
    expect(await refusal.locator('h3').textContent()).toBe('Dit bestand is geweigerd');
    await refusal.getByRole('button', { name: `Volgende bestand: ${GEMEENTE_RESULTS_FILE} (nog 2)` }).click();

    let preview = await previewOf(GEMEENTE_RESULTS_FILE);
    expect(await preview.locator('.queue-count').textContent()).toBe('Bestand 2 van 3');
    // The drop zone says what a new choice does to the files waiting.
    expect(await page.locator('.drop-zone').textContent()).toContain('in de plaats van de bestanden die nog wachten');

    // A new choice: the gemeente on screen and HBD waiting give way; De Kernen's file was already saved.
    await page.getByLabel('Bestand om in te lezen').setInputFiles(pathsOf(DE_KERNEN_RESULTS_FILE, GEMEENTE_RESULTS_FILE));
    preview = await previewOf(DE_KERNEN_RESULTS_FILE);
    expect(await preview.locator('.queue-count').textContent()).toBe('Bestand 1 van 2');
    expect(await preview.locator('.queue-replaced').textContent()).toBe(
      `U koos nieuwe bestanden. Van de vorige keuze worden ${GEMEENTE_RESULTS_FILE} en ${HBD_RESULTS_FILE} niet ingelezen; wat al was opgeslagen, blijft opgeslagen.`,
    );
    expect(await preview.locator('.info-box', { hasText: 'Dit bestand is al ingelezen' }).count()).toBe(1);
    await scrollToTop(preview);
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-5-vervangen') });

    await preview.getByRole('button', { name: 'Stoppen' }).click();
    const summary = page.locator('.queue-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await page.locator('.preview').count()).toBe(0);
    const rows = await summaryRows(summary);
    expect(rows.map(([name, outcome]) => [name, outcome])).toEqual([
      [CSV_FILE, 'geweigerd'],
      [GEMEENTE_RESULTS_FILE, 'niet ingelezen'],
      [HBD_RESULTS_FILE, 'niet ingelezen'],
      [DE_KERNEN_RESULTS_FILE, 'niet ingelezen'],
      [GEMEENTE_RESULTS_FILE, 'niet ingelezen'],
    ]);
    expect(rows[0]?.[2]).toContain(CSV_FILE);
    expect(rows[1]?.[2]).toBe('Vervangen door een nieuwe keuze van bestanden.');
    expect(rows[3]?.[2]).toBe('Gestopt voordat het werd opgeslagen.');
    await scrollToTop(page.locator('#results-import-title'));
    await page.screenshot({ path: screenshotPath('meerdere-bestanden-6-gestopt') });

    // Nothing of this round was saved.
    const parties = (await report()).parties;
    const versions = (id: string) => parties.find((p) => p.id === id)?.submissions.map((s) => s.version);
    expect(versions('gemeente')).toEqual([null]);
    expect(versions('de-kernen')).toEqual([1]);
    expect(versions('hbd')).toEqual([1]);
  });

  it('ran without errors in the browser console', () => {
    // The refused file is answered with HTTP 422, which Chromium logs as a failed resource.
    expect(errors.list().filter((e) => !e.includes('status of 422'))).toEqual([]);
  });
});
