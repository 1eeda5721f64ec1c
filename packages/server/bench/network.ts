/**
 * `npm run bench:network`: the shared night pool at network scale (issue 18). 70 member
 * municipalities in one agreement (22:00–08:00), 200 coordinators on pool duty spread
 * over them, 10,000 consultations of one night overdue in their home queues. Measured:
 * the sweep that passes them to the pool, then pool assignment — a coordinator of another
 * member taking a case through the use-case (`takePoolCase`: duty, membership, the
 * conditional take, the home assignment, audit, the case as shown) — p50/p95 (target p95
 * ≤ 50 ms). PostgreSQL from DATABASE_URL or TEST_DATABASE_URL (a fresh database, dropped
 * after); the embedded engine without one. BENCH_MEMBERS, BENCH_COORDINATORS,
 * BENCH_CONSULTATIONS and BENCH_REPETITIONS scale it down for a quick look.
 */
import crypto from 'node:crypto';
import { addDays, japanInstant, japanTimeOf } from '@yorisoi/shared';
import { loadConfig } from '../src/config/config.ts';
import { parseKeyring } from '../src/platform/crypto/keyring.ts';
import { createAppContext } from '../src/app/create-app-context.ts';
import { consultations, users } from '../src/platform/db/schema/index.ts';
import { sealedUserValues } from '../src/auth/users.repository.ts';
import { insertAgreement, insertDuty } from '../src/pool/pool.repository.ts';
import { passOverdueToPool, takePoolCase, listPoolQueue } from '../src/pool/pool.service.ts';
import type { Actor } from '../src/policy/actor.ts';
import { openBenchDatabase } from './bench-database.ts';
import { Cleanup } from './cleanup.ts';
import { insertChunked, seedTenant, type BenchTenant } from './seed.ts';
import { percentile, round } from './stats.ts';

const members = Number(process.env.BENCH_MEMBERS ?? 70);
const coordinatorCount = Number(process.env.BENCH_COORDINATORS ?? 200);
const consultationCount = Number(process.env.BENCH_CONSULTATIONS ?? 10_000);
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 500);
const target = { assignP95Ms: 50 };

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
  const cleanup = new Cleanup();
  process.on('SIGINT', () => void cleanup.runAll().then(() => process.exit(130)));
  try {
    const bench = await openBenchDatabase(serverUrl, 4, cleanup);
    const key = crypto.randomBytes(32).toString('base64');
    const night = '2026-12-07';
    let now = japanInstant(addDays(night, 1), '03:00');
    const ctx = createAppContext({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PSEUDONYM_KEY: key }),
      database: bench.database,
      keyring: parseKeyring(`bench:${key}`),
      now: () => now,
    });
    const perMember = Math.ceil(consultationCount / members);
    const coordinatorsPerMember = Math.ceil(coordinatorCount / members);
    const tenants: BenchTenant[] = [];
    for (let m = 0; m < members; m++) {
      tenants.push(
        await seedTenant(
          ctx.db,
          ctx.keyring,
          {
            workers: Math.min(perMember, 50),
            coordinators: coordinatorsPerMember,
          },
          null,
          `m${m}-`,
        ),
      );
    }
    const [secretariat] = await ctx.db
      .insert(users)
      .values(
        sealedUserValues(ctx, {
          municipalityId: null,
          role: 'network_admin',
          email: 'network@bench.yorisoi.example',
          displayName: 'ネットワーク事務局',
          passwordHash: 'not used',
          status: 'active',
        }),
      )
      .returning();
    await insertAgreement(
      ctx.db,
      {
        name: 'ベンチ夜間共同対応',
        startsMinute: 22 * 60,
        endsMinute: 8 * 60,
        licences: ['nurse'],
        startDate: addDays(night, -1),
        endDate: addDays(night, 30),
        createdBy: secretariat!.id,
      },
      tenants.map((t) => t.municipalityId),
    );
    for (const tenant of tenants) {
      for (const c of tenant.coordinators) {
        await insertDuty(ctx.db, {
          municipalityId: tenant.municipalityId,
          userId: c.id,
          startsAt: japanInstant(night, '22:00'),
          endsAt: japanInstant(addDays(night, 1), '08:00'),
          createdBy: c.id,
        });
      }
    }
    // The night's consultations, waiting 20 minutes and more in their home queues.
    const rows = tenants.flatMap((tenant) =>
      Array.from({ length: perMember }, (_, i) => ({
        municipalityId: tenant.municipalityId,
        personUserId: tenant.workers[i % tenant.workers.length]!.id,
        topics: ['mental_health'],
        createdAt: new Date(now.getTime() - (20 + (i % 300)) * 60_000),
      })),
    );
    await insertChunked(rows, (chunk) => ctx.db.insert(consultations).values(chunk));
    const [passed, sweepMs] = await timed(() => passOverdueToPool(ctx));

    const actorOf = (tenant: BenchTenant, i: number): Actor => ({
      userId: tenant.coordinators[i % tenant.coordinators.length]!.id,
      sessionId: 'bench',
      role: 'coordinator',
      municipalityId: tenant.municipalityId,
      organizationId: null,
      locale: 'ja',
      mfaSatisfied: true,
    });
    const queue = await listPoolQueue(ctx, { actor: actorOf(tenants[0]!, 0) });
    const assignMs: number[] = [];
    const cases = queue.items.slice(0, repetitions);
    for (let i = 0; i < cases.length; i++) {
      now = new Date(now.getTime() + 100);
      // The queue was listed by a coordinator of the first member: none of it is theirs.
      const taker = actorOf(tenants[0]!, i);
      const [, ms] = await timed(() =>
        takePoolCase(ctx, { actor: taker, poolCaseId: cases[i]!.id }),
      );
      assignMs.push(ms);
    }
    const result = {
      bench: 'network',
      database: bench.kind,
      members,
      coordinators: coordinatorsPerMember * members,
      consultations: rows.length,
      sweep: { passed, ms: round(sweepMs) },
      poolAssignment: {
        count: assignMs.length,
        p50Ms: round(percentile(assignMs, 0.5)),
        p95Ms: round(percentile(assignMs, 0.95)),
        targetP95Ms: target.assignP95Ms,
      },
      note: 'the machine is shared: a run shows the path works, it is not a measurement',
      at: japanTimeOf(now).time,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    console.table([
      {
        measure: 'members × coordinators × consultations',
        value: `${members} × ${result.coordinators} × ${rows.length}`,
      },
      { measure: 'sweep to the pool queue', value: `${passed} passed in ${result.sweep.ms} ms` },
      {
        measure: `pool assignment (${assignMs.length} takes)`,
        value: `p50 ${result.poolAssignment.p50Ms} ms, p95 ${result.poolAssignment.p95Ms} ms (target ≤ ${target.assignP95Ms})`,
      },
    ]);
  } finally {
    await cleanup.runAll();
  }
}

await main();
