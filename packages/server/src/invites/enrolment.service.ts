import crypto from 'node:crypto';
import {
  isWellFormedInviteCode,
  normalizeInviteCode,
  signUpValidityHours,
  type TLocale,
  type TSignUpRequested,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { hashToken } from '../platform/crypto/tokens.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { findUserByEmail, insertUser } from '../auth/users.repository.ts';
import { startSession, type RequestSession } from '../auth/session.service.ts';
import { accountMailConfigured, sendAccountMail } from '../auth/account-mail.ts';
import { isMailedLinkUsable, mailedLinkFor, newMailedLink } from '../auth/mailed-link.ts';
import {
  countInviteUse,
  findInviteByCode,
  findInviteEmployer,
  insertFamilyLink,
  lockInviteById,
} from './invites.repository.ts';
import { isInviteUsable } from './invite-validity.ts';
import {
  findSignUpRequest,
  insertSignUpRequest,
  useSignUpRequest,
} from './sign-up-requests.repository.ts';
import { openSignUpForm, sealSignUpForm } from './sign-up-form.ts';
import { alreadyRegisteredMail, confirmationMail } from './enrolment-mail.ts';

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
  const row = await findInviteEmployer(ctx.db, invite.municipalityId, invite.organizationId);
  if (!row) throw new AppError('INVITE_CODE_INVALID');
  return { kind: invite.kind as 'worker' | 'family', ...row };
}

interface SignUpForm {
  email: string;
  password: string;
  displayName: string;
  nickname: string | null;
  locale: TLocale;
  onError: (error: unknown) => void;
}

interface SignUpInput extends SignUpForm {
  inviteCode: string;
}

/** What a sign-up is for, found inside the request's transaction: a code or a programme. */
interface SignUpTarget {
  municipalityId: string;
  inviteCodeId: string | null;
  programmeId: string | null;
  kind: 'worker' | 'family' | 'participant';
}

/**
 * Asks to enrol a worker with a company code, or a family member with a worker's family
 * code. The answer and the work are the same whether or not the address is registered:
 * the password is hashed, one sealed request and one audit entry are written, one mail
 * goes out after the answer. A new address gets the link that creates the account; the
 * owner of a registered one is told that someone tried, with how to sign in.
 */
export async function requestEnrolment(
  ctx: AppContext,
  input: SignUpInput,
): Promise<TSignUpRequested> {
  const code = usableCodeOrThrow(input.inviteCode);
  return requestSignUp(ctx, input, async (tx, now) => {
    const invite = await findInviteByCode(tx, code, { forUpdate: false });
    if (!invite || !isInviteUsable(invite, now)) throw new AppError('INVITE_CODE_INVALID');
    return {
      municipalityId: invite.municipalityId,
      inviteCodeId: invite.id,
      programmeId: null,
      kind: invite.kind === 'family' ? 'family' : 'worker',
    };
  });
}

/**
 * Asks to enrol a resident in a back-to-work programme: no invite code, since the
 * programme serves residents as well as workers; the same mailed link and the same answer.
 */
export async function requestParticipantEnrolment(
  ctx: AppContext,
  input: SignUpForm & { municipalityId: string; programmeId: string },
): Promise<TSignUpRequested> {
  return requestSignUp(ctx, input, async () => ({
    municipalityId: input.municipalityId,
    inviteCodeId: null,
    programmeId: input.programmeId,
    kind: 'participant',
  }));
}

