import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { presentInviteCode } from './invites.presenter.ts';
import {
  createInviteCode,
  listInviteCodes,
  renderInviteQr,
  revokeInviteCode,
} from './invites.service.ts';

export function registerInviteRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listInviteCodes', async ({ actor, params }) => ({
    items: (await listInviteCodes(ctx, { actor, organizationId: params.id })).map(
      presentInviteCode,
    ),
  }));
  registerEndpoint(app, 'createInviteCode', async ({ actor, params, body }) =>
    presentInviteCode(
      await createInviteCode(ctx, {
        actor,
        organizationId: params.id,
        label: body.label ?? null,
        maxUses: body.maxUses ?? null,
        expiresInDays: body.expiresInDays ?? null,
      }),
    ),
  );
  registerEndpoint(app, 'revokeInviteCode', async ({ actor, params }) =>
    presentInviteCode(
      await revokeInviteCode(ctx, { actor, organizationId: params.id, codeId: params.codeId }),
    ),
  );
  registerEndpoint(app, 'getInviteQr', async ({ actor, params }) =>
    renderInviteQr(ctx, { actor, organizationId: params.id, codeId: params.codeId }),
  );
}
