import { and, eq, isNull, or, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { users } from '../platform/db/schema/index.ts';
import { sealedIdentityColumns } from './users.repository.ts';

/**
 * The post-step of migration 0039: seals the identity of every row written before it
 * and empties the row's plaintext columns in the same update. Runs at start after the
 * migrations, before the server answers; a row another instance sealed meanwhile is left
 * alone (the update asks for the plaintext still being there). Returns how many it sealed.
 */
export async function sealLegacyIdentities(ctx: AppContext): Promise<number> {
  const legacy = await ctx.db
    .select({
      id: users.id,
      email: users.legacyEmail,
      displayName: users.legacyDisplayName,
      nickname: users.legacyNickname,
      birthYear: users.legacyBirthYear,
    })
    .from(users)
    .where(or(isNull(users.identitySealed), isNotNull(users.legacyEmail)));
  let sealed = 0;
  for (const row of legacy) {
    if (row.email === null || row.displayName === null) continue;
    const done = await ctx.db
      .update(users)
      .set({
        ...sealedIdentityColumns(ctx, row.id, {
          email: row.email,
          displayName: row.displayName,
          nickname: row.nickname,
          birthYear: row.birthYear,
        }),
        legacyEmail: null,
        legacyDisplayName: null,
        legacyNickname: null,
        legacyBirthYear: null,
      })
      .where(and(eq(users.id, row.id), isNotNull(users.legacyEmail)))
      .returning({ id: users.id });
    sealed += done.length;
  }
  return sealed;
}
