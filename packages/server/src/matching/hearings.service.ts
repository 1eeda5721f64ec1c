/**
 * The programme's hearing (ヒアリング) with a participant, and the participant's page for
 * the programme's staff. What the person wants, their constraints and the next step are
 * sealed at rest; the staff bound to the programme write and read them (every read
 * audited); the person reads only the day a hearing took place.
 */
import crypto from 'node:crypto';
import {
  japanTimeOf,
  type TRecordHearing,
  type TWorkHearing,
  type TWorkParticipant,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import {
  insertHearing,
  listHearingDaysOfUser,
  listHearingsOfProfile,
  listIntroductionsOfProfile,
  type HearingRow,
} from './hearings.repository.ts';
import { findProfile } from './introductions.repository.ts';
import { presentIntroduction } from './introductions.presenter.ts';
import { presentWorkProfile } from './work-profile.presenter.ts';
import { programmeScope } from './work-profiles.service.ts';

const hearingContext = (profileId: string, id: string) => `work_hearings.body:${profileId}:${id}`;

export interface HearingBody {
  wishes: string;
  constraints: string;
  nextStep: string;
}

function presentHearing(keyring: Keyring, row: HearingRow, viewerId: string): TWorkHearing {
  const body = JSON.parse(
    openField(keyring, row.bodySealed, hearingContext(row.profileId, row.id)),
  ) as HearingBody;
  return {
    id: row.id,
    heldOn: row.heldOn,
    wishes: body.wishes,
    constraints: body.constraints,
    nextStep: body.nextStep,
    mine: row.recordedBy === viewerId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The participant's profile, found in the actor's municipality only, and its programme's scope. */
async function loadParticipant(db: Db, actor: Actor, profileId: string) {
  const municipalityId = actor.municipalityId ?? '';
  const profile = await findProfile(db, { municipalityId, profileId });
  if (!profile) throw new AppError('WORK_PROFILE_NOT_FOUND');
  return { profile, scope: await programmeScope(db, municipalityId, profile.programmeId) };
}

/** A hearing's row with its text sealed to that row (the use-case below and the demo). */
export function sealedHearing(
  keyring: Keyring,
  values: {
    municipalityId: string;
    programmeId: string;
    profileId: string;
    heldOn: string;
    body: HearingBody;
    recordedBy: string;
    createdAt: Date;
  },
) {
  const id = crypto.randomUUID();
  const { body, ...rest } = values;
  return {
    id,
    ...rest,
    bodySealed: sealField(keyring, JSON.stringify(body), hearingContext(values.profileId, id)),
  };
}

export async function recordHearing(
  ctx: AppContext,
  { actor, profileId, input }: { actor: Actor; profileId: string; input: TRecordHearing },
): Promise<TWorkHearing> {
  const { profile, scope } = await loadParticipant(ctx.db, actor, profileId);
  authorize(actor, 'workHearing.record', scope);
  if (input.heldOn > japanTimeOf(ctx.now()).date) throw new AppError('WORK_HEARING_DATE_INVALID');
  return ctx.db.transaction(async (tx) => {
    const row = await insertHearing(
      tx,
      sealedHearing(ctx.keyring, {
        municipalityId: profile.municipalityId,
        programmeId: profile.programmeId,
        profileId,
        heldOn: input.heldOn,
        body: { wishes: input.wishes, constraints: input.constraints, nextStep: input.nextStep },
        recordedBy: actor.userId,
        createdAt: ctx.now(),
      }),
    );
    await recordAudit(
      tx,
      {
        action: 'work.hearing_recorded',
        municipalityId: profile.municipalityId,
        actor,
        target: { type: 'work_profile', id: profileId },
      },
      ctx.now(),
    );
    return presentHearing(ctx.keyring, row, actor.userId);
  });
}

/** A participant's page for the programme's staff; the read is audited. */
export async function getParticipant(
  ctx: AppContext,
  { actor, profileId }: { actor: Actor; profileId: string },
): Promise<TWorkParticipant> {
  const { profile, scope } = await loadParticipant(ctx.db, actor, profileId);
  authorize(actor, 'work.manage', scope);
  authorize(actor, 'workHearing.read', scope);
  const municipalityId = profile.municipalityId;
  const [hearings, introductions] = await Promise.all([
    listHearingsOfProfile(ctx.db, { municipalityId, profileId }),
    listIntroductionsOfProfile(ctx.db, { municipalityId, profileId }),
  ]);
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'work.hearing_read',
        municipalityId,
        actor,
        target: { type: 'work_profile', id: profileId },
        detail: { hearings: String(hearings.length) },
      },
      ctx.now(),
    ),
  );
  return {
    profile: presentWorkProfile(profile),
    hearings: hearings.map((row) => presentHearing(ctx.keyring, row, actor.userId)),
    introductions: introductions.map(presentIntroduction),
  };
}

/** The days of one's own hearings: that they happened, never what was written. */
export async function listMyHearings(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'work.participate', { ...tenantScope(actor), ownerId: actor.userId });
  return listHearingDaysOfUser(ctx.db, {
    municipalityId: actor.municipalityId ?? '',
    userId: actor.userId,
  });
}
