/**
 * The shared night pool through the real server (issue 18): the secretariat records an
 * agreement (bad ones change nothing), a member's supervisor puts a coordinator on pool
 * duty, a consultation of the other member that nobody at home took within its target is
 * passed to the pool at 3 a.m., taken, answered (the person is told: the night team, a
 * licence) and handed back in the morning with its summary. The pool coordinator plays
 * the intruder on every endpoint and socket event, and is cut off at once when the member
 * leaves or their session is revoked.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  api,
  japanInstant,
  japanTimeOf,
  addDays,
  type EndpointName,
  type TPoolAgreementInput,
} from '@yorisoi/shared';
import { createNetworkAdmin, signInAs } from '../testing/fixtures.ts';
import {
  addLicensedCoordinator,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useSockets, useTestApp, useTenant } from '../testing/use-test-app.ts';
import { auditLog, consultations } from '../platform/db/schema/index.ts';
import { passOverdueToPool } from './pool.service.ts';

const t = useTestApp();
const sockets = useSockets(t);
const home = useTenant(t, 'pool-home');
const partner = useTenant(t, 'pool-partner');
const outsider = useTenant(t, 'pool-outsider');

const hour = 3_600_000;
let secretariat: TestClient;
let nightNurse: TestClient;
let nightNurseId = '';
let secondNurse: TestClient;
let agreementInput: TPoolAgreementInput;
let agreementId = '';

const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

/** Moves the test clock to the next 03:00 in Japan. */
function toThreeAm() {
  const now = t.clock.now();
  const japan = japanTimeOf(now);
  let target = japanInstant(japan.date, '03:00');
  if (target <= now) target = japanInstant(addDays(japan.date, 1), '03:00');
  t.clock.advance(target.getTime() - now.getTime());
}

async function onPoolDuty(person: { id: string }, supervisor: TestClient) {
  const now = t.clock.now().getTime();
  await supervisor.ok('setPoolDuty', {
    body: {
      userId: person.id,
      startsAt: new Date(now - hour).toISOString(),
      endsAt: new Date(now + 10 * hour).toISOString(),
    },
  });
}

/** A worker of the home municipality writes; nobody at home takes it for 16 minutes. */
async function overdueHomeConsultation(body: string) {
  const worker = await signInAs(t, home.people.worker);
  const started = await startConsultationAs(worker, body);
  t.clock.advance(16 * 60_000);
  await passOverdueToPool(t.ctx);
  return { worker, id: started.consultation.id };
}

beforeAll(async () => {
  toThreeAm();
  const night = japanTimeOf(t.clock.now()).date;
  secretariat = await signInAs(t, await createNetworkAdmin(t.ctx));
  agreementInput = {
    name: '夜間共同対応（テスト）',
    memberIds: [home.municipalityId, partner.municipalityId],
    startsAt: '22:00',
    endsAt: '08:00',
    licences: ['nurse', 'public_health_nurse'],
    startDate: addDays(night, -7),
    endDate: addDays(night, 60),
  };
  const partnerSupervisor = await signInAs(t, partner.people.supervisor);
  nightNurse = await signInAs(t, partner.people.coordinator);
  nightNurseId = partner.people.coordinator.id;
  await onPoolDuty(partner.people.coordinator, partnerSupervisor);
  const second = await addLicensedCoordinator(t.ctx, {
    municipalityId: partner.municipalityId,
    label: 'pool-partner-second',
    licenceType: 'nurse',
    licenceNumber: '2222222',
  });
  await onPoolDuty(second, partnerSupervisor);
  await onPoolDuty(partner.people.supervisor, partnerSupervisor);
  secondNurse = await signInAs(t, second);
});

