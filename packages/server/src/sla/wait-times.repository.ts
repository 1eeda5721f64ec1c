import { sql, type SQL } from 'drizzle-orm';
import { rawOfMunicipality } from '../platform/db/tenant-scope.ts';
import { queryRows, type Db } from '../platform/db/database.ts';
import { currentWait } from './waiting.ts';

export interface OpenConsultationWait {
  id: string;
  municipalityId: string;
  lastMessageAt: Date | null;
  wait: ReturnType<typeof currentWait>;
}

interface Row {
  id: string;
  municipality_id: string;
  created_at: string;
  last_staff_at: string | null;
  first_unanswered_at: string | null;
  last_message_at: string | null;
}

const at = (value: string | null) => (value ? new Date(value) : null);

/**
 * What each open consultation matching `where` (a condition on `c`, the consultations
 * table) is waiting for, in one query: the SLA sweep and the handover summary read waits
 * the same way.
 */
async function loadOpenConsultationWaits(db: Db, where: SQL): Promise<OpenConsultationWait[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select c.id, c.municipality_id, c.created_at, staff.last_staff_at, latest.last_message_at,
          (select min(m.created_at) from consultation_messages m
            where m.consultation_id = c.id and m.sender_role in ('worker', 'family')
              and m.created_at > coalesce(staff.last_staff_at, '-infinity'::timestamptz)) as first_unanswered_at
        from consultations c
        left join lateral (
          select max(m.created_at) as last_staff_at from consultation_messages m
          where m.consultation_id = c.id and m.sender_role in ('coordinator', 'supervisor')
        ) staff on true
        left join lateral (
          select max(m.created_at) as last_message_at from consultation_messages m where m.consultation_id = c.id
        ) latest on true
        where c.status <> 'closed' and ${where}`,
  );
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipality_id,
    lastMessageAt: at(row.last_message_at),
    wait: currentWait({
      createdAt: new Date(row.created_at),
      lastStaffMessageAt: at(row.last_staff_at),
      firstUnansweredAt: at(row.first_unanswered_at),
    }),
  }));
}

/** Every municipality's open consultations: only for the SLA sweep, which records per row. */
export async function loadOpenConsultationWaitsEverywhere(db: Db): Promise<OpenConsultationWait[]> {
  return loadOpenConsultationWaits(db, sql`true`);
}

/** The open consultations one member of the care team holds. */
export async function loadOpenConsultationWaitsOf(
  db: Db,
  municipalityId: string,
  coordinatorId: string,
): Promise<OpenConsultationWait[]> {
  return loadOpenConsultationWaits(
    db,
    sql`${rawOfMunicipality('c', municipalityId)} and c.assigned_coordinator_id = ${coordinatorId}`,
  );
}
