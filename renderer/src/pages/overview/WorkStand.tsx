// "Stand van het werk" on the Overzicht page: per year the cycle is busy with,
// one line per product (what came in, how far the overview is), each leading
// to the page where the secretary acts on it. Calm on purpose: a dot, a few
// words, and the names of who is still missing.
import { useEffect, type ReactNode } from 'react';
import type { CalendarView } from '../../../../src/domain/calendar';
import { VERSION_STATUS_WORD, type BundleVersionInfo } from '../../../../src/domain/bundle-decisions';
import type { SubmissionStatusCell } from '../../../../src/service/contract';
import { useWerkbank } from '../../store';
import { showAccountabilityYear, showBundleYear, useOverview, type ExecutionStand, type PlanningStand, type WorkStand, type YearStand } from '../../overview';
import { PAGES, routeHash, type Page } from '../../route';
import { LoadView } from '../../components/Status';
import { Light } from '../accountability/shared';
import { responseText } from '../../../../src/domain/stoplight';
import { formatDate } from '../../format';
import { DeliveryList } from '../../components/DeliveryMail';
import type { SubmissionKind } from '../../../../src/domain/submissions';

const names = new Intl.ListFormat('nl-NL', { type: 'conjunction' });

/** Calls for the stand once per fresh calendar: on every visit to the page. */
export function WorkStandSection({ view }: { view: CalendarView }) {
  const stand = useOverview((s) => s.stand);
  const loadStand = useOverview((s) => s.loadStand);
  const calendarReady = useWerkbank((s) => s.calendar.status === 'ready');
  useEffect(() => {
    if (calendarReady) void loadStand(view);
  }, [view, calendarReady, loadStand]);
  return (
    <section className="card work-stand" aria-labelledby="stand-title">
      <h2 id="stand-title">Stand van het werk</h2>
      <LoadView state={stand} what="de stand van het werk">
        {(value) => <StandBody stand={value} />}
      </LoadView>
    </section>
  );
}

function StandBody({ stand }: { stand: WorkStand }) {
  if (stand.stands.length === 0) {
    return <p className="muted">Er is nu geen planningsjaar of uitvoeringsjaar van deze prestatieafspraken aan de beurt.</p>;
  }
  const partyName = (id: string) => stand.parties.find((p) => p.id === id)?.shortName ?? id;
  return (
    <>
      {stand.stands.map((s) => (
        <YearBlock key={`${s.kind}-${s.year}`} stand={s}>
          {s.kind === 'planning' ? (
            <PlanningItems stand={s} years={stand.years} partyName={partyName} />
          ) : (
            <ExecutionItems stand={s} years={stand.years} partyName={partyName} />
          )}
        </YearBlock>
      ))}
    </>
  );
}

function YearBlock({ stand, children }: { stand: YearStand; children: ReactNode }) {
  const title = `${stand.kind === 'planning' ? 'Planningsjaar' : 'Uitvoeringsjaar'} ${stand.year}`;
  const id = `stand-${stand.kind}-${stand.year}`;
  return (
    <div className="stand-year" role="group" aria-labelledby={id} data-kind={stand.kind} data-year={stand.year}>
      <h3 id={id} className="stand-year-title">
        {title}
      </h3>
      <ul className="stand-list">{children}</ul>
    </div>
  );
}

/** null: the row carries its own mark (the traffic light). */
type Tone = 'ok' | 'warn' | 'open' | null;

const DOT: Record<NonNullable<Tone>, string> = { ok: 'dot-ok', warn: 'dot-warn', open: 'dot-quiet' };

/** One product of the year: its name leads to the page where it is handled. */
function StandItem({
  label,
  page,
  onFollow,
  tone,
  status,
  detail,
}: {
  label: string;
  page: Page;
  /** Before the page opens: choose the year there. */
  onFollow?: () => void;
  tone: Tone;
  status: ReactNode;
  detail?: ReactNode;
}) {
  const pageLabel = PAGES.find((p) => p.page === page)?.label ?? '';
  return (
    <li className="stand-item">
      <span className={tone ? `dot ${DOT[tone]}` : undefined} aria-hidden="true" />
      <a className="stand-label" href={routeHash({ page, agreementId: null })} onClick={onFollow} title={`Naar ${pageLabel}`}>
        {label}
      </a>
      <div className="stand-status">
        <div>{status}</div>
        {detail && <div className="stand-detail">{detail}</div>}
      </div>
    </li>
  );
}

function countLine(received: number, total: number): string {
  if (received === 0) return 'Nog niets ontvangen';
  if (received === total) return `Alle ${total} ontvangen`;
  return `${received} van ${total} ontvangen`;
}

