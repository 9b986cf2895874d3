// One stoplight, one meaning (issue 10): the rule that colours a theme, a
// party or an afspraak from the answers received only, the neutral state of
// what has not come in, the deadline that turns "nog niet binnen" into "geen
// antwoord", and the words the page and the documents share; then the report
// of a results round in which two parties answered and three did not, before
// the deadline.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccountabilityReport } from '../../src/accountability/report';
import {
  DEVIATION_STATUSES,
  SUMMARY_KEYS,
  emptyCounts,
  isAwaited,
  lightLabel,
  lightText,
  responseSentences,
  responseText,
  statusSummary,
  stoplightLegend,
  summaryText,
  trafficLight,
  unansweredCountText,
  unansweredHeading,
  unansweredText,
  type SummaryKey,
} from '../../src/domain/stoplight';
import type { AccountabilityReport, StatusSummary, YearResponse } from '../../src/domain/accountability';
import { resultsDeadline } from '../../src/domain/calendar';
import { loadRealAccountabilityData, realisticAccountabilityInput, type RealAccountabilityData } from '../fixtures/accountability';

const counts = (partial: Partial<Record<SummaryKey, number>>) => ({ ...emptyCounts(), ...partial });

describe('the rule: colours come from the answers received only', () => {
  it('is grijs with nothing planned, and the neutral open state with planned work but not one answer', () => {
    expect(trafficLight(counts({}))).toBe('grey');
    expect(trafficLight(counts({ unanswered: 1 }))).toBe('open');
    // The Gemeente with 14 of 14 unanswered: not grey, not red.
    expect(trafficLight(counts({ unanswered: 14 }))).toBe('open');
  });

  it('when all answered: rood from a third deviations on, oranje with any, groen otherwise', () => {
    expect(trafficLight(counts({ done: 2, delayed: 1 }))).toBe('red'); // 1 of 3
    expect(trafficLight(counts({ done: 3, delayed: 1 }))).toBe('orange'); // 1 of 4
    expect(trafficLight(counts({ done: 4, 'not-started': 1, dropped: 1 }))).toBe('red'); // 2 of 6
    expect(trafficLight(counts({ done: 5, 'not-started': 1, dropped: 1 }))).toBe('orange'); // 2 of 7
    expect(trafficLight(counts({ done: 9, dropped: 1 }))).toBe('orange');
    expect(trafficLight(counts({ done: 3, 'partly-done': 3, ongoing: 3 }))).toBe('green');
    expect(trafficLight(counts({ 'partly-done': 1 }))).toBe('green');
  });

  it('when partly answered: judges the answers, whatever is still missing', () => {
    // Betaalbaarheid: 2 gerealiseerd, 1 doorlopend and 4 without an answer was red; it is green.
    expect(trafficLight(counts({ done: 2, ongoing: 1, unanswered: 4 }))).toBe('green');
    expect(trafficLight(counts({ done: 9, unanswered: 1 }))).toBe('green');
    expect(trafficLight(counts({ ongoing: 1, unanswered: 1 }))).toBe('green');
    // A third of the answers deviating is red, however many are still to come.
    expect(trafficLight(counts({ done: 2, delayed: 1, unanswered: 20 }))).toBe('red');
    expect(trafficLight(counts({ done: 3, delayed: 1, unanswered: 20 }))).toBe('orange');
  });

  it('never turns a colour by a missing answer: adding unanswered items leaves every light as the answers make it', () => {
    const answers: Partial<Record<SummaryKey, number>>[] = [];
    for (let done = 0; done <= 4; done++) for (let late = 0; late <= 3; late++) for (let dropped = 0; dropped <= 2; dropped++) answers.push({ done, delayed: late, dropped });
    for (const a of answers) {
      const base = trafficLight(counts(a));
      for (let open = 1; open <= 30; open++) {
        const light = trafficLight(counts({ ...a, unanswered: open }));
        expect(light, JSON.stringify({ ...a, open })).toBe(base === 'grey' ? 'open' : base);
      }
    }
  });
});

describe('the deadline: the last day of February after the execution year', () => {
  it('is 28 February, 29 in a leap year', () => {
    expect(resultsDeadline(2026)).toBe('2027-02-28');
    expect(resultsDeadline(2027)).toBe('2028-02-29');
  });

  it('keeps an answer awaited up to and including that day', () => {
    expect(isAwaited(2026, '2027-01-10')).toBe(true);
    expect(isAwaited(2026, '2027-02-28')).toBe(true);
    expect(isAwaited(2026, '2027-03-01')).toBe(false);
    expect(isAwaited(2027, '2028-02-29')).toBe(true);
    expect(isAwaited(2025, '2026-12-02')).toBe(false);
  });

  it('names an unanswered item for what it is before and after', () => {
    expect(unansweredText(2026, true)).toBe('nog niet binnen (termijn tot 28 februari 2027)');
    expect(unansweredText(2026, false)).toBe('geen antwoord');
  });
});

