// The renderer's way into the core. It implements WerkbankApi over whichever
// transport the shell offers: the desktop preload bridge (window.werkbank) or
// HTTP to the browser shell on 127.0.0.1. Pages cannot tell which one it is.
import type {
  ApiArg,
  ApiError,
  ApiMethod,
  ApiResult,
  Envelope,
  WerkbankApi,
} from '../../../src/service/contract';
import type { WerkbankBridge } from '../../../src/service/transport';
import { TOKEN_HEADER } from '../../../src/domain/wire';
import { takeToken } from './token';

/** One call, answered with an envelope; never throws for an error the core reports. */
export type Transport = <K extends ApiMethod>(method: K, arg: ApiArg<K>) => Promise<Envelope<ApiResult<K>>>;

/** An error from the core (or the way to it), with the Dutch message to show as is. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

export function bridgeTransport(bridge: WerkbankBridge): Transport {
  return (method, arg) => {
    const call = bridge[method] as (a: unknown) => Promise<Envelope<never>>;
    return call(arg);
  };
}

const CONNECTION_LOST: ApiError = {
  code: 'internal',
  message: 'Geen verbinding met de Werkbank. Draait het programma nog? Start het zo nodig opnieuw en open het nieuwe adres.',
};

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async <K extends ApiMethod>(method: K, arg: ApiArg<K>): Promise<Envelope<ApiResult<K>>> => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(arg ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      return { ok: false, error: CONNECTION_LOST };
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.startsWith('application/json')) {
      try {
        return (await response.json()) as Envelope<ApiResult<K>>;
      } catch {
        // fall through to the generic message
      }
    }
    return {
      ok: false,
      error: { code: 'internal', message: `De Werkbank gaf een onverwacht antwoord (HTTP ${response.status}).` },
    };
  };
}

export interface ClientOptions {
  /** Called when the shell refuses this page (no or a wrong token): nothing will work until it is reopened. */
  onUnauthorized?: (message: string) => void;
}

