// The main-process end of the one IPC channel: check who is calling, then hand
// the call to the same dispatcher the HTTP shell uses. Pure apart from the
// service it is given; the event is only read.
import { dispatchJson } from '../src/service/dispatch';
import type { Envelope, WerkbankApi } from '../src/service/contract';
import { isTrustedSender } from './security';

/** The part of Electron's IpcMainInvokeEvent this module reads. */
export interface CallEvent {
  senderFrame: { url: string; parent?: unknown } | null;
}

export const UNAUTHORIZED_MESSAGE = 'Deze opdracht komt niet uit het venster van de werkbank en is geweigerd.';

/**
 * Answers one `ipcRenderer.invoke(IPC_CHANNEL, method, arg)` with the envelope
 * as JSON text, which the preload parses (bridge.ts): the same text HTTP sends,
 * so a heavy call's answer goes from its worker to the window without being
 * rebuilt in this process. Only our page in the window's top frame may call;
 * anything else gets an 'unauthorized' envelope and never reaches the service.
 * Unknown methods and thrown errors become envelopes in `dispatchJson`.
 */
export async function handleCall(
  event: unknown,
  method: unknown,
  arg: unknown,
  api: WerkbankApi,
  appUrl: string,
): Promise<string> {
  if (!isTrustedEvent(event, appUrl)) {
    const refused: Envelope<never> = { ok: false, error: { code: 'unauthorized', message: UNAUTHORIZED_MESSAGE } };
    return JSON.stringify(refused);
  }
  return (await dispatchJson(api, method, arg)).json;
}

function isTrustedEvent(event: unknown, appUrl: string): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const frame = (event as Partial<CallEvent>).senderFrame;
  if (typeof frame !== 'object' || frame === null) return false; // A frame that is gone cannot be checked.
  // A subframe (an iframe that somehow got in) is never trusted, whatever its URL.
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedSender(frame.url, appUrl);
}
