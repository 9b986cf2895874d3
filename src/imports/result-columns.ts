// The heading vocabularies of a results workbook: the results table (what
// became of each activity) and the indicator table (the year's figures), as
// partners write them. Our own uitvraag headers come first, so a reworked copy
// of our workbook still maps. Pure.
import { INDICATOR_COLUMNS, RESULT_COLUMNS, type IndicatorField, type ResultField } from '../requests/template';
import { createHeaderMatcher, headingPairs, HEADER_SYNONYMS, ROW_NUMBER_SIGN, type HeaderMatch, type HeaderMatcher } from './columns';
import type { TableFields } from './table-layout';

/** A results table's fields: our columns, a topic column, a "Gepland?" column and the partner's own row numbers. */
export type ResultReadField = ResultField | 'topicContext' | 'planned' | 'rowLabel';
export type IndicatorReadField = IndicatorField;

export const RESULT_HEADER_SYNONYMS: Readonly<Record<ResultReadField, readonly string[]>> = {
  key: ['Sleutel'],
  status: ['Status', 'Stand van zaken', 'Voortgang', 'Stand', 'Status activiteit', 'Stand per 31 december', 'Stoplicht'],
  result: [
    'Resultaat',
    'Resultaten',
    'Behaald',
    'Behaald resultaat',
    'Wat is bereikt',
    'Wat is bereikt?',
    'Wat hebben we bereikt?',
    'Wat is er bereikt?',
    'Realisatie',
    'Bereikt',
    'Effect',
    'Output',
  ],
  explanation: [
    'Toelichting',
    'Verklaring',
    'Reden',
    'Reden afwijking',
    'Toelichting afwijking',
    'Verklaring afwijking',
    'Waarom',
    'Toelichting / reden',
    'Opmerking',
    'Opmerkingen',
    'Toelichting / opmerkingen',
  ],
  steering: [
    'Bijsturing',
    'Bijsturing nodig',
    'Bijsturing nodig?',
    'Bijsturen nodig',
    'Bijsturen nodig?',
    'Bijsturen',
    'Bijsturing gewenst',
    'Bijstelling nodig',
    'Moet er worden bijgestuurd?',
  ],
  activity: [
    ...HEADER_SYNONYMS.activity,
    'Geplande activiteit',
    'Geplande activiteiten',
    'Niet geplande activiteit',
    'Wat hebben we gedaan?',
    'Wat is er gedaan?',
    'Wat hebben we gedaan',
  ],
  agreementRef: HEADER_SYNONYMS.agreementRef,
  topicContext: HEADER_SYNONYMS.topicContext,
  planning: HEADER_SYNONYMS.planning.filter((h) => h !== 'Gereed'),
  planned: ['Gepland', 'Gepland?', 'Gepland ja/nee', 'Was dit gepland?', 'Ongepland', 'Niet gepland', 'Gepland / niet gepland'],
  rowLabel: HEADER_SYNONYMS.rowLabel,
};

export const RESULT_FIELD_LABELS: Readonly<Record<ResultReadField, string>> = {
  key: 'Sleutel',
  agreementRef: 'Afspraak',
  activity: 'Activiteit',
  planning: 'Planning',
  status: 'Status',
  result: 'Resultaat',
  explanation: 'Toelichting',
  steering: 'Bijsturing nodig?',
  topicContext: 'Thema/onderwerp',
  planned: 'Gepland?',
  rowLabel: 'Nr.',
};

const matchResultWords: HeaderMatcher<ResultReadField> = createHeaderMatcher<ResultReadField>([
  ...RESULT_COLUMNS.map((c): [ResultReadField, string] => [c.field, c.header]),
  ...headingPairs(RESULT_HEADER_SYNONYMS),
]);

export const matchResultHeader: HeaderMatcher<ResultReadField> = (header) =>
  ROW_NUMBER_SIGN.test(header) ? { field: 'rowLabel', score: 1 } : matchResultWords(header);

export const RESULT_TABLE: TableFields<ResultReadField> = {
  match: matchResultHeader,
  primary: 'activity',
  labels: RESULT_FIELD_LABELS,
  noun: 'activiteit',
  reference: 'agreementRef',
  rowLabel: 'rowLabel',
  topic: 'topicContext',
};

export const INDICATOR_HEADER_SYNONYMS: Readonly<Record<IndicatorReadField, readonly string[]>> = {
  code: ['Code', 'Sleutel', 'Indicatorcode'],
  title: ['Indicator', 'Indicatoren', 'Succesindicator', 'Succesindicatoren', 'Prestatie-indicator', 'Prestatieindicator', 'Kengetal', 'Kengetallen'],
  description: ['Omschrijving', 'Beschrijving', 'Definitie'],
  unit: ['Eenheid', 'Maat'],
  target: ['Doel', 'Doelstelling', 'Streefwaarde', 'Norm', 'Target', 'Ambitie', 'Afspraak'],
  question: ['Gevraagd', 'Vraag', 'Wat wordt gevraagd'],
  value: ['Waarde', 'Aantal', 'Realisatie', 'Stand', 'Score', 'Gerealiseerd', 'Resultaat', 'Cijfer', 'Percentage', 'Uitkomst', 'Behaald'],
  note: ['Toelichting', 'Opmerking', 'Opmerkingen', 'Bron', 'Verklaring', 'Bron / toelichting'],
};

export const INDICATOR_FIELD_LABELS: Readonly<Record<IndicatorReadField, string>> = {
  code: 'Code',
  title: 'Indicator',
  description: 'Omschrijving',
  unit: 'Eenheid',
  target: 'Doel',
  question: 'Gevraagd',
  value: 'Waarde',
  note: 'Toelichting',
};

const matchIndicatorWords: HeaderMatcher<IndicatorReadField> = createHeaderMatcher<IndicatorReadField>([
  ...INDICATOR_COLUMNS.map((c): [IndicatorReadField, string] => [c.field, c.header.replace(/\s*\{year\}/, '')]),
  ...headingPairs(INDICATOR_HEADER_SYNONYMS),
]);

/** "Waarde 2026", "Aantal 2026", "Realisatie 2026" and a bare "2026" are the value column. */
export function matchIndicatorHeader(header: string): HeaderMatch<IndicatorReadField> | null {
  if (/^\s*(19|20)\d\d\s*$/.test(header)) return { field: 'value', score: 0.8 };
  const withoutYear = header.replace(/(?<!\d)(19|20)\d\d(?!\d)/g, ' ').trim();
  return matchIndicatorWords(withoutYear === '' ? header : withoutYear);
}

export const INDICATOR_TABLE: TableFields<IndicatorReadField> = {
  match: matchIndicatorHeader,
  primary: 'title',
  labels: INDICATOR_FIELD_LABELS,
  noun: 'indicator',
};
