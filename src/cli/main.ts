// The `prestatie` command: the same service as the app, in a terminal.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  type ActivityLinkDecision,
  type ImportPreview,
  type LinkDecision,
  type LinkDecisionResult,
  type MailBatch,
  type MailKind,
  type ResultsImportRequest,
  type ResultsPreview,
  type WerkbankApi,
} from '../service/contract';
import type { ActivityRow } from '../domain/activities';
import type { AgreementQuery, AgreementRow } from '../domain/agreements';
import { ServiceError } from '../domain/errors';
import { countLinks } from '../domain/links';
import { formatDateNl } from '../domain/calendar';
import type { BundleActivity, JointOverview, NeedCheck } from '../bundle/types';
import type { BundleVersionInfo } from '../domain/bundle-decisions';
import type { SubmissionKind } from '../domain/submissions';
import type { CorrectableField } from '../domain/corrections';
import { toApiError } from '../service/dispatch';
import { RESULT_STATUSES, isResultStatus } from '../domain/results';
import { normalizeForSearch } from '../domain/text';
import type { StatusChoice } from '../imports/status-choices';
import { openWerkbank } from '../service/index';
import { defaultDatabasePath } from '../paths';
import {
  formatActivities,
  formatActivityLog,
  formatAgreements,
  formatBundleSummary,
  formatCalendar,
  formatCorrection,
  formatIndicatorInputs,
  formatIndicatorLog,
  formatNeeds,
  formatOpenLinks,
  formatBackups,
  formatPreview,
  formatReportSummary,
  formatResultsPreview,
} from './format';
import { formatAgreementSetPreview, formatAgreementSets } from './format-agreement-set';

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
                --jaar N --ics BESTAND   schrijf alle fasen, termijnen en overleggen van kalenderjaar N
                                         als agenda (.ics), met een herinnering een week vooraf
  mail        E-mails aan de contactpersonen van de partijen klaarzetten als .eml-bestanden, om te
              openen en te versturen met uw eigen e-mailprogramma (de Werkbank verstuurt zelf niets)
                --ronde activiteiten     de uitvraag van de activiteitenoverzichten, met de werkmap
                --ronde resultaten       de uitvraag van de resultaten, met de werkmap
                --ronde herinnering      een herinnering aan wie nog niets stuurde: vóór de termijn
                                         een vriendelijke, erna een voor wie te laat is
                --ronde bedankt          een bevestiging van wat er is ontvangen
                --ronde overzicht        het gezamenlijk activiteitenoverzicht (Word en Excel) aan iedereen
                --jaar N                 het planningsjaar (uitvoeringsjaar bij resultaten)
                --uit MAP                waar de e-mails (en hun bijlagen) komen
                --partij NAAM            alleen voor deze partij
                --soort activiteiten|resultaten   bij herinnering en bedankt: welke ronde (standaard activiteiten)
                --datum JJJJ-MM-DD       een andere dag dan vandaag
                --van "NAAM <ADRES>"     de afzender, als die nog niet in de app is ingesteld
  contact     De contactpersonen van de partijen, aan wie de e-mails gaan
                (zonder opties)          alle contactpersonen, per partij
                --partij NAAM --naam NAAM --email ADRES [--rol ROL]   een contactpersoon toevoegen
                --wijzig NR --partij NAAM --naam NAAM --email ADRES [--rol ROL]   een contactpersoon wijzigen
                --verwijder NR           een contactpersoon verwijderen
  uitvraag    De uitvraag-werkmappen (Excel) voor de partijen maken
                --jaar N                 het planningsjaar (activiteiten) of uitvoeringsjaar (resultaten)
                --soort activiteiten|resultaten   wat er wordt uitgevraagd
                --uit MAP                waar de werkmappen komen
                --partij NAAM            alleen voor deze partij
                --contact NAAM --email ADRES   contactpersoon in de toelichting
  importeer   Activiteitenoverzichten en resultaten inlezen: BESTAND…
                --partij NAAM --jaar N   als de werkmap dat zelf niet zegt
                --proef                  alleen laten zien wat er zou gebeuren
                --ontvangen JJJJ-MM-DD   de dag waarop het bestand van de partner binnenkwam (standaard
                                         vandaag); die dag bepaalt of het op tijd was, niet de dag van inlezen
                --soort activiteiten|resultaten   als het bestand het zelf niet zegt
                --status "TEKST=STATUS"   resultaten: zo een onbekende status lezen (vaker te geven)
                --koppel "RIJ=TEKST"      resultaten: rij RIJ beantwoordt de geplande activiteit die zo
                                          begint ("RIJ=nee": niet gepland; vaker te geven)
                --afspraak "RIJ=REF"      activiteiten: rij RIJ hoort bij afspraak REF, bijvoorbeeld
                                          "12=1.1 bij 1 (2)" ("RIJ=geen": bij geen afspraak; vaker te geven)
                --bevestig               activiteiten: bevestig de voorgestelde koppelingen
  activiteiten De ingelezen activiteiten van een planningsjaar
                --jaar N [--partij NAAM]
  activiteit  Eén ingelezen activiteit corrigeren, verwijderen of herstellen, met een reden
                --jaar N --partij NAAM --rij R   rij R van de huidige versie (zie activiteiten)
                --blad NAAM              als het bestand op meer bladen activiteiten had
                --tekst T  --planning P  --rol R  --nodig T  --van-wie T  --betrokken T
                --ambitie T  --toelichting T     de nieuwe waarde ("" maakt een veld leeg)
                --verwijder              verwijderen: blijft in de app zichtbaar, telt nergens mee
                --herstel                een verwijderde activiteit herstellen
                --reden TEKST            waarom (verplicht); komt in het logboek
  bundel      Het gezamenlijk activiteitenoverzicht van een planningsjaar
                --jaar N                 het planningsjaar
                --uit BESTAND.docx|.xlsx schrijf het overzicht als Word of Excel
                --partij NAAM            alleen het deel dat deze partij aangaat
                --versie N               een opgeslagen versie in plaats van de huidige stand
                --werkversie             met --uit: de huidige stand, ook als er al een definitieve
                                         versie is (standaard schrijft --uit dan die definitieve versie)
                --concept                bewaar de huidige stand als nieuwe conceptversie
                --definitief             bevries de huidige stand als definitieve versie (pas als
                                         geen koppeling meer open is: zie koppelingen)
  vraag       De vragen van de wederkerigheid (wat een partij van een andere nodig heeft) en of ze
              beantwoord zijn; de werkgroep kan de tekstherkenning overrulen
                --jaar N [--partij NAAM]  de vragen van dat planningsjaar (van en aan die partij), met
                                          de rij van de activiteit die iets vraagt
                --partij NAAM --rij R     één vraag: die van de activiteit op rij R van het huidige
                                          bestand van NAAM
                --aan NAAM                de gevraagde partij, als de vraag aan meer partijen is
                --blad NAAM               als het bestand op meer bladen activiteiten had
                --antwoord-rij R          beantwoord door de activiteit op rij R van het bestand van de
                                          gevraagde partij
                --open                    open, ook al leek een tekst te antwoorden
                --automatisch             het besluit weghalen: de tekstherkenning telt weer
                --reden TEKST             waarom (verplicht bij --antwoord-rij en --open); komt in het
                                          logboek en bij de vraag in het overzicht
  koppelingen De koppelingen van activiteiten met afspraken die nog open zijn: voorgesteld, te
              kiezen ("kies") of niet gevonden; een definitief overzicht wacht daarop
                --jaar N [--partij NAAM]  de open koppelingen, met de afspraken die in aanmerking komen
                --bevestig-alle           bevestig elk voorstel, en leg "geen afspraak gevonden" vast als
                                          "geen afspraak"; een keuze blijft open
                --kies "PARTIJ:RIJ=1.1 bij 1 (2)"   de activiteit op rij RIJ van het huidige bestand van
                                          PARTIJ hoort bij die afspraak ("PARTIJ:RIJ=geen": bij geen
                                          afspraak); vaker te geven
                --reden TEKST             waarom, voor het logboek (met --bevestig-alle of --kies)
                --logboek                 de besluiten over koppelingen van dat jaar
  ongedaan    Eén import ongedaan maken: de laatste versie van een overzicht van een partij gaat weg,
              met haar activiteiten, koppelingen en notities; de versie ervoor is weer de huidige.
              Eerst wordt een reservekopie gemaakt; het komt in het logboek.
                --partij NAAM --jaar N   de partij en het planningsjaar (resultaten: uitvoeringsjaar)
                --versie V               de versie die u bedoelt (standaard: de laatste)
                --soort activiteiten|resultaten   standaard activiteiten
                --reden TEKST            waarom, voor het logboek
  ontvangen   De dag corrigeren waarop een ingelezen versie binnenkwam (die bepaalt of ze te laat was)
                --partij NAAM --jaar N   de partij en het planningsjaar (resultaten: uitvoeringsjaar)
                --datum JJJJ-MM-DD       de dag waarop het bestand van de partner binnenkwam
                --versie V               de versie die u bedoelt (standaard: de laatste)
                --soort activiteiten|resultaten   standaard activiteiten
                --reden TEKST            waarom (verplicht); komt in het logboek
  reservekopie  De reservekopieën naast de database, nieuwste eerst: wanneer, waarom, en welke
              versies toen de huidige waren (ook als: prestatie reservekopie --lijst)
  herstel     Een reservekopie terugzetten: NAAM (uit "prestatie reservekopie"); eerst wordt de
              huidige stand zelf als reservekopie bewaard. Sluit de app voordat u dit doet.
  verantwoording  De verantwoording van een uitvoeringsjaar, of de tussenevaluatie over meer jaren
                --jaar N | N-M           bijvoorbeeld 2026, of 2025-2026
                --uit BESTAND.docx|.xlsx schrijf het verslag als Word of Excel
                --advies TEKST           leg het advies van de werkgroep aan het bestuurlijk overleg vast
                                         (een nieuwe versie; eerdere versies blijven bewaard; "" maakt het leeg)
                --advies-bestand PAD     idem, de tekst uit een tekstbestand (UTF-8; een lege regel
                                         begint een nieuwe alinea)
  indicator   De succesindicatoren: waar de rechte lijn begint (het vertrekpunt) en de cijfers
              van de jaren vóór de eerste uitvraag
                [--code CODE]            één indicator (zonder: alle, met hun code)
                --vertrekpunt "JAAR=WAARDE"   de stand op 31 december van JAAR, waar de afspraken
                                         geen vertrekpunt geven ("JAAR=geen": het ingevoerde weg)
                --cijfer "JAAR=WAARDE"   het cijfer over een jaar vóór de eerste uitvraag: wat er dat
                                         jaar bij kwam, of de stand ("JAAR=geen": weg); vaker te geven
                --partij NAAM            met --cijfer: van deze partij (zonder: alle partijen samen)
                --bron TEKST             waar het cijfer vandaan komt (verplicht bij een wijziging);
                                         komt in het logboek
                --logboek                de wijzigingen, nieuwste eerst

  afspraken-inlezen  Prestatieafspraken uit hun eigen document inlezen: BESTAND.docx (het
              ondertekende document) of BESTAND.xlsx (het ingevulde sjabloon). De Werkbank laat zien
              wat zij erin leest, met elk probleem en waar het staat, en slaat de set op als een nieuwe
              set naast de andere (eerst wordt een reservekopie gemaakt). Een document met fouten, of
              met de code van een set die er al is, wordt geweigerd; er verandert dan niets.
                --proef                  alleen laten zien, niets opslaan
  sets        De prestatieafspraken (sets) in de database: code, naam, looptijd, aantal afspraken,
              en met welke set de Werkbank werkt; kies een andere met --set CODE
  afspraken-sjabloon  Het Excel-sjabloon voor prestatieafspraken waarvan het document geen tabellen
              met afspraken heeft
                --uit BESTAND.xlsx       waar het sjabloon komt

