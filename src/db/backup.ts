// Backups of the user's database, made before anything rewrites it, kept
// with rotation: every backup of today up to three, one per earlier day, ten in all.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';

const NAME = /^werkbank-(\d{8})-(\d{6})-([a-z0-9-]+)\.sqlite$/;

export interface BackupPolicy {
  today: number;
  total: number;
}

export const DEFAULT_POLICY: BackupPolicy = { today: 3, total: 10 };

export function backupDir(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

function stamp(now: Date): { day: string; time: string } {
  const iso = now.toISOString(); // UTC: names sort the same wherever the laptop travels
  return { day: iso.slice(0, 10).replaceAll('-', ''), time: iso.slice(11, 19).replaceAll(':', '') };
}

/**
 * Writes a consistent copy of the open database. VACUUM INTO runs inside our
 * own connection and transaction-consistent, synchronously: nothing can write
 * between the snapshot and the change it protects (better-sqlite3's online
 * backup API is asynchronous and would let a write slip in between).
 */
export function backupDatabase(db: Db, databasePath: string, reason: string, now = new Date()): string {
  const dir = backupDir(databasePath);
  fs.mkdirSync(dir, { recursive: true });
  const { day, time } = stamp(now);
  const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'backup';
  let target = path.join(dir, `werkbank-${day}-${time}-${slug}.sqlite`);
  for (let n = 2; fs.existsSync(target); n++) {
    target = path.join(dir, `werkbank-${day}-${time}-${slug}-${n}.sqlite`);
  }
  db.prepare('VACUUM INTO ?').run(target);
  rotateBackups(dir, now);
  return target;
}

/** Which backup files to delete so that the policy holds; newest are kept. */
export function backupsToDelete(names: string[], now: Date, policy: BackupPolicy = DEFAULT_POLICY): string[] {
  const today = stamp(now).day;
  const ours = names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .sort((a, b) => (a.name < b.name ? 1 : -1)); // newest first
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const { name, match } of ours) {
    if (keep.size >= policy.total) break;
    const day = match[1] as string;
    if (day === today) {
      if (todayKept < policy.today) {
        keep.add(name);
        todayKept++;
      }
    } else if (!daysSeen.has(day)) {
      keep.add(name);
    }
    daysSeen.add(day);
  }
  return ours.map((x) => x.name).filter((name) => !keep.has(name));
}

export function rotateBackups(dir: string, now = new Date(), policy: BackupPolicy = DEFAULT_POLICY): void {
  for (const name of backupsToDelete(fs.readdirSync(dir), now, policy)) {
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

export function listBackups(databasePath: string): string[] {
  const dir = backupDir(databasePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
