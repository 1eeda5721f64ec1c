import type { TWaitingStatus } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findStaffOnShift } from '../roster/on-shift.repository.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { countQueuedAhead, medianMinutesToAssignment } from './queue.repository.ts';

/** The care team at their desks now who may take a consultation (verified licence). */
async function coordinatorsOnDuty(db: Db, municipalityId: string, now: Date): Promise<number> {
  const onDuty = await findStaffOnShift(db, {
    municipalityId,
    now,
    roles: ['coordinator', 'supervisor'],
    onDutyOnly: true,
    verifiedLicence: true,
  });
  return onDuty.length;
}

/**
 * What the waiting person is told. No estimate is invented: with no one on duty or no
 * history to base it on, the estimate is null and the app says so honestly.
 */
export async function getWaitingStatus(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TWaitingStatus> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const onDutyNow = await coordinatorsOnDuty(ctx.db, consultation.municipalityId, ctx.now());
  if (consultation.status !== 'queued')
    return { position: null, onDutyNow, estimatedWaitMinutes: null };
  const position = (await countQueuedAhead(ctx.db, consultation.municipalityId, consultation)) + 1;
  const median =
    onDutyNow > 0 ? await medianMinutesToAssignment(ctx.db, consultation.municipalityId) : null;
  const estimatedWaitMinutes =
    median === null ? null : Math.ceil(median * Math.ceil(position / onDutyNow));
  return { position, onDutyNow, estimatedWaitMinutes };
}
