// What a report of the gezamenlijk activiteitenoverzicht shows, worked out once
// for both writers: the afspraken and activities in scope (all, or what concerns
// one party), accepted duplicates merged into one joint activity, gaps as Dutch
// signals, aandachtspunten grouped by kind. Pure: overview in, plain data out.
import {
  leadsUndecided,
  type AttentionKind,
  type AttentionPoint,
  type BundleActivity,
  type BundleAgreement,
  type BundleParty,
  type BundleTheme,
  type BundleTopic,
  type DuplicateProposal,
  type JointOverview,
  type NeedAnswer,
  type NeedCheck,
  type ReciprocityCell,
  type UndecidedActivity,
} from '../domain/joint-overview';
import { dutchList } from '../domain/joint-overview-wording';
import { needAnswerText, openQuestions, type OpenQuestions } from '../domain/open-questions';
import {
  ATTENTION_ORDER,
  attentionKindExplanation,
  attentionKindTitle,
  dateNl,
  documentDateIso,
  documentTitle,
  gapLabel,
  passedDatesNote,
  versionLabel,
  withPassedDates,
} from './labels';

export interface ReportOptions {
  /** Only what concerns this party: its own activities, what others need from it, its aandachtspunten. */
  partyId?: string;
}

/** One row of an activity table: a single activity, or the activities accepted as one joint action. */
export interface ActivityGroup {
  activities: BundleActivity[];
  joint: boolean;
}

export interface AgreementSignal {
  kind: 'no-activity' | 'lead-without-activity' | 'insufficient' | 'none-of-party';
  text: string;
}

export interface ReportAgreement {
  agreement: BundleAgreement;
  groups: ActivityGroup[];
  signals: AgreementSignal[];
}

export interface ReportTopic {
  topic: BundleTopic;
  /** False for a theme that is its own topic (theme 3): no heading of its own then. */
  ownHeading: boolean;
  agreements: ReportAgreement[];
}

export interface ReportTheme {
  theme: BundleTheme;
  topics: ReportTopic[];
}

export interface AttentionGroup {
  kind: AttentionKind;
  title: string;
  explanation: string;
  points: AttentionPoint[];
}

export interface ReportModel {
  overview: JointOverview;
  /** Set for a report for one party. */
  party: BundleParty | null;
  title: string;
  versionLabel: string;
  dateIso: string;
  dateText: string;
  /** "Gezamenlijk activiteitenoverzicht 2027 — Concept 2", with the party for a party's report. */
  runningTitle: string;
  themes: ReportTheme[];
  unlinked: BundleActivity[];
  /** Needs in scope; for a party both what it asks and what it is asked. */
  needs: NeedCheck[];
  /** The open questions in scope, counted as everywhere else (openQuestions). */
  questions: OpenQuestions;
  reciprocity: ReciprocityCell[];
  attention: AttentionGroup[];
  attentionCount: number;
  activityCount: number;
  agreementCount: number;
  /** Activities in scope whose link is still open: proposed, to choose, or no afspraak found. */
  openLinks: { proposed: number; choice: number; none: number };
}

/** Looks things up in the whole overview, whatever the scope. */
export class OverviewIndex {
  readonly parties: Map<string, BundleParty>;
  readonly agreements = new Map<number, { agreement: BundleAgreement; topic: BundleTopic; theme: BundleTheme }>();
  readonly activities = new Map<string, { activity: BundleActivity; agreement: BundleAgreement | null }>();
  private readonly needsByActivity = new Map<number, NeedCheck[]>();
  /** Open duplicate proposals by the identities of their activities, in the overview's order. */
  private readonly openDuplicatesByActivity = new Map<string, DuplicateProposal[]>();
  private readonly partyOrder: Map<string, number>;

