import crypto from 'node:crypto';
import type { AppContext } from '../app/context.ts';

/**
 * Keyed HMAC pseudonyms for statistics. The key comes from PSEUDONYM_KEY, never from the
 * database: whoever reads the database alone cannot tell which record is whose, while the
 * server can count one person once and let a later rating reach its case record. Without
 * the variable (development and tests only; config refuses production) the key is derived
 * from the encryption key in use. The key must never change: other pseudonyms would count
 * the same person twice and void the release ledger's memory.
 */
function pseudonymKey(ctx: AppContext): Buffer {
  if (ctx.config.pseudonymKey) return ctx.config.pseudonymKey;
  const material = ctx.keyring.keys.get(ctx.keyring.activeKid)!;
  return Buffer.from(
    crypto.hkdfSync('sha256', material, Buffer.alloc(0), 'yorisoi statistics pseudonyms', 32),
  );
}

function pseudonym(ctx: AppContext, purpose: string, id: string): string {
  return crypto
    .createHmac('sha256', pseudonymKey(ctx))
    .update(`${purpose}:${id}`)
    .digest('base64url')
    .slice(0, 22);
}

/** Counts distinct persons; the same person always gets the same key. */
export const personPseudonym = (ctx: AppContext, userId: string) =>
  pseudonym(ctx, 'person', userId);

/** Finds the case record of a consultation (its rating), from the consultation side only. */
export const casePseudonym = (ctx: AppContext, consultationId: string) =>
  pseudonym(ctx, 'case', consultationId);
