import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  api,
  type Api,
  type EndpointBody,
  type EndpointName,
  type EndpointParams,
  type EndpointQuery,
  type TSessionResponse,
} from '@yorisoi/shared';

export interface CallInput<N extends EndpointName> {
  params?: EndpointParams<Api[N]>;
  query?: EndpointQuery<Api[N]>;
  body?: EndpointBody<Api[N]> | unknown;
  headers?: Record<string, string>;
  /** The client's network address as the server sees it (127.0.0.1 unless given). */
  remoteAddress?: string;
}

export function pathFor(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:(\w+)/g, (_, key: string) =>
    encodeURIComponent(String(params?.[key] ?? '')),
  );
}

/**
 * Talks to the real server through Fastify's inject, like a browser would: it keeps the
 * session cookie and sends the CSRF token from the last session response.
 */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  private readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async call<N extends EndpointName>(
    name: N,
    input: CallInput<N> = {},
  ): Promise<LightMyRequestResponse> {
    const endpoint = api[name];
    const query = input.query
      ? `?${new URLSearchParams(input.query as Record<string, string>).toString()}`
      : '';
    const headers: Record<string, string> = { ...input.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && endpoint.method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.app.inject({
      method: endpoint.method,
      url: pathFor(endpoint.path, input.params as Record<string, unknown> | undefined) + query,
      headers,
      ...(input.remoteAddress ? { remoteAddress: input.remoteAddress } : {}),
      ...(input.body !== undefined ? { payload: JSON.stringify(input.body) } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'yorisoi_session');
    if (setCookie) this.cookie = setCookie.value ? `yorisoi_session=${setCookie.value}` : null;
    if (
      response.statusCode === 200 &&
      response.headers['content-type']?.toString().includes('json')
    ) {
      const body: unknown = response.json();
      if (body && typeof body === 'object' && 'csrfToken' in body && 'mfa' in body) {
        this.csrfToken = (body as TSessionResponse).csrfToken;
      }
    }
    return response;
  }

  /** Calls and expects 200, returning the parsed body. */
  async ok<N extends EndpointName>(name: N, input: CallInput<N> = {}) {
    const response = await this.call(name, input);
    if (response.statusCode !== 200) {
      throw new Error(`${name} answered ${response.statusCode}: ${response.body}`);
    }
    return response.json() as ReturnType<Api[N]['response']['parse']>;
  }
}
