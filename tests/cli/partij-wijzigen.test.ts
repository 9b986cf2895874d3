// `prestatie partij-wijzigen` as a user runs it (after `npm run build`): a
// short name for De Kernen, after a backup; an empty name refused naming the field.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runPrestatie } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const prestatie = (args: string[]) => runPrestatie([...args, '--db', db, '--naam', 'secretaris']);

beforeAll(() => {
  assertBuilt();
  tmp = tempDir('werkbank-cli-party-');
  db = path.join(tmp.dir, 'werkbank.sqlite');
});
afterAll(() => tmp.cleanup());

describe('prestatie partij-wijzigen', () => {
  it('changes a party after a backup and says so', () => {
    const r = prestatie(['partij-wijzigen', '--partij', 'de-kernen', '--korte-naam', 'Kernen']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Partij de-kernen gewijzigd: De Kernen \(Kernen\); .*hoort bij: bewonersraad\.\nReservekopie vooraf: .*voor-partij-wijzigen\.sqlite/);
  });

  it('refuses an empty name, naming the field', () => {
    const r = prestatie(['partij-wijzigen', '--partij', 'woonwaarts', '--volledige-naam', ' ']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('De naam van Woonwaarts mag niet leeg zijn. Er is niets gewijzigd.');
  });
});
