import { describe, expect, it } from 'vitest';
import { ZPushPayload, type TCall } from '@yorisoi/shared';
import { takenConsultation } from '../testing/consultation-fixtures.ts';
import { usePushService } from '../testing/use-push-service.ts';
import { waitFor } from '../testing/wait-for.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const push = usePushService();
const t = useTestApp();
const tenant = useTenant(t, 'call-push');
const sockets = useSockets(t);

describe('a call to someone whose app is closed', () => {
  it('reaches their device by web push with a fixed text, a link and the ring time to live', async () => {
    const { worker, coordinator, id: consultationId } = await takenConsultation(t, tenant);
    const device = push.subscribe();
    await coordinator.ok('registerPushSubscription', {
      body: { endpoint: device.endpoint, keys: device.keys, expirationTime: null },
    });

    // The coordinator has no socket open: the app is closed.
    const workerSocket = await sockets.connect(worker);
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
