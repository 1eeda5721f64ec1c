import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { TMessageAck } from '@yorisoi/shared';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { connectSocket, nextEvents, type TestSocket } from '../testing/socket-client.ts';
import type { RunningServer } from '../app/start-server.ts';
import { asTestApp, clusterServerUrl, useTestCluster } from '../testing/test-cluster.ts';
import { queryRows } from '../platform/db/database.ts';

/**
 * Two instances on one PostgreSQL server deliver to each other's socket clients (through
 * the Socket.IO PostgreSQL adapter). Needs a server, so it runs when TEST_DATABASE_URL is set.
 */
let tenant: TenantFixture;
const sockets: TestSocket[] = [];
const cluster = useTestCluster(undefined, async ([first]) => {
  tenant = await createTenant(first!.ctx, 'cluster');
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

describe.runIf(clusterServerUrl)('real time across instances', () => {
  it('delivers messages and receipts between sockets connected to different instances', async () => {
    const [a, b] = cluster.instances as [RunningServer, RunningServer];
    const worker = await signInAs(asTestApp(a), tenant.people.worker);
    const coordinator = await signInAs(asTestApp(b), tenant.people.coordinator);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });

    const workerSocket = await connectSocket(a.url, worker.cookie);
    const coordinatorSocket = await connectSocket(b.url, coordinator.cookie);
    sockets.push(workerSocket, coordinatorSocket);
    await workerSocket.emitWithAck('consultation:join', { consultationId: id });
    await coordinatorSocket.emitWithAck('consultation:join', { consultationId: id });
    // Each instance sees the other's socket once the adapter's LISTEN is in place.
    for (const instance of [a, b]) {
      await expect.poll(async () => (await instance.app.realtime.io.fetchSockets()).length).toBe(2);
    }

    const atCoordinator = nextEvents(coordinatorSocket, 'message:new', 3);
    const acks: TMessageAck[] = [];
    for (let i = 0; i < 3; i++) {
      acks.push(
        (await workerSocket.emitWithAck('message:send', {
          consultationId: id,
          clientMsgId: newClientMsgId(),
          body: `A→B ${i}`,
        })) as TMessageAck,
      );
    }
    const received = await atCoordinator;
    expect(received.map((m) => [m.seq, m.body, m.mine])).toEqual(
      acks.map((ack, i) => [ack.seq, `A→B ${i}`, false]),
    );

    const atWorker = nextEvents(workerSocket, 'message:new', 1);
    const reply = (await coordinatorSocket.emitWithAck('message:send', {
      consultationId: id,
      clientMsgId: newClientMsgId(),
      body: 'B→A',
    })) as TMessageAck;
    expect((await atWorker)[0]).toMatchObject({ seq: reply.seq, body: 'B→A', mine: false });

    const receipt = nextEvents(workerSocket, 'receipt:update', 1);
    await coordinatorSocket.emitWithAck('receipt:mark', { consultationId: id, readSeq: reply.seq });
    expect((await receipt)[0]).toMatchObject({ readerRole: 'coordinator', readSeq: reply.seq });

    // Only ids travel between instances: the adapter's overflow table never holds content.
    const [overflow] = await queryRows<{ n: number }>(
      a.ctx.db,
      sql`select count(*)::int as n from socket_io_attachments`,
    );
    expect(overflow?.n).toBe(0);
  });

  it('tells the care team on another instance that the queue moved, and the person that theirs was taken', async () => {
    const [a, b] = cluster.instances as [RunningServer, RunningServer];
    const worker = await signInAs(asTestApp(a), tenant.people.worker);
    // A supervisor (who may take from the queue too): the coordinator's code was used above.
    const coordinator = await signInAs(asTestApp(b), tenant.people.supervisor);
    const workerSocket = await connectSocket(a.url, worker.cookie);
    const coordinatorSocket = await connectSocket(b.url, coordinator.cookie);
    sockets.push(workerSocket, coordinatorSocket);
    for (const instance of [a, b]) {
      await expect.poll(async () => (await instance.app.realtime.io.fetchSockets()).length).toBe(2);
    }

    const queueAtB = nextEvents(coordinatorSocket, 'queue:changed', 1);
    const started = await startConsultationAs(worker);
    await queueAtB;
    const takenAtA = nextEvents(workerSocket, 'consultation:changed', 1);
    await coordinator.ok('claimConsultation', { params: { id: started.consultation.id } });
    expect(await takenAtA).toEqual([{ consultationId: started.consultation.id }]);
  });
});
