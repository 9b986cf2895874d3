// Computes the gezamenlijk activiteitenoverzicht of one planning year from the
// current submissions and the werkgroep's decisions. Pure: no database, no
// clock (the caller passes `now`), the same input gives the same overview.
//
// What it answers is the werkgroep's question before 1 September (6.2):
// who does what on which afspraak, what is not picked up, whether what one
// party needs from another is answered (wederkerigheid, 6.1), and which
// activities of different parties are the same joint work reported twice.
import { createHash } from 'node:crypto';
import type { CycleDates } from '../domain/calendar';
import { linkIsOpen } from '../domain/links';
import { partyIdsOf, type PartyResolver } from '../domain/parties';
import { normalizeForSearch } from '../domain/text';
import type { PartyKind, PartyRef } from '../domain/types';
import type { StoredActivity } from '../domain/activities';
import type { AgreementRow } from '../domain/agreements';
import { agreementPoints, duplicatePoints, partyMissingPoints, sortAttention, unlinkedPoints } from './attention';
import { applyAcceptedDuplicates, findDuplicates } from './duplicates';
import { candidateReferences, shownLink } from './links';
import { checkNeeds, reciprocityCells } from './needs';
import { activityTexts, readingOnce, type Reading } from './texts';
import type {
  AgreementGap,
  BundleActivity,
  BundleAgreement,
  BundleParty,
  BundleTheme,
  DuplicateProposal,
  JointOverview,
  UndecidedActivity,
} from '../domain/joint-overview';
import type { Alignment, BundleVersionInfo, NeedDecision } from '../domain/bundle-decisions';
import { partyNames, rank } from '../domain/joint-overview-wording';

export { DUPLICATE_THRESHOLD, duplicateKey } from './duplicates';
export { NEED_COVERAGE_THRESHOLD, partiesNamedIn } from './needs';

export interface BundleInput {
  /** signedOn: absent in versions frozen before it was kept. */
  agreementSet: { code: string; title: string; periodStart: number; periodEnd: number; signedOn?: string; cycleSection?: string; reciprocitySection?: string; cycleDates?: CycleDates };
  planningYear: number;
  version: BundleVersionInfo;
  now: Date;
  /** Every afspraak of the set, in document order. */
  agreements: AgreementRow[];
  themes: { number: number; title: string; topics: { number: string; title: string }[] }[];
  /**
   * In the order the overview lists them (the agreement's order: gemeente,
   * corporaties, huurdersorganisaties), with each corporation's own tenant
   * organisation and the reverse (the party links).
   */
  parties: { id: string; name: string; shortName: string; kind: PartyKind; linkedPartyIds: readonly string[] }[];
  /** To find party names inside a needs text that has no "Van wie?". */
  resolver: PartyResolver;
  /**
   * The current submissions of the planning year only; `needsHeader` is the
   * heading of the file's needs column as written, which may say whom its
   * requests are for ("Nodig van gemeente/huurders").
   */
  /** The current submission per party, as it is shown with the party (BundleParty.submission). */
  submissions: (NonNullable<BundleParty['submission']> & { partyId: string; needsHeader?: string })[];
  /** Per party without a submission this year: the latest earlier planning year it did submit for. */
  earlierSubmissionYears?: ReadonlyMap<string, number>;
  /**
   * The activities of those current submissions; or what reads them, asked once: the stored
   * activities are then let go as soon as they are bundled, and only the bundle's copies stay
   * while the rest is worked out (a region's 120,000 stored activities take some 60 MB).
   */
  activities: StoredActivity[] | (() => StoredActivity[]);
  /** By activity identity; a missing one is the default (voorgesteld, nothing recorded). */
  alignments: Map<string, Alignment>;
  /** By proposal key; a missing one is open. */
  duplicateDecisions: Map<string, 'accepted' | 'rejected'>;
  /** agreementId → the follow-up agreed for an afspraak marked "onvoldoende opgepakt". */
  insufficient: Map<number, string>;
  /** The werkgroep's decisions on requests, by needKey (./needs); absent: none. */
  needDecisions?: ReadonlyMap<string, NeedDecision>;
}

