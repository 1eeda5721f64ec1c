/**
 * Group commit: what is submitted while a batch is being written waits and goes out with
 * the next batch, so under load many writes share one round trip and one WAL flush, and a
 * lone write waits for nothing (it starts at once when no batch is running).
 *
 * One batch at a time per group commit: a batch may lock several rows, and two batches of
 * the same group could otherwise lock them in opposite orders.
 */
export interface GroupCommit<I, O> {
  submit(item: I): Promise<O>;
  /** Resolves when nothing is queued or being written (for an orderly shutdown). */
  idle(): Promise<void>;
}

/** The outcome of each item of a batch, in the batch's order. */
export type BatchWrite<I, O> = (items: readonly I[]) => Promise<PromiseSettledResult<O>[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

export function createGroupCommit<I, O>({
  maxBatch,
  write,
}: {
  maxBatch: number;
  write: BatchWrite<I, O>;
}): GroupCommit<I, O> {
  const queue: Waiting<I, O>[] = [];
  let running: Promise<void> | null = null;

  const settle = (batch: Waiting<I, O>[], outcomes: PromiseSettledResult<O>[]) => {
    batch.forEach((waiting, i) => {
      const outcome = outcomes[i];
      if (!outcome)
        waiting.reject(new Error('group commit: the batch gave no outcome for an item'));
      else if (outcome.status === 'fulfilled') waiting.resolve(outcome.value);
      else waiting.reject(outcome.reason);
    });
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        settle(batch, await write(batch.map((w) => w.item)));
      } catch (error) {
        // The whole batch failed (nothing of it committed): each of its writers hears so.
        batch.forEach((waiting) => waiting.reject(error));
      }
    }
    running = null;
  };

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        running ??= drain();
      });
    },
    async idle() {
      while (running) await running;
    },
  };
}

/**
 * Several independent group commits, an item going to the lane its key hashes to: items
 * of one key (one consultation) always share a lane, so their order holds and no two
 * lanes ever lock the same rows, while the lanes' batches overlap on the pool.
 */
export function createLanes<I, O>(
  lanes: number,
  keyOf: (item: I) => string,
  make: () => GroupCommit<I, O>,
): GroupCommit<I, O> {
  const all = Array.from({ length: Math.max(1, lanes) }, make);
  const laneOf = (key: string) => {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    return all[Math.abs(hash) % all.length] as GroupCommit<I, O>;
  };
  return {
    submit: (item) => laneOf(keyOf(item)).submit(item),
    async idle() {
      await Promise.all(all.map((lane) => lane.idle()));
    },
  };
}
