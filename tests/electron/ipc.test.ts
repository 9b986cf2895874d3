import { describe, expect, it, vi } from 'vitest';
import { handleCall, UNAUTHORIZED_MESSAGE } from '../../electron/ipc';
import type { Envelope, WerkbankApi } from '../../src/service/contract';
import { ServiceError } from '../../src/domain/errors';

const appUrl = 'file:///opt/werkbank/resources/app.asar/dist/renderer/index.html';

function fakeApi(): WerkbankApi {
  const notCalled = () => Promise.reject(new Error('niet verwacht'));
  return {
    getAppInfo: vi.fn(notCalled),
    listThemes: vi.fn(() => Promise.resolve([{ number: 1, title: 'Beschikbaarheid', topics: [] }])),
    listAgreements: vi.fn(notCalled),
    getAgreement: vi.fn(() => Promise.reject(new ServiceError('not_found', 'Afspraak 99 bestaat niet.'))),
    updateAgreement: vi.fn(notCalled),
    listAuditLog: vi.fn(notCalled),
    listParties: vi.fn(notCalled),
    listGlossary: vi.fn(notCalled),
    listIndicators: vi.fn(notCalled),
    getCalendar: vi.fn(notCalled),
  } as unknown as WerkbankApi;
}

const fromApp = { senderFrame: { url: `${appUrl}#/themas`, parent: null } };

describe('handleCall', () => {
  it('answers our page with the service result in an envelope', async () => {
    const api = fakeApi();
    expect(JSON.parse(await handleCall(fromApp, 'listThemes', undefined, api, appUrl))).toEqual({
      ok: true,
      value: [{ number: 1, title: 'Beschikbaarheid', topics: [] }],
    });
    expect(api.listThemes).toHaveBeenCalledOnce();
  });

  it('passes the argument through and turns a ServiceError into its Dutch envelope', async () => {
    const api = fakeApi();
    expect(JSON.parse(await handleCall(fromApp, 'getAgreement', { id: 99 }, api, appUrl))).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Afspraak 99 bestaat niet.' },
    });
    expect(api.getAgreement).toHaveBeenCalledWith({ id: 99 });
  });

  it('refuses unknown methods, including prototype names, without calling anything', async () => {
    const api = fakeApi();
    for (const method of ['dropDatabase', 'constructor', '__proto__', 'toString', 42, undefined]) {
      const result = JSON.parse(await handleCall(fromApp, method, {}, api, appUrl)) as Envelope<unknown>;
      expect(result.ok, String(method)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_method');
    }
  });

  it('refuses callers other than our page in the top frame, before looking at the method', async () => {
    const api = fakeApi();
    const strangers: unknown[] = [
      { senderFrame: { url: 'https://example.org/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: appUrl, parent: { url: 'https://example.org/' } } },
      { senderFrame: null },
      {},
      null,
      undefined,
      'event',
    ];
    for (const event of strangers) {
      expect(JSON.parse(await handleCall(event, 'listThemes', undefined, api, appUrl))).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: UNAUTHORIZED_MESSAGE },
      });
    }
    expect(api.listThemes).not.toHaveBeenCalled();
  });
});
