import { describe, expect, it } from 'vitest';
import { callRingSeconds, type TCall } from '@yorisoi/shared';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import { startConsultationAs, takenConsultation } from '../testing/consultation-fixtures.ts';
import { nextEvents, type TestSocket } from '../testing/socket-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'calls');
const other = useTenant(t, 'calls-other');
const sockets = useSockets(t);

/** Shaped like Chrome's offer, cut down: what the server checks is the structure. */
const sdp = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=rtpmap:96 VP8/90000',
  '',
].join('\r\n');
const candidate = {
  candidate: 'candidate:842163049 1 udp 1677729535 127.0.0.1 54321 typ srflx raddr 0.0.0.0 rport 0',
  sdpMid: '0',
  sdpMLineIndex: 0,
};

/** A consultation the fixture coordinator has taken, with both parties connected. */
async function consultationWithParties() {
  const { worker, coordinator, id: consultationId } = await takenConsultation(t, tenant);
  return {
    consultationId,
    worker,
    coordinator,
    workerSocket: await sockets.connect(worker),
    coordinatorSocket: await sockets.connect(coordinator),
  };
}

const asCall = (response: unknown) => response as TCall;

describe('call lifecycle', () => {
  it('rings, connects, relays offer, answer and candidates, and leaves a timeline entry', async () => {
    const { consultationId, worker, workerSocket, coordinatorSocket } =
      await consultationWithParties();
    const ringing = nextEvents(coordinatorSocket, 'call:ringing', 1);
    const call = asCall(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    );
    expect(call).toMatchObject({ state: 'ringing', mine: true, startedByCareTeam: false });
    const [rung] = await ringing;
    expect(rung).toMatchObject({ id: call.id, kind: 'video', mine: false, state: 'ringing' });

    const workerSeesActive = nextEvents(workerSocket, 'call:state', 1);
    const accepted = asCall(
      await coordinatorSocket.emitWithAck('call:accept', { callId: call.id }),
    );
    expect(accepted.state).toBe('active');
    expect((await workerSeesActive)[0]).toMatchObject({ id: call.id, state: 'active' });

    const offer = nextEvents(coordinatorSocket, 'call:offer', 1);
    expect(await workerSocket.emitWithAck('call:offer', { callId: call.id, sdp })).toEqual({
      ok: true,
    });
    expect(await offer).toEqual([{ callId: call.id, sdp }]);
    const answer = nextEvents(workerSocket, 'call:answer', 1);
    await coordinatorSocket.emitWithAck('call:answer', { callId: call.id, sdp });
    expect(await answer).toEqual([{ callId: call.id, sdp }]);
    const ice = nextEvents(coordinatorSocket, 'call:ice', 1);
    await workerSocket.emitWithAck('call:ice', { callId: call.id, candidate });
    expect((await ice)[0]).toMatchObject({ callId: call.id, candidate });

    t.clock.advance(12 * 60 * 1000 + 5_000);
    const entry = nextEvents(workerSocket, 'message:new', 1);
    await workerSocket.emitWithAck('consultation:join', { consultationId });
    const ended = asCall(await coordinatorSocket.emitWithAck('call:hangup', { callId: call.id }));
    expect(ended).toMatchObject({ state: 'ended', endReason: 'completed', durationSeconds: 725 });
    expect((await entry)[0]).toMatchObject({
      body: '',
      mine: true,
      senderRole: 'worker',
      call: { callId: call.id, kind: 'video', endReason: 'completed', durationSeconds: 725 },
    });
    const log = await worker.ok('listMessages', { params: { id: consultationId } });
    expect(log.items.at(-1)?.call).toMatchObject({ callId: call.id, durationSeconds: 725 });

    // Over: no more signalling into it.
    expect(await workerSocket.emitWithAck('call:offer', { callId: call.id, sdp })).toMatchObject({
      error: { code: 'CALL_ENDED' },
    });
  });

  it('allows one call per consultation; declining ends it; an unanswered ring is missed', async () => {
    const { consultationId, worker, workerSocket, coordinatorSocket } =
      await consultationWithParties();
    const first = asCall(
      await coordinatorSocket.emitWithAck('call:invite', { consultationId, kind: 'audio' }),
    );
    expect(first.startedByCareTeam).toBe(true);
    expect(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    ).toMatchObject({ error: { code: 'CALL_IN_PROGRESS' } });
    // The caller cannot answer their own call.
    expect(await coordinatorSocket.emitWithAck('call:accept', { callId: first.id })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    const declined = asCall(await workerSocket.emitWithAck('call:decline', { callId: first.id }));
    expect(declined).toMatchObject({
      state: 'ended',
      endReason: 'declined',
      durationSeconds: null,
    });

    const second = asCall(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    );
    t.clock.advance((callRingSeconds + 1) * 1000);
    expect(await coordinatorSocket.emitWithAck('call:accept', { callId: second.id })).toMatchObject(
      { error: { code: 'CALL_ENDED' } },
    );
    const log = await worker.ok('listMessages', { params: { id: consultationId } });
    expect(log.items.flatMap((m) => (m.call ? [m.call.endReason] : []))).toEqual([
      'declined',
      'missed',
    ]);
    expect(await worker.ok('getCurrentCall', { params: { id: consultationId } })).toEqual({
      call: null,
    });
  });

  it('cannot ring before a coordinator has taken the consultation', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const socket = await sockets.connect(worker);
    expect(
      await socket.emitWithAck('call:invite', {
        consultationId: started.consultation.id,
        kind: 'video',
      }),
    ).toMatchObject({ error: { code: 'CALL_UNAVAILABLE' } });
  });
});

