// The secretary corrects one stored activity: edits its fields or removes it
// (and restores it), always with a reason, after a backup, in one transaction,
// recorded in the activity log. The correction is kept by the row as the
// partner wrote it, so that the next version of the same file gets it again
// where that row is unchanged; a changed row comes in as written, to look at again.
import crypto from 'node:crypto';
import { backupDatabase } from '../db/backup';
import { insertActivityLog } from '../db/activity-log';
import {
  loadCorrections,
  moveAlignment,
  saveCorrection,
  submissionOfActivity,
  updateActivity,
  type StoredCorrection,
} from '../db/corrections';
import { loadPartyDirectory } from '../db/party-directory';
import { activitiesOf, currentSubmission } from '../db/submissions';
import { activityIdentity } from '../bundle/compute';
import { CORRECTABLE_FIELDS, describeChange, isCorrectableField, type CorrectableField } from '../domain/corrections';
import { createPartyResolver, type PartyResolver } from '../domain/parties';
import { normalizeForSearch } from '../domain/text';
import type { ImportProblem } from '../imports/types';
import type { WerkbankApi } from './contract';
import type { ActivityCorrectionView, ActivityRow, NewActivity, StoredActivity } from '../domain/activities';
import { ServiceError } from '../domain/errors';
import type { ReadonlyDb } from '../db/open';
import type { ServiceContext } from './context';
import { objectArg, optionalString, requiredInteger } from './validate';

type CorrectionMethods = Pick<WerkbankApi, 'correctActivity'>;

/** Every field the reader fills, besides where the row is: what makes a row the row the partner wrote. */
const READ_FIELDS = [
  'key',
  'activity',
  'agreementRef',
  'topicContext',
  'role',
  'lead',
  'rowLabel',
  'budget',
  'needs',
  'needsFrom',
  'ambition',
  'planning',
  'involved',
  'notes',
] as const;

type ReadRow = Partial<Record<(typeof READ_FIELDS)[number], string | number>> & { extra: Record<string, string> };

/**
 * A stable hash of each row as the partner wrote it: all its read fields,
 * normalised (case, accents, spacing), not where it is in the sheet. A row
 * written the same way twice gets its occurrence added, so a correction of the
 * second one does not touch the first.
 */