Algemene opties:
  --db PAD     de database (standaard die van de app: ${defaultDatabasePath()})
  --set CODE   met deze prestatieafspraken werken (zie prestatie sets; standaard de eerste set)
  --naam NAAM  wie het doet, zoals het logboek en de versies het tonen (standaard: WERKBANK_NAAM
               uit de omgeving, anders de gebruikersnaam van de computer)
  --alleen-lezen  de database alleen bekijken: niets wordt gewijzigd, een opdracht die iets zou
               vastleggen wordt geweigerd (zo gaat een database die u niet mag wijzigen, zoals
               een kopie op een cd of netwerkschijf, ook vanzelf open)
  --json       uitvoer als JSON, voor scripts
  --help       deze hulp`;

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {}

/** The command ran but did not do all it was asked (a refused file): exit code 1, message already shown. */
class CommandFailed extends Error {}

const COMMON = {
  db: { type: 'string' },
  set: { type: 'string' },
  'alleen-lezen': { type: 'boolean' },
  naam: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals, strict: true });
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

async function withApi<T>(
  common: { db?: string | undefined; set?: string | undefined; naam?: string | undefined; 'alleen-lezen'?: boolean | undefined },
  fn: (api: WerkbankApi) => Promise<T>,
): Promise<T> {
  const name = common.naam?.trim();
  if (common.naam !== undefined && !name) throw new UsageError('--naam verwacht uw naam, bijvoorbeeld --naam "Annet de Vries".');
  if (common.set !== undefined && !common.set.trim()) throw new UsageError('--set verwacht de code van een set, bijvoorbeeld --set druten-2025-2028 (zie prestatie sets).');
  const werkbank = openWerkbank({
    databasePath: common.db ?? defaultDatabasePath(),
    ...(common.set !== undefined ? { setCode: common.set.trim() } : {}),
    ...(name ? { changedBy: name } : {}),
    ...(common['alleen-lezen'] ? { readOnly: true } : {}),
  });
  try {
    return await fn(werkbank.api);
  } finally {
    await werkbank.close();
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

async function kalender(args: string[], io: Io): Promise<void> {
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

async function reservekopie(args: string[], io: Io): Promise<void> {
  // --lijst says what the command does anyway: list them.
  const { values } = parse(args, { lijst: { type: 'boolean' } });
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const list = await api.listBackups();
    if (values.json) return io.out(JSON.stringify(list, null, 2));
    const nameOf = await partyNamer(api);
    io.out(formatBackups(list, nameOf));
  });
}

async function herstel(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(args, {}, true);
  if (values.help) return io.out(HELP);
  const [given] = positionals;
  if (!given || positionals.length > 1) throw new UsageError('Geef één reservekopie op: prestatie herstel NAAM (zie prestatie reservekopie).');
  await withApi(values, async (api) => {
    const result = await api.restoreBackup({ name: path.basename(given) });
    io.out(
      values.json
        ? JSON.stringify(result, null, 2)
        : `Teruggezet: ${result.restoredFrom}.\nDe stand van vlak daarvoor is bewaard als ${result.safetyBackup} (terug te zetten met prestatie herstel ${result.safetyBackup}).`,
    );
  });
}

async function ongedaan(args: string[], io: Io): Promise<void> {
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
        `Ongedaan gemaakt: versie ${u.version} van ${what} van ${name} (${u.fileName}, ${u.activityCount} ${kind === 'activiteiten' ? 'activiteiten' : 'regels'}).`,
        result.current ? `Versie ${result.current.version} is weer de huidige.` : `Er is nu geen versie van ${what} van ${name} meer.`,
        `De stand van vlak daarvoor is bewaard als ${result.backup} (terug te zetten met prestatie herstel ${result.backup}).`,
      ].join('\n'),
    );
  });
}

async function ontvangen(args: string[], io: Io): Promise<void> {
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
  if (written !== 'activiteiten' && written !== 'resultaten') throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${written}".`);
  const kind: SubmissionKind = written;
  const party = values.partij;
  const asked = integer(values.versie, '--versie');
  const what = kind === 'activiteiten' ? `het activiteitenoverzicht ${year}` : `de resultaten ${year}`;
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

