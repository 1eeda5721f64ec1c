import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { api, type Api, type EndpointName, type EndpointResponse } from '@yorisoi/shared';
import { AppError } from '../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import type { RequestSession } from '../../auth/session.service.ts';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<N extends EndpointName> {
  request: FastifyRequest;
  reply: FastifyReply;
  params: Out<Api[N]['params' & keyof Api[N]]>;
  query: Out<Api[N]['query' & keyof Api[N]]>;
  body: Out<Api[N]['body' & keyof Api[N]]>;
  session: Api[N]['access'] extends 'session' ? RequestSession : RequestSession | null;
  actor: Api[N]['access'] extends 'session' ? Actor : Actor | null;
}

export interface RouteOptions {
  /** Reachable before staff have passed their second factor (the second-factor endpoints themselves). */
  mfaExempt?: boolean;
  /** Guessable or costly endpoints (sign-in, codes) are limited per client address. */
  rateLimited?: boolean;
  /** The public API without sign-in (facility search, vacancy tables): a per-address budget. */
  publicRateLimited?: boolean;
  /** Larger request bodies than the server-wide limit (file uploads). */
  bodyLimit?: number;
}

/** The contract's access rule: a session where required, and staff past their second factor. */
export function requireAccess(
  access: 'public' | 'session',
  session: RequestSession | null,
  options: RouteOptions,
) {
  if (access !== 'session') return;
  if (!session) throw new AppError('UNAUTHENTICATED');
  if (!options.mfaExempt && !session.actor.mfaSatisfied) {
    throw new AppError(
      session.totpEnrolled ? 'MFA_VERIFICATION_REQUIRED' : 'MFA_ENROLMENT_REQUIRED',
    );
  }
}

/**
 * Registers one endpoint of the shared contract. The pipeline is fixed here:
 * authenticate (the auth hook already resolved the session) → validate (zod schemas from
 * the contract) → require a session and second factor where the contract says so →
 * the handler, which authorizes and calls a use-case → the response schema presents it.
 */
export function registerEndpoint<N extends EndpointName>(
  app: FastifyInstance,
  name: N,
  handler: (input: HandlerInput<N>) => Promise<EndpointResponse<Api[N]>>,
  options: RouteOptions = {},
) {
  const endpoint: Api[N] = api[name];
  const def = endpoint as unknown as {
    params?: z.ZodType;
    query?: z.ZodType;
    body?: z.ZodType;
    response: z.ZodType;
  };
  const rateLimit = options.rateLimited
    ? app.authRateLimit
    : options.publicRateLimited
      ? app.publicRateLimit
      : false;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: endpoint.path,
    config: { rateLimit },
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    schema: {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.path.split('/')[2] ?? 'api'],
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response: { 200: def.response },
    },
    handler: async (request, reply) => {
      const session = request.auth;
      requireAccess(endpoint.access, session, options);
      return handler({
        request,
        reply,
        params: request.params,
        query: request.query,
        body: request.body,
        session,
        actor: session?.actor ?? null,
      } as HandlerInput<N>);
    },
  });
}
