import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TAllianceMember } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { publicAlliancePath } from './alliance-paths.ts';
import { useDayLabel } from './alliance-labels.ts';
import { GrowthChart } from './GrowthChart.tsx';
import { AddMemberForm, MemberActionForm } from './MemberForms.tsx';

/** City staff: one alliance's members (current and former), growth, and the forms to keep it. */
export function StaffAlliancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiData('getAlliance', { params: { id } });
  const day = useDayLabel();
  const [acting, setActing] = useState<{
    member: TAllianceMember;
    action: 'leave' | 'award';
  } | null>(null);
  const back = (
    <Link className="text-link back-link" to={paths.alliances}>
      {t('alliances.staff.title')}
    </Link>
  );
  if (!detail.data) {
    return (
      <Page title={t('alliances.staff.title')} leading={back}>
        <ErrorAlert error={detail.error} />
        {detail.loading ? <Loading /> : null}
      </Page>
    );
  }
  const { alliance, members, growth, municipalityCode } = detail.data;
  const columns: Column<TAllianceMember>[] = [
    {
      key: 'name',
      header: t('alliances.staff.companyName'),
      rowHeader: true,
      render: (m) => m.name,
    },
    {
      key: 'area',
      header: t('alliances.staff.area'),
      render: (m) => <span className="alliance-nowrap">{m.area || '—'}</span>,
    },
    {
      key: 'joined',
      header: t('alliances.staff.joinedOn'),
      render: (m) => <span className="alliance-nowrap">{day(m.joinedOn)}</span>,
    },
    {
      key: 'status',
      header: t('alliances.staff.statusColumn'),
      render: (m) => (
        <span className="alliance-nowrap">
          {m.leftOn
            ? t('alliances.staff.left', { date: day(m.leftOn) })
            : t('alliances.staff.current')}
        </span>
      ),
    },
    {
      key: 'declaration',
      header: t('alliances.staff.declarationColumn'),
      render: (m) =>
        m.declaration
          ? t(
              m.declaration.isPublic
                ? 'alliances.staff.declared'
                : 'alliances.staff.declaredPrivate',
              {
                date: day(m.declaration.signedOn),
              },
            )
          : '—',
    },
    {
      key: 'awards',
      header: t('alliances.staff.awardsColumn'),
      render: (m) => (m.awards.length > 0 ? m.awards.map((a) => a.title).join('、') : '—'),
    },
    {
      key: 'actions',
      header: t('alliances.staff.actionsColumn'),
      render: (m) =>
        m.leftOn ? null : (
          <span className="alliance-row-actions">
            <Button
              type="button"
              variant="quiet"
              onClick={() => setActing({ member: m, action: 'award' })}
            >
              {t('alliances.staff.award')}
            </Button>
            <Button
              type="button"
              variant="quiet"
              onClick={() => setActing({ member: m, action: 'leave' })}
            >
              {t('alliances.staff.leave')}
            </Button>
          </span>
        ),
    },
  ];
  return (
    <Page
      title={alliance.name}
      width="wide"
      leading={back}
      lead={
        <p>
          {t(`alliances.kinds.${alliance.kind}`)}・
          {t('alliances.public.memberCount', { count: alliance.memberCount })}
        </p>
      }
      actions={
        <LinkButton to={publicAlliancePath(municipalityCode, alliance.id)}>
          {t('alliances.staff.publicPage')}
        </LinkButton>
      }
    >
      <Card title={t('alliances.staff.membersCaption')}>
        <DataTable
          caption={t('alliances.staff.membersCaption')}
          columns={columns}
          rows={members}
          rowKey={(m) => m.id}
          empty={t('alliances.staff.empty')}
          testId="alliance-members-table"
        />
        {acting ? (
          <MemberActionForm
            key={`${acting.member.id}-${acting.action}`}
            allianceId={alliance.id}
            member={acting.member}
            action={acting.action}
            onCancel={() => setActing(null)}
            onDone={() => {
              setActing(null);
              detail.reload();
            }}
          />
        ) : null}
      </Card>
      <Card title={t('alliances.staff.addTitle')}>
        <AddMemberForm allianceId={alliance.id} onAdded={detail.reload} />
      </Card>
      <Card title={t('alliances.public.growthTitle')}>
        <GrowthChart growth={growth} />
      </Card>
    </Page>
  );
}