/** One party id from a name as people write it; a group or an unknown name is a usage error. */
async function partyIdOf(api: WerkbankApi, name: string): Promise<string> {
  const ref = await api.resolvePartyName({ name });
  if (ref.partyIds.length === 1) return ref.partyIds[0] as string;
  const names = (await api.listParties()).map((p) => p.shortName).join(', ');
  throw new UsageError(
    ref.partyIds.length > 1
      ? `"${name}" staat voor meer partijen; kies er één: ${names}.`
      : `Onbekende partij "${name}". Bekende partijen: ${names}.`,
  );
}

const MAIL_ROUNDS: Record<string, { kinds: MailKind[]; label: string }> = {
  activiteiten: { kinds: ['uitvraag'], label: 'uitvraag activiteitenoverzicht' },
  resultaten: { kinds: ['uitvraag'], label: 'uitvraag resultaten' },
  herinnering: { kinds: ['herinnering', 'te-laat'], label: 'herinnering' },
  bedankt: { kinds: ['bedankt'], label: 'bevestiging van ontvangst' },
  overzicht: { kinds: ['overzicht'], label: 'gezamenlijk activiteitenoverzicht' },
};

async function mail(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    ronde: { type: 'string' },
    jaar: { type: 'string' },
    uit: { type: 'string' },
    partij: { type: 'string' },
    soort: { type: 'string' },
    datum: { type: 'string' },
    van: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const ronde = values.ronde ?? '';
  const spec = MAIL_ROUNDS[ronde];
  if (!spec) throw new UsageError(`--ronde is een van ${Object.keys(MAIL_ROUNDS).join(', ')}${values.ronde === undefined ? '' : `, niet "${ronde}"`}.`);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het jaar op met --jaar N.');
  if (!values.uit) throw new UsageError('Geef met --uit MAP op waar de e-mails moeten komen.');
  const soort = values.soort ?? 'activiteiten';
  if (soort !== 'activiteiten' && soort !== 'resultaten') throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${soort}".`);
  const round = ronde === 'activiteiten' || ronde === 'resultaten' ? ronde : soort;
  let sender: { name: string; email: string } | undefined;
  if (values.van !== undefined) {
    const m = /^\s*(.*?)\s*<\s*([^<>\s]+)\s*>\s*$/.exec(values.van);
    if (!m || !m[1]) throw new UsageError('--van verwacht uw naam en adres, zo: --van "Annet de Vries <secretariaat@druten.nl>".');
    sender = { name: m[1], email: m[2] as string };
  }
  const folder = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const partyIds = values.partij !== undefined ? [await partyIdOf(api, values.partij)] : undefined;
    const nameOf = await partyNamer(api);
    const batches: MailBatch[] = [];
    for (const kind of spec.kinds) {
      batches.push(
        await api.makeMails({
          kind,
          round,
          year,
          ...(partyIds ? { partyIds } : {}),
          ...(values.datum !== undefined ? { date: values.datum } : {}),
          ...(sender ? { sender } : {}),
        }),
      );
    }
    const drafts = batches.flatMap((b) => b.drafts);
    // A party one kind skips may be served by the other (before or after the deadline): say only what none served.
    const served = new Set(drafts.map((d) => d.partyId));
    const without = [...new Set(batches.flatMap((b) => b.withoutContacts))];
    const skipped = (batches[batches.length - 1]?.skipped ?? []).filter((s) => !served.has(s.partyId) && !without.includes(nameOf(s.partyId)));
    fs.mkdirSync(folder, { recursive: true });
    const written = drafts.map((d) => {
      const target = path.join(folder, d.name);
      fs.writeFileSync(target, Buffer.from(d.data, 'base64'));
      for (const a of d.attachments) fs.writeFileSync(path.join(folder, a.name), Buffer.from(a.data, 'base64'));
      return { file: target, partyId: d.partyId, to: d.to, subject: d.subject, attachments: d.attachments.map((a) => a.name) };
    });
    if (values.json) return io.out(JSON.stringify({ written, withoutContacts: without, skipped }, null, 2));
    const lines = [`E-mails (${spec.label}, ${round === 'activiteiten' ? 'planningsjaar' : 'uitvoeringsjaar'} ${year}) in ${folder}:`];
    for (const w of written) {
      lines.push(`  ${path.basename(w.file)}`, `      aan ${w.to.join(', ')}`);
      if (w.attachments.length > 0) lines.push(`      bijlage: ${w.attachments.join(', ')}`);
    }
    if (written.length === 0) lines.push('  (geen)');
    for (const s of skipped) lines.push(`Geen e-mail voor ${nameOf(s.partyId)}: ${s.reason}.`);
    if (without.length > 0) lines.push(`Geen contactpersoon bij ${without.join(', ')}: voeg die toe op de pagina Partijen van de app of met prestatie contact.`);
    lines.push(
      `${written.length} ${written.length === 1 ? 'e-mail' : 'e-mails'} klaargezet. Open een .eml-bestand met uw e-mailprogramma om het te controleren en te versturen.`,
    );
    io.out(lines.join('\n'));
  });
}

