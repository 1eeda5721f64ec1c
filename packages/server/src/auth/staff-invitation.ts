import type { Role, TStaffInvitation } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../policy/actor.ts';
import { hashPassword } from './password.ts';
import { activateUser, insertUser } from './users.repository.ts';
import {
  findUsableActivation,
  insertActivationToken,
  markActivationUsed,
} from './activation-tokens.repository.ts';
import { openIdentity } from './identity-seal.ts';
import { startSession, type RequestSession } from './session.service.ts';

const activationValidityDays = 7;

/**
 * Creates a staff account without a password and a one-time activation link, which the
 * inviting admin hands over. Runs inside the caller's transaction.
 */
export async function inviteStaffAccount(
  ctx: AppContext,
  tx: Db,
  input: {
    invitedBy: Pick<Actor, 'userId' | 'role'>;
    municipalityId: string | null;
    organizationId?: string | null;
    role: Role;
    email: string;
    displayName: string;
  },
): Promise<TStaffInvitation> {
  const user = await insertUser(tx, ctx, {
    municipalityId: input.municipalityId,
    organizationId: input.organizationId ?? null,
    role: input.role,
    email: input.email,
    displayName: input.displayName,
    status: 'invited',
  });
  const link = await issueActivationLink(ctx, tx, user.id);
  await recordAudit(
    tx,
    {
      action: 'role.assigned',
      municipalityId: input.municipalityId,
      actor: input.invitedBy,
      target: { type: 'user', id: user.id },
      detail: { role: input.role },
    },
    ctx.now(),
  );
  return { userId: user.id, role: input.role, ...link };
}

/** A one-time link to set the password of an account in the `invited` state. */
export async function issueActivationLink(ctx: AppContext, tx: Db, userId: string) {
  const token = newOpaqueToken();
  const expiresAt = new Date(ctx.now().getTime() + activationValidityDays * 86_400_000);
  await insertActivationToken(tx, { tokenHash: hashToken(token), userId, expiresAt });
  return {
    activationUrl: `${ctx.config.publicUrl}/activate?token=${token}`,
    expiresAt: expiresAt.toISOString(),
  };
}

const findUsableToken = (db: Db, token: string, now: Date) =>
  findUsableActivation(db, hashToken(token), now);

export async function getActivationInfo(ctx: AppContext, { token }: { token: string }) {
  const found = await findUsableToken(ctx.db, token, ctx.now());
  if (!found) throw new AppError('ACTIVATION_TOKEN_INVALID');
  const { email, displayName } = openIdentity(ctx, found.user);
  return { email, displayName, role: found.user.role as Role };
}

export async function activateAccount(
  ctx: AppContext,
  { token, password, userAgent }: { token: string; password: string; userAgent: string | null },
): Promise<RequestSession> {
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    const found = await findUsableToken(tx, token, ctx.now());
    if (!found) throw new AppError('ACTIVATION_TOKEN_INVALID');
    if (!(await markActivationUsed(tx, found.activation.id, ctx.now())))
      throw new AppError('ACTIVATION_TOKEN_INVALID');
    const user = await activateUser(tx, found.user.id, passwordHash);
    if (!user) throw new AppError('ACTIVATION_TOKEN_INVALID');
    const session = await startSession(ctx, tx, { user, userAgent });
    await recordAudit(tx, {
      action: 'auth.activated',
      municipalityId: user.municipalityId,
      actor: session.actor,
    });
    return session;
  });
}
