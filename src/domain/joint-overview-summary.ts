// What the Gezamenlijk overzicht page shows before its rows: the counts, the
// gaps, the parties' submissions, the open questions of the wederkerigheid and
// the number of aandachtspunten. A few kilobytes however many activities the
// year has, so the page can show it while the rows are still on their way.
// Pure and browser-safe (types only): the service sends it, the page makes the
// same from a full overview, so the two cannot disagree.
import { openQuestions } from './open-questions';
import type { BundleVersionInfo } from './bundle-decisions';
import type { BundleActivity, BundleParty, JointOverview } from './joint-overview';

export interface JointOverviewSummary {
  planningYear: number;
  version: BundleVersionInfo;
  generatedAt: string;
  parties: BundleParty[];
  themes: { number: number; title: string }[];
  counts: JointOverview['counts'];
  /** The open questions of the wederkerigheid (openQuestions), counted once. */
  questions: { open: number; total: number };
  /** How many aandachtspunten the overview has. */
  attention: number;
  /** The activities whose link to an afspraak is still open, by how it is open (counts.linksOpen is their sum). */
  links: { proposed: number; choices: number; none: number };
}

export function summarizeOverview(overview: JointOverview): JointOverviewSummary {
  const { open, total } = openQuestions(overview);
  return {
    planningYear: overview.planningYear,
    version: overview.version,
    generatedAt: overview.generatedAt,
    parties: overview.parties,
    themes: overview.themes.map((t) => ({ number: t.number, title: t.title })),
    counts: overview.counts,
    questions: { open, total },
    attention: overview.attention.length,
    links: openLinkCounts(overview),
  };
}

function openLinkCounts(overview: JointOverview): JointOverviewSummary['links'] {
  const links = { proposed: 0, choices: 0, none: 0 };
  const count = (a: BundleActivity) => {
    if (a.linkStatus === 'proposed') links.proposed++;
    else if (a.linkStatus === 'choice') links.choices++;
    else if (a.linkStatus === 'none') links.none++;
  };
  for (const theme of overview.themes) for (const topic of theme.topics) for (const agreement of topic.agreements) agreement.activities.forEach(count);
  overview.unlinked.forEach(count);
  return links;
}
