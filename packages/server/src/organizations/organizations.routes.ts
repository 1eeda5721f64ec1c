import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { presentOrganization } from './organizations.presenter.ts';
import {
  createEmployerAdmin,
  createOrganization,
  getEnrolmentSummary,
  listEmployerAdmins,
  listOrganizations,
  updateOrganization,
} from './organizations.service.ts';

export function registerOrganizationRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listOrganizations', async ({ actor }) => ({
    items: (await listOrganizations(ctx, { actor })).map(presentOrganization),
  }));
  registerEndpoint(app, 'createOrganization', async ({ actor, body }) =>
    presentOrganization(await createOrganization(ctx, { actor, input: body })),
  );
  registerEndpoint(app, 'updateOrganization', async ({ actor, params, body }) =>
    presentOrganization(
      await updateOrganization(ctx, { actor, organizationId: params.id, changes: body }),
    ),
  );
  registerEndpoint(app, 'getEnrolment', async ({ actor, params }) =>
    getEnrolmentSummary(ctx, { actor, organizationId: params.id }),
  );
  registerEndpoint(app, 'listEmployerAdmins', async ({ actor, params }) => ({
    items: (await listEmployerAdmins(ctx, { actor, organizationId: params.id })).map((u) => ({
      id: u.id,
      role: 'employer_admin' as const,
      email: u.email,
      displayName: u.displayName,
      status:
        u.status === 'invited'
          ? ('invited' as const)
          : u.status === 'active'
            ? ('active' as const)
            : ('disabled' as const),
      createdAt: u.createdAt.toISOString(),
    })),
  }));
  registerEndpoint(app, 'createEmployerAdmin', async ({ actor, params, body }) =>
    createEmployerAdmin(ctx, { actor, organizationId: params.id, ...body }),
  );
}
