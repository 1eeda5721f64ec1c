/**
 * Back to work: a programme with its skills list, a participant's profile and an opening,
 * as the programme's staff write them. Bad input (impossible hours, a week that cannot
 * be, a 保育士 number in the wrong form, an opening without a title, a skill not in the
 * list) is refused with its own error before anything is written.
 */
import {
  availabilityProblems,
  checkQualifications,
  hoursPerWeekProblem,
  weekMaskOf,
  weekMaskToBits,
  fullWeek,
  type TWorkOpeningInput,
  type TWorkProfileInput,
  type WeeklyRange,
  type WorkProgrammeKind,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import {
  currentSkillIds,
  findProgramme,
  insertProgramme,
  insertSkills,
  insertWorkOpening,
  insertWorkProfile,
  organizationOfMunicipality,
  userOfMunicipality,
} from './matching.repository.ts';
import { staffOfProgramme } from './programme-staff.repository.ts';

/** About 1 km: where a person lives is kept no finer than distance needs. */
const roundCoordinate = (degrees: number) => Math.round(degrees * 100) / 100;

function checkHours(min: number, max: number) {
  if (hoursPerWeekProblem(min, max) !== null) throw new AppError('WORK_HOURS_IMPOSSIBLE');
}

function weekBitsOf(ranges: readonly WeeklyRange[], emptyMeans: 'nothing' | 'anyTime'): string {
  const problems = availabilityProblems(ranges);
  if (problems.length > 0)
    throw new AppError('WORK_WEEK_INVALID', {
      issues: problems.map((p) => ({ path: `[${p.index}]`, message: p.code })),
    });
  if (ranges.length === 0 && emptyMeans === 'anyTime') return weekMaskToBits(fullWeek);
  return weekMaskToBits(weekMaskOf(ranges));
}

type ProfileFields = Omit<TWorkProfileInput, 'programmeId' | 'userId' | 'referenceLabel'>;

/** The scope the policy needs for a programme's work: its tenant and its bound staff. */
export async function programmeScope(db: Db, municipalityId: string, programmeId: string) {
  return {
    municipalityId,
    programmeStaffIds: await staffOfProgramme(db, { municipalityId, programmeId }),
  };
}

export async function checkProgrammeAndSkills(
  db: Db,
  municipalityId: string,
  programmeId: string,
  skillIds: readonly string[],
) {
  if (!(await findProgramme(db, { municipalityId, programmeId })))
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  const known = await currentSkillIds(db, { municipalityId, programmeId, ids: skillIds });
  if (skillIds.some((id) => !known.has(id))) throw new AppError('WORK_SKILL_UNKNOWN');
}

/**
 * A profile's values as the engine stores them, or the catalog's error for impossible
 * hours, a week that cannot be, or a qualification number in the wrong form. Pure: the
 * staff's form and the participant's own screen are checked by the same rules.
 */
export function checkedProfileValues(input: ProfileFields) {
  checkHours(input.hoursPerWeekMin, input.hoursPerWeekMax);
  const availability = weekBitsOf(input.availability, 'nothing');
  const { problems, qualifications } = checkQualifications(input.qualifications);
  if (problems.some((p) => p.code === 'numberFormat'))
    throw new AppError('QUALIFICATION_NUMBER_INVALID');
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      issues: problems.map((p) => ({ path: `qualifications[${p.index}]`, message: p.code })),
    });
  return {
    skillIds: [...new Set(input.skillIds)],
    freeWords: input.freeWords,
    experience: input.experience,
    qualifications,
    hoursPerWeekMin: input.hoursPerWeekMin,
    hoursPerWeekMax: input.hoursPerWeekMax,
    availability,
    remoteOk: input.remoteOk,
    onsiteOk: input.onsiteOk,
    homeLat: input.home ? roundCoordinate(input.home.lat) : null,
    homeLng: input.home ? roundCoordinate(input.home.lng) : null,
    maxTravelKm: input.maxTravelKm,
    availableFrom: input.availableFrom,
    childcareNeed: input.childcareNeed,
    path: input.path,
    shownToCompanies: [...new Set(input.shownToCompanies)],
  };
}

export async function createWorkProgramme(
  ctx: AppContext,
  {
    actor,
    municipalityId,
    name,
    kind = 'return_to_work',
    skillLabels,
  }: {
    actor: Actor;
    municipalityId: string;
    name: string;
    kind?: WorkProgrammeKind;
    skillLabels: readonly string[];
  },
) {
  authorize(actor, 'workProgramme.setup', { municipalityId });
  return ctx.db.transaction(async (tx) => {
    const programme = await insertProgramme(tx, { municipalityId, name, kind });
    const skills = await insertSkills(tx, {
      municipalityId,
      programmeId: programme.id,
      labels: [...new Set(skillLabels)],
    });
    return { id: programme.id, skills };
  });
}

