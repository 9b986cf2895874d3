// The Gezamenlijk overzicht page's state: which planning year and version is
// shown, the overview itself, and the werkgroep's decisions on it. The bundle
// (grouping, gaps, wederkerigheid, duplicates, aandachtspunten) is computed by
// the service; each tab asks for its own part of it (getJointOverviewTab); a
// decision answers with what it recorded, and the page then asks for the
// tab's part again (the service keeps the overview until something changes).
import { create } from 'zustand';
import type { AlignmentEdit, BundleComparison, NeedDecisionEdit, OpenLink } from '../../src/service/contract';
import type { JointOverviewSummary } from '../../src/domain/joint-overview-summary';
import type { JointOverviewTab, OverviewTab } from '../../src/bundle/tab-part';
import type { DuplicateDecision, JointOverview } from '../../src/domain/joint-overview';
import type { Alignment, AlignmentStatus, BundleVersionInfo } from '../../src/domain/bundle-decisions';
import { ApiCallError, errorMessage } from './api/client';
import { core } from './api/core';
import { saveFile } from './files';
import { currentYear } from './clock';
import { load, valueOf, type Loadable } from './loadable';

export type BundleTab = 'list' | 'attention' | 'duplicates' | 'reciprocity' | 'versions';

export interface BundleFilters {
  /** Words that must all occur in the activity (its text, party, needs, planning, role, notes) or its afspraak. */
  text: string;
  themeNumber: number | null;
  /** '' for every party. */
  partyId: string;
  status: AlignmentStatus | '';
  onlyProblems: boolean;
  /** Only activities whose link to an afspraak is still open (proposed, choice, none). */
  onlyOpenLinks: boolean;
}

export const EMPTY_BUNDLE_FILTERS: BundleFilters = { text: '', themeNumber: null, partyId: '', status: '', onlyProblems: false, onlyOpenLinks: false };

export interface ExportJob {
  format: 'docx' | 'xlsx';
  partyId: string | null;
  /** The live working state, asked for explicitly: without it, the service writes the definitive version once there is one. */
  working?: boolean;
}

export interface BundleState {
  planningYear: number | null;
  /** The agreement's years, for the year choice. */
  years: number[];
  /** A saved version, or null for the live werkversie. */
  version: number | null;
  /** The overview cut for one tab (`part`): what that tab shows, the rest left empty. */
  overview: Loadable<JointOverview>;
  /** The tab the loaded overview is cut for; null before the first. */
  part: OverviewTab | null;
  /** What the page shows before the rows arrive (the overview itself, once there, is summarised on the page). */
  summary: Loadable<JointOverviewSummary>;
  versions: Loadable<BundleVersionInfo[]>;
  tab: BundleTab;
  filters: BundleFilters;
  /** The activity whose alignment form is open (its identity). */
  editing: string | null;
  /** The afspraak whose "onvoldoende opgepakt" form is open. */
  marking: number | null;
  /** A decision is being stored. */
  busy: boolean;
  /** Why the last decision did not go through. */
  actionError: string | null;
  savingVersion: boolean;
  exporting: ExportJob | null;
  exportError: string | null;
  /** The last file handed to the download. */
  exported: string | null;
  /** Which version that file is of ("definitieve versie 3"). */
  exportedVersion: string | null;
  comparison: Loadable<BundleComparison>;
  /** Asked to show this afspraak or activity in the overview (from an aandachtspunt). */
  focus: { agreementId?: number; activityIdentity?: string; seq: number } | null;
  /** The activity whose "another afspraak" choice is open (its identity). */
  choosingLink: string | null;
  /** The freeze (definitief) dialog is open, with the links still open according to the service. */
  freeze: { openLinks: Loadable<OpenLink[]>; error: string | null } | null;

