// The Dutch text of the Toelichting sheet of a results uitvraag: what became
// of the activities of execution year N, delivered before 1 March N+1
// (prestatieafspraken, paragraaf 6.2), with the statuses explained.
import { beforeDeadline, type CycleDates } from '../domain/calendar';
import { EXPLANATION_REQUIRED } from '../domain/accountability';
import { RESULT_STATUSES, RESULT_STATUS_WORDS, type ResultStatus } from '../domain/results';
import { instructionsHead, type Instructions } from './instructions';
import { UNPLANNED_TITLE } from './template';

export interface ResultsInstructionFacts {
  partyName: string;
  executionYear: number;
  agreementSetTitle: string;
  /** The set's section on the yearly cycle ("6.2"), cited where it is known. */
  cycleSection?: string;
  /** The set's days of the yearly cycle; the defaults where absent. */
  cycleDates?: CycleDates;
  contact: { name: string; email: string };
  plannedCount: number;
  ledCount: number;
  indicatorCount: number;
}

/** Results of execution year N are delivered by the set's day in N+1: by default "vóór 1 maart". */
export function resultsDeadline(executionYear: number, dates?: CycleDates): string {
  return beforeDeadline('results', executionYear + 1, dates);
}

/** What each status means, for the Toelichting sheet and the header note. */
export function statusHelp(status: ResultStatus, executionYear: number): string {
  switch (status) {
    case 'done':
      return `de activiteit is in ${executionYear} uitgevoerd zoals gepland.`;
    case 'partly-done':
      return 'een deel is uitgevoerd; zet bij Resultaat wat wel is bereikt en bij Toelichting wat niet.';
    case 'delayed':
      return 'de activiteit loopt later dan gepland. Toelichting verplicht: waarom, en wat is de nieuwe planning?';
    case 'not-started':
      return `er is in ${executionYear} nog niet aan begonnen. Toelichting verplicht: waarom niet, en gaat het nog gebeuren?`;
    case 'dropped':
      return 'de activiteit gaat niet meer door. Toelichting verplicht: waarom niet?';
    case 'ongoing':
      return `een doorlopende activiteit die volgens plan loopt en na ${executionYear} doorgaat.`;
  }
}

export function buildResultsInstructions(facts: ResultsInstructionFacts): Instructions {
  const year = facts.executionYear;
  const deadline = resultsDeadline(year, facts.cycleDates);
  const required = EXPLANATION_REQUIRED.map((s) => RESULT_STATUS_WORDS[s]).join(', ').replace(/, ([^,]*)$/, ' en $1');
  const prefilled =
    facts.plannedCount + facts.ledCount === 0
      ? `Er staan geen activiteiten van ${facts.partyName} in het gezamenlijk activiteitenoverzicht ${year}. Vul onder "${UNPLANNED_TITLE}" in wat u in ${year} voor de prestatieafspraken deed.`
      : `Vooraf ingevuld (grijs): ${countText(facts.plannedCount, 'geplande activiteit', 'geplande activiteiten')} van ${facts.partyName} uit het gezamenlijk activiteitenoverzicht ${year}` +
        (facts.ledCount > 0
          ? `, en ${countText(facts.ledCount, 'afspraak', 'afspraken')} waarvan ${facts.partyName} trekker is zonder geplande activiteit.`
          : '.');

  return {
    ...instructionsHead({ ...facts, title: `Uitvraag resultaten ${year}`, yearLabel: 'Uitvoeringsjaar', year, deadline }),
    sections: [
      {
        label: 'Wat vragen we?',
        lines: [
          `Elk jaar kijken de partijen terug op het afgelopen jaar${facts.cycleSection ? ` (prestatieafspraken, paragraaf ${facts.cycleSection})` : ''}. Wij vragen ${facts.partyName} wat er in ${year} is geworden van de activiteiten uit het gezamenlijk activiteitenoverzicht ${year}. Per activiteit:`,
          '• de status (kolom Status, kies uit de lijst);',
          '• wat er is bereikt (kolom Resultaat), met aantallen waar dat kan;',
          `• een toelichting: verplicht bij ${required} (kolom Toelichting);`,
          '• of bijsturing nodig is (kolom Bijsturing nodig?, ja of nee).',
          facts.indicatorCount > 0
            ? `Op het blad Indicatoren vragen we de cijfers over ${year} van ${countText(facts.indicatorCount, 'succesindicator', 'succesindicatoren')} waarover ${facts.partyName} rapporteert.`
            : `Er zijn geen succesindicatoren waarover ${facts.partyName} rapporteert; het blad Indicatoren kunt u overslaan.`,
        ],
      },
      {
        label: 'De statussen',
        lines: RESULT_STATUSES.map((s) => `• ${RESULT_STATUS_WORDS[s]}: ${statusHelp(s, year)}`),
      },
      {
        label: 'Zo vult u het in',
        lines: [
          prefilled,
          `Toelichting verplicht: kiest u ${required}, dan kleurt de cel Toelichting oranje zolang die leeg is.`,
          `Deed u iets dat niet gepland was? Zet het onder "${UNPLANNED_TITLE}" onderaan het blad Resultaten: één activiteit per regel, met status, resultaat en, als het bij een afspraak hoort, de afspraak uit de lijst. Meer regels nodig? Voeg ze onderaan toe.`,
          `Indicatoren: vul in de kolom Waarde ${year} alleen een getal in (140, 12,5 of 95 voor 95%). Aantallen die in het jaar ontstaan (zoals opgeleverde woningen): het aantal in ${year}. Een stand (zoals woningen met energielabel E, F of G): de stand aan het eind van ${year}. Is een waarde een schatting of niet van toepassing? Zeg het in de kolom Toelichting.`,
          'Uitleg per kolom: ga met de muis op een kolomkop staan.',
          'Wijzig niet: de grijze cellen, de kolomkoppen en de namen van de bladen. Daarmee leest de Werkbank uw antwoorden straks precies in. Kolommen breder maken, regels invoegen, sorteren en filteren kan gewoon.',
          `Sla het bestand op als Excel-werkmap (.xlsx) en stuur het ${deadline} naar de secretaris van de werkgroep.`,
        ],
      },
      {
        label: 'Wat gebeurt ermee?',
        lines: [
          `De werkgroep bundelt de resultaten van alle partijen tot de verantwoording over ${year}. Het bestuurlijk overleg kijkt daarmee ${beforeDeadline('accents', year + 1, facts.cycleDates)} terug en stelt de accenten voor het jaar daarna vast. Waar u bijsturing nodig vindt, komt dat op de agenda.`,
        ],
      },
    ],
  };
}

function countText(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}
