import { z } from 'zod';
import { roles, licenceTypes, licenceVerificationStates } from '../domain/roles.ts';
import { passwordMaxLength, passwordMinLength } from '../domain/password.ts';
import { workProgrammeKinds } from '../domain/matching/programme-kinds.ts';
import { ZDisplayName, ZEmail, ZId, ZLocale } from './common.ts';

export const ZRole = z.enum(roles);

/**
 * Where a signed-in person stands with the second factor:
 * `not_required` for people who consult, `enrol` and `verify` for staff who must do that
 * before anything else, `ok` when done.
 */
export const ZMfaState = z.enum(['not_required', 'enrol', 'verify', 'ok']);

export const ZSessionUser = z.object({
  id: ZId,
  role: ZRole,
  email: z.string(),
  displayName: z.string(),
  nickname: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  locale: ZLocale,
  municipality: z.object({ id: ZId, name: z.string() }).nullable(),
  organization: z.object({ id: ZId, name: z.string() }).nullable(),
  licence: z
    .object({
      type: z.enum(licenceTypes),
      verification: z.enum(licenceVerificationStates),
    })
    .nullable(),
  consent: z.object({
    required: z.boolean(),
    currentVersion: z.string(),
    grantedVersion: z.string().nullable(),
  }),
  /** Programme staff's own programme (わくキャリ or the job centre); null for everyone else. */
  programme: z.object({ id: ZId, name: z.string(), kind: z.enum(workProgrammeKinds) }).nullable(),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionResponse = z.object({
  user: ZSessionUser.nullable(),
  mfa: ZMfaState,
  csrfToken: z.string().nullable(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZPassword = z.string().min(passwordMinLength).max(passwordMaxLength);

export const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');

export const ZSignInRequest = z.object({
  email: ZEmail,
  password: z.string().min(1).max(passwordMaxLength),
  /**
   * Staff may send their second factor with the password: it lets them through while
   * strangers' failures are slowing their account down.
   */
  totpCode: ZTotpCode.optional(),
});
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZSignUpRequest = z.object({
  inviteCode: z.string().min(1).max(40),
  email: ZEmail,
  password: ZPassword,
  displayName: ZDisplayName,
  nickname: ZDisplayName.nullable().optional(),
  locale: ZLocale.default('ja'),
});
export type TSignUpRequest = z.input<typeof ZSignUpRequest>;

/**
 * The answer to a sign-up, the same whether or not the address is already registered: the
 * account exists only once the link mailed to the address is opened. `unavailable` when
 * this installation sends no mail at all (then nothing was stored).
 */
/** How long a sign-up's mailed link works: people sign up at work and may read private mail only in the evening. */
export const signUpValidityHours = 24;

export const ZSignUpRequested = z.object({ delivery: z.enum(['mail', 'unavailable']) });
export type TSignUpRequested = z.infer<typeof ZSignUpRequested>;

export const ZSignUpConfirmRequest = z.object({ token: z.string().min(10).max(200) });

export const ZInviteLookupRequest = z.object({ inviteCode: z.string().min(1).max(40) });
export const ZInviteLookupResponse = z.object({
  kind: z.enum(['worker', 'family']),
  organizationName: z.string(),
  municipalityName: z.string(),
});
export type TInviteLookupResponse = z.infer<typeof ZInviteLookupResponse>;

export const ZTotpSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});
export type TTotpSetupResponse = z.infer<typeof ZTotpSetupResponse>;

export const ZTotpCodeRequest = z.object({ code: ZTotpCode });

export const ZActivateRequest = z.object({
  token: z.string().min(10).max(200),
  password: ZPassword,
});

export const ZActivationInfoRequest = z.object({ token: z.string().min(10).max(200) });
export const ZActivationInfoResponse = z.object({
  email: z.string(),
  displayName: z.string(),
  role: ZRole,
});

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

/**
 * The same for every address: only whether this installation sends mail at all, so the
 * page never claims a mail was sent when none can be.
 */
export const ZPasswordResetRequested = z.object({ delivery: z.enum(['mail', 'unavailable']) });
export type TPasswordResetRequested = z.infer<typeof ZPasswordResetRequested>;

export const ZPasswordResetSubmit = z.object({
  token: z.string().min(10).max(200),
  password: ZPassword,
});
export type TPasswordResetSubmit = z.infer<typeof ZPasswordResetSubmit>;
