// The `prestatie` command's parts every command shares: how it writes, its two
// kinds of failure, the common options, parsing them, and opening the Werkbank.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { WerkbankApi } from '../service/contract';
import { openWerkbank } from '../service/index';
import { defaultDatabasePath } from '../paths';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** The command ran but did not do all it was asked (a refused file): exit code 1, message already shown. */
export class CommandFailed extends Error {}

const COMMON = {
  db: { type: 'string' },
  set: { type: 'string' },
  'alleen-lezen': { type: 'boolean' },
  naam: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends ParseArgsConfig['options']>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-{1,2}[^']+)'/.exec(message)?.[1];
    if (/unknown option/i.test(message)) throw new UsageError(`Onbekende optie ${option ?? ''}.`.replace(' .', '.'));
    if (/argument missing/i.test(message)) throw new UsageError(`Optie ${option ?? ''} verwacht een waarde.`);
    if (/positional/i.test(message)) throw new UsageError(`Onverwacht argument: ${message.split("'")[1] ?? ''}.`);
    throw new UsageError(message);
  }
}

export function integer(value: string | undefined, label: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${label} moet een getal zijn, niet "${value}".`);
  return Number(value);
}

export async function withApi<T>(
  common: { db?: string | undefined; set?: string | undefined; naam?: string | undefined; 'alleen-lezen'?: boolean | undefined },
  fn: (api: WerkbankApi) => Promise<T>,
): Promise<T> {
  const name = common.naam?.trim();
  if (common.naam !== undefined && !name) throw new UsageError('--naam verwacht uw naam, bijvoorbeeld --naam "Annet de Vries".');
  if (common.set !== undefined && !common.set.trim()) throw new UsageError('--set verwacht de code van een set, bijvoorbeeld --set druten-2025-2028 (zie prestatie sets).');
  const werkbank = openWerkbank({
    databasePath: common.db ?? defaultDatabasePath(),
    ...(common.set !== undefined ? { setCode: common.set.trim() } : {}),
    ...(name ? { changedBy: name } : {}),
    ...(common['alleen-lezen'] ? { readOnly: true } : {}),
  });
  try {
    return await fn(werkbank.api);
  } finally {
    await werkbank.close();
  }
}
