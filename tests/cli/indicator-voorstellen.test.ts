// `prestatie indicator-voorstellen` as a user runs it (after `npm run build`):
// the targets proposed from Beuningen's stored document are listed with their
// sentence; one is confirmed and one rejected, both in the activity log, and
// only the confirmed one is an indicator of the set (`prestatie indicator`).
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
const prestatie = (args: string[]) => runPrestatie([...args, '--db', db, '--naam', 'secretaris', '--set', 'beuningen-2029-2032']);

beforeAll(async () => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-proposals-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
  const docx = path.join(tmp.dir, 'Beuningen.docx');
  fs.writeFileSync(docx, await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT));
  expect(runPrestatie(['afspraken-inlezen', docx, '--db', db]).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('prestatie indicator-voorstellen', () => {
  it('lists the proposals with their sentence and what to do', () => {
    const r = prestatie(['indicator-voorstellen']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Voorgestelde indicatoren \(\d+, waarvan \d+ nog open\):/);
    expect(r.out).toMatch(/ 1\. \[voorstel\] minimaal 150 woningen in 2032 — 1\.1 Nieuwbouw sociale huur/);
    expect(r.out).toContain('"Woonwerk en Maasland Wonen voegen samen 150 sociale huurwoningen toe tot en met 2032."');
    expect(r.out).toContain('Bevestig met --bevestig N (of alle), wijs af met --afwijzen N.');
  });

  it('confirms one and rejects another; only the confirmed one is an indicator, and both are logged', () => {
    const r = prestatie(['indicator-voorstellen', '--bevestig', '1', '--afwijzen', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Voorstel 1 bevestigd: Woonwerk en Maasland Wonen voegen samen 150 sociale huurwoningen toe tot en met 2032\nVoorstel 2 afgewezen: /);
    const indicators = JSON.parse(prestatie(['indicator', '--json']).out) as { title: string }[];
    expect(indicators.map((i) => i.title)).toEqual(['Woonwerk en Maasland Wonen voegen samen 150 sociale huurwoningen toe tot en met 2032']);
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare("SELECT action, changed_by FROM activity_log WHERE action LIKE 'indicator-%' ORDER BY id").all()).toEqual([
        { action: 'indicator-confirm', changed_by: 'secretaris' },
        { action: 'indicator-reject', changed_by: 'secretaris' },
      ]);
    } finally {
      d.close();
    }
  });

  it('refuses a proposal already decided, or a wrong number, in Dutch', () => {
    const again = prestatie(['indicator-voorstellen', '--afwijzen', '1']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Voorstel 1 \(".*"\) is al bevestigd; er is niets gewijzigd\./);
    const wrong = prestatie(['indicator-voorstellen', '--bevestig', 'drie']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('--bevestig verwacht nummers van voorstellen, zoals 3 of 3,5, niet "drie".');
  });
});
