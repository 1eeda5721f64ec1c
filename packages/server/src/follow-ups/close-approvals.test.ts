import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { childcareCoding as coding, takenConsultation } from '../testing/consultation-fixtures.ts';
import { nextEvents } from '../testing/socket-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'approval');
const other = useTenant(t, 'approval-other');
const sockets = useSockets(t);

async function refusedClose() {
  const { coordinator, id } = await takenConsultation(t, tenant, 'もう消えたい');
  return { coordinator, id };
}

describe('asking a supervisor to approve closing without a follow-up', () => {
  it('goes to the supervisors’ 緊急 inbox; the coordinator is told of the answer live, then closes', async () => {
    const { coordinator, id } = await refusedClose();
    const early = await coordinator.call('requestCloseApproval', {
      params: { id },
      body: { reason: '家族が付き添っている' },
    });
    expect(early.json().error.code).toBe('RISK_ASSESSMENT_REQUIRED');
    await coordinator.ok('acknowledgeRiskFlags', { params: { id } });
    const refused = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(refused.json().error.code).toBe('FOLLOW_UP_REQUIRED');

    const asked = await coordinator.ok('requestCloseApproval', {
      params: { id },
      body: { reason: '家族が付き添っており、かかりつけ医の受診が決まっている' },
    });
    expect(asked.request).toMatchObject({ status: 'pending', consultationId: id });
    const twice = await coordinator.call('requestCloseApproval', {
      params: { id },
      body: { reason: 'もう一度' },
    });
    expect(twice.json().error.code).toBe('CLOSE_APPROVAL_PENDING');

    const supervisor = await signInAs(t, tenant.people.supervisor);
    const inbox = await supervisor.ok('listCrisisInbox');
    const request = inbox.closeRequests.find((r) => r.consultationId === id);
    expect(request?.reason).toContain('かかりつけ医');
    expect((await coordinator.ok('listCrisisInbox')).closeRequests).toEqual([]);
    const foreign = await signInAs(t, other.people.supervisor);
    expect((await foreign.ok('listCrisisInbox')).closeRequests).toEqual([]);

    // A coordinator cannot answer; another municipality's supervisor does not find it.
    const before = await snapshotDatabase(t.ctx.db);
    const self = await coordinator.call('decideCloseApproval', {
      params: { id: request!.id },
      body: { decision: 'approved', comment: '自分で承認' },
    });
    expect(self.json().error.code).toBe('NOT_FOUND');
    const fromAfar = await foreign.call('decideCloseApproval', {
      params: { id: request!.id },
      body: { decision: 'approved', comment: '承認' },
    });
    expect(fromAfar.json().error.code).toBe('NOT_FOUND');
    const noComment = await supervisor.call('decideCloseApproval', {
      params: { id: request!.id },
      body: { decision: 'approved', comment: '' },
    });
    expect(noComment.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const socket = await sockets.connect(coordinator);
    const told = nextEvents(socket, 'consultation:changed', 1);
    await supervisor.ok('decideCloseApproval', {
      params: { id: request!.id },
      body: { decision: 'approved', comment: '受診の予定を確認しました。終了して構いません。' },
    });
    expect(await told).toEqual([{ consultationId: id }]);
    const answer = await coordinator.ok('getCloseApproval', { params: { id } });
    expect(answer.request).toMatchObject({
      status: 'approved',
      comment: '受診の予定を確認しました。終了して構いません。',
    });
    const late = await supervisor.call('decideCloseApproval', {
      params: { id: request!.id },
      body: { decision: 'declined', comment: '遅れて' },
    });
    expect(late.json().error.code).toBe('CLOSE_APPROVAL_DECIDED');
    const closed = await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
    expect(closed.status).toBe('closed');
  });

  it('a declined request does not let it close; the coordinator may ask again', async () => {
    const { coordinator, id } = await refusedClose();
    await coordinator.ok('acknowledgeRiskFlags', { params: { id } });
    const asked = await coordinator.ok('requestCloseApproval', {
      params: { id },
      body: { reason: '本人が連絡を望まない' },
    });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    await supervisor.ok('decideCloseApproval', {
      params: { id: asked.request!.id },
      body: { decision: 'declined', comment: '確認の予定を入れてから終了してください' },
    });
    const refused = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding },
    });
    expect(refused.json().error.code).toBe('FOLLOW_UP_REQUIRED');
    expect((await coordinator.ok('getCloseApproval', { params: { id } })).request?.status).toBe(
      'declined',
    );
    const worker = await signInAs(t, tenant.people.worker);
    expect((await worker.call('getCloseApproval', { params: { id } })).json().error.code).toBe(
      'NOT_FOUND',
    );
  });
});
