import type { TCoverage, TCreateShiftRequest, TShift } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { openIdentity } from '../auth/identity-seal.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { computeCoverage } from './coverage.ts';
import { findActiveCareTeamMember } from '../auth/users.repository.ts';
import {
  deleteShiftRow,
  findShiftsOverlapping,
  hasShiftOverlapping,
  insertShift,
  lockShiftsOf,
  type ShiftRow,
} from './shifts.repository.ts';

/** Two people on duty or reachable (MHLW SNS-consultation guideline). */
export const minimumStaff = 2;

async function shiftsOverlapping(ctx: AppContext, municipalityId: string, from: Date, to: Date) {
  const rows = await findShiftsOverlapping(ctx.db, municipalityId, from, to);
  return rows.map(({ shift, identitySealed }) => ({
    shift,
    displayName: openIdentity(ctx, { id: shift.userId, identitySealed }).displayName,
  }));
}

function presentShift(row: { shift: ShiftRow; displayName: string }): TShift {
  return {
    id: row.shift.id,
    userId: row.shift.userId,
    displayName: row.displayName,
    kind: row.shift.kind as TShift['kind'],
    startsAt: row.shift.startsAt.toISOString(),
    endsAt: row.shift.endsAt.toISOString(),
  };
}

const windowOf = (from: string, days: number) => {
  const start = new Date(from);
  return { start, end: new Date(start.getTime() + days * 86_400_000) };
};

export async function listShifts(
  ctx: AppContext,
  { actor, from, days }: { actor: Actor; from: string; days: number },
) {
  authorize(actor, 'roster.read', tenantScope(actor));
  const { start, end } = windowOf(from, days);
  return (await shiftsOverlapping(ctx, actor.municipalityId as string, start, end)).map(
    presentShift,
  );
}

export async function getCoverage(
  ctx: AppContext,
  { actor, from, days }: { actor: Actor; from: string; days: number },
): Promise<TCoverage> {
  authorize(actor, 'roster.read', tenantScope(actor));
  const { start, end } = windowOf(from, days);
  const rows = await shiftsOverlapping(ctx, actor.municipalityId as string, start, end);
  const hours = computeCoverage({
    from: start,
    hours: days * 24,
    minimumStaff,
    shifts: rows.map(({ shift }) => ({
      userId: shift.userId,
      kind: shift.kind as 'on_duty' | 'on_call',
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    })),
  });
  return {
    from: hours[0]?.startsAt.toISOString() ?? start.toISOString(),
    minimumStaff,
    gapHours: hours.filter((h) => h.gap).length,
    hours: hours.map((h) => ({ ...h, startsAt: h.startsAt.toISOString() })),
  };
}

/** A supervisor plans a shift; one person's shifts never overlap. */
export async function createShift(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TCreateShiftRequest },
) {
  authorize(actor, 'roster.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const member = await findActiveCareTeamMember(ctx.db, municipalityId, input.userId);
  if (!member) throw new AppError('NOT_FOUND');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const row = await ctx.db.transaction(async (tx) => {
    await lockShiftsOf(tx, member.id);
    if (await hasShiftOverlapping(tx, municipalityId, member.id, { startsAt, endsAt }))
      throw new AppError('CONFLICT', { detail: 'overlapping shift' });
    const created = await insertShift(tx, municipalityId, {
      userId: member.id,
      kind: input.kind,
      startsAt,
      endsAt,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      action: 'roster.shift_created',
      municipalityId,
      actor,
      target: { type: 'user', id: member.id },
      detail: { kind: input.kind },
    });
    return created;
  });
  return presentShift({ shift: row, displayName: openIdentity(ctx, member).displayName });
}

export async function deleteShift(
  ctx: AppContext,
  { actor, shiftId }: { actor: Actor; shiftId: string },
) {
  authorize(actor, 'roster.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  await ctx.db.transaction(async (tx) => {
    const userId = await deleteShiftRow(tx, municipalityId, shiftId);
    if (!userId) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      action: 'roster.shift_deleted',
      municipalityId,
      actor,
      target: { type: 'user', id: userId },
    });
  });
}