async function contact(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    partij: { type: 'string' },
    naam: { type: 'string' },
    email: { type: 'string' },
    rol: { type: 'string' },
    wijzig: { type: 'string' },
    verwijder: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const nameOf = await partyNamer(api);
    const line = (c: { id: number; name: string; email: string; role: string }) => `  ${c.id}. ${c.name} <${c.email}>${c.role ? ` (${c.role})` : ''}`;
    const removeId = integer(values.verwijder, '--verwijder');
    if (removeId !== undefined) {
      const { removed } = await api.removeContact({ id: removeId });
      return io.out(values.json ? JSON.stringify(removed, null, 2) : `Contactpersoon van ${nameOf(removed.partyId)} verwijderd: ${removed.name} <${removed.email}>.`);
    }
    if (values.naam !== undefined || values.email !== undefined || values.wijzig !== undefined) {
      if (!values.partij || !values.naam || !values.email) throw new UsageError('Geef --partij, --naam en --email op (en eventueel --rol).');
      const id = integer(values.wijzig, '--wijzig');
      const saved = await api.saveContact({
        ...(id !== undefined ? { id } : {}),
        partyId: await partyIdOf(api, values.partij),
        name: values.naam,
        email: values.email,
        ...(values.rol !== undefined ? { role: values.rol } : {}),
      });
      return io.out(values.json ? JSON.stringify(saved, null, 2) : `Contactpersoon van ${nameOf(saved.partyId)} ${id === undefined ? 'toegevoegd' : 'gewijzigd'}:\n${line(saved)}`);
    }
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const contacts = await api.listContacts(partyId ? { partyId } : {});
    if (values.json) return io.out(JSON.stringify(contacts, null, 2));
    const parties = (await api.listParties()).filter((p) => !partyId || p.id === partyId);
    const lines = ['Contactpersonen:'];
    for (const p of parties) {
      const own = contacts.filter((c) => c.partyId === p.id);
      lines.push(`${p.shortName}:`, ...(own.length > 0 ? own.map(line) : ['  (nog geen; voeg toe met --partij, --naam en --email)']));
    }
    io.out(lines.join('\n'));
  });
}

