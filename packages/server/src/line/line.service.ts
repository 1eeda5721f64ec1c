import { japanMonthOf, type TLineSettings, type TMyLine } from '@yorisoi/shared';
import type {
  TStartLineLinkRequest,
  TStartLineLinkResponse,
  TUpdateLineSettingsRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';
import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { openAccessToken, sealAccessToken, sealChannelSecret } from './line-channel.ts';
import {
  deleteLineAccountOfUser,
  findLineAccountOfUser,
  findLineChannel,
  insertLinkNonce,
  pushedInMonth,
  saveLineChannel,
  type LineChannelRow,
} from './line.repository.ts';

/** LINE's account-link dialog; the link token and our nonce go to it, nothing else. */
export const lineAccountLinkDialog = 'https://access.line.me/dialog/bot/accountLink';
/** As LINE's link token: ten minutes, once. */
export const linkNonceTtlMs = 10 * 60_000;

function municipalityOf(actor: Actor): string {
  if (!actor.municipalityId) throw new AppError('FORBIDDEN');
  return actor.municipalityId;
}

async function presentSettings(
  ctx: AppContext,
  municipalityId: string,
  row: LineChannelRow | null,
): Promise<TLineSettings> {
  const month = japanMonthOf(ctx.now());
  const municipality = await findPublicMunicipalityById(ctx.db, municipalityId);
  const token = row ? openAccessToken(ctx, row) : null;
  return {
    configured: row !== null,
    channelId: row?.channelId ?? null,
    accessTokenEnding: token ? token.slice(-4) : null,
    monthlyPushBudget: row?.monthlyPushBudget ?? 0,
    pushedThisMonth: await pushedInMonth(ctx.db, municipalityId, month),
    month,
    demo: row?.demo ?? false,
    webhookUrl: `${ctx.config.publicUrl}/line/webhook/${municipality?.code ?? ''}`,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function getLineSettings(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TLineSettings> {
  authorize(actor, 'line.configure', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  return presentSettings(ctx, municipalityId, await findLineChannel(ctx.db, municipalityId));
}

/**
 * Sets the channel. A secret or token left out keeps the stored one; the first time both
 * are required. The audit entry names what changed, never a value.
 */
export async function updateLineSettings(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TUpdateLineSettingsRequest },
): Promise<TLineSettings> {
  authorize(actor, 'line.configure', tenantScope(actor));
  const municipalityId = municipalityOf(actor);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const existing = await findLineChannel(tx, municipalityId);
    if (!existing && (!input.channelSecret || !input.accessToken)) {
      throw new AppError('LINE_SECRET_REQUIRED');
    }
    const values = {
      channelId: input.channelId,
      channelSecretSealed: input.channelSecret
        ? sealChannelSecret(ctx, municipalityId, input.channelSecret)
        : existing!.channelSecretSealed,
      accessTokenSealed: input.accessToken
        ? sealAccessToken(ctx, municipalityId, input.accessToken)
        : existing!.accessTokenSealed,
      monthlyPushBudget: input.monthlyPushBudget,
      // A channel city staff set is a real one, whatever the demo seed wrote before.
      demo: false,
      updatedBy: actor.userId,
      updatedAt: now,
    };
    await saveLineChannel(tx, municipalityId, values);
    await recordAudit(
      tx,
      {
        action: 'line.settings_updated',
        municipalityId,
        actor,
        target: { type: 'municipality', id: municipalityId },
        detail: {
          channelIdChanged: existing?.channelId !== input.channelId,
          secretReplaced: input.channelSecret !== undefined,
          tokenReplaced: input.accessToken !== undefined,
          monthlyPushBudget: input.monthlyPushBudget,
        },
      },
      now,
    );
    return findLineChannel(tx, municipalityId);
  });
  return presentSettings(ctx, municipalityId, row);
}

async function presentMyLine(ctx: AppContext, actor: Actor): Promise<TMyLine> {
  const municipalityId = municipalityOf(actor);
  const [channel, account] = await Promise.all([
    findLineChannel(ctx.db, municipalityId),
    findLineAccountOfUser(ctx.db, municipalityId, actor.userId),
  ]);
  return {
    available: channel !== null,
    linked: account !== null,
    linkedAt: account?.linkedAt.toISOString() ?? null,
    blocked: account?.blockedAt !== null && account !== null,
  };
}

export async function getMyLine(ctx: AppContext, { actor }: { actor: Actor }): Promise<TMyLine> {
  authorize(actor, 'line.link', { ...tenantScope(actor), ownerId: actor.userId });
  return presentMyLine(ctx, actor);
}

/**
 * Step two of LINE's account-link flow: the person, signed in, brings the link token the
 * bot gave them; a nonce bound to them (ten minutes, once) goes with it to LINE's dialog,
 * and LINE's `accountLink` event brings the nonce back with their LINE user id.
 */
export async function startLineLink(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TStartLineLinkRequest },
): Promise<TStartLineLinkResponse> {
  authorize(actor, 'line.link', { ...tenantScope(actor), ownerId: actor.userId });
  const municipalityId = municipalityOf(actor);
  if (!(await findLineChannel(ctx.db, municipalityId))) throw new AppError('LINE_NOT_CONFIGURED');
  const now = ctx.now();
  const nonce = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + linkNonceTtlMs);
  const added = await insertLinkNonce(ctx.db, {
    municipalityId,
    userId: actor.userId,
    nonceHash: hashToken(nonce),
    linkTokenHash: hashToken(input.linkToken),
    expiresAt,
    createdAt: now,
  });
  if (!added) throw new AppError('LINE_LINK_TOKEN_USED');
  const url = new URL(lineAccountLinkDialog);
  url.searchParams.set('linkToken', input.linkToken);
  url.searchParams.set('nonce', nonce);
  return { redirectUrl: url.toString(), expiresAt: expiresAt.toISOString() };
}

/** Unlinks: the LINE user is forgotten, nothing is sent there any more. */
export async function unlinkMyLine(ctx: AppContext, { actor }: { actor: Actor }): Promise<TMyLine> {
  authorize(actor, 'line.link', { ...tenantScope(actor), ownerId: actor.userId });
  const municipalityId = municipalityOf(actor);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteLineAccountOfUser(tx, municipalityId, actor.userId))) return;
    await recordAudit(
      tx,
      {
        action: 'line.unlinked',
        municipalityId,
        actor,
        target: { type: 'user', id: actor.userId },
      },
      now,
    );
  });
  return presentMyLine(ctx, actor);
}
