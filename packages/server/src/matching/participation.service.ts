/**
 * A participant's own profile: a resident who signed up for the programme, or a worker of
 * THE CARE joining with the same account. One profile per account; saving it again
 * changes it. Bad input is refused by the same rules as the staff's form, before anything
 * is written.
 */
import crypto from 'node:crypto';
import type { TMyWorkProfileInput, TWorkProfile } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { insertWorkProfile } from './matching.repository.ts';
import { findProfileOfUser, updateWorkProfile } from './programme-staff.repository.ts';
import { presentWorkProfile } from './work-profile.presenter.ts';
import { checkedProfileValues, checkProgrammeAndSkills } from './work-profiles.service.ts';

const ownScope = (actor: Actor) => ({
  municipalityId: actor.municipalityId,
  ownerId: actor.userId,
});

/** The staff's reference for someone who registered themself (受付番号, no name). */
const selfReference = () => `W-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;

export async function getMyWorkProfile(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TWorkProfile | null> {
  authorize(actor, 'work.participate', ownScope(actor));
  const row = await findProfileOfUser(ctx.db, {
    municipalityId: actor.municipalityId ?? '',
    userId: actor.userId,
  });
  return row ? presentWorkProfile(row) : null;
}

export async function saveMyWorkProfile(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TMyWorkProfileInput },
): Promise<TWorkProfile> {
  authorize(actor, 'work.participate', ownScope(actor));
  const municipalityId = actor.municipalityId ?? '';
  const values = checkedProfileValues(input);
  return ctx.db.transaction(async (tx) => {
    await checkProgrammeAndSkills(tx, municipalityId, input.programmeId, input.skillIds);
    const existing = await findProfileOfUser(tx, { municipalityId, userId: actor.userId });
    const now = ctx.now();
    const row = existing
      ? await updateWorkProfile(
          tx,
          { municipalityId, id: existing.id },
          { ...values, programmeId: input.programmeId, active: true, updatedAt: now },
        )
      : await insertWorkProfile(tx, {
          municipalityId,
          programmeId: input.programmeId,
          userId: actor.userId,
          referenceLabel: selfReference(),
          ...values,
        });
    await recordAudit(
      tx,
      {
        action: 'work.profile_saved',
        municipalityId,
        actor,
        target: { type: 'work_profile', id: row.id },
      },
      now,
    );
    return presentWorkProfile(row);
  });
}
