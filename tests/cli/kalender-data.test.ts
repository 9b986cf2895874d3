// The yearly calendar per set, from the command line (after `npm run build`):
// every set starts from section 6.2's days; Beuningen moves its overviews'
// deadline to 15 June, and `prestatie kalender` for Beuningen shows it while
// Druten's stays 30 June; an impossible day is refused naming the deadline,
// and the change is in the activity log.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const prestatie = (args: string[]) => runPrestatie([...args, '--db', db, '--naam', 'secretaris']);

beforeAll(async () => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-calendar-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
  const docx = path.join(tmp.dir, 'Beuningen.docx');
  fs.writeFileSync(docx, await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT));
  expect(prestatie(['afspraken-inlezen', docx]).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('prestatie kalender-data', () => {
  it('starts every set from the days of section 6.2', () => {
    const druten = prestatie(['kalender-data']);
    expect(druten.code).toBe(0);
    expect(druten.out).toContain('overviews  30 juni  Activiteitenoverzichten bij de werkgroep');
    expect(druten.out).toContain('results    29 februari  Resultaten van het afgeronde uitvoeringsjaar bij de werkgroep');
    expect(prestatie(['kalender-data', '--set', 'beuningen-2029-2032']).out).toBe(druten.out);
  });

  it('changes one set’s day: its calendar follows, the other set’s does not, and the log has it', () => {
    const r = prestatie(['kalender-data', '--set', 'beuningen-2029-2032', '--zet', 'overviews=15-06']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('overviews  15 juni  Activiteitenoverzichten bij de werkgroep');
    const beuningen = JSON.parse(prestatie(['kalender', '--set', 'beuningen-2029-2032', '--datum', '2030-05-01', '--json']).out) as { deadlines: { date: string; title: string }[] };
    expect(beuningen.deadlines.find((d) => d.title === 'Activiteitenoverzichten bij de werkgroep')?.date).toBe('2030-06-15');
    const druten = JSON.parse(prestatie(['kalender', '--datum', '2026-05-01', '--json']).out) as { deadlines: { date: string; title: string }[] };
    expect(druten.deadlines.find((d) => d.title === 'Activiteitenoverzichten bij de werkgroep')?.date).toBe('2026-06-30');
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare("SELECT detail, changed_by FROM activity_log WHERE action = 'calendar-edit'").all()).toEqual([
        { detail: 'Kalender: "Activiteitenoverzichten bij de werkgroep" van 30 juni naar 15 juni.', changed_by: 'secretaris' },
      ]);
    } finally {
      d.close();
    }
  });

  it('refuses a day that does not exist, naming the deadline, in Dutch', () => {
    const r = prestatie(['kalender-data', '--zet', 'alignment=31-09']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"Werkgroep stemt de activiteiten met elkaar af": 31 september bestaat niet; september heeft 30 dagen. Er is niets gewijzigd.');
  });
});
