import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
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
import type { ImportResult, ResultView, ResultsPreview } from '../../../src/service/contract';
import { useWerkbank } from '../store';
import { PERIODS, periodKey, useAccountability, type ResultsFlow, type ResultsRequestDraft } from '../accountability';
import { ErrorMessage, LoadView } from '../components/Status';
import { countLabel, formatDateTime, formatPercent, formatSize } from '../format';
import { DiffView, DropZone, ProblemList } from './ImportPanel';

const EXECUTION_YEARS = [2025, 2026, 2027, 2028];
const STATUS_COLUMNS: (ResultStatus | 'geen antwoord')[] = [...RESULT_STATUSES, 'geen antwoord'];

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : nf.format(n);
}

function formatTarget(target: number, unit: IndicatorProgress['indicator']['unit']): string {
  if (unit === 'procent') return `${formatNumber(target)}%`;
  if (unit === 'euro') return `€ ${formatNumber(target)}`;
  return `${formatNumber(target)} ${unit}`;
}

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

function statusClass(status: ResultStatus | null): string {
  switch (status) {
    case 'gerealiseerd':
      return 'status-ok';
    case 'gedeeltelijk gerealiseerd':
    case 'doorlopend':
      return 'status-partial';
    case 'vertraagd':
    case 'niet gestart':
    case 'vervallen':
      return 'status-bad';
    default:
      return 'status-none';
  }
}

