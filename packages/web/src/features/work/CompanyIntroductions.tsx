import { useTranslation } from 'react-i18next';
import { qualificationLabels } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { schedulePhrases } from './opening-conditions.ts';

/**
 * People introduced to the company who agreed, each with only the fields they chose to
 * show and where the introduction stands; nobody appears before agreeing.
 */
export function CompanyIntroductions() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useApiData('listCompanyIntroductions');
  const items = list.data?.items;
  return (
    <Card title={t('workOpenings.company.introductions')} testId="company-introductions">
      <p className="hint">{t('workOpenings.company.introductionsLead')}</p>
      <ErrorAlert error={list.error} />
      {!items && !list.error ? <Loading /> : null}
      {items?.length === 0 ? (
        <p className="empty">{t('workOpenings.company.noIntroductions')}</p>
      ) : null}
      <ul className="work-openings">
        {items?.map(({ id, openingTitle, status, person }) => {
          const fields = (
            [
              ['skills', person.skills?.join('・')],
              ['experience', person.experience],
              [
                'qualifications',
                person.qualifications?.map((kind) => qualificationLabels[kind][locale]).join('・'),
              ],
              [
                'hours',
                person.hoursPerWeek
                  ? t('workOpenings.conditions.hours', person.hoursPerWeek)
                  : undefined,
              ],
              [
                'availability',
                person.availability
                  ? schedulePhrases(person.availability, t).join('、')
                  : undefined,
              ],
              ['area', person.area],
            ] as const
          ).map(
            ([field, value]) =>
              [field, value === '' ? t('workOpenings.company.none') : value] as const,
          );
          return (
            <li key={id} className="work-opening">
              <p className="work-opening__employer">
                {t('workOpenings.company.forOpening', { title: openingTitle })}
              </p>
              <h3 className="work-opening__title">
                {t('workOpenings.company.reference', { label: person.referenceLabel })}{' '}
                <Badge tone="good">{t(`work.introductions.status.${status}`)}</Badge>
              </h3>
              <dl className="work-opening__terms">
                {fields.map(([field, value]) => (
                  <div key={field} className="work-opening__term">
                    <dt>{t(`workOpenings.company.fields.${field}`)}</dt>
                    <dd className={value ? undefined : 'hint'}>
                      {value ?? t('workOpenings.company.notShown')}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
