import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';

/**
 * Figures read at each scrape, across every municipality: the operators' view is of the
 * installation. Counts and ages only; a municipality is named by its code.
 */
export async function readQueueFigures(
  db: Db,
): Promise<{ code: string; waiting: number; longestWaitSeconds: number }[]> {
  return queryRows(
    db,
    sql`select m.code as code, count(c.id)::int as waiting,
          coalesce(extract(epoch from (now() - min(c.created_at))), 0)::float8 as "longestWaitSeconds"
        from municipalities m
        left join consultations c on c.municipality_id = m.id and c.status = 'queued'
        group by m.code`,
  );
}

export async function readSlaBreachCounts(db: Db): Promise<{ code: string; breaches: number }[]> {
  return queryRows(
    db,
    sql`select m.code as code, count(b.*)::int as breaches
        from municipalities m left join sla_breaches b on b.municipality_id = m.id
        group by m.code`,
  );
}

export async function readOutboxFigures(
  db: Db,
): Promise<{ pending: number; failed: number; oldestPendingSeconds: number }> {
  const [row] = await queryRows<{ pending: number; failed: number; oldestPendingSeconds: number }>(
    db,
    sql`select count(*) filter (where status = 'pending')::int as pending,
          count(*) filter (where status = 'failed')::int as failed,
          coalesce(extract(epoch from (now() - min(created_at) filter (where status = 'pending'))), 0)::float8
            as "oldestPendingSeconds"
        from notification_outbox`,
  );
  return row ?? { pending: 0, failed: 0, oldestPendingSeconds: 0 };
}

/** Staff on a shift now, per municipality: an alert when a 24-hour service has nobody. */
export async function readOnShift(db: Db): Promise<{ code: string; onShift: number }[]> {
  return queryRows(
    db,
    sql`select m.code as code, count(distinct s.user_id)::int as "onShift"
        from municipalities m
        left join shifts s on s.municipality_id = m.id and s.starts_at <= now() and s.ends_at > now()
        group by m.code`,
  );
}
