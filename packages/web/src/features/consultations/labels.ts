import { consultationTopicLabels, type ConsultationTopic, type TLocale } from '@yorisoi/shared';

/** Topic names come from the shared domain, so every screen and report uses the same words. */
export function topicLabel(topic: ConsultationTopic, locale: TLocale): string {
  return consultationTopicLabels[topic][locale];
}

export function topicList(
  topics: readonly ConsultationTopic[],
  locale: TLocale,
  separator: string,
): string {
  return topics.map((topic) => topicLabel(topic, locale)).join(separator);
}

type Labels<K extends string> = Record<K, { ja: string; en: string }>;

/** Options for a select or chip group from one of the shared label tables, in its fixed order. */
export function labelledOptions<K extends string>(
  codes: readonly K[],
  labels: Labels<K>,
  locale: TLocale,
): { value: K; label: string }[] {
  return codes.map((value) => ({ value, label: labels[value][locale] }));
}
