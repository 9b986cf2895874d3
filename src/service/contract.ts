// The app's one API. Every shell (IPC, HTTP, CLI) carries exactly these calls
// with exactly these types; the renderer cannot tell which transport it has.
// Each area declares its slice next to its implementation (*-contract.ts);
// this file joins them, and keeps the method registry and the envelope.
import type { ErrorCode } from '../domain/errors';
import type { AgreementSetsApi } from './agreement-sets-contract';
import type { AgreementsApi } from './agreements-contract';
import type { AppApi } from './app-contract';
import type { BundleApi } from './bundle-contract';
import type { ChasingApi } from './chasing-contract';
import type { ImportsApi } from './imports-contract';
import type { IndicatorsApi } from './indicators-contract';
import type { IndicatorProposalsApi } from './indicator-proposals-contract';
import type { CycleDatesApi } from './cycle-dates-contract';
import type { PartyEditApi } from './party-edit-contract';
import type { JobsApi } from './jobs-contract';
import type { LinksApi } from './links-contract';
import type { ResultsApi } from './results-contract';
import type { WorkStandApi } from './work-stand-contract';

export type * from './app-contract';
export type * from './agreements-contract';
export type * from './imports-contract';
export type * from './bundle-contract';
export type * from './links-contract';
export type * from './results-contract';
export type * from './indicators-contract';
export type * from './chasing-contract';
export type * from './agreement-sets-contract';
export type * from './indicator-proposals-contract';
export type * from './cycle-dates-contract';
export type * from './party-edit-contract';
export type * from './work-stand-contract';

// The domain's types that the calls carry, for the renderer, which reads the contract only.
export type { AgreementQuery, AgreementRow, AuditEntry, AuditField } from '../domain/agreements';
export type { ActivityCorrectionView, ActivityLinkView, ActivityRow, ActivityView } from '../domain/activities';
export type { SubmissionSummary, UndoneSubmission } from '../domain/submissions';
export type { ActivityLogEntry } from '../domain/activity-log';
export type { IndicatorLogEntry } from '../domain/indicators';
export type { LinkStatus } from '../domain/links';
export type { OpenLink } from '../domain/joint-overview';

export interface WerkbankApi
  extends AppApi,
    AgreementsApi,
    ImportsApi,
    BundleApi,
    LinksApi,
    ResultsApi,
    IndicatorsApi,
    ChasingApi,
    AgreementSetsApi,
    IndicatorProposalsApi,
    CycleDatesApi,
    PartyEditApi,
    JobsApi,
    WorkStandApi {}

export type ApiMethod = keyof WerkbankApi;
export type ApiArg<K extends ApiMethod> = Parameters<WerkbankApi[K]> extends [infer A] ? A : undefined;
export type ApiResult<K extends ApiMethod> = Awaited<ReturnType<WerkbankApi[K]>>;

/** Every method name, checked against the interface both ways. */
const methodSet = {
  getAppInfo: true,
  listBackups: true,
  restoreBackup: true,
  listThemes: true,
  listAgreements: true,
  getAgreement: true,
  updateAgreement: true,
  listAuditLog: true,
  listParties: true,
  resolvePartyName: true,
  listGlossary: true,
  listIndicators: true,
  getCalendar: true,
  getWorkStand: true,
  makeActivityRequests: true,
  previewImport: true,
  commitImport: true,
  getSubmissionStatus: true,
  listSubmissionVersions: true,
  listUndoneImports: true,
  setReceivedOn: true,
  listActivities: true,
  correctActivity: true,
  undoImport: true,
  getJointOverview: true,
  getJointOverviewSummary: true,
  getJointOverviewTab: true,
  updateAlignment: true,
  decideDuplicate: true,
  decideNeed: true,
  markInsufficient: true,
  saveBundleVersion: true,
  listBundleVersions: true,
  compareBundleVersions: true,
  exportJointOverview: true,
  listOpenLinks: true,
  decideLinks: true,
  confirmOpenLinks: true,
  listActivityLog: true,
  makeResultsRequests: true,
  previewResultsImport: true,
  commitResultsImport: true,
  getAccountabilityReport: true,
  setReportAdvice: true,
  exportAccountabilityReport: true,
  getAccountabilityCharts: true,
  getAgreementWork: true,
  listIndicatorInputs: true,
  setIndicatorBaseline: true,
  setIndicatorFigure: true,
  listIndicatorLog: true,
  listContacts: true,
  saveContact: true,
  removeContact: true,
  getMailSetup: true,
  setMailSender: true,
  setMailTemplate: true,
  makeMails: true,
  makeCycleCalendar: true,
  getJobProgress: true,
  cancelJob: true,
  previewAgreementSet: true,
  makeAgreementSetTemplate: true,
  storeAgreementSet: true,
  listAgreementSets: true,
  switchAgreementSet: true,
  listIndicatorProposals: true,
  decideIndicatorProposals: true,
  getCycleDates: true,
  setCycleDates: true,
  updateParty: true,
} satisfies Record<ApiMethod, true>;
export const API_METHODS = Object.keys(methodSet) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodSet, name);
}

export interface ApiError {
  code: ErrorCode;
  /** Dutch, shown to the user as is. */
  message: string;
}

/** What crosses every process boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

