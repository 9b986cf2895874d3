import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AgreementRow, PartyWithCounts, ThemeNode } from '../../../src/service/contract';
import { scheduleLabel } from '../../../src/domain/schedule';
import { EMPTY_FILTERS, mayLeaveEdit, useWerkbank, type AgreementFilters, type RoleFilter } from '../store';
import { navigate } from '../route';
import { LoadView } from '../components/Status';
import { partyNames } from '../components/PartyRefs';
import type { PartyRef } from '../../../src/domain/types';
import { countLabel } from '../format';
import { AgreementDetailPane } from './AgreementDetailPane';
import { YearField } from '../components/YearField';

export function AgreementsPage() {
  const selectedId = useWerkbank((s) => s.route.agreementId);
  useFocusReturnToRow(selectedId);
  return (
    <div className={`agreements-page${selectedId !== null ? ' has-detail' : ''}`}>
      <ThemeTree />
      <section className="agreements-list" aria-labelledby="agreements-title">
        <div className="list-head">
          <h1 id="agreements-title" tabIndex={-1}>
            Afspraken
          </h1>
          <ResultCount />
        </div>
        <FilterBar />
        <AgreementTable selectedId={selectedId} />
      </section>
      {selectedId !== null && <AgreementDetailPane id={selectedId} />}
    </div>
  );
}

/**
 * Closing the detail (Sluiten, Escape, or going back) returns the focus to the
 * row it was opened from, so the keyboard continues where the user was.
 */
function useFocusReturnToRow(selectedId: number | null) {
  const previous = useRef<number | null>(selectedId);
  useEffect(() => {
    const closed = previous.current;
    previous.current = selectedId;
    if (selectedId !== null || closed === null) return;
    const row = document.querySelector<HTMLElement>(`tr.agreement-row[data-agreement-id="${closed}"]`);
    (row ?? document.getElementById('agreements-title'))?.focus();
  }, [selectedId]);
}

function ResultCount() {
  const agreements = useWerkbank((s) => s.agreements);
  const text =
    agreements.status === 'ready'
      ? countLabel(agreements.value.length, 'afspraak', 'afspraken')
      : agreements.status === 'loading'
        ? 'Bezig met zoeken…'
        : '';
  return (
    <p className="result-count" aria-live="polite" data-testid="result-count">
      {text}
    </p>
  );
}

