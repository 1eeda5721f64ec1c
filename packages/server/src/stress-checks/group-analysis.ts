import type { TStressCheckGroup } from '@yorisoi/shared';

/** One completed answer set as the group analysis reads it: a department and part totals. */
export interface ScoredAnswer {
  department: string | null;
  A: number;
  B: number;
  C: number;
}

export type GroupAnalysisPlan =
  { state: 'tooFew' } | { state: 'released'; groups: TStressCheckGroup[] };

const round1 = (n: number) => Math.round(n * 10) / 10;

function summary(label: string | null, answers: readonly ScoredAnswer[]): TStressCheckGroup {
  const n = answers.length;
  const mean = (part: 'A' | 'B' | 'C') => round1(answers.reduce((s, a) => s + a[part], 0) / n);
  return {
    withheld: false,
    label,
    respondents: n,
    meanA: mean('A'),
    meanB: mean('B'),
    meanC: mean('C'),
  };
}

/**
 * The 集団分析 of a closed period: the organisation as a whole, then each department, each
 * published only with at least k respondents. Departments partition the respondents, so the
 * organisation's figures minus the published departments' give the rest's: the rest must
 * be empty or itself at least k, else the smallest published department is withheld too
 * (and the check repeats). Below k in total, nothing at all is published.
 */
export function planGroupAnalysis(
  answers: readonly ScoredAnswer[],
  departments: readonly string[],
  k: number,
): GroupAnalysisPlan {
  if (answers.length < k) return { state: 'tooFew' };
  const byDepartment = new Map(departments.map((d) => [d, [] as ScoredAnswer[]]));
  for (const answer of answers) {
    if (answer.department !== null) byDepartment.get(answer.department)?.push(answer);
  }
  const shown = new Set(departments.filter((d) => (byDepartment.get(d)?.length ?? 0) >= k));
  for (;;) {
    const inShown = [...shown].reduce((s, d) => s + byDepartment.get(d)!.length, 0);
    const rest = answers.length - inShown;
    if (rest === 0 || rest >= k) break;
    const smallest = [...shown].sort(
      (a, b) => byDepartment.get(a)!.length - byDepartment.get(b)!.length,
    )[0]!;
    shown.delete(smallest);
  }
  return {
    state: 'released',
    groups: [
      summary(null, answers),
      ...departments.map((d): TStressCheckGroup =>
        shown.has(d) ? summary(d, byDepartment.get(d)!) : { withheld: true, label: d },
      ),
    ],
  };
}
