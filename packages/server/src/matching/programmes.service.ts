/**
 * A programme as the city sets it up and the public finds it: its skills list, its staff
 * (each bound to this one programme, with the second factor like all staff), and a
 * resident's sign-up without an employer's code.
 */
import type {
  TLocale,
  TSignUpRequested,
  TStaffInvitation,
  TWorkProfile,
  TWorkProgramme,
  WorkProgrammeKind,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { inviteStaffAccount } from '../auth/staff-invitation.ts';
import { requestParticipantEnrolment } from '../invites/enrolment.service.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { findProgramme } from './matching.repository.ts';
import {
  bindProgrammeStaff,
  listProgrammesWithSkills,
  programmesOfStaffMember,
} from './programme-staff.repository.ts';
import { listParticipantsOfProgramme } from './introductions.repository.ts';
import { presentWorkProfile } from './work-profile.presenter.ts';
import { createWorkProgramme, programmeScope } from './work-profiles.service.ts';

function municipalityOf(actor: Actor): string {
  if (!actor.municipalityId) throw new AppError('FORBIDDEN');
  return actor.municipalityId;
}

export async function listPublicWorkProgrammes(
  ctx: AppContext,
  { code }: { code: string },
): Promise<TWorkProgramme[]> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  return listProgrammesWithSkills(ctx.db, { municipalityId: municipality.id });
}

/**
 * The same list for someone signed in (a programme's name and skills are public). Programme
 * staff get only the programme they are bound to: their screens work on "their" programme,
 * and a job centre's staff must not land on わくキャリ's desk of the same town.
 */
export async function listOwnWorkProgrammes(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TWorkProgramme[]> {
  if (!actor.municipalityId) return [];
  const all = await listProgrammesWithSkills(ctx.db, { municipalityId: actor.municipalityId });
  if (actor.role !== 'programme_staff') return all;
  const own = new Set(
    (
      await programmesOfStaffMember(ctx.db, {
        municipalityId: actor.municipalityId,
        userId: actor.userId,
      })
    ).map((p) => p.id),
  );
  return all.filter((p) => own.has(p.id));
}

export async function startWorkProgramme(
  ctx: AppContext,
  {
    actor,
    name,
    kind,
    skillLabels,
  }: { actor: Actor; name: string; kind: WorkProgrammeKind; skillLabels: readonly string[] },
): Promise<TWorkProgramme> {
  const municipalityId = municipalityOf(actor);
  const created = await createWorkProgramme(ctx, {
    actor,
    municipalityId,
    name,
    kind,
    skillLabels,
  });
  return { id: created.id, name, kind, skills: created.skills };
}

/** A staff account bound to exactly this programme, invited by the city. */
export async function inviteProgrammeStaff(
  ctx: AppContext,
  {
    actor,
    programmeId,
    email,
    displayName,
  }: { actor: Actor; programmeId: string; email: string; displayName: string },
): Promise<TStaffInvitation> {
  authorize(actor, 'workProgramme.setup', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  return ctx.db.transaction(async (tx) => {
    if (!(await findProgramme(tx, { municipalityId, programmeId })))
      throw new AppError('WORK_PROGRAMME_NOT_FOUND');
    const invitation = await inviteStaffAccount(ctx, tx, {
      invitedBy: actor,
      municipalityId,
      role: 'programme_staff',
      email,
      displayName,
    });
    await bindProgrammeStaff(tx, { municipalityId, programmeId, userId: invitation.userId });
    await recordAudit(
      tx,
      {
        action: 'work.programme_staff_bound',
        municipalityId,
        actor,
        target: { type: 'user', id: invitation.userId },
        detail: { programmeId },
      },
      ctx.now(),
    );
    return invitation;
  });
}

export async function requestParticipantSignUp(
  ctx: AppContext,
  input: {
    code: string;
    programmeId: string;
    email: string;
    password: string;
    displayName: string;
    locale: TLocale;
    onError: (error: unknown) => void;
  },
): Promise<TSignUpRequested> {
  const municipality = await requireMunicipalityByCode(ctx.db, input.code);
  if (
    !(await findProgramme(ctx.db, {
      municipalityId: municipality.id,
      programmeId: input.programmeId,
    }))
  )
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  return requestParticipantEnrolment(ctx, {
    municipalityId: municipality.id,
    programmeId: input.programmeId,
    email: input.email,
    password: input.password,
    displayName: input.displayName,
    nickname: null,
    locale: input.locale,
    onError: input.onError,
  });
}

/**
 * The programme's participants with their profiles, for its own staff (and the city
 * running it). Every read is audited, like the care team's reads of consultations.
 */
export async function listProgrammeParticipants(
  ctx: AppContext,
  { actor, programmeId }: { actor: Actor; programmeId: string },
): Promise<TWorkProfile[]> {
  const municipalityId = municipalityOf(actor);
  if (!(await findProgramme(ctx.db, { municipalityId, programmeId })))
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  authorize(actor, 'work.manage', await programmeScope(ctx.db, municipalityId, programmeId));
  const rows = await listParticipantsOfProgramme(ctx.db, { municipalityId, programmeId });
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'work.profile_read',
        municipalityId,
        actor,
        target: { type: 'work_programme', id: programmeId },
        detail: { profiles: String(rows.length) },
      },
      ctx.now(),
    ),
  );
  return rows.map(presentWorkProfile);
}