export function defaultAlignment(): Alignment {
  return { status: 'pending', promises: [], alsoInvolved: [], notes: '' };
}

/**
 * Stable across re-imports of the same party and year, so the werkgroep's
 * alignment and decisions survive a corrected file: our uitvraag workbook's
 * row key when there is one (the text may then change), otherwise the
 * normalised text. Same form as the import diff uses.
 */
export function activityIdentity(a: { partyId: string; key?: string; activity: string }): string {
  return a.key ? `${a.partyId}:key:${a.key}` : `${a.partyId}:text:${normalizeForSearch(a.activity)}`;
}

export function computeJointOverview(input: BundleInput): JointOverview {
  const names = partyNames(input.parties);
  const agreementsById = new Map(input.agreements.map((a) => [a.id, a]));
  const activities = bundleActivities(input, names.order, agreementsById);
  // The year's texts read into words once, for the duplicates and for the needs.
  const read = readingOnce();

  const byAgreement = groupByAgreement(activities, agreementsById);
  const duplicates = duplicatesOf(activities, byAgreement, input, read);
  applyAcceptedDuplicates(activities, duplicates);

  const undecided = undecidedByReference(activities);
  const agreements = input.agreements.map((row) => bundleAgreement(row, byAgreement.get(row.id) ?? [], input, undecided.get(row.reference) ?? []));
  const themes = groupThemes(input.themes, input.agreements, agreements);
  const unlinked = activities.filter((a) => a.agreementId === null);

  const needResult = checkNeeds(activities, {
    resolver: input.resolver,
    parties: input.parties,
    agreements: input.agreements,
    submittedPartyIds: new Set(input.submissions.map((x) => x.partyId)),
    byAgreement,
    duplicates,
    needsHeaders: new Map(input.submissions.flatMap((x) => (x.needsHeader ? [[x.partyId, x.needsHeader] as const] : []))),
    names,
    read,
    ...(input.needDecisions ? { decisions: input.needDecisions } : {}),
  });
  const parties = bundleParties(input, activities);

  const attention = sortAttention(
    [
      ...partyMissingPoints(parties, input.planningYear, names, input.earlierSubmissionYears),
      ...agreementPoints(input.agreements, agreements, input.planningYear, names),
      ...needResult.attention,
      ...duplicatePoints(duplicates, activities, agreementsById, names),
      ...unlinkedPoints(unlinked, names),
    ],
    input.agreements,
  );

  return {
    agreementSet: { ...input.agreementSet },
    planningYear: input.planningYear,
    version: { ...input.version },
    generatedAt: input.now.toISOString(),
    parties,
    themes,
    unlinked,
    needs: needResult.needs,
    unaddressedNeeds: needResult.unaddressed,
    reciprocity: reciprocityCells(needResult.needs, names.order),
    duplicates,
    attention,
    counts: {
      activities: activities.length,
      agreementsActive: agreements.filter((a) => a.active).length,
      agreementsWithoutActivity: agreements.filter((a) => a.gaps.includes('no-activity')).length,
      agreementsLeadWithoutActivity: agreements.filter((a) => a.gaps.includes('lead-without-activity')).length,
      unlinked: unlinked.length,
      needs: needResult.needs.length,
      needsUnanswered: needResult.needs.filter((n) => !n.answered).length,
      needsWithoutParty: needResult.withoutParty,
      duplicatesOpen: duplicates.filter((d) => d.decision === 'open').length,
      partiesMissing: parties.filter((p) => p.state === 'missing').length,
      linksOpen: activities.filter((a) => linkIsOpen(a.linkStatus)).length,
    },
  };
}

