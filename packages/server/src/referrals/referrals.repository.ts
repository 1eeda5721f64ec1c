import {
  and,
  asc,
  count,
  eq,
  gt,
  ilike,
  inArray,
  isNull,
  ne,
  or,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  childcareFacilities,
  consultationReferrals,
  consultations,
  events,
  municipalities,
  referralResources,
  workProgrammes,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ResourceRow = typeof referralResources.$inferSelect;
export type ReferralRow = typeof consultationReferrals.$inferSelect;
type Scope = { municipalityId: string };

const resourceColumns = {
  id: referralResources.id,
  type: referralResources.type,
  name: referralResources.name,
  phone: referralResources.phone,
  url: referralResources.url,
  note: referralResources.note,
};
const facilityColumns = {
  id: childcareFacilities.id,
  name: childcareFacilities.name,
  kind: childcareFacilities.kind,
  address: childcareFacilities.address,
  phone: childcareFacilities.phone,
  url: childcareFacilities.url,
};
const eventColumns = {
  id: events.id,
  title: events.title,
  kind: events.kind,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  placeName: events.placeName,
};

const programmeColumns = {
  id: workProgrammes.id,
  name: workProgrammes.name,
  kind: workProgrammes.kind,
};

export type ResourceTargetRow = Omit<ResourceRow, 'municipalityId' | 'active' | 'createdAt'>;
export interface FacilityTargetRow {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  phone: string | null;
  url: string | null;
}
export interface EventTargetRow {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  placeName: string | null;
}
export interface ProgrammeTargetRow {
  id: string;
  name: string;
  kind: string;
}
/** A referral with the one target it names (the others are null). */
export interface ReferralWithTarget {
  referral: ReferralRow;
  resource: ResourceTargetRow | null;
  facility: FacilityTargetRow | null;
  event: EventTargetRow | null;
  programme: ProgrammeTargetRow | null;
}

export async function municipalityCodeOf(db: Db, { municipalityId }: Scope): Promise<string> {
  const [row] = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  if (!row) throw new Error('municipality of a scoped row is missing');
  return row.code;
}

export async function listDirectory(db: Db, { municipalityId }: Scope) {
  return db
    .select()
    .from(referralResources)
    .where(ofMunicipality(referralResources, municipalityId, eq(referralResources.active, true)))
    .orderBy(asc(referralResources.type), asc(referralResources.name));
}

export async function insertResource(
  db: Db,
  values: Omit<typeof referralResources.$inferInsert, 'id' | 'active' | 'createdAt'>,
): Promise<ResourceRow> {
  const [row] = await db.insert(referralResources).values(values).returning();
  if (!row) throw new Error('resource insert returned nothing');
  return row;
}

export async function findActiveResource(db: Db, { municipalityId, id }: Scope & { id: string }) {
  const [row] = await db
    .select(resourceColumns)
    .from(referralResources)
    .where(
      ofMunicipality(
        referralResources,
        municipalityId,
        eq(referralResources.id, id),
        eq(referralResources.active, true),
      ),
    );
  return row ?? null;
}

export async function findFacilityTarget(db: Db, { municipalityId, id }: Scope & { id: string }) {
  const [row] = await db
    .select(facilityColumns)
    .from(childcareFacilities)
    .where(ofMunicipality(childcareFacilities, municipalityId, eq(childcareFacilities.id, id)));
  return row ?? null;
}

/** Only what a person can open: published, not cancelled, not over. */
const referableEvent = (now: Date) =>
  and(eq(events.published, true), isNull(events.cancelledAt), gt(events.endsAt, now));

export async function findEventTarget(
  db: Db,
  { municipalityId, id, now }: Scope & { id: string; now: Date },
) {
  const [row] = await db
    .select(eventColumns)
    .from(events)
    .where(ofMunicipality(events, municipalityId, eq(events.id, id), referableEvent(now)));
  return row ?? null;
}

export async function findProgrammeTarget(
  db: Db,
  { municipalityId, id }: Scope & { id: string },
): Promise<ProgrammeTargetRow | null> {
  const [row] = await db
    .select(programmeColumns)
    .from(workProgrammes)
    .where(ofMunicipality(workProgrammes, municipalityId, eq(workProgrammes.id, id)));
  return row ?? null;
}

/** The person's agreement to a programme referral; the first agreement is the one kept. */
export async function markReferralAgreed(
  db: Db,
  { municipalityId, id, now }: Scope & { id: string; now: Date },
) {
  await db
    .update(consultationReferrals)
    .set({ personAgreedAt: now, updatedAt: now })
    .where(
      ofMunicipality(
        consultationReferrals,
        municipalityId,
        eq(consultationReferrals.id, id),
        isNull(consultationReferrals.personAgreedAt),
      ),
    );
}

export async function insertReferral(
  db: Db,
  values: Omit<typeof consultationReferrals.$inferInsert, 'id' | 'status'>,
): Promise<ReferralRow> {
  const [row] = await db.insert(consultationReferrals).values(values).returning();
  if (!row) throw new Error('referral insert returned nothing');
  return row;
}

export type ReferralTargetColumn =
  { resourceId: string } | { facilityId: string } | { eventId: string } | { programmeId: string };

/**
 * The open referral of a consultation to the same target, if any: referring twice to one
 * place gives the person one card, not two. A closed one may be made again.
 */
export async function findOpenReferralTo(
  db: Db,
  {
    municipalityId,
    consultationId,
    column,
  }: Scope & {
    consultationId: string;
    column: ReferralTargetColumn;
  },
) {
  const target =
    'resourceId' in column
      ? eq(consultationReferrals.resourceId, column.resourceId)
      : 'facilityId' in column
        ? eq(consultationReferrals.facilityId, column.facilityId)
        : 'eventId' in column
          ? eq(consultationReferrals.eventId, column.eventId)
          : eq(consultationReferrals.programmeId, column.programmeId);
  const [row] = await db
    .select({ id: consultationReferrals.id })
    .from(consultationReferrals)
    .where(
      ofMunicipality(
        consultationReferrals,
        municipalityId,
        eq(consultationReferrals.consultationId, consultationId),
        ne(consultationReferrals.status, 'closed'),
        target,
      ),
    );
  return row ?? null;
}

export async function findReferral(db: Db, { municipalityId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(consultationReferrals)
    .where(ofMunicipality(consultationReferrals, municipalityId, eq(consultationReferrals.id, id)));
  return row ?? null;
}

export async function setReferralStatus(
  db: Db,
  { municipalityId, id, status, now }: Scope & { id: string; status: string; now: Date },
) {
  await db
    .update(consultationReferrals)
    .set({ status, updatedAt: now })
    .where(ofMunicipality(consultationReferrals, municipalityId, eq(consultationReferrals.id, id)));
}

/**
 * Referrals with their targets, oldest first. Each target is joined within the same
 * municipality, so a row could never show another tenant's facility or event.
 */
export async function listReferralsWithTargets(
  db: Db,
  {
    municipalityId,
    consultationIds,
    referralIds,
    openOnly = false,
    assigneeId,
  }: Scope & {
    consultationIds?: string[];
    referralIds?: string[];
    openOnly?: boolean;
    /** Only consultations held by this coordinator. */
    assigneeId?: string;
  },
): Promise<ReferralWithTarget[]> {
  if (consultationIds?.length === 0 || referralIds?.length === 0) return [];
  const filters: (SQL | undefined)[] = [
    ofMunicipality([consultationReferrals, consultations], municipalityId),
    consultationIds ? inArray(consultationReferrals.consultationId, consultationIds) : undefined,
    referralIds ? inArray(consultationReferrals.id, referralIds) : undefined,
    openOnly ? ne(consultationReferrals.status, 'closed') : undefined,
    assigneeId ? eq(consultations.assignedCoordinatorId, assigneeId) : undefined,
  ];
  return db
    .select({
      referral: consultationReferrals,
      resource: resourceColumns,
      facility: facilityColumns,
      event: eventColumns,
      programme: programmeColumns,
    })
    .from(consultationReferrals)
    .innerJoin(consultations, eq(consultations.id, consultationReferrals.consultationId))
    .leftJoin(
      referralResources,
      ofMunicipality(
        referralResources,
        consultationReferrals.municipalityId,
        eq(referralResources.id, consultationReferrals.resourceId),
      ),
    )
    .leftJoin(
      childcareFacilities,
      ofMunicipality(
        childcareFacilities,
        consultationReferrals.municipalityId,
        eq(childcareFacilities.id, consultationReferrals.facilityId),
      ),
    )
    .leftJoin(
      events,
      ofMunicipality(
        events,
        consultationReferrals.municipalityId,
        eq(events.id, consultationReferrals.eventId),
      ),
    )
    .leftJoin(
      workProgrammes,
      and(
        eq(workProgrammes.id, consultationReferrals.programmeId),
        eq(workProgrammes.municipalityId, consultationReferrals.municipalityId),
      ),
    )
    .where(and(...filters))
    .orderBy(asc(consultationReferrals.createdAt), asc(consultationReferrals.id));
}

/** `%text%` for ILIKE, with the pattern characters the person typed taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface TargetSearch extends Scope {
  /** What the coordinator typed; empty lists the first of each kind. */
  text: string;
  /** Kinds whose label matched the text (a directory type, facility kind or event kind). */
  resourceTypes: string[];
  facilityKinds: string[];
  eventKinds: string[];
  programmeKinds: string[];
  now: Date;
  limit: number;
}

/** A kind among those whose label matched; nothing when no label did. */
function kindAmong(column: AnyColumn, kinds: string[]): SQL | undefined {
  return kinds.length > 0 ? inArray(column, kinds) : undefined;
}

export async function searchTargets(db: Db, search: TargetSearch) {
  const { municipalityId, text, now, limit } = search;
  const pattern = containing(text);
  const matching = text !== '';
  const resources = await db
    .select(resourceColumns)
    .from(referralResources)
    .where(
      ofMunicipality(
        referralResources,
        municipalityId,
        eq(referralResources.active, true),
        matching
          ? or(
              ilike(referralResources.name, pattern),
              kindAmong(referralResources.type, search.resourceTypes),
            )
          : undefined,
      ),
    )
    .orderBy(asc(referralResources.type), asc(referralResources.name))
    .limit(limit);
  const facilities = await db
    .select(facilityColumns)
    .from(childcareFacilities)
    .where(
      ofMunicipality(
        childcareFacilities,
        municipalityId,
        matching
          ? or(
              ilike(childcareFacilities.name, pattern),
              ilike(childcareFacilities.nameKana, pattern),
              ilike(childcareFacilities.area, pattern),
              kindAmong(childcareFacilities.kind, search.facilityKinds),
            )
          : undefined,
      ),
    )
    .orderBy(asc(childcareFacilities.nameKana), asc(childcareFacilities.sourceId))
    .limit(limit);
  const upcoming = await db
    .select(eventColumns)
    .from(events)
    .where(
      ofMunicipality(
        events,
        municipalityId,
        referableEvent(now),
        matching
          ? or(
              ilike(events.title, pattern),
              ilike(events.placeName, pattern),
              kindAmong(events.kind, search.eventKinds),
            )
          : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.title))
    .limit(limit);
  const programmes = await db
    .select(programmeColumns)
    .from(workProgrammes)
    .where(
      ofMunicipality(
        workProgrammes,
        municipalityId,
        matching
          ? or(
              ilike(workProgrammes.name, pattern),
              kindAmong(workProgrammes.kind, search.programmeKinds),
            )
          : undefined,
      ),
    )
    .orderBy(asc(workProgrammes.name))
    .limit(limit);
  return { resources, facilities, events: upcoming, programmes };
}

/** Referrals not yet closed per consultation, for those that have any. */
export async function countOpenReferrals(
  db: Db,
  { municipalityId, consultationIds }: Scope & { consultationIds: string[] },
) {
  if (consultationIds.length === 0) return [];
  return db
    .select({ consultationId: consultationReferrals.consultationId, n: count() })
    .from(consultationReferrals)
    .where(
      ofMunicipality(
        consultationReferrals,
        municipalityId,
        inArray(consultationReferrals.consultationId, consultationIds),
        ne(consultationReferrals.status, 'closed'),
      ),
    )
    .groupBy(consultationReferrals.consultationId);
}
