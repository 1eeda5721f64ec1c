import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSessionResponse } from '@yorisoi/shared';
import { buildPath, buildQuery, call } from './client.ts';
import { ApiError, OfflineError } from './errors.ts';
import { sessionStore } from './session-store.ts';

const userId = '3f2b6c1e-8a4d-4c2b-9e7f-1a2b3c4d5e6f';
const orgId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function sessionWith(csrfToken: string): TSessionResponse {
  return {
    mfa: 'not_required',
    csrfToken,
    user: {
      id: userId,
      role: 'worker',
      email: 'hanako@example.jp',
      displayName: '花子',
      nickname: null,
      birthYear: null,
      locale: 'ja',
      municipality: null,
      organization: null,
      licence: null,
      consent: { required: false, currentVersion: '2026-04', grantedVersion: '2026-04' },
      programme: null,
    },
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  sessionStore.set(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function lastRequest() {
  const [url, init] = fetchMock.mock.calls.at(-1) ?? [];
  return {
    url: String(url),
    init: init ?? {},
    headers: (init?.headers ?? {}) as Record<string, string>,
  };
}

describe('paths', () => {
  it('fills and encodes path parameters', () => {
    expect(
      buildPath('/api/organizations/:id/invite-codes/:codeId/qr', { id: 'a b', codeId: 'c' }),
    ).toBe('/api/organizations/a%20b/invite-codes/c/qr');
    expect(() => buildPath('/api/x/:id', {})).toThrow();
    expect(buildQuery({ before: 5, skip: undefined })).toBe('?before=5');
    expect(buildQuery({})).toBe('');
  });
});

describe('call', () => {
  it('stores the session and its CSRF token from GET /api/session', async () => {
    fetchMock.mockResolvedValueOnce(json(200, sessionWith('t1')));
    const session = await call('getSession');
    expect(session.user?.displayName).toBe('花子');
    expect(sessionStore.get()?.csrfToken).toBe('t1');
    const { url, init, headers } = lastRequest();
    expect(url).toBe('/api/session');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('sends JSON and the latest CSRF token on non-GET requests', async () => {
    sessionStore.set(sessionWith('t1'));
    fetchMock.mockResolvedValueOnce(json(200, sessionWith('t2')));
    await call('updateProfile', { body: { nickname: 'はな' } });
    let request = lastRequest();
    expect(request.url).toBe('/api/me');
    expect(request.init.method).toBe('PATCH');
    expect(request.headers['x-csrf-token']).toBe('t1');
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(String(request.init.body))).toEqual({ nickname: 'はな' });
    // The profile response is a session: its token replaces the old one.
    expect(sessionStore.csrfToken()).toBe('t2');

    fetchMock.mockResolvedValueOnce(
      json(200, { organizationId: orgId, workers: 12, familyMembers: 3 }),
    );
    await call('getEnrolment', { params: { id: orgId } });
    request = lastRequest();
    expect(request.url).toBe(`/api/organizations/${orgId}/enrolment`);
    expect(request.headers['x-csrf-token']).toBeUndefined();

    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await call('signOutEverywhere');
    request = lastRequest();
    expect(request.headers['x-csrf-token']).toBe('t2');
    expect(request.init.body).toBeUndefined();
  });

  it('passes query parameters', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { items: [], actors: [] }));
    await call('listAuditLog', { query: { before: 40 } });
    expect(lastRequest().url).toBe('/api/audit?before=40');
  });

  it('throws a typed ApiError with the catalog code and field issues', async () => {
    fetchMock.mockResolvedValueOnce(
      json(409, {
        error: {
          code: 'EMAIL_TAKEN',
          message: 'taken',
          requestId: 'req-1',
          issues: [{ path: 'email', message: 'taken' }],
        },
      }),
    );
    const error = await call('signUp', {
      body: {
        inviteCode: '4AC7DEFG',
        email: 'hanako@example.jp',
        password: 'long enough password',
        displayName: '花子',
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'EMAIL_TAKEN',
      status: 409,
      requestId: 'req-1',
      issues: [{ path: 'email', message: 'taken' }],
    });
  });

  it('maps unknown error bodies to INTERNAL', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(call('getSession')).rejects.toMatchObject({ code: 'INTERNAL', status: 502 });
  });

  it('turns a network failure into an OfflineError', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(call('getSession')).rejects.toBeInstanceOf(OfflineError);
  });

  it('leaves checking the request to the server, which names the fields at fault', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'invalid',
          requestId: 'r',
          issues: [{ path: 'body.email', message: 'Invalid email' }],
        },
      }),
    );
    const error = await call('signIn', { body: { email: 'not-an-email', password: 'x' } }).catch(
      (e: unknown) => e,
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      email: 'not-an-email',
      password: 'x',
    });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((error as ApiError).issues.map((i) => i.path)).toEqual(['body.email']);
  });

  it('refreshes the CSRF token once when the server says it is stale', async () => {
    sessionStore.set(sessionWith('old'));
    fetchMock
      .mockResolvedValueOnce(
        json(403, { error: { code: 'CSRF_INVALID', message: 'csrf', requestId: 'r' } }),
      )
      .mockResolvedValueOnce(json(200, sessionWith('fresh')))
      .mockResolvedValueOnce(json(200, { ok: true }));
    await expect(call('signOutEverywhere')).resolves.toEqual({ ok: true });
    expect(lastRequest().headers['x-csrf-token']).toBe('fresh');
  });

  it('forgets the session when a signed-in endpoint answers UNAUTHENTICATED', async () => {
    sessionStore.set(sessionWith('t1'));
    fetchMock.mockResolvedValueOnce(
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'no', requestId: 'r' } }),
    );
    await expect(call('listMySessions')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(sessionStore.get()?.user).toBeNull();
  });
});
