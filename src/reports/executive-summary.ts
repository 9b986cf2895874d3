// The bestuurlijke samenvatting that opens the joint overview and the
// verantwoording or tussenevaluatie: what the Bestuurlijk Overleg is asked to
// decide or note, the three most important deviations or open questions, and
// how far the partners' answers are in. Written from the data only, in plain
// Dutch: what is open is said to be open (a link not yet decided, an answer
// not yet received), never guessed at. Pure: report data in, sentences out.
import type { AccountabilityReport, IndicatorProgress } from '../domain/accountability';
import { RESULT_STATUS_WORDS, type ActivityResult } from '../domain/results';
import { leadsUndecided, type BundleActivity } from '../domain/joint-overview';
import { openQuestions } from '../domain/open-questions';
import { alignmentRecorded, dateNl, withPassedDates } from './labels';
import { plural, shorten, type OverviewIndex, type ReportModel } from './report-model';
import { namesOf, summaryText, yearsText } from './accountability-model';

export interface ExecutiveSummary {
  /** One sentence: what this document is, and how final. */
  intro: string;
  /** What the Bestuurlijk Overleg is asked to decide or note. */
  decide: string[];
  /** At most three: the most important deviations or open questions. */
  points: string[];
  /** Who has answered, and (for the overview) how far the alignment is. */
  response: string[];
}

export const SUMMARY_TITLE = 'Bestuurlijke samenvatting';

/** How many points the summary names. */
export const SUMMARY_POINTS = 3;

// ---------------------------------------------------------------- the joint overview

/**
 * Where a reader finds the activities whose afspraak is not decided: a proposal stands under its afspraak,
 * marked; the rest are in the appendix, whose heading and the aandachtspunten count them apart.
 */
function whereOpen({ proposed, choice, none }: ReportModel['openLinks']): string {
  return [
    ...(proposed > 0 ? [`bij ${proposed} stelt de Werkbank een afspraak voor (gemarkeerd als „voorgestelde koppeling”)`] : []),
    ...(choice > 0 ? [`bij ${choice} is nog te kiezen tussen afspraken (in de bijlage)`] : []),
    ...(none > 0 ? [`bij ${none} is geen afspraak gevonden (in de bijlage)`] : []),
  ].join(', ');
}

