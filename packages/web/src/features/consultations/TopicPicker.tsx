import { consultationTopics, type ConsultationTopic } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { ChipGroup } from './ChipGroup.tsx';
import { topicLabel } from './labels.ts';

interface TopicPickerProps {
  legend: string;
  selected: readonly ConsultationTopic[];
  onChange: (next: ConsultationTopic[]) => void;
  error?: string | undefined;
}

/** The fixed topic list with the shared labels. */
export function TopicPicker(props: TopicPickerProps) {
  const locale = currentLocale();
  const options = consultationTopics.map((value) => ({ value, label: topicLabel(value, locale) }));
  return <ChipGroup options={options} {...props} />;
}
