import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { Stats } from '../../ui/Stats.tsx';

export function SupervisorHome() {
  const { t } = useTranslation();
  const user = useUser();
  const team = useApiData('listCareTeam');
  const locale = currentLocale();
  const members = team.data?.items ?? [];
  const pending = members.filter((m) => m.licence?.verification === 'pending');
  const count = (n: number) => t('common.people', { count: formatNumber(n, locale) });

  return (
    <Page title={t('home.greeting', { name: user.displayName })} width="wide">
      <Card
        title={t('home.supervisor.teamTitle')}
        actions={<LinkButton to={paths.careTeam}>{t('home.supervisor.toCareTeam')}</LinkButton>}
      >
        <ErrorAlert error={team.error} />
        {team.loading && !team.data ? <Loading /> : null}
        {team.data ? (
          <Stats
            items={[
              {
                label: t('roles.coordinator'),
                value: count(members.filter((m) => m.role === 'coordinator').length),
              },
              {
                label: t('roles.supervisor'),
                value: count(members.filter((m) => m.role === 'supervisor').length),
              },
              {
                label: t('home.supervisor.pending'),
                value: count(pending.length),
                testId: 'pending-verifications',
              },
              {
                label: t('home.supervisor.invited'),
                value: count(members.filter((m) => m.status === 'invited').length),
              },
            ]}
          />
        ) : null}
      </Card>
      {pending.length > 0 ? (
        <Card title={t('home.supervisor.pendingTitle')}>
          <p>{t('home.supervisor.pendingLead')}</p>
          <ul className="plain-list">
            {pending.map((member) => (
              <li key={member.id}>
                {member.displayName}
                {member.licence ? `（${t(`licence.types.${member.licence.type}`)}）` : ''}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t('home.supervisor.auditTitle')}>
        <p>{t('home.supervisor.auditLead')}</p>
        <LinkButton to={paths.auditLog}>{t('home.supervisor.toAudit')}</LinkButton>
      </Card>
    </Page>
  );
}
