import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { signUpRequests } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type SignUpRequestRow = typeof signUpRequests.$inferSelect;

export async function insertSignUpRequest(db: Db, values: typeof signUpRequests.$inferInsert) {
  await db.insert(signUpRequests).values(values);
}

/** Network-wide like reset links: the token names one request on its own. */
export async function findSignUpRequest(
  db: Db,
  tokenHash: string,
): Promise<SignUpRequestRow | null> {
  const [row] = await db
    .select()
    .from(signUpRequests)
    .where(eq(signUpRequests.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Marks the request used; false when another confirmation took it first. */
export async function useSignUpRequest(
  db: Db,
  { municipalityId, id, now }: { municipalityId: string; id: string; now: Date },
): Promise<boolean> {
  const used = await db
    .update(signUpRequests)
    .set({ usedAt: now })
    .where(
      ofMunicipality(
        signUpRequests,
        municipalityId,
        eq(signUpRequests.id, id),
        isNull(signUpRequests.usedAt),
      ),
    )
    .returning({ id: signUpRequests.id });
  return used.length > 0;
}
