import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testVapidKeys } from '../../testing/test-app.ts';
import { createTenant, signInAs } from '../../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../../testing/consultation-fixtures.ts';
import { usePushService, subscribeDevice, payloadsOf } from '../../testing/use-push-service.ts';
import { waitFor } from '../../testing/wait-for.ts';
import { notificationOutbox, pushSubscriptions } from '../../platform/db/schema/index.ts';
import { onShiftNow } from '../../testing/shift-fixtures.ts';
import { recordSlaBreaches } from '../../sla/breaches.service.ts';
import { sendPushToAccounts } from './send-push.ts';
import { useTestApp, useTenant, useSockets } from '../../testing/use-test-app.ts';

const push = usePushService();
const t = useTestApp();
const tenant = useTenant(t, 'push');
const sockets = useSockets(t);

/** The payloads a device received so far, once there is at least one. */
const arrivedAt = (id: string) =>
  waitFor(() => push.pushesFor(id).length > 0, { what: 'a push' }).then(() => payloadsOf(push, id));

describe('web push', () => {
  it('gives the VAPID key to those who receive notifications, not to employers or the city', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    expect(await worker.ok('getPushPublicKey')).toEqual({ publicKey: testVapidKeys.publicKey });
    for (const person of [tenant.people.employerAdmin, tenant.people.cityStaff]) {
      const client = await signInAs(t, person);
      expect((await client.call('getPushPublicKey')).statusCode).toBe(403);
    }
  });

  it('refuses endpoints that are not a push service on the public internet', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const keys = push.subscribe().keys;
    for (const endpoint of [
      'http://push.example.org/x',
      'https://10.0.0.1/x',
      'https://[::1]/x',
      'https://localhost/x',
      'http://127.0.0.2/x',
    ]) {
      const response = await worker.call('registerPushSubscription', { body: { endpoint, keys } });
      expect(response.statusCode, endpoint).toBe(400);
    }
  });

  it('delivers what a browser would receive: VAPID-signed, encrypted, a fixed text by kind', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const device = await subscribeDevice(push, worker);
    const outcome = await sendPushToAccounts(t.ctx, {
      municipalityId: tenant.municipalityId,
      userIds: [tenant.people.worker.id],
      notification: { kind: 'new_message', url: '/consultations/abc' },
    });
    expect(outcome).toMatchObject({ delivered: 1, reachedUserIds: [tenant.people.worker.id] });
    const [received] = push.pushesFor(device.id);
    expect(received!.vapidPublicKey).toBe(testVapidKeys.publicKey);
    expect(received!.claims.aud).toBe(push.origin);
    expect(received!.headers.urgency).toBe('normal');
    expect(JSON.parse(received!.payload)).toEqual({
      kind: 'new_message',
      title: '寄り添い',
      body: '新しいメッセージがあります',
      url: '/consultations/abc',
    });
    expect(push.rejected).toEqual([]);
  });

  it('never pushes to another municipality’s account', async () => {
    const other = await createTenant(t.ctx, 'push-other');
    const device = await subscribeDevice(push, await signInAs(t, other.people.worker));
    const outcome = await sendPushToAccounts(t.ctx, {
      municipalityId: tenant.municipalityId,
      userIds: [other.people.worker.id],
      notification: { kind: 'new_message', url: '/consultations' },
    });
    expect(outcome.delivered).toBe(0);
    expect(push.pushesFor(device.id)).toEqual([]);
  });

  it('forgets a subscription the push service reports gone (410)', async () => {
    const family = await signInAs(t, tenant.people.family);
    const device = await subscribeDevice(push, family);
    push.markGone(device.id);
    const outcome = await sendPushToAccounts(t.ctx, {
      municipalityId: tenant.municipalityId,
      userIds: [tenant.people.family.id],
      notification: { kind: 'new_message', url: '/consultations' },
    });
    expect(outcome).toMatchObject({ delivered: 0, removed: 1 });
    const left = await t.ctx.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, device.endpoint));
    expect(left).toEqual([]);
  });

  it('stops on this device when asked, on sign-out of that session, and when the account is deleted', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const removed = await subscribeDevice(push, worker);
    await worker.ok('removePushSubscription', { body: { endpoint: removed.endpoint } });
    const signedOut = await subscribeDevice(push, worker);
    const otherSession = await signInAs(t, tenant.people.worker);
    const stays = await subscribeDevice(push, otherSession);
    await worker.ok('signOut');
    const endpoints = async () =>
      (await t.ctx.db.select().from(pushSubscriptions)).map((s) => s.endpoint);
    expect(await endpoints()).not.toContain(removed.endpoint);
    expect(await endpoints()).not.toContain(signedOut.endpoint);
    expect(await endpoints()).toContain(stays.endpoint);

    const leaving = await createTenant(t.ctx, 'push-leaving');
    const client = await signInAs(t, leaving.people.worker);
    const device = await subscribeDevice(push, client);
    await client.ok('requestDeletion', { body: { confirm: true } });
    expect(await endpoints()).not.toContain(device.endpoint);
  });

  it('a subscription moves to whoever signs in next on a shared phone', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const device = await subscribeDevice(push, worker);
    const family = await signInAs(t, tenant.people.family);
    await family.ok('registerPushSubscription', {
      body: { endpoint: device.endpoint, keys: device.keys },
    });
    const rows = await t.ctx.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, device.endpoint));
    expect(rows.map((r) => r.userId)).toEqual([tenant.people.family.id]);
  });
});

