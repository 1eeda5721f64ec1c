import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japanFiscalYearOf } from '../japan-time.ts';
import { introductionStatuses } from './introduction-status.ts';
import { workPaths } from './match-score.ts';
import {
  pathTotal,
  programmeFigures,
  programmeMeasures,
  type FigureIntroduction,
  type FigureProfile,
} from './programme-figures.ts';

// Instants from 2025 to 2028, so that a fiscal year holds some and misses others.
const instant = fc.date({
  min: new Date('2025-01-01T00:00:00Z'),
  max: new Date('2028-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const day = instant.map((d) => d.toISOString().slice(0, 10));
const path = fc.constantFrom(...workPaths);

const profile: fc.Arbitrary<FigureProfile> = fc.record({ path, createdAt: instant });
const introduction: fc.Arbitrary<FigureIntroduction> = fc.record({
  path,
  status: fc.constantFrom(...introductionStatuses),
  answeredAt: fc.option(instant, { nil: null }),
  startedOn: fc.option(day, { nil: null }),
  endedOn: fc.option(day, { nil: null }),
  followUp6mAt: fc.option(instant, { nil: null }),
  followUp6mWorking: fc.option(fc.boolean(), { nil: null }),
  openingId: fc.constantFrom('a', 'b', 'c'),
  openingKind: fc.constantFrom('job' as const, 'project' as const),
});
const fiscalYear = fc.integer({ min: 2025, max: 2027 });

describe('programme figures', () => {
  it('make the year the sum of its months, for every measure and path', () => {
    fc.assert(
      fc.property(fiscalYear, fc.array(profile), fc.array(introduction), (fy, ps, is) => {
        const figures = programmeFigures(fy, ps, is);
        expect(figures.months).toHaveLength(12);
        for (const measure of programmeMeasures)
          for (const p of workPaths)
            expect(figures.months.reduce((sum, m) => sum + m.counts[measure][p], 0)).toBe(
              figures.year[measure][p],
            );
      }),
    );
  });

  it('count each registration of the fiscal year once, and none of another year', () => {
    fc.assert(
      fc.property(fiscalYear, fc.array(profile), (fy, ps) => {
        const inYear = ps.filter((p) => japanFiscalYearOf(p.createdAt) === fy).length;
        expect(pathTotal(programmeFigures(fy, ps, []).year.registered)).toBe(inYear);
      }),
    );
  });

  it('never count as introduced what the person did not accept', () => {
    fc.assert(
      fc.property(fiscalYear, fc.array(introduction), (fy, is) => {
        const unanswered = is.map((i) => ({
          ...i,
          status: i.status === 'declined' ? ('declined' as const) : ('proposed' as const),
        }));
        expect(pathTotal(programmeFigures(fy, [], unanswered).year.introduced)).toBe(0);
      }),
    );
  });

  it('count a project completed at most once, however many members finished it', () => {
    fc.assert(
      fc.property(fiscalYear, fc.array(introduction), (fy, is) => {
        const projects = new Set(
          is
            .filter((i) => i.openingKind === 'project' && i.status === 'completed')
            .map((i) => i.openingId),
        );
        expect(pathTotal(programmeFigures(fy, [], is).year.projectsCompleted)).toBeLessThanOrEqual(
          projects.size,
        );
      }),
    );
  });

  it('count retention only where the six-month call found the person working', () => {
    fc.assert(
      fc.property(fiscalYear, fc.array(introduction), (fy, is) => {
        const notWorking = is.map((i) => ({ ...i, followUp6mWorking: false }));
        expect(pathTotal(programmeFigures(fy, [], notWorking).year.retained)).toBe(0);
      }),
    );
  });
});
