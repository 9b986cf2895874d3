// How the shells carry the one API: what the desktop preload exposes on
// window.werkbank (one function per API method, never a raw channel
// passthrough, each answering with an envelope; electron/bridge.ts makes it).
// The channel's and the token header's names are domain/wire.ts.
import type { ApiArg, ApiMethod, ApiResult, Envelope } from './contract';

export type WerkbankBridge = {
  [K in ApiMethod]: (arg: ApiArg<K>) => Promise<Envelope<ApiResult<K>>>;
};
