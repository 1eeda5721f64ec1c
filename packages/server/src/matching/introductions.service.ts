/**
 * Introductions with the person's agreement. Staff propose; the person accepts or
 * declines; only then may the staff record interview → offer → start → outcome and the
 * follow-ups, and only then does the company read the person — and only the fields the
 * person chose to show.
 */
import {
  awaitsPerson,
  canStaffMove,
  companyMayRead,
  introductionStatuses,
  type IntroductionStatus,
  type StaffIntroductionStep,
  type TMyWorkIntroduction,
  type TWorkIntroduction,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { introducedPersonOf } from './introduced-person.ts';
import {
  findIntroduction,
  findIntroductionOfPair,
  findProfile,
  insertIntroduction,
  listIntroductionsForCompany,
  listIntroductionsOfProgramme,
  listIntroductionsOfUser,
  skillLabelsOf,
  updateIntroduction,
  type JoinedIntroduction,
} from './introductions.repository.ts';
import { presentIntroduction } from './introductions.presenter.ts';
import { presentPublicOpening } from './openings.presenter.ts';
import { findProgramme } from './matching.repository.ts';
import { findOpening } from './openings.repository.ts';
import { programmeScope } from './work-profiles.service.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';

const tenantOf = (actor: Actor) => actor.municipalityId ?? '';

async function audit(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  action:
    'work.introduction_proposed' | 'work.introduction_answered' | 'work.introduction_recorded',
  id: string,
  detail: Record<string, string>,
) {
  await recordAudit(
    tx,
    {
      action,
      municipalityId: tenantOf(actor),
      actor,
      target: { type: 'work_introduction', id },
      detail,
    },
    ctx.now(),
  );
}

async function loadForStaff(ctx: AppContext, db: Db, actor: Actor, id: string) {
  const municipalityId = tenantOf(actor);
  const row = await findIntroduction(db, { municipalityId, id });
  if (!row) throw new AppError('WORK_INTRODUCTION_NOT_FOUND');
  authorize(
    actor,
    'work.manage',
    await programmeScope(db, municipalityId, row.introduction.programmeId),
  );
  return row;
}

export async function proposeIntroduction(
  ctx: AppContext,
  { actor, profileId, openingId }: { actor: Actor; profileId: string; openingId: string },
): Promise<TWorkIntroduction> {
  const municipalityId = tenantOf(actor);
  const profile = await findProfile(ctx.db, { municipalityId, profileId });
  if (!profile) throw new AppError('WORK_PROFILE_NOT_FOUND');
  authorize(
    actor,
    'work.manage',
    await programmeScope(ctx.db, municipalityId, profile.programmeId),
  );
  const opening = await findOpening(ctx.db, { municipalityId, openingId });
  if (!opening || opening.programmeId !== profile.programmeId || opening.status !== 'open')
    throw new AppError('WORK_OPENING_NOT_FOUND');
  return ctx.db.transaction(async (tx) => {
    if (await findIntroductionOfPair(tx, { municipalityId, profileId, openingId }))
      throw new AppError('WORK_INTRODUCTION_EXISTS');
    const inserted = await insertIntroduction(tx, {
      municipalityId,
      programmeId: profile.programmeId,
      profileId,
      openingId,
      proposedBy: actor.userId,
    });
    await audit(ctx, tx, actor, 'work.introduction_proposed', inserted.id, { openingId });
    return presentIntroduction({ introduction: inserted, profile, opening });
  });
}

export async function listProgrammeIntroductions(
  ctx: AppContext,
  { actor, programmeId }: { actor: Actor; programmeId: string },
): Promise<TWorkIntroduction[]> {
  const municipalityId = tenantOf(actor);
  if (!(await findProgramme(ctx.db, { municipalityId, programmeId })))
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  authorize(actor, 'work.manage', await programmeScope(ctx.db, municipalityId, programmeId));
  const rows = await listIntroductionsOfProgramme(ctx.db, { municipalityId, programmeId });
  return rows.map(presentIntroduction);
}

/**
 * The staff's record of what came of an agreed introduction. A proposal the person has
 * not accepted (or declined) cannot be moved by anyone but them.
 */
export async function recordIntroductionStep(
  ctx: AppContext,
  {
    actor,
    id,
    step,
    startedOn,
    endedOn,
  }: {
    actor: Actor;
    id: string;
    step: StaffIntroductionStep;
    startedOn: string | null;
    endedOn: string | null;
  },
): Promise<TWorkIntroduction> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadForStaff(ctx, tx, actor, id);
    const from = row.introduction.status as IntroductionStatus;
    if (!companyMayRead(from)) throw new AppError('WORK_INTRODUCTION_NOT_AGREED');
    if (!canStaffMove(from, step)) throw new AppError('WORK_INTRODUCTION_STEP_INVALID');
    const start = step === 'started' ? startedOn : row.introduction.startedOn;
    if (step === 'started' && !start)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'startedOn', message: 'the first day of work' }],
      });
    if (start && endedOn && endedOn < start) throw new AppError('WORK_PERIOD_INVALID');
    const values = {
      status: step,
      startedOn: start,
      endedOn: step === 'completed' || step === 'not_completed' ? endedOn : null,
      updatedAt: ctx.now(),
    };
    await updateIntroduction(tx, { municipalityId: tenantOf(actor), id }, values);
    await audit(ctx, tx, actor, 'work.introduction_recorded', id, { step });
    return presentIntroduction({ ...row, introduction: { ...row.introduction, ...values } });
  });
}