  constructor(readonly overview: JointOverview) {
    this.parties = new Map(overview.parties.map((p) => [p.id, p]));
    this.partyOrder = new Map(overview.parties.map((p, i) => [p.id, i]));
    for (const theme of overview.themes) {
      for (const topic of theme.topics) {
        for (const agreement of topic.agreements) {
          this.agreements.set(agreement.id, { agreement, topic, theme });
          for (const activity of agreement.activities) this.activities.set(activity.identity, { activity, agreement });
        }
      }
    }
    for (const activity of overview.unlinked) this.activities.set(activity.identity, { activity, agreement: null });
    for (const need of overview.needs) {
      const list = this.needsByActivity.get(need.activityId) ?? [];
      list.push(need);
      this.needsByActivity.set(need.activityId, list);
    }
    for (const duplicate of overview.duplicates) {
      if (duplicate.decision !== 'open') continue;
      for (const identity of new Set(duplicate.activityIdentities)) {
        const list = this.openDuplicatesByActivity.get(identity) ?? [];
        list.push(duplicate);
        this.openDuplicatesByActivity.set(identity, list);
      }
    }
  }

  /** The short name ("Woonwaarts", "HBD"); an unknown id is shown as it is rather than dropped. */
  partyName(id: string): string {
    return this.parties.get(id)?.shortName ?? id;
  }

  partyFullName(id: string): string {
    return this.parties.get(id)?.name ?? id;
  }

  partyNames(ids: readonly string[]): string {
    return ids.map((id) => this.partyName(id)).join(', ');
  }

  partyRank(id: string): number {
    return this.partyOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  needsOf(activity: BundleActivity): NeedCheck[] {
    return this.needsByActivity.get(activity.id) ?? [];
  }

  /** Open duplicate proposals an activity is part of. */
  openDuplicatesOf(activity: BundleActivity): readonly DuplicateProposal[] {
    return this.openDuplicatesByActivity.get(activity.identity) ?? [];
  }

  /** "Woonwaarts, De Kernen" for the parties of the activities an accepted duplicate joined to this one. */
  jointPartyIds(activity: BundleActivity): string[] {
    const ids = activity.jointWith.map((identity) => this.activities.get(identity)?.activity.partyId).filter((id): id is string => !!id);
    return unique(ids).sort((a, b) => this.partyRank(a) - this.partyRank(b));
  }

  /** "Gemeente: ‘Informatiepakketten …’ (tekst lijkt 52%)": the answer and why it counts. */
  answerText(answer: NeedAnswer): string {
    return needAnswerText(answer, (id) => this.partyName(id));
  }

  /** The asked party's activities on the afspraak of a need that do not answer it: "something on the same afspraak" is no answer. */
  otherWorkOf(need: NeedCheck): BundleActivity[] {
    if (need.answered || need.agreementId === null) return [];
    return (this.agreements.get(need.agreementId)?.agreement.activities ?? []).filter((a) => a.partyId === need.toPartyId);
  }

  /** "1.1 bij 1 (1)" of an activity's afspraak, or "" when it has none. */
  agreementReference(agreementId: number | null | undefined): string {
    if (agreementId === null || agreementId === undefined) return '';
    return this.agreements.get(agreementId)?.agreement.reference ?? '';
  }
}

export function buildReportModel(overview: JointOverview, options: ReportOptions = {}): { model: ReportModel; index: OverviewIndex } {
  const index = new OverviewIndex(overview);
  let party: BundleParty | null = null;
  if (options.partyId !== undefined) {
    party = index.parties.get(options.partyId) ?? null;
    if (!party) throw new Error(`Partij "${options.partyId}" staat niet in het gezamenlijk activiteitenoverzicht.`);
  }
  const partyId = party?.id ?? null;
  // What is printed is true on the document's date: a follow-up's passed dates are said to have passed.
  const dateIso = documentDateIso(overview);

  const themes: ReportTheme[] = overview.themes.map((theme) => ({
    theme,
    topics: theme.topics.map((topic) => ({
      topic,
      ownHeading: topic.number !== String(theme.number),
      agreements: topic.agreements
        .filter((a) => agreementInScope(a, partyId))
        .map((agreement) => reportAgreement(agreement, partyId, index, dateIso)),
    })),
  }));

  const unlinked = sortByParty(
    overview.unlinked.filter((a) => partyId === null || a.partyId === partyId),
    index,
  );
  const needs = overview.needs.filter((n) => partyId === null || n.fromPartyId === partyId || n.toPartyId === partyId);
  const reciprocity = overview.reciprocity.filter((c) => partyId === null || c.fromPartyId === partyId || c.toPartyId === partyId);
  const points = overview.attention
    .filter((p) => partyId === null || attentionConcerns(p, partyId, index))
    .map((p) => (p.kind === 'insufficient' ? followUpChecked(p, dateIso) : p));
  const attention = ATTENTION_ORDER.map((kind) => ({
    kind,
    title: attentionKindTitle(kind),
    explanation: attentionKindExplanation(kind, overview.planningYear),
    points: points.filter((p) => p.kind === kind),
  })).filter((g) => g.points.length > 0);
  // A kind the writers do not know yet is still shown, under its own code, never dropped.
  const unknown = points.filter((p) => !ATTENTION_ORDER.includes(p.kind));
  if (unknown.length > 0) attention.push({ kind: unknown[0]!.kind, title: 'Overige aandachtspunten', explanation: '', points: unknown });

  const reportAgreements = themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements));
  const activityCount =
    reportAgreements.reduce((sum, a) => sum + a.groups.reduce((s, g) => s + g.activities.length, 0), 0) + unlinked.length;

  const inScope = [...reportAgreements.flatMap((a) => a.groups.flatMap((g) => g.activities)), ...unlinked];
  const openLinks = {
    proposed: inScope.filter((a) => a.linkStatus === 'proposed').length,
    choice: inScope.filter((a) => a.linkStatus === 'choice').length,
    none: inScope.filter((a) => a.linkStatus === 'none').length,
  };

  const title = documentTitle(overview.planningYear);
  const version = versionLabel(overview.version);
  const model: ReportModel = {
    overview,
    party,
    title,
    versionLabel: version,
    dateIso,
    dateText: dateNl(dateIso),
    runningTitle: party ? `${title} — ${party.shortName} — ${version}` : `${title} — ${version}`,
    themes,
    unlinked,
    needs,
    questions: openQuestions(overview, partyId === null ? {} : { partyId }),
    reciprocity,
    attention,
    attentionCount: points.length,
    activityCount,
    agreementCount: reportAgreements.length,
    openLinks,
  };
  return { model, index };
}

