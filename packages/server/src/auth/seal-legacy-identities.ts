import type { AppContext } from '../app/context.ts';
import { findLegacyIdentities, sealLegacyIdentity } from './users.repository.ts';

/**
 * The post-step of migration 0039: seals the identity of every row written before it
 * and empties the row's plaintext columns in the same update. Runs at start after the
 * migrations, before the server answers; a row another instance sealed meanwhile is left
 * alone (the update asks for the plaintext still being there). Returns how many it sealed.
 */
export async function sealLegacyIdentities(ctx: AppContext): Promise<number> {
  const legacy = await findLegacyIdentities(ctx.db);
  let sealed = 0;
  for (const row of legacy) {
    if (row.email === null || row.displayName === null) continue;
    const done = await sealLegacyIdentity(ctx.db, ctx, row.id, {
      email: row.email,
      displayName: row.displayName,
      nickname: row.nickname,
      birthYear: row.birthYear,
    });
    if (done) sealed++;
  }
  return sealed;
}
