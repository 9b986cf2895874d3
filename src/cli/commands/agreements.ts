// prestatie afspraken, kalender: the signed agreements and the yearly calendar.
import fs from 'node:fs';
import path from 'node:path';
import type { AgreementQuery } from '../../domain/agreements';
import { formatAgreements, formatCalendar } from '../format';
import { type Io, UsageError, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer } from '../common';

export async function afspraken(args: string[], io: Io): Promise<void> {
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
  await withApi(values, async (api) => {
    const query: AgreementQuery = {};
    const description: string[] = [];
    if (values.partij !== undefined) {
      query.partyId = await partyIdOf(api, values.partij);
      const name = (await partyNamer(api))(query.partyId);
      description.push(`partij ${name}${role === 'lead' ? ' als trekker' : role === 'involved' ? ' als betrokkene' : ''}`);
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

export async function kalender(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { datum: { type: 'string' }, jaar: { type: 'string' }, ics: { type: 'string' } });
  if (values.help) return io.out(HELP);
  if (values.ics !== undefined || values.jaar !== undefined) {
    const year = integer(values.jaar, '--jaar');
    if (year === undefined) throw new UsageError('Geef met --jaar N op van welk kalenderjaar de agenda is.');
    if (!values.ics) throw new UsageError('Geef met --ics BESTAND op waar de agenda moet komen, bijvoorbeeld --ics jaarcyclus.ics.');
    const target = path.resolve(values.ics);
    return withApi(values, async (api) => {
      const file = await api.makeCycleCalendar({ year });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      io.out(
        values.json
          ? JSON.stringify({ file: target, events: file.events }, null, 2)
          : `Agenda ${year} geschreven: ${target}\n${file.events} fasen, termijnen en overleggen, elk met een herinnering een week vooraf. Importeer het bestand één keer in uw agenda.`,
      );
    });
  }
  await withApi(values, async (api) => {
    const view = await api.getCalendar(values.datum !== undefined ? { date: values.datum } : {});
    io.out(values.json ? JSON.stringify(view, null, 2) : formatCalendar(view));
  });
}
