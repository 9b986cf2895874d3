// The renderer's state: what the pages show and the calls that fill it.
// No business rules here either: filtering, validation and conflicts are the
// service's; the store asks and keeps the answers.
import { create } from 'zustand';
import type {
  AgreementDetail,
  AgreementEdit,
  AgreementQuery,
  AgreementRow,
  AppInfo,
  PartyWithCounts,
  ThemeNode,
  WerkbankApi,
} from '../../src/service/contract';
import type { CalendarView } from '../../src/domain/calendar';
import type { GlossaryTerm, PartyRole } from '../../src/domain/types';
import { ApiCallError, errorMessage } from './api/client';
import { core, setCore } from './api/core';
import { setCoreToday } from './clock';
import { load, type Loadable } from './loadable';
import type { Route } from './route';
import { useAdmin } from './admin';
import { useChasing } from './chasing';
import { useSubmissions } from './submissions';
import { useBundle } from './bundle';
import { useAccountability } from './accountability';
import { missingCase } from '../../src/domain/assert';

export type { Loadable } from './loadable';

export type RoleFilter = PartyRole | 'any';

export interface AgreementFilters {
  themeNumber: number | null;
  topicNumber: string | null;
  partyId: string;
  role: RoleFilter;
  year: number | null;
  text: string;
}

export const EMPTY_FILTERS: AgreementFilters = {
  themeNumber: null,
  topicNumber: null,
  partyId: '',
  role: 'any',
  year: null,
  text: '',
};

export interface Notice {
  kind: 'success' | 'error';
  text: string;
}

/** The fields the edit form changes, as typed. */
export interface AgreementDraft {
  text: string;
  leadText: string;
  involvedText: string;
  scheduleText: string;
}

export interface WerkbankState {
  route: Route;
  /** Set when the shell refuses this page (browser without the right token): the Dutch reason. */
  refused: string | null;
  notice: Notice | null;
  appInfo: Loadable<AppInfo>;
  calendar: Loadable<CalendarView>;
  themes: Loadable<ThemeNode[]>;
  parties: Loadable<PartyWithCounts[]>;
  glossary: Loadable<GlossaryTerm[]>;
  filters: AgreementFilters;
  agreements: Loadable<AgreementRow[]>;
  detail: Loadable<AgreementDetail>;
  editing: boolean;
  /** The edit form holds changes that are not saved yet. */
  dirty: boolean;
  saving: boolean;
  /** Shown in the edit form: why the last save did not go through. */
  saveError: string | null;

  start(api: WerkbankApi, route: Route): void;
  applyRoute(route: Route): void;
  loadHome(): Promise<void>;
  loadGlossary(): Promise<void>;
  /** The parties again, with their counts (after a change to a party, or a trekker). */
  loadParties(): Promise<void>;
  setFilters(change: Partial<AgreementFilters>): void;
  resetFilters(): void;
  loadAgreements(): Promise<void>;
  loadDetail(id: number): Promise<void>;
  startEditing(): void;
  stopEditing(): void;
  setDirty(dirty: boolean): void;
  saveDraft(draft: AgreementDraft): Promise<boolean>;
  notify(notice: Notice): void;
  dismissNotice(): void;
  refuse(message: string): void;
}

// Answers can arrive out of order (typing in the search box); only the
// answer to the latest question may land.
let agreementsRequest = 0;
let detailRequest = 0;

export function toQuery(filters: AgreementFilters): AgreementQuery {
  const query: AgreementQuery = {};
  const text = filters.text.trim();
  if (text !== '') query.text = text;
  if (filters.topicNumber !== null) query.topicNumber = filters.topicNumber;
  else if (filters.themeNumber !== null) query.themeNumber = filters.themeNumber;
  if (filters.partyId !== '') {
    query.partyId = filters.partyId;
    query.role = filters.role;
  }
  if (filters.year !== null) query.year = filters.year;
  return query;
}

