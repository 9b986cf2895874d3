import { useId, useMemo, useState, type FormEvent } from 'react';
import type { AttentionKind, AttentionPoint, DuplicateProposal, JointOverview, NeedCheck } from '../../../../src/bundle/types';
import type { BundleChange } from '../../../../src/bundle/compare';
import { ATTENTION_ORDER, attentionKindExplanation, attentionKindTitle } from '../../../../src/reports/labels';
import { useBundle } from '../../bundle';
import { LoadView } from '../../components/Status';
import { formatDateTime, formatPercent } from '../../format';
import { makeLookup, type Lookup } from './BundleList';

// ---------------------------------------------------------------------------
// Aandachtspunten

export function AttentionPanel({ overview }: { overview: JointOverview }) {
  const showInOverview = useBundle((s) => s.showInOverview);
  const groups = ATTENTION_ORDER.map((kind) => ({ kind, points: overview.attention.filter((p) => p.kind === kind) })).filter(
    (g) => g.points.length > 0,
  );
  if (groups.length === 0) return <p className="empty">Geen aandachtspunten: alles is opgepakt en afgestemd.</p>;
  return (
    <div className="attention">
      {groups.map((group) => (
        <section key={group.kind} className="attention-group" aria-labelledby={`attention-${group.kind}`}>
          <h2 id={`attention-${group.kind}`} className={`attention-title attention-${group.kind}`}>
            {attentionKindTitle(group.kind)} <span className="count">{group.points.length}</span>
          </h2>
          <p className="muted small">{attentionKindExplanation(group.kind, overview.planningYear)}</p>
          <ul className="attention-list">
            {group.points.map((point, i) => (
              <li key={`${point.kind}-${i}`} className="attention-item">
                <span>{point.message}</span>
                {canShow(point) && (
                  <button
                    type="button"
                    className="link-button quiet-link"
                    onClick={() => showInOverview(showTarget(point))}
                  >
                    Toon in overzicht
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const WITHOUT_PLACE: AttentionKind[] = ['party-missing'];

function canShow(point: AttentionPoint): boolean {
  return !WITHOUT_PLACE.includes(point.kind) && (point.agreementId !== undefined || point.activityIdentity !== undefined);
}

function showTarget(point: AttentionPoint): { agreementId?: number; activityIdentity?: string } {
  if (point.activityIdentity !== undefined) return { activityIdentity: point.activityIdentity };
  return point.agreementId !== undefined ? { agreementId: point.agreementId } : {};
}

// ---------------------------------------------------------------------------
// Dubbel gemeld

const DECISION_LABELS: Record<DuplicateProposal['decision'], string> = {
  open: 'nog niet besloten',
  accepted: 'samengevoegd tot één gezamenlijke activiteit',
  rejected: 'niet samengevoegd',
};

export function DuplicatesPanel({ overview, readOnly }: { overview: JointOverview; readOnly: boolean }) {
  const lookup = useMemo(() => makeLookup(overview), [overview]);
  const decideDuplicate = useBundle((s) => s.decideDuplicate);
  const busy = useBundle((s) => s.busy);
  // Open proposals first; the order within is the service's.
  const proposals = [...overview.duplicates].sort((a, b) => Number(a.decision !== 'open') - Number(b.decision !== 'open'));
  if (proposals.length === 0) {
    return <p className="empty">Geen activiteiten gevonden die dezelfde gezamenlijke actie lijken te beschrijven.</p>;
  }
  return (
    <div className="duplicates">
      <p className="muted">
        Activiteiten van verschillende partijen bij dezelfde afspraak die op elkaar lijken. Samenvoegen toont ze als één
        gezamenlijke activiteit van die partijen; het besluit blijft bewaard, ook bij een nieuwe inzending met dezelfde
        regels.
      </p>
      {proposals.map((p) => {
        const agreement = lookup.agreement(p.agreementId);
        return (
          <article key={p.key} className={`proposal proposal-${p.decision}`} aria-label={`Voorstel bij afspraak ${agreement?.reference ?? ''}`}>
            <header className="proposal-head">
              <div>
                <span className="reference">{agreement?.reference ?? 'Afspraak'}</span>{' '}
                <span className="muted small">{formatPercent(p.similarity)} overeenkomst</span>
                {agreement && <p className="clamp small muted">{agreement.text}</p>}
              </div>
              <span className={`badge decision-${p.decision}`}>{DECISION_LABELS[p.decision]}</span>
            </header>
            <ul className="proposal-activities">
              {p.activityIdentities.map((identity) => {
                const a = lookup.activity(identity);
                return (
                  <li key={identity}>
                    <strong>{lookup.name(a?.partyId ?? '')}</strong>
                    <span className="activity-text">{a?.activity ?? identity}</span>
                    {a?.planning && <span className="muted small">Planning: {a.planning}</span>}
                  </li>
                );
              })}
            </ul>
            {!readOnly && (
              <div className="inline-actions">
                {p.decision === 'open' ? (
                  <>
                    <button type="button" className="button-primary" disabled={busy} onClick={() => void decideDuplicate(p.key, 'accepted')}>
                      Samenvoegen
                    </button>
                    <button type="button" className="button-quiet" disabled={busy} onClick={() => void decideDuplicate(p.key, 'rejected')}>
                      Niet samenvoegen
                    </button>
                  </>
                ) : (
                  <button type="button" className="button-quiet" disabled={busy} onClick={() => void decideDuplicate(p.key, 'open')}>
                    Besluit terugdraaien
                  </button>
                )}
              </div>
            )}
          </article>
        );
      })}
    </div>
  );
}

// ---------------------------------------------------------------------------
// Wederkerigheid

export function ReciprocityPanel({ overview, readOnly }: { overview: JointOverview; readOnly: boolean }) {
  const lookup = useMemo(() => makeLookup(overview), [overview]);
  const parties = overview.parties;
  const cell = (from: string, to: string) => overview.reciprocity.find((c) => c.fromPartyId === from && c.toPartyId === to);
  const open = overview.needs.filter((n) => !n.answered);
  const answered = overview.needs.filter((n) => n.answered);
  return (
    <div className="reciprocity">
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">Wie vraagt wat van wie?</h2>
        <p className="muted small">
          Per partij die iets nodig heeft (rij) en de partij aan wie zij het vraagt (kolom): beantwoord door een activiteit
          of toezegging, van het aantal vragen.
        </p>
        <table className="data-table matrix-table">
          <thead>
            <tr>
              <th scope="col">
                Vraagt <span aria-hidden="true">↓</span> · aan <span aria-hidden="true">→</span>
              </th>
              {parties.map((p) => (
                <th scope="col" key={p.id} className="num">
                  {p.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parties.map((from) => (
              <tr key={from.id}>
                <th scope="row">{from.shortName}</th>
                {parties.map((to) => {
                  const c = cell(from.id, to.id);
                  if (from.id === to.id) {
                    return (
                      <td key={to.id} className="num matrix-self" aria-label="zelfde partij">
                        ·
                      </td>
                    );
                  }
                  if (!c || c.requests === 0) {
                    return (
                      <td key={to.id} className="num muted">
                        —
                      </td>
                    );
                  }
                  const all = c.answered === c.requests;
                  return (
                    <td key={to.id} className={`num matrix-cell ${all ? 'is-answered' : 'is-open'}`}>
                      {c.answered} van {c.requests}
                      {!all && <span className="visually-hidden"> beantwoord; {c.requests - c.answered} open</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="open-needs-title" className="section-gap">
        <h2 id="open-needs-title">Onbeantwoorde vragen ({open.length})</h2>
        {open.length === 0 ? <p className="muted">Iedere vraag is beantwoord met een activiteit of een toezegging.</p> : <NeedList needs={open} lookup={lookup} readOnly={readOnly} />}
      </section>
      {answered.length > 0 && (
        <details className="context-block section-gap">
          <summary>Beantwoorde vragen ({answered.length})</summary>
          <NeedList needs={answered} lookup={lookup} readOnly />
        </details>
      )}
    </div>
  );
}

function NeedList({ needs, lookup, readOnly }: { needs: NeedCheck[]; lookup: Lookup; readOnly: boolean }) {
  const showInOverview = useBundle((s) => s.showInOverview);
  const startEdit = useBundle((s) => s.startEdit);
  return (
    <ul className="need-items">
      {needs.map((n) => {
        const activity = lookup.activity(n.activityIdentity);
        const agreement = n.agreementId !== null ? lookup.agreement(n.agreementId) : undefined;
        return (
          <li key={`${n.activityIdentity}-${n.toPartyId}`} className="need-item">
            <div>
              <strong>{lookup.name(n.fromPartyId)}</strong> vraagt van <strong>{lookup.name(n.toPartyId)}</strong>: {n.text}
            </div>
            <div className="muted small">
              Bij “{activity?.activity ?? n.activityIdentity}”{agreement ? ` (afspraak ${agreement.reference})` : ' (zonder afspraak)'}
              {!n.answered && n.askedInvolved && ` · ${lookup.name(n.toPartyId)} is wel betrokken, maar heeft niets toegezegd`}
            </div>
            {n.answeredBy.length > 0 && (
              <ul className="answer-list">
                {n.answeredBy.map((answer, i) => (
                  <li key={i} className="small">
                    {answer.kind === 'promise' ? `Toezegging van ${lookup.name(answer.partyId)}: ${answer.text}` : `Activiteit van ${lookup.name(answer.partyId)}: ${answer.activity}`}
                  </li>
                ))}
              </ul>
            )}
            {!readOnly && !n.answered && (
              <button
                type="button"
                className="link-button quiet-link"
                onClick={() => {
                  showInOverview({ activityIdentity: n.activityIdentity });
                  startEdit(n.activityIdentity);
                }}
              >
                Toezegging vastleggen
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

// ---------------------------------------------------------------------------
// Versies

const CHANGE_LABELS: Record<BundleChange['change'], string> = { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd' };

export function VersionsPanel() {
  const versions = useBundle((s) => s.versions);
  const version = useBundle((s) => s.version);
  const setVersion = useBundle((s) => s.setVersion);
  const compare = useBundle((s) => s.compare);
  const id = useId();
  const list = versions.status === 'ready' ? versions.value : [];
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  const fromValue = from !== '' ? from : String(list[list.length - 1]?.number ?? '');
  const onCompare = (e: FormEvent) => {
    e.preventDefault();
    if (fromValue === '') return;
    void compare(Number(fromValue), to === '' ? null : Number(to));
  };
  return (
    <div className="versions">
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">Opgeslagen versies</h2>
        <LoadView state={versions} what="de versies">
          {(saved) =>
            saved.length === 0 ? (
              <p className="muted">
                Nog geen versie opgeslagen. Met “Concept opslaan” legt u de huidige stand vast als genummerde versie; de
                versie die in november naar de partijen gaat, stelt u vast met “Definitief vaststellen”.
              </p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Versie</th>
                    <th scope="col">Status</th>
                    <th scope="col">Opgeslagen</th>
                    <th scope="col">
                      <span className="visually-hidden">Bekijken</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...saved].reverse().map((v) => (
                    <tr key={v.number}>
                      <th scope="row">{v.number}</th>
                      <td>
                        <span className={`badge ${v.status === 'definitief' ? 'badge-final' : 'badge-concept'}`}>{v.status}</span>
                      </td>
                      <td>
                        {v.savedAt ? formatDateTime(v.savedAt) : '—'}
                        {v.savedBy && <span className="muted small"> door {v.savedBy}</span>}
                      </td>
                      <td className="num">
                        {version === v.number ? (
                          <span className="muted small">wordt getoond</span>
                        ) : (
                          <button type="button" className="button-quiet button-small" onClick={() => setVersion(v.number)}>
                            Bekijken
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </LoadView>
      </section>

      {list.length > 0 && (
        <section aria-labelledby="compare-title" className="section-gap">
          <h2 id="compare-title">Versies vergelijken</h2>
          <form className="compare-form" onSubmit={onCompare} aria-label="Versies vergelijken">
            <div className="field">
              <label htmlFor={`${id}-from`}>Van</label>
              <select id={`${id}-from`} value={fromValue} onChange={(e) => setFrom(e.target.value)}>
                {list.map((v) => (
                  <option key={v.number} value={v.number ?? ''}>
                    Versie {v.number} ({v.status})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>Naar</label>
              <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="">Werkversie (actueel)</option>
                {list.map((v) => (
                  <option key={v.number} value={v.number ?? ''}>
                    Versie {v.number} ({v.status})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button-primary">
              Vergelijken
            </button>
          </form>
          <ComparisonView />
        </section>
      )}
    </div>
  );
}

function versionName(v: { number: number | null; status: string }): string {
  return v.number === null ? 'de werkversie' : `versie ${v.number} (${v.status})`;
}

function ComparisonView() {
  const comparison = useBundle((s) => s.comparison);
  if (comparison.status === 'idle') return null;
  return (
    <LoadView state={comparison} what="de vergelijking">
      {(c) => (
        <div className="comparison" aria-live="polite">
          <h3>
            Van {versionName(c.from)} naar {versionName(c.to)}
          </h3>
          {c.changes.length === 0 ? (
            <p className="muted">Geen verschillen.</p>
          ) : (
            <ul className="change-list">
              {c.changes.map((change, i) => (
                <li key={i} className={`change change-${change.change}`}>
                  <span className={`badge change-badge-${change.change}`}>{CHANGE_LABELS[change.change]}</span>
                  <span className="change-subject">{change.subject}</span>
                  <span className="change-text">{change.text}</span>
                  {change.details.length > 0 && (
                    <ul className="change-details">
                      {change.details.map((d, j) => (
                        <li key={j}>{d}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </LoadView>
  );
}
