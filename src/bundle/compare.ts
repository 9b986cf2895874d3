// What changed between two versions of the joint overview, in Dutch, for the
// werkgroep comparing a concept with the definitive version (or with today).
import type { BundleActivity, JointOverview } from '../domain/joint-overview';
import { alignmentStatusLabel } from '../domain/joint-overview-wording';
import { missingCase } from '../domain/assert';

import type { BundleChangeSubject } from '../domain/bundle-decisions';

export type { BundleChangeSubject };

export interface BundleChange {
  change: 'added' | 'removed' | 'changed';
  subject: BundleChangeSubject;
  text: string;
  details: string[];
}

interface Flat {
  activity: BundleActivity;
  reference: string;
}

function flatten(overview: JointOverview): Map<string, Flat> {
  const all = new Map<string, Flat>();
  for (const theme of overview.themes) {
    for (const topic of theme.topics) {
      for (const agreement of topic.agreements) {
        for (const activity of agreement.activities) all.set(activity.identity, { activity, reference: agreement.reference });
      }
    }
  }
  for (const activity of overview.unlinked) all.set(activity.identity, { activity, reference: 'zonder afspraak' });
  return all;
}

function partyName(overview: JointOverview, id: string): string {
  return overview.parties.find((p) => p.id === id)?.shortName ?? id;
}

function activityDetails(before: Flat, after: Flat, names: (id: string) => string): string[] {
  const details: string[] = [];
  const field = (label: string, a: string | undefined, b: string | undefined) => {
    if ((a ?? '') !== (b ?? '')) details.push(`${label}: ${a || '(leeg)'} → ${b || '(leeg)'}`);
  };
  field('Activiteit', before.activity.activity, after.activity.activity);
  field('Afspraak', before.reference, after.reference);
  field('Koppeling', linkState(before.activity), linkState(after.activity));
  field('Planning', before.activity.planning, after.activity.planning);
  field('Rol', before.activity.role, after.activity.role);
  field('Nodig van anderen', before.activity.needs, after.activity.needs);
  field('Afstemming', alignmentStatusLabel(before.activity.alignment.status).toLowerCase(), alignmentStatusLabel(after.activity.alignment.status).toLowerCase());
  const promises = (f: Flat) => f.activity.alignment.promises.map((p) => `${names(p.partyId)}: ${p.text}`).join('; ');
  field('Toezeggingen', promises(before), promises(after));
  field('Notities', before.activity.alignment.notes, after.activity.alignment.notes);
  return details;
}

/** How the link stands, in a word or two: a proposal confirmed between two versions is a change worth naming. */
function linkState(a: BundleActivity): string {
  switch (a.linkStatus) {
    case 'proposed':
      return 'voorgesteld';
    case 'choice':
      return 'te kiezen';
    case 'none':
      return 'geen afspraak gevonden';
    case 'confirmed':
      return 'bevestigd';
    case 'manual':
      return a.agreementId === null ? 'geen afspraak' : 'gekozen';
    case 'key':
    case 'reference':
    case 'evidence':
      return 'uit het bestand';
    default:
      return missingCase(a.linkStatus);
  }
}

export function compareOverviews(before: JointOverview, after: JointOverview): BundleChange[] {
  const changes: BundleChange[] = [];
  const names = (id: string) => partyName(after, id);

  for (const party of after.parties) {
    const old = before.parties.find((p) => p.id === party.id);
    const was = old?.submission ? `versie ${old.submission.version}` : 'niet ingediend';
    const now = party.submission ? `versie ${party.submission.version}` : 'niet ingediend';
    if (was !== now) changes.push({ change: 'changed', subject: 'party', text: party.shortName, details: [`Inzending: ${was} → ${now}`] });
  }

  const a = flatten(before);
  const b = flatten(after);
  for (const [identity, now] of b) {
    const old = a.get(identity);
    const label = `${names(now.activity.partyId)}: ${now.activity.activity}`;
    if (!old) changes.push({ change: 'added', subject: 'activity', text: label, details: [now.reference] });
    else {
      const details = activityDetails(old, now, names);
      if (details.length > 0) changes.push({ change: 'changed', subject: 'activity', text: label, details });
    }
  }
  for (const [identity, old] of a) {
    if (!b.has(identity)) {
      changes.push({
        change: 'removed',
        subject: 'activity',
        text: `${partyName(before, old.activity.partyId)}: ${old.activity.activity}`,
        details: [old.reference],
      });
    }
  }

  const beforeAttention = new Set(before.attention.map((p) => p.message));
  const afterAttention = new Set(after.attention.map((p) => p.message));
  for (const message of afterAttention) {
    if (!beforeAttention.has(message)) changes.push({ change: 'added', subject: 'attention-point', text: message, details: [] });
  }
  for (const message of beforeAttention) {
    if (!afterAttention.has(message)) changes.push({ change: 'removed', subject: 'attention-point', text: message, details: [] });
  }
  return changes;
}
