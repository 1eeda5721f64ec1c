import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** City staff draft reports; supervisors review them; employer admins read their published ones. */
export function ReportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useApiData('listReports');
  return (
    <Page
      title={t('reports.title')}
      width="wide"
      lead={<p>{t('reports.lead')}</p>}
      actions={
        user.role === 'city_staff' || user.role === 'employer_admin' ? (
          <LinkButton to={paths.reportPractices}>{t('reports.practicesLink')}</LinkButton>
        ) : null
      }
    >
      <ErrorAlert error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="muted">{t('reports.empty')}</p>
        ) : (
          <ul data-testid="report-list">
            {list.data.items.map((report) => (
              <li key={report.id}>
                <Link to={`${paths.reports}/${encodeURIComponent(report.id)}`}>{report.title}</Link>{' '}
                ({t(`reports.status.${report.status}`)})
              </li>
            ))}
          </ul>
        )
      ) : (
        <Loading />
      )}
      {user.role === 'city_staff' ? (
        <Card title={t('reports.createTitle')}>
          <CreateReportForm onCreated={list.reload} />
        </Card>
      ) : null}
    </Page>
  );
}

function CreateReportForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const organizations = useApiData('listOrganizations');
  const create = useAction();
  const [title, setTitle] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  async function submit() {
    if (title.trim() === '') return;
    const created = await create.run(() =>
      call('createReport', {
        body:
          organizationId === ''
            ? { kind: 'policy', title }
            : { kind: 'workplace', organizationId, title },
      }),
    );
    if (created) {
      setTitle('');
      onCreated();
    }
  }
  return (
    <Form onSubmit={() => void submit()}>
      <ErrorAlert error={organizations.error ?? create.error} />
      <TextField
        label={t('reports.form.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <SelectField
        label={t('reports.form.kind')}
        value={organizationId}
        onChange={(e) => setOrganizationId(e.currentTarget.value)}
        options={[
          { value: '', label: t('reports.kind.policy') },
          ...(organizations.data?.items ?? []).map((o) => ({
            value: o.id,
            label: t('reports.form.workplaceFor', { name: o.name }),
          })),
        ]}
      />
      <Button type="submit" pending={create.pending}>
        {t('reports.form.submit')}
      </Button>
    </Form>
  );
}
