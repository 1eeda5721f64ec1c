import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { paths } from '../../app/guards.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Page } from '../../ui/Page.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { EmergencyContacts } from './EmergencyContacts.tsx';

export function ConsultingHome() {
  const { t } = useTranslation();
  const user = useUser();
  const name = user.nickname ?? user.displayName;
  const organization = user.organization?.name ?? '';
  const municipality = user.municipality?.name ?? '';

  return (
    <Page title={t('home.greeting', { name })}>
      <Card title={t('consultations.home.title')} testId="consult-entry">
        <p>{t('consultations.home.lead')}</p>
        <div className="link-list">
          <LinkButton to={paths.newConsultation} variant="primary" block>
            {t('consultations.home.start')}
          </LinkButton>
          <LinkButton to={paths.consultations} block>
            {t('consultations.home.list')}
          </LinkButton>
        </div>
      </Card>
      <Card title={t('home.consulting.aboutTitle')} tone="highlight">
        <p>{t('home.consulting.about')}</p>
        <p>{t('home.consulting.topics')}</p>
        <p className="muted">
          {user.role === 'worker'
            ? t('home.consulting.enrolledWorker', { organization, municipality })
            : t('home.consulting.enrolledFamily', { organization })}
        </p>
      </Card>
      <EmergencyContacts />
      <Card title={t('home.consulting.consentTitle')}>
        <p>
          <Badge tone="good">{t('home.consulting.consentGiven')}</Badge>{' '}
          {t('home.consulting.consentVersion', {
            version: user.consent.grantedVersion ?? user.consent.currentVersion,
          })}
        </p>
        <p>{t('home.consulting.consentNote')}</p>
      </Card>
      <nav className="link-list" aria-label={t('home.consulting.linksLabel')}>
        <LinkButton to={paths.profile} block>
          {t('home.consulting.toProfile')}
        </LinkButton>
        {user.role === 'worker' ? (
          <LinkButton to={paths.family} block>
            {t('home.consulting.toFamily')}
          </LinkButton>
        ) : null}
        <LinkButton to={paths.consent} block>
          {t('home.consulting.toConsent')}
        </LinkButton>
      </nav>
    </Page>
  );
}
