import {
  apiRoutes,
  type Api,
  type ApiRoute,
  type EndpointBody,
  type EndpointName,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
  type TSessionResponse,
} from '@yorisoi/shared';
import { ApiError, OfflineError, apiErrorFromBody } from './errors.ts';
import { storedLocale } from '../i18n/locale.ts';
import { sessionStore, signedOutSession } from './session-store.ts';

type Endpoint<N extends EndpointName> = Api[N];

/** Only the parts an endpoint declares can (and must) be given. */
export type CallInput<N extends EndpointName> = (EndpointParams<Endpoint<N>> extends undefined
  ? { params?: undefined }
  : { params: EndpointParams<Endpoint<N>> }) &
  (EndpointQuery<Endpoint<N>> extends undefined
    ? { query?: undefined }
    : { query?: EndpointQuery<Endpoint<N>> }) &
  (EndpointBody<Endpoint<N>> extends undefined
    ? { body?: undefined }
    : { body: EndpointBody<Endpoint<N>> });

export type CallResult<N extends EndpointName> = EndpointResponse<Endpoint<N>>;

type NeedsInput<N extends EndpointName> =
  EndpointParams<Endpoint<N>> extends undefined
    ? EndpointBody<Endpoint<N>> extends undefined
      ? false
      : true
    : true;

export type CallArgs<N extends EndpointName> =
  NeedsInput<N> extends true ? [input: CallInput<N>] : [input?: CallInput<N>];

type AnyInput = { params?: unknown; query?: unknown; body?: unknown };

/** `/api/organizations/:id` + `{ id }` → `/api/organizations/<id>` */
export function buildPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
}

export function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function send(route: ApiRoute, input: AnyInput): Promise<Response> {
  // The language chosen on this device, so that texts the server writes (why a facility
  // matched, ages accepted) come in it before anyone signs in.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': storedLocale(globalThis.localStorage),
  };
  const hasBody = input.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';
  if (route.method !== 'GET') {
    const token = sessionStore.csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  const url =
    buildPath(route.path, input.params as Record<string, unknown> | undefined) +
    buildQuery(input.query as Record<string, unknown> | undefined);
  try {
    return await fetch(url, {
      method: route.method,
      credentials: 'same-origin',
      headers,
      body: hasBody ? JSON.stringify(input.body) : undefined,
    });
  } catch (cause) {
    throw new OfflineError(cause instanceof Error ? cause.message : 'Network request failed');
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Sends a request as the contract routes it. The server checks every request against the
 * contract's schemas (answering VALIDATION_FAILED with the fields at fault) and every
 * response before it leaves; the client takes its types from the same contract and
 * carries no schemas, so that a phone's first page does not download them.
 */
async function callOnce(name: EndpointName, input: AnyInput): Promise<unknown> {
  const route = apiRoutes[name];
  const response = await send(route, input);
  const body = await readJson(response);
  if (!response.ok) {
    const error = apiErrorFromBody(response.status, body);
    if (error.code === 'UNAUTHENTICATED' && route.access === 'session') {
      sessionStore.set(signedOutSession);
    }
    throw error;
  }
  if (route.returnsSession) sessionStore.set(body as TSessionResponse);
  if (name === 'signOut') sessionStore.set(signedOutSession);
  return body;
}

/**
 * Calls an API endpoint by its contract name. Types of params, query, body and result all
 * come from `api` in @yorisoi/shared.
 */
export async function call<N extends EndpointName>(
  name: N,
  ...args: CallArgs<N>
): Promise<CallResult<N>> {
  const input: AnyInput = args[0] ?? {};
  try {
    return (await callOnce(name, input)) as CallResult<N>;
  } catch (error) {
    // A stale CSRF token (e.g. the session rotated in another tab): fetch a fresh one, retry once.
    if (error instanceof ApiError && error.code === 'CSRF_INVALID' && name !== 'getSession') {
      await callOnce('getSession', {});
      return (await callOnce(name, input)) as CallResult<N>;
    }
    throw error;
  }
}
