import type { TReportContent } from '../contracts/reports.ts';

/** A released count table of a report, under the key a finding cites it by. */
export interface ReportTableView {
  key: string;
  label: string;
  rows: readonly string[];
  counts: readonly (number | null)[];
  total: number | null;
}

/**
 * The protected tables a report carries, as computed when it was drafted (hidden cells
 * null): the topic table, then each scaled question of each survey section.
 */
export function reportTables(content: TReportContent): ReportTableView[] {
  const topics = content.topics ? [{ key: 'topics', ...content.topics }] : [];
  const questions = content.surveys.flatMap((survey, s) =>
    survey.questions.flatMap((q, i) =>
      q.kind === 'likert'
        ? [
            {
              key: `survey-${s}-${i}`,
              label: `${survey.title}：${q.prompt}`,
              rows: q.labels.map((l, c) => `${c + 1}. ${l}`),
              counts: q.counts,
              total: q.total,
            },
          ]
        : [],
    ),
  );
  return [...topics, ...questions];
}
