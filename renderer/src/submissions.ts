// The Inzendingen page's state: the party × planning-year overview, making the
// uitvraag workbooks, one import from file to preview to commit, and the
// versions and activities of one party and year. What a preview means (links,
// problems, whether it can be committed) is the service's; this keeps answers.
import { create } from 'zustand';
import type {
  ActivityCorrection,
  ActivityRow,
  AgreementRow,
  FileRow,
  ImportPreview,
  LinkDecision,
  SubmissionStatus,
  SubmissionSummary,
  UndoneSubmission,
} from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { importFlowSlice, type ImportFlowSlice } from './import-flow';
import { requestSlice, type RequestSlice } from './import-flow-requests';
import { load, type Loadable } from './loadable';
import { undoSlice, type UndoSlice } from './undo-import';

export interface Selection {
  partyId: string;
  planningYear: number;
}

/** Party and year the user chose for the preview; omitted means "as the file says". */
export interface ImportOverrides {
  partyId?: string;
  planningYear?: number;
  /** Lines the app kept as notes that the secretary makes activities (or kept as notes in an earlier version). */
  rowsAsActivity?: FileRow[];
  /** Lines the app read as activities that the secretary keeps as notes (or made activities in an earlier version). */
  rowsAsNote?: FileRow[];
}

/** The activity whose correction form is open: editing its fields, removing it, or restoring it. */
export interface Correcting {
  activityId: number;
  mode: 'edit' | 'remove' | 'restore';
}

/** What an activiteitenoverzicht's preview keeps beside the choices of party and year. */
export interface LinkChoices {
  /** Link choices by activity position; null keeps the activity without afspraak. */
  decisions: Record<number, number | null>;
}

export interface SubmissionsState extends RequestSlice, UndoSlice, ImportFlowSlice<ImportPreview, ImportOverrides, LinkChoices> {
  status: Loadable<SubmissionStatus>;
  selection: Selection | null;
  versions: Loadable<SubmissionSummary[]>;
  /** The versions whose import was undone: part of the history, their numbers taken. */
  undoneVersions: Loadable<UndoneSubmission[]>;
  activities: Loadable<ActivityRow[]>;
  /** Every afspraak, for choosing a link by hand. */
  agreements: Loadable<AgreementRow[]>;
  /** The one correction form open on the current activities, if any. */
  correcting: Correcting | null;
  correctionBusy: boolean;
  /** Why the last correction did not go through, in Dutch. */
  correctionError: string | null;
  open(): void;
  loadStatus(): Promise<void>;
  select(selection: Selection): void;
  decide(position: number, agreementId: number | null): void;
  /** Confirms every proposal of the preview that is not decided yet. */
  confirmProposals(): void;
  /** A line made an activity, or an activity kept as a note: a new preview follows, the link choices kept by line. */
  chooseKeptLine(row: FileRow, asActivity: boolean): Promise<void>;
  /** Opens a correction form for one activity, or closes it (null). */
  startCorrection(correcting: Correcting | null): void;
  /** Stores a correction; true when it went through (the form then closes). */
  saveCorrection(correction: ActivityCorrection): Promise<boolean>;
}

// Only the latest selection's answers may land.
let selectionRequest = 0;

/** The decisions as the service takes them. */
export function decisionList(decisions: Record<number, number | null>): LinkDecision[] {
  return Object.entries(decisions).map(([position, agreementId]) => ({ position: Number(position), agreementId }));
}

