import type {
  TAddAvailabilityExceptionRequest,
  TAvailability,
  TAvailabilityException,
  TSetWeeklyAvailabilityRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { availabilityVisibleTo } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findBookableStaff } from './appointments.repository.ts';
import {
  deleteAvailabilityExceptionRow,
  findAvailabilityException,
  insertAvailabilityException,
  loadAvailability,
  replaceWeeklyWindows,
} from './availability.repository.ts';
import { weeklyWindowsOverlap } from './slots.ts';

const presentChange = (c: {
  id: string;
  kind: 'block' | 'open';
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number | null;
  channels: readonly string[];
}): TAvailabilityException => ({
  id: c.id,
  kind: c.kind,
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
  slotMinutes: c.slotMinutes as TAvailabilityException['slotMinutes'],
  channels: [...c.channels] as TAvailabilityException['channels'],
});

/**
 * A coordinator sees their own availability; a supervisor sees the whole team's (or one
 * coordinator's). Changes shown are those not yet over.
 */
export async function listAvailability(
  ctx: AppContext,
  { actor, coordinatorId }: { actor: Actor; coordinatorId?: string | undefined },
): Promise<TAvailability[]> {
  authorize(actor, 'availability.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const ids = availabilityVisibleTo(actor, coordinatorId);
  const staff = await findBookableStaff(ctx.db, ctx, municipalityId, ids);
  const now = ctx.now();
  const availability = await loadAvailability(
    ctx.db,
    municipalityId,
    staff.map((s) => s.id),
    { from: now, to: new Date(now.getTime() + 365 * 86_400_000) },
  );
  return staff.map((s) => {
    const a = availability.get(s.id) ?? { weekly: [], changes: [] };
    return {
      coordinatorId: s.id,
      displayName: s.displayName,
      weekly: a.weekly.map((w) => ({ ...w, channels: [...w.channels] })) as TAvailability['weekly'],
      exceptions: a.changes.map(presentChange),
    };
  });
}

async function bookableMember(ctx: AppContext, actor: Actor, coordinatorId: string) {
  authorize(actor, 'availability.manage', { ...tenantScope(actor), ownerId: coordinatorId });
  const [member] = await findBookableStaff(ctx.db, ctx, actor.municipalityId as string, [
    coordinatorId,
  ]);
  if (!member) throw new AppError('NOT_FOUND');
  return member;
}

/** Replaces the weekly windows; bookings already made stay as they are. */
export async function setWeeklyAvailability(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TSetWeeklyAvailabilityRequest },
) {
  const member = await bookableMember(ctx, actor, input.coordinatorId);
  if (weeklyWindowsOverlap(input.windows)) throw new AppError('AVAILABILITY_OVERLAPS');
  const municipalityId = actor.municipalityId as string;
  await ctx.db.transaction(async (tx) => {
    await replaceWeeklyWindows(tx, municipalityId, member.id, input.windows);
    await recordAudit(
      tx,
      {
        action: 'availability.weekly_set',
        municipalityId,
        actor,
        target: { type: 'user', id: member.id },
        detail: { windows: input.windows.length },
      },
      ctx.now(),
    );
  });
  return listAvailability(ctx, { actor, coordinatorId: member.id });
}

export async function addAvailabilityException(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TAddAvailabilityExceptionRequest },
): Promise<TAvailabilityException> {
  const member = await bookableMember(ctx, actor, input.coordinatorId);
  const municipalityId = actor.municipalityId as string;
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertAvailabilityException(tx, municipalityId, {
      coordinatorId: member.id,
      kind: input.kind,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      slotMinutes: input.kind === 'open' ? (input.slotMinutes ?? null) : null,
      channels: input.kind === 'open' ? (input.channels ?? []) : [],
      createdBy: actor.userId,
    });
    await recordAudit(
      tx,
      {
        action: 'availability.exception_added',
        municipalityId,
        actor,
        target: { type: 'user', id: member.id },
        detail: { kind: input.kind },
      },
      ctx.now(),
    );
    return created;
  });
  return presentChange({ ...row, kind: row.kind as 'block' | 'open' });
}

export async function deleteAvailabilityException(
  ctx: AppContext,
  { actor, exceptionId }: { actor: Actor; exceptionId: string },
) {
  const municipalityId = actor.municipalityId as string;
  if (!municipalityId) throw new AppError('NOT_FOUND');
  const found = await findAvailabilityException(ctx.db, municipalityId, exceptionId);
  if (!found) throw new AppError('NOT_FOUND');
  authorize(actor, 'availability.manage', { ...tenantScope(actor), ownerId: found.coordinatorId });
  await ctx.db.transaction(async (tx) => {
    await deleteAvailabilityExceptionRow(tx, municipalityId, found.id);
    await recordAudit(
      tx,
      {
        action: 'availability.exception_deleted',
        municipalityId,
        actor,
        target: { type: 'user', id: found.coordinatorId },
      },
      ctx.now(),
    );
  });
}
