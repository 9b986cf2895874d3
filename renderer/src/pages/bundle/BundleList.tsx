import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  leadsUndecided,
  type BundleActivity,
  type BundleAgreement,
  type BundleParty,
  type BundleTheme,
  type JointOverview,
  type NeedCheck,
  type UnaddressedNeed,
} from '../../../../src/domain/joint-overview';
import { ALIGNMENT_STATUSES, type AlignmentStatus, type PartyPromise } from '../../../../src/domain/bundle-decisions';
import { needAnsweredLine } from '../../../../src/domain/open-questions';
import { alignmentLabel, alignmentStatusLabel, gapLabel } from '../../../../src/domain/joint-overview-wording';
import { EMPTY_BUNDLE_FILTERS, useBundle, type BundleFilters } from '../../bundle';
import { ErrorMessage } from '../../components/Status';
import { countLabel } from '../../format';
import { SaveActions } from '../../components/SaveActions';
import { linkIsOpen } from '../../../../src/domain/links';
import { LinkNote } from './LinkDecision';
import { WindowedBody } from '../../components/WindowedBody';
import { normalizeForSearch, searchTerms } from '../../../../src/domain/text';
import { makeLookup, namer, type Lookup } from './lookup';
import { WriteButton } from '../../components/Writes';
import { passedDatesNote } from '../../../../src/domain/dates-in-text';
import { overviewDay } from '../../clock';

interface Shown {
  themes: { theme: BundleTheme; topics: { number: string; title: string; agreements: { agreement: BundleAgreement; activities: BundleActivity[] }[] }[] }[];
  unlinked: BundleActivity[];
  agreementCount: number;
  activityCount: number;
  /** Afspraken left out because they do not run this year and have nothing on them. */
  notRunning: number;
}

/** Above this many activities on screen, each table renders only the rows near the viewport. */
const WINDOW_FROM = 150;

/** What the text filter searches, made once per overview: per activity and per afspraak, normalised. */
interface SearchText {
  activity: WeakMap<BundleActivity, string>;
  agreement: Map<number, string>;
}

function searchText(overview: JointOverview, name: (id: string) => string): SearchText {
  const activity = new WeakMap<BundleActivity, string>();
  const agreement = new Map<number, string>();
  const add = (a: BundleActivity) =>
    activity.set(a, normalizeForSearch([name(a.partyId), a.activity, a.needs, a.planning, a.role, a.notes, a.alignment.notes].filter(Boolean).join(' \n ')));
  for (const theme of overview.themes) {
    for (const topic of theme.topics) {
      for (const ag of topic.agreements) {
        agreement.set(ag.id, normalizeForSearch(`${ag.reference} \n ${ag.text} \n ${ag.leadText}`));
        ag.activities.forEach(add);
      }
    }
  }
  overview.unlinked.forEach(add);
  return { activity, agreement };
}

/**
 * Narrowing the overview on screen by the filters. What a gap or an
 * aandachtspunt is, the service decided; this only chooses what to show.
 */
