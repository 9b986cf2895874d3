// `prestatie partij-wijzigen ID [--volledige-naam NAAM] [--korte-naam NAAM] [--alias NAAM]… [--hoort-bij ID]…`:
// a party of the set changed after the import, after a backup, in the activity log.
import { ServiceError } from '../../domain/errors';
import { parse, withApi, type Io } from '../args';

const HELP = `Gebruik: prestatie partij-wijzigen --partij ID [--volledige-naam NAAM] [--korte-naam NAAM] [--alias NAAM]… [--geen-alias] [--hoort-bij ID]… [--set CODE]

Wijzigt een partij van deze set (eerst een reservekopie; de wijziging komt in het logboek).
  --alias NAAM     de andere namen, alle opnieuw (herhaalbaar); --geen-alias haalt ze weg
  --hoort-bij ID   de corporatie van een huurdersorganisatie, of andersom (herhaalbaar)`;

export async function partijWijzigen(args: string[], io: Io): Promise<void> {
  const values = parse(args, {
    partij: { type: 'string' },
    'volledige-naam': { type: 'string' },
    'korte-naam': { type: 'string' },
    alias: { type: 'string', multiple: true },
    'geen-alias': { type: 'boolean' },
    'hoort-bij': { type: 'string', multiple: true },
  }).values;
  if (values.help) return io.out(HELP);
  if (!values.partij) throw new ServiceError('invalid_input', 'Geef met --partij ID op welke partij u wijzigt (zie prestatie partijen of prestatie sets).');
  await withApi(values, async (api) => {
    const r = await api.updateParty({
      id: values.partij as string,
      ...(values['volledige-naam'] !== undefined ? { name: values['volledige-naam'] } : {}),
      ...(values['korte-naam'] !== undefined ? { shortName: values['korte-naam'] } : {}),
      ...(values.alias || values['geen-alias'] ? { aliases: values.alias ?? [] } : {}),
      ...(values['hoort-bij'] ? { linkedPartyIds: values['hoort-bij'] } : {}),
    });
    if (values.json) return io.out(JSON.stringify(r, null, 2));
    io.out(`Partij ${r.id} gewijzigd: ${r.name} (${r.shortName}); andere namen: ${r.aliases.join(', ') || '(geen)'}; hoort bij: ${r.linkedPartyIds.join(', ') || '(niemand)'}.\nReservekopie vooraf: ${r.backup}`);
  });
}
