import type { TIceConfig } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { issueTurnCredentials } from './turn-credentials.ts';

/**
 * The ICE servers a browser uses for one call: the configured STUN servers, and the TURN
 * servers with credentials of their own that expire after TURN_CREDENTIAL_TTL.
 */
export function getIceConfig(ctx: AppContext, { actor }: { actor: Actor }): TIceConfig {
  authorize(actor, 'call.iceConfig', tenantScope(actor));
  const { stunUrls, turn, transportPolicy } = ctx.config.ice;
  const iceServers: TIceConfig['iceServers'] = stunUrls.length > 0 ? [{ urls: stunUrls }] : [];
  if (!turn) return { iceServers, iceTransportPolicy: transportPolicy, expiresAt: null };
  const credentials = issueTurnCredentials(turn.secret, turn.ttlSeconds, ctx.now());
  iceServers.push({
    urls: turn.urls,
    username: credentials.username,
    credential: credentials.credential,
  });
  return {
    iceServers,
    iceTransportPolicy: transportPolicy,
    expiresAt: credentials.expiresAt.toISOString(),
  };
}
