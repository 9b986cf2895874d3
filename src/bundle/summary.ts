// What the Gezamenlijk overzicht page shows before its rows: the counts, the
// gaps, the parties' submissions, the open questions of the wederkerigheid and
// the number of aandachtspunten. A few kilobytes however many activities the
// year has, so the page can show it while the rows are still on their way.
// Pure and browser-safe (types only): the service sends it, the page makes the
// same from a full overview, so the two cannot disagree.
import { openQuestions } from './questions';
import type { BundleVersionInfo } from '../domain/bundle-decisions';
import type { BundleParty, JointOverview } from './types';

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
  };
}
