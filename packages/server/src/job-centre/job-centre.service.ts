/**
 * The childcare-worker job centre (日置市 保育のおしごと支援センター) as its staff work it:
 * one screen's worth of the programme (figures of the past year, nurseries short of staff
 * first, openings likewise, seekers and how far each got), the short-of-staff flag, and a
 * nursery's opening posted by its own staff or the centre. Suggestions, introductions and
 * steps are the engine's (matching/).
 */
import {
  addDays,
  japanMidnight,
  japanMonthOf,
  japanTimeOf,
  jobCentreNurseryKinds,
  shortOfStaffFirst,
  type TJobCentre,
  type TJobCentreOpening,
  type TPostNurseryOpening,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { firstDayOf } from '../childcare/childcare-months.ts';
import { loadFacilityStaffIds } from '../childcare/childcare-facilities.repository.ts';
import { findProgramme } from '../matching/matching.repository.ts';
import { findOpening, listOpenOpeningsOfProgramme } from '../matching/openings.repository.ts';
import { staffOfProgramme } from '../matching/programme-staff.repository.ts';
import { createWorkOpening, programmeScope } from '../matching/work-profiles.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound } from '../policy/policy.ts';
import {
  clearStaffShortage,
  findNursery,
  jobCentreFigures,
  listNurseries,
  listSeekers,
  saveStaffShortage,
  staffShortByFacility,
} from './job-centre.repository.ts';
import { presentCentreOpening, presentSeeker } from './job-centre.presenter.ts';

const tenantOf = (actor: Actor) => actor.municipalityId ?? '';

/** The programme, when it is a job centre of the actor's municipality. */
async function requireJobCentre(db: Db, municipalityId: string, programmeId: string) {
  const programme = await findProgramme(db, { municipalityId, programmeId });
  if (!programme) throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  if (programme.kind !== 'childcare_job_centre') throw new AppError('JOB_CENTRE_ONLY');
  return programme;
}

/** A nursery of the municipality and who may act for it: its own staff and the centre's. */
async function nurseryScope(
  db: Db,
  municipalityId: string,
  facilityId: string,
  programmeId: string,
) {
  const nursery = await findNursery(db, { municipalityId, facilityId });
  const kinds: readonly string[] = jobCentreNurseryKinds;
  if (!nursery || !kinds.includes(nursery.kind)) throw new AppError('NOT_FOUND');
  const facilityStaffIds = await loadFacilityStaffIds(db, { municipalityId, facilityId });
  const programmeStaffIds = await staffOfProgramme(db, { municipalityId, programmeId });
  return { nursery, scope: { municipalityId, facilityStaffIds, programmeStaffIds } };
}

export async function getJobCentre(
  ctx: AppContext,
  { actor, programmeId }: { actor: Actor; programmeId: string },
): Promise<TJobCentre> {
  const municipalityId = tenantOf(actor);
  const programme = await requireJobCentre(ctx.db, municipalityId, programmeId);
  authorize(actor, 'work.manage', await programmeScope(ctx.db, municipalityId, programmeId));
  const today = japanTimeOf(ctx.now()).date;
  const month = japanMonthOf(ctx.now());
  const fromDay = addDays(today, -365);
  const toDay = addDays(today, 1);
  const [nurseries, openings, seekers, figures] = await Promise.all([
    listNurseries(ctx.db, { municipalityId, programmeId, kinds: jobCentreNurseryKinds }),
    listOpenOpeningsOfProgramme(ctx.db, { municipalityId, programmeId }),
    listSeekers(ctx.db, { municipalityId, programmeId }),
    jobCentreFigures(ctx.db, {
      municipalityId,
      programmeId,
      fromDay,
      toDay,
      from: japanMidnight(fromDay),
      to: japanMidnight(toDay),
    }),
  ]);
  const short = await staffShortByFacility(ctx.db, {
    municipalityId,
    month: firstDayOf(month),
    facilityIds: nurseries.map((n) => n.facilityId),
  });
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'work.profile_read',
        municipalityId,
        actor,
        target: { type: 'work_programme', id: programmeId },
        detail: { profiles: String(seekers.length) },
      },
      ctx.now(),
    ),
  );
  return {
    programme: { id: programme.id, name: programme.name },
    month,
    figures: { from: fromDay, to: today, ...figures },
    nurseries: shortOfStaffFirst(
      nurseries.map((n) => ({ ...n, staffShort: short.get(n.facilityId) ?? null })),
      (n) => n.staffShort,
    ),
    openings: shortOfStaffFirst(
      openings.map((o) => presentCentreOpening(o, short)),
      (o) => o.staffShort,
    ),
    seekers: seekers.map(presentSeeker),
  };
}

/**
 * A nursery flags itself (or the centre flags it) short of staff for a month: this month
 * or a later one, never a past one, whose figures are already reported. 0 clears it.
 */
export async function recordStaffShortage(
  ctx: AppContext,
  {
    actor,
    facilityId,
    programmeId,
    month,
    staffShort,
  }: { actor: Actor; facilityId: string; programmeId: string; month: string; staffShort: number },
) {
  const municipalityId = tenantOf(actor);
  await requireJobCentre(ctx.db, municipalityId, programmeId);
  const { scope } = await nurseryScope(ctx.db, municipalityId, facilityId, programmeId);
  authorizeOrNotFound(actor, 'childcare.staffShortage', scope);
  if (month < japanMonthOf(ctx.now())) throw new AppError('STAFF_SHORTAGE_MONTH_INVALID');
  const key = { municipalityId, facilityId, month: firstDayOf(month) };
  await ctx.db.transaction(async (tx) => {
    if (staffShort === 0) await clearStaffShortage(tx, key);
    else
      await saveStaffShortage(tx, { ...key, staffShort, recordedBy: actor.userId, now: ctx.now() });
    await recordAudit(
      tx,
      {
        action: 'work.staff_shortage_recorded',
        municipalityId,
        actor,
        target: { type: 'childcare_facility', id: facilityId },
        detail: { month, staffShort: String(staffShort) },
      },
      ctx.now(),
    );
  });
  return { facilityId, month, staffShort: staffShort === 0 ? null : staffShort };
}

/** A nursery's opening: the employer, address and place are the facility's own. */
export async function postNurseryOpening(
  ctx: AppContext,
  { actor, facilityId, input }: { actor: Actor; facilityId: string; input: TPostNurseryOpening },
): Promise<TJobCentreOpening> {
  const municipalityId = tenantOf(actor);
  await requireJobCentre(ctx.db, municipalityId, input.programmeId);
  const { nursery, scope } = await nurseryScope(
    ctx.db,
    municipalityId,
    facilityId,
    input.programmeId,
  );
  const place =
    nursery.latitude !== null && nursery.longitude !== null
      ? { lat: nursery.latitude, lng: nursery.longitude }
      : null;
  const { id } = await createWorkOpening(ctx, {
    actor,
    municipalityId,
    input: {
      ...input,
      employerOrganizationId: null,
      employerName: nursery.name,
      employerLocation: nursery.address,
      placeLabel: nursery.address,
      place,
    },
    facility: { id: facilityId, staffIds: scope.facilityStaffIds },
  });
  const row = await findOpening(ctx.db, { municipalityId, openingId: id });
  if (!row) throw new AppError('WORK_OPENING_NOT_FOUND');
  const short = await staffShortByFacility(ctx.db, {
    municipalityId,
    month: firstDayOf(japanMonthOf(ctx.now())),
    facilityIds: [facilityId],
  });
  return presentCentreOpening(row, short);
}
