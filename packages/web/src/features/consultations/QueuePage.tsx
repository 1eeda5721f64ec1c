import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorCatalog, type TQueueEntry } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { errorCode } from '../../api/errors.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { consultationPath, paths } from '../../app/guards.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { UrgencyBadge } from './UrgencyBadge.tsx';
import { topicList } from './labels.ts';
import { useNow } from './use-now.ts';
import { useLiveRefresh } from './use-live-refresh.ts';
import { minutesSince } from './waiting-time.ts';

const clockMs = 15_000;

export function QueuePage() {
  const { t } = useTranslation();
  const user = useUser();
  const unverified = user.role === 'coordinator' && user.licence?.verification !== 'verified';
  return (
    <Page
      title={t('consultations.queue.title')}
      width="wide"
      lead={
        unverified ? null : (
          <p>
            {t('consultations.queue.lead')} <Link to={paths.pool}>{t('pool.link')}</Link>
          </p>
        )
      }
    >
      {unverified ? <Unverified /> : <Queue />}
    </Page>
  );
}

function Unverified() {
  const { t } = useTranslation();
  return (
    <Alert
      tone="warning"
      title={t('consultations.queue.unverifiedTitle')}
      testId="licence-not-verified"
    >
      <p>{errorCatalog.LICENCE_NOT_VERIFIED[currentLocale()]}</p>
      <p>{t('consultations.queue.unverifiedBody')}</p>
    </Alert>
  );
}

function Queue() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queue = useApiData('listQueue');
  const claim = useAction();
  const now = useNow(clockMs);
  const locale = currentLocale();
  useLiveRefresh(queue.reload, 'queue');

  if (errorCode(queue.error) === 'LICENCE_NOT_VERIFIED') return <Unverified />;

  const topics = (entry: TQueueEntry) =>
    topicList(entry.topics, locale, t('consultations.topicSeparator'));

  async function take(entry: TQueueEntry) {
    const claimed = await claim.run(() => call('claimConsultation', { params: { id: entry.id } }));
    if (claimed) await navigate(consultationPath(claimed.id));
    else queue.reload();
  }

  return (
    <>
      <p className="muted">{t('consultations.queue.privacy')}</p>
      <ErrorAlert error={claim.error ?? queue.error} />
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.data ? (
        <DataTable
          caption={t('consultations.queue.caption')}
          rows={queue.data.items}
          rowKey={(entry) => entry.id}
          empty={t('consultations.queue.empty')}
          testId="queue"
          columns={[
            {
              key: 'position',
              header: t('consultations.queue.positionColumn'),
              rowHeader: true,
              render: (entry) => formatNumber(entry.position, locale),
            },
            { key: 'topics', header: t('consultations.queue.topicsColumn'), render: topics },
            {
              key: 'preference',
              header: t('consultations.queue.preferenceColumn'),
              render: (entry) => t(`consultations.preference.${entry.preference}`),
            },
            {
              key: 'waiting',
              header: t('consultations.queue.waitingColumn'),
              render: (entry) =>
                t('consultations.queue.waitingMinutes', {
                  count: formatNumber(minutesSince(entry.waitingSince, now), locale),
                }),
            },
            {
              key: 'urgency',
              header: t('consultations.queue.urgencyColumn'),
              render: (entry) => <UrgencyBadge urgency={entry.urgency} />,
            },
            {
              key: 'claim',
              header: t('common.actions'),
              render: (entry) => (
                <Button
                  pending={claim.pending}
                  aria-label={t('consultations.queue.claimFor', {
                    position: formatNumber(entry.position, locale),
                    topics: topics(entry),
                  })}
                  onClick={() => void take(entry)}
                >
                  {t('consultations.queue.claim')}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
