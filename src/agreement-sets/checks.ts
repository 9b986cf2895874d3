// The checks every reading of an agreement set gets, from a document or from
// the template: an afspraak without trekker, a name that is no party of the
// set, an uitvoering that cannot be read into years, a topic with inzet but
// no afspraken. Each problem names its place; nothing is dropped.
import type { AgreementData, AgreementSetData, TopicData } from '../domain/dataset';
import type { PartyResolver } from '../domain/parties';
import { parseSchedule } from '../domain/schedule';
import type { SetProblem, SetProblemCode, SetProblemSeverity } from './types';

/** Where a thing was read: the Dutch place, and the parts a program can filter on. */
export interface Place {
  /** "1.1 Nieuwbouw, tabel "Doelstellingen", rij 3" or "blad "Afspraken", rij 4". */
  text: string;
  section?: string;
  sheet?: string;
  row?: number;
  /** Column letters per field, for a sheet. */
  columns?: Partial<Record<'lead' | 'involved' | 'schedule' | 'text', string>>;
}

export function makeProblem(file: string, severity: SetProblemSeverity, code: SetProblemCode, place: Place, text: string, column?: string): SetProblem {
  const where = [file, place.text, column ? `kolom ${column}` : ''].filter((p) => p !== '').join(', ');
  const problem: SetProblem = { severity, code, message: `${where}: ${text}`, place: [place.text, column ? `kolom ${column}` : ''].filter(Boolean).join(', '), file };
  if (place.section !== undefined) problem.section = place.section;
  if (place.sheet !== undefined) problem.sheet = place.sheet;
  if (place.row !== undefined) problem.row = place.row;
  if (column !== undefined) problem.column = column;
  return problem;
}

/** The start of a text, for a message: at most 60 characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 57).replace(/\s+\S*$/, '')}…`;
}

export function checkAgreements(
  data: AgreementSetData,
  file: string,
  resolver: PartyResolver,
  agreementPlaces: Map<AgreementData, Place>,
  topicPlaces: Map<TopicData, Place>,
): SetProblem[] {
  const problems: SetProblem[] = [];
  const period = { start: data.periodStart, end: data.periodEnd };
  const reported = new Set<string>();
  for (const theme of data.themes) {
    for (const topic of theme.topics) {
      const topicPlace = topicPlaces.get(topic) ?? { text: `${topic.number} ${topic.title}`, section: topic.number };
      if (topic.agreements.length === 0 && topic.commitments.length > 0) {
        problems.push(
          makeProblem(file, 'warning', 'topic-without-agreements', topicPlace, `onderwerp ${topic.number} ${topic.title} heeft inzet (${topic.commitments.length}) maar geen afspraken; er is geen tabel met afspraken gevonden.`),
        );
      }
      for (const agreement of topic.agreements) {
        const place = agreementPlaces.get(agreement) ?? topicPlace;
        const what = `"${excerpt(agreement.text)}"`;
        if (agreement.commitmentNumber > 0 && !topic.commitments.some((c) => c.number === agreement.commitmentNumber)) {
          problems.push(makeProblem(file, 'warning', 'commitment-missing', place, `de afspraak ${what} hoort bij inzet ${agreement.commitmentNumber}, maar onderwerp ${topic.number} heeft geen inzet ${agreement.commitmentNumber}.`));
        } else if (agreement.commitmentNumber === 0 && topic.commitments.length > 0) {
          problems.push(makeProblem(file, 'warning', 'agreement-without-commitment', place, `bij de afspraak ${what} staat niet bij welke inzet zij hoort ("Bij 1.").`, place.columns?.text));
        }
        if (agreement.lead.trim() === '') {
          problems.push(makeProblem(file, 'warning', 'no-lead', place, `geen trekker ingevuld bij de afspraak ${what}.`, place.columns?.lead));
        }
        for (const [field, written] of [
          ['lead', agreement.lead],
          ['involved', agreement.involved],
        ] as const) {
          for (const ref of resolver.resolve(written)) {
            if (ref.status !== 'unknown') continue;
            const key = `${ref.written}|${place.text}`;
            if (reported.has(key)) continue;
            reported.add(key);
            problems.push(
              makeProblem(
                file,
                'warning',
                'unknown-party',
                place,
                `onbekende partij "${ref.written}" als ${field === 'lead' ? 'trekker' : 'betrokkene'}: geen van de partijen van deze afspraken. Voeg haar toe als partij of als naam buiten de partijen, of verbeter de naam.`,
                place.columns?.[field],
              ),
            );
          }
        }
        const schedule = parseSchedule(agreement.schedule, period);
        if (schedule.kind === 'empty') {
          problems.push(makeProblem(file, 'warning', 'schedule-empty', place, `geen uitvoering ingevuld bij de afspraak ${what}; de afspraak telt in geen enkel jaar mee.`, place.columns?.schedule));
        } else if (schedule.kind === 'unknown') {
          problems.push(
            makeProblem(
              file,
              'warning',
              'schedule-unreadable',
              place,
              `de uitvoering "${agreement.schedule.trim()}" is niet in jaren te lezen (afspraak ${what}). ${schedule.years.length > 0 ? `De genoemde jaren ${schedule.years.join(', ')} worden overgenomen.` : 'Er staat geen jaartal in.'} Schrijf bijvoorbeeld "${data.periodStart}", "${data.periodStart} - ${data.periodEnd}", "Jaarlijks" of "Doorlopend".`,
              place.columns?.schedule,
            ),
          );
        }
      }
    }
  }
  return problems;
}
