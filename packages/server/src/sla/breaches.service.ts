import { sql } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { queryRows } from '../platform/db/database.ts';
import { slaBreaches } from '../platform/db/schema/index.ts';
import { slaClock } from './sla.ts';
import { currentWait } from './waiting.ts';
import { alertSlaBreach } from '../notifications/notify.service.ts';

interface OpenConsultationTimes {
  id: string;
  municipality_id: string;
  created_at: string;
  last_staff_at: string | null;
  first_unanswered_at: string | null;
}

/**
 * Finds open consultations whose response target has passed and records each missed
 * wait once. A system sweep over every municipality; safe on several instances at once
 * (the unique key makes a second record of the same wait a no-op).
 */
export async function recordSlaBreaches(ctx: AppContext): Promise<number> {
  const rows = await queryRows<OpenConsultationTimes>(
    ctx.db,
    sql`select c.id, c.municipality_id, c.created_at, staff.last_staff_at,
          (select min(m.created_at) from consultation_messages m
            where m.consultation_id = c.id and m.sender_role in ('worker', 'family')
              and m.created_at > coalesce(staff.last_staff_at, '-infinity'::timestamptz)) as first_unanswered_at
        from consultations c
        left join lateral (
          select max(m.created_at) as last_staff_at from consultation_messages m
          where m.consultation_id = c.id and m.sender_role in ('coordinator', 'supervisor')
        ) staff on true
        where c.status <> 'closed'`,
  );
  const now = ctx.now();
  let recorded = 0;
  for (const row of rows) {
    const wait = currentWait({
      createdAt: new Date(row.created_at),
      lastStaffMessageAt: row.last_staff_at ? new Date(row.last_staff_at) : null,
      firstUnansweredAt: row.first_unanswered_at ? new Date(row.first_unanswered_at) : null,
    });
    if (!wait) continue;
    const clock = slaClock({ kind: wait.kind, waitingSince: wait.since, now });
    if (!clock.breached) continue;
    const inserted = await ctx.db
      .insert(slaBreaches)
      .values({
        municipalityId: row.municipality_id,
        consultationId: row.id,
        kind: wait.kind,
        band: clock.band,
        waitingSince: wait.since,
        deadline: clock.deadline,
        detectedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: slaBreaches.id });
    const breach = inserted[0];
    if (!breach) continue;
    recorded++;
    await alertSlaBreach(ctx, {
      municipalityId: row.municipality_id,
      breachId: breach.id,
      kind: wait.kind,
    }).catch(() => 0);
  }
  return recorded;
}
