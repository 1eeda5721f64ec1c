import type { LightMyRequestResponse } from 'fastify';

/**
 * What a prober can read off an answer: status, body and headers but the per-request ones
 * (the rate limit's remaining count falls with every request of the client's address, an
 * error carries its request id).
 */
export function observableAnswer(response: LightMyRequestResponse) {
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(
      ([name]) => !['date', 'x-request-id', 'x-ratelimit-remaining'].includes(name),
    ),
  );
  const body = response.json() as Record<string, unknown>;
  const error = body.error as Record<string, unknown> | undefined;
  return {
    status: response.statusCode,
    body: error ? { error: { ...error, requestId: null } } : body,
    headers,
  };
}