async function partyNamer(api: WerkbankApi): Promise<(id: string) => string> {
  const parties = await api.listParties();
  return (id) => parties.find((p) => p.id === id)?.shortName ?? id;
}

async function uitvraag(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    jaar: { type: 'string' },
    soort: { type: 'string' },
    uit: { type: 'string' },
    partij: { type: 'string' },
    contact: { type: 'string' },
    email: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  if (!values.uit) throw new UsageError('Geef met --uit MAP op waar de werkmappen moeten komen.');
  const kind = values.soort ?? 'activiteiten';
  if (kind !== 'activiteiten' && kind !== 'resultaten') {
    throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${kind}".`);
  }
  const folder = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const partyIds = values.partij !== undefined ? [await partyIdOf(api, values.partij)] : undefined;
    const contact = {
      ...(partyIds ? { partyIds } : {}),
      ...(values.contact ? { contactName: values.contact } : {}),
      ...(values.email ? { contactEmail: values.email } : {}),
    };
    const files =
      kind === 'resultaten'
        ? await api.makeResultsRequests({ executionYear: year, ...contact })
        : await api.makeActivityRequests({ planningYear: year, ...contact });
    fs.mkdirSync(folder, { recursive: true });
    const written = files.map((file) => {
      const target = path.join(folder, file.name);
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      return target;
    });
    if (values.json) io.out(JSON.stringify(written, null, 2));
    else io.out([`Uitvraag ${kind === 'resultaten' ? 'resultaten uitvoeringsjaar' : 'planningsjaar'} ${year}:`, ...written.map((w) => `  ${w}`), `${written.length} werkmap(pen) gemaakt.`].join('\n'));
  });
}

async function importeer(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(
    args,
    {
      partij: { type: 'string' },
      jaar: { type: 'string' },
      proef: { type: 'boolean' },
      ontvangen: { type: 'string' },
      soort: { type: 'string' },
      status: { type: 'string', multiple: true },
      koppel: { type: 'string', multiple: true },
      afspraak: { type: 'string', multiple: true },
      bevestig: { type: 'boolean' },
    },
    true,
  );
  if (values.soort !== undefined && values.soort !== 'activiteiten' && values.soort !== 'resultaten') {
    throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${values.soort}".`);
  }
  if (values.help) return io.out(HELP);
  if (positionals.length === 0) throw new UsageError('Geef een of meer bestanden op: prestatie importeer BESTAND…');
  const year = integer(values.jaar, '--jaar');
  const statusChoices = (values.status ?? []).map(statusChoice);
  const pairings = (values.koppel ?? []).map(pairingArg);
  const linkChoices = (values.afspraak ?? []).map(linkChoiceArg);
  // The service checks the day (a real date, not in the future) and refuses the file otherwise.
  const received = values.ontvangen !== undefined ? { receivedOn: values.ontvangen } : {};
  let failed = 0;
  await withApi(values, async (api) => {
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const nameOf = await partyNamer(api);
    const results: unknown[] = [];
    for (const file of positionals) {
      const request = {
        file: { name: path.basename(file), data: readFileForImport(file) },
        ...(partyId ? { partyId } : {}),
        ...(year !== undefined ? { planningYear: year } : {}),
      };
      try {
        if (values.soort === 'resultaten' || (values.soort === undefined && (await isResultsFile(api, request)))) {
          const resultsRequest: ResultsImportRequest = {
            file: request.file,
            ...(partyId ? { partyId } : {}),
            ...(year !== undefined ? { executionYear: year } : {}),
            ...(statusChoices.length > 0 ? { statusChoices } : {}),
          };
          if (pairings.length > 0) resultsRequest.pairings = resolvePairings(pairings, await api.previewResultsImport(resultsRequest));
          const preview = await api.previewResultsImport(resultsRequest);
          if (!values.json) io.out(formatResultsPreview(preview, nameOf));
          if (values.proef) {
            results.push({ file, preview, committed: false });
            if (!values.json) io.out('Proef: er is niets opgeslagen.\n');
            continue;
          }
          const result = await api.commitResultsImport({ ...resultsRequest, ...received });
          results.push({ file, preview, committed: !result.alreadyImported, result });
          if (!values.json) {
            io.out(
              result.alreadyImported
                ? 'Niets gewijzigd: dit bestand was al ingelezen.\n'
                : `Resultaten ingelezen als versie ${result.submission.version} voor ${nameOf(result.submission.partyId)}, uitvoeringsjaar ${result.submission.planningYear}.` +
                    ` Ontvangen op ${formatDateNl(result.submission.receivedOn)}.\n`,
            );
          }
          continue;
        }
        const preview = await api.previewImport(request);
        if (!values.json) io.out(formatPreview(preview, nameOf));
        if (values.proef) {
          results.push({ file, preview, committed: false });
          if (!values.json) io.out('Proef: er is niets opgeslagen.\n');
          continue;
        }
        const decisions = resolveLinkChoices(linkChoices, values.bevestig === true, preview, await api.listAgreements({}));
        const result = await api.commitImport({ ...request, decisions, ...received });
        results.push({ file, preview, decisions, committed: !result.alreadyImported, result });
        if (!values.json) {
          const open = countLinks(
            preview.activities.filter((a) => !a.correction?.removed),
            Object.fromEntries(decisions.map((d) => [d.position, d.agreementId])),
          );
          const stillOpen = open.proposed + open.choices;
          io.out(
            result.alreadyImported
              ? 'Niets gewijzigd: dit bestand was al ingelezen.\n'
              : `Ingelezen als versie ${result.submission.version} voor ${nameOf(result.submission.partyId)}, planningsjaar ${result.submission.planningYear}` +
                  `${decisions.length > 0 ? `, met ${decisions.length === 1 ? '1 gekozen koppeling' : `${decisions.length} gekozen koppelingen`}` : ''}.` +
                  ` Ontvangen op ${formatDateNl(result.submission.receivedOn)}.` +
                  `${stillOpen > 0 ? ` Nog open: ${open.proposed} voorgesteld, ${open.choices} om uit te kiezen (zie prestatie koppelingen).` : ''}\n`,
          );
        }
      } catch (err) {
        failed++;
        const message = err instanceof ServiceError ? err.message : toApiError(err).message;
        results.push({ file, error: { code: err instanceof ServiceError ? err.code : 'internal', message } });
        io.err(message);
      }
    }
    if (values.json) io.out(JSON.stringify(results, null, 2));
  });
  if (failed > 0) throw new CommandFailed(failed === 1 ? '1 bestand is niet ingelezen.' : `${failed} bestanden zijn niet ingelezen.`);
}