  open(): Promise<void>;
  setYear(year: number): void;
  setVersion(version: number | null): void;
  setTab(tab: BundleTab): void;
  setFilters(change: Partial<BundleFilters>): void;
  showInOverview(target: { agreementId?: number; activityIdentity?: string }): void;
  focusHandled(): void;
  startEdit(identity: string | null): void;
  startMarking(agreementId: number | null): void;
  saveAlignment(edit: Omit<AlignmentEdit, 'planningYear'>): Promise<boolean>;
  decideDuplicate(key: string, decision: DuplicateDecision): Promise<void>;
  /** The werkgroep's word on one request (answered by an activity, open, or back to the text match); false when refused. */
  decideNeed(edit: Omit<NeedDecisionEdit, 'planningYear'>): Promise<boolean>;
  markInsufficient(agreementId: number, followUp: string | null): Promise<boolean>;
  saveVersion(final: boolean): Promise<BundleVersionInfo | null>;
  startChoosingLink(identity: string | null): void;
  /** A person's decision on one activity's link: the afspraak, or null for "geen afspraak". */
  decideLink(activityId: number, agreementId: number | null): Promise<boolean>;
  /** Confirms every proposal and records every "geen afspraak gevonden" as "geen afspraak"; answers how many changed. */
  confirmAllLinks(): Promise<number | null>;
  openFreeze(): void;
  closeFreeze(): void;
  /** Freezes the definitive version from the dialog; the service refuses while links are open. */
  freezeFinal(): Promise<BundleVersionInfo | null>;
  compare(from: number, to: number | null): Promise<void>;
  exportFile(job: ExportJob): Promise<void>;
}

/** An activity's alignment in an overview, by identity. */
function alignmentOf(overview: JointOverview, identity: string): Alignment | undefined {
  for (const theme of overview.themes) {
    for (const topic of theme.topics) {
      for (const agreement of topic.agreements) {
        const found = agreement.activities.find((a) => a.identity === identity);
        if (found) return found.alignment;
      }
    }
  }
  return overview.unlinked.find((a) => a.identity === identity)?.alignment;
}

/** The part of the overview a tab shows; the versions tab shows none of it, so it asks for the smallest. */
export function partFor(tab: BundleTab): OverviewTab {
  return tab === 'versions' ? 'attention' : tab;
}

// Only the answer for the year and version on screen may land.
let overviewRequest = 0;
let focusSeq = 0;

/** The planning year prepared in this calendar year, when the agreement covers it. */
function defaultYear(years: number[]): number | null {
  const next = currentYear() + 1;
  return years.includes(next) ? next : (years[years.length - 1] ?? null);
}

