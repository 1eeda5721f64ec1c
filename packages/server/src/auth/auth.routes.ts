import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { clearSessionCookie, setSessionCookie } from './auth.hook.ts';
import { presentSession } from './session-view.ts';
import { signIn, signOut } from './sign-in.ts';
import { enableTotp, startTotpSetup, verifyTotp } from './mfa.service.ts';
import { activateAccount, getActivationInfo } from './staff-invitation.ts';
import { resolveSession } from './session.service.ts';
import { confirmEnrolment, lookupInvite, requestEnrolment } from '../invites/enrolment.service.ts';
import { signOutEverywhere } from '../me/me.service.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';

const userAgentOf = (request: FastifyRequest) => request.headers['user-agent'] ?? null;

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getSession', async ({ session }) => presentSession(ctx, session), {
    mfaExempt: true,
  });

  registerEndpoint(
    app,
    'lookupInvite',
    async ({ body }) => lookupInvite(ctx, { inviteCode: body.inviteCode }),
    { rateLimited: true },
  );

  registerEndpoint(
    app,
    'signUp',
    async ({ body, request }) =>
      requestEnrolment(ctx, {
        ...body,
        nickname: body.nickname ?? null,
        onError: (error) => request.log.error({ err: error }, 'sign-up mail failed'),
      }),
    { rateLimited: true },
  );

  registerEndpoint(
    app,
    'confirmSignUp',
    async ({ body, request, reply }) => {
      const session = await confirmEnrolment(ctx, {
        token: body.token,
        userAgent: userAgentOf(request),
      });
      setSessionCookie(ctx, reply, session);
      return presentSession(ctx, session);
    },
    { rateLimited: true },
  );

  registerEndpoint(
    app,
    'signIn',
    async ({ body, request, reply }) => {
      const session = await signIn(ctx, {
        ...body,
        sourceAddress: request.ip,
        userAgent: userAgentOf(request),
      });
      setSessionCookie(ctx, reply, session);
      return presentSession(ctx, session);
    },
    { rateLimited: true },
  );

  registerEndpoint(app, 'signOut', async ({ session, reply }) => {
    await signOut(ctx, session);
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  registerEndpoint(app, 'signOutEverywhere', async ({ actor, reply }) => {
    await signOutEverywhere(ctx, { actor });
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  registerEndpoint(app, 'startTotpSetup', async ({ session }) => startTotpSetup(ctx, { session }), {
    mfaExempt: true,
  });

  registerEndpoint(
    app,
    'enableTotp',
    async ({ session, body }) => {
      await enableTotp(ctx, { session, code: body.code });
      return presentSession(ctx, await resolveSession(ctx, session.token));
    },
    { mfaExempt: true, rateLimited: true },
  );

  registerEndpoint(
    app,
    'verifyTotp',
    async ({ session, body }) => {
      await verifyTotp(ctx, { session, code: body.code });
      return presentSession(ctx, await resolveSession(ctx, session.token));
    },
    { mfaExempt: true, rateLimited: true },
  );

  registerEndpoint(
    app,
    'getActivation',
    async ({ body }) => getActivationInfo(ctx, { token: body.token }),
    {
      rateLimited: true,
    },
  );

  registerEndpoint(
    app,
    'activateAccount',
    async ({ body, request, reply }) => {
      const session = await activateAccount(ctx, { ...body, userAgent: userAgentOf(request) });
      setSessionCookie(ctx, reply, session);
      return presentSession(ctx, session);
    },
    { rateLimited: true },
  );

  registerEndpoint(
    app,
    'requestPasswordReset',
    async ({ body, request }) =>
      requestPasswordReset(ctx, {
        email: body.email,
        onError: (error) => request.log.error({ err: error }, 'password reset mail failed'),
      }),
    { rateLimited: true },
  );

  registerEndpoint(
    app,
    'resetPassword',
    async ({ body }) => {
      await resetPassword(ctx, body);
      return { ok: true as const };
    },
    { rateLimited: true },
  );
}
