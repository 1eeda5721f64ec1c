import type { DatabaseSettings, InsertCeiling } from './insert-ceiling.ts';
import type { PhaseResult } from './load.ts';
import type { ServerProbe } from './server-process.ts';
import { round, type LatencySummary } from './stats.ts';

export interface MeasuredPhase extends PhaseResult {
  serverCpuPercent: number;
  benchCpuPercent: number;
  /** The server's event-loop delay and garbage collection during the phase. */
  server: ServerProbe;
}

export interface BenchResult {
  configuration: {
    consultations: number;
    sockets: number;
    coordinators: number;
    consultationsPerCoordinator: number;
    messagesPerSocket: number;
    warmUpMessagesPerSocket: number;
    inserts: number;
    poolSize: number;
  };
  environment: { node: string; cpus: number; platform: string; loadAverage1m: number };
  database: {
    kind: 'postgres' | 'embedded';
    settings: DatabaseSettings;
    insertCeilingNote: string;
    /** False when commits do not wait for the disk (fsync or synchronous_commit off). */
    durableToDisk: boolean;
  };
  setup: { signInSeconds: number; openSeconds: number };
  insertCeiling: InsertCeiling;
  memory: {
    rssBeforeSocketsKb: number;
    rssAfterFirstTenthKb: number;
    rssAfterAllSocketsKb: number;
    heapBeforeSocketsKb: number;
    heapAfterAllSocketsKb: number;
    sockets: number;
    kbPerIdleSocket: number;
    rssKbPerIdleSocket: number;
    marginalKbPerIdleSocket: number;
  };
  fullLoad: MeasuredPhase;
  halfLoad: MeasuredPhase & {
    targetRatePerSecond: number;
    /** Plain INSERTs timed while the half load ran (PostgreSQL only): the latency target's basis. */
    insertsAlongside: { perSecond: number; latency: LatencySummary } | null;
  };
  targets: {
    throughputVsInsertCeiling: { ratio: number; atLeast: number; met: boolean };
    /**
     * ≤ 3 × the p99 of single-row INSERTs timed alongside under the same load + 2 ms
     * (issue 14); embedded runs have none alongside and fall back to the quiet ceiling.
     */
    halfLoadAckP99: {
      ms: number;
      atMostMs: number;
      basis: 'inserts alongside' | 'quiet INSERT ceiling';
      met: boolean;
    };
    idleSocketMemory: { kb: number; atMostKb: number; met: boolean };
  };
}

/** The ratios the issues set, from the measured figures. */
export function evaluateTargets(
  ceiling: InsertCeiling,
  full: PhaseResult,
  half: PhaseResult,
  kbPerIdleSocket: number,
  insertsAlongside: LatencySummary | null,
): BenchResult['targets'] {
  const ratio = ceiling.insertsPerSecond > 0 ? full.ackedPerSecond / ceiling.insertsPerSecond : 0;
  const insertP99 = insertsAlongside?.p99Ms ?? ceiling.single.latency.p99Ms;
  const atMostMs = round(3 * insertP99 + 2);
  return {
    throughputVsInsertCeiling: { ratio: round(ratio, 3), atLeast: 0.5, met: ratio >= 0.5 },
    halfLoadAckP99: {
      ms: half.ack.p99Ms,
      atMostMs,
      basis: insertsAlongside ? 'inserts alongside' : 'quiet INSERT ceiling',
      met: half.ack.p99Ms <= atMostMs,
    },
    idleSocketMemory: { kb: kbPerIdleSocket, atMostKb: 25, met: kbPerIdleSocket <= 25 },
  };
}

const mark = (met: boolean) => (met ? 'met' : 'NOT met');
const num = (value: number) => value.toLocaleString('en');