function ThemeTree() {
  const themes = useWerkbank((s) => s.themes);
  const filters = useWerkbank((s) => s.filters);
  const setFilters = useWerkbank((s) => s.setFilters);
  const total = (list: ThemeNode[]) => list.reduce((sum, t) => sum + t.topics.reduce((n, topic) => n + topic.agreementCount, 0), 0);
  const noScope = filters.themeNumber === null && filters.topicNumber === null;
  return (
    <nav className="theme-tree" aria-label="Thema's en onderwerpen">
      <p className="tree-title" aria-hidden="true">
        Thema's
      </p>
      <LoadView state={themes} what="de thema's">
        {(list) => (
          <ul className="tree" onKeyDown={moveFocusInTree}>
            <li>
              <button
                type="button"
                className="tree-item tree-all"
                aria-current={noScope ? 'true' : undefined}
                tabIndex={noScope ? 0 : -1}
                onClick={() => setFilters({ themeNumber: null, topicNumber: null })}
              >
                <span>Alle thema's</span>
                <span className="count">{total(list)}</span>
              </button>
            </li>
            {list.map((theme) => {
              const themeCount = theme.topics.reduce((n, t) => n + t.agreementCount, 0);
              // A theme without sub-topics (theme 3) is its own single topic.
              const ownTopic = theme.topics.length === 1 && theme.topics[0]?.number === String(theme.number);
              return (
                <li key={theme.number}>
                  <button
                    type="button"
                    className="tree-item tree-theme"
                    aria-current={filters.themeNumber === theme.number && filters.topicNumber === null ? 'true' : undefined}
                    tabIndex={filters.themeNumber === theme.number && filters.topicNumber === null ? 0 : -1}
                    onClick={() => setFilters({ themeNumber: theme.number, topicNumber: null })}
                  >
                    <span>
                      <span className="tree-number">{theme.number}</span> {theme.title}
                    </span>
                    <span className="count">{themeCount}</span>
                  </button>
                  {!ownTopic && theme.topics.length > 0 && (
                    <ul className="tree-topics">
                      {theme.topics.map((topic) => (
                        <li key={topic.number}>
                          <button
                            type="button"
                            className="tree-item tree-topic"
                            aria-current={filters.topicNumber === topic.number ? 'true' : undefined}
                            tabIndex={filters.topicNumber === topic.number ? 0 : -1}
                            onClick={() => setFilters({ themeNumber: theme.number, topicNumber: topic.number })}
                          >
                            <span>
                              <span className="tree-number">{topic.number}</span> {topic.title}
                            </span>
                            <span className="count">{topic.agreementCount}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </LoadView>
    </nav>
  );
}

/**
 * The tree is one stop in the tab order (the chosen item); the arrow keys,
 * Home and End move within it, so the list is a few tabs away, not twenty.
 */
function moveFocusInTree(e: KeyboardEvent<HTMLUListElement>) {
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.tree-item'));
  const at = items.findIndex((item) => item === document.activeElement);
  if (at < 0) return;
  const targets: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
  const target = targets[e.key];
  if (target === undefined) return;
  e.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, target))]?.focus();
}

const ROLE_OPTIONS: { value: RoleFilter; label: string }[] = [
  { value: 'any', label: 'beide' },
  { value: 'lead', label: 'trekker' },
  { value: 'involved', label: 'betrokkene' },
];

function FilterBar() {
  const filters = useWerkbank((s) => s.filters);
  const setFilters = useWerkbank((s) => s.setFilters);
  const resetFilters = useWerkbank((s) => s.resetFilters);
  const parties = useWerkbank((s) => s.parties);
  const appInfo = useWerkbank((s) => s.appInfo);
  const id = useId();

  // Typing searches after a short pause, not on every key.
  const [text, setText] = useState(filters.text);
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = window.setTimeout(() => setFilters({ text }), 300);
    return () => window.clearTimeout(timer);
  }, [text, filters.text, setFilters]);

  const partyList: PartyWithCounts[] = parties.status === 'ready' ? parties.value : [];
  const years: number[] = [];
  if (appInfo.status === 'ready') {
    for (let y = appInfo.value.agreementSet.periodStart; y <= appInfo.value.agreementSet.periodEnd; y++) years.push(y);
  }
  const active = !sameFilters(filters, EMPTY_FILTERS) || text !== '';

  return (
    <form className="filter-bar" role="search" aria-label="Afspraken filteren" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-search">
        <label htmlFor={`${id}-text`}>Zoeken</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          placeholder="Woorden in afspraak, partij, inzet…"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field field-party">
        <label htmlFor={`${id}-party`}>Partij</label>
        <select id={`${id}-party`} value={filters.partyId} onChange={(e) => setFilters({ partyId: e.target.value })}>
          <option value="">Alle partijen</option>
          {partyList.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-role">
        <label htmlFor={`${id}-role`}>Rol</label>
        <select
          id={`${id}-role`}
          value={filters.role}
          disabled={filters.partyId === ''}
          onChange={(e) => setFilters({ role: e.target.value as RoleFilter })}
        >
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <YearField
        id={`${id}-year`}
        label="Jaar"
        years={years}
        value={filters.year}
        onChange={(year) => setFilters({ year })}
        allLabel="Alle jaren"
        className="field field-year"
      />
      <div className="field field-reset">
        <button
          type="button"
          className="button-quiet"
          disabled={!active}
          onClick={() => {
            setText('');
            resetFilters();
          }}
        >
          Filters wissen
        </button>
      </div>
      {filters.partyId !== '' && (
        <p className="filter-hint">
          Ook afspraken waarin de partij onder een groepsnaam staat, zoals “Corporaties” of “Huurdersorganisaties”.
        </p>
      )}
    </form>
  );
}

function sameFilters(a: AgreementFilters, b: AgreementFilters): boolean {
  return (
    a.themeNumber === b.themeNumber &&
    a.topicNumber === b.topicNumber &&
    a.partyId === b.partyId &&
    a.role === b.role &&
    a.year === b.year &&
    a.text === b.text
  );
}

function AgreementTable({ selectedId }: { selectedId: number | null }) {
  const agreements = useWerkbank((s) => s.agreements);
  const tabStop = agreements.status === 'ready' ? tabStopId(agreements.value, selectedId) : undefined;
  return (
    <div className="table-wrap">
      <LoadView state={agreements} what="de afspraken">
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">Geen afspraken gevonden met deze filters.</p>
          ) : (
            // A grid of rows to choose from: one tab stop, the arrow keys move, the chosen row is selected.
            <table
              className="agreements-table"
              role="grid"
              aria-labelledby="agreements-title"
              aria-readonly="true"
            >
              <thead>
                <tr>
                  <th scope="col" className="col-ref">
                    Nr.
                  </th>
                  <th scope="col" className="col-text">
                    Afspraak
                  </th>
                  <th scope="col" className="col-lead">
                    Trekker
                  </th>
                  <th scope="col" className="col-involved">
                    Betrokkenen
                  </th>
                  <th scope="col" className="col-schedule">
                    Uitvoering
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <AgreementTableRow key={row.id} row={row} selected={row.id === selectedId} tabStop={row.id === tabStop} />
                ))}
              </tbody>
            </table>
          )
        }
      </LoadView>
    </div>
  );
}

/** The row the Tab key lands on: the chosen one when it is in the list, else the first. */
function tabStopId(rows: AgreementRow[], selectedId: number | null): number | undefined {
  return rows.some((r) => r.id === selectedId) && selectedId !== null ? selectedId : rows[0]?.id;
}

function AgreementTableRow({ row, selected, tabStop }: { row: AgreementRow; selected: boolean; tabStop: boolean }) {
  const open = () => navigate({ page: 'agreements', agreementId: row.id }, mayLeaveEdit);
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      if (next instanceof HTMLElement) {
        e.preventDefault();
        next.focus();
      }
    }
  };
  const flagText = row.flags.map((f) => f.message).join('\n');
  return (
    <tr
      tabIndex={tabStop ? 0 : -1}
      className={`agreement-row${selected ? ' is-selected' : ''}`}
      aria-selected={selected}
      data-agreement-id={row.id}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <td className="col-ref">
        <span className="reference">{row.reference}</span>
        {row.updatedAt !== null && <span className="badge badge-edited">gewijzigd</span>}
      </td>
      <td className="col-text">
        <div className="clamp">{row.text}</div>
        {row.flags.length > 0 && (
          <span className="badge badge-warn" title={flagText}>
            let op{row.flags.length > 1 ? ` (${row.flags.length})` : ''}
            <span className="visually-hidden">: {flagText}</span>
          </span>
        )}
      </td>
      <td className="col-lead">
        <RefsCell refs={row.lead} written={row.leadText} />
      </td>
      <td className="col-involved">
        <RefsCell refs={row.involved} written={row.involvedText} />
      </td>
      <td className="col-schedule">
        <div>{row.schedule.text.trim() === '' ? <span className="muted">niet vermeld</span> : row.schedule.text}</div>
        {labelAddsSomething(row) && <div className="muted small">{scheduleLabel(row.schedule)}</div>}
      </td>
    </tr>
  );
}

/** The derived label is worth a second line only when it says more than the text. */
function labelAddsSomething(row: AgreementRow): boolean {
  if (row.schedule.kind === 'empty') return false;
  const squash = (t: string) => t.toLowerCase().replace(/t\/m|[\s\u2010-\u2015-]/g, '');
  return squash(scheduleLabel(row.schedule)) !== squash(row.schedule.text);
}

/** Names as written, one a line; a group name shows whom it stands for. */
function RefsCell({ refs, written }: { refs: PartyRef[]; written: string }) {
  const parties = useWerkbank((s) => s.parties);
  const list = parties.status === 'ready' ? parties.value : [];
  if (refs.length === 0) return <>{written.trim() === '' ? '—' : written}</>;
  return (
    <>
      {refs.map((ref, i) => (
        <span key={`${ref.written}-${i}`} className="ref-line">
          {ref.written}
          {ref.status === 'group' && <span className="group-members">({partyNames(ref.partyIds, list)})</span>}
          {(ref.status === 'unknown' || ref.status === 'fuzzy') && <span className="visually-hidden"> (naam niet zeker herkend)</span>}
        </span>
      ))}
    </>
  );
}
