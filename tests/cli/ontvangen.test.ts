// prestatie importeer --ontvangen: the day the partner's file arrived, stored
// with the submission and given back in --json; a wrong day is refused in
// Dutch and nothing is stored. Spawned as a user runs it (after `npm run build`).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WOONWAARTS_FILE, woonwaartsWorkbook } from '../fixtures/partner-workbooks';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { ownResultsFile } from '../helpers/filled-request';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let db: string;
let activities: string;
let results: string;

beforeAll(async () => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-ontvangen-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
  activities = path.join(tmp.dir, WOONWAARTS_FILE);
  fs.writeFileSync(activities, await woonwaartsWorkbook());
  const own = await ownResultsFile('De Kernen');
  results = path.join(tmp.dir, own.name);
  fs.writeFileSync(results, Buffer.from(own.data, 'base64'));
});
afterAll(() => tmp.cleanup());

function stored(): { party_id: string; kind: string; received_on: string }[] {
  if (!fs.existsSync(db)) return [];
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare<[], { party_id: string; kind: string; received_on: string }>('SELECT party_id, kind, received_on FROM submissions ORDER BY id').all();
  } finally {
    raw.close();
  }
}

/** The day after today in Druten (the CLI's clock is the real one). */
function tomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('prestatie importeer --ontvangen', () => {
  it('explains the option in the help, in Dutch', () => {
    const help = runPrestatie(['importeer', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--ontvangen JJJJ-MM-DD   de dag waarop het bestand van de partner binnenkwam');
  });

  it('refuses a day that is no date, or one in the future, with a Dutch message naming the field, and stores nothing', () => {
    const wrong = runPrestatie(['importeer', activities, '--db', db, '--partij', 'Woonwaarts', '--jaar', '2027', '--ontvangen', '2026-06-31']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Ontvangen op moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.');
    const future = runPrestatie(['importeer', activities, '--db', db, '--partij', 'Woonwaarts', '--jaar', '2027', '--ontvangen', tomorrow()]);
    expect(future.code).toBe(1);
    expect(future.err).toMatch(/Ontvangen op \(.+\) ligt in de toekomst; vandaag is het .+\. Vul de dag in waarop het bestand binnenkwam\./);
    expect(stored()).toEqual([]);
  });

  it('stores the day with an activiteitenoverzicht and with results, says it, and gives it back in --json', () => {
    const run = runPrestatie(['importeer', activities, '--db', db, '--partij', 'Woonwaarts', '--jaar', '2027', '--ontvangen', '2026-06-28']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Ingelezen als versie 1 voor Woonwaarts, planningsjaar 2027. Ontvangen op 28 juni 2026.');

    const json = runPrestatie(['importeer', results, '--db', db, '--soort', 'resultaten', '--partij', 'De Kernen', '--jaar', '2025', '--ontvangen', '2026-03-04', '--json']);
    expect(json.code).toBe(0);
    const [out] = JSON.parse(json.out) as { committed: boolean; result: { submission: { partyId: string; receivedOn: string } } }[];
    expect(out?.committed).toBe(true);
    expect(out?.result.submission).toMatchObject({ partyId: 'de-kernen', receivedOn: '2026-03-04' });

    expect(stored()).toEqual([
      { party_id: 'woonwaarts', kind: 'activities', received_on: '2026-06-28' },
      { party_id: 'de-kernen', kind: 'results', received_on: '2026-03-04' },
    ]);
  });
});

describe('prestatie ontvangen', () => {
  it('corrects the day a stored version came in, with a reason for the log, and refuses without one', () => {
    const without = runPrestatie(['ontvangen', '--db', db, '--partij', 'Woonwaarts', '--jaar', '2027', '--datum', '2026-06-25']);
    expect(without.code).toBe(2);
    expect(without.err).toContain('Geef een reden op met --reden TEKST');
    const run = runPrestatie(['ontvangen', '--db', db, '--partij', 'Woonwaarts', '--jaar', '2027', '--datum', '2026-06-25', '--reden', 'Mail van 25 juni teruggevonden']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Versie 1 van het activiteitenoverzicht 2027 van Woonwaarts (${WOONWAARTS_FILE}): ontvangen op 25 juni 2026.`);
    expect(stored()[0]).toEqual({ party_id: 'woonwaarts', kind: 'activities', received_on: '2026-06-25' });
    const raw = new Database(db, { readonly: true });
    try {
      expect(raw.prepare("SELECT detail, reason FROM activity_log WHERE action = 'received-on'").all()).toEqual([
        {
          detail: `Ontvangen op van versie 1 van het activiteitenoverzicht 2027 (${WOONWAARTS_FILE}) gecorrigeerd: 28 juni 2026 werd 25 juni 2026.`,
          reason: 'Mail van 25 juni teruggevonden',
        },
      ]);
    } finally {
      raw.close();
    }
  });
});
