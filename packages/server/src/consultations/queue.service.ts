import type { ConsultationPreference, ConsultationTopic, TQueue } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { hasVerifiedLicence } from '../care-team/licences.repository.ts';
import { slaClock } from '../sla/sla.ts';
import { listQueued } from './queue.repository.ts';

function firstResponseClock(waitingSince: Date, now: Date) {
  const clock = slaClock({ kind: 'firstResponse', waitingSince, now });
  return { responseDueAt: clock.deadline.toISOString(), overdue: clock.breached };
}

/**
 * The waiting consultations of the actor's municipality, most urgent first and then by
 * waiting time. Only coordinators who may take them (verified licence) and supervisors
 * see the queue, and it carries no content and no identity.
 */
export async function listQueue(ctx: AppContext, { actor }: { actor: Actor }): Promise<TQueue> {
  authorize(actor, 'consultation.viewQueue', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  if (
    actor.role === 'coordinator' &&
    !(await hasVerifiedLicence(ctx.db, municipalityId, actor.userId))
  ) {
    throw new AppError('LICENCE_NOT_VERIFIED');
  }
  const rows = await listQueued(ctx.db, municipalityId, 500);
  const now = ctx.now();
  return {
    items: rows.map((row, index) => ({
      id: row.id,
      position: index + 1,
      topics: row.topics as ConsultationTopic[],
      preference: row.preference as ConsultationPreference,
      urgency: row.urgency,
      waitingSince: row.createdAt.toISOString(),
      ...firstResponseClock(row.createdAt, now),
    })),
  };
}
