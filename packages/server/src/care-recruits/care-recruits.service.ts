import crypto from 'node:crypto';
import {
  checkRecruitInterest,
  extraRecruitLicenceTypes,
  licenceTypes,
  normaliseLicenceNumber,
  rangesOf,
  stageRefusal,
  weekMaskFromBits,
  weekMaskOf,
  weekMaskToBits,
  type ChildcareNeed,
  type MatchResult,
  type RecruitLicenceType,
  type RecruitStage,
  type TRecruit,
  type TRecruitFit,
  type TRecruitInterestRequest,
  type TRecruitPool,
  type TRecruitingPage,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';
import { computeCoverage } from '../roster/coverage.ts';
import { findShiftsOverlapping } from '../roster/shifts.repository.ts';
import { minimumStaff } from '../roster/roster.service.ts';
import {
  findExtraLicenceTypes,
  findMunicipalityCode,
  findRecruit,
  findRecruitByClientId,
  findRecruits,
  findRecruitSteps,
  insertRecruit,
  insertRecruitStep,
  updateRecruit,
  type RecruitRow,
  type RecruitStepRow,
} from './care-recruits.repository.ts';
import { openRecruitContact, sealRecruitContact } from './recruit-contact.ts';
import { recruitFit, uncoveredWeek } from './recruit-fit.ts';

/** The three national licences, and what the municipality added (准看護師). */
async function acceptedLicences(db: Db, municipalityId: string): Promise<RecruitLicenceType[]> {
  const extra = await findExtraLicenceTypes(db, municipalityId);
  return [...licenceTypes, ...extraRecruitLicenceTypes.filter((type) => extra.includes(type))];
}

export async function getRecruitingPage(
  ctx: AppContext,
  { code }: { code: string },
): Promise<TRecruitingPage> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  return {
    municipalityName: municipality.name,
    acceptedLicences: await acceptedLicences(ctx.db, municipality.id),
  };
}

/**
 * A licensed resident registers interest. Nothing is stored unless every field holds and
 * consent to be contacted is given; the same form sent twice (its client id) registers once.
 */
export async function registerRecruitInterest(
  ctx: AppContext,
  { code, request }: { code: string; request: TRecruitInterestRequest },
): Promise<{ received: true }> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const accepted = await acceptedLicences(ctx.db, municipality.id);
  const problems = checkRecruitInterest(request, accepted);
  if (problems.length > 0)
    throw new AppError('RECRUIT_INTEREST_INVALID', {
      issues: problems.map((p) => ({ path: p.field, message: p.problem })),
    });
  await ctx.db.transaction(async (tx) => {
    if (await findRecruitByClientId(tx, municipality.id, request.clientRequestId)) return;
    const now = ctx.now();
    const id = crypto.randomUUID();
    await insertRecruit(tx, {
      id,
      municipalityId: municipality.id,
      ...sealRecruitContact(ctx.keyring, id, request),
      licenceType: request.licenceType,
      licenceNumber:
        request.licenceNumber.trim() === '' ? null : normaliseLicenceNumber(request.licenceNumber),
      yearsSincePractice: request.yearsSincePractice,
      availability: weekMaskToBits(weekMaskOf(request.availability)),
      hoursPerWeekMin: request.hoursPerWeekMin,
      hoursPerWeekMax: request.hoursPerWeekMax,
      remoteOk: request.remoteOk,
      onsiteOk: request.onsiteOk,
      childcareNeed: request.childcareNeed,
      contactConsentedAt: now,
      stage: 'interest',
      stageChangedAt: now,
      clientRequestId: request.clientRequestId,
      createdAt: now,
    });
    await insertRecruitStep(tx, {
      municipalityId: municipality.id,
      recruitId: id,
      stage: 'interest',
      recordedBy: null,
      recordedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'care_team.recruit_registered',
        municipalityId: municipality.id,
        actor: null,
        detail: { recruitId: id },
      },
      now,
    );
  });
  return { received: true };
}

const weekMs = 7 * 86_400_000;

/** The coming 7 days' hours with fewer people than the minimum, from the roster. */
async function uncoveredHoursAhead(ctx: AppContext, municipalityId: string) {
  const from = new Date(Math.floor(ctx.now().getTime() / 3_600_000) * 3_600_000);
  const rows = await findShiftsOverlapping(
    ctx.db,
    municipalityId,
    from,
    new Date(from.getTime() + weekMs),
  );
  const hours = computeCoverage({
    from,
    hours: 7 * 24,
    minimumStaff,
    shifts: rows.map(({ shift }) => ({
      userId: shift.userId,
      kind: shift.kind as 'on_duty' | 'on_call',
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    })),
  });
  const gaps = hours.filter((h) => h.gap).map((h) => h.startsAt);
  return { count: gaps.length, week: uncoveredWeek(gaps) };
}

function presentFit(result: MatchResult): TRecruitFit {
  if (result.eligible)
    return {
      eligible: true,
      score: result.score,
      reasons: result.reasons,
      missing: result.missing,
      exclusions: [],
    };
  return {
    eligible: false,
    score: 0,
    reasons: [],
    missing: [],
    exclusions: result.exclusions.filter(
      (e): e is TRecruitFit['exclusions'][number] =>
        e.code === 'hoursTooFew' ||
        e.code === 'availabilityTooShort' ||
        e.code === 'remoteNotWanted' ||
        e.code === 'onsiteNotWanted' ||
        e.code === 'childcareRequired',
    ),
  };
}