/**
 * The proposals last found, by what they were found from (duplicatesInput). A decision on an alignment, a request
 * or a proposal leaves that as it was, and the overview computed after it, as the app computes one after each
 * decision, does not weigh the year's texts again: a region's clustering takes seconds. Memoisation only: the
 * proposals are those findDuplicates gives for that input, the decisions put on them anew.
 */
let lastFound: { input: string; proposals: readonly DuplicateProposal[] } | null = null;

/** The proposals to merge, with the werkgroep's decisions; the index of the texts is let go once they are found. */
function duplicatesOf(activities: BundleActivity[], byAgreement: Map<number, BundleActivity[]>, input: BundleInput, read: Reading): DuplicateProposal[] {
  const found = duplicatesInput(input.agreements, activities);
  if (lastFound?.input !== found) {
    lastFound = { input: found, proposals: findDuplicates(input.agreements, byAgreement, new Map(), activityTexts(activities, read)) };
  }
  return lastFound.proposals.map((p) => ({
    ...p,
    activityIdentities: [...p.activityIdentities],
    partyIds: [...p.partyIds],
    decision: input.duplicateDecisions.get(p.key) ?? 'open',
  }));
}

/**
 * Everything findDuplicates reads, as one digest: the afspraken in their order, and each activity in the
 * overview's order with its identity, party, afspraak and text (the text index weighs a word by how rare it
 * is among all of them).
 */
function duplicatesInput(agreements: readonly AgreementRow[], activities: readonly BundleActivity[]): string {
  const hash = createHash('sha256');
  hash.update(agreements.map((a) => a.id).join(','));
  for (const a of activities) hash.update(`\u0001${a.identity}\u0000${a.partyId}\u0000${a.agreementId ?? ''}\u0000${a.activity}`);
  return hash.digest('hex');
}

/** Activities of an overview whose link is still open; for versions saved before JointOverview.counts.linksOpen. */
export function countOpenLinks(overview: Pick<JointOverview, 'themes' | 'unlinked'>): number {
  const all = [...overview.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...overview.unlinked];
  return all.filter((a) => linkIsOpen(a.linkStatus)).length;
}

// ---------------------------------------------------------------------------
// Activities

function bundleActivities(
  input: BundleInput,
  partyOrder: Map<string, number>,
  agreementsById: Map<number, AgreementRow>,
): BundleActivity[] {
  // Activities read here are the overview's own: their parties and columns go into it as they are. Given ones
  // are copied, so that the overview (which the service freezes) shares no part with its caller's input.
  const given = input.activities;
  const own = typeof given === 'function';
  const sorted = [...(own ? given() : given)].sort(
    (a, b) =>
      rank(partyOrder, a.partyId) - rank(partyOrder, b.partyId) ||
      a.partyId.localeCompare(b.partyId) ||
      a.position - b.position ||
      a.rowNumber - b.rowNumber ||
      a.id - b.id,
  );
  const identities = identitiesOf(sorted);
  return sorted.map((a) => {
    const identity = identities.get(a) as string;
    const { agreementId, linkStatus } = shownLink(a, agreementsById);
    const activity: BundleActivity = {
      id: a.id,
      identity,
      partyId: a.partyId,
      submissionVersion: a.submissionVersion,
      sheet: a.sheet,
      rowNumber: a.rowNumber,
      activity: a.activity,
      needsFrom: own ? a.needsFromParties : a.needsFromParties.map(copyRef),
      involved: own ? a.involvedParties : a.involvedParties.map(copyRef),
      extra: own ? a.extra : { ...a.extra },
      agreementId,
      // As stored, also a person's "geen afspraak" (manual, no afspraak): decided, not open.
      linkStatus,
      alignment: copyAlignment(input.alignments.get(identity) ?? defaultAlignment()),
      jointWith: [],
    };
    if (a.role !== undefined) activity.role = a.role;
    if (a.planning !== undefined) activity.planning = a.planning;
    if (a.needs !== undefined) activity.needs = a.needs;
    if (a.ambition !== undefined) activity.ambition = a.ambition;
    if (a.notes !== undefined) activity.notes = a.notes;
    if (linkIsOpen(linkStatus)) {
      const candidates = candidateReferences({ agreementId, linkStatus, linkCandidates: a.linkCandidates }, agreementsById);
      if (candidates.length > 0) activity.candidates = candidates;
    }
    return activity;
  });
}

