import { japanTimeOf } from '@yorisoi/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TFreeSlot } from '@yorisoi/shared';
import { signInAs } from '../testing/fixtures.ts';
import { mailParts } from '../testing/smtp-sink.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { appointments } from '../platform/db/schema/index.ts';
import { isUniqueViolation } from '../platform/errors.ts';
import { isNationalHoliday } from '../sla/time-band.ts';
import {
  addConsentingWorker,
  addLicensedCoordinator,
  everyMorning,
} from './appointments-fixtures.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <yoyaku@test.example>' }));
const tenant = useTenant(t, 'appt');
beforeAll(async () => {
  const coordinator = await signInAs(t, tenant.people.coordinator);
  await coordinator.ok('setWeeklyAvailability', {
    body: { coordinatorId: tenant.people.coordinator.id, windows: everyMorning },
  });
});

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

/** Free slots of one coordinator at least two days ahead, so reminders are still to come. */
async function slotsOf(coordinatorId: string, topic = 'childcare' as const) {
  const worker = await signInAs(t, tenant.people.worker);
  const { items } = await worker.ok('listFreeSlots', {
    query: { topic, channel: 'chat', days: 10 },
  });
  const later = t.ctx.now().getTime() + 2 * 86_400_000;
  return items.filter((s) => s.coordinatorId === coordinatorId && Date.parse(s.startsAt) > later);
}

const bookingOf = (slot: TFreeSlot, extra: Record<string, unknown> = {}) => ({
  body: {
    coordinatorId: slot.coordinatorId,
    startsAt: slot.startsAt,
    channel: 'chat' as const,
    topics: ['childcare' as const],
    ...extra,
  },
});

