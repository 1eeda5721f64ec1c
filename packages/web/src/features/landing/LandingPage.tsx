import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { Card } from '../../ui/Card.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Page } from '../../ui/Page.tsx';
import { ContactList } from '../home/EmergencyContacts.tsx';
import { AreaLinks } from './AreaLinks.tsx';

const steps = ['code', 'register', 'mail', 'start'] as const;
const heroPoints = ['hours', 'free', 'private'] as const;

/**
 * What a visitor who is not signed in sees at `/`: what the health room is, who may use
 * it, what stays private, when it answers, where to call in an emergency, how to join.
 * Sign-in stays one tap away (here and in the header).
 */
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('landing.title')}
      className="landing"
      lead={
        <>
          <p className="landing__lead">{t('landing.heroLead')}</p>
          <ul className="landing__points">
            {heroPoints.map((point) => (
              <li key={point} className="landing__point">
                {t(`landing.heroPoints.${point}`)}
              </li>
            ))}
          </ul>
          <div className="landing__actions">
            <LinkButton to={paths.signUp} variant="primary" block>
              {t('landing.signUp')}
            </LinkButton>
            <p className="landing__signin">
              {t('landing.haveAccount')}
              <LinkButton to={paths.signIn} variant="secondary">
                {t('landing.signIn')}
              </LinkButton>
            </p>
          </div>
        </>
      }
    >
      <Card title={t('landing.whoTitle')}>
        <p>{t('landing.who')}</p>
        <p>{t('landing.whoCode')}</p>
      </Card>
      <Card title={t('landing.privacyTitle')}>
        <p>{t('landing.privacyLead')}</p>
        <dl className="landing__privacy">
          <dt>{t('landing.privacySeenTitle')}</dt>
          <dd>{t('landing.privacySeen')}</dd>
          <dt>{t('landing.privacyNeverTitle')}</dt>
          <dd>{t('landing.privacyNever')}</dd>
        </dl>
      </Card>
      <Card title={t('landing.hoursTitle')}>
        <p>{t('landing.hours')}</p>
        <p className="landing__note">{t('landing.hoursNight')}</p>
      </Card>
      <Card title={t('landing.emergencyTitle')} tone="emergency" testId="landing-emergency">
        <p>{t('landing.emergencyLead')}</p>
        <ContactList />
      </Card>
      <Card title={t('landing.stepsTitle')}>
        <ol className="landing__steps">
          {steps.map((step) => (
            <li key={step}>{t(`landing.steps.${step}`)}</li>
          ))}
        </ol>
        <LinkButton to={paths.signUp} variant="primary" block>
          {t('landing.signUp')}
        </LinkButton>
      </Card>
      <Card title={t('landing.areaTitle')}>
        <p>{t('landing.areaLead')}</p>
        <AreaLinks />
      </Card>
    </Page>
  );
}
