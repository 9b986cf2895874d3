// One import of a partner's workbook, from file to preview to commit, as a
// zustand slice that the Inzendingen and the Verantwoording stores both
// spread into their state: reading the bytes, the service's preview, the
// user's choice of party and year, the commit and its outcome. Several files
// chosen at once wait in a queue and come one after another, each with its own
// preview and commit, never saved unseen. Which service calls make the preview
// and the commit, and what a page keeps beside the choices (such as link
// decisions), the store says; what a preview means is the service's.
import type { StoreApi } from 'zustand';
import type { FilePayload, ImportResult } from '../../src/service/contract';
import { ApiCallError, errorMessage } from './api/client';
import { readFilePayload } from './files';
import { currentDay } from './clock';

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
  /** "Ontvangen op": the day (yyyy-mm-dd) the partner's file arrived, today unless the user says otherwise; '' when cleared. */
  receivedOn: string;
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

/** What became of one file of several chosen at once. */
export type QueueOutcome =
  | { kind: 'saved'; fileName: string; result: ImportResult }
  | { kind: 'skipped'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  /** Not read: the user stopped before its turn. */
  | { kind: 'stopped'; fileName: string }
  /** Not read: a new choice of files replaced it while it waited. */
  | { kind: 'replaced'; fileName: string };

/** Several files chosen at once, handled one after another. */
export interface ImportQueue {
  /** How many files the set has, and which of them (from 1) is on screen. */
  total: number;
  position: number;
  /** The file on screen while nothing has become of it yet; null once saved, refused or skipped. */
  current: string | null;
  /** The files after it, in order. */
  waiting: File[];
  /** What became of the files so far, those of a replaced set included. */
  handled: QueueOutcome[];
  /** The files of an earlier set this one replaced, said while its first file is on screen. */
  replaced: string[];
  /** Every file had its turn, or the user stopped: the summary is due. */
  finished: boolean;
}

export interface ImportFlowSlice<P, O, X = NoExtra> {
  flow: ImportFlowState<P, O, X>;
  /** Null while one file at a time is imported. */
  queue: ImportQueue | null;
  /** One file, or several that then wait their turn; a new choice replaces the files still waiting. */
  importFiles(files: File[]): Promise<void>;
  /** Another party or year: asks the service for a new preview of the same file. */
  setOverrides(change: Partial<O>): Promise<void>;
  /** The day the file was received, as the user states it; no new preview is needed. */
  setReceivedOn(day: string): void;
  commit(): Promise<ImportResult | null>;
  /** Leaves the file on screen unsaved and goes on with the next one. */
  skip(): void;
  /** After a commit or a refusal: the next file waiting. */
  next(): void;
  /** Reads none of the files still waiting, and leaves the file on screen unsaved. */
  stop(): void;
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
  queue: ImportQueue | null;
}

/** The queue with the outcome of the file on screen; finished when nothing waits. */
function settled(queue: ImportQueue | null, outcome: QueueOutcome): ImportQueue | null {
  if (!queue || queue.current === null) return queue;
  return { ...queue, current: null, handled: [...queue.handled, outcome], finished: queue.waiting.length === 0 };
}

/** The files of a queue that have not had their turn: the one on screen (unsaved) and those waiting. */
function unhandled(queue: ImportQueue): string[] {
  return [...(queue.current === null ? [] : [queue.current]), ...queue.waiting.map((f) => f.name)];
}

/** The flow's state and actions, for spreading into a store: `...importFlowSlice(set, get, calls)`. */
export function importFlowSlice<P extends CommittablePreview, O extends object, X extends object>(
  set: (partial: Partial<FlowHolder<P, O, X>>) => void,
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

  /** The file has been refused or could not be read; in a queue, that is its outcome. */
  const refuse = (fileName: string, message: string, refused: boolean) =>
    set({ flow: { step: 'refused', fileName, message, refused }, queue: settled(get().queue, { kind: 'refused', fileName, message }) });

  /** Reads a file and asks for its preview. */
  async function read(file: File): Promise<void> {
    const request = ++latest;
    setFlow({ step: 'reading', fileName: file.name, progress: 0 });
    let payload: FilePayload;
    try {
      payload = await readFilePayload(file, (progress) => {
        if (request === latest) setFlow({ step: 'reading', fileName: file.name, progress });
      });
    } catch (err) {
      if (request === latest) refuse(file.name, errorMessage(err), false);
      return;
    }
    if (request !== latest) return;
    setFlow({ step: 'previewing', fileName: file.name });
    try {
      const preview = await calls.preview(payload, {});
      if (request !== latest) return;
      setFlow({ step: 'preview', file: payload, preview, overrides: {}, refreshing: false, receivedOn: currentDay(), committing: false, error: null, ...calls.start() });
    } catch (err) {
      if (request !== latest) return;
      refuse(file.name, errorMessage(err), err instanceof ApiCallError && err.code === 'file_refused');
    }
  }

  /** The next file of the queue takes the screen, or, when none waits, the summary. */
  const advance = (queue: ImportQueue | null) => {
    const [file, ...rest] = queue?.waiting ?? [];
    if (!queue || !file) {
      set({ flow: { step: 'idle' }, queue });
      return;
    }
    set({ queue: { ...queue, position: queue.position + 1, current: file.name, waiting: rest, replaced: [] } });
    void read(file);
  };

  return {
    flow: { step: 'idle' },
    queue: null,

    async importFiles(files) {
      const [first, ...rest] = files;
      if (!first) return;
      const before = get().queue;
      // Files of an earlier choice that have not had their turn give way to the new choice.
      const open = before && !before.finished ? before : null;
      const replaced = open ? unhandled(open) : [];
      if (rest.length === 0 && replaced.length === 0) {
        set({ queue: null });
      } else {
        set({
          queue: {
            total: files.length,
            position: 1,
            current: first.name,
            waiting: rest,
            handled: [...(open?.handled ?? []), ...replaced.map((fileName): QueueOutcome => ({ kind: 'replaced', fileName }))],
            replaced,
            finished: false,
          },
        });
      }
      await read(first);
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

    setReceivedOn(day) {
      const flow = get().flow;
      if (flow.step === 'preview' && !flow.committing) setFlow({ ...flow, receivedOn: day, error: null });
    },

    async commit() {
      const flow = get().flow;
      if (flow.step !== 'preview' || !flow.preview.canCommit || !flow.receivedOn) return null;
      setFlow({ ...flow, committing: true, error: null });
      try {
        const result = await calls.commit(flow);
        set({ flow: { step: 'done', result }, queue: settled(get().queue, { kind: 'saved', fileName: flow.file.name, result }) });
        calls.committed?.(result);
        return result;
      } catch (err) {
        const now = get().flow;
        if (now.step === 'preview') setFlow({ ...now, committing: false, error: errorMessage(err) });
        return null;
      }
    },

    skip() {
      const flow = get().flow;
      if (!get().queue || flow.step !== 'preview' || flow.committing) return;
      latest++;
      advance(settled(get().queue, { kind: 'skipped', fileName: flow.file.name }));
    },

    next() {
      const queue = get().queue;
      // Only once the file on screen has its outcome.
      if (queue && queue.current === null) advance(queue);
    },

    stop() {
      const queue = get().queue;
      const flow = get().flow;
      if (!queue || (flow.step === 'preview' && flow.committing)) return;
      latest++;
      const stopped = unhandled(queue).map((fileName): QueueOutcome => ({ kind: 'stopped', fileName }));
      set({ flow: { step: 'idle' }, queue: { ...queue, current: null, waiting: [], handled: [...queue.handled, ...stopped], finished: true } });
    },

    resetImport() {
      latest++;
      set({ flow: { step: 'idle' }, queue: null });
    },
  };
}
