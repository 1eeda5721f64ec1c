import { z } from 'zod';
import { isMultiLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';

/**
 * Break-glass: revealing who a person is, to act in an emergency. A supervisor asks with
 * a written reason, a second supervisor approves, every step is audit-logged, and the
 * person is shown afterwards that it happened and why.
 */
export const ZDisclosureReason = z
  .string()
  .trim()
  .min(20, 'please describe the emergency')
  .max(1000)
  .refine(isMultiLineText, noControlCharacters);

export const ZRequestDisclosure = z.object({ reason: ZDisclosureReason });
export const ZDecideDisclosure = z.object({ approve: z.boolean() });

export const ZDisclosure = z.object({
  id: ZId,
  consultationId: ZId,
  status: z.enum(['pending', 'approved', 'rejected']),
  reason: z.string(),
  requestedByMe: z.boolean(),
  createdAt: ZIsoDateTime,
  decidedAt: ZIsoDateTime.nullable(),
  /** Only once approved, and only to the two supervisors involved. */
  identity: z
    .object({ displayName: z.string(), email: z.string(), organization: z.string().nullable() })
    .nullable(),
});
export type TDisclosure = z.infer<typeof ZDisclosure>;
export const ZDisclosureList = z.object({ items: z.array(ZDisclosure) });

/** What the person is shown afterwards. */
export const ZMyDisclosure = z.object({ at: ZIsoDateTime, reason: z.string() });
export const ZMyDisclosureList = z.object({ items: z.array(ZMyDisclosure) });
