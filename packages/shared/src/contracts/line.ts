import { z } from 'zod';

/**
 * LINE as the door and the bell, never the room (issue 19). City staff set the
 * municipality's official account; the secret and the token go in and never come back
 * (only whether they are set). A person links their LINE to their Yorisoi account with
 * LINE's account-link flow; LINE then only says that something is waiting.
 */
export const ZLineSettings = z.object({
  configured: z.boolean(),
  channelId: z.string().nullable(),
  /** The last four characters of the access token, so staff can tell which one is set. */
  accessTokenEnding: z.string().nullable(),
  monthlyPushBudget: z.number().int(),
  /** Pushes counted this calendar month (Japan time). */
  pushedThisMonth: z.number().int(),
  month: z.string(),
  demo: z.boolean(),
  /** Where LINE must send webhooks for this municipality. */
  webhookUrl: z.string(),
  updatedAt: z.string().nullable(),
});
export type TLineSettings = z.infer<typeof ZLineSettings>;

export const ZUpdateLineSettingsRequest = z.object({
  channelId: z
    .string()
    .trim()
    .regex(/^[0-9]{6,20}$/, 'the channel ID is a number of 6 to 20 digits'),
  /** Left out to keep the stored one; a new one replaces it. */
  channelSecret: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{32}$/, 'the channel secret is 32 hexadecimal characters')
    .optional(),
  accessToken: z.string().trim().min(20).max(1000).optional(),
  monthlyPushBudget: z.number().int().min(0).max(10_000_000),
});
export type TUpdateLineSettingsRequest = z.infer<typeof ZUpdateLineSettingsRequest>;

export const ZMyLine = z.object({
  /** Whether the municipality has a LINE account at all (otherwise nothing to link). */
  available: z.boolean(),
  linked: z.boolean(),
  linkedAt: z.string().nullable(),
  /** The person blocked or unfollowed the account: nothing is sent until they follow again. */
  blocked: z.boolean(),
});
export type TMyLine = z.infer<typeof ZMyLine>;

export const ZStartLineLinkRequest = z.object({
  /** The link token LINE issued for this LINE user; it came in the link the bot sent. */
  linkToken: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,200}$/),
});
export type TStartLineLinkRequest = z.infer<typeof ZStartLineLinkRequest>;

export const ZStartLineLinkResponse = z.object({
  /** LINE's account-link dialog with the link token and our nonce. */
  redirectUrl: z.string(),
  expiresAt: z.string(),
});
export type TStartLineLinkResponse = z.infer<typeof ZStartLineLinkResponse>;
