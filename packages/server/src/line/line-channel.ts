import type { AppContext } from '../app/context.ts';
import { blindIndex, identityIndexKey } from '../platform/crypto/blind-index.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { Db } from '../platform/db/database.ts';
import { createLineClient, type LineClient } from './line-client.ts';
import { findLineChannel, type LineChannelRow } from './line.repository.ts';

type Crypto = Pick<AppContext, 'keyring'> & {
  config: Pick<AppContext['config'], 'identityIndexKey'>;
};

/** The sealed columns of a channel are bound to their municipality: a copy elsewhere fails. */
const secretContext = (municipalityId: string) =>
  `line_channels.channel_secret_sealed:${municipalityId}`;
const tokenContext = (municipalityId: string) =>
  `line_channels.access_token_sealed:${municipalityId}`;
const lineUserContext = (municipalityId: string) =>
  `line_accounts.line_user_sealed:${municipalityId}`;

export function sealChannelSecret(ctx: Crypto, municipalityId: string, secret: string) {
  return sealField(ctx.keyring, secret, secretContext(municipalityId));
}

export function sealAccessToken(ctx: Crypto, municipalityId: string, token: string) {
  return sealField(ctx.keyring, token, tokenContext(municipalityId));
}

export function openAccessToken(ctx: Crypto, row: LineChannelRow) {
  return openField(ctx.keyring, row.accessTokenSealed, tokenContext(row.municipalityId));
}

/** A LINE user id as stored (sealed) and as looked up (a keyed index, per municipality). */
export function sealLineUser(ctx: Crypto, municipalityId: string, lineUserId: string) {
  return {
    lineUserIndex: lineUserIndexOf(ctx, municipalityId, lineUserId),
    lineUserSealed: sealField(ctx.keyring, lineUserId, lineUserContext(municipalityId)),
  };
}

export function lineUserIndexOf(ctx: Crypto, municipalityId: string, lineUserId: string) {
  const key = identityIndexKey(ctx.config.identityIndexKey, ctx.keyring);
  return blindIndex(key, 'line_accounts.line_user', `${municipalityId}\u0000${lineUserId}`);
}

export function openLineUser(ctx: Crypto, row: { municipalityId: string; lineUserSealed: string }) {
  return openField(ctx.keyring, row.lineUserSealed, lineUserContext(row.municipalityId));
}

export interface OpenChannel {
  row: LineChannelRow;
  secret: string;
  client: LineClient;
}

/** A municipality's channel with its secret opened and a client for its token; null if none. */
export async function openLineChannel(
  ctx: AppContext,
  db: Db,
  municipalityId: string,
): Promise<OpenChannel | null> {
  const row = await findLineChannel(db, municipalityId);
  if (!row) return null;
  return {
    row,
    secret: openField(ctx.keyring, row.channelSecretSealed, secretContext(municipalityId)),
    client: createLineClient({
      baseUrl: ctx.config.line.apiBaseUrl,
      accessToken: openAccessToken(ctx, row),
      now: ctx.now,
    }),
  };
}