function StatusBadge({ status, text }: { status: ResultStatus | null; text?: string }) {
  return <span className={`badge result-status ${statusClass(status)}`}>{status ?? (text || 'geen status')}</span>;
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

function ResultsRequestForm() {
  const making = useAccountability((s) => s.making);
  const makeError = useAccountability((s) => s.makeError);
  const made = useAccountability((s) => s.made);
  const makeRequests = useAccountability((s) => s.makeRequests);
  const period = useAccountability((s) => s.period);
  const parties = useWerkbank((s) => s.parties);
  const id = useId();
  const [draft, setDraft] = useState<ResultsRequestDraft>(() => ({
    executionYear: period.toYear ?? period.fromYear,
    partyId: '',
    contactName: '',
    contactEmail: '',
  }));
  const partyList = parties.status === 'ready' ? parties.value : [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void makeRequests(draft);
  };
  return (
    <form className="request-form" onSubmit={onSubmit} aria-label="Uitvraag resultaten maken">
      <p className="muted small">
        Een Excel-werkmap per partij met haar activiteiten uit het definitieve gezamenlijk overzicht van dat jaar, om per
        activiteit de status, het resultaat en een toelichting in te vullen, en de cijfers van de indicatoren.
      </p>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>Uitvoeringsjaar</label>
          <select id={`${id}-year`} value={draft.executionYear} onChange={(e) => setDraft({ ...draft, executionYear: Number(e.target.value) })}>
            {EXECUTION_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-party`}>Voor</label>
          <select id={`${id}-party`} value={draft.partyId} onChange={(e) => setDraft({ ...draft, partyId: e.target.value })}>
            <option value="">Alle partijen</option>
            {partyList.map((p) => (
              <option key={p.id} value={p.id}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={`${id}-name`}>Contactpersoon (niet verplicht)</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            value={draft.contactName}
            onChange={(e) => setDraft({ ...draft, contactName: e.target.value })}
          />
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-email`}>E-mailadres (niet verplicht)</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={draft.contactEmail}
            onChange={(e) => setDraft({ ...draft, contactEmail: e.target.value })}
          />
        </div>
      </div>
      {makeError && <ErrorMessage>{makeError}</ErrorMessage>}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={making}>
          {making ? 'Bezig met maken…' : draft.partyId === '' ? 'Werkmappen maken' : 'Werkmap maken'}
        </button>
      </div>
      {making && <progress className="progress" aria-label="Werkmappen worden gemaakt" />}
      {made.length > 0 && (
        <div className="success-box" role="status">
          <p>
            {made.length === 1 ? 'De werkmap is opgeslagen' : `${made.length} werkmappen zijn opgeslagen`} in uw map met
            downloads:
          </p>
          <ul className="file-list">
            {made.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}

function ResultsImportPanel() {
  const flow = useAccountability((s) => s.flow);
  const importFile = useAccountability((s) => s.importFile);
  const busy = flow.step === 'reading' || flow.step === 'previewing' || (flow.step === 'preview' && flow.committing);
  return (
    <>
      <DropZone
        onFile={(file) => void importFile(file)}
        disabled={busy}
        compact={flow.step === 'preview'}
        what="een ingevuld resultatenoverzicht"
      />
      <FlowView flow={flow} />
    </>
  );
}

function FlowView({ flow }: { flow: ResultsFlow }) {
  const resetImport = useAccountability((s) => s.resetImport);
  switch (flow.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="progress-box" role="status">
          <p>
            Bezig met lezen van <strong>{flow.fileName}</strong>
            {flow.progress !== null && <> ({formatPercent(flow.progress)})</>}…
          </p>
          <progress className="progress" max={1} value={flow.progress ?? undefined} aria-label="Bestand wordt gelezen" />
        </div>
      );
    case 'previewing':
      return (
        <div className="progress-box" role="status">
          <p>
            <strong>{flow.fileName}</strong> wordt gelezen en gecontroleerd…
          </p>
          <progress className="progress" aria-label="Bestand wordt gecontroleerd" />
        </div>
      );
    case 'refused':
      return (
        <div className="refusal" role="alert" aria-labelledby="results-refusal-title">
          <h3 id="results-refusal-title">{flow.refused ? 'Dit bestand is geweigerd' : 'Dit bestand is niet ingelezen'}</h3>
          <p className="refusal-message">{flow.message}</p>
          <p className="small">Er is niets gewijzigd.</p>
          <button type="button" className="button-quiet" onClick={resetImport}>
            Sluiten
          </button>
        </div>
      );
    case 'preview':
      return <PreviewView />;
    case 'done':
      return <DoneView result={flow.result} />;
    default: {
      const never: never = flow;
      return String(never);
    }
  }
}

function DoneView({ result }: { result: ImportResult }) {
  const resetImport = useAccountability((s) => s.resetImport);
  const parties = useWerkbank((s) => s.parties);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const s = result.submission;
  const party = parties.status === 'ready' ? (parties.value.find((p) => p.id === s.partyId)?.shortName ?? s.partyId) : s.partyId;
  return (
    <div className="success-box" role="status" ref={box}>
      {result.alreadyImported ? (
        <p>
          <strong>{s.fileName}</strong> was al ingelezen als versie {s.version} voor {party}, {s.planningYear}. Er is niets
          gewijzigd.
        </p>
      ) : (
        <>
          <p>
            <strong>Ingelezen.</strong> Resultaten van {party} over {s.planningYear}: versie {s.version} is nu de huidige
            versie.
          </p>
          {result.backupPath && <p className="small">Vooraf is een reservekopie van de database gemaakt.</p>}
        </>
      )}
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    </div>
  );
}

const SOURCE_LABELS: Record<string, string> = {
  werkmap: 'uit de werkmap',
  opgegeven: 'door u gekozen',
  'titel of bestandsnaam': 'afgeleid uit de titel of de bestandsnaam',
};

function PreviewView() {
  const flow = useAccountability((s) => s.flow);
  const setOverrides = useAccountability((s) => s.setOverrides);
  const commit = useAccountability((s) => s.commit);
  const resetImport = useAccountability((s) => s.resetImport);
  const parties = useWerkbank((s) => s.parties);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileName = flow.step === 'preview' ? flow.preview.fileName : '';
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [fileName]);
  if (flow.step !== 'preview') return null;
  const { preview, refreshing, committing, error } = flow;
  const partyList = parties.status === 'ready' ? parties.value : [];
  const partyName = (pid: string) => partyList.find((p) => p.id === pid)?.name ?? pid;
  const reasons: string[] = [];
  if (preview.missing.includes('party')) reasons.push('kies de partij');
  if (preview.missing.includes('executionYear')) reasons.push('kies het jaar');
  if (preview.counts.errors > 0) reasons.push(`los eerst ${countLabel(preview.counts.errors, 'fout', 'fouten')} op (zie Meldingen)`);

  return (
    <div className="preview" aria-busy={refreshing}>
      <div className="preview-head">
        <h3 ref={headingRef} tabIndex={-1}>
          Voorbeeld van {preview.fileName}
        </h3>
        <span className="badge badge-quiet">nog niet opgeslagen</span>
      </div>
      {preview.alreadyImported && (
        <p className="info-box">
          Dit bestand is al ingelezen: het is de huidige versie {preview.alreadyImported.version} (
          {formatDateTime(preview.alreadyImported.importedAt)}). Bevestigen slaat niets nieuws op.
        </p>
      )}
      <dl className="facts preview-facts">
        <div>
          <dt>Bestand</dt>
          <dd>
            {preview.fileName} <span className="muted small">({formatSize(preview.size)})</span>
          </dd>
        </div>
        <div>
          <dt>Gelezen uit</dt>
          <dd>
            blad “{preview.sheet}”, kopregel op rij {preview.headerRow}
            <div className="muted small">
              {preview.ours ? 'Een uitvraag van de Werkbank, herkend aan de werkmap zelf.' : 'Een eigen indeling van de partij; kolommen herkend aan hun koppen.'}
            </div>
          </dd>
        </div>
        <div>
          <dt>
            <label htmlFor={`${id}-party`}>Partij</label>
          </dt>
          <dd>
            {preview.party.source === 'werkmap' && preview.party.id ? (
              <>
                <strong>{partyName(preview.party.id)}</strong> <span className="muted small">{SOURCE_LABELS.werkmap}</span>
              </>
            ) : (
              <div className="inline-choice">
                <select
                  id={`${id}-party`}
                  value={preview.party.id ?? ''}
                  disabled={refreshing || committing}
                  onChange={(e) => void setOverrides({ partyId: e.target.value })}
                  aria-invalid={preview.party.id === null}
                >
                  <option value="" disabled>
                    Kies de partij…
                  </option>
                  {partyList.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
                <span className="muted small">
                  {preview.party.source ? SOURCE_LABELS[preview.party.source] : 'niet gevonden in het bestand'}
                  {preview.party.hint && <> · in het bestand staat “{preview.party.hint}”</>}
                </span>
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <label htmlFor={`${id}-year`}>Uitvoeringsjaar</label>
          </dt>
          <dd>
            {preview.executionYear.source === 'werkmap' && preview.executionYear.value !== null ? (
              <>
                <strong>{preview.executionYear.value}</strong> <span className="muted small">{SOURCE_LABELS.werkmap}</span>
              </>
            ) : (
              <div className="inline-choice">
                <select
                  id={`${id}-year`}
                  value={preview.executionYear.value ?? ''}
                  disabled={refreshing || committing}
                  onChange={(e) => void setOverrides({ executionYear: Number(e.target.value) })}
                  aria-invalid={preview.executionYear.value === null}
                >
                  <option value="" disabled>
                    Kies het jaar…
                  </option>
                  {EXECUTION_YEARS.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                <span className="muted small">
                  {preview.executionYear.source ? SOURCE_LABELS[preview.executionYear.source] : 'niet gevonden in het bestand'}
                </span>
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>Gevonden</dt>
          <dd>
            {countLabel(preview.rowsRead, 'rij', 'rijen')} gelezen,{' '}
            <strong>{countLabel(preview.counts.results, 'resultaat', 'resultaten')}</strong>
            <div className="muted small">
              {preview.counts.planned} gepland · {preview.counts.unplanned} niet gepland ·{' '}
              {countLabel(preview.counts.deviations, 'afwijking', 'afwijkingen')} ·{' '}
              {countLabel(preview.counts.errors, 'fout', 'fouten')} ·{' '}
              {countLabel(preview.counts.warnings, 'waarschuwing', 'waarschuwingen')}
            </div>
          </dd>
        </div>
      </dl>

      {refreshing && <progress className="progress" aria-label="Voorbeeld wordt bijgewerkt" />}

      {preview.diff && <DiffView diff={preview.diff} />}
      <ProblemList problems={preview.problems} />
      <PreviewResults results={preview.results} />
      <PreviewIndicators indicators={preview.indicators} />

      <div className="commit-bar">
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="commit-row">
          <button
            type="button"
            className="button-primary"
            disabled={!preview.canCommit || refreshing || committing}
            aria-describedby={`${id}-commit-reason`}
            onClick={() => void commit()}
          >
            {committing ? 'Bezig met opslaan…' : preview.alreadyImported ? 'Bevestigen' : 'Resultaten opslaan'}
          </button>
          <button type="button" className="button-quiet" onClick={resetImport} disabled={committing}>
            Annuleren
          </button>
          <p id={`${id}-commit-reason`} className={`commit-reason${preview.canCommit ? '' : ' is-blocked'}`}>
            {commitReason(preview, reasons, partyName)}
          </p>
        </div>
      </div>
    </div>
  );
}

function commitReason(preview: ResultsPreview, reasons: string[], partyName: (id: string) => string): string {
  if (!preview.canCommit) return `Nog niet op te slaan: ${reasons.length > 0 ? reasons.join('; ') : 'zie Meldingen'}.`;
  if (preview.alreadyImported) return `Dit bestand is al de huidige versie ${preview.alreadyImported.version}; er wordt niets opgeslagen.`;
  const party = preview.party.id ? partyName(preview.party.id) : '';
  return `Wordt opgeslagen voor ${party}, uitvoeringsjaar ${preview.executionYear.value ?? ''}. Vooraf wordt een reservekopie gemaakt.`;
}

function PreviewResults({ results }: { results: ResultView[] }) {
  return (
    <section className="preview-section" aria-labelledby="preview-results-title">
      <h4 id="preview-results-title">Resultaten</h4>
      {results.length === 0 ? (
        <p className="muted">Geen resultaten gevonden.</p>
      ) : (
        <table className="data-table result-table">
          <thead>
            <tr>
              <th scope="col" className="col-row">
                Rij
              </th>
              <th scope="col">Activiteit</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col">Resultaat en toelichting</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.position}>
                <td className="col-row muted small">{r.rowNumber}</td>
                <td>
                  <div className="activity-text">{r.activity}</div>
                  <div className="small muted">
                    {r.planned ? 'gepland' : 'niet gepland'}
                    {r.reference && <> · {r.reference}</>}
                  </div>
                </td>
                <td className="col-status">
                  <StatusBadge status={r.status} text={r.statusText} />
                  {r.steeringNeeded && <div className="small warn-text">bijsturing nodig</div>}
                </td>
                <td>
                  {r.result && <div>{r.result}</div>}
                  {r.explanation && <div className="small">Toelichting: {r.explanation}</div>}
                  {!r.result && !r.explanation && <span className="muted">–</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PreviewIndicators({ indicators }: { indicators: ResultsPreview['indicators'] }) {
  if (indicators.length === 0) return null;
  return (
    <section className="preview-section" aria-labelledby="preview-indicators-title">
      <h4 id="preview-indicators-title">Cijfers van de indicatoren</h4>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="col-row">
              Rij
            </th>
            <th scope="col">Indicator</th>
            <th scope="col" className="num">
              Waarde
            </th>
            <th scope="col">Opmerking</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={`${i.rowNumber}-${i.title}`}>
              <td className="col-row muted small">{i.rowNumber}</td>
              <td>{i.title}</td>
              <td className="num">{i.value !== null ? formatNumber(i.value) : i.valueText || '–'}</td>
              <td>{i.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