function agreementInScope(agreement: BundleAgreement, partyId: string | null): boolean {
  if (partyId === null) return agreement.active || agreement.activities.length > 0 || agreement.insufficient !== null;
  if (agreement.activities.some((a) => a.partyId === partyId || a.alignment.alsoInvolved.includes(partyId))) return true;
  const named = agreement.leadPartyIds.includes(partyId) || agreement.involvedPartyIds.includes(partyId);
  return named && (agreement.active || agreement.insufficient !== null);
}

function reportAgreement(agreement: BundleAgreement, partyId: string | null, index: OverviewIndex, dateIso: string): ReportAgreement {
  const groups = groupJointActivities(sortByParty(agreement.activities, index)).filter(
    (g) => partyId === null || g.activities.some((a) => a.partyId === partyId || a.alignment.alsoInvolved.includes(partyId)),
  );
  const signals: AgreementSignal[] = [];
  // Not a fact yet: an activity whose link is open may belong here.
  const mayBelong = (open: readonly UndecidedActivity[]): string =>
    `kan erbij horen, nog te besluiten: ${open.map((u) => `${index.partyName(u.partyId)} ‘${u.activity.replace(/\s+/g, ' ').trim()}’ (rij ${u.rowNumber})`).join('; ')}`;
  for (const gap of agreement.gaps) {
    if (gap === 'lead-without-activity') {
      const missing = agreement.leadsWithoutActivity;
      const open = leadsUndecided(agreement);
      const text = missing.length > 0 ? `${gapLabel(gap, open.length > 0)}: ${index.partyNames(missing)}` : gapLabel(gap, open.length > 0);
      signals.push({ kind: gap, text: open.length > 0 ? `${text}; ${mayBelong(open)}` : text });
    } else if ((agreement.undecided ?? []).length > 0) {
      signals.push({ kind: gap, text: `${gapLabel(gap, true)}; ${mayBelong(agreement.undecided ?? [])}` });
    } else {
      signals.push({ kind: gap, text: gapLabel(gap) });
    }
  }
  if (agreement.insufficient) {
    const followUp = agreement.insufficient.followUp.trim();
    signals.push({
      kind: 'insufficient',
      text: `Onvoldoende opgepakt. Afgesproken vervolg: ${withPassedDates(followUp, dateIso) || 'nog niet vastgelegd'}`,
    });
  }
  if (partyId !== null && groups.length === 0 && agreement.activities.length > 0) {
    signals.push({ kind: 'none-of-party', text: `Geen activiteit van ${index.partyName(partyId)}; andere partijen hebben wel activiteiten.` });
  }
  return { agreement, groups, signals };
}

