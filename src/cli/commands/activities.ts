// prestatie activiteiten, activiteit: stored activities listed and corrected.
import type { CorrectableField } from '../../domain/corrections';
import { formatActivities, formatCorrection } from '../format';
import { type Io, UsageError, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer, rowOf } from '../common';

export async function activiteiten(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { jaar: { type: 'string' }, partij: { type: 'string' } });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  await withApi(values, async (api) => {
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const rows = await api.listActivities({ planningYear: year, ...(partyId ? { partyId } : {}) });
    const nameOf = await partyNamer(api);
    const description = `planningsjaar ${year}${partyId ? `, ${nameOf(partyId)}` : ''}`;
    io.out(values.json ? JSON.stringify(rows, null, 2) : formatActivities(rows, nameOf, description));
  });
}

/** The activiteit command's options for the fields, and the field each one corrects. */
const FIELD_OPTIONS = {
  tekst: 'activity',
  planning: 'planning',
  rol: 'role',
  nodig: 'needs',
  'van-wie': 'needsFrom',
  betrokken: 'involved',
  ambitie: 'ambition',
  toelichting: 'notes',
} as const satisfies Record<string, CorrectableField>;

export async function activiteit(args: string[], io: Io): Promise<void> {
  const fieldOptions = Object.fromEntries(Object.keys(FIELD_OPTIONS).map((o) => [o, { type: 'string' as const }])) as Record<
    keyof typeof FIELD_OPTIONS,
    { type: 'string' }
  >;
  const { values } = parse(args, {
    jaar: { type: 'string' },
    partij: { type: 'string' },
    rij: { type: 'string' },
    blad: { type: 'string' },
    reden: { type: 'string' },
    verwijder: { type: 'boolean' },
    herstel: { type: 'boolean' },
    ...fieldOptions,
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  if (values.partij === undefined) throw new UsageError('Geef de partij op met --partij NAAM.');
  const row = integer(values.rij, '--rij');
  if (row === undefined) throw new UsageError('Geef met --rij R op welke rij van het bestand u bedoelt (zie prestatie activiteiten).');
  if (values.reden === undefined) throw new UsageError('Geef met --reden TEKST op waarom u deze activiteit corrigeert; dat komt in het logboek.');
  if (values.verwijder && values.herstel) throw new UsageError('Kies --verwijder of --herstel, niet allebei.');
  const fields: Partial<Record<CorrectableField, string>> = {};
  for (const [option, field] of Object.entries(FIELD_OPTIONS) as [keyof typeof FIELD_OPTIONS, CorrectableField][]) {
    const value = values[option];
    if (value !== undefined) fields[field] = value;
  }
  const editing = Object.keys(fields).length > 0;
  if (values.verwijder && editing) throw new UsageError('--verwijder gaat niet samen met een nieuwe waarde: verwijder de activiteit, of wijzig hem.');
  if (!values.verwijder && !values.herstel && !editing) {
    throw new UsageError('Zeg wat er moet gebeuren: een nieuwe waarde (bijvoorbeeld --planning "Q3 2027"), --verwijder of --herstel.');
  }
  await withApi(values, async (api) => {
    const partyId = await partyIdOf(api, values.partij as string);
    const name = (await partyNamer(api))(partyId);
    const rows = await api.listActivities({ planningYear: year, partyId });
    const before = rowOf(rows, row, values.blad, name, year);
    const after = await api.correctActivity({
      activityId: before.id,
      reason: values.reden as string,
      ...(editing ? { fields } : {}),
      ...(values.verwijder ? { remove: true } : values.herstel ? { remove: false } : {}),
    });
    const where = `${name}, planningsjaar ${year}, rij ${row}${values.blad !== undefined || new Set(rows.map((r) => r.sheet)).size > 1 ? ` (blad "${after.sheet}")` : ''}`;
    io.out(values.json ? JSON.stringify(after, null, 2) : formatCorrection(before, after, where, (values.reden as string).trim()));
  });
}
