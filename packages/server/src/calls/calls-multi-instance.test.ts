import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { TCall } from '@yorisoi/shared';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { connectSocket, nextEvents, type TestSocket } from '../testing/socket-client.ts';
import { queryRows } from '../platform/db/database.ts';
import type { RunningServer } from '../app/start-server.ts';
import { asTestApp, clusterServerUrl, useTestCluster } from '../testing/test-cluster.ts';

/**
 * Call signalling between parties connected to two instances on one PostgreSQL server.
 * The offer is a full-size one (over NOTIFY's 8,000 bytes before deflating).
 */
let tenant: TenantFixture;
const sockets: TestSocket[] = [];
const cluster = useTestCluster(undefined, async ([first]) => {
  tenant = await createTenant(first!.ctx, 'calls-cluster');
});

const bigSdp = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  ...Array.from({ length: 250 }, (_, i) => `a=rtcp-fb:96 goog-remb extension-${i}`),
  '',
].join('\r\n');

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

describe.runIf(clusterServerUrl)('call signalling across instances', () => {
  it('rings, answers and relays a large offer between instances, storing no SDP', async () => {
    const [a, b] = cluster.instances as [RunningServer, RunningServer];
    const worker = await signInAs(asTestApp(a), tenant.people.worker);
    const coordinator = await signInAs(asTestApp(b), tenant.people.coordinator);
    const started = await startConsultationAs(worker);
    const consultationId = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id: consultationId } });
    const workerSocket = await connectSocket(a.url, worker.cookie);
    const coordinatorSocket = await connectSocket(b.url, coordinator.cookie);
    sockets.push(workerSocket, coordinatorSocket);
    expect(bigSdp.length).toBeGreaterThan(8000);
    // Each instance sees the other's sockets once the adapter's LISTEN is in place.
    for (const instance of [a, b]) {
      await expect.poll(async () => (await instance.app.realtime.io.fetchSockets()).length).toBe(2);
    }

    const ringing = nextEvents(coordinatorSocket, 'call:ringing', 1);
    const call = (await workerSocket.emitWithAck('call:invite', {
      consultationId,
      kind: 'video',
    })) as TCall;
    expect((await ringing)[0]?.id).toBe(call.id);
    const active = nextEvents(workerSocket, 'call:state', 1);
    await coordinatorSocket.emitWithAck('call:accept', { callId: call.id });
    expect((await active)[0]?.state).toBe('active');
    const offer = nextEvents(coordinatorSocket, 'call:offer', 1);
    await workerSocket.emitWithAck('call:offer', { callId: call.id, sdp: bigSdp });
    expect(await offer).toEqual([{ callId: call.id, sdp: bigSdp }]);

    // Deflated, the offer fitted in NOTIFY: the adapter's overflow table never held it.
    const [overflow] = await queryRows<{ n: number }>(
      a.ctx.db,
      sql`select count(*)::int as n from socket_io_attachments`,
    );
    expect(overflow?.n).toBe(0);
  });
});
