import {
  api,
  ZSessionResponse,
  type Api,
  type EndpointBody,
  type EndpointName,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
  type TSessionResponse,
} from '@yorisoi/shared';
import type { z } from 'zod';
import { ApiError, OfflineError, apiErrorFromBody, type FieldIssue } from './errors.ts';
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

function zodIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Checks a request against the contract before sending, so the person gets field errors at once. */
function validateRequest(endpoint: Api[EndpointName], input: AnyInput): void {
  const issues: FieldIssue[] = [];
  const parts = [
    ['params', 'params' in endpoint ? endpoint.params : undefined, input.params],
    ['query', 'query' in endpoint ? endpoint.query : undefined, input.query],
    ['', 'body' in endpoint ? endpoint.body : undefined, input.body],
  ] as const;
  for (const [prefix, schema, value] of parts) {
    if (!schema) continue;
    const result = schema.safeParse(value ?? (prefix === 'query' ? {} : value));
    if (!result.success) issues.push(...zodIssues(result.error, prefix));
  }
  if (issues.length > 0) {
    throw new ApiError('VALIDATION_FAILED', 400, 'Request failed client-side validation', issues);
  }
}

async function send(endpoint: Api[EndpointName], input: AnyInput): Promise<Response> {
  // The language chosen on this device, so that texts the server writes (why a facility
  // matched, ages accepted) come in it before anyone signs in.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': storedLocale(globalThis.localStorage),
  };
  const hasBody = 'body' in endpoint && endpoint.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';
  if (endpoint.method !== 'GET') {
    const token = sessionStore.csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  const url =
    buildPath(endpoint.path, input.params as Record<string, unknown> | undefined) +
    buildQuery(input.query as Record<string, unknown> | undefined);
  try {
    return await fetch(url, {
      method: endpoint.method,
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

async function callOnce(name: EndpointName, input: AnyInput): Promise<unknown> {
  const endpoint = api[name];
  validateRequest(endpoint, input);
  const response = await send(endpoint, input);
  const body = await readJson(response);
  if (!response.ok) {
    const error = apiErrorFromBody(response.status, body);
    if (error.code === 'UNAUTHENTICATED' && endpoint.access === 'session') {
      sessionStore.set(signedOutSession);
    }
    throw error;
  }
  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('INTERNAL', response.status, `Unexpected response from ${name}`);
  }
  if (endpoint.response === ZSessionResponse) sessionStore.set(parsed.data as TSessionResponse);
  if (name === 'signOut') sessionStore.set(signedOutSession);
  return parsed.data;
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
