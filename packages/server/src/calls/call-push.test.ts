import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZPushPayload, type TCall } from '@yorisoi/shared';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { startPushService } from '../testing/push-service.ts';
import { connectSocket, type TestSocket } from '../testing/socket-client.ts';
import { waitFor } from '../testing/wait-for.ts';

let t: TestApp;
let url: string;
let tenant: TenantFixture;
let push: Awaited<ReturnType<typeof startPushService>>;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  push = await startPushService();
  t = await startTestApp();
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  tenant = await createTenant(t.ctx, 'call-push');
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => {
  await t?.close();
  await push?.close();
});

describe('a call to someone whose app is closed', () => {
  it('reaches their device by web push with a fixed text, a link and the ring time to live', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const started = await startConsultationAs(worker);
    const consultationId = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id: consultationId } });
    const device = push.subscribe();
    await coordinator.ok('registerPushSubscription', {
      body: { endpoint: device.endpoint, keys: device.keys, expirationTime: null },
    });

    // The coordinator has no socket open: the app is closed.
    const workerSocket = await connectSocket(url, worker.cookie);
    sockets.push(workerSocket);
    const call = (await workerSocket.emitWithAck('call:invite', {
      consultationId,
      kind: 'video',
    })) as TCall;
    expect(call.state).toBe('ringing');

    await waitFor(() => push.pushesFor(device.id).length > 0, { what: 'the call push' });
    const [received] = push.pushesFor(device.id);
    expect(ZPushPayload.parse(JSON.parse(received!.payload))).toEqual({
      kind: 'incoming_call',
      title: '寄り添い',
      body: '通話の着信があります。アプリを開くと応答できます',
      url: `/consultations/${consultationId}`,
    });
    expect(received!.headers.urgency).toBe('high');
    expect(received!.headers.ttl).toBe('45');
  });
});
