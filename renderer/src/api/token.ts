// The browser shell hands its secret in the first address (?token=…). Keep it
// for this tab only (sessionStorage survives a reload, not the browser) and
// take it out of the address bar, so it is not bookmarked or shared by accident.
const STORAGE_KEY = 'werkbank.token';

export function takeToken(win: Window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be off; the token then lives only as long as this page.
    }
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
