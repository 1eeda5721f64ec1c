import type { FastifyInstance } from 'fastify';
import type { TStatisticsQuery } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { exportProtectedTable } from './statistics-export.ts';
import { queryProtectedTable } from './statistics.service.ts';
import { getStatisticsSettings, setMinimumGroupSize } from './statistics-settings.service.ts';

function tableRequest(actor: Actor, query: TStatisticsQuery) {
  return {
    actor,
    audience: query.audience,
    dimensions: query.columns ? ([query.rows, query.columns] as const) : ([query.rows] as const),
    period: { from: query.from, to: query.to },
    ...(query.scope ? { scope: query.scope } : {}),
  };
}

export function registerStatisticsRoutes(app: FastifyInstance, ctx: AppContext) {
  // A dashboard never waits on a recomputation: a changed period shows its last release.
  registerEndpoint(app, 'getStatisticsTable', async ({ actor, query, request }) =>
    queryProtectedTable(ctx, {
      ...tableRequest(actor, query),
      whileUpdating: {
        // A refusal is an answer (audited); the next view shows it. Anything else is a fault.
        onError: (error) => {
          if (!(error instanceof AppError)) {
            request.log.error({ err: error }, 'statistics update failed');
          }
        },
      },
    }),
  );
  registerEndpoint(app, 'getStatisticsSettings', async ({ actor }) =>
    getStatisticsSettings(ctx, { actor }),
  );
  registerEndpoint(app, 'updateStatisticsSettings', async ({ actor, body }) =>
    setMinimumGroupSize(ctx, { actor, minimumGroupSize: body.minimumGroupSize }),
  );
  registerEndpoint(app, 'exportStatisticsTable', async ({ actor, query, reply }) => {
    const file = await exportProtectedTable(ctx, {
      ...tableRequest(actor, query),
      format: query.format,
    });
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store');
    return file.content;
  });
}
