import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { api, type Api, type EndpointName } from '@yorisoi/shared';
import type { Actor } from '../../policy/actor.ts';
import { requireAccess } from './route.ts';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface FileResponse {
  data: Buffer;
  /** The type found by content when the file was stored, never what the uploader said. */
  contentType: string;
  fileName: string;
  /** Images are shown in the page; everything else is only ever saved. */
  inline: boolean;
}

/**
 * A contract endpoint that answers with a file instead of JSON: the same pipeline (auth
 * hook, params validated by the contract, session and second factor), then headers that
 * keep a stored file from ever acting as a page of this origin: no sniffing, a sandbox
 * with nothing allowed, and no caching anywhere but in memory of the page.
 */
export function registerFileEndpoint<N extends EndpointName>(
  app: FastifyInstance,
  name: N,
  handler: (input: {
    request: FastifyRequest;
    params: Out<Api[N]['params' & keyof Api[N]]>;
    actor: Actor;
  }) => Promise<FileResponse>,
) {
  const endpoint = api[name] as unknown as {
    method: 'GET';
    path: string;
    summary: string;
    access: 'session';
    params: z.ZodType;
  };
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: endpoint.path,
    schema: {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.path.split('/')[2] ?? 'api'],
      params: endpoint.params,
    },
    handler: async (request, reply) => {
      requireAccess(endpoint.access, request.auth, {});
      const file = await handler({
        request,
        params: request.params as Out<Api[N]['params' & keyof Api[N]]>,
        actor: request.auth!.actor,
      });
      return reply
        .header('content-type', file.contentType)
        .header(
          'content-disposition',
          `${file.inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  });
}