/** WerkbankApi over a transport: an error envelope becomes an ApiCallError. */
export function createApiClient(transport: Transport, options: ClientOptions = {}): WerkbankApi {
  async function call<K extends ApiMethod>(method: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
    const envelope = await transport(method, arg);
    if (!envelope.ok) {
      if (envelope.error.code === 'unauthorized') options.onUnauthorized?.(envelope.error.message);
      throw new ApiCallError(envelope.error);
    }
    return envelope.value;
  }
  // Spelled out method by method: a method missing here is a compile error.
  return {
    getAppInfo: () => call('getAppInfo', undefined),
    listBackups: () => call('listBackups', undefined),
    restoreBackup: (arg) => call('restoreBackup', arg),
    listThemes: () => call('listThemes', undefined),
    listAgreements: (query) => call('listAgreements', query),
    getAgreement: (arg) => call('getAgreement', arg),
    updateAgreement: (edit) => call('updateAgreement', edit),
    listAuditLog: (arg) => call('listAuditLog', arg),
    listParties: () => call('listParties', undefined),
    resolvePartyName: (arg) => call('resolvePartyName', arg),
    listGlossary: () => call('listGlossary', undefined),
    listIndicators: () => call('listIndicators', undefined),
    getCalendar: (arg) => call('getCalendar', arg),
    getWorkStand: (arg) => call('getWorkStand', arg),
    makeActivityRequests: (arg) => call('makeActivityRequests', arg),
    previewImport: (arg) => call('previewImport', arg),
    commitImport: (arg) => call('commitImport', arg),
    getSubmissionStatus: (arg) => call('getSubmissionStatus', arg),
    listSubmissionVersions: (arg) => call('listSubmissionVersions', arg),
    listUndoneImports: (arg) => call('listUndoneImports', arg),
    setReceivedOn: (arg) => call('setReceivedOn', arg),
    listActivities: (arg) => call('listActivities', arg),
    correctActivity: (arg) => call('correctActivity', arg),
    undoImport: (arg) => call('undoImport', arg),
    getJointOverview: (arg) => call('getJointOverview', arg),
    getJointOverviewSummary: (arg) => call('getJointOverviewSummary', arg),
    getJointOverviewTab: (arg) => call('getJointOverviewTab', arg),
    updateAlignment: (arg) => call('updateAlignment', arg),
    decideDuplicate: (arg) => call('decideDuplicate', arg),
    decideNeed: (arg) => call('decideNeed', arg),
    markInsufficient: (arg) => call('markInsufficient', arg),
    saveBundleVersion: (arg) => call('saveBundleVersion', arg),
    listBundleVersions: (arg) => call('listBundleVersions', arg),
    compareBundleVersions: (arg) => call('compareBundleVersions', arg),
    exportJointOverview: (arg) => call('exportJointOverview', arg),
    listOpenLinks: (arg) => call('listOpenLinks', arg),
    decideLinks: (arg) => call('decideLinks', arg),
    confirmOpenLinks: (arg) => call('confirmOpenLinks', arg),
    listActivityLog: (arg) => call('listActivityLog', arg),
    makeResultsRequests: (arg) => call('makeResultsRequests', arg),
    previewResultsImport: (arg) => call('previewResultsImport', arg),
    commitResultsImport: (arg) => call('commitResultsImport', arg),
    getAccountabilityReport: (arg) => call('getAccountabilityReport', arg),
    setReportAdvice: (arg) => call('setReportAdvice', arg),
    exportAccountabilityReport: (arg) => call('exportAccountabilityReport', arg),
    getAccountabilityCharts: (arg) => call('getAccountabilityCharts', arg),
    getAgreementWork: (arg) => call('getAgreementWork', arg),
    listIndicatorInputs: () => call('listIndicatorInputs', undefined),
    setIndicatorBaseline: (arg) => call('setIndicatorBaseline', arg),
    setIndicatorFigure: (arg) => call('setIndicatorFigure', arg),
    listIndicatorLog: (arg) => call('listIndicatorLog', arg),
    listContacts: (arg) => call('listContacts', arg),
    saveContact: (arg) => call('saveContact', arg),
    removeContact: (arg) => call('removeContact', arg),
    getMailSetup: () => call('getMailSetup', undefined),
    setMailSender: (arg) => call('setMailSender', arg),
    setMailTemplate: (arg) => call('setMailTemplate', arg),
    makeMails: (arg) => call('makeMails', arg),
    makeCycleCalendar: (arg) => call('makeCycleCalendar', arg),
    getJobProgress: (arg) => call('getJobProgress', arg),
    cancelJob: (arg) => call('cancelJob', arg),
    previewAgreementSet: (arg) => call('previewAgreementSet', arg),
    makeAgreementSetTemplate: () => call('makeAgreementSetTemplate', undefined),
    storeAgreementSet: (arg) => call('storeAgreementSet', arg),
    listAgreementSets: () => call('listAgreementSets', undefined),
    switchAgreementSet: (arg) => call('switchAgreementSet', arg),
    listIndicatorProposals: () => call('listIndicatorProposals', undefined),
    decideIndicatorProposals: (arg) => call('decideIndicatorProposals', arg),
    getCycleDates: () => call('getCycleDates', undefined),
    setCycleDates: (arg) => call('setCycleDates', arg),
    updateParty: (arg) => call('updateParty', arg),
  };
}

declare global {
  interface Window {
    werkbank?: WerkbankBridge;
  }
}

/** The client for this window: the desktop bridge when present, HTTP otherwise. */
export function connect(options: ClientOptions = {}): WerkbankApi {
  if (window.werkbank) return createApiClient(bridgeTransport(window.werkbank), options);
  return createApiClient(httpTransport(takeToken(window)), options);
}

/** The Dutch message for anything a call may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  if (err instanceof Error) return `Er ging iets onverwacht mis: ${err.message}`;
  return 'Er ging iets onverwacht mis.';
}
