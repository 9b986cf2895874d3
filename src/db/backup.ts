// Backups of the user's database, made before anything rewrites it. A backup
// is written under a temporary name, checked, given a manifest, and only then
// renamed to its final name: a file with a final name and a manifest is a good
// backup, and only good backups count when old ones are cleared away.
//
// Kept: the ten newest; the first of each day for 30 days (the state before
// that day's work); the first of each month for four years (an agreement
// period). Leftovers of an interrupted backup (a temporary file, a journal, a
// copy that fails its check) are removed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../domain/errors';
import { submissionKindOfWord } from '../domain/submissions';
import { sqlTable } from './identifiers';
import type { Db } from './open';

// Time to the millisecond (older backups: to the second), so that names sort as they were made.
const NAME = /^werkbank-(\d{8})-(\d{6}(?:\d{3})?)-([a-z0-9-]+)\.sqlite$/;
const TEMP = /^werkbank-.*\.sqlite\.tmp(-journal|-wal|-shm)?$/;
/** A temporary file this old is a leftover, not another process's backup in progress. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

export interface BackupPolicy {
  /** The newest backups, whatever their day. */
  newest: number;
  /** Days back for which the first backup of each day is kept. */
  days: number;
  /** Months back for which the first backup of each month is kept. */
  months: number;
}

export const DEFAULT_POLICY: BackupPolicy = { newest: 10, days: 30, months: 48 };

/** What a backup holds, written beside it as `<name>.json`. */
export interface BackupManifest {
  /** ISO timestamp. */
  madeAt: string;
  /** Why it was made: "voor-import", "voor-correctie", "voor-migratie", … */
  reason: string;
  appVersion: string;
  schemaVersion: number;
  /** Per party, year and kind, the version that was current. */
  current: { partyId: string; year: number; kind: string; version: number }[];
  /** The copy passed PRAGMA integrity_check. */
  checked: true;
}

export interface BackupInfo {
  path: string;
  manifest: BackupManifest;
}

export interface BackupOptions {
  now?: Date;
  appVersion?: string;
}

export function backupDir(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

function stamp(now: Date): { day: string; time: string } {
  const iso = now.toISOString(); // UTC: names sort the same wherever the laptop travels
  return { day: iso.slice(0, 10).replaceAll('-', ''), time: iso.slice(11, 23).replace(/[:.]/g, '') };
}

/**
 * Writes a checked copy of the open database and returns its path. VACUUM
 * INTO runs inside our own connection, transaction-consistent and
 * synchronous: nothing can write between the snapshot and the change it
 * protects. A backup that cannot be made or fails its check is removed and
 * throws, so the change it was to protect does not happen.
 */
export function backupDatabase(db: Db, databasePath: string, reason: string, options: BackupOptions | Date = {}): string {
  const { now = new Date(), appVersion = '' } = options instanceof Date ? { now: options } : options;
  const dir = backupDir(databasePath);
  const { day, time } = stamp(now);
  const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'backup';
  let target = '';
  let temp = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    target = path.join(dir, `werkbank-${day}-${time}-${slug}.sqlite`);
    for (let n = 2; fs.existsSync(target) || fs.existsSync(`${target}.tmp`); n++) {
      target = path.join(dir, `werkbank-${day}-${time}-${slug}-${n}.sqlite`);
    }
    temp = `${target}.tmp`;
    db.prepare('VACUUM INTO ?').run(temp);
    const check = checkCopy(temp, db.pragma('user_version', { simple: true }) as number);
    if (check !== 'ok') throw new Error(`integrity_check: ${check}`);
    const manifest: BackupManifest = {
      madeAt: now.toISOString(),
      reason: slug,
      appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      current: currentVersions(db),
      checked: true,
    };
    writeFileDurably(`${target}.json`, JSON.stringify(manifest, null, 2));
    fs.renameSync(temp, target);
  } catch (err) {
    for (const leftover of [temp, `${temp}-journal`, target && `${target}.json`]) {
      if (leftover) fs.rmSync(leftover, { force: true });
    }
    throw new ServiceError('backup_failed', backupFailedMessage(dir, err));
  }
  rotateBackups(dir, now);
  return target;
}

