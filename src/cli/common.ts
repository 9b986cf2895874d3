// Small look-ups several commands share: a party by name, a party's name, a
// file's bytes, one row of a party's table.
import fs from 'node:fs';
import type { WerkbankApi } from '../service/contract';
import { ServiceError } from '../domain/errors';
import { normalizeForSearch } from '../domain/text';
import { UsageError } from './args';

/** One party id from a name as people write it; a group or an unknown name is a usage error. */
export async function partyIdOf(api: WerkbankApi, name: string): Promise<string> {
  const ref = await api.resolvePartyName({ name });
  if (ref.partyIds.length === 1) return ref.partyIds[0] as string;
  const names = (await api.listParties()).map((p) => p.shortName).join(', ');
  throw new UsageError(
    ref.partyIds.length > 1
      ? `"${name}" staat voor meer partijen; kies er één: ${names}.`
      : `Onbekende partij "${name}". Bekende partijen: ${names}.`,
  );
}

export async function partyNamer(api: WerkbankApi): Promise<(id: string) => string> {
  const parties = await api.listParties();
  return (id) => parties.find((p) => p.id === id)?.shortName ?? id;
}

export function readFileForImport(file: string): string {
  try {
    return fs.readFileSync(file).toString('base64');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ServiceError(
      'file_refused',
      code === 'ENOENT' ? `${file} bestaat niet.` : code === 'EISDIR' ? `${file} is een map, geen bestand.` : `${file} kan niet worden gelezen (${code ?? 'fout'}).`,
    );
  }
}

/**
 * The one activity on row R of a party's current file (of the sheet named, when
 * the file had activities on more sheets); a Dutch refusal naming the rows
 * there are otherwise.
 */
export function rowOf<T extends { rowNumber: number; sheet: string }>(rows: T[], row: number, blad: string | undefined, who: string, year: number): T {
  const sheet = blad === undefined ? undefined : normalizeForSearch(blad);
  const found = rows.filter((r) => r.rowNumber === row && (sheet === undefined || normalizeForSearch(r.sheet) === sheet));
  if (found.length === 0) {
    const rowsThere = [...new Set(rows.map((r) => r.rowNumber))].sort((x, y) => x - y);
    throw new ServiceError(
      'not_found',
      rows.length === 0
        ? `Er zijn geen activiteiten van ${who} voor planningsjaar ${year} ingelezen.`
        : `De huidige versie van het overzicht van ${who} voor ${year} heeft geen activiteit op rij ${row}` +
          `${blad !== undefined ? ` van blad "${blad}"` : ''}. Rijen met een activiteit: ${rowsThere.join(', ')}.`,
    );
  }
  if (found.length > 1) {
    throw new UsageError(`Rij ${row} staat op meer bladen (${found.map((r) => `"${r.sheet}"`).join(', ')}); kies er één met --blad NAAM.`);
  }
  return found[0] as T;
}
