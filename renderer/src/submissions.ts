// The Inzendingen page's state: the party × planning-year overview, making the
// uitvraag workbooks, one import from file to preview to commit, and the
// versions and activities of one party and year. What a preview means (links,
// problems, whether it can be committed) is the service's; this keeps answers.
import { create } from 'zustand';
import type {
  ActivityRow,
  AgreementRow,
  FilePayload,
  ImportPreview,
  ImportResult,
  LinkDecision,
  SubmissionStatus,
  SubmissionSummary,
} from '../../src/service/contract';
import { ApiCallError, errorMessage } from './api/client';
import { core } from './api/core';
import { readFilePayload, saveFile } from './files';
import { load, type Loadable } from './loadable';

export interface Selection {
  partyId: string;
  planningYear: number;
}

/** Party and year the user chose for the preview; omitted means "as the file says". */
export interface ImportOverrides {
  partyId?: string;
  planningYear?: number;
}

export type ImportFlow =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: number | null }
  | { step: 'previewing'; fileName: string }
  | {
      step: 'preview';
      file: FilePayload;
      preview: ImportPreview;
      overrides: ImportOverrides;
      /** Link choices by activity position; null keeps the activity without afspraak. */
      decisions: Record<number, number | null>;
      /** A new preview (another party or year) is on its way. */
      refreshing: boolean;
      committing: boolean;
      error: string | null;
    }
  /** The file was refused or could not be read: nothing changed. */
  | { step: 'refused'; fileName: string; message: string; refused: boolean }
  | { step: 'done'; result: ImportResult };

export interface RequestDraft {
  planningYear: number;
  /** '' for all parties. */
  partyId: string;
  contactName: string;
  contactEmail: string;
}

export interface SubmissionsState {
  status: Loadable<SubmissionStatus>;
  selection: Selection | null;
  versions: Loadable<SubmissionSummary[]>;
  activities: Loadable<ActivityRow[]>;
  /** Every afspraak, for choosing a link by hand. */
  agreements: Loadable<AgreementRow[]>;
  making: boolean;
  makeError: string | null;
  /** File names of the workbooks last made and handed to the download. */
  made: string[];
  flow: ImportFlow;

  open(): void;
  loadStatus(): Promise<void>;
  select(selection: Selection): void;
  makeRequests(draft: RequestDraft): Promise<void>;
  importFile(file: File): Promise<void>;
  setOverrides(overrides: ImportOverrides): Promise<void>;
  decide(position: number, agreementId: number | null): void;
  commit(): Promise<ImportResult | null>;
  resetImport(): void;
}

// Only the latest file's answers may land (a second file dropped while the first is read).
let importRequest = 0;
let selectionRequest = 0;

/** The decisions as the service takes them. */
export function decisionList(decisions: Record<number, number | null>): LinkDecision[] {
  return Object.entries(decisions).map(([position, agreementId]) => ({ position: Number(position), agreementId }));
}

export const useSubmissions = create<SubmissionsState>()((set, get) => ({
  status: { status: 'idle' },
  selection: null,
  versions: { status: 'idle' },
  activities: { status: 'idle' },
  agreements: { status: 'idle' },
  making: false,
  makeError: null,
  made: [],
  flow: { step: 'idle' },

  open() {
    void get().loadStatus();
    if (get().agreements.status !== 'ready') {
      void load(
        () => get().agreements,
        (agreements) => set({ agreements }),
        () => core().listAgreements({}),
      );
    }
    const selection = get().selection;
    if (selection) get().select(selection);
  },

  async loadStatus() {
    await load(
      () => get().status,
      (status) => set({ status }),
      () => core().getSubmissionStatus({}),
    );
  },

  select(selection) {
    const request = ++selectionRequest;
    set({ selection });
    const args = { partyId: selection.partyId, planningYear: selection.planningYear };
    const current = () => request === selectionRequest;
    void load(
      () => get().versions,
      (versions) => current() && set({ versions }),
      () => core().listSubmissionVersions(args),
    );
    void load(
      () => get().activities,
      (activities) => current() && set({ activities }),
      () => core().listActivities(args),
    );
  },

  async makeRequests(draft) {
    set({ making: true, makeError: null, made: [] });
    try {
      const files = await core().makeActivityRequests({
        planningYear: draft.planningYear,
        ...(draft.partyId !== '' ? { partyIds: [draft.partyId] } : {}),
        ...(draft.contactName.trim() !== '' ? { contactName: draft.contactName.trim() } : {}),
        ...(draft.contactEmail.trim() !== '' ? { contactEmail: draft.contactEmail.trim() } : {}),
      });
      for (const file of files) saveFile(file);
      set({ making: false, made: files.map((f) => f.name) });
      void get().loadStatus();
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
      const preview = await core().previewImport({ file: payload });
      if (request !== importRequest) return;
      set({
        flow: { step: 'preview', file: payload, preview, overrides: {}, decisions: {}, refreshing: false, committing: false, error: null },
      });
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
      const preview = await core().previewImport({ file: flow.file, ...overrides });
      const now = get().flow;
      if (request !== importRequest || now.step !== 'preview') return;
      set({ flow: { ...now, preview, refreshing: false } });
    } catch (err) {
      const now = get().flow;
      if (request !== importRequest || now.step !== 'preview') return;
      set({ flow: { ...now, refreshing: false, error: errorMessage(err) } });
    }
  },

  decide(position, agreementId) {
    const flow = get().flow;
    if (flow.step !== 'preview') return;
    set({ flow: { ...flow, decisions: { ...flow.decisions, [position]: agreementId } } });
  },

  async commit() {
    const flow = get().flow;
    if (flow.step !== 'preview' || !flow.preview.canCommit) return null;
    set({ flow: { ...flow, committing: true, error: null } });
    try {
      const result = await core().commitImport({ file: flow.file, ...flow.overrides, decisions: decisionList(flow.decisions) });
      set({ flow: { step: 'done', result } });
      void get().loadStatus();
      get().select({ partyId: result.submission.partyId, planningYear: result.submission.planningYear });
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
}));
