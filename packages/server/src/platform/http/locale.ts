import type { FastifyRequest } from 'fastify';
import type { TLocale } from '@yorisoi/shared';

/** The signed-in person's language, else the browser's first preference, else Japanese. */
export function requestLocale(request: FastifyRequest): TLocale {
  const actorLocale = request.auth?.actor.locale;
  if (actorLocale) return actorLocale;
  const header = request.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim().toLowerCase() : undefined;
  return first?.startsWith('en') ? 'en' : 'ja';
}
