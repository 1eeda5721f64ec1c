import crypto from 'node:crypto';

/**
 * coturn's "TURN REST API" credentials (`use-auth-secret` with `static-auth-secret`): the
 * username is `<unix expiry>:<opaque id>` and the password base64(HMAC-SHA1(secret,
 * username)). coturn recomputes the HMAC with the same secret and refuses the username
 * after its expiry, so nothing has to be stored or revoked.
 */
export function turnPassword(secret: string, username: string): string {
  return crypto.createHmac('sha1', secret).update(username).digest('base64');
}

export interface TurnCredentials {
  username: string;
  credential: string;
  expiresAt: Date;
}

/** The opaque id is random, so a username tells the TURN server nothing about who calls. */
export function issueTurnCredentials(
  secret: string,
  ttlSeconds: number,
  now: Date,
  opaqueId: string = crypto.randomBytes(9).toString('base64url'),
): TurnCredentials {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${opaqueId}`;
  return {
    username,
    credential: turnPassword(secret, username),
    expiresAt: new Date(expiry * 1000),
  };
}
