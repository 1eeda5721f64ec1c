import type { CareTeamRole, LicenceType, TCareTeamMember, TStaffInvitation } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { inviteStaffAccount, issueActivationLink } from '../auth/staff-invitation.ts';
import { revokeAllSessionsOfUser } from '../auth/sessions.repository.ts';
import { openUser, resetToInvited, setRole, type UserRow } from '../auth/users.repository.ts';
import {
  findCareTeamRows,
  insertLicence,
  setLicenceVerificationOf,
  type LicenceRow,
} from './licences.repository.ts';

type MemberRow = {
  user: UserRow;
  licence: LicenceRow | null;
};

export function presentCareTeamMember({ user, licence }: MemberRow): TCareTeamMember {
  return {
    id: user.id,
    role: user.role as CareTeamRole,
    email: user.email,
    displayName: user.displayName,
    status:
      user.status === 'invited' ? 'invited' : user.status === 'active' ? 'active' : 'disabled',
    mfaEnrolled: user.totpEnabledAt !== null,
    licence: licence
      ? {
          type: licence.licenceType as LicenceType,
          number: licence.licenceNumber,
          verification: licence.verification as 'pending' | 'verified' | 'rejected',
          verifiedAt: licence.verifiedAt?.toISOString() ?? null,
        }
      : null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** Sorted by role, then name, in memory: names are sealed, the database cannot order them. */
async function selectMembers(
  ctx: AppContext,
  municipalityId: string,
  userId?: string,
): Promise<MemberRow[]> {
  const rows = await findCareTeamRows(ctx.db, municipalityId, userId);
  return rows
    .map(({ user, licence }) => ({ user: openUser(ctx, user), licence }))
    .sort(
      (a, b) =>
        a.user.role.localeCompare(b.user.role) ||
        a.user.displayName.localeCompare(b.user.displayName, 'ja'),
    );
}

/** Licence numbers are personal data: every listing is audit-logged. */
export async function listCareTeam(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'careTeam.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await selectMembers(ctx, municipalityId);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'care_team.read',
      municipalityId,
      actor,
      detail: { count: rows.length },
    }),
  );
  return rows;
}

export async function createCareTeamMember(
  ctx: AppContext,
  input: {
    actor: Actor;
    email: string;
    displayName: string;
    role: CareTeamRole;
    licenceType: LicenceType;
    licenceNumber: string;
  },
) {
  const { actor } = input;
  authorize(actor, 'careTeam.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  return ctx.db.transaction(async (tx) => {
    const invitation = await inviteStaffAccount(ctx, tx, {
      invitedBy: actor,
      municipalityId,
      role: input.role,
      email: input.email,
      displayName: input.displayName,
    });
    await insertLicence(tx, municipalityId, {
      userId: invitation.userId,
      licenceType: input.licenceType,
      licenceNumber: input.licenceNumber,
    });
    return invitation;
  });
}

async function loadMember(ctx: AppContext, actor: Actor, userId: string) {
  const [member] = await selectMembers(ctx, actor.municipalityId as string, userId);
  if (!member) throw new AppError('NOT_FOUND');
  return member;
}

/** A supervisor records that a licence was checked against the register, or rejects it. */
export async function setLicenceVerification(
  ctx: AppContext,
  {
    actor,
    userId,
    verification,
  }: { actor: Actor; userId: string; verification: 'verified' | 'rejected' },
) {
  authorize(actor, 'careTeam.manage', tenantScope(actor));
  const member = await loadMember(ctx, actor, userId);
  if (!member.licence) throw new AppError('NOT_FOUND');
  if (userId === actor.userId) throw new AppError('FORBIDDEN', { detail: 'no self-verification' });
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await setLicenceVerificationOf(tx, member.licence!.municipalityId, userId, {
      verification,
      verifiedBy: actor.userId,
      verifiedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'licence.verification_set',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'user', id: userId },
        detail: { verification },
      },
      now,
    );
  });
  return presentCareTeamMember(await loadMember(ctx, actor, userId));
}

export async function changeCareTeamRole(
  ctx: AppContext,
  { actor, userId, role }: { actor: Actor; userId: string; role: CareTeamRole },
) {
  authorize(actor, 'careTeam.manage', tenantScope(actor));
  const member = await loadMember(ctx, actor, userId);
  if (userId === actor.userId) throw new AppError('FORBIDDEN', { detail: 'no self role change' });
  if (member.user.role !== role) {
    await ctx.db.transaction(async (tx) => {
      await setRole(tx, actor.municipalityId as string, userId, role);
      await recordAudit(tx, {
        action: 'role.changed',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'user', id: userId },
        detail: { from: member.user.role, to: role },
      });
    });
  }
  return presentCareTeamMember(await loadMember(ctx, actor, userId));
}

/**
 * For a member who forgot their password or lost their authenticator: the password and
 * the second factor are cleared, every session ends, and the supervisor hands over a new
 * activation link, after which the member sets a password and enrols TOTP again.
 */
export async function resetCareTeamMemberAccess(
  ctx: AppContext,
  { actor, userId }: { actor: Actor; userId: string },
): Promise<TStaffInvitation> {
  authorize(actor, 'careTeam.manage', tenantScope(actor));
  const member = await loadMember(ctx, actor, userId);
  if (userId === actor.userId) throw new AppError('FORBIDDEN', { detail: 'no self reset' });
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await resetToInvited(tx, actor.municipalityId as string, userId);
    const ended = await revokeAllSessionsOfUser(tx, userId, now);
    const link = await issueActivationLink(ctx, tx, userId);
    await recordAudit(
      tx,
      {
        action: 'auth.access_reset',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'user', id: userId },
        detail: { sessionsEnded: ended },
      },
      now,
    );
    return { userId, role: member.user.role as CareTeamRole, ...link };
  });
}
