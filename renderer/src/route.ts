// Hash routing: the address says which page (and which afspraak) is open, so a
// reload lands in the same place. "#/afspraken/12" opens afspraak 12.
export type Page = 'overzicht' | 'afspraken' | 'inzendingen' | 'gezamenlijk' | 'verantwoording' | 'begrippen' | 'partijen' | 'beheer';

export interface Route {
  page: Page;
  agreementId: number | null;
}

export const PAGES: { page: Page; label: string }[] = [
  { page: 'overzicht', label: 'Overzicht' },
  { page: 'afspraken', label: 'Afspraken' },
  { page: 'inzendingen', label: 'Inzendingen' },
  { page: 'gezamenlijk', label: 'Gezamenlijk overzicht' },
  { page: 'verantwoording', label: 'Verantwoording' },
  { page: 'begrippen', label: 'Begrippen' },
  { page: 'partijen', label: 'Partijen' },
  { page: 'beheer', label: 'Beheer' },
];

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const page = PAGES.find((p) => p.page === parts[0])?.page ?? 'overzicht';
  let agreementId: number | null = null;
  if (page === 'afspraken' && parts[1] && /^\d+$/.test(parts[1])) agreementId = Number(parts[1]);
  return { page, agreementId };
}

export function routeHash(route: Route): string {
  if (route.page === 'afspraken' && route.agreementId !== null) return `#/afspraken/${route.agreementId}`;
  return `#/${route.page}`;
}

/** Goes to a route; `mayLeave` can stop it (unsaved edits). */
export function navigate(route: Route, mayLeave: () => boolean = () => true): void {
  const hash = routeHash(route);
  if (window.location.hash === hash || !mayLeave()) return;
  window.location.hash = hash;
}
