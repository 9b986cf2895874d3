// Backups a secretary can rely on: each one checked before it counts, leftovers
// of an interrupted backup cleared, a failed backup stopping what it protects,
// and a rotation that keeps the state before each day's and month's work.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupDir, backupsToDelete, listBackupInfo, listBackups, rotateBackups } from '../../src/db/backup';
import { openDatabase, type Db } from '../../src/db/open';
import { migrate } from '../../src/db/migrations';
import { ServiceError } from '../../src/domain/errors';
import { tempDir } from '../helpers/tmp';

const name = (day: string, time: string, reason = 'voor-import') => `werkbank-${day}-${time}-${reason}.sqlite`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function database(): { db: Db; file: string } {
  const tmp = tempDir('werkbank-backup-');
  const file = path.join(tmp.dir, 'werkbank.sqlite');
  const db = openDatabase(file);
  migrate(db);
  db.exec(`INSERT INTO agreement_sets (id, code, title, municipality, period_start, period_end, signed_on, signed_place, introduction, glossary_intro, created_at) VALUES (1, 'x', 'x', 'x', 2025, 2028, '2024-12-12', 'x', '[]', '[]', 'now');
           INSERT INTO parties VALUES ('hbd', 'HBD', 'HBD', 'tenant-body', 1);
           INSERT INTO submissions (set_id, party_id, planning_year, kind, version, is_current, file_name, sha256, size, source,
                                    sheet, header_row, columns, problems, imported_at, imported_by)
           VALUES (1, 'hbd', 2027, 'activities', 2, 1, 'f.xlsx', 'h', 1, 'own', 'Blad1', 3, '[]', '[]', 'now', 'me');`);
  cleanups.push(() => {
    db.close();
    tmp.cleanup();
  });
  return { db, file };
}

function integrity(file: string): string {
  const copy = new Database(file, { readonly: true });
  try {
    return (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    copy.close();
  }
}

describe('a backup', () => {
  it('is a checked copy with a manifest of when, why, which app and which versions were current', () => {
    const { db, file } = database();
    const made = backupDatabase(db, file, 'voor-import', { now: new Date('2027-01-10T09:30:00Z'), appVersion: '0.1.0' });
    expect(path.basename(made)).toBe('werkbank-20270110-093000000-voor-import.sqlite');
    expect(integrity(made)).toBe('ok');
    expect(listBackupInfo(file)).toEqual([
      {
        path: made,
        manifest: {
          madeAt: '2027-01-10T09:30:00.000Z',
          reason: 'voor-import',
          appVersion: '0.1.0',
          schemaVersion: expect.any(Number),
          current: [{ partyId: 'hbd', year: 2027, kind: 'activities', version: 2 }],
          checked: true,
        },
      },
    ]);
    expect(fs.readdirSync(backupDir(file)).sort()).toEqual([path.basename(made), `${path.basename(made)}.json`]);
  });

  it('made within the same second are listed in the order they were made', () => {
    const { db, file } = database();
    const first = backupDatabase(db, file, 'voor-import', { now: new Date('2027-01-10T09:30:00.900Z') });
    const second = backupDatabase(db, file, 'voor-import', { now: new Date('2027-01-10T09:30:00.950Z') });
    expect(listBackups(file)).toEqual([first, second]);
  });

  it('that cannot be written leaves nothing behind and stops with a Dutch message', () => {
    const { db, file } = database();
    // Where the backups folder should be, there is a file: nothing can be written there.
    fs.writeFileSync(backupDir(file), 'geen map');
    let error: unknown;
    try {
      backupDatabase(db, file, 'voor-import');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('backup_failed');
    expect((error as ServiceError).message).toMatch(/^De reservekopie kon niet worden gemaakt in .*backups \(er staat een bestand waar de map moet komen\)\. Er is niets gewijzigd\./);
    expect(fs.readFileSync(backupDir(file), 'utf8')).toBe('geen map');
  });
});

describe('clearing away old backups', () => {
  it('removes what an interrupted backup left and a copy that fails its check, and never counts them', () => {
    const { db, file } = database();
    const dir = backupDir(file);
    fs.mkdirSync(dir);
    const now = new Date('2027-01-10T12:00:00Z');
    // A kill during VACUUM INTO: a temporary file and its journal, an hour old.
    for (const leftover of [`${name('20270110', '100000')}.tmp`, `${name('20270110', '100000')}.tmp-journal`]) {
      fs.writeFileSync(path.join(dir, leftover), 'half');
      fs.utimesSync(path.join(dir, leftover), new Date('2027-01-10T10:00:00Z'), new Date('2027-01-10T10:00:00Z'));
    }
    // A full disk under an older version: a backup of 0 bytes, and a journal without its backup.
    fs.writeFileSync(path.join(dir, name('20270109', '080000')), '');
    fs.writeFileSync(path.join(dir, `${name('20270108', '080000')}-journal`), 'x');
    const good = backupDatabase(db, file, 'voor-import', { now });
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(good), `${path.basename(good)}.json`]);
  });

  it('checks a backup of an older version once, gives it a manifest and keeps it', () => {
    const { db, file } = database();
    const dir = backupDir(file);
    fs.mkdirSync(dir);
    const old = path.join(dir, name('20261201', '080000'));
    db.prepare('VACUUM INTO ?').run(old);
    rotateBackups(dir, new Date('2027-01-10T12:00:00Z'));
    expect(listBackupInfo(file).map((b) => [path.basename(b.path), b.manifest.madeAt, b.manifest.current.length])).toEqual([
      [path.basename(old), '2026-12-01T08:00:00.000Z', 1],
    ]);
  });

  it('keeps the state before a long batch of imports: the first backup of the day stays', () => {
    const { db, file } = database();
    const start = new Date('2027-01-10T09:00:00Z').getTime();
    const made = Array.from({ length: 15 }, (_, i) => backupDatabase(db, file, 'voor-import', { now: new Date(start + i * 60_000) }));
    const kept = listBackups(file);
    expect(kept[0]).toBe(made[0]);
    expect(kept).toHaveLength(11);
    for (const b of kept) expect(integrity(b)).toBe('ok');
  });

  it('keeps the ten newest, the first of each of the last 30 days and the first of each month for four years', () => {
    const now = new Date('2027-03-15T12:00:00Z');
    const names = [
      // Two a day over the last 40 days.
      ...Array.from({ length: 40 }, (_, i) => {
        const day = new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
        return [name(day, '080000'), name(day, '170000')];
      }).flat(),
      // The first of some older months, and an older one in the same month.
      name('20250105', '080000'),
      name('20250120', '080000'),
      name('20221105', '080000'),
    ];
    const deleted = new Set(backupsToDelete(names, now));
    const kept = names.filter((n) => !deleted.has(n));
    // The first of each of the last 30 days is kept, the later one of that day only among the ten newest.
    expect(kept).toContain(name('20270214', '080000'));
    expect(kept).not.toContain(name('20270214', '170000'));
    expect(kept).toContain(name('20250105', '080000'));
    expect(kept).not.toContain(name('20250120', '080000'));
    // More than four years back: gone.
    expect(kept).not.toContain(name('20221105', '080000'));
    expect(kept.filter((n) => n.includes('-170000-'))).toHaveLength(5);
  });

  it('never touches files that are not its own backups', () => {
    expect(backupsToDelete(['notities.txt', 'werkbank.sqlite'], new Date())).toEqual([]);
  });
});