export const useSubmissions = create<SubmissionsState>()((set, get) => ({
  status: { status: 'idle' },
  selection: null,
  versions: { status: 'idle' },
  undoneVersions: { status: 'idle' },
  activities: { status: 'idle' },
  agreements: { status: 'idle' },
  correcting: null,
  correctionBusy: false,
  correctionError: null,

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
    set({ selection, correcting: null, correctionError: null, undoing: null, undoError: null, undone: null });
    const args = { partyId: selection.partyId, planningYear: selection.planningYear };
    const current = () => request === selectionRequest;
    void load(
      () => get().versions,
      (versions) => current() && set({ versions }),
      () => core().listSubmissionVersions(args),
    );
    void load(
      () => get().undoneVersions,
      (undoneVersions) => current() && set({ undoneVersions }),
      () => core().listUndoneImports(args),
    );
    void load(
      () => get().activities,
      (activities) => current() && set({ activities }),
      () => core().listActivities(args),
    );
  },

  decide(position, agreementId) {
    const flow = get().flow;
    if (flow.step !== 'preview') return;
    set({ flow: { ...flow, decisions: { ...flow.decisions, [position]: agreementId } } });
  },

  confirmProposals() {
    const flow = get().flow;
    if (flow.step !== 'preview') return;
    const decisions = { ...flow.decisions };
    for (const a of flow.preview.activities) {
      if (a.link.status === 'proposed' && !a.correction?.removed && !(a.position in decisions)) decisions[a.position] = a.link.agreementId;
    }
    set({ flow: { ...flow, decisions } });
  },

  async chooseKeptLine(row, asActivity) {
    const flow = get().flow;
    if (flow.step !== 'preview' || flow.refreshing || flow.committing) return;
    const same = (r: FileRow) => r.sheet === row.sheet && r.row === row.row;
    const asked = flow.overrides.rowsAsActivity ?? [];
    const kept = flow.overrides.rowsAsNote ?? [];
    // A choice made now is undone by taking it back; one the service remembered from an earlier version, by asking the other way.
    const rowsAsActivity = asActivity ? (kept.some(same) ? asked : [...asked, row]) : asked.filter((r) => !same(r));
    const rowsAsNote = asActivity ? kept.filter((r) => !same(r)) : asked.some(same) ? kept : [...kept, row];
    // Positions change as lines come and go: a link decision is held by its line meanwhile and set again at the
    // line's new position. A line made a note loses its decision.
    const lineKey = (sheet: string, rowNumber: number) => `${sheet}\n${rowNumber}`;
    const held = new Map<string, number | null>();
    for (const [position, agreementId] of Object.entries(flow.decisions)) {
      const line = flow.preview.activities.find((a) => a.position === Number(position));
      if (line) held.set(lineKey(line.sheet, line.rowNumber), agreementId);
    }
    await get().setOverrides({ rowsAsActivity, rowsAsNote });
    const now = get().flow;
    if (now.step !== 'preview') return;
    const decisions: Record<number, number | null> = {};
    for (const a of now.preview.activities) {
      const agreementId = held.get(lineKey(a.sheet, a.rowNumber));
      if (agreementId !== undefined) decisions[a.position] = agreementId;
    }
    set({ flow: { ...now, decisions } });
  },

  startCorrection(correcting) {
    if (get().correctionBusy) return;
    set({ correcting, correctionError: null });
  },

  async saveCorrection(correction) {
    const selection = get().selection;
    set({ correctionBusy: true, correctionError: null });
    try {
      const row = await core().correctActivity(correction);
      const activities = get().activities;
      if (activities.status === 'ready') {
        set({ activities: { status: 'ready', value: activities.value.map((a) => (a.id === row.id ? row : a)) } });
      }
      set({ correctionBusy: false, correcting: null });
      // A removal changes the version's count of activities.
      const request = selectionRequest;
      if (selection) {
        void load(
          () => get().versions,
          (versions) => request === selectionRequest && set({ versions }),
          () => core().listSubmissionVersions(selection),
        );
      }
      return true;
    } catch (err) {
      set({ correctionBusy: false, correctionError: errorMessage(err) });
      return false;
    }
  },

  ...undoSlice(set, get, (undone) => {
    void get().loadStatus();
    const selection = get().selection;
    if (selection?.partyId === undone.undone.partyId && selection.planningYear === undone.undone.planningYear) get().select(selection);
  }),

  ...requestSlice(set, {
    make: (planningYear, options) => core().makeActivityRequests({ planningYear, ...options }),
    made: () => void get().loadStatus(),
  }),

  ...importFlowSlice<ImportPreview, ImportOverrides, LinkChoices>(set, get, {
    preview: (file, overrides) => core().previewImport({ file, ...overrides }),
    commit: (step) => core().commitImport({ file: step.file, ...step.overrides, decisions: decisionList(step.decisions), receivedOn: step.receivedOn }),
    start: () => ({ decisions: {} }),
    committed(result) {
      void get().loadStatus();
      get().select({ partyId: result.submission.partyId, planningYear: result.submission.planningYear });
    },
  }),
}));
