import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { getConsentStatus, grantConsent, withdrawConsent } from './consent.service.ts';

export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getConsent', async ({ actor }) => getConsentStatus(ctx, { actor }));
  registerEndpoint(app, 'grantConsent', async ({ actor, body }) =>
    grantConsent(ctx, { actor, version: body.version }),
  );
  registerEndpoint(app, 'withdrawConsent', async ({ actor }) => withdrawConsent(ctx, { actor }));
}
