// The Dutch text of the Toelichting sheet: what is asked of this party
// (section 6.2, step 2, by party kind), when, and how to fill in the workbook.
import { beforeDeadline, monthOfDeadline, type CycleDates } from '../domain/calendar';
import type { PartyKind } from '../domain/types';

export interface InstructionFacts {
  partyName: string;
  kind: PartyKind;
  planningYear: number;
  agreementSetTitle: string;
  /** The set's section on the yearly cycle ("6.2"), cited where it is known. */
  cycleSection?: string;
  /** The set's days of the yearly cycle; the defaults where absent. */
  cycleDates?: CycleDates;
  contact: { name: string; email: string };
  prefillCount: number;
  agreementCount: number;
}

/** A labelled block: the label stands in the left column, each line on its own row. */
export interface InstructionSection {
  label: string;
  lines: string[];
}

export interface Instructions {
  title: string;
  subtitle: string;
  /** Short facts at the top: voor, planningsjaar, inleveren, contact. */
  facts: InstructionSection[];
  sections: InstructionSection[];
}

/** The overview for planning year N is handed to the werkgroep by the set's day in N−1: by default "vóór 1 juli" (step 2 of the cycle). */
export function requestDeadline(planningYear: number, dates?: CycleDates): string {
  return beforeDeadline('overviews', planningYear - 1, dates);
}

/** The top of either Toelichting sheet: title, subtitle, and whom it is for, the year, the deadline and whom to ask. */
export function instructionsHead(head: {
  title: string;
  partyName: string;
  agreementSetTitle: string;
  /** "Planningsjaar" or "Uitvoeringsjaar". */
  yearLabel: string;
  year: number;
  deadline: string;
  contact: { name: string; email: string };
}): Pick<Instructions, 'title' | 'subtitle' | 'facts'> {
  return {
    title: head.title,
    subtitle: `${head.partyName} · ${head.agreementSetTitle}`,
    facts: [
      { label: 'Voor', lines: [head.partyName] },
      { label: head.yearLabel, lines: [String(head.year)] },
      { label: 'Inleveren', lines: [`${capitalise(head.deadline)} bij de Werkgroep Prestatieafspraken`] },
      { label: 'Contact', lines: [contactText(head.contact)] },
    ],
  };
}

export function contactText(contact: { name: string; email: string }): string {
  const name = contact.name.trim();
  const email = contact.email.trim();
  const role = 'secretaris van de Werkgroep Prestatieafspraken';
  // A caller may pass a function rather than a person ("het secretariaat van de werkgroep"): no role after it then.
  const who = !name ? `De ${role}` : /werkgroep/i.test(name) ? capitalise(name) : `${name}, ${role}`;
  if (!email) return who;
  return !name || /werkgroep/i.test(name) ? `${who} (${email})` : `${name} (${email}), ${role}`;
}

/** The questions of section 6.2, step 2, for one party kind. */
function questionsFor(kind: PartyKind): string[] {
  switch (kind) {
    case 'corporation':
      return [
        '• Wat gaan we doen? (kolom Activiteit)',
        '• Wat hebben we van de andere partijen nodig, en van wie? (kolommen Wat hebben we nodig en Van wie?)',
        '• Welke link is er met de ambities uit de meerjarige prestatieafspraken? (kolom Link met de ambities)',
      ];
    case 'municipality':
      return [
        '• Wat gaat de gemeente doen? (kolom Activiteit)',
        '• Hoe ziet de inzet eruit: faciliteren, uitvoeren, organiseren, kaders stellen of financieren? (kolom Rol van de gemeente)',
        '• Wat heeft de gemeente van de andere partijen nodig, en van wie? (kolommen Wat hebben we nodig en Van wie?)',
      ];
    case 'tenant-body':
      return [
        '• Welke rol zien wij voor onszelf bij de organisatie en uitvoering van activiteiten? Met name op het gebied van communicatie en samenwerking met huurders, bewoners- en wijkorganisaties. (kolom Onze rol)',
        '• Wat gaan we doen? (kolom Activiteit)',
        '• Wat hebben we van de andere partijen nodig, en van wie? (kolommen Wat hebben we nodig en Van wie?)',
      ];
  }
}

