/**
 * `npm run bench:matching`: the Back to work matching engine (issue 17) at the size of a
 * large programme: 10,000 participants × 2,000 openings in one municipality, from a
 * seeded generator (testing/matching-fixtures.ts), through the use-cases (SQL candidate
 * filter on the hard requirements, then the pure scorer):
 * 1. the top 20 openings for one person, p50/p95 over BENCH_REPETITIONS people (target
 *    p95 ≤ 50 ms);
 * 2. the top 20 people for one opening, p50/p95 over as many openings (target p95 ≤ 50 ms);
 * 3. a team of 6 for a project from the 10,000, p50/p95/max over the projects (target ≤ 1 s).
 * Also how many candidates the SQL filter hands to the scorer (the narrowing).
 * PostgreSQL from DATABASE_URL or TEST_DATABASE_URL (a fresh database, dropped after);
 * the embedded engine in a temporary directory without one. BENCH_PEOPLE, BENCH_OPENINGS
 * and BENCH_REPETITIONS scale it down for a quick look.
 */
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/config/config.ts';
import { parseKeyring } from '../src/platform/crypto/keyring.ts';
import { createAppContext } from '../src/app/create-app-context.ts';
import {
  proposeTeam,
  suggestOpeningsForPerson,
  suggestPeopleForOpening,
} from '../src/matching/matching.service.ts';
import {
  candidateOpeningsFor,
  candidatePeopleFor,
  findOpeningForMatching,
  findProfileForMatching,
} from '../src/matching/matching.repository.ts';
import { municipalities, workOpenings, workProfiles } from '../src/platform/db/schema/index.ts';
import { seedSyntheticProgramme, seededRandom } from '../src/testing/matching-fixtures.ts';
import { openBenchDatabase } from './bench-database.ts';
import { Cleanup } from './cleanup.ts';
import { percentile, round } from './stats.ts';

const peopleCount = Number(process.env.BENCH_PEOPLE ?? 10_000);
const openingCount = Number(process.env.BENCH_OPENINGS ?? 2_000);
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 200);
const teamRepetitions = Math.min(repetitions, 50);
const targets = { suggestP95Ms: 50, teamMaxMs: 1000 };
const limit = 20;
const teamSize = 6;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