/** What an activity's identity is made of. */
type Named = { id: number; partyId: string; key?: string; activity: string; position: number; rowNumber: number };

/**
 * Each activity's identity as the overview gives it (uniqueIdentity's "…#2" included): the one
 * place that numbers them, for the overview and for the service that checks a decision against it.
 * The numbering of one identity follows its party's rows in position, row and id order: rows of one
 * identity are of one party.
 */
export function identitiesOf<T extends Named>(activities: readonly T[]): Map<T, string> {
  const sorted = [...activities].sort((a, b) => a.partyId.localeCompare(b.partyId) || a.position - b.position || a.rowNumber - b.rowNumber || a.id - b.id);
  const seen = new Map<string, number>();
  return new Map(sorted.map((a) => [a, uniqueIdentity(activityIdentity(a), seen)]));
}

/** The activities by the identity the overview gives each (identitiesOf). */
export function byIdentity<T extends Named>(activities: readonly T[]): Map<string, T> {
  return new Map([...identitiesOf(activities)].map(([a, identity]) => [identity, a]));
}

/**
 * Two rows of one party with the same text and no key would share an
 * identity; the second becomes "…#2" so that each keeps its own alignment.
 * Stable as long as the party keeps the rows in the same order.
 */
function uniqueIdentity(identity: string, seen: Map<string, number>): string {
  const count = (seen.get(identity) ?? 0) + 1;
  seen.set(identity, count);
  return count === 1 ? identity : `${identity}#${count}`;
}

function copyRef(ref: PartyRef): PartyRef {
  return { ...ref, partyIds: [...ref.partyIds] };
}

function copyAlignment(a: Alignment): Alignment {
  return {
    status: a.status,
    promises: a.promises.map((p) => ({ ...p })),
    alsoInvolved: [...a.alsoInvolved],
    notes: a.notes,
    ...(a.recordedAt !== undefined ? { recordedAt: a.recordedAt } : {}),
    ...(a.revision !== undefined ? { revision: a.revision } : {}),
  };
}

function groupByAgreement(
  activities: BundleActivity[],
  agreementsById: Map<number, AgreementRow>,
): Map<number, BundleActivity[]> {
  const groups = new Map<number, BundleActivity[]>();
  for (const a of activities) {
    if (a.agreementId === null || !agreementsById.has(a.agreementId)) continue;
    const list = groups.get(a.agreementId) ?? [];
    list.push(a);
    groups.set(a.agreementId, list);
  }
  return groups;
}

// ---------------------------------------------------------------------------
// Afspraken, their gaps, and the theme → topic tree

/** Per afspraak reference, the open activities that may belong to it (see BundleAgreement.undecided). */
function undecidedByReference(activities: BundleActivity[]): Map<string, UndecidedActivity[]> {
  const byReference = new Map<string, UndecidedActivity[]>();
  for (const a of activities) {
    if (a.linkStatus !== 'choice' && a.linkStatus !== 'proposed') continue;
    for (const reference of a.candidates ?? []) {
      const list = byReference.get(reference) ?? [];
      list.push({ identity: a.identity, partyId: a.partyId, sheet: a.sheet, rowNumber: a.rowNumber, activity: a.activity });
      byReference.set(reference, list);
    }
  }
  return byReference;
}

