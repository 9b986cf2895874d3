// What the preload puts on window.werkbank: one named function per API method,
// each a single invoke on the one channel. Never a raw channel passthrough, so
// the page can call the API and nothing else.
import { API_METHODS } from '../src/service/contract';
import type { WerkbankBridge } from '../src/service/transport';
import { IPC_CHANNEL } from '../src/domain/wire';
import type { Envelope } from '../src/service/contract';

export type Invoke = (channel: string, method: string, arg: unknown) => Promise<unknown>;

const UNEXPECTED: Envelope<never> = { ok: false, error: { code: 'internal', message: 'De Werkbank gaf een onverwacht antwoord.' } };

/** Main answers with the envelope as JSON text (ipc.ts): read here, in the window's process. */
export function readEnvelope(answer: unknown): Envelope<unknown> {
  if (typeof answer !== 'string') return UNEXPECTED;
  try {
    return JSON.parse(answer) as Envelope<unknown>;
  } catch {
    return UNEXPECTED;
  }
}

export function createBridge(invoke: Invoke): WerkbankBridge {
  const bridge: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    // Only the method's argument crosses: structured clone drops anything that is not data.
    bridge[method] = async (arg?: unknown) => readEnvelope(await invoke(IPC_CHANNEL, method, arg));
  }
  return Object.freeze(bridge) as unknown as WerkbankBridge;
}
