import { z } from 'zod';
import { ZIsoDateTime } from './common.ts';

const ZConsentBody = z.object({ title: z.string(), body: z.array(z.string()) });

export const ZConsentStatusResponse = z.object({
  current: z.object({
    version: z.string(),
    effectiveFrom: z.string(),
    purposes: z.array(z.enum(['care', 'statistics', 'referral', 'safety'])),
    ja: ZConsentBody,
    en: ZConsentBody,
  }),
  grantedVersion: z.string().nullable(),
  history: z.array(
    z.object({
      version: z.string(),
      action: z.enum(['granted', 'withdrawn']),
      at: ZIsoDateTime,
    }),
  ),
});
export type TConsentStatusResponse = z.infer<typeof ZConsentStatusResponse>;

export const ZGrantConsentRequest = z.object({ version: z.string().min(1).max(40) });
