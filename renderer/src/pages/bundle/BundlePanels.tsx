import { useId, useMemo, useState, type FormEvent } from 'react';
import { askedViaText, needAnswerText, needOpenDecisionText, openQuestions } from '../../../../src/domain/open-questions';
import type { AttentionKind, AttentionPoint, DuplicateProposal, JointOverview, NeedCheck, UnaddressedNeed } from '../../../../src/domain/joint-overview';
import type { BundleChange } from '../../../../src/bundle/compare';
import { attentionKindExplanation, attentionKindTitle } from '../../../../src/domain/joint-overview-wording';
import { ATTENTION_ORDER } from '../../../../src/domain/joint-overview';
import { useBundle } from '../../bundle';
import { overviewDay } from '../../clock';
import { passedDatesNote } from '../../../../src/domain/dates-in-text';
import { ErrorMessage, LoadView } from '../../components/Status';
import { formatDateTime, formatPercent } from '../../format';
import { activityIndex, makeLookup, type Lookup } from './lookup';
import { TableBox } from '../../components/TableBox';
import { WriteButton, WriteFieldset } from '../../components/Writes';
import { BUNDLE_CHANGE_SUBJECT_WORD, VERSION_STATUS_WORD, type VersionStatus } from '../../../../src/domain/bundle-decisions';

// ---------------------------------------------------------------------------
// Aandachtspunten

