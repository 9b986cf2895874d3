// The uitvraag that comes before an import: the workbooks for one year, for
// every party or one, handed to the download. A zustand slice that the
// Inzendingen store (activiteitenoverzichten) and the Verantwoording store
// (resultaten) both spread into their state; which service call makes the
// workbooks, the store says.
import type { StoreApi } from 'zustand';
import type { FilePayload } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { saveFile } from './files';

/** What the uitvraag form holds. */
export interface RequestDraft {
  /** The planning year (activities) or the execution year (results). */
  year: number;
  /** '' for all parties. */
  partyId: string;
  contactName: string;
  contactEmail: string;
}

/** The draft as the service's request calls take it, beside the year. */
export interface RequestOptions {
  partyIds?: string[];
  contactName?: string;
  contactEmail?: string;
}

export function requestOptions(draft: RequestDraft): RequestOptions {
  return {
    ...(draft.partyId !== '' ? { partyIds: [draft.partyId] } : {}),
    ...(draft.contactName.trim() !== '' ? { contactName: draft.contactName.trim() } : {}),
    ...(draft.contactEmail.trim() !== '' ? { contactEmail: draft.contactEmail.trim() } : {}),
  };
}

export interface RequestState {
  making: boolean;
  makeError: string | null;
  /** File names of the workbooks last made and handed to the download. */
  made: string[];
}

export interface RequestSlice extends RequestState {
  makeRequests(draft: RequestDraft): Promise<void>;
}

export interface RequestCalls {
  make(year: number, options: RequestOptions): Promise<FilePayload[]>;
  /** After the workbooks were made, for reloading what shows that they were. */
  made?(): void;
}

/** A store that holds the slice, read-only, for zustand's `useStore(store, selector)`. */
export type RequestStore = Pick<StoreApi<RequestSlice>, 'getState' | 'getInitialState' | 'subscribe'>;

/** The uitvraag's state and action, for spreading into a store: `...requestSlice(set, calls)`. */
export function requestSlice(set: (partial: Partial<RequestState>) => void, calls: RequestCalls): RequestSlice {
  return {
    making: false,
    makeError: null,
    made: [],

    async makeRequests(draft) {
      set({ making: true, makeError: null, made: [] });
      try {
        const files = await calls.make(draft.year, requestOptions(draft));
        for (const file of files) saveFile(file);
        set({ making: false, made: files.map((f) => f.name) });
        calls.made?.();
      } catch (err) {
        set({ making: false, makeError: errorMessage(err) });
      }
    },
  };
}
