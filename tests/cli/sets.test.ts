// Several agreement sets in one database, from the command line as a user runs
// it (after `npm run build`): a made-up second municipality's signed .docx is
// stored with `afspraken-inlezen` (after a backup), `sets` lists both, `--set`
// switches what `afspraken` and `uitvraag` work on, a planning year outside the
// chosen set's period is refused, an unknown code names the known ones, and a
// second store of the same code is refused and changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementSetListing } from '../../src/service/contract';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { databaseContents } from '../helpers/db-contents';
import { tempDir } from '../helpers/tmp';

const CODE = 'beuningen-2029-2032';

let tmp: ReturnType<typeof tempDir>;
let db: string;
let docx: string;

const prestatie = (args: string[]) => runPrestatie([...args, '--db', db, '--naam', 'secretaris']);
const backupsDir = (): string => path.join(tmp.dir, 'backups');
const backupFiles = (): string[] => (fs.existsSync(backupsDir()) ? fs.readdirSync(backupsDir()).filter((f) => f.endsWith('.sqlite')).sort() : []);

/** Every text a workbook holds, on every sheet. */
async function workbookText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  });
  return texts.join('\n');
}

beforeAll(async () => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-sets-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
  docx = path.join(tmp.dir, 'Prestatieafspraken Beuningen 2029-2032.docx');
  fs.writeFileSync(docx, await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT));
});
afterAll(() => tmp.cleanup());

describe('several agreement sets from the command line', () => {
  it('starts with the embedded set only, active', () => {
    const run = prestatie(['sets', '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as AgreementSetListing[]).map((s) => [s.code, s.active])).toEqual([['druten-2025-2028', true]]);
  });

  it('stores the second set from its .docx after a backup of the database as it was', () => {
    const run = prestatie(['afspraken-inlezen', docx]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Waarschuwingen (4):');
    expect(run.out).toContain('Opgeslagen: Prestatieafspraken Beuningen 2029–2032 (beuningen-2029-2032), looptijd 2029–2032, 6 afspraken; de 4 waarschuwingen hierboven staan erbij zoals gelezen.');
    expect(run.out).toContain(`Werk ermee met --set ${CODE}`);
    const backups = backupFiles();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-voor-inlezen-afspraken\.sqlite$/);
    expect(run.out).toContain(`De stand van vlak daarvoor is bewaard als ${backups[0]}`);
    // The backup holds the database as it was just before: the embedded set only.
    const before = new Database(path.join(backupsDir(), backups[0] as string), { readonly: true, fileMustExist: true });
    try {
      expect(before.prepare('SELECT code FROM agreement_sets').all()).toEqual([{ code: 'druten-2025-2028' }]);
    } finally {
      before.close();
    }
  });

  it('lists both sets, the embedded one active unless another is chosen', () => {
    const run = prestatie(['sets']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('* druten-2025-2028  Meerjarige Prestatieafspraken Druten 2025 - 2028 (2025–2028, 47 afspraken)  [actief]');
    expect(run.out).toContain(`  ${CODE}  Prestatieafspraken Beuningen 2029–2032 (2029–2032, 6 afspraken)`);
    const chosen = JSON.parse(prestatie(['sets', '--json', '--set', CODE]).out) as AgreementSetListing[];
    expect(chosen.map((s) => [s.code, s.agreements, s.active])).toEqual([
      ['druten-2025-2028', 47, false],
      [CODE, 6, true],
    ]);
  });

  it('shows the chosen set’s afspraken and parties with --set, and Druten’s without', () => {
    const beuningen = prestatie(['afspraken', '--set', CODE]);
    expect(beuningen.code).toBe(0);
    expect(beuningen.out).toContain('[1.1 bij 1 (1)] Woonwerk bouwt 90 sociale huurwoningen in Ewijk.');
    expect(beuningen.out).not.toMatch(/Druten|Woonwaarts/);
    const byParty = JSON.parse(prestatie(['afspraken', '--set', CODE, '--partij', 'Woonwerk', '--rol', 'trekker', '--json']).out) as { text: string }[];
    // "Corporaties" stands for this set's own corporations, Woonwerk among them.
    expect(byParty.map((a) => a.text)).toEqual([
      'Woonwerk bouwt 90 sociale huurwoningen in Ewijk.',
      'Corporaties rapporteren jaarlijks over hun toewijzingen.',
      'Woonwerk isoleert 400 woningen in Beuningen-Noord.',
    ]);
    // A party of the other set is unknown here.
    const other = prestatie(['afspraken', '--set', CODE, '--partij', 'Woonwaarts']);
    expect(other.code).toBe(2);
    expect(other.err).toContain('Onbekende partij "Woonwaarts". Bekende partijen: ');
    expect(other.err).not.toContain('Druten');
    const druten = prestatie(['afspraken', '--json']);
    expect((JSON.parse(druten.out) as unknown[]).length).toBe(47);
  });

  it('makes the uitvraag for the chosen set, none of it naming Druten', async () => {
    const out = path.join(tmp.dir, 'uitvraag');
    const run = prestatie(['uitvraag', '--jaar', '2030', '--soort', 'activiteiten', '--uit', out, '--set', CODE]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(4);
    expect(files).toContain('Uitvraag activiteitenoverzicht 2030 - Woonwerk.xlsx');
    for (const f of files) expect(await workbookText(path.join(out, f))).not.toMatch(/Druten|Woonwaarts|De Kernen/);
  });

  it('refuses a planning year outside the chosen set’s period, with that period', () => {
    const early = prestatie(['uitvraag', '--jaar', '2026', '--soort', 'activiteiten', '--uit', path.join(tmp.dir, 'x'), '--set', CODE]);
    expect(early.code).toBe(1);
    expect(early.err.trim()).toBe('Planningsjaar 2026 valt buiten de looptijd van de prestatieafspraken (2029–2032).');
    const late = prestatie(['uitvraag', '--jaar', '2030', '--soort', 'activiteiten', '--uit', path.join(tmp.dir, 'y')]);
    expect(late.code).toBe(1);
    expect(late.err.trim()).toBe('Planningsjaar 2030 valt buiten de looptijd van de prestatieafspraken (2025–2028).');
    expect(fs.existsSync(path.join(tmp.dir, 'x'))).toBe(false);
  });

  it('answers an unknown set code with the known ones', () => {
    const run = prestatie(['afspraken', '--set', 'ewijk-2030']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trim()).toBe(
      `Onbekende set "ewijk-2030". Bekende sets: druten-2025-2028 (Meerjarige Prestatieafspraken Druten 2025 - 2028), ${CODE} (Prestatieafspraken Beuningen 2029–2032). Zie prestatie sets.`,
    );
  });

  it('refuses a second store of the same code, saying how to go on, and changes nothing', () => {
    const before = databaseContents(db);
    const backups = backupFiles();
    const run = prestatie(['afspraken-inlezen', docx]);
    expect(run.code).toBe(1);
    expect(run.err.trim()).toMatch(
      new RegExp(`^De prestatieafspraken "Prestatieafspraken Beuningen 2029–2032" \\(code ${CODE}\\) staan al in de database; .* Werk met de opgeslagen set met --set ${CODE}\\. .*prestatie herstel NAAM`),
    );
    expect(run.out).toContain('Er is niets opgeslagen');
    expect(databaseContents(db)).toBe(before);
    expect(backupFiles()).toEqual(backups);
  });
});
