import {
  allianceGrowth,
  japanTimeOf,
  type TAddAllianceMemberRequest,
  type TAllianceDetail,
  type TAllianceInput,
  type TAllianceList,
  type TAllianceMember,
  type TRecordAwardRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';
import { findOrganization } from '../organizations/organizations.repository.ts';
import {
  countCurrentMembers,
  insertAlliance,
  insertAward,
  insertMember,
  listAllianceRows,
  listMemberRows,
  updateMember,
  type AllianceRow,
} from './alliances.repository.ts';
import { presentAlliance } from './alliances.presenter.ts';
import { allianceOf, changeMember, presentMembers } from './alliance-members.ts';
import { checkDayPassed, checkNotBeforeJoining } from './alliance-dates.ts';

const todayIn = (ctx: AppContext) => japanTimeOf(ctx.now()).date;

async function municipalityCodeOf(db: Db, actor: Actor): Promise<string> {
  const municipality = await findPublicMunicipalityById(db, actor.municipalityId!);
  if (!municipality) throw new AppError('FORBIDDEN');
  return municipality.code;
}

async function detailOf(
  ctx: AppContext,
  actor: Actor,
  alliance: AllianceRow,
): Promise<TAllianceDetail> {
  const municipalityId = alliance.municipalityId;
  const rows = await listMemberRows(ctx.db, municipalityId, alliance.id);
  const current = rows.filter((r) => r.leftOn === null).length;
  return {
    municipalityCode: await municipalityCodeOf(ctx.db, actor),
    alliance: presentAlliance(alliance, current),
    members: await presentMembers(ctx.db, municipalityId, rows),
    growth: allianceGrowth(rows, { foundedOn: alliance.foundedOn, today: todayIn(ctx) }),
  };
}

export async function listAlliances(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TAllianceList> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const rows = await listAllianceRows(ctx.db, municipalityId);
  const counts = await countCurrentMembers(ctx.db, municipalityId);
  return {
    municipalityCode: await municipalityCodeOf(ctx.db, actor),
    items: rows.map((row) => presentAlliance(row, counts.get(row.id) ?? 0)),
  };
}

export async function getAlliance(
  ctx: AppContext,
  { actor, allianceId }: { actor: Actor; allianceId: string },
): Promise<TAllianceDetail> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  return detailOf(ctx, actor, await allianceOf(ctx.db, actor.municipalityId!, allianceId));
}

export async function createAlliance(
  ctx: AppContext,
  { actor, input: values }: { actor: Actor; input: TAllianceInput },
): Promise<TAllianceDetail> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  checkDayPassed(values.foundedOn, todayIn(ctx));
  const now = ctx.now();
  try {
    const alliance = await ctx.db.transaction(async (tx) => {
      const row = await insertAlliance(tx, actor.municipalityId!, values);
      await recordAudit(
        tx,
        {
          action: 'alliance.created',
          municipalityId: actor.municipalityId,
          actor,
          target: { type: 'alliance', id: row.id },
        },
        now,
      );
      return row;
    });
    return await detailOf(ctx, actor, alliance);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ALLIANCE_NAME_TAKEN');
    throw error;
  }
}

export async function addAllianceMember(
  ctx: AppContext,
  {
    actor,
    allianceId,
    input: values,
  }: { actor: Actor; allianceId: string; input: TAddAllianceMemberRequest },
): Promise<TAllianceMember> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  checkDayPassed(values.joinedOn, todayIn(ctx));
  const now = ctx.now();
  try {
    const member = await ctx.db.transaction(async (tx) => {
      await allianceOf(tx, municipalityId, allianceId);
      if (
        values.organizationId &&
        !(await findOrganization(tx, municipalityId, values.organizationId))
      ) {
        throw new AppError('ALLIANCE_ORGANIZATION_UNKNOWN');
      }
      const row = await insertMember(tx, municipalityId, { ...values, allianceId });
      await recordAudit(
        tx,
        {
          action: 'alliance.member_added',
          municipalityId,
          actor,
          target: { type: 'alliance_member', id: row.id },
          detail: { allianceId, joinedOn: values.joinedOn },
        },
        now,
      );
      return row;
    });
    const [presented] = await presentMembers(ctx.db, municipalityId, [member]);
    return presented!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ALLIANCE_MEMBER_EXISTS');
    throw error;
  }
}

/** Records that a member left on a day; its row stays, so earlier years still count it. */
export async function removeAllianceMember(
  ctx: AppContext,
  {
    actor,
    allianceId,
    memberId,
    leftOn,
  }: { actor: Actor; allianceId: string; memberId: string; leftOn: string },
): Promise<TAllianceMember> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  checkDayPassed(leftOn, todayIn(ctx));
  const change = {
    actor,
    allianceId,
    memberId,
    action: 'alliance.member_left',
    detail: { leftOn },
  } as const;
  return changeMember(ctx, change, async (tx, current, now) => {
    if (current.leftOn !== null) throw new AppError('ALLIANCE_MEMBER_LEFT');
    checkNotBeforeJoining(leftOn, current.joinedOn);
    return updateMember(tx, current.municipalityId, memberId, { leftOn }, now);
  });
}

export async function recordAllianceAward(
  ctx: AppContext,
  {
    actor,
    allianceId,
    memberId,
    input: values,
  }: { actor: Actor; allianceId: string; memberId: string; input: TRecordAwardRequest },
): Promise<TAllianceMember> {
  authorize(actor, 'alliance.manage', tenantScope(actor));
  checkDayPassed(values.awardedOn, todayIn(ctx));
  const change = {
    actor,
    allianceId,
    memberId,
    action: 'alliance.award_recorded',
    detail: { awardedOn: values.awardedOn },
  } as const;
  return changeMember(ctx, change, async (tx, current) => {
    checkNotBeforeJoining(values.awardedOn, current.joinedOn);
    await insertAward(tx, current.municipalityId, { memberId, ...values });
    return current;
  });
}
