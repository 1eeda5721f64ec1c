import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { paths } from '../../app/guards.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Page } from '../../ui/Page.tsx';
import { EnrolmentSummary } from '../admin/invites/EnrolmentSummary.tsx';

export function EmployerHome() {
  const { t } = useTranslation();
  const user = useUser();
  const organization = user.organization;

  return (
    <Page
      title={t('home.greeting', { name: user.displayName })}
      width="wide"
      lead={organization ? <p>{t('home.employer.lead', { name: organization.name })}</p> : null}
    >
      {organization ? <EnrolmentSummary organizationId={organization.id} /> : null}
      <Card title={t('home.employer.invitesTitle')}>
        <p>{t('home.employer.invitesLead')}</p>
        <LinkButton to={paths.inviteCodes} variant="primary">
          {t('home.employer.toInvites')}
        </LinkButton>
      </Card>
      <Card title={t('workOpenings.company.title')}>
        <p>{t('workOpenings.company.homeLead')}</p>
        <LinkButton to={paths.companyWork} variant="secondary">
          {t('workOpenings.company.toPage')}
        </LinkButton>
      </Card>
    </Page>
  );
}
