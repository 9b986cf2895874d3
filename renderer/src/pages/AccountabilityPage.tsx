import { useEffect, useId, useState, type FormEvent } from 'react';
import type {
  AccountabilityReport,
  ActivityResult,
  IndicatorProgress,
  ProgressStatus,
  ResultStatus,
  StatusSummary,
  TrafficLight,
  YearSummary,
} from '../../../src/accountability/types';
import { RESULT_STATUSES } from '../../../src/accountability/types';
import { useWerkbank } from '../store';
import { PERIODS, periodKey, useAccountability } from '../accountability';
import { ErrorMessage, LoadView } from '../components/Status';
import { countLabel, formatDateTime, formatPercent } from '../format';
import { ResultsImportPanel, ResultsRequestForm } from './accountability/ResultsImport';
import { StatusBadge, formatNumber, formatTarget } from './accountability/shared';

const STATUS_COLUMNS: (ResultStatus | 'geen antwoord')[] = [...RESULT_STATUSES, 'geen antwoord'];

export function AccountabilityPage() {
  const report = useAccountability((s) => s.report);
  const period = useAccountability((s) => s.period);
  const title = period.toYear === null ? `Verantwoording ${period.fromYear}` : `Tussenevaluatie ${period.fromYear}–${period.toYear}`;
  return (
    <div className="accountability-page">
      <div className="page-head">
        <h1>{title}</h1>
        <p className="lead">
          Wat er van de geplande activiteiten terechtkwam, waar bijsturing nodig is en hoe de indicatoren ervoor staan. In
          december vraagt de werkgroep de resultaten uit; vóór 1 april blikt het bestuurlijk overleg terug.
        </p>
      </div>
      <Toolbar />
      <LoadView state={report} what="de verantwoording">
        {(value) => <ReportView report={value} />}
      </LoadView>
      <div className="accountability-grid section-gap">
        <section className="card" aria-labelledby="results-request-title">
          <h2 id="results-request-title">Uitvraag resultaten</h2>
          <ResultsRequestForm />
        </section>
        <section className="card" aria-labelledby="results-import-title">
          <h2 id="results-import-title">Resultaten inlezen</h2>
          <ResultsImportPanel />
        </section>
      </div>
    </div>
  );
}

