import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { blindIndex, identityIndexKey } from '../platform/crypto/blind-index.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';

/**
 * Who a person is: sealed at rest in `users.identity_sealed` like message bodies, so a
 * database dump shows no name, address or birth year; read in memory only.
 */
const ZIdentity = z.object({
  email: z.string(),
  displayName: z.string(),
  nickname: z.string().nullable(),
  birthYear: z.number().int().nullable(),
});
export type Identity = z.infer<typeof ZIdentity>;

/** What sealing and indexing need of the context: the keyring and the index key. */
export interface IdentityCrypto {
  config: Pick<AppContext['config'], 'identityIndexKey'>;
  keyring: AppContext['keyring'];
}
type Crypto = IdentityCrypto;

const contextOf = (userId: string) => `users.identity_sealed:${userId}`;

export function sealIdentity(ctx: Crypto, userId: string, identity: Identity): string {
  return sealField(ctx.keyring, JSON.stringify(identity), contextOf(userId));
}

export function openIdentity(ctx: Crypto, row: { id: string; identitySealed: string }): Identity {
  return ZIdentity.parse(JSON.parse(openField(ctx.keyring, row.identitySealed, contextOf(row.id))));
}

/** The lookup key of an address at sign-in and for uniqueness (case and spaces ignored). */
export function emailIndexOf(ctx: Crypto, email: string): string {
  const key = identityIndexKey(ctx.config.identityIndexKey, ctx.keyring);
  return blindIndex(key, 'users.email', email.trim().toLowerCase());
}
