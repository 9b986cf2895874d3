// Command line of the browser shell, parsed without side effects so it can be tested.
import { onLocalDay } from '../domain/local-time';
import { defaultDatabasePath } from '../paths';

/** The line that starts with this is the readiness signal tests and scripts wait for. */
export const READY_PREFIX = 'Werkbank draait op ';

export interface WebArgs {
  databasePath?: string;
  port: number;
  /** Today as the Werkbank should see it (yyyy-mm-dd), to practise or show the yearly cycle. */
  today?: string;
  /** Who is recorded in the logs (--naam); else WERKBANK_NAAM, else the computer's user. */
  name?: string;
  /** Open the database only to look at (--alleen-lezen); one the Werkbank cannot write is opened so anyway. */
  readOnly?: boolean;
  /** The code of the agreement set to work in (--set); else the embedded one, else the first stored. */
  setCode?: string;
  help: boolean;
}

export const HELP_TEXT = `Prestatieafspraken Werkbank in de browser

Gebruik: npm run web -- [--db PAD] [--port NUMMER] [--datum JJJJ-MM-DD] [--naam NAAM] [--set CODE] [--alleen-lezen]

  --db PAD        de database (SQLite) die de Werkbank gebruikt; wordt aangemaakt
                  als hij nog niet bestaat. Standaard: ${defaultDatabasePath()}
  --port NUMMER   de poort op 127.0.0.1 (0–65535). Zonder deze optie, of met 0,
                  kiest de Werkbank zelf een vrije poort.
  --datum JJJJ-MM-DD  doe alsof het vandaag die datum is, om de jaarcyclus te
                  oefenen of te laten zien (nieuwe versies krijgen die datum).
  --naam NAAM     wie er werkt, zoals het logboek en de versies het tonen.
                  Standaard: WERKBANK_NAAM uit de omgeving, anders de
                  gebruikersnaam van de computer.
  --set CODE      met deze prestatieafspraken werken (zie prestatie sets);
                  standaard de set die de app meebrengt, anders de eerste.
  --alleen-lezen  de database alleen bekijken: niets wordt gewijzigd (een database
                  die u niet mag wijzigen, zoals een kopie op een cd, gaat ook
                  vanzelf zo open)
  --help, -h      deze uitleg

De Werkbank is alleen op deze computer bereikbaar. Open het adres dat na het
starten verschijnt; het bevat een geheime sleutel die bij elke start nieuw is.
Stoppen: Ctrl+C.`;

export class ArgsError extends Error {}

const EXPECTED: Record<string, string> = {
  '--db': 'pad naar een database',
  '--port': 'poortnummer',
  '--datum': 'datum (JJJJ-MM-DD)',
  '--naam': 'naam',
  '--set': 'code van een set',
};

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The clock of a Werkbank started with --datum: that day in Druten, at the time it is there now. */
export function clockOn(isoDate: string): () => Date {
  return () => onLocalDay(isoDate, new Date());
}

/** Parses the command line; throws ArgsError with a Dutch message. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const result: WebArgs = { port: 0, help: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    if (arg === '--alleen-lezen') {
      result.readOnly = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!Object.hasOwn(EXPECTED, name)) {
      throw new ArgsError(`Onbekende optie: ${arg}. Zie --help voor wat wel kan.`);
    }
    if (seen.has(name)) throw new ArgsError(`De optie ${name} staat er twee keer.`);
    seen.add(name);
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new ArgsError(`Na ${name} hoort een ${EXPECTED[name]}.`);
      }
      i++;
    }
    if (name === '--db') {
      if (value.trim() === '') throw new ArgsError('Na --db hoort een pad naar een database.');
      result.databasePath = value;
    } else if (name === '--naam') {
      if (value.trim() === '') throw new ArgsError('Na --naam hoort een naam.');
      result.name = value.trim();
    } else if (name === '--set') {
      if (value.trim() === '') throw new ArgsError('Na --set hoort de code van een set (zie prestatie sets).');
      result.setCode = value.trim();
    } else if (name === '--datum') {
      if (!isCalendarDate(value)) throw new ArgsError(`De datum "${value}" is ongeldig: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2027-01-15.`);
      result.today = value;
    } else {
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
        throw new ArgsError(`Het poortnummer "${value}" is ongeldig: gebruik een getal van 0 tot en met 65535 (0 kiest een vrije poort).`);
      }
      result.port = Number(value);
    }
  }
  return result;
}
