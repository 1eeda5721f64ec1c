/**
 * The shared night pool (issue 18). A consultation stays in the person's municipality; a
 * coordinator of another member reaches it only through its pool case, only once they
 * took it, only while both municipalities are members and the agreement's hours run, and
 * only until they hand it back. Every such access is audited in the person's municipality.
 * Everything else of another member (its queue, statistics, other consultations, the
 * person's employer) stays behind the ordinary tenant checks, which the pool never bypasses.
 */
import {
  clockMinutes,
  japanMidnight,
  japanTimeOf,
  poolAgreementProblem,
  poolCoverageByHour,
  poolMinimumPerHour,
  poolOpenAt,
  poolWindowsOverlap,
  type ConsultationTopic,
  type LicenceType,
  type TPoolAgreement,
  type TPoolAgreementInput,
  type TPoolCase,
  type TPoolCoverage,
  type TPoolQueue,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { slaClock } from '../sla/sla.ts';
import { findActiveCareTeamMember } from '../auth/users.repository.ts';
import { assignQueued, findConsultation } from '../consultations/consultations.repository.ts';
import { insertNote } from '../consultations/notes.service.ts';
import { listMessages, sendMessage } from '../consultations/messages.service.ts';
import { insertAssignment } from '../routing/routing.repository.ts';
import { presentMessage } from '../consultations/consultations.presenter.ts';
import {
  countPoolSupervisorsOnDuty,
  existingMunicipalityIds,
  findOnPoolDuty,
  findOpenPoolCaseOf,
  findPoolCase,
  findPublicContacts,
  insertAgreement,
  insertDuty,
  insertPoolCase,
  listAgreements,
  listAgreementsRunningOn,
  listCasesTakenBy,
  listDutiesOfMembers,
  listOpenCasesTouching,
  listOpenPoolCases,
  listQueuedNotInPool,
  markHandedOver,
  markMemberLeft,
  markTaken,
  returnToHomeQueue,
  type PoolAgreementWithMembers,
  type PoolCaseRow,
} from './pool.repository.ts';

const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function presentAgreement(row: PoolAgreementWithMembers): TPoolAgreement {
  return {
    id: row.id,
    name: row.name,
    memberIds: row.memberIds,
    startsAt: clockText(row.startsMinute),
    endsAt: clockText(row.endsMinute),
    licences: row.licences as LicenceType[],
    startDate: row.startDate,
    endDate: row.endDate,
  };
}

/** The agreements open now (their hours, within their dates), with their current members. */
async function agreementsOpenAt(ctx: AppContext, now: Date) {
  // A night that opened yesterday may still run this morning: ask for both days.
  const today = japanTimeOf(now).date;
  const running = await listAgreementsRunningOn(ctx.db, today);
  const yesterday = await listAgreementsRunningOn(
    ctx.db,
    japanTimeOf(new Date(now.getTime() - 86_400_000)).date,
  );
  const all = new Map([...running, ...yesterday].map((a) => [a.id, a]));
  return [...all.values()].filter((a) => poolOpenAt(a, now));
}

export async function listPoolAgreements(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'pool.agreement', { municipalityId: null });
  return (await listAgreements(ctx.db)).map(presentAgreement);
}

/**
 * The secretariat records an agreement. Hours that are not clock times or open and close
 * at once, a last night before the first, fewer than two members, an unknown member, or
 * hours that meet another agreement of one of the members: a clear error, nothing stored.
 */
export async function createPoolAgreement(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TPoolAgreementInput },
): Promise<TPoolAgreement> {
  authorize(actor, 'pool.agreement', { municipalityId: null });
  const problem = poolAgreementProblem(input);
  if (problem) throw new AppError(problem);
  const known = await existingMunicipalityIds(ctx.db, input.memberIds);
  if (known.length !== input.memberIds.length) throw new AppError('POOL_MEMBER_UNKNOWN');
  const window = {
    startsMinute: clockMinutes(input.startsAt)!,
    endsMinute: clockMinutes(input.endsAt)!,
    startDate: input.startDate,
    endDate: input.endDate,
  };
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const clash = (await listAgreements(tx)).some(
      (other) =>
        other.memberIds.some((m) => input.memberIds.includes(m)) &&
        poolWindowsOverlap(window, other),
    );
    if (clash) throw new AppError('POOL_AGREEMENT_OVERLAP');
    const row = await insertAgreement(
      tx,
      { name: input.name, licences: input.licences, createdBy: actor.userId, ...window },
      input.memberIds,
    );
    for (const municipalityId of input.memberIds) {
      await recordAudit(
        tx,
        {
          action: 'pool.agreement_recorded',
          municipalityId,
          actor,
          target: { type: 'pool_agreement', id: row.id },
          detail: { members: input.memberIds.length, hours: `${input.startsAt}-${input.endsAt}` },
        },
        now,
      );
    }
    return presentAgreement({ ...row, memberIds: [...input.memberIds] });
  });
}