/** Which fields the draft changes, as an edit; null when nothing changed. */
export function draftToEdit(detail: AgreementDetail, draft: AgreementDraft): AgreementEdit | null {
  const edit: AgreementEdit = { id: detail.id, expectedUpdatedAt: detail.updatedAt };
  let changed = false;
  if (draft.text !== detail.text) {
    edit.text = draft.text;
    changed = true;
  }
  if (draft.leadText !== detail.leadText) {
    edit.leadText = draft.leadText;
    changed = true;
  }
  if (draft.involvedText !== detail.involvedText) {
    edit.involvedText = draft.involvedText;
    changed = true;
  }
  if (draft.scheduleText !== detail.schedule.text) {
    edit.scheduleText = draft.scheduleText;
    changed = true;
  }
  return changed ? edit : null;
}

/** The editable fields of an afspraak as the form shows them. */
export function draftOf(detail: AgreementDetail): AgreementDraft {
  return {
    text: detail.text,
    leadText: detail.leadText,
    involvedText: detail.involvedText,
    scheduleText: detail.schedule.text,
  };
}

/**
 * After a conflict the afspraak is reloaded under an open form: fields the
 * user left alone follow the newer version (so saving does not undo the other
 * edit), fields the user changed keep what was typed.
 */
export function rebaseDraft(draft: AgreementDraft, base: AgreementDraft, latest: AgreementDraft): AgreementDraft {
  const keys: (keyof AgreementDraft)[] = ['text', 'leadText', 'involvedText', 'scheduleText'];
  const next = { ...draft };
  for (const key of keys) if (draft[key] === base[key]) next[key] = latest[key];
  return next;
}

