import type {
  AppointmentChannel,
  ConsultationTopic,
  Industry,
  LifeEvent,
  Outcome,
  ReferralType,
  RiskCategory,
  Severity,
  TPersonContext,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationForCareTeam } from './consultation-access.ts';
import {
  findPersonProfile,
  listPersonConsultations,
  listRiskFlagsOf,
  listUpcomingAppointments,
} from './person-context.repository.ts';
import { listOpenReferralsIn } from '../referrals/referrals.service.ts';

/** Earlier consultations shown beside the conversation. */
const previousShown = 20;

/**
 * The person beside the conversation, for the coordinator holding it or a supervisor.
 * Earlier consultations appear only as coded at closing; the read is audited like any
 * staff read of consultation data.
 */
export async function getPersonContext(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TPersonContext> {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const scope = {
    municipalityId: consultation.municipalityId,
    personUserId: consultation.personUserId,
  };
  const profile = await findPersonProfile(ctx.db, ctx, scope);
  if (!profile) throw new AppError('NOT_FOUND');
  const all = await listPersonConsultations(ctx.db, scope, previousShown + 1);
  const ids = all.map((c) => c.id);
  const openReferrals = await listOpenReferralsIn(ctx.db, {
    municipalityId: scope.municipalityId,
    consultationIds: ids,
  });
  const upcoming = await listUpcomingAppointments(ctx.db, { ...scope, now: ctx.now() });
  const flags = await listRiskFlagsOf(ctx.db, {
    municipalityId: scope.municipalityId,
    consultationIds: ids,
  });
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'consultation.person_context_read',
        municipalityId: scope.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
      },
      ctx.now(),
    ),
  );
  return {
    person: {
      nickname: profile.nickname,
      role: profile.role === 'family' ? 'family' : 'worker',
      industry: (profile.industry as Industry | null) ?? null,
    },
    previous: all
      .filter((c) => c.id !== consultation.id)
      .slice(0, previousShown)
      .map((c) => ({
        id: c.id,
        createdAt: c.createdAt.toISOString(),
        closedAt: c.closedAt?.toISOString() ?? null,
        status: c.status as 'queued' | 'active' | 'closed',
        topics: c.topics as ConsultationTopic[],
        withMe: c.assigneeId === actor.userId,
        coding:
          c.severity && c.outcome
            ? {
                severity: c.severity as Severity,
                outcome: c.outcome as Outcome,
                lifeEvents: (c.lifeEvents ?? []) as LifeEvent[],
                referrals: (c.referralTypes ?? []) as ReferralType[],
              }
            : null,
      })),
    openReferrals,
    appointments: upcoming.map((a) => ({
      id: a.id,
      startsAt: a.startsAt.toISOString(),
      channel: a.channel as AppointmentChannel,
      withMe: a.coordinatorId === actor.userId,
    })),
    riskHistory: flags.map((f) => ({
      level: f.level as 'concern' | 'high',
      categories: f.categories as RiskCategory[],
      createdAt: f.createdAt.toISOString(),
      assessed: f.acknowledgedAt !== null,
      current: f.consultationId === consultation.id,
    })),
  };
}
