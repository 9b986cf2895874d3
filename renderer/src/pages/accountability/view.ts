// How the secretary looks at the "gepland en gerealiseerd" view: the filter
// and which themes are open. Kept apart from the report's state so that
// choosing another year keeps the filter, and so that the status board can
// open a theme further down the page.
import { create } from 'zustand';
import { NO_FILTER, isFiltering, type ViewFilter } from './plannedRows';

/** A theme's number as text, or 'los' for the part not linked to an afspraak. */
export type GroupKey = string;

export interface AgreementViewState {
  filter: ViewFilter;
  /** Open groups without a filter; closed unless opened. */
  open: Record<GroupKey, boolean>;
  /** Open groups while a filter is on; open unless closed, and reset with each change of the filter. */
  openFiltered: Record<GroupKey, boolean>;
  setFilter(change: Partial<ViewFilter>): void;
  resetFilter(): void;
  isOpen(key: GroupKey): boolean;
  toggle(key: GroupKey): void;
  setAll(keys: GroupKey[], open: boolean): void;
  /** Opens a group and scrolls it into view (from the status board). */
  reveal(key: GroupKey): void;
}

export function groupElementId(key: GroupKey): string {
  return `planned-group-${key}`;
}

export const useAgreementView = create<AgreementViewState>()((set, get) => {
  const which = (): 'open' | 'openFiltered' => (isFiltering(get().filter) ? 'openFiltered' : 'open');
  return {
    filter: NO_FILTER,
    open: {},
    openFiltered: {},

    setFilter(change) {
      set({ filter: { ...get().filter, ...change }, openFiltered: {} });
    },

    resetFilter() {
      set({ filter: NO_FILTER, openFiltered: {} });
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

    reveal(key) {
      set({ open: { ...get().open, [key]: true }, openFiltered: { ...get().openFiltered, [key]: true } });
      // After React has rendered the opened group.
      requestAnimationFrame(() => document.getElementById(groupElementId(key))?.scrollIntoView({ block: 'start' }));
    },
  };
});