function roleLine(kind: PartyKind): string {
  switch (kind) {
    case 'municipality':
      return 'Rol van de gemeente: kies één rol uit de lijst. Meer rollen bij één activiteit? Zet de activiteit op twee regels of licht het toe in de kolom Toelichting.';
    case 'tenant-body':
      return 'Onze rol: kies uit de lijst of schrijf de rol in eigen woorden.';
    case 'corporation':
      return '';
  }
}

export function buildInstructions(facts: InstructionFacts): Instructions {
  const year = facts.planningYear;
  const deadline = requestDeadline(year, facts.cycleDates);
  const prefill =
    facts.prefillCount === 0
      ? `Er zijn geen regels vooraf ingevuld: ${facts.partyName} is in ${year} geen trekker van een lopende afspraak. Vul uw activiteiten vanaf de eerste regel in.`
      : `${facts.prefillCount === 1 ? '1 regel is' : `${facts.prefillCount} regels zijn`} vooraf ingevuld: de afspraken waarvan ${facts.partyName} trekker is (ook als trekker samen met anderen) en die in ${year} lopen. De afspraaktekst staat grijs en kan niet worden gewijzigd; vul de overige kolommen in.`;
  const howTo = [
    `Vul het blad Activiteiten in: één activiteit per regel.`,
    prefill,
    'Doet u in dit jaar niets voor een vooraf ingevulde afspraak? Laat de regel dan leeg of licht het kort toe in de kolom Toelichting.',
    'Meer activiteiten, ook bij een vooraf ingevulde afspraak? Voeg ze onder de laatste regel toe, zoveel als nodig, en kies in de kolom Afspraak de afspraak waar de activiteit bij hoort. Een activiteit die bij geen afspraak hoort is ook welkom: laat de kolom Afspraak dan leeg.',
    'Keuzelijsten: Afspraak, Van wie?, Planning en Betrokken partijen hebben een keuzelijst (klik op de cel en dan op het pijltje). Past niets? Typ dan uw eigen tekst.',
    roleLine(facts.kind),
    'Uitleg per kolom: ga met de muis op een kolomkop staan.',
    `Het blad Afspraken bevat alle ${facts.agreementCount} afspraken met trekker, betrokkenen en uitvoering, om in te zoeken en te filteren.`,
    'Wijzig niet: de kolom Sleutel, de kolomkoppen en de namen van de bladen. Daarmee leest de Werkbank uw overzicht straks precies in. Kolommen breder maken, regels invoegen, sorteren en filteren kan gewoon.',
    `Sla het bestand op als Excel-werkmap (.xlsx) en stuur het ${deadline} naar de secretaris van de werkgroep.`,
  ].filter((line) => line !== '');

  return {
    ...instructionsHead({ ...facts, title: `Uitvraag activiteitenoverzicht ${year}`, yearLabel: 'Planningsjaar', year, deadline }),
    sections: [
      {
        label: 'Wat vragen we?',
        lines: [
          `Elk jaar maakt iedere partij een overzicht van haar activiteiten en inzet in het komende jaar${facts.cycleSection ? ` (prestatieafspraken, paragraaf ${facts.cycleSection}, stap 2)` : ''}. Wij vragen ${facts.partyName} om het overzicht voor ${year}. Beantwoord per activiteit:`,
          ...questionsFor(facts.kind),
        ],
      },
      {
        label: 'Wat gebeurt ermee?',
        lines: [
          `De werkgroep bundelt de overzichten van alle partijen tot één gezamenlijk activiteitenoverzicht ${year}. ${capitalise(beforeDeadline('alignment', year - 1, facts.cycleDates))} stemmen we af wie bij welke activiteit betrokken is en wat er wordt toegezegd. In ${monthOfDeadline('bundle', facts.cycleDates)} ${year - 1} ontvangen alle partijen het afgestemde overzicht, op tijd voor de eigen begroting en het jaarplan.`,
        ],
      },
      { label: 'Zo vult u het in', lines: howTo },
    ],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
