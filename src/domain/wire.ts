// What the shells and the renderer agree on, on the wire: the IPC channel, the
// preload's global, the browser shell's token header, and which calls of the
// one API are heavy (the shells run them as jobs, the renderer shows them in
// its job panel). Plain names, pure, so the renderer may import them at run
// time; service/jobs.ts checks that every heavy call is a method of the API.

/** The one IPC channel; main checks the sender and the method name on every call. */
export const IPC_CHANNEL = 'werkbank:call';

/** Name of the global the preload sets with contextBridge. */
export const BRIDGE_GLOBAL = 'werkbank';

/** Header that carries the browser shell's per-start secret. */
export const TOKEN_HEADER = 'x-werkbank-token';

/**
 * The calls that may take seconds on a large year: the shells run them off
 * the thread that answers the others, report their phase, and can cancel them.
 * A heavy call that writes does so in one transaction and tells its job just
 * before it commits (JobReporter.committing), so a cancel either rolls all of
 * it back or comes too late and is refused; never half.
 */
export const HEAVY_METHODS = [

  'previewImport',
  'commitImport',
  'previewResultsImport',
  'commitResultsImport',
  'makeActivityRequests',
  'makeResultsRequests',
  'getJointOverview',
  'getJointOverviewSummary',
  'getJointOverviewTab',
  'saveBundleVersion',
  'compareBundleVersions',
  'exportJointOverview',
  'getAccountabilityReport',
  'getAgreementWork',
  'getAccountabilityCharts',
  'exportAccountabilityReport',
  'makeMails',
  'getWorkStand',
] as const;

export type HeavyMethod = (typeof HEAVY_METHODS)[number];

export function isHeavyMethod(method: unknown): method is HeavyMethod {
  return typeof method === 'string' && (HEAVY_METHODS as readonly string[]).includes(method);
}
