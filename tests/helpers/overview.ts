// Reading a joint overview in tests.
import type { BundleActivity, JointOverview } from '../../src/domain/joint-overview';

/** Every activity of the overview: under its afspraak, theme → topic → afspraak, then the unlinked ones. */
export function allActivities(o: Pick<JointOverview, 'themes' | 'unlinked'>): BundleActivity[] {
  return [...o.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...o.unlinked];
}