/** --status "niet gerealiseerd=niet gestart": how to read a status text the Werkbank does not know. */
function statusChoice(value: string): StatusChoice {
  const at = value.lastIndexOf('=');
  const text = at > 0 ? value.slice(0, at).trim() : '';
  const status = at > 0 ? value.slice(at + 1).trim().toLowerCase() : '';
  if (!text || !isResultStatus(status)) {
    throw new UsageError(`--status is "TEKST=STATUS" met als STATUS ${RESULT_STATUSES.join(', ')}; niet "${value}".`);
  }
  return { text, status };
}

/** --afspraak "RIJ=1.1 bij 1 (2)" or "RIJ=geen": the afspraak an activity row belongs to, or none. */
function linkChoiceArg(value: string): { row: number; reference: string | null } {
  const m = /^\s*(\d+)\s*=\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UsageError(`--afspraak is "RIJ=REF" (bijvoorbeeld "12=1.1 bij 1 (2)") of "RIJ=geen"; niet "${value}".`);
  return { row: Number(m[1]), reference: /^geen( afspraak)?$/i.test(m[2] as string) ? null : (m[2] as string) };
}

/** --afspraak and --bevestig as the service takes them: rows by their sheet row, afspraken by their reference. */
function resolveLinkChoices(
  wanted: { row: number; reference: string | null }[],
  confirmAll: boolean,
  preview: ImportPreview,
  agreements: AgreementRow[],
): LinkDecision[] {
  const normal = (r: string) => r.toLowerCase().replace(/\s+/g, ' ').trim();
  const chosen = wanted.map(({ row, reference }): LinkDecision => {
    const activity = preview.activities.find((a) => a.rowNumber === row);
    if (!activity) throw new ServiceError('invalid_input', `--afspraak: ${preview.fileName} heeft geen activiteit op rij ${row}.`);
    if (reference === null) return { position: activity.position, agreementId: null };
    const agreement = agreements.find((a) => normal(a.reference) === normal(reference));
    if (!agreement) {
      const like = agreements.filter((a) => normal(a.reference).startsWith(normal(reference))).map((a) => a.reference);
      throw new ServiceError(
        'invalid_input',
        `--afspraak: er is geen afspraak "${reference}"${like.length > 0 ? `; bedoelt u ${like.join(' of ')}?` : '.'}`,
      );
    }
    return { position: activity.position, agreementId: agreement.id };
  });
  if (!confirmAll) return chosen;
  const confirmed = preview.activities
    .filter((a) => a.link.status === 'proposed' && !chosen.some((c) => c.position === a.position))
    .map((a): LinkDecision => ({ position: a.position, agreementId: a.link.agreementId }));
  return [...chosen, ...confirmed];
}

/** --koppel "RIJ=TEKST" or "RIJ=nee": the planned activity whose text starts so, or not planned. */
function pairingArg(value: string): { row: number; text: string | null } {
  const m = /^\s*(\d+)\s*=\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UsageError(`--koppel is "RIJ=TEKST" (het begin van de geplande activiteit) of "RIJ=nee"; niet "${value}".`);
  return { row: Number(m[1]), text: /^(nee|niet gepland)$/i.test(m[2] as string) ? null : (m[2] as string) };
}

/** The --koppel choices as the service takes them: rows by their sheet row, planned activities by the start of their text. */
function resolvePairings(wanted: { row: number; text: string | null }[], preview: ResultsPreview): { position: number; identity: string | null }[] {
  return wanted.map(({ row, text }) => {
    const result = preview.results.find((r) => r.rowNumber === row);
    if (!result) throw new ServiceError('invalid_input', `--koppel: ${preview.fileName} heeft geen resultaat op rij ${row}.`);
    if (text === null) return { position: result.position, identity: null };
    const start = normalizeForSearch(text);
    const found = preview.plannedActivities.filter((a) => normalizeForSearch(a.activity).startsWith(start));
    if (found.length !== 1) {
      throw new ServiceError(
        'invalid_input',
        found.length === 0
          ? `--koppel: geen geplande activiteit begint met "${text}".`
          : `--koppel: ${found.length} geplande activiteiten beginnen met "${text}"; geef meer van de tekst.`,
      );
    }
    return { position: result.position, identity: (found[0] as ResultsPreview['plannedActivities'][number]).identity };
  });
}

