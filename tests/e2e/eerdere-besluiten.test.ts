// Learning from earlier decisions, in a real browser on a real database: the
// Bewonersraad's 2027 plan is stored with its wijkschouw linked by hand to
// 5.1 bij 2 (1) (the schouw itself, not the plans after it) and its burendag
// to "geen afspraak". HBD's 2028 plan, read on the Inzendingen page, then
// shows its own wijkschouw proposed under that afspraak, with the earlier
// decision named as the reason, and its neighbours' day as no afspraak; a
// proposal, never a link until the secretary confirms it. A screenshot lands
// in test-output/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AgreementRow } from '../../src/domain/agreements';
import type { ImportPreview } from '../../src/service/imports-contract';
import { bytes, header } from '../fixtures/sheet-style';
import { callApi, launchChromium, screenshotPath, startShell, tempFolder, type RunningShell } from './shell';
import { consoleErrors } from './helpers';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let work: string;
const errors = consoleErrors();

async function plan(title: string, rows: string[][]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.getCell('A1').value = title;
  header(ws, 3, ['Activiteit', 'Wanneer']);
  rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
  return bytes(wb);
}

beforeAll(async () => {
  shell = await startShell({ today: '2027-07-01' });
  const agreements = await callApi<AgreementRow[]>(shell, 'listAgreements', {});
  const idOf = (reference: string) => agreements.find((a) => a.reference === reference)?.id;
  // Last year's plan of the other tenant organisation, decided by hand.
  const earlier = {
    name: 'Bewonersraad jaarplan 2027.xlsx',
    data: (
      await plan('Bewonersraad De Kernen – jaarplan 2027', [
        ['Wijkschouw Horssen-Oost: route lopen met bewoners, gemeente en De Kernen', 'mei'],
        ['Burendag in september: koffie en samen de tuin van het dorpshuis opknappen', 'september'],
      ])
    ).toString('base64'),
  };
  const preview = await callApi<ImportPreview>(shell, 'previewImport', { file: earlier, partyId: 'bewonersraad', planningYear: 2027 });
  const positionOf = (start: string) => preview.activities.find((a) => a.activity.startsWith(start))?.position;
  await callApi(shell, 'commitImport', {
    file: earlier,
    partyId: 'bewonersraad',
    planningYear: 2027,
    decisions: [
      { position: positionOf('Wijkschouw'), agreementId: idOf('5.1 bij 2 (1)') },
      { position: positionOf('Burendag'), agreementId: null },
    ],
  });
  work = tempFolder('werkbank-e2e-besluiten-');
  fs.writeFileSync(
    path.join(work, 'HBD plannen 2028.xlsx'),
    await plan('HBD – wat wij doen in 2028', [
      ['Wijkschouw Puiflijk: wij nodigen de bewoners uit en lopen de route', 'juni'],
      ['Burendag in Druten-Zuid: koffie en samen de tuinen opknappen', 'september'],
    ]),
  );
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

describe('earlier decisions', () => {
  it('propose the afspraak chosen before for an activity much like it, and say so; a person\'s "geen afspraak" comes back', async () => {
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzendingen' }).click();
    await page.getByLabel('Bestand om in te lezen').setInputFiles(path.join(work, 'HBD plannen 2028.xlsx'));
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 20_000 }).toBe('Voorbeeld van HBD plannen 2028.xlsx');
    // The party from the file name ("HBD plannen 2028").
    expect(await preview.getByLabel('Partij').inputValue()).toBe('hbd');
    const row = preview.locator('tr', { hasText: 'Wijkschouw Puiflijk' });
    const chosen = (select: string) => preview.locator('tr', { hasText: select }).locator('select.link-select').evaluate((s: { selectedOptions: ArrayLike<{ textContent: string | null }> }) => s.selectedOptions[0]?.textContent ?? '');
    expect(await chosen('Wijkschouw Puiflijk')).toMatch(/^5\.1 bij 2 \(1\) – Jaarlijks worden wijkshouwen georganiseerd/);
    expect(await row.locator('.link-status').textContent()).toMatch(/^voorgesteld/);
    expect(await row.locator('.link-reasons').textContent()).toMatch(
      /lijkt \d+% op "Wijkschouw Horssen-Oost: route lopen met bewone…" \(Bewonersraad De Kernen, 2027\), met de hand zo gekoppeld/,
    );
    // The earlier "geen afspraak" is given as the reason; it is not chosen for the secretary, who decides in one choice.
    const burendag = preview.locator('tr', { hasText: 'Burendag in Druten-Zuid' });
    expect(await chosen('Burendag in Druten-Zuid')).toBe('Geen afspraak gevonden: kies…');
    expect(await burendag.locator('.link-reasons p:not(.link-nearest)').textContent()).toMatch(/^lijkt \d+% op "Burendag in september: koffie en samen de tuin…" \(Bewonersraad De Kernen, 2027\), zonder afspraak gelaten$/);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('eerdere-besluiten-voorbeeld') });
    // Still a proposal: nothing is stored before the secretary saves, and then it waits to be confirmed.
    expect(await callApi(shell, 'listSubmissionVersions', { partyId: 'hbd', planningYear: 2028 })).toEqual([]);
    expect(errors.list()).toEqual([]);
  });
});
