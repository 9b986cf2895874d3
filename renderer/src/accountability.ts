// The Verantwoording page's state: which report (one execution year or the
// tussenevaluatie), the report itself, the werkgroep's advice, the results
// uitvraag, one results import from file to preview to commit, and the exports.
// What a status, a traffic light or a deviation means is the service's; this keeps answers.
import { create } from 'zustand';
import type { AccountabilityReport } from '../../src/accountability/types';
import type { FilePayload, ImportResult, ReportQuery, ResultsPreview } from '../../src/service/contract';
import { ApiCallError, errorMessage } from './api/client';
import { core } from './api/core';
import { readFilePayload, saveFile } from './files';
import { load, type Loadable } from './loadable';

/** A verantwoording of one execution year, or the tussenevaluatie over two. */
export interface Period {
  fromYear: number;
  toYear: number | null;
}

export const PERIODS: { key: string; label: string; period: Period }[] = [
  { key: '2025', label: 'Verantwoording 2025', period: { fromYear: 2025, toYear: null } },
  { key: '2026', label: 'Verantwoording 2026', period: { fromYear: 2026, toYear: null } },
  { key: '2027', label: 'Verantwoording 2027', period: { fromYear: 2027, toYear: null } },
  { key: '2028', label: 'Verantwoording 2028', period: { fromYear: 2028, toYear: null } },
  { key: '2025-2026', label: 'Tussenevaluatie 2025–2026', period: { fromYear: 2025, toYear: 2026 } },
];

export function periodKey(period: Period): string {
  return period.toYear === null ? String(period.fromYear) : `${period.fromYear}-${period.toYear}`;
}

export function periodQuery(period: Period): ReportQuery {
  return period.toYear === null ? { fromYear: period.fromYear } : { fromYear: period.fromYear, toYear: period.toYear };
}

/** Party and year the user chose for the preview; omitted means "as the file says". */
export interface ResultsOverrides {
  partyId?: string;
  executionYear?: number;
}

export type ResultsFlow =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: number | null }
  | { step: 'previewing'; fileName: string }
  | {
      step: 'preview';
      file: FilePayload;
      preview: ResultsPreview;
      overrides: ResultsOverrides;
      refreshing: boolean;
      committing: boolean;
      error: string | null;
    }
  | { step: 'refused'; fileName: string; message: string; refused: boolean }
  | { step: 'done'; result: ImportResult };

export interface ResultsRequestDraft {
  executionYear: number;
  /** '' for all parties. */
  partyId: string;
  contactName: string;
  contactEmail: string;
}

export type ExportFormat = 'docx' | 'xlsx';

export interface AccountabilityState {
  period: Period;
  report: Loadable<AccountabilityReport>;
  savingAdvice: boolean;
  adviceError: string | null;
  making: boolean;
  makeError: string | null;
  made: string[];
  flow: ResultsFlow;
  exporting: ExportFormat | null;
  exportError: string | null;
  exported: string | null;

  open(): void;
  setPeriod(period: Period): void;
  loadReport(): Promise<void>;
  saveAdvice(advice: string): Promise<boolean>;
  makeRequests(draft: ResultsRequestDraft): Promise<void>;
  importFile(file: File): Promise<void>;
  setOverrides(overrides: ResultsOverrides): Promise<void>;
  commit(): Promise<ImportResult | null>;
  resetImport(): void;
  exportFile(format: ExportFormat): Promise<void>;
}

// Only the latest question's answer may land.
let reportRequest = 0;
let importRequest = 0;

/** The execution year looked back on in this calendar year, when the agreement covers it. */
function defaultPeriod(): Period {
  const last = new Date().getFullYear() - 1;
  const year = Math.min(2028, Math.max(2025, last));
  return { fromYear: year, toYear: null };
}

