import type { TCheckIn, TCheckInList, TScheduleCheckInRequest } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, tenantScope } from '../policy/policy.ts';
import { heldConsultationsVisibleTo } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationForCareTeam } from '../consultations/consultation-access.ts';
import {
  findConsultation,
  type ConsultationRow,
} from '../consultations/consultations.repository.ts';
import { findStaffNames } from '../crisis/crisis-inbox.repository.ts';
import { presentCheckIn, sealCheckInNote } from './check-in-presenter.ts';
import {
  findCheckIn,
  insertCheckIn,
  isActiveCareTeamMember,
  listCheckInsForStaff,
  listCheckInsOfConsultation,
  updateScheduledCheckIn,
  type CheckInRow,
} from './check-ins.repository.ts';

/** How far ahead a check-in may be planned: beyond that, book an appointment. */
const maxAheadMs = 180 * 24 * 3_600_000;
/** How long a done check-in stays in the 予定の確認 list. */
const doneShownMs = 7 * 24 * 3_600_000;

export async function presentCheckIns(
  ctx: AppContext,
  municipalityId: string,
  rows: CheckInRow[],
): Promise<TCheckIn[]> {
  const names = await findStaffNames(ctx.db, ctx, {
    municipalityId,
    userIds: [...new Set(rows.flatMap((r) => (r.coordinatorId ? [r.coordinatorId] : [])))],
  });
  const now = ctx.now();
  return rows.map((row) => presentCheckIn(ctx.keyring, row, names, now));
}

type CheckInAction =
  'check_in.scheduled' | 'check_in.rescheduled' | 'check_in.cancelled' | 'check_in.done';

/** A check-in's audit entry, on its consultation (the entry never holds the note). */
export function auditCheckIn(
  tx: Db,
  actor: Actor,
  consultation: ConsultationRow,
  action: CheckInAction,
  detail: Record<string, string>,
  now: Date,
) {
  return recordAudit(
    tx,
    {
      action,
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
      detail,
    },
    now,
  );
}

/** One check-in as the care team sees it. */
export async function presentOneCheckIn(ctx: AppContext, row: CheckInRow): Promise<TCheckIn> {
  const [presented] = await presentCheckIns(ctx, row.municipalityId, [row]);
  if (!presented) throw new Error('a check-in could not be presented');
  return presented;
}

/** The time must be ahead, within half a year; the coordinator one of the care team. */
async function validatePlan(
  ctx: AppContext,
  municipalityId: string,
  plan: TScheduleCheckInRequest,
) {
  const dueAt = new Date(plan.dueAt);
  const now = ctx.now().getTime();
  if (dueAt.getTime() <= now || dueAt.getTime() > now + maxAheadMs) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'dueAt', message: 'must be ahead, within 180 days' }],
    });
  }
  if (
    plan.coordinatorId &&
    !(await isActiveCareTeamMember(ctx.db, { municipalityId, userId: plan.coordinatorId }))
  ) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'coordinatorId', message: 'not a coordinator of this municipality' }],
    });
  }
  return dueAt;
}

/** Cancels a check-in that is still scheduled; one already done or cancelled is refused. */
async function cancelScheduled(tx: Db, checkIn: CheckInRow, now: Date): Promise<CheckInRow> {
  const cancelled = await updateScheduledCheckIn(
    tx,
    { municipalityId: checkIn.municipalityId, id: checkIn.id },
    { status: 'cancelled', cancelledAt: now },
  );
  if (!cancelled) throw new AppError('CHECK_IN_NOT_SCHEDULED');
  return cancelled;
}

async function insertPlan(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  consultation: ConsultationRow,
  plan: TScheduleCheckInRequest,
  dueAt: Date,
): Promise<CheckInRow> {
  const note = plan.note?.trim();
  return insertCheckIn(tx, consultation.municipalityId, {
    consultationId: consultation.id,
    coordinatorId: plan.coordinatorId,
    dueAt,
    noteSealed: note ? sealCheckInNote(ctx.keyring, consultation.id, note) : null,
    scheduledBy: actor.userId,
    createdAt: ctx.now(),
  });
}