export function jointOverviewSummary(model: ReportModel, index: OverviewIndex): ExecutiveSummary {
  const { overview, party } = model;
  const year = overview.planningYear;
  const version = overview.version;
  const scope = party ? ` (het deel dat ${party.shortName} aangaat)` : '';
  const number = version.number === null ? '' : ` ${version.number}`;
  const intro =
    version.status === 'final'
      ? `Het gezamenlijk activiteitenoverzicht ${year}${scope}, definitief vastgesteld door de Werkgroep Prestatieafspraken op ${model.dateText}${number ? ` (versie${number})` : ''}.`
      : version.status === 'draft'
        ? `Concept${number} van het gezamenlijk activiteitenoverzicht ${year}${scope}, van ${model.dateText}: ter bespreking, nog niet vastgesteld.`
        : `Werkversie van het gezamenlijk activiteitenoverzicht ${year}${scope}: de stand op ${model.dateText}, niet vastgesteld en niet bedoeld om te versturen.`;

  const agreements = model.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements));
  const insufficient = agreements.filter((a) => a.agreement.insufficient !== null);
  const withoutActivity = agreements.filter((a) => a.agreement.gaps.includes('no-activity'));
  const undecided = withoutActivity.filter((a) => (a.agreement.undecided ?? []).length > 0);
  const leadWithout = agreements.filter((a) => a.agreement.gaps.includes('lead-without-activity'));
  // The one count of open questions, as the tiles, the tab and the chapter say it.
  const questions = openQuestions(model.overview, model.party ? { partyId: model.party.id } : {});
  const unanswered = questions.unanswered;
  const open = model.openLinks.proposed + model.openLinks.choice + model.openLinks.none;

  const decide: string[] = [];
  decide.push(
    version.status === 'final'
      ? `Kennisnemen van het overzicht: de partijen verwerken hun activiteiten in de eigen begroting en jaarplannen voor ${year}.`
      : `Kennisnemen van de stand van het overzicht; de werkgroep stelt het vast nadat de open punten hieronder zijn afgestemd.`,
  );
  if (open > 0 && version.status !== 'final') {
    decide.push(
      `Nog niet besloten is bij welke afspraak ${plural(open, 'activiteit hoort', 'activiteiten horen')}: ${whereOpen(model.openLinks)}. ` +
        'Tot dat besloten is, kan het overzicht niet definitief worden.',
    );
  }
  if (insufficient.length > 0) {
    decide.push(
      `Besluiten over het vervolg van ${plural(insufficient.length, 'afspraak', 'afspraken')} die de werkgroep als onvoldoende opgepakt heeft aangemerkt: ` +
        `${refs(insufficient.map((a) => a.agreement.reference))}.`,
    );
  }
  if (withoutActivity.length + leadWithout.length > 0) {
    const parts = [
      ...(withoutActivity.length > 0 ? [`${plural(withoutActivity.length, 'afspraak', 'afspraken')} zonder activiteit van een partij`] : []),
      ...(leadWithout.length > 0 ? [`${plural(leadWithout.length, 'afspraak', 'afspraken')} waarvan de trekker geen activiteit heeft`] : []),
    ];
    decide.push(`Bespreken wie oppakt wat in ${year} loopt en nog niet is opgepakt: ${parts.join(' en ')}.`);
  }
  if (questions.open > 0) {
    decide.push(`Kennisnemen van ${plural(questions.open, 'open vraag', 'open vragen')} van een partij aan een andere partij: zonder antwoord (activiteit of toezegging) van die partij, of zonder dat gezegd is aan wie.`);
  }

  // The points, most important first; each kind once, with its count and an example or two.
  const candidates: string[] = [];
  const missing = overview.parties.filter((p) => p.state !== 'submitted' && (party === null || p.id === party.id));
  if (missing.length > 0) {
    candidates.push(
      `Geen activiteitenoverzicht voor ${year} ontvangen van ${names(missing.map((p) => p.name))}: wat ${missing.length === 1 ? 'die partij gaat' : 'die partijen gaan'} doen, staat er niet in.`,
    );
  }
  if (insufficient.length > 0) {
    const first = insufficient[0]!;
    const followUp = first.agreement.insufficient?.followUp.trim();
    candidates.push(
      `Onvoldoende opgepakt: afspraak ${first.agreement.reference} (${shorten(first.agreement.text, 110)})` +
        `${followUp ? `; afgesproken vervolg: ${withPassedDates(followUp, model.dateIso)}` : '; een vervolg is nog niet vastgelegd'}` +
        `${insufficient.length > 1 ? `, en ${plural(insufficient.length - 1, 'andere afspraak', 'andere afspraken')}` : ''}.`,
    );
  }
  if (leadWithout.length > 0) {
    const first = leadWithout[0]!;
    const open = leadWithout.filter((a) => leadsUndecided(a.agreement).length > 0).length;
    candidates.push(
      `De trekker heeft geen activiteit bij ${plural(leadWithout.length, 'afspraak', 'afspraken')}, ` +
        `onder meer ${first.agreement.reference} (trekker: ${index.partyNames(first.agreement.leadsWithoutActivity) || first.agreement.leadText})` +
        `${open > 0 ? `; bij ${open} daarvan kan een activiteit van de trekker horen waarvan de koppeling nog niet is besloten` : ''}.`,
    );
  }
  if (withoutActivity.length > 0) {
    const settled = withoutActivity.filter((a) => (a.agreement.undecided ?? []).length === 0);
    const example = (settled[0] ?? withoutActivity[0])!;
    candidates.push(
      `${capitalize(plural(withoutActivity.length, 'afspraak loopt', 'afspraken lopen'))} in ${year} zonder activiteit van een partij, ` +
        `onder meer ${example.agreement.reference} (${shorten(example.agreement.text, 90)}; trekker: ${example.agreement.leadText || '—'})` +
        `${undecided.length > 0 ? `; bij ${undecided.length} daarvan kan een activiteit horen waarvan de koppeling nog niet is besloten` : ''}.`,
    );
  }
  if (unanswered.length > 0) {
    const first = unanswered[0]!;
    candidates.push(
      `${capitalize(plural(questions.open, 'vraag', 'vragen'))} nog open, onder meer: ${index.partyName(first.fromPartyId)} vraagt ` +
        `${index.partyName(first.toPartyId)} ‘${shorten(first.text, 90)}’ en ${index.partyName(first.toPartyId)} heeft daar (nog) geen activiteit of toezegging tegenover gezet.`,
    );
  }
  if (open > 0) {
    candidates.push(
      `Bij ${plural(open, 'activiteit', 'activiteiten')} is nog niet besloten bij welke afspraak ${open === 1 ? 'zij hoort' : 'ze horen'}: ` +
        `de koppeling is een voorstel van de Werkbank, een keuze tussen afspraken of nog niet gevonden. Zolang dat open is, kan het overzicht niet definitief worden.`,
    );
  }
  const duplicates = overview.duplicates.filter((d) => d.decision === 'open' && (party === null || d.partyIds.includes(party.id)));
  if (duplicates.length > 0) {
    candidates.push(`${capitalize(plural(duplicates.length, 'mogelijk dubbel gemelde activiteit', 'mogelijk dubbel gemelde activiteiten'))}: de werkgroep heeft nog niet besloten of het om één gezamenlijke activiteit gaat.`);
  }
  const points = candidates.slice(0, SUMMARY_POINTS);
  if (points.length === 0) points.push('Er zijn geen open punten: elke lopende afspraak heeft een activiteit en elke vraag aan een andere partij is beantwoord.');

  // Response: who submitted, and how far the alignment is.
  const shown = overview.parties;
  const submitted = shown.filter((p) => p.state === 'submitted');
  const response: string[] = [
    submitted.length === shown.length
      ? `Alle ${shown.length} partijen hebben een activiteitenoverzicht voor ${year} ingediend.`
      : `${submitted.length} van de ${shown.length} partijen hebben een activiteitenoverzicht voor ${year} ingediend; niet ingediend: ${names(shown.filter((p) => p.state !== 'submitted').map((p) => p.name))}.`,
  ];
  const activities = [...agreements.flatMap((a) => a.groups.flatMap((g) => g.activities)), ...model.unlinked];
  if (activities.length > 0) response.push(alignmentLine(activities, version.status === 'final'));
  return { intro, decide, points, response };
}