describe('booking a consultation time', () => {
  it('lists free slots in Japan time without holidays, midwives first for pregnancy', async () => {
    const midwife = await addLicensedCoordinator(t.ctx, tenant.municipalityId, 'midwife');
    const supervisor = await signInAs(t, tenant.people.supervisor);
    await supervisor.ok('setWeeklyAvailability', {
      body: { coordinatorId: midwife.id, windows: everyMorning },
    });
    const worker = await signInAs(t, tenant.people.worker);
    const { items } = await worker.ok('listFreeSlots', {
      query: { topic: 'pregnancy_birth', channel: 'video', days: 14 },
    });
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.licence).toBe('midwife');
    const firstNurse = items.findIndex((s) => s.licence === 'nurse');
    expect(items.slice(0, firstNurse).every((s) => s.licence === 'midwife')).toBe(true);
    for (const slot of items) {
      const start = japanTimeOf(new Date(slot.startsAt));
      expect(isNationalHoliday(start.date)).toBe(false);
      expect(start.minutesOfDay >= 600 && start.minutesOfDay <= 690).toBe(true);
      expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(30 * 60_000);
      expect(Date.parse(slot.startsAt)).toBeGreaterThan(t.ctx.now().getTime());
    }
  });

  it('books a slot, takes it off everyone’s list and confirms by mail with an .ics, saying nothing sensitive', async () => {
    const [slot] = await slotsOf(tenant.people.coordinator.id);
    const worker = await signInAs(t, tenant.people.worker);
    const booked = await worker.ok(
      'bookAppointment',
      bookingOf(slot!, { firstMessage: 'BOOKING-MARKER 子どもの夜泣きのことで' }),
    );
    expect(booked).toMatchObject({
      status: 'booked',
      startsAt: slot!.startsAt,
      viewerIs: 'person',
      // This installation sends mail, so the page may say a confirmation was mailed.
      confirmation: 'mail',
    });
    expect((await slotsOf(tenant.people.coordinator.id)).map((s) => s.startsAt)).not.toContain(
      slot!.startsAt,
    );
    await t.ctx.outbox.idle();
    const mail = mailsTo(tenant.people.worker.email).at(-1);
    expect(mail).toBeDefined();
    const [text, ics] = mailParts(mail!.raw);
    expect(text).toContain('相談のご予約を承りました');
    expect(text).toMatch(/\d+月\d+日（[日月火水木金土]）\d\d:\d\d〜\d\d:\d\d/);
    expect(ics).toContain('SUMMARY:働く人の保健室 相談予約');
    expect(ics).toContain(`DTSTART:${slot!.startsAt.replace(/[-:]/g, '').replace('.000', '')}`);
    for (const leak of [
      'BOOKING-MARKER',
      '夜泣き',
      '育児',
      'childcare',
      tenant.people.coordinator.displayName,
    ]) {
      expect(mail!.raw).not.toContain(leak);
    }
    expect(mailsTo(tenant.people.coordinator.email).at(-1)?.raw).toBeDefined();
    const calendar = await worker.ok('getAppointmentCalendar', { params: { id: booked.id } });
    expect(calendar.ics).toContain(`UID:${booked.id}@yorisoi`);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const upcoming = await coordinator.ok('listAppointments', { query: {} });
    expect(upcoming.items.map((a) => a.id)).toContain(booked.id);
    const stranger = await signInAs(t, tenant.people.family);
    expect(
      (await stranger.call('getAppointmentCalendar', { params: { id: booked.id } })).statusCode,
    ).toBe(404);
  });

  it('refuses a time in the past, off the grid, or on a channel not offered, changing nothing', async () => {
    const [slot] = await slotsOf(tenant.people.coordinator.id);
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const before = await snapshotDatabase(t.ctx.db);
    const past = new Date(t.ctx.now().getTime() - 3_600_000).toISOString();
    const offGrid = new Date(Date.parse(slot!.startsAt) + 10 * 60_000).toISOString();
    const night = new Date(Date.parse(slot!.startsAt) + 12 * 3_600_000).toISOString();
    for (const [body, code] of [
      [bookingOf(slot!, { startsAt: past }), 'SLOT_IN_PAST'],
      [bookingOf(slot!, { startsAt: offGrid }), 'SLOT_NOT_AVAILABLE'],
      [bookingOf(slot!, { startsAt: night }), 'SLOT_NOT_AVAILABLE'],
      [bookingOf(slot!, { coordinatorId: tenant.people.employerAdmin.id }), 'SLOT_NOT_AVAILABLE'],
    ] as const) {
      const response = await worker.call('bookAppointment', body);
      expect(response.json().error.code).toBe(code);
    }
    const overlapping = await coordinator.call('setWeeklyAvailability', {
      body: {
        coordinatorId: tenant.people.coordinator.id,
        windows: [everyMorning[1]!, { ...everyMorning[1]!, startMinute: 11 * 60 }],
      },
    });
    expect(overlapping.json().error.code).toBe('AVAILABILITY_OVERLAPS');
    const others = await coordinator.call('setWeeklyAvailability', {
      body: { coordinatorId: tenant.people.supervisor.id, windows: everyMorning },
    });
    expect(others.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const chatOnly = everyMorning.map((w) => ({ ...w, channels: ['chat' as const] }));
    await coordinator.ok('setWeeklyAvailability', {
      body: { coordinatorId: tenant.people.coordinator.id, windows: chatOnly },
    });
    const video = await worker.call('bookAppointment', bookingOf(slot!, { channel: 'video' }));
    expect(video.statusCode).toBe(422);
    expect(video.json().error.code).toBe('SLOT_NOT_AVAILABLE');
    await coordinator.ok('setWeeklyAvailability', {
      body: { coordinatorId: tenant.people.coordinator.id, windows: everyMorning },
    });
  });

  it('lets exactly one of 24 people take the same slot at the same moment', async () => {
    const [slot] = await slotsOf(tenant.people.coordinator.id);
    const people = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        addConsentingWorker(t.ctx, tenant.municipalityId, tenant.organizations[0]!.id, `rush${i}`),
      ),
    );
    const clients = [];
    for (const person of people) clients.push(await signInAs(t, person));
    const responses = await Promise.all(
      clients.map((c) => c.call('bookAppointment', bookingOf(slot!))),
    );
    const codes = responses.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'SLOT_TAKEN')).toHaveLength(23);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(23);
    const rows = await t.ctx.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.coordinatorId, slot!.coordinatorId),
          eq(appointments.startsAt, new Date(slot!.startsAt)),
        ),
      );
    expect(rows).toHaveLength(1);
    // The database itself refuses a second active booking of that slot.
    const duplicate = t.ctx.db.insert(appointments).values({
      ...rows[0]!,
      id: crypto.randomUUID(),
      personUserId: tenant.people.family.id,
    });
    const refused = await duplicate.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isUniqueViolation(refused)).toBe(true);
  });

  it('keeps one person from holding two overlapping appointments', async () => {
    const [nurseSlot] = await slotsOf(tenant.people.coordinator.id);
    const all = await signInAs(t, tenant.people.family);
    const { items } = await all.ok('listFreeSlots', {
      query: { topic: 'pregnancy_birth', channel: 'chat', days: 10 },
    });
    const sameTime = items.find(
      (s) => s.startsAt === nurseSlot!.startsAt && s.coordinatorId !== nurseSlot!.coordinatorId,
    );
    expect(sameTime).toBeDefined();
    await all.ok('bookAppointment', bookingOf(nurseSlot!));
    const second = await all.call('bookAppointment', bookingOf(sameTime!));
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('APPOINTMENT_OVERLAPS');
  });

  it('cancels and reschedules from both sides, telling the other side; staff must give a reason', async () => {
    const [first, second, third] = await slotsOf(tenant.people.coordinator.id);
    const worker = await signInAs(t, tenant.people.worker);
    const booked = await worker.ok('bookAppointment', bookingOf(first!));
    await t.ctx.outbox.idle();
    const coordinatorMails = mailsTo(tenant.people.coordinator.email).length;
    const moved = await worker.ok('rescheduleAppointment', {
      params: { id: booked.id },
      body: { startsAt: second!.startsAt },
    });
    expect(moved.startsAt).toBe(second!.startsAt);
    await t.ctx.outbox.idle();
    expect(mailsTo(tenant.people.coordinator.email).length).toBe(coordinatorMails + 1);
    const calendar = await worker.ok('getAppointmentCalendar', { params: { id: moved.id } });
    expect(calendar.ics).toContain(`UID:${booked.id}@yorisoi`);
    expect(calendar.ics).toContain('SEQUENCE:1');
    expect((await slotsOf(tenant.people.coordinator.id)).map((s) => s.startsAt)).toContain(
      first!.startsAt,
    );
    const stale = await worker.call('cancelAppointment', { params: { id: booked.id }, body: {} });
    expect(stale.json().error.code).toBe('APPOINTMENT_NOT_CHANGEABLE');

    const coordinator = await signInAs(t, tenant.people.coordinator);
    const noReason = await coordinator.call('rescheduleAppointment', {
      params: { id: moved.id },
      body: { startsAt: third!.startsAt },
    });
    expect(noReason.json().error.code).toBe('VALIDATION_FAILED');
    const workerMails = mailsTo(tenant.people.worker.email).length;
    const staffMoved = await coordinator.ok('rescheduleAppointment', {
      params: { id: moved.id },
      body: { startsAt: third!.startsAt, reason: '研修が入ったため' },
    });
    expect(staffMoved.viewerIs).toBe('coordinator');
    await t.ctx.outbox.idle();
    const cancelled = await coordinator.ok('cancelAppointment', {
      params: { id: staffMoved.id },
      body: { reason: '体調不良のため' },
    });
    expect(cancelled.status).toBe('cancelled');
    await t.ctx.outbox.idle();
    const fresh = mailsTo(tenant.people.worker.email).slice(workerMails);
    expect(fresh).toHaveLength(2);
    expect(mailParts(fresh[1]!.raw)[1]).toContain('STATUS:CANCELLED');
    const mine = await worker.ok('listAppointments', { query: {} });
    expect(mine.items.find((a) => a.id === staffMoved.id)?.changeReason).toBe('体調不良のため');
  });

  it('takes blocked time off the list and refuses to book it until the block is removed', async () => {
    const [slot] = await slotsOf(tenant.people.coordinator.id);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const block = await supervisor.ok('addAvailabilityException', {
      body: {
        coordinatorId: tenant.people.coordinator.id,
        kind: 'block',
        startsAt: slot!.startsAt,
        endsAt: slot!.endsAt,
      },
    });
    expect((await slotsOf(tenant.people.coordinator.id)).map((s) => s.startsAt)).not.toContain(
      slot!.startsAt,
    );
    const worker = await signInAs(t, tenant.people.worker);
    const refused = await worker.call('bookAppointment', bookingOf(slot!));
    expect(refused.json().error.code).toBe('SLOT_NOT_AVAILABLE');
    const other = await signInAs(t, tenant.people.family);
    expect(
      (await other.call('deleteAvailabilityException', { params: { id: block.id } })).statusCode,
    ).toBe(403);
    await supervisor.ok('deleteAvailabilityException', { params: { id: block.id } });
    expect((await slotsOf(tenant.people.coordinator.id)).map((s) => s.startsAt)).toContain(
      slot!.startsAt,
    );
    const team = await supervisor.ok('listAvailability', { query: {} });
    expect(team.items.map((a) => a.coordinatorId)).toEqual(
      expect.arrayContaining([tenant.people.coordinator.id, tenant.people.supervisor.id]),
    );
    const own = await (
      await signInAs(t, tenant.people.coordinator)
    ).ok('listAvailability', {
      query: { coordinatorId: tenant.people.supervisor.id },
    });
    expect(own.items.map((a) => a.coordinatorId)).toEqual([tenant.people.coordinator.id]);
  });
});
