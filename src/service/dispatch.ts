// Carries one call from any transport (IPC, HTTP) into the service and back
// as an envelope. The transports only move bytes; this is where an unknown
// method or a thrown error becomes a typed, Dutch error.
import { isApiMethod, type ApiError, type Envelope, type WerkbankApi } from './contract';
import { ServiceError, type ErrorCode } from '../domain/errors';
import { ANSWER_AS_JSON, type AnswerAsJson, type JobAnswer } from './job-protocol';
import { isHeavyMethod } from '../domain/wire';
import { READ_ONLY_FALLBACK_MESSAGE } from './read-only';

export async function dispatch(api: WerkbankApi, method: unknown, arg: unknown): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Onbekende opdracht: ${String(method)}.` } };
  }
  try {
    const call = api[method] as (a: unknown) => Promise<unknown>;
    const value = await call.call(api, arg ?? {});
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}

/**
 * The same, as the envelope's JSON text (what HTTP sends) with its error code.
 * A heavy call run by a job runner comes back from its worker as text and goes
 * out as it came: this thread neither copies nor rebuilds a large answer.
 */
export async function dispatchJson(api: WerkbankApi, method: unknown, arg: unknown): Promise<{ errorCode: ErrorCode | null; json: string }> {
  const asJson = (api as { [ANSWER_AS_JSON]?: AnswerAsJson })[ANSWER_AS_JSON];
  if (asJson && isHeavyMethod(method)) {
    let answer: JobAnswer;
    try {
      answer = await asJson(method, arg ?? {});
    } catch (err) {
      answer = { ok: false, error: toApiError(err) };
    }
    return answer.ok ? { errorCode: null, json: `{"ok":true,"value":${answer.valueJson}}` } : { errorCode: answer.error.code, json: JSON.stringify(answer) };
  }
  const envelope = await dispatch(api, method, arg);
  return { errorCode: envelope.ok ? null : envelope.error.code, json: JSON.stringify(envelope) };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ServiceError) return { code: err.code, message: err.message };
  // Another process kept the write lock longer than we wait (busy_timeout): say so, not "database is locked".
  const sqlite = String((err as { code?: unknown }).code ?? '');
  if (sqlite.startsWith('SQLITE_BUSY') || sqlite.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'busy',
      message:
        'De database is bezet: een ander venster van de Werkbank of de opdracht prestatie is er nu in aan het schrijven. ' +
        'Er is niets gewijzigd. Wacht even en probeer het opnieuw; blijft dit zo, sluit dan de andere vensters van de Werkbank.',
    };
  }
  // A database opened only to look at, and a write that got past the guard (read-only.ts): the same Dutch answer.
  if (sqlite.startsWith('SQLITE_READONLY')) return { code: 'database_unusable', message: READ_ONLY_FALLBACK_MESSAGE };
  // An unexpected failure: say so plainly, keep the technical text for support.
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Er ging iets onverwacht mis: ${detail}` };
}
