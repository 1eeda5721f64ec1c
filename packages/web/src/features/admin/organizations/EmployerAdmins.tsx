import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TStaffInvitation } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Form } from '../../../ui/Form.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { InvitationResult } from '../InvitationResult.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { useDateFormatter } from '../wareki.ts';

export function EmployerAdmins({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const admins = useApiData('listEmployerAdmins', { params: { id: organizationId } });
  const invite = useAction();
  const fieldError = useFieldErrors(invite.error);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [result, setResult] = useState<{ invitation: TStaffInvitation; name: string } | null>(null);
  const date = useDateFormatter(true);

  function submit() {
    setResult(null);
    const name = displayName;
    void invite
      .run(() =>
        call('createEmployerAdmin', {
          params: { id: organizationId },
          body: { email, displayName },
        }),
      )
      .then((invitation) => {
        if (!invitation) return;
        setResult({ invitation, name });
        setEmail('');
        setDisplayName('');
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
        <TextField
          label={t('fields.staffName')}
          name="displayName"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={fieldError('displayName')}
        />
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError('email')}
        />
        <div className="form__actions">
          <Button type="submit" pending={invite.pending}>
            {t('organizations.inviteAdmin')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
