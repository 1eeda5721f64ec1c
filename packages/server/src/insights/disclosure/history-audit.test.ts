import { describe, expect, it } from 'vitest';
import { auditReleaseHistory, type AuditedRelease, type CategoryOf } from './history-audit.ts';

/** Respondents `prefix-0` … with their answer (0..4) to one required question. */
function respondents(prefix: string, answers: readonly number[]) {
  return answers.map((answer, i) => ({ id: `${prefix}-${i}`, answer }));
}

type Respondent = { id: string; answer: number };

function release(
  id: string,
  who: readonly Respondent[],
  k: number,
  published: (counts: number[]) => (number | null)[] = (counts) => counts,
): AuditedRelease {
  const counts = [0, 0, 0, 0, 0];
  for (const r of who) counts[r.answer]!++;
  return {
    id,
    k,
    population: new Set(who.map((r) => r.id)),
    total: who.length,
    questions: [{ family: 'survey:q1', published: published(counts), coverage: 'one' }],
  };
}

function answersOf(...groups: readonly Respondent[][]): CategoryOf {
  const byId = new Map(groups.flat().map((r) => [r.id, r.answer]));
  return (_family, person) => byId.get(person) ?? null;
}

describe('auditReleaseHistory', () => {
  it('finds the late respondent that a page minus two employers’ reports leaves (the issue’s attack)', () => {
    const x = respondents('x', [2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    const z = respondents('z', [3, 3, 3, 3, 3, 2, 2, 2, 2, 2]);
    const late = respondents('late', [0]);
    // Each report and the page are safe alone: the page hides its one and a partner.
    const reportX = release('report-x', x, 10, () => [0, 0, null, null, 0]);
    const reportZ = release('report-z', z, 10, () => [0, 0, null, null, 0]);
    const page = release('page', [...x, ...z, ...late], 10, () => [null, 0, 10, null, 0]);
    const { exposed } = auditReleaseHistory({
      candidate: page,
      history: [reportX, reportZ],
      categoryOf: answersOf(x, z, late),
    });
    expect(exposed).toContainEqual({ kind: 'atom', releases: ['page'] });
  });

  it('lets a page through that adds k or more respondents and tells nothing of their answers', () => {
    const first = respondents('a', [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const more = respondents('b', [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const earlier = release('page-1', first, 10, () => [null, null, 0, 0, 0]);
    const later = release('page-2', [...first, ...more], 10);
    const { exposed } = auditReleaseHistory({
      candidate: later,
      history: [earlier],
      categoryOf: answersOf(first, more),
    });
    expect(exposed).toEqual([]);
  });

  it('finds what ten new respondents answered when two pages publish both of their tables', () => {
    const first = respondents('a', [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    const more = respondents('b', [0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    const earlier = release('page-1', first, 10, () => [null, null, 0, 0, 0]);
    const later = release('page-2', [...first, ...more], 10);
    const { exposed } = auditReleaseHistory({
      candidate: later,
      history: [earlier],
      categoryOf: answersOf(first, more),
    });
    // 3 of the new ten answered 1 and 7 answered 2: both pinned, both below k.
    expect(exposed).toContainEqual({
      kind: 'answer',
      releases: ['page-2'],
      family: 'survey:q1',
      category: 0,
    });
  });

  it('keeps the k a group was promised when the city lowers k later', () => {
    const first = respondents('a', [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const late = respondents('b', [2, 2, 2, 2, 2]);
    const earlier = release('page-1', first, 10, () => [null, null, 0, 0, 0]);
    // The city lowered k to 5, but the survey promised 10 to everyone who answered it.
    const report = release('report', [...first, ...late], 10, (c) => [null, null, c[2]!, 0, 0]);
    const { exposed } = auditReleaseHistory({
      candidate: report,
      history: [earlier],
      categoryOf: answersOf(first, late),
    });
    expect(exposed).toContainEqual({ kind: 'atom', releases: ['report'] });
  });

  it('is not blocked by a small group released under a smaller k before k was raised', () => {
    const small = respondents('a', [0, 0, 0, 0, 0, 0]);
    const more = respondents('b', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const earlier = release('page-1', small, 5);
    const later = release('page-2', [...small, ...more], 10, (c) => [c[0]!, c[1]!, 0, 0, 0]);
    const { exposed } = auditReleaseHistory({
      candidate: later,
      history: [earlier],
      categoryOf: answersOf(small, more),
    });
    expect(exposed).toEqual([]);
  });

  it('never compares releases that share no person', () => {
    const other = respondents('other', [0, 0, 0, 0, 0]);
    const fresh = respondents('fresh', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const { exposed } = auditReleaseHistory({
      candidate: release('fresh-survey', fresh, 10),
      history: [release('old-survey', other, 5)],
      categoryOf: answersOf(other, fresh),
    });
    expect(exposed).toEqual([]);
  });

  it('finds a small group that four overlapping periods isolate although no two differ by fewer than k', () => {
    // Counts of persons active in Jan–Mar, Jan–Apr, Feb–Apr and Feb–Mar: A + C − B − D is
    // the number active in January and April but not February or March.
    const only = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const jan = only('jan', 12);
    const apr = only('apr', 12);
    const middle = only('mid', 30);
    const janAndApr = only('both', 2);
    const period = (id: string, persons: string[]): AuditedRelease => ({
      id,
      k: 10,
      population: new Set(persons),
      total: new Set(persons).size,
      questions: [],
    });
    const history = [
      period('jan-mar', [...jan, ...middle, ...janAndApr]),
      period('jan-apr', [...jan, ...middle, ...apr, ...janAndApr]),
      period('feb-apr', [...middle, ...apr, ...janAndApr]),
    ];
    const { exposed } = auditReleaseHistory({
      candidate: period('feb-mar', middle),
      history,
    });
    expect(exposed).toContainEqual({
      kind: 'atom',
      releases: ['jan-mar', 'jan-apr', 'feb-apr'],
    });
  });
});
