/**
 * Data access of Back to work. The candidate queries apply the hard requirements in SQL —
 * skills and qualifications by array/jsonb containment, hours, the week's overlap by
 * `bit_count(a & b)` on the 336-bit weeks, remote or on site, 託児 when required — so the
 * database narrows thousands of rows to the few hundred the pure scorer then ranks.
 * Distance is filtered loosely (an equirectangular estimate with a margin): the filter
 * must keep everyone the scorer would keep, and the scorer decides exactly.
 */
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ChildcareNeed, QualificationKind, WorkProgrammeKind } from '@yorisoi/shared';
import { queryRows, type Db } from '../platform/db/database.ts';
import {
  workOpenings,
  workProfiles,
  workProgrammes,
  workSkills,
} from '../platform/db/schema/index.ts';

export type WorkProfileRow = typeof workProfiles.$inferSelect;
export type WorkOpeningRow = typeof workOpenings.$inferSelect;
export type NewWorkProfileRow = typeof workProfiles.$inferInsert;
export type NewWorkOpeningRow = typeof workOpenings.$inferInsert;

/** What the scorer reads of a profile (no experience, label or what may be shown). */
const profileMatchColumns = {
  id: workProfiles.id,
  skillIds: workProfiles.skillIds,
  freeWords: workProfiles.freeWords,
  qualifications: workProfiles.qualifications,
  hoursPerWeekMin: workProfiles.hoursPerWeekMin,
  hoursPerWeekMax: workProfiles.hoursPerWeekMax,
  availability: workProfiles.availability,
  remoteOk: workProfiles.remoteOk,
  onsiteOk: workProfiles.onsiteOk,
  homeLat: workProfiles.homeLat,
  homeLng: workProfiles.homeLng,
  maxTravelKm: workProfiles.maxTravelKm,
  availableFrom: workProfiles.availableFrom,
  childcareNeed: workProfiles.childcareNeed,
  path: workProfiles.path,
};
export type ProfileMatchRow = Pick<WorkProfileRow, keyof typeof profileMatchColumns>;

const openingMatchColumns = {
  id: workOpenings.id,
  kind: workOpenings.kind,
  employmentType: workOpenings.employmentType,
  requiredSkillIds: workOpenings.requiredSkillIds,
  niceSkillIds: workOpenings.niceSkillIds,
  keywords: workOpenings.keywords,
  requiredQualifications: workOpenings.requiredQualifications,
  niceQualifications: workOpenings.niceQualifications,
  hoursPerWeekMin: workOpenings.hoursPerWeekMin,
  hoursPerWeekMax: workOpenings.hoursPerWeekMax,
  schedule: workOpenings.schedule,
  workMode: workOpenings.workMode,
  placeLat: workOpenings.placeLat,
  placeLng: workOpenings.placeLng,
  startsOn: workOpenings.startsOn,
  childcareProvided: workOpenings.childcareProvided,
  teamSize: workOpenings.teamSize,
  facilityId: workOpenings.facilityId,
};
export type OpeningMatchRow = Pick<WorkOpeningRow, keyof typeof openingMatchColumns>;

/** A PostgreSQL array literal of values with no quotes, commas or braces (ids, codes). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/** km between two points, estimated (equirectangular); a filter, not the answer. */
function roughKm(lat1: SQL | number, lng1: SQL | number, lat2: SQL | number, lng2: SQL | number) {
  return sql`111.2 * sqrt(power(${lat2} - ${lat1}, 2) + power(cos(radians((${lat1} + ${lat2}) / 2)) * (${lng2} - ${lng1}), 2))`;
}
/** The margin that keeps the estimate on the generous side of the haversine distance. */
const withinReach = (km: SQL, maxKm: SQL | number) => sql`${km} <= ${maxKm} * 1.01 + 1`;

export async function findProgramme(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
) {
  const [row] = await db
    .select()
    .from(workProgrammes)
    .where(
      and(eq(workProgrammes.municipalityId, municipalityId), eq(workProgrammes.id, programmeId)),
    );
  return row ?? null;
}

export async function insertProgramme(
  db: Db,
  {
    municipalityId,
    name,
    kind = 'return_to_work',
  }: { municipalityId: string; name: string; kind?: WorkProgrammeKind },
) {
  const [row] = await db.insert(workProgrammes).values({ municipalityId, name, kind }).returning();
  return row!;
}

export async function insertSkills(
  db: Db,
  {
    municipalityId,
    programmeId,
    labels,
  }: { municipalityId: string; programmeId: string; labels: readonly string[] },
) {
  if (labels.length === 0) return [];
  return db
    .insert(workSkills)
    .values(labels.map((label) => ({ municipalityId, programmeId, label })))
    .returning({ id: workSkills.id, label: workSkills.label });
}

