import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceKey, type Audience } from './audience.ts';
import type { CountTableInput } from './count-table.ts';
import { protectTable } from './protect-table.ts';
import { InMemoryReleaseLedger, submitRelease } from './release-ledger.ts';
import { expectSafeRelease } from './test-tables.ts';

/**
 * The whole path an audience's requests take: a protected table per request (topics, or
 * topics × months, for some departments over some months), then the ledger. Across any
 * sequence, every table is safe on its own and no two groups an audience holds differ by
 * 1..k−1 persons, so no one is isolated by comparing two releases.
 */
const topics = ['メンタル', '育児', '介護', 'キャリア'];
const audiences: Audience[] = [
  { kind: 'city', municipalityId: 'hioki' },
  { kind: 'employerPool', municipalityId: 'hioki', poolId: 'industry:医療・福祉' },
];

const person = fc.record({
  department: fc.nat(2),
  consultations: fc.array(fc.record({ month: fc.nat(3), topic: fc.nat(topics.length - 1) }), {
    minLength: 1,
    maxLength: 3,
  }),
});
const request = fc.record({
  audience: fc.constantFrom(...audiences),
  departments: fc.subarray([0, 1, 2], { minLength: 1 }),
  from: fc.nat(3),
  months: fc.integer({ min: 1, max: 4 }),
  byMonth: fc.boolean(),
  withHeadcounts: fc.boolean(),
});

type Person = { department: number; consultations: { month: number; topic: number }[] };
type Request = {
  departments: number[];
  from: number;
  months: number;
  byMonth: boolean;
  withHeadcounts: boolean;
};

function tableFor(population: Person[], q: Request): CountTableInput {
  const months = Array.from({ length: q.months }, (_, i) => q.from + i);
  const inScope = population
    .map((p, id) => ({ ...p, id: `person-${id}` }))
    .filter((p) => q.departments.includes(p.department));
  const who = (topic: number, month: number | null) => [
    ...new Set(
      inScope
        .filter((p) =>
          p.consultations.some(
            (c) =>
              c.topic === topic && (month === null ? months.includes(c.month) : c.month === month),
          ),
        )
        .map((p) => p.id),
    ),
  ];
  return {
    rows: topics,
    ...(q.byMonth ? { columns: months.map((m) => `month ${m}`) } : {}),
    persons: topics.map((_, t) => (q.byMonth ? months.map((m) => who(t, m)) : [who(t, null)])),
    ...(q.withHeadcounts ? { headcounts: { total: inScope.length } } : {}),
  };
}

describe('protected tables through the ledger (property)', () => {
  it('keeps every table safe and every audience free of close pairs of groups', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 80 }),
        fc.array(request, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 5, max: 15 }),
        async (population, requests, k) => {
          const ledger = new InMemoryReleaseLedger();
          for (const [index, q] of requests.entries()) {
            const input = tableFor(population, q);
            const release = protectTable(input, k);
            expectSafeRelease(input, release, k);
            await submitRelease(
              ledger,
              q.audience,
              { releaseId: `r${index}`, groups: release.disclosedGroups },
              k,
            );
          }
          for (const audience of audiences) {
            const held = await ledger.disclosedTo(audienceKey(audience));
            for (const a of held) {
              for (const b of held) {
                const onlyInA = [...a.persons].filter((p) => !b.persons.has(p)).length;
                expect(onlyInA === 0 || onlyInA >= k).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
