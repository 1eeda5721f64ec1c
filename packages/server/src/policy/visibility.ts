import type { Actor } from './actor.ts';

/**
 * Which rows a list shows to whom: the filters a list's query applies, decided here with
 * the rules (policy.ts) and tested with them. The tenant is the query's required argument.
 */

/** Appointments: the person's own; a coordinator's own; a supervisor's pick, else their own. */
export type AppointmentFilter = { personUserId: string } | { coordinatorId: string };

export function appointmentsVisibleTo(
  actor: Actor,
  requestedCoordinatorId?: string | undefined,
): AppointmentFilter {
  if (actor.role === 'worker' || actor.role === 'family') return { personUserId: actor.userId };
  return {
    coordinatorId:
      actor.role === 'supervisor' && requestedCoordinatorId ? requestedCoordinatorId : actor.userId,
  };
}

/**
 * Booking hours: a coordinator sees their own; a supervisor one coordinator's, or the
 * whole team's (undefined: no narrowing by person).
 */
export function availabilityVisibleTo(
  actor: Actor,
  requestedCoordinatorId?: string | undefined,
): string[] | undefined {
  if (actor.role === 'supervisor') {
    return requestedCoordinatorId ? [requestedCoordinatorId] : undefined;
  }
  return [actor.userId];
}
