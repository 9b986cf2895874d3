// Editing a party on the Beheer page in a real browser against the web shell:
// HBD gets another short name and one more alias, which the form and the
// party list show after saving and the service has stored; an empty name is
// refused with the service's Dutch message, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PartyWithCounts } from '../../src/service/contract';
import { axeViolations, consoleErrors } from './helpers';
import { callApi, launchChromium, screenshotPath, startShell, type RunningShell } from './shell';

let shell: RunningShell;
let browser: Browser;
let page: Page;
let hbd: PartyWithCounts;
const errors = consoleErrors();

beforeAll(async () => {
  shell = await startShell({ today: '2026-03-10' });
  const parties = await callApi<PartyWithCounts[]>(shell, 'listParties');
  const found = parties.find((p) => p.shortName === 'HBD');
  if (!found) throw new Error(`Geen HBD onder ${parties.map((p) => p.shortName).join(', ')}`);
  hbd = found;
  browser = await launchChromium();
  // bypassCSP: axe is injected as a script tag (see axeViolations).
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true })).newPage();
  errors.watch(page);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  shell?.cleanup();
});

const section = () => page.locator('section.party-edit');
const stored = async () => (await callApi<PartyWithCounts[]>(shell, 'listParties')).find((p) => p.id === hbd.id);

describe('Beheer: a party edited', () => {
  it('changes HBD’s short name and adds an alias; the form, the list and the service show it', async () => {
    await page.goto(shell.url.replace(/#.*$/, '') + '#/beheer');
    await expect.poll(() => section().count()).toBe(1);
    await section().getByLabel('Partij', { exact: true }).selectOption(hbd.id);
    expect(await section().getByLabel('Naam', { exact: true }).inputValue()).toBe(hbd.name);
    await section().getByLabel('Korte naam').fill('HBD-Druten');
    const aliases = section().getByLabel('Andere namen');
    await aliases.fill([...hbd.aliases, 'Huurdersvereniging Beuningen-Druten'].join('\n'));
    await section().getByRole('button', { name: 'Partij opslaan' }).click();

    const status = section().getByRole('status');
    await expect.poll(() => status.textContent()).toContain(`${hbd.name} (HBD-Druten) is opgeslagen`);
    expect(await status.textContent()).toMatch(/bewaard als .+; de wijziging staat in het logboek/);
    expect(await section().getByLabel('Partij', { exact: true }).locator('option:checked').textContent()).toBe(`${hbd.name} (HBD-Druten)`);
    expect(await section().getByLabel('Korte naam').inputValue()).toBe('HBD-Druten');
    expect((await aliases.inputValue()).split('\n')).toContain('Huurdersvereniging Beuningen-Druten');
    expect(await section().getByRole('button', { name: 'Partij opslaan' }).isDisabled()).toBe(true);

    const after = await stored();
    expect(after?.shortName).toBe('HBD-Druten');
    expect(after?.name).toBe(hbd.name);
    expect(after?.aliases).toEqual([...hbd.aliases, 'Huurdersvereniging Beuningen-Druten']);
    expect(after?.linkedPartyIds).toEqual(hbd.linkedPartyIds);
    // "Hoort bij": the corporation HBD belongs to is ticked.
    for (const l of hbd.linkedPartyIds) {
      expect(await section().locator(`input[type="checkbox"][id$="-link-${l}"]`).isChecked()).toBe(true);
    }
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('partij-wijzigen-1-opgeslagen'), fullPage: true });
  });

  it('refuses an empty name with the Dutch message, keeps what was typed, and changes nothing', async () => {
    const before = await stored();
    await section().getByLabel('Naam', { exact: true }).fill('');
    await section().getByRole('button', { name: 'Partij opslaan' }).click();
    const alert = section().getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(`De naam van ${hbd.name} mag niet leeg zijn. Er is niets gewijzigd.`);
    expect(await section().getByLabel('Naam', { exact: true }).inputValue()).toBe('');
    expect(await section().getByRole('status').count()).toBe(0);
    expect(await stored()).toEqual(before);
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('partij-wijzigen-2-geweigerd'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await section().getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    expect(await section().getByLabel('Naam', { exact: true }).inputValue()).toBe(hbd.name);
    expect(await alert.count()).toBe(0);
    // The refusal is the one 400 the browser logs.
    expect(errors.list().filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(errors.list().filter((e) => e.includes('status of 400'))).toHaveLength(1);
  });
});
