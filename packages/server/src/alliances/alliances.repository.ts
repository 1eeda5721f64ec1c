import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  allianceAwards,
  allianceDeclarations,
  allianceMembers,
  alliances,
  organizations,
  reports,
  workOpenings,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type AllianceRow = typeof alliances.$inferSelect;
export type MemberRow = typeof allianceMembers.$inferSelect;
export type DeclarationRow = typeof allianceDeclarations.$inferSelect;
export type AwardRow = typeof allianceAwards.$inferSelect;

export async function listAllianceRows(db: Db, municipalityId: string) {
  return db
    .select()
    .from(alliances)
    .where(ofMunicipality(alliances, municipalityId))
    .orderBy(asc(alliances.foundedOn), asc(alliances.name));
}

export async function findAlliance(db: Db, municipalityId: string, allianceId: string) {
  const [row] = await db
    .select()
    .from(alliances)
    .where(ofMunicipality(alliances, municipalityId, eq(alliances.id, allianceId)))
    .limit(1);
  return row ?? null;
}

export async function insertAlliance(
  db: Db,
  municipalityId: string,
  values: Pick<AllianceRow, 'name' | 'kind' | 'description' | 'foundedOn'>,
) {
  const [row] = await db
    .insert(alliances)
    .values({ ...values, municipalityId })
    .returning();
  return row!;
}

/** Current members (not left) of each of the municipality's alliances. */
export async function countCurrentMembers(db: Db, municipalityId: string) {
  const rows = await db
    .select({ allianceId: allianceMembers.allianceId, n: count() })
    .from(allianceMembers)
    .where(ofMunicipality(allianceMembers, municipalityId, isNull(allianceMembers.leftOn)))
    .groupBy(allianceMembers.allianceId);
  return new Map(rows.map((r) => [r.allianceId, r.n]));
}

/** Every member an alliance ever had, current and former, by join date. */
export async function listMemberRows(db: Db, municipalityId: string, allianceId: string) {
  return db
    .select()
    .from(allianceMembers)
    .where(
      ofMunicipality(allianceMembers, municipalityId, eq(allianceMembers.allianceId, allianceId)),
    )
    .orderBy(asc(allianceMembers.joinedOn), asc(allianceMembers.name));
}

/** The employer's memberships, current and former, across the municipality's alliances. */
export async function listMemberRowsOfOrganization(
  db: Db,
  municipalityId: string,
  organizationId: string,
) {
  return db
    .select()
    .from(allianceMembers)
    .where(
      ofMunicipality(
        allianceMembers,
        municipalityId,
        eq(allianceMembers.organizationId, organizationId),
      ),
    )
    .orderBy(asc(allianceMembers.joinedOn));
}

