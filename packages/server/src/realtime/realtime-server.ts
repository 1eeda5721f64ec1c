import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { AppContext } from '../app/context.ts';
import { can, tenantScope } from '../policy/policy.ts';
import type { ConsultationEvents } from '../consultations/consultation-events.ts';
import { authenticateSockets } from './handshake.ts';
import { createFanOut } from './fan-out.ts';
import { registerSocketHandlers } from './socket-handlers.ts';
import { sweepSessions } from './session-sweep.ts';
import type { RealtimeServer } from './socket-types.ts';
import { createCallRelay } from '../calls/call-relay.ts';
import { createCallSignalling } from '../calls/call-signalling.ts';
import { careTeamRoom, queueRoom, userRoom } from './rooms.ts';
import { createSocketRateLimiter } from './socket-rate-limit.ts';

export interface Realtime {
  io: RealtimeServer;
  events: ConsultationEvents;
  /** Disconnects sockets whose session ended; runs on a timer, callable from tests. */
  sweepSessions(): Promise<number>;
}

const sessionSweepIntervalMs = 30_000;

/**
 * Socket.IO on Fastify's HTTP server, same origin and path prefix as the app. With a
 * PostgreSQL server, instances reach each other's sockets through the PostgreSQL adapter
 * (LISTEN/NOTIFY on its own small pool); embedded, one process needs no adapter.
 * Connection-state recovery stays off: clients recover from the message log instead.
 */
export function attachRealtime(app: FastifyInstance, ctx: AppContext): Realtime {
  const io: RealtimeServer = new Server(app.server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
  });
  const adapterPool =
    ctx.config.database.kind === 'postgres'
      ? new pg.Pool({ connectionString: ctx.config.database.url, max: 2 })
      : null;
  if (adapterPool) {
    // A lost LISTEN connection is re-established by the adapter; it must not crash the process.
    adapterPool.on('error', (error) => app.log.warn({ err: error }, 'real-time pool error'));
    io.adapter(
      createAdapter(adapterPool, {
        errorHandler: (error) => app.log.warn({ err: error }, 'real-time adapter error'),
      }),
    );
  }
  authenticateSockets(io, ctx);
  const events = createFanOut(io, ctx, app.log, { clustered: adapterPool !== null });
  const limiter = createSocketRateLimiter(ctx.config.socketRateLimits);
  const calls = createCallSignalling(
    io,
    ctx,
    createCallRelay(io, app.log, { clustered: adapterPool !== null }),
    events,
    app.log,
    limiter,
  );
  io.on('connection', (socket) => {
    const { actor } = socket.data.session;
    void socket.join(userRoom(actor.userId));
    const tenant = tenantScope(actor);
    if (actor.municipalityId && can(actor, 'queue.followLive', tenant)) {
      void socket.join(queueRoom(actor.municipalityId));
    }
    if (actor.municipalityId && can(actor, 'careTeam.followLive', tenant)) {
      void socket.join(careTeamRoom(actor.municipalityId));
    }
    registerSocketHandlers(socket, ctx, events, app.log, limiter);
    calls.register(socket);
  });

  const sweep = () => sweepSessions(io, ctx);
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => app.log.error({ err: error }, 'session sweep failed'));
  }, sessionSweepIntervalMs);
  timer.unref();
  app.addHook('preClose', async () => {
    clearInterval(timer);
    calls.close();
    await io.close();
    await adapterPool?.end();
  });
  return { io, events, sweepSessions: sweep };
}
