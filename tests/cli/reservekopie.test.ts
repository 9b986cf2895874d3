// `prestatie reservekopie` and `prestatie herstel`, spawned as a user runs
// them: the backups listed with what they hold, one restored so that the
// activities are those of that moment, and a name that is not there.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupListing } from '../../src/service/contract';
import type { ActivityRow } from '../../src/domain/activities';
import { GEMEENTE_CHOICES_FILE, gemeenteChoicesWorkbook } from '../fixtures/link-choices';
import { cliWorkspace } from '../helpers/cli';

const { tmp, prestatie } = cliWorkspace('werkbank-cli-herstel-');

beforeAll(async () => {
  const file = path.join(tmp.dir, GEMEENTE_CHOICES_FILE);
  fs.writeFileSync(file, await gemeenteChoicesWorkbook());
  expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2027']).code).toBe(0);
  expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2028']).code).toBe(0);
});

describe('prestatie reservekopie and herstel', () => {
  it('lists the backups newest first, with why and which versions were current', () => {
    const { code, out } = prestatie(['reservekopie']);
    expect(code).toBe(0);
    expect(out).toMatch(/^2 reservekopieën, nieuwste eerst:\n {2}werkbank-\d{8}-\d{9}-voor-import(-\d+)?\.sqlite\n {6}\d+ \w+ \d{4} \d\d:\d\d, vóór een import; Gemeente 2027 v1\n/);
  });

  it('restores a backup: the activities are those of that moment, and the state before is kept', () => {
    const list = JSON.parse(prestatie(['reservekopie', '--json']).out) as BackupListing[];
    const beforeSecond = list[0] as BackupListing;
    const { code, out } = prestatie(['herstel', beforeSecond.name]);
    expect(code).toBe(0);
    expect(out).toContain(`Teruggezet: ${beforeSecond.name}.`);
    expect(out).toMatch(/De stand van vlak daarvoor is bewaard als werkbank-\d{8}-\d{9}-voor-herstel\.sqlite/);
    expect(JSON.parse(prestatie(['activiteiten', '--jaar', '2028', '--json']).out)).toEqual([]);
    // The restored database's log says which backup it came from, in every year.
    expect(prestatie(['koppelingen', '--jaar', '2028', '--logboek']).out).toContain(`[reservekopie teruggezet] Reservekopie teruggezet: ${beforeSecond.name} (gemaakt `);
    expect((JSON.parse(prestatie(['activiteiten', '--jaar', '2027', '--json']).out) as ActivityRow[]).length).toBe(2);
  });

  it('says so when there is no such backup, and changes nothing', () => {
    const { code, err } = prestatie(['herstel', 'werkbank-20200101-000000-voor-import.sqlite']);
    expect(code).toBe(1);
    expect(err).toContain('Er is geen reservekopie "werkbank-20200101-000000-voor-import.sqlite" in');
  });
});
