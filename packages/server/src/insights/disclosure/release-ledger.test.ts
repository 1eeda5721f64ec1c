import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceKey, type Audience } from './audience.ts';
import { protectTable } from './protect-table.ts';
import { InMemoryReleaseLedger, groupFingerprint, submitRelease } from './release-ledger.ts';
import { disjointTable, people } from './test-tables.ts';

const k = 10;
const city: Audience = { kind: 'city', municipalityId: 'hioki' };
const employer: Audience = { kind: 'employer', municipalityId: 'hioki', organizationId: 'org-1' };
const group = (label: string, persons: string[]) => ({ label, persons: new Set(persons) });

describe('release ledger', () => {
  it('accepts a first release and records it for that audience only', async () => {
    const ledger = new InMemoryReleaseLedger();
    const decision = await submitRelease(
      ledger,
      city,
      { releaseId: 'r1', groups: [group('全体', people('p', 40))] },
      k,
    );
    expect(decision).toEqual({ accepted: true });
    expect(await ledger.disclosedTo(audienceKey(city))).toHaveLength(1);
    expect(await ledger.disclosedTo(audienceKey(employer))).toHaveLength(0);
  });

  it('refuses a later release differing by fewer than k, and records nothing of it', async () => {
    const ledger = new InMemoryReleaseLedger();
    await submitRelease(
      ledger,
      city,
      { releaseId: 'r1', groups: [group('4月', people('p', 40))] },
      k,
    );
    const decision = await submitRelease(
      ledger,
      city,
      { releaseId: 'r2', groups: [group('4月〜5月', people('p', 41))] },
      k,
    );
    expect(decision).toMatchObject({ accepted: false, reason: 'DIFFERENCING' });
    expect(await ledger.disclosedTo(audienceKey(city))).toHaveLength(1);
  });

  it('lets another audience receive what one audience may not', async () => {
    const ledger = new InMemoryReleaseLedger();
    await submitRelease(
      ledger,
      city,
      { releaseId: 'r1', groups: [group('a', people('p', 40))] },
      k,
    );
    const other = await submitRelease(
      ledger,
      employer,
      { releaseId: 'r2', groups: [group('b', people('p', 41))] },
      k,
    );
    expect(other).toEqual({ accepted: true });
  });

  it('accepts the same dashboard again (identical groups) and stores each group once', async () => {
    const ledger = new InMemoryReleaseLedger();
    const release = protectTable(disjointTable([[50], [3], [12], [30]]), k);
    for (const releaseId of ['view-1', 'view-2']) {
      const decision = await submitRelease(
        ledger,
        employer,
        { releaseId, groups: release.disclosedGroups },
        k,
      );
      expect(decision).toEqual({ accepted: true });
    }
    expect(await ledger.disclosedTo(audienceKey(employer))).toHaveLength(3);
  });

  it('fingerprints membership, not order', () => {
    expect(groupFingerprint(new Set(['b', 'a']))).toBe(groupFingerprint(new Set(['a', 'b'])));
    expect(groupFingerprint(new Set(['a', 'b']))).not.toBe(groupFingerprint(new Set(['ab'])));
  });
});

/**
 * Random release sequences over one population: each release is a set of filters
 * (departments × a period × a topic, cumulative or not), like templates an employer or the
 * city would request. Whatever the ledger accepts, no two groups one audience holds differ
 * by 1..k−1 persons on either side, so no person is ever isolated by subtraction.
 */
const population = fc.array(
  fc.record({
    department: fc.nat(3),
    month: fc.nat(5),
    topics: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  }),
  { minLength: 0, maxLength: 90 },
);
const filter = fc.record({
  departments: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  from: fc.nat(5),
  months: fc.integer({ min: 1, max: 6 }),
  topic: fc.option(fc.nat(3), { nil: null }),
});
const releases = fc.array(
  fc.record({
    audience: fc.constantFrom<Audience>(city, employer),
    filters: fc.array(filter, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 8 },
);

describe('release ledger against a differencing attacker (property)', () => {
  it('never lets one audience hold two groups that differ by 1..k−1 persons', async () => {
    await fc.assert(
      fc.asyncProperty(
        population,
        releases,
        fc.integer({ min: 5, max: 15 }),
        async (people, sequence, k) => {
          const ledger = new InMemoryReleaseLedger();
          const held = new Map<string, Set<string>[]>();
          for (const [index, { audience, filters }] of sequence.entries()) {
            const groups = filters.map((f, j) => ({
              label: `filter ${j}`,
              persons: new Set(
                people.flatMap((p, id) =>
                  f.departments.includes(p.department) &&
                  p.month >= f.from &&
                  p.month < f.from + f.months &&
                  (f.topic === null || p.topics.includes(f.topic))
                    ? [`person-${id}`]
                    : [],
                ),
              ),
            }));
            const key = audienceKey(audience);
            const before = held.get(key) ?? [];
            const candidate = [...before, ...groups.map((g) => g.persons)];
            const decision = await submitRelease(
              ledger,
              audience,
              { releaseId: `r${index}`, groups },
              k,
            );
            // Groups with nobody in common tell nothing about each other.
            const isolates = candidate.some((a, i) =>
              candidate.some((b, j) => {
                if (i === j || ![...a].some((p) => b.has(p))) return false;
                const onlyInA = [...a].filter((p) => !b.has(p)).length;
                return onlyInA > 0 && onlyInA < k;
              }),
            );
            expect(decision.accepted).toBe(!isolates);
            if (decision.accepted) held.set(key, candidate);
            const stored = await ledger.disclosedTo(key);
            expect(new Set(stored.map((g) => groupFingerprint(g.persons)))).toEqual(
              new Set((held.get(key) ?? []).map(groupFingerprint)),
            );
          }
          for (const groups of held.values()) {
            for (const a of groups) {
              for (const b of groups) {
                const onlyInA = [...a].filter((p) => !b.has(p)).length;
                const disjoint = onlyInA === a.size;
                expect(disjoint || onlyInA === 0 || onlyInA >= k).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('groupFingerprint', () => {
  it("is SHA-256 of the members' digests in byte order, as migration 0021 computes it", () => {
    const digest = (p: string) => crypto.createHash('sha256').update(p).digest().subarray(0, 16);
    const sorted = ['b', 'a', 'ccc'].map(digest).sort(Buffer.compare);
    const expected = crypto.createHash('sha256').update(Buffer.concat(sorted)).digest('hex');
    expect(groupFingerprint(new Set(['b', 'a', 'ccc']))).toBe(expected);
    expect(groupFingerprint(new Set(['ab', 'c']))).not.toBe(groupFingerprint(new Set(['a', 'bc'])));
  });
});
