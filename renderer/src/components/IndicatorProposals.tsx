// The numeric targets the Werkbank found in the set's text: the secretary
// confirms each as an indicator, or rejects it. Only confirmed ones appear
// in the verantwoording.
import { useEffect } from 'react';
import { useIndicatorProposals } from '../indicator-proposals';
import { useReadOnly } from '../read-only';
import { INDICATOR_UNIT_WORDS } from '../../../src/domain/types';

const STATUS = { proposed: 'voorstel', confirmed: 'bevestigd', rejected: 'afgewezen' } as const;
const DIRECTION = { at_least: 'minimaal', at_most: 'maximaal', zero: 'geen' } as const;

export function IndicatorProposals() {
  const { proposals, busy, error, open, decide } = useIndicatorProposals();
  const readOnly = useReadOnly();
  useEffect(() => {
    void open();
  }, [open]);
  const list = proposals.status === 'ready' ? proposals.value : [];
  const openCount = list.filter((p) => p.status === 'proposed').length;
  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title">Voorgestelde indicatoren</h2>
      <p className="lead">
        Getallen uit de tekst van de prestatieafspraken die de Werkbank als succesindicator voorstelt. Alleen een bevestigd voorstel wordt een
        indicator en komt in de verantwoording. Iedere beslissing komt in het logboek.
      </p>
      {proposals.status === 'error' && <p role="alert">{proposals.message}</p>}
      {error && <p role="alert">{error}</p>}
      {list.length === 0 && proposals.status === 'ready' && <p className="muted">Voor deze set zijn geen indicatoren voorgesteld.</p>}
      {list.length > 0 && (
        <>
          <p>
            {list.length} voorstellen, waarvan {openCount} nog open.{' '}
            {openCount > 0 && !readOnly && (
              <button type="button" disabled={busy} onClick={() => void decide({ confirm: 'all' })}>
                Alle open voorstellen bevestigen
              </button>
            )}
          </p>
          <table className="data-table proposals-table">
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Doel</th>
                <th scope="col">Gevonden in</th>
                <th scope="col">Zin uit de afspraken</th>
                <th scope="col">Besluit</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.number} data-status={p.status}>
                  <td>{p.number}</td>
                  <td>
                    {p.proposal.direction === 'zero' ? `geen ${INDICATOR_UNIT_WORDS[p.proposal.unit]}` : `${DIRECTION[p.proposal.direction]} ${p.proposal.target} ${INDICATOR_UNIT_WORDS[p.proposal.unit]}`} in {p.proposal.deadlineYear}
                  </td>
                  <td>{p.proposal.foundAt}</td>
                  <td>“{p.proposal.sourceQuote}”</td>
                  <td>
                    {p.status !== 'proposed' || readOnly ? (
                      STATUS[p.status]
                    ) : (
                      <span className="button-row">
                        <button type="button" disabled={busy} aria-label={`Voorstel ${p.number} bevestigen`} onClick={() => void decide({ confirm: [p.number] })}>
                          Bevestigen
                        </button>
                        <button type="button" disabled={busy} aria-label={`Voorstel ${p.number} afwijzen`} onClick={() => void decide({ reject: [p.number] })}>
                          Afwijzen
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
