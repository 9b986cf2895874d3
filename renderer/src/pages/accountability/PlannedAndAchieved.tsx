// "Gepland en gerealiseerd": per theme, topic and afspraak what each party
// planned and what became of it, with the toelichting, and what was planned
// but not answered; the part not linked to an afspraak at the end. Themes
// fold; a filter narrows to a party, to the deviations and steering, to the
// unanswered or the unplanned work, or to words searched for.
import { useId, useMemo } from 'react';
import type { AccountabilityReport, ReportAgreement, StatusSummary } from '../../../../src/domain/accountability';
import { EXPLANATION_REQUIRED } from '../../../../src/domain/accountability';
import { unansweredCountText } from '../../../../src/domain/stoplight';
import { countLabel } from '../../format';
import { routeHash } from '../../route';
import { AgreementBlock, PlannedRowsTable } from './PlannedRowsTable';
import { buildGroups, showGroups, type Group, type ShownGroup } from './groups';
import {
  SHOW_FILTERS,
  agreementHasText,
  filterRows,
  isFiltering,
  normalizedQuery,
  rowShown,
  type PlannedRow,
  type ShowFilter,
  type ViewFilter,
} from './plannedRows';
import { Light } from './shared';
import { groupElementId, useAgreementView } from './view';

/** "14 activiteiten gepland · 5 afwijkingen · 4 nog niet binnen", leaving out what is zero. */
function summaryLine(summary: StatusSummary): string {
  const counts = summary.counts;
  const planned = Object.values(counts).reduce((a, b) => a + b, 0);
  if (planned === 0) return 'niets gepland';
  const deviations = EXPLANATION_REQUIRED.reduce((n, s) => n + counts[s], 0);
  const parts = [countLabel(planned, 'activiteit gepland', 'activiteiten gepland')];
  if (deviations > 0) parts.push(countLabel(deviations, 'afwijking', 'afwijkingen'));
  const unanswered = unansweredCountText(summary);
  if (unanswered) parts.push(unanswered);
  return parts.join(' · ');
}

export function PlannedAndAchieved({ report, partyName }: { report: AccountabilityReport; partyName: (id: string) => string }) {
  const filter = useAgreementView((s) => s.filter);
  const setFilter = useAgreementView((s) => s.setFilter);
  const groups = useMemo(() => buildGroups(report), [report]);
  const shown = useMemo(() => showGroups(groups, filter, partyName), [groups, filter, partyName]);
  const multiYear = report.executionYears.length > 1;
  const total = groups.reduce((n, g) => n + g.loose.length + g.topics.reduce((m, t) => m + t.agreements.reduce((k, a) => k + a.rows.length, 0), 0), 0);
  const lacking = report.missingExplanations.length;
  return (
    <section className="card section-gap planned-view" aria-labelledby="planned-title">
      <h2 id="planned-title">Gepland en gerealiseerd</h2>
      <p className="muted small">
        Per afspraak wat de partijen gepland hadden en wat ervan terechtkwam, met hun toelichting. Een geplande activiteit
        zonder resultaat staat er als ‘nog niet binnen’ zolang de termijn loopt, daarna als ‘geen antwoord’; het telt niet
        mee in het stoplicht. Klik op een thema om het open te klappen.
      </p>
      {lacking > 0 && (
        <p className="warn-line" role="note">
          {countLabel(lacking, 'afwijking heeft', 'afwijkingen hebben')} nog geen toelichting.{' '}
          {filter.show !== 'afwijkingen' && (
            <button type="button" className="link-button" onClick={() => setFilter({ show: 'afwijkingen' })}>
              Toon de afwijkingen
            </button>
          )}
        </p>
      )}
      {total === 0 ? (
        <p className="muted">Er zijn nog geen geplande activiteiten of resultaten bekend voor deze periode.</p>
      ) : (
        <>
          <Filters report={report} groups={groups} shown={shown} total={total} partyName={partyName} />
          {shown.length === 0 ? (
            <p className="muted pa-empty">Niets gevonden met dit filter.</p>
          ) : (
            shown.map((g) => <GroupView key={g.group.key} shown={g} multiYear={multiYear} partyName={partyName} />)
          )}
        </>
      )}
    </section>
  );
}

