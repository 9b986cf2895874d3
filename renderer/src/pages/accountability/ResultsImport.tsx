// The Verantwoording page's lower half: the results uitvraag for an execution
// year, and reading results workbooks in (preview, choices, commit).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ImportResult, ResultView, ResultsPreview } from '../../../../src/service/contract';
import { useWerkbank } from '../../store';
import { useAccountability, type ResultsFlow, type ResultsRequestDraft } from '../../accountability';
import { ErrorMessage } from '../../components/Status';
import { countLabel, formatDateTime, formatPercent, formatSize } from '../../format';
import { DiffView, DropZone, ProblemList } from '../ImportPanel';
import { EXECUTION_YEARS, StatusBadge, formatNumber } from './shared';

export function ResultsRequestForm() {
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

export function ResultsImportPanel() {
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
