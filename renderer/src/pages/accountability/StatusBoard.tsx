// The status board: per theme and per party the stoplight, how many planned
// activities are answered (next to the light, never in it) and the answers per
// status; above it the response per year naming who has not answered, below it
// the one legend the documents carry too. In a tussenevaluatie each year's
// light is a small chip in one "Per jaar" column, so the board fits a 1280 px
// window. A party's name opens the versions of its results files below the board.
import { useMemo, type ReactNode } from 'react';
import type { AccountabilityReport, StatusSummary, YearSummary } from '../../../../src/domain/accountability';
import type { ResultStatus } from '../../../../src/domain/results';
import { RESULT_STATUSES, RESULT_STATUS_WORDS } from '../../../../src/domain/results';
import { lightLabel, termText, responseSentences, responseText, stoplightLegend, unansweredCountText } from '../../../../src/domain/stoplight';
import { useAccountability } from '../../accountability';
import { buildGroups, showGroups } from './groups';
import { RESULT_VERSIONS_ID, ResultVersions, scrollToVersions } from './ResultVersions';
import { Light } from './shared';
import { useAgreementView, type GroupKey } from './view';

const STATUS_COLUMNS: readonly ResultStatus[] = RESULT_STATUSES;

function YearLights({ years }: { years: YearSummary[] | null }) {
  if (years === null) {
    return (
      <span className="muted" title="Niet per jaar uitgesplitst">
        –
      </span>
    );
  }
  return (
    <span className="year-lights">
      {years.map((y) => (
        <span key={y.year} className={`light light-year light-${y.summary.light}`} title={`${y.year}: ${lightLabel(y.summary)}`}>
          <span className="light-dot" aria-hidden="true" />
          {y.year}
          <span className="visually-hidden">: {lightLabel(y.summary)}</span>
        </span>
      ))}
    </span>
  );
}

/** `years` null: a row the report does not split per year (in a tussenevaluatie). */
function SummaryCells({ summary, years, multiYear }: { summary: StatusSummary; years: YearSummary[] | null; multiYear: boolean }) {
  return (
    <>
      <td className="col-light">
        <Light summary={summary} />
      </td>
      {multiYear && (
        <td className="col-years">
          <YearLights years={years} />
        </td>
      )}
      <td className="num col-response" title={unansweredCountText(summary) || undefined}>
        {responseText(summary)}
      </td>
      {STATUS_COLUMNS.map((s) => (
        <td key={s} className={`num${summary.counts[s] ? '' : ' is-zero'}`}>
          {summary.counts[s] ?? 0}
        </td>
      ))}
    </>
  );
}

/** One of the two boards: the same columns, rows per theme or per party. */
function BoardTable({ label, first, multiYear, children }: { label: string; first: string; multiYear: boolean; children: ReactNode }) {
  return (
    <table className="data-table status-board" aria-label={label}>
      <colgroup>
        <col className="col-first" />
        <col className="col-light" />
        {multiYear && <col className="col-years" />}
        <col className="col-response" />
        {STATUS_COLUMNS.map((s) => (
          <col key={s} className="col-count" />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Stoplicht</th>
          {multiYear && <th scope="col">Per jaar</th>}
          <th scope="col" className="num">
            beantwoord
          </th>
          {STATUS_COLUMNS.map((s) => (
            <th key={s} scope="col" className="num">
              {RESULT_STATUS_WORDS[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function StatusBoard({ report, partyName }: { report: AccountabilityReport; partyName: (id: string) => string }) {
  const reveal = useAgreementView((s) => s.reveal);
  const versions = useAccountability((s) => s.versions);
  const showVersions = useAccountability((s) => s.showVersions);
  const toggleVersions = (partyId: string) => {
    if (versions?.partyId === partyId) void showVersions(null);
    else void showVersions(partyId).then(scrollToVersions);
  };
  const groups = useMemo(() => buildGroups(report), [report]);
  // Opens the group below, clearing what of the filter there hides it.
  const open = (key: GroupKey) => reveal(key, (filter) => showGroups(groups, filter, partyName).some((g) => g.group.key === key));
  const multiYear = report.executionYears.length > 1;
  const unlinked = report.unlinked.results.length + report.unlinked.missing.length > 0;
  return (
    <section className="card section-gap" aria-labelledby="board-title">
      <h2 id="board-title">Stand van zaken</h2>
      <ul className="board-response" aria-label="Respons">
        {responseSentences(report).map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      <p className="muted small">
        Per thema en per partij het stoplicht, hoeveel geplande activiteiten beantwoord zijn en de antwoorden per status.
        {multiYear && ` Per jaar: het stoplicht van ${report.executionYears.join(' en van ')} apart.`} Klik op een thema voor
        de afspraken eronder, op een partij voor de versies van haar resultaten.
      </p>
      <div className="board-wrap">
        <BoardTable label="Stand per thema" first="Thema" multiYear={multiYear}>
          {report.themes.map((t) => (
            <tr key={t.number}>
              <th scope="row">
                <button type="button" className="board-link" title="Toon de afspraken van dit thema" onClick={() => open(String(t.number))}>
                  {t.number}. {t.title}
                </button>
              </th>
              <SummaryCells summary={t.summary} years={t.years} multiYear={multiYear} />
            </tr>
          ))}
          {unlinked && (
            <tr>
              <th scope="row">
                <button type="button" className="board-link" title="Toon wat niet bij een afspraak hoort" onClick={() => open('los')}>
                  Niet bij een afspraak
                </button>
              </th>
              <SummaryCells summary={report.unlinked.summary} years={null} multiYear={multiYear} />
            </tr>
          )}
          <tr className="board-total">
            <th scope="row">Totaal</th>
            <SummaryCells summary={report.overall.summary} years={report.overall.years} multiYear={multiYear} />
          </tr>
        </BoardTable>
      </div>
      <div className="board-wrap section-gap">
        <BoardTable label="Stand per partij" first="Partij" multiYear={multiYear}>
          {report.byParty.map((p) => {
            const party = report.parties.find((x) => x.id === p.partyId);
            const answered = party?.submissions.filter((s) => s.version !== null) ?? [];
            const selected = versions?.partyId === p.partyId;
            return (
              <tr key={p.partyId} className={selected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="board-link"
                    title="Toon de ingelezen versies van de resultaten van deze partij"
                    aria-expanded={selected}
                    aria-controls={selected ? RESULT_VERSIONS_ID : undefined}
                    onClick={() => toggleVersions(p.partyId)}
                  >
                    {partyName(p.partyId)}
                  </button>
                  <span className="th-sub">
                    {answered.length === 0
                      ? report.responses.every((r) => r.awaited)
                        ? `nog geen resultaten ontvangen${report.responses[0] ? ` (${termText(report.responses[0].deadline)})` : ''}`
                        : 'geen resultaten ontvangen'
                      : answered.map((s) => `${s.year}: versie ${s.version}`).join(' · ')}
                  </span>
                </th>
                <SummaryCells summary={p.summary} years={p.years} multiYear={multiYear} />
              </tr>
            );
          })}
        </BoardTable>
      </div>
      <p className="muted small board-legend">{stoplightLegend(report.responses)}</p>
      {versions && <ResultVersions shown={versions} partyName={partyName(versions.partyId)} />}
    </section>
  );
}