/** The consultation's care team plans a contact with the person (a follow-up). */
export async function scheduleCheckIn(
  ctx: AppContext,
  {
    actor,
    consultationId,
    plan,
  }: { actor: Actor; consultationId: string; plan: TScheduleCheckInRequest },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const dueAt = await validatePlan(ctx, consultation.municipalityId, plan);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertPlan(ctx, tx, actor, consultation, plan, dueAt);
    await auditCheckIn(
      tx,
      actor,
      consultation,
      'check_in.scheduled',
      { checkInId: inserted.id },
      now,
    );
    return inserted;
  });
  return { consultation, checkIn: await presentOneCheckIn(ctx, row) };
}

export async function listConsultationCheckIns(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TCheckInList> {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const rows = await listCheckInsOfConsultation(ctx.db, {
    municipalityId: consultation.municipalityId,
    consultationId: consultation.id,
  });
  return { items: await presentCheckIns(ctx, consultation.municipalityId, rows) };
}

/** The 予定の確認 list: a supervisor sees all, a coordinator theirs and the team's. */
export async function listCheckIns(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TCheckInList> {
  authorize(actor, 'crisis.viewInbox', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await listCheckInsForStaff(ctx.db, {
    municipalityId,
    coordinatorId: heldConsultationsVisibleTo(actor),
    doneSince: new Date(ctx.now().getTime() - doneShownMs),
  });
  return { items: await presentCheckIns(ctx, municipalityId, rows) };
}

/** A check-in and its consultation, for someone who may manage it (else not found). */
export async function loadCheckInFor(ctx: AppContext, actor: Actor, checkInId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const checkIn = await findCheckIn(ctx.db, {
    municipalityId: actor.municipalityId,
    id: checkInId,
  });
  if (!checkIn) throw new AppError('NOT_FOUND');
  const consultation = await findConsultation(
    ctx.db,
    checkIn.municipalityId,
    checkIn.consultationId,
  );
  if (!consultation) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'checkIn.manage', {
    municipalityId: checkIn.municipalityId,
    assigneeId: consultation.assignedCoordinatorId,
    ownerId: checkIn.coordinatorId,
  });
  return { checkIn, consultation };
}

/**
 * Moving a check-in replaces it: the old one is cancelled and a new one scheduled, so
 * its due notice is sent for the new time (the outbox keeps one notice per check-in).
 */
export async function rescheduleCheckIn(
  ctx: AppContext,
  { actor, checkInId, plan }: { actor: Actor; checkInId: string; plan: TScheduleCheckInRequest },
) {
  const { checkIn, consultation } = await loadCheckInFor(ctx, actor, checkInId);
  const dueAt = await validatePlan(ctx, consultation.municipalityId, plan);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    await cancelScheduled(tx, checkIn, now);
    const inserted = await insertPlan(ctx, tx, actor, consultation, plan, dueAt);
    await auditCheckIn(
      tx,
      actor,
      consultation,
      'check_in.rescheduled',
      { checkInId: inserted.id, replaces: checkIn.id },
      now,
    );
    return inserted;
  });
  return { consultation, checkIn: await presentOneCheckIn(ctx, row) };
}

export async function cancelCheckIn(
  ctx: AppContext,
  { actor, checkInId }: { actor: Actor; checkInId: string },
) {
  const { checkIn, consultation } = await loadCheckInFor(ctx, actor, checkInId);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const cancelled = await cancelScheduled(tx, checkIn, now);
    await auditCheckIn(
      tx,
      actor,
      consultation,
      'check_in.cancelled',
      { checkInId: checkIn.id },
      now,
    );
    return cancelled;
  });
  return { consultation, checkIn: await presentOneCheckIn(ctx, row) };
}
