// prestatie ongedaan, ontvangen: a stored version undone, or its received day corrected.
import type { WerkbankApi } from '../../service/contract';
import { ServiceError } from '../../domain/errors';
import { formatDateNl } from '../../domain/calendar';
import { submissionKindOfWord } from '../../domain/submissions';
import { type Io, UsageError, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer } from '../common';

export async function ongedaan(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    partij: { type: 'string' },
    jaar: { type: 'string' },
    versie: { type: 'string' },
    soort: { type: 'string' },
    reden: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const { year, kind, what, resolve } = versionOptions(values);
  await withApi(values, async (api) => {
    const { partyId, name, version } = await resolve(api);
    const result = await api.undoImport({
      partyId,
      planningYear: year,
      kind,
      version,
      ...(values.reden !== undefined ? { reason: values.reden } : {}),
    });
    if (values.json) return io.out(JSON.stringify(result, null, 2));
    const u = result.undone;
    io.out(
      [
        `Ongedaan gemaakt: versie ${u.version} van ${what} van ${name} (${u.fileName}, ${u.activityCount} ${kind === 'activities' ? 'activiteiten' : 'regels'}).`,
        result.current ? `Versie ${result.current.version} is weer de huidige.` : `Er is nu geen versie van ${what} van ${name} meer.`,
        `De stand van vlak daarvoor is bewaard als ${result.backup} (terug te zetten met prestatie herstel ${result.backup}).`,
      ].join('\n'),
    );
  });
}

export async function ontvangen(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    partij: { type: 'string' },
    jaar: { type: 'string' },
    versie: { type: 'string' },
    soort: { type: 'string' },
    datum: { type: 'string' },
    reden: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const { year, kind, what, resolve } = versionOptions(values);
  if (values.datum === undefined) throw new UsageError('Geef de dag waarop het bestand binnenkwam op met --datum JJJJ-MM-DD.');
  if (values.reden === undefined) throw new UsageError('Geef een reden op met --reden TEKST: die komt in het logboek.');
  await withApi(values, async (api) => {
    const target = await resolve(api);
    const { name } = target;
    const version = await api.setReceivedOn({
      partyId: target.partyId,
      planningYear: year,
      kind,
      version: target.version,
      receivedOn: values.datum as string,
      reason: values.reden as string,
    });
    if (values.json) return io.out(JSON.stringify(version, null, 2));
    io.out(`Versie ${version.version} van ${what} van ${name} (${version.fileName}): ontvangen op ${formatDateNl(version.receivedOn)}.`);
  });
}

/** Which stored version a command means: --partij, --jaar, --soort and --versie (default: the latest), checked before the database is opened. */
function versionOptions(values: { partij?: string | undefined; jaar?: string | undefined; soort?: string | undefined; versie?: string | undefined }) {
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het jaar op met --jaar N.');
  if (values.partij === undefined) throw new UsageError('Geef de partij op met --partij NAAM.');
  const written = values.soort ?? 'activiteiten';
  const kind = submissionKindOfWord(written);
  if (!kind) throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${written}".`);
  const party = values.partij;
  const asked = integer(values.versie, '--versie');
  const what = kind === 'activities' ? `het activiteitenoverzicht ${year}` : `de resultaten ${year}`;
  /** The party, its name and the version meant, looked up in the database; nothing stored yet is an error. */
  const resolve = async (api: WerkbankApi) => {
    const partyId = await partyIdOf(api, party);
    const name = (await partyNamer(api))(partyId);
    const latest = (await api.listSubmissionVersions({ partyId, planningYear: year, kind }))[0];
    if (!latest) throw new ServiceError('not_found', `Er is nog niets ingelezen van ${what} van ${name}.`);
    return { partyId, name, version: asked ?? latest.version };
  };
  return { year, kind, what, resolve };
}
