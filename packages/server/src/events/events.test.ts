import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runOpenDataCommand } from '../cli/opendata-command.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import type { TEventInput, TEventRegistrationResult } from '@yorisoi/shared';
import { signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { mailParts } from '../testing/smtp-sink.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { eventInputAt } from '../testing/event-input.ts';
import {
  childcareFacilities,
  eventRegistrations,
  events,
  municipalities,
} from '../platform/db/schema/index.ts';
import { purgeEventContactDetails } from './event-sweep.ts';
import { sendEventReminders } from './event-notices.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

let code: string;

const day = 86_400_000;

const smtp = useSmtpSink();
const t = useTestApp(() => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Yorisoi <events@test.example>',
  EVENT_CONTACT_RETENTION_DAYS: '7',
}));
const hioki = useTenant(t, 'ev');
const other = useTenant(t, 'ev-other');
beforeAll(async () => {
  // 日置市's real code (its check digit holds), as the open-data command requires.
  code = '462187';
  await t.ctx.db
    .update(municipalities)
    .set({ code })
    .where(eq(municipalities.id, hioki.municipalityId));
});

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));
/** The one mail to `email` whose text says `words` (mails of one person may arrive in any order). */
function mailSaying(email: string, words: string) {
  const found = mailsTo(email).filter((m) => mailParts(m.raw)[0]!.includes(words));
  expect(found).toHaveLength(1);
  return found[0]!;
}
const at = (msFromNow: number) => new Date(t.ctx.now().getTime() + msFromNow).toISOString();

function eventInput(overrides: Partial<TEventInput> = {}): TEventInput {
  return eventInputAt(t.ctx.now(), 5 * day, overrides);
}

async function createEvent(overrides: Partial<TEventInput> = {}) {
  const staff = await signInAs(t, hioki.people.cityStaff);
  return staff.ok('createEvent', { body: eventInput(overrides) });
}

const person = (label: string) => ({
  name: `${label} 花子`,
  email: `${label}-${crypto.randomBytes(3).toString('hex')}@resident.example`,
  phone: '099-123-4567',
  adults: 1,
  children: 1,
  clientRequestId: crypto.randomUUID(),
});

const resident = () => new TestClient(t.app);

async function register(eventId: string, body = person('res')) {
  const response = await resident().call('registerForEvent', {
    params: { code, id: eventId },
    body,
  });
  return { response, body };
}

function cancelTokenIn(raw: string): string {
  const text = mailParts(raw)[0]!;
  const match = /\/events\/cancel#([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error('no cancellation link in the mail');
  return match[1]!;
}

