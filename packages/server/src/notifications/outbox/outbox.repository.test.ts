import { describe, expect, it } from 'vitest';
import { and, inArray } from 'drizzle-orm';
import { users } from '../../platform/db/schema/index.ts';
import { enqueueNotifications, noticeNotQueued } from './outbox.repository.ts';
import { useTestApp, useTenant } from '../../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'notice-once');

describe('a notice queued once', () => {
  it('finds a row for a sweep only until its notice of that kind is queued', async () => {
    const { worker, family, coordinator } = tenant.people;
    const ids = [worker.id, family.id, coordinator.id];
    const unnoticed = async (kind: string) => {
      const rows = await t.ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, ids), noticeNotQueued(kind, users.id)));
      return rows.map((r) => r.id).sort();
    };
    expect(await unnoticed('test_reminder')).toEqual([...ids].sort());

    const notice = {
      municipalityId: tenant.municipalityId,
      kind: 'test_reminder',
      refId: worker.id,
      userId: coordinator.id,
      channel: 'email' as const,
    };
    // Two sweeps that race: the outbox keeps the first, the second adds nothing.
    expect(await enqueueNotifications(t.ctx.db, [notice], t.ctx.now())).toHaveLength(1);
    expect(await enqueueNotifications(t.ctx.db, [notice], t.ctx.now())).toEqual([]);

    expect(await unnoticed('test_reminder')).toEqual([family.id, coordinator.id].sort());
    // A notice of another kind about the same row is still to be queued.
    expect(await unnoticed('other_reminder')).toEqual([...ids].sort());
  });
});
