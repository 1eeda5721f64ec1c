import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { ErrorCode } from '@yorisoi/shared';
import type { Actor } from '../policy/actor.ts';
import { isExpectedError, socketError, validationError } from './socket-errors.ts';
import type { RealtimeSocket } from './socket-types.ts';

/** Listening without the typed event map: what arrives on a socket is untrusted until parsed. */
type UntypedListener = { on(event: string, listener: (...args: unknown[]) => void): void };

/**
 * Listens to one client event of an authenticated socket. The payload is parsed with the
 * shared schema first; a bad one is answered with VALIDATION_FAILED (or the code the
 * caller names for it) and changes nothing. Every answer goes through the acknowledgement.
 */
export function listen<S extends z.ZodType>(
  socket: RealtimeSocket,
  log: FastifyBaseLogger,
  event: string,
  schema: S,
  run: (payload: z.output<S>) => Promise<unknown>,
  invalidCode: (error: z.ZodError) => ErrorCode = () => 'VALIDATION_FAILED',
) {
  const actor = (): Actor => socket.data.session.actor;
  (socket as unknown as UntypedListener).on(event, (...args: unknown[]) => {
    const last = args.at(-1);
    const ack = typeof last === 'function' ? (last as (response: unknown) => void) : null;
    const payload = typeof args[0] === 'function' ? undefined : args[0];
    const { locale } = actor();
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const invalid = validationError(parsed.error, locale);
      ack?.({
        error: { ...invalid.error, ...socketError(invalidCode(parsed.error), locale).error },
      });
      return;
    }
    run(parsed.data).then(
      (response) => ack?.(response),
      (error: unknown) => {
        if (!isExpectedError(error)) log.error({ err: error, event }, 'socket event failed');
        ack?.(socketError(isExpectedError(error) ? error.code : 'INTERNAL', locale));
      },
    );
  });
}
