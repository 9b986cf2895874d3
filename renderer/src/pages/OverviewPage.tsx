import type { CalendarView, CyclePhase, Deadline, YearRef } from '../../../src/domain/calendar';
import type { AppInfo } from '../../../src/service/contract';
import { useWerkbank } from '../store';
import { LoadView } from '../components/Status';
import { daysLeftLabel, formatDate } from '../format';
import { WorkStandSection } from './overview/WorkStand';

export function OverviewPage() {
  const calendar = useWerkbank((s) => s.calendar);
  const appInfo = useWerkbank((s) => s.appInfo);
  return (
    <div className="overview">
      <LoadView state={appInfo} what="de gegevens van de afspraken">
        {(info) => <AgreementSetIntro info={info} />}
      </LoadView>
      <LoadView state={calendar} what="de jaarcyclus">
        {(view) => <Cycle view={view} />}
      </LoadView>
      {appInfo.status === 'ready' && (
        <p className="app-facts">
          Uw gegevens staan in <code>{appInfo.value.databasePath}</code>; reservekopieën staan in de map “backups”
          ernaast. · Werkbank versie {appInfo.value.version}
        </p>
      )}
    </div>
  );
}

function AgreementSetIntro({ info }: { info: AppInfo }) {
  const set = info.agreementSet;
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">{set.title}</h1>
      <p className="lead">
        Looptijd {set.periodStart} tot en met {set.periodEnd} · ondertekend op {formatDate(set.signedOn)}
      </p>
    </section>
  );
}

function Cycle({ view }: { view: CalendarView }) {
  return (
    <div className="overview-grid">
      <div className="overview-column">
        <section className="card now" aria-labelledby="now-title">
          <p className="eyebrow">Vandaag, {formatDate(view.date)}</p>
          <h2 id="now-title">Waar staan we in de jaarcyclus?</h2>
          {view.currentPhases.length === 0 ? (
            <p className="between">{view.betweenPhases ?? 'Er loopt nu geen fase van de jaarcyclus.'}</p>
          ) : (
            <ul className="phase-list">
              {view.currentPhases.map((phase) => (
                <li key={phase.code} className="phase-current">
                  <PhaseSummary
                    phase={phase}
                    deadlines={view.deadlines.filter((d) => d.phaseCode === phase.code && d.date <= phase.end)}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card year" aria-labelledby="year-title">
          <h2 id="year-title">Het jaar {view.date.slice(0, 4)} in fasen</h2>
          <ol className="timeline">
            {view.phases.map((phase) => (
              <li key={`${phase.code}-${phase.start}`} className={`timeline-item is-${phase.status}`}>
                <span className="timeline-code" aria-hidden="true">
                  {phase.code}
                </span>
                <div className="timeline-body">
                  <div className="timeline-title">
                    <span className="visually-hidden">Fase {phase.code}: </span>
                    {phase.title}
                    {phase.status === 'current' && <span className="badge badge-current">nu bezig</span>}
                    {phase.status === 'past' && <span className="visually-hidden"> (afgerond)</span>}
                  </div>
                  <div className="muted small">
                    {phase.period} · over <YearRefs refs={phase.about} />
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <div className="overview-column">
        <WorkStandSection view={view} />
        <section className="card deadlines" aria-labelledby="deadlines-title">
          <h2 id="deadlines-title">Eerstvolgende termijnen</h2>
          {view.deadlines.length === 0 ? (
            <p className="muted">Geen termijnen meer in beeld.</p>
          ) : (
            <ol className="deadline-list">
              {view.deadlines.slice(0, 6).map((d) => (
                <DeadlineItem key={`${d.date}-${d.phaseCode}-${d.title}`} deadline={d} />
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}

function PhaseSummary({ phase, deadlines }: { phase: CyclePhase; deadlines: Deadline[] }) {
  return (
    <>
      <div className="phase-head">
        <span className="phase-code">Fase {phase.code}</span>
        <span className="muted">{phase.period}</span>
      </div>
      <h3 className="phase-title">{phase.title}</h3>
      <p className="phase-about">
        Gaat over <YearRefs refs={phase.about} />
      </p>
      <p className="muted small">
        Van {formatDate(phase.start)} tot en met {formatDate(phase.end)}
      </p>
      {deadlines.length > 0 && (
        <ul className="phase-deadlines">
          {deadlines.map((d) => (
            <li key={`${d.date}-${d.title}`}>
              <strong>Uiterlijk {formatDate(d.date)}</strong> ({daysLeftLabel(d.daysLeft)}): {d.title}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function YearRefs({ refs }: { refs: YearRef[] }) {
  return (
    <>
      {refs.map((ref, i) => (
        <span key={`${ref.kind}-${ref.year}`}>
          {i > 0 && (i === refs.length - 1 ? ' en ' : ', ')}
          <span className={`year-ref year-${ref.kind}`}>{ref.label}</span>
        </span>
      ))}
    </>
  );
}

function DeadlineItem({ deadline }: { deadline: Deadline }) {
  return (
    <li className="deadline">
      <div className="deadline-date">
        <span className="deadline-day">{formatDate(deadline.date)}</span>
        <span className={`deadline-left${deadline.daysLeft <= 14 ? ' is-soon' : ''}`}>{daysLeftLabel(deadline.daysLeft)}</span>
      </div>
      <div className="deadline-body">
        <div className="deadline-title">{deadline.title}</div>
        <div className="muted small">
          {deadline.actor} · over <span className={`year-ref year-${deadline.about.kind}`}>{deadline.about.label}</span>
          {!deadline.withinAgreementPeriod && <span className="badge badge-quiet">buiten de looptijd</span>}
        </div>
      </div>
    </li>
  );
}
