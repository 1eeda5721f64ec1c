import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { signInAs } from '../testing/fixtures.ts';
import { startConsultationAs, takenConsultation } from '../testing/consultation-fixtures.ts';
import { anotherInstanceOf } from '../testing/test-cluster.ts';
import { notificationOutbox } from '../platform/db/schema/index.ts';
import { composeNotification } from '../notifications/outbox/compose.ts';
import { sweepDueCheckIns } from './check-in-due.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'checkin-sweep');

const noticesOf = (checkInId: string) =>
  t.ctx.db.select().from(notificationOutbox).where(eq(notificationOutbox.refId, checkInId));

describe('the check-in sweep', () => {
  it('announces a due check-in once to its coordinator, with two instances sweeping at once', async () => {
    const { coordinator, id } = await takenConsultation(t, tenant);
    const soon = new Date(t.ctx.now().getTime() + 60_000).toISOString();
    const mine = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: soon, coordinatorId: tenant.people.coordinator.id, note: 'NOTE-SECRET' },
    });
    const cancelled = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: soon, coordinatorId: null },
    });
    await coordinator.ok('cancelCheckIn', { params: { id: cancelled.id } });
    expect(await sweepDueCheckIns(t.ctx)).toBe(0);

    t.clock.advance(5 * 60_000);
    const second = anotherInstanceOf(t);
    try {
      const counts = await Promise.all([sweepDueCheckIns(t.ctx), sweepDueCheckIns(second)]);
      expect(counts[0] + counts[1]).toBe(2);
      expect(await sweepDueCheckIns(second)).toBe(0);
      await Promise.all([t.ctx.outbox.idle(), second.outbox.idle()]);
    } finally {
      await second.outbox.stop();
      t.clock.advance(-5 * 60_000);
    }
    const notices = await noticesOf(mine.id);
    expect(notices.map((n) => [n.userId, n.channel]).sort()).toEqual(
      [
        [tenant.people.coordinator.id, 'email'],
        [tenant.people.coordinator.id, 'push'],
      ].sort(),
    );
    expect(await noticesOf(cancelled.id)).toEqual([]);
    const composed = await composeNotification(t.ctx, notices[0]!);
    expect(JSON.stringify(composed)).not.toContain('NOTE-SECRET');
    expect(composed?.push).toEqual({ kind: 'check_in_due', url: '/care/check-ins' });
  });

  it('announces the care team’s check-in to the team on shift (everyone, when nobody is)', async () => {
    const worker = await signInAs(t, tenant.people.family);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    await supervisor.ok('claimConsultation', { params: { id } });
    const team = await supervisor.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: new Date(t.ctx.now().getTime() + 60_000).toISOString(), coordinatorId: null },
    });
    t.clock.advance(2 * 60_000);
    try {
      await sweepDueCheckIns(t.ctx);
      await t.ctx.outbox.idle();
    } finally {
      t.clock.advance(-2 * 60_000);
    }
    const users = new Set((await noticesOf(team.id)).map((n) => n.userId));
    expect(users).toEqual(new Set([tenant.people.coordinator.id, tenant.people.supervisor.id]));
  });
});
