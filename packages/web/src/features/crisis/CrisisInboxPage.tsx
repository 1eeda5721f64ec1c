import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TCrisisInboxEntry } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction } from '../../api/use-api.ts';
import { consultationPath, paths } from '../../app/guards.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useNow } from '../consultations/use-now.ts';
import { useCrisisInbox } from './crisis-context.ts';
import { crisisSince } from './crisis-time.ts';
import { CloseRequests } from '../follow-ups/CloseRequests.tsx';

const clockMs = 15_000;

/**
 * The 緊急 inbox: every consultation whose risk is not yet assessed, with how long it has
 * waited, who holds it and whether a supervisor is with the person; acknowledging,
 * joining and opening it for the assessment are one click from here.
 */
export function CrisisInboxPage() {
  const { t } = useTranslation();
  const inbox = useCrisisInbox();
  const user = useUser();
  const navigate = useNavigate();
  const action = useAction();
  const now = useNow(clockMs);
  const locale = currentLocale();
  const supervisor = user.role === 'supervisor';

  const kinds = (entry: TCrisisInboxEntry) =>
    entry.categories
      .map((c) => t(`care.risk.category.${c}`))
      .join(t('consultations.topicSeparator'));

  async function acknowledge(entry: TCrisisInboxEntry) {
    const done = await action.run(() =>
      call('acknowledgeCrisis', { params: { id: entry.consultationId } }),
    );
    if (done) inbox?.reload();
  }

  async function join(entry: TCrisisInboxEntry) {
    const joined = await action.run(() =>
      call('joinConsultation', { params: { id: entry.consultationId } }),
    );
    if (joined) await navigate(consultationPath(joined.id));
  }

  return (
    <Page title={t('crisis.title')} width="wide" lead={<p>{t('crisis.lead')}</p>}>
      <p className="muted">{t('crisis.privacy')}</p>
      <ErrorAlert error={action.error ?? inbox?.error ?? null} />
      {inbox?.loading && !inbox.data ? <Loading /> : null}
      {supervisor && inbox?.data ? (
        <CloseRequests requests={inbox.data.closeRequests} onDecided={inbox.reload} />
      ) : null}
      {inbox?.data ? (
        <DataTable
          caption={t('crisis.caption')}
          rows={inbox.data.items}
          rowKey={(entry) => entry.consultationId}
          empty={t('crisis.empty')}
          testId="crisis-inbox"
          columns={[
            {
              key: 'level',
              header: t('crisis.levelColumn'),
              rowHeader: true,
              render: (entry) => (
                <Badge tone={entry.level === 'high' ? 'bad' : 'warning'}>
                  {t(`care.risk.level.${entry.level}`)}
                </Badge>
              ),
            },
            { key: 'kind', header: t('crisis.kindColumn'), render: kinds },
            {
              key: 'since',
              header: t('crisis.sinceColumn'),
              render: (entry) => crisisSince(t, entry.flaggedSince, now, locale),
            },
            {
              key: 'holder',
              header: t('crisis.holderColumn'),
              render: (entry) =>
                entry.holderName === null
                  ? t('crisis.waiting')
                  : entry.heldByMe
                    ? t('crisis.holderMe', { name: entry.holderName })
                    : entry.holderName,
            },
            {
              key: 'supervisor',
              header: t('crisis.supervisorColumn'),
              render: (entry) =>
                entry.joinedByMe
                  ? t('crisis.youJoined')
                  : entry.supervisorNames.length > 0
                    ? entry.supervisorNames.join(t('consultations.topicSeparator'))
                    : t('crisis.noSupervisor'),
            },
            {
              key: 'seen',
              header: t('crisis.seenColumn'),
              render: (entry) =>
                entry.seenAt && entry.seenByName ? (
                  t('crisis.seenBy', {
                    name: entry.seenByName,
                    time: formatDate(entry.seenAt, locale, { withTime: true }),
                  })
                ) : (
                  <Badge tone="bad">{t('crisis.unseen')}</Badge>
                ),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              render: (entry) => (
                <div className="row-actions">
                  {entry.seenAt === null && (supervisor || entry.heldByMe) ? (
                    <Button
                      variant="danger"
                      pending={action.pending}
                      aria-label={t('crisis.acknowledgeFor', { kind: kinds(entry) })}
                      onClick={() => void acknowledge(entry)}
                    >
                      {t('crisis.acknowledge')}
                    </Button>
                  ) : null}
                  {supervisor && !entry.joinedByMe && entry.status === 'active' ? (
                    <Button
                      variant="secondary"
                      pending={action.pending}
                      onClick={() => void join(entry)}
                    >
                      {t('crisis.join')}
                    </Button>
                  ) : null}
                  {supervisor || entry.heldByMe ? (
                    <LinkButton to={consultationPath(entry.consultationId)} variant="secondary">
                      {t('crisis.open')}
                    </LinkButton>
                  ) : (
                    <LinkButton to={paths.queue} variant="secondary">
                      {t('crisis.openQueue')}
                    </LinkButton>
                  )}
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </Page>
  );
}