function Filters({
  report,
  groups,
  shown,
  total,
  partyName,
}: {
  report: AccountabilityReport;
  groups: Group[];
  shown: ShownGroup[];
  total: number;
  partyName: (id: string) => string;
}) {
  const filter = useAgreementView((s) => s.filter);
  const setFilter = useAgreementView((s) => s.setFilter);
  const resetFilter = useAgreementView((s) => s.resetFilter);
  const setAll = useAgreementView((s) => s.setAll);
  const id = useId();
  // How many rows each choice would show, given the party and the search.
  const counts = useMemo(() => {
    const needle = normalizedQuery(filter.query);
    const all: PlannedRow[] = [];
    for (const g of groups) {
      all.push(...filterRows(g.loose, { ...filter, show: 'alles' }, false, partyName));
      for (const t of g.topics) {
        for (const a of t.agreements) {
          all.push(...filterRows(a.rows, { ...filter, show: 'alles' }, needle !== '' && agreementHasText(a.agreement, needle), partyName));
        }
      }
    }
    return Object.fromEntries(SHOW_FILTERS.map((f) => [f.value, all.filter((r) => rowShown(r, f.value)).length])) as Record<ShowFilter, number>;
  }, [groups, filter, partyName]);
  const agreementCount = shown.reduce((n, g) => n + g.agreementCount, 0);
  const rowCount = shown.reduce((n, g) => n + g.rowCount, 0);
  return (
    <form className="filter-bar pa-filters" role="search" aria-label="Gepland en gerealiseerd filteren" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-party">
        <label htmlFor={`${id}-party`}>Partij</label>
        <select id={`${id}-party`} value={filter.partyId} onChange={(e) => setFilter({ partyId: e.target.value })}>
          <option value="">Alle partijen</option>
          {report.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-show">
        <label htmlFor={`${id}-show`}>Tonen</label>
        <select id={`${id}-show`} value={filter.show} onChange={(e) => setFilter({ show: e.target.value as ShowFilter })}>
          {SHOW_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label} ({counts[f.value]})
            </option>
          ))}
        </select>
      </div>
      <div className="field field-search">
        <label htmlFor={`${id}-search`}>Zoeken</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.query}
          placeholder="Afspraak, activiteit, resultaat of toelichting"
          onChange={(e) => setFilter({ query: e.target.value })}
        />
      </div>
      <div className="field field-reset">
        <button type="button" className="button-quiet" disabled={!isFiltering(filter)} onClick={resetFilter}>
          Filters wissen
        </button>
      </div>
      <div className="result-count filter-result pa-filter-result">
        <span aria-live="polite">
          {countLabel(rowCount, 'activiteit', 'activiteiten')} bij {countLabel(agreementCount, 'afspraak', 'afspraken')}
          {isFiltering(filter) && ` (van ${countLabel(total, 'activiteit', 'activiteiten')})`}
        </span>
        <span className="pa-fold-all">
          <button type="button" className="link-button" onClick={() => setAll(shown.map((g) => g.group.key), true)}>
            Alles openklappen
          </button>
          <button type="button" className="link-button" onClick={() => setAll(shown.map((g) => g.group.key), false)}>
            Alles dichtklappen
          </button>
        </span>
      </div>
    </form>
  );
}

function GroupView({ shown, multiYear, partyName }: { shown: ShownGroup; multiYear: boolean; partyName: (id: string) => string }) {
  const { group } = shown;
  const open = useAgreementView((s) => s.isOpen(group.key));
  const toggle = useAgreementView((s) => s.toggle);
  const filtering = useAgreementView((s) => isFiltering(s.filter));
  const cleared = useAgreementView((s) => (s.cleared?.key === group.key ? s.cleared.before : null));
  const panelId = useId();
  return (
    <section className="pa-group" id={groupElementId(group.key)} aria-label={group.title}>
      <h3 className="pa-group-head">
        <button type="button" className="pa-group-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => toggle(group.key)}>
          <span className="pa-chevron" aria-hidden="true" />
          <span className="pa-group-title">{group.title}</span>
          <Light summary={group.summary} />
          <span className="pa-group-count">
            {summaryLine(group.summary)}
            {filtering && ` · ${shown.rowCount} getoond`}
          </span>
        </button>
      </h3>
      {open && (
        <div id={panelId} className="pa-group-body">
          {cleared && (
            <p className="info-box pa-cleared" role="status">
              Om {group.key === 'los' ? 'dit deel' : 'dit thema'} te tonen is uit het filter gewist: {clearedText(cleared, partyName)}.
            </p>
          )}
          {shown.topics.map((topic) =>
            topic.agreements.length + topic.quiet.length === 0 ? null : (
              <div key={topic.number} className="pa-topic">
                {topic.title && <h4 className="pa-topic-title">{topic.title}</h4>}
                {topic.agreements.map((a) => (
                  <AgreementBlock key={a.agreement.id} agreement={a.agreement} rows={a.rows} hidden={a.hidden} multiYear={multiYear} partyName={partyName} />
                ))}
                {topic.quiet.length > 0 && <QuietAgreements agreements={topic.quiet} />}
              </div>
            ),
          )}
          {shown.loose.length > 0 && (
            <div className="pa-agreement">
              <p className="pa-agreement-text">Resultaten en geplande activiteiten die niet aan een afspraak gekoppeld zijn; ze staan hier zodat niets verloren gaat.</p>
              <PlannedRowsTable rows={shown.loose} multiYear={multiYear} partyName={partyName} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** The parts of the filter cleared, as the filter bar names them: "partij Gemeente, tonen ‘Geen antwoord’". */
function clearedText(before: Partial<ViewFilter>, partyName: (id: string) => string): string {
  const parts: string[] = [];
  if (before.partyId) parts.push(`partij ${partyName(before.partyId)}`);
  const show = SHOW_FILTERS.find((f) => f.value === before.show && f.value !== 'alles');
  if (show) parts.push(`tonen ‘${show.label}’`);
  if (before.query?.trim()) parts.push(`zoeken op “${before.query.trim()}”`);
  return parts.join(', ');
}

/** Afspraken without planned activities or results: one quiet line, each reference a link with the text as its title. */
function QuietAgreements({ agreements }: { agreements: ReportAgreement[] }) {
  return (
    <p className="pa-quiet">
      <span>Niets gepland en geen resultaten:</span>{' '}
      {agreements.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ', '}
          <a className="reference" href={routeHash({ page: 'agreements', agreementId: a.id })} title={a.text}>
            {a.reference}
          </a>
        </span>
      ))}
    </p>
  );
}
