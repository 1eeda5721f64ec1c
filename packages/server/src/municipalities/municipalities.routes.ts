import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { createMunicipality, listMunicipalities } from './municipalities.service.ts';

export function registerMunicipalityRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listMunicipalities', async ({ actor }) => ({
    items: await listMunicipalities(ctx, { actor }),
  }));
  registerEndpoint(app, 'createMunicipality', async ({ actor, body }) =>
    createMunicipality(ctx, { actor, ...body, consortiumName: body.consortiumName ?? null }),
  );
}
