import { useTranslation } from 'react-i18next';
import type { TAssignmentExplanation } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { topicLabel } from '../consultations/labels.ts';

type Reason = TAssignmentExplanation['reasons'][number];

/** 「担当の理由」: the routing decision in plain words. */
export function AssignmentReason({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const assignment = useApiData('getAssignment', { params: { id: consultationId } });
  const data = assignment.data;
  if (!data) return null;

  const describe = (reason: Reason): string => {
    switch (reason.code) {
      case 'continuity':
        return t('care.assignment.continuity');
      case 'licence_match':
        return t('care.assignment.licenceMatch', {
          topic: topicLabel(reason.topic, locale),
          licence: t(`licence.types.${reason.licence}`),
        });
      case 'load':
        return t('care.assignment.load', {
          active: formatNumber(reason.active, locale),
          capacity: formatNumber(reason.capacity, locale),
        });
    }
  };

  return (
    <section className="card care-section" data-testid="assignment-reason">
      <h2 className="card__title">{t('care.assignment.title')}</h2>
      <p>
        {t(`care.assignment.method.${data.method}`, {
          at: formatDate(data.decidedAt, locale, { withTime: true }),
        })}
      </p>
      {data.reasons.length > 0 ? (
        <ul>
          {data.reasons.map((reason) => (
            <li key={reason.code}>{describe(reason)}</li>
          ))}
        </ul>
      ) : null}
      {data.holderLoad ? (
        <p data-testid="holder-load">
          {t('care.assignment.holderLoad', {
            active: formatNumber(data.holderLoad.active, locale),
            capacity: formatNumber(data.holderLoad.capacity, locale),
          })}
        </p>
      ) : null}
    </section>
  );
}
