import {
  vacancyClassAges,
  type TFacilityVacancyForm,
  type TUpdateFacilityVacancies,
  type TVacancyDisplay,
  type TVacancyUpdateStatus,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, tenantScope } from '../policy/policy.ts';
import { staffFacilitiesVisibleTo } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueNotifications } from '../notifications/outbox/outbox.repository.ts';
import { inviteStaffAccount } from '../auth/staff-invitation.ts';
import {
  bindFacilityStaff,
  facilityOfStaff,
  findFacility,
  listFacilities,
  loadFacilityStaffIds,
  staffCountsByFacility,
  vacancyTableKinds,
} from './childcare-facilities.repository.ts';
import {
  countsOf,
  insertReminders,
  lastReminders,
  latestVacancy,
  publishedMonths,
  recordPublication,
  saveVacancyDisplay,
  vacanciesOfMonth,
  vacancyDisplayOf,
  writeVacancy,
} from './vacancies.repository.ts';
import { currentMonth, firstDayOf, monthOfDay } from './childcare-months.ts';

const municipalityOf = (actor: Actor) => actor.municipalityId ?? '';

/** A facility of the actor's municipality they may keep (another tenant's is not found). */
async function loadKeptFacility(ctx: AppContext, actor: Actor, facilityId: string) {
  const municipalityId = actor.municipalityId;
  // The network's own admins belong to no municipality: no facility is theirs to see.
  if (!municipalityId) throw new AppError('NOT_FOUND');
  const facility = await findFacility(ctx.db, { municipalityId, facilityId });
  if (!facility) throw new AppError('NOT_FOUND');
  const facilityStaffIds = await loadFacilityStaffIds(ctx.db, { municipalityId, facilityId });
  authorizeOrNotFound(actor, 'childcare.facility', { municipalityId, facilityStaffIds });
  return facility;
}

export async function listStaffChildcareFacilities(ctx: AppContext, { actor }: { actor: Actor }) {
  const municipalityId = municipalityOf(actor);
  if (staffFacilitiesVisibleTo(actor) === 'own') {
    const facilityId = await facilityOfStaff(ctx.db, { municipalityId, userId: actor.userId });
    if (!facilityId) return [];
    return [await loadKeptFacility(ctx, actor, facilityId)];
  }
  authorize(actor, 'childcare.listFacilities', tenantScope(actor));
  return listFacilities(ctx.db, { municipalityId });
}

export async function getFacilityVacancies(
  ctx: AppContext,
  { actor, facilityId, month }: { actor: Actor; facilityId: string; month: string | undefined },
): Promise<TFacilityVacancyForm> {
  const facility = await loadKeptFacility(ctx, actor, facilityId);
  const wanted = month ?? currentMonth(ctx.now());
  const row = await latestVacancy(ctx.db, {
    municipalityId: facility.municipalityId,
    facilityId,
    notAfter: firstDayOf(wanted),
  });
  const current = row && monthOfDay(row.month) === wanted ? row : null;
  return {
    facilityId,
    facilityName: facility.name,
    month: wanted,
    counts: row ? countsOf(row) : vacancyClassAges.map(() => null),
    version: current?.version ?? null,
    prefilledFrom: row && !current ? monthOfDay(row.month) : null,
    updatedAt: current ? current.updatedAt.toISOString() : null,
  };
}

/**
 * The 30-second update: the counts of a month with the version the form was read at. If
 * someone changed the month since, nothing is written and the person is told.
 */
