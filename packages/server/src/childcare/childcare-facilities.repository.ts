import { asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  classBasedKinds,
  type AgeBounds,
  type ChildAge,
  type ChildcareKind,
  type ChildcareService,
} from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import {
  childcareFacilities,
  childcareFacilityStaff,
  municipalities,
} from '../platform/db/schema/index.ts';
import type { ImportedFacility } from './opendata/facility-file.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type FacilityRow = typeof childcareFacilities.$inferSelect;

export async function findMunicipalityById(db: Db, { municipalityId }: { municipalityId: string }) {
  const [row] = await db
    .select({ id: municipalities.id, code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row ?? null;
}

export async function findFacility(
  db: Db,
  { municipalityId, facilityId }: { municipalityId: string; facilityId: string },
): Promise<FacilityRow | null> {
  const [row] = await db
    .select()
    .from(childcareFacilities)
    .where(
      ofMunicipality(childcareFacilities, municipalityId, eq(childcareFacilities.id, facilityId)),
    );
  return row ?? null;
}

export async function listFacilities(
  db: Db,
  { municipalityId, facilityIds }: { municipalityId: string; facilityIds?: string[] },
): Promise<FacilityRow[]> {
  return db
    .select()
    .from(childcareFacilities)
    .where(
      ofMunicipality(
        childcareFacilities,
        municipalityId,
        facilityIds ? inArray(childcareFacilities.id, facilityIds) : undefined,
      ),
    )
    .orderBy(asc(childcareFacilities.sourceId));
}

export async function loadFacilityStaffIds(
  db: Db,
  { municipalityId, facilityId }: { municipalityId: string; facilityId: string },
): Promise<string[]> {
  const rows = await db
    .select({ userId: childcareFacilityStaff.userId })
    .from(childcareFacilityStaff)
    .where(
      ofMunicipality(
        childcareFacilityStaff,
        municipalityId,
        eq(childcareFacilityStaff.facilityId, facilityId),
      ),
    );
  return rows.map((r) => r.userId);
}

/** How many staff accounts each facility of the municipality has (for reminders). */
export async function staffCountsByFacility(
  db: Db,
  { municipalityId }: { municipalityId: string },
) {
  const rows = await db
    .select({ facilityId: childcareFacilityStaff.facilityId, n: sql<number>`count(*)::int` })
    .from(childcareFacilityStaff)
    .where(ofMunicipality(childcareFacilityStaff, municipalityId))
    .groupBy(childcareFacilityStaff.facilityId);
  return new Map(rows.map((r) => [r.facilityId, Number(r.n)]));
}

export async function facilityOfStaff(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ facilityId: childcareFacilityStaff.facilityId })
    .from(childcareFacilityStaff)
    .where(
      ofMunicipality(
        childcareFacilityStaff,
        municipalityId,
        eq(childcareFacilityStaff.userId, userId),
      ),
    );
  return row?.facilityId ?? null;
}

export async function bindFacilityStaff(
  db: Db,
  values: { municipalityId: string; facilityId: string; userId: string },
) {
  await db.insert(childcareFacilityStaff).values(values);
}

export async function loadContentHashes(db: Db, { municipalityId }: { municipalityId: string }) {
  const rows = await db
    .select({ sourceId: childcareFacilities.sourceId, hash: childcareFacilities.contentHash })
    .from(childcareFacilities)
    .where(ofMunicipality(childcareFacilities, municipalityId));
  return new Map(rows.map((r) => [r.sourceId, r.hash]));
}

/** Stored open where absent, so the search compares plain numbers (see migration 0037). */
export const openBelow = -1;
export const openAbove = 32767;
function storedBounds(bounds: AgeBounds) {
  return {
    minAgeDays: bounds.minDays ?? openBelow,
    minAgeMonths: bounds.minMonths ?? openBelow,
    minAgeYears: bounds.minYears ?? openBelow,
    minClassAge: bounds.minClassAge ?? openBelow,
    maxAgeMonths: bounds.maxMonths ?? openAbove,
    maxAgeYears: bounds.maxYears ?? openAbove,
    maxClassAge: bounds.maxClassAge ?? openAbove,
  };
}

const valuesOf = (municipalityId: string, f: ImportedFacility, now: Date) => ({
  municipalityId,
  sourceId: f.sourceId,
  name: f.name,
  nameKana: f.nameKana,
  nameEn: f.nameEn,
  kind: f.kind,
  kindWritten: f.kindWritten,
  area: f.area,
  postalCode: f.postalCode,
  address: f.address,
  addressExtra: f.addressExtra,
  latitude: f.latitude,
  longitude: f.longitude,
  phone: f.phone,
  url: f.url,
  capacity: f.capacity,
  acceptanceAgeText: f.acceptanceAgeText,
  ageReadable: f.ageReadable,
  ...storedBounds(f.ageBounds),
  opensMinutes: f.hours.opens as number[],
  closesMinutes: f.hours.closes as number[],
  hoursNote: f.hoursNote,
  temporaryCare: f.temporaryCare,
  sickChildCare: f.sickChildCare,
  nursingRoom: f.nursingRoom,
  diaperChanging: f.diaperChanging,
  parking: f.parking,
  original: f.original,
  contentHash: f.contentHash,
  updatedAt: now,
});