export function AttentionPanel({ overview }: { overview: JointOverview }) {
  const showInOverview = useBundle((s) => s.showInOverview);
  const groups = ATTENTION_ORDER.map((kind) => ({ kind, points: overview.attention.filter((p) => p.kind === kind) })).filter(
    (g) => g.points.length > 0,
  );
  if (groups.length === 0) return <p className="empty">Geen aandachtspunten: alles is opgepakt en afgestemd.</p>;
  // A follow-up's passed dates are said to have passed, on the version's own day or today.
  const day = overviewDay(overview.version.savedAt);
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
                <span>
                  {point.message}
                  {point.kind === 'insufficient' && <PassedDates text={point.message} day={day} />}
                </span>
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

/** Beside a follow-up agreed earlier: the dates it names that have passed on the day it is read, if any. */
function PassedDates({ text, day }: { text: string; day: string }) {
  const passed = passedDatesNote(text, day);
  return passed ? <span className="attention-passed">Let op: {passed}.</span> : null;
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
                    <WriteButton type="button" className="button-primary" disabled={busy} onClick={() => void decideDuplicate(p.key, 'accepted')}>
                      Samenvoegen
                    </WriteButton>
                    <WriteButton type="button" className="button-quiet" disabled={busy} onClick={() => void decideDuplicate(p.key, 'rejected')}>
                      Niet samenvoegen
                    </WriteButton>
                  </>
                ) : (
                  <WriteButton type="button" className="button-quiet" disabled={busy} onClick={() => void decideDuplicate(p.key, 'open')}>
                    Besluit terugdraaien
                  </WriteButton>
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
  const questions = useMemo(() => openQuestions(overview), [overview]);
  const actionError = useBundle((s) => s.actionError);
  const parties = overview.parties;
  const cell = (from: string, to: string) => overview.reciprocity.find((c) => c.fromPartyId === from && c.toPartyId === to);
  const withoutParty = questions.total - overview.needs.length;
  // Versions saved before the needs without a party were listed only count them.
  const unlisted = withoutParty - questions.unaddressed.length;
  return (
    <div className="reciprocity">
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">Wie vraagt wat van wie?</h2>
        <p className="muted small">
          Per partij die iets nodig heeft (rij) en de partij aan wie zij het vraagt (kolom): beantwoord door een activiteit
          of toezegging, van het aantal vragen.
        </p>
        <TableBox label="Wie vraagt wat van wie">
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
        </TableBox>
        {withoutParty > 0 && (
          <p className="muted small">
            Daarnaast {withoutParty === 1 ? 'noemt 1 vraag' : `noemen ${withoutParty} vragen`} geen partij van deze afspraken; die
            tellen mee als open vraag.
          </p>
        )}
      </section>

      <section aria-labelledby="open-needs-title" className="section-gap">
        <h2 id="open-needs-title">Open vragen ({questions.open})</h2>
        <p className="muted small">
          Een vraag is beantwoord als de gevraagde partij een activiteit of toezegging heeft die zegt wat er gevraagd wordt, als
          zij dezelfde gezamenlijke activiteit meldt, of als de werkgroep het antwoord heeft vastgelegd. Een activiteit bij
          dezelfde afspraak die over iets anders gaat, is geen antwoord. Vergist de tekstherkenning zich, dan beslist de werkgroep:
          als antwoord aanmerken, of toch open zetten, met de reden erbij (in het logboek).
        </p>
        {actionError && !readOnly && <ErrorMessage>{actionError}</ErrorMessage>}
        {questions.open === 0 ? (
          <p className="muted">Iedere vraag is beantwoord met een activiteit of een toezegging.</p>
        ) : (
          <>
            <NeedList needs={questions.unanswered} overview={overview} lookup={lookup} readOnly={readOnly} />
            {questions.unaddressed.length > 0 && <UnaddressedList needs={questions.unaddressed} lookup={lookup} />}
            {unlisted > 0 && (
              <p className="muted small">
                {unlisted === 1 ? '1 vraag noemt' : `${unlisted} vragen noemen`} geen partij van deze afspraken; zie de aandachtspunten.
              </p>
            )}
          </>
        )}
      </section>
      {questions.answered.length > 0 && (
        <details className="context-block section-gap">
          <summary>Beantwoorde vragen ({questions.answered.length})</summary>
          <NeedList needs={questions.answered} overview={overview} lookup={lookup} readOnly={readOnly} />
        </details>
      )}
    </div>
  );
}

function NeedPlace({ identity, agreementId, lookup }: { identity: string; agreementId: number | null; lookup: Lookup }) {
  const activity = lookup.activity(identity);
  const agreement = agreementId !== null ? lookup.agreement(agreementId) : undefined;
  return (
    <>
      Bij “{activity?.activity ?? identity}”{agreement ? ` (afspraak ${agreement.reference})` : ' (niet gekoppeld aan een afspraak)'}
    </>
  );
}

function NeedList({ needs, overview, lookup, readOnly }: { needs: NeedCheck[]; overview: JointOverview; lookup: Lookup; readOnly: boolean }) {
  const showInOverview = useBundle((s) => s.showInOverview);
  const startEdit = useBundle((s) => s.startEdit);
  const saveAlignment = useBundle((s) => s.saveAlignment);
  const decideNeed = useBundle((s) => s.decideNeed);
  const busy = useBundle((s) => s.busy);
  // A mark kept in the afstemming (before decisions had a reason) is taken away there.
  const unmark = (n: NeedCheck, answered: string) => {
    const asking = lookup.activity(n.activityIdentity);
    if (!asking) return;
    const promises = asking.alignment.promises.filter((p) => !(p.partyId === n.toPartyId && p.activityIdentity === answered));
    void saveAlignment({ identity: n.activityIdentity, promises });
  };
  const clear = (n: NeedCheck) => void decideNeed({ identity: n.activityIdentity, toPartyId: n.toPartyId, decision: 'auto' });
  return (
    <ul className="need-items">
      {needs.map((n) => {
        const via = askedViaText(n, lookup.name);
        const openText = needOpenDecisionText(n, lookup.name);
        // What the text match (or the same joint activity) counted: the werkgroep may rule it out.
        const automatic = n.answeredBy.some((a) => a.basis === 'text' || a.basis === 'same-work');
        return (
          <li key={`${n.activityIdentity}-${n.toPartyId}`} className="need-item">
            <div>
              <strong>{lookup.name(n.fromPartyId)}</strong> vraagt van <strong>{lookup.name(n.toPartyId)}</strong>: {n.text}
            </div>
            <div className="muted small">
              <NeedPlace identity={n.activityIdentity} agreementId={n.agreementId} lookup={lookup} />
              {via && ` · ${via}`}
              {!n.answered && n.askedInvolved && ` · ${lookup.name(n.toPartyId)} is wel betrokken, maar heeft niets toegezegd`}
            </div>
            {n.answeredBy.length > 0 && (
              <ul className="answer-list">
                {n.answeredBy.map((answer, i) => (
                  <li key={i} className="small">
                    Beantwoord door {needAnswerText(answer, lookup.name)}
                    {!readOnly && answer.kind === 'activity' && answer.basis === 'working-group' && (
                      <>
                        {' '}
                        <WriteButton
                          type="button"
                          className="link-button quiet-link"
                          disabled={busy}
                          onClick={() => (answer.reason !== undefined ? clear(n) : unmark(n, answer.activityIdentity))}
                        >
                          {answer.reason !== undefined ? 'Besluit weghalen' : 'Aanmerking weghalen'}
                        </WriteButton>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {openText !== null && (
              <p className="small need-decision">
                {openText}
                {n.decision && (
                  <span className="muted">
                    {' '}
                    ({n.decision.decidedBy}, {formatDateTime(n.decision.decidedAt)})
                  </span>
                )}
                {!readOnly && (
                  <>
                    {' '}
                    <WriteButton type="button" className="link-button quiet-link" disabled={busy} onClick={() => clear(n)}>
                      Besluit weghalen
                    </WriteButton>
                  </>
                )}
              </p>
            )}
            {!readOnly && !n.answered && (
              <div className="need-actions">
                <MarkAnswer need={n} overview={overview} lookup={lookup} />
                <WriteButton
                  type="button"
                  className="link-button quiet-link"
                  onClick={() => {
                    showInOverview({ activityIdentity: n.activityIdentity });
                    startEdit(n.activityIdentity);
                  }}
                >
                  Toezegging vastleggen
                </WriteButton>
              </div>
            )}
            {!readOnly && n.answered && automatic && n.decision === undefined && <MarkOpen need={n} lookup={lookup} />}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Beantwoord door …": the werkgroep marks one of the asked party's own
 * activities as its answer, with why; the activities on the same afspraak come
 * first. Recorded as a decision on the request, in the logboek.
 */
function MarkAnswer({ need, overview, lookup }: { need: NeedCheck; overview: JointOverview; lookup: Lookup }) {
  const decideNeed = useBundle((s) => s.decideNeed);
  const busy = useBundle((s) => s.busy);
  const id = useId();
  const options = useMemo(() => {
    const own = [...activityIndex(overview).values()].filter((a) => a.partyId === need.toPartyId);
    return [...own.filter((a) => a.agreementId !== null && a.agreementId === need.agreementId), ...own.filter((a) => a.agreementId === null || a.agreementId !== need.agreementId)];
  }, [overview, need]);
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState('');
  const asked = lookup.name(need.toPartyId);
  if (options.length === 0) return <span className="muted small">{asked} heeft geen activiteiten in dit overzicht.</span>;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen === '' || reason.trim() === '') return;
    void decideNeed({ identity: need.activityIdentity, toPartyId: need.toPartyId, decision: 'answered', answerIdentity: chosen, reason: reason.trim() });
  };
  return (
    <form className="inline-form mark-answer" onSubmit={onSubmit} aria-label={`Antwoord aanmerken: ${lookup.name(need.fromPartyId)} vraagt van ${asked}`}>
      <WriteFieldset>
        <label htmlFor={`${id}-answer`}>Beantwoord door</label>
        <select id={`${id}-answer`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">kies een activiteit van {asked}…</option>
          {options.map((a) => (
            <option key={a.identity} value={a.identity}>
              {a.agreementId !== null ? `${lookup.agreement(a.agreementId)?.reference ?? ''}: ` : ''}
              {a.activity}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reason`}>Waarom</label>
        <input id={`${id}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="bijvoorbeeld: besproken in de werkgroep van 3 september" />
        <button type="submit" className="button-quiet button-small" disabled={busy || chosen === '' || reason.trim() === ''}>
          Als antwoord aanmerken
        </button>
      </WriteFieldset>
    </form>
  );
}

/**
 * "Toch open": the text match counted something as the answer that is not;
 * the werkgroep says so, with why. What it ruled out stays visible.
 */
function MarkOpen({ need, lookup }: { need: NeedCheck; lookup: Lookup }) {
  const decideNeed = useBundle((s) => s.decideNeed);
  const busy = useBundle((s) => s.busy);
  const id = useId();
  const [shown, setShown] = useState(false);
  const [reason, setReason] = useState('');
  if (!shown) {
    return (
      <div className="need-actions">
        <WriteButton type="button" className="link-button quiet-link" onClick={() => setShown(true)}>
          Geen antwoord? Toch open zetten
        </WriteButton>
      </div>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return;
    void decideNeed({ identity: need.activityIdentity, toPartyId: need.toPartyId, decision: 'open', reason: reason.trim() });
  };
  return (
    <form className="inline-form mark-answer" onSubmit={onSubmit} aria-label={`Toch open: ${lookup.name(need.fromPartyId)} vraagt van ${lookup.name(need.toPartyId)}`}>
      <WriteFieldset>
        <label htmlFor={`${id}-reason`}>Waarom is dit geen antwoord</label>
        <input id={`${id}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        <button type="submit" className="button-quiet button-small" disabled={busy || reason.trim() === ''}>
          Open zetten
        </button>
        <button type="button" className="link-button quiet-link" onClick={() => setShown(false)}>
          Annuleren
        </button>
      </WriteFieldset>
    </form>
  );
}

function UnaddressedList({ needs, lookup }: { needs: UnaddressedNeed[]; lookup: Lookup }) {
  return (
    <ul className="need-items" aria-label="Vragen zonder partij van deze afspraken">
      {needs.map((n) => (
        <li key={n.activityIdentity} className="need-item">
          <div>
            <strong>{lookup.name(n.fromPartyId)}</strong> vraagt
            {n.outside.length > 0 && (
              <>
                {' '}
                van <strong>{n.outside.join(', ')}</strong>
              </>
            )}
            : {n.text}
          </div>
          <div className="muted small">
            <NeedPlace identity={n.activityIdentity} agreementId={n.agreementId} lookup={lookup} />
            {' · '}
            {n.outside.length > 0 ? 'geen partij van deze prestatieafspraken' : 'zegt niet van wie; vul “Van wie” aan met een correctie van de activiteit (Inzendingen)'}
          </div>
        </li>
      ))}
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
                versie die na de afstemming naar de partijen gaat, stelt u vast met “Definitief vaststellen”.
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
                        <span className={`badge ${v.status === 'final' ? 'badge-final' : 'badge-concept'}`}>{VERSION_STATUS_WORD[v.status]}</span>
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
                    Versie {v.number} ({VERSION_STATUS_WORD[v.status]})
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
                    Versie {v.number} ({VERSION_STATUS_WORD[v.status]})
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

function versionName(v: { number: number | null; status: VersionStatus }): string {
  return v.number === null ? 'de werkversie' : `versie ${v.number} (${VERSION_STATUS_WORD[v.status]})`;
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
                  <span className="change-subject">{BUNDLE_CHANGE_SUBJECT_WORD[change.subject]}</span>
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
