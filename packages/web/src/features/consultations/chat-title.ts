import type { TFunction } from 'i18next';
import type { TConsultation } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { topicList } from './labels.ts';

/** 「仕事のストレス・睡眠の相談」: the consultation's topics, or a plain title while it loads. */
export function chatTitle(t: TFunction, consultation: TConsultation | null | undefined): string {
  return consultation
    ? t('consultations.chat.titleWith', {
        topics: topicList(consultation.topics, currentLocale(), t('consultations.topicSeparator')),
      })
    : t('consultations.chat.title');
}