function phaseLines(name: string, phase: MeasuredPhase): string[] {
  const { server } = phase;
  return [
    `${name}: ${num(phase.acked)} acked of ${num(phase.sent)} sent (${phase.refused} refused, ${phase.timedOut} timed out) in ${phase.seconds} s`,
    `  durable acks/s ${num(phase.ackedPerSecond)}, delivered to peer/s ${num(phase.deliveredPerSecond)} (${num(phase.delivered)} delivered)`,
    `  ack latency      p50 ${phase.ack.p50Ms} ms, p99 ${phase.ack.p99Ms} ms, max ${phase.ack.maxMs} ms`,
    `  delivery latency p50 ${phase.delivery.p50Ms} ms, p99 ${phase.delivery.p99Ms} ms`,
    `  CPU: server ${phase.serverCpuPercent}%, bench clients ${phase.benchCpuPercent}% (100% = one core)`,
    `  server event-loop delay p50 ${server.eventLoopDelay.p50Ms} ms, p99 ${server.eventLoopDelay.p99Ms} ms, max ${server.eventLoopDelay.maxMs} ms`,
    `  server GC: ${server.scavenges.count} scavenges (${server.scavenges.totalMs} ms, longest ${server.scavenges.maxMs} ms), ${server.fullCollections} full collections (pauses ${server.fullCollectionPauses.totalMs} ms, longest ${server.fullCollectionPauses.maxMs} ms)`,
  ];
}

function insertsAlongsideLines(alongside: BenchResult['halfLoad']['insertsAlongside']) {
  if (!alongside) return [];
  const { perSecond, latency } = alongside;
  return [
    `  plain INSERT alongside (1 connection, ${perSecond}/s): p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms, max ${latency.maxMs} ms`,
    `    (3 × that p99 + 2 = ${round(3 * latency.p99Ms + 2)} ms: the half-load ack p99 target)`,
  ];
}

export function printReport(result: BenchResult) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n\n`);
  const { configuration: c, database: d, insertCeiling: i, memory: m, targets: t } = result;
  const lines = [
    `Chat benchmark: ${c.consultations} consultations, ${c.sockets} sockets, ${c.messagesPerSocket} messages per socket`,
    `database ${d.kind} (${d.settings.version.split(' ').slice(0, 2).join(' ')}), fsync=${d.settings.fsync}, synchronous_commit=${d.settings.synchronousCommit}; node ${result.environment.node}, ${result.environment.cpus} CPUs`,
    '',
    `INSERT ceiling, 1 connection:  ${num(i.single.insertsPerSecond)}/s, p50 ${i.single.latency.p50Ms} ms, p99 ${i.single.latency.p99Ms} ms`,
    `INSERT ceiling, ${c.poolSize} connections: ${num(i.pool.insertsPerSecond)}/s, p50 ${i.pool.latency.p50Ms} ms, p99 ${i.pool.latency.p99Ms} ms`,
    `  (${d.insertCeilingNote})`,
    ...(d.durableToDisk
      ? []
      : [
          '  NOTE: commits do not wait for the disk here, so neither figure is a durable-write ceiling',
        ]),
    '',
    `server RSS: ${num(m.rssBeforeSocketsKb)} KB before sockets, ${num(m.rssAfterAllSocketsKb)} KB with ${m.sockets} idle sockets`,
    `server heap + external after GC: ${num(m.heapBeforeSocketsKb)} KB before sockets, ${num(m.heapAfterAllSocketsKb)} KB with ${m.sockets} idle sockets`,
    `  ${m.kbPerIdleSocket} KB per idle socket (by RSS: ${m.rssKbPerIdleSocket} KB, RSS marginal after the first tenth: ${m.marginalKbPerIdleSocket} KB)`,
    '',
    ...phaseLines('full load', result.fullLoad),
    ...phaseLines(
      `half load (paced at ${num(result.halfLoad.targetRatePerSecond)}/s)`,
      result.halfLoad,
    ),
    ...insertsAlongsideLines(result.halfLoad.insertsAlongside),
    '',
    'targets',
    `  durable msgs/s ÷ INSERT ceiling   ${t.throughputVsInsertCeiling.ratio} (≥ ${t.throughputVsInsertCeiling.atLeast}) ${mark(t.throughputVsInsertCeiling.met)}`,
    `  half-load ack p99                 ${t.halfLoadAckP99.ms} ms (≤ ${t.halfLoadAckP99.atMostMs} ms = 3 × INSERT p99 + 2, INSERTs: ${t.halfLoadAckP99.basis}) ${mark(t.halfLoadAckP99.met)}`,
    `  server memory per idle socket     ${t.idleSocketMemory.kb} KB (≤ ${t.idleSocketMemory.atMostKb}) ${mark(t.idleSocketMemory.met)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
