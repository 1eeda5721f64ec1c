import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { createMunicipality, listMunicipalities } from './municipalities.service.ts';
import {
  getPublicContacts,
  getPublicMunicipality,
  listPublicMunicipalities,
  updatePublicContacts,
} from './public-municipalities.service.ts';

const publicReading = { publicRateLimited: true } as const;

export function registerMunicipalityRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listMunicipalities', async ({ actor }) => ({
    items: await listMunicipalities(ctx, { actor }),
  }));
  registerEndpoint(app, 'createMunicipality', async ({ actor, body }) =>
    createMunicipality(ctx, { actor, ...body, consortiumName: body.consortiumName ?? null }),
  );
  registerEndpoint(
    app,
    'listPublicMunicipalities',
    async () => listPublicMunicipalities(ctx),
    publicReading,
  );
  registerEndpoint(
    app,
    'getPublicMunicipality',
    async ({ params }) => getPublicMunicipality(ctx, { code: params.code }),
    publicReading,
  );
  registerEndpoint(app, 'getPublicContacts', async ({ actor }) =>
    getPublicContacts(ctx, { actor }),
  );
  registerEndpoint(app, 'updatePublicContacts', async ({ actor, body }) =>
    updatePublicContacts(ctx, { actor, contacts: body.contacts }),
  );
}
