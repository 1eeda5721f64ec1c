import { shifts } from '../packages/server/src/platform/db/schema/index.ts';
import { useStarted } from '../packages/server/src/testing/use-started.ts';
import { startE2e, type E2eEnv, type E2eOptions } from './harness.ts';

/**
 * The demo and a browser for the tests of one file, started before them when a browser
 * is there (`options` is read then, so it may use a mail sink started earlier) and closed
 * after them; `prepare` runs once it has started.
 */
export function useE2e(
  enabled: boolean,
  options: () => E2eOptions = () => ({}),
  prepare: (env: E2eEnv) => Promise<void> = async () => undefined,
): E2eEnv {
  async function start() {
    if (!enabled) return null;
    const env = await startE2e(options());
    await prepare(env);
    return env;
  }
  return useStarted('the e2e demo', start, ['server', 'browser', 'baseUrl', 'close']);
}

/**
 * Nobody on the demo rota is on duty, so nothing is routed automatically and a
 * consultation waits in the queue until a nurse takes it, whatever the hour.
 */
export async function nobodyOnShift(env: E2eEnv): Promise<void> {
  await env.server.ctx.db.delete(shifts);
}

/** Where a consultation's chat opens. */
export const chatUrl = /\/consultations\/[0-9a-f-]{36}$/;