function presentRecruit(
  ctx: AppContext,
  row: RecruitRow,
  steps: RecruitStepRow[],
  uncovered: { count: number; week: ReturnType<typeof uncoveredWeek> },
): TRecruit {
  const availability = weekMaskFromBits(row.availability);
  const licenceType = row.licenceType as RecruitLicenceType;
  const childcareNeed = row.childcareNeed as ChildcareNeed;
  return {
    id: row.id,
    ...openRecruitContact(ctx.keyring, row),
    licenceType,
    licenceNumber: row.licenceNumber,
    licenceVerifiedAt: row.licenceVerifiedAt?.toISOString() ?? null,
    yearsSincePractice: row.yearsSincePractice,
    availability: rangesOf(availability),
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    remoteOk: row.remoteOk,
    onsiteOk: row.onsiteOk,
    childcareNeed,
    stage: row.stage as RecruitStage,
    stageChangedAt: row.stageChangedAt.toISOString(),
    steps: steps.map((s) => ({ stage: s.stage as RecruitStage, at: s.recordedAt.toISOString() })),
    createdAt: row.createdAt.toISOString(),
    fit: presentFit(
      recruitFit(
        {
          licenceType,
          availability,
          hoursPerWeekMin: row.hoursPerWeekMin,
          hoursPerWeekMax: row.hoursPerWeekMax,
          remoteOk: row.remoteOk,
          onsiteOk: row.onsiteOk,
          childcareNeed,
        },
        uncovered.week,
        uncovered.count,
      ),
    ),
  };
}

async function presentOne(ctx: AppContext, municipalityId: string, row: RecruitRow) {
  const steps = await findRecruitSteps(ctx.db, municipalityId, [row.id]);
  return presentRecruit(ctx, row, steps, await uncoveredHoursAhead(ctx, municipalityId));
}

/** Names and contacts of people who offered to help: every listing is audit-logged. */
export async function listRecruits(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TRecruitPool> {
  authorize(actor, 'careRecruit.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await findRecruits(ctx.db, municipalityId);
  const steps = await findRecruitSteps(
    ctx.db,
    municipalityId,
    rows.map((r) => r.id),
  );
  const uncovered = await uncoveredHoursAhead(ctx, municipalityId);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'care_team.recruits_read',
      municipalityId,
      actor,
      detail: { count: rows.length },
    }),
  );
  return {
    municipalityCode: await findMunicipalityCode(ctx.db, municipalityId),
    uncoveredHours: uncovered.count,
    recruits: rows.map((row) =>
      presentRecruit(
        ctx,
        row,
        steps.filter((s) => s.recruitId === row.id),
        uncovered,
      ),
    ),
  };
}

const refusalErrors = {
  not_next_step: 'RECRUIT_STAGE_NOT_NEXT',
  licence_not_verified: 'RECRUIT_LICENCE_NOT_VERIFIED',
  already_closed: 'RECRUIT_CLOSED',
} as const;

/** One step along the path, under the recruit's row lock so two staff cannot both record it. */
export async function moveRecruit(
  ctx: AppContext,
  { actor, recruitId, stage }: { actor: Actor; recruitId: string; stage: RecruitStage },
): Promise<TRecruit> {
  authorize(actor, 'careRecruit.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const row = await ctx.db.transaction(async (tx) => {
    const recruit = await findRecruit(tx, municipalityId, recruitId, true);
    if (!recruit) throw new AppError('NOT_FOUND');
    const refusal = stageRefusal(
      recruit.stage as RecruitStage,
      stage,
      recruit.licenceVerifiedAt !== null,
    );
    if (refusal) throw new AppError(refusalErrors[refusal]);
    const now = ctx.now();
    const updated = await updateRecruit(tx, municipalityId, recruitId, {
      stage,
      stageChangedAt: now,
    });
    await insertRecruitStep(tx, {
      municipalityId,
      recruitId,
      stage,
      recordedBy: actor.userId,
      recordedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'care_team.recruit_stage_recorded',
        municipalityId,
        actor,
        detail: { recruitId, stage },
      },
      now,
    );
    return updated;
  });
  return presentOne(ctx, municipalityId, row);
}

/** A supervisor checked the licence against the register (看護師籍 etc.). */
export async function verifyRecruitLicence(
  ctx: AppContext,
  { actor, recruitId, licenceNumber }: { actor: Actor; recruitId: string; licenceNumber?: string },
): Promise<TRecruit> {
  authorize(actor, 'careRecruit.verifyLicence', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const row = await ctx.db.transaction(async (tx) => {
    const recruit = await findRecruit(tx, municipalityId, recruitId, true);
    if (!recruit) throw new AppError('NOT_FOUND');
    const given =
      licenceNumber === undefined || licenceNumber.trim() === ''
        ? null
        : normaliseLicenceNumber(licenceNumber);
    if (licenceNumber !== undefined && licenceNumber.trim() !== '' && given === null)
      throw new AppError('RECRUIT_LICENCE_NUMBER_INVALID');
    const number = given ?? recruit.licenceNumber;
    if (number === null) throw new AppError('RECRUIT_LICENCE_NUMBER_INVALID');
    const now = ctx.now();
    const updated = await updateRecruit(tx, municipalityId, recruitId, {
      licenceNumber: number,
      licenceVerifiedAt: now,
      licenceVerifiedBy: actor.userId,
    });
    await recordAudit(
      tx,
      {
        action: 'care_team.recruit_licence_verified',
        municipalityId,
        actor,
        detail: { recruitId },
      },
      now,
    );
    return updated;
  });
  return presentOne(ctx, municipalityId, row);
}
