// Hash routing: the address says which page (and which afspraak) is open, so a
// reload lands in the same place. "#/afspraken/12" opens afspraak 12.
export type Page = 'home' | 'agreements' | 'submissions' | 'joint-overview' | 'accountability' | 'glossary' | 'parties' | 'admin';

export interface Route {
  page: Page;
  agreementId: number | null;
}

/** Each page: its Dutch word in the address ("#/inzendingen") and its label in the menu. */
export const PAGES: { page: Page; slug: string; label: string }[] = [
  { page: 'home', slug: 'overzicht', label: 'Overzicht' },
  { page: 'agreements', slug: 'afspraken', label: 'Afspraken' },
  { page: 'submissions', slug: 'inzendingen', label: 'Inzendingen' },
  { page: 'joint-overview', slug: 'gezamenlijk', label: 'Gezamenlijk overzicht' },
  { page: 'accountability', slug: 'verantwoording', label: 'Verantwoording' },
  { page: 'glossary', slug: 'begrippen', label: 'Begrippen' },
  { page: 'parties', slug: 'partijen', label: 'Partijen' },
  { page: 'admin', slug: 'beheer', label: 'Beheer' },
];

const slugOf = (page: Page): string => PAGES.find((p) => p.page === page)?.slug ?? 'overzicht';

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const page = PAGES.find((p) => p.slug === parts[0])?.page ?? 'home';
  let agreementId: number | null = null;
  if (page === 'agreements' && parts[1] && /^\d+$/.test(parts[1])) agreementId = Number(parts[1]);
  return { page, agreementId };
}

export function routeHash(route: Route): string {
  if (route.page === 'agreements' && route.agreementId !== null) return `#/${slugOf('agreements')}/${route.agreementId}`;
  return `#/${slugOf(route.page)}`;
}

/** Goes to a route; `mayLeave` can stop it (unsaved edits). */
export function navigate(route: Route, mayLeave: () => boolean = () => true): void {
  const hash = routeHash(route);
  if (window.location.hash === hash || !mayLeave()) return;
  window.location.hash = hash;
}