/**
 * Hands an open pool case back to its home queue (the taker's hold ends at once) with the
 * summary, when there is one, as the handover note the home team reads first.
 */
async function handBack(
  ctx: AppContext,
  poolCase: PoolCaseRow,
  { actor, summary }: { actor: Actor | null; summary: string | null },
) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const closed = await markHandedOver(tx, poolCase.id, now);
    if (!closed) return;
    if (poolCase.takenBy) {
      await returnToHomeQueue(
        tx,
        poolCase.municipalityId,
        poolCase.consultationId,
        poolCase.takenBy,
      );
    }
    if (summary && actor) {
      await insertNote(ctx, tx, {
        municipalityId: poolCase.municipalityId,
        consultationId: poolCase.consultationId,
        kind: 'handover',
        actor,
        body: summary,
      });
    }
    await recordAudit(
      tx,
      {
        action: 'pool.handed_over',
        municipalityId: poolCase.municipalityId,
        actor,
        target: { type: 'consultation', id: poolCase.consultationId },
        detail: { poolCaseId: poolCase.id, withSummary: summary !== null },
      },
      now,
    );
  });
}

/**
 * A member leaves an agreement (the secretariat records it): from this instant its
 * consultations are no longer passed to the pool, its coordinators see nothing of the
 * pool, and every open case it is part of goes back to its home queue.
 */
export async function leavePoolAgreement(
  ctx: AppContext,
  {
    actor,
    agreementId,
    municipalityId,
  }: { actor: Actor; agreementId: string; municipalityId: string },
) {
  authorize(actor, 'pool.agreement', { municipalityId: null });
  const now = ctx.now();
  const left = await ctx.db.transaction(async (tx) => {
    const done = await markMemberLeft(tx, agreementId, municipalityId, now);
    if (done) {
      await recordAudit(
        tx,
        {
          action: 'pool.member_left',
          municipalityId,
          actor,
          target: { type: 'pool_agreement', id: agreementId },
        },
        now,
      );
    }
    return done;
  });
  if (!left) throw new AppError('NOT_FOUND');
  for (const poolCase of await listOpenCasesTouching(ctx.db, agreementId, municipalityId)) {
    await handBack(ctx, poolCase, { actor: null, summary: null });
  }
}

export async function setPoolDuty(
  ctx: AppContext,
  {
    actor,
    userId,
    startsAt,
    endsAt,
  }: { actor: Actor; userId: string; startsAt: string; endsAt: string },
) {
  authorize(actor, 'pool.duty', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const member = await findActiveCareTeamMember(ctx.db, municipalityId, userId);
  if (!member) throw new AppError('NOT_FOUND');
  const from = new Date(startsAt);
  const to = new Date(endsAt);
  if (to <= from) throw new AppError('VALIDATION_FAILED', { detail: 'ends before it starts' });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertDuty(tx, {
      municipalityId,
      userId,
      startsAt: from,
      endsAt: to,
      createdBy: actor.userId,
    });
    await recordAudit(
      tx,
      {
        action: 'pool.duty_set',
        municipalityId,
        actor,
        target: { type: 'pool_duty', id: row.id },
        detail: { userId },
      },
      now,
    );
    return row;
  });
}

/** The members the actor's municipality shares a current agreement with (itself included). */
function partnersOf(municipalityId: string, agreements: PoolAgreementWithMembers[]) {
  return [
    ...new Set(
      agreements.filter((a) => a.memberIds.includes(municipalityId)).flatMap((a) => a.memberIds),
    ),
  ];
}

/** People on pool duty per hour of a Japanese day, across the members; counts only. */
export async function getPoolCoverage(
  ctx: AppContext,
  { actor, date }: { actor: Actor; date: string },
): Promise<TPoolCoverage> {
  authorize(actor, 'pool.coverage', tenantScope(actor));
  const running = await listAgreementsRunningOn(ctx.db, date);
  const members = actor.municipalityId
    ? partnersOf(actor.municipalityId, running)
    : [...new Set(running.flatMap((a) => a.memberIds))];
  const from = japanMidnight(date);
  const to = new Date(from.getTime() + 86_400_000);
  const duties = await listDutiesOfMembers(ctx.db, members, from, to);
  return { date, minimum: poolMinimumPerHour, hours: poolCoverageByHour(duties, from) };
}

/**
 * The sweep: during an agreement's hours, a waiting consultation of a member that no
 * coordinator of its own took within its first-response target (the SLA's) is passed to
 * the pool queue. It stays in its own queue too: whoever takes it first has it.
 */
