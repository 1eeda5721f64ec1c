import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/config.ts';
import { startServer } from '../src/app/start-server.ts';
import { parseKeyring } from '../src/platform/crypto/keyring.ts';
import {
  firstDecodedFrameAt,
  keepPeerConnections,
  peerConnectionCount,
} from '../../../e2e/call-flows.ts';
import { signIn } from './http-session.ts';
import { seedTenant } from './seed.ts';
import { round } from './stats.ts';

// Usage: npm run bench:call -- [--calls 12]
// Time from the callee pressing 出る (accept) to the first decoded remote video frame, on
// each side, over real calls between two Chromium pages with fake cameras on loopback.
const targetP50Ms = 1000;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function readCalls(argv: string[]): number {
  const index = argv.indexOf('--calls');
  const calls = index >= 0 ? Number(argv[index + 1]) : 12;
  if (!Number.isInteger(calls) || calls < 10 || calls > 200) {
    throw new Error('--calls must be an integer from 10 to 200');
  }
  return calls;
}

/** Nearest-rank percentile, milliseconds. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

const summary = (samples: number[]) => ({
  p50Ms: round(percentile(samples, 0.5)),
  p95Ms: round(percentile(samples, 0.95)),
  minMs: round(Math.min(...samples)),
  maxMs: round(Math.max(...samples)),
});

async function idleAgain(page: Page) {
  await page.getByTestId('call-screen').waitFor({ state: 'detached' });
  await page
    .getByRole('button', { name: 'ビデオ通話をかける' })
    .and(page.locator(':enabled'))
    .waitFor();
}

async function run(calls: number) {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-bench-call-'));
  const encryptionKeys = `bench1:${crypto.randomBytes(32).toString('base64')}`;
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'false',
      ENCRYPTION_KEYS: encryptionKeys,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      // One coordinator places every call of the run in quick succession.
      SOCKET_CALLS_PER_MINUTE: '100000',
      SOCKET_CALL_BURST: '100000',
    }),
    { quiet: true },
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--allow-loopback-in-peer-connection',
    ],
  });
  try {
    const tenant = await seedTenant(server.ctx.db, parseKeyring(encryptionKeys), {
      workers: 1,
      coordinators: 1,
    });
    const worker = await signIn(server.url, tenant.workers[0]!);
    const coordinator = await signIn(server.url, tenant.coordinators[0]!);
    const { consultation } = await worker.call('startConsultation', {
      body: {
        topics: ['childcare'],
        preference: 'video',
        firstMessage: { clientMsgId: crypto.randomUUID(), body: '顔を見て相談したいです' },
      },
    });
    await coordinator.call('claimConsultation', { params: { id: consultation.id } });

    const open = async (cookie: string | null) => {
      const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
      const [name, value] = (cookie ?? '').split('=');
      await context.addCookies([{ name: name!, value: value!, url: server.url }]);
      await context.addInitScript(keepPeerConnections);
      const page = await context.newPage();
      await page.goto(`/consultations/${consultation.id}`);
      return page;
    };
    const callee = await open(worker.cookie);
    const caller = await open(coordinator.cookie);
    await idleAgain(caller);

    const callerMs: number[] = [];
    const calleeMs: number[] = [];
    const bothMs: number[] = [];
    for (let i = 0; i < calls; i++) {
      const [callerBefore, calleeBefore] = await Promise.all([
        peerConnectionCount(caller),
        peerConnectionCount(callee),
      ]);
      await caller.getByRole('button', { name: 'ビデオ通話をかける' }).click();
      const ring = callee.getByTestId('incoming-call');
      await ring.waitFor();
      const atCaller = firstDecodedFrameAt(caller, callerBefore);
      const atCallee = firstDecodedFrameAt(callee, calleeBefore);
      const acceptedAt = Date.now();
      await ring.getByRole('button', { name: '出る' }).click();
      const [callerFrame, calleeFrame] = await Promise.all([atCaller, atCallee]);
      callerMs.push(callerFrame - acceptedAt);
      calleeMs.push(calleeFrame - acceptedAt);
      bothMs.push(Math.max(callerFrame, calleeFrame) - acceptedAt);
      log(`call ${i + 1}/${calls}: caller ${callerMs.at(-1)} ms, callee ${calleeMs.at(-1)} ms`);
      await caller.getByTestId('call-hangup').click();
      await Promise.all([
        idleAgain(caller),
        callee.getByTestId('call-screen').waitFor({ state: 'detached' }),
      ]);
    }
    const both = summary(bothMs);
    return {
      calls,
      environment: {
        node: process.version,
        cpus: os.cpus().length,
        chromium: browser.version(),
        network: 'loopback, ICE host candidates, no TURN',
      },
      acceptToFirstDecodedFrame: {
        atCaller: summary(callerMs),
        atCallee: summary(calleeMs),
        bothSides: both,
      },
      target: { p50AtMostMs: targetP50Ms, p50Ms: both.p50Ms, met: both.p50Ms <= targetP50Ms },
      samplesMs: { caller: callerMs, callee: calleeMs },
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printReport(result: Awaited<ReturnType<typeof run>>) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n\n`);
  const row = (label: string, s: ReturnType<typeof summary>) =>
    `${label.padEnd(22)} ${String(s.p50Ms).padStart(8)} ${String(s.p95Ms).padStart(8)} ${String(s.minMs).padStart(8)} ${String(s.maxMs).padStart(8)}`;
  const a = result.acceptToFirstDecodedFrame;
  const lines = [
    `Call benchmark: ${result.calls} video calls, accept → first decoded remote frame (ms), ${result.environment.network}`,
    `${''.padEnd(22)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`,
    row('at the caller', a.atCaller),
    row('at the callee', a.atCallee),
    row('both sides', a.bothSides),
    '',
    `target p50 ≤ ${result.target.p50AtMostMs} ms: ${result.target.met ? 'met' : 'NOT met'} (${result.target.p50Ms} ms)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

let exitCode = 0;
try {
  printReport(await run(readCalls(process.argv.slice(2))));
} catch (error) {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  exitCode = 1;
}
process.exit(exitCode);
