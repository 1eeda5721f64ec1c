import crypto from 'node:crypto';
import os from 'node:os';
import { parseKeyring } from '../src/platform/crypto/keyring.ts';
import { openBenchDatabase } from './bench-database.ts';
import { Cleanup } from './cleanup.ts';
import { openConsultations } from './consultations.ts';
import { measureInsertCeiling, readSettings } from './insert-ceiling.ts';
import { insertsAlongsidePerSecond, withInsertsAlongside } from './inserts-alongside.ts';
import { runFullLoad, runPacedLoad } from './load.ts';
import { checkOpenFileLimit, readOptions, UsageError, type BenchOptions } from './options.ts';
import { evaluateTargets, printReport, type BenchResult } from './report.ts';
import { measurePhase } from './measure-phase.ts';
import { seedTenant } from './seed.ts';
import { freePort, serverEnvironment, startServerProcess } from './server-process.ts';
import { connectAll, Deliveries, type Participant } from './sockets.ts';
import { round } from './stats.ts';

// Usage: npm run bench:chat -- [--consultations 500] [--messages 20]; see options.ts.
const fullLoadMaxSeconds = 300;
const halfLoadMaxSeconds = 120;
/** Untimed sends per socket first, so JIT compilation and cold caches are not measured. */
const warmUpMessages = 2;

async function run(options: BenchOptions, cleanup: Cleanup): Promise<BenchResult> {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const loadAverage1m = round(os.loadavg()[0] ?? 0);
  const encryptionKeys = `bench1:${crypto.randomBytes(32).toString('base64')}`;
  // The seeded accounts and the server must index addresses with the same key.
  const identityIndexKey = crypto.randomBytes(32);
  const coordinators = Math.ceil(options.consultations / options.perCoordinator);
  checkOpenFileLimit(options.consultations * 2);

  const target = await openBenchDatabase(options.databaseUrl, options.poolSize, cleanup);
  log(
    `${target.kind} database ready; seeding ${options.consultations} workers, ${coordinators} coordinators`,
  );
  const tenant = await seedTenant(
    target.database.db,
    parseKeyring(encryptionKeys),
    { workers: options.consultations, coordinators },
    identityIndexKey,
  );
  const settings = await readSettings(target.database.db);
  log('measuring the INSERT ceiling');
  const insertCeiling = await measureInsertCeiling(target.database.db, options);
  // The embedded data directory belongs to one process at a time: hand it to the server.
  await target.handOver();

  const port = await freePort();
  const server = await startServerProcess(
    serverEnvironment(options, port, { encryptionKeys, identityIndexKey }, target.serverEnv),
    port,
  );
  cleanup.add('stop the server', () => server.stop());
  log(`server pid ${server.pid} on ${server.url}; signing in and opening consultations`);
  const opened = await openConsultations(server.url, tenant, options.perCoordinator);

  const deliveries = new Deliveries();
  const participants: Participant[] = [];
  cleanup.add('close the sockets', () => participants.forEach((p) => p.socket.close()));
  const rssBeforeSocketsKb = await server.settledRssKb();
  const heapBeforeSocketsKb = await server.settledHeapKb();
  const firstTenth = Math.max(1, Math.floor(opened.plans.length / 10));
  await connectAll(server.url, opened.plans.slice(0, firstTenth), deliveries, participants);
  const rssAfterFirstTenthKb = await server.settledRssKb();
  await connectAll(server.url, opened.plans.slice(firstTenth), deliveries, participants);
  const rssAfterAllSocketsKb = await server.settledRssKb();
  const heapAfterAllSocketsKb = await server.settledHeapKb();
  const sockets = participants.length;
  // RSS moves with the garbage of the set-up phase that V8 returns late; the heap (plus
  // external buffers) after a forced collection is what the sockets themselves hold.
  const kbPerIdleSocket = round((heapAfterAllSocketsKb - heapBeforeSocketsKb) / sockets);

  log(`${sockets} sockets joined; warm-up`);
  await runFullLoad(participants, deliveries, { messages: warmUpMessages, maxSeconds: 60 });
  log('full load');
  const fullLoad = await measurePhase(server, () =>
    runFullLoad(participants, deliveries, {
      messages: options.messages,
      maxSeconds: fullLoadMaxSeconds,
    }),
  );
  const targetRatePerSecond = Math.max(1, round(fullLoad.ackedPerSecond / 2, 0));
  log(`half load at ${targetRatePerSecond}/s`);
  const alongside = await withInsertsAlongside(
    target.kind === 'postgres' ? target.database.db : null,
    () =>
      measurePhase(server, () =>
        runPacedLoad(participants, deliveries, {
          ratePerSecond: targetRatePerSecond,
          total: Math.min(sockets * options.messages, targetRatePerSecond * halfLoadMaxSeconds),
          maxSeconds: halfLoadMaxSeconds,
        }),
      ),
  );
  const halfLoadRun = alongside.result;

  return {
    configuration: {
      consultations: options.consultations,
      sockets,
      coordinators,
      consultationsPerCoordinator: options.perCoordinator,
      messagesPerSocket: options.messages,
      warmUpMessagesPerSocket: warmUpMessages,
      inserts: options.inserts,
      poolSize: options.poolSize,
    },
    environment: {
      node: process.version,
      cpus: os.availableParallelism(),
      platform: `${os.platform()} ${os.release()}`,
      loadAverage1m,
    },
    database: {
      kind: target.kind,
      settings,
      insertCeilingNote:
        target.kind === 'embedded'
          ? 'embedded: PGlite in the bench process on the run’s own data directory, before the server opened it; one connection, so concurrent inserts queue'
          : 'PostgreSQL: the run’s own database through a pg pool from the bench process, before the server started',
      durableToDisk: settings.fsync === 'on' && settings.synchronousCommit !== 'off',
    },
    setup: { signInSeconds: opened.signInSeconds, openSeconds: opened.openSeconds },
    insertCeiling,
    memory: {
      rssBeforeSocketsKb,
      rssAfterFirstTenthKb,
      rssAfterAllSocketsKb,
      heapBeforeSocketsKb,
      heapAfterAllSocketsKb,
      sockets,
      kbPerIdleSocket,
      rssKbPerIdleSocket: round((rssAfterAllSocketsKb - rssBeforeSocketsKb) / sockets),
      marginalKbPerIdleSocket: round(
        (rssAfterAllSocketsKb - rssAfterFirstTenthKb) / Math.max(1, sockets - firstTenth),
      ),
    },
    fullLoad,
    halfLoad: {
      ...halfLoadRun,
      targetRatePerSecond,
      insertsAlongside: alongside.inserts && {
        perSecond: insertsAlongsidePerSecond,
        latency: alongside.inserts,
      },
    },
    targets: evaluateTargets(
      insertCeiling,
      fullLoad,
      halfLoadRun,
      kbPerIdleSocket,
      alongside.inserts,
    ),
  };
}

const cleanup = new Cleanup();
const interrupt = () => {
  void cleanup.runAll().finally(() => process.exit(130));
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
let exitCode = 0;
try {
  printReport(await run(readOptions(process.argv.slice(2), process.env), cleanup));
} catch (error) {
  const shown =
    error instanceof UsageError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`bench failed: ${shown}\n`);
  exitCode = 1;
} finally {
  await cleanup.runAll();
}
// Keep-alive HTTP connections must not hold the process open after the report.
process.exit(exitCode);