export function fingerprints(rows: readonly ReadRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const text = (v: unknown) => (v === undefined || v === null ? '' : normalizeForSearch(String(v)));
    const fields = READ_FIELDS.map((f) => [f, text(row[f])]).filter(([, v]) => v !== '');
    const extra = Object.entries(row.extra)
      .map(([k, v]) => [normalizeForSearch(k), text(v)])
      .filter(([, v]) => v !== '')
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    const base = crypto.createHash('sha256').update(JSON.stringify({ fields, extra })).digest('hex').slice(0, 32);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** A stored activity as the partner wrote it: the corrected fields back to their original values. */
export function asWritten(a: StoredActivity): ReadRow {
  const row: ReadRow = { ...a };
  for (const [field, value] of Object.entries(a.original ?? {})) {
    if (isCorrectableField(field)) row[field] = value === '' ? undefined : value;
  }
  return row;
}

/** The correction of each stored activity that has one, by activity id, with its reason. */
export function correctionViews(
  activities: readonly StoredActivity[],
  correctionsOf: (partyId: string, planningYear: number) => Map<string, StoredCorrection>,
): Map<number, ActivityCorrectionView> {
  const views = new Map<number, ActivityCorrectionView>();
  const bySubmission = new Map<number, StoredActivity[]>();
  for (const a of activities) bySubmission.set(a.submissionId, [...(bySubmission.get(a.submissionId) ?? []), a]);
  for (const list of bySubmission.values()) {
    if (!list.some((a) => a.original !== undefined || a.removedReason !== undefined)) continue;
    const first = list[0] as StoredActivity;
    const corrections = correctionsOf(first.partyId, first.planningYear);
    const prints = fingerprints(list.map(asWritten));
    list.forEach((a, i) => {
      if (a.original === undefined && a.removedReason === undefined) return;
      const kept = corrections.get(prints[i] as string);
      const view: ActivityCorrectionView = {
        reason: a.removedReason ?? kept?.reason ?? '',
        removed: a.removedReason !== undefined,
        original: a.original ?? {},
      };
      if (kept) {
        view.changedAt = kept.changedAt;
        view.changedBy = kept.changedBy;
      }
      views.set(a.id, view);
    });
  }
  return views;
}

/**
 * A new version of a file: the corrections kept for its rows are applied to
 * the rows the partner left unchanged. A row that was corrected before but is
 * changed now comes in as written, with a warning to look at it again.
 */
export function applyCorrections(
  activities: NewActivity[],
  arg: {
    partyId: string;
    corrections: Map<string, StoredCorrection>;
    /** The current version's activities, removed ones included. */
    previous: readonly StoredActivity[];
    resolver: PartyResolver;
    fileName: string;
  },
): ImportProblem[] {
  // Without kept corrections no row can match one: no need to hash every row.
  const anyKept = arg.corrections.size > 0;
  const prints = anyKept ? fingerprints(activities) : [];
  const applied = new Set<number>();
  activities.forEach((act, i) => {
    const correction = arg.corrections.get(prints[i] as string);
    if (!correction) return;
    const original: Partial<Record<CorrectableField, string>> = {};
    const fields = act as Partial<Record<CorrectableField, string>>;
    for (const [field, value] of Object.entries(correction.fields)) {
      if (!isCorrectableField(field) || value === undefined) continue;
      original[field] = fields[field] ?? '';
      if (value === '' && field !== 'activity') delete fields[field];
      else fields[field] = value;
    }
    if (original.needsFrom !== undefined) act.needsFromParties = arg.resolver.resolve(act.needsFrom ?? '');
    if (original.involved !== undefined) act.involvedParties = arg.resolver.resolve(act.involved ?? '');
    act.correction = { reason: correction.reason, removed: correction.removed, original, changedAt: correction.changedAt, changedBy: correction.changedBy };
    applied.add(i);
  });

  // Corrected before, by the activity as the partner wrote it then.
  const earlier = new Map<string, { removed: boolean; reason: string }>();
  const previousPrints = anyKept ? fingerprints(arg.previous.map(asWritten)) : [];
  arg.previous.forEach((p, i) => {
    if (p.original === undefined && p.removedReason === undefined) return;
    const written = asWritten(p);
    const reason = p.removedReason ?? arg.corrections.get(previousPrints[i] as string)?.reason ?? '';
    earlier.set(activityIdentity({ partyId: arg.partyId, key: p.key, activity: String(written.activity ?? p.activity) }), {
      removed: p.removedReason !== undefined,
      reason,
    });
  });
  const problems: ImportProblem[] = [];
  activities.forEach((act, i) => {
    if (applied.has(i)) return;
    const before = earlier.get(activityIdentity({ partyId: arg.partyId, key: act.key, activity: act.activity }));
    if (!before) return;
    problems.push({
      severity: 'warning',
      code: 'correction-not-applied',
      message:
        `${arg.fileName}, blad "${act.sheet}", rij ${act.rowNumber}: deze activiteit is eerder ${before.removed ? 'verwijderd' : 'gecorrigeerd'}` +
        `${before.reason ? ` („${before.reason}”)` : ''}, maar de partner heeft de rij veranderd; de correctie is daarom niet overgenomen. Kijk hem opnieuw na.`,
      file: arg.fileName,
      sheet: act.sheet,
      row: act.rowNumber,
    });
  });
  return problems;
}

export function createCorrectionMethods(ctx: ServiceContext, api: () => WerkbankApi): CorrectionMethods {
  const { db } = ctx;

  return {
    async correctActivity(arg) {
      const a = objectArg(arg);
      const activityId = requiredInteger(a, 'activityId', 'De activiteit', 1, Number.MAX_SAFE_INTEGER);
      const reason = optionalString(a, 'reason', 'De reden', 2_000)?.trim() ?? '';
      if (reason === '') throw new ServiceError('invalid_input', 'Geef een reden: waarom corrigeert u deze activiteit?');
      const remove = a.remove;
      if (remove !== undefined && remove !== null && typeof remove !== 'boolean') {
        throw new ServiceError('invalid_input', 'Verwijderen is ja (true) of nee (false).');
      }
      const given = objectArg(a.fields);
      const requested: Partial<Record<CorrectableField, string>> = {};
      for (const [field, value] of Object.entries(given)) {
        if (!isCorrectableField(field)) throw new ServiceError('invalid_input', `Het veld "${field}" van een activiteit kan niet worden gecorrigeerd.`);
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string') throw new ServiceError('invalid_input', `${field} moet tekst zijn.`);
        if (value.length > 10_000) throw new ServiceError('invalid_input', `${field} is te lang (ten hoogste 10000 tekens).`);
        requested[field] = value.trim();
      }
      if (requested.activity === '') throw new ServiceError('invalid_input', 'De activiteit mag niet leeg zijn: verwijder hem liever, met een reden.');

      const where = submissionOfActivity(db, activityId);
      if (!where || where.setId !== ctx.setId) throw new ServiceError('not_found', `Activiteit ${activityId} bestaat niet.`);
      const partyName = loadPartyDirectory(db, ctx.setId).parties.find((p) => p.id === where.partyId)?.shortName ?? where.partyId;
      if (!where.isCurrent) {
        const current = currentSubmission(db, ctx.setId, where.partyId, where.planningYear, 'activities');
        throw new ServiceError(
          'conflict',
          `Deze activiteit staat in versie ${where.version} van het overzicht van ${partyName} (${where.planningYear}); ` +
            `alleen de huidige versie${current ? ` (${current.version})` : ''} kan worden gecorrigeerd.`,
        );
      }

      const all = activitiesOf(db, [where.submissionId], { includeRemoved: true });
      const index = all.findIndex((x) => x.id === activityId);
      const target = all[index] as StoredActivity;
      const wasRemoved = target.removedReason !== undefined;
      const now: Record<CorrectableField, string> = Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, target[f] ?? ''])) as Record<CorrectableField, string>;
      const changed = CORRECTABLE_FIELDS.filter((f) => requested[f] !== undefined && requested[f] !== now[f]);
      if (remove === true && changed.length > 0) {
        throw new ServiceError('invalid_input', 'Verwijderen en wijzigen gaan niet samen: verwijder de activiteit, of wijzig hem.');
      }
      if (remove === true && wasRemoved) throw new ServiceError('invalid_input', 'Deze activiteit is al verwijderd.');
      if (wasRemoved && remove !== false && changed.length > 0) {
        throw new ServiceError('invalid_input', 'Deze activiteit is verwijderd; herstel hem eerst.');
      }
      const restore = remove === false && wasRemoved;
      if (changed.length === 0 && remove !== true && !restore) {
        throw new ServiceError('invalid_input', remove === false ? 'Deze activiteit is niet verwijderd; er is niets te herstellen.' : 'Er is niets gewijzigd.');
      }

      // What the partner wrote, and what differs from it after this correction.
      const written: Record<CorrectableField, string> = { ...now, ...(target.original ?? {}) };
      const after: Record<CorrectableField, string> = { ...now };
      for (const f of changed) after[f] = requested[f] as string;
      const original: Partial<Record<CorrectableField, string>> = {};
      const fields: Partial<Record<CorrectableField, string>> = {};
      for (const f of CORRECTABLE_FIELDS) {
        if (after[f] !== written[f]) {
          original[f] = written[f];
          fields[f] = after[f];
        }
      }
      const removed = remove === true || (wasRemoved && !restore);
      const changedAt = ctx.now().toISOString();
      const resolver = createPartyResolver(loadPartyDirectory(db, ctx.setId));
      const identityBefore = activityIdentity(target);
      const identityAfter = activityIdentity({ ...target, activity: after.activity });
      const fingerprint = fingerprints(all.map(asWritten))[index] as string;
      const log = (action: 'edit' | 'remove', detail: string) =>
        insertActivityLog(db, {
          setId: ctx.setId,
          planningYear: where.planningYear,
          partyId: where.partyId,
          identity: identityAfter,
          action,
          detail,
          reason,
          changedAt,
          changedBy: ctx.changedBy,
        });

      backupDatabase(db, ctx.databasePath, 'voor-correctie', { now: ctx.now(), appVersion: ctx.version });
      db.transaction(() => {
        updateActivity(db, activityId, {
          fields: Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, f === 'activity' || after[f] !== '' ? after[f] : null])) as Record<
            CorrectableField,
            string | null
          >,
          needsFromParties: changed.includes('needsFrom') ? resolver.resolve(after.needsFrom) : target.needsFromParties,
          involvedParties: changed.includes('involved') ? resolver.resolve(after.involved) : target.involvedParties,
          removedReason: removed ? (remove === true ? reason : (target.removedReason ?? reason)) : null,
          original: Object.keys(original).length > 0 ? original : null,
        });
        saveCorrection(
          db,
          { setId: ctx.setId, planningYear: where.planningYear, partyId: where.partyId, fingerprint },
          Object.keys(fields).length > 0 || removed ? { fields, removed, reason, changedAt, changedBy: ctx.changedBy } : null,
        );
        if (remove === true) log('remove', `Verwijderd: ${oneLine(now.activity)}`);
        if (restore) log('edit', `Hersteld (was verwijderd: ${target.removedReason ?? ''})`);
        if (changed.length > 0) log('edit', changed.map((f) => describeChange(f, now[f], after[f])).join('; '));
        moveAlignment(db, ctx.setId, where.planningYear, identityBefore, identityAfter);
      }).immediate();

      const rows = await api().listActivities({ planningYear: where.planningYear, partyId: where.partyId });
      const row = rows.find((r) => r.id === activityId);
      if (!row) throw new ServiceError('internal', 'De correctie is opgeslagen maar de activiteit is niet teruggevonden.');
      return row satisfies ActivityRow;
    },
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' / ');
}

/** The corrections kept for a party and year, read once per call. */
export function correctionsReader(db: ReadonlyDb, setId: number): (partyId: string, planningYear: number) => Map<string, StoredCorrection> {
  const cache = new Map<string, Map<string, StoredCorrection>>();
  return (partyId, planningYear) => {
    const key = `${partyId}:${planningYear}`;
    let found = cache.get(key);
    if (!found) {
      found = loadCorrections(db, setId, planningYear, partyId);
      cache.set(key, found);
    }
    return found;
  };
}
