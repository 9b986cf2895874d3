// Editing a stored set's parties after the import, on a real SQLite file:
// Beuningen's Maasland Wonen gets a short name, an alias the partners write,
// and its own tenant organisation; a backup is made first, the log has it,
// the alias resolves, and a wrong link or an empty name is refused naming the
// field, changing nothing.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/db/backup';
import type { Werkbank } from '../../src/service/index';
import { openWithBeuningen } from '../helpers/beuningen-werkbank';
import { databaseContents } from '../helpers/db-contents';

let werkbank: Werkbank;
let databasePath: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ werkbank, databasePath, cleanup } = await openWithBeuningen('werkbank-party-edit-', '2029-02-01T10:00:00Z'));
});
afterAll(() => cleanup());

describe('updateParty', () => {
  it('changes the short name, aliases and link after a backup, and logs it', async () => {
    const before = listBackups(databasePath).length;
    const tenant = (await werkbank.api.listParties()).find((p) => p.name === 'Huurdersvereniging Woonwerk');
    const updated = await werkbank.api.updateParty({ id: 'maasland-wonen', shortName: 'Maasland', aliases: ['MW', 'Maasland Wonen B.V.'], linkedPartyIds: [] });
    expect(updated).toMatchObject({ name: 'Maasland Wonen', shortName: 'Maasland', aliases: ['MW', 'Maasland Wonen B.V.'], linkedPartyIds: [] });
    expect(updated.backup).toMatch(/voor-partij-wijzigen\.sqlite$/);
    expect(listBackups(databasePath).length).toBe(before + 1);
    expect((await werkbank.api.resolvePartyName({ name: 'MW' })).partyIds).toEqual(['maasland-wonen']);
    expect((await werkbank.api.listParties()).find((p) => p.id === 'maasland-wonen')?.shortName).toBe('Maasland');
    // The reader linked the tenant organisation to Woonwerk by its name; the secretary knows better.
    expect(tenant?.linkedPartyIds).toEqual(['woonwerk']);
    const linkedTenant = await werkbank.api.updateParty({ id: tenant?.id as string, linkedPartyIds: ['maasland-wonen'] });
    expect(linkedTenant.linkedPartyIds).toEqual(['maasland-wonen']);
    expect((await werkbank.api.listParties()).find((p) => p.id === 'woonwerk')?.linkedPartyIds).toEqual([]);
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.prepare("SELECT detail FROM activity_log WHERE action = 'party-edit' ORDER BY id").all()).toEqual([
        { detail: 'Partij Maasland Wonen gewijzigd: korte naam "Maasland Wonen" → "Maasland"; andere namen: MW, Maasland Wonen B.V..' },
        { detail: 'Partij Huurdersvereniging Woonwerk gewijzigd: hoort bij: Maasland.' },
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses an empty name or a link to a party of the wrong kind, naming the field, changing nothing', async () => {
    const before = databaseContents(databasePath);
    await expect(werkbank.api.updateParty({ id: 'woonwerk', name: '  ' })).rejects.toMatchObject({ code: 'invalid_input', message: 'De naam van Woonwerk mag niet leeg zijn. Er is niets gewijzigd.' });
    await expect(werkbank.api.updateParty({ id: 'woonwerk', linkedPartyIds: ['maasland-wonen'] })).rejects.toMatchObject({
      message: expect.stringMatching(/^"Hoort bij": Woonwerk hoort bij een huurdersorganisatie van deze set, niet bij "Maasland Wonen"/),
    });
    expect(databaseContents(databasePath)).toBe(before);
  });
});
