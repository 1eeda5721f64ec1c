import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { lineSignature } from '../line-signature.ts';

/**
 * A local server that plays LINE's Messaging API for the tests (LINE cannot be reached
 * from here): push with X-Line-Retry-Key (409 for a key it already accepted), reply,
 * link tokens, and scripted 429/500 answers. It also signs webhooks as LINE does. Lives
 * with the tests only; production code never imports it.
 */
export interface ReceivedPush {
  to: string;
  text: string;
  retryKey: string | undefined;
  authorization: string | undefined;
}
export interface ReceivedReply {
  replyToken: string;
  text: string;
}
type Scripted = { status: number; retryAfter?: string };

export async function startLineStandIn() {
  const pushes: ReceivedPush[] = [];
  const replies: ReceivedReply[] = [];
  const linkTokens = new Map<string, string>();
  const acceptedKeys = new Set<string>();
  const pushAnswers: Scripted[] = [];
  let pushAttempts = 0;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body =
        chunks.length > 0
          ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>)
          : {};
      const send = (status: number, json: unknown = {}, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(json));
      };
      const url = request.url ?? '';
      const textOf = (b: Record<string, unknown>) =>
        ((b.messages as { text: string }[] | undefined) ?? []).map((m) => m.text).join('\n');
      if (request.method !== 'POST') return send(404);
      if (url === '/v2/bot/message/push') {
        pushAttempts++;
        const retryKey = request.headers['x-line-retry-key'] as string | undefined;
        const scripted = pushAnswers.shift();
        if (scripted) {
          return send(
            scripted.status,
            { message: 'scripted' },
            scripted.retryAfter ? { 'retry-after': scripted.retryAfter } : {},
          );
        }
        if (retryKey && acceptedKeys.has(retryKey)) {
          return send(409, { message: 'The retry key is already accepted' });
        }
        if (retryKey) acceptedKeys.add(retryKey);
        pushes.push({
          to: String(body.to),
          text: textOf(body),
          retryKey,
          authorization: request.headers.authorization,
        });
        return send(200, { sentMessages: [{ id: crypto.randomUUID() }] });
      }
      if (url === '/v2/bot/message/reply') {
        replies.push({ replyToken: String(body.replyToken), text: textOf(body) });
        return send(200, {});
      }
      const link = /^\/v2\/bot\/user\/([^/]+)\/linkToken$/.exec(url);
      if (link) {
        const token = crypto.randomBytes(24).toString('base64url');
        linkTokens.set(token, decodeURIComponent(link[1]!));
        return send(200, { linkToken: token });
      }
      return send(404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    pushes,
    replies,
    /** The LINE user a link token was issued for. */
    linkTokens,
    /** The next push answers, in order (then 200 again). */
    answerPushesWith(...answers: Scripted[]) {
      pushAnswers.push(...answers);
    },
    get pushAttempts() {
      return pushAttempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type LineStandIn = Awaited<ReturnType<typeof startLineStandIn>>;

let eventSeq = 0;

/** A webhook event as LINE sends it, from one user. */
export function lineEvent(
  type: string,
  lineUserId: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  eventSeq++;
  return {
    type,
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId: lineUserId },
    webhookEventId: `01STANDIN${String(eventSeq).padStart(8, '0')}${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
    deliveryContext: { isRedelivery: false },
    replyToken: crypto.randomBytes(16).toString('hex'),
    ...extra,
  };
}

/** The raw body and signature LINE would send for these events. */
export function signedWebhook(channelSecret: string, events: Record<string, unknown>[]) {
  const body = Buffer.from(JSON.stringify({ destination: 'Ustandin', events }));
  return { body, signature: lineSignature(channelSecret, body) };
}
