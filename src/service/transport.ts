// How the shells carry the one API: what the desktop preload exposes on
// window.werkbank (one function per API method, never a raw channel
// passthrough, each answering with an envelope; electron/bridge.ts makes it),
// the IPC channel, and the browser shell's token header.
import type { ApiArg, ApiMethod, ApiResult, Envelope } from './contract';

export type WerkbankBridge = {
  [K in ApiMethod]: (arg: ApiArg<K>) => Promise<Envelope<ApiResult<K>>>;
};

/** The one IPC channel; main checks the sender and the method name on every call. */
export const IPC_CHANNEL = 'werkbank:call';

/** Name of the global the preload sets with contextBridge. */
export const BRIDGE_GLOBAL = 'werkbank';

/** Header that carries the browser shell's per-start secret. */
export const TOKEN_HEADER = 'x-werkbank-token';