/** Where a round of uitvraag and answers stands: received, missing, asked, overdue, and a line that says it. */
function round(cells: SubmissionStatusCell[], partyName: (id: string) => string, nextStep: string | null, deliveryRound: SubmissionKind) {
  const received = cells.filter((c) => c.current !== null);
  const missing = cells.filter((c) => c.current === null);
  const overdue = missing.some((c) => c.overdue);
  const deadline = cells[0]?.deadline;
  const asked = cells.map((c) => c.requestMadeAt).filter((d): d is string => d !== null).sort();

  let detail: ReactNode = null;
  if (received.length === 0) {
    detail =
      asked.length === 0
        ? nextStep
        : `Uitvraag gemaakt op ${formatDate(asked[asked.length - 1] ?? '')}${deadline ? `; termijn ${formatDate(deadline)}` : ''}${overdue ? ', verstreken' : ''}.`;
  } else if (missing.length > 0) {
    detail = (
      <>
        Nog niet binnen: {names.format(missing.map((c) => partyName(c.partyId)))}
        {overdue && deadline ? ` (termijn ${formatDate(deadline)} verstreken)` : ''}.
      </>
    );
  }
  // Calm while the round has not started in the Werkbank; a mark once it has and the deadline passed.
  const tone: Tone = missing.length === 0 ? 'ok' : overdue && (received.length > 0 || asked.length > 0) ? 'warn' : 'open';
  const list = <DeliveryList cells={cells} round={deliveryRound} partyName={partyName} />;
  return {
    received,
    detail: (
      <>
        {detail}
        {list}
      </>
    ),
    tone,
    status: <strong>{countLine(received.length, cells.length)}</strong>,
  };
}

function PlanningItems({ stand, years, partyName }: { stand: PlanningStand; years: number[]; partyName: (id: string) => string }) {
  const activities = round(stand.cells, partyName, 'Volgende stap: de uitvraag maken, een werkmap per partij, en de ingevulde overzichten inlezen.', 'activities');
  return (
    <>
      <StandItem label="Activiteitenoverzichten" page="submissions" tone={activities.tone} status={activities.status} detail={activities.detail} />
      <BundleItem stand={stand} years={years} anyReceived={activities.received.length > 0} />
    </>
  );
}

function BundleItem({ stand, years, anyReceived }: { stand: PlanningStand; years: number[]; anyReceived: boolean }) {
  const final = stand.versions.find((v) => v.status === 'final');
  const latest = stand.versions[stand.versions.length - 1];
  const follow = () => showBundleYear(stand.year, years);
  if (final) {
    return (
      <StandItem
        label="Gezamenlijk overzicht"
        page="joint-overview"
        onFollow={follow}
        tone="ok"
        status={<VersionLine version={final} />}
        detail={final.savedAt ? `Vastgesteld op ${formatDate(final.savedAt)}.` : undefined}
      />
    );
  }
  // Its last deadline passed without a definitive version: worth a second look.
  const late = stand.nextDeadline === null;
  return (
    <StandItem
      label="Gezamenlijk overzicht"
      page="joint-overview"
      onFollow={follow}
      tone={late ? 'warn' : 'open'}
      status={latest ? <VersionLine version={latest} /> : <strong>Nog geen versie opgeslagen</strong>}
      detail={
        latest
          ? `Opgeslagen op ${formatDate(latest.savedAt ?? '')}; nog niet definitief.`
          : anyReceived
            ? 'Volgende stap: de activiteiten afstemmen en een concept opslaan.'
            : 'Kan zodra er activiteitenoverzichten zijn ingelezen.'
      }
    />
  );
}

function VersionLine({ version }: { version: BundleVersionInfo }) {
  return (
    <>
      <span className={`badge ${version.status === 'final' ? 'badge-final' : 'badge-concept'}`}>{VERSION_STATUS_WORD[version.status]}</span>{' '}
      <strong>versie {version.number}</strong>
    </>
  );
}

function ExecutionItems({ stand, years, partyName }: { stand: ExecutionStand; years: number[]; partyName: (id: string) => string }) {
  // Without a definitive overview the line above already says what comes first.
  const nextStep =
    stand.definitiveVersion !== null
      ? `Volgende stap: de uitvraag van resultaten maken uit het definitieve overzicht ${stand.year} (versie ${stand.definitiveVersion}).`
      : null;
  const results = round(stand.cells, partyName, nextStep, 'results');
  const toReport = () => showAccountabilityYear(stand.year);

  return (
    <>
      {stand.definitiveVersion === null && (
        <StandItem
          label="Gezamenlijk overzicht"
          page="joint-overview"
          onFollow={() => showBundleYear(stand.year, years)}
          tone="warn"
          status={<strong>Niet definitief vastgesteld</strong>}
          detail={`Het overzicht ${stand.year} is nodig voor de uitvraag van resultaten.`}
        />
      )}
      <StandItem label="Resultaten" page="accountability" onFollow={toReport} tone={results.tone} status={results.status} detail={results.detail} />
      {results.received.length > 0 && (
        <StandItem
          label="Verantwoording"
          page="accountability"
          onFollow={toReport}
          tone={null}
          status={
            <>
              Stoplicht <Light summary={stand.summary} />
            </>
          }
          detail={`${responseText(stand.summary)} geplande activiteiten beantwoord; alleen die tellen in het stoplicht.`}
        />
      )}
    </>
  );
}
