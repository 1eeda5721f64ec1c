import { and, count, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { TWaitingStatus } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findStaffOnShift } from '../roster/on-shift.repository.ts';
import { queryRows, type Db } from '../platform/db/database.ts';
import { consultations } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { loadConsultationFor } from './consultation-access.ts';
import type { ConsultationRow } from './consultations.repository.ts';

/** Most urgent first, then longest waiting: the same order as the care team's queue. */
async function queuePosition(db: Db, consultation: ConsultationRow): Promise<number> {
  const [ahead] = await db
    .select({ n: count() })
    .from(consultations)
    .where(
      and(
        eq(consultations.municipalityId, consultation.municipalityId),
        eq(consultations.status, 'queued'),
        or(
          gt(consultations.urgency, consultation.urgency),
          and(
            eq(consultations.urgency, consultation.urgency),
            lt(consultations.createdAt, consultation.createdAt),
          ),
        ),
      ),
    );
  return (ahead?.n ?? 0) + 1;
}

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

/** Median minutes from arrival to a coordinator over the municipality's last 50 assignments. */
async function medianMinutesToAssignment(db: Db, municipalityId: string): Promise<number | null> {
  const [row] = await queryRows<{ minutes: number | null }>(
    db,
    sql`select percentile_cont(0.5) within group (order by minutes) as minutes from (
          select extract(epoch from (first_assignment - c.created_at)) / 60 as minutes
          from consultations c
          join lateral (select min(a.decided_at) as first_assignment from consultation_assignments a
                        where a.consultation_id = c.id) a on a.first_assignment is not null
          where c.municipality_id = ${municipalityId}
          order by c.created_at desc limit 50) recent`,
  );
  return row?.minutes === null || row?.minutes === undefined ? null : Number(row.minutes);
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
  const position = await queuePosition(ctx.db, consultation);
  const median =
    onDutyNow > 0 ? await medianMinutesToAssignment(ctx.db, consultation.municipalityId) : null;
  const estimatedWaitMinutes =
    median === null ? null : Math.ceil(median * Math.ceil(position / onDutyNow));
  return { position, onDutyNow, estimatedWaitMinutes };
}
