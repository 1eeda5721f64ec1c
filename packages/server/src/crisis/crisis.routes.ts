import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { listCrisisInbox } from './crisis-inbox.service.ts';

export function registerCrisisRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listCrisisInbox', async ({ actor }) => listCrisisInbox(ctx, { actor }));
}
