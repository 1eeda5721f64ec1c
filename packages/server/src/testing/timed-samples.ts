import { performance } from 'node:perf_hooks';

/**
 * One request with the wall time it took and the processor time the process spent on it
 * (the server runs in this process, argon2 in its thread pool): on a shared machine other
 * programmes stretch wall times, not the work done.
 */
async function timed<T>(run: () => Promise<T>) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const { user, system } = process.cpuUsage(cpu);
  return { elapsed: performance.now() - started, work: user + system, result };
}

export interface TimingSamples {
  elapsed: number[];
  work: number[];
}

/**
 * Wall and processor times of two kinds of request, taken in turns so that load on a
 * shared machine falls on both alike, after a few unrecorded rounds to warm up.
 */
export async function interleavedSamples(
  rounds: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[TimingSamples, TimingSamples]> {
  const samples: [TimingSamples, TimingSamples] = [
    { elapsed: [], work: [] },
    { elapsed: [], work: [] },
  ];
  for (let i = 0; i < 5; i++) {
    await first();
    await second();
  }
  for (let i = 0; i < rounds; i++) {
    for (const [run, into] of [
      [first, samples[0]],
      [second, samples[1]],
    ] as const) {
      const { elapsed, work } = await timed(run);
      into.elapsed.push(elapsed);
      into.work.push(work);
    }
  }
  return samples;
}
