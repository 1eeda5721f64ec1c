/**
 * A programme's figures by month and by fiscal year (年度, April to March): the numbers a
 * city reports (「登録24名、就職10名」). Counts only, never a person. Every event counts in
 * the Japanese month it happened:
 * - registered: a participant's profile was made;
 * - introduced: the person accepted an introduction (before that nothing reached a company);
 * - placed: work started (the first day of work);
 * - retained: the six-month follow-up found the person still working (month of the call);
 * - projects completed: a project with at least one member's work completed, in the month
 *   its last completed member ended.
 * Each is split by the path the participant wanted (own pace, full return, a business).
 */
import { addMonths, japanMonthOf } from '../japan-time.ts';
import { companyMayRead, type IntroductionStatus } from './introduction-status.ts';
import { workPaths, type WorkPath } from './match-score.ts';

export const programmeMeasures = [
  'registered',
  'introduced',
  'placed',
  'retained',
  'projectsCompleted',
] as const;
export type ProgrammeMeasure = (typeof programmeMeasures)[number];

export type PathCounts = Record<WorkPath, number>;
export type MeasureCounts = Record<ProgrammeMeasure, PathCounts>;

export interface FigureProfile {
  path: WorkPath;
  createdAt: Date;
}

export interface FigureIntroduction {
  path: WorkPath;
  status: IntroductionStatus;
  answeredAt: Date | null;
  /** YYYY-MM-DD, a Japanese day. */
  startedOn: string | null;
  endedOn: string | null;
  followUp6mAt: Date | null;
  followUp6mWorking: boolean | null;
  openingId: string;
  openingKind: 'job' | 'project';
}

export interface ProgrammeFigures {
  fiscalYear: number;
  months: { month: string; counts: MeasureCounts }[];
  year: MeasureCounts;
}

/** The twelve months (YYYY-MM) of a fiscal year: April of `fiscalYear` to March after. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(`${fiscalYear}-04`, i));
}

const zeroPaths = (): PathCounts => Object.fromEntries(workPaths.map((p) => [p, 0])) as PathCounts;
const zeroMeasures = (): MeasureCounts =>
  Object.fromEntries(programmeMeasures.map((m) => [m, zeroPaths()])) as MeasureCounts;

export const pathTotal = (counts: PathCounts) => workPaths.reduce((sum, p) => sum + counts[p], 0);

/** The events of the rows, each as (measure, path, month). */
function* eventsOf(
  profiles: readonly FigureProfile[],
  introductions: readonly FigureIntroduction[],
): Generator<[ProgrammeMeasure, WorkPath, string]> {
  for (const p of profiles) yield ['registered', p.path, japanMonthOf(p.createdAt)];
  const projectEnd = new Map<string, { month: string; path: WorkPath }>();
  for (const i of introductions) {
    if (i.answeredAt && companyMayRead(i.status))
      yield ['introduced', i.path, japanMonthOf(i.answeredAt)];
    if (i.startedOn) yield ['placed', i.path, i.startedOn.slice(0, 7)];
    if (i.followUp6mAt && i.followUp6mWorking === true)
      yield ['retained', i.path, japanMonthOf(i.followUp6mAt)];
    if (i.openingKind === 'project' && i.status === 'completed' && i.endedOn) {
      const month = i.endedOn.slice(0, 7);
      const known = projectEnd.get(i.openingId);
      if (!known || known.month < month) projectEnd.set(i.openingId, { month, path: i.path });
    }
  }
  for (const { month, path } of projectEnd.values()) yield ['projectsCompleted', path, month];
}

export function programmeFigures(
  fiscalYear: number,
  profiles: readonly FigureProfile[],
  introductions: readonly FigureIntroduction[],
): ProgrammeFigures {
  const months = fiscalYearMonths(fiscalYear).map((month) => ({ month, counts: zeroMeasures() }));
  const year = zeroMeasures();
  const index = new Map(months.map((m, i) => [m.month, i]));
  for (const [measure, path, month] of eventsOf(profiles, introductions)) {
    const at = index.get(month);
    if (at === undefined) continue;
    months[at]!.counts[measure][path] += 1;
    year[measure][path] += 1;
  }
  return { fiscalYear, months, year };
}
