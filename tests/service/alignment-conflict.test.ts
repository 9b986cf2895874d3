// Two windows on one database file, as two service instances: an alignment
// edit names the revision it read, so a write based on a stale read is refused
// with a Dutch message showing both values, and nothing acknowledged is lost.
// Only the fields an edit sends change.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

const YEAR = 2027;
const SCHOUW = 'Wijkschouw Druten-Zuid samen met HBD en de gemeente';
const AVOND = 'Huurdersavond over servicekosten';

let tmp: ReturnType<typeof tempDir>;
let first: Werkbank;
let second: Werkbank;
let a: WerkbankApi;
let b: WerkbankApi;
let identity: string;

function find(o: JointOverview, test: (x: BundleActivity) => boolean): BundleActivity {
  const all = [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((x) => x.activities))), ...o.unlinked];
  const found = all.find(test);
  if (!found) throw new Error('activiteit niet gevonden');
  return found;
}
const activity = (o: JointOverview) => find(o, (x) => x.identity === identity);

beforeAll(async () => {
  tmp = tempDir('werkbank-afstemming-');
  const file = path.join(tmp.dir, 'werkbank.sqlite');
  first = openWerkbank({ databasePath: file, changedBy: 'Annet' });
  second = openWerkbank({ databasePath: file, changedBy: 'Bram' });
  a = first.api;
  b = second.api;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten 2027');
  sheet.addRow(['Nr', 'Activiteit', 'Rol', 'Planning']);
  sheet.addRow(['1', SCHOUW, 'organiseren', 'Q4 2027']);
  await a.commitImport({
    file: { name: 'Woonwaarts.xlsx', data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') },
    partyId: 'woonwaarts',
    planningYear: YEAR,
  });
  identity = find(await a.getJointOverview({ planningYear: YEAR }), (x) => x.activity === SCHOUW).identity;
  // HBD lists one evening twice, as partners do (spring and autumn): two activities with one text.
  const hbd = new ExcelJS.Workbook();
  const rows = hbd.addWorksheet('Activiteiten 2027');
  rows.addRow(['Activiteit', 'Planning']);
  rows.addRow([AVOND, 'voorjaar']);
  rows.addRow([AVOND, 'najaar']);
  await a.commitImport({
    file: { name: 'HBD activiteiten 2027.xlsx', data: Buffer.from(await hbd.xlsx.writeBuffer()).toString('base64') },
    partyId: 'hbd',
    planningYear: YEAR,
  });
});

afterAll(() => {
  first.close();
  second.close();
  tmp.cleanup();
});

describe('two windows editing one alignment', () => {
  it('refuses the stale write with both values in Dutch, and keeps the first', async () => {
    const readByA = activity(await a.getJointOverview({ planningYear: YEAR })).alignment;
    const readByB = activity(await b.getJointOverview({ planningYear: YEAR })).alignment;
    expect(readByA.revision).toBeUndefined();

    const afterA = await a.updateAlignment({ planningYear: YEAR, identity, notes: 'Besproken op 3 september', expectedRevision: readByA.revision ?? 0 });
    expect(afterA.alignment).toMatchObject({ notes: 'Besproken op 3 september', revision: 1 });

    await expect(b.updateAlignment({ planningYear: YEAR, identity, status: 'promised', notes: 'Nog bespreken', expectedRevision: readByB.revision ?? 0 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /^Iemand anders heeft dit intussen gewijzigd \(Annet, \d+ \w+ 20\d\d \d\d:\d\d\); uw wijziging is niet opgeslagen\. Status: nu Nog niet afgestemd, uw keuze Toegezegd\. Notitie: nu “Besproken op 3 september”, uw tekst “Nog bespreken”\. Bekijk de nieuwe stand/,
      ),
    });
    expect(activity(await a.getJointOverview({ planningYear: YEAR })).alignment).toMatchObject({ status: 'pending', notes: 'Besproken op 3 september', revision: 1 });
  });

  it('after a reload, changes only the field sent: the other window’s note stays', async () => {
    const reread = activity(await b.getJointOverview({ planningYear: YEAR })).alignment;
    const after = await b.updateAlignment({ planningYear: YEAR, identity, status: 'promised', expectedRevision: reread.revision ?? 0 });
    expect(after.alignment).toMatchObject({ status: 'promised', notes: 'Besproken op 3 september', revision: 2 });
    expect(activity(await a.getJointOverview({ planningYear: YEAR })).alignment).toMatchObject({ status: 'promised', revision: 2 });
  });

  it('loses no acknowledged write when both windows write in turns, each retrying after a conflict', async () => {
    const apis = [a, b];
    const acknowledged: string[] = [];
    for (let round = 0; round < 20; round++) {
      // Both read, then both write: the second write of each round is stale and must be retried.
      const reads = await Promise.all(apis.map(async (api) => activity(await api.getJointOverview({ planningYear: YEAR })).alignment));
      for (const [i, api] of apis.entries()) {
        let revision = reads[i]?.revision ?? 0;
        let notes = reads[i]?.notes ?? '';
        for (;;) {
          const line = `ronde ${round} venster ${i}`;
          try {
            await api.updateAlignment({ planningYear: YEAR, identity, notes: `${notes}\n${line}`.trim(), expectedRevision: revision });
            acknowledged.push(line);
            break;
          } catch (err) {
            expect((err as { code?: string }).code).toBe('conflict');
            const fresh = activity(await api.getJointOverview({ planningYear: YEAR })).alignment;
            revision = fresh.revision ?? 0;
            notes = fresh.notes;
          }
        }
      }
    }
    const final = activity(await a.getJointOverview({ planningYear: YEAR })).alignment;
    for (const line of acknowledged) expect(final.notes).toContain(line);
    expect(acknowledged).toHaveLength(40);
    expect(final.revision).toBe(42);
  });

  it('still accepts an edit without a revision (scripts), and checks the identity first', async () => {
    await expect(a.updateAlignment({ planningYear: YEAR, identity: 'woonwaarts:text:bestaat niet', status: 'aligned', expectedRevision: 0 })).rejects.toMatchObject({
      code: 'not_found',
    });
    const after = await a.updateAlignment({ planningYear: YEAR, identity, status: 'aligned' });
    expect(after.alignment.status).toBe('aligned');
  });
});

describe('two rows of one party with the same text', () => {
  it('are aligned each on its own: the second row (…#2) is found, and its note stays with it', async () => {
    const evenings = (o: JointOverview) => [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((x) => x.activities))), ...o.unlinked].filter((x) => x.activity === AVOND);
    const [spring, autumn] = evenings(await a.getJointOverview({ planningYear: YEAR }));
    if (!spring || !autumn) throw new Error('fixture: twee huurdersavonden');
    expect(autumn.identity).toBe(`${spring.identity}#2`);
    await a.updateAlignment({ planningYear: YEAR, identity: autumn.identity, notes: 'Najaar: samen met de gemeente' });
    const after = evenings(await a.getJointOverview({ planningYear: YEAR }));
    expect(after.map((x) => [x.planning, x.alignment.notes])).toEqual([
      ['voorjaar', ''],
      ['najaar', 'Najaar: samen met de gemeente'],
    ]);
  });
});