async function requestSignUp(
  ctx: AppContext,
  input: SignUpForm,
  targetOf: (tx: Db, now: Date) => Promise<SignUpTarget>,
): Promise<TSignUpRequested> {
  if (!accountMailConfigured(ctx)) return { delivery: 'unavailable' };
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  const link = newMailedLink(now, signUpValidityHours * 60);
  const requestId = crypto.randomUUID();
  const registered = await ctx.db.transaction(async (tx) => {
    const target = await targetOf(tx, now);
    const owner = await findUserByEmail(tx, ctx, input.email);
    await insertSignUpRequest(tx, {
      id: requestId,
      tokenHash: link.tokenHash,
      municipalityId: target.municipalityId,
      inviteCodeId: target.inviteCodeId,
      programmeId: target.programmeId,
      formSealed: sealSignUpForm(ctx.keyring, requestId, {
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        nickname: input.nickname,
        locale: input.locale,
      }),
      expiresAt: link.expiresAt,
    });
    await recordAudit(
      tx,
      {
        action: 'account.sign_up_requested',
        municipalityId: target.municipalityId,
        actor: null,
        detail: { kind: target.kind },
      },
      now,
    );
    return owner;
  });
  const { publicUrl } = ctx.config;
  const mail = registered
    ? registered.status === 'active'
      ? alreadyRegisteredMail(registered.email, registered.locale === 'en' ? 'en' : 'ja', {
          signIn: `${publicUrl}/signin`,
          passwordReset: `${publicUrl}/password-reset/request`,
        })
      : null
    : confirmationMail(
        input.email,
        input.locale,
        mailedLinkFor(publicUrl, '/signup/confirm', link.token),
      );
  if (mail) void sendAccountMail(ctx, mail).catch(input.onError);
  return { delivery: 'mail' };
}

/**
 * Creates the account of a sign-up with its mailed link and signs the person in. The
 * code's row is locked so that its last use cannot be taken twice; an address taken in
 * the meantime makes the link invalid, like an expired or used one.
 */
export async function confirmEnrolment(
  ctx: AppContext,
  { token, userAgent }: { token: string; userAgent: string | null },
): Promise<RequestSession> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const request = await findSignUpRequest(tx, hashToken(token));
    if (!request || !isMailedLinkUsable(request, now)) throw new AppError('SIGN_UP_LINK_INVALID');
    const { municipalityId } = request;
    if (!(await useSignUpRequest(tx, { municipalityId, id: request.id, now }))) {
      throw new AppError('SIGN_UP_LINK_INVALID');
    }
    const form = openSignUpForm(ctx.keyring, request.id, request.formSealed);
    if (await findUserByEmail(tx, ctx, form.email)) throw new AppError('SIGN_UP_LINK_INVALID');
    if (request.inviteCodeId === null) {
      return confirmParticipant(ctx, tx, { municipalityId, form, userAgent, now });
    }
    const invite = await lockInviteById(tx, municipalityId, request.inviteCodeId);
    if (!invite || !isInviteUsable(invite, now)) throw new AppError('INVITE_CODE_INVALID');
    const user = await insertUser(tx, ctx, {
      municipalityId: invite.municipalityId,
      organizationId: invite.organizationId,
      role: invite.kind === 'family' ? 'family' : 'worker',
      email: form.email,
      passwordHash: form.passwordHash,
      displayName: form.displayName,
      nickname: form.nickname,
      locale: form.locale,
      status: 'active',
    });
    await countInviteUse(tx, invite.id, now);
    if (invite.kind === 'family' && invite.sponsorUserId) {
      await insertFamilyLink(tx, invite.municipalityId, {
        familyUserId: user.id,
        workerUserId: invite.sponsorUserId,
      });
    }
    const session = await startSession(ctx, tx, { user, userAgent });
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

/** A resident's account: no employer, the role that keeps a back-to-work profile. */
async function confirmParticipant(
  ctx: AppContext,
  tx: Db,
  {
    municipalityId,
    form,
    userAgent,
    now,
  }: {
    municipalityId: string;
    form: ReturnType<typeof openSignUpForm>;
    userAgent: string | null;
    now: Date;
  },
): Promise<RequestSession> {
  const user = await insertUser(tx, ctx, {
    municipalityId,
    organizationId: null,
    role: 'participant',
    email: form.email,
    passwordHash: form.passwordHash,
    displayName: form.displayName,
    nickname: form.nickname,
    locale: form.locale,
    status: 'active',
  });
  const session = await startSession(ctx, tx, { user, userAgent });
  await recordAudit(
    tx,
    {
      action: 'account.enrolled',
      municipalityId,
      actor: session.actor,
      detail: { kind: 'participant' },
    },
    now,
  );
  return session;
}
