// `prestatie activiteit`, spawned as a user runs it (after `npm run build`):
// one activity corrected, one removed and restored, each with a reason, and a
// row that is not there.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../helpers/cli';
import type { JointOverview } from '../../src/domain/joint-overview';
import type { ActivityRow } from '../../src/domain/activities';
import { CHOICE_ROW, GEMEENTE_CHOICES_FILE, PROPOSAL_ROW, gemeenteChoicesWorkbook } from '../fixtures/link-choices';

const { tmp, db, prestatie } = cliWorkspace('werkbank-cli-activiteit-');

const at = (row: string) => ['activiteit', '--jaar', '2027', '--partij', 'gemeente', '--rij', row];

beforeAll(async () => {
  const file = path.join(tmp.dir, GEMEENTE_CHOICES_FILE);
  fs.writeFileSync(file, await gemeenteChoicesWorkbook());
  // Row 4: the choice between three afspraken; row 5: the proposal.
  expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2027']).code).toBe(0);
});

describe('prestatie activiteit', () => {
  it('corrects a field of one row with a reason, and says what changed', () => {
    const { code, out } = prestatie([...at('5'), '--planning', 'Q3 2027', '--van-wie', 'HBD', '--reden', 'Mail van de gemeente, 12 sept']);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Gecorrigeerd: Gemeente, planningsjaar 2027, rij 5',
        '  Planning: heel 2027 → Q3 2027',
        '  Van wie: (leeg) → HBD',
        'De partner schreef: Planning: heel 2027; Van wie: (leeg)',
        'Reden: Mail van de gemeente, 12 sept',
        '',
      ].join('\n'),
    );
    const [, row] = JSON.parse(prestatie(['activiteiten', '--jaar', '2027', '--json']).out) as ActivityRow[];
    expect(row).toMatchObject({ activity: PROPOSAL_ROW, planning: 'Q3 2027', needsFromParties: [{ partyIds: ['hbd'] }] });
  });

  it('removes a row with a reason: listed as removed, gone from the joint overview', () => {
    const { code, out } = prestatie([...at('4'), '--verwijder', '--reden', 'Dubbel met de regel van Woonwaarts']);
    expect(code).toBe(0);
    expect(out).toContain(`Verwijderd: Gemeente, planningsjaar 2027, rij 4: ${CHOICE_ROW}`);
    expect(out).toContain('Reden: Dubbel met de regel van Woonwaarts');

    const list = prestatie(['activiteiten', '--jaar', '2027', '--partij', 'Gemeente']).out;
    expect(list).toContain('    verwijderd: Dubbel met de regel van Woonwaarts');
    expect(list).toContain('    gecorrigeerd: Mail van de gemeente, 12 sept');
    expect(list).toContain('    Planning: Q3 2027 (was: heel 2027)');
    expect(list).toContain('1 activiteit, 1 verwijderd (planningsjaar 2027, Gemeente).');

    const overview = JSON.parse(prestatie(['bundel', '--jaar', '2027', '--json']).out) as JointOverview;
    const texts = [...overview.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...overview.unlinked].map((a) => a.activity);
    expect(texts).toEqual([PROPOSAL_ROW]);
  });

  it('restores it with --herstel, and every step is in the activity log', () => {
    const { code, out } = prestatie([...at('4'), '--herstel', '--reden', 'Toch een eigen overleg']);
    expect(code).toBe(0);
    expect(out).toBe(`Hersteld: Gemeente, planningsjaar 2027, rij 4: ${CHOICE_ROW}\nReden: Toch een eigen overleg\n`);
    const check = new Database(db, { readonly: true });
    const log = check.prepare('SELECT action, detail, reason FROM activity_log ORDER BY id').all();
    check.close();
    expect(log).toEqual([
      { action: 'edit', detail: 'Planning: heel 2027 → Q3 2027; Van wie: (leeg) → HBD', reason: 'Mail van de gemeente, 12 sept' },
      { action: 'remove', detail: `Verwijderd: ${CHOICE_ROW}`, reason: 'Dubbel met de regel van Woonwaarts' },
      { action: 'edit', detail: 'Hersteld (was verwijderd: Dubbel met de regel van Woonwaarts)', reason: 'Toch een eigen overleg' },
    ]);
  });

  it('exits 1 with a Dutch message for a row that is not there, or an empty reason; 2 when it is not told what to do', () => {
    const missing = prestatie([...at('9'), '--verwijder', '--reden', 'weg']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('De huidige versie van het overzicht van Gemeente voor 2027 heeft geen activiteit op rij 9. Rijen met een activiteit: 4, 5.');
    const sheet = prestatie([...at('4'), '--blad', 'Blad2', '--verwijder', '--reden', 'weg']);
    expect(sheet.code).toBe(1);
    expect(sheet.err).toContain('geen activiteit op rij 4 van blad "Blad2"');
    const empty = prestatie([...at('4'), '--verwijder', '--reden', ' ']);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('Geef een reden');
    const noReason = prestatie([...at('4'), '--planning', 'Q4']);
    expect(noReason.code).toBe(2);
    expect(noReason.err).toContain('Geef met --reden TEKST op waarom');
    const nothing = prestatie([...at('4'), '--reden', 'x']);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('Zeg wat er moet gebeuren');
    expect(prestatie(['--help']).out).toContain('activiteit  Eén ingelezen activiteit corrigeren, verwijderen of herstellen, met een reden');
  });
});
