/**
 * Data access of the childcare-worker job centre: nurseries with this month's
 * short-of-staff flag, the centre's openings with their nursery's flag, the seekers and
 * how far each got, and the year's figures. Programme-wide reads only; the matching
 * itself is the engine's (matching.repository.ts).
 */
import { asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  childcareFacilities,
  childcareStaffShortages,
  consultationReferrals,
  consultations,
  workIntroductions,
  workOpenings,
  workProfiles,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

type Scope = { municipalityId: string };

export async function findNursery(
  db: Db,
  { municipalityId, facilityId }: Scope & { facilityId: string },
) {
  const [row] = await db
    .select({
      id: childcareFacilities.id,
      name: childcareFacilities.name,
      kind: childcareFacilities.kind,
      address: childcareFacilities.address,
      latitude: childcareFacilities.latitude,
      longitude: childcareFacilities.longitude,
    })
    .from(childcareFacilities)
    .where(
      ofMunicipality(childcareFacilities, municipalityId, eq(childcareFacilities.id, facilityId)),
    );
  return row ?? null;
}

/** Staff lacking per facility in the month (its 1st), for the facilities named. */
export async function staffShortByFacility(
  db: Db,
  { municipalityId, month, facilityIds }: Scope & { month: string; facilityIds: string[] },
): Promise<Map<string, number>> {
  if (facilityIds.length === 0) return new Map();
  const rows = await db
    .select({
      facilityId: childcareStaffShortages.facilityId,
      n: childcareStaffShortages.staffShort,
    })
    .from(childcareStaffShortages)
    .where(
      ofMunicipality(
        childcareStaffShortages,
        municipalityId,
        eq(childcareStaffShortages.month, month),
        inArray(childcareStaffShortages.facilityId, [...new Set(facilityIds)]),
      ),
    );
  return new Map(rows.map((r) => [r.facilityId, r.n]));
}

export async function saveStaffShortage(
  db: Db,
  values: Scope & {
    facilityId: string;
    month: string;
    staffShort: number;
    recordedBy: string | null;
    now: Date;
  },
) {
  const { now, ...row } = values;
  await db
    .insert(childcareStaffShortages)
    .values({ ...row, recordedAt: now })
    .onConflictDoUpdate({
      target: [childcareStaffShortages.facilityId, childcareStaffShortages.month],
      set: { staffShort: row.staffShort, recordedBy: row.recordedBy, recordedAt: now },
    });
}

export async function clearStaffShortage(
  db: Db,
  { municipalityId, facilityId, month }: Scope & { facilityId: string; month: string },
) {
  await db
    .delete(childcareStaffShortages)
    .where(
      ofMunicipality(
        childcareStaffShortages,
        municipalityId,
        eq(childcareStaffShortages.facilityId, facilityId),
        eq(childcareStaffShortages.month, month),
      ),
    );
}

/** The municipality's nurseries of the kinds given, with the programme's open openings counted. */
export async function listNurseries(
  db: Db,
  { municipalityId, programmeId, kinds }: Scope & { programmeId: string; kinds: readonly string[] },
) {
  const openings = db
    .select({ facilityId: workOpenings.facilityId, n: count().as('n') })
    .from(workOpenings)
    .where(
      ofMunicipality(
        workOpenings,
        municipalityId,
        eq(workOpenings.programmeId, programmeId),
        eq(workOpenings.status, 'open'),
      ),
    )
    .groupBy(workOpenings.facilityId)
    .as('openings');
  return db
    .select({
      facilityId: childcareFacilities.id,
      name: childcareFacilities.name,
      area: childcareFacilities.area,
      phone: childcareFacilities.phone,
      openOpenings: sql<number>`coalesce(${openings.n}, 0)::int`,
    })
    .from(childcareFacilities)
    .leftJoin(openings, eq(openings.facilityId, childcareFacilities.id))
    .where(
      ofMunicipality(
        childcareFacilities,
        municipalityId,
        inArray(childcareFacilities.kind, [...kinds]),
      ),
    )
    .orderBy(asc(childcareFacilities.nameKana), asc(childcareFacilities.name))
    .limit(500);
}

/**
 * The programme's profiles with how far each got: placed once any introduction started,
 * introduced once any is under way (a declined one does not count), and whether the
 * person came through a referral from the health room they agreed to (a yes or no).
 */
export async function listSeekers(
  db: Db,
  { municipalityId, programmeId }: Scope & { programmeId: string },
) {
  const p = workProfiles;
  // Written out with the table's name: drizzle leaves a one-table select's columns bare,
  // which the subqueries' own tables would make ambiguous.
  const introductionsWhere = sql.raw(
    'i.profile_id = work_profiles.id and i.municipality_id = work_profiles.municipality_id',
  );
  const placed = sql<boolean>`exists (select 1 from ${workIntroductions} i where ${introductionsWhere} and i.started_on is not null)`;
  const introduced = sql<boolean>`exists (select 1 from ${workIntroductions} i where ${introductionsWhere} and i.status <> 'declined')`;
  const fromHealthRoom = sql<boolean>`(work_profiles.user_id is not null and exists (select 1 from ${consultationReferrals} r join ${consultations} c on c.id = r.consultation_id and c.municipality_id = r.municipality_id where r.municipality_id = work_profiles.municipality_id and r.programme_id = work_profiles.programme_id and r.person_agreed_at is not null and c.person_user_id = work_profiles.user_id))`;
  return db
    .select({
      profileId: p.id,
      referenceLabel: p.referenceLabel,
      qualifications: p.qualifications,
      hoursPerWeekMin: p.hoursPerWeekMin,
      hoursPerWeekMax: p.hoursPerWeekMax,
      createdAt: p.createdAt,
      placed,
      introduced,
      fromHealthRoom,
    })
    .from(p)
    .where(ofMunicipality(p, municipalityId, eq(p.programmeId, programmeId), eq(p.active, true)))
    .orderBy(desc(p.createdAt), asc(p.referenceLabel))
    .limit(1000);
}

/**
 * Counts in a period, from its first Japan day to before its last (`fromDay`, `toDay`,
 * and the instants those days start): registered, introduced and placed people, and the
 * referrals people agreed to.
 */
export async function jobCentreFigures(
  db: Db,
  {
    municipalityId,
    programmeId,
    fromDay,
    toDay,
    from,
    to,
  }: Scope & { programmeId: string; fromDay: string; toDay: string; from: Date; to: Date },
) {
  const since = (column: unknown) =>
    sql`${column} >= ${from.toISOString()}::timestamptz and ${column} < ${to.toISOString()}::timestamptz`;
  const [registered] = await db
    .select({ n: count() })
    .from(workProfiles)
    .where(
      ofMunicipality(
        workProfiles,
        municipalityId,
        eq(workProfiles.programmeId, programmeId),
        since(workProfiles.createdAt),
      ),
    );
  const i = workIntroductions;
  const [moved] = await db
    .select({
      introduced: sql<number>`count(distinct ${i.profileId}) filter (where ${i.status} <> 'declined' and ${since(i.createdAt)})::int`,
      placed: sql<number>`count(distinct ${i.profileId}) filter (where ${i.startedOn} >= ${fromDay}::date and ${i.startedOn} < ${toDay}::date)::int`,
    })
    .from(i)
    .where(ofMunicipality(i, municipalityId, eq(i.programmeId, programmeId)));
  const [referred] = await db
    .select({ n: count() })
    .from(consultationReferrals)
    .where(
      ofMunicipality(
        consultationReferrals,
        municipalityId,
        eq(consultationReferrals.programmeId, programmeId),
        since(consultationReferrals.personAgreedAt),
      ),
    );
  return {
    registered: registered?.n ?? 0,
    introduced: moved?.introduced ?? 0,
    placed: moved?.placed ?? 0,
    referredFromHealthRoom: referred?.n ?? 0,
  };
}