export const useWerkbank = create<WerkbankState>()((set, get) => ({
  route: { page: 'home', agreementId: null },
  refused: null,
  notice: null,
  appInfo: { status: 'idle' },
  calendar: { status: 'idle' },
  themes: { status: 'idle' },
  parties: { status: 'idle' },
  glossary: { status: 'idle' },
  filters: EMPTY_FILTERS,
  agreements: { status: 'idle' },
  detail: { status: 'idle' },
  editing: false,
  dirty: false,
  saving: false,
  saveError: null,

  start(client, route) {
    setCore(client);
    set({ route });
    const info = load(
      () => get().appInfo,
      (appInfo) => {
        set({ appInfo });
        if (appInfo.status === 'ready') setCoreToday(appInfo.value.today);
      },
      () => core().getAppInfo(),
    );
    void get().loadParties();
    // The pages' default years follow the Werkbank's clock: open the page once it is known.
    void info.finally(() => get().applyRoute(get().route));
  },

  applyRoute(route) {
    const before = get().route;
    set({ route });
    switch (route.page) {
      case 'home':
        void get().loadHome();
        break;
      case 'agreements':
        if (get().themes.status === 'idle') {
          void load(
            () => get().themes,
            (themes) => set({ themes }),
            () => core().listThemes(),
          );
        }
        if (get().agreements.status === 'idle') void get().loadAgreements();
        if (route.agreementId === null) {
          set({ detail: { status: 'idle' }, editing: false, dirty: false, saveError: null });
        } else if (route.agreementId !== before.agreementId || get().detail.status === 'idle') {
          set({ editing: false, dirty: false, saveError: null });
          void get().loadDetail(route.agreementId);
        }
        break;
      case 'submissions':
        useSubmissions.getState().open();
        break;
      case 'joint-overview':
        void useBundle.getState().open();
        break;
      case 'accountability':
        useAccountability.getState().open();
        break;
      case 'glossary':
        if (get().glossary.status !== 'ready') void get().loadGlossary();
        break;
      case 'admin':
        useAdmin.getState().open();
        break;
      case 'parties':
        useChasing.getState().open();
        // Counts change when an afspraak's trekker changes: always fresh.
        void get().loadParties();
        break;
      default:
        return missingCase(route.page);
    }
  },

  async loadHome() {
    await load(
      () => get().calendar,
      (calendar) => set({ calendar }),
      () => core().getCalendar({}),
    );
  },

  async loadParties() {
    await load(
      () => get().parties,
      (parties) => set({ parties }),
      () => core().listParties(),
    );
  },

  async loadGlossary() {
    await load(
      () => get().glossary,
      (glossary) => set({ glossary }),
      () => core().listGlossary(),
    );
  },

  setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    void get().loadAgreements();
  },

  resetFilters() {
    set({ filters: EMPTY_FILTERS });
    void get().loadAgreements();
  },

  async loadAgreements() {
    const request = ++agreementsRequest;
    const query = toQuery(get().filters);
    const previous = get().agreements;
    const keep = 'value' in previous ? previous.value : undefined;
    set({ agreements: keep === undefined ? { status: 'loading' } : { status: 'loading', value: keep } });
    try {
      const rows = await core().listAgreements(query);
      if (request === agreementsRequest) set({ agreements: { status: 'ready', value: rows } });
    } catch (err) {
      if (request === agreementsRequest) set({ agreements: { status: 'error', message: errorMessage(err) } });
    }
  },

  async loadDetail(id) {
    const request = ++detailRequest;
    const previous = get().detail;
    const keep = 'value' in previous && previous.value?.id === id ? previous.value : undefined;
    set({ detail: keep === undefined ? { status: 'loading' } : { status: 'loading', value: keep } });
    try {
      const detail = await core().getAgreement({ id });
      if (request === detailRequest) set({ detail: { status: 'ready', value: detail } });
    } catch (err) {
      if (request === detailRequest) set({ detail: { status: 'error', message: errorMessage(err) } });
    }
  },

  startEditing() {
    if (get().detail.status === 'ready') set({ editing: true, saveError: null, notice: null });
  },

  stopEditing() {
    set({ editing: false, dirty: false, saveError: null });
  },

  setDirty(dirty) {
    if (get().dirty !== dirty) set({ dirty });
  },

  async saveDraft(draft) {
    const detail = get().detail;
    if (detail.status !== 'ready') return false;
    const edit = draftToEdit(detail.value, draft);
    if (!edit) {
      set({ editing: false, dirty: false, saveError: null, notice: { kind: 'success', text: 'Er was niets gewijzigd.' } });
      return true;
    }
    set({ saving: true, saveError: null });
    try {
      const updated = await core().updateAgreement(edit);
      set({
        saving: false,
        editing: false,
        dirty: false,
        detail: { status: 'ready', value: updated },
        notice: { kind: 'success', text: `Afspraak ${updated.reference} is opgeslagen.` },
      });
      void get().loadAgreements();
      return true;
    } catch (err) {
      const message = errorMessage(err);
      if (err instanceof ApiCallError && err.code === 'conflict') {
        // Someone (the CLI, another window) saved in between: show their
        // version; the form keeps what was typed so nothing is lost.
        set({
          saving: false,
          saveError: `${message} De nieuwe versie is geladen (zie Geschiedenis); wat u zelf wijzigde staat nog in het formulier.`,
        });
        await get().loadDetail(detail.value.id);
        void get().loadAgreements();
      } else {
        set({ saving: false, saveError: message });
      }
      return false;
    }
  },

  notify(notice) {
    set({ notice });
  },

  dismissNotice() {
    set({ notice: null });
  },

  refuse(message) {
    set({ refused: message });
  },
}));

/** Before leaving an edit with unsaved changes, ask; true when it is fine to go. */
export function mayLeaveEdit(confirm: (question: string) => boolean = (q) => window.confirm(q)): boolean {
  const { editing, dirty } = useWerkbank.getState();
  if (!editing || !dirty) return true;
  return confirm('U hebt deze afspraak gewijzigd maar nog niet opgeslagen. Weggaan en de wijzigingen weggooien?');
}