function narrow(overview: JointOverview, filters: BundleFilters, search: SearchText): Shown {
  const flagged = new Set(overview.attention.flatMap((p) => (p.agreementId !== undefined ? [p.agreementId] : [])));
  const terms = searchTerms(filters.text);
  // Every word in the activity or in its afspraak: "wijkschouw 5.1" finds the wijkschouw on afspraak 5.1.
  const textShown = (a: BundleActivity, agreementText: string) =>
    terms.every((t) => agreementText.includes(t) || (search.activity.get(a) ?? '').includes(t));
  const activityShown = (a: BundleActivity) =>
    (filters.partyId === '' || a.partyId === filters.partyId) &&
    (filters.status === '' || a.alignment.status === filters.status) &&
    (!filters.onlyOpenLinks || linkIsOpen(a.linkStatus));
  const narrowing = filters.partyId !== '' || filters.status !== '' || filters.onlyOpenLinks || terms.length > 0;
  const shown: Shown = { themes: [], unlinked: [], agreementCount: 0, activityCount: 0, notRunning: 0 };
  for (const theme of overview.themes) {
    if (filters.themeNumber !== null && theme.number !== filters.themeNumber) continue;
    const topics: Shown['themes'][number]['topics'] = [];
    for (const topic of theme.topics) {
      const agreements: Shown['themes'][number]['topics'][number]['agreements'] = [];
      for (const agreement of topic.agreements) {
        if (!agreement.active && agreement.activities.length === 0) {
          shown.notRunning++;
          continue;
        }
        const problem = agreement.gaps.length > 0 || agreement.insufficient !== null || flagged.has(agreement.id);
        if (filters.onlyProblems && !problem) continue;
        const agreementText = search.agreement.get(agreement.id) ?? '';
        const activities = agreement.activities.filter((a) => activityShown(a) && (terms.length === 0 || textShown(a, agreementText)));
        // A party filter keeps the afspraken that party leads, so its gaps stay in view.
        const leads =
          filters.partyId !== '' && agreement.leadPartyIds.includes(filters.partyId) && filters.status === '' && !filters.onlyOpenLinks && terms.length === 0;
        // Searching for an afspraak finds it also when nothing is on it.
        const found = terms.length > 0 && terms.every((t) => agreementText.includes(t)) && filters.partyId === '' && filters.status === '' && !filters.onlyOpenLinks;
        if (activities.length === 0 && narrowing && !leads && !found) continue;
        agreements.push({ agreement, activities });
        shown.agreementCount++;
        shown.activityCount += activities.length;
      }
      if (agreements.length > 0) topics.push({ number: topic.number, title: topic.title, agreements });
    }
    if (topics.length > 0) shown.themes.push({ theme, topics });
  }
  if (filters.themeNumber === null) {
    shown.unlinked = overview.unlinked.filter((a) => activityShown(a) && (terms.length === 0 || textShown(a, '')));
    shown.activityCount += shown.unlinked.length;
  }
  return shown;
}

export function BundleList({ overview, readOnly }: { overview: JointOverview; readOnly: boolean }) {
  const filters = useBundle((s) => s.filters);
  const focus = useBundle((s) => s.focus);
  const focusHandled = useBundle((s) => s.focusHandled);
  const lookup = useMemo(() => makeLookup(overview), [overview]);
  const search = useMemo(() => searchText(overview, lookup.name), [overview, lookup]);
  const shown = useMemo(() => narrow(overview, filters, search), [overview, filters, search]);
  const windowed = shown.activityCount > WINDOW_FROM;
  const listRef = useRef<HTMLDivElement>(null);

  // Asked from an aandachtspunt: bring that afspraak or activity into view. A row the window left out
  // is put in by its table (it is pinned while asked for); that can take a frame.
  useEffect(() => {
    if (!focus) return;
    const selector =
      focus.activityIdentity !== undefined
        ? `[data-identity="${CSS.escape(focus.activityIdentity)}"]`
        : `#bundle-agreement-${focus.agreementId ?? ''}`;
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const target = listRef.current?.querySelector<HTMLElement>(selector);
      if (!target && tries++ < 5) {
        frame = requestAnimationFrame(reveal);
        return;
      }
      if (target) {
        target.scrollIntoView({ block: 'center' });
        // An alignment form opened with it keeps the focus it took.
        if (!document.activeElement?.closest('.alignment-form')) target.focus({ preventScroll: true });
      }
      focusHandled();
    };
    reveal();
    return () => cancelAnimationFrame(frame);
  }, [focus, focusHandled]);

  return (
    <div className="bundle-list" ref={listRef}>
      <FilterBar overview={overview} shown={shown} />
      {shown.themes.length === 0 && shown.unlinked.length === 0 && <p className="empty">Niets gevonden met deze filters.</p>}
      {shown.themes.map(({ theme, topics }) => (
        <section key={theme.number} className="bundle-theme" aria-labelledby={`bundle-theme-${theme.number}`}>
          <h2 id={`bundle-theme-${theme.number}`} className="bundle-theme-title">
            <span className="tree-number">{theme.number}</span> {theme.title}
          </h2>
          {topics.map((topic) => (
            <section key={topic.number} className="bundle-topic" aria-label={`${topic.number} ${topic.title}`}>
              {/* A theme without sub-topics (theme 3) is its own topic: no second heading. */}
              {topic.number !== String(theme.number) && (
                <h3 className="bundle-topic-title">
                  {topic.number} {topic.title}
                </h3>
              )}
              {topic.agreements.map(({ agreement, activities }) => (
                <AgreementBlock
                  key={agreement.id}
                  overview={overview}
                  lookup={lookup}
                  agreement={agreement}
                  activities={activities}
                  hidden={agreement.activities.length - activities.length}
                  readOnly={readOnly}
                  windowed={windowed}
                  // Under a topic heading (h3) the afspraak is an h4; under a theme that is its own topic, an h3.
                  heading={topic.number !== String(theme.number) ? 'h4' : 'h3'}
                />
              ))}
            </section>
          ))}
        </section>
      ))}
      {shown.unlinked.length > 0 && (
        <section className="bundle-theme" aria-labelledby="bundle-unlinked">
          <h2 id="bundle-unlinked" className="bundle-theme-title">
            Niet gekoppeld aan een afspraak
          </h2>
          <p className="muted small">
            Activiteiten die (nog) niet bij een afspraak staan: te kiezen tussen afspraken, zonder gevonden afspraak, of door de
            werkgroep vastgelegd als ‘geen afspraak’. Ze blijven bewaard zoals geschreven.
          </p>
          <ActivityTable overview={overview} lookup={lookup} activities={shown.unlinked} readOnly={readOnly} windowed={windowed} />
        </section>
      )}
    </div>
  );
}

