import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isConsultingRole, type TConsultation } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { consultationPath, paths } from '../../app/guards.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { ConsultationStatusBadge } from './ConsultationStatusBadge.tsx';
import { topicList } from './labels.ts';

/** One's own consultations (people who consult) or those assigned to oneself (care team). */
export function ConsultationsPage() {
  const user = useUser();
  return isConsultingRole(user.role) ? <PersonConsultations /> : <AssignedConsultations />;
}

function useConsultationText() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return {
    topics: (c: TConsultation) => topicList(c.topics, locale, t('consultations.topicSeparator')),
    started: (c: TConsultation) => formatDate(c.createdAt, locale, { withTime: true }),
    messages: (c: TConsultation) =>
      t('consultations.list.messages', { count: formatNumber(c.lastSeq, locale) }),
  };
}

function PersonConsultations() {
  const { t } = useTranslation();
  const list = useApiData('listMyConsultations');
  const text = useConsultationText();
  const items = list.data?.items ?? [];
  return (
    <Page
      title={t('consultations.list.title')}
      lead={<p>{t('consultations.list.lead')}</p>}
      actions={
        <LinkButton to={paths.newConsultation} variant="primary">
          {t('consultations.list.startNew')}
        </LinkButton>
      }
    >
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="empty">{t('consultations.list.empty')}</p>
      ) : null}
      <ul className="consultation-list">
        {items.map((c) => (
          <li key={c.id} className="consultation-list__item">
            <Link to={consultationPath(c.id)} className="consultation-list__link">
              <span className="consultation-list__topics">{text.topics(c)}</span>
              <span className="consultation-list__meta">
                <ConsultationStatusBadge status={c.status} />{' '}
                {t('consultations.list.startedAt', { date: text.started(c) })}
                {'　'}
                {text.messages(c)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

function AssignedConsultations() {
  const { t } = useTranslation();
  const list = useApiData('listMyConsultations');
  const text = useConsultationText();
  return (
    <Page
      title={t('consultations.list.staffTitle')}
      width="wide"
      lead={<p>{t('consultations.list.staffLead')}</p>}
      actions={<LinkButton to={paths.queue}>{t('consultations.list.toQueue')}</LinkButton>}
    >
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <DataTable
          caption={t('consultations.list.caption')}
          rows={list.data.items}
          rowKey={(c) => c.id}
          empty={t('consultations.list.staffEmpty')}
          testId="assigned-consultations"
          columns={[
            {
              key: 'topics',
              header: t('consultations.list.topicsColumn'),
              rowHeader: true,
              render: (c) => text.topics(c),
            },
            {
              key: 'status',
              header: t('common.status'),
              render: (c) => <ConsultationStatusBadge status={c.status} />,
            },
            { key: 'started', header: t('consultations.list.startedColumn'), render: text.started },
            {
              key: 'messages',
              header: t('consultations.list.messagesColumn'),
              numeric: true,
              render: (c) => formatNumber(c.lastSeq, currentLocale()),
            },
            {
              key: 'open',
              header: t('common.actions'),
              render: (c) => (
                <Link
                  to={consultationPath(c.id)}
                  className="text-link"
                  aria-label={t('consultations.list.openFor', { topics: text.topics(c) })}
                >
                  {t('consultations.list.open')}
                </Link>
              ),
            },
          ]}
        />
      ) : null}
    </Page>
  );
}
