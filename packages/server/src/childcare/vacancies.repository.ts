import { desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';
import {
  childcareSettings,
  childcareVacancies,
  childcareVacancyPublications,
  childcareVacancyReminders,
} from '../platform/db/schema/index.ts';
import { vacancyTableKinds } from './childcare-facilities.repository.ts';
import { ofMunicipality, rawOfMunicipality } from '../platform/db/tenant-scope.ts';

export type VacancyRow = typeof childcareVacancies.$inferSelect;
export type Counts = (number | null)[];

export const countsOf = (
  row: Pick<VacancyRow, 'age0' | 'age1' | 'age2' | 'age3' | 'age4' | 'age5'>,
): Counts => [row.age0, row.age1, row.age2, row.age3, row.age4, row.age5];
const columnsOf = (counts: Counts) => ({
  age0: counts[0] ?? null,
  age1: counts[1] ?? null,
  age2: counts[2] ?? null,
  age3: counts[3] ?? null,
  age4: counts[4] ?? null,
  age5: counts[5] ?? null,
});

/** The facility's row for `month`, or else its latest before it. */
export async function latestVacancy(
  db: Db,
  {
    municipalityId,
    facilityId,
    notAfter,
  }: { municipalityId: string; facilityId: string; notAfter: string },
): Promise<VacancyRow | null> {
  const [row] = await db
    .select()
    .from(childcareVacancies)
    .where(
      ofMunicipality(
        childcareVacancies,
        municipalityId,
        eq(childcareVacancies.facilityId, facilityId),
        lte(childcareVacancies.month, notAfter),
      ),
    )
    .orderBy(desc(childcareVacancies.month))
    .limit(1);
  return row ?? null;
}

/** The latest row of each facility up to `notAfter` (the figures a table or search shows). */
export async function latestVacancies(
  db: Db,
  {
    municipalityId,
    facilityIds,
    notAfter,
  }: { municipalityId: string; facilityIds: string[]; notAfter: string },
): Promise<Map<string, VacancyRow>> {
  if (facilityIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([childcareVacancies.facilityId])
    .from(childcareVacancies)
    .where(
      ofMunicipality(
        childcareVacancies,
        municipalityId,
        inArray(childcareVacancies.facilityId, facilityIds),
        lte(childcareVacancies.month, notAfter),
      ),
    )
    .orderBy(childcareVacancies.facilityId, desc(childcareVacancies.month));
  return new Map(rows.map((r) => [r.facilityId, r]));
}

export interface VacancyTableRow {
  facility_id: string;
  name: string;
  source_id: string;
  area: string | null;
  month: string | null;
  age0: number | null;
  age1: number | null;
  age2: number | null;
  age3: number | null;
  age4: number | null;
  age5: number | null;
  updated_at: Date | string | null;
}

/**
 * One row per nursery-type facility (or any facility that ever stated vacancies): its
 * figures for `month`, or its latest earlier ones (the row is then marked as not updated).
 */
export async function vacancyTable(
  db: Db,
  { municipalityId, month }: { municipalityId: string; month: string },
): Promise<VacancyTableRow[]> {
  const kinds = sql.join(
    vacancyTableKinds.map((k) => sql`${k}`),
    sql`, `,
  );
  return queryRows<VacancyTableRow>(
    db,
    sql`select f.id as facility_id, f.name, f.source_id, f.area,
          to_char(v.month, 'YYYY-MM-DD') as month, v.age0, v.age1, v.age2, v.age3, v.age4, v.age5, v.updated_at
        from childcare_facilities f
        left join lateral (
          select * from childcare_vacancies v
          where v.facility_id = f.id and v.month <= ${month}::date
          order by v.month desc limit 1
        ) v on true
        where ${rawOfMunicipality('f', municipalityId)}
          and (f.kind in (${kinds}) or v.facility_id is not null)
        order by f.area nulls last, f.name_kana nulls last, f.source_id`,
  );
}

export type VacancyWrite = { status: 'written'; row: VacancyRow } | { status: 'conflict' };

/**
 * Writes a month's counts if the row is still at the version read (or, with no version,
 * still absent): the second of two people editing the same month is refused, not merged.
 */
export async function writeVacancy(
  db: Db,
  input: {
    municipalityId: string;
    facilityId: string;
    month: string;
    counts: Counts;
    version: number | null;
    userId: string;
    now: Date;
  },
): Promise<VacancyWrite> {
  const { municipalityId, facilityId, month, counts, version, userId, now } = input;
  const rows =
    version === null
      ? await db
          .insert(childcareVacancies)
          .values({
            municipalityId,
            facilityId,
            month,
            ...columnsOf(counts),
            updatedBy: userId,
            updatedAt: now,
          })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(childcareVacancies)
          .set({
            ...columnsOf(counts),
            updatedBy: userId,
            updatedAt: now,
            version: sql`${childcareVacancies.version} + 1`,
          })
          .where(
            ofMunicipality(
              childcareVacancies,
              municipalityId,
              eq(childcareVacancies.facilityId, facilityId),
              eq(childcareVacancies.month, month),
              eq(childcareVacancies.version, version),
            ),
          )
          .returning();
  const [row] = rows;
  return row ? { status: 'written', row } : { status: 'conflict' };
}

export async function publishedMonths(db: Db, { municipalityId }: { municipalityId: string }) {
  return db
    .select({
      month: childcareVacancyPublications.month,
      publishedAt: childcareVacancyPublications.publishedAt,
    })
    .from(childcareVacancyPublications)
    .where(ofMunicipality(childcareVacancyPublications, municipalityId))
    .orderBy(desc(childcareVacancyPublications.month));
}

export async function recordPublication(
  db: Db,
  {
    municipalityId,
    month,
    userId,
    now,
  }: { municipalityId: string; month: string; userId: string; now: Date },
) {
  const [row] = await db
    .insert(childcareVacancyPublications)
    .values({ municipalityId, month, publishedBy: userId, publishedAt: now })
    .onConflictDoUpdate({
      target: [childcareVacancyPublications.municipalityId, childcareVacancyPublications.month],
      set: { publishedBy: userId, publishedAt: now },
    })
    .returning();
  return row!;
}

export async function insertReminders(
  db: Db,
  {
    municipalityId,
    month,
    facilityIds,
    userId,
    now,
  }: { municipalityId: string; month: string; facilityIds: string[]; userId: string; now: Date },
) {
  if (facilityIds.length === 0) return [];
  return db
    .insert(childcareVacancyReminders)
    .values(
      facilityIds.map((facilityId) => ({
        municipalityId,
        facilityId,
        month,
        sentBy: userId,
        sentAt: now,
      })),
    )
    .returning();
}

export async function findReminder(
  db: Db,
  { municipalityId, reminderId }: { municipalityId: string; reminderId: string },
) {
  const [row] = await db
    .select()
    .from(childcareVacancyReminders)
    .where(
      ofMunicipality(
        childcareVacancyReminders,
        municipalityId,
        eq(childcareVacancyReminders.id, reminderId),
      ),
    );
  return row ?? null;
}

export async function lastReminders(
  db: Db,
  { municipalityId, month }: { municipalityId: string; month: string },
) {
  const rows = await db
    .select({
      facilityId: childcareVacancyReminders.facilityId,
      sentAt: sql<Date>`max(${childcareVacancyReminders.sentAt})`,
    })
    .from(childcareVacancyReminders)
    .where(
      ofMunicipality(
        childcareVacancyReminders,
        municipalityId,
        eq(childcareVacancyReminders.month, month),
      ),
    )
    .groupBy(childcareVacancyReminders.facilityId);
  return new Map(rows.map((r) => [r.facilityId, new Date(r.sentAt)]));
}

export async function vacancyDisplayOf(db: Db, { municipalityId }: { municipalityId: string }) {
  const [row] = await db
    .select({ vacancyDisplay: childcareSettings.vacancyDisplay })
    .from(childcareSettings)
    .where(ofMunicipality(childcareSettings, municipalityId));
  return (row?.vacancyDisplay ?? 'counts') as 'counts' | 'symbols';
}

export async function saveVacancyDisplay(
  db: Db,
  {
    municipalityId,
    vacancyDisplay,
    now,
  }: { municipalityId: string; vacancyDisplay: 'counts' | 'symbols'; now: Date },
) {
  await db
    .insert(childcareSettings)
    .values({ municipalityId, vacancyDisplay, updatedAt: now })
    .onConflictDoUpdate({
      target: childcareSettings.municipalityId,
      set: { vacancyDisplay, updatedAt: now },
    });
}

/** Rows written for `month` (who has updated), keyed by facility. */
export async function vacanciesOfMonth(
  db: Db,
  { municipalityId, month }: { municipalityId: string; month: string },
) {
  const rows = await db
    .select()
    .from(childcareVacancies)
    .where(ofMunicipality(childcareVacancies, municipalityId, eq(childcareVacancies.month, month)));
  return new Map(rows.map((r) => [r.facilityId, r]));
}
