// What the set commands in this folder share: the common options
// (--db, --set, --naam, --alleen-lezen, --json, --help) and the Werkbank opened for one command.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ServiceError } from '../../domain/errors';
import { defaultDatabasePath } from '../../paths';
import type { WerkbankApi } from '../../service/contract';
import { openWerkbank } from '../../service/index';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const COMMON = {
  db: { type: 'string' },
  set: { type: 'string' },
  'alleen-lezen': { type: 'boolean' },
  naam: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options of one command and the common ones; a mistake is a Dutch message naming the option. */
export function parseCommand<O extends ParseArgsConfig['options']>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: false, strict: true }).values;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-{1,2}[^']+)'/.exec(message)?.[1] ?? '';
    const what = /unknown option/i.test(message) ? `Onbekende optie ${option}.` : /argument missing/i.test(message) ? `Optie ${option} verwacht een waarde.` : message;
    throw new ServiceError('invalid_input', `${what} Zie prestatie ${command} --help.`);
  }
}

export async function withOpenApi<T>(
  common: { db?: string | undefined; set?: string | undefined; naam?: string | undefined; 'alleen-lezen'?: boolean | undefined },
  fn: (api: WerkbankApi) => Promise<T>,
): Promise<T> {
  const name = common.naam?.trim();
  const werkbank = openWerkbank({
    databasePath: common.db ?? defaultDatabasePath(),
    ...(common.set?.trim() ? { setCode: common.set.trim() } : {}),
    ...(name ? { changedBy: name } : {}),
    ...(common['alleen-lezen'] ? { readOnly: true } : {}),
  });
  try {
    return await fn(werkbank.api);
  } finally {
    await werkbank.close();
  }
}

/** "3", "3,5" or "3 5" as numbers; a Dutch message for anything else. */
export function numberList(value: string, option: string): number[] {
  const parts = value.split(/[\s,]+/).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => /^\d+$/.test(p))) throw new ServiceError('invalid_input', `${option} verwacht nummers van voorstellen, zoals 3 of 3,5, niet "${value}".`);
  return parts.map(Number);
}
