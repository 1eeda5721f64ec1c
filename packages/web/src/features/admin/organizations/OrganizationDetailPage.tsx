import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TCreateOrganizationRequest } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { paths } from '../../../app/guards.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { LinkButton } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { EnrolmentSummary } from '../invites/EnrolmentSummary.tsx';
import { EmployerAdmins } from './EmployerAdmins.tsx';
import { OrganizationForm } from './OrganizationForm.tsx';

/** One employer: edit its record, see enrolment counts, invite its administrators. */
export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const list = useApiData('listOrganizations');
  const update = useAction();
  const [saved, setSaved] = useState(false);
  const organization = list.data?.items.find((o) => o.id === id);

  function submit(values: TCreateOrganizationRequest) {
    setSaved(false);
    void update
      .run(() => call('updateOrganization', { params: { id }, body: values }))
      .then((result) => {
        if (!result) return;
        setSaved(true);
        list.reload();
      });
  }

  const back = (
    <LinkButton to={paths.organizations} variant="quiet">
      {t('organizations.back')}
    </LinkButton>
  );

  if (!organization) {
    return (
      <Page title={t('organizations.detailTitle')} width="wide" actions={back}>
        <ErrorAlert error={list.error} />
        {list.loading ? <Loading /> : <Alert tone="warning">{t('organizations.notFound')}</Alert>}
      </Page>
    );
  }

  return (
    <Page title={organization.name} width="wide" actions={back}>
      <EnrolmentSummary organizationId={organization.id} />
      <Card title={t('organizations.editTitle')}>
        {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        <OrganizationForm
          key={organization.id}
          initial={organization}
          submitLabel={t('common.save')}
          pending={update.pending}
          error={update.error}
          onSubmit={submit}
        />
      </Card>
      <EmployerAdmins organizationId={organization.id} />
    </Page>
  );
}
