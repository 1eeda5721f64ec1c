import { z } from 'zod';
import { errorCodes } from '../errors.ts';
import { earliestBirthYear } from '../domain/age-band.ts';

export const ZId = z.uuid();
export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZLocale = z.enum(['ja', 'en']);
export type TLocale = z.infer<typeof ZLocale>;

/** One line of text: no control characters at all. */
export const isSingleLineText = (s: string) => !/\p{Cc}/u.test(s);
/** Text that keeps line breaks and tabs but no other control characters. */
export const isMultiLineText = (s: string) => !/[^\P{Cc}\n\r\t]/u.test(s);
export const noControlCharacters = { message: 'control characters are not allowed' };

/** Email as people type it: trimmed and lower-cased before it is compared or stored. */
export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** A display name or nickname: no control characters, no surrounding spaces. */
export const ZDisplayName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine(isSingleLineText, noControlCharacters);

export const ZIdParams = z.object({ id: ZId });

export const ZOk = z.object({ ok: z.literal(true) });

export const ZErrorResponse = z.object({
  error: z.object({
    code: z.enum(errorCodes as [string, ...string[]]),
    message: z.string(),
    requestId: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

/**
 * The year a person was born (optional, for the age band of anonymous statistics only):
 * never in the future, which the server checks against its clock.
 */
export const ZBirthYear = z.number().int().min(earliestBirthYear).max(2100);
