import { z } from 'zod';

/** The key a browser needs for PushManager.subscribe (base64url, uncompressed P-256 point). */
export const ZPushPublicKey = z.object({ publicKey: z.string() });
export type TPushPublicKey = z.infer<typeof ZPushPublicKey>;

/** base64url (padding tolerated) decoding to exactly `bytes` bytes. */
const ZBase64Url = (bytes: number) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url')
    .refine(
      (s) => Math.floor((s.replace(/=+$/, '').length * 3) / 4) === bytes,
      `must encode ${bytes} bytes`,
    );

/** The endpoint is checked further by the server (https only, and no private addresses). */
export const ZPushEndpoint = z.url().max(2048);

/** What `PushSubscription.toJSON()` gives in the browser. */
export const ZRegisterPushSubscription = z.object({
  endpoint: ZPushEndpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    /** the browser's ECDH public key: 65 bytes */
    p256dh: ZBase64Url(65),
    /** the shared authentication secret: 16 bytes */
    auth: ZBase64Url(16),
  }),
});
export type TRegisterPushSubscription = z.infer<typeof ZRegisterPushSubscription>;

export const ZRemovePushSubscription = z.object({ endpoint: ZPushEndpoint });
export type TRemovePushSubscription = z.infer<typeof ZRemovePushSubscription>;

/**
 * What a notification is about. The visible text is a fixed text per kind: a push travels
 * through the browser vendor's service and shows on a lock screen, so it never carries
 * consultation content or who the person is.
 */
export const pushKinds = [
  'new_message',
  'consultation_waiting',
  'high_risk',
  'sla_breach',
  'appointment_booked',
  'appointment_reminder',
  'appointment_changed',
  'incoming_call',
  'consultation_assigned',
  'consultation_message',
  'check_in_due',
] as const;
export type TPushKind = (typeof pushKinds)[number];

/** The decrypted payload the service worker receives. */
export const ZPushPayload = z.object({
  kind: z.enum(pushKinds),
  title: z.string(),
  body: z.string(),
  /** a path of this app to open on click, e.g. /consultations/<id> */
  url: z.string().startsWith('/'),
});
export type TPushPayload = z.infer<typeof ZPushPayload>;
