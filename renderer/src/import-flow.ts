// One import of a partner's workbook, from file to preview to commit, as a
// zustand slice that the Inzendingen and the Verantwoording stores both
// spread into their state: reading the bytes, the service's preview, the
// user's choice of party and year, the commit and its outcome. Which service
// calls make the preview and the commit, and what a page keeps beside the
// choices (such as link decisions), the store says; what a preview means is
// the service's.
import type { StoreApi } from 'zustand';
import type { FilePayload, ImportResult } from '../../src/service/contract';
import { ApiCallError, errorMessage } from './api/client';
import { readFilePayload } from './files';

/** What the flow itself reads of a preview. */
export interface CommittablePreview {
  canCommit: boolean;
}

/** Nothing kept beside the choices of party and year. */
export type NoExtra = Record<never, never>;

/** The preview on screen; X is what a page keeps beside the choices of party and year. */
export type PreviewStep<P, O, X = NoExtra> = {
  step: 'preview';
  file: FilePayload;
  preview: P;
  /** Party and year the user chose for the preview; omitted means "as the file says". */
  overrides: Partial<O>;
  /** A new preview (another party or year) is on its way. */
  refreshing: boolean;
  committing: boolean;
  error: string | null;
} & X;

export type ImportFlowState<P, O, X = NoExtra> =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: number | null }
  | { step: 'previewing'; fileName: string }
  | PreviewStep<P, O, X>
  /** The file was refused or could not be read: nothing changed. */
  | { step: 'refused'; fileName: string; message: string; refused: boolean }
  | { step: 'done'; result: ImportResult };

export interface ImportFlowSlice<P, O, X = NoExtra> {
  flow: ImportFlowState<P, O, X>;
  importFile(file: File): Promise<void>;
  /** Another party or year: asks the service for a new preview of the same file. */
  setOverrides(change: Partial<O>): Promise<void>;
  commit(): Promise<ImportResult | null>;
  resetImport(): void;
}

/**
 * A store that holds the slice, for the screen's parts to read with zustand's
 * `useStore(store, selector)`. Read-only, so any store whose state includes the
 * slice fits, whatever else it holds.
 */
export type ImportFlowStore<P, O, X = NoExtra> = Pick<StoreApi<ImportFlowSlice<P, O, X>>, 'getState' | 'getInitialState' | 'subscribe'>;

export interface ImportFlowCalls<P, O, X> {
  preview(file: FilePayload, overrides: Partial<O>): Promise<P>;
  commit(step: PreviewStep<P, O, X>): Promise<ImportResult>;
  /** What a new file's preview starts with beside the choices of party and year. */
  start(): X;
  /** After a commit, for reloading what it changed. */
  committed?(result: ImportResult): void;
}

interface FlowHolder<P, O, X> {
  flow: ImportFlowState<P, O, X>;
}

/** The flow's state and actions, for spreading into a store: `...importFlowSlice(set, get, calls)`. */
export function importFlowSlice<P extends CommittablePreview, O extends object, X extends object>(
  set: (partial: FlowHolder<P, O, X>) => void,
  get: () => FlowHolder<P, O, X>,
  calls: ImportFlowCalls<P, O, X>,
): ImportFlowSlice<P, O, X> {
  // Only the latest file's answers may land (a second file dropped while the first is read).
  let latest = 0;
  const setFlow = (flow: ImportFlowState<P, O, X>) => set({ flow });
  /** The preview on screen, when the answer to `request` may still land on it. */
  const previewStill = (request: number): PreviewStep<P, O, X> | null => {
    const now = get().flow;
    return request === latest && now.step === 'preview' ? now : null;
  };

  return {
    flow: { step: 'idle' },

    async importFile(file) {
      const request = ++latest;
      setFlow({ step: 'reading', fileName: file.name, progress: 0 });
      let payload: FilePayload;
      try {
        payload = await readFilePayload(file, (progress) => {
          if (request === latest) setFlow({ step: 'reading', fileName: file.name, progress });
        });
      } catch (err) {
        if (request === latest) setFlow({ step: 'refused', fileName: file.name, message: errorMessage(err), refused: false });
        return;
      }
      if (request !== latest) return;
      setFlow({ step: 'previewing', fileName: file.name });
      try {
        const preview = await calls.preview(payload, {});
        if (request !== latest) return;
        setFlow({ step: 'preview', file: payload, preview, overrides: {}, refreshing: false, committing: false, error: null, ...calls.start() });
      } catch (err) {
        if (request !== latest) return;
        setFlow({
          step: 'refused',
          fileName: file.name,
          message: errorMessage(err),
          refused: err instanceof ApiCallError && err.code === 'file_refused',
        });
      }
    },

    async setOverrides(change) {
      const flow = get().flow;
      if (flow.step !== 'preview') return;
      const request = ++latest;
      const overrides = { ...flow.overrides, ...change };
      setFlow({ ...flow, overrides, refreshing: true, error: null });
      try {
        const preview = await calls.preview(flow.file, overrides);
        const now = previewStill(request);
        if (now) setFlow({ ...now, preview, refreshing: false });
      } catch (err) {
        const now = previewStill(request);
        if (now) setFlow({ ...now, refreshing: false, error: errorMessage(err) });
      }
    },

    async commit() {
      const flow = get().flow;
      if (flow.step !== 'preview' || !flow.preview.canCommit) return null;
      setFlow({ ...flow, committing: true, error: null });
      try {
        const result = await calls.commit(flow);
        setFlow({ step: 'done', result });
        calls.committed?.(result);
        return result;
      } catch (err) {
        const now = get().flow;
        if (now.step === 'preview') setFlow({ ...now, committing: false, error: errorMessage(err) });
        return null;
      }
    },

    resetImport() {
      latest++;
      setFlow({ step: 'idle' });
    },
  };
}
