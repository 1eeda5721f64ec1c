import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TDisclosure } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { consultationPath } from '../../app/guards.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

function Identity({ disclosure }: { disclosure: TDisclosure }) {
  const { t } = useTranslation();
  const identity = disclosure.identity;
  if (!identity) return null;
  return (
    <dl className="identity">
      <dt className="visually-hidden">{t('fields.displayName')}</dt>
      <dd>{identity.displayName}</dd>
      <dt className="visually-hidden">{t('fields.email')}</dt>
      <dd>{identity.email}</dd>
      <dt className="visually-hidden">{t('fields.organizationName')}</dt>
      <dd>{identity.organization ?? t('care.disclosure.noOrganization')}</dd>
    </dl>
  );
}

/** Break-glass, second step: another supervisor approves or rejects. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useApiData('listDisclosures');
  const decide = useAction();

  async function decideOn(disclosure: TDisclosure, approve: boolean) {
    const done = await decide.run(() =>
      call('decideDisclosure', { params: { id: disclosure.id }, body: { approve } }),
    );
    if (done) list.reload();
  }

  const actions = (disclosure: TDisclosure) => {
    if (disclosure.status !== 'pending') return null;
    if (disclosure.requestedByMe) return <span className="muted">{t('care.disclosure.mine')}</span>;
    return (
      <div className="button-row">
        <Button
          variant="danger"
          pending={decide.pending}
          onClick={() => void decideOn(disclosure, true)}
        >
          {t('care.disclosure.approve')}
        </Button>
        <Button
          variant="secondary"
          pending={decide.pending}
          onClick={() => void decideOn(disclosure, false)}
        >
          {t('care.disclosure.reject')}
        </Button>
      </div>
    );
  };

  return (
    <Page
      title={t('care.disclosure.pageTitle')}
      width="wide"
      lead={<p>{t('care.disclosure.pageLead')}</p>}
    >
      <ErrorAlert error={decide.error ?? list.error} />
      {list.data ? (
        <DataTable
          caption={t('care.disclosure.caption')}
          rows={list.data.items}
          rowKey={(disclosure) => disclosure.id}
          empty={t('care.disclosure.empty')}
          testId="disclosures"
          columns={[
            {
              key: 'createdAt',
              header: t('care.disclosure.createdAt'),
              rowHeader: true,
              render: (d) => (
                <Link to={consultationPath(d.consultationId)}>
                  {formatDate(d.createdAt, locale, { withTime: true })}
                </Link>
              ),
            },
            { key: 'reason', header: t('care.disclosure.reasonColumn'), render: (d) => d.reason },
            {
              key: 'status',
              header: t('care.disclosure.statusColumn'),
              render: (d) => t(`care.disclosure.status.${d.status}`),
            },
            {
              key: 'identity',
              header: t('care.disclosure.identityColumn'),
              render: (d) => <Identity disclosure={d} />,
            },
            { key: 'actions', header: t('common.actions'), render: actions },
          ]}
        />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
