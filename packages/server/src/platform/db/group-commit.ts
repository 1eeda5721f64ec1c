/**
 * Group commit: what is submitted while a batch is being written waits and goes out with
 * the next batch, so under load many writes share one round trip and one WAL flush, and a
 * lone write waits for nothing (it starts at once when no batch is running).
 *
 * One batch at a time: a batch may lock several rows, and two overlapping batches could
 * lock them in opposite orders.
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
