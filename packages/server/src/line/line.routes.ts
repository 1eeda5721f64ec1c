import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  getLineSettings,
  getMyLine,
  startLineLink,
  unlinkMyLine,
  updateLineSettings,
} from './line.service.ts';
import { receiveLineWebhook } from './line-webhook.service.ts';

export function registerLineRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getLineSettings', async ({ actor }) => getLineSettings(ctx, { actor }));
  registerEndpoint(app, 'updateLineSettings', async ({ actor, body }) =>
    updateLineSettings(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'getMyLine', async ({ actor }) => getMyLine(ctx, { actor }));
  registerEndpoint(app, 'startLineLink', async ({ actor, body }) =>
    startLineLink(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'unlinkMyLine', async ({ actor }) => unlinkMyLine(ctx, { actor }));

  // LINE's webhook is not part of the API contract: LINE calls it, with no session, and
  // its signature covers the raw bytes, so this scope keeps the body unparsed.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { code: string } }>(
      '/line/webhook/:code',
      { schema: { hide: true } },
      async (request, reply) => {
        const outcome = await receiveLineWebhook(ctx, request.log, {
          municipalityCode: request.params.code,
          rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          signature: request.headers['x-line-signature'] as string | undefined,
        });
        if (outcome.status !== 200) return reply.code(outcome.status).send({ ok: false });
        // LINE waits for the answer, not for the replies to it.
        void outcome.after();
        return reply.code(200).send({ ok: true });
      },
    );
  });
}
