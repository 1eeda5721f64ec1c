/**
 * A small client of LINE's Messaging API: the four calls Yorisoi makes (push, reply,
 * issue a link token), written against the published protocol with fetch. The base URL
 * is LINE_API_BASE_URL, so tests talk to a local stand-in (line/testing/). Not the
 * official SDK: three calls do not justify a dependency, and the SDK's retry key and
 * error shapes would be mapped here anyway. Never given anything a person wrote.
 */
export interface LineTextMessage {
  type: 'text';
  text: string;
}

export type LineCallResult =
  | { status: 'ok' }
  /** 409 to a push with a retry key LINE already accepted: the push went out before. */
  | { status: 'already_accepted' }
  /** 429: too many requests; `retryAfterMs` from Retry-After when LINE sent one. */
  | { status: 'rate_limited'; retryAfterMs: number | null }
  /** 5xx or no answer: worth another try. */
  | { status: 'unavailable'; code: string }
  /** 4xx other than 409/429: trying again cannot help (bad token, unknown user). */
  | { status: 'refused'; code: string };

export interface LineClient {
  push(input: {
    to: string;
    messages: LineTextMessage[];
    retryKey: string;
  }): Promise<LineCallResult>;
  reply(input: { replyToken: string; messages: LineTextMessage[] }): Promise<LineCallResult>;
  issueLinkToken(lineUserId: string): Promise<{ linkToken: string } | LineCallResult>;
}

const callTimeoutMs = 10_000;

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  if (/^\d{1,7}$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

function resultOf(response: Response, now: Date): LineCallResult {
  if (response.ok) return { status: 'ok' };
  if (response.status === 409) return { status: 'already_accepted' };
  if (response.status === 429) {
    return {
      status: 'rate_limited',
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
    };
  }
  if (response.status >= 500) return { status: 'unavailable', code: `line_${response.status}` };
  return { status: 'refused', code: `line_${response.status}` };
}

export function createLineClient({
  baseUrl,
  accessToken,
  now,
}: {
  baseUrl: string;
  accessToken: string;
  now: () => Date;
}): LineClient {
  async function call(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ response: Response } | LineCallResult> {
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${accessToken}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(body ?? {}),
        signal: AbortSignal.timeout(callTimeoutMs),
      });
      return { response };
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      return { status: 'unavailable', code: name === 'TimeoutError' ? 'timeout' : 'unreachable' };
    }
  }
  return {
    async push({ to, messages, retryKey }) {
      const sent = await call(
        '/v2/bot/message/push',
        { to, messages },
        {
          'x-line-retry-key': retryKey,
        },
      );
      if (!('response' in sent)) return sent;
      await sent.response.body?.cancel();
      return resultOf(sent.response, now());
    },
    async reply({ replyToken, messages }) {
      const sent = await call('/v2/bot/message/reply', { replyToken, messages });
      if (!('response' in sent)) return sent;
      await sent.response.body?.cancel();
      return resultOf(sent.response, now());
    },
    async issueLinkToken(lineUserId) {
      const sent = await call(`/v2/bot/user/${encodeURIComponent(lineUserId)}/linkToken`, {});
      if (!('response' in sent)) return sent;
      if (!sent.response.ok) {
        await sent.response.body?.cancel();
        return resultOf(sent.response, now());
      }
      const json = (await sent.response.json()) as { linkToken?: unknown };
      return typeof json.linkToken === 'string'
        ? { linkToken: json.linkToken }
        : { status: 'refused', code: 'line_bad_answer' };
    },
  };
}
