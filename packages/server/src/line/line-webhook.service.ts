import { z } from 'zod';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { hashToken } from '../platform/crypto/tokens.ts';
import {
  lineUserIndexOf,
  openLineChannel,
  sealLineUser,
  type OpenChannel,
} from './line-channel.ts';
import type { LineTextMessage } from './line-client.ts';
import { isValidLineSignature } from './line-signature.ts';
import {
  bindLineAccount,
  consumeLinkNonce,
  isLineUserLinked,
  recordWebhookEvent,
  setLineUserBlocked,
} from './line.repository.ts';
import { lineTexts } from './line-texts.ts';

/**
 * The fields of LINE's webhook events Yorisoi reads; everything else (a message's text
 * above all) is neither read nor kept. Unknown event types are recorded and ignored.
 */
const ZLineEvent = z.object({
  type: z.string().max(64),
  webhookEventId: z.string().min(1).max(128),
  replyToken: z.string().max(256).optional(),
  source: z.object({ type: z.string(), userId: z.string().max(64).optional() }).optional(),
  link: z
    .object({ result: z.enum(['ok', 'failed']), nonce: z.string().max(256).optional() })
    .optional(),
});
const ZLineWebhook = z.object({ events: z.array(z.unknown()).max(100) });
type LineEvent = z.infer<typeof ZLineEvent>;

/** What to tell LINE back after commit: a reply, maybe with a fresh link token. */
type AfterCommit =
  | {
      kind: 'door';
      reply: 'followed' | 'notHere';
      replyToken: string;
      lineUserId: string;
      linked: boolean;
    }
  | { kind: 'link'; reply: 'linked' | 'linkFailed'; replyToken: string };

export type WebhookOutcome = { status: 401 | 400 } | { status: 200; after: () => Promise<void> };

/**
 * LINE's webhook for one municipality. The signature of the raw body is checked before
 * anything else (no channel, or a bad or missing signature: 401, nothing read); each event
 * is processed once (its webhookEventId recorded in the transaction that processes it,
 * so a redelivery does nothing), and the replies to LINE run after the answer, so LINE
 * gets its 200 at once.
 */
export async function receiveLineWebhook(
  ctx: AppContext,
  log: FastifyBaseLogger,
  {
    municipalityCode,
    rawBody,
    signature,
  }: {
    municipalityCode: string;
    rawBody: Buffer;
    signature: string | undefined;
  },
): Promise<WebhookOutcome> {
  const municipality = await findMunicipalityByWrittenCode(ctx.db, municipalityCode);
  const channel = municipality ? await openLineChannel(ctx, ctx.db, municipality.id) : null;
  if (!municipality || !channel || !isValidLineSignature(channel.secret, rawBody, signature)) {
    return { status: 401 };
  }
  let parsed: z.infer<typeof ZLineWebhook>;
  try {
    parsed = ZLineWebhook.parse(JSON.parse(rawBody.toString('utf8')));
  } catch {
    return { status: 400 };
  }
  const after: AfterCommit[] = [];
  for (const raw of parsed.events) {
    const event = ZLineEvent.safeParse(raw);
    if (!event.success) continue;
    const reply = await processEvent(ctx, municipality.id, event.data);
    if (reply) after.push(reply);
  }
  return {
    status: 200,
    after: async () => {
      for (const item of after) {
        await answer(ctx, channel, municipality, item).catch((error: unknown) =>
          log.warn({ err: error }, 'LINE reply failed'),
        );
      }
    },
  };
}

async function processEvent(
  ctx: AppContext,
  municipalityId: string,
  event: LineEvent,
): Promise<AfterCommit | null> {
  const now = ctx.now();
  const lineUserId = event.source?.type === 'user' ? event.source.userId : undefined;
  return ctx.db.transaction(async (tx) => {
    const fresh = await recordWebhookEvent(tx, municipalityId, {
      webhookEventId: event.webhookEventId,
      kind: event.type,
      at: now,
    });
    if (!fresh || !lineUserId) return null;
    const index = lineUserIndexOf(ctx, municipalityId, lineUserId);
    const replyToken = event.replyToken;
    switch (event.type) {
      case 'follow': {
        await setLineUserBlocked(tx, municipalityId, index, null);
        const linked = await isLineUserLinked(tx, municipalityId, index);
        return replyToken
          ? { kind: 'door', reply: 'followed', replyToken, lineUserId, linked }
          : null;
      }
      case 'unfollow':
        await setLineUserBlocked(tx, municipalityId, index, now);
        return null;
      case 'message': {
        const linked = await isLineUserLinked(tx, municipalityId, index);
        return replyToken
          ? { kind: 'door', reply: 'notHere', replyToken, lineUserId, linked }
          : null;
      }
      case 'accountLink': {
        const nonce = event.link?.result === 'ok' ? event.link.nonce : undefined;
        const owner = nonce
          ? await consumeLinkNonce(tx, municipalityId, hashToken(nonce), now)
          : null;
        if (owner) {
          await bindLineAccount(tx, municipalityId, {
            userId: owner.userId,
            ...sealLineUser(ctx, municipalityId, lineUserId),
            linkedAt: now,
          });
          await recordAudit(
            tx,
            {
              action: 'line.linked',
              municipalityId,
              target: { type: 'user', id: owner.userId },
            },
            now,
          );
        }
        return replyToken
          ? { kind: 'link', reply: owner ? 'linked' : 'linkFailed', replyToken }
          : null;
      }
      default:
        return null;
    }
  });
}

/** The reply to one event: fixed texts and links only. */
async function answer(
  ctx: AppContext,
  channel: OpenChannel,
  municipality: { code: string; name: string },
  item: AfterCommit,
): Promise<void> {
  const text = await replyText(ctx, channel, municipality, item);
  const messages: LineTextMessage[] = [{ type: 'text', text }];
  await channel.client.reply({ replyToken: item.replyToken, messages });
}

async function replyText(
  ctx: AppContext,
  channel: OpenChannel,
  municipality: { code: string; name: string },
  item: AfterCommit,
): Promise<string> {
  const app = ctx.config.publicUrl;
  if (item.kind === 'link') {
    return item.reply === 'linked'
      ? lineTexts.linked(`${app}/consultations`)
      : lineTexts.linkFailed();
  }
  // Someone not linked yet gets a fresh link token in the link: the door to linking.
  let url = `${app}/consultations`;
  if (!item.linked) {
    const issued = await channel.client.issueLinkToken(item.lineUserId);
    url =
      'linkToken' in issued
        ? `${app}/me/line?m=${municipality.code}&linkToken=${encodeURIComponent(issued.linkToken)}`
        : `${app}/`;
  }
  return item.reply === 'followed'
    ? lineTexts.followed(municipality.name, url)
    : lineTexts.notHere(url);
}
