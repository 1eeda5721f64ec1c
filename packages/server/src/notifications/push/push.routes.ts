import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { registerEndpoint } from '../../platform/http/route.ts';
import {
  getPushPublicKey,
  registerPushSubscription,
  removePushSubscription,
} from './push.service.ts';

export function registerPushRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getPushPublicKey', async ({ actor }) => getPushPublicKey(ctx, { actor }));
  registerEndpoint(app, 'registerPushSubscription', async ({ actor, body }) => {
    await registerPushSubscription(ctx, { actor, subscription: body });
    return { ok: true as const };
  });
  registerEndpoint(app, 'removePushSubscription', async ({ actor, body }) => {
    await removePushSubscription(ctx, { actor, endpoint: body.endpoint });
    return { ok: true as const };
  });
}
