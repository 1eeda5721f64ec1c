import { useTranslation } from 'react-i18next';
import {
  childcareKindLabels,
  referralTypeLabels,
  workProgrammeKindLabels,
  type TReferralTarget,
} from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { useEventTime } from '../events/event-labels.ts';

/** What a target is, in one line: 「ハローワーク」「認可保育所」「つどい・12月10日（木） 10:00〜11:30」. */
export function useTargetDescription() {
  const { t } = useTranslation();
  const { whenLabel } = useEventTime();
  const locale = currentLocale();
  return (target: TReferralTarget): string => {
    switch (target.kind) {
      case 'resource':
        return referralTypeLabels[target.type][locale];
      case 'facility':
        return childcareKindLabels[target.facilityKind][locale];
      case 'event':
        return `${t(`events.kinds.${target.eventKind}`)}${t('common.listSeparator')}${whenLabel(target)}`;
      case 'programme':
        return workProgrammeKindLabels[target.programmeKind][locale];
    }
  };
}
