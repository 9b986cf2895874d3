import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { AccountabilityReport } from '../../../src/domain/accountability';
import { useWerkbank } from '../store';
import { PERIODS, periodKey, useAccountability } from '../accountability';
import { ExportStatus } from '../components/ExportStatus';
import { ErrorMessage, LoadView } from '../components/Status';
import { formatDateTime } from '../format';
import { PlannedAndAchieved } from './accountability/PlannedAndAchieved';
import { Indicators } from './accountability/Indicators';
import { IndicatorStart } from './accountability/IndicatorStart';
import { ResultsImportPanel, ResultsRequestForm } from './accountability/ResultsImport';
import { StatusBoard } from './accountability/StatusBoard';
import { SaveActions } from '../components/SaveActions';
import { ReadOnlyNote, WriteFieldset } from '../components/Writes';

export function AccountabilityPage() {
  const report = useAccountability((s) => s.report);
  const period = useAccountability((s) => s.period);
  const title = period.toYear === null ? `Verantwoording ${period.fromYear}` : `Tussenevaluatie ${period.fromYear}–${period.toYear}`;
  return (
    <div className="accountability-page">
      <div className="page-head">
        <h1>{title}</h1>
        <p className="lead">
          Wat er van de geplande activiteiten terechtkwam, waar bijsturing nodig is en hoe de indicatoren ervoor staan. Na
          afloop van het jaar vraagt de werkgroep de resultaten uit; daarna blikt het bestuurlijk overleg terug.
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
      <ExportStatus exporting={exporting} error={exportError} exported={exported} />
    </section>
  );
}

function ReportView({ report }: { report: AccountabilityReport }) {
  const partyName = useCallback((pid: string) => report.parties.find((p) => p.id === pid)?.shortName ?? pid, [report]);
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
      <PlannedAndAchieved report={report} partyName={partyName} />
      <Indicators indicators={report.indicators} partyName={partyName} />
      <IndicatorStart firstYear={report.agreementSet.periodStart} partyName={partyName} />
      <AdviceForm report={report} />
      <p className="muted small section-gap">Bijgewerkt {formatDateTime(report.generatedAt)}.</p>
    </>
  );
}

function AdviceForm({ report }: { report: AccountabilityReport }) {
  const advice = report.advice;
  const versions = report.adviceVersions ?? [];
  const current = versions[versions.length - 1];
  const earlier = versions.slice(0, -1).reverse();
  const what = report.kind === 'interim' ? 'de tussenevaluatie' : 'de verantwoording';
  const saveAdvice = useAccountability((s) => s.saveAdvice);
  const saving = useAccountability((s) => s.savingAdvice);
  const error = useAccountability((s) => s.adviceError);
  const notify = useWerkbank((s) => s.notify);
  const [text, setText] = useState(advice);
  const id = useId();
  useEffect(() => setText(advice), [advice]);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saveAdvice(text)) notify({ kind: 'success', text: 'Het advies is opgeslagen als nieuwe versie.' });
  };
  return (
    <section className="card section-gap advice-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Advies van de werkgroep</h2>
      <p className="muted small" role="note">
        {current && advice.trim()
          ? `Versie ${current.version}, opgeslagen ${formatDateTime(current.savedAt)} door ${current.savedBy}.`
          : current
            ? `Leeggemaakt ${formatDateTime(current.savedAt)} door ${current.savedBy}; het document zegt dat de werkgroep nog geen advies gaf.`
            : `Nog geen advies: het document zegt dat de werkgroep nog geen advies gaf.`}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Advies van de werkgroep">
        <WriteFieldset>
          <div className="field">
            <label htmlFor={`${id}-advice`}>Advies aan het bestuurlijk overleg</label>
            <textarea id={`${id}-advice`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
            <p className="hint">Komt in het Word-document en de Excel-werkmap van {what}. Een lege regel begint een nieuwe alinea. Elke wijziging is een nieuwe versie; eerdere versies blijven bewaard.</p>
          </div>
          <ReadOnlyNote what="het advies opslaan" />
          {error && <ErrorMessage>{error}</ErrorMessage>}
          <SaveActions label="Advies opslaan" saving={saving} disabled={text.trim() === advice.trim()} />
        </WriteFieldset>
      </form>
      {earlier.length > 0 && (
        <details className="advice-versions">
          <summary>Eerdere versies ({earlier.length})</summary>
          <ol>
            {earlier.map((v) => (
              <li key={v.version}>
                <p className="small muted">
                  Versie {v.version}, {formatDateTime(v.savedAt)} door {v.savedBy}
                </p>
                <p className="advice-text">{v.advice.trim() ? v.advice : '(leeg)'}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