function backupFailedMessage(dir: string, err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  const why =
    code === 'SQLITE_FULL' || code === 'ENOSPC'
      ? 'de schijf is vol'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN'
        ? 'de map is niet beschrijfbaar'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'er staat een bestand waar de map moet komen'
          : 'de kopie kon niet worden geschreven of gecontroleerd';
  return (
    `De reservekopie kon niet worden gemaakt in ${dir} (${why}). Er is niets gewijzigd. ` +
    'Maak ruimte vrij of kies een map waarin de Werkbank mag schrijven, en probeer het opnieuw.'
  );
}

/**
 * "ok", or what is wrong with the copy: what SQLite's own check says, or that
 * it holds no Werkbank schema (an empty file passes integrity_check).
 */
function checkCopy(file: string, schemaVersion?: number): string {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    const result = rows.map((r) => r.integrity_check).join('; ');
    if (result !== 'ok') return result;
    const version = copy.pragma('user_version', { simple: true }) as number;
    if (version < 1 || (schemaVersion !== undefined && version !== schemaVersion)) return `schema ${version}`;
    return 'ok';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    copy?.close();
  }
}

/** Per party, year and kind the current version; none in a database from before submissions existed. */
function currentVersions(db: Db): BackupManifest['current'] {
  if (db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'submissions'").get() === undefined) return [];
  return db
    .prepare<[], { party_id: string; planning_year: number; kind: string; version: number }>(
      'SELECT party_id, planning_year, kind, version FROM submissions WHERE is_current = 1 ORDER BY kind, planning_year, party_id',
    )
    .all()
    .map((r) => ({ partyId: r.party_id, year: r.planning_year, kind: kindCode(r.kind), version: r.version }));
}

function writeFileDurably(file: string, text: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Which of these (good) backup names to delete so that the policy holds. */
export function backupsToDelete(names: string[], now: Date, policy: BackupPolicy = DEFAULT_POLICY): string[] {
  const ours = names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .sort((a, b) => (a.name < b.name ? -1 : 1)); // oldest first
  const keep = new Set(ours.slice(-policy.newest).map((x) => x.name));
  const dayLimit = daysBefore(now, policy.days);
  const monthLimit = monthsBefore(now, policy.months);
  const firstOfDay = new Set<string>();
  const firstOfMonth = new Set<string>();
  for (const { name, match } of ours) {
    const day = match[1] as string;
    const month = day.slice(0, 6);
    if (day >= dayLimit && !firstOfDay.has(day)) keep.add(name);
    if (month >= monthLimit && !firstOfMonth.has(month)) keep.add(name);
    firstOfDay.add(day);
    firstOfMonth.add(month);
  }
  return ours.map((x) => x.name).filter((name) => !keep.has(name));
}

function daysBefore(now: Date, days: number): string {
  return stamp(new Date(now.getTime() - days * 24 * 60 * 60 * 1000)).day;
}

function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1));
  return stamp(d).day.slice(0, 6);
}

/**
 * Clears leftovers and applies the policy to the good backups only. A backup
 * without a manifest (made by an older version, or left by an interruption)
 * is checked once: a good one gets its manifest, a bad one is removed.
 */
export function rotateBackups(dir: string, now = new Date(), policy: BackupPolicy = DEFAULT_POLICY): void {
  const names = fs.readdirSync(dir);
  for (const name of names) {
    const file = path.join(dir, name);
    if (TEMP.test(name) && now.getTime() - fs.statSync(file).mtimeMs > LEFTOVER_AGE_MS) fs.rmSync(file, { force: true });
    // A journal or manifest beside a backup that is not there any more.
    const base = name.replace(/(-journal|-wal|-shm|\.json)$/, '');
    if (base !== name && NAME.test(base) && !names.includes(base)) fs.rmSync(file, { force: true });
  }
  const good: string[] = [];
  for (const name of names.filter((n) => NAME.test(n))) {
    const file = path.join(dir, name);
    if (manifestOf(file)) good.push(name);
    else for (const f of [file, `${file}-journal`, `${file}.json`]) fs.rmSync(f, { force: true });
  }
  for (const name of backupsToDelete(good, now, policy)) {
    const file = path.join(dir, name);
    for (const f of [file, `${file}.json`]) fs.rmSync(f, { force: true });
  }
}

