import { eq } from 'drizzle-orm';
import { japanMonthOf } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import type { Composed } from '../notifications/outbox/compose.ts';
import type { Attempt } from '../notifications/outbox/deliver.ts';
import { enqueueNotifications, type OutboxRow } from '../notifications/outbox/outbox.repository.ts';
import { listLivePushSubscriptions } from '../notifications/push/push-subscriptions.repository.ts';
import { openLineChannel, openLineUser } from './line-channel.ts';
import { findLineAccountOfUser, releasePush, reservePush } from './line.repository.ts';
import { lineTexts } from './line-texts.ts';

/**
 * The bell (issue 19): LINE says only that something waits in Yorisoi, with a link.
 * `person_message` is a care-team reply to a person whose LINE is linked; it goes by LINE
 * alone, and falls back to web push or e-mail when LINE cannot carry it (the month's
 * budget spent, or LINE refusing until the attempts run out).
 */
export const personMessageKind = 'person_message';

/** Whether a person's LINE is linked and not blocked: the bell can ring there. */
export async function canRingLine(db: Db, municipalityId: string, userId: string) {
  const account = await findLineAccountOfUser(db, municipalityId, userId);
  return account !== null && account.blockedAt === null;
}

/** Queues the bell for a care-team message; the caller wakes the outbox. */
export async function enqueuePersonMessageBell(
  db: Db,
  entry: { municipalityId: string; messageId: string; userId: string },
  now: Date,
): Promise<boolean> {
  const added = await enqueueNotifications(
    db,
    [
      {
        municipalityId: entry.municipalityId,
        kind: personMessageKind,
        refId: entry.messageId,
        userId: entry.userId,
        channel: 'line',
      },
    ],
    now,
  );
  return added.length > 0;
}

/** The texts of a care-team reply's bell, by any channel: no word of the message. */
export async function composePersonMessage(
  ctx: AppContext,
  row: OutboxRow,
): Promise<Composed | null> {
  const [message] = await ctx.db
    .select({ consultationId: consultationMessages.consultationId })
    .from(consultationMessages)
    .where(
      ofMunicipality(
        consultationMessages,
        row.municipalityId,
        eq(consultationMessages.id, row.refId),
      ),
    );
  if (!message) return null;
  const url = `/consultations/${message.consultationId}`;
  return {
    mail: {
      subject: '保健室から新しいメッセージがあります',
      text: lineTexts.bell(`${ctx.config.publicUrl}${url}`),
    },
    push: { kind: 'new_message', url },
  };
}

/**
 * When LINE cannot carry a care-team reply's bell: a web push if the person has a device
 * subscribed, else an e-mail, as an outbox row of the same event. Other notices (an
 * appointment reminder) went by mail and push anyway and need nothing more.
 */
export async function fallBackFromLine(ctx: AppContext, row: OutboxRow): Promise<void> {
  if (row.kind !== personMessageKind) return;
  const now = ctx.now();
  const devices = await listLivePushSubscriptions(ctx.db, row.municipalityId, [row.userId], now);
  await enqueueNotifications(
    ctx.db,
    [
      {
        municipalityId: row.municipalityId,
        kind: row.kind,
        refId: row.refId,
        userId: row.userId,
        channel: devices.length > 0 ? 'push' : 'email',
      },
    ],
    now,
  );
  ctx.outbox.wake();
}

/**
 * One attempt at a LINE bell. The outbox row's id is the X-Line-Retry-Key, so a push LINE
 * accepted before an error is not sent twice (LINE answers 409). A push is counted against
 * the month's budget before it is sent and given back if LINE does not take it.
 */
export async function deliverLineBell(
  ctx: AppContext,
  row: OutboxRow,
  composed: Composed,
): Promise<Attempt> {
  const account = await findLineAccountOfUser(ctx.db, row.municipalityId, row.userId);
  if (!account || account.blockedAt !== null) return { status: 'skipped' };
  const channel = await openLineChannel(ctx, ctx.db, row.municipalityId);
  if (!channel) return { status: 'skipped' };
  if (!composed.push) return { status: 'skipped' };
  const month = japanMonthOf(ctx.now());
  const reserved = await reservePush(ctx.db, {
    municipalityId: row.municipalityId,
    month,
    budget: channel.row.monthlyPushBudget,
  });
  if (!reserved) {
    await fallBackFromLine(ctx, row);
    return { status: 'skipped' };
  }
  const result = await channel.client.push({
    to: openLineUser(ctx, account),
    messages: [
      { type: 'text', text: lineTexts.bell(`${ctx.config.publicUrl}${composed.push.url}`) },
    ],
    retryKey: row.id,
  });
  if (result.status === 'ok' || result.status === 'already_accepted') return { status: 'sent' };
  await releasePush(ctx.db, row.municipalityId, month);
  if (result.status === 'rate_limited') {
    return {
      status: 'error',
      code: 'line_429',
      permanent: false,
      retryAfterMs: result.retryAfterMs,
    };
  }
  return { status: 'error', code: result.code, permanent: result.status === 'refused' };
}