describe('events with registration', () => {
  it('lists a published event by month with seats left; unknown codes and drafts are not shown', async () => {
    const event = await createEvent({ title: '公開イベント（架空）' });
    const draft = await createEvent({ title: '下書き（架空）', published: false });
    const month = event.startsAt.slice(0, 7);
    const list = await resident().ok('listPublicEvents', { params: { code }, query: { month } });
    const ids = list.items.map((e) => e.id);
    expect(ids).toContain(event.id);
    expect(ids).not.toContain(draft.id);
    expect(list.items.find((e) => e.id === event.id)).toMatchObject({
      seatsLeft: 3,
      waitingCount: 0,
      registration: 'open',
      childcare: true,
    });
    const unknown = await resident().call('listPublicEvents', {
      params: { code: '000000' },
      query: {},
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('MUNICIPALITY_CODE_UNKNOWN');
    const hidden = await resident().call('getPublicEvent', { params: { code, id: draft.id } });
    expect(hidden.json().error.code).toBe('EVENT_NOT_FOUND');
    const openapi = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const path of [
      '/api/public/municipalities/{code}/events',
      '/api/public/municipalities/{code}/events/{id}',
      '/api/public/municipalities/{code}/events/{id}/registrations',
      '/api/public/municipalities/{code}/event-registrations/cancel',
    ]) {
      expect(Object.keys(openapi.paths)).toContain(path);
    }
    const calendar = await resident().ok('getPublicEventCalendar', {
      params: { code, id: event.id },
    });
    expect(calendar.ics).toContain(`UID:${event.id}@yorisoi`);
    expect(calendar.ics).toContain('SUMMARY:公開イベント（架空）');
  });

  it('registers, puts the full event’s next people on the waiting list, and moves the first up on cancellation', async () => {
    const event = await createEvent({ capacity: 1 });
    const first = await register(event.id, person('first'));
    expect(first.response.json()).toMatchObject({ status: 'registered', waitingPosition: null });
    const second = await register(event.id, person('second'));
    expect(second.response.json()).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    const third = await register(event.id, person('third'));
    expect(third.response.json()).toMatchObject({ status: 'waiting', waitingPosition: 2 });
    // The same form sent again is the same registration.
    const again = await register(event.id, second.body);
    expect(again.response.json().registrationId).toBe(second.response.json().registrationId);

    await t.ctx.outbox.idle();
    const confirmation = mailSaying(first.body.email, 'お申し込みを受け付けました');
    const [text, ics] = mailParts(confirmation.raw);
    expect(text).toContain('お申し込みを受け付けました');
    expect(text).toContain('親子つどい（架空）');
    expect(ics).toContain('METHOD:PUBLISH');
    mailSaying(second.body.email, 'キャンセル待ちで受け付けました');

    const token = cancelTokenIn(confirmation.raw);
    const looked = await resident().ok('lookupEventRegistration', {
      params: { code },
      body: { token },
    });
    expect(looked.status).toBe('registered');
    const cancelled = await resident().ok('cancelEventRegistration', {
      params: { code },
      body: { token },
    });
    expect(cancelled.status).toBe('cancelled');
    await t.ctx.outbox.idle();
    expect(mailParts(mailSaying(second.body.email, '参加が確定しました').raw)[1]).toContain(
      'METHOD:PUBLISH',
    );

    const staff = await signInAs(t, hioki.people.cityStaff);
    const registrations = await staff.ok('listEventRegistrations', { params: { id: event.id } });
    const byEmail = new Map(registrations.items.map((r) => [r.email, r]));
    expect(byEmail.get(first.body.email)?.status).toBe('cancelled');
    expect(byEmail.get(second.body.email)?.status).toBe('registered');
    expect(byEmail.get(third.body.email)).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect(registrations.event).toMatchObject({
      seatsLeft: 0,
      waitingCount: 1,
      registeredCount: 1,
    });

    // Cancelling twice is the same cancellation; a made-up token is refused.
    const twice = await resident().ok('cancelEventRegistration', {
      params: { code },
      body: { token },
    });
    expect(twice.status).toBe('cancelled');
    const forged = await resident().call('cancelEventRegistration', {
      params: { code },
      body: { token: crypto.randomBytes(32).toString('base64url') },
    });
    expect(forged.json().error.code).toBe('EVENT_CANCEL_LINK_INVALID');
  });

  it('never goes over capacity when 20 people register at once: the rest wait in order', async () => {
    const event = await createEvent({ capacity: 5 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => register(event.id, person(`crowd${i}`))),
    );
    const answers = results.map((r) => {
      expect(r.response.statusCode).toBe(200);
      return r.response.json() as TEventRegistrationResult;
    });
    expect(answers.filter((a) => a.status === 'registered')).toHaveLength(5);
    const waiting = answers.filter((a) => a.status === 'waiting');
    expect(waiting.map((a) => a.waitingPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    const staff = await signInAs(t, hioki.people.cityStaff);
    const list = await staff.ok('listEventRegistrations', { params: { id: event.id } });
    expect(list.items.filter((r) => r.status === 'registered')).toHaveLength(5);
    // The staff list numbers the waiting list as each person was told at registration.
    for (const answer of waiting) {
      expect(list.items.find((r) => r.id === answer.registrationId)?.waitingPosition).toBe(
        answer.waitingPosition,
      );
    }
    expect(list.event).toMatchObject({ seatsLeft: 0, waitingCount: 15, registeredCount: 5 });
  });

  it('refuses bad contact details, closed registration and events that are over, changing nothing', async () => {
    const event = await createEvent();
    const closed = await createEvent({ registrationClosesAt: at(-60_000) });
    const notYet = await createEvent({ registrationOpensAt: at(day) });
    const staff = await signInAs(t, hioki.people.cityStaff);
    // Mails still going out would change the outbox rows under the snapshot.
    await t.ctx.outbox.idle();
    const before = await snapshotDatabase(t.ctx.db);
    const bad = await resident().call('registerForEvent', {
      params: { code, id: event.id },
      body: { ...person('bad'), email: 'not-an-address', phone: '12', adults: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('EVENT_CONTACT_INVALID');
    expect(
      bad
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['adults', 'email', 'phone']);
    expect((await register(closed.id)).response.json().error.code).toBe(
      'EVENT_REGISTRATION_CLOSED',
    );
    expect((await register(notYet.id)).response.json().error.code).toBe(
      'EVENT_REGISTRATION_NOT_OPEN',
    );
    const unknown = await resident().call('registerForEvent', {
      params: { code: '999999', id: event.id },
      body: person('x'),
    });
    expect(unknown.json().error.code).toBe('MUNICIPALITY_CODE_UNKNOWN');
    const reversed = await staff.call('createEvent', {
      body: eventInput({ startsAt: at(2 * day), endsAt: at(day) }),
    });
    expect(reversed.json().error.code).toBe('VALIDATION_FAILED');
    const nowhere = await staff.call('createEvent', {
      body: eventInput({ placeName: null, onlineUrl: null }),
    });
    expect(nowhere.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('keeps contact details sealed at rest, reminds the day before and erases contacts after the retention period', async () => {
    const event = await createEvent({ startsAt: at(3 * day), endsAt: at(3 * day + 3_600_000) });
    const { response, body } = await register(event.id, person('keep'));
    const id = response.json().registrationId as string;
    const [raw] = await t.ctx.db
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, id));
    for (const value of [body.email, body.name, '0991234567']) {
      expect(JSON.stringify(raw)).not.toContain(value);
    }
    expect(raw!.cancelTokenHash).toMatch(/^[0-9a-f]{64}$/);

    t.clock.advance(2 * day + 3_600_000);
    expect(await sendEventReminders(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await sendEventReminders(t.ctx)).toBe(0);
    await t.ctx.outbox.idle();
    mailSaying(body.email, 'イベントは明日です');

    // Ended, but within the 7 days: kept.
    t.clock.advance(2 * day);
    await purgeEventContactDetails(t.ctx);
    let staff = await signInAs(t, hioki.people.cityStaff);
    let list = await staff.ok('listEventRegistrations', { params: { id: event.id } });
    expect(list.items[0]).toMatchObject({ email: body.email, contactPurged: false });
    t.clock.advance(7 * day);
    expect(await purgeEventContactDetails(t.ctx)).toBeGreaterThanOrEqual(1);
    staff = await signInAs(t, hioki.people.cityStaff);
    list = await staff.ok('listEventRegistrations', { params: { id: event.id } });
    expect(list.items[0]).toMatchObject({
      name: null,
      email: null,
      phone: null,
      contactPurged: true,
      status: 'registered',
    });
    expect(list.event.registeredCount).toBe(1);
    const [after] = await t.ctx.db
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, id));
    expect(after).toMatchObject({
      contactNameSealed: null,
      contactEmailSealed: null,
      contactPhoneSealed: null,
      cancelTokenHash: null,
      cancelTokenSealed: null,
    });
    // Attendance is still recorded on the kept row.
    const attended = await staff.ok('recordEventAttendance', {
      params: { id: event.id, registrationId: id },
      body: { attended: true },
    });
    expect(attended.status).toBe('attended');
  });

  it('lets only the municipality’s city staff manage its events; another tenant’s staff find nothing', async () => {
    const event = await createEvent();
    const { response } = await register(event.id, person('auth'));
    const registrationId = response.json().registrationId as string;
    const stranger = await signInAs(t, other.people.cityStaff);
    const roles = ['coordinator', 'supervisor', 'employerAdmin', 'worker'] as const;
    // One after another: each staff sign-in takes a fresh TOTP step of the test clock.
    const others = [];
    for (const role of roles) others.push(await signInAs(t, hioki.people[role]));
    // Mails still going out would change the outbox rows under the snapshot.
    await t.ctx.outbox.idle();
    const before = await snapshotDatabase(t.ctx.db);
    for (const attempt of [
      stranger.call('updateEvent', {
        params: { id: event.id },
        body: eventInput({ title: '乗っ取り' }),
      }),
      stranger.call('cancelEvent', { params: { id: event.id } }),
      stranger.call('listEventRegistrations', { params: { id: event.id } }),
      stranger.call('recordEventAttendance', {
        params: { id: event.id, registrationId },
        body: { attended: true },
      }),
    ]) {
      const answer = await attempt;
      expect(answer.statusCode).toBe(404);
      expect(answer.json().error.code).toBe('EVENT_NOT_FOUND');
    }
    for (const client of others) {
      const answer = await client.call('cancelEvent', { params: { id: event.id } });
      expect(answer.statusCode).toBe(403);
      expect((await client.call('listEvents', { query: {} })).statusCode).toBe(403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('grows the capacity to move the waiting list up, calls an event off with a mail to everyone, and exports open data', async () => {
    const event = await createEvent({
      capacity: 1,
      title: '復職セミナー（架空）',
      kind: 'seminar',
    });
    const a = await register(event.id, person('grow-a'));
    const b = await register(event.id, person('grow-b'));
    expect(b.response.json().status).toBe('waiting');
    const staff = await signInAs(t, hioki.people.cityStaff);
    const smaller = await staff.call('updateEvent', {
      params: { id: event.id },
      body: eventInput({
        capacity: 1,
        title: '復職セミナー（架空）',
        kind: 'seminar',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
      }),
    });
    expect(smaller.statusCode).toBe(200);
    const grown = await staff.ok('updateEvent', {
      params: { id: event.id },
      body: eventInput({
        capacity: 2,
        title: '復職セミナー（架空）',
        kind: 'seminar',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
      }),
    });
    expect(grown).toMatchObject({ registeredCount: 2, waitingCount: 0 });
    await t.ctx.outbox.idle();
    mailSaying(b.body.email, '参加が確定しました');
    const later = new Date(Date.parse(event.startsAt) + 3_600_000).toISOString();
    const laterEnd = new Date(Date.parse(event.endsAt) + 3_600_000).toISOString();
    await staff.ok('updateEvent', {
      params: { id: event.id },
      body: eventInput({
        capacity: 2,
        title: '復職セミナー（架空）',
        kind: 'seminar',
        startsAt: later,
        endsAt: laterEnd,
      }),
    });
    await t.ctx.outbox.idle();
    for (const email of [a.body.email, b.body.email]) {
      const [, ics] = mailParts(mailSaying(email, '日時または場所が変わりました').raw);
      expect(ics).toContain(`DTSTART:${later.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    }
    const shrink = await staff.call('updateEvent', {
      params: { id: event.id },
      body: eventInput({ capacity: 1, startsAt: later, endsAt: laterEnd }),
    });
    expect(shrink.json().error.code).toBe('EVENT_CAPACITY_BELOW_REGISTERED');

    const csv = await staff.call('exportEvents');
    expect(csv.headers['content-type']).toContain('text/csv');
    const body = csv.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF全国地方公共団体コード,ID,地方公共団体名,イベント名')).toBe(true);
    expect(body).toContain('\r\n');
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    const line = body.split('\r\n').find((l) => l.includes(event.id))!;
    expect(line).toContain('復職セミナー（架空）');
    expect(line).toContain(',セミナー,有,');
    // The same file from the command line, for city IT staff and scripts.
    let fromCli = '';
    const exit = await runOpenDataCommand(
      t.ctx,
      ['export', '--municipality', code, '--dataset', 'events'],
      {
        readInput: async () => new Uint8Array(),
        write: (text) => (fromCli += text),
        writeError: (text) => expect.fail(text),
      },
    );
    expect(exit).toBe(0);
    expect(fromCli).toBe(body);

    const off = await staff.ok('cancelEvent', { params: { id: event.id } });
    expect(off.cancelled).toBe(true);
    expect(off.registration).toBe('cancelled');
    await t.ctx.outbox.idle();
    for (const email of [a.body.email, b.body.email]) {
      const [, ics] = mailParts(mailSaying(email, '中止になりました').raw);
      expect(ics).toContain('STATUS:CANCELLED');
    }
    expect((await register(event.id)).response.json().error.code).toBe('EVENT_CANCELLED');
  });
});

describe('migration 0042: an event’s host facility', () => {
  it('clears hosts that name no facility of the event’s own municipality, then holds the link', async () => {
    const migration = fs.readFileSync(
      path.join(import.meta.dirname, '../../drizzle/0042_event_host_facility_fk.sql'),
      'utf8',
    );
    const facility = (municipalityId: string, sourceId: string) =>
      t.ctx.db
        .insert(childcareFacilities)
        .values({
          municipalityId,
          sourceId,
          name: `${sourceId}保育園（架空）`,
          kind: 'licensed_nursery',
          opensMinutes: [],
          closesMinutes: [],
          original: {},
          contentHash: sourceId,
        })
        .returning({ id: childcareFacilities.id })
        .then(([row]) => row!.id);
    const own = await facility(hioki.municipalityId, 'M42-OWN');
    const foreign = await facility(other.municipalityId, 'M42-FOREIGN');
    const kept = await createEvent({ title: '自分の施設（架空）', hostFacilityId: own });
    const crossTenant = await createEvent({ title: '他市の施設（架空）' });
    const orphan = await createEvent({ title: '消えた施設（架空）' });
    const rolledBack = new Error('rolled back');
    // As before the migration: no key, and values written by hand.
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await tx.execute(
          sql`ALTER TABLE events DROP CONSTRAINT events_host_facility_id_childcare_facilities_id_fk`,
        );
        await tx.execute(sql`DROP INDEX events_host_facility_starts_idx`);
        await tx
          .update(events)
          .set({ hostFacilityId: foreign })
          .where(eq(events.id, crossTenant.id));
        await tx
          .update(events)
          .set({ hostFacilityId: crypto.randomUUID() })
          .where(eq(events.id, orphan.id));
        for (const statement of migration.split('--> statement-breakpoint')) {
          await tx.execute(sql.raw(statement));
        }
        const hosts = await tx
          .select({ id: events.id, host: events.hostFacilityId })
          .from(events)
          .where(inArray(events.id, [kept.id, crossTenant.id, orphan.id]));
        expect(new Map(hosts.map((h) => [h.id, h.host]))).toEqual(
          new Map([
            [kept.id, own],
            [crossTenant.id, null],
            [orphan.id, null],
          ]),
        );
        await expect(
          tx.execute(
            sql`UPDATE events SET host_facility_id = ${crypto.randomUUID()} WHERE id = ${kept.id}`,
          ),
        ).rejects.toThrow();
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});
