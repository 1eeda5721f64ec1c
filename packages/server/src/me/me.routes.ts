import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { presentSession } from '../auth/session-view.ts';
import { resolveSession } from '../auth/session.service.ts';
import { clearSessionCookie } from '../auth/auth.hook.ts';
import { createFamilyCode, listFamilyCodes, revokeFamilyCode } from '../invites/invites.service.ts';
import { presentFamilyCode } from '../invites/invites.presenter.ts';
import { exportMyData, listMySessions, requestDeletion, updateProfile } from './me.service.ts';

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'updateProfile', async ({ actor, session, body }) => {
    await updateProfile(ctx, { actor, changes: body });
    return presentSession(ctx, await resolveSession(ctx, session.token));
  });

  registerEndpoint(app, 'exportMyData', async ({ actor, reply }) => {
    reply.header('content-disposition', 'attachment; filename="yorisoi-my-data.json"');
    reply.header('cache-control', 'no-store');
    return exportMyData(ctx, { actor });
  });

  registerEndpoint(app, 'requestDeletion', async ({ actor, body, reply }) => {
    const result = await requestDeletion(ctx, { actor, reason: body.reason });
    clearSessionCookie(reply);
    return result;
  });

  registerEndpoint(app, 'listMySessions', async ({ actor }) => ({
    items: await listMySessions(ctx, { actor }),
  }));

  registerEndpoint(app, 'listFamilyCodes', async ({ actor }) => ({
    items: (await listFamilyCodes(ctx, { actor })).map(presentFamilyCode),
  }));
  registerEndpoint(app, 'createFamilyCode', async ({ actor }) =>
    presentFamilyCode(await createFamilyCode(ctx, { actor })),
  );
  registerEndpoint(app, 'revokeFamilyCode', async ({ actor, params }) =>
    presentFamilyCode(await revokeFamilyCode(ctx, { actor, codeId: params.id })),
  );
}
