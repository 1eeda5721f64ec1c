import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTenant, signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { nextEvents } from '../testing/socket-client.ts';
import { auditLog } from '../platform/db/schema/index.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'join');
const sockets = useSockets(t);

describe('a supervisor joins as an announced second person', () => {
  it('is told to the person in the conversation by licence, never as a hidden observer', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const started = await startConsultationAs(worker, 'もう消えたいです');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });

    // Not joined: a supervisor may read, but not write, and is told why.
    const silent = await supervisor.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'まだ加わっていません' },
    });
    expect(silent.statusCode).toBe(409);
    expect(silent.json().error.code).toBe('SUPERVISOR_JOIN_REQUIRED');

    const workerSocket = await sockets.connect(worker);
    await workerSocket.emitWithAck('consultation:join', { consultationId: id });
    const announced = nextEvents(workerSocket, 'message:new', 1);

    const joined = await supervisor.ok('joinConsultation', { params: { id } });
    expect(joined.supervisors).toEqual([
      { licence: 'public_health_nurse', joinedAt: expect.any(String), me: true },
    ]);
    const [line] = await announced;
    expect(line).toMatchObject({ senderRole: 'system', mine: false });
    expect(line!.body).toBe('supervisor_joined:public_health_nurse');
    expect(line!.body).not.toContain(tenant.people.supervisor.displayName);

    // Joining twice announces nothing more.
    await supervisor.ok('joinConsultation', { params: { id } });
    const seen = await worker.ok('getConsultation', { params: { id } });
    expect(seen.supervisors).toHaveLength(1);
    expect(seen.supervisors![0]!.me).toBe(false);

    const reply = nextEvents(workerSocket, 'message:new', 1);
    await supervisor.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '統括の者です。一緒にお話を伺います。' },
    });
    expect((await reply)[0]).toMatchObject({ senderRole: 'supervisor', mine: false });

    const left = await supervisor.ok('leaveConsultation', { params: { id } });
    expect(left.supervisors).toEqual([]);
    const page = await worker.ok('listMessages', { params: { id } });
    expect(
      page.items.filter((m) => m.senderRole === 'system').map((m) => m.body.split(':')[0]),
    ).toEqual(['supervisor_joined', 'supervisor_left']);
    const afterLeaving = await supervisor.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '退出後' },
    });
    expect(afterLeaving.json().error.code).toBe('SUPERVISOR_JOIN_REQUIRED');

    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['consultation.supervisor_joined', 'consultation.supervisor_left']),
    );
  });

  it('only supervisors of the municipality can join', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    for (const person of [
      tenant.people.coordinator,
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
      tenant.people.worker,
    ]) {
      const client = person === tenant.people.worker ? worker : await signInAs(t, person);
      const response = await client.call('joinConsultation', { params: { id } });
      expect(response.statusCode, person.email).toBe(404);
    }
    const other = await createTenant(t.ctx, 'join-other');
    const foreign = await signInAs(t, other.people.supervisor);
    expect((await foreign.call('joinConsultation', { params: { id } })).statusCode).toBe(404);
  });
});