export async function recordFollowUp(
  ctx: AppContext,
  { actor, id, months, working }: { actor: Actor; id: string; months: 1 | 6; working: boolean },
): Promise<TWorkIntroduction> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadForStaff(ctx, tx, actor, id);
    if (!row.introduction.startedOn) throw new AppError('WORK_INTRODUCTION_STEP_INVALID');
    const now = ctx.now();
    const values =
      months === 1
        ? { followUp1mAt: now, followUp1mWorking: working, updatedAt: now }
        : { followUp6mAt: now, followUp6mWorking: working, updatedAt: now };
    await updateIntroduction(tx, { municipalityId: tenantOf(actor), id }, values);
    await audit(ctx, tx, actor, 'work.introduction_recorded', id, { followUp: `${months}m` });
    return presentIntroduction({ ...row, introduction: { ...row.introduction, ...values } });
  });
}

function presentMine({ introduction, profile, opening }: JoinedIntroduction): TMyWorkIntroduction {
  return {
    id: introduction.id,
    status: introduction.status as IntroductionStatus,
    opening: presentPublicOpening(opening),
    shownToCompany: profile.shownToCompanies as TMyWorkIntroduction['shownToCompany'],
    createdAt: introduction.createdAt.toISOString(),
  };
}

export async function listMyIntroductions(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'work.participate', { ...tenantScope(actor), ownerId: actor.userId });
  const rows = await listIntroductionsOfUser(ctx.db, {
    municipalityId: tenantOf(actor),
    userId: actor.userId,
  });
  return rows.map(presentMine);
}

/** The person's answer: the only way an introduction leaves `proposed`. */
export async function answerIntroduction(
  ctx: AppContext,
  { actor, id, accept }: { actor: Actor; id: string; accept: boolean },
) {
  const municipalityId = tenantOf(actor);
  await ctx.db.transaction(async (tx) => {
    const row = await findIntroduction(tx, { municipalityId, id });
    // Someone else's introduction looks absent, never forbidden.
    if (!row || row.profile.userId !== actor.userId)
      throw new AppError('WORK_INTRODUCTION_NOT_FOUND');
    authorize(actor, 'work.participate', { municipalityId, ownerId: row.profile.userId });
    if (!awaitsPerson(row.introduction.status as IntroductionStatus))
      throw new AppError('WORK_INTRODUCTION_STEP_INVALID');
    const now = ctx.now();
    await updateIntroduction(
      tx,
      { municipalityId, id },
      { status: accept ? 'accepted' : 'declined', answeredAt: now, updatedAt: now },
    );
    await audit(ctx, tx, actor, 'work.introduction_answered', id, {
      answer: accept ? 'accepted' : 'declined',
    });
  });
  return listMyIntroductions(ctx, { actor });
}

/** A company's introductions: agreed ones, and of each person only what they chose to show. */
export async function listCompanyIntroductions(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'workIntroduction.readAsCompany', {
    ...tenantScope(actor),
    organizationId: actor.organizationId,
  });
  const municipalityId = tenantOf(actor);
  const rows = await listIntroductionsForCompany(ctx.db, {
    municipalityId,
    organizationId: actor.organizationId ?? '',
    hiddenStatuses: introductionStatuses.filter((s) => !companyMayRead(s)),
  });
  const labels = await skillLabelsOf(ctx.db, {
    municipalityId,
    ids: rows.flatMap((r) => r.profile.skillIds),
  });
  const areaName = (await findPublicMunicipalityById(ctx.db, municipalityId))?.name ?? '';
  return rows.map(({ introduction, profile, opening }) => ({
    id: introduction.id,
    openingId: opening.id,
    openingTitle: opening.title,
    status: introduction.status as IntroductionStatus,
    person: introducedPersonOf(profile, {
      skillLabel: (skillId) => labels.get(skillId) ?? null,
      areaName,
    }),
  }));
}
