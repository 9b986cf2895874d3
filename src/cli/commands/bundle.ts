// prestatie bundel, vraag, koppelingen: the joint overview, its questions and its links.
import fs from 'node:fs';
import path from 'node:path';
import type { ActivityLinkDecision, LinkDecisionResult, WerkbankApi } from '../../service/contract';
import type { ActivityRow } from '../../domain/activities';
import { ServiceError } from '../../domain/errors';
import type { BundleActivity, JointOverview, NeedCheck } from '../../domain/joint-overview';
import type { BundleVersionInfo } from '../../domain/bundle-decisions';
import { formatActivityLog, formatBundleSummary, formatNeeds, formatOpenLinks } from '../format';
import { type Io, UsageError, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer, rowOf } from '../common';

export async function bundel(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    jaar: { type: 'string' },
    uit: { type: 'string' },
    partij: { type: 'string' },
    versie: { type: 'string' },
    concept: { type: 'boolean' },
    definitief: { type: 'boolean' },
    werkversie: { type: 'boolean' },
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  const version = integer(values.versie, '--versie');
  if (values.concept && values.definitief) throw new UsageError('Kies --concept of --definitief, niet allebei.');
  if ((values.concept || values.definitief) && version !== undefined) {
    throw new UsageError('--versie gaat niet samen met --concept of --definitief: die bewaren de huidige stand.');
  }
  if (values.werkversie && (version !== undefined || values.concept || values.definitief)) {
    throw new UsageError('--werkversie schrijft de huidige stand; dat gaat niet samen met --versie, --concept of --definitief.');
  }
  const format = values.uit === undefined ? undefined : path.extname(values.uit).toLowerCase().slice(1);
  if (format !== undefined && format !== 'docx' && format !== 'xlsx') {
    throw new UsageError(`--uit moet eindigen op .docx (Word) of .xlsx (Excel), niet "${values.uit}".`);
  }
  await withApi(values, async (api) => {
    const lines: string[] = [];
    let saved: number | undefined;
    if (values.concept || values.definitief) {
      const info = await api.saveBundleVersion({ planningYear: year, final: values.definitief === true });
      saved = info.number ?? undefined;
      lines.push(
        info.status === 'final'
          ? `Overzicht ${year} bevroren als definitieve versie ${info.number}.`
          : `Overzicht ${year} bewaard als conceptversie ${info.number}.`,
      );
    }
    let query: { planningYear: number; version?: number } = {
      planningYear: year,
      ...(version !== undefined ? { version } : saved !== undefined ? { version: saved } : {}),
    };
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    if (values.uit !== undefined && (format === 'docx' || format === 'xlsx')) {
      const file = await api.exportJointOverview({ ...query, format, ...(partyId ? { partyId } : {}), ...(values.werkversie ? { working: true } : {}) });
      const target = path.resolve(values.uit);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      lines.push(`Geschreven: ${target} (${writtenVersionText(file.version)})`);
      // The summary below is of what was written.
      if (file.version.number !== null) query = { planningYear: year, version: file.version.number };
    }
    const overview = await api.getJointOverview(query);
    if (values.json) {
      io.out(JSON.stringify(overview, null, 2));
      return;
    }
    lines.push(formatBundleSummary(overview));
    io.out(lines.join('\n'));
  });
}

/** The activity on row R of a party's current file, from the overview. */
function activityOnRow(o: JointOverview, partyId: string, row: number, sheet: string | undefined, who: string): BundleActivity {
  const all = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
  return rowOf(all.filter((a) => a.partyId === partyId), row, sheet, who, o.planningYear);
}