export const useBundle = create<BundleState>()((set, get) => {
  const shown = (answer: JointOverviewTab): Partial<BundleState> => ({
    overview: { status: 'ready', value: answer.overview },
    summary: { status: 'ready', value: answer.summary },
    part: answer.tab,
  });

  /** The overview of the year and version chosen, for the tab shown: the summary first, then the tab's part. */
  async function loadOverview(): Promise<void> {
    const { planningYear, version } = get();
    if (planningYear === null) return;
    const request = ++overviewRequest;
    const keep = valueOf(get().overview);
    // Another year or version: do not show the old one meanwhile.
    const same = keep && keep.planningYear === planningYear && keep.version.number === version;
    set({
      overview: same ? { status: 'loading', value: keep } : { status: 'loading' },
      ...(same ? {} : { summary: { status: 'loading' } as const }),
    });
    const query = { planningYear, ...(version !== null ? { version } : {}) };
    try {
      // The summary first when the year or version is new: a few kilobytes the page shows while the rows come.
      // Asked one after the other, so the tab's part is served from what the worker that made the summary kept.
      if (!same) {
        const summary = await core().getJointOverviewSummary(query);
        if (request !== overviewRequest) return;
        set({ summary: { status: 'ready', value: summary } });
      }
      const answer = await core().getJointOverviewTab({ ...query, tab: partFor(get().tab) });
      if (request !== overviewRequest) return;
      set(shown(answer));
      // The tab changed while its part was asked for: ask for the one it shows now.
      if (answer.tab !== partFor(get().tab)) void loadOverview();
    } catch (err) {
      if (request === overviewRequest) set({ overview: { status: 'error', message: errorMessage(err) } });
    }
  }

  function loadVersions(): Promise<void> {
    const planningYear = get().planningYear;
    if (planningYear === null) return Promise.resolve();
    return load(
      () => get().versions,
      (versions) => set({ versions }),
      () => core().listBundleVersions({ planningYear }),
    );
  }

  /**
   * A decision on the live overview answers with what it recorded; the overview is fetched afresh to show
   * what it changed. Only while the live overview is shown; null when refused or failed (actionError says why).
   */
  async function decide<T>(call: (planningYear: number) => Promise<T>, done: Partial<BundleState> = {}): Promise<T | null> {
    const { planningYear, version } = get();
    if (planningYear === null || version !== null) return null;
    set({ busy: true, actionError: null });
    try {
      const result = await call(planningYear);
      const answer = await core().getJointOverviewTab({ planningYear, tab: partFor(get().tab) });
      overviewRequest++;
      set({ ...done, busy: false, ...shown(answer) });
      return result;
    } catch (err) {
      set({ busy: false, actionError: errorMessage(err) });
      // Someone else changed it meanwhile: show the new state beside the message.
      if (err instanceof ApiCallError && err.code === 'conflict') void loadOverview();
      return null;
    }
  }

  function loadFreezeCheck(): void {
    const planningYear = get().planningYear;
    if (planningYear === null) return;
    const put = (openLinks: Loadable<OpenLink[]>) => {
      const freeze = get().freeze;
      if (freeze) set({ freeze: { ...freeze, openLinks } });
    };
    void load(
      () => get().freeze?.openLinks ?? { status: 'idle' },
      put,
      () => core().listOpenLinks({ planningYear }),
    );
  }

  return {
    planningYear: null,
    years: [],
    version: null,
    overview: { status: 'idle' },
    part: null,
    summary: { status: 'idle' },
    versions: { status: 'idle' },
    tab: 'list',
    filters: EMPTY_BUNDLE_FILTERS,
    editing: null,
    marking: null,
    busy: false,
    actionError: null,
    savingVersion: false,
    exporting: null,
    exportError: null,
    exported: null,
    exportedVersion: null,
    comparison: { status: 'idle' },
    focus: null,
    choosingLink: null,
    freeze: null,

    async open() {
      if (get().planningYear === null) {
        try {
          const { agreementSet } = await core().getAppInfo();
          const years: number[] = [];
          for (let y = agreementSet.periodStart; y <= agreementSet.periodEnd; y++) years.push(y);
          set({ years, planningYear: defaultYear(years) });
        } catch (err) {
          set({ overview: { status: 'error', message: errorMessage(err) } });
          return;
        }
      }
      // Imports may have happened elsewhere: always fresh.
      void loadOverview();
      void loadVersions();
    },

    setYear(year) {
      if (year === get().planningYear) return;
      set({
        planningYear: year,
        version: null,
        editing: null,
        marking: null,
        actionError: null,
        exported: null,
        exportedVersion: null,
        exportError: null,
        comparison: { status: 'idle' },
        versions: { status: 'idle' },
        choosingLink: null,
        freeze: null,
      });
      void loadOverview();
      void loadVersions();
    },

    setVersion(version) {
      if (version === get().version) return;
      set({ version, editing: null, marking: null, choosingLink: null, actionError: null, exported: null, exportedVersion: null, exportError: null });
      void loadOverview();
    },

    setTab(tab) {
      set({ tab });
      // Another part of the overview: ask for it (the one shown stays until it comes).
      const { part, overview } = get();
      if (part !== partFor(tab) && overview.status !== 'idle' && overview.status !== 'error') void loadOverview();
    },

    setFilters(change) {
      set({ filters: { ...get().filters, ...change } });
    },

    showInOverview(target) {
      // The filters could hide it: clear them, then ask the page to bring it into view.
      set({ filters: EMPTY_BUNDLE_FILTERS, focus: { ...target, seq: ++focusSeq } });
      get().setTab('list');
    },

    focusHandled() {
      set({ focus: null });
    },

    startEdit(identity) {
      set({ editing: identity, marking: null, actionError: null });
    },

    startMarking(agreementId) {
      set({ marking: agreementId, editing: null, actionError: null });
    },

    async saveAlignment(edit) {
      // The revision of the alignment as this window last read it: a write in between is refused.
      const overview = valueOf(get().overview);
      const read = overview ? alignmentOf(overview, edit.identity) : undefined;
      const expectedRevision = edit.expectedRevision ?? read?.revision ?? 0;
      return (await decide((planningYear) => core().updateAlignment({ planningYear, ...edit, expectedRevision }), { editing: null })) !== null;
    },

    async decideDuplicate(key, decision) {
      await decide((planningYear) => core().decideDuplicate({ planningYear, key, decision }));
    },

    async decideNeed(edit) {
      return (await decide((planningYear) => core().decideNeed({ planningYear, ...edit }))) !== null;
    },

    async markInsufficient(agreementId, followUp) {
      return (await decide((planningYear) => core().markInsufficient({ planningYear, agreementId, followUp }), { marking: null })) !== null;
    },

    async saveVersion(final) {
      const planningYear = get().planningYear;
      if (planningYear === null) return null;
      set({ savingVersion: true, actionError: null });
      try {
        const info = await core().saveBundleVersion({ planningYear, final });
        set({ savingVersion: false });
        await loadVersions();
        return info;
      } catch (err) {
        set({ savingVersion: false, actionError: errorMessage(err) });
        return null;
      }
    },

    startChoosingLink(identity) {
      set({ choosingLink: identity, actionError: null });
    },

    async decideLink(activityId, agreementId) {
      const result = await decide((planningYear) => core().decideLinks({ planningYear, decisions: [{ activityId, agreementId }] }), { choosingLink: null });
      return result !== null;
    },

    async confirmAllLinks() {
      const result = await decide((planningYear) => core().confirmOpenLinks({ planningYear }), { choosingLink: null });
      return result ? result.changed : null;
    },

    openFreeze() {
      set({ freeze: { openLinks: { status: 'loading' }, error: null }, actionError: null });
      loadFreezeCheck();
    },

    closeFreeze() {
      set({ freeze: null });
    },

    async freezeFinal() {
      const planningYear = get().planningYear;
      const freeze = get().freeze;
      if (planningYear === null || !freeze) return null;
      set({ savingVersion: true, freeze: { ...freeze, error: null } });
      try {
        const info = await core().saveBundleVersion({ planningYear, final: true });
        set({ savingVersion: false, freeze: null });
        await loadVersions();
        return info;
      } catch (err) {
        // Refused (links opened meanwhile, or a definitive version already there): say why, and show what is open now.
        set({ savingVersion: false, freeze: { ...freeze, error: errorMessage(err) } });
        loadFreezeCheck();
        return null;
      }
    },

    async compare(from, to) {
      const planningYear = get().planningYear;
      if (planningYear === null) return;
      await load(
        () => get().comparison,
        (comparison) => set({ comparison }),
        () => core().compareBundleVersions({ planningYear, from, ...(to !== null ? { to } : {}) }),
      );
    },

    async exportFile(job) {
      const { planningYear, version } = get();
      if (planningYear === null || get().exporting) return;
      set({ exporting: job, exportError: null, exported: null, exportedVersion: null });
      try {
        const file = await core().exportJointOverview({
          planningYear,
          format: job.format,
          ...(version !== null ? { version } : job.working ? { working: true } : {}),
          ...(job.partyId !== null ? { partyId: job.partyId } : {}),
        });
        saveFile(file);
        set({ exporting: null, exported: file.name, exportedVersion: exportedVersionText(file.version) });
      } catch (err) {
        set({ exporting: null, exportError: errorMessage(err) });
      }
    },
  };
});

/** Which version a written file is of, said under the export buttons. */
export function exportedVersionText(version: BundleVersionInfo): string {
  switch (version.status) {
    case 'final':
      return `Definitieve versie ${version.number ?? ''}`.trim();
    case 'draft':
      return `Conceptversie ${version.number ?? ''} (niet definitief)`.trim();
    default:
      return 'Werkversie: de actuele stand, niet om te versturen';
  }
}
