import type { AuditAction, TAllianceMember } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import {
  findAlliance,
  findMember,
  listAwards,
  listDeclarations,
  type MemberRow,
} from './alliances.repository.ts';
import { extrasOf, presentMember, type MemberExtras } from './alliances.presenter.ts';

/** The declarations and awards of members, read in two queries. */
export async function extrasOfMembers(
  db: Db,
  municipalityId: string,
  members: MemberRow[],
): Promise<MemberExtras> {
  const ids = members.map((m) => m.id);
  const declarations = await listDeclarations(db, municipalityId, ids);
  return extrasOf(declarations, await listAwards(db, municipalityId, ids));
}

export async function presentMembers(
  db: Db,
  municipalityId: string,
  members: MemberRow[],
): Promise<TAllianceMember[]> {
  const extras = await extrasOfMembers(db, municipalityId, members);
  return members.map((m) => presentMember(m, extras));
}

/** The municipality's alliance; another tenant's is not found. */
export async function allianceOf(db: Db, municipalityId: string, allianceId: string) {
  const alliance = await findAlliance(db, municipalityId, allianceId);
  if (!alliance) throw new AppError('ALLIANCE_NOT_FOUND');
  return alliance;
}

/** One member of the alliance, locked for the change; another alliance's is not found. */
async function memberOf(
  db: Db,
  municipalityId: string,
  { allianceId, memberId }: { allianceId: string; memberId: string },
) {
  await allianceOf(db, municipalityId, allianceId);
  const member = await findMember(db, municipalityId, { allianceId, memberId, lock: true });
  if (!member) throw new AppError('ALLIANCE_MEMBER_NOT_FOUND');
  return member;
}

export interface MemberChange {
  actor: Actor;
  allianceId: string;
  memberId: string;
  action: AuditAction;
  detail: Record<string, string | boolean>;
}

/**
 * One change of one member of the actor's municipality: the member read and locked,
 * `apply` checking and writing, and the audit entry, in one transaction; `apply` throws
 * before writing anything it refuses.
 */
export async function changeMember(
  ctx: AppContext,
  change: MemberChange,
  apply: (tx: Db, current: MemberRow, now: Date) => Promise<MemberRow>,
): Promise<TAllianceMember> {
  const { actor, allianceId, memberId } = change;
  const municipalityId = actor.municipalityId;
  if (!municipalityId) throw new AppError('FORBIDDEN');
  const now = ctx.now();
  const member = await ctx.db.transaction(async (tx) => {
    const row = await apply(tx, await memberOf(tx, municipalityId, change), now);
    await recordAudit(
      tx,
      {
        action: change.action,
        municipalityId,
        actor,
        target: { type: 'alliance_member', id: memberId },
        detail: { allianceId, ...change.detail },
      },
      now,
    );
    return row;
  });
  const [presented] = await presentMembers(ctx.db, municipalityId, [member]);
  return presented!;
}
