import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { mayLeaveEdit, useWerkbank } from './store';
import { PAGES, routeHash, type Page } from './route';
import { OverviewPage } from './pages/OverviewPage';
import { AgreementsPage } from './pages/AgreementsPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { PartiesPage } from './pages/PartiesPage';
import { SubmissionsPage } from './pages/SubmissionsPage';
import { JointOverviewPage } from './pages/JointOverviewPage';
import { AccountabilityPage } from './pages/AccountabilityPage';
import { AdminPage } from './pages/AdminPage';
import { formatDateTime } from './format';
import { JobPanel } from './components/JobPanel';
import { SetSwitch } from './components/SetSwitch';
import { useReadOnly } from './read-only';
import type { ShellKind } from '../../src/service/contract';

export function App() {
  const route = useWerkbank((s) => s.route);
  const refused = useWerkbank((s) => s.refused);
  const mainRef = useRef<HTMLElement>(null);

  // A page change moves focus to the page, as a new document would.
  const previousPage = useRef<Page>(route.page);
  useEffect(() => {
    if (previousPage.current !== route.page) {
      previousPage.current = route.page;
      mainRef.current?.focus();
    }
  }, [route.page]);

  const pageLabel = PAGES.find((p) => p.page === route.page)?.label ?? '';
  useEffect(() => {
    document.title = `${pageLabel} — Prestatieafspraken Werkbank`;
  }, [pageLabel]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            PA
          </span>
          <div>
            <div className="brand-name">Prestatieafspraken Werkbank</div>
            <SetSwitch />
          </div>
        </div>
        <MainMenu current={route.page} />
      </header>
      <Notice />
      <JobPanel />
      <ReadOnlyBanner />
      <AlsoOpen />
      <main id="main" ref={mainRef} tabIndex={-1} className={`app-main page-${refused ? 'refused' : route.page}`}>
        {refused ? (
          <Refused message={refused} />
        ) : (
          <>
            {route.page === 'home' && <OverviewPage />}
            {route.page === 'agreements' && <AgreementsPage />}
            {route.page === 'submissions' && <SubmissionsPage />}
            {route.page === 'joint-overview' && <JointOverviewPage />}
            {route.page === 'accountability' && <AccountabilityPage />}
            {route.page === 'glossary' && <GlossaryPage />}
            {route.page === 'parties' && <PartiesPage />}
            {route.page === 'admin' && <AdminPage />}
          </>
        )}
      </main>
    </div>
  );
}

/**
 * The main menu. In a narrow window, or at large text, it folds behind a
 * "Menu" button (the stylesheet decides when, by the width in text sizes);
 * the links stay the same links in the same landmark.
 */
function MainMenu({ current }: { current: Page }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Going to a page closes the menu.
  useEffect(() => setOpen(false), [current]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <nav
      className={`app-nav${open ? ' is-open' : ''}`}
      aria-label="Hoofdmenu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close();
        }
      }}
      // Leaving the open menu, by keyboard or by a click elsewhere, folds it again.
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen(!open)}
      >
        <span className="menu-icon" aria-hidden="true" />
        Menu
      </button>
      <ul id="main-menu">
        {PAGES.map((p) => (
          <li key={p.page}>
            <a
              href={routeHash({ page: p.page, agreementId: null })}
              aria-current={current === p.page ? 'page' : undefined}
              onClick={(e) => {
                if (!mayLeaveEdit()) e.preventDefault();
                else setOpen(false);
              }}
            >
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The browser shell refused this page: one clear explanation instead of an error per panel. */
function Refused({ message }: { message: string }) {
  return (
    <section className="card refused" role="alert" aria-labelledby="refused-title">
      <h1 id="refused-title">Geen toegang tot de Werkbank</h1>
      <p>{message}</p>
      <p className="muted">
        Het juiste adres staat in het venster waarin u de Werkbank startte, op de regel die begint met “Werkbank draait
        op”. Het bevat een geheime sleutel die bij iedere start nieuw is. Is de Werkbank intussen opnieuw gestart, gebruik
        dan het nieuwe adres.
      </p>
    </section>
  );
}

const SHELLS: Record<ShellKind, string> = {
  desktop: 'het bureaubladvenster van de Werkbank',
  browser: 'de Werkbank in een browser',
  cli: 'de opdracht prestatie',
};

/** A database only to look at: said calmly under the header, on every page. */
function ReadOnlyBanner() {
  const reason = useReadOnly();
  if (!reason) return null;
  return (
    <div className="info-box read-only-banner" role="note">
      <strong>Alleen bekijken:</strong> {reason}. Alles is te zien en te exporteren; inlezen, vastleggen en vaststellen kan hier niet. Kopieer
      het bestand naar een map waarin u mag schrijven om verder te werken.
    </div>
  );
}

/** Said once at the start: others that have the same database open. */
function AlsoOpen() {
  const appInfo = useWerkbank((s) => s.appInfo);
  const others = appInfo.status === 'ready' ? appInfo.value.alsoOpen : [];
  if (others.length === 0) return null;
  return (
    <div className="info-box also-open" role="note">
      Let op: deze database is ook geopend in{' '}
      {others.map((o) => `${SHELLS[o.shell]} (${o.name}, sinds ${formatDateTime(o.since)})`).join(' en ')}. Wat daar verandert, ziet u hier
      na opnieuw laden; slaan twee tegelijk iets op, dan wacht de een op de ander, en wie iets wijzigt dat intussen anders is geworden,
      krijgt dat te horen.
    </div>
  );
}

function Notice() {
  const notice = useWerkbank((s) => s.notice);
  const dismiss = useWerkbank((s) => s.dismissNotice);
  useEffect(() => {
    if (notice?.kind !== 'success') return;
    const timer = window.setTimeout(dismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  // Outside the app's frame (a container that would hold it), so it stays in the corner of the window when the page scrolls.
  return createPortal(
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.kind}`}>
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={dismiss}>
            Sluiten
          </button>
        </div>
      )}
    </div>,
    document.getElementById('notices') ?? document.body,
  );
}