export async function updateFacilityVacancies(
  ctx: AppContext,
  {
    actor,
    facilityId,
    input,
  }: { actor: Actor; facilityId: string; input: TUpdateFacilityVacancies },
): Promise<TFacilityVacancyForm> {
  const facility = await loadKeptFacility(ctx, actor, facilityId);
  const row = await ctx.db.transaction(async (tx) => {
    const written = await writeVacancy(tx, {
      municipalityId: facility.municipalityId,
      facilityId,
      month: firstDayOf(input.month),
      counts: input.counts,
      version: input.version,
      userId: actor.userId,
      now: ctx.now(),
    });
    if (written.status === 'conflict') throw new AppError('VACANCY_CONFLICT');
    await recordAudit(
      tx,
      {
        action: 'childcare.vacancies_updated',
        municipalityId: facility.municipalityId,
        actor,
        target: { type: 'childcare_facility', id: facilityId },
        detail: {
          month: input.month,
          counts: input.counts.map((c) => (c === null ? -1 : c)).join(','),
        },
      },
      ctx.now(),
    );
    return written.row;
  });
  return {
    facilityId,
    facilityName: facility.name,
    month: input.month,
    counts: countsOf(row),
    version: row.version,
    prefilledFrom: null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Facilities that belong in the month's table, with whether each has updated it. */
export async function getVacancyUpdateStatus(
  ctx: AppContext,
  { actor, month }: { actor: Actor; month: string | undefined },
): Promise<TVacancyUpdateStatus> {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  const wanted = month ?? currentMonth(ctx.now());
  const [facilities, updated, reminders, published, staffCounts] = await Promise.all([
    listFacilities(ctx.db, { municipalityId }),
    vacanciesOfMonth(ctx.db, { municipalityId, month: firstDayOf(wanted) }),
    lastReminders(ctx.db, { municipalityId, month: firstDayOf(wanted) }),
    publishedMonths(ctx.db, { municipalityId }),
    staffCountsByFacility(ctx.db, { municipalityId }),
  ]);
  return {
    month: wanted,
    publishedAt:
      published.find((p) => monthOfDay(p.month) === wanted)?.publishedAt.toISOString() ?? null,
    facilities: facilities
      .filter((f) => vacancyTableKinds.includes(f.kind) || updated.has(f.id))
      .map((f) => ({
        facilityId: f.id,
        name: f.name,
        updatedAt: updated.get(f.id)?.updatedAt.toISOString() ?? null,
        updated: updated.has(f.id),
        lastRemindedAt: reminders.get(f.id)?.toISOString() ?? null,
        staffCount: staffCounts.get(f.id) ?? 0,
      })),
  };
}

/** Reminds the staff of facilities that have not updated the month, by e-mail through the outbox. */
export async function sendVacancyReminders(
  ctx: AppContext,
  { actor, month, facilityIds }: { actor: Actor; month: string; facilityIds: string[] | undefined },
) {
  const status = await getVacancyUpdateStatus(ctx, { actor, month });
  const municipalityId = municipalityOf(actor);
  const wanted = facilityIds ? new Set(facilityIds) : null;
  const due = status.facilities.filter((f) => !f.updated && (!wanted || wanted.has(f.facilityId)));
  if (wanted && [...wanted].some((id) => !status.facilities.some((f) => f.facilityId === id))) {
    throw new AppError('NOT_FOUND');
  }
  const sent = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const reminders = await insertReminders(tx, {
      municipalityId,
      month: firstDayOf(month),
      facilityIds: due.map((f) => f.facilityId),
      userId: actor.userId,
      now,
    });
    let recipients = 0;
    for (const reminder of reminders) {
      const staff = await loadFacilityStaffIds(tx, {
        municipalityId,
        facilityId: reminder.facilityId,
      });
      const added = await enqueueNotifications(
        tx,
        staff.map((userId) => ({
          municipalityId,
          kind: 'vacancy_reminder',
          refId: reminder.id,
          userId,
          channel: 'email' as const,
        })),
        now,
      );
      recipients += added.length;
    }
    await recordAudit(
      tx,
      {
        action: 'childcare.reminders_sent',
        municipalityId,
        actor,
        detail: { month, facilities: reminders.length, recipients },
      },
      now,
    );
    return { facilities: reminders.length, recipients };
  });
  if (sent.recipients > 0) ctx.outbox.wake();
  return sent;
}

export async function publishVacancyTable(
  ctx: AppContext,
  { actor, month }: { actor: Actor; month: string },
) {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  if (month > currentMonth(ctx.now())) throw new AppError('VALIDATION_FAILED', { detail: 'month' });
  return ctx.db.transaction(async (tx) => {
    const row = await recordPublication(tx, {
      municipalityId,
      month: firstDayOf(month),
      userId: actor.userId,
      now: ctx.now(),
    });
    await recordAudit(
      tx,
      { action: 'childcare.vacancies_published', municipalityId, actor, detail: { month } },
      ctx.now(),
    );
    return { month, publishedAt: row.publishedAt.toISOString() };
  });
}

export async function getChildcareSettings(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  return {
    vacancyDisplay: await vacancyDisplayOf(ctx.db, { municipalityId: municipalityOf(actor) }),
  };
}

export async function updateChildcareSettings(
  ctx: AppContext,
  { actor, vacancyDisplay }: { actor: Actor; vacancyDisplay: TVacancyDisplay },
) {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  await ctx.db.transaction(async (tx) => {
    await saveVacancyDisplay(tx, { municipalityId, vacancyDisplay, now: ctx.now() });
    await recordAudit(
      tx,
      { action: 'childcare.settings_changed', municipalityId, actor, detail: { vacancyDisplay } },
      ctx.now(),
    );
  });
  return { vacancyDisplay };
}

export async function inviteChildcareStaff(
  ctx: AppContext,
  { actor, email, displayName }: { actor: Actor; email: string; displayName: string },
) {
  authorize(actor, 'childcare.inviteSection', tenantScope(actor));
  return ctx.db.transaction((tx) =>
    inviteStaffAccount(ctx, tx, {
      invitedBy: actor,
      municipalityId: municipalityOf(actor),
      role: 'childcare_staff',
      email,
      displayName,
    }),
  );
}

/** A staff account bound to exactly this facility, invited by the childcare section. */
export async function inviteFacilityStaff(
  ctx: AppContext,
  {
    actor,
    facilityId,
    email,
    displayName,
  }: { actor: Actor; facilityId: string; email: string; displayName: string },
) {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  const facility = await findFacility(ctx.db, { municipalityId, facilityId });
  if (!facility) throw new AppError('NOT_FOUND');
  return ctx.db.transaction(async (tx) => {
    const invitation = await inviteStaffAccount(ctx, tx, {
      invitedBy: actor,
      municipalityId,
      role: 'facility_staff',
      email,
      displayName,
    });
    await bindFacilityStaff(tx, { municipalityId, facilityId, userId: invitation.userId });
    await recordAudit(
      tx,
      {
        action: 'childcare.facility_staff_bound',
        municipalityId,
        actor,
        target: { type: 'user', id: invitation.userId },
        detail: { facilityId },
      },
      ctx.now(),
    );
    return invitation;
  });
}