/**
 * Activities joined by accepted duplicates become one group, in the order of
 * their first member. jointWith is followed both ways, so a decision recorded
 * on one side only still joins them.
 */
export function groupJointActivities(activities: readonly BundleActivity[]): ActivityGroup[] {
  const position = new Map(activities.map((a, i) => [a.identity, i]));
  const parent = activities.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  activities.forEach((activity, i) => {
    for (const other of activity.jointWith) {
      const j = position.get(other);
      if (j === undefined) continue;
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, BundleActivity[]>();
  activities.forEach((activity, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(activity);
    groups.set(root, list);
  });
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, list]) => ({ activities: list, joint: list.length > 1 }));
}

function sortByParty(activities: readonly BundleActivity[], index: OverviewIndex): BundleActivity[] {
  return activities
    .map((activity, i) => ({ activity, i }))
    .sort((a, b) => index.partyRank(a.activity.partyId) - index.partyRank(b.activity.partyId) || a.i - b.i)
    .map((x) => x.activity);
}

/**
 * An aandachtspunt 'onvoldoende opgepakt' with, where its follow-up names a date passed on the document's date, that
 * said. Read from the message, as the page reads it: besides the follow-up it holds only the reference and fixed words.
 */
function followUpChecked(point: AttentionPoint, dateIso: string): AttentionPoint {
  const passed = passedDatesNote(point.message, dateIso);
  return passed ? { ...point, message: `${point.message} Let op: ${passed}.` } : point;
}

/** Whether an aandachtspunt belongs in the report for one party. */
function attentionConcerns(point: AttentionPoint, partyId: string, index: OverviewIndex): boolean {
  if (point.partyId === partyId) return true;
  const activity = point.activityIdentity ? index.activities.get(point.activityIdentity)?.activity : undefined;
  if (activity?.partyId === partyId) return true;
  switch (point.kind) {
    case 'need-unanswered':
      return index.overview.needs.some(
        (n) =>
          !n.answered &&
          n.activityIdentity === point.activityIdentity &&
          (n.toPartyId === partyId || n.fromPartyId === partyId) &&
          (point.partyId === undefined || point.partyId === n.toPartyId || point.partyId === n.fromPartyId),
      );
    case 'duplicate-open':
      return index.overview.duplicates.some(
        (d) =>
          d.decision === 'open' &&
          d.partyIds.includes(partyId) &&
          (point.activityIdentity === undefined || d.activityIdentities.includes(point.activityIdentity)) &&
          (point.agreementId === undefined || d.agreementId === point.agreementId),
      );
    case 'agreement-without-activity':
    case 'lead-without-activity':
    case 'insufficient': {
      if (point.agreementId === undefined) return false;
      const agreement = index.agreements.get(point.agreementId)?.agreement;
      if (!agreement) return false;
      if (point.kind === 'lead-without-activity') return agreement.leadPartyIds.includes(partyId);
      return agreement.leadPartyIds.includes(partyId) || agreement.involvedPartyIds.includes(partyId);
    }
    case 'party-missing':
    case 'unlinked-activity':
      return false;
    default:
      return false;
  }
}

export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A text on one line, cut at a word near `max` characters with "…", and
 * without its closing punctuation: it stands inside a sentence or brackets
 * ("1.1 bij 6 (Gemeente deelt … partners; trekker: Gemeente)").
 */