/** Inserts new facilities and overwrites changed ones (by their open-data ID), in batches. */
export async function upsertFacilities(
  db: Db,
  {
    municipalityId,
    facilities,
    now,
  }: { municipalityId: string; facilities: ImportedFacility[]; now: Date },
) {
  // One JSON parameter per batch instead of forty per row: the database, not the driver,
  // spreads it into rows (json_populate_recordset), which is what makes 50,000 rows quick.
  const batch = 2000;
  for (let i = 0; i < facilities.length; i += batch) {
    const values = facilities.slice(i, i + batch).map((f) => valuesOf(municipalityId, f, now));
    const keys = Object.keys(values[0]!) as (keyof (typeof values)[0])[];
    const columns = keys.map((key) => childcareFacilities[key].name);
    const rows = values.map((v) =>
      Object.fromEntries(
        keys.map((key, c) => [columns[c], key === 'updatedAt' ? now.toISOString() : v[key]]),
      ),
    );
    const list = sql.raw(columns.map((c) => `"${c}"`).join(', '));
    const updates = sql.raw(
      columns
        .filter((c) => c !== 'municipality_id' && c !== 'source_id')
        .map((c) => `"${c}" = excluded."${c}"`)
        .join(', '),
    );
    await db.execute(
      sql`insert into childcare_facilities (${list})
          select ${list} from json_populate_recordset(null::childcare_facilities, ${JSON.stringify(rows)}::json)
          on conflict (municipality_id, source_id) do update set ${updates}`,
    );
  }
}

export interface SearchFilters {
  child: ChildAge | null;
  kind: ChildcareKind | undefined;
  area: string | undefined;
  openAt: { weekday: number; minutes: number } | undefined;
  service: ChildcareService | undefined;
}

const serviceColumn: Record<ChildcareService, string> = {
  temporaryCare: 'temporary_care',
  sickChildCare: 'sick_child_care',
  nursingRoom: 'nursing_room',
  diaperChanging: 'diaper_changing',
  parking: 'parking',
};

/**
 * The search in SQL: every filter is a comparison of stored columns (age bounds per unit,
 * hours per weekday) with the child's age computed once, so the database filters by index
 * and column, never the application row by row. A facility whose 受入年齢 could not be
 * read is kept (age_readable false): the family is told to ask.
 */
export async function searchFacilities(
  db: Db,
  {
    municipalityId,
    filters,
    limit,
  }: { municipalityId: string; filters: SearchFilters; limit: number },
): Promise<FacilityRow[]> {
  const { child, kind, area, openAt, service } = filters;
  const f = childcareFacilities;
  const conditions: SQL[] = [];
  if (kind) conditions.push(eq(f.kind, kind));
  if (area) conditions.push(sql`starts_with(${f.area}, ${area})`);
  if (service) conditions.push(sql`${sql.identifier(serviceColumn[service])} is true`);
  if (openAt) {
    // Postgres arrays count from 1; the stored week starts on Sunday (weekday 0).
    const day = sql.raw(String(openAt.weekday + 1));
    conditions.push(
      sql`${f.opensMinutes}[${day}] <= ${openAt.minutes} and ${f.closesMinutes}[${day}] > ${openAt.minutes}`,
    );
  }
  if (child) {
    // An unreadable age is stored open on every side, so it stays in every search.
    conditions.push(
      lte(f.minAgeDays, child.days),
      lte(f.minAgeMonths, child.months),
      lte(f.minAgeYears, child.years),
      lte(f.minClassAge, child.classAge),
      gte(f.maxAgeMonths, child.months),
      gte(f.maxAgeYears, child.years),
      gte(f.maxClassAge, child.classAge),
    );
  }
  return (
    db
      .select()
      .from(f)
      .where(ofMunicipality(f, municipalityId, ...conditions))
      // The order of childcare_facilities_(kind_)order_idx: the database stops at the limit.
      .orderBy(sql`${f.ageReadable} desc`, sql`${f.nameKana} asc nulls last`, asc(f.sourceId))
      .limit(limit)
  );
}

/** Kinds that appear in the vacancy table even before their first month is entered. */
export const vacancyTableKinds: readonly string[] = classBasedKinds;
