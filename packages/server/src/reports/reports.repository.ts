import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { municipalities, organizations, reports } from '../platform/db/schema/index.ts';
import type { ReportRow } from './report-presenter.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export async function findReport(
  db: Db,
  { municipalityId, reportId }: { municipalityId: string; reportId: string },
): Promise<ReportRow | null> {
  const [row] = await db
    .select()
    .from(reports)
    .where(ofMunicipality(reports, municipalityId, eq(reports.id, reportId)))
    .limit(1);
  return row ?? null;
}

export async function listReportRows(db: Db, { municipalityId }: { municipalityId: string }) {
  return db
    .select({ report: reports, orgName: organizations.name })
    .from(reports)
    .leftJoin(organizations, eq(organizations.id, reports.organizationId))
    .where(ofMunicipality(reports, municipalityId))
    .orderBy(desc(reports.createdAt));
}

export async function organizationNameOf(
  db: Db,
  { municipalityId, organizationId }: { municipalityId: string; organizationId: string | null },
): Promise<string | null> {
  if (organizationId === null) return null;
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, organizationId)));
  return org?.name ?? null;
}

/**
 * Changes a report only if it is still in one of the expected states at the expected
 * revision (what the caller read); null when another change came first.
 */
export async function updateReportIf(
  db: Db,
  {
    municipalityId,
    reportId,
    statuses,
    revision,
  }: { municipalityId: string; reportId: string; statuses: readonly string[]; revision: number },
  values: Partial<typeof reports.$inferInsert>,
): Promise<ReportRow | null> {
  const [changed] = await db
    .update(reports)
    .set(values)
    .where(
      ofMunicipality(
        reports,
        municipalityId,
        eq(reports.id, reportId),
        inArray(reports.status, [...statuses]),
        eq(reports.revision, revision),
      ),
    )
    .returning();
  return changed ?? null;
}

export async function municipalityNameOf(db: Db, municipalityId: string): Promise<string> {
  const [row] = await db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row?.name ?? '';
}

/** A new report's row. */
export async function insertReport(db: Db, report: typeof reports.$inferInsert) {
  const [created] = await db.insert(reports).values(report).returning();
  if (!created) throw new Error('report insert returned nothing');
  return created;
}
