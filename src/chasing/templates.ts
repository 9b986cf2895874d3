// The texts of the e-mails to the partners: a default per kind in plain,
// friendly Dutch, which the secretary may change in the app. A text names
// what differs per e-mail with placeholders in braces, {partij} and the like.
// Pure.
import type { MailKind } from '../domain/delivery';

export type { MailKind } from '../domain/delivery';
export { MAIL_TITLES } from '../domain/delivery';

export const MAIL_KINDS: readonly MailKind[] = ['request', 'reminder', 'late', 'thanks', 'overview'];

export interface MailPlaceholder {
  name: string;
  /** Dutch: what it becomes. */
  meaning: string;
}

export const PLACEHOLDERS: readonly MailPlaceholder[] = [
  { name: 'aanhef', meaning: 'de namen van de contactpersonen ("Annet de Vries en Piet Jansen"), of "allen"' },
  { name: 'partij', meaning: 'de naam van de partij' },
  { name: 'overzicht', meaning: '"activiteitenoverzicht" of "resultatenoverzicht"' },
  { name: 'jaar', meaning: '"planningsjaar 2027" of "uitvoeringsjaar 2026"' },
  { name: 'termijn', meaning: 'de laatste dag van de termijn, zoals "30 juni 2026"' },
  { name: 'dagen', meaning: 'hoeveel dagen nog tot de termijn, of hoeveel dagen erna' },
  { name: 'bijlagen', meaning: 'de namen van de bijlagen, één per regel' },
  { name: 'ontvangen', meaning: 'wat er is ontvangen: versies, datum, bestand en aantal activiteiten' },
  { name: 'te_laat', meaning: 'wie te laat leverde en wanneer (bij het gezamenlijk overzicht)' },
  { name: 'afzender', meaning: 'uw naam, zoals ingesteld als afzender' },
  { name: 'werkgroep', meaning: 'de naam van de werkgroep, zoals "Werkgroep Prestatieafspraken Beuningen"' },
];

export type MailValues = Partial<Record<string, string>>;

const SIGNATURE = 'Met vriendelijke groet,\n\n{afzender}\n{werkgroep}';

export const DEFAULT_TEMPLATES: Record<MailKind, { subject: string; body: string }> = {
  request: {
    subject: 'Uitvraag {overzicht} {jaar}: graag uiterlijk {termijn}',
    body: [
      'Beste {aanhef},',
      '',
      'Zoals elk jaar vragen we alle partijen van de prestatieafspraken om hun {overzicht}. Deze keer gaat het om {jaar}. In de bijlage vindt u de werkmap voor {partij}:',
      '',
      '{bijlagen}',
      '',
      'Wilt u de werkmap invullen en uiterlijk {termijn} terugsturen? Een antwoord op deze e-mail met de ingevulde werkmap als bijlage is genoeg. De toelichting in de werkmap zegt wat er in elke kolom hoort.',
      '',
      'Heeft u vragen, of lukt het niet op tijd? Laat het me gerust weten.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  reminder: {
    subject: 'Herinnering: {overzicht} {jaar} uiterlijk {termijn}',
    body: [
      'Beste {aanhef},',
      '',
      'Een vriendelijke herinnering: uiterlijk {termijn} (over {dagen}) verwachten we het {overzicht} voor {jaar} van {partij}. We hebben het nog niet ontvangen.',
      '',
      'Is het al onderweg, dan kunt u dit bericht als niet verzonden beschouwen. Heeft u de werkmap niet meer, of heeft u vragen? Laat het me weten, dan stuur ik hem opnieuw.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  late: {
    subject: '{overzicht} {jaar} nog niet ontvangen (termijn {termijn})',
    body: [
      'Beste {aanhef},',
      '',
      'De termijn voor het {overzicht} voor {jaar} was {termijn}, {dagen} geleden. Van {partij} hebben we het nog niet ontvangen.',
      '',
      'Wilt u het zo snel mogelijk sturen? Lukt dat niet op korte termijn, laat me dan even weten wanneer we het kunnen verwachten; dan houd ik daar in de planning van de werkgroep rekening mee.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  thanks: {
    subject: 'Ontvangen: {overzicht} {jaar} van {partij}',
    body: [
      'Beste {aanhef},',
      '',
      'Hartelijk dank voor het {overzicht} voor {jaar} van {partij}. Ter bevestiging, dit hebben we ontvangen en ingelezen:',
      '',
      '{ontvangen}',
      '',
      'Klopt dit niet, of stuurt u nog een nieuwe versie? Laat het me weten.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  overview: {
    subject: 'Gezamenlijk activiteitenoverzicht {jaar}',
    body: [
      'Beste {aanhef},',
      '',
      'Hierbij ontvangt u het gezamenlijk activiteitenoverzicht voor {jaar}, zoals de werkgroep het met alle partijen heeft afgestemd. In de bijlagen staat het als Word-document en als Excel-werkmap:',
      '',
      '{bijlagen}',
      '',
      '{te_laat}',
      '',
      'Dank aan iedereen voor de bijdragen. Heeft u vragen of ziet u iets dat niet klopt? Laat het me weten.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
};

/** Fills in the placeholders; one the text names but that has no value here is left as written. */
export function fillTemplate(text: string, values: MailValues): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders a text uses that do not exist, e.g. a typo "{partji}". */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set(PLACEHOLDERS.map((p) => p.name));
  return [...new Set([...text.matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1] ?? ''))].filter((n) => !known.has(n));
}

/** "Annet de Vries", "Annet de Vries en Piet Jansen", "A, B en C"; "allen" for nobody. */
export function salutation(names: string[]): string {
  if (names.length === 0) return 'allen';
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** The subject's first letter as a capital: a placeholder may start it ("{overzicht} …"). */
export function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
