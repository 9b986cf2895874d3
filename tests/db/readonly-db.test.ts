// A preview reads through a ReadonlyDb (src/db/open.ts): a full handle is one,
// reads work through it, and a write through it does not compile. The lines
// marked as expected errors are the check: `npm run typecheck` fails the day
// a read-only handle can write.
import { describe, expect, it } from 'vitest';
import { openDatabase, type ReadonlyDb } from '../../src/db/open';
import { migrate } from '../../src/db/migrations';
import { loadCorrections, saveCorrection } from '../../src/db/corrections';

function writesThrough(db: ReadonlyDb): void {
  // @ts-expect-error a read-only statement has no run()
  db.prepare('DELETE FROM parties').run();
  // @ts-expect-error nor exec, pragma or transaction
  db.exec('DELETE FROM parties');
  // @ts-expect-error a db function that writes takes a full Db
  saveCorrection(db, { setId: 1, partyId: 'x', planningYear: 2026, fingerprint: 'y' }, null);
}

describe('the read-only handle of a preview', () => {
  it('is what a full database is too, and reads through it', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const reader: ReadonlyDb = db;
    expect(reader.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM parties').get()).toEqual({ n: 0 });
    expect(loadCorrections(reader, 1, 2026, 'woonwaarts').size).toBe(0);
    expect(typeof writesThrough).toBe('function');
    db.close();
  });
});
