import { eq } from 'drizzle-orm';
import { isWellFormedInviteCode, normalizeInviteCode, type TLocale } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { municipalities, organizations, familyLinks } from '../platform/db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { insertUser } from '../auth/users.repository.ts';
import { startSession, type RequestSession } from '../auth/session.service.ts';
import { countInviteUse, findInviteByCode } from './invites.repository.ts';
import { isInviteUsable } from './invite-validity.ts';

function usableCodeOrThrow(raw: string): string {
  const code = normalizeInviteCode(raw);
  if (!isWellFormedInviteCode(code)) throw new AppError('INVITE_CODE_INVALID');
  return code;
}

/** Tells a person which employer a code belongs to before they sign up; never who issued it. */
export async function lookupInvite(ctx: AppContext, { inviteCode }: { inviteCode: string }) {
  const invite = await findInviteByCode(ctx.db, usableCodeOrThrow(inviteCode), {
    forUpdate: false,
  });
  if (!invite || !isInviteUsable(invite, ctx.now())) throw new AppError('INVITE_CODE_INVALID');
  const [row] = await ctx.db
    .select({ organizationName: organizations.name, municipalityName: municipalities.name })
    .from(organizations)
    .innerJoin(municipalities, eq(municipalities.id, organizations.municipalityId))
    .where(eq(organizations.id, invite.organizationId))
    .limit(1);
  if (!row) throw new AppError('INVITE_CODE_INVALID');
  return { kind: invite.kind as 'worker' | 'family', ...row };
}

/**
 * Enrols a worker with a company code, or a family member with a worker's family code.
 * The code row is locked so that its last use cannot be taken twice.
 */
export async function enrolWithInviteCode(
  ctx: AppContext,
  input: {
    inviteCode: string;
    email: string;
    password: string;
    displayName: string;
    nickname: string | null;
    locale: TLocale;
    userAgent: string | null;
  },
): Promise<RequestSession> {
  const code = usableCodeOrThrow(input.inviteCode);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const invite = await findInviteByCode(tx, code, { forUpdate: true });
    if (!invite || !isInviteUsable(invite, now)) throw new AppError('INVITE_CODE_INVALID');
    const role = invite.kind === 'family' ? 'family' : 'worker';
    const user = await insertUser(tx, {
      municipalityId: invite.municipalityId,
      organizationId: invite.organizationId,
      role,
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      nickname: input.nickname,
      locale: input.locale,
      status: 'active',
    });
    await countInviteUse(tx, invite.id, now);
    if (invite.kind === 'family' && invite.sponsorUserId) {
      await tx.insert(familyLinks).values({
        familyUserId: user.id,
        workerUserId: invite.sponsorUserId,
        municipalityId: invite.municipalityId,
      });
    }
    const session = await startSession(ctx, tx, { user, userAgent: input.userAgent });
    await recordAudit(
      tx,
      {
        action: 'account.enrolled',
        municipalityId: invite.municipalityId,
        actor: session.actor,
        detail: { kind: invite.kind },
      },
      now,
    );
    return session;
  });
}