export const useAccountability = create<AccountabilityState>()((set, get) => ({
  period: defaultPeriod(),
  report: { status: 'idle' },
  savingAdvice: false,
  adviceError: null,
  making: false,
  makeError: null,
  made: [],
  flow: { step: 'idle' },
  exporting: null,
  exportError: null,
  exported: null,

  open() {
    void get().loadReport();
  },

  setPeriod(period) {
    if (periodKey(period) === periodKey(get().period)) return;
    // Another report: do not show the old one meanwhile.
    set({ period, report: { status: 'idle' }, adviceError: null, exportError: null, exported: null });
    void get().loadReport();
  },

  async loadReport() {
    const request = ++reportRequest;
    const query = periodQuery(get().period);
    await load(
      () => get().report,
      (report) => {
        if (request === reportRequest) set({ report });
      },
      () => core().getAccountabilityReport(query),
    );
  },

  async saveAdvice(advice) {
    const query = periodQuery(get().period);
    const request = ++reportRequest;
    set({ savingAdvice: true, adviceError: null });
    try {
      const report = await core().setReportAdvice({ ...query, advice });
      if (request === reportRequest) set({ report: { status: 'ready', value: report } });
      set({ savingAdvice: false });
      return true;
    } catch (err) {
      set({ savingAdvice: false, adviceError: errorMessage(err) });
      return false;
    }
  },

  async makeRequests(draft) {
    set({ making: true, makeError: null, made: [] });
    try {
      const files = await core().makeResultsRequests({
        executionYear: draft.executionYear,
        ...(draft.partyId !== '' ? { partyIds: [draft.partyId] } : {}),
        ...(draft.contactName.trim() !== '' ? { contactName: draft.contactName.trim() } : {}),
        ...(draft.contactEmail.trim() !== '' ? { contactEmail: draft.contactEmail.trim() } : {}),
      });
      for (const file of files) saveFile(file);
      set({ making: false, made: files.map((f) => f.name) });
    } catch (err) {
      set({ making: false, makeError: errorMessage(err) });
    }
  },

  async importFile(file) {
    const request = ++importRequest;
    set({ flow: { step: 'reading', fileName: file.name, progress: 0 } });
    let payload: FilePayload;
    try {
      payload = await readFilePayload(file, (progress) => {
        if (request === importRequest) set({ flow: { step: 'reading', fileName: file.name, progress } });
      });
    } catch (err) {
      if (request === importRequest) set({ flow: { step: 'refused', fileName: file.name, message: errorMessage(err), refused: false } });
      return;
    }
    if (request !== importRequest) return;
    set({ flow: { step: 'previewing', fileName: file.name } });
    try {
      const preview = await core().previewResultsImport({ file: payload });
      if (request !== importRequest) return;
      set({ flow: { step: 'preview', file: payload, preview, overrides: {}, refreshing: false, committing: false, error: null } });
    } catch (err) {
      if (request !== importRequest) return;
      set({
        flow: {
          step: 'refused',
          fileName: file.name,
          message: errorMessage(err),
          refused: err instanceof ApiCallError && err.code === 'file_refused',
        },
      });
    }
  },

  async setOverrides(change) {
    const flow = get().flow;
    if (flow.step !== 'preview') return;
    const request = ++importRequest;
    const overrides = { ...flow.overrides, ...change };
    set({ flow: { ...flow, overrides, refreshing: true, error: null } });
    try {
      const preview = await core().previewResultsImport({ file: flow.file, ...overrides });
      const now = get().flow;
      if (request !== importRequest || now.step !== 'preview') return;
      set({ flow: { ...now, preview, refreshing: false } });
    } catch (err) {
      const now = get().flow;
      if (request !== importRequest || now.step !== 'preview') return;
      set({ flow: { ...now, refreshing: false, error: errorMessage(err) } });
    }
  },

  async commit() {
    const flow = get().flow;
    if (flow.step !== 'preview' || !flow.preview.canCommit) return null;
    set({ flow: { ...flow, committing: true, error: null } });
    try {
      const result = await core().commitResultsImport({ file: flow.file, ...flow.overrides });
      set({ flow: { step: 'done', result } });
      void get().loadReport();
      return result;
    } catch (err) {
      const now = get().flow;
      if (now.step === 'preview') set({ flow: { ...now, committing: false, error: errorMessage(err) } });
      return null;
    }
  },

  resetImport() {
    importRequest++;
    set({ flow: { step: 'idle' } });
  },

  async exportFile(format) {
    if (get().exporting) return;
    set({ exporting: format, exportError: null, exported: null });
    try {
      const file = await core().exportAccountabilityReport({ ...periodQuery(get().period), format });
      saveFile(file);
      set({ exporting: null, exported: file.name });
    } catch (err) {
      set({ exporting: null, exportError: errorMessage(err) });
    }
  },
}));
