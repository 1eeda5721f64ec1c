import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { loadKeyring } from '../platform/crypto/keyring.ts';
import { sealLegacyIdentities } from '../auth/seal-legacy-identities.ts';
import type { AppContext } from './context.ts';
import { createAppContext } from './create-app-context.ts';
import { buildApp } from './build-app.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { demoPassword, demoPeople } from '../demo/demo-data.ts';
import { purgeDueAccounts } from '../me/me.service.ts';
import { routeWaitingConsultations } from '../routing/routing.service.ts';
import { passOverdueToPool } from '../pool/pool.service.ts';
import { recordSlaBreaches } from '../sla/breaches.service.ts';
import { startBackgroundJobs } from '../platform/jobs/background-jobs.ts';
import { sweepEvents } from '../events/event-sweep.ts';
import { sweepAppointments } from '../appointments/appointment-sweep.ts';
import { purgeUnsentAttachments } from '../attachments/unsent-sweep.ts';
import { sweepDueCheckIns } from '../follow-ups/check-in-due.ts';
import { takeScheduledBackup } from '../operations/scheduled-backup.ts';
import { listenOpsSocket } from '../operations/ops-socket.ts';
import { sweepExpiredRecords } from '../retention/retention-sweep.ts';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  stop(): Promise<void>;
}

const purgeIntervalMs = 60 * 60 * 1000;
const routingSweepMs = 30_000;
/** How often the backup job looks whether the newest backup has grown older than its interval. */
const backupCheckMs = 5 * 60 * 1000;

/** Opens the database, migrates, seeds the demo if asked, and listens. */
export async function startServer(
  config: Config,
  options: { database?: Database; quiet?: boolean } = {},
) {
  const database =
    options.database ??
    (await openDatabase(
      config.database.kind === 'postgres'
        ? config.database
        : { kind: 'embedded', dataDir: config.dataDir },
    ));
  try {
    await database.migrate();
    const ctx = createAppContext({
      config,
      database,
      keyring: loadKeyring(config.encryptionKeys, config.dataDir),
      now: () => new Date(),
    });
    // The post-step of migration 0039: rows from before it get their identity sealed.
    await sealLegacyIdentities(ctx);
    const seeded = config.demoSeed ? await seedDemo(ctx) : false;
    const app = await buildApp(ctx);
    // Alerts and notices queued before a restart, or by another instance, go out from here too.
    ctx.outbox.start(app.log);
    const address = await app.listen({ host: config.host, port: config.port });
    const port = new URL(address).port;
    // With PORT=0 (tests) the OS picks the port, so the public URL cannot be known in advance.
    const url = config.port === 0 ? `http://127.0.0.1:${port}` : config.publicUrl;
    // Consultations that arrived when no one was on duty are routed as shifts start,
    // missed response targets are recorded, booked consultations open with their
    // reminders sent (events' the day before, their registrants' contacts erased after the
    // retention period), check-ins that are due announced to their coordinator, accounts past
    // their grace are erased, and files no message took are deleted.
    const { events } = app.realtime;
    const jobs = startBackgroundJobs(
      database,
      app.log,
      [
        {
          name: 'routing-sweep',
          everyMs: routingSweepMs,
          run: () => routeWaitingConsultations(ctx, events),
        },
        { name: 'sla-sweep', everyMs: routingSweepMs, run: () => recordSlaBreaches(ctx) },
        // Overdue consultations of a night pool's members go to its queue in its hours.
        { name: 'pool-sweep', everyMs: routingSweepMs, run: () => passOverdueToPool(ctx) },
        {
          name: 'appointment-sweep',
          everyMs: routingSweepMs,
          run: () => sweepAppointments(ctx, events),
        },
        { name: 'event-sweep', everyMs: routingSweepMs, run: () => sweepEvents(ctx) },
        { name: 'check-in-sweep', everyMs: routingSweepMs, run: () => sweepDueCheckIns(ctx) },
        { name: 'account-purge', everyMs: purgeIntervalMs, run: () => purgeDueAccounts(ctx) },
        {
          name: 'unsent-attachment-purge',
          everyMs: purgeIntervalMs,
          run: () => purgeUnsentAttachments(ctx),
        },
        // Records past their municipality's retention period (issue 21), held ones kept.
        { name: 'retention-sweep', everyMs: purgeIntervalMs, run: () => sweepExpiredRecords(ctx) },
        ...scheduledBackupJob(ctx, database),
      ],
      (job, outcome) => ctx.metrics.jobRuns.inc({ job, outcome }),
    );
    // `yorisoi backup` on the embedded database asks this process, which holds its data.
    const ops =
      database.kind === 'embedded'
        ? await listenOpsSocket({
            dataDir: config.dataDir,
            database,
            key: config.backup.key,
            now: () => new Date(),
          }).catch((error: unknown) => {
            app.log.warn({ err: error }, 'no operations socket: `yorisoi backup` cannot reach us');
            return null;
          })
        : null;
    if (!options.quiet) printBanner(url, config, seeded);
    return {
      app,
      ctx,
      url,
      async stop() {
        await ops?.close();
        await jobs.stop();
        await app.close();
        await ctx.sends.idle();
        await ctx.outbox.stop();
        await ctx.tableUpdates.idle();
        await database.close();
      },
    } satisfies RunningServer;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

function scheduledBackupJob(ctx: AppContext, database: Database) {
  const { dir, key, everyHours, keep } = ctx.config.backup;
  if (!dir || !key) return [];
  return [
    {
      name: 'scheduled-backup',
      everyMs: backupCheckMs,
      run: () => takeScheduledBackup({ database, key, dir, everyHours, keep, now: ctx.now() }),
    },
  ];
}

function printBanner(url: string, config: Config, seeded: boolean) {
  const lines = [
    '',
    `  寄り添い Yorisoi is running: ${url}`,
    `  database: ${config.database.kind === 'postgres' ? 'PostgreSQL server' : `embedded (${config.dataDir})`}`,
  ];
  if (config.demoSeed) {
    lines.push(
      seeded
        ? '  Demo data seeded. Demo accounts (password for all: ' + demoPassword + '):'
        : '  Demo accounts (password for all: ' + demoPassword + '):',
      ...demoPeople.map((p) => `    ${p.role.padEnd(15)} ${p.email}`),
      '  Staff accounts set up two-step verification (TOTP) at first sign-in.',
      '  Sign up as a new worker with the company code CARE-7946.',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
