import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'roster');
const other = useTenant(t, 'roster-other');

const day = '2026-12-01T00:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(day) + hours * 3_600_000).toISOString();

describe('24-hour roster', () => {
  it('plans shifts and flags every hour with fewer than two people on duty or on call', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    await supervisor.ok('createShift', {
      body: {
        userId: tenant.people.coordinator.id,
        kind: 'on_duty',
        startsAt: at(0),
        endsAt: at(8),
      },
    });
    await supervisor.ok('createShift', {
      body: {
        userId: tenant.people.supervisor.id,
        kind: 'on_call',
        startsAt: at(0),
        endsAt: at(4),
      },
    });
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const coverage = await coordinator.ok('getCoverage', { query: { from: day, days: 1 } });
    expect(coverage.hours).toHaveLength(24);
    expect(coverage.hours.slice(0, 8).map((h) => h.onDuty + h.onCall)).toEqual([
      2, 2, 2, 2, 1, 1, 1, 1,
    ]);
    expect(coverage.hours.filter((h) => h.gap)).toHaveLength(20);
    expect(coverage.gapHours).toBe(20);
    const shifts = await coordinator.ok('listShifts', { query: { from: day, days: 1 } });
    expect(shifts.items.map((s) => s.kind).sort()).toEqual(['on_call', 'on_duty']);
  });

  it('refuses overlapping shifts, bad spans and other tenants’ staff, changing nothing', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const before = await snapshotDatabase(t.ctx.db);
    const overlap = await supervisor.call('createShift', {
      body: {
        userId: tenant.people.coordinator.id,
        kind: 'on_call',
        startsAt: at(6),
        endsAt: at(10),
      },
    });
    expect(overlap.json().error.code).toBe('CONFLICT');
    const backwards = await supervisor.call('createShift', {
      body: {
        userId: tenant.people.coordinator.id,
        kind: 'on_duty',
        startsAt: at(12),
        endsAt: at(11),
      },
    });
    expect(backwards.json().error.code).toBe('VALIDATION_FAILED');
    const tooLong = await supervisor.call('createShift', {
      body: {
        userId: tenant.people.coordinator.id,
        kind: 'on_duty',
        startsAt: at(30),
        endsAt: at(55),
      },
    });
    expect(tooLong.json().error.code).toBe('VALIDATION_FAILED');
    const foreign = await supervisor.call('createShift', {
      body: {
        userId: other.people.coordinator.id,
        kind: 'on_duty',
        startsAt: at(30),
        endsAt: at(31),
      },
    });
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    const notStaff = await supervisor.call('createShift', {
      body: { userId: tenant.people.worker.id, kind: 'on_duty', startsAt: at(30), endsAt: at(31) },
    });
    expect(notStaff.json().error.code).toBe('NOT_FOUND');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('is planned by supervisors only and read by the care team only', async () => {
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const planned = await coordinator.call('createShift', {
      body: {
        userId: tenant.people.coordinator.id,
        kind: 'on_duty',
        startsAt: at(40),
        endsAt: at(41),
      },
    });
    expect(planned.statusCode).toBe(403);
    for (const person of [
      tenant.people.worker,
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
    ]) {
      const client = await signInAs(t, person);
      expect((await client.call('getCoverage', { query: { from: day } })).statusCode).toBe(403);
    }
    const otherSupervisor = await signInAs(t, other.people.supervisor);
    const theirs = await otherSupervisor.ok('listShifts', { query: { from: day, days: 1 } });
    expect(theirs.items).toEqual([]);
  });

  it('removes a shift', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const shift = await supervisor.ok('createShift', {
      body: {
        userId: tenant.people.supervisor.id,
        kind: 'on_duty',
        startsAt: at(100),
        endsAt: at(101),
      },
    });
    await supervisor.ok('deleteShift', { params: { id: shift.id } });
    expect((await supervisor.call('deleteShift', { params: { id: shift.id } })).statusCode).toBe(
      404,
    );
  });
});
