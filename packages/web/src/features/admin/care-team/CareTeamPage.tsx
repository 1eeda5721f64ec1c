import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCareTeamMember, TStaffInvitation } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useUser } from '../../../api/session.tsx';
import { useAction, useApiData } from '../../../api/use-api.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DataTable, type Column } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Page } from '../../../ui/Page.tsx';
import { InvitationResult } from '../InvitationResult.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import { useDateFormatter } from '../wareki.ts';
import { CareTeamForm } from './CareTeamForm.tsx';
import { LicenceBadge } from './LicenceBadge.tsx';

/** Supervisors keep the care team: accounts, licence checks, roles. */
export function CareTeamPage() {
  const { t } = useTranslation();
  const me = useUser();
  const team = useApiData('listCareTeam');
  const change = useAction();
  const [created, setCreated] = useState<{ invitation: TStaffInvitation; name: string } | null>(
    null,
  );
  const [resetDone, setResetDone] = useState<{
    invitation: TStaffInvitation;
    name: string;
  } | null>(null);
  const date = useDateFormatter();

  /** For a member who forgot their password or lost their authenticator. */
  function resetAccess(member: TCareTeamMember) {
    if (!window.confirm(t('careTeam.resetAccessConfirm', { name: member.displayName }))) return;
    void change
      .run(() => call('resetCareTeamMemberAccess', { params: { id: member.id } }))
      .then((invitation) => {
        if (!invitation) return;
        setResetDone({ invitation, name: member.displayName });
        team.reload();
      });
  }

  function verify(member: TCareTeamMember, verification: 'verified' | 'rejected') {
    void change
      .run(() =>
        call('setLicenceVerification', { params: { id: member.id }, body: { verification } }),
      )
      .then((result) => {
        if (result) team.reload();
      });
  }

  function switchRole(member: TCareTeamMember) {
    const role = member.role === 'coordinator' ? 'supervisor' : 'coordinator';
    void change
      .run(() => call('changeCareTeamRole', { params: { id: member.id }, body: { role } }))
      .then((result) => {
        if (result) team.reload();
      });
  }

  const columns: Column<TCareTeamMember>[] = [
    {
      key: 'name',
      header: t('fields.staffName'),
      rowHeader: true,
      render: (m) => (
        <>
          {m.displayName}
          <span className="table__sub">{m.email}</span>
        </>
      ),
    },
    { key: 'role', header: t('fields.role'), render: (m) => t(`roles.${m.role}`) },
    {
      key: 'licence',
      header: t('careTeam.licenceColumn'),
      render: (m) =>
        m.licence ? (
          <>
            {t(`licence.types.${m.licence.type}`)}
            <span className="table__sub">
              {t('careTeam.licenceNo', { number: m.licence.number })}
            </span>
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'verification',
      header: t('careTeam.verificationColumn'),
      render: (m) =>
        m.licence ? (
          <>
            <LicenceBadge state={m.licence.verification} />
            {m.licence.verifiedAt ? (
              <span className="table__sub">{date(m.licence.verifiedAt)}</span>
            ) : null}
          </>
        ) : (
          '—'
        ),
    },
    { key: 'status', header: t('common.status'), render: (m) => <StatusBadge status={m.status} /> },
    {
      key: 'mfa',
      header: t('careTeam.mfaColumn'),
      render: (m) => (
        <Badge tone={m.mfaEnrolled ? 'good' : 'warning'}>
          {m.mfaEnrolled ? t('careTeam.mfaOn') : t('careTeam.mfaOff')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (m) => (
        <div className="row-actions">
          {m.licence && m.licence.verification !== 'verified' ? (
            <Button
              variant="primary"
              pending={change.pending}
              onClick={() => verify(m, 'verified')}
              aria-label={t('careTeam.verifyFor', { name: m.displayName })}
            >
              {t('careTeam.verify')}
            </Button>
          ) : null}
          {m.licence && m.licence.verification === 'pending' ? (
            <Button
              variant="danger"
              pending={change.pending}
              onClick={() => verify(m, 'rejected')}
              aria-label={t('careTeam.rejectFor', { name: m.displayName })}
            >
              {t('careTeam.reject')}
            </Button>
          ) : null}
          {m.id !== me.id ? (
            <Button
              variant="secondary"
              pending={change.pending}
              onClick={() => switchRole(m)}
              aria-label={t(
                m.role === 'coordinator'
                  ? 'careTeam.makeSupervisorFor'
                  : 'careTeam.makeCoordinatorFor',
                { name: m.displayName },
              )}
            >
              {t(m.role === 'coordinator' ? 'careTeam.makeSupervisor' : 'careTeam.makeCoordinator')}
            </Button>
          ) : null}
          {m.id !== me.id && m.status === 'active' ? (
            <Button
              variant="danger"
              pending={change.pending}
              onClick={() => resetAccess(m)}
              aria-label={t('careTeam.resetAccessFor', { name: m.displayName })}
            >
              {t('careTeam.resetAccess')}
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <Page title={t('careTeam.title')} lead={<p>{t('careTeam.lead')}</p>} width="wide">
      <Card title={t('careTeam.listTitle')}>
        <ErrorAlert error={team.error ?? change.error} />
        {resetDone ? (
          <InvitationResult invitation={resetDone.invitation} name={resetDone.name} reset />
        ) : null}
        {team.loading && !team.data ? <Loading /> : null}
        {team.data ? (
          <DataTable
            caption={t('careTeam.listTitle')}
            columns={columns}
            rows={team.data.items}
            rowKey={(m) => m.id}
            empty={t('careTeam.empty')}
            testId="care-team-table"
          />
        ) : null}
      </Card>
      <Card title={t('careTeam.createTitle')}>
        <p>{t('careTeam.createLead')}</p>
        {created ? <InvitationResult invitation={created.invitation} name={created.name} /> : null}
        <CareTeamForm
          onCreated={(invitation, name) => {
            setCreated({ invitation, name });
            team.reload();
          }}
        />
      </Card>
    </Page>
  );
}
