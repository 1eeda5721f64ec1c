import type { AppContext } from '../app/context.ts';
import { listLiveSessionsByIds } from '../auth/sessions.repository.ts';
import type { RealtimeServer } from './socket-types.ts';

/**
 * A socket outlives the request that opened it. This disconnects the local sockets whose
 * session was signed out, expired or revoked, or whose user changed role or tenant, with
 * one query for all of them. Returns how many were disconnected.
 */
export async function sweepSessions(io: RealtimeServer, ctx: AppContext): Promise<number> {
  const sockets = [...io.of('/').sockets.values()];
  const live = await listLiveSessionsByIds(
    ctx.db,
    [...new Set(sockets.map((s) => s.data.session.actor.sessionId))],
    ctx.now(),
  );
  const byId = new Map(live.map((row) => [row.sessionId, row]));
  let disconnected = 0;
  for (const socket of sockets) {
    const { actor } = socket.data.session;
    const current = byId.get(actor.sessionId);
    if (
      !current ||
      current.role !== actor.role ||
      current.municipalityId !== actor.municipalityId
    ) {
      socket.disconnect(true);
      disconnected++;
    }
  }
  return disconnected;
}
