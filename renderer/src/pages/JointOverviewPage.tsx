import { useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { summarizeOverview, type JointOverviewSummary } from '../../../src/domain/joint-overview-summary';
import type { JointOverview } from '../../../src/domain/joint-overview';
import { VERSION_STATUS_WORD, type BundleVersionInfo } from '../../../src/domain/bundle-decisions';
import { useWerkbank } from '../store';
import { useReadOnly } from '../read-only';
import { partFor, useBundle, type BundleTab } from '../bundle';
import { ExportStatus } from '../components/ExportStatus';
import { ErrorMessage, LoadView } from '../components/Status';
import { countLabel, formatDateTime, formatShortDate } from '../format';
import { BundleList } from './bundle/BundleList';
import { AttentionPanel, DuplicatesPanel, ReciprocityPanel, VersionsPanel } from './bundle/BundlePanels';
import { FreezeDialog } from './bundle/FreezeDialog';
import { OpenLinksBar } from './bundle/LinkDecision';
import { YearField } from '../components/YearField';
import { WriteButton } from '../components/Writes';
import { missingCase } from '../../../src/domain/assert';

export function JointOverviewPage() {
  const overview = useBundle((s) => s.overview);
  const summary = useBundle((s) => s.summary);
  const planningYear = useBundle((s) => s.planningYear);
  // The summary is a few kilobytes and comes first; the rows of a large year follow.
  const rowsComing = overview.status === 'loading' && overview.value === undefined && summary.status === 'ready';
  return (
    <div className="bundle-page">
      <div className="page-head">
        <h1>Gezamenlijk overzicht{planningYear !== null ? ` ${planningYear}` : ''}</h1>
        <p className="lead">
          De activiteiten van alle partijen, gebundeld per afspraak, met wat nog niet is opgepakt en wat de werkgroep
          afstemt.
        </p>
      </div>
      <Toolbar />
      {rowsComing ? (
        <>
          <VersionBanner version={summary.value.version} />
          <Summary summary={summary.value} />
          <p className="muted loading" role="status">
            Bezig met laden van de {countLabel(summary.value.counts.activities, 'activiteit', 'activiteiten')}…
          </p>
        </>
      ) : (
        <LoadView state={overview} what="het gezamenlijk overzicht">
          {(value) => <OverviewBody overview={value} />}
        </LoadView>
      )}
    </div>
  );
}

function versionOptionLabel(v: BundleVersionInfo): string {
  const status = VERSION_STATUS_WORD[v.status];
  return `Versie ${v.number ?? ''} · ${status}${v.savedAt ? ` · ${formatShortDate(v.savedAt)}` : ''}`;
}

function Toolbar() {
  const years = useBundle((s) => s.years);
  const planningYear = useBundle((s) => s.planningYear);
  const version = useBundle((s) => s.version);
  const versions = useBundle((s) => s.versions);
  const setYear = useBundle((s) => s.setYear);
  const setVersion = useBundle((s) => s.setVersion);
  const saveVersion = useBundle((s) => s.saveVersion);
  const openFreeze = useBundle((s) => s.openFreeze);
  const savingVersion = useBundle((s) => s.savingVersion);
  const exporting = useBundle((s) => s.exporting);
  const exportFile = useBundle((s) => s.exportFile);
  const exportError = useBundle((s) => s.exportError);
  const exported = useBundle((s) => s.exported);
  const exportedVersion = useBundle((s) => s.exportedVersion);
  const overview = useBundle((s) => s.overview);
  const summary = useBundle((s) => s.summary);
  const notify = useWerkbank((s) => s.notify);
  const exportParty = useRef<HTMLSelectElement>(null);
  const exportWhich = useRef<HTMLSelectElement>(null);
  const id = useId();
  const list = versions.status === 'ready' ? versions.value : [];
  const final = list.find((v) => v.status === 'final');
  const parties = overview.status === 'ready' ? overview.value.parties : [];
  const live = version === null;

  const onSaveConcept = async () => {
    const info = await saveVersion(false);
    if (info) notify({ kind: 'success', text: `Opgeslagen als concept, versie ${info.number}.` });
  };
  const onExport = (format: 'docx' | 'xlsx') => {
    const partyId = exportParty.current?.value ?? '';
    // Once the year is frozen an export is of the definitive version; the working state only when chosen.
    const working = live && final !== undefined && exportWhich.current?.value === 'werkversie';
    void exportFile({ format, partyId: partyId === '' ? null : partyId, working });
  };

  return (
    <section className="card bundle-toolbar" aria-label="Jaar, versie en export">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <YearField id={`${id}-year`} label="Planningsjaar" years={years} value={planningYear} onChange={(year) => year !== null && setYear(year)} />
          <div className="field field-version">
            <label htmlFor={`${id}-version`}>Versie</label>
            <select
              id={`${id}-version`}
              value={version === null ? '' : String(version)}
              onChange={(e) => setVersion(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">Werkversie (actueel)</option>
              {list.map((v) => (
                <option key={v.number} value={v.number ?? ''}>
                  {versionOptionLabel(v)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="toolbar-group">
          <WriteButton
            type="button"
            className="button-quiet"
            disabled={!live || savingVersion}
            onClick={() => void onSaveConcept()}
          >
            Concept opslaan
          </WriteButton>
          <WriteButton
            type="button"
            className="button-quiet"
            disabled={!live || savingVersion || final !== undefined || overview.status !== 'ready'}
            title={final ? `Versie ${final.number} is al definitief.` : undefined}
            onClick={() => openFreeze()}
          >
            Definitief vaststellen…
          </WriteButton>
        </div>
        <div className="toolbar-group toolbar-export">
          <div className="field">
            <label htmlFor={`${id}-export-party`}>Exporteren</label>
            <select id={`${id}-export-party`} ref={exportParty} disabled={exporting !== null}>
              <option value="">Heel het overzicht</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  Alleen {p.shortName}
                </option>
              ))}
            </select>
          </div>
          {live && final !== undefined && (
            <div className="field">
              <label htmlFor={`${id}-export-version`}>Versie om te exporteren</label>
              <select id={`${id}-export-version`} ref={exportWhich} disabled={exporting !== null} defaultValue="definitief">
                <option value="definitief">Definitief (versie {final.number})</option>
                <option value="werkversie">Werkversie (niet om te versturen)</option>
              </select>
            </div>
          )}
          <button type="button" className="button-quiet" disabled={exporting !== null} onClick={() => onExport('docx')}>
            Word
          </button>
          <button type="button" className="button-quiet" disabled={exporting !== null} onClick={() => onExport('xlsx')}>
            Excel
          </button>
        </div>
      </div>
      <ExportStatus exporting={exporting?.format ?? null} error={exportError} exported={exported} version={exportedVersion} />
      {overview.status === 'ready' && overview.value.version.number === null && summary.status === 'ready' && <FreezeDialog summary={summary.value} />}
    </section>
  );
}

function OverviewBody({ overview }: { overview: JointOverview }) {
  const tab = useBundle((s) => s.tab);
  const part = useBundle((s) => s.part);
  const actionError = useBundle((s) => s.actionError);
  const loaded = useBundle((s) => s.summary);
  const readOnly = overview.version.number !== null;
  // The summary of the whole came with the part; a part alone would be summarised short.
  const summary = useMemo(() => (loaded.status === 'ready' ? loaded.value : summarizeOverview(overview)), [loaded, overview]);
  // Another tab's part is still on its way: its panel waits for it rather than show another's.
  const waiting = tab !== 'versions' && part !== partFor(tab);
  return (
    <>
      <VersionBanner version={overview.version} />
      {actionError && <ErrorMessage>{actionError}</ErrorMessage>}
      <Summary summary={summary} />
      {!readOnly && <OpenLinksBar summary={summary} />}
      <Tabs summary={summary} />
      <div className="tab-panel" role="tabpanel" id={`bundle-panel-${tab}`} aria-labelledby={`bundle-tab-${tab}`} tabIndex={-1}>
        {waiting && (
          <p className="muted loading" role="status">
            Bezig met laden…
          </p>
        )}
        {!waiting && tab === 'list' && <BundleList overview={overview} readOnly={readOnly} />}
        {!waiting && tab === 'attention' && <AttentionPanel overview={overview} />}
        {!waiting && tab === 'duplicates' && <DuplicatesPanel overview={overview} readOnly={readOnly} />}
        {!waiting && tab === 'reciprocity' && <ReciprocityPanel overview={overview} readOnly={readOnly} />}
        {tab === 'versions' && <VersionsPanel />}
      </div>
    </>
  );
}

function VersionBanner({ version: v }: { version: BundleVersionInfo }) {
  const setVersion = useBundle((s) => s.setVersion);
  const viewOnly = useReadOnly() !== undefined;
  if (v.number === null) {
    return (
      <p className="version-banner is-live">
        <span className="badge badge-quiet">werkversie</span> De actuele stand, berekend uit de huidige inzendingen en de
        besluiten van de werkgroep.{' '}
        {viewOnly ? 'Dit exemplaar is alleen te bekijken: besluiten vastleggen kan hier niet.' : 'Wat u hier vastlegt, wordt meteen bewaard.'}
      </p>
    );
  }
  return (
    <div className={`version-banner is-saved is-${v.status}`} role="note">
      <p>
        <span className={`badge ${v.status === 'final' ? 'badge-final' : 'badge-concept'}`}>{VERSION_STATUS_WORD[v.status]}</span> U bekijkt
        versie {v.number}
        {v.savedAt && <>, opgeslagen op {formatDateTime(v.savedAt)}</>}
        {v.savedBy && <> door {v.savedBy}</>}. Een opgeslagen versie verandert niet meer: alleen lezen.
      </p>
      <button type="button" className="button-quiet" onClick={() => setVersion(null)}>
        Naar de werkversie
      </button>
    </div>
  );
}

function Stat({ label, value, warn }: { label: string; value: ReactNode; warn?: boolean }) {
  return (
    <div className={`stat${warn ? ' is-warn' : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Summary({ summary: overview }: { summary: JointOverviewSummary }) {
  const c = overview.counts;
  const questions = overview.questions;
  return (
    <section className="bundle-summary" aria-label="Samenvatting">
      <dl className="stats">
        <Stat label="Activiteiten" value={c.activities} />
        <Stat label={`Afspraken in ${overview.planningYear}`} value={c.agreementsActive} />
        <Stat label="Zonder activiteit" value={c.agreementsWithoutActivity} warn={c.agreementsWithoutActivity > 0} />
        <Stat label="Trekker zonder activiteit" value={c.agreementsLeadWithoutActivity} warn={c.agreementsLeadWithoutActivity > 0} />
        <Stat
          label="Open vragen"
          value={
            <>
              {questions.open} <span className="stat-of">van {questions.total}</span>
            </>
          }
          warn={questions.open > 0}
        />
        <Stat label="Dubbel te beoordelen" value={c.duplicatesOpen} warn={c.duplicatesOpen > 0} />
        <Stat label="Open koppelingen" value={c.linksOpen} warn={c.linksOpen > 0} />
      </dl>
      <ul className="party-states" aria-label="Inzendingen">
        {overview.parties.map((p) => (
          <li key={p.id} className={p.submission ? 'is-in' : 'is-missing'}>
            <span className={`dot ${p.submission ? 'dot-ok' : 'dot-warn'}`} aria-hidden="true" />
            {p.shortName}{' '}
            <span className="muted small">
              {p.submission ? `versie ${p.submission.version}, ontvangen ${formatShortDate(p.submission.receivedOn ?? p.submission.importedAt)}` : 'niet ingediend'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const TABS: { tab: BundleTab; label: string }[] = [
  { tab: 'list', label: 'Overzicht' },
  { tab: 'attention', label: 'Aandachtspunten' },
  { tab: 'duplicates', label: 'Dubbel gemeld' },
  { tab: 'reciprocity', label: 'Wederkerigheid' },
  { tab: 'versions', label: 'Versies' },
];

function tabCount(tab: BundleTab, summary: JointOverviewSummary): string | null {
  switch (tab) {
    case 'attention':
      return String(summary.attention);
    case 'duplicates':
      return summary.counts.duplicatesOpen > 0 ? `${summary.counts.duplicatesOpen} open` : null;
    case 'reciprocity': {
      const { open } = summary.questions;
      return open > 0 ? `${open} open` : null;
    }
    case 'list':
    case 'versions':
      return null;
    default:
      return missingCase(tab);
  }
}

/** Tabs as the ARIA pattern has them: one tab stop, arrow keys move between tabs. */
function Tabs({ summary }: { summary: JointOverviewSummary }) {
  const tab = useBundle((s) => s.tab);
  const setTab = useBundle((s) => s.setTab);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.tab === tab);
    const targets: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 };
    const target = targets[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next.tab);
    e.currentTarget.querySelector<HTMLButtonElement>(`#bundle-tab-${next.tab}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Onderdelen van het overzicht" onKeyDown={onKeyDown}>
      {TABS.map((t) => {
        const count = tabCount(t.tab, summary);
        const selected = t.tab === tab;
        return (
          <button
            key={t.tab}
            type="button"
            role="tab"
            id={`bundle-tab-${t.tab}`}
            aria-selected={selected}
            aria-controls={selected ? `bundle-panel-${t.tab}` : undefined}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => setTab(t.tab)}
          >
            {t.label}
            {count !== null && <span className="count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
