import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import {
  addLicensedCoordinator,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { usePushService, subscribeDevice, payloadsOf } from '../testing/use-push-service.ts';
import { connectSocket } from '../testing/socket-client.ts';
import { waitFor } from '../testing/wait-for.ts';
import { userRoom } from '../realtime/rooms.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

/**
 * Web push to the care team when no console is open (issue 13), against the local push
 * service the push tests use: VAPID verified, the aes128gcm body decrypted as a browser
 * would. A push never carries what the person wrote.
 */
const push = usePushService();
const t = useTestApp();
const tenant = useTenant(t, 'staff-push');
const sockets = useSockets(t);

describe('push to the care team', () => {
  it('announces a transfer to the coordinator with a fixed text and no content', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const receiverPerson = await addLicensedCoordinator(t.ctx, {
      municipalityId: tenant.municipalityId,
      label: 'staff-push-receiver',
      licenceType: 'nurse',
      licenceNumber: '2345678',
    });
    const receiver = await signInAs(t, receiverPerson);
    const device = await subscribeDevice(push, receiver);
    const secret = 'SECRET-CONTENT 夫の転勤で悩んでいます';
    const started = await startConsultationAs(worker, secret);
    const id = started.consultation.id;
    await supervisor.ok('claimConsultation', { params: { id } });
    await supervisor.ok('transferConsultation', {
      params: { id },
      body: { coordinatorId: receiverPerson.id, handoverNote: `引き継ぎ ${secret}` },
    });
    await waitFor(() => push.pushesFor(device.id).length > 0, { what: 'the assignment push' });
    const [payload] = payloadsOf(push, device.id);
    expect(payload).toEqual({
      kind: 'consultation_assigned',
      title: '寄り添い',
      body: '新しい相談が割り当てられました',
      url: `/consultations/${id}`,
    });
    for (const received of push.pushesFor(device.id)) {
      expect(received.payload).not.toContain('SECRET');
      expect(received.payload).not.toContain('転勤');
    }
  });

  it('announces the person’s new message only while the coordinator has no page open', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const device = await subscribeDevice(push, coordinator);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });

    const online = await connectSocket(sockets.url, coordinator.cookie);
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'ONLINE-MARKER まだ眠れません' },
    });
    online.close();
    await t.ctx.outbox.idle();
    expect(payloadsOf(push, device.id).filter((p) => p.kind === 'consultation_message')).toEqual(
      [],
    );

    await waitFor(
      async () =>
        (await t.app.realtime.io.in(userRoom(tenant.people.coordinator.id)).fetchSockets())
          .length === 0,
      { what: 'the socket to leave' },
    );
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'OFFLINE-MARKER 夜中に目が覚めます' },
    });
    await waitFor(
      () => payloadsOf(push, device.id).some((p) => p.kind === 'consultation_message'),
      {
        what: 'the message push',
      },
    );
    const messagePushes = push
      .pushesFor(device.id)
      .filter((p) => p.payload.includes('consultation_message'));
    expect(messagePushes).toHaveLength(1);
    expect(messagePushes[0]!.payload).not.toContain('MARKER');
    expect(JSON.parse(messagePushes[0]!.payload)).toMatchObject({
      body: '担当の相談に新しいメッセージがあります',
      url: `/consultations/${id}`,
    });
  });
});
