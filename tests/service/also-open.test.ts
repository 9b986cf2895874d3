// Who else has the database open: two Werkbanks on one file see each other
// (shell, name, since), a closed one is gone, a note left by a process that
// died is cleared, and a note that cannot be written stops nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presenceDir } from '../../src/service/presence';
import { openWerkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let file: string;
beforeAll(() => {
  tmp = tempDir('werkbank-ook-open-');
  file = path.join(tmp.dir, 'werkbank.sqlite');
});
afterAll(() => tmp.cleanup());

describe('another Werkbank with the same database open', () => {
  it('is named by the other, until it closes; the last one out leaves nothing behind', async () => {
    const opened = Date.now();
    const window = openWerkbank({ databasePath: file, shell: 'browser', changedBy: 'Annet', now: () => new Date('2026-09-15T08:00:00Z') });
    expect((await window.api.getAppInfo()).alsoOpen).toEqual([]);
    const cli = openWerkbank({ databasePath: file, shell: 'cli', changedBy: 'Bram' });
    const [seen] = (await cli.api.getAppInfo()).alsoOpen;
    expect(seen).toMatchObject({ shell: 'browser', name: 'Annet' });
    // Since when by the computer's clock, not the Werkbank's practice date.
    expect(Date.parse(seen?.since ?? '')).toBeGreaterThanOrEqual(opened - 1000);
    expect((await window.api.getAppInfo()).alsoOpen).toEqual([expect.objectContaining({ shell: 'cli', name: 'Bram' })]);
    cli.close();
    expect((await window.api.getAppInfo()).alsoOpen).toEqual([]);
    window.close();
    expect(fs.existsSync(presenceDir(file))).toBe(false);
  });

  it('clears the note of a process that is gone', async () => {
    fs.mkdirSync(presenceDir(file), { recursive: true });
    const stale = path.join(presenceDir(file), '999999999-dead.json');
    fs.writeFileSync(stale, JSON.stringify({ shell: 'desktop', name: 'Weg', since: '2026-01-01T00:00:00.000Z', pid: 999_999_999, host: (await import('node:os')).hostname() }));
    const werkbank = openWerkbank({ databasePath: file });
    expect((await werkbank.api.getAppInfo()).alsoOpen).toEqual([]);
    expect(fs.existsSync(stale)).toBe(false);
    werkbank.close();
  });

  it('opens all the same where the note cannot be written', async () => {
    fs.writeFileSync(presenceDir(file), 'een bestand waar de map zou komen');
    const werkbank = openWerkbank({ databasePath: file });
    expect((await werkbank.api.getAppInfo()).alsoOpen).toEqual([]);
    werkbank.close();
    fs.rmSync(presenceDir(file));
  });
});