describe('a backup killed half-way', () => {
  it('leaves only good backups once the next one clears away what the kill left', async () => {
    const root = path.join(__dirname, '../..');
    if (!fs.existsSync(path.join(root, 'dist/src/db/backup.js'))) throw new Error('dist/ ontbreekt: draai eerst "npm run build".');
    const { db, file } = database();
    // Enough data that a copy takes a moment to write.
    db.exec(`CREATE TABLE ballast (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;`);
    const insert = db.prepare('INSERT INTO ballast (text) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 40_000; i++) insert.run(`regel ${i} `.repeat(20));
    })();
    // Another process makes backups in a loop and is killed in the middle of one.
    const script = `
      const { openDatabase } = require(${JSON.stringify(path.join(root, 'dist/src/db/open.js'))});
      const { backupDatabase } = require(${JSON.stringify(path.join(root, 'dist/src/db/backup.js'))});
      const db = openDatabase(${JSON.stringify(file)});
      let t = Date.parse('2027-01-10T09:00:00Z');
      process.stdout.write('ready\\n');
      for (;;) { backupDatabase(db, ${JSON.stringify(file)}, 'voor-import', { now: new Date(t) }); t += 60000; }
    `;
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const dir = backupDir(file);
    const later = new Date(Date.parse('2027-01-10T12:00:00Z'));
    backupDatabase(db, file, 'voor-import', { now: later });
    const left = fs.readdirSync(dir).filter((n) => !n.endsWith('.json'));
    expect(left.every((n) => /^werkbank-\d{8}-\d{9}-voor-import(-\d+)?\.sqlite$/.test(n))).toBe(true);
    for (const n of left) expect(integrity(path.join(dir, n))).toBe('ok');
    expect(listBackups(file).map((p) => path.basename(p))).toEqual(left.sort());
  });
});
