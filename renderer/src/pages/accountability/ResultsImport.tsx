// The Verantwoording page's lower half: the results uitvraag for an execution
// year, and reading results workbooks in, on the shared uitvraag form and
// import screen (../../components/) with what is particular to results: what
// was found, the results and the indicators' figures, and the outcome.
import { PAIRED_BY_WORDS, RESULT_STATUSES, RESULT_STATUS_WORDS, isResultStatus } from '../../../../src/domain/results';
import type { ImportResult, ResultView, ResultsPreview } from '../../../../src/service/contract';
import { useWerkbank } from '../../store';
import { useAccountability, type ResultsOverrides } from '../../accountability';
import type { PreviewStep } from '../../import-flow';
import { ImportDone, ImportFlowPanel, PreviewFrame, type SavedNames } from '../../components/import-flow';
import { RequestForm } from '../../components/RequestForm';
import { countLabel } from '../../format';
import { EXECUTION_YEARS, StatusBadge, formatNumber } from './shared';

const RESULTS_REQUEST_INTRO =
  'Een Excel-werkmap per partij met haar activiteiten uit het definitieve gezamenlijk overzicht van dat jaar, om per ' +
  'activiteit de status, het resultaat en een toelichting in te vullen, en de cijfers van de indicatoren.';

export function ResultsRequestForm() {
  const period = useAccountability((s) => s.period);
  const parties = useWerkbank((s) => s.parties);
  return (
    <RequestForm
      label="Uitvraag resultaten maken"
      intro={RESULTS_REQUEST_INTRO}
      yearLabel="Uitvoeringsjaar"
      years={EXECUTION_YEARS}
      initialYear={period.toYear ?? period.fromYear}
      parties={parties.status === 'ready' ? parties.value : []}
      contact={{ layout: 'row' }}
      store={useAccountability}
    />
  );
}

export function ResultsImportPanel() {
  const parties = useWerkbank((s) => s.parties);
  const named: SavedNames = ({ submission: s }) => ({
    party: parties.status === 'ready' ? (parties.value.find((p) => p.id === s.partyId)?.shortName ?? s.partyId) : s.partyId,
    year: `uitvoeringsjaar ${s.planningYear}`,
  });
  return (
    <ImportFlowPanel<ResultsPreview, ResultsOverrides>
      store={useAccountability}
      what="een ingevuld resultatenoverzicht"
      refusalTitleId="results-refusal-title"
      preview={(step) => <PreviewView step={step} />}
      done={(result) => <DoneView result={result} party={named(result).party} />}
      named={named}
    />
  );
}

function DoneView({ result, party }: { result: ImportResult; party: string }) {
  const s = result.submission;
  return (
    <ImportDone store={useAccountability} result={result} party={party} year={String(s.planningYear)}>
      Resultaten van {party} over {s.planningYear}: versie {s.version} is nu de huidige versie.
    </ImportDone>
  );
}

function PreviewView({ step }: { step: PreviewStep<ResultsPreview, ResultsOverrides> }) {
  const { preview } = step;
  return (
    <PreviewFrame
      store={useAccountability}
      step={step}
      year={{ label: 'Uitvoeringsjaar', field: preview.executionYear, choices: EXECUTION_YEARS }}
      override={{ party: (partyId) => ({ partyId }), year: (executionYear) => ({ executionYear }) }}
      asks={{ party: 'kies de partij', executionYear: 'kies het jaar' }}
      found={
        <>
          {countLabel(preview.rowsRead, 'rij', 'rijen')} gelezen,{' '}
          <strong>{countLabel(preview.counts.results, 'resultaat', 'resultaten')}</strong>
          <div className="muted small">
            {preview.counts.planned} gepland · {preview.counts.unplanned} niet gepland ·{' '}
            {countLabel(preview.counts.deviations, 'afwijking', 'afwijkingen')} ·{' '}
            {countLabel(preview.counts.errors, 'fout', 'fouten')} ·{' '}
            {countLabel(preview.counts.warnings, 'waarschuwing', 'waarschuwingen')}
          </div>
        </>
      }
      saveLabel="Resultaten opslaan"
    >
      <UnknownStatuses step={step} />
      <PreviewResults step={step} />
      <PreviewIndicators indicators={preview.indicators} />
    </PreviewFrame>
  );
}