/** "Van de 31 activiteiten zijn er 2 afgestemd en 1 toegezegd; 28 zijn niet besproken." */
function alignmentLine(activities: BundleActivity[], definitive: boolean): string {
  const aligned = activities.filter((a) => a.alignment.status === 'aligned').length;
  const promised = activities.filter((a) => a.alignment.status === 'promised').length;
  const discussed = activities.filter((a) => a.alignment.status === 'pending' && alignmentRecorded(a.alignment)).length;
  const never = activities.length - aligned - promised - discussed;
  const rest = [
    ...(discussed > 0 ? [`${discussed} ${definitive ? 'besproken maar niet afgestemd' : 'besproken, nog niet afgestemd'}`] : []),
    ...(never > 0 ? [`${never} ${definitive ? 'niet besproken' : 'nog niet besproken'}`] : []),
  ];
  return (
    `Afstemming door de werkgroep: van de ${plural(activities.length, 'activiteit', 'activiteiten')} ${aligned + promised === 1 ? 'is er' : 'zijn er'} ` +
    `${aligned} afgestemd en ${promised} met een toezegging${rest.length > 0 ? `; ${rest.join(', ')}` : ''}.`
  );
}

// ---------------------------------------------------------------- the verantwoording and the tussenevaluatie

export function accountabilitySummary(report: AccountabilityReport): ExecutiveSummary {
  const names_ = namesOf(report);
  const multi = report.executionYears.length > 1;
  const what = multi ? `de tussenevaluatie over ${yearsText(report, ' en ')}` : `de verantwoording over ${yearsText(report)}`;
  const intro = `${capitalize(what)}, opgesteld door de Werkgroep Prestatieafspraken op ${dateNl(report.generatedAt)} uit de resultaten die de partijen aanleverden.`;

  const behind = report.indicators.filter((p) => p.status === 'behind');
  const decide: string[] = [`Kennisnemen van ${what}: ${summaryText(report.overall.summary)}.`];
  if (report.advice.trim()) decide.push(`Besluiten over het advies van de werkgroep (hoofdstuk Advies aan het Bestuurlijk Overleg): ${shorten(report.advice, 200)}`);
  else decide.push('De werkgroep heeft nog geen advies aan het Bestuurlijk Overleg gegeven.');
  if (report.steering.length > 0) {
    decide.push(`Bespreken hoe bij te sturen bij ${plural(report.steering.length, 'activiteit', 'activiteiten')} waarvoor een partij om bijsturing vraagt (hoofdstuk Waar bijsturing nodig is).`);
  }
  // Indicators behind that count the same homes as another one behind are one shortfall, not two.
  const sharing = behind.filter((p) => behind.some((q) => q !== p && sharesHomes(p, q)));
  if (behind.length > 0) {
    decide.push(
      `Kennisnemen van ${plural(behind.length, 'succesindicator die achterloopt', 'succesindicatoren die achterlopen')}: ${firstOf(behind.map((p) => `‘${p.indicator.title}’`))} (hoofdstuk Waar bijsturing nodig is)` +
        (sharing.length > 0 ? `; ${sharing.length} daarvan tellen (deels) dezelfde woningen, dus niet bij elkaar optellen.` : '.'),
    );
  }
  // A target whose step is behind too is the same shortfall: the step (the nearer deadline) stands for both.
  const behindPoints = behind.filter((q) => !behind.some((p) => (p.indicator.overlaps ?? []).some((o) => o.relation === 'step-of' && o.code === q.indicator.code)));

  // The points: in turn the most pressing steering request, indicator behind, deviation and missing answers.
  const steering = [...report.steering].sort((a, b) => severity(a) - severity(b));
  const deviations = report.deviations.filter((r) => r.steeringNeeded !== true).sort((a, b) => severity(a) - severity(b));
  const silent = report.executionYears.flatMap((year) => {
    const none = report.parties.filter((p) => p.submissions.find((s) => s.year === year)?.version === null);
    return none.length > 0 ? [{ year, parties: none.map((p) => p.name) }] : [];
  });
  const lists: string[][] = [
    steering.map((r) => `${resultLine(r, names_, multi)}; ${names_.partyShort(r.partyId)} vraagt om bijsturing.`),
    behindPoints.map((p) => indicatorLine(p, behind)),
    deviations.map((r) => `${resultLine(r, names_, multi)}${r.explanation.trim() ? '.' : '; de toelichting ontbreekt.'}`),
    silent.map((s) => `Over ${s.year} zijn van ${names(s.parties)} (nog) geen resultaten ontvangen: wat daar van de geplande activiteiten is geworden, is niet bekend.`),
  ];
  const points: string[] = [];
  for (let round = 0; points.length < SUMMARY_POINTS && lists.some((l) => l.length > round); round++) {
    for (const list of lists) if (points.length < SUMMARY_POINTS && list[round] !== undefined) points.push(list[round] as string);
  }
  if (points.length === 0) points.push('Er zijn geen afwijkingen gemeld en geen indicator loopt achter.');

  const response = report.executionYears.map((year) => {
    const answered = report.parties.filter((p) => (p.submissions.find((s) => s.year === year)?.version ?? null) !== null);
    const notYet = report.parties.filter((p) => !answered.includes(p));
    return answered.length === report.parties.length
      ? `Over ${year}: van alle ${report.parties.length} partijen zijn resultaten ontvangen.`
      : `Over ${year}: van ${answered.length} van de ${report.parties.length} partijen zijn resultaten ontvangen; nog niet van ${names(notYet.map((p) => p.name))}.`;
  });
  const open = report.overall.summary.counts.unanswered;
  const total = Object.values(report.overall.summary.counts).reduce((a, b) => a + b, 0);
  if (total > 0) {
    response.push(
      open === 0
        ? `Op alle ${total} geplande activiteiten is een antwoord ontvangen.`
        : `Op ${open} van de ${plural(total, 'geplande activiteit', 'geplande activiteiten')} is (nog) geen antwoord ontvangen.`,
    );
  }
  for (const b of report.bundles) {
    if (!b.planningKnown) response.push(`Voor ${b.year} is geen definitief gezamenlijk activiteitenoverzicht vastgesteld: welke activiteiten gepland waren, is niet bekend.`);
  }
  return { intro, decide, points, response };
}

