import type { Db } from '../platform/db/database.ts';
import { retentionSettings } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/** The months each kind is kept, for the kinds the municipality has set. */
export async function configuredRetention(
  db: Db,
  municipalityId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ kind: retentionSettings.kind, months: retentionSettings.months })
    .from(retentionSettings)
    .where(ofMunicipality(retentionSettings, municipalityId));
  return new Map(rows.map((row) => [row.kind, row.months]));
}

export async function saveRetention(
  db: Db,
  municipalityId: string,
  values: { kind: string; months: number; updatedBy: string; now: Date },
): Promise<void> {
  await db
    .insert(retentionSettings)
    .values({ municipalityId, ...values, updatedAt: values.now })
    .onConflictDoUpdate({
      target: [retentionSettings.municipalityId, retentionSettings.kind],
      set: { months: values.months, updatedBy: values.updatedBy, updatedAt: values.now },
    });
}
