import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInviteCode, type TInviteCode } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { paths } from '../../../app/guards.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { Button, LinkButton } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable, type Column } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useDateFormatter } from '../wareki.ts';
import { CreateInviteCodeForm } from './CreateInviteCodeForm.tsx';
import { EnrolmentSummary } from './EnrolmentSummary.tsx';
import { inviteStatus } from './invite-status.ts';

/** Employer admins hand out company codes; the organisation is always their own. */
export function InviteCodesPage() {
  const { t } = useTranslation();
  const organizations = useApiData('listOrganizations');
  const organization = organizations.data?.items[0];

  return (
    <Page
      title={t('invites.title')}
      width="wide"
      lead={
        <p>
          {organization ? t('invites.leadFor', { name: organization.name }) : t('invites.lead')}
        </p>
      }
    >
      <ErrorAlert error={organizations.error} />
      {organizations.loading && !organizations.data ? <Loading /> : null}
      {organizations.data && !organization ? (
        <Alert tone="warning">{t('invites.noOrganization')}</Alert>
      ) : null}
      {organization ? <InviteCodes organizationId={organization.id} /> : null}
    </Page>
  );
}

function InviteCodes({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const codes = useApiData('listInviteCodes', { params: { id: organizationId } });
  const revoke = useAction();
  const [created, setCreated] = useState<TInviteCode | null>(null);
  const date = useDateFormatter();
  const [now] = useState(() => new Date());

  function revokeCode(code: TInviteCode) {
    void revoke
      .run(() => call('revokeInviteCode', { params: { id: organizationId, codeId: code.id } }))
      .then((result) => {
        if (result) codes.reload();
      });
  }

  const columns: Column<TInviteCode>[] = [
    {
      key: 'code',
      header: t('invites.codeColumn'),
      rowHeader: true,
      render: (c) => <span className="code-text">{formatInviteCode(c.code)}</span>,
    },
    { key: 'label', header: t('fields.inviteLabel'), render: (c) => c.label ?? '—' },
    {
      key: 'uses',
      header: t('invites.usesColumn'),
      numeric: true,
      render: (c) =>
        c.maxUses === null
          ? t('invites.usesUnlimited', { uses: c.uses })
          : t('invites.usesOf', { uses: c.uses, max: c.maxUses }),
    },
    {
      key: 'expires',
      header: t('invites.expiresColumn'),
      render: (c) => (c.expiresAt ? date(c.expiresAt) : t('invites.noExpiry')),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (c) => {
        const status = inviteStatus(c, now);
        return (
          <Badge tone={status === 'active' ? 'good' : 'neutral'}>
            {t(`invites.status.${status}`)}
          </Badge>
        );
      },
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (c) =>
        inviteStatus(c, now) === 'active' ? (
          <div className="row-actions">
            <LinkButton
              to={`${paths.inviteCodes}/${c.id}/print`}
              aria-label={t('invites.showQrFor', { code: formatInviteCode(c.code) })}
            >
              {t('invites.showQr')}
            </LinkButton>
            <Button
              variant="danger"
              onClick={() => revokeCode(c)}
              aria-label={t('invites.revokeFor', { code: formatInviteCode(c.code) })}
            >
              {t('invites.revoke')}
            </Button>
          </div>
        ) : null,
    },
  ];

  return (
    <>
      <EnrolmentSummary organizationId={organizationId} />
      <Card title={t('invites.listTitle')}>
        <ErrorAlert error={codes.error ?? revoke.error} />
        {created ? (
          <Alert tone="success" title={t('invites.created')}>
            <p className="code-display" data-testid="new-invite-code">
              {formatInviteCode(created.code)}
            </p>
            <LinkButton to={`${paths.inviteCodes}/${created.id}/print`} variant="primary">
              {t('invites.showQr')}
            </LinkButton>
          </Alert>
        ) : null}
        {codes.loading && !codes.data ? <Loading /> : null}
        {codes.data ? (
          <DataTable
            caption={t('invites.listTitle')}
            columns={columns}
            rows={codes.data.items}
            rowKey={(c) => c.id}
            empty={t('invites.empty')}
            testId="invite-codes-table"
          />
        ) : null}
      </Card>
      <Card title={t('invites.createTitle')}>
        <CreateInviteCodeForm
          organizationId={organizationId}
          onCreated={(code) => {
            setCreated(code);
            codes.reload();
          }}
        />
      </Card>
    </>
  );
}
