import crypto from 'node:crypto';

/**
 * LINE signs each webhook with HMAC-SHA256 of the raw body under the channel secret,
 * base64 (developers.line.biz, "Verify webhook signature"). LINE publishes no source
 * addresses, so this is the only check that a webhook came from LINE; it runs on the
 * bytes as received, before the body is parsed.
 */
export function lineSignature(channelSecret: string, rawBody: Uint8Array): string {
  return crypto.createHmac('sha256', channelSecret).update(rawBody).digest('base64');
}

/** Constant-time comparison of the decoded digests; a missing or malformed header is false. */
export function isValidLineSignature(
  channelSecret: string,
  rawBody: Uint8Array,
  header: string | undefined,
): boolean {
  if (typeof header !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(header)) return false;
  const expected = crypto.createHmac('sha256', channelSecret).update(rawBody).digest();
  const given = Buffer.from(header, 'base64');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