export function shorten(text: string, max: number): string {
  const one = flat(text);
  if (one.length <= max) return one.replace(/[\s,.;:]+$/, '');
  const cut = one.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The parties of an activity group, in the overview's party order. */
export function groupPartyIds(group: ActivityGroup, index: OverviewIndex): string[] {
  return unique(group.activities.map((a) => a.partyId)).sort((a, b) => index.partyRank(a) - index.partyRank(b));
}

/** "1 vraag", "3 vragen". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 koppelingen met een afspraak zijn nog niet besloten: 2 voorgesteld, 1 te kiezen.", or null when none is open. */
export function openLinksLine(model: ReportModel): string | null {
  const { proposed, choice, none } = model.openLinks;
  const total = proposed + choice + none;
  if (total === 0) return null;
  const parts = [
    ...(proposed > 0 ? [`${proposed} voorgesteld`] : []),
    ...(choice > 0 ? [`${choice} te kiezen`] : []),
    ...(none > 0 ? [`${none} zonder gevonden afspraak`] : []),
  ];
  return `${total === 1 ? '1 koppeling met een afspraak is' : `${total} koppelingen met een afspraak zijn`} nog niet besloten: ${parts.join(', ')}.`;
}

/** The overview in a few Dutch sentences, for the introduction and the Toelichting sheet. */
export function summaryLines(model: ReportModel): string[] {
  const lines = summaryBase(model);
  const open = openLinksLine(model);
  if (open) lines.push(open);
  return lines;
}

/**
 * How many activities have no afspraak, said as settled only where a person decided so: an
 * activity for which the app found none, or one waiting for the werkgroep to choose between
 * afspraken, is not yet "zonder afspraak".
 */
function withoutAgreement(unlinked: readonly BundleActivity[]): string {
  const toChoose = unlinked.filter((a) => a.linkStatus === 'choice').length;
  const notFound = unlinked.filter((a) => a.linkStatus === 'none').length;
  const decided = unlinked.length - toChoose - notFound;
  const parts = [
    ...(decided > 0 || notFound + toChoose === 0 ? [`${decided} zonder afspraak`] : []),
    ...(notFound > 0 ? [`${notFound} waarvoor nog geen afspraak is gevonden of besloten`] : []),
    ...(toChoose > 0 ? [`${toChoose} waarbij de werkgroep nog een afspraak moet kiezen`] : []),
  ];
  return `waarvan ${dutchList(parts)}`;
}

function summaryBase(model: ReportModel): string[] {
  const { overview, party } = model;
  const year = overview.planningYear;
  const lines: string[] = [];
  if (party) {
    const asked = openQuestions(overview, { partyId: party.id, side: 'asked' });
    const asks = openQuestions(overview, { partyId: party.id, side: 'asks' });
    lines.push(
      `${plural(model.activityCount, 'activiteit', 'activiteiten')} van of met ${party.shortName}, ` +
        `bij ${plural(model.agreementCount, 'afspraak', 'afspraken')} waar ${party.shortName} bij betrokken is.`,
      `${plural(asked.total, 'vraag', 'vragen')} van andere partijen aan ${party.shortName}, ` +
        `waarvan ${asked.open} nog open.`,
      `${plural(asks.total, 'vraag', 'vragen')} van ${party.shortName} aan andere partijen, ` +
        `waarvan ${asks.open} nog open.`,
      `${plural(model.attentionCount, 'aandachtspunt', 'aandachtspunten')} voor ${party.shortName}.`,
    );
    return lines;
  }
  const { counts } = overview;
  lines.push(
    `${plural(model.activityCount, 'activiteit', 'activiteiten')}, ${withoutAgreement(model.unlinked)}.`,
    `${plural(counts.agreementsActive, 'afspraak loopt', 'afspraken lopen')} volgens de uitvoering in ${year}; ` +
      `${counts.agreementsWithoutActivity} daarvan ${counts.agreementsWithoutActivity === 1 ? 'heeft' : 'hebben'} nog geen activiteit.`,
    `${plural(model.questions.total, 'keer vraagt', 'keer vraagt')} een partij iets van een andere partij; ` +
      `${model.questions.open} daarvan ${model.questions.open === 1 ? 'staat' : 'staan'} nog open.`,
    `${plural(model.attentionCount, 'aandachtspunt', 'aandachtspunten')} voor de werkgroep.`,
  );
  return lines;
}