function bundleAgreement(row: AgreementRow, activities: BundleActivity[], input: BundleInput, undecided: UndecidedActivity[]): BundleAgreement {
  const active = row.schedule.years.includes(input.planningYear);
  const leadPartyIds = partyIdsOf(row.lead);
  const leadsWithoutActivity = leadPartyIds.filter((id) => !picksUp(id, activities));
  const gaps: AgreementGap[] = [];
  if (active && activities.length === 0) gaps.push('no-activity');
  // 'no-activity' already says the trekker has none; saying both is noise.
  else if (active && leadPartyIds.length > 0 && leadsWithoutActivity.length === leadPartyIds.length) {
    gaps.push('lead-without-activity');
  }
  const followUp = input.insufficient.get(row.id);
  return {
    id: row.id,
    reference: row.reference,
    commitmentNumber: row.commitmentNumber,
    text: row.text,
    leadText: row.leadText,
    involvedText: row.involvedText,
    leadPartyIds,
    involvedPartyIds: partyIdsOf(row.involved),
    leadsWithoutActivity,
    scheduleText: row.schedule.text,
    scheduleYears: [...row.schedule.years],
    active,
    activities,
    gaps,
    insufficient: followUp === undefined ? null : { followUp },
    ...(undecided.length > 0 ? { undecided } : {}),
  };
}

/**
 * Whether a party does something on the afspraak: an activity of its own, or a
 * promise the werkgroep recorded from it on someone else's activity there (a
 * promise is how the werkgroep closes exactly this kind of gap).
 */
function picksUp(partyId: string, activities: BundleActivity[]): boolean {
  return activities.some((a) => a.partyId === partyId || a.alignment.promises.some((p) => p.partyId === partyId));
}

/**
 * Theme → topic → afspraak in the order of `themes` and of the afspraken.
 * An afspraak whose topic is missing from `themes` still appears, under a
 * topic made from its own row: every afspraak must be in the bundle.
 */
function groupThemes(themes: BundleInput['themes'], rows: AgreementRow[], agreements: BundleAgreement[]): BundleTheme[] {
  const tree: BundleTheme[] = themes.map((t) => ({
    number: t.number,
    title: t.title,
    topics: t.topics.map((topic) => ({ number: topic.number, title: topic.title, agreements: [] })),
  }));
  rows.forEach((row, i) => {
    let theme = tree.find((t) => t.number === row.themeNumber);
    if (!theme) {
      theme = { number: row.themeNumber, title: row.themeTitle, topics: [] };
      tree.push(theme);
    }
    let topic = theme.topics.find((t) => t.number === row.topicNumber);
    if (!topic) {
      topic = { number: row.topicNumber, title: row.topicTitle, agreements: [] };
      theme.topics.push(topic);
    }
    topic.agreements.push(agreements[i] as BundleAgreement);
  });
  // 6.1 and 6.2 (samenwerking) hold no afspraken: nothing to bundle there.
  return tree
    .map((t) => ({ ...t, topics: t.topics.filter((topic) => topic.agreements.length > 0) }))
    .filter((t) => t.topics.length > 0);
}

// ---------------------------------------------------------------------------
// Parties

function bundleParties(input: BundleInput, activities: BundleActivity[]): BundleParty[] {
  return input.parties.map((p) => {
    const s = input.submissions.find((x) => x.partyId === p.id);
    return {
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      kind: p.kind,
      state: s ? 'submitted' : 'missing',
      submission: s
        ? {
            version: s.version,
            versionCount: s.versionCount,
            fileName: s.fileName,
            importedAt: s.importedAt,
            ...(s.firstImportedAt ? { firstImportedAt: s.firstImportedAt } : {}),
            ...(s.receivedOn ? { receivedOn: s.receivedOn } : {}),
            ...(s.firstReceivedOn ? { firstReceivedOn: s.firstReceivedOn } : {}),
            ...(s.notesHeader ? { notesHeader: s.notesHeader } : {}),
          }
        : null,
      activityCount: activities.filter((a) => a.partyId === p.id).length,
    };
  });
}
