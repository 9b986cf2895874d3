// What the preload puts on window.werkbank: one named function per API method,
// each a single invoke on the one channel. Never a raw channel passthrough, so
// the page can call the API and nothing else.
import { API_METHODS } from '../src/service/contract';
import { IPC_CHANNEL, type WerkbankBridge } from '../src/service/bridge';

export type Invoke = (channel: string, method: string, arg: unknown) => Promise<unknown>;

export function createBridge(invoke: Invoke): WerkbankBridge {
  const bridge: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    // Only the method's argument crosses: structured clone drops anything that is not data.
    bridge[method] = (arg?: unknown) => invoke(IPC_CHANNEL, method, arg);
  }
  return Object.freeze(bridge) as unknown as WerkbankBridge;
}
