import type { TRegisterPushSubscription } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isAcceptablePushEndpoint } from './push-endpoint.ts';
import { vapidDetailsFor } from './vapid-keys.ts';
import {
  deleteOwnPushSubscription,
  upsertPushSubscription,
} from './push-subscriptions.repository.ts';

function ownScope(actor: Actor) {
  return { municipalityId: actor.municipalityId, ownerId: actor.userId };
}

export function getPushPublicKey(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'pushSubscription.manage', ownScope(actor));
  return { publicKey: vapidDetailsFor(ctx.config).publicKey };
}

/** Notifications on this device for this session (removed again when the session ends). */
export async function registerPushSubscription(
  ctx: AppContext,
  { actor, subscription }: { actor: Actor; subscription: TRegisterPushSubscription },
): Promise<void> {
  authorize(actor, 'pushSubscription.manage', ownScope(actor));
  if (!isAcceptablePushEndpoint(subscription.endpoint, ctx.config.push)) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'endpoint', message: 'must be the https address of a push service' }],
    });
  }
  await upsertPushSubscription(
    ctx.db,
    actor.municipalityId as string,
    {
      userId: actor.userId,
      sessionId: actor.sessionId,
      endpoint: subscription.endpoint,
      p256dh: subscription.keys.p256dh.replace(/=+$/, ''),
      auth: subscription.keys.auth.replace(/=+$/, ''),
    },
    ctx.now(),
  );
}

export async function removePushSubscription(
  ctx: AppContext,
  { actor, endpoint }: { actor: Actor; endpoint: string },
): Promise<void> {
  authorize(actor, 'pushSubscription.manage', ownScope(actor));
  await deleteOwnPushSubscription(ctx.db, actor.municipalityId as string, {
    userId: actor.userId,
    endpoint,
  });
}
