import { asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { AppointmentChannel } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { availabilityExceptions, availabilityWindows } from '../platform/db/schema/index.ts';
import type { AvailabilityChange, WeeklyWindow } from './slots.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ExceptionRow = typeof availabilityExceptions.$inferSelect;

export interface CoordinatorAvailability {
  weekly: WeeklyWindow[];
  changes: (AvailabilityChange & { id: string })[];
}

/** Weekly windows and the changes touching [from, to) of each coordinator asked for. */
export async function loadAvailability(
  db: Db,
  municipalityId: string,
  coordinatorIds: string[],
  span: { from: Date; to: Date } | null,
): Promise<Map<string, CoordinatorAvailability>> {
  const result = new Map<string, CoordinatorAvailability>(
    coordinatorIds.map((id) => [id, { weekly: [], changes: [] }]),
  );
  if (coordinatorIds.length === 0) return result;
  const windows = await db
    .select()
    .from(availabilityWindows)
    .where(
      ofMunicipality(
        availabilityWindows,
        municipalityId,
        inArray(availabilityWindows.coordinatorId, coordinatorIds),
      ),
    )
    .orderBy(asc(availabilityWindows.weekday), asc(availabilityWindows.startMinute));
  const changes = await db
    .select()
    .from(availabilityExceptions)
    .where(
      ofMunicipality(
        availabilityExceptions,
        municipalityId,
        inArray(availabilityExceptions.coordinatorId, coordinatorIds),
        ...(span
          ? [
              lt(availabilityExceptions.startsAt, span.to),
              gt(availabilityExceptions.endsAt, span.from),
            ]
          : []),
      ),
    )
    .orderBy(asc(availabilityExceptions.startsAt));
  for (const w of windows) {
    result.get(w.coordinatorId)?.weekly.push({
      weekday: w.weekday,
      startMinute: w.startMinute,
      endMinute: w.endMinute,
      slotMinutes: w.slotMinutes,
      channels: w.channels as AppointmentChannel[],
    });
  }
  for (const c of changes) {
    result.get(c.coordinatorId)?.changes.push({
      id: c.id,
      kind: c.kind as 'block' | 'open',
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      slotMinutes: c.slotMinutes,
      channels: c.channels as AppointmentChannel[],
    });
  }
  return result;
}

export async function replaceWeeklyWindows(
  db: Db,
  municipalityId: string,
  coordinatorId: string,
  windows: WeeklyWindow[],
) {
  await db
    .delete(availabilityWindows)
    .where(
      ofMunicipality(
        availabilityWindows,
        municipalityId,
        eq(availabilityWindows.coordinatorId, coordinatorId),
      ),
    );
  if (windows.length === 0) return;
  await db.insert(availabilityWindows).values(
    windows.map((w) => ({
      municipalityId,
      coordinatorId,
      weekday: w.weekday,
      startMinute: w.startMinute,
      endMinute: w.endMinute,
      slotMinutes: w.slotMinutes,
      channels: [...w.channels],
    })),
  );
}

export async function insertAvailabilityException(
  db: Db,
  municipalityId: string,
  values: Omit<typeof availabilityExceptions.$inferInsert, 'municipalityId'>,
): Promise<ExceptionRow> {
  const [created] = await db
    .insert(availabilityExceptions)
    .values({ ...values, municipalityId })
    .returning();
  if (!created) throw new Error('availability exception insert returned nothing');
  return created;
}

export async function findAvailabilityException(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(availabilityExceptions)
    .where(
      ofMunicipality(availabilityExceptions, municipalityId, eq(availabilityExceptions.id, id)),
    )
    .limit(1);
  return row ?? null;
}

export async function deleteAvailabilityExceptionRow(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<void> {
  await db
    .delete(availabilityExceptions)
    .where(
      ofMunicipality(availabilityExceptions, municipalityId, eq(availabilityExceptions.id, id)),
    );
}