/** One member of one alliance; `lock` holds its row until the transaction ends. */
export async function findMember(
  db: Db,
  municipalityId: string,
  { allianceId, memberId, lock = false }: { allianceId: string; memberId: string; lock?: boolean },
) {
  const query = db
    .select()
    .from(allianceMembers)
    .where(
      ofMunicipality(
        allianceMembers,
        municipalityId,
        eq(allianceMembers.id, memberId),
        eq(allianceMembers.allianceId, allianceId),
      ),
    )
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

type NewMember = Pick<
  MemberRow,
  'allianceId' | 'organizationId' | 'name' | 'industry' | 'sizeBand' | 'area' | 'joinedOn'
> &
  Partial<Pick<MemberRow, 'introduction'>>;

/** Members added in one statement (the demo adds an alliance's whole history at once). */
export async function insertMembers(db: Db, municipalityId: string, values: NewMember[]) {
  return db
    .insert(allianceMembers)
    .values(values.map((v) => ({ ...v, municipalityId })))
    .returning();
}

export async function insertMember(db: Db, municipalityId: string, values: NewMember) {
  const [row] = await insertMembers(db, municipalityId, [values]);
  return row!;
}

export async function updateMember(
  db: Db,
  municipalityId: string,
  memberId: string,
  values: Partial<
    Pick<MemberRow, 'name' | 'industry' | 'sizeBand' | 'area' | 'introduction' | 'leftOn'>
  >,
  now: Date,
) {
  const [row] = await db
    .update(allianceMembers)
    .set({ ...values, updatedAt: now })
    .where(ofMunicipality(allianceMembers, municipalityId, eq(allianceMembers.id, memberId)))
    .returning();
  return row!;
}

export async function listDeclarations(db: Db, municipalityId: string, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select()
    .from(allianceDeclarations)
    .where(
      ofMunicipality(
        allianceDeclarations,
        municipalityId,
        inArray(allianceDeclarations.memberId, memberIds),
      ),
    );
}

/** Signs the member's declaration, replacing the one signed before. */
export async function upsertDeclaration(
  db: Db,
  municipalityId: string,
  values: Omit<DeclarationRow, 'municipalityId' | 'updatedAt'>,
  now: Date,
) {
  const row = { ...values, municipalityId, updatedAt: now };
  await db
    .insert(allianceDeclarations)
    .values(row)
    .onConflictDoUpdate({ target: allianceDeclarations.memberId, set: row });
}

/** Keeps the employer's イクボス flag (shown in the city's employer list) true once it declared. */
export async function markOrganizationDeclared(
  db: Db,
  municipalityId: string,
  organizationId: string,
) {
  await db
    .update(organizations)
    .set({ ikubossDeclared: true })
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, organizationId)));
}

export async function listAwards(db: Db, municipalityId: string, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select()
    .from(allianceAwards)
    .where(
      ofMunicipality(allianceAwards, municipalityId, inArray(allianceAwards.memberId, memberIds)),
    )
    .orderBy(desc(allianceAwards.awardedOn), asc(allianceAwards.title));
}

export async function insertAward(
  db: Db,
  municipalityId: string,
  values: Pick<AwardRow, 'memberId' | 'title' | 'awardedOn' | 'note'>,
) {
  await db.insert(allianceAwards).values({ ...values, municipalityId });
}

/**
 * The open jobs and projects an employer posts through the municipality's programmes
 * (work_openings, kept by the back-to-work feature; read here, never written).
 */
export async function listOpenOpeningsOfOrganization(
  db: Db,
  municipalityId: string,
  organizationId: string,
) {
  return db
    .select({
      id: workOpenings.id,
      kind: workOpenings.kind,
      employmentType: workOpenings.employmentType,
      title: workOpenings.title,
      workMode: workOpenings.workMode,
      placeLabel: workOpenings.placeLabel,
      hoursPerWeekMin: workOpenings.hoursPerWeekMin,
      hoursPerWeekMax: workOpenings.hoursPerWeekMax,
      childcareProvided: workOpenings.childcareProvided,
    })
    .from(workOpenings)
    .where(
      ofMunicipality(
        workOpenings,
        municipalityId,
        eq(workOpenings.employerOrganizationId, organizationId),
        eq(workOpenings.status, 'open'),
      ),
    )
    .orderBy(desc(workOpenings.createdAt))
    .limit(20);
}

/** The employer's latest published workplace-improvement report, if any. */
export async function findPublishedWorkplaceReport(
  db: Db,
  municipalityId: string,
  organizationId: string,
) {
  const [row] = await db
    .select({ id: reports.id, title: reports.title, publishedAt: reports.publishedAt })
    .from(reports)
    .where(
      ofMunicipality(
        reports,
        municipalityId,
        and(
          eq(reports.organizationId, organizationId),
          eq(reports.kind, 'workplace'),
          eq(reports.status, 'published'),
        ),
      ),
    )
    .orderBy(desc(reports.publishedAt))
    .limit(1);
  return row?.publishedAt ? { ...row, publishedAt: row.publishedAt } : null;
}
