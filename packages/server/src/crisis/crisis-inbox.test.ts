import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import {
  childcareCoding as coding,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { nextEvents } from '../testing/socket-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

/**
 * A crisis nobody can miss: the 緊急 inbox lists every open consultation with an
 * unacknowledged risk flag, the count follows live, a high-risk consultation cannot be
 * closed without an assessment and a follow-up, and a supervisor writes only once joined.
 */
const t = useTestApp();
const tenant = useTenant(t, 'crisis');
const other = useTenant(t, 'crisis-other');
const sockets = useSockets(t);

describe('the 緊急 inbox', () => {
  it('shows a high-risk consultation to supervisors at once, with its holder and who joined', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const supervisor = await sockets.connectAs(tenant.people.supervisor);
    const workerSocket = await sockets.connectAs(tenant.people.worker);
    const workerNotices: string[] = [];
    workerSocket.socket.onAny((event: string) => workerNotices.push(event));

    const started = await startConsultationAs(worker, '仕事のことで相談です');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    expect((await supervisor.client.ok('listCrisisInbox')).items).toEqual([]);

    const counted = nextEvents(supervisor.socket, 'crisis:changed', 1);
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'もう消えたい' },
    });
    await counted;
    const [entry] = (await supervisor.client.ok('listCrisisInbox')).items;
    expect(entry).toMatchObject({
      consultationId: id,
      level: 'high',
      categories: ['suicide'],
      unacknowledged: 1,
      status: 'active',
      holderName: tenant.people.coordinator.displayName,
      heldByMe: false,
      supervisorNames: [],
      joinedByMe: false,
      seenByName: null,
      seenAt: null,
    });
    expect(JSON.stringify(entry)).not.toContain('消えたい');

    // The holder sees it too; a coordinator holding nothing sees only what waits.
    expect((await coordinator.ok('listCrisisInbox')).items[0]).toMatchObject({ heldByMe: true });

    await supervisor.client.ok('joinConsultation', { params: { id } });
    expect((await supervisor.client.ok('listCrisisInbox')).items[0]).toMatchObject({
      supervisorNames: [tenant.people.supervisor.displayName],
      joinedByMe: true,
    });

    // Acknowledging says someone is on it; it stays listed until the assessment.
    const seen = await supervisor.client.ok('acknowledgeCrisis', { params: { id } });
    expect(seen.items[0]).toMatchObject({
      seenByName: tenant.people.supervisor.displayName,
      seenAt: expect.any(String),
    });
    const stranger = await signInAs(t, other.people.supervisor);
    expect((await stranger.call('acknowledgeCrisis', { params: { id } })).json().error.code).toBe(
      'NOT_FOUND',
    );
    // A new alert after that counts as unseen again.
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '死にたい' },
    });
    expect((await supervisor.client.ok('listCrisisInbox')).items[0]).toMatchObject({
      unacknowledged: 2,
      seenAt: null,
    });

    const cleared = nextEvents(supervisor.socket, 'crisis:changed', 1);
    await supervisor.client.ok('acknowledgeRiskFlags', { params: { id } });
    await cleared;
    expect((await supervisor.client.ok('listCrisisInbox')).items).toEqual([]);
    // The person's devices never hear of the care team's inbox.
    expect(workerNotices).not.toContain('crisis:changed');
  });

  it('puts high risk before concern and shows waiting ones to every coordinator', async () => {
    const family = await signInAs(t, tenant.people.family);
    const concern = await startConsultationAs(family, 'もう限界です。眠れない日が続いています');
    const high = await startConsultationAs(family, '死にたいと思ってしまいます');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const ids = (await coordinator.ok('listCrisisInbox')).items.map((i) => i.consultationId);
    expect(ids.indexOf(high.consultation.id)).toBeLessThan(ids.indexOf(concern.consultation.id));
    expect(ids.indexOf(concern.consultation.id)).toBeGreaterThanOrEqual(0);
  });

  it('is refused to anyone outside the care team and sees no other municipality', async () => {
    for (const person of [
      tenant.people.worker,
      tenant.people.family,
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
    ]) {
      const client = await signInAs(t, person);
      const response = await client.call('listCrisisInbox');
      expect(response.json().error.code, person.email).toBe('FORBIDDEN');
    }
    const foreign = await signInAs(t, other.people.supervisor);
    expect((await foreign.ok('listCrisisInbox')).items).toEqual([]);
  });
});

describe('closing a high-risk consultation', () => {
  it('needs the risk assessment, then a referral, an appointment or a supervisor’s approval', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const started = await startConsultationAs(worker, 'もう消えたい');
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });

    const before = await snapshotDatabase(t.ctx.db);
    const unassessed = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(unassessed.json().error.code).toBe('RISK_ASSESSMENT_REQUIRED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    await coordinator.ok('acknowledgeRiskFlags', { params: { id } });
    const alone = await coordinator.call('closeConsultation', { params: { id }, body: { coding } });
    expect(alone.json().error.code).toBe('FOLLOW_UP_REQUIRED');
    // Only a supervisor's approval counts as one.
    const selfApproved = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding, supervisorApproval: true },
    });
    expect(selfApproved.json().error.code).toBe('FOLLOW_UP_REQUIRED');

    const resource = await supervisor.ok('createReferralResource', {
      body: { type: 'children_family_center', name: '危機対応の窓口', phone: '099-000-0001' },
    });
    await coordinator.ok('addReferral', { params: { id }, body: { resourceId: resource.id } });
    const closed = await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
    expect(closed.status).toBe('closed');
  });

  it('closes with a supervisor’s recorded approval', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const started = await startConsultationAs(worker, 'リスカしてしまった');
    const id = started.consultation.id;
    await supervisor.ok('claimConsultation', { params: { id } });
    await supervisor.ok('acknowledgeRiskFlags', { params: { id } });
    const without = await supervisor.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(without.json().error.code).toBe('FOLLOW_UP_REQUIRED');
    const closed = await supervisor.ok('closeConsultation', {
      params: { id },
      body: { coding, supervisorApproval: true },
    });
    expect(closed.status).toBe('closed');
  });
});

describe('a supervisor writes only after joining', () => {
  it('is told to join first, and nothing is stored', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    const before = await snapshotDatabase(t.ctx.db);
    const refused = await supervisor.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '加わる前の一言' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SUPERVISOR_JOIN_REQUIRED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    // Someone who may not read it at all still finds nothing.
    const foreign = await signInAs(t, other.people.supervisor);
    const hidden = await foreign.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '他の自治体' },
    });
    expect(hidden.json().error.code).toBe('NOT_FOUND');
  });
});
