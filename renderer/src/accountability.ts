// The Verantwoording page's state: which report (one execution year or the
// tussenevaluatie), the report itself, the werkgroep's advice, the results
// uitvraag, one results import from file to preview to commit, the exports,
// and the versions of one party's results files.
// What a status, a traffic light or a deviation means is the service's; this keeps answers.
import { create } from 'zustand';
import type { AccountabilityReport } from '../../src/domain/accountability';
import type { StatusChoice } from '../../src/imports/status-choices';
import type { AccountabilityCharts, ReportQuery, ResultsPreview, SubmissionSummary, UndoneSubmission } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { saveFile } from './files';
import { importFlowSlice, type ImportFlowSlice, type NoExtra } from './import-flow';
import { requestSlice, type RequestSlice } from './import-flow-requests';
import { currentYear } from './clock';
import { load, type Loadable } from './loadable';
import { NO_UNDO, undoSlice, type UndoSlice } from './undo-import';

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

/** Party and year the user chose for the preview (omitted means "as the file says"), and how to read unknown statuses. */
export interface ResultsOverrides {
  partyId?: string;
  executionYear?: number;
  statusChoices?: StatusChoice[];
  /** Which planned activity a row answers, as the user chose (null: not planned). */
  pairings?: { position: number; identity: string | null }[];
}

export type ExportFormat = 'docx' | 'xlsx';

/** The execution years a report looks back on. */
export function periodYears(period: Period): number[] {
  const years: number[] = [];
  for (let year = period.fromYear; year <= (period.toYear ?? period.fromYear); year++) years.push(year);
  return years;
}

/** One party's results versions for one execution year, newest first. */
export interface YearVersions {
  year: number;
  versions: SubmissionSummary[];
  /** The versions whose import was undone, their numbers taken. */
  undone: UndoneSubmission[];
}

/** The party whose results versions are shown, per year of the report. */
export interface PartyVersions {
  partyId: string;
  years: Loadable<YearVersions[]>;
}

export interface AccountabilityState extends RequestSlice, UndoSlice, ImportFlowSlice<ResultsPreview, ResultsOverrides> {
  period: Period;
  report: Loadable<AccountabilityReport>;
  /** The report's charts (SVG), asked for after the report: the page shows the figures first. */
  charts: Loadable<AccountabilityCharts>;
  savingAdvice: boolean;
  adviceError: string | null;
  exporting: ExportFormat | null;
  exportError: string | null;
  exported: string | null;
  /** Shown below the status board; null when closed. */
  versions: PartyVersions | null;

  open(): void;
  setPeriod(period: Period): void;
  loadReport(): Promise<void>;
  saveAdvice(advice: string): Promise<boolean>;
  exportFile(format: ExportFormat): Promise<void>;
  /** Shows a party's results versions for the report's years; null closes them. */
  showVersions(partyId: string | null): Promise<void>;
  loadVersions(): Promise<void>;
}

// Only the latest question's answer may land.
let reportRequest = 0;
let versionsRequest = 0;
/** Whether the user chose a report; until then the page opens on the default one. */
let periodChosen = false;

/** The execution year looked back on in this calendar year, when the agreement covers it. */
function defaultPeriod(): Period {
  const last = currentYear() - 1;
  const year = Math.min(2028, Math.max(2025, last));
  return { fromYear: year, toYear: null };
}

export const useAccountability = create<AccountabilityState>()((set, get) => ({
  period: defaultPeriod(),
  report: { status: 'idle' },
  charts: { status: 'idle' },
  savingAdvice: false,
  adviceError: null,
  exporting: null,
  exportError: null,
  exported: null,
  versions: null,

  open() {
    // Until the user picks a report, follow the Werkbank's clock (known once the core has answered).
    const period = periodChosen ? get().period : defaultPeriod();
    if (periodKey(period) !== periodKey(get().period)) set({ period, report: { status: 'idle' }, charts: { status: 'idle' } });
    void get().loadReport();
  },

  setPeriod(period) {
    periodChosen = true;
    if (periodKey(period) === periodKey(get().period)) return;
    // Another report: do not show the old one meanwhile. A party's versions stay open, for the new report's years.
    const versions = get().versions;
    set({
      period,
      report: { status: 'idle' },
      charts: { status: 'idle' },
      adviceError: null,
      exportError: null,
      exported: null,
      versions: versions && { partyId: versions.partyId, years: { status: 'idle' } },
      ...NO_UNDO,
    });
    void get().loadReport();
  },

  async loadReport() {
    const request = ++reportRequest;
    const query = periodQuery(get().period);
    // A new results version changes the report and the versions alike.
    if (get().versions) void get().loadVersions();
    await load(
      () => get().report,
      (report) => {
        if (request === reportRequest) set({ report });
      },
      () => core().getAccountabilityReport(query),
    );
    if (request !== reportRequest || get().report.status !== 'ready') return;
    await load(
      () => get().charts,
      (charts) => {
        if (request === reportRequest) set({ charts });
      },
      () => core().getAccountabilityCharts(query),
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

  async showVersions(partyId) {
    if (partyId === null) {
      versionsRequest++;
      set({ versions: null, ...NO_UNDO });
      return;
    }
    if (get().versions?.partyId === partyId) return;
    set({ versions: { partyId, years: { status: 'idle' } }, ...NO_UNDO });
    await get().loadVersions();
  },

  async loadVersions() {
    const shown = get().versions;
    if (!shown) return;
    const request = ++versionsRequest;
    const { partyId } = shown;
    const years = periodYears(get().period);
    await load(
      () => get().versions?.years ?? { status: 'idle' },
      (state) => {
        if (request === versionsRequest) set({ versions: { partyId, years: state } });
      },
      () =>
        Promise.all(
          years.map(async (year) => ({
            year,
            versions: await core().listSubmissionVersions({ partyId, planningYear: year, kind: 'results' }),
            undone: await core().listUndoneImports({ partyId, planningYear: year, kind: 'results' }),
          })),
        ),
    );
  },

  // Undoing a results import changes the report and the versions shown.
  ...undoSlice(set, get, () => void get().loadReport()),

  ...requestSlice(set, {
    make: (executionYear, options) => core().makeResultsRequests({ executionYear, ...options }),
  }),

  ...importFlowSlice<ResultsPreview, ResultsOverrides, NoExtra>(set, get, {
    preview: (file, overrides) => core().previewResultsImport({ file, ...overrides }),
    commit: (step) => core().commitResultsImport({ file: step.file, ...step.overrides, receivedOn: step.receivedOn }),
    start: () => ({}),
    committed: () => void get().loadReport(),
  }),
}));
