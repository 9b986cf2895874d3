// `prestatie kalender-data [--zet TERMIJN=DAG-MAAND]…`: the set's own days for
// the deadlines of its yearly cycle (section 6.2's where it chose none), and
// changing them. `prestatie kalender` then shows the set's calendar with them.
import { CYCLE_DEADLINES, CYCLE_DEADLINE_LABELS, MONTHS_NL, type CycleDeadline, type DayOfYear } from '../../domain/calendar';
import { ServiceError } from '../../domain/errors';
import { parse, withApi, type Io } from '../args';

const HELP = `Gebruik: prestatie kalender-data [--zet TERMIJN=DAG-MAAND] [--set CODE] [--json]

De dagen van de jaarlijkse kalender van deze set (standaard die van paragraaf 6.2).
  --zet TERMIJN=DAG-MAAND  een dag wijzigen, bijvoorbeeld --zet overviews=15-06 (herhaalbaar)
Termijnen: ${CYCLE_DEADLINES.map((d) => `${d} (${CYCLE_DEADLINE_LABELS[d]})`).join('; ')}.`;

export async function kalenderData(args: string[], io: Io): Promise<void> {
  const values = parse(args, { zet: { type: 'string', multiple: true } }).values;
  if (values.help) return io.out(HELP);
  const changes: Partial<Record<CycleDeadline, DayOfYear>> = {};
  for (const z of values.zet ?? []) {
    const m = /^\s*([a-z]+)\s*=\s*(\d{1,2})-(\d{1,2})\s*$/i.exec(z);
    if (!m) throw new ServiceError('invalid_input', `--zet verwacht TERMIJN=DAG-MAAND, bijvoorbeeld overviews=15-06, niet "${z}".`);
    changes[(m[1] as string).toLowerCase() as CycleDeadline] = { day: Number(m[2]), month: Number(m[3]) };
  }
  await withApi(values, async (api) => {
    const dates = Object.keys(changes).length > 0 ? await api.setCycleDates({ dates: changes }) : await api.getCycleDates();
    if (values.json) return io.out(JSON.stringify(dates, null, 2));
    io.out(['Dagen van de jaarlijkse kalender:', ...CYCLE_DEADLINES.map((d) => `  ${d.padEnd(10)} ${String(dates[d].day).padStart(2)} ${MONTHS_NL[dates[d].month - 1]}  ${CYCLE_DEADLINE_LABELS[d]}`)].join('\n'));
  });
}
