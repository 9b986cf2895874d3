// storeAgreementSet through the service on a real SQLite file: a made-up
// second municipality's signed document is stored next to the embedded set,
// after a backup and with an entry in its log; its parties do not take the
// ids of Druten's, and each set sees only its own. A document with errors, or
// with the code of a stored set, is refused and changes nothing.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/db/backup';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { writeAgreementDocx } from '../fixtures/agreement-docx';
import { BEUNINGEN, BEUNINGEN_LAYOUT } from '../fixtures/beuningen-set';
import { databaseContents } from '../helpers/db-contents';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let databasePath: string;
let beuningenDocx: string;

beforeAll(async () => {
  tmp = tempDir('werkbank-store-set-');
  databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath, changedBy: 'secretaris', now: () => new Date('2028-12-10T10:00:00Z') });
  api = werkbank.api;
  beuningenDocx = (await writeAgreementDocx(BEUNINGEN, BEUNINGEN_LAYOUT)).toString('base64');
});
afterAll(async () => {
  await werkbank.close();
  tmp.cleanup();
});

const contents = (): string => databaseContents(databasePath);

describe('storeAgreementSet', () => {
  it('refuses a document whose preview has errors, naming them, and changes nothing', async () => {
    const before = contents();
    const untitled = await writeAgreementDocx({ ...BEUNINGEN, title: 'Prestatieafspraken Beuningen' }, BEUNINGEN_LAYOUT);
    await expect(api.storeAgreementSet({ file: { name: 'zonder looptijd.docx', data: untitled.toString('base64') } })).rejects.toMatchObject({
      code: 'file_refused',
      message: expect.stringMatching(/^zonder looptijd\.docx is niet opgeslagen: de Werkbank vond er een fout in\. Er is niets gewijzigd\.[\s\S]*staat geen looptijd/),
    });
    expect(contents()).toBe(before);
    expect(listBackups(databasePath)).toEqual([]);
  });

  it('stores a second set after a backup, logs it, and keeps its parties apart from the first set’s', async () => {
    const stored = await api.storeAgreementSet({ file: { name: 'Beuningen.docx', data: beuningenDocx } });
    expect(stored).toMatchObject({ code: 'beuningen-2029-2032', title: 'Prestatieafspraken Beuningen 2029–2032', periodStart: 2029, periodEnd: 2032, agreements: 6, warnings: 4 });
    expect(listBackups(databasePath).map((f) => path.basename(f))).toEqual([stored.backup]);
    expect(stored.backup).toMatch(/voor-inlezen-afspraken\.sqlite$/);
    expect((await api.listBackups()).map((b) => b.reasonText)).toEqual(['vóór het inlezen van prestatieafspraken']);

    expect(await api.listAgreementSets()).toEqual([
      { code: 'druten-2025-2028', title: 'Meerjarige Prestatieafspraken Druten 2025 - 2028', municipality: 'Druten', periodStart: 2025, periodEnd: 2028, agreements: 47, active: true },
      { code: 'beuningen-2029-2032', title: 'Prestatieafspraken Beuningen 2029–2032', municipality: 'Beuningen', periodStart: 2029, periodEnd: 2032, agreements: 6, active: false },
    ]);
    // The active set (Druten) still sees its own five parties only.
    expect((await api.listParties()).map((p) => p.name)).toEqual([
      'Gemeente Druten',
      'Woonwaarts',
      'De Kernen',
      'Huurdersbelangen Beuningen Druten',
      'Bewonersraad De Kernen',
    ]);
    expect((await api.resolvePartyName({ name: 'Corporaties' })).partyIds).toEqual(['woonwaarts', 'de-kernen']);

    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      const log = db
        .prepare<[], { code: string; action: string; detail: string; changed_by: string }>(
          'SELECT s.code, l.action, l.detail, l.changed_by FROM activity_log l JOIN agreement_sets s ON s.id = l.set_id',
        )
        .all();
      expect(log).toEqual([
        {
          code: 'beuningen-2029-2032',
          action: 'set-import',
          detail: 'Prestatieafspraken ingelezen: Prestatieafspraken Beuningen 2029–2032 (beuningen-2029-2032, 2029–2032) uit Beuningen.docx; 6 afspraken.',
          changed_by: 'secretaris',
        },
      ]);
      // Beuningen's "gemeente" is not Druten's: it has an id of its own, and its afspraken point to it.
      expect(db.prepare("SELECT id, name FROM parties WHERE name = 'Gemeente Beuningen'").all()).toEqual([{ id: 'gemeente-beuningen', name: 'Gemeente Beuningen' }]);
      expect(db.prepare("SELECT name FROM parties WHERE id = 'gemeente'").all()).toEqual([{ name: 'Gemeente Druten' }]);
      const leadOfContracts = db
        .prepare<[], { party_id: string }>(
          `SELECT p.party_id FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
           WHERE a.text LIKE 'De gemeente legt%' AND p.role = 'lead'`,
        )
        .all();
      expect(leadOfContracts).toEqual([{ party_id: 'gemeente-beuningen' }]);
    } finally {
      db.close();
    }
  });

  it('refuses a second store of the same code with what to do, and changes nothing', async () => {
    const before = contents();
    const backups = listBackups(databasePath);
    await expect(api.storeAgreementSet({ file: { name: 'Beuningen opnieuw.docx', data: beuningenDocx } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^De prestatieafspraken "Prestatieafspraken Beuningen 2029–2032" \(code beuningen-2029-2032\) staan al in de database; Beuningen opnieuw\.docx is niet opgeslagen en er is niets gewijzigd\. Werk met de opgeslagen set met --set beuningen-2029-2032\./),
    });
    expect(contents()).toBe(before);
    expect(listBackups(databasePath)).toEqual(backups);
  });
});
