import crypto from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpush from 'web-push';
import type { BenchOptions } from './options.ts';
import { median, sleep } from './stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readyTimeoutMs = 120_000;
const stopTimeoutMs = 10_000;
/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const clockTicksPerSecond = 100;

export interface ServerProcess {
  pid: number;
  url: string;
  /** Resident set size in KB, from /proc. */
  rssKb(): number;
  /** User plus system CPU seconds the process has used so far. */
  cpuSeconds(): number;
  /** The median of a few RSS samples after the process settled and collected garbage. */
  settledRssKb(settleMs?: number): Promise<number>;
  /** JavaScript heap plus external (socket buffers) after a forced collection, from the server's own report. */
  settledHeapKb(): Promise<number>;
  /** Event-loop delay and garbage collection since the last reading (server-probe.mjs). */
  readProbe(): Promise<ServerProbe>;
  stop(): Promise<void>;
}

interface Pauses {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface ServerProbe {
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number };
  scavenges: Pauses;
  /** Full (mark-compact) collections finished. */
  fullCollections: number;
  /** Their pauses: incremental marking steps, the final pause, weak callbacks. */
  fullCollectionPauses: Pauses;
}

/** Loaded into the server with `--import`: it answers readProbe() over the IPC channel. */
const probeUrl = new URL('./server-probe.mjs', import.meta.url).href;
const probeTimeoutMs = 5_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The server's configuration for a run: loopback only, quiet, no demo data, our keys. */
export function serverEnvironment(
  options: Pick<BenchOptions, 'poolSize' | 'perCoordinator'>,
  port: number,
  keys: { encryptionKeys: string; identityIndexKey: Buffer<ArrayBuffer> },
  database: Record<string, string>,
): Record<string, string> {
  // The bench's DATABASE_URL names the server to create the run's database on, not the database.
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && entry[0] !== 'DATABASE_URL' && entry[0] !== 'DATA_DIR',
  );
  const vapid = webpush.generateVAPIDKeys();
  return {
    ...Object.fromEntries(inherited),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'false',
    ENCRYPTION_KEYS: keys.encryptionKeys,
    PSEUDONYM_KEY: crypto.randomBytes(32).toString('base64'),
    IDENTITY_INDEX_KEY: keys.identityIndexKey.toString('base64'),
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    DATABASE_POOL_SIZE: String(options.poolSize),
    MAX_CONCURRENT_CONSULTATIONS: String(options.perCoordinator),
    // The benchmark sends as fast as acknowledgements come back: no per-socket limit.
    SOCKET_MESSAGES_PER_MINUTE: '100000',
    SOCKET_MESSAGE_BURST: '100000',
    // Production requires a VAPID key pair; the benchmark's server never pushes.
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:bench@yorisoi.example',
    ...database,
  };
}

/**
 * `yorisoi serve` as its own process, so its memory and CPU are its own. Its output goes
 * to our stderr: stdout is kept for the JSON summary.
 */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
): Promise<ServerProcess> {
  // --expose-gc lets SIGUSR2 collect garbage in the server before each memory reading.
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      probeUrl,
      // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server, written when it stops.
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
      'packages/server/bin/yorisoi.mjs',
      'serve',
    ],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const { stdout, stderr } = child;
  if (!stdout || !stderr) throw new Error('the server process has no output pipes');
  stdout.pipe(process.stderr);
  // The server logs a memory report (JSON) on SIGUSR2; keep the latest one.
  let lastMemoryReport: { heapUsed: number; external: number } | null = null;
  let pending = '';
  stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"memory report"')) continue;
      const parsed = JSON.parse(line) as { memory?: { heapUsed: number; external: number } };
      if (parsed.memory) lastMemoryReport = parsed.memory;
    }
  });
  stderr.pipe(process.stderr);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (await waitForExit(child, 0)) return;
    child.kill('SIGTERM');
    if (await waitForExit(child, stopTimeoutMs)) return;
    child.kill('SIGKILL');
    await waitForExit(child, stopTimeoutMs);
  };
  const rssKb = () => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    if (!match?.[1]) throw new Error('VmRSS missing from /proc status');
    return Number(match[1]);
  };
  const cpuSeconds = () => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces: utime is the 12th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
  };

  const deadline = Date.now() + readyTimeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('the server was not ready in time');
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    pid,
    url,
    rssKb,
    cpuSeconds,
    async settledHeapKb() {
      lastMemoryReport = null;
      child.kill('SIGUSR2');
      for (let i = 0; i < 50 && !lastMemoryReport; i++) await sleep(100);
      const report = lastMemoryReport as { heapUsed: number; external: number } | null;
      if (!report) throw new Error('the server did not report its memory');
      return Math.round((report.heapUsed + report.external) / 1024);
    },
    readProbe() {
      return new Promise<ServerProbe>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.off('message', onMessage);
          reject(new Error('the server did not answer the probe'));
        }, probeTimeoutMs);
        const onMessage = (message: unknown) => {
          if (typeof message !== 'object' || message === null || !('probe' in message)) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.probe as ServerProbe);
        };
        child.on('message', onMessage);
        child.send('probe:read');
      });
    },
    async settledRssKb(settleMs = 2_000) {
      await sleep(settleMs);
      child.kill('SIGUSR2');
      await sleep(1_000);
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        samples.push(rssKb());
        await sleep(200);
      }
      return median(samples);
    },
    stop,
  };
}
