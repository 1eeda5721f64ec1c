/**
 * Tables being computed again after their previous release was shown (see
 * `whileUpdating` in statistics.service.ts): at most one per audience and request in a
 * process, however many views ask meanwhile. Losing one to a restart loses nothing: the
 * next view starts it again.
 */
export interface TableUpdates {
  /**
   * Runs `update` unless one under the same key is running; never rejects. `version`
   * names the data it is for: a failed update is remembered under it (see failed).
   */
  start(key: string, version: number, update: () => Promise<unknown>): void;
  /**
   * Whether the update of this key for this data failed (refused, or an error): the
   * caller then computes in the foreground, so the person sees why rather than the old
   * table marked as updating for good.
   */
  failed(key: string, version: number): boolean;
  /** Resolves once every update started so far has ended (shutdown, tests). */
  idle(): Promise<void>;
}

/** Failures remembered at most (the oldest forgotten first): one per table whose update failed. */
const maxFailures = 1_000;

export function createTableUpdates(): TableUpdates {
  const running = new Map<string, Promise<void>>();
  const failures = new Map<string, number>();
  return {
    start(key, version, update) {
      if (running.has(key)) return;
      const run = update()
        .then(
          () => void failures.delete(key),
          () => {
            failures.delete(key);
            failures.set(key, version);
            if (failures.size > maxFailures) failures.delete(failures.keys().next().value!);
          },
        )
        .finally(() => running.delete(key));
      running.set(key, run);
    },
    failed(key, version) {
      return failures.get(key) === version;
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
  };
}
