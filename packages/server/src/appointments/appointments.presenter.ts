import type { ConsultationTopic, LicenceType, TAppointment } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { findAppointmentCoordinators, type AppointmentRow } from './appointments.repository.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';

/** Names and licences of the coordinators of these appointments. */
export async function coordinatorsOf(db: Db, ctx: IdentityCrypto, rows: AppointmentRow[]) {
  const ids = [...new Set(rows.map((r) => r.coordinatorId))];
  const [first] = rows;
  if (!first) return new Map<string, { displayName: string; licence: LicenceType | null }>();
  // Every caller presents appointments it read within one municipality.
  const found = await findAppointmentCoordinators(db, first.municipalityId, ids);
  return new Map(
    found.map((f) => [
      f.id,
      { displayName: openIdentity(ctx, f).displayName, licence: f.licence as LicenceType | null },
    ]),
  );
}

export function presentAppointment(
  row: AppointmentRow,
  actor: Actor,
  coordinator: { displayName: string; licence: LicenceType | null } | undefined,
): TAppointment {
  return {
    id: row.id,
    status: row.status as TAppointment['status'],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    channel: row.channel as TAppointment['channel'],
    topics: row.topics as ConsultationTopic[],
    coordinatorId: row.coordinatorId,
    coordinatorName: coordinator?.displayName ?? '',
    licence: coordinator?.licence ?? null,
    viewerIs:
      actor.userId === row.personUserId
        ? 'person'
        : actor.userId === row.coordinatorId
          ? 'coordinator'
          : 'supervisor',
    consultationId: row.consultationId,
    changeReason: row.changeReason,
    rescheduledToId: row.rescheduledToId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function presentAppointments(
  db: Db,
  ctx: IdentityCrypto,
  rows: AppointmentRow[],
  actor: Actor,
) {
  const coordinators = await coordinatorsOf(db, ctx, rows);
  return rows.map((r) => presentAppointment(r, actor, coordinators.get(r.coordinatorId)));
}
