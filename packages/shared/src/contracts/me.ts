import { z } from 'zod';
import { ZMessageAttachment } from './attachments.ts';
import { ZBirthYear, ZDisplayName, ZId, ZIsoDateTime, ZLocale } from './common.ts';

export const ZUpdateProfileRequest = z
  .object({
    displayName: ZDisplayName.optional(),
    nickname: ZDisplayName.nullable().optional(),
    birthYear: ZBirthYear.nullable().optional(),
    locale: ZLocale.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to update' });

export const ZFamilyCode = z.object({
  id: ZId,
  code: z.string(),
  expiresAt: ZIsoDateTime,
  usedAt: ZIsoDateTime.nullable(),
  revokedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
});
export type TFamilyCode = z.infer<typeof ZFamilyCode>;
export const ZFamilyCodeList = z.object({ items: z.array(ZFamilyCode) });

export const ZMySession = z.object({
  id: ZId,
  createdAt: ZIsoDateTime,
  lastSeenAt: ZIsoDateTime,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const ZMySessionList = z.object({ items: z.array(ZMySession) });

/** Everything the platform holds about the person, for APPI art. 33 disclosure requests. */
export const ZMyDataExport = z.object({
  exportedAt: ZIsoDateTime,
  format: z.literal('yorisoi-personal-data/1'),
  profile: z.object({
    id: ZId,
    role: z.string(),
    email: z.string(),
    displayName: z.string(),
    nickname: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    locale: ZLocale,
    municipality: z.string().nullable(),
    organization: z.string().nullable(),
    createdAt: ZIsoDateTime,
  }),
  consents: z.array(z.object({ version: z.string(), action: z.string(), at: ZIsoDateTime })),
  familyCodes: z.array(ZFamilyCode),
  familyLinks: z.array(
    z.object({ relation: z.enum(['family_of', 'sponsor_of']), since: ZIsoDateTime }),
  ),
  sessions: z.array(
    z.object({
      createdAt: ZIsoDateTime,
      lastSeenAt: ZIsoDateTime,
      userAgent: z.string().nullable(),
    }),
  ),
  /** The person's own consultations with every message, in the clear (it is their data). */
  consultations: z.array(
    z.object({
      id: ZId,
      status: z.string(),
      topics: z.array(z.string()),
      createdAt: ZIsoDateTime,
      closedAt: ZIsoDateTime.nullable(),
      messages: z.array(
        z.object({
          seq: z.number().int(),
          from: z.enum(['me', 'care_team']),
          body: z.string(),
          /** The files' descriptions; each file itself downloads from the chat. */
          attachments: z.array(ZMessageAttachment),
          at: ZIsoDateTime,
        }),
      ),
    }),
  ),
  accessLog: z.array(
    z.object({ at: ZIsoDateTime, action: z.string(), byRole: z.string().nullable() }),
  ),
});
export type TMyDataExport = z.infer<typeof ZMyDataExport>;

export const ZDeletionRequest = z.object({
  confirm: z.literal(true),
  reason: z.string().trim().max(500).optional(),
});
export const ZDeletionResponse = z.object({ scheduledFor: ZIsoDateTime });