function summary(samples: number[]) {
  return {
    count: samples.length,
    p50Ms: round(percentile(samples, 0.5)),
    p95Ms: round(percentile(samples, 0.95)),
    maxMs: round(Math.max(...samples)),
  };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
  const cleanup = new Cleanup();
  process.on('SIGINT', () => void cleanup.runAll().then(() => process.exit(130)));
  try {
    const bench = await openBenchDatabase(serverUrl, 4, cleanup);
    const key = crypto.randomBytes(32).toString('base64');
    const ctx = createAppContext({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      database: bench.database,
      keyring: parseKeyring(`bench:${key}`),
      now: () => new Date('2027-03-01T00:00:00Z'),
    });
    const [municipality] = await ctx.db
      .insert(municipalities)
      .values({ code: '223417', name: '長泉町', prefecture: '静岡県' })
      .returning();
    const municipalityId = municipality!.id;
    const seedStarted = performance.now();
    const { programmeId } = await seedSyntheticProgramme(ctx.db, {
      municipalityId,
      people: peopleCount,
      openings: openingCount,
      seed: 17,
    });
    await ctx.db.execute(sql`vacuum analyze work_profiles`);
    await ctx.db.execute(sql`vacuum analyze work_openings`);
    const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);

    const personIds = (
      await ctx.db
        .select({ id: workProfiles.id })
        .from(workProfiles)
        .where(eq(workProfiles.programmeId, programmeId))
    ).map((r) => r.id);
    const openings = await ctx.db
      .select({ id: workOpenings.id, kind: workOpenings.kind })
      .from(workOpenings)
      .where(and(eq(workOpenings.programmeId, programmeId)));
    const openingIds = openings.map((o) => o.id);
    const projectIds = openings.filter((o) => o.kind === 'project').map((o) => o.id);
    const random = seededRandom(2026);

    // Warm-up: plans cached, pool connected, code paths compiled.
    for (let i = 0; i < 10; i++) {
      await suggestOpeningsForPerson(ctx, {
        municipalityId,
        personId: random.pick(personIds),
        limit,
      });
      await suggestPeopleForOpening(ctx, {
        municipalityId,
        openingId: random.pick(openingIds),
        limit,
      });
    }

    const openingsMs: number[] = [];
    const openingCandidates: number[] = [];
    const openingResults: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const personId = random.pick(personIds);
      const [result, ms] = await timed(() =>
        suggestOpeningsForPerson(ctx, { municipalityId, personId, limit }),
      );
      openingsMs.push(ms);
      openingResults.push(result.length);
      const profile = (await findProfileForMatching(ctx.db, { municipalityId, personId }))!;
      openingCandidates.push(
        (await candidateOpeningsFor(ctx.db, { municipalityId, programmeId, person: profile }))
          .length,
      );
    }

    const peopleMs: number[] = [];
    const peopleCandidates: number[] = [];
    const peopleResults: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const openingId = random.pick(openingIds);
      const [result, ms] = await timed(() =>
        suggestPeopleForOpening(ctx, { municipalityId, openingId, limit }),
      );
      peopleMs.push(ms);
      peopleResults.push(result.length);
      const opening = (await findOpeningForMatching(ctx.db, { municipalityId, openingId }))!;
      peopleCandidates.push(
        (await candidatePeopleFor(ctx.db, { municipalityId, programmeId, opening })).length,
      );
    }

    const teamMs: number[] = [];
    const teamCandidates: number[] = [];
    let teamsFull = 0;
    let teamsCovering = 0;
    for (let i = 0; i < teamRepetitions; i++) {
      const openingId = projectIds[i % projectIds.length]!;
      const [team, ms] = await timed(() =>
        proposeTeam(ctx, { municipalityId, openingId, size: teamSize }),
      );
      teamMs.push(ms);
      if (team.memberIds.length === teamSize) teamsFull++;
      if (team.uncoveredSkillIds.length === 0) teamsCovering++;
      const opening = (await findOpeningForMatching(ctx.db, { municipalityId, openingId }))!;
      teamCandidates.push(
        (await candidatePeopleFor(ctx.db, { municipalityId, programmeId, opening, teamOf: true }))
          .length,
      );
    }

    const mean = (values: number[]) => round(values.reduce((a, b) => a + b, 0) / values.length, 1);
    const result = {
      database: bench.kind,
      people: peopleCount,
      openings: openingCount,
      projects: projectIds.length,
      seedSeconds,
      openingsForPerson: {
        ...summary(openingsMs),
        meanCandidates: mean(openingCandidates),
        meanResults: mean(openingResults),
        targetP95Ms: targets.suggestP95Ms,
        met: percentile(openingsMs, 0.95) <= targets.suggestP95Ms,
      },
      peopleForOpening: {
        ...summary(peopleMs),
        meanCandidates: mean(peopleCandidates),
        maxCandidates: Math.max(...peopleCandidates),
        meanResults: mean(peopleResults),
        targetP95Ms: targets.suggestP95Ms,
        met: percentile(peopleMs, 0.95) <= targets.suggestP95Ms,
      },
      teamOfSix: {
        ...summary(teamMs),
        meanCandidates: mean(teamCandidates),
        teamsFull,
        teamsCoveringRequiredSkills: teamsCovering,
        targetMaxMs: targets.teamMaxMs,
        met: Math.max(...teamMs) <= targets.teamMaxMs,
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    const row = (name: string, s: ReturnType<typeof summary>, extra: string) => ({
      measure: name,
      value: `p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms; ${extra}`,
    });
    console.table([
      row(
        `top ${limit} openings for a person`,
        result.openingsForPerson,
        `${result.openingsForPerson.meanCandidates} candidates (target p95 ≤ ${targets.suggestP95Ms})`,
      ),
      row(
        `top ${limit} people for an opening`,
        result.peopleForOpening,
        `${result.peopleForOpening.meanCandidates} candidates (target p95 ≤ ${targets.suggestP95Ms})`,
      ),
      row(
        `team of ${teamSize} for a project`,
        result.teamOfSix,
        `${result.teamOfSix.meanCandidates} candidates, ${teamsFull}/${teamRepetitions} full, ${teamsCovering} covering (target ≤ ${targets.teamMaxMs})`,
      ),
    ]);
  } finally {
    await cleanup.runAll();
  }
}

await main();