/**
 * Our results uitvraag announces itself (the activities reader refuses it
 * saying so); a partner's own results overview is recognised by its file
 * name, sheet name or columns (see imports/kind.ts).
 */
async function isResultsFile(api: WerkbankApi, request: Parameters<WerkbankApi['previewImport']>[0]): Promise<boolean> {
  try {
    const preview = await api.previewImport(request);
    return preview.problems.some((p) => p.code === 'looks-like-results');
  } catch (err) {
    // Refused as an activiteitenoverzicht because it is our uitvraag of the other kind: the results one.
    return err instanceof ServiceError && err.reason === 'other-kind';
  }
}

function readFileForImport(file: string): string {
  try {
    return fs.readFileSync(file).toString('base64');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ServiceError(
      'file_refused',
      code === 'ENOENT' ? `${file} bestaat niet.` : code === 'EISDIR' ? `${file} is een map, geen bestand.` : `${file} kan niet worden gelezen (${code ?? 'fout'}).`,
    );
  }
}

async function afsprakenInlezen(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(args, { proef: { type: 'boolean' } }, true);
  if (values.help) return io.out(HELP);
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('Geef één bestand op: prestatie afspraken-inlezen BESTAND.docx (of .xlsx).');
  const request = { file: { name: path.basename(file), data: readFileForImport(file) } };
  await withApi(values, async (api) => {
    const preview = await api.previewAgreementSet(request);
    if (values.proef) return io.out(values.json ? JSON.stringify(preview, null, 2) : formatAgreementSetPreview(preview));
    let stored;
    try {
      stored = await api.storeAgreementSet(request);
    } catch (err) {
      // The refusal names what to do; the preview above it shows the whole file as read.
      if (!values.json) io.out(formatAgreementSetPreview(preview));
      throw err;
    }
    io.out(values.json ? JSON.stringify({ preview, stored }, null, 2) : `${formatAgreementSetPreview(preview, stored)}`);
  });
}

async function sets(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {});
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const list = await api.listAgreementSets();
    io.out(values.json ? JSON.stringify(list, null, 2) : formatAgreementSets(list));
  });
}

async function afsprakenSjabloon(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { uit: { type: 'string' } });
  if (values.help) return io.out(HELP);
  if (!values.uit) throw new UsageError('Geef met --uit BESTAND.xlsx op waar het sjabloon moet komen.');
  if (!/\.xlsx$/i.test(values.uit)) throw new UsageError(`Het sjabloon is een Excel-werkmap: geef een naam die eindigt op .xlsx, niet "${values.uit}".`);
  const target = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const file = await api.makeAgreementSetTemplate();
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
    io.out(values.json ? JSON.stringify({ written: target }, null, 2) : `Sjabloon geschreven: ${target}\nVul het in en lees het in met: prestatie afspraken-inlezen ${path.basename(target)}`);
  });
}