describe('a supervisor in the conversation', () => {
  it('calls the person once joined, and is never a party to the coordinator’s call', async () => {
    const { consultationId, workerSocket, coordinatorSocket } = await consultationWithParties();
    const supervisor = await signInAs(
      t,
      await addPerson(t.ctx, {
        municipalityId: tenant.municipalityId,
        role: 'supervisor',
        label: 'on-call',
      }),
    );
    const supervisorSocket = await sockets.connect(supervisor);
    const notJoined = await supervisorSocket.emitWithAck('call:invite', {
      consultationId,
      kind: 'video',
    });
    expect(notJoined).toMatchObject({ error: { code: 'NOT_FOUND' } });
    await supervisor.ok('joinConsultation', { params: { id: consultationId } });

    // The person calls: it rings for the coordinator only; the supervisor cannot touch it.
    const rangAtSupervisor: unknown[] = [];
    supervisorSocket.on('call:ringing', (c) => rangAtSupervisor.push(c));
    const ringing = nextEvents(coordinatorSocket, 'call:ringing', 1);
    const personCall = asCall(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'audio' }),
    );
    await ringing;
    for (const attempt of [
      supervisorSocket.emitWithAck('call:accept', { callId: personCall.id }),
      supervisorSocket.emitWithAck('call:offer', { callId: personCall.id, sdp }),
    ]) {
      expect(await attempt).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect(await supervisor.ok('getCurrentCall', { params: { id: consultationId } })).toEqual({
      call: null,
    });
    await workerSocket.emitWithAck('call:hangup', { callId: personCall.id });
    expect(rangAtSupervisor).toEqual([]);

    // The supervisor calls: it rings for the person; offer and answer pass between the two.
    const rangAtCoordinator: unknown[] = [];
    coordinatorSocket.on('call:ringing', (c) => rangAtCoordinator.push(c));
    const atWorker = nextEvents(workerSocket, 'call:ringing', 1);
    const call = asCall(
      await supervisorSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    );
    expect((await atWorker)[0]).toMatchObject({ id: call.id, startedByCareTeam: true });
    const active = nextEvents(supervisorSocket, 'call:state', 1);
    expect(await workerSocket.emitWithAck('call:accept', { callId: call.id })).toMatchObject({
      state: 'active',
    });
    expect((await active)[0]).toMatchObject({ id: call.id, state: 'active' });
    const offer = nextEvents(workerSocket, 'call:offer', 1);
    await supervisorSocket.emitWithAck('call:offer', { callId: call.id, sdp });
    expect((await offer)[0]).toMatchObject({ callId: call.id });
    expect(
      await coordinatorSocket.emitWithAck('call:ice', { callId: call.id, candidate }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } });
    await supervisorSocket.emitWithAck('call:hangup', { callId: call.id });
    expect(rangAtCoordinator).toEqual([]);

    // Having left, the supervisor can no longer call.
    await supervisor.ok('leaveConsultation', { params: { id: consultationId } });
    const afterLeaving = await supervisorSocket.emitWithAck('call:invite', {
      consultationId,
      kind: 'video',
    });
    expect(afterLeaving).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('call signalling refuses everyone but the parties, and bad input', () => {
  it('refuses other tenants, a coordinator not assigned, a supervisor and an employer admin', async () => {
    const { consultationId, workerSocket, coordinatorSocket } = await consultationWithParties();
    const call = asCall(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    );
    const otherCoordinator = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      role: 'coordinator',
      label: 'not-assigned',
    });
    const outsiders = [
      tenant.people.supervisor,
      tenant.people.employerAdmin,
      tenant.people.family,
      otherCoordinator,
      other.people.worker,
      other.people.coordinator,
    ];
    // Nothing may reach the parties while outsiders try.
    let leaked = 0;
    for (const socket of [workerSocket, coordinatorSocket]) {
      socket.on('call:offer', () => leaked++);
      socket.on('call:ice', () => leaked++);
      socket.on('call:state', () => leaked++);
    }
    const outsiderSockets: [string, TestSocket][] = [];
    for (const person of outsiders) {
      outsiderSockets.push([person.role, await sockets.connect(await signInAs(t, person))]);
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const [role, socket] of outsiderSockets) {
      const attempts = [
        socket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
        socket.emitWithAck('call:accept', { callId: call.id }),
        socket.emitWithAck('call:decline', { callId: call.id }),
        socket.emitWithAck('call:hangup', { callId: call.id }),
        socket.emitWithAck('call:offer', { callId: call.id, sdp }),
        socket.emitWithAck('call:answer', { callId: call.id, sdp }),
        socket.emitWithAck('call:ice', { callId: call.id, candidate }),
      ];
      for (const answer of await Promise.all(attempts)) {
        expect(answer, role).toMatchObject({ error: { code: 'NOT_FOUND' } });
      }
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    expect(leaked).toBe(0);
  });

  it('answers malformed SDP and candidates with a clear error and changes nothing', async () => {
    const { consultationId, workerSocket, coordinatorSocket } = await consultationWithParties();
    const call = asCall(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'video' }),
    );
    await coordinatorSocket.emitWithAck('call:accept', { callId: call.id });
    let relayed = 0;
    coordinatorSocket.on('call:offer', () => relayed++);
    coordinatorSocket.on('call:ice', () => relayed++);
    const before = await snapshotDatabase(t.ctx.db);
    const badSdps = [
      '',
      'hello',
      sdp.replace('v=0', 'v=1'),
      sdp.replace('m=video 9 UDP/TLS/RTP/SAVPF 96', 'm=video nine'),
      sdp.replace('s=-', 's=\u0000'),
      sdp.replace(/m=.*\r\n/, ''),
      `${sdp}a=x:${'y'.repeat(20_000)}\r\n`,
    ];
    for (const bad of badSdps) {
      expect(
        await workerSocket.emitWithAck('call:offer', { callId: call.id, sdp: bad }),
      ).toMatchObject({ error: { code: 'CALL_SIGNAL_INVALID', issues: [{ path: 'sdp' }] } });
    }
    for (const bad of [
      'candidate:1 1 udp 1 127.0.0.1 x typ host',
      'a=candidate:1',
      'x'.repeat(600),
    ]) {
      expect(
        await workerSocket.emitWithAck('call:ice', {
          callId: call.id,
          candidate: { ...candidate, candidate: bad },
        }),
      ).toMatchObject({ error: { code: 'CALL_SIGNAL_INVALID' } });
    }
    expect(
      await workerSocket.emitWithAck('call:offer', { callId: 'not-a-call', sdp } as never),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(
      await workerSocket.emitWithAck('call:offer', { callId: crypto.randomUUID(), sdp }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(
      await workerSocket.emitWithAck('call:invite', { consultationId, kind: 'hologram' } as never),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    expect(relayed).toBe(0);
  });
});
