// Links between the activities of the current submissions and the afspraken,
// as people decide them: a proposal confirmed, an afspraak chosen (one of a
// choice's candidates or any other), "geen afspraak"; one by one or all at
// once, each recorded in the activity log. Decisions are stored on the
// activity rows of the current submission, where a re-import of the same
// file finds them (imports.ts keeps decided links by activity identity).
import { activityIdentity } from '../bundle/compute';
import { candidateReferences, openLinksOf, shownLink } from '../bundle/links';
import { activityLogEntries, insertActivityLog } from '../db/activity-log';
import { queryAgreements } from '../db/agreements';
import { loadPartyDirectory } from '../db/party-directory';
import { activitiesOf, currentSubmissionIds, updateActivityLink } from '../db/submissions';
import type { StoredActivity } from '../domain/activities';
import { linkIsOpen, openLinkText, choiceList, type LinkStatus } from '../domain/links';
import type { WerkbankApi } from './contract';
import type { OpenLink } from '../domain/joint-overview';
import type { AgreementRow } from '../domain/agreements';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import { knownPartyId, objectArg, optionalString, planningYearInPeriod, requiredInteger } from './validate';
import { missingCase } from '../domain/assert';

type LinkMethods = Pick<WerkbankApi, 'listOpenLinks' | 'decideLinks' | 'confirmOpenLinks' | 'listActivityLog'>;

interface Period {
  periodStart: number;
  periodEnd: number;
}

/** At most this many rows are named in a refusal; the rest are counted. */
const NAMED_IN_REFUSAL = 25;

/** The open links of a planning year's current submissions (or one party's), in the overview's order. */
export function openLinksOfYear(ctx: ServiceContext, planningYear: number, partyId?: string): OpenLink[] {
  const { db, setId } = ctx;
  const activities = activitiesOf(db, currentSubmissionIds(db, setId, planningYear, 'activities', partyId));
  const agreements = new Map(queryAgreements(db, setId, {}).map((r) => [r.id, r]));
  const order = new Map(loadPartyDirectory(db, setId).parties.map((p, i) => [p.id, i]));
  return openLinksOf(activities, agreements, order);
}

/** "HBD, blad Blad1, rij 5 (‘Huurdersavond over …’)": where an activity is in its party's file. */
function rowLabel(partyName: string, a: { sheet: string; rowNumber: number; activity: string }): string {
  const text = a.activity.replace(/\s+/g, ' ').trim();
  const short = text.length > 80 ? `${text.slice(0, 77).replace(/\s+\S*$/, '')}…` : text;
  return `${partyName}, blad ${a.sheet}, rij ${a.rowNumber} (‘${short}’)`;
}

/** The Dutch refusal to freeze while links are open, naming the rows. */
export function openLinksRefusal(planningYear: number, open: readonly OpenLink[], partyName: (id: string) => string): string {
  const count = open.length === 1 ? '1 koppeling aan een afspraak is' : `${open.length} koppelingen aan afspraken zijn`;
  const lines = [
    `Het overzicht ${planningYear} kan nog niet definitief worden: ${count} nog niet besloten, en een definitief overzicht ` +
      `bevat geen voorstellen. Bevestig of kies ze eerst (in het Gezamenlijk overzicht, of met: prestatie koppelingen --jaar ${planningYear}):`,
    ...open.slice(0, NAMED_IN_REFUSAL).map((o) => `- ${rowLabel(partyName(o.partyId), o)}: ${openLinkText(o.status, o.reference, o.candidates)}`),
  ];
  if (open.length > NAMED_IN_REFUSAL) lines.push(`- … en nog ${open.length - NAMED_IN_REFUSAL}.`);
  return lines.join('\n');
}

