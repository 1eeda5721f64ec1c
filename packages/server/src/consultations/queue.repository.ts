import { and, asc, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';
import { consultations } from '../platform/db/schema/index.ts';
import { ofMunicipality, rawOfMunicipality } from '../platform/db/tenant-scope.ts';
import type { ConsultationRow } from './consultations.repository.ts';

const queued = eq(consultations.status, 'queued');
/** Most urgent first, then longest waiting: the care team's queue order. */
const queueOrder = [desc(consultations.urgency), asc(consultations.createdAt)] as const;

/** The municipality's waiting consultations in queue order, without content or identity. */
export async function listQueued(db: Db, municipalityId: string, limit: number) {
  return db
    .select({
      id: consultations.id,
      topics: consultations.topics,
      preference: consultations.preference,
      urgency: consultations.urgency,
      createdAt: consultations.createdAt,
    })
    .from(consultations)
    .where(ofMunicipality(consultations, municipalityId, queued))
    .orderBy(...queueOrder)
    .limit(limit);
}

/**
 * Waiting consultations of every municipality in queue order: only for the routing sweep,
 * which routes each one within its own municipality.
 */
export async function listQueuedInAllMunicipalities(
  db: Db,
  limit: number,
): Promise<ConsultationRow[]> {
  return db
    .select()
    .from(consultations)
    .where(queued)
    .orderBy(...queueOrder)
    .limit(limit);
}

export async function countQueued(db: Db, municipalityId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(consultations)
    .where(ofMunicipality(consultations, municipalityId, queued));
  return row?.n ?? 0;
}

/** How many waiting consultations come before this one in queue order. */
export async function countQueuedAhead(
  db: Db,
  municipalityId: string,
  { urgency, createdAt }: Pick<ConsultationRow, 'urgency' | 'createdAt'>,
): Promise<number> {
  const [ahead] = await db
    .select({ n: count() })
    .from(consultations)
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        queued,
        or(
          gt(consultations.urgency, urgency),
          and(eq(consultations.urgency, urgency), lt(consultations.createdAt, createdAt)),
        ),
      ),
    );
  return ahead?.n ?? 0;
}

/** Median minutes from arrival to a coordinator over the municipality's last 50 assignments. */
export async function medianMinutesToAssignment(
  db: Db,
  municipalityId: string,
): Promise<number | null> {
  const [row] = await queryRows<{ minutes: number | null }>(
    db,
    sql`select percentile_cont(0.5) within group (order by minutes) as minutes from (
          select extract(epoch from (first_assignment - c.created_at)) / 60 as minutes
          from consultations c
          join lateral (select min(a.decided_at) as first_assignment from consultation_assignments a
                        where a.consultation_id = c.id) a on a.first_assignment is not null
          where ${rawOfMunicipality('c', municipalityId)}
          order by c.created_at desc limit 50) recent`,
  );
  return row?.minutes === null || row?.minutes === undefined ? null : Number(row.minutes);
}
