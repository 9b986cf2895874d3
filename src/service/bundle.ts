// The gezamenlijk activiteitenoverzicht through the service: computed from the
// current submissions and the werkgroep's decisions, saved as numbered
// versions, frozen as definitief, compared, and exported as Word and Excel.
import { byIdentity, computeJointOverview, countOpenLinks } from '../bundle/compute';
import { compareOverviews } from '../bundle/compare';
import { summarizeOverview } from '../domain/joint-overview-summary';
import { OVERVIEW_TABS, overviewTab } from '../bundle/tab-part';
import type { JointOverview, NeedCheck } from '../domain/joint-overview';
import { ALIGNMENT_STATUSES, type Alignment, type BundleVersionInfo, type NeedDecision, type PartyPromise } from '../domain/bundle-decisions';
import { alignmentStatusLabel } from '../domain/joint-overview-wording';
import { formatDateNl } from '../domain/calendar';
import { localDay, localTime } from '../domain/local-time';
import { agreementExists, queryAgreements } from '../db/agreements';
import {
  alignmentRecord,
  bundleVersions,
  insertBundleVersion,
  loadAlignments,
  loadBundleSnapshot,
  loadDuplicateDecisions,
  loadInsufficient,
  loadNeedDecisions,
  saveAlignment,
  saveDuplicateDecision,
  saveInsufficient,
  saveNeedDecision,
} from '../db/bundle';
import { insertActivityLog } from '../db/activity-log';
import { needKey } from '../bundle/needs';
import { needAnswerText } from '../domain/open-questions';
import { dataGeneration } from '../db/open';
import { loadPartyDirectory } from '../db/party-directory';
import { activitiesOf, activityLabelsOf, allSubmissions, type ActivityLabel, currentHeadings, currentSubmissionIds, submissionVersions } from '../db/submissions';
import { createPartyResolver } from '../domain/parties';
import { jointOverviewFileName, writeJointOverviewDocx, writeJointOverviewXlsx } from '../reports/joint-overview';
import type { WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import { openLinksOfYear, openLinksRefusal } from './links';
import type { ServiceContext, SetInfo } from './context';
import { knownPartyId, objectArg, optionalInteger, optionalOneOf, optionalString, planningYearInPeriod, requiredInteger } from './validate';

type BundleMethods = Pick<
  WerkbankApi,
  | 'getJointOverview'
  | 'getJointOverviewSummary'
  | 'getJointOverviewTab'
  | 'updateAlignment'
  | 'decideDuplicate'
  | 'decideNeed'
  | 'markInsufficient'
  | 'saveBundleVersion'
  | 'listBundleVersions'
  | 'compareBundleVersions'
  | 'exportJointOverview'
>;


const LIVE: BundleVersionInfo = { number: null, status: 'working', savedAt: null, savedBy: null };

export function createBundleMethods(
  ctx: ServiceContext,
  setInfo: () => SetInfo,
  themes: () => Promise<{ number: number; title: string; topics: { number: string; title: string }[] }[]>,
): BundleMethods {
  const { db, setId } = ctx;

  const yearArg = (a: Record<string, unknown>): number => planningYearInPeriod(a, setInfo());

  /**
   * The live overview, computed once and served until the data changes
   * (dataGeneration: any write, by this connection or another): a kept
   * overview is then exactly what computing afresh would give, except for
   * the moment it says it was made, which is now. Kept frozen, so that no
   * caller can change what the next one is served.
   */
  const kept = new Map<number, { generation: string; overview: JointOverview }>();

  async function live(planningYear: number): Promise<JointOverview> {
    const generation = dataGeneration(db);
    const known = keptOverview(planningYear, generation);
    if (known) return { ...known, generatedAt: ctx.now().toISOString() };
    // A kept overview of older data is never served again: let it go before the new one is computed beside it (a
    // region's is large). No variable here holds it while this function awaits the computation.
    kept.delete(planningYear);
    const overview = deepFreeze(await compute(planningYear));
    // A write while it was computed (another call, between its awaits): serve it, keep it not.
    if (dataGeneration(db) === generation) kept.set(planningYear, { generation, overview });
    return { ...overview };
  }

  /** The overview kept for the planning year, if it was computed from the data as it is now (generation). */
  function keptOverview(planningYear: number, generation: string): JointOverview | undefined {
    const known = kept.get(planningYear);
    return known?.generation === generation ? known.overview : undefined;
  }

  /** The live overview as the current submissions and the werkgroep's decisions make it now. */
  async function compute(planningYear: number): Promise<JointOverview> {
    ctx.job?.phase('computing');
    // Everything read after the only await: one state of the data.
    const themeTree = await themes();
    const directory = loadPartyDirectory(db, setId);
    const submissionIds = currentSubmissionIds(db, setId, planningYear, 'activities');
    const needsHeadings = currentHeadings(db, setId, planningYear, 'activities', 'needs');
    const notesHeadings = currentHeadings(db, setId, planningYear, 'activities', 'notes');
    const submissions = directory.parties.flatMap((p) => {
      const versions = submissionVersions(db, setId, p.id, planningYear, 'activities');
      const current = versions.find((v) => v.isCurrent);
      const needsHeader = needsHeadings.get(p.id);
      const notesHeader = notesHeadings.get(p.id);
      return current
        ? [
            {
              partyId: p.id,
              version: current.version,
              versionCount: versions.length,
              fileName: current.fileName,
              importedAt: current.importedAt,
              firstImportedAt: versions.map((v) => v.importedAt).sort()[0] ?? current.importedAt,
              receivedOn: current.receivedOn,
              firstReceivedOn: versions.map((v) => v.receivedOn).sort()[0] ?? current.receivedOn,
              ...(needsHeader !== undefined ? { needsHeader } : {}),
              ...(notesHeader !== undefined ? { notesHeader } : {}),
            },
          ]
        : [];
    });
    const earlierSubmissionYears = new Map<string, number>();
    for (const s of allSubmissions(db, setId, 'activities')) {
      if (s.isCurrent && s.planningYear < planningYear && !submissions.some((x) => x.partyId === s.partyId)) {
        earlierSubmissionYears.set(s.partyId, Math.max(s.planningYear, earlierSubmissionYears.get(s.partyId) ?? 0));
      }
    }
    return computeJointOverview({
      earlierSubmissionYears,
      agreementSet: setInfo(),
      planningYear,
      version: LIVE,
      now: ctx.now(),
      agreements: queryAgreements(db, setId, {}),
      themes: themeTree,
      parties: directory.parties.map((p) => ({ id: p.id, name: p.name, shortName: p.shortName, kind: p.kind, linkedPartyIds: p.linkedPartyIds })),
      resolver: createPartyResolver(directory),
      submissions,
      activities: () => activitiesOf(db, submissionIds),
      alignments: loadAlignments(db, setId, planningYear),
      duplicateDecisions: loadDuplicateDecisions(db, setId, planningYear),
      insufficient: loadInsufficient(db, setId, planningYear),
      needDecisions: new Map(loadNeedDecisions(db, setId, planningYear).map((d) => [needKey(d.activityIdentity, d.toPartyId), d])),
    });
  }

  function saved(planningYear: number, number: number): JointOverview {
    const snapshot = loadBundleSnapshot<JointOverview>(db, setId, planningYear, number);
    if (!snapshot) throw new ServiceError('not_found', `Versie ${number} van het overzicht ${planningYear} bestaat niet.`);
    // Versions saved before open links were counted: count them from what the version holds.
    snapshot.counts.linksOpen ??= countOpenLinks(snapshot);
    // Versions saved before the set's municipality was kept: it is this set's.
    const { municipality, cycleSection, reciprocitySection } = setInfo();
    if (snapshot.agreementSet.municipality === undefined && municipality !== undefined) snapshot.agreementSet.municipality = municipality;
    // … nor its sections on the cycle and on wederkerigheid.
    snapshot.agreementSet.cycleSection ??= cycleSection;
    snapshot.agreementSet.reciprocitySection ??= reciprocitySection;
    return snapshot;
  }

  async function overview(a: Record<string, unknown>): Promise<JointOverview> {
    const planningYear = yearArg(a);
    const version = optionalInteger(a, 'version', 'De versie', 1, 10_000);
    return version === undefined ? live(planningYear) : saved(planningYear, version);
  }

  /**
   * What an export is of: the version asked for; once the year has a definitive version, that one,
   * unless the working state is asked for explicitly (what goes out is what was frozen); else the working state.
   */
  async function exported(a: Record<string, unknown>): Promise<JointOverview> {
    const planningYear = yearArg(a);
    const version = optionalInteger(a, 'version', 'De versie', 1, 10_000);
    if (a.working !== undefined && typeof a.working !== 'boolean') throw new ServiceError('invalid_input', 'Werkversie is ja of nee.');
    const working = a.working === true;
    if (working && version !== undefined) {
      throw new ServiceError('invalid_input', 'Kies een opgeslagen versie of de werkversie, niet allebei.');
    }
    if (version !== undefined) return saved(planningYear, version);
    const final = working ? undefined : bundleVersions(db, setId, planningYear).find((v) => v.status === 'final');
    return final?.number ? saved(planningYear, final.number) : live(planningYear);
  }

  /** The current activities of the planning year, by the identity the overview gives each. */
  const currentActivities = (planningYear: number): Map<string, ActivityLabel> =>
    byIdentity(activityLabelsOf(db, currentSubmissionIds(db, setId, planningYear, 'activities')));

  /** The party of each current activity, by identity. */
  function currentIdentities(planningYear: number): Map<string, string> {
    return new Map([...currentActivities(planningYear)].map(([identity, a]) => [identity, a.partyId]));
  }

  const partyIdsArg = (value: unknown, label: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new ServiceError('invalid_input', `${label} moet een lijst van partijen zijn.`);
    const known = new Set(loadPartyDirectory(db, setId).parties.map((p) => p.id));
    return value.map((id) => knownPartyId(id, (k) => known.has(k)));
  };

  /** The text of a current activity by identity, for the log. */
  const activityText = (planningYear: number) => {
    const current = currentActivities(planningYear);
    return (identity: string): string => current.get(identity)?.activity ?? identity;
  };

  const partyName = (id: string): string => loadPartyDirectory(db, setId).parties.find((p) => p.id === id)?.shortName ?? id;

  /** One promise of an alignment edit, checked against the current activities. */
  const promiseArg = (raw: unknown, identity: string, identities: Map<string, string>): PartyPromise => {
    const p = objectArg(raw);
    const [partyId] = partyIdsArg([p.partyId], 'De partij van een toezegging');
    const text = optionalString(p, 'text', 'De toezegging', 2_000)?.trim();
    if (!text) throw new ServiceError('invalid_input', 'Een toezegging zegt wat de partij toezegt; de tekst ontbreekt.');
    // "Beantwoordt de vraag": one of the promising party's own current activities, marked as its answer.
    const answer = optionalString(p, 'activityIdentity', 'De activiteit die de vraag beantwoordt', 5_000);
    if (answer === undefined) return { partyId: partyId as string, text };
    if (identities.get(answer) !== partyId) {
      throw new ServiceError(
        'invalid_input',
        'Als antwoord op een vraag kan alleen een activiteit van de gevraagde partij zelf worden aangemerkt, uit de huidige inzendingen; laad het overzicht opnieuw.',
      );
    }
    if (answer === identity) throw new ServiceError('invalid_input', 'Een activiteit kan niet haar eigen vraag beantwoorden.');
    return { partyId: partyId as string, text, activityIdentity: answer };
  };

  return {
    async getJointOverview(arg) {
      return overview(objectArg(arg));
    },

    async getJointOverviewSummary(arg) {
      return summarizeOverview(await overview(objectArg(arg)));
    },

    async getJointOverviewTab(arg) {
      const a = objectArg(arg);
      const tab = optionalOneOf(a, 'tab', 'Het tabblad', OVERVIEW_TABS);
      if (tab === undefined) throw new ServiceError('invalid_input', `Kies een tabblad: ${OVERVIEW_TABS.join(', ')}.`);
      return overviewTab(await overview(a), tab);
    },

    async updateAlignment(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const identity = optionalString(a, 'identity', 'De activiteit', 5_000);
      const status = optionalOneOf(a, 'status', 'De status', ALIGNMENT_STATUSES);
      const notes = optionalString(a, 'notes', 'De notitie', 5_000)?.trim();
      const expected = optionalInteger(a, 'expectedRevision', 'De gelezen versie van de afstemming', 0, Number.MAX_SAFE_INTEGER);
      if (a.promises !== undefined && !Array.isArray(a.promises)) throw new ServiceError('invalid_input', 'De toezeggingen moeten een lijst zijn.');
      // Read, check and write under the write lock: a second window cannot write in between.
      const recordedAt = ctx.now().toISOString();
      let saved: Alignment = { status: 'pending', promises: [], alsoInvolved: [], notes: '' };
      db.transaction(() => {
        const identities = currentIdentities(planningYear);
        if (!identity || !identities.has(identity)) {
          throw new ServiceError('not_found', 'Deze activiteit staat niet (meer) in de huidige inzendingen; laad het overzicht opnieuw.');
        }
        const key = { setId, planningYear, identity };
        const current: Alignment = loadAlignments(db, setId, planningYear).get(identity) ?? {
          status: 'pending',
          promises: [],
          alsoInvolved: [],
          notes: '',
        };
        const promises = Array.isArray(a.promises) ? a.promises.map((raw) => promiseArg(raw, identity, identities)) : undefined;
        const alsoInvolved = a.alsoInvolved !== undefined ? partyIdsArg(a.alsoInvolved, 'Wie er verder betrokken is') : undefined;
        const wanted: Partial<Alignment> = {
          ...(status !== undefined ? { status } : {}),
          ...(promises !== undefined ? { promises } : {}),
          ...(alsoInvolved !== undefined ? { alsoInvolved } : {}),
          ...(notes !== undefined ? { notes } : {}),
        };
        const record = alignmentRecord(db, key);
        if (expected !== undefined && expected !== (record?.revision ?? 0)) {
          throw new ServiceError('conflict', staleAlignmentMessage(current, wanted, record, (id) => partyName(id)));
        }
        // Only the fields sent change: another person's change to a field this edit leaves alone stays.
        saveAlignment(db, key, { ...current, ...wanted }, recordedAt, ctx.changedBy);
        // What was recorded, with the revision the next edit names.
        saved = { ...current, ...wanted, revision: alignmentRecord(db, key)?.revision ?? 0 };
      }).immediate();
      return { planningYear, identity: identity as string, alignment: { ...saved, recordedAt } };
    },

    async decideDuplicate(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const key = optionalString(a, 'key', 'Het voorstel', 20_000);
      const decision = optionalOneOf(a, 'decision', 'Het besluit', ['accepted', 'rejected', 'open'] as const);
      if (!key || !decision) throw new ServiceError('invalid_input', 'Kies een voorstel en een besluit.');
      if (!(await live(planningYear)).duplicates.some((d) => d.key === key)) {
        throw new ServiceError('not_found', 'Dit voorstel bestaat niet (meer); laad het overzicht opnieuw.');
      }
      saveDuplicateDecision(db, { setId, planningYear, proposalKey: key }, decision, ctx.now().toISOString(), ctx.changedBy);
      return { planningYear, key, decision };
    },

    async decideNeed(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const identity = optionalString(a, 'identity', 'De activiteit met de vraag', 5_000);
      const toPartyId = optionalString(a, 'toPartyId', 'De gevraagde partij', 200);
      const decision = optionalOneOf(a, 'decision', 'Het besluit', ['answered', 'open', 'auto'] as const);
      const answerIdentity = optionalString(a, 'answerIdentity', 'De activiteit die de vraag beantwoordt', 5_000);
      const reason = optionalString(a, 'reason', 'De reden', 2_000)?.trim() ?? '';
      if (!identity || !toPartyId || !decision) throw new ServiceError('invalid_input', 'Kies een vraag (activiteit en gevraagde partij) en een besluit.');
      if (decision !== 'auto' && reason === '') {
        throw new ServiceError('invalid_input', 'Zeg waarom: de reden komt in het logboek en bij de vraag in het overzicht.');
      }
      if (decision === 'answered' && !answerIdentity) throw new ServiceError('invalid_input', 'Kies de activiteit die de vraag beantwoordt.');
      if (decision !== 'answered' && answerIdentity !== undefined) {
        throw new ServiceError('invalid_input', 'Alleen bij “beantwoord” hoort een activiteit die de vraag beantwoordt.');
      }
      // The request as the overview has it now, with what the text match found (the decision's effect is taken off below).
      const need = (await live(planningYear)).needs.find((n) => n.activityIdentity === identity && n.toPartyId === toPartyId);
      if (!need) throw new ServiceError('not_found', 'Deze vraag staat niet (meer) in het overzicht; laad het overzicht opnieuw.');
      const decidedAt = ctx.now().toISOString();
      let recorded: NeedDecision | null = null;
      // Check and write under the write lock: the activities cannot change in between.
      db.transaction(() => {
        const identities = currentIdentities(planningYear);
        const askingParty = identities.get(identity);
        if (askingParty === undefined) throw new ServiceError('not_found', 'Deze activiteit staat niet (meer) in de huidige inzendingen; laad het overzicht opnieuw.');
        if (decision === 'answered' && identities.get(answerIdentity as string) !== toPartyId) {
          throw new ServiceError(
            'invalid_input',
            `Als antwoord kan alleen een activiteit van ${partyName(toPartyId)} zelf worden aangemerkt, uit de huidige inzendingen; laad het overzicht opnieuw.`,
          );
        }
        if (decision === 'answered' && answerIdentity === identity) throw new ServiceError('invalid_input', 'Een activiteit kan niet haar eigen vraag beantwoorden.');
        if (decision === 'open') {
          const recordedHere = need.answeredBy.filter((x) => x.basis === 'working-group' && x.reason === undefined);
          if (recordedHere.length > 0) {
            throw new ServiceError(
              'conflict',
              `De werkgroep legde bij de afstemming van deze activiteit zelf een antwoord van ${partyName(toPartyId)} vast; haal dat daar eerst weg.`,
            );
          }
        }
        const key = { setId, planningYear, identity, toPartyId };
        const before = loadNeedDecisions(db, setId, planningYear).find((d) => d.activityIdentity === identity && d.toPartyId === toPartyId) ?? null;
        recorded =
          decision === 'auto'
            ? null
            : { activityIdentity: identity, toPartyId, decision, ...(decision === 'answered' ? { answerIdentity: answerIdentity as string } : {}), reason, decidedAt, decidedBy: ctx.changedBy };
        if (decision === 'auto' && before === null) return;
        saveNeedDecision(db, key, recorded);
        insertActivityLog(db, {
          setId,
          planningYear,
          partyId: askingParty,
          identity,
          action: decision === 'answered' ? 'need-answered' : decision === 'open' ? 'need-open' : 'need-cleared',
          detail: needDecisionDetail(need, recorded, before, activityText(planningYear), partyName),
          reason,
          changedAt: decidedAt,
          changedBy: ctx.changedBy,
        });
      }).immediate();
      return { planningYear, identity, toPartyId, decision: recorded };
    },

    async markInsufficient(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const agreementId = requiredInteger(a, 'agreementId', 'De afspraak', 1, Number.MAX_SAFE_INTEGER);
      if (!agreementExists(db, agreementId)) {
        throw new ServiceError('not_found', `Afspraak ${agreementId} bestaat niet.`);
      }
      const followUp = a.followUp === null ? null : optionalString(a, 'followUp', 'Het vervolg', 5_000)?.trim();
      if (followUp === undefined || followUp === '') {
        throw new ServiceError('invalid_input', 'Zeg welk vervolg is afgesproken, of haal de markering weg.');
      }
      saveInsufficient(db, { setId, planningYear, agreementId }, followUp, ctx.now().toISOString(), ctx.changedBy);
      return { planningYear, agreementId, followUp };
    },

    async saveBundleVersion(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const final = a.final === true;
      const existingFinal = bundleVersions(db, setId, planningYear).find((v) => v.status === 'final');
      if (final && existingFinal) {
        throw new ServiceError(
          'conflict',
          `Er is al een definitieve versie van het overzicht ${planningYear} (versie ${existingFinal.number}); die blijft zoals hij is.`,
        );
      }
      // A definitive version states its links as fact: none may still be a proposal, a choice or unfound.
      if (final) {
        const open = openLinksOfYear(ctx, planningYear);
        if (open.length > 0) {
          const parties = loadPartyDirectory(db, setId).parties;
          throw new ServiceError('conflict', openLinksRefusal(planningYear, open, (id) => parties.find((p) => p.id === id)?.shortName ?? id));
        }
      }
      // Compute first (async), then number and store in one transaction.
      const snapshot = await live(planningYear);
      if (final && snapshot.counts.linksOpen > 0) {
        // A decision or an import came in while the overview was computed: what would be frozen is not what was checked.
        throw new ServiceError('conflict', `De stand van het overzicht ${planningYear} veranderde tijdens het vaststellen; laad het overzicht opnieuw en probeer het nog eens.`);
      }
      ctx.job?.phase('saving');
      return db.transaction(() => {
        const info = insertBundleVersion(db, setId, planningYear, final ? 'final' : 'draft', ctx.now().toISOString(), ctx.changedBy, (version) => ({
          ...snapshot,
          version,
        }));
        ctx.job?.committing();
        return info;
      }).immediate();
    },

    async listBundleVersions(arg) {
      return bundleVersions(db, setId, yearArg(objectArg(arg)));
    },

    async compareBundleVersions(arg) {
      const a = objectArg(arg);
      const planningYear = yearArg(a);
      const from = saved(planningYear, requiredInteger(a, 'from', 'De eerste versie', 1, 10_000));
      const toNumber = optionalInteger(a, 'to', 'De tweede versie', 1, 10_000);
      const to = toNumber === undefined ? await live(planningYear) : saved(planningYear, toNumber);
      return { from: from.version, to: to.version, changes: compareOverviews(from, to) };
    },

    async exportJointOverview(arg) {
      const a = objectArg(arg);
      const format = optionalOneOf(a, 'format', 'Het formaat', ['docx', 'xlsx'] as const);
      if (!format) throw new ServiceError('invalid_input', 'Kies Word (docx) of Excel (xlsx).');
      const partyId = a.partyId === undefined ? undefined : partyIdsArg([a.partyId], 'De partij')[0];
      const data = await exported(a);
      ctx.job?.phase('writing');
      const options = partyId ? { partyId } : {};
      const bytes = format === 'docx' ? await writeJointOverviewDocx(data, options) : await writeJointOverviewXlsx(data, options);
      const party = partyId ? data.parties.find((p) => p.id === partyId)?.shortName : undefined;
      return { name: jointOverviewFileName(data, format, party), data: Buffer.from(bytes).toString('base64'), version: { ...data.version } };
    },
  };
}

/**
 * "Iemand anders heeft dit intussen gewijzigd": who and when, and for each
 * field the edit would change, what is recorded now beside what was sent.
 */
function staleAlignmentMessage(
  now: Alignment,
  wanted: Partial<Alignment>,
  record: { updatedAt: string; updatedBy: string } | null,
  partyName: (id: string) => string,
): string {
  const quote = (text: string) => (text === '' ? 'leeg' : `“${text}”`);
  const promises = (list: PartyPromise[]) => (list.length === 0 ? 'geen' : list.map((p) => `${partyName(p.partyId)}: ${p.text}`).join('; '));
  const parties = (ids: string[]) => (ids.length === 0 ? 'niemand' : ids.map(partyName).join(', '));
  const fields: string[] = [];
  if (wanted.status !== undefined) fields.push(`status: nu ${alignmentStatusLabel(now.status)}, uw keuze ${alignmentStatusLabel(wanted.status)}`);
  if (wanted.notes !== undefined) fields.push(`notitie: nu ${quote(now.notes)}, uw tekst ${quote(wanted.notes)}`);
  if (wanted.promises !== undefined) fields.push(`toezeggingen: nu ${promises(now.promises)}, uw invoer ${promises(wanted.promises)}`);
  if (wanted.alsoInvolved !== undefined) fields.push(`ook betrokken: nu ${parties(now.alsoInvolved)}, uw keuze ${parties(wanted.alsoInvolved)}`);
  const who = record ? ` (${record.updatedBy}, ${formatDateNl(localDay(record.updatedAt))} ${localTime(record.updatedAt)})` : '';
  return (
    `Iemand anders heeft dit intussen gewijzigd${who}; uw wijziging is niet opgeslagen.` +
    (fields.length > 0 ? ` ${fields.map((f) => f.charAt(0).toUpperCase() + f.slice(1)).join('. ')}.` : '') +
    ' Bekijk de nieuwe stand en breng uw wijziging zo nodig opnieuw aan.'
  );
}

/**
 * What a decision on a request did, in Dutch, for the activity log: "Vraag van
 * Woonwaarts aan Gemeente: ‘snelle vergunning’ — beantwoord door ‘…’ (was: …)".
 */
function needDecisionDetail(
  need: NeedCheck,
  now: NeedDecision | null,
  before: NeedDecision | null,
  activity: (identity: string) => string,
  partyName: (id: string) => string,
): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '');
  const state = (d: NeedDecision | null): string => {
    if (d === null) {
      const found = need.overruled ?? need.answeredBy.filter((x) => x.reason === undefined);
      return found.length > 0 ? `volgens de tekst beantwoord door ${found.map((x) => needAnswerText(x, partyName)).join('; ')}` : 'volgens de tekst open';
    }
    return d.decision === 'answered' ? `beantwoord door ‘${flat(activity(d.answerIdentity ?? ''))}’` : 'open';
  };
  const question = `Vraag van ${partyName(need.fromPartyId)} aan ${partyName(need.toPartyId)}: ‘${flat(need.text)}’ (bij ‘${flat(activity(need.activityIdentity))}’)`;
  const what = now === null ? `besluit weggehaald, nu ${state(null)}` : state(now);
  return `${question} — ${what} (was: ${before === null ? state(null) : state(before)})`;
}

/**
 * Freezes an object and everything it holds. A region's overview holds millions of objects:
 * walked by index and by key, without an array of values made for each.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i] as unknown);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) deepFreeze(record[key]);
  }
  return value;
}
