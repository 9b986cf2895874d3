// How the secretary looks at the "gepland en gerealiseerd" view: the filter
// and which themes are open. Kept apart from the report's state so that
// choosing another year keeps the filter, and so that the status board can
// open a theme further down the page, clearing what of the filter hides it.
import { create } from 'zustand';
import { NO_FILTER, isFiltering, type ViewFilter } from './plannedRows';

/** A theme's number as text, or 'los' for the part not linked to an afspraak. */
export type GroupKey = string;

/** What of the filter was cleared to show a group asked for from the status board. */
export interface ClearedFilter {
  key: GroupKey;
  /** The filter's parts as they were before. */
  before: Partial<ViewFilter>;
}

export interface AgreementViewState {
  filter: ViewFilter;
  /** Said in the group opened, until the filter changes again. */
  cleared: ClearedFilter | null;
  /** Open groups without a filter; closed unless opened. */
  open: Record<GroupKey, boolean>;
  /** Open groups while a filter is on; open unless closed, and reset with each change of the filter. */
  openFiltered: Record<GroupKey, boolean>;
  setFilter(change: Partial<ViewFilter>): void;
  resetFilter(): void;
  isOpen(key: GroupKey): boolean;
  toggle(key: GroupKey): void;
  setAll(keys: GroupKey[], open: boolean): void;
  /**
   * Opens a group and scrolls it into view (from the status board). When the
   * filter hides it (`shown` says whether a filter shows it), the fewest of the
   * filter's parts are cleared that make it shown.
   */
  reveal(key: GroupKey, shown: (filter: ViewFilter) => boolean): void;
}

/** Which of the filter's parts to clear, fewest first: the search before the choice of what to show before the party. */
const CLEARINGS: (keyof ViewFilter)[][] = [
  ['query'],
  ['show'],
  ['partyId'],
  ['query', 'show'],
  ['query', 'partyId'],
  ['show', 'partyId'],
  ['query', 'show', 'partyId'],
];

/** The filter with the fewest parts cleared under which `shown` holds, and those parts as they were. */
export function filterShowing(filter: ViewFilter, shown: (filter: ViewFilter) => boolean): { filter: ViewFilter; before: Partial<ViewFilter> } {
  if (shown(filter)) return { filter, before: {} };
  for (const parts of CLEARINGS) {
    const set = parts.filter((part) => filter[part] !== NO_FILTER[part]);
    if (set.length !== parts.length) continue;
    const candidate = { ...filter, ...Object.fromEntries(parts.map((part) => [part, NO_FILTER[part]])) };
    if (shown(candidate)) return { filter: candidate, before: Object.fromEntries(parts.map((part) => [part, filter[part]])) };
  }
  // Not even without a filter: nothing to clear.
  return { filter, before: {} };
}

/** Scrolls to a group once React has rendered it; a few frames at most. */
function scrollToGroup(key: GroupKey, frames = 5): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(groupElementId(key));
    if (element) element.scrollIntoView({ block: 'start' });
    else if (frames > 1) scrollToGroup(key, frames - 1);
  });
}

export function groupElementId(key: GroupKey): string {
  return `planned-group-${key}`;
}

export const useAgreementView = create<AgreementViewState>()((set, get) => {
  const which = (): 'open' | 'openFiltered' => (isFiltering(get().filter) ? 'openFiltered' : 'open');
  return {
    filter: NO_FILTER,
    cleared: null,
    open: {},
    openFiltered: {},

    setFilter(change) {
      set({ filter: { ...get().filter, ...change }, openFiltered: {}, cleared: null });
    },

    resetFilter() {
      set({ filter: NO_FILTER, openFiltered: {}, cleared: null });
    },

    isOpen(key) {
      return isFiltering(get().filter) ? (get().openFiltered[key] ?? true) : (get().open[key] ?? false);
    },

    toggle(key) {
      const field = which();
      set({ [field]: { ...get()[field], [key]: !get().isOpen(key) } });
    },

    setAll(keys, open) {
      const field = which();
      set({ [field]: Object.fromEntries(keys.map((k) => [k, open])) });
    },

    reveal(key, shown) {
      const { filter, before } = filterShowing(get().filter, shown);
      const changed = filter !== get().filter;
      set({
        filter,
        cleared: changed ? { key, before } : get().cleared,
        open: { ...get().open, [key]: true },
        openFiltered: { ...(changed ? {} : get().openFiltered), [key]: true },
      });
      scrollToGroup(key);
    },
  };
});
