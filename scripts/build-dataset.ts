// One-off generator of the embedded default data set resources/druten-2025-2028.json.
//
// The bulky, repetitive parts (introduction, themes, topics, opgave, ambities, inzet,
// Doelstellingen rows, footnotes, the 6.2 cycle table, the glossary of Bijlage 1) are parsed
// from the signed agreement as text, so nothing is retyped by hand. What the text does not
// structure (the parties and their names, groups, success indicators, signatories) is written
// here and checked against the text before anything is written.
//
// Run: npx --yes tsx scripts/build-dataset.ts [path/to/prestatieafspraken-druten-2025-2028.txt]
// The output is deterministic; tests/dataset.test.ts checks it against the source again.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  AgreementSetData,
  CycleStepData,
  PartyData,
  PartyGroupData,
  ThemeData,
  TopicData,
} from '../src/domain/dataset';
import type { GlossaryTerm, Indicator } from '../src/domain/types';

const DEFAULT_SOURCE = path.resolve(__dirname, '../../shared/bronnen/prestatieafspraken-druten-2025-2028.txt');
const OUTPUT = path.resolve(__dirname, '../resources/druten-2025-2028.json');

// ---------------------------------------------------------------------------------------------
// Text rules: only layout markup goes; wording (typos included) stays as written.

/** Removes layout markup (<i>, <p>, *x*, **x**, " ^e" superscripts) and collapses whitespace. */
function clean(text: string): string {
  return text
    .replace(/<\/?(?:i|p)>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s*\^e\b/g, 'e')
    .replace(/\s+/g, ' ')
    .trim();
}

