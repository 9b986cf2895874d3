// The indicators' starting points on the Verantwoording page: every
// indicator's start (from the agreement, assumed or entered) and the figures
// the secretary entered for years before the first uitvraag, with the log of
// one indicator. What may be entered is the service's; this keeps answers.
import { create } from 'zustand';
import type { IndicatorBaselineEdit, IndicatorFigureEdit, IndicatorInputs, IndicatorLogEntry } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

export interface IndicatorInputsState {
  inputs: Loadable<IndicatorInputs[]>;
  /** The indicator being looked at; the first whose start may be entered until one is chosen. */
  code: string | null;
  log: Loadable<IndicatorLogEntry[]>;
  saving: 'baseline' | 'figure' | null;
  error: string | null;

  load(): Promise<void>;
  choose(code: string): void;
  /** Enters (value null: removes) a start value; true when saved. */
  saveBaseline(edit: IndicatorBaselineEdit): Promise<boolean>;
  /** Enters (value null: removes) a figure of a year before the first uitvraag; true when saved. */
  saveFigure(edit: IndicatorFigureEdit): Promise<boolean>;
}

let logRequest = 0;

export const useIndicatorInputs = create<IndicatorInputsState>()((set, get) => ({
  inputs: { status: 'idle' },
  code: null,
  log: { status: 'idle' },
  saving: null,
  error: null,

  async load() {
    await load(
      () => get().inputs,
      (inputs) => set({ inputs }),
      () => core().listIndicatorInputs(),
    );
    const inputs = get().inputs;
    if (get().code === null && inputs.status === 'ready') {
      const first = inputs.value.find((i) => i.baselineEditable && i.baseline === null) ?? inputs.value[0];
      if (first) get().choose(first.code);
    } else if (get().code !== null) void loadLog(get().code as string);
  },

  choose(code) {
    set({ code, error: null });
    void loadLog(code);
  },

  async saveBaseline(edit) {
    return save('baseline', () => core().setIndicatorBaseline(edit));
  },

  async saveFigure(edit) {
    return save('figure', () => core().setIndicatorFigure(edit));
  },
}));

async function loadLog(code: string): Promise<void> {
  const request = ++logRequest;
  const { getState, setState } = useIndicatorInputs;
  await load(
    () => getState().log,
    (log) => {
      if (request === logRequest) setState({ log });
    },
    () => core().listIndicatorLog({ code }),
  );
}

/** Saves, puts the answer in place of the indicator's inputs, and reloads its log. */
async function save(kind: 'baseline' | 'figure', call: () => Promise<IndicatorInputs>): Promise<boolean> {
  const { getState, setState } = useIndicatorInputs;
  if (getState().saving) return false;
  setState({ saving: kind, error: null });
  try {
    const updated = await call();
    const inputs = getState().inputs;
    if (inputs.status === 'ready') {
      setState({ inputs: { status: 'ready', value: inputs.value.map((i) => (i.code === updated.code ? updated : i)) } });
    }
    setState({ saving: null });
    void loadLog(updated.code);
    return true;
  } catch (err) {
    setState({ saving: null, error: errorMessage(err) });
    return false;
  }
}
