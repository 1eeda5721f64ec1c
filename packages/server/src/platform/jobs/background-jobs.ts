import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';

export interface BackgroundJob {
  /** Stable name: also the key of its lock across instances. */
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs each job on its interval, one run at a time across every instance on the
 * database: a tick that finds the job still running (here or elsewhere) is skipped, so
 * a sweep never races itself and N instances do not do the work N times.
 */
export function startBackgroundJobs(
  database: Database,
  log: FastifyBaseLogger,
  jobs: readonly BackgroundJob[],
  counted: (job: string, outcome: 'ok' | 'failed' | 'skipped') => void = () => undefined,
): { stop(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      const run = database
        .runExclusive(job.name, () => job.run())
        .then((outcome) => counted(job.name, outcome.ran ? 'ok' : 'skipped'))
        .catch((error: unknown) => {
          counted(job.name, 'failed');
          log.error({ err: error, job: job.name }, 'background job failed');
        })
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      // Let a run finish before the database closes under it.
      await Promise.allSettled([...inFlight]);
    },
  };
}
