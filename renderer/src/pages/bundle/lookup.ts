// What the Gezamenlijk overzicht's rows and panels look up in the overview:
// party names, activities and afspraken by their keys, needs per activity.
// Built once per overview; pure.
import type { BundleActivity, BundleAgreement, JointOverview, NeedCheck, UnaddressedNeed } from '../../../../src/domain/joint-overview';

/** Party id → short name, from the overview itself (a saved version keeps the names it had). */
export function namer(overview: Pick<JointOverview, 'parties'>): (id: string) => string {
  const names = new Map(overview.parties.map((p) => [p.id, p.shortName]));
  return (id) => names.get(id) ?? id;
}

/** Activity identity → the activity, for proposals, needs and joint activities. */
export function activityIndex(overview: JointOverview): Map<string, BundleActivity> {
  const index = new Map<string, BundleActivity>();
  for (const theme of overview.themes) {
    for (const topic of theme.topics) for (const agreement of topic.agreements) for (const a of agreement.activities) index.set(a.identity, a);
  }
  for (const a of overview.unlinked) index.set(a.identity, a);
  return index;
}

/** What the rows look up in the overview, built once per overview. */
export interface Lookup {
  name: (partyId: string) => string;
  activity: (identity: string) => BundleActivity | undefined;
  agreement: (id: number) => BundleAgreement | undefined;
  /** An afspraak by its reference ("1.1 bij 1 (2)"), as candidates are named. */
  agreementByReference: (reference: string) => BundleAgreement | undefined;
  /** Every afspraak of the set per theme, in document order: to choose a link from. */
  themes: { number: number; title: string; agreements: BundleAgreement[] }[];
  needsOf: (identity: string) => NeedCheck[];
  /** The activity's need when it names no party of the agreement (an open question nobody can answer yet). */
  unaddressedOf: (identity: string) => UnaddressedNeed | undefined;
}

export function makeLookup(overview: JointOverview): Lookup {
  const activities = activityIndex(overview);
  const agreements = agreementIndex(overview);
  const byReference = new Map([...agreements.values()].map((a) => [a.reference, a]));
  const needs = new Map<string, NeedCheck[]>();
  for (const n of overview.needs) needs.set(n.activityIdentity, [...(needs.get(n.activityIdentity) ?? []), n]);
  const unaddressed = new Map((overview.unaddressedNeeds ?? []).map((n) => [n.activityIdentity, n]));
  return {
    name: namer(overview),
    activity: (identity) => activities.get(identity),
    agreement: (id) => agreements.get(id),
    agreementByReference: (reference) => byReference.get(reference),
    themes: overview.themes.map((t) => ({ number: t.number, title: t.title, agreements: t.topics.flatMap((topic) => topic.agreements) })),
    needsOf: (identity) => needs.get(identity) ?? [],
    unaddressedOf: (identity) => unaddressed.get(identity),
  };
}

/** Afspraak id → its reference and text. */
export function agreementIndex(overview: JointOverview): Map<number, BundleAgreement> {
  const index = new Map<number, BundleAgreement>();
  for (const theme of overview.themes) for (const topic of theme.topics) for (const agreement of topic.agreements) index.set(agreement.id, agreement);
  return index;
}