/** Status texts the Werkbank does not know: the secretary says how to read each, for every row that uses it. */
function UnknownStatuses({ step }: { step: PreviewStep<ResultsPreview, ResultsOverrides> }) {
  const setOverrides = useAccountability((s) => s.setOverrides);
  const unknown = step.preview.unknownStatuses;
  if (unknown.length === 0) return null;
  // The preview says what is chosen now (also what was chosen for the current version); a change sends the whole list.
  const choose = (text: string, status: string) => {
    const others = unknown.flatMap((u) => (u.chosen !== null && u.text !== text ? [{ text: u.text, status: u.chosen }] : []));
    void setOverrides({ statusChoices: isResultStatus(status) ? [...others, { text, status }] : others });
  };
  return (
    <section className="preview-section" aria-labelledby="preview-statuses-title">
      <h4 id="preview-statuses-title">Statussen die de Werkbank niet kent</h4>
      <p className="small muted">
        Kies hoe elke tekst gelezen wordt; de keuze geldt voor alle rijen met die tekst en wordt bij de inzending bewaard. Zonder keuze telt de rij als
        onbeantwoord: niet mee in het stoplicht.
      </p>
      <table className="data-table status-choices">
        <thead>
          <tr>
            <th scope="col">In het bestand</th>
            <th scope="col">Rijen</th>
            <th scope="col">Lezen als</th>
          </tr>
        </thead>
        <tbody>
          {unknown.map((u) => (
            <tr key={u.text}>
              <td>“{u.text}”</td>
              <td className="small muted">{u.rows.join(', ')}</td>
              <td>
                <select
                  aria-label={`Status voor “${u.text}”`}
                  value={u.chosen ?? ''}
                  disabled={step.refreshing || step.committing}
                  onChange={(e) => choose(u.text, e.target.value)}
                >
                  <option value="">— kies een status —</option>
                  {RESULT_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {RESULT_STATUS_WORDS[status]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PreviewResults({ step }: { step: PreviewStep<ResultsPreview, ResultsOverrides> }) {
  const { results, unansweredPlanned: unanswered } = step.preview;
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
                  <Pairing step={step} row={r} />
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
      {unanswered.length > 0 && (
        <div className="unanswered-planned">
          <h5>Gepland, maar zonder antwoord in dit bestand ({unanswered.length})</h5>
          <p className="small muted">Deze activiteiten staan in de verantwoording als onbeantwoord (‘nog niet binnen’ tot de termijn, daarna ‘geen antwoord’) en tellen niet mee in het stoplicht, tenzij u hierboven een regel eraan koppelt.</p>
          <ul>
            {unanswered.map((a) => (
              <li key={a.identity}>
                {a.reference && <span className="muted small">{a.reference} · </span>}
                {a.activity}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Which planned activity a row answers, and, for a partner's own rows, the choice of another or none. */
function Pairing({ step, row }: { step: PreviewStep<ResultsPreview, ResultsOverrides>; row: ResultView }) {
  const setOverrides = useAccountability((s) => s.setOverrides);
  const { plannedActivities } = step.preview;
  const fixed = row.matchedBy === 'key' || row.identity.startsWith('afspraak:');
  const where = row.reference ? ` · ${row.reference}` : '';
  if (fixed || plannedActivities.length === 0) {
    return (
      <div className="small muted">
        {row.planned ? 'gepland' : 'niet gepland'}
        {where}
      </div>
    );
  }
  const choose = (identity: string | null) => {
    // One row per planned activity: a choice takes it from the row that had it by choice before.
    const others = (step.overrides.pairings ?? []).filter((p) => p.position !== row.position && (identity === null || p.identity !== identity));
    void setOverrides({ pairings: [...others, { position: row.position, identity }] });
  };
  return (
    <div className="pairing small">
      <label>
        <span className="muted">{row.planned ? `beantwoordt (${PAIRED_BY_WORDS[row.matchedBy ?? 'text'].page}):` : 'niet gepland; koppelen aan:'}</span>{' '}
        <select
          aria-label={`Geplande activiteit bij rij ${row.rowNumber}`}
          value={row.planned ? row.identity : ''}
          disabled={step.refreshing || step.committing}
          onChange={(e) => choose(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">— niet gepland —</option>
          {plannedActivities.map((a) => (
            <option key={a.identity} value={a.identity}>
              {optionText(a.reference, a.activity)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function optionText(reference: string | null, activity: string): string {
  const text = activity.replace(/\s+/g, ' ').trim();
  const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  return reference ? `${reference} – ${short}` : short;
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
