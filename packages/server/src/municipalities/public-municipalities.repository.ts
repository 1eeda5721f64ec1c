import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { municipalities } from '../platform/db/schema/index.ts';

const publicColumns = {
  id: municipalities.id,
  code: municipalities.code,
  name: municipalities.name,
  prefecture: municipalities.prefecture,
  consortiumName: municipalities.consortiumName,
  publicContacts: municipalities.publicContacts,
};

export type PublicMunicipalityRow = Awaited<ReturnType<typeof findPublicMunicipalityById>>;

/** The first of the candidate codes that names a municipality, in the candidates' order. */
export async function findPublicMunicipalityByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return null;
  const rows = await db
    .select(publicColumns)
    .from(municipalities)
    .where(inArray(municipalities.code, codes));
  return codes.map((code) => rows.find((r) => r.code === code)).find((r) => r) ?? null;
}

export async function findPublicMunicipalityById(db: Db, municipalityId: string) {
  const [row] = await db
    .select(publicColumns)
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row ?? null;
}

export async function listPublicMunicipalityNames(db: Db) {
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      prefecture: municipalities.prefecture,
    })
    .from(municipalities)
    .orderBy(asc(municipalities.code));
}

export async function replacePublicContacts(
  db: Db,
  {
    municipalityId,
    contacts,
  }: { municipalityId: string; contacts: { label: string; phone: string; hours: string | null }[] },
) {
  await db
    .update(municipalities)
    .set({ publicContacts: contacts })
    .where(eq(municipalities.id, municipalityId));
}
