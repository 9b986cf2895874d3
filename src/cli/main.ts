// The `prestatie` command: the same service as the app, in a terminal. Here
// the registry of commands and running one; the commands live by area under
// commands/, what they share in args.ts, common.ts and help.ts.
import { ServiceError } from '../domain/errors';
import { toApiError } from '../service/dispatch';
import { type Io, UsageError, CommandFailed } from './args';
import { indicatorVoorstellen } from './commands/indicator-voorstellen';
import { kalenderData } from './commands/kalender-data';
import { partijWijzigen } from './commands/partij-wijzigen';
import { HELP } from './help';
import { afspraken, kalender } from './commands/agreements';
import { reservekopie, herstel } from './commands/backup';
import { ongedaan, ontvangen } from './commands/versions';
import { mail, contact } from './commands/mail';
import { uitvraag, importeer } from './commands/imports';
import { afsprakenInlezen, sets, afsprakenSjabloon } from './commands/sets';
import { activiteiten, activiteit } from './commands/activities';
import { bundel, vraag, koppelingen } from './commands/bundle';
import { verantwoording, indicator } from './commands/results';

export type { Io } from './args';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<void>> = {
  bundel,
  verantwoording,
  afspraken,
  'afspraken-inlezen': afsprakenInlezen,
  'afspraken-sjabloon': afsprakenSjabloon,
  sets,
  kalender,
  mail,
  contact,
  uitvraag,
  importeer,
  activiteiten,
  activiteit,
  vraag,
  koppelingen,
  ongedaan,
  ontvangen,
  reservekopie,
  herstel,
  indicator,
  'indicator-voorstellen': indicatorVoorstellen,
  'kalender-data': kalenderData,
  'partij-wijzigen': partijWijzigen,
};

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
    if (err instanceof CommandFailed) {
      io.err(err.message);
      return 1;
    }
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