/** Which of the ids are the programme's skills still in use. */
export async function currentSkillIds(
  db: Db,
  {
    municipalityId,
    programmeId,
    ids,
  }: { municipalityId: string; programmeId: string; ids: readonly string[] },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: workSkills.id })
    .from(workSkills)
    .where(
      and(
        eq(workSkills.municipalityId, municipalityId),
        eq(workSkills.programmeId, programmeId),
        inArray(workSkills.id, [...ids]),
        isNull(workSkills.retiredAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function insertWorkProfile(db: Db, row: NewWorkProfileRow) {
  const [inserted] = await db.insert(workProfiles).values(row).returning();
  return inserted!;
}

export async function insertWorkOpening(db: Db, row: NewWorkOpeningRow) {
  const [inserted] = await db.insert(workOpenings).values(row).returning();
  return inserted!;
}

export async function findProfileForMatching(
  db: Db,
  { municipalityId, personId }: { municipalityId: string; personId: string },
) {
  const [row] = await db
    .select({ ...profileMatchColumns, programmeId: workProfiles.programmeId })
    .from(workProfiles)
    .where(and(eq(workProfiles.municipalityId, municipalityId), eq(workProfiles.id, personId)));
  return row ?? null;
}

export async function findOpeningForMatching(
  db: Db,
  { municipalityId, openingId }: { municipalityId: string; openingId: string },
) {
  const [row] = await db
    .select({ ...openingMatchColumns, programmeId: workOpenings.programmeId })
    .from(workOpenings)
    .where(and(eq(workOpenings.municipalityId, municipalityId), eq(workOpenings.id, openingId)));
  return row ?? null;
}

/** Open openings of the programme the person meets every hard requirement of (loosely for distance). */
export async function candidateOpeningsFor(
  db: Db,
  {
    municipalityId,
    programmeId,
    person,
  }: {
    municipalityId: string;
    programmeId: string;
    person: ProfileMatchRow;
  },
): Promise<OpeningMatchRow[]> {
  const kinds = person.qualifications.map((q) => q.kind);
  const o = workOpenings;
  const near =
    person.homeLat === null || person.homeLng === null || person.maxTravelKm === null
      ? sql`true`
      : sql`(${o.placeLat} is null or ${withinReach(
          roughKm(person.homeLat, person.homeLng, sql`${o.placeLat}`, sql`${o.placeLng}`),
          person.maxTravelKm,
        )})`;
  const childcareOk =
    (person.childcareNeed as ChildcareNeed) === 'required'
      ? sql`${o.childcareProvided}`
      : sql`true`;
  return db
    .select(openingMatchColumns)
    .from(o)
    .where(
      and(
        eq(o.municipalityId, municipalityId),
        eq(o.programmeId, programmeId),
        eq(o.status, 'open'),
        sql`${o.requiredSkillIds} <@ ${arrayLiteral(person.skillIds)}::uuid[]`,
        sql`${o.requiredQualifications} <@ ${arrayLiteral(kinds)}::text[]`,
        sql`${o.hoursPerWeekMin} <= ${person.hoursPerWeekMax}`,
        sql`bit_count(${o.schedule} & ${person.availability}::bit(336)) * 0.5 >= ${o.hoursPerWeekMin}`,
        person.remoteOk ? undefined : sql`${o.workMode} <> 'remote'`,
        person.onsiteOk
          ? sql`(${o.workMode} = 'remote' or (${childcareOk} and ${near}))`
          : sql`${o.workMode} = 'remote'`,
      ),
    );
}

/**
 * Active people of the programme who meet the opening's hard requirements. For a team,
 * required skills are the team's to cover together, so `teamOf` drops them from the
 * filter and asks instead for at least one of the skills the project names.
 */
export async function candidatePeopleFor(
  db: Db,
  {
    municipalityId,
    programmeId,
    opening,
    teamOf = false,
  }: {
    municipalityId: string;
    programmeId: string;
    opening: OpeningMatchRow;
    teamOf?: boolean;
  },
): Promise<ProfileMatchRow[]> {
  return db
    .select(profileMatchColumns)
    .from(workProfiles)
    .where(peopleFilter(opening, { municipalityId, programmeId, teamOf }));
}

/**
 * The candidates of `candidatePeopleFor` best first by an upper bound of their score,
 * one page at a time: every part of the score is computed in SQL as the scorer computes
 * it, except free words shared (counted as all shared) and the distance (counted as next
 * door). The caller stops paging once its k-th best exact score beats the bound of the
 * rows still unread, so the answer is the scorer's own top k.
 */
export async function candidatePeopleByBound(
  db: Db,
  {
    municipalityId,
    programmeId,
    opening,
    offset,
    count,
    pathsFitting,
  }: {
    municipalityId: string;
    programmeId: string;
    opening: OpeningMatchRow;
    offset: number;
    count: number;
    /** The paths (own pace, full return, business) this opening fits. */
    pathsFitting: readonly string[];
  },
): Promise<(ProfileMatchRow & { bound: number })[]> {
  const bound = scoreBound(opening, pathsFitting);
  return db
    .select({ ...profileMatchColumns, bound })
    .from(workProfiles)
    .where(peopleFilter(opening, { municipalityId, programmeId, teamOf: false }))
    .orderBy(sql`${bound} desc`, workProfiles.id)
    .offset(offset)
    .limit(count);
}

function scoreBound(opening: OpeningMatchRow, pathsFitting: readonly string[]) {
  const p = workProfiles;
  const max = opening.hoursPerWeekMax;
  const wanted = sql`least(${p.hoursPerWeekMax}, ${max}::float8)`;
  const overlap = sql`bit_count(${p.availability} & ${opening.schedule}::bit(336)) * 0.5`;
  const time = sql`case when ${wanted} = 0 then 25 else 25 * least(${overlap}, ${wanted}) / ${wanted} end`;
  const hours = sql`case when ${p.hoursPerWeekMin} <= ${max}::float8 then 10 else 10 * ${max}::float8 / ${p.hoursPerWeekMin} end`;
  const wishes = opening.niceSkillIds.length + opening.keywords.length;
  const niceHeld =
    opening.niceSkillIds.length === 0
      ? sql`0`
      : sql.join(
          opening.niceSkillIds.map(
            (id) => sql`(${p.skillIds} @> ${arrayLiteral([id])}::uuid[])::int`,
          ),
          sql` + `,
        );
  const skills =
    wishes === 0 ? sql`25` : sql`25.0 * (${niceHeld} + ${opening.keywords.length}) / ${wishes}`;
  const niceKinds = opening.niceQualifications;
  const qualifications =
    niceKinds.length === 0
      ? sql`10`
      : sql`10.0 * (${sql.join(
          niceKinds.map(
            (kind) => sql`(${p.qualifications} @> ${JSON.stringify([{ kind }])}::jsonb)::int`,
          ),
          sql` + `,
        )}) / ${niceKinds.length}`;
  const remote = opening.workMode === 'remote';
  const place = remote
    ? sql`10`
    : opening.placeLat === null
      ? sql`5`
      : sql`case when ${p.homeLat} is null then 5 else 10 end`;
  const start =
    opening.startsOn === null
      ? sql`10`
      : sql`case when ${p.availableFrom} is null or ${p.availableFrom} <= ${opening.startsOn}::date then 10 else 10 * greatest(0, 1 - (${p.availableFrom} - ${opening.startsOn}::date) / 90.0) end`;
  const childcare =
    remote || opening.childcareProvided
      ? sql`5`
      : sql`case when ${p.childcareNeed} = 'none' then 5 else 0 end`;
  const path = sql`case when ${p.path} = any(${arrayLiteral(pathsFitting)}::text[]) then 5 else 0 end`;
  // A hair above the sum, so that float rounding never puts the bound below the score.
  return sql<number>`(${time} + ${hours} + ${skills} + ${qualifications} + ${place} + ${start} + ${childcare} + ${path} + 0.001)::float8`;
}

function peopleFilter(
  opening: OpeningMatchRow,
  {
    municipalityId,
    programmeId,
    teamOf,
  }: { municipalityId: string; programmeId: string; teamOf: boolean },
) {
  const p = workProfiles;
  const kindsJson = JSON.stringify(
    (opening.requiredQualifications as QualificationKind[]).map((kind) => ({ kind })),
  );
  const remote = opening.workMode === 'remote';
  const named = [...opening.requiredSkillIds, ...opening.niceSkillIds];
  const skills = teamOf
    ? named.length > 0
      ? sql`${p.skillIds} && ${arrayLiteral(named)}::uuid[]`
      : undefined
    : sql`${p.skillIds} @> ${arrayLiteral(opening.requiredSkillIds)}::uuid[]`;
  const near =
    opening.placeLat === null || opening.placeLng === null
      ? undefined
      : sql`(${p.homeLat} is null or ${p.maxTravelKm} is null or ${withinReach(
          roughKm(sql`${p.homeLat}`, sql`${p.homeLng}`, opening.placeLat, opening.placeLng),
          sql`${p.maxTravelKm}`,
        )})`;
  return and(
    eq(p.municipalityId, municipalityId),
    eq(p.programmeId, programmeId),
    eq(p.active, true),
    skills,
    sql`${p.qualifications} @> ${kindsJson}::jsonb`,
    sql`${p.hoursPerWeekMax} >= ${opening.hoursPerWeekMin}`,
    sql`bit_count(${p.availability} & ${opening.schedule}::bit(336)) * 0.5 >= ${opening.hoursPerWeekMin}`,
    remote ? eq(p.remoteOk, true) : eq(p.onsiteOk, true),
    remote || opening.childcareProvided ? undefined : sql`${p.childcareNeed} <> 'required'`,
    remote ? undefined : near,
  );
}

/** Whether the account belongs to the municipality (a profile links only its own people). */
export async function userOfMunicipality(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select 1 from users where id = ${userId} and municipality_id = ${municipalityId}`,
  );
  return rows.length > 0;
}

/** Whether the organization is one of the municipality's employers. */
export async function organizationOfMunicipality(
  db: Db,
  { municipalityId, organizationId }: { municipalityId: string; organizationId: string },
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select 1 from organizations where id = ${organizationId} and municipality_id = ${municipalityId}`,
  );
  return rows.length > 0;
}