export async function passOverdueToPool(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  let passed = 0;
  for (const agreement of await agreementsOpenAt(ctx, now)) {
    for (const municipalityId of agreement.memberIds) {
      for (const waiting of await listQueuedNotInPool(ctx.db, municipalityId, now)) {
        const clock = slaClock({ kind: 'firstResponse', waitingSince: waiting.createdAt, now });
        if (!clock.breached) continue;
        const inserted = await ctx.db.transaction(async (tx) => {
          const row = await insertPoolCase(tx, {
            municipalityId,
            consultationId: waiting.id,
            agreementId: agreement.id,
            queuedAt: now,
          });
          if (!row) return false;
          await recordAudit(
            tx,
            {
              action: 'pool.queued',
              municipalityId,
              target: { type: 'consultation', id: waiting.id },
              detail: { poolCaseId: row.id, agreementId: agreement.id },
            },
            now,
          );
          return true;
        });
        if (inserted) passed++;
      }
    }
  }
  return passed;
}

/**
 * Who the actor is in the pool now: the agreements open now that their municipality is a
 * current member of and whose licences include the actor's verified one, while on duty.
 */
async function poolStanding(ctx: AppContext, actor: Actor) {
  authorize(actor, 'pool.queue', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const now = ctx.now();
  const licence = await findOnPoolDuty(ctx.db, { municipalityId, userId: actor.userId, now });
  const agreements = licence
    ? (await agreementsOpenAt(ctx, now)).filter(
        (a) => a.memberIds.includes(municipalityId) && a.licences.includes(licence),
      )
    : [];
  return { licence, agreements, now };
}

/** An open case the actor took, of an agreement they still stand in; else NOT_FOUND. */
async function loadHeldCase(ctx: AppContext, actor: Actor, poolCaseId: string) {
  const standing = await poolStanding(ctx, actor);
  const poolCase = await findPoolCase(ctx.db, poolCaseId);
  authorizeOrNotFound(actor, 'pool.case', {
    municipalityId: poolCase?.municipalityId ?? null,
    assigneeId: poolCase?.takenBy ?? null,
  });
  const agreement = standing.agreements.find((a) => a.id === poolCase!.agreementId);
  if (!poolCase || poolCase.handedOverAt || !agreement?.memberIds.includes(poolCase.municipalityId))
    throw new AppError('NOT_FOUND');
  return { poolCase, agreement, standing };
}

/** The actor as the home municipality's records name them: their id, role, and the home. */
function actingInHome(actor: Actor, poolCase: PoolCaseRow): Actor {
  return { ...actor, municipalityId: poolCase.municipalityId };
}

export async function listPoolQueue(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TPoolQueue> {
  const { licence, agreements } = await poolStanding(ctx, actor);
  if (!licence) throw new AppError('POOL_NOT_ON_DUTY');
  const homes = [...new Set(agreements.flatMap((a) => a.memberIds))].filter(
    (id) => id !== actor.municipalityId,
  );
  const open = await listOpenPoolCases(
    ctx.db,
    agreements.map((a) => a.id),
    homes,
  );
  const held = await listCasesTakenBy(ctx.db, actor.userId);
  const heldTopics = new Map<string, string[]>();
  for (const poolCase of held) {
    const consultation = await findConsultation(
      ctx.db,
      poolCase.municipalityId,
      poolCase.consultationId,
    );
    if (consultation) heldTopics.set(poolCase.id, consultation.topics);
  }
  return {
    items: open.map((c) => ({
      id: c.id,
      topics: c.topics as ConsultationTopic[],
      urgency: c.urgency,
      waitingSince: c.createdAt.toISOString(),
    })),
    mine: held
      .filter((c) => agreements.some((a) => a.id === c.agreementId) && heldTopics.has(c.id))
      .map((c) => ({
        id: c.id,
        topics: heldTopics.get(c.id) as ConsultationTopic[],
        takenAt: c.takenAt!.toISOString(),
      })),
  };
}

/**
 * A coordinator on pool duty takes a consultation of another member from the pool queue.
 * Only a case of a current agreement of theirs, whose licence takes part, still waiting
 * in its home queue; the home team may have taken it meanwhile (then: taken).
 */
export async function takePoolCase(
  ctx: AppContext,
  { actor, poolCaseId }: { actor: Actor; poolCaseId: string },
): Promise<TPoolCase> {
  const { licence, agreements, now } = await poolStanding(ctx, actor);
  if (!licence) throw new AppError('POOL_NOT_ON_DUTY');
  const poolCase = await findPoolCase(ctx.db, poolCaseId);
  const agreement = poolCase && agreements.find((a) => a.id === poolCase.agreementId);
  if (
    !poolCase ||
    !agreement ||
    poolCase.handedOverAt ||
    poolCase.municipalityId === actor.municipalityId ||
    !agreement.memberIds.includes(poolCase.municipalityId)
  )
    throw new AppError('NOT_FOUND');
  if (poolCase.takenBy && poolCase.takenBy !== actor.userId) throw new AppError('POOL_CASE_TAKEN');
  if (!poolCase.takenBy) {
    await ctx.db.transaction(async (tx) => {
      const taken = await markTaken(tx, { id: poolCase.id, userId: actor.userId, licence, now });
      if (!taken) throw new AppError('POOL_CASE_TAKEN');
      const assigned = await assignQueued(
        tx,
        poolCase.municipalityId,
        poolCase.consultationId,
        actor.userId,
      );
      if (!assigned) throw new AppError('POOL_CASE_TAKEN');
      await insertAssignment(tx, {
        municipalityId: poolCase.municipalityId,
        consultationId: poolCase.consultationId,
        coordinatorId: actor.userId,
        method: 'claim',
        reasons: [],
        decidedBy: actor.userId,
        decidedAt: now,
      });
      await recordAudit(
        tx,
        {
          action: 'pool.taken',
          municipalityId: poolCase.municipalityId,
          actor,
          target: { type: 'consultation', id: poolCase.consultationId },
          detail: { poolCaseId: poolCase.id, licence, from: actor.municipalityId },
        },
        now,
      );
    });
  }
  return getPoolCase(ctx, { actor, poolCaseId });
}

/** The held consultation with its messages; audited in the person's municipality. */
export async function getPoolCase(
  ctx: AppContext,
  { actor, poolCaseId }: { actor: Actor; poolCaseId: string },
): Promise<TPoolCase> {
  const { poolCase, agreement, standing } = await loadHeldCase(ctx, actor, poolCaseId);
  const home = actingInHome(actor, poolCase);
  const consultation = await findConsultation(
    ctx.db,
    poolCase.municipalityId,
    poolCase.consultationId,
  );
  if (!consultation || consultation.assignedCoordinatorId !== actor.userId)
    throw new AppError('NOT_FOUND');
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'pool.read',
        municipalityId: poolCase.municipalityId,
        actor,
        target: { type: 'consultation', id: poolCase.consultationId },
        detail: { poolCaseId: poolCase.id, from: actor.municipalityId },
      },
      standing.now,
    ),
  );
  const page = await listMessages(ctx, {
    actor: home,
    consultationId: consultation.id,
    afterSeq: 0,
    limit: 500,
  });
  return {
    id: poolCase.id,
    topics: consultation.topics as ConsultationTopic[],
    urgency: consultation.urgency,
    takenAt: poolCase.takenAt!.toISOString(),
    messages: page.items.map((m) => presentMessage(ctx.keyring, m, actor.userId)),
    emergencyContacts: await findPublicContacts(ctx.db, poolCase.municipalityId),
    poolSupervisorsOnDuty: await countPoolSupervisorsOnDuty(
      ctx.db,
      agreement.memberIds,
      standing.now,
    ),
  };
}

