import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { noEvents } from '../consultations/consultation-events.ts';
import { signInAs } from '../testing/fixtures.ts';
import { mailParts } from '../testing/smtp-sink.ts';
import { consultations, notificationOutbox } from '../platform/db/schema/index.ts';
import { routeWaitingConsultations } from '../routing/routing.service.ts';
import { sweepAppointments } from './appointment-sweep.ts';
import { everyMorning } from './appointments-fixtures.ts';
import { usePushService } from '../testing/use-push-service.ts';
import { ZPushPayload } from '@yorisoi/shared';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const push = usePushService();
const t = useTestApp(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <yoyaku@test.example>' }));
const tenant = useTenant(t, 'sweep');

const minute = 60_000;

describe('appointment sweep', () => {
  it('reminds both sides 24 hours and 10 minutes before, once each, then opens the consultation for the booked coordinator only', async () => {
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('setWeeklyAvailability', {
      body: { coordinatorId: tenant.people.coordinator.id, windows: everyMorning },
    });
    const worker = await signInAs(t, tenant.people.worker);
    const device = push.subscribe();
    await worker.ok('registerPushSubscription', {
      body: { endpoint: device.endpoint, keys: device.keys, expirationTime: null },
    });
    const { items } = await worker.ok('listFreeSlots', {
      query: { topic: 'mental_health', channel: 'video', days: 7 },
    });
    const slot = items.find((s) => Date.parse(s.startsAt) > t.ctx.now().getTime() + 2 * 86_400_000);
    const booked = await worker.ok('bookAppointment', {
      body: {
        coordinatorId: slot!.coordinatorId,
        startsAt: slot!.startsAt,
        channel: 'video',
        topics: ['mental_health'],
        firstMessage: '眠れない日が続いています',
      },
    });
    const startsAt = Date.parse(booked.startsAt);
    const reminderKinds = async () =>
      (
        await t.ctx.db
          .select({
            kind: notificationOutbox.kind,
            channel: notificationOutbox.channel,
            status: notificationOutbox.status,
          })
          .from(notificationOutbox)
          .where(eq(notificationOutbox.refId, booked.id))
      )
        .filter((n) => n.kind.startsWith('reminder'))
        .map((n) => `${n.kind}:${n.channel}:${n.status}`)
        .sort();

    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 0, reminded: 0 });
    t.clock.advance(startsAt - t.ctx.now().getTime() - 23 * 3_600_000);
    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 0, reminded: 2 });
    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 0, reminded: 0 });
    await t.ctx.outbox.idle();
    // Both get the mail; only the worker's subscribed phone gets the push.
    expect(await reminderKinds()).toEqual([
      'reminder_24h:email:sent',
      'reminder_24h:email:sent',
      'reminder_24h:push:sent',
      'reminder_24h:push:skipped',
    ]);
    const [pushed] = push
      .pushesFor(device.id)
      .map((p) => ZPushPayload.parse(JSON.parse(p.payload)));
    expect(pushed).toMatchObject({ kind: 'appointment_reminder', url: '/appointments' });
    expect(JSON.stringify(pushed)).not.toMatch(/眠れない|ビデオ|\d\d:\d\d/);
    const reminder = smtp.mails.filter((m) => m.to.includes(tenant.people.worker.email)).at(-1);
    const [text, ics] = mailParts(reminder!.raw);
    expect(text).toContain('ビデオ通話');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(reminder!.raw).not.toContain('眠れない');

    t.clock.advance(startsAt - t.ctx.now().getTime() - 9 * minute);
    const staff = await signInAs(t, tenant.people.coordinator);
    const beforeOpening = await staff.ok('listMyConsultations');
    expect(beforeOpening.items).toHaveLength(0);
    // The routing sweep never takes a booked consultation.
    await routeWaitingConsultations(t.ctx, noEvents);
    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 0, reminded: 2 });
    t.clock.advance(5 * minute);
    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 1, reminded: 0 });
    expect(await sweepAppointments(t.ctx, noEvents)).toEqual({ opened: 0, reminded: 0 });
    await t.ctx.outbox.idle();
    expect((await reminderKinds()).filter((k) => k.includes(':email:'))).toEqual([
      'reminder_10m:email:sent',
      'reminder_10m:email:sent',
      'reminder_24h:email:sent',
      'reminder_24h:email:sent',
    ]);

    const console = await signInAs(t, tenant.people.coordinator);
    const mine = await console.ok('listMyConsultations');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      status: 'active',
      preference: 'video',
      topics: ['mental_health'],
      viewerIs: 'assigned_coordinator',
    });
    const messages = await console.ok('listMessages', { params: { id: mine.items[0]!.id } });
    expect(messages.items.map((m) => m.body)).toEqual(['眠れない日が続いています']);
    const [row] = await t.ctx.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, mine.items[0]!.id));
    expect(row?.assignedCoordinatorId).toBe(tenant.people.coordinator.id);
    const person = await signInAs(t, tenant.people.worker);
    const listed = await person.ok('listAppointments', { query: {} });
    expect(listed.items.find((a) => a.id === booked.id)?.consultationId).toBe(row?.id);
    const late = await person.call('cancelAppointment', { params: { id: booked.id }, body: {} });
    expect(late.json().error.code).toBe('APPOINTMENT_NOT_CHANGEABLE');
  });

  it('sends no 24-hour reminder for an appointment booked within the last day', async () => {
    const fiveMinutes = 5 * minute;
    const start = Math.ceil(t.ctx.now().getTime() / fiveMinutes) * fiveMinutes + 3 * 3_600_000;
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('addAvailabilityException', {
      body: {
        coordinatorId: tenant.people.coordinator.id,
        kind: 'open',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
        slotMinutes: 30,
        channels: ['chat'],
      },
    });
    const family = await signInAs(t, tenant.people.family);
    const booked = await family.ok('bookAppointment', {
      body: {
        coordinatorId: tenant.people.coordinator.id,
        startsAt: new Date(start).toISOString(),
        channel: 'chat',
        topics: ['childcare'],
      },
    });
    await sweepAppointments(t.ctx, noEvents);
    const notices = await t.ctx.db
      .select({ kind: notificationOutbox.kind })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.refId, booked.id));
    expect([...new Set(notices.map((n) => n.kind))].sort()).toEqual([
      'booked_for_staff',
      'confirmation',
    ]);
  });
});