describe('the words, the same on the page and in the documents', () => {
  const summary = (partial: Partial<Record<SummaryKey, number>>, awaited = 0): StatusSummary => statusSummary(counts(partial), awaited);

  it('says each light in a word, with a filled dot for a judgement and an open ring while nothing is answered', () => {
    expect(lightText(summary({ done: 3 }))).toBe('● Groen');
    expect(lightText(summary({ done: 3, delayed: 1 }))).toBe('● Oranje');
    expect(lightText(summary({ dropped: 1 }))).toBe('● Rood');
    expect(lightText(summary({ unanswered: 14 }, 14))).toBe('○ Nog niet binnen');
    expect(lightText(summary({ unanswered: 14 }, 0))).toBe('○ Geen antwoord');
    expect(lightText(summary({}))).toBe('● Niets te melden');
    // Some of a tussenevaluatie's years still awaited, some overdue: what is overdue is said.
    expect(lightLabel(summary({ unanswered: 3 }, 1))).toBe('Geen antwoord');
  });

  it('gives the response next to the light, and counts what is missing apart', () => {
    const s = summary({ done: 2, ongoing: 1, unanswered: 4 }, 4);
    expect(responseText(s)).toBe('3 van 7');
    expect(responseText(summary({}))).toBe('–');
    expect(unansweredCountText(s)).toBe('4 nog niet binnen');
    expect(unansweredCountText(summary({ unanswered: 3 }, 1))).toBe('1 nog niet binnen, 2 geen antwoord');
    expect(summaryText(s)).toBe('7 activiteiten: 2 gerealiseerd, 1 doorlopend; 4 nog niet binnen');
    expect(summaryText(summary({ unanswered: 2 }))).toBe('2 activiteiten: 2 geen antwoord');
    expect(summaryText(summary({}))).toBe('geen geplande activiteiten');
    expect(summary({ unanswered: 2 }, 5).awaited).toBe(2);
  });

  const response = (year: number, awaited: boolean): YearResponse => ({
    year,
    deadline: resultsDeadline(year),
    awaited,
    answeredParties: ['woonwaarts', 'de-kernen'],
    silentParties: ['gemeente', 'hbd', 'bewonersraad'],
    answered: 21,
    planned: 40,
  });
  const parties: AccountabilityReport['parties'] = [
    ['gemeente', 'Gemeente Druten'],
    ['woonwaarts', 'Woonwaarts'],
    ['de-kernen', 'De Kernen'],
    ['hbd', 'Huurdersbelangen Beuningen Druten'],
    ['bewonersraad', 'Bewonersraad De Kernen'],
  ].map(([id, name]) => ({ id: id as string, name: name as string, shortName: name as string, kind: 'municipality', submissions: [] }));

  it('names who has not answered, with the termijn while it runs', () => {
    expect(responseSentences({ parties, responses: [response(2026, true)] })).toEqual([
      'Respons over 2026: 2 van 5 partijen antwoordden; 21 van 40 geplande activiteiten zijn beantwoord. ' +
        'Nog niet binnen (termijn tot 28 februari 2027): Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen.',
    ]);
    expect(responseSentences({ parties, responses: [response(2026, false)] })[0]).toMatch(
      /^Respons over 2026: 2 van 5 partijen antwoordden; .* Geen antwoord \(termijn was 28 februari 2027\): Gemeente Druten, /,
    );
  });

  it('has one legend that says what the colours judge and that a missing answer never colours', () => {
    const legend = stoplightLegend([response(2026, true)]);
    expect(legend).toContain('alleen over de ontvangen antwoorden');
    expect(legend).toContain('maakt niets rood');
    expect(legend).toContain('tot en met de termijn (28 februari 2027)');
    expect(legend).toContain('○ Nog niet binnen of ○ Geen antwoord');
    expect(legend).toContain('Niets te melden (grijs): niets gepland');
    expect(stoplightLegend([response(2025, false), response(2026, true)])).toContain('(28 februari 2026 voor 2025, 28 februari 2027 voor 2026)');
    expect(unansweredHeading([response(2026, true)])).toBe('Nog niet binnen');
    expect(unansweredHeading([response(2026, false)])).toBe('Geen antwoord');
    expect(unansweredHeading([response(2025, false), response(2026, true)])).toBe('Zonder antwoord');
  });
});

