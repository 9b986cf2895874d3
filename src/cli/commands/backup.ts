// prestatie reservekopie, herstel: the database's backups.
import path from 'node:path';
import { formatBackups } from '../format';
import { type Io, UsageError, parse, withApi } from '../args';
import { HELP } from '../help';
import { partyNamer } from '../common';

export async function reservekopie(args: string[], io: Io): Promise<void> {
  // --lijst says what the command does anyway: list them.
  const { values } = parse(args, { lijst: { type: 'boolean' } });
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const list = await api.listBackups();
    if (values.json) return io.out(JSON.stringify(list, null, 2));
    const nameOf = await partyNamer(api);
    io.out(formatBackups(list, nameOf));
  });
}

export async function herstel(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(args, {}, true);
  if (values.help) return io.out(HELP);
  const [given] = positionals;
  if (!given || positionals.length > 1) throw new UsageError('Geef één reservekopie op: prestatie herstel NAAM (zie prestatie reservekopie).');
  await withApi(values, async (api) => {
    const result = await api.restoreBackup({ name: path.basename(given) });
    io.out(
      values.json
        ? JSON.stringify(result, null, 2)
        : `Teruggezet: ${result.restoredFrom}.\nDe stand van vlak daarvoor is bewaard als ${result.safetyBackup} (terug te zetten met prestatie herstel ${result.safetyBackup}).`,
    );
  });
}
