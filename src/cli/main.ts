// The `prestatie` command: the same service as the app, in a terminal.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ServiceError, type AgreementQuery, type WerkbankApi } from '../service/contract';
import { toApiError } from '../service/dispatch';
import { openWerkbank } from '../service/index';
import { defaultDatabasePath } from '../paths';
import { formatAgreements, formatCalendar } from './format';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const HELP = `Gebruik: prestatie <opdracht> [opties]

Opdrachten:
  afspraken   De afspraken uit de prestatieafspraken, met filters
                --partij NAAM            alleen afspraken van deze partij
                --rol trekker|betrokken  met --partij: alleen als trekker of als betrokkene
                --jaar N                 alleen afspraken die in jaar N lopen
                --zoek TEKST             zoeken in alle velden
                --thema N                alleen thema N
  kalender    Waar staan we in de jaarcyclus?
                --datum JJJJ-MM-DD       een andere dag dan vandaag

Algemene opties:
  --db PAD     de database (standaard die van de app: ${defaultDatabasePath()})
  --json       uitvoer als JSON, voor scripts
  --help       deze hulp`;

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {}

const COMMON = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: false, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-{1,2}[^']+)'/.exec(message)?.[1];
    if (/unknown option/i.test(message)) throw new UsageError(`Onbekende optie ${option ?? ''}.`.replace(' .', '.'));
    if (/argument missing/i.test(message)) throw new UsageError(`Optie ${option ?? ''} verwacht een waarde.`);
    if (/positional/i.test(message)) throw new UsageError(`Onverwacht argument: ${message.split("'")[1] ?? ''}.`);
    throw new UsageError(message);
  }
}

function integer(value: string | undefined, label: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${label} moet een getal zijn, niet "${value}".`);
  return Number(value);
}

async function withApi<T>(dbPath: string | undefined, fn: (api: WerkbankApi) => Promise<T>): Promise<T> {
  const werkbank = openWerkbank({ databasePath: dbPath ?? defaultDatabasePath() });
  try {
    return await fn(werkbank.api);
  } finally {
    werkbank.close();
  }
}

async function afspraken(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    partij: { type: 'string' },
    rol: { type: 'string' },
    jaar: { type: 'string' },
    zoek: { type: 'string' },
    thema: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const role = values.rol === undefined ? undefined : ({ trekker: 'lead', betrokken: 'involved', betrokkene: 'involved' } as const)[values.rol.toLowerCase() as 'trekker'];
  if (values.rol !== undefined && role === undefined) throw new UsageError(`--rol is "trekker" of "betrokken", niet "${values.rol}".`);
  if (role !== undefined && values.partij === undefined) throw new UsageError('--rol werkt alleen samen met --partij.');
  await withApi(values.db, async (api) => {
    const query: AgreementQuery = {};
    const description: string[] = [];
    if (values.partij !== undefined) {
      const ref = await api.resolvePartyName({ name: values.partij });
      const parties = await api.listParties();
      if (ref.partyIds.length !== 1) {
        const names = parties.map((p) => p.shortName).join(', ');
        throw new UsageError(
          ref.partyIds.length > 1
            ? `"${values.partij}" staat voor meer partijen; kies er één: ${names}.`
            : `Onbekende partij "${values.partij}". Bekende partijen: ${names}.`,
        );
      }
      query.partyId = ref.partyIds[0];
      const party = parties.find((p) => p.id === query.partyId);
      description.push(`partij ${party?.shortName ?? query.partyId}${role === 'lead' ? ' als trekker' : role === 'involved' ? ' als betrokkene' : ''}`);
      if (role) query.role = role;
    }
    const year = integer(values.jaar, '--jaar');
    if (year !== undefined) {
      query.year = year;
      description.push(`loopt in ${year}`);
    }
    const theme = integer(values.thema, '--thema');
    if (theme !== undefined) {
      query.themeNumber = theme;
      description.push(`thema ${theme}`);
    }
    if (values.zoek !== undefined) {
      query.text = values.zoek;
      description.push(`zoekterm "${values.zoek}"`);
    }
    const rows = await api.listAgreements(query);
    io.out(values.json ? JSON.stringify(rows, null, 2) : formatAgreements(rows, description.join(', ')));
  });
}

async function kalender(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { datum: { type: 'string' } });
  if (values.help) return io.out(HELP);
  await withApi(values.db, async (api) => {
    const view = await api.getCalendar(values.datum !== undefined ? { date: values.datum } : {});
    io.out(values.json ? JSON.stringify(view, null, 2) : formatCalendar(view));
  });
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<void>> = { afspraken, kalender };

/** Runs one command line; returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(`Onbekende opdracht "${command}". Kies uit: ${Object.keys(COMMANDS).join(', ')}. Zie prestatie --help.`);
    return 2;
  }
  try {
    await handler(rest, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\nZie prestatie ${command} --help.`);
      return 2;
    }
    io.err(err instanceof ServiceError ? err.message : toApiError(err).message);
    return 1;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
