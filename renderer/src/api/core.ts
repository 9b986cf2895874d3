// The one API client this window uses, set once at start. The stores ask it;
// pages never call it directly.
import type { WerkbankApi } from '../../../src/service/contract';

let api: WerkbankApi | null = null;

export function setCore(client: WerkbankApi): void {
  api = client;
}

export function core(): WerkbankApi {
  if (!api) throw new Error('De Werkbank is nog niet verbonden.');
  return api;
}
