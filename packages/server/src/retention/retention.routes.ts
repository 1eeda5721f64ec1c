import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { getRetentionSettings, updateRetentionSettings } from './retention-settings.service.ts';
import { getLegalHold, liftLegalHold, placeLegalHold } from './legal-holds.service.ts';

export function registerRetentionRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getRetentionSettings', async ({ actor }) =>
    getRetentionSettings(ctx, { actor }),
  );
  registerEndpoint(app, 'updateRetentionSettings', async ({ actor, body }) =>
    updateRetentionSettings(ctx, { actor, months: body.months }),
  );
  registerEndpoint(app, 'getLegalHold', async ({ actor, params }) =>
    getLegalHold(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'placeLegalHold', async ({ actor, params, body }) =>
    placeLegalHold(ctx, { actor, consultationId: params.id, reason: body.reason }),
  );
  registerEndpoint(app, 'liftLegalHold', async ({ actor, params }) =>
    liftLegalHold(ctx, { actor, consultationId: params.id }),
  );
}