function legacyManifest(file: string, match: RegExpExecArray): BackupManifest {
  const [day, time] = [match[1] as string, match[2] as string];
  const madeAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${time.slice(6).padEnd(3, '0')}Z`;
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      madeAt,
      reason: match[3] as string,
      appVersion: '',
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      current: currentVersions(copy),
      checked: true,
    };
  } finally {
    copy.close();
  }
}

/**
 * A backup's manifest; one made by an older version, or left without one, is
 * checked now and given one. Null for a file that is no good backup.
 */
function manifestOf(file: string): BackupManifest | null {
  const manifest = readManifest(file);
  if (manifest) return manifest;
  const match = NAME.exec(path.basename(file));
  if (!match || checkCopy(file) !== 'ok') return null;
  const made = legacyManifest(file, match);
  writeFileDurably(`${file}.json`, JSON.stringify(made, null, 2));
  return made;
}

function readManifest(file: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as BackupManifest;
    if (manifest.checked !== true) return null;
    return Array.isArray(manifest.current) ? { ...manifest, current: manifest.current.map((c) => ({ ...c, kind: kindCode(c.kind) })) } : manifest;
  } catch {
    return null;
  }
}

/** The good backups, oldest first, with what they hold. */
export function listBackupInfo(databasePath: string): BackupInfo[] {
  const dir = backupDir(databasePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const manifest = manifestOf(file);
      return manifest ? [{ path: file, manifest }] : [];
    });
}

/** The paths of the good backups, oldest first. */
export function listBackups(databasePath: string): string[] {
  return listBackupInfo(databasePath).map((b) => b.path);
}

export interface RestoreResult {
  /** The backup whose contents are now the database. */
  restoredFrom: string;
  /** The backup of the state just before, to go back to. */
  safetyBackup: string;
}

/**
 * Makes a good backup the database's contents again, in the open connection:
 * first a backup of the current state; the backup's copy is brought to this
 * version's schema on the side; then every table is replaced in one
 * transaction, so a failure leaves the database as it was.
 */
export function restoreBackup(
  db: Db,
  databasePath: string,
  backupPath: string,
  options: BackupOptions & {
    latestSchema: number;
    migrateCopy: (copy: Db) => void;
    /** Runs in the restoring transaction, on the restored contents: to record the restore itself. */
    afterRestore?: (restored: RestoreResult) => void;
  },
): RestoreResult {
  const check = fs.existsSync(backupPath) ? checkCopy(backupPath) : 'bestaat niet';
  if (check !== 'ok') {
    throw new ServiceError('invalid_input', `${path.basename(backupPath)} is geen bruikbare reservekopie (${check}); er is niets gewijzigd.`);
  }
  const copyPath = `${databasePath}.herstel.tmp`;
  fs.rmSync(copyPath, { force: true });
  fs.copyFileSync(backupPath, copyPath);
  try {
    const copy = new Database(copyPath);
    try {
      const version = copy.pragma('user_version', { simple: true }) as number;
      if (version > options.latestSchema) {
        throw new ServiceError(
          'database_too_new',
          `${path.basename(backupPath)} is gemaakt met een nieuwere versie van de Werkbank; er is niets gewijzigd.`,
        );
      }
      options.migrateCopy(copy);
    } finally {
      copy.close();
    }
    const safetyBackup = backupDatabase(db, databasePath, 'voor-herstel', options);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((t) => t.name);
    const quoted = tables.map(sqlTable);
    // foreign_keys cannot change inside a transaction; ATTACH cannot happen inside one either.
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS herstel').run(copyPath);
    try {
      db.transaction(() => {
        for (const t of quoted) {
          db.exec(`DELETE FROM main."${t}"`);
          db.exec(`INSERT INTO main."${t}" SELECT * FROM herstel."${t}"`);
        }
        db.pragma(`user_version = ${Number(options.latestSchema)}`);
        options.afterRestore?.({ restoredFrom: backupPath, safetyBackup });
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`restore left ${broken.length} broken references`);
      })();
    } finally {
      db.prepare('DETACH DATABASE herstel').run();
      db.pragma('foreign_keys = ON');
    }
    return { restoredFrom: backupPath, safetyBackup };
  } finally {
    fs.rmSync(copyPath, { force: true });
    fs.rmSync(`${copyPath}-journal`, { force: true });
  }
}

/**
 * A submission kind as today's code: a backup made before migration 20 (its
 * database, or the manifest written beside it) names the kind in Dutch.
 */
function kindCode(kind: string): string {
  return submissionKindOfWord(kind) ?? kind;
}
