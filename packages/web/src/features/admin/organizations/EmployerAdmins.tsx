import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TStaffInvitation } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { Card } from '../../../ui/Card.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Form, SubmitRow } from '../../../ui/Form.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { InvitationResult } from '../InvitationResult.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { useFormFields } from '../../../ui/use-form-fields.ts';
import { useDateFormatter } from '../wareki.ts';

export function EmployerAdmins({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const admins = useApiData('listEmployerAdmins', { params: { id: organizationId } });
  const invite = useAction();
  const { values, field, reset } = useFormFields(
    { displayName: '', email: '' },
    useFieldErrors(invite.error),
  );
  const [result, setResult] = useState<{ invitation: TStaffInvitation; name: string } | null>(null);
  const date = useDateFormatter(true);

  function submit() {
    setResult(null);
    const name = values.displayName;
    void invite
      .run(() => call('createEmployerAdmin', { params: { id: organizationId }, body: values }))
      .then((invitation) => {
        if (!invitation) return;
        setResult({ invitation, name });
        reset();
        admins.reload();
      });
  }

  return (
    <Card title={t('organizations.adminsTitle')}>
      <p>{t('organizations.adminsLead')}</p>
      <ErrorAlert error={admins.error} />
      {admins.loading && !admins.data ? <Loading /> : null}
      {admins.data ? (
        <DataTable
          caption={t('organizations.adminsTitle')}
          rows={admins.data.items}
          rowKey={(a) => a.id}
          empty={t('organizations.adminsEmpty')}
          columns={[
            {
              key: 'name',
              header: t('fields.displayName'),
              rowHeader: true,
              render: (a) => a.displayName,
            },
            { key: 'email', header: t('fields.email'), render: (a) => a.email },
            {
              key: 'status',
              header: t('common.status'),
              render: (a) => <StatusBadge status={a.status} />,
            },
            { key: 'created', header: t('common.createdAt'), render: (a) => date(a.createdAt) },
          ]}
        />
      ) : null}
      {result ? (
        <InvitationResult invitation={result.invitation} name={result.name} allowWareki />
      ) : null}
      <h3 className="card__subtitle">{t('organizations.inviteAdminTitle')}</h3>
      <Form onSubmit={submit} className="form--grid">
        <ErrorAlert error={invite.error} />
        <TextField label={t('fields.staffName')} required {...field('displayName')} />
        <TextField label={t('fields.email')} type="email" required {...field('email')} />
        <SubmitRow pending={invite.pending} label={t('organizations.inviteAdmin')} />
      </Form>
    </Card>
  );
}