export async function vraag(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    jaar: { type: 'string' },
    partij: { type: 'string' },
    rij: { type: 'string' },
    blad: { type: 'string' },
    aan: { type: 'string' },
    'antwoord-rij': { type: 'string' },
    open: { type: 'boolean' },
    automatisch: { type: 'boolean' },
    reden: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  const row = integer(values.rij, '--rij');
  const answerRow = integer(values['antwoord-rij'], '--antwoord-rij');
  const choices = [answerRow !== undefined, values.open === true, values.automatisch === true].filter(Boolean).length;
  if (choices > 1) throw new UsageError('Kies één besluit: --antwoord-rij R, --open of --automatisch.');
  if (choices === 1 && row === undefined) throw new UsageError('Zeg over welke vraag het gaat: --partij NAAM --rij R (zie prestatie vraag --jaar N).');
  if (choices === 0 && (row !== undefined || values.aan !== undefined || values.reden !== undefined)) {
    throw new UsageError('Zeg wat de werkgroep besluit: --antwoord-rij R, --open of --automatisch.');
  }
  if (row !== undefined && values.partij === undefined) throw new UsageError('Geef met --partij NAAM op van wie de activiteit op rij R is.');
  await withApi(values, async (api) => {
    const name = await partyNamer(api);
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    let o = await api.getJointOverview({ planningYear: year });
    const lines: string[] = [];
    if (row !== undefined && partyId !== undefined) {
      const asking = activityOnRow(o, partyId, row, values.blad, name(partyId));
      const toPartyId = values.aan !== undefined ? await partyIdOf(api, values.aan) : undefined;
      const needs = o.needs.filter((n) => n.activityIdentity === asking.identity && (toPartyId === undefined || n.toPartyId === toPartyId));
      if (needs.length === 0) {
        throw new ServiceError(
          'not_found',
          `De activiteit op rij ${row} van ${name(partyId)} vraagt niets${toPartyId !== undefined ? ` van ${name(toPartyId)}` : ' van een partij van deze afspraken'}.`,
        );
      }
      if (needs.length > 1) throw new UsageError(`Deze activiteit vraagt iets van ${needs.map((n) => name(n.toPartyId)).join(' en ')}; kies er één met --aan NAAM.`);
      const need = needs[0] as NeedCheck;
      const answer = answerRow !== undefined ? activityOnRow(o, need.toPartyId, answerRow, undefined, name(need.toPartyId)) : undefined;
      const decision = answer !== undefined ? 'answered' : values.open ? 'open' : 'auto';
      await api.decideNeed({
        planningYear: year,
        identity: need.activityIdentity,
        toPartyId: need.toPartyId,
        decision,
        ...(answer !== undefined ? { answerIdentity: answer.identity } : {}),
        ...(values.reden !== undefined ? { reason: values.reden } : {}),
      });
      lines.push(
        decision === 'answered'
          ? `Vastgelegd: de vraag van ${name(partyId)} aan ${name(need.toPartyId)} is beantwoord door rij ${answerRow} (‘${(answer as BundleActivity).activity}’).`
          : decision === 'open'
            ? `Vastgelegd: de vraag van ${name(partyId)} aan ${name(need.toPartyId)} is open.`
            : `Het besluit over de vraag van ${name(partyId)} aan ${name(need.toPartyId)} is weggehaald; de tekstherkenning telt weer.`,
        '',
      );
      o = await api.getJointOverview({ planningYear: year });
    }
    if (values.json) return io.out(JSON.stringify(o.needs, null, 2));
    io.out([...lines, formatNeeds(o, name, partyId)].join('\n'));
  });
}

/** Which version a written file is of, as the user reads it after "Geschreven: …". */
function writtenVersionText(version: BundleVersionInfo): string {
  switch (version.status) {
    case 'final':
      return `definitieve versie ${version.number ?? ''}`.trim();
    case 'draft':
      return `conceptversie ${version.number ?? ''}, niet definitief`.trim();
    case 'working':
      return 'werkversie: de huidige stand, niet om te versturen';
    default:
      return String(version.status);
  }
}

/** --kies "HBD:12=1.1 bij 1 (2)" or "HBD:12=geen". */
function choiceArg(value: string): { party: string; row: number; reference: string | null } {
  const m = /^\s*(.+?)\s*:\s*(\d+)\s*=\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UsageError(`--kies is "PARTIJ:RIJ=AFSPRAAK" (bijvoorbeeld "HBD:12=1.1 bij 1 (2)") of "PARTIJ:RIJ=geen"; niet "${value}".`);
  const target = m[3] as string;
  return { party: m[1] as string, row: Number(m[2]), reference: /^geen( afspraak)?$/i.test(target) ? null : target };
}

