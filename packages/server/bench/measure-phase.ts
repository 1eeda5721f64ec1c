import { performance } from 'node:perf_hooks';
import type { PhaseResult } from './load.ts';
import type { MeasuredPhase } from './report.ts';
import type { ServerProcess } from './server-process.ts';
import { round } from './stats.ts';

/**
 * Server and bench CPU over a phase, as a percentage of one core, and the server's
 * event-loop delay and garbage collection during it.
 */
export async function measurePhase(server: ServerProcess, run: () => Promise<PhaseResult>) {
  await server.readProbe();
  const serverBefore = server.cpuSeconds();
  const benchBefore = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  const bench = process.cpuUsage(benchBefore);
  return {
    ...result,
    serverCpuPercent: round(((server.cpuSeconds() - serverBefore) / seconds) * 100, 0),
    benchCpuPercent: round(((bench.user + bench.system) / 1e6 / seconds) * 100, 0),
    server: await server.readProbe(),
  } satisfies MeasuredPhase;
}
