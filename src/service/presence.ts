// Who else has this database open: each Werkbank that opens it leaves a small
// note in a folder beside it (werkbank.sqlite.in-gebruik/) and takes it away
// on closing; a note whose process is gone (a crash) is cleared by the next
// one that looks. Advisory only: a note that cannot be written stops nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenElsewhere, ShellKind } from './contract';

interface Note extends OpenElsewhere {
  pid: number;
  host: string;
}

export interface Presence {
  /** The others that have the database open now. */
  others(): OpenElsewhere[];
  /** Takes this one's note away. */
  leave(): void;
}

export function presenceDir(databasePath: string): string {
  return `${databasePath}.in-gebruik`;
}

function alive(note: Note): boolean {
  if (note.host !== os.hostname()) return true; // another computer (a shared drive): cannot tell, so say it
  try {
    process.kill(note.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function announcePresence(databasePath: string, who: { shell: ShellKind; name: string }, now: Date): Presence {
  const dir = presenceDir(databasePath);
  const own = `${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const note: Note = { shell: who.shell, name: who.name, since: now.toISOString(), pid: process.pid, host: os.hostname() };
    fs.writeFileSync(path.join(dir, own), JSON.stringify(note));
  } catch {
    // A read-only folder: the others just do not see this one.
  }
  return {
    others() {
      let names: string[];
      try {
        names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== own);
      } catch {
        return [];
      }
      const found: OpenElsewhere[] = [];
      for (const name of names.sort()) {
        const file = path.join(dir, name);
        try {
          const note = JSON.parse(fs.readFileSync(file, 'utf8')) as Note;
          if (alive(note)) found.push({ shell: note.shell, name: note.name, since: note.since });
          else fs.rmSync(file, { force: true });
        } catch {
          // Half written by another process just now, or gone: not counted.
        }
      }
      return found;
    },
    leave() {
      try {
        fs.rmSync(path.join(dir, own), { force: true });
        fs.rmdirSync(dir); // only when empty: the last one out
      } catch {
        // others are still there, or there never was a note
      }
    },
  };
}