export async function koppelingen(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    jaar: { type: 'string' },
    partij: { type: 'string' },
    'bevestig-alle': { type: 'boolean' },
    kies: { type: 'string', multiple: true },
    reden: { type: 'string' },
    logboek: { type: 'boolean' },
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  const choices = (values.kies ?? []).map(choiceArg);
  const acting = values['bevestig-alle'] === true || choices.length > 0;
  if (values.reden !== undefined && !acting) throw new UsageError('--reden hoort bij --bevestig-alle of --kies.');
  if (values.logboek && acting) throw new UsageError('--logboek toont de besluiten; geef het los van --bevestig-alle en --kies.');
  await withApi(values, async (api) => {
    const nameOf = await partyNamer(api);
    if (values.logboek) {
      const entries = await api.listActivityLog({ planningYear: year });
      io.out(values.json ? JSON.stringify(entries, null, 2) : formatActivityLog(entries));
      return;
    }
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const description = `planningsjaar ${year}${partyId ? `, ${nameOf(partyId)}` : ''}`;
    const reason = values.reden !== undefined ? { reason: values.reden } : {};
    if (!acting) {
      const open = await api.listOpenLinks({ planningYear: year, ...(partyId ? { partyId } : {}) });
      io.out(values.json ? JSON.stringify(open, null, 2) : formatOpenLinks(open, nameOf, description));
      return;
    }
    const lines: string[] = [];
    let result: LinkDecisionResult = { changed: 0, open: [] };
    if (choices.length > 0) {
      const decisions = await resolveChoices(api, year, choices);
      result = await api.decideLinks({ planningYear: year, decisions, ...reason });
      lines.push(result.changed === 1 ? '1 koppeling vastgelegd.' : `${result.changed} koppelingen vastgelegd.`);
    }
    if (values['bevestig-alle']) {
      const before = await api.listOpenLinks({ planningYear: year, ...(partyId ? { partyId } : {}) });
      result = await api.confirmOpenLinks({ planningYear: year, ...(partyId ? { partyId } : {}), ...reason });
      const proposed = before.filter((o) => o.status === 'proposed').length;
      const none = before.filter((o) => o.status === 'none').length;
      lines.push(
        result.changed === 0
          ? 'Er was geen voorstel te bevestigen.'
          : `${proposed === 1 ? '1 voorstel' : `${proposed} voorstellen`} bevestigd, ${none} keer 'geen afspraak' vastgelegd.`,
      );
    }
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
      return;
    }
    const open = partyId ? result.open.filter((o) => o.partyId === partyId) : result.open;
    lines.push(
      open.length === 0 && result.open.length === 0
        ? `Geen koppeling meer open in planningsjaar ${year}: het overzicht kan definitief worden (prestatie bundel --jaar ${year} --definitief).`
        : formatOpenLinks(open, nameOf, description),
    );
    io.out(lines.join('\n'));
  });
}

/** The --kies choices as the service takes them: rows of the party's current file, afspraken by their reference. */
async function resolveChoices(
  api: WerkbankApi,
  year: number,
  choices: { party: string; row: number; reference: string | null }[],
): Promise<ActivityLinkDecision[]> {
  const agreements = await api.listAgreements({});
  const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const decisions: ActivityLinkDecision[] = [];
  for (const choice of choices) {
    const partyId = await partyIdOf(api, choice.party);
    const rows = (await api.listActivities({ planningYear: year, partyId })).filter((a) => a.rowNumber === choice.row);
    if (rows.length === 0) {
      throw new ServiceError('invalid_input', `--kies: het huidige activiteitenoverzicht ${year} van ${choice.party} heeft geen activiteit op rij ${choice.row}.`);
    }
    if (rows.length > 1) {
      throw new ServiceError(
        'invalid_input',
        `--kies: rij ${choice.row} van ${choice.party} staat op meer bladen (${rows.map((r) => r.sheet).join(', ')}); kies in het Gezamenlijk overzicht.`,
      );
    }
    let agreementId: number | null = null;
    if (choice.reference !== null) {
      const wanted = normalize(choice.reference);
      const agreement = agreements.find((a) => normalize(a.reference) === wanted);
      if (!agreement) {
        throw new ServiceError('invalid_input', `--kies: geen afspraak "${choice.reference}". Schrijf de verwijzing zoals 1.1 bij 1 (2), of "geen".`);
      }
      agreementId = agreement.id;
    }
    decisions.push({ activityId: (rows[0] as ActivityRow).id, agreementId });
  }
  return decisions;
}
