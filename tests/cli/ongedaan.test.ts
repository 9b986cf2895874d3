// `prestatie ongedaan`, spawned as a user runs it: the latest import of a
// party and year undone after a backup (the one before is current again, and
// the backup restores what was undone), and the Dutch refusals.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportUndoResult } from '../../src/service/contract';
import type { ActivityRow } from '../../src/domain/activities';
import type { SubmissionSummary } from '../../src/domain/submissions';
import { GEMEENTE_CHOICES_FILE, gemeenteChoicesWorkbook } from '../fixtures/link-choices';
import { cliWorkspace } from '../helpers/cli';

const { tmp, prestatie } = cliWorkspace('werkbank-cli-ongedaan-');
let file: string;
const activities = (year: number) => JSON.parse(prestatie(['activiteiten', '--jaar', String(year), '--json']).out) as ActivityRow[];

beforeAll(async () => {
  file = path.join(tmp.dir, GEMEENTE_CHOICES_FILE);
  fs.writeFileSync(file, await gemeenteChoicesWorkbook());
  expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2027']).code).toBe(0);
  expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2028']).code).toBe(0);
});

describe('prestatie ongedaan', () => {
  it('asks for the party and the year', () => {
    const { code, err } = prestatie(['ongedaan', '--jaar', '2027']);
    expect(code).toBe(2);
    expect(err).toContain('Geef de partij op met --partij NAAM.');
  });

  it('refuses a version that is not the latest, in Dutch, and changes nothing', () => {
    const { code, err } = prestatie(['ongedaan', '--partij', 'Gemeente', '--jaar', '2027', '--versie', '3']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('Er is geen versie 3 van het activiteitenoverzicht 2027 van Gemeente.');
    expect(activities(2027).length).toBe(2);
  });

  it('undoes the latest import after a backup; restoring that backup brings it back', () => {
    const { code, out } = prestatie(['ongedaan', '--partij', 'Gemeente', '--jaar', '2027', '--reden', 'Verkeerd jaar gekozen']);
    expect(code).toBe(0);
    expect(out).toContain(`Ongedaan gemaakt: versie 1 van het activiteitenoverzicht 2027 van Gemeente (${GEMEENTE_CHOICES_FILE}, 2 activiteiten).`);
    expect(out).toContain('Er is nu geen versie van het activiteitenoverzicht 2027 van Gemeente meer.');
    const backup = /bewaard als (werkbank-\d{8}-\d{9}-voor-ongedaan-maken\.sqlite)/.exec(out)?.[1];
    expect(backup).toBeDefined();
    expect(activities(2027)).toEqual([]);
    expect(activities(2028).length).toBe(2);
    expect(prestatie(['koppelingen', '--jaar', '2027', '--logboek']).out).toMatch(
      /\[import ongedaan\] Import ongedaan gemaakt: versie 1 van het activiteitenoverzicht 2027 \(.*\)\. Er is nu geen versie meer\.\n {6}reden: Verkeerd jaar gekozen/,
    );

    expect(prestatie(['herstel', backup as string]).code).toBe(0);
    expect(activities(2027).length).toBe(2);
  });

  it('records who did it: --naam, else WERKBANK_NAAM from the environment', () => {
    expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2026', '--naam', 'Annet de Vries']).code).toBe(0);
    expect(activities(2026).length).toBe(2);
    process.env.WERKBANK_NAAM = 'Bram Jansen';
    try {
      expect(prestatie(['ongedaan', '--partij', 'Gemeente', '--jaar', '2026']).code).toBe(0);
    } finally {
      delete process.env.WERKBANK_NAAM;
    }
    const log = prestatie(['koppelingen', '--jaar', '2026', '--logboek']).out;
    expect(log).toMatch(/, Bram Jansen \[import ongedaan\] Import ongedaan gemaakt: versie 1 van het activiteitenoverzicht 2026 \(.*ingelezen \d+ \w+ 20\d\d door Annet de Vries;/);
    const { code, err } = prestatie(['kalender', '--naam', '  ']);
    expect(code).toBe(2);
    expect(err).toContain('--naam verwacht uw naam');
  });

  it('gives JSON for scripts', () => {
    const { code, out } = prestatie(['ongedaan', '--partij', 'Gemeente', '--jaar', '2028', '--versie', '1', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as ImportUndoResult;
    expect(result.undone).toMatchObject({ version: 1, partyId: 'gemeente' } satisfies Partial<SubmissionSummary>);
    expect(result.current).toBeNull();
  });
});
