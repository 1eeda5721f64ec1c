import webpush from 'web-push';
import { callRingSeconds, type TLocale, type TPushKind, type TPushPayload } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import { pushTexts } from './push-texts.ts';
import { vapidDetailsFor } from './vapid-keys.ts';
import {
  deletePushSubscriptionById,
  listLivePushSubscriptions,
  markPushDelivered,
  type PushSubscriptionRow,
} from './push-subscriptions.repository.ts';

export interface PushNotification {
  kind: TPushKind;
  /** a path of the web app, e.g. `/care/consultations/<id>`; an id is no content */
  url: string;
}

export interface PushOutcome {
  /** devices the push service accepted the message for */
  delivered: number;
  /** accounts with at least one accepted device */
  reachedUserIds: string[];
  /** subscriptions removed because the push service said they are gone */
  removed: number;
  failed: number;
}

const pushTimeoutMs = 10_000;
/** How long the push service keeps an undelivered message, by kind (seconds). */
const timeToLive: Record<TPushKind, number> = {
  new_message: 24 * 3600,
  consultation_waiting: 3600,
  high_risk: 3600,
  sla_breach: 3600,
  appointment_booked: 24 * 3600,
  appointment_reminder: 3600,
  appointment_changed: 24 * 3600,
  // A call rings for 45 seconds; a push delivered later would announce a call long gone.
  incoming_call: callRingSeconds,
  consultation_assigned: 3600,
  consultation_message: 3600,
  check_in_due: 3600,
};

function payloadFor(notification: PushNotification, locale: string): TPushPayload {
  const texts = pushTexts[notification.kind][locale === 'en' ? 'en' : ('ja' satisfies TLocale)];
  return { kind: notification.kind, ...texts, url: notification.url };
}

/**
 * Sends one encrypted message (RFC 8291 aes128gcm, VAPID RFC 8292) to one browser's push
 * service. web-push builds the request; it is sent with fetch so that the tests' local
 * push service can listen on loopback HTTP. Returns the push service's status.
 */
async function postToPushService(
  ctx: AppContext,
  subscription: PushSubscriptionRow,
  notification: PushNotification,
  locale: string,
): Promise<number> {
  const vapid = vapidDetailsFor(ctx.config);
  const request = webpush.generateRequestDetails(
    {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    },
    JSON.stringify(payloadFor(notification, locale)),
    {
      vapidDetails: vapid,
      TTL: timeToLive[notification.kind],
      urgency:
        notification.kind === 'high_risk' || notification.kind === 'incoming_call'
          ? 'high'
          : 'normal',
      // Unread notifications of one kind replace each other at the push service.
      topic: notification.kind.replace(/_/g, '-'),
    },
  );
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    // A copy on a plain ArrayBuffer: Buffer is not BodyInit where DOM types apply (e2e).
    body: request.body ? new Uint8Array(request.body) : null,
    redirect: 'error',
    signal: AbortSignal.timeout(pushTimeoutMs),
  });
  await response.body?.cancel();
  return response.status;
}

/**
 * Sends a notification to every live device of these accounts of one municipality. The
 * visible text is chosen by `kind` in the recipient's language; nothing else is sent.
 * Subscriptions the push service reports gone (404, 410) are deleted. Never throws for a
 * failed delivery: a notification is a courtesy next to the durable message log.
 */
export async function sendPushToAccounts(
  ctx: AppContext,
  {
    municipalityId,
    userIds,
    notification,
  }: { municipalityId: string; userIds: string[]; notification: PushNotification },
): Promise<PushOutcome> {
  const subscriptions = await listLivePushSubscriptions(
    ctx.db,
    municipalityId,
    [...new Set(userIds)],
    ctx.now(),
  );
  const outcome: PushOutcome = { delivered: 0, reachedUserIds: [], removed: 0, failed: 0 };
  const deliveredIds: string[] = [];
  const reached = new Set<string>();
  await Promise.all(
    subscriptions.map(async (subscription) => {
      try {
        const status = await postToPushService(
          ctx,
          subscription,
          notification,
          subscription.locale,
        );
        if (status >= 200 && status < 300) {
          deliveredIds.push(subscription.id);
          reached.add(subscription.userId);
        } else if (status === 404 || status === 410) {
          await deletePushSubscriptionById(ctx.db, subscription.id);
          outcome.removed++;
        } else {
          outcome.failed++;
        }
      } catch {
        outcome.failed++;
      }
    }),
  );
  await markPushDelivered(ctx.db, deliveredIds, ctx.now());
  outcome.delivered = deliveredIds.length;
  outcome.reachedUserIds = [...reached];
  return outcome;
}
