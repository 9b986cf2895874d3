// The indicators on the Verantwoording page: per indicator with figures its
// status, the message, its target, start and how the figures were combined,
// and the chart of the Word document (SVG from the service), with the figures
// per year behind "Cijfers per jaar"; the indicators nobody reported on yet in
// one compact table with their targets and starts.
import { useId } from 'react';
import { PROGRESS_STATUS_LABEL, type IndicatorProgress } from '../../../../src/domain/accountability';
import { describeBaseline } from '../../../../src/domain/indicators';
import type { AccountabilityCharts } from '../../../../src/service/contract';
import { useAccountability } from '../../accountability';
import type { Loadable } from '../../loadable';
import { formatNumber } from './shared';
import { TableBox } from '../../components/TableBox';

/** With figures but not judged (earlier years or a start missing): "nog niet te beoordelen". */
function progressLabel(p: IndicatorProgress): string {
  return p.status === 'unknown' && p.latest !== null ? 'nog niet te beoordelen' : PROGRESS_STATUS_LABEL[p.status];
}

export function Indicators({ indicators, partyName }: { indicators: IndicatorProgress[]; partyName: (id: string) => string }) {
  const charts = useAccountability((s) => s.charts);
  const reported = indicators.filter((p) => p.years.some((y) => y.total !== null));
  const silent = indicators.filter((p) => !p.years.some((y) => y.total !== null));
  return (
    <section className="card section-gap" aria-labelledby="indicators-title">
      <h2 id="indicators-title">Indicatoren</h2>
      <p className="muted small">
        De gemelde cijfers per jaar, opgeteld over de partijen waar het doel gedeeld is, tegen een rechte lijn van het vertrekpunt naar het doel. Dezelfde
        grafieken staan in het Word-document.
      </p>
      {indicators.length === 0 && <p className="muted">Geen indicatoren.</p>}
      {reported.length > 0 && (
        <div className="indicator-list">
          {reported.map((p) => (
            <IndicatorCard key={p.indicator.code} progress={p} chart={chartOf(charts, p.indicator.code)} partyName={partyName} />
          ))}
        </div>
      )}
      {silent.length > 0 && (
        <div className="indicator-silent">
          <h3>Nog geen cijfers ({silent.length})</h3>
          <TableBox label="Indicatoren nog zonder cijfers">
            <table className="data-table indicator-silent-table">
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Doel</th>
                  <th scope="col">Partijen</th>
                  <th scope="col">Vertrekpunt</th>
                </tr>
              </thead>
              <tbody>
                {silent.map((p) => (
                  <tr key={p.indicator.code}>
                    <th scope="row">{p.indicator.title}</th>
                    <td>{p.target}</td>
                    <td>{p.indicator.partyIds.map(partyName).join(', ')}</td>
                    <td className="small">{p.baseline ? describeBaseline(p.baseline, p.indicator.unit) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </div>
      )}
    </section>
  );
}

/** The chart of one indicator: its SVG, or whether it is still on its way or failed. */
type ChartState = { svg: string } | { loading: true } | { error: string } | null;

function chartOf(charts: Loadable<AccountabilityCharts>, code: string): ChartState {
  if (charts.status === 'ready') {
    const svg = charts.value.indicators.find((i) => i.code === code)?.svg;
    return svg ? { svg } : null;
  }
  if (charts.status === 'loading') return { loading: true };
  if (charts.status === 'error') return { error: charts.message };
  return null;
}

function IndicatorCard({ progress, chart, partyName }: { progress: IndicatorProgress; chart: ChartState; partyName: (id: string) => string }) {
  const { indicator, years } = progress;
  const titleId = useId();
  return (
    <article className="indicator" aria-labelledby={titleId}>
      <div className="indicator-head">
        <h3 id={titleId}>{indicator.title}</h3>
        <span className={`badge progress-${progress.status}`}>{progressLabel(progress)}</span>
      </div>
      <p className="indicator-message">{progress.message}</p>
      <p className="muted small">
        Doel: {progress.target}
        {indicator.shared ? ` · gedeeld door ${indicator.partyIds.map(partyName).join(', ')}` : ''}
        {progress.baseline ? (
          <>
            <br />
            Vertrekpunt: {describeBaseline(progress.baseline, indicator.unit)}
          </>
        ) : null}
        <br />
        Zo opgeteld: {progress.combination}
        {progress.overlap !== undefined && (
          <>
            <br />
            <strong>Dezelfde woningen:</strong> {progress.overlap}
          </>
        )}
      </p>
      {chart && 'svg' in chart && (
        <img className="indicator-chart" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={`Grafiek: ${progress.message}`} />
      )}
      {chart && 'loading' in chart && <p className="indicator-chart-wait muted small">De grafiek wordt getekend…</p>}
      {chart && 'error' in chart && <p className="muted small">De grafiek kon niet worden getekend: {chart.error}</p>}
      {years.length > 0 && (
        <details className="indicator-figures">
          <summary>Cijfers per jaar</summary>
          <table className="data-table indicator-table">
            <thead>
              <tr>
                <th scope="col">Jaar</th>
                <th scope="col">Per partij</th>
                <th scope="col" className="num">
                  Gemeld
                </th>
                <th scope="col" className="num">
                  Opgeteld
                </th>
                <th scope="col" className="num">
                  Rechte lijn
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <th scope="row" title={y.entered ? 'Ingevoerd door het secretariaat' : undefined}>
                    {y.year}
                    {y.entered ? '*' : ''}
                  </th>
                  <td className="small">
                    {Object.entries(y.byParty)
                      .filter(([, v]) => v !== null)
                      .map(([pid, v]) => `${partyName(pid)} ${formatNumber(v)}`)
                      .join(', ') || '–'}
                  </td>
                  <td className="num">{formatNumber(y.total)}</td>
                  <td className="num">{formatNumber(y.cumulative)}</td>
                  <td className="num">{formatNumber(y.path)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </article>
  );
}
