import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import {
  childcareCoding as coding,
  newClientMsgId,
  takenConsultation,
} from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'checkin');
const other = useTenant(t, 'checkin-other');

const inHours = (hours: number) =>
  new Date(t.ctx.now().getTime() + hours * 3_600_000).toISOString();
const careNote = 'CARE-TEAM-ONLY 夜勤明けに様子を聞く';

/** A high-risk consultation held by the coordinator, its risk assessed. */
async function assessedCrisis() {
  const { worker, coordinator, id } = await takenConsultation(
    t,
    tenant,
    'もう消えたいと思ってしまう',
  );
  await coordinator.ok('acknowledgeRiskFlags', { params: { id } });
  return { worker, coordinator, id };
}

describe('a scheduled check-in', () => {
  it('is the follow-up that lets a high-risk consultation close', async () => {
    const { coordinator, id } = await assessedCrisis();
    const refused = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(refused.json().error.code).toBe('FOLLOW_UP_REQUIRED');
    const checkIn = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(48), coordinatorId: tenant.people.coordinator.id, note: careNote },
    });
    expect(checkIn).toMatchObject({ state: 'due', note: careNote, consultationId: id });
    const closed = await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
    expect(closed.status).toBe('closed');
  });

  it('no longer counts once cancelled', async () => {
    const { coordinator, id } = await assessedCrisis();
    const checkIn = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(24), coordinatorId: null },
    });
    const cancelled = await coordinator.ok('cancelCheckIn', { params: { id: checkIn.id } });
    expect(cancelled.state).toBe('cancelled');
    const again = await coordinator.call('cancelCheckIn', { params: { id: checkIn.id } });
    expect(again.json().error.code).toBe('CHECK_IN_NOT_SCHEDULED');
    const refused = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(refused.json().error.code).toBe('FOLLOW_UP_REQUIRED');
  });

  it('tells the person when the health room will contact them, never the care team’s note', async () => {
    const { worker, coordinator, id } = await assessedCrisis();
    expect(await worker.ok('getPlannedContact', { params: { id } })).toEqual({ dueAt: null });
    const first = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(30), coordinatorId: null, note: careNote },
    });
    const moved = await coordinator.ok('rescheduleCheckIn', {
      params: { id: first.id },
      body: { dueAt: inHours(72), coordinatorId: tenant.people.coordinator.id, note: careNote },
    });
    expect(moved.id).not.toBe(first.id);
    const seen = await worker.call('getPlannedContact', { params: { id } });
    expect(seen.json()).toEqual({ dueAt: moved.dueAt });
    expect(seen.body).not.toContain('CARE-TEAM-ONLY');
    // The list of check-ins (with the note) is the care team's.
    const listed = await worker.call('listConsultationCheckIns', { params: { id } });
    expect(listed.json().error.code).toBe('NOT_FOUND');
  });

  it('refuses a time in the past, a stranger as coordinator, the wrong role and another municipality, changing nothing', async () => {
    const { worker, coordinator, id } = await assessedCrisis();
    const foreign = await signInAs(t, other.people.supervisor);
    const city = await signInAs(t, tenant.people.cityStaff);
    const before = await snapshotDatabase(t.ctx.db);
    const past = await coordinator.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(-1), coordinatorId: null },
    });
    expect(past.json().error.code).toBe('VALIDATION_FAILED');
    const farAway = await coordinator.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(24 * 200), coordinatorId: null },
    });
    expect(farAway.json().error.code).toBe('VALIDATION_FAILED');
    const stranger = await coordinator.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(5), coordinatorId: other.people.coordinator.id },
    });
    expect(stranger.json().error.code).toBe('VALIDATION_FAILED');
    const badInput = await coordinator.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: 'tomorrow', coordinatorId: null },
    });
    expect(badInput.json().error.code).toBe('VALIDATION_FAILED');
    const byPerson = await worker.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(5), coordinatorId: null },
    });
    expect(byPerson.json().error.code).toBe('NOT_FOUND');
    const fromAfar = await foreign.call('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(5), coordinatorId: null },
    });
    expect(fromAfar.json().error.code).toBe('NOT_FOUND');
    expect((await city.call('listCheckIns')).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});

describe('doing a check-in', () => {
  it('after closing, writes to the person in a new consultation and marks it done', async () => {
    const { worker, coordinator, id } = await assessedCrisis();
    const checkIn = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(1), coordinatorId: null, note: careNote },
    });
    await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
    t.clock.advance(2 * 3_600_000);
    try {
      const listed = await coordinator.ok('listCheckIns');
      expect(listed.items.find((c) => c.id === checkIn.id)?.state).toBe('overdue');
      const body = 'その後いかがですか。保健室の看護師です。';
      const done = await coordinator.ok('completeCheckIn', {
        params: { id: checkIn.id },
        body: { clientMsgId: newClientMsgId(), body },
      });
      expect(done.checkIn.state).toBe('done');
      expect(done.consultationId).not.toBe(id);
      const opened = await worker.ok('getConsultation', { params: { id: done.consultationId } });
      expect(opened).toMatchObject({ status: 'active' });
      const messages = await worker.ok('listMessages', { params: { id: done.consultationId } });
      expect(messages.items.map((m) => m.body)).toEqual([body]);
      const again = await coordinator.call('completeCheckIn', {
        params: { id: checkIn.id },
        body: { clientMsgId: newClientMsgId(), body },
      });
      expect(again.json().error.code).toBe('CHECK_IN_NOT_SCHEDULED');
      expect((await worker.ok('getPlannedContact', { params: { id } })).dueAt).toBeNull();
    } finally {
      t.clock.advance(-2 * 3_600_000);
    }
  });

  it('while the consultation is open, writes in it', async () => {
    const { worker, coordinator, id } = await assessedCrisis();
    const checkIn = await coordinator.ok('scheduleCheckIn', {
      params: { id },
      body: { dueAt: inHours(3), coordinatorId: tenant.people.coordinator.id },
    });
    const done = await coordinator.ok('completeCheckIn', {
      params: { id: checkIn.id },
      body: { clientMsgId: newClientMsgId(), body: '予定より早めにご連絡しました。' },
    });
    expect(done.consultationId).toBe(id);
    const messages = await worker.ok('listMessages', { params: { id } });
    expect(messages.items.at(-1)?.body).toBe('予定より早めにご連絡しました。');
  });
});
