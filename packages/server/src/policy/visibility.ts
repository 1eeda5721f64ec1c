import type { Actor } from './actor.ts';
import { can, tenantScope, type ResourceScope } from './policy.ts';

/**
 * Which rows a list shows to whom: the filters a list's query applies, decided here with
 * the rules (policy.ts) and tested with them. The tenant is the query's required argument
 * (the actor's municipality, after the list's rule); a filter given a resource's scope
 * checks it through the rules, so another tenant's row is never shown.
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

/** "My consultations": the person's own; for the care team, those assigned to them. */
export function myConsultationsOf(actor: Actor): { personUserId: string } | { assigneeId: string } {
  return actor.role === 'worker' || actor.role === 'family'
    ? { personUserId: actor.userId }
    : { assigneeId: actor.userId };
}

/**
 * Care-team lists of consultations' business (the 緊急 inbox, 予定の確認, open referrals):
 * a supervisor sees the whole municipality's (null: no narrowing by holder), anyone else
 * only what the consultations they hold carry.
 */
export function heldConsultationsVisibleTo(actor: Actor): string | null {
  return actor.role === 'supervisor' ? null : actor.userId;
}

/**
 * Satisfaction ratings: a coordinator reads their own consultations' only, whatever the
 * filter asks (`ownOnly`); anyone else the coordinator they pick, or (undefined) all.
 * Whether they may read them at all is `rating.readComments`.
 */
export function ratingsVisibleTo(
  actor: Actor,
  requestedCoordinatorId?: string | undefined,
): { coordinatorId: string | undefined; ownOnly: boolean } {
  return actor.role === 'coordinator'
    ? { coordinatorId: actor.userId, ownOnly: true }
    : { coordinatorId: requestedCoordinatorId, ownOnly: false };
}

/**
 * The staff's list of childcare facilities: the city's staff every one ('all'), facility
 * staff the one they are bound to ('own'), anyone else none (null).
 */
export function staffFacilitiesVisibleTo(actor: Actor): 'all' | 'own' | null {
  if (can(actor, 'childcare.listFacilities', tenantScope(actor))) return 'all';
  return actor.role === 'facility_staff' && actor.municipalityId !== null ? 'own' : null;
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

/**
 * A survey in the actor's list (`survey` is the survey seen from them: their organisation
 * counts only if it is a target): those they may read, and to a respondent only the ones
 * open now, which they can still answer.
 */
export function surveyListedFor(actor: Actor, survey: ResourceScope, open: boolean): boolean {
  if (!can(actor, 'survey.read', survey)) return false;
  return open || !isSurveyRespondent(actor, survey);
}

/** Whether the actor answers this survey (and so is told whether they have). */
export const isSurveyRespondent = (actor: Actor, survey: ResourceScope) =>
  can(actor, 'survey.answer', survey);

/** Whose answers a survey's results count: one organisation's, or (null) the municipality's. */
export interface RespondentFilter {
  municipalityId: string;
  organizationId: string | null;
}

/**
 * Survey results: city staff see every respondent of the municipality; an employer admin
 * only those of their own organisation, and only of a survey that targets it. Null: none.
 */
export function surveyRespondentsVisibleTo(
  actor: Actor,
  survey: ResourceScope,
): RespondentFilter | null {
  if (!can(actor, 'survey.manage', survey) || survey.municipalityId === null) return null;
  return {
    municipalityId: survey.municipalityId,
    organizationId: actor.role === 'city_staff' ? null : (survey.organizationId ?? null),
  };
}