/** Deviations in order of weight: vervallen, niet gestart, vertraagd, then the rest. */
function severity(r: ActivityResult): number {
  return ['dropped', 'not-started', 'delayed'].indexOf(r.status ?? '') + 1 || 9;
}

function resultLine(r: ActivityResult, n: ReturnType<typeof namesOf>, multi: boolean): string {
  const reference = r.agreementId !== null ? ` (afspraak ${n.agreementRef(r.agreementId)})` : '';
  const year = multi ? ` in ${r.executionYear}` : '';
  const why = r.explanation.trim() ? `: ${shorten(r.explanation, 120)}` : '';
  return `${n.partyShort(r.partyId)}: ‘${shorten(r.activity, 90)}’${reference} is${year} ${r.status ? RESULT_STATUS_WORDS[r.status] : 'zonder status'}${why}`;
}

function indicatorLine(p: IndicatorProgress, behind: IndicatorProgress[]): string {
  const target = behind.filter((q) => (p.indicator.overlaps ?? []).some((o) => o.relation === 'step-of' && o.code === q.indicator.code));
  const same = target.length > 0 ? ` Dezelfde woningen tellen in ${target.map((q) => `‘${q.indicator.title}’`).join(' en ')}, die daardoor ook achterloopt.` : '';
  return `Succesindicator ‘${p.indicator.title}’ loopt achter: ${p.message}${same}`;
}

// ---------------------------------------------------------------- wording

/** "A", "A en B", "A, B en C". */
function names(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] as string}`;
}

/** "1.1 bij 1 (1), 2.1 bij 3 (2) en nog 3" for at most three references. */
function refs(references: string[]): string {
  return firstOf(references);
}

/** The first three of a list, and how many more: "A, B, C en nog 8". */
function firstOf(items: string[]): string {
  if (items.length <= 3) return names(items);
  return `${items.slice(0, 3).join(', ')} en nog ${items.length - 3}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** At most `max` characters, cut at a word, with an ellipsis. */

/** Whether two indicators count (some of) the same homes: one is a step or a part of the other. */
function sharesHomes(p: IndicatorProgress, q: IndicatorProgress): boolean {
  return (p.indicator.overlaps ?? []).some((o) => o.code === q.indicator.code) || (q.indicator.overlaps ?? []).some((o) => o.code === p.indicator.code);
}