async function activiteiten(args: string[], io: Io): Promise<void> {
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

async function activiteit(args: string[], io: Io): Promise<void> {
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

async function bundel(args: string[], io: Io): Promise<void> {
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
        info.status === 'definitief'
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

/**
 * The one activity on row R of a party's current file (of the sheet named, when
 * the file had activities on more sheets); a Dutch refusal naming the rows
 * there are otherwise.
 */
function rowOf<T extends { rowNumber: number; sheet: string }>(rows: T[], row: number, blad: string | undefined, who: string, year: number): T {
  const sheet = blad === undefined ? undefined : normalizeForSearch(blad);
  const found = rows.filter((r) => r.rowNumber === row && (sheet === undefined || normalizeForSearch(r.sheet) === sheet));
  if (found.length === 0) {
    const rowsThere = [...new Set(rows.map((r) => r.rowNumber))].sort((x, y) => x - y);
    throw new ServiceError(
      'not_found',
      rows.length === 0
        ? `Er zijn geen activiteiten van ${who} voor planningsjaar ${year} ingelezen.`
        : `De huidige versie van het overzicht van ${who} voor ${year} heeft geen activiteit op rij ${row}` +
          `${blad !== undefined ? ` van blad "${blad}"` : ''}. Rijen met een activiteit: ${rowsThere.join(', ')}.`,
    );
  }
  if (found.length > 1) {
    throw new UsageError(`Rij ${row} staat op meer bladen (${found.map((r) => `"${r.sheet}"`).join(', ')}); kies er één met --blad NAAM.`);
  }
  return found[0] as T;
}

/** The activity on row R of a party's current file, from the overview. */
function activityOnRow(o: JointOverview, partyId: string, row: number, sheet: string | undefined, who: string): BundleActivity {
  const all = [...o.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...o.unlinked];
  return rowOf(all.filter((a) => a.partyId === partyId), row, sheet, who, o.planningYear);
}

async function vraag(args: string[], io: Io): Promise<void> {
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
    case 'definitief':
      return `definitieve versie ${version.number ?? ''}`.trim();
    case 'concept':
      return `conceptversie ${version.number ?? ''}, niet definitief`.trim();
    case 'werkversie':
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

async function koppelingen(args: string[], io: Io): Promise<void> {
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

async function verantwoording(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, { jaar: { type: 'string' }, uit: { type: 'string' }, advies: { type: 'string' }, 'advies-bestand': { type: 'string' } });
  if (values.help) return io.out(HELP);
  if (values.advies !== undefined && values['advies-bestand'] !== undefined) throw new UsageError('Geef het advies met --advies of met --advies-bestand, niet allebei.');
  let advice = values.advies;
  if (values['advies-bestand'] !== undefined) {
    const file = path.resolve(values['advies-bestand']);
    if (!fs.existsSync(file)) throw new CommandFailed(`--advies-bestand: ${file} bestaat niet.`);
    // A BOM and Windows line ends are how a text editor may save it; neither belongs in the advice.
    advice = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(values.jaar ?? '');
  if (!m) throw new UsageError('Geef het uitvoeringsjaar op met --jaar N, of een periode met --jaar N-M (tussenevaluatie).');
  const query = { fromYear: Number(m[1]), ...(m[2] ? { toYear: Number(m[2]) } : {}) };
  const format = values.uit === undefined ? undefined : path.extname(values.uit).toLowerCase().slice(1);
  if (format !== undefined && format !== 'docx' && format !== 'xlsx') {
    throw new UsageError(`--uit moet eindigen op .docx (Word) of .xlsx (Excel), niet "${values.uit}".`);
  }
  await withApi(values, async (api) => {
    const lines: string[] = [];
    if (advice !== undefined) {
      const before = await api.getAccountabilityReport(query);
      const after = await api.setReportAdvice({ ...query, advice });
      const version = after.adviceVersions?.[after.adviceVersions.length - 1]?.version;
      lines.push(
        (after.adviceVersions?.length ?? 0) === (before.adviceVersions?.length ?? 0)
          ? 'Het advies is ongewijzigd; er is geen nieuwe versie gemaakt.'
          : after.advice
            ? `Advies van de werkgroep vastgelegd als versie ${version}.`
            : `Advies van de werkgroep leeggemaakt (versie ${version}).`,
      );
    }
    if (values.uit !== undefined && (format === 'docx' || format === 'xlsx')) {
      const file = await api.exportAccountabilityReport({ ...query, format });
      const target = path.resolve(values.uit);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      lines.push(`Geschreven: ${target}`);
    }
    const report = await api.getAccountabilityReport(query);
    if (values.json) return io.out(JSON.stringify(report, null, 2));
    lines.push(formatReportSummary(report));
    io.out(lines.join('\n'));
  });
}

/** "2024=412", "2024=7,5", "2023=geen": a year and a value (null removes). */
function yearValue(text: string, option: string): { year: number; value: number | null } {
  const m = /^\s*(\d{4})\s*=\s*(.+?)\s*$/.exec(text);
  if (!m) throw new UsageError(`${option} verwacht "JAAR=WAARDE", bijvoorbeeld "2024=412" of "2024=geen", niet "${text}".`);
  const raw = m[2] as string;
  if (/^geen$/i.test(raw)) return { year: Number(m[1]), value: null };
  const normal = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw;
  if (!/^\d+(\.\d+)?$/.test(normal)) throw new UsageError(`${option}: "${raw}" is geen getal; schrijf bijvoorbeeld 412 of 7,5.`);
  return { year: Number(m[1]), value: Number(normal) };
}

async function indicator(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    code: { type: 'string' },
    vertrekpunt: { type: 'string' },
    cijfer: { type: 'string', multiple: true },
    partij: { type: 'string' },
    bron: { type: 'string' },
    logboek: { type: 'boolean' },
  });
  if (values.help) return io.out(HELP);
  const figures = values.cijfer ?? [];
  const changing = values.vertrekpunt !== undefined || figures.length > 0;
  if (changing && values.code === undefined) throw new UsageError('Zeg met --code welke indicator; prestatie indicator toont de codes.');
  if (changing && !values.bron?.trim()) throw new UsageError('Zeg met --bron waar het cijfer vandaan komt; die komt in het logboek.');
  if (values.partij !== undefined && figures.length === 0) throw new UsageError('--partij werkt alleen samen met --cijfer.');
  if (changing && values.logboek) throw new UsageError('--logboek toont de wijzigingen; geef het los van --vertrekpunt en --cijfer.');
  const baseline = values.vertrekpunt === undefined ? undefined : yearValue(values.vertrekpunt, '--vertrekpunt');
  const entries = figures.map((f) => yearValue(f, '--cijfer'));
  await withApi(values, async (api) => {
    const name = await partyNamer(api);
    if (values.logboek) {
      const log = await api.listIndicatorLog(values.code !== undefined ? { code: values.code } : {});
      return io.out(values.json ? JSON.stringify(log, null, 2) : formatIndicatorLog(log));
    }
    const code = values.code;
    const note = values.bron?.trim() ?? '';
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : null;
    const lines: string[] = [];
    if (code !== undefined && baseline) {
      await api.setIndicatorBaseline({ code, year: baseline.year, value: baseline.value, note });
      lines.push(baseline.value === null ? 'Vertrekpunt verwijderd.' : `Vertrekpunt opgeslagen: de stand op 31 december ${baseline.year}.`);
    }
    for (const e of entries) {
      if (code === undefined) break;
      await api.setIndicatorFigure({ code, year: e.year, partyId, value: e.value, note });
      lines.push(`${e.value === null ? 'Verwijderd' : 'Opgeslagen'}: het cijfer over ${e.year} van ${partyId === null ? 'alle partijen samen' : name(partyId)}.`);
    }
    const inputs = (await api.listIndicatorInputs()).filter((i) => code === undefined || i.code === code);
    if (code !== undefined && inputs.length === 0) throw new UsageError(`Onbekende indicator "${code}"; prestatie indicator toont de codes.`);
    if (values.json) return io.out(JSON.stringify(code !== undefined ? inputs[0] : inputs, null, 2));
    io.out([...lines, ...(lines.length > 0 ? [''] : []), formatIndicatorInputs(inputs, name)].join('\n'));
  });
}

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
  'indicator-voorstellen': (args, io) => import('./commands/indicator-voorstellen.js').then((m) => m.indicatorVoorstellen(args, io)),
  'kalender-data': (args, io) => import('./commands/kalender-data.js').then((m) => m.kalenderData(args, io)),
  'partij-wijzigen': (args, io) => import('./commands/partij-wijzigen.js').then((m) => m.partijWijzigen(args, io)),
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
