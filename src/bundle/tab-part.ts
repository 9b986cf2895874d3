// One tab's part of the gezamenlijk activiteitenoverzicht: what the page's tab
// shows, cut from the computed overview, with the summary of the whole beside
// it (its tab in English codes: list, attention, duplicates, reciprocity). The Aandachtspunten and Dubbel gemeld tabs of a large year need a small
// share of its rows; the Overzicht tab leaves out what only the other tabs
// show. Pure and browser-safe (types only): the service cuts, the page shows.
import { summarizeOverview, type JointOverviewSummary } from '../domain/joint-overview-summary';
import type { BundleActivity, JointOverview } from '../domain/joint-overview';
import { missingCase } from '../domain/assert';

export const OVERVIEW_TABS = ['list', 'attention', 'duplicates', 'reciprocity'] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number];

export interface JointOverviewTab {
  tab: OverviewTab;
  /** The summary of the whole overview (not of the part): the counts, the parties, the open questions. */
  summary: JointOverviewSummary;
  /**
   * The overview with what this tab shows; what it does not show is left empty. The lists
   * are the full overview's, in its order: a row here is the row getJointOverview gives.
   */
  overview: JointOverview;
}

/** The overview's activities whose identity is wanted, each theme, topic and afspraak kept (the rows look afspraken up). */
function onlyActivities(overview: JointOverview, wanted: (a: BundleActivity) => boolean): Pick<JointOverview, 'themes' | 'unlinked'> {
  return {
    themes: overview.themes.map((theme) => ({
      ...theme,
      topics: theme.topics.map((topic) => ({
        ...topic,
        agreements: topic.agreements.map((agreement) => ({ ...agreement, activities: agreement.activities.filter(wanted) })),
      })),
    })),
    unlinked: overview.unlinked.filter(wanted),
  };
}

export function overviewTab(overview: JointOverview, tab: OverviewTab): JointOverviewTab {
  const summary = summarizeOverview(overview);
  const part = ((): JointOverview => {
    switch (tab) {
      case 'list':
        // The rows with their needs and the afspraken that have an aandachtspunt.
        return { ...overview, duplicates: [], reciprocity: [] };
      case 'attention':
        // The points name their afspraak and activity themselves.
        return { ...overview, themes: [], unlinked: [], needs: [], unaddressedNeeds: [], reciprocity: [], duplicates: [] };
      case 'duplicates': {
        const named = new Set(overview.duplicates.flatMap((d) => d.activityIdentities));
        return { ...overview, ...onlyActivities(overview, (a) => named.has(a.identity)), needs: [], unaddressedNeeds: [], reciprocity: [], attention: [] };
      }
      case 'reciprocity':
        // Every activity stays: an asked party's own activities are what may be marked as its answer.
        return { ...overview, duplicates: [], attention: [] };
      default:
        return missingCase(tab);
    }
  })();
  return { tab, summary, overview: part };
}
