import { z } from 'zod';
import { careTeamRoles, licenceTypes, licenceVerificationStates } from '../domain/roles.ts';
import { ZDisplayName, ZEmail, ZId, ZIsoDateTime } from './common.ts';
import { ZRole } from './session.ts';

/** Licence registration numbers are digits (看護師籍登録番号 etc.), up to 10 of them. */
export const ZLicenceNumber = z
  .string()
  .trim()
  .transform((s) => s.normalize('NFKC'))
  .pipe(z.string().regex(/^\d{4,10}$/, 'digits only'));

export const ZCareTeamMember = z.object({
  id: ZId,
  role: z.enum(careTeamRoles),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['invited', 'active', 'disabled']),
  mfaEnrolled: z.boolean(),
  licence: z
    .object({
      type: z.enum(licenceTypes),
      number: z.string(),
      verification: z.enum(licenceVerificationStates),
      verifiedAt: ZIsoDateTime.nullable(),
    })
    .nullable(),
  createdAt: ZIsoDateTime,
});
export type TCareTeamMember = z.infer<typeof ZCareTeamMember>;
export const ZCareTeamList = z.object({ items: z.array(ZCareTeamMember) });

export const ZCreateCareTeamMemberRequest = z.object({
  email: ZEmail,
  displayName: ZDisplayName,
  role: z.enum(careTeamRoles),
  licenceType: z.enum(licenceTypes),
  licenceNumber: ZLicenceNumber,
});
export type TCreateCareTeamMemberRequest = z.input<typeof ZCreateCareTeamMemberRequest>;

export const ZSetLicenceVerificationRequest = z.object({
  verification: z.enum(['verified', 'rejected']),
});

export const ZChangeRoleRequest = z.object({ role: z.enum(careTeamRoles) });

/** A staff account is created with a one-time activation link instead of a password. */
export const ZStaffInvitation = z.object({
  userId: ZId,
  role: ZRole,
  activationUrl: z.string(),
  expiresAt: ZIsoDateTime,
});
export type TStaffInvitation = z.infer<typeof ZStaffInvitation>;

export const ZStaffAccount = z.object({
  id: ZId,
  role: ZRole,
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['invited', 'active', 'disabled']),
  createdAt: ZIsoDateTime,
});
export const ZStaffAccountList = z.object({ items: z.array(ZStaffAccount) });
