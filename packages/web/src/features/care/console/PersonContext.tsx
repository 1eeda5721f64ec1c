import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeLabels, severityLabels, type TPersonContext } from '@yorisoi/shared';
import { useApiData } from '../../../api/use-api.ts';
import { formatDate } from '../../../i18n/format.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { topicList } from '../../consultations/labels.ts';
import { useTargetDescription } from '../../referrals/target-description.ts';

/**
 * The person beside the conversation: what they chose to share, earlier consultations as
 * coded at closing, referrals still open, appointments to come and the risk history.
 */
export function PersonContext({
  consultationId,
  changes,
}: {
  consultationId: string;
  changes: number;
}) {
  const { t } = useTranslation();
  const context = useApiData('getPersonContext', { params: { id: consultationId } });
  const { reload } = context;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const data = context.data;
  if (!data) return null;
  return (
    <section className="card care-section person-context" data-testid="person-context">
      <h2 className="card__title">{t('console.person.title')}</h2>
      <Shared person={data.person} />
      <Previous items={data.previous} />
      <OpenReferrals items={data.openReferrals} />
      <h3 className="person-context__heading">{t('console.person.appointments')}</h3>
      {data.appointments.length === 0 ? (
        <p className="muted">{t('console.person.appointmentsNone')}</p>
      ) : (
        <ul>
          {data.appointments.map((a) => (
            <li key={a.id}>
              {formatDate(a.startsAt, currentLocale(), { withTime: true })}{' '}
              {t(`console.person.channels.${a.channel}`)}
            </li>
          ))}
        </ul>
      )}
      <RiskHistory items={data.riskHistory} />
    </section>
  );
}

function Shared({ person }: { person: TPersonContext['person'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="person-context__heading">{t('console.person.shared')}</h3>
      <dl className="person-context__facts">
        <dt>{t('console.person.nickname')}</dt>
        <dd>{person.nickname ?? t('console.person.noNickname')}</dd>
        <dt>{t('console.person.role')}</dt>
        <dd>{t(`console.person.roles.${person.role}`)}</dd>
        {person.industry ? (
          <>
            <dt>{t('console.person.industry')}</dt>
            <dd>{t(`industries.${person.industry}`)}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

function OpenReferrals({ items }: { items: TPersonContext['openReferrals'] }) {
  const { t } = useTranslation();
  const describe = useTargetDescription();
  return (
    <>
      <h3 className="person-context__heading">{t('console.person.referrals')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('console.person.referralsNone')}</p>
      ) : (
        <ul>
          {items.map((r) => (
            <li key={r.id}>
              {r.target.name}（{describe(r.target)}）{' '}
              <Badge>{t(`referrals.status.${r.status}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Previous({ items }: { items: TPersonContext['previous'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <h3 className="person-context__heading">{t('console.person.previous')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('console.person.previousNone')}</p>
      ) : (
        <ul data-testid="previous-consultations">
          {items.map((c) => (
            <li key={c.id}>
              {t('console.person.previousItem', {
                date: formatDate(c.createdAt, locale),
                topics: topicList(c.topics, locale, t('consultations.topicSeparator')),
              })}
              <br />
              <span className="muted">
                {c.coding
                  ? `${severityLabels[c.coding.severity][locale]}・${outcomeLabels[c.coding.outcome][locale]}`
                  : t('console.person.notCoded')}
                {c.withMe ? `・${t('console.person.withMe')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function RiskHistory({ items }: { items: TPersonContext['riskHistory'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <h3 className="person-context__heading">{t('console.person.risk')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('console.person.riskNone')}</p>
      ) : (
        <ul data-testid="risk-history">
          {items.map((r) => (
            <li key={`${r.createdAt}-${r.level}`}>
              <Badge tone={r.level === 'high' ? 'bad' : 'warning'}>
                {t(`care.risk.level.${r.level}`)}
              </Badge>{' '}
              {r.categories.map((c) => t(`care.risk.category.${c}`)).join('・')}{' '}
              <span className="muted">
                {formatDate(r.createdAt, locale, { withTime: true })}・
                {r.current ? t('console.person.riskCurrent') : t('console.person.riskEarlier')}・
                {r.assessed ? t('console.person.assessed') : t('console.person.notAssessed')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
