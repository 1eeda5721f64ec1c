/**
 * Tables being computed again after their previous release was shown (see
 * `whileUpdating` in statistics.service.ts): at most one per audience and request in a
 * process, however many views ask meanwhile. Losing one to a restart loses nothing: the
 * next view starts it again.
 */
export interface TableUpdates {
  /** Runs `update` unless one under the same key is running; never rejects. */
  start(key: string, update: () => Promise<unknown>): void;
  /** Resolves once every update started so far has ended (shutdown, tests). */
  idle(): Promise<void>;
}

export function createTableUpdates(): TableUpdates {
  const running = new Map<string, Promise<void>>();
  return {
    start(key, update) {
      if (running.has(key)) return;
      const run = update()
        .then(() => undefined)
        .catch(() => undefined)
        .finally(() => running.delete(key));
      running.set(key, run);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
  };
}
