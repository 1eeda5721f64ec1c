import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCreateOrganizationRequest, TOrganization } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { paths } from '../../../app/guards.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable, type Column } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { WarekiToggle } from '../WarekiToggle.tsx';
import { useDateFormatter } from '../wareki.ts';
import { emptyOrganization, OrganizationForm } from './OrganizationForm.tsx';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const list = useApiData('listOrganizations');
  const create = useAction();
  const [created, setCreated] = useState<TOrganization | null>(null);
  const [formKey, setFormKey] = useState(0);
  const date = useDateFormatter(true);

  function submit(values: TCreateOrganizationRequest) {
    setCreated(null);
    void create
      .run(() => call('createOrganization', { body: values }))
      .then((organization) => {
        if (!organization) return;
        setCreated(organization);
        setFormKey((k) => k + 1);
        list.reload();
      });
  }

  const yes = t('common.yes');
  const columns: Column<TOrganization>[] = [
    {
      key: 'name',
      header: t('fields.organizationName'),
      rowHeader: true,
      render: (o) => <Link to={`${paths.organizations}/${o.id}`}>{o.name}</Link>,
    },
    { key: 'industry', header: t('fields.industry'), render: (o) => t(`industries.${o.industry}`) },
    { key: 'size', header: t('fields.sizeBand'), render: (o) => t(`sizeBands.${o.sizeBand}`) },
    {
      key: 'consortium',
      header: t('organizations.consortiumColumn'),
      render: (o) => (o.consortiumMember ? yes : '—'),
    },
    {
      key: 'ikuboss',
      header: t('organizations.ikubossColumn'),
      render: (o) => (o.ikubossDeclared ? yes : '—'),
    },
    { key: 'created', header: t('common.createdAt'), render: (o) => date(o.createdAt) },
  ];

  return (
    <Page
      title={t('organizations.title')}
      lead={<p>{t('organizations.lead')}</p>}
      width="wide"
      actions={<WarekiToggle />}
    >
      <Card title={t('organizations.listTitle')}>
        <ErrorAlert error={list.error} />
        {list.loading && !list.data ? <Loading /> : null}
        {list.data ? (
          <DataTable
            caption={t('organizations.listTitle')}
            columns={columns}
            rows={list.data.items}
            rowKey={(o) => o.id}
            empty={t('organizations.empty')}
            testId="organizations-table"
          />
        ) : null}
      </Card>
      <Card title={t('organizations.createTitle')}>
        {created ? (
          <Alert tone="success">
            {t('organizations.created', { name: created.name })}{' '}
            <Link to={`${paths.organizations}/${created.id}`}>
              {t('organizations.inviteAdminLink')}
            </Link>
          </Alert>
        ) : null}
        <OrganizationForm
          key={formKey}
          initial={emptyOrganization}
          submitLabel={t('organizations.create')}
          pending={create.pending}
          error={create.error}
          onSubmit={submit}
        />
      </Card>
    </Page>
  );
}
