import { describe, expect, it } from 'vitest';
import { takenConsultation } from '../testing/consultation-fixtures.ts';
import { nextEvents } from '../testing/socket-client.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'typing');
const sockets = useSockets(t);

describe('typing indicator', () => {
  it('tells the other side that someone is typing, without content or identity', async () => {
    const { worker, coordinator, id: consultationId } = await takenConsultation(t, tenant);
    const workerSocket = await sockets.connect(worker);
    const coordinatorSocket = await sockets.connect(coordinator);

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
