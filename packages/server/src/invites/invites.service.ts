import QRCode from 'qrcode';
import { inviteCodeAlphabet, inviteCodeLength, formatInviteCode } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { randomCode } from '../platform/crypto/tokens.ts';
import { loadOrganization } from '../organizations/organizations.service.ts';
import {
  findInviteById,
  insertInviteCode,
  listCompanyCodes,
  listFamilyCodesOf,
  revokeInvite,
} from './invites.repository.ts';

const familyCodeValidityDays = 14;
const newCode = () => randomCode(inviteCodeAlphabet, inviteCodeLength);

export async function listInviteCodes(
  ctx: AppContext,
  { actor, organizationId }: { actor: Actor; organizationId: string },
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'inviteCode.manage', { ...organization, organizationId: organization.id });
  return listCompanyCodes(ctx.db, organization.municipalityId, organization.id);
}

export async function createInviteCode(
  ctx: AppContext,
  {
    actor,
    organizationId,
    label,
    maxUses,
    expiresInDays,
  }: {
    actor: Actor;
    organizationId: string;
    label: string | null;
    maxUses: number | null;
    expiresInDays: number | null;
  },
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'inviteCode.manage', { ...organization, organizationId: organization.id });
  const now = ctx.now();
  return insertInviteCode(
    ctx.db,
    {
      municipalityId: organization.municipalityId,
      organizationId: organization.id,
      kind: 'worker',
      label: label || null,
      maxUses,
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
      createdBy: actor.userId,
    },
    newCode,
  );
}

async function loadCompanyCode(
  ctx: AppContext,
  actor: Actor,
  organizationId: string,
  codeId: string,
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'inviteCode.manage', { ...organization, organizationId: organization.id });
  const invite = await findInviteById(ctx.db, organization.municipalityId, codeId);
  if (!invite || invite.organizationId !== organization.id || invite.kind !== 'worker') {
    throw new AppError('NOT_FOUND');
  }
  return invite;
}

export async function revokeInviteCode(
  ctx: AppContext,
  { actor, organizationId, codeId }: { actor: Actor; organizationId: string; codeId: string },
) {
  const invite = await loadCompanyCode(ctx, actor, organizationId, codeId);
  const revoked = await revokeInvite(ctx.db, invite.municipalityId, invite.id, ctx.now());
  if (!revoked) throw new AppError('NOT_FOUND');
  return revoked;
}

/** The QR code opens the sign-up page with the code filled in. */
export async function renderInviteQr(
  ctx: AppContext,
  { actor, organizationId, codeId }: { actor: Actor; organizationId: string; codeId: string },
) {
  const invite = await loadCompanyCode(ctx, actor, organizationId, codeId);
  const url = `${ctx.config.publicUrl}/signup?code=${formatInviteCode(invite.code)}`;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { url, svg };
}

export async function listFamilyCodes(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'familyCode.manage', {
    municipalityId: actor.municipalityId,
    ownerId: actor.userId,
  });
  return listFamilyCodesOf(ctx.db, actor.municipalityId as string, actor.userId);
}

/** A worker's one-time code for one family member, valid for two weeks. */
export async function createFamilyCode(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'familyCode.manage', {
    municipalityId: actor.municipalityId,
    ownerId: actor.userId,
  });
  if (!actor.organizationId) throw new AppError('FORBIDDEN');
  const now = ctx.now();
  return insertInviteCode(
    ctx.db,
    {
      municipalityId: actor.municipalityId as string,
      organizationId: actor.organizationId,
      kind: 'family',
      sponsorUserId: actor.userId,
      maxUses: 1,
      expiresAt: new Date(now.getTime() + familyCodeValidityDays * 86_400_000),
      createdBy: actor.userId,
    },
    newCode,
  );
}

export async function revokeFamilyCode(
  ctx: AppContext,
  { actor, codeId }: { actor: Actor; codeId: string },
) {
  authorize(actor, 'familyCode.manage', {
    municipalityId: actor.municipalityId,
    ownerId: actor.userId,
  });
  const invite = await findInviteById(ctx.db, actor.municipalityId as string, codeId);
  if (!invite || invite.kind !== 'family' || invite.sponsorUserId !== actor.userId)
    throw new AppError('NOT_FOUND');
  const revoked = await revokeInvite(ctx.db, invite.municipalityId, invite.id, ctx.now());
  if (!revoked) throw new AppError('NOT_FOUND');
  return revoked;
}
