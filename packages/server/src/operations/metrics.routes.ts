import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import type { Metrics } from './metrics.ts';

/**
 * `/metrics` for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
 * token configured the endpoint does not exist. Every request's duration is recorded by
 * its route template (never its path: ids stay out, and the label set stays small).
 */
export function registerMetricsRoutes(app: FastifyInstance, ctx: AppContext, metrics: Metrics) {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  const token = ctx.config.metricsToken;
  if (!token) return;
  const expected = crypto.createHash('sha256').update(`Bearer ${token}`).digest();
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const given = crypto
      .createHash('sha256')
      .update(request.headers.authorization ?? '')
      .digest();
    if (!crypto.timingSafeEqual(given, expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send();
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
