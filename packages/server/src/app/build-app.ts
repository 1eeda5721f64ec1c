import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import '../platform/http/fastify-augment.ts';
import type { AppContext } from './context.ts';
import { installErrorHandler } from '../platform/http/error-handler.ts';
import { installSecurityHeaders } from '../platform/http/security.ts';
import { AppError } from '../platform/errors.ts';
import { installAuthHook } from '../auth/auth.hook.ts';
import { registerAuthRoutes } from '../auth/auth.routes.ts';
import { registerConsentRoutes } from '../consent/consent.routes.ts';
import { registerMeRoutes } from '../me/me.routes.ts';
import { registerOrganizationRoutes } from '../organizations/organizations.routes.ts';
import { registerInviteRoutes } from '../invites/invites.routes.ts';
import { registerCareTeamRoutes } from '../care-team/care-team.routes.ts';
import { registerMunicipalityRoutes } from '../municipalities/municipalities.routes.ts';
import { registerAuditRoutes } from '../audit/audit.routes.ts';
import { registerRosterRoutes } from '../roster/roster.routes.ts';
import { registerDisclosureRoutes } from '../disclosures/disclosures.routes.ts';
import { registerReferralRoutes } from '../referrals/referrals.routes.ts';
import { registerStatisticsRoutes } from '../insights/statistics.routes.ts';
import { registerSurveyRoutes } from '../surveys/surveys.routes.ts';
import { registerStressCheckRoutes } from '../stress-checks/stress-checks.routes.ts';
import { registerQuestionnaireRoutes } from '../questionnaires/questionnaires.routes.ts';
import { registerPracticeRoutes } from '../reports/practices/practices.routes.ts';
import { registerReportRoutes } from '../reports/reports.routes.ts';
import { registerHealthRoutes } from '../health/health.routes.ts';
import { registerConsultationRoutes } from '../consultations/consultations.routes.ts';
import { registerParticipantRoutes } from '../consultations/participants.routes.ts';
import { registerAppointmentRoutes } from '../appointments/appointments.routes.ts';
import { registerPushRoutes } from '../notifications/push/push.routes.ts';
import { registerAttachmentRoutes } from '../attachments/attachments.routes.ts';
import { attachRealtime } from '../realtime/realtime-server.ts';
import { registerCallRoutes } from '../calls/calls.routes.ts';
import { registerCrisisRoutes } from '../crisis/crisis.routes.ts';
import { registerFollowUpRoutes } from '../follow-ups/follow-ups.routes.ts';
import { registerEventRoutes } from '../events/events.routes.ts';
import { installWebAssets } from './web-assets.ts';
import { registerChildcareRoutes } from '../childcare/childcare.routes.ts';
import { registerAllianceRoutes } from '../alliances/alliances.routes.ts';
import { registerMeasureRoutes } from '../measures/measures.routes.ts';
import { registerWorkRoutes } from '../matching/work.routes.ts';
import { registerMetricsRoutes } from '../operations/metrics.routes.ts';
import { registerJobCentreRoutes } from '../job-centre/job-centre.routes.ts';
import { registerRetentionRoutes } from '../retention/retention.routes.ts';
import { registerPoolRoutes } from '../pool/pool.routes.ts';
import { registerLineRoutes } from '../line/line.routes.ts';
import { registerCareRecruitRoutes } from '../care-recruits/care-recruits.routes.ts';

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: ctx.config.logLevel,
      // Never log bodies or credentials: consultation content and passwords travel in them.
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
        ? incoming
        : crypto.randomUUID();
    },
    bodyLimit: 64 * 1024,
    trustProxy: ctx.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
  installErrorHandler(app);
  await installSecurityHeaders(app, {
    https: ctx.config.publicUrl.startsWith('https://'),
    mapTileUrl: ctx.config.mapTiles.urlTemplate,
  });
  await app.register(cookie);
  app.decorate('authRateLimit', { max: ctx.config.login.ratePerMinute, timeWindow: 60_000 });
  app.decorate('publicRateLimit', { max: ctx.config.publicApiRatePerMinute, timeWindow: 60_000 });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Yorisoi API',
        description: 'The API of Yorisoi (寄り添い), generated from the shared zod contract.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  installAuthHook(app, ctx);
  const realtime = attachRealtime(app, ctx);
  app.decorate('realtime', realtime);
  registerMetricsRoutes(app, ctx, ctx.metrics);
  ctx.metrics.watchSockets(() => realtime.io.engine.clientsCount);

  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerConsentRoutes(app, ctx);
  registerMeRoutes(app, ctx);
  registerOrganizationRoutes(app, ctx);
  registerInviteRoutes(app, ctx);
  registerCareTeamRoutes(app, ctx);
  registerMunicipalityRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerRosterRoutes(app, ctx);
  registerDisclosureRoutes(app, ctx);
  registerReferralRoutes(app, ctx, realtime.events);
  registerStatisticsRoutes(app, ctx);
  registerSurveyRoutes(app, ctx);
  registerStressCheckRoutes(app, ctx);
  registerQuestionnaireRoutes(app, ctx);
  registerPracticeRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerConsultationRoutes(app, ctx, realtime.events);
  registerAppointmentRoutes(app, ctx);
  registerCallRoutes(app, ctx);
  registerPushRoutes(app, ctx);
  registerParticipantRoutes(app, ctx, realtime.events);
  registerAttachmentRoutes(app, ctx);
  registerCrisisRoutes(app, ctx, realtime.events);
  registerFollowUpRoutes(app, ctx, realtime.events);
  registerEventRoutes(app, ctx);
  registerChildcareRoutes(app, ctx);
  registerAllianceRoutes(app, ctx);
  registerMeasureRoutes(app, ctx);
  registerWorkRoutes(app, ctx);
  registerJobCentreRoutes(app, ctx);
  registerRetentionRoutes(app, ctx);
  registerPoolRoutes(app, ctx, realtime.events);
  registerLineRoutes(app, ctx);
  registerCareRecruitRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await installWebAssets(app);
  return app;
}
