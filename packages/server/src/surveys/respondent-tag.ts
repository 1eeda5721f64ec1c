import crypto from 'node:crypto';
import type { Keyring } from '../platform/crypto/keyring.ts';

/** A purpose-bound subkey, so the tag key is never the key that seals fields. */
function tagKey(key: Buffer): Buffer {
  return crypto.createHmac('sha256', key).update('yorisoi:survey-respondent:v1').digest();
}

function tagWith(kid: string, key: Buffer, surveyId: string, userId: string): string {
  const mac = crypto.createHmac('sha256', tagKey(key)).update(`${surveyId}\n${userId}`).digest();
  return `${kid}:${mac.toString('base64url')}`;
}

/**
 * "This person answered this survey", as an HMAC of (survey, user): the database alone
 * cannot tell whose tag it is, and the tag says nothing about the answers.
 */
export function respondentTag(keyring: Keyring, surveyId: string, userId: string): string {
  return tagWith(keyring.activeKid, keyring.keys.get(keyring.activeKid)!, surveyId, userId);
}

/** The tag under every key of the ring: after a key rotation an older tag still counts. */
export function respondentTagsUnderAllKeys(
  keyring: Keyring,
  surveyId: string,
  userId: string,
): string[] {
  return [...keyring.keys].map(([kid, key]) => tagWith(kid, key, surveyId, userId));
}
