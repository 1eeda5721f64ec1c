import { useTranslation } from 'react-i18next';
import { isConsultingRole } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { layoutFor } from '../../app/nav.ts';
import { paths } from '../../app/guards.ts';
import { LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Page } from '../../ui/Page.tsx';
import { MyDisclosures } from '../disclosures/MyDisclosures.tsx';
import { ConsentSection } from './ConsentSection.tsx';
import { DataExportSection } from './DataExportSection.tsx';
import { DeletionSection } from './DeletionSection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useUser();
  const consulting = isConsultingRole(user.role);

  return (
    <Page
      title={t('profile.title')}
      width={layoutFor(user.role) === 'desk' ? 'wide' : 'narrow'}
      lead={<p>{t('profile.lead', { email: user.email, role: t(`roles.${user.role}`) })}</p>}
    >
      {consulting ? <MyDisclosures /> : null}
      <ProfileForm />
      {consulting ? <ConsentSection /> : null}
      {user.role === 'worker' ? (
        <Card title={t('profile.familyTitle')}>
          <p>{t('profile.familyLead')}</p>
          <LinkButton to={paths.family}>{t('profile.toFamily')}</LinkButton>
        </Card>
      ) : null}
      {consulting || user.role === 'coordinator' || user.role === 'supervisor' ? (
        <NotificationsSection />
      ) : null}
      {consulting ? (
        <Card title={t('line.profileCard.title')}>
          <p>{t('line.profileCard.lead')}</p>
          <LinkButton to={paths.myLine}>{t('line.profileCard.open')}</LinkButton>
        </Card>
      ) : null}
      <SessionsSection />
      <DataExportSection />
      <DeletionSection />
    </Page>
  );
}
