import {
  api,
  type Api,
  type EndpointName,
  type EndpointParams,
  type TSessionResponse,
} from '@yorisoi/shared';
import { currentTotp } from '../src/auth/totp.ts';
import { benchPassword, type BenchPerson } from './seed.ts';

const requestTimeoutMs = 60_000;

/**
 * One signed-in person over real HTTP, as a browser would be: the session cookie, our
 * Origin, and the CSRF token of the last session response on state-changing requests.
 */
export class HttpSession {
  cookie: string | null = null;
  private csrfToken: string | null = null;

  private readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  async call<N extends EndpointName>(
    name: N,
    input: { params?: EndpointParams<Api[N]>; body?: unknown } = {},
  ): Promise<ReturnType<Api[N]['response']['parse']>> {
    const endpoint = api[name];
    const params = (input.params ?? {}) as Record<string, string>;
    const path = endpoint.path.replace(/:(\w+)/g, (_, key: string) =>
      encodeURIComponent(params[key] ?? ''),
    );
    const headers: Record<string, string> = { origin: this.baseUrl };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && endpoint.method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: endpoint.method,
      headers,
      signal: AbortSignal.timeout(requestTimeoutMs),
      ...(input.body !== undefined ? { body: JSON.stringify(input.body) } : {}),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${name} answered ${response.status}: ${text}`);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      if (pair?.startsWith('yorisoi_session=')) this.cookie = pair;
    }
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'csrfToken' in body && 'mfa' in body) {
      this.csrfToken = (body as TSessionResponse).csrfToken;
    }
    return body as ReturnType<Api[N]['response']['parse']>;
  }
}

/** Signs in with the password and, for staff, the current TOTP code (each person once). */
export async function signIn(baseUrl: string, person: BenchPerson): Promise<HttpSession> {
  const session = new HttpSession(baseUrl);
  const signedIn = await session.call('signIn', {
    body: { email: person.email, password: benchPassword },
  });
  if (person.totpSecret && signedIn.mfa === 'verify') {
    await session.call('verifyTotp', { body: { code: currentTotp(person.totpSecret) } });
  }
  if (!session.cookie) throw new Error(`no session cookie for ${person.email}`);
  return session;
}
