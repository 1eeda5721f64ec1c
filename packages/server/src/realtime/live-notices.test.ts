import { describe, expect, it } from 'vitest';
import type { ServerToClientEvents } from '@yorisoi/shared';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { nextEvents, type TestSocket } from '../testing/socket-client.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

/**
 * Live notices replace polling: the queue and the person's waiting status refresh the
 * moment something changes. Notices carry no content and reach only those who may re-read.
 */
const t = useTestApp();
const tenant = useTenant(t, 'live');
const other = useTenant(t, 'live-other');
const sockets = useSockets(t);

type Received = { event: keyof ServerToClientEvents; payload: unknown }[];
function record(socket: TestSocket): Received {
  const received: Received = [];
  socket.onAny((event: keyof ServerToClientEvents, payload: unknown) =>
    received.push({ event, payload }),
  );
  return received;
}

/** A round trip on the same socket: a notice sent to it before would have arrived first. */
async function settled(socket: TestSocket) {
  await socket.emitWithAck('consultation:join', { consultationId: crypto.randomUUID() });
}

describe('live notices of the queue and of consultations', () => {
  it('tells the care team and waiting people when the queue moves, and the person when theirs changes', async () => {
    const worker = await sockets.connectAs(tenant.people.worker);
    const family = await sockets.connectAs(tenant.people.family);
    const coordinator = await sockets.connectAs(tenant.people.coordinator);
    const supervisor = await sockets.connectAs(tenant.people.supervisor);
    const outsiders = [
      await sockets.connectAs(tenant.people.employerAdmin),
      await sockets.connectAs(tenant.people.cityStaff),
      await sockets.connectAs(other.people.coordinator),
      await sockets.connectAs(other.people.worker),
    ];
    const outsiderLogs = outsiders.map((o) => record(o.socket));
    const familyLog = record(family.socket);

    const queueAtCoordinator = nextEvents(coordinator.socket, 'queue:changed', 1);
    const queueAtSupervisor = nextEvents(supervisor.socket, 'queue:changed', 1);
    const queueAtFamily = nextEvents(family.socket, 'queue:changed', 1);
    const startedAtWorker = nextEvents(worker.socket, 'consultation:changed', 1);
    const started = await startConsultationAs(worker.client);
    const consultationId = started.consultation.id;
    await Promise.all([queueAtCoordinator, queueAtSupervisor, queueAtFamily]);
    expect(await startedAtWorker).toEqual([{ consultationId }]);

    // The coordinator takes it: the person's chat hears it at once, the queue moves for all.
    const claimedAtWorker = nextEvents(worker.socket, 'consultation:changed', 1);
    const movedAtSupervisor = nextEvents(supervisor.socket, 'queue:changed', 1);
    await coordinator.client.ok('claimConsultation', { params: { id: consultationId } });
    expect(await claimedAtWorker).toEqual([{ consultationId }]);
    await movedAtSupervisor;

    // A risk expression raises urgency: the care team who joined re-reads the consultation.
    await coordinator.socket.emitWithAck('consultation:join', { consultationId });
    const riskAtCoordinator = nextEvents(coordinator.socket, 'consultation:changed', 1);
    await worker.client.ok('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: 'もう消えたいと思ってしまいます' },
    });
    expect(await riskAtCoordinator).toEqual([{ consultationId }]);

    for (const outsider of outsiders) await settled(outsider.socket);
    await settled(family.socket);
    for (const log of outsiderLogs) expect(log).toEqual([]);
    // Another person of the municipality learns only that the queue moved, never about whom.
    for (const entry of familyLog) expect(entry).toEqual({ event: 'queue:changed' });
    expect(JSON.stringify(familyLog)).not.toContain(consultationId);
  });
});