function fail(message: string): never {
  throw new Error(`build-dataset: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Hand-written parts.

/**
 * The kernen of the gemeente Druten: the app's own knowledge of the gemeente, not words of the
 * agreement, so they are written here and not checked against the text.
 */
const PLACES: string[] = ['Druten', 'Afferden', 'Deest', 'Horssen', 'Puiflijk'];

const META = {
  code: 'druten-2025-2028',
  title: 'Meerjarige Prestatieafspraken Druten 2025 - 2028',
  municipality: 'Druten',
  places: PLACES,
  periodStart: 2025,
  periodEnd: 2028,
  signedOn: '2024-12-12',
  signedPlace: 'Druten',
} as const;

/** The sentence of section 7 that carries the date and place of signing. */
const SIGNING_SENTENCE = 'Aldus overeengekomen op 12 december 2024 te Druten:';

const PARTIES: PartyData[] = [
  {
    id: 'gemeente',
    name: 'Gemeente Druten',
    shortName: 'Gemeente',
    kind: 'municipality',
    linkedPartyIds: [],
    aliases: ['Gemeente', 'gemeente', 'Gemeente Druten', 'gemeente Druten', 'De gemeente Druten', 'gemeenten'],
    signatory: { name: 'W. Brink', role: 'Wethouder Bouwen en Wonen' },
  },
  {
    id: 'woonwaarts',
    name: 'Woonwaarts',
    shortName: 'Woonwaarts',
    kind: 'corporation',
    linkedPartyIds: ['hbd'],
    aliases: ['Woonwaarts'],
    signatory: { name: 'A.R.E.W. Pekel-Ossewaarde', role: 'Directeur-bestuurder Woonwaarts' },
  },
  {
    id: 'de-kernen',
    name: 'De Kernen',
    shortName: 'De Kernen',
    kind: 'corporation',
    linkedPartyIds: ['bewonersraad'],
    // "De Kern en" (2.2 inzet 1) and "De kern" (2.2, Doelstellingen) are typos in the agreement.
    aliases: ['De Kernen', 'de Kernen', 'De Kern en', 'De Kern', 'De kern', 'Kernen', 'Corporatie De Kernen'],
    signatory: { name: 'M. de Groof', role: 'Adjunct-directeur De Kernen' },
  },
  {
    id: 'hbd',
    name: 'Huurdersbelangen Beuningen Druten',
    shortName: 'HBD',
    kind: 'tenant-body',
    linkedPartyIds: ['woonwaarts'],
    aliases: ['HBD', 'Huurdersbelangen Beuningen Druten', 'Huurdersbelangen Beuningen Druten (HBD)'],
    signatory: { name: 'C.W.J. Langen', role: 'Voorzitter Huurdersbelangen Beuningen Druten' },
  },
  {
    id: 'bewonersraad',
    name: 'Bewonersraad De Kernen',
    shortName: 'Bewonersraad De Kernen',
    kind: 'tenant-body',
    linkedPartyIds: ['de-kernen'],
    aliases: [
      'Bewonersraad De Kernen',
      'Bewonersraad de Kernen',
      'Bewonersraad (De Kernen)',
      'Bewonersraad (de Kernen)',
      'De Bewonersraad',
      'de Bewonersraad',
      'Bewonersraad',
    ],
    signatory: { name: 'E. Verbruggen', role: 'Voorzitter Bewonersraad De Kernen' },
  },
];

const GROUPS: PartyGroupData[] = [
  {
    name: 'Corporaties',
    memberIds: ['woonwaarts', 'de-kernen'],
    aliases: [
      'corporaties',
      'Woningcorporaties',
      'woningcorporaties',
      'Woonwaarts en De Kernen',
      'Woonwaarts en de Kernen',
      'De Kernen en Woonwaarts',
    ],
  },
  {
    name: 'Huurdersorganisaties',
    memberIds: ['hbd', 'bewonersraad'],
    // "Huurders-organisaties" is a line-break hyphen kept in the agreement's tables.
    aliases: [
      'Huurders-organisaties',
      'Huurdersorganisatie',
      'huurdersorganisaties',
      'huurdersorganisatie',
      'De Huurdersorganisatie',
      'HBD en De Bewonersraad',
    ],
  },
];

/** Actors outside the five parties, as the agreement writes them. */
const EXTERNAL_NAMES: string[] = [
  'Zorg- en welzijnsinstellingen',
  'zorg- en welzijnsorganisaties',
  'zorg- en welzijnspartijen',
  'zorginstellingen',
  'zorgorganisatie',
  'marktpartijen',
  'ontwikkelaars',
  'partners/wijkorganisaties',
  'buurtverenigingen',
];

const CORPORATIONS = ['woonwaarts', 'de-kernen'];

/**
 * Every quantitative target of the agreement. Milestones hold the amounts per period exactly
 * as the Uitvoering column states them, at the last year of that period.
 */
const INDICATORS: Indicator[] = [
  {
    code: 'woondeal-910',
    title: 'Woningbouw Woondeal 2.0 (2022–2030)',
    description:
      'In de Woondeal 2.0 van de Metropoolregio is afgesproken om in de gemeente Druten in de periode 2022 tot en met 2030 910 woningen te bouwen.',
    unit: 'homes',
    direction: 'at_least',
    target: 910,
    baselineYear: 2022,
    // "in de periode 2022 tot en met 2030": the count starts at 0 on 1 January 2022.
    baselineValue: 0,
    deadlineYear: 2030,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '1.1',
    sourceQuote:
      'Vanwege de huidige tekorten en grote regionale woningbehoefte is in de Woondeal 2.0 van de Metropoolregio afgesproken om in de gemeente Druten in de periode 2022 tot en met 2030 910 woningen te bouwen, waarvan 2/3 in de betaalbare segmenten.',
    milestones: [],
  },
  {
    code: 'woondeal-betaalbaar',
    title: 'Aandeel betaalbare segmenten in de Woondeal-opgave (2/3)',
    description:
      'Twee derde (2/3) van de 910 woningen uit de Woondeal 2.0 in de betaalbare segmenten; als percentage afgerond op 66,7.',
    unit: 'percent',
    direction: 'at_least',
    target: 66.7,
    baselineYear: 2022,
    deadlineYear: 2030,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '1.1',
    sourceQuote:
      'Vanwege de huidige tekorten en grote regionale woningbehoefte is in de Woondeal 2.0 van de Metropoolregio afgesproken om in de gemeente Druten in de periode 2022 tot en met 2030 910 woningen te bouwen, waarvan 2/3 in de betaalbare segmenten.',
    milestones: [],
  },
  {
    code: 'middenhuur-50',
    title: 'Nieuwe middenhuurwoningen (Woondeal 2.0)',
    description: 'De opgave in de midden huur binnen de Woondeal 2.0: 50 woningen in de periode 2022 tot en met 2030.',
    unit: 'homes',
    direction: 'at_least',
    target: 50,
    baselineYear: 2022,
    // "in de periode 2022 tot en met 2030": the count starts at 0 on 1 January 2022.
    baselineValue: 0,
    deadlineYear: 2030,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '1.1',
    sourceQuote: 'De opgave voor sociale huur is daarbij 270 nieuwe woningen en in de midden huur 50 woningen.',
    milestones: [],
    // The 50 middenhuur homes are part of the Woondeal's 910.
    overlaps: [{ code: 'woondeal-910', relation: 'part-of' }],
  },
  {
    code: 'sociale-huur-270',
    title: 'Toevoeging sociale huurwoningen 2022–2030',
    description:
      'De corporaties nemen samen de opgave van 270 (bruto) toevoegingen van sociale huurwoningen tussen 2022 en 2030 voor hun rekening (Woondeal 2.0), elk vanuit de eigen kernen.',
    unit: 'homes',
    direction: 'at_least',
    target: 270,
    baselineYear: 2022,
    // "in de periode 2022 tot en met 2030": the count starts at 0 on 1 January 2022.
    baselineValue: 0,
    deadlineYear: 2030,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote: 'Het gaat om in totaal 270 (bruto) toevoegingen tussen 2022 en 2030 (afgesproken in de Woondeal 2.0).',
    milestones: [],
    // The 270 social homes are part of the Woondeal's 910 ("De opgave voor sociale huur is daarbij 270").
    overlaps: [{ code: 'woondeal-910', relation: 'part-of' }],
  },
  {
    code: 'sociale-huur-180',
    title: 'Toevoeging sociale huurwoningen tot en met 2028',
    description:
      'Van de 270 toevoegingen zetten de corporaties zich in om er 180 te realiseren tot en met 2028; de overige volgen in 2029 - 2030.',
    unit: 'homes',
    direction: 'at_least',
    target: 180,
    baselineYear: 2022,
    // Part of the 270 "tussen 2022 en 2030": the count starts at 0 on 1 January 2022.
    baselineValue: 0,
    deadlineYear: 2028,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote: 'Corporaties zetten zich in om 180 toevoegingen te realiseren tot en met 2028.',
    milestones: [],
    // "Corporaties zetten zich in om 180 toevoegingen te realiseren tot en met 2028": the same homes as the 270, counted to 2028.
    overlaps: [{ code: 'sociale-huur-270', relation: 'step-of' }],
  },
  {
    code: 'woonwaarts-sociale-huur-240',
    title: 'Nieuwbouw sociale huurwoningen Woonwaarts t/m 2030',
    description:
      'Woonwaarts zet in op de bouw van ca. 240 sociale huurwoningen t/m 2030: ca. 140 in 2025 en ca. 80 in 2026 - 2028 (mijlpalen per periode).',
    unit: 'homes',
    direction: 'at_least',
    target: 240,
    deadlineYear: 2030,
    partyIds: ['woonwaarts'],
    shared: false,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote: 'Woonwaarts zet in op de bouw van ca. 240 sociale huurwoningen t/m 2030.',
    milestones: [
      { year: 2025, value: 140, partyId: 'woonwaarts' },
      { year: 2028, value: 80, partyId: 'woonwaarts' },
    ],
    // "Bij 1.": Woonwaarts' own part of the 270.
    overlaps: [{ code: 'sociale-huur-270', relation: 'part-of' }],
  },
  {
    code: 'de-kernen-sociale-huur-33',
    title: 'Nieuwbouw sociale huurwoningen De Kernen',
    description:
      'De Kernen bouwt 33 sociale huurwoningen (netto +29) op korte termijn: 6 in 2025 en 27 in 2026 (mijlpalen per periode).',
    unit: 'homes',
    direction: 'at_least',
    target: 33,
    deadlineYear: 2026,
    partyIds: ['de-kernen'],
    shared: false,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote: 'De Kernen bouwt 33 sociale huurwoningen (netto +29) op korte termijn.',
    milestones: [
      { year: 2025, value: 6, partyId: 'de-kernen' },
      { year: 2026, value: 27, partyId: 'de-kernen' },
    ],
    // "Bij 1.": De Kernen's own part of the 270.
    overlaps: [{ code: 'sociale-huur-270', relation: 'part-of' }],
  },
  {
    code: 'woonwaarts-verkoop-7-8',
    title: 'Verkoop sociale huurwoningen Woonwaarts per jaar',
    description:
      'Woonwaarts verkoopt gemiddeld 7 tot 8 woningen per jaar, te vervangen binnen de bouw van ca. 240 sociale huurwoningen; de verkopen in Deest (Deest Zuid) komen daar bovenop.',
    unit: 'homes',
    direction: 'at_most',
    target: 8,
    deadlineYear: 2030,
    partyIds: ['woonwaarts'],
    shared: false,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote: 'Een deel hiervan zal als vervanging zijn voor verkopen (gemiddeld 7 tot 8 woningen per jaar).',
    milestones: [],
  },
  {
    code: 'deest-zuid-sociale-huur-25',
    title: 'Aandeel sociale huur in Deest Zuid',
    description:
      'In Deest Zuid circa 25% van de woningen in de sociale huur (uitbreiding Deest Zuid: 2028 t/m 2032).',
    unit: 'percent',
    direction: 'at_least',
    target: 25,
    deadlineYear: 2032,
    partyIds: ['woonwaarts', 'gemeente'],
    shared: true,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote:
      'In Deest Zuid hebben Woonwaarts en de gemeente afgesproken om circa 25% van de woningen in de sociale huur te realiseren met een maximum van 90 sociale huurwoningen.',
    milestones: [],
  },
  {
    code: 'deest-zuid-max-90',
    title: 'Maximum sociale huurwoningen in Deest Zuid',
    description:
      'In Deest Zuid ten hoogste 90 sociale huurwoningen; Woonwaarts mag een vergelijkbaar aantal woningen uit de bestaande voorraad in Deest verkopen.',
    unit: 'homes',
    direction: 'at_most',
    target: 90,
    deadlineYear: 2032,
    partyIds: ['woonwaarts', 'gemeente'],
    shared: true,
    topicNumber: '1.1',
    commitmentNumber: 1,
    sourceQuote:
      'In Deest Zuid hebben Woonwaarts en de gemeente afgesproken om circa 25% van de woningen in de sociale huur te realiseren met een maximum van 90 sociale huurwoningen.',
    milestones: [],
  },
  {
    code: 'sociale-huur-norm-30',
    title: 'Norm sociale huur per project',
    description: 'De norm is 30% sociale huur per project; maatwerk is mogelijk.',
    unit: 'percent',
    direction: 'at_least',
    target: 30,
    deadlineYear: 2028,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '1.1',
    sourceQuote: 'De norm is 30% sociale huur per project, waarbij maatwerk mogelijk is.',
    milestones: [],
  },
  {
    code: 'geclusterd-ouderen-85',
    title: 'Geclusterde woonvormen voor ouderen t/m 2030',
    description:
      'De corporaties voegen t/m 2030 85 geclusterde woonvormen toe in de sociale huur, binnen de opgave van 1.1.',
    unit: 'homes',
    direction: 'at_least',
    target: 85,
    deadlineYear: 2030,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '1.2',
    commitmentNumber: 2,
    sourceQuote:
      'Corporaties voegen 85 geclusterde woonvormen (minimaal 12 woningen met een ontmoetingsruimte in pandig of in de nabijheid van (< 400 meter)) toe in de sociale huur tot en met 2030.',
    milestones: [],
    // "Deze woningen maken onderdeel uit van de opgave zoals benoemd in 1.1."
    overlaps: [{ code: 'sociale-huur-270', relation: 'part-of' }],
  },
  {
    code: 'woonwaarts-aftopping-80',
    title: 'Aanbod Woonwaarts tot de hoge aftoppingsgrens',
    description:
      'Woonwaarts verhuurt ca. 80% van het aanbod tot aan de hoge aftoppingsgrens van de huurtoeslag (tot eventuele nieuwe afspraken).',
    unit: 'percent',
    direction: 'at_least',
    target: 80,
    deadlineYear: 2028,
    partyIds: ['woonwaarts'],
    shared: false,
    topicNumber: '2.1',
    commitmentNumber: 1,
    sourceQuote:
      'Tot aan de eventuele nieuwe afspraken van hierboven kiest Woonwaarts ervoor om ca. 80% van het aanbod te verhuren tot aan de hoge aftoppingsgrens van de huurtoeslag.',
    milestones: [],
  },
  {
    code: 'energielabels-efg-0',
    title: 'Geen woningen met energielabel E, F of G',
    description:
      'In 2028 hebben de corporaties geen woningen met labels E, F of G meer (sloopwoningen en monumenten daargelaten).',
    unit: 'homes',
    direction: 'zero',
    target: 0,
    deadlineYear: 2028,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '3',
    commitmentNumber: 3,
    sourceQuote:
      'In 2028 hebben corporaties geen woningen met labels E, F of G meer (sloopwoningen en monumenten daargelaten).',
    milestones: [],
  },
  {
    code: 'woonwaarts-label-d-0',
    title: 'Geen woningen met energielabel D bij Woonwaarts',
    description: 'Woonwaarts zorgt dat er in 2030 ook geen woningen met label D meer zijn.',
    unit: 'homes',
    direction: 'zero',
    target: 0,
    deadlineYear: 2030,
    partyIds: ['woonwaarts'],
    shared: false,
    topicNumber: '3',
    commitmentNumber: 3,
    sourceQuote: 'Woonwaarts zorgt dat er in 2030 ook geen label D woningen meer zijn.',
    milestones: [],
  },
  {
    code: 'verhuiscoach-20000',
    title: 'Bijdrage gemeente aan de verhuiscoach',
    description:
      'In 2025 en 2026 draagt de gemeente maximaal € 20.000 bij aan de inzet van de verhuiscoach van Woonwaarts, met de intentie om dit structureel in te zetten.',
    unit: 'euro',
    direction: 'at_most',
    target: 20000,
    baselineYear: 2025,
    deadlineYear: 2026,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '4.1',
    commitmentNumber: 3,
    sourceQuote: 'De gemeente draagt hiervoor maximaal € 20.000,- bij.',
    milestones: [],
  },
  {
    code: 'eigen-gemeente-max-50',
    title: 'Nieuwe huurwoningen eerst aan eigen inwoners',
    description:
      'De corporaties bieden maximaal 50% van hun nieuwe huurwoningen het eerst aan bewoners uit de eigen gemeente aan.',
    unit: 'percent',
    direction: 'at_most',
    target: 50,
    deadlineYear: 2028,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '4.1',
    commitmentNumber: 5,
    sourceQuote:
      'Corporaties bieden maximaal 50% van hun nieuwe huurwoningen het eerst aan bewoners uit de eigen gemeente aan.',
    milestones: [],
  },
  {
    code: 'bijzondere-bemiddeling-6',
    title: 'Toewijzing via bijzondere bemiddeling',
    description:
      '6% van de toewijzing van woningen gaat via de regionale werkgroep bijzondere bemiddeling (MO, BW, Jeugd).',
    unit: 'percent',
    direction: 'at_least',
    target: 6,
    deadlineYear: 2028,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '4.2',
    commitmentNumber: 3,
    sourceQuote: '6% van de toewijzing van woningen gaat via de regionale werkgroep bijzondere bemiddeling (MO, BW, Jeugd).',
    milestones: [],
  },
  {
    code: 'statushouders-de-kernen-5',
    title: 'Aandeel De Kernen in huisvesting statushouders',
    description:
      'De Kernen stelt naar rato van bezit woningen beschikbaar voor de taakstelling statushouders: momenteel 5%.',
    unit: 'percent',
    direction: 'at_least',
    target: 5,
    deadlineYear: 2028,
    partyIds: ['de-kernen'],
    shared: false,
    topicNumber: '4.2',
    commitmentNumber: 4,
    sourceQuote: 'Voor De Kernen is dit momenteel 5% en Woonwaarts 95%.',
    milestones: [],
  },
  {
    code: 'statushouders-woonwaarts-95',
    title: 'Aandeel Woonwaarts in huisvesting statushouders',
    description:
      'Woonwaarts stelt naar rato van bezit woningen beschikbaar voor de taakstelling statushouders: momenteel 95%.',
    unit: 'percent',
    direction: 'at_least',
    target: 95,
    deadlineYear: 2028,
    partyIds: ['woonwaarts'],
    shared: false,
    topicNumber: '4.2',
    commitmentNumber: 4,
    sourceQuote: 'Voor De Kernen is dit momenteel 5% en Woonwaarts 95%.',
    milestones: [],
  },
  {
    code: 'vrije-toewijzing-15',
    title: 'Vrije toewijzingsruimte',
    description:
      'De corporaties zetten in op een verruiming van het percentage vrije toewijzingsruimte van 7,5% naar maximaal 15%.',
    unit: 'percent',
    direction: 'at_most',
    target: 15,
    // "van 7,5% naar maximaal 15%": 7,5% when the agreement was signed (December 2024).
    baselineYear: 2025,
    baselineValue: 7.5,
    deadlineYear: 2028,
    partyIds: CORPORATIONS,
    shared: true,
    topicNumber: '4.2',
    commitmentNumber: 6,
    sourceQuote:
      'Corporaties zetten in op een verruiming van het percentage vrije toewijzingsruimte van 7,5% naar maximaal 15%.',
    milestones: [],
  },
  {
    code: 'sociale-huur-gemiddelde-30',
    title: 'Gemiddeld aandeel sociale huur in de gemeente',
    description:
      'Partijen monitoren het gemiddelde van 30% sociale huur in de gemeente, met aandacht voor de verdeling per kern.',
    unit: 'percent',
    direction: 'at_least',
    target: 30,
    deadlineYear: 2028,
    partyIds: ['gemeente'],
    shared: false,
    topicNumber: '5.1',
    commitmentNumber: 1,
    sourceQuote: 'We monitoren het gemiddelde van 30% sociale huur in de gemeente goed.',
    milestones: [],
  },
];

/** Group headings of Bijlage 1. A group without bullets is itself the term it defines. */
const GLOSSARY_GROUPS = ['Woonvormen ouderen', 'Volkshuisvestelijk vereveningsfonds'];

// ---------------------------------------------------------------------------------------------
// Parsing.

interface TocEntry {
  number: string;
  title: string;
  /** The heading as it stands in the body: the TOC line without its page number. */
  heading: string;
}

function parseToc(lines: string[]): TocEntry[] {
  const start = lines.indexOf('Inhoud');
  const end = lines.indexOf('Inleiding');
  if (start < 0 || end < start) fail('table of contents not found');
  const entries: TocEntry[] = [];
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '') continue;
    const match = /^(.+)\t\d+$/.exec(line);
    if (!match?.[1]) fail(`unexpected line in the table of contents: ${line}`);
    const heading = match[1];
    const numbered = /^(\d+(?:\.\d+)?) (.+)$/.exec(heading);
    entries.push({ number: numbered?.[1] ?? '', title: numbered?.[2] ?? heading, heading });
  }
  return entries;
}

type Mode = 'intro' | 'none' | 'task' | 'ambitions' | 'commitments' | 'agreements' | 'cycle' | 'signing' | 'annex';

interface Parsed {
  title: string;
  introduction: string[];
  themes: ThemeData[];
  cycle: CycleStepData[];
  cycleSection: string;
  signingLines: string[];
  glossaryIntro: string[];
  glossary: GlossaryTerm[];
}

function parse(text: string): Parsed {
  const lines = text.split(/\r?\n/);
  const title = clean(lines.find((line) => line.trim() !== '') ?? '');
  const toc = parseToc(lines);
  const headings = new Map(toc.map((entry) => [entry.heading, entry]));
  const themeEntries = toc.filter((entry) => /^[1-6]$/.test(entry.number));

  const introduction: string[] = [];
  const themes: ThemeData[] = [];
  const cycle: CycleStepData[] = [];
  let cycleSection = '';
  const signingLines: string[] = [];
  const glossaryIntro: string[] = [];
  const glossary: GlossaryTerm[] = [];
  const footnotes: { mark: string; text: string }[] = [];

  let mode: Mode = 'none';
  let theme: ThemeData | undefined;
  let topic: TopicData | undefined;
  let glossaryGroup: string | undefined;

  const currentTopic = (line: string): TopicData => topic ?? fail(`text outside a topic: ${line}`);
  const startTopic = (number: string, topicTitle: string): TopicData => {
    const created: TopicData = {
      number,
      title: topicTitle,
      task: [],
      ambitions: [],
      commitments: [],
      agreements: [],
      footnotes: [],
    };
    (theme ?? fail(`topic ${number} outside a theme`)).topics.push(created);
    return created;
  };

  const bodyStart = lines.indexOf('Inleiding');
  for (const raw of lines.slice(bodyStart)) {
    const line = raw.replace(/\s+$/, (trailing) => (trailing.includes('\t') ? '\t' : ''));
    if (line.trim() === '') continue;

    // Headings: only lines that are exactly an entry of the table of contents.
    const heading = headings.get(line);
    if (heading) {
      if (heading.heading === 'Inleiding') {
        mode = 'intro';
      } else if (/^[1-6]$/.test(heading.number)) {
        theme = { number: Number(heading.number), title: heading.title.replace(/^Thema /, ''), topics: [] };
        themes.push(theme);
        topic = undefined;
        mode = 'none';
        const hasSubtopics = toc.some((entry) => entry.number.startsWith(`${heading.number}.`));
        if (!hasSubtopics) topic = startTopic(heading.number, theme.title);
      } else if (/^[1-6]\.\d+$/.test(heading.number)) {
        topic = startTopic(heading.number, heading.title);
        // Samenwerking has no opgave/ambities/inzet headings: its prose is the task.
        mode = theme?.number === 6 ? 'task' : 'none';
      } else if (heading.number === '7') {
        topic = undefined;
        mode = 'signing';
      } else if (heading.heading.startsWith('Bijlage 1')) {
        mode = 'annex';
      } else {
        mode = 'none'; // "Bijlagen"
      }
      continue;
    }

    // Section markers inside a topic ("Wat is op opgave?" is a typo of the heading in 5.3).
    if (/^Wat is (?:de|op) opgave\?$/.test(line)) {
      mode = 'task';
      continue;
    }
    if (/^Ambities: [Ww]at willen we bereiken\?$/.test(line)) {
      mode = 'ambitions';
      continue;
    }
    if (line === 'Inzet: Wat spreken we daarvoor samen af?') {
      mode = 'commitments';
      continue;
    }
    if (line === 'Doelstellingen: Hoe gaan we dat concreet doen?') {
      mode = 'agreements';
      continue;
    }
    if (line === 'Afspraak\tTrekker\tBetrokkenen\tUitvoering') continue;
    if (line === 'Onderdeel\tPeriode\tAfspraak') {
      mode = 'cycle';
      cycleSection = currentTopic(line).number;
      continue;
    }

    // Footnotes are collected and given to the topic whose text carries the mark.
    const footnote = /^([¹²³⁴⁵])\s*(.+)$/.exec(line);
    if (footnote?.[1] && footnote[2] && mode !== 'intro' && mode !== 'annex') {
      footnotes.push({ mark: footnote[1], text: clean(footnote[2]) });
      continue;
    }

    switch (mode) {
      case 'intro':
        introduction.push(clean(line));
        break;
      case 'task':
        if (line.includes('\t')) fail(`table row in an opgave: ${line}`);
        currentTopic(line).task.push(clean(line));
        break;
      case 'ambitions': {
        const bullet = /^- (.+)$/.exec(line);
        if (!bullet?.[1]) fail(`ambition without bullet: ${line}`);
        currentTopic(line).ambitions.push(clean(bullet[1]));
        break;
      }
      case 'commitments': {
        const item = /^(\d+)\. (.+)$/.exec(line);
        if (!item?.[1] || !item[2]) fail(`inzet item without number: ${line}`);
        const current = currentTopic(line);
        const number = Number(item[1]);
        if (number !== current.commitments.length + 1) fail(`inzet ${current.number} numbered ${number} out of order`);
        current.commitments.push({ number, text: clean(item[2]) });
        break;
      }
      case 'agreements': {
        const cells = line.split('\t');
        if (cells.length !== 4) fail(`Doelstellingen row without 4 cells: ${line}`);
        const [first = '', lead = '', involved = '', schedule = ''] = cells;
        const prefix = /^Bij (\d+)\.\s*(.+)$/.exec(first);
        if (!prefix?.[1] || !prefix[2]) fail(`Doelstellingen row without "Bij N.": ${line}`);
        currentTopic(line).agreements.push({
          commitmentNumber: Number(prefix[1]),
          text: clean(prefix[2]),
          lead: clean(lead),
          involved: clean(involved),
          schedule: clean(schedule),
        });
        break;
      }
      case 'cycle': {
        const step = /^(\d+a?)\. ([^\t]+)\t([^\t]+)\t(.+)$/.exec(line);
        const more = /^\t\t(.+)$/.exec(line);
        if (step?.[1] && step[2] && step[3] && step[4]) {
          cycle.push({ code: step[1], title: clean(step[2]), period: clean(step[3]), agreements: [clean(step[4])] });
        } else if (more?.[1] && cycle.length > 0) {
          cycle[cycle.length - 1]?.agreements.push(clean(more[1]));
        } else {
          fail(`unexpected line in the 6.2 table: ${line}`);
        }
        break;
      }
      case 'signing':
        signingLines.push(clean(line));
        break;
      case 'annex': {
        const cleaned = clean(line);
        if (GLOSSARY_GROUPS.includes(cleaned)) {
          glossaryGroup = cleaned;
          break;
        }
        if (!glossaryGroup) {
          glossaryIntro.push(cleaned);
          break;
        }
        const bullet = /^- \*\*([^*]+)\*\*/.exec(line);
        if (bullet?.[1]) {
          glossary.push({ term: bullet[1].trim(), definition: clean(line.slice(2)), group: glossaryGroup });
        } else if (line.startsWith('- ')) {
          fail(`glossary bullet without a bold term: ${line}`);
        } else {
          // A group without bullets: the group heading is the term, its prose the definition.
          const existing = glossary.find((term) => term.term === glossaryGroup && term.group === glossaryGroup);
          if (existing) existing.definition = `${existing.definition} ${cleaned}`;
          else glossary.push({ term: glossaryGroup, definition: cleaned, group: glossaryGroup });
        }
        break;
      }
      case 'none':
        fail(`text where none was expected: ${line}`);
    }
  }

  // Attach each footnote to the one topic whose text carries its mark.
  const allTopics = themes.flatMap((t) => t.topics);
  for (const note of footnotes) {
    const owners = allTopics.filter((candidate) =>
      [
        ...candidate.task,
        ...candidate.ambitions,
        ...candidate.commitments.map((c) => c.text),
        ...candidate.agreements.map((a) => a.text),
      ].some((paragraph) => paragraph.includes(note.mark)),
    );
    if (owners.length !== 1 || !owners[0]) fail(`footnote ${note.mark} is referred to by ${owners.length} topics`);
    owners[0].footnotes.push(note);
  }

  if (themes.length !== themeEntries.length) fail(`found ${themes.length} themes, the contents list ${themeEntries.length}`);
  return { title, introduction, themes, cycle, cycleSection, signingLines, glossaryIntro, glossary };
}

// ---------------------------------------------------------------------------------------------
// Checks of the hand-written parts against the text.

function verify(data: AgreementSetData, sourceText: string, parsed: Parsed): void {
  const normalised = clean(sourceText);
  if (parsed.title !== data.title) fail(`title is "${parsed.title}" in the source`);
  if (!parsed.signingLines.includes(SIGNING_SENTENCE)) fail('signing sentence not found');

  const partyIds = new Set(data.parties.map((party) => party.id));
  for (const party of data.parties) {
    const line = parsed.signingLines.find((candidate) =>
      candidate.endsWith(`${party.signatory.name} ${party.signatory.role}`),
    );
    if (!line) fail(`signatory of ${party.id} not found in section 7`);
    for (const linked of party.linkedPartyIds) if (!partyIds.has(linked)) fail(`unknown linked party ${linked}`);
  }
  for (const group of data.groups) {
    for (const member of group.memberIds) if (!partyIds.has(member)) fail(`unknown group member ${member}`);
  }

  const topics = new Map(data.themes.flatMap((theme) => theme.topics).map((topic) => [topic.number, topic]));
  const codes = new Set<string>();
  for (const indicator of data.indicators) {
    if (codes.has(indicator.code)) fail(`duplicate indicator code ${indicator.code}`);
    codes.add(indicator.code);
    if (!normalised.includes(indicator.sourceQuote)) fail(`quote of ${indicator.code} not in the source`);
    const topic = topics.get(indicator.topicNumber) ?? fail(`indicator ${indicator.code}: no topic ${indicator.topicNumber}`);
    if (
      indicator.commitmentNumber !== undefined &&
      !topic.commitments.some((commitment) => commitment.number === indicator.commitmentNumber)
    ) {
      fail(`indicator ${indicator.code}: no inzet ${indicator.commitmentNumber} in ${topic.number}`);
    }
    for (const id of indicator.partyIds) if (!partyIds.has(id)) fail(`indicator ${indicator.code}: unknown party ${id}`);
    if (indicator.shared !== indicator.partyIds.length > 1) fail(`indicator ${indicator.code}: shared flag`);
  }
  for (const topic of topics.values()) {
    for (const agreement of topic.agreements) {
      if (!topic.commitments.some((commitment) => commitment.number === agreement.commitmentNumber)) {
        fail(`${topic.number}: "Bij ${agreement.commitmentNumber}." has no inzet item`);
      }
    }
  }
}

function main(): void {
  const sourcePath = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_SOURCE;
  if (!fs.existsSync(sourcePath)) fail(`source text not found at ${sourcePath}`);
  const sourceText = fs.readFileSync(sourcePath, 'utf8');
  const parsed = parse(sourceText);

  const data: AgreementSetData = {
    ...META,
    introduction: parsed.introduction,
    parties: PARTIES,
    groups: GROUPS,
    externalNames: EXTERNAL_NAMES,
    themes: parsed.themes,
    cycle: parsed.cycle,
    cycleSection: parsed.cycleSection,
    indicators: INDICATORS,
    glossaryIntro: parsed.glossaryIntro,
    glossary: parsed.glossary,
  };
  verify(data, sourceText, parsed);

  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`, 'utf8');

  const topics = data.themes.flatMap((theme) => theme.topics);
  const rows = topics.reduce((sum, topic) => sum + topic.agreements.length, 0);
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}: ${topics.length} topics, ${rows} afspraken, ${data.indicators.length} indicators.`);
  for (const topic of topics) {
    console.log(
      `  ${topic.number.padEnd(4)} task ${topic.task.length}, ambities ${topic.ambitions.length}, inzet ${topic.commitments.length}, afspraken ${topic.agreements.length}, voetnoten ${topic.footnotes.length}`,
    );
  }
}

main();
