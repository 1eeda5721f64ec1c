import {
  consultationTopicLabels,
  consultationTopics,
  type ConsultationTopic,
  type TPractice,
  type TProtectedTable,
  type TReportContent,
} from '@yorisoi/shared';

type ReportTable = NonNullable<TReportContent['topics']>;

const topicLabel = (code: string) =>
  (consultationTopicLabels as Record<string, { ja: string }>)[code]?.ja ?? 'なし';

/** A released one-way topic table as a report table (hidden cells stay null). */
export function topicTableOf(table: TProtectedTable): ReportTable {
  return {
    label: '相談テーマ別の相談者数',
    rows: table.rows.map(topicLabel),
    counts: table.cells.map((row) => row[0] ?? null),
    total: table.total,
  };
}

/** Topics in order of published counts (hidden counts last), for choosing practices. */
export function rankTopics(table: TProtectedTable | null): ConsultationTopic[] {
  if (!table) return [];
  const isTopic = (code: string): code is ConsultationTopic =>
    (consultationTopics as readonly string[]).includes(code);
  return table.rows
    .map((code, i) => ({ code, count: table.cells[i]?.[0] ?? null }))
    .filter((r): r is { code: ConsultationTopic; count: number | null } => isTopic(r.code))
    .filter((r) => r.code !== 'other' && r.count !== 0)
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1))
    .map((r) => r.code);
}

/** The usual concerns of workplaces, when no released figures rank them. */
export const defaultTopicOrder: readonly ConsultationTopic[] = [
  'work_style',
  'mental_health',
  'childcare',
  'elder_care',
  'harassment',
  'menopause',
];

/** Up to two practices per topic, topics in the given order, at most eight in all. */
export function recommendedPractices(
  practices: readonly TPractice[],
  topics: readonly ConsultationTopic[],
): TPractice[] {
  const order = [...new Set([...topics, ...defaultTopicOrder])];
  return order
    .flatMap((topic) => practices.filter((p) => p.topic === topic).slice(0, 2))
    .slice(0, 8);
}

/** The recommended practices as the report's content lists them. */
export const recommendationsOf = (
  practices: readonly TPractice[],
): TReportContent['recommendations'] =>
  practices.map((p) => ({
    topic: p.topic,
    title: p.title,
    summary: p.summary,
    sourceNote: p.sourceNote,
  }));