export async function sendPoolMessage(
  ctx: AppContext,
  {
    actor,
    poolCaseId,
    clientMsgId,
    body,
  }: { actor: Actor; poolCaseId: string; clientMsgId: string; body: string },
) {
  const { poolCase } = await loadHeldCase(ctx, actor, poolCaseId);
  return sendMessage(ctx, {
    actor: actingInHome(actor, poolCase),
    consultationId: poolCase.consultationId,
    clientMsgId,
    body,
  });
}

/** The morning handover: back to the home queue with the summary as its handover note. */
export async function handOverPoolCase(
  ctx: AppContext,
  { actor, poolCaseId, summary }: { actor: Actor; poolCaseId: string; summary: string },
) {
  const { poolCase } = await loadHeldCase(ctx, actor, poolCaseId);
  await handBack(ctx, poolCase, { actor: actingInHome(actor, poolCase), summary });
}

/**
 * What the person is told about who answers: a coordinator of the network's night team
 * and their licence, never a name or a city. Null when the pool does not hold it.
 */
export async function nightTeamOf(
  ctx: AppContext,
  consultation: { municipalityId: string; id: string; assignedCoordinatorId: string | null },
): Promise<{ licence: LicenceType } | null> {
  if (!consultation.assignedCoordinatorId) return null;
  const poolCase = await findOpenPoolCaseOf(ctx.db, consultation.municipalityId, consultation.id);
  if (!poolCase?.takenLicence || poolCase.takenBy !== consultation.assignedCoordinatorId)
    return null;
  return { licence: poolCase.takenLicence as LicenceType };
}