function FilterBar({ overview, shown }: { overview: JointOverview; shown: Shown }) {
  const filters = useBundle((s) => s.filters);
  const setFilters = useBundle((s) => s.setFilters);
  const id = useId();
  const active =
    filters.text !== EMPTY_BUNDLE_FILTERS.text ||
    filters.themeNumber !== EMPTY_BUNDLE_FILTERS.themeNumber ||
    filters.partyId !== EMPTY_BUNDLE_FILTERS.partyId ||
    filters.status !== EMPTY_BUNDLE_FILTERS.status ||
    filters.onlyProblems !== EMPTY_BUNDLE_FILTERS.onlyProblems ||
    filters.onlyOpenLinks !== EMPTY_BUNDLE_FILTERS.onlyOpenLinks;
  return (
    <form className="filter-bar bundle-filters" role="search" aria-label="Overzicht filteren" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-search">
        <label htmlFor={`${id}-text`}>Zoeken</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filters.text}
          placeholder="Woorden in activiteit, partij, afspraak…"
          onChange={(e) => setFilters({ text: e.target.value })}
        />
      </div>
      <div className="field field-theme">
        <label htmlFor={`${id}-theme`}>Thema</label>
        <select
          id={`${id}-theme`}
          value={filters.themeNumber === null ? '' : String(filters.themeNumber)}
          onChange={(e) => setFilters({ themeNumber: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">Alle thema's</option>
          {overview.themes.map((t) => (
            <option key={t.number} value={t.number}>
              {t.number} {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-party">
        <label htmlFor={`${id}-party`}>Partij</label>
        <select id={`${id}-party`} value={filters.partyId} onChange={(e) => setFilters({ partyId: e.target.value })}>
          <option value="">Alle partijen</option>
          {overview.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-status">
        <label htmlFor={`${id}-status`}>Afstemming</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => setFilters({ status: e.target.value as AlignmentStatus | '' })}>
          <option value="">Alles</option>
          {ALIGNMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {alignmentStatusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="check-field">
        <input
          id={`${id}-problems`}
          type="checkbox"
          checked={filters.onlyProblems}
          onChange={(e) => setFilters({ onlyProblems: e.target.checked })}
        />
        <label htmlFor={`${id}-problems`}>Alleen knelpunten</label>
      </div>
      <div className="check-field">
        <input
          id={`${id}-open-links`}
          type="checkbox"
          checked={filters.onlyOpenLinks}
          onChange={(e) => setFilters({ onlyOpenLinks: e.target.checked })}
        />
        <label htmlFor={`${id}-open-links`}>Alleen open koppelingen</label>
      </div>
      <div className="field field-reset">
        <button type="button" className="button-quiet" disabled={!active} onClick={() => setFilters(EMPTY_BUNDLE_FILTERS)}>
          Filters wissen
        </button>
      </div>
      <p className="result-count filter-result" aria-live="polite" data-testid="bundle-count">
        {countLabel(shown.agreementCount, 'afspraak', 'afspraken')}, {countLabel(shown.activityCount, 'activiteit', 'activiteiten')}
        {shown.notRunning > 0 && !filters.onlyProblems && (
          <span className="muted small"> · {shown.notRunning} afspraken die in {overview.planningYear} niet lopen en geen activiteit hebben, staan hier niet</span>
        )}
      </p>
    </form>
  );
}

function AgreementBlock({
  overview,
  lookup,
  agreement,
  activities,
  hidden,
  readOnly,
  windowed,
  heading: Heading,
}: {
  overview: JointOverview;
  lookup: Lookup;
  agreement: BundleAgreement;
  activities: BundleActivity[];
  hidden: number;
  readOnly: boolean;
  windowed: boolean;
  heading: 'h3' | 'h4';
}) {
  const marking = useBundle((s) => s.marking);
  const startMarking = useBundle((s) => s.startMarking);
  const markInsufficient = useBundle((s) => s.markInsufficient);
  const busy = useBundle((s) => s.busy);
  const name = lookup.name;
  const gapClass = agreement.gaps.length > 0 || agreement.insufficient ? ' has-gap' : '';
  // A saved version is read on its own date, the working overview today: a follow-up's passed dates are said to have passed.
  const passed = agreement.insufficient && passedDatesNote(agreement.insufficient.followUp, overviewDay(overview.version.savedAt));
  return (
    <article
      className={`bundle-agreement${gapClass}`}
      id={`bundle-agreement-${agreement.id}`}
      tabIndex={-1}
      aria-labelledby={`bundle-agreement-${agreement.id}-title`}
    >
      <header className="ba-head">
        <div className="ba-main">
          <Heading id={`bundle-agreement-${agreement.id}-title`} className="ba-title">
            <span className="reference">{agreement.reference}</span>
            <span className="visually-hidden">: </span>
            <span className="ba-text">{agreement.text}</span>
          </Heading>
          <p className="ba-meta">
            Trekker: {agreement.leadText || '—'}
            {agreement.involvedText && <> · Betrokken: {agreement.involvedText}</>} · Uitvoering: {agreement.scheduleText || 'niet vermeld'}
            {!agreement.active && <> · loopt niet in {overview.planningYear}</>}
          </p>
        </div>
        <div className="ba-flags">
          {agreement.gaps.map((gap) => {
            // Activities whose open link may belong here: then the gap is not yet a fact.
            const open = gap === 'no-activity' ? (agreement.undecided ?? []) : leadsUndecided(agreement);
            return (
              <span key={gap} className="badge badge-warn">
                {gapLabel(gap, open.length > 0)}
                {gap === 'lead-without-activity' && agreement.leadsWithoutActivity.length > 0 && (
                  <>: {agreement.leadsWithoutActivity.map(name).join(', ')}</>
                )}
                {open.length > 0 && (
                  <>
                    {' '}
                    ({open.length === 1 ? '1 activiteit kan erbij horen' : `${open.length} activiteiten kunnen erbij horen`}, nog te besluiten)
                  </>
                )}
              </span>
            );
          })}
          {agreement.insufficient && <span className="badge badge-error">onvoldoende opgepakt</span>}
          {!readOnly && !agreement.insufficient && marking !== agreement.id && (
            <WriteButton type="button" className="link-button quiet-link" onClick={() => startMarking(agreement.id)}>
              Markeren als onvoldoende opgepakt…
            </WriteButton>
          )}
        </div>
      </header>

      {agreement.insufficient && marking !== agreement.id && (
        <div className="insufficient-box">
          <p>
            <strong>Onvoldoende opgepakt.</strong> Afgesproken vervolg: {agreement.insufficient.followUp}
          </p>
          {passed && (
            <p>
              <strong>Let op:</strong> {passed}.
            </p>
          )}
          {!readOnly && (
            <div className="inline-actions">
              <WriteButton type="button" className="link-button" onClick={() => startMarking(agreement.id)}>
                Vervolg wijzigen
              </WriteButton>
              <WriteButton type="button" className="link-button" disabled={busy} onClick={() => void markInsufficient(agreement.id, null)}>
                Markering weghalen
              </WriteButton>
            </div>
          )}
        </div>
      )}
      {marking === agreement.id && !readOnly && <InsufficientForm agreement={agreement} />}

      {activities.length > 0 ? (
        <ActivityTable overview={overview} lookup={lookup} activities={activities} readOnly={readOnly} windowed={windowed} />
      ) : (
        <p className="ba-empty">
          {hidden > 0 ? `${countLabel(hidden, 'activiteit', 'activiteiten')} van andere partijen of met een andere status.` : `Geen activiteit voor ${overview.planningYear}.`}
        </p>
      )}
    </article>
  );
}

function InsufficientForm({ agreement }: { agreement: BundleAgreement }) {
  const markInsufficient = useBundle((s) => s.markInsufficient);
  const startMarking = useBundle((s) => s.startMarking);
  const busy = useBundle((s) => s.busy);
  const actionError = useBundle((s) => s.actionError);
  const [followUp, setFollowUp] = useState(agreement.insufficient?.followUp ?? '');
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void markInsufficient(agreement.id, followUp);
  };
  return (
    <form className="edit-form insufficient-form" onSubmit={onSubmit} aria-label={`Onvoldoende opgepakt: ${agreement.reference}`}>
      {actionError && <ErrorMessage>{actionError}</ErrorMessage>}
      <div className="field">
        <label htmlFor={`${id}-follow-up`}>Afgesproken vervolg</label>
        <textarea
          id={`${id}-follow-up`}
          ref={field}
          rows={3}
          value={followUp}
          onChange={(e) => setFollowUp(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="hint">
          Bijvoorbeeld wie wat oppakt en wanneer het terugkomt in de werkgroep.
        </p>
      </div>
      <SaveActions label="Markering opslaan" saving={busy} onCancel={() => startMarking(null)} />
    </form>
  );
}

const STATUS_BADGES: Record<AlignmentStatus, string> = {
  pending: 'badge-quiet',
  aligned: 'badge-aligned',
  promised: 'badge-promised',
};

export function ActivityTable({
  overview,
  lookup,
  activities,
  readOnly,
  windowed,
}: {
  overview: JointOverview;
  lookup: Lookup;
  activities: BundleActivity[];
  readOnly: boolean;
  /** Only the rows near the viewport in the DOM (a long overview). */
  windowed: boolean;
}) {
  const editing = useBundle((s) => s.editing);
  const choosingLink = useBundle((s) => s.choosingLink);
  const focus = useBundle((s) => s.focus);
  const keys = useMemo(() => activities.map((a) => a.identity), [activities]);
  // An open form, a row asked for from an aandachtspunt: rendered wherever the window is.
  const pinned = [editing, choosingLink, focus?.activityIdentity ?? null].filter((k): k is string => k !== null);
  return (
    <table className={`data-table bundle-activities${windowed ? ' is-windowed' : ''}`} aria-rowcount={windowed ? activities.length + 1 : undefined}>
      <thead>
        <tr aria-rowindex={windowed ? 1 : undefined}>
          <th scope="col" className="col-party">
            Partij
          </th>
          <th scope="col">Activiteit</th>
          <th scope="col" className="col-planning">
            Planning
          </th>
          <th scope="col" className="col-needs">
            Nodig van
          </th>
          <th scope="col" className="col-status">
            Afstemming
          </th>
          <th scope="col" className="col-promises">
            Toezeggingen
          </th>
          {!readOnly && (
            <th scope="col" className="col-action">
              <span className="visually-hidden">Afstemmen</span>
            </th>
          )}
        </tr>
      </thead>
      <WindowedBody
        keys={keys}
        pinned={pinned}
        windowed={windowed}
        columns={readOnly ? 6 : 7}
        renderRow={(i) => {
          const a = activities[i] as BundleActivity;
          return (
            <ActivityRows
              key={a.identity}
              overview={overview}
              lookup={lookup}
              activity={a}
              readOnly={readOnly}
              editing={editing === a.identity}
              rowIndex={windowed ? i + 2 : undefined}
            />
          );
        }}
      />
    </table>
  );
}

function ActivityRows({
  overview,
  lookup,
  activity,
  readOnly,
  editing,
  rowIndex,
}: {
  overview: JointOverview;
  lookup: Lookup;
  activity: BundleActivity;
  readOnly: boolean;
  editing: boolean;
  /** Its place among all rows, header first, when not all rows are in the DOM. */
  rowIndex?: number;
}) {
  const startEdit = useBundle((s) => s.startEdit);
  const name = lookup.name;
  const needs = lookup.needsOf(activity.identity);
  const joint = activity.jointWith.map((identity) => lookup.activity(identity)?.partyId).filter((p): p is string => p !== undefined);
  const alignment = activity.alignment;
  return (
    <>
      <tr
        className={`bundle-activity${editing ? ' is-editing' : ''}${linkIsOpen(activity.linkStatus) ? ' has-open-link' : ''}`}
        data-identity={activity.identity}
        data-row-key={activity.identity}
        data-link={activity.linkStatus}
        aria-rowindex={rowIndex}
        tabIndex={-1}
      >
        <th scope="row" className="col-party">
          {name(activity.partyId)}
          {joint.length > 0 && (
            <span className="joint">
              <span className="badge badge-joint">gezamenlijk</span>
              <span className="muted small">met {joint.map(name).join(', ')}</span>
            </span>
          )}
        </th>
        <td>
          <div className="activity-text">{activity.activity}</div>
          <LinkNote activity={activity} lookup={lookup} readOnly={readOnly} />
          <dl className="activity-fields">
            {activity.role && (
              <div>
                <dt>Rol</dt>
                <dd>{activity.role}</dd>
              </div>
            )}
            {activity.involved.length > 0 && (
              <div>
                <dt>Betrokken</dt>
                <dd>{activity.involved.map((r) => r.written).join(', ')}</dd>
              </div>
            )}
            {alignment.alsoInvolved.length > 0 && (
              <div>
                <dt>Ook betrokken</dt>
                <dd>{alignment.alsoInvolved.map(name).join(', ')}</dd>
              </div>
            )}
            {alignment.notes && (
              <div>
                <dt>Notitie</dt>
                <dd>{alignment.notes}</dd>
              </div>
            )}
          </dl>
        </td>
        <td className="col-planning">{activity.planning || <span className="muted">—</span>}</td>
        <td className="col-needs">
          <NeedsCell activity={activity} needs={needs} unaddressed={lookup.unaddressedOf(activity.identity)} name={name} />
        </td>
        <td className="col-status">
          <span className={`badge ${STATUS_BADGES[alignment.status]}`}>{alignmentLabel(alignment, overview.version.status === 'final')}</span>
        </td>
        <td className="col-promises">
          {alignment.promises.length === 0 ? (
            <span className="muted">—</span>
          ) : (
            <ul className="promise-list">
              {alignment.promises.map((p, i) => (
                <li key={i}>
                  <strong>{name(p.partyId)}</strong>: {p.text}
                  {p.activityIdentity !== undefined && <span className="muted"> (activiteit, als antwoord aangemerkt)</span>}
                </li>
              ))}
            </ul>
          )}
        </td>
        {!readOnly && (
          <td className="col-action">
            <WriteButton
              type="button"
              className="button-quiet button-small"
              aria-expanded={editing}
              aria-label={`Afstemmen: ${name(activity.partyId)}, ${activity.activity.slice(0, 60)}`}
              onClick={() => startEdit(editing ? null : activity.identity)}
            >
              Afstemmen
            </WriteButton>
          </td>
        )}
      </tr>
      {editing && !readOnly && (
        <tr className="alignment-row">
          <td colSpan={7}>
            <AlignmentForm overview={overview} activity={activity} needs={needs} />
          </td>
        </tr>
      )}
    </>
  );
}

function NeedsCell({
  activity,
  needs,
  unaddressed,
  name,
}: {
  activity: BundleActivity;
  needs: NeedCheck[];
  unaddressed: UnaddressedNeed | undefined;
  name: (id: string) => string;
}) {
  if (!activity.needs && needs.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {activity.needs && <div className="needs-text">{activity.needs}</div>}
      {unaddressed && (
        <ul className="need-list">
          <li className="is-open">
            <span className="dot dot-warn" aria-hidden="true" />
            {unaddressed.outside.length > 0 ? `${unaddressed.outside.join(', ')}: geen partij van de afspraken` : 'van wie: niet gezegd'}
          </li>
        </ul>
      )}
      {needs.length > 0 && (
        <ul className="need-list">
          {needs.map((n) => (
            <li key={n.toPartyId} className={n.answered ? 'is-answered' : 'is-open'} title={n.answered ? needAnsweredLine(n, name) : undefined}>
              <span className={`dot ${n.answered ? 'dot-ok' : 'dot-warn'}`} aria-hidden="true" />
              {name(n.toPartyId)}: {n.answered ? 'beantwoord' : n.askedInvolved ? 'betrokken, niets toegezegd' : 'open'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface PromiseDraft {
  partyId: string;
  text: string;
  /** An activity of the party marked as its answer (on the Wederkerigheid tab): kept as it is. */
  activityIdentity?: string;
}

function AlignmentForm({ overview, activity, needs }: { overview: JointOverview; activity: BundleActivity; needs: NeedCheck[] }) {
  const saveAlignment = useBundle((s) => s.saveAlignment);
  const startEdit = useBundle((s) => s.startEdit);
  const busy = useBundle((s) => s.busy);
  const actionError = useBundle((s) => s.actionError);
  const id = useId();
  // What the form opened with: only the fields changed from it are sent, so another person's
  // change to a field left alone stays (also after a conflict reloaded the overview).
  const [a] = useState(activity.alignment);
  const [status, setStatus] = useState<AlignmentStatus>(a.status);
  const [promises, setPromises] = useState<PromiseDraft[]>(a.promises.map((p) => ({ ...p })));
  const [alsoInvolved, setAlsoInvolved] = useState<string[]>(a.alsoInvolved);
  const [notes, setNotes] = useState(a.notes);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const others: BundleParty[] = overview.parties.filter((p) => p.id !== activity.partyId);
  // A new promise starts with the first party asked that has not answered yet.
  const suggested = needs.find((n) => !n.answered)?.toPartyId ?? needs[0]?.toPartyId ?? others[0]?.id ?? '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Rows left empty are not promises; the service refuses a promise without text.
    const filled: PartyPromise[] = promises
      .filter((p) => p.text.trim() !== '')
      .map((p) => ({ partyId: p.partyId, text: p.text.trim(), ...(p.activityIdentity !== undefined ? { activityIdentity: p.activityIdentity } : {}) }));
    const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
    const changes = {
      ...(status !== a.status ? { status } : {}),
      ...(!same(filled, a.promises.map((p) => ({ partyId: p.partyId, text: p.text, ...(p.activityIdentity !== undefined ? { activityIdentity: p.activityIdentity } : {}) })))
        ? { promises: filled }
        : {}),
      ...(!same([...alsoInvolved].sort(), [...a.alsoInvolved].sort()) ? { alsoInvolved } : {}),
      ...(notes.trim() !== a.notes.trim() ? { notes } : {}),
    };
    if (Object.keys(changes).length === 0) return startEdit(null);
    void saveAlignment({ identity: activity.identity, ...changes });
  };
  const setPromise = (i: number, change: Partial<PromiseDraft>) =>
    setPromises(promises.map((p, j) => (j === i ? { ...p, ...change } : p)));

  return (
    <form className="edit-form alignment-form" onSubmit={onSubmit} aria-label={`Afstemming van de activiteit van ${namer(overview)(activity.partyId)}`}>
      {actionError && <ErrorMessage>{actionError}</ErrorMessage>}
      <div className="alignment-grid">
        <div className="alignment-col">
          <div className="field">
            <label htmlFor={`${id}-status`}>Afstemming</label>
            <select id={`${id}-status`} ref={first} value={status} onChange={(e) => setStatus(e.target.value as AlignmentStatus)}>
              {ALIGNMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {alignmentStatusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="check-group">
            <legend>Ook betrokken</legend>
            {others.map((p) => (
              <div key={p.id} className="check-field">
                <input
                  id={`${id}-also-${p.id}`}
                  type="checkbox"
                  checked={alsoInvolved.includes(p.id)}
                  onChange={(e) =>
                    setAlsoInvolved(e.target.checked ? [...alsoInvolved, p.id] : alsoInvolved.filter((x) => x !== p.id))
                  }
                />
                <label htmlFor={`${id}-also-${p.id}`}>{p.shortName}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className="alignment-col alignment-wide">
          <fieldset className="promise-group">
            <legend>Toezeggingen</legend>
            {promises.length === 0 && <p className="hint">Nog geen toezegging. Leg vast welke partij wat toezegt.</p>}
            {promises.map((p, i) =>
              p.activityIdentity !== undefined ? (
                <div key={i} className="promise-row promise-marked">
                  <p className="small">
                    Als antwoord aangemerkt: activiteit van {namer(overview)(p.partyId)} “{p.text}”
                  </p>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    aria-label={`Aanmerking ${i + 1} weghalen`}
                    onClick={() => setPromises(promises.filter((_, j) => j !== i))}
                  >
                    Weghalen
                  </button>
                </div>
              ) : (
                <div key={i} className="promise-row">
                  <div className="field">
                    <label htmlFor={`${id}-promise-party-${i}`}>Partij</label>
                    <select id={`${id}-promise-party-${i}`} value={p.partyId} onChange={(e) => setPromise(i, { partyId: e.target.value })}>
                      {overview.parties.map((party) => (
                        <option key={party.id} value={party.id}>
                          {party.shortName}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field field-grow">
                    <label htmlFor={`${id}-promise-text-${i}`}>Zegt toe</label>
                    <input
                      id={`${id}-promise-text-${i}`}
                      type="text"
                      value={p.text}
                      onChange={(e) => setPromise(i, { text: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    aria-label={`Toezegging ${i + 1} weghalen`}
                    onClick={() => setPromises(promises.filter((_, j) => j !== i))}
                  >
                    Weghalen
                  </button>
                </div>
              ),
            )}
            <button type="button" className="button-quiet button-small" onClick={() => setPromises([...promises, { partyId: suggested, text: '' }])}>
              Toezegging toevoegen
            </button>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-notes`}>Notities van de werkgroep</label>
            <textarea id={`${id}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
        </div>
      </div>
      <SaveActions label="Afstemming opslaan" saving={busy} onCancel={() => startEdit(null)} />
    </form>
  );
}