describe('push with the existing alerts', () => {
  it('tells the person of a care-team message only when they have no socket open', async () => {
    const tenant2 = await createTenant(t.ctx, 'push-message');
    const worker = await signInAs(t, tenant2.people.worker);
    const coordinator = await signInAs(t, tenant2.people.coordinator);
    const device = await subscribeDevice(push, worker);
    const started = await startConsultationAs(worker, 'PUSH-MARKER 夜に眠れません');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });

    const online = await sockets.connect(worker);
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'ONLINE-REPLY お話を聞かせてください' },
    });
    // With the chat open (joined), the server knows without asking the cluster.
    await online.emitWithAck('consultation:join', { consultationId: id });
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'CHAT-OPEN-REPLY ゆっくりで大丈夫です' },
    });
    online.close();
    // Wait until the server has forgotten the socket before the next message.
    await waitFor(
      async () =>
        (await t.app.realtime.io.in(`user:${tenant2.people.worker.id}`).fetchSockets()).length ===
        0,
      { what: 'server saw the disconnect' },
    );
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'OFFLINE-REPLY またご連絡ください' },
    });
    const [payload] = await arrivedAt(device.id);
    expect(payloadsOf(push, device.id)).toHaveLength(1);
    expect(payload).toEqual({
      kind: 'new_message',
      title: '寄り添い',
      body: '新しいメッセージがあります',
      url: `/consultations/${id}`,
    });
    for (const leak of ['REPLY', 'PUSH-MARKER', '眠れません', tenant2.people.worker.displayName]) {
      expect(push.pushesFor(device.id)[0]!.payload).not.toContain(leak);
    }
  });

  it('pushes a high-risk alert to the supervisors once, linking the consultation', async () => {
    const tenant3 = await createTenant(t.ctx, 'push-risk');
    const supervisor = await signInAs(t, tenant3.people.supervisor);
    const supervisorDevice = await subscribeDevice(push, supervisor);
    const coordinatorDevice = await subscribeDevice(
      push,
      await signInAs(t, tenant3.people.coordinator),
    );
    const worker = await signInAs(t, tenant3.people.worker);
    const started = await startConsultationAs(worker, 'もう消えたいです');
    await worker.ok('sendMessage', {
      params: { id: started.consultation.id },
      body: { clientMsgId: newClientMsgId(), body: 'やっぱり死にたい' },
    });
    const [payload] = await arrivedAt(supervisorDevice.id);
    expect(payload).toMatchObject({
      kind: 'high_risk',
      url: `/consultations/${started.consultation.id}`,
    });
    expect(push.pushesFor(supervisorDevice.id)[0]!.headers.urgency).toBe('high');
    await t.ctx.outbox.idle();
    expect(payloadsOf(push, coordinatorDevice.id)).toEqual([]);
    const rows = await t.ctx.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.municipalityId, tenant3.municipalityId));
    const pushRows = rows.filter(
      (r) => r.channel === 'push' && r.userId === tenant3.people.supervisor.id,
    );
    expect(pushRows.map((r) => r.status)).toEqual(pushRows.map(() => 'sent'));
  });

  it('pushes a missed response target to the care team on shift, once', async () => {
    const tenant4 = await createTenant(t.ctx, 'push-sla');
    await onShiftNow(t.ctx, tenant4, tenant4.people.coordinator, {
      kind: 'on_call',
      hoursLeft: 20,
    });
    const device = await subscribeDevice(push, await signInAs(t, tenant4.people.coordinator));
    const supervisorDevice = await subscribeDevice(
      push,
      await signInAs(t, tenant4.people.supervisor),
    );
    await startConsultationAs(await signInAs(t, tenant4.people.family), '子どもの発達について');
    t.clock.advance(40 * 60_000);
    await recordSlaBreaches(t.ctx);
    await recordSlaBreaches(t.ctx);
    await t.ctx.outbox.idle();
    expect(payloadsOf(push, device.id)).toEqual([
      {
        kind: 'sla_breach',
        title: '寄り添い',
        body: '返信の目標時間を過ぎた相談があります',
        url: '/care/queue',
      },
    ]);
    expect(payloadsOf(push, supervisorDevice.id)).toEqual([]);
  });
});