describe('pool agreements', () => {
  it('refuses bad agreements with a clear error and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const bad: [Partial<TPoolAgreementInput>, string][] = [
      [{ endsAt: '22:00' }, 'POOL_HOURS_INVALID'],
      [{ startsAt: '24:30' }, 'POOL_HOURS_INVALID'],
      [{ startsAt: '10pm' }, 'POOL_HOURS_INVALID'],
      [{ endDate: addDays(agreementInput.startDate, -1) }, 'POOL_DATES_INVALID'],
      [{ memberIds: [home.municipalityId] }, 'POOL_MEMBERS_INVALID'],
      [{ licences: [] }, 'POOL_LICENCES_INVALID'],
      [{ memberIds: [home.municipalityId, crypto.randomUUID()] }, 'POOL_MEMBER_UNKNOWN'],
    ];
    for (const [change, code] of bad) {
      const response = await secretariat.call('createPoolAgreement', {
        body: { ...agreementInput, ...change },
      });
      expect(errorCode(response), JSON.stringify(change)).toBe(code);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('is recorded by the secretariat only, and an overlapping one is refused', async () => {
    const city = await signInAs(t, home.people.cityStaff);
    expect((await city.call('createPoolAgreement', { body: agreementInput })).statusCode).toBe(403);
    const created = await secretariat.ok('createPoolAgreement', { body: agreementInput });
    agreementId = created.id;
    expect(created).toMatchObject({ startsAt: '22:00', endsAt: '08:00' });
    const before = await snapshotDatabase(t.ctx.db);
    const early = await secretariat.call('createPoolAgreement', {
      body: {
        ...agreementInput,
        memberIds: [home.municipalityId, outsider.municipalityId],
        startsAt: '01:00',
        endsAt: '05:00',
      },
    });
    expect(errorCode(early)).toBe('POOL_AGREEMENT_OVERLAP');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('shows coverage per hour across members, flagged below two', async () => {
    const supervisor = await signInAs(t, home.people.supervisor);
    const date = japanTimeOf(t.clock.now()).date;
    const coverage = await supervisor.ok('getPoolCoverage', { query: { date } });
    const threeAm = coverage.hours[3]!;
    expect(threeAm.people).toBe(3);
    expect(threeAm.belowMinimum).toBe(false);
    expect(coverage.hours.some((h) => h.belowMinimum)).toBe(true);
    expect(JSON.stringify(coverage)).not.toContain(nightNurseId);
  });
});

describe('a night in the pool', () => {
  let caseId = '';
  let consultationId = '';
  let worker: TestClient;

  it('passes an overdue consultation to the pool, where a coordinator on duty takes it', async () => {
    const made = await overdueHomeConsultation('夜中に動悸がして眠れません');
    worker = made.worker;
    consultationId = made.id;
    // The home coordinator is not on pool duty: the pool queue is not theirs.
    const homeCoordinator = await signInAs(t, home.people.coordinator);
    expect(errorCode(await homeCoordinator.call('listPoolQueue'))).toBe('POOL_NOT_ON_DUTY');
    const queue = await nightNurse.ok('listPoolQueue');
    expect(queue.items).toHaveLength(1);
    caseId = queue.items[0]!.id;
    const body = JSON.stringify(queue);
    for (const secret of [home.municipalityName, home.organizations[0]!.name, '動悸']) {
      expect(body).not.toContain(secret);
    }
    const taken = await nightNurse.ok('takePoolCase', { params: { id: caseId } });
    expect(taken.messages.map((m) => m.body)).toEqual(['夜中に動悸がして眠れません']);
    expect(taken.poolSupervisorsOnDuty).toBe(1);
    expect(JSON.stringify(taken)).not.toContain(home.organizations[0]!.name);
    expect(errorCode(await secondNurse.call('takePoolCase', { params: { id: caseId } }))).toBe(
      'POOL_CASE_TAKEN',
    );
  });

  it('answers the person, who is told the night team answered, by licence only', async () => {
    await nightNurse.ok('sendPoolMessage', {
      params: { id: caseId },
      body: {
        clientMsgId: newClientMsgId(),
        body: '夜間チームの看護師です。いま息苦しさはありますか。',
      },
    });
    const seen = await worker.ok('getConsultation', { params: { id: consultationId } });
    expect(seen.nightTeam).toEqual({ licence: 'nurse' });
    expect(JSON.stringify(seen)).not.toContain(partner.municipalityName);
    const messages = await worker.ok('listMessages', { params: { id: consultationId } });
    expect(messages.items.map((m) => m.body)).toContain(
      '夜間チームの看護師です。いま息苦しさはありますか。',
    );
  });

  it('audits every access in the person’s municipality', async () => {
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, consultationId), eq(auditLog.actorId, nightNurseId)));
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['pool.taken', 'pool.read']));
    expect(rows.every((r) => r.municipalityId === home.municipalityId)).toBe(true);
  });

  it('hands over in the morning: back in the home queue with the summary', async () => {
    await nightNurse.ok('handOverPoolCase', {
      params: { id: caseId },
      body: { summary: '動悸は落ち着いた。朝に保健師から連絡を希望。' },
    });
    const [row] = await t.ctx.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, consultationId));
    expect(row).toMatchObject({ status: 'queued', assignedCoordinatorId: null });
    const homeSupervisor = await signInAs(t, home.people.supervisor);
    const notes = await homeSupervisor.ok('listNotes', { params: { id: consultationId } });
    expect(notes.items).toEqual([
      expect.objectContaining({
        kind: 'handover',
        body: '動悸は落ち着いた。朝に保健師から連絡を希望。',
      }),
    ]);
    // The pool coordinator keeps nothing.
    expect((await nightNurse.call('getPoolCase', { params: { id: caseId } })).statusCode).toBe(404);
    expect(
      (
        await nightNurse.call('sendPoolMessage', {
          params: { id: caseId },
          body: { clientMsgId: newClientMsgId(), body: 'まだ見えますか' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the pool coordinator as intruder', () => {
  let held = { caseId: '', consultationId: '' };
  let other = { caseId: '', consultationId: '' };
  let secrets: string[] = [];

  beforeAll(async () => {
    const first = await overdueHomeConsultation('割り当てられた相談の本文');
    const [heldCase] = (await nightNurse.ok('listPoolQueue')).items;
    await nightNurse.ok('takePoolCase', { params: { id: heldCase!.id } });
    held = { caseId: heldCase!.id, consultationId: first.id };
    // A second person of the home municipality, taken by the other pool coordinator.
    const family = await signInAs(t, home.people.family);
    const started = await startConsultationAs(family, '別の人の秘密の相談');
    t.clock.advance(16 * 60_000);
    await passOverdueToPool(t.ctx);
    const [otherCase] = (await secondNurse.ok('listPoolQueue')).items;
    await secondNurse.ok('takePoolCase', { params: { id: otherCase!.id } });
    other = { caseId: otherCase!.id, consultationId: started.consultation.id };
    const homeCoordinator = await signInAs(t, home.people.coordinator);
    await homeCoordinator.call('addNote', {
      params: { id: held.consultationId },
      body: { body: 'never' },
    });
    secrets = [
      '別の人の秘密の相談',
      home.municipalityName,
      ...home.organizations.flatMap((o) => [o.id, o.name]),
      ...Object.values(home.people).flatMap((p) => [p.email, p.displayName]),
      other.consultationId,
    ];
  });

  const withIds = (Object.keys(api) as EndpointName[]).filter((n) => api[n].path.includes(':'));
  const bodies: Partial<Record<EndpointName, unknown>> = {
    sendMessage: { clientMsgId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a11', body: 'intruder' },
    sendPoolMessage: { clientMsgId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a12', body: 'intruder' },
    handOverPoolCase: { summary: 'intruder' },
    addNote: { body: 'intruder' },
    markRead: { readSeq: 1 },
    leavePoolAgreement: { municipalityId: '0b0e4a57-56a4-4c8e-9a43-3f0f5b1e2a13' },
  };

  it.each(withIds)('%s gives nothing of the consultations it does not hold', async (name) => {
    const before = await snapshotDatabase(t.ctx.db);
    const path: string = api[name].path;
    // Everything of the home municipality: the other person's consultation and case, and
    // the held consultation by its own id (only the pool's endpoints reach it, by case).
    const ids = path.startsWith('/api/pool/cases')
      ? [other.caseId, other.consultationId, held.consultationId]
      : [other.consultationId, other.caseId, held.consultationId, home.organizations[0]!.id];
    for (const id of ids) {
      const params: Record<string, string> = {};
      for (const key of path.match(/:(\w+)/g) ?? []) params[key.slice(1)] = id;
      const response = await nightNurse.call(name, { params: params as never, body: bodies[name] });
      expect([400, 401, 403, 404, 409], `${name} ${id}: ${response.body}`).toContain(
        response.statusCode,
      );
      for (const secret of secrets) expect(response.body).not.toContain(secret);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it.each(
    (Object.keys(api) as EndpointName[]).filter(
      // Which municipalities a server serves is public by design: their names, nothing else.
      (n) =>
        api[n].method === 'GET' && !api[n].path.includes(':') && n !== 'listPublicMunicipalities',
    ),
  )('%s shows nothing of the home municipality', async (name) => {
    const response = await nightNurse.call(name, {
      query: (name === 'getPoolCoverage' ? { date: '2026-12-08' } : undefined) as never,
    });
    for (const secret of secrets) expect(response.body, name).not.toContain(secret);
  });

  it('reaches nothing over the socket, not even the consultation it holds', async () => {
    const socket = await sockets.connect(nightNurse);
    for (const consultationId of [other.consultationId, held.consultationId]) {
      const answers = [
        await socket.emitWithAck('consultation:join', { consultationId }),
        await socket.emitWithAck('consultation:sync', { consultationId, afterSeq: 0 }),
        await socket.emitWithAck('message:send', {
          consultationId,
          clientMsgId: newClientMsgId(),
          body: 'intrusion',
        }),
        await socket.emitWithAck('receipt:mark', { consultationId, readSeq: 1 }),
      ];
      for (const answer of answers) expect(answer).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('is cut off at once when its session is revoked mid-chat', async () => {
    const again = await signInAs(t, partner.people.coordinator);
    await again.ok('getPoolCase', { params: { id: held.caseId } });
    await again.ok('signOutEverywhere');
    expect((await again.call('getPoolCase', { params: { id: held.caseId } })).statusCode).toBe(401);
    expect((await nightNurse.call('getPoolCase', { params: { id: held.caseId } })).statusCode).toBe(
      401,
    );
    nightNurse = await signInAs(t, partner.people.coordinator);
  });

  it('stops at once when the home municipality leaves the pool', async () => {
    await nightNurse.ok('getPoolCase', { params: { id: held.caseId } });
    await secretariat.ok('leavePoolAgreement', {
      params: { id: agreementId },
      body: { municipalityId: home.municipalityId },
    });
    expect((await nightNurse.call('getPoolCase', { params: { id: held.caseId } })).statusCode).toBe(
      404,
    );
    const [row] = await t.ctx.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, held.consultationId));
    expect(row).toMatchObject({ status: 'queued', assignedCoordinatorId: null });
    // Nothing more of the home municipality is passed to the pool.
    const worker = await signInAs(t, home.people.worker);
    await startConsultationAs(worker, 'もう共同対応には回らない');
    t.clock.advance(16 * 60_000);
    expect(await passOverdueToPool(t.ctx)).toBe(0);
    expect((await nightNurse.ok('listPoolQueue')).items).toEqual([]);
  });
});

// An outsider's coordinator, not a member, has no pool at all.
describe('a municipality outside the pool', () => {
  it('neither sees the queue nor can put its staff on duty for others', async () => {
    const coordinator = await signInAs(t, outsider.people.coordinator);
    expect(errorCode(await coordinator.call('listPoolQueue'))).toBe('POOL_NOT_ON_DUTY');
    const supervisor = await signInAs(t, outsider.people.supervisor);
    const response = await supervisor.call('setPoolDuty', {
      body: {
        userId: partner.people.coordinator.id,
        startsAt: t.clock.now().toISOString(),
        endsAt: new Date(t.clock.now().getTime() + hour).toISOString(),
      },
    });
    expect(response.statusCode).toBe(404);
  });
});