describe('a results round where two parties answered and three did not, before the deadline', () => {
  let data: RealAccountabilityData;
  let report: AccountabilityReport;
  const ANSWERED = ['woonwaarts', 'de-kernen'];

  beforeAll(async () => {
    data = await loadRealAccountabilityData();
    const input = realisticAccountabilityInput(data, 'verantwoording');
    report = buildAccountabilityReport({
      ...input,
      now: new Date('2027-01-10T09:00:00.000Z'),
      today: '2027-01-10',
      results: input.results.filter((r) => ANSWERED.includes(r.partyId)),
      submissions: input.submissions.filter((s) => ANSWERED.includes(s.partyId)),
    });
  });

  const summaries = (): [string, StatusSummary][] => [
    ...report.themes.map((t): [string, StatusSummary] => [`thema ${t.number}`, t.summary]),
    ...report.byParty.map((p): [string, StatusSummary] => [p.partyId, p.summary]),
    ...report.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.map((a): [string, StatusSummary] => [a.reference, a.summary]))),
  ];

  it('colours no theme, party or afspraak red because of missing answers', () => {
    let wouldHaveBeenRed = 0;
    for (const [what, s] of summaries()) {
      const answered = SUMMARY_KEYS.filter((k) => k !== 'unanswered').reduce((n, k) => n + s.counts[k], 0);
      const bad = DEVIATION_STATUSES.reduce((n, k) => n + s.counts[k], 0);
      if (s.light === 'red') expect(bad * 3, what).toBeGreaterThanOrEqual(answered);
      if (answered === 0) expect(s.light, what).toBe(s.counts.unanswered > 0 ? 'open' : 'grey');
      // Everything unanswered in this round is still awaited.
      expect(s.awaited, what).toBe(s.counts.unanswered);
      if (s.counts.unanswered * 2 >= answered + s.counts.unanswered && answered > 0) wouldHaveBeenRed++;
    }
    // The old rule (half or more unanswered is red) would have coloured these red.
    expect(wouldHaveBeenRed).toBeGreaterThan(0);
    for (const id of ['gemeente', 'hbd', 'bewonersraad']) {
      const s = report.byParty.find((p) => p.partyId === id)?.summary as StatusSummary;
      expect(s.light, id).toBe('open');
      expect(lightLabel(s)).toBe('Nog niet binnen');
    }
  });

  it('reports the response apart, and says who has not answered yet and until when they may', () => {
    expect(report.today).toBe('2027-01-10');
    expect(report.responses).toEqual([
      expect.objectContaining({ year: 2026, deadline: '2027-02-28', awaited: true, answeredParties: ANSWERED, silentParties: ['gemeente', 'hbd', 'bewonersraad'] }),
    ]);
    const r = report.responses[0] as YearResponse;
    expect(r.answered).toBeLessThan(r.planned);
    expect(r.answered).toBe(SUMMARY_KEYS.filter((k) => k !== 'unanswered').reduce((n, k) => n + report.overall.summary.counts[k], 0));
    expect(report.notes).toContain(
      'Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen hebben over 2026 nog geen resultaten aangeleverd; de termijn loopt tot 28 februari 2027. ' +
        "Tot dan staan hun geplande activiteiten op 'nog niet binnen' en tellen ze niet mee in de stoplichten.",
    );
    expect(responseSentences(report)[0]).toContain('2 van 5 partijen antwoordden');
    expect(responseSentences(report)[0]).toContain('Nog niet binnen (termijn tot 28 februari 2027): Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen.');
  });

  it('judges the same answers the same after the deadline; only the words change', () => {
    const input = realisticAccountabilityInput(data, 'verantwoording');
    const after = buildAccountabilityReport({
      ...input,
      today: '2027-03-01',
      results: input.results.filter((r) => ANSWERED.includes(r.partyId)),
      submissions: input.submissions.filter((s) => ANSWERED.includes(s.partyId)),
    });
    expect(after.themes.map((t) => t.summary.light)).toEqual(report.themes.map((t) => t.summary.light));
    expect(after.byParty.map((p) => p.summary.light)).toEqual(report.byParty.map((p) => p.summary.light));
    expect(after.responses[0]?.awaited).toBe(false);
    expect(after.overall.summary.awaited).toBe(0);
    expect(lightLabel(after.byParty.find((p) => p.partyId === 'gemeente')?.summary as StatusSummary)).toBe('Geen antwoord');
    expect(after.notes[0]).toMatch(/hebben over 2026 geen resultaten aangeleverd; hun geplande activiteiten staan op 'geen antwoord'/);
  });
});
