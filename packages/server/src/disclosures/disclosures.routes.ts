import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  decideDisclosure,
  listDisclosures,
  listMyDisclosures,
  requestDisclosure,
} from './disclosures.service.ts';

export function registerDisclosureRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'requestDisclosure', async ({ actor, params, body }) =>
    requestDisclosure(ctx, { actor, consultationId: params.id, reason: body.reason }),
  );
  registerEndpoint(app, 'listDisclosures', async ({ actor }) => ({
    items: await listDisclosures(ctx, { actor }),
  }));
  registerEndpoint(app, 'decideDisclosure', async ({ actor, params, body }) =>
    decideDisclosure(ctx, { actor, disclosureId: params.id, approve: body.approve }),
  );
  registerEndpoint(app, 'listMyDisclosures', async ({ actor }) => ({
    items: await listMyDisclosures(ctx, { actor }),
  }));
}