export async function createWorkProfile(
  ctx: AppContext,
  {
    actor,
    municipalityId,
    input,
  }: { actor: Actor; municipalityId: string; input: TWorkProfileInput },
): Promise<{ id: string }> {
  authorize(actor, 'work.manage', await programmeScope(ctx.db, municipalityId, input.programmeId));
  const values = checkedProfileValues(input);
  return ctx.db.transaction(async (tx) => {
    await checkProgrammeAndSkills(tx, municipalityId, input.programmeId, input.skillIds);
    if (input.userId && !(await userOfMunicipality(tx, { municipalityId, userId: input.userId })))
      throw new AppError('NOT_FOUND');
    const row = await insertWorkProfile(tx, {
      municipalityId,
      programmeId: input.programmeId,
      userId: input.userId,
      referenceLabel: input.referenceLabel,
      ...values,
    });
    await recordAudit(
      tx,
      {
        action: 'work.profile_saved',
        municipalityId,
        actor,
        target: { type: 'work_profile', id: row.id },
      },
      ctx.now(),
    );
    return { id: row.id };
  });
}

/**
 * An opening's values as the engine stores them, or the catalog's error for no title,
 * impossible hours, a week that cannot be, a job without an employment type (or a project
 * with one) or a period that ends before it starts. Pure: posting and editing share it.
 */
export function checkedOpeningValues(input: TWorkOpeningInput) {
  if (input.title.trim() === '') throw new AppError('OPENING_TITLE_REQUIRED');
  checkHours(input.hoursPerWeekMin, input.hoursPerWeekMax);
  const schedule = weekBitsOf(input.schedule, 'anyTime');
  if ((input.kind === 'job') !== (input.employmentType !== null))
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'employmentType', message: 'a job has an employment type, a project none' }],
    });
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart)
    throw new AppError('WORK_PERIOD_INVALID');
  return {
    programmeId: input.programmeId,
    employerOrganizationId: input.employerOrganizationId,
    employerName: input.employerName,
    employerLocation: input.employerLocation,
    kind: input.kind,
    employmentType: input.employmentType,
    title: input.title.trim(),
    description: input.description,
    deliverable: input.deliverable,
    teamSize: input.teamSize,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    hoursPerWeekMin: input.hoursPerWeekMin,
    hoursPerWeekMax: input.hoursPerWeekMax,
    schedule,
    workMode: input.workMode,
    placeLabel: input.placeLabel,
    placeLat: input.place?.lat ?? null,
    placeLng: input.place?.lng ?? null,
    startsOn: input.startsOn,
    childcareProvided: input.childcareProvided,
    pay: input.pay,
    validThrough: input.validThrough,
    requiredSkillIds: [...new Set(input.requiredSkillIds)],
    niceSkillIds: [...new Set(input.niceSkillIds)],
    keywords: input.keywords,
    requiredQualifications: [...new Set(input.requiredQualifications)],
    niceQualifications: [...new Set(input.niceQualifications)],
  };
}

/** The scope `workOpening.post` is checked against: the programme and the employer named. */
export async function openingScope(
  db: Db,
  municipalityId: string,
  opening: { programmeId: string; employerOrganizationId: string | null },
) {
  return {
    ...(await programmeScope(db, municipalityId, opening.programmeId)),
    organizationId: opening.employerOrganizationId,
  };
}

/** The programme, its skills and the employer named by an opening exist in this tenant. */
export async function checkOpeningReferences(
  db: Db,
  municipalityId: string,
  input: TWorkOpeningInput,
) {
  await checkProgrammeAndSkills(db, municipalityId, input.programmeId, [
    ...input.requiredSkillIds,
    ...input.niceSkillIds,
  ]);
  if (
    input.employerOrganizationId &&
    !(await organizationOfMunicipality(db, {
      municipalityId,
      organizationId: input.employerOrganizationId,
    }))
  )
    throw new AppError('NOT_FOUND');
}

export async function createWorkOpening(
  ctx: AppContext,
  {
    actor,
    municipalityId,
    input,
    facility = null,
  }: {
    actor: Actor;
    municipalityId: string;
    input: TWorkOpeningInput;
    /** A nursery's opening at the job centre: its facility staff may post it (0060). */
    facility?: { id: string; staffIds: readonly string[] } | null;
  },
): Promise<{ id: string }> {
  authorize(actor, 'workOpening.post', {
    ...(await openingScope(ctx.db, municipalityId, input)),
    facilityStaffIds: facility?.staffIds ?? [],
  });
  const values = checkedOpeningValues(input);
  return ctx.db.transaction(async (tx) => {
    await checkOpeningReferences(tx, municipalityId, input);
    const row = await insertWorkOpening(tx, {
      municipalityId,
      ...values,
      postedBy: actor.userId,
      facilityId: facility?.id ?? null,
    });
    await recordAudit(
      tx,
      {
        action: 'work.opening_saved',
        municipalityId,
        actor,
        target: { type: 'work_opening', id: row.id },
      },
      ctx.now(),
    );
    return { id: row.id };
  });
}