/** A link as it reads in the activity log: "voorgesteld 1.1 bij 1 (1)", "kies: A of B", "geen afspraak". */
function linkText(status: LinkStatus, reference: string | null, candidates: readonly string[]): string {
  switch (status) {
    case 'key':
    case 'reference':
    case 'evidence':
      return `${reference ?? 'afspraak'} (uit het bestand)`;
    case 'proposed':
      return `voorgesteld ${reference ?? ''}`.trim();
    case 'choice':
      return candidates.length > 0 ? `kies: ${choiceList(candidates)}` : 'kies de afspraak';
    case 'none':
      return 'geen afspraak gevonden';
    case 'confirmed':
      return `bevestigd ${reference ?? ''}`.trim();
    case 'manual':
      return reference ? `gekozen ${reference}` : 'geen afspraak';
    default:
      return missingCase(status);
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function createLinkMethods(ctx: ServiceContext, period: () => Period): LinkMethods {
  const { db, setId } = ctx;

  const partyNamer = (): ((id: string) => string) => {
    const parties = loadPartyDirectory(db, setId).parties;
    return (id) => parties.find((p) => p.id === id)?.shortName ?? id;
  };

  const partyArg = (a: Record<string, unknown>): string | undefined => {
    const id = optionalString(a, 'partyId', 'De partij', 100);
    if (id === undefined || id === '') return undefined;
    return knownPartyId(id, (k) => loadPartyDirectory(db, setId).parties.some((p) => p.id === k));
  };

  const reasonArg = (a: Record<string, unknown>): string => optionalString(a, 'reason', 'De reden', 2_000)?.trim() ?? '';

  const agreementsById = (): Map<number, AgreementRow> => new Map(queryAgreements(db, setId, {}).map((r) => [r.id, r]));

  const currentActivities = (planningYear: number, partyId?: string): StoredActivity[] =>
    activitiesOf(db, currentSubmissionIds(db, setId, planningYear, 'activities', partyId));

  return {
    async listOpenLinks(arg) {
      const a = objectArg(arg);
      return openLinksOfYear(ctx, planningYearInPeriod(a, period()), partyArg(a));
    },

    async decideLinks(arg) {
      const a = objectArg(arg);
      const planningYear = planningYearInPeriod(a, period());
      const reason = reasonArg(a);
      if (!Array.isArray(a.decisions) || a.decisions.length === 0) {
        throw new ServiceError('invalid_input', 'Geef ten minste één besluit: een activiteit en de afspraak waar zij bij hoort (of geen).');
      }
      if (a.decisions.length > 10_000) throw new ServiceError('invalid_input', 'Te veel besluiten in één keer (ten hoogste 10.000).');
      const agreements = agreementsById();
      const activities = new Map(currentActivities(planningYear).map((x) => [x.id, x]));
      const seen = new Set<number>();
      const decisions = a.decisions.map((raw) => {
        const d = objectArg(raw);
        const activityId = requiredInteger(d, 'activityId', 'De activiteit', 1, Number.MAX_SAFE_INTEGER);
        const activity = activities.get(activityId);
        if (!activity) {
          throw new ServiceError(
            'not_found',
            `Activiteit ${activityId} staat niet (meer) in de huidige activiteitenoverzichten van ${planningYear}; laad het overzicht opnieuw.`,
          );
        }
        if (seen.has(activityId)) throw new ServiceError('invalid_input', `Over activiteit ${activityId} gaan twee besluiten; geef er één.`);
        seen.add(activityId);
        if (d.agreementId !== null && d.agreementId !== undefined) {
          const agreementId = requiredInteger(d, 'agreementId', 'De afspraak', 1, Number.MAX_SAFE_INTEGER);
          if (!agreements.has(agreementId)) throw new ServiceError('invalid_input', `Afspraak ${agreementId} bestaat niet.`);
          return { activity, agreementId };
        }
        if (d.agreementId === undefined) {
          throw new ServiceError('invalid_input', 'Zeg bij elk besluit bij welke afspraak de activiteit hoort, of null voor geen afspraak.');
        }
        return { activity, agreementId: null };
      });

      const names = partyNamer();
      const at = ctx.now().toISOString();
      const changed = db.transaction(() => {
        let count = 0;
        for (const { activity, agreementId } of decisions) {
          const before = shownLink(activity, agreements);
          const status: LinkStatus =
            agreementId !== null && agreementId === before.agreementId && before.linkStatus === 'proposed' ? 'confirmed' : 'manual';
          // The same afspraak as already settled, or "geen afspraak" again: nothing to change.
          if (!linkIsOpen(before.linkStatus) && agreementId === before.agreementId) continue;
          const referenceOf = (id: number | null) => (id === null ? null : (agreements.get(id)?.reference ?? null));
          const candidates = candidateReferences(activity, agreements);
          updateActivityLink(db, activity.id, agreementId, status);
          insertActivityLog(db, {
            setId,
            planningYear,
            partyId: activity.partyId,
            identity: activityIdentity(activity),
            action: status === 'confirmed' ? 'confirm' : 'link',
            detail:
              `${rowLabel(names(activity.partyId), activity)}: ` +
              `${linkText(before.linkStatus, referenceOf(before.agreementId), candidates)} → ${linkText(status, referenceOf(agreementId), [])}`,
            reason,
            changedAt: at,
            changedBy: ctx.changedBy,
          });
          count++;
        }
        return count;
      }).immediate();
      return { changed, open: openLinksOfYear(ctx, planningYear) };
    },

    async confirmOpenLinks(arg) {
      const a = objectArg(arg);
      const planningYear = planningYearInPeriod(a, period());
      const partyId = partyArg(a);
      const reason = reasonArg(a);
      const agreements = agreementsById();
      const activities = currentActivities(planningYear, partyId);
      const changed = db.transaction(() => {
        let confirmed = 0;
        let none = 0;
        let choices = 0;
        for (const activity of activities) {
          const shown = shownLink(activity, agreements);
          if (shown.linkStatus === 'proposed') {
            updateActivityLink(db, activity.id, shown.agreementId, 'confirmed');
            confirmed++;
          } else if (shown.linkStatus === 'none') {
            // Nothing found, and nothing chosen: a person's "geen afspraak".
            updateActivityLink(db, activity.id, null, 'manual');
            none++;
          } else if (shown.linkStatus === 'choice') {
            choices++;
          }
        }
        if (confirmed + none === 0) return 0;
        const scope = partyId ? ` (${partyNamer()(partyId)})` : '';
        const open = choices > 0 ? `; ${plural(choices, 'keuze blijft', 'keuzes blijven')} open` : '';
        insertActivityLog(db, {
          setId,
          planningYear,
          partyId: partyId ?? null,
          identity: null,
          action: 'confirm-all',
          detail: `${plural(confirmed, 'voorstel', 'voorstellen')} bevestigd, ${none} keer 'geen afspraak'${open}${scope}`,
          reason,
          changedAt: ctx.now().toISOString(),
          changedBy: ctx.changedBy,
        });
        return confirmed + none;
      }).immediate();
      return { changed, open: openLinksOfYear(ctx, planningYear) };
    },

    async listActivityLog(arg) {
      return activityLogEntries(db, setId, planningYearInPeriod(objectArg(arg), period()));
    },
  };
}
