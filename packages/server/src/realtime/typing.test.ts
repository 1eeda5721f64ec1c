import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { connectSocket, nextEvents, type TestSocket } from '../testing/socket-client.ts';

let t: TestApp;
let url: string;
let tenant: TenantFixture;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  tenant = await createTenant(t.ctx, 'typing');
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(() => t?.close());

describe('typing indicator', () => {
  it('tells the other side that someone is typing, without content or identity', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const started = await startConsultationAs(worker);
    const consultationId = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id: consultationId } });
    const workerSocket = await connectSocket(url, worker.cookie);
    const coordinatorSocket = await connectSocket(url, coordinator.cookie);
    sockets.push(workerSocket, coordinatorSocket);

    // Not joined yet: refused, nothing relayed.
    const early = await coordinatorSocket.emitWithAck('typing:set', {
      consultationId,
      typing: true,
    });
    expect(early).toMatchObject({ error: { code: 'NOT_FOUND' } });

    for (const socket of [workerSocket, coordinatorSocket]) {
      await socket.emitWithAck('consultation:join', { consultationId });
    }
    const atWorker = nextEvents(workerSocket, 'typing:update', 1);
    expect(
      await coordinatorSocket.emitWithAck('typing:set', { consultationId, typing: true }),
    ).toEqual({ ok: true });
    expect(await atWorker).toEqual([{ consultationId, fromCareTeam: true, typing: true }]);

    const bad = await workerSocket.emitWithAck('typing:set', {
      consultationId,
      typing: 'yes',
    } as never);
    expect(bad).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});