function Toolbar() {
  const period = useAccountability((s) => s.period);
  const setPeriod = useAccountability((s) => s.setPeriod);
  const exporting = useAccountability((s) => s.exporting);
  const exportFile = useAccountability((s) => s.exportFile);
  const exportError = useAccountability((s) => s.exportError);
  const exported = useAccountability((s) => s.exported);
  const id = useId();
  return (
    <section className="card bundle-toolbar" aria-label="Verslag en export">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <div className="field">
            <label htmlFor={`${id}-period`}>Verslag</label>
            <select
              id={`${id}-period`}
              value={periodKey(period)}
              onChange={(e) => {
                const chosen = PERIODS.find((p) => p.key === e.target.value);
                if (chosen) setPeriod(chosen.period);
              }}
            >
              {PERIODS.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="toolbar-group toolbar-export" role="group" aria-label="Exporteren">
          <span className="toolbar-label">Exporteren</span>
          <button type="button" className="button-quiet" disabled={exporting !== null} onClick={() => void exportFile('docx')}>
            Word
          </button>
          <button type="button" className="button-quiet" disabled={exporting !== null} onClick={() => void exportFile('xlsx')}>
            Excel
          </button>
        </div>
      </div>
      {exporting && (
        <div className="progress-box" role="status">
          <p>{exporting === 'docx' ? 'Het Word-document' : 'De Excel-werkmap'} wordt gemaakt…</p>
          <progress className="progress" aria-label="Export wordt gemaakt" />
        </div>
      )}
      {exportError && <ErrorMessage>{exportError}</ErrorMessage>}
      {exported && !exporting && (
        <p className="export-done" role="status">
          Opgeslagen in uw map met downloads: <strong>{exported}</strong>
        </p>
      )}
    </section>
  );
}

function ReportView({ report }: { report: AccountabilityReport }) {
  const partyName = (pid: string) => report.parties.find((p) => p.id === pid)?.shortName ?? pid;
  return (
    <>
      {report.notes.length > 0 && (
        <div className="info-box report-notes section-gap">
          <ul>
            {report.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <StatusBoard report={report} partyName={partyName} />
      <ResultList
        title="Afwijkingen"
        intro="Vertraagd, niet gestart of vervallen, met de toelichting van de partij."
        results={report.deviations}
        missing={report.missingExplanations}
        partyName={partyName}
        empty="Geen afwijkingen."
        id="deviations"
      />
      <ResultList
        title="Bijsturing nodig"
        results={report.steering}
        partyName={partyName}
        empty="Geen partij vraagt om bijsturing."
        id="steering"
      />
      <ResultList
        title="Niet gepland, wel gedaan"
        results={report.unplanned}
        partyName={partyName}
        empty="Geen ongeplande activiteiten gemeld."
        id="unplanned"
      />
      <Indicators indicators={report.indicators} partyName={partyName} />
      {report.kind === 'tussenevaluatie' && <AdviceForm advice={report.advice} />}
      <p className="muted small section-gap">Bijgewerkt {formatDateTime(report.generatedAt)}.</p>
    </>
  );
}

const LIGHT_LABELS: Record<TrafficLight, string> = { groen: 'groen', oranje: 'oranje', rood: 'rood', grijs: 'grijs' };

function Light({ light }: { light: TrafficLight }) {
  return (
    <span className={`light light-${light}`}>
      <span className="light-dot" aria-hidden="true" />
      {LIGHT_LABELS[light]}
    </span>
  );
}

function SummaryCells({ summary, years = [] }: { summary: StatusSummary; years?: YearSummary[] }) {
  return (
    <>
      <td className="col-light">
        <Light light={summary.light} />
      </td>
      {years.length > 1 &&
        years.map((y) => (
          <td key={y.year} className="col-light">
            <Light light={y.summary.light} />
          </td>
        ))}
      {STATUS_COLUMNS.map((s) => (
        <td key={s} className={`num${summary.counts[s] ? '' : ' is-zero'}`}>
          {summary.counts[s] ?? 0}
        </td>
      ))}
    </>
  );
}

function StatusHead({ first, years }: { first: string; years: number[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">Stoplicht</th>
        {years.length > 1 &&
          years.map((y) => (
            <th key={y} scope="col">
              {y}
            </th>
          ))}
        {STATUS_COLUMNS.map((s) => (
          <th key={s} scope="col" className="num">
            {s}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function StatusBoard({ report, partyName }: { report: AccountabilityReport; partyName: (id: string) => string }) {
  return (
    <section className="card section-gap" aria-labelledby="board-title">
      <h2 id="board-title">Stand van zaken</h2>
      <p className="muted small">
        Aantal geplande activiteiten per status. Groen: alles volgens plan; oranje: een afwijking of een ontbrekend
        antwoord; rood: een derde of meer afwijkingen, of de helft of meer zonder antwoord; grijs: nog geen resultaten.
      </p>
      <div className="board-wrap">
        <table className="data-table status-board" aria-label="Stand per thema">
          <StatusHead first="Thema" years={report.executionYears} />
          <tbody>
            {report.themes.map((t) => (
              <tr key={t.number}>
                <th scope="row">
                  {t.number}. {t.title}
                </th>
                <SummaryCells summary={t.summary} years={t.years} />
              </tr>
            ))}
            {report.unlinked.results.length + report.unlinked.missing.length > 0 && (
              <tr>
                <th scope="row">Niet bij een afspraak</th>
                <SummaryCells summary={report.unlinked.summary} />
              </tr>
            )}
            <tr className="board-total">
              <th scope="row">Totaal</th>
              <SummaryCells summary={report.overall.summary} years={report.overall.years} />
            </tr>
          </tbody>
        </table>
      </div>
      <div className="board-wrap section-gap">
        <table className="data-table status-board" aria-label="Stand per partij">
          <StatusHead first="Partij" years={report.executionYears} />
          <tbody>
            {report.byParty.map((p) => {
              const party = report.parties.find((x) => x.id === p.partyId);
              const answered = party?.submissions.filter((s) => s.version !== null) ?? [];
              return (
                <tr key={p.partyId}>
                  <th scope="row">
                    {partyName(p.partyId)}
                    <span className="th-sub">
                      {answered.length === 0
                        ? 'geen resultaten ontvangen'
                        : answered.map((s) => `${s.year}: versie ${s.version}`).join(' · ')}
                    </span>
                  </th>
                  <SummaryCells summary={p.summary} years={p.years} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ResultList({
  title,
  intro,
  results,
  missing = [],
  partyName,
  empty,
  id,
}: {
  title: string;
  intro?: string;
  results: ActivityResult[];
  missing?: ActivityResult[];
  partyName: (id: string) => string;
  empty: string;
  id: string;
}) {
  const lacks = (r: ActivityResult) => missing.some((m) => m.identity === r.identity && m.partyId === r.partyId && m.executionYear === r.executionYear);
  return (
    <section className="card section-gap" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="count">{results.length}</span>
      </h2>
      {intro && <p className="muted small">{intro}</p>}
      {missing.length > 0 && (
        <p className="warn-line" role="note">
          {countLabel(missing.length, 'afwijking heeft', 'afwijkingen hebben')} nog geen toelichting.
        </p>
      )}
      {results.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="data-table result-table">
          <thead>
            <tr>
              <th scope="col" className="col-party">
                Partij
              </th>
              <th scope="col">Activiteit en resultaat</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => {
              const lacking = lacks(r);
              return (
                <tr key={`${r.partyId}-${r.identity}-${i}`} className={lacking ? 'is-missing-explanation' : undefined}>
                  <td className="col-party">
                    {partyName(r.partyId)}
                    <div className="muted small">{r.executionYear}</div>
                  </td>
                  <td>
                    <div className="activity-text">{r.activity}</div>
                    {r.result && <div className="small">Resultaat: {r.result}</div>}
                    {!r.planned && <span className="badge badge-quiet">niet gepland</span>}
                  </td>
                  <td className="col-status">
                    <StatusBadge status={r.status} text={r.statusText} />
                    {r.steeringNeeded && <div className="small warn-text">bijsturing nodig</div>}
                  </td>
                  <td>
                    {r.explanation ? (
                      r.explanation
                    ) : lacking ? (
                      <span className="badge badge-error">Toelichting ontbreekt</span>
                    ) : (
                      <span className="muted">–</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

const PROGRESS_LABELS: Record<ProgressStatus, string> = {
  behaald: 'behaald',
  'op schema': 'op schema',
  achter: 'achter',
  onbekend: 'onbekend',
};

function Indicators({ indicators, partyName }: { indicators: IndicatorProgress[]; partyName: (id: string) => string }) {
  return (
    <section className="card section-gap" aria-labelledby="indicators-title">
      <h2 id="indicators-title">Indicatoren</h2>
      <p className="muted small">
        De gemelde cijfers per jaar, opgeteld over de partijen waar het doel gedeeld is, tegen een rechte lijn naar het doel.
        De grafieken staan in het Word-document.
      </p>
      {indicators.length === 0 ? (
        <p className="muted">Geen indicatoren.</p>
      ) : (
        <div className="indicator-list">
          {indicators.map((p) => (
            <IndicatorCard key={p.indicator.code} progress={p} partyName={partyName} />
          ))}
        </div>
      )}
    </section>
  );
}

function IndicatorCard({ progress, partyName }: { progress: IndicatorProgress; partyName: (id: string) => string }) {
  const { indicator, years } = progress;
  const shown = (y: (typeof years)[number]) => y.cumulative ?? y.total;
  const max = Math.max(indicator.target, ...years.map((y) => Math.max(shown(y) ?? 0, y.path ?? 0)), 1);
  const titleId = useId();
  return (
    <article className="indicator" aria-labelledby={titleId}>
      <div className="indicator-head">
        <h3 id={titleId}>{indicator.title}</h3>
        <span className={`badge progress-${progress.status.replace(' ', '-')}`}>{PROGRESS_LABELS[progress.status]}</span>
      </div>
      <p className="indicator-message">{progress.message}</p>
      <p className="muted small">
        Doel {formatTarget(indicator.target, indicator.unit)} in {indicator.deadlineYear}
        {indicator.shared ? ` · gedeeld door ${indicator.partyIds.map(partyName).join(', ')}` : ''}
      </p>
      {years.length > 0 && (
        <table className="data-table indicator-table">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col" className="num">
                Gemeld
              </th>
              <th scope="col" className="num">
                Opgeteld
              </th>
              <th scope="col" className="num">
                Rechte lijn
              </th>
              <th scope="col" className="col-bar">
                <span className="visually-hidden">Verloop</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => {
              const value = shown(y);
              const detail = Object.entries(y.byParty)
                .filter(([, v]) => v !== null)
                .map(([pid, v]) => `${partyName(pid)} ${formatNumber(v)}`)
                .join(', ');
              return (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num" title={detail || undefined}>
                    {formatNumber(y.total)}
                  </td>
                  <td className="num">{formatNumber(y.cumulative)}</td>
                  <td className="num">{formatNumber(y.path)}</td>
                  <td className="col-bar" aria-hidden="true">
                    <div className="bar">
                      {value !== null && <div className="bar-fill" style={{ width: formatPercent(Math.max(0, value) / max) }} />}
                      {y.path !== null && <div className="bar-path" style={{ left: formatPercent(Math.max(0, y.path) / max) }} />}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}

function AdviceForm({ advice }: { advice: string }) {
  const saveAdvice = useAccountability((s) => s.saveAdvice);
  const saving = useAccountability((s) => s.savingAdvice);
  const error = useAccountability((s) => s.adviceError);
  const notify = useWerkbank((s) => s.notify);
  const [text, setText] = useState(advice);
  const id = useId();
  useEffect(() => setText(advice), [advice]);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saveAdvice(text)) notify({ kind: 'success', text: 'Het advies is opgeslagen.' });
  };
  return (
    <section className="card section-gap" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Advies van de werkgroep</h2>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Advies van de werkgroep">
        <div className="field">
          <label htmlFor={`${id}-advice`}>Advies aan het bestuurlijk overleg</label>
          <textarea id={`${id}-advice`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
          <p className="hint">Komt in het rapport van de tussenevaluatie.</p>
        </div>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving || text === advice}>
            {saving ? 'Bezig met opslaan…' : 'Advies opslaan'}
          </button>
        </div>
      </form>
    </section>
  );
}

